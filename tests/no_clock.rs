//! Nothing reads a clock (DOMAIN "Dates, documents in force, and the clock"): the same input
//! gives the same bytes in every runtime on every day. This test reads the shipped sources
//! of every runtime (core, CLI, Python, WASM, the form) and fails on any call that reads the
//! system time. Benchmarks may time themselves; they are not shipped and not scanned.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use digipolicy_conformance::root;
use std::path::{Path, PathBuf};

/// Calls that read a clock, per language.
const CLOCK_READS: &[(&str, &[&str])] = &[
    ("rs", &["SystemTime", "Instant::now", "chrono::", "time::OffsetDateTime", "UNIX_EPOCH"]),
    ("py", &["datetime.now", "datetime.today", "date.today", "time.time(", "utcnow", "time.localtime", "time.gmtime"]),
    ("js", &["Date.now", "new Date(", "performance.now", "Date()"]),
    ("mjs", &["Date.now", "new Date(", "performance.now", "Date()"]),
    ("html", &["Date.now", "new Date(", "performance.now"]),
];

/// Clock reads that cannot reach any output, by file and call: the CLI's progress line (the
/// rate and the time left of a long stream, drawn on standard error only when it is a
/// terminal; nothing it measures is written to standard output).
const DISPLAY_ONLY: &[(&str, &str)] = &[("cli/src/stream.rs", "Instant::now")];

/// The shipped sources: every runtime's code, not its tests or benchmarks.
const SHIPPED: &[&str] = &[
    "core/src",
    "cli/src",
    "bindings-python/src",
    "bindings-python/python/digipolicy",
    "bindings-wasm/src",
    "bindings-wasm/js",
    "bindings-wasm/www",
];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn no_shipped_source_reads_a_clock() {
    let mut scanned = 0;
    let mut reads = Vec::new();
    for dir in SHIPPED {
        let mut paths = Vec::new();
        files(&root().join(dir), &mut paths);
        for path in paths {
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
            let Some((_, patterns)) = CLOCK_READS.iter().find(|(e, _)| *e == ext) else { continue };
            let text = std::fs::read_to_string(&path).unwrap();
            scanned += 1;
            for (n, line) in text.lines().enumerate() {
                // The scanning test itself and comments that name what is forbidden are not reads.
                let code = line.split("//").next().unwrap_or_default();
                let display_only = |p: &str| DISPLAY_ONLY.iter().any(|(f, q)| path.ends_with(f) && *q == p);
                for p in patterns.iter().filter(|p| code.contains(**p) && !display_only(p)) {
                    reads.push(format!("{}:{}: `{p}`: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(scanned >= 40, "only {scanned} source files were scanned: has the layout moved?");
    assert!(reads.is_empty(), "clock reads in shipped code:\n{}", reads.join("\n"));
}

#[test]
fn the_scan_finds_a_clock_read() {
    // The patterns are live: a line that reads the clock in each language is caught.
    let samples = [
        ("rs", "let now = std::time::SystemTime::now();"),
        ("py", "today = datetime.date.today()"),
        ("js", "const t = Date.now();"),
    ];
    for (ext, line) in samples {
        let (_, patterns) = CLOCK_READS.iter().find(|(e, _)| *e == ext).unwrap();
        assert!(patterns.iter().any(|p| line.contains(p)), "{ext}: {line}");
    }
}
