//! The conformance vectors through the built binary: every vector that has a command-line
//! form is run as a user would run it, and its output compared with the vector's, so that
//! the CLI is provably the same front end as the library, Python and WASM.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use digipolicy_conformance::{vectors, Vector};
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

/// The command line of a vector, or why it has none.
fn command_line(v: &Vector, pack: &std::path::Path) -> Result<Vec<String>, &'static str> {
    let operation = v.operation();
    let options = v.options();
    let mut args = vec![operation.to_owned(), "-".to_owned()];
    match operation {
        "decide" | "review" | "sensitivity" | "scope" | "classify" | "align" | "verify" => {
            args.extend(["--format".into(), "json".into()]);
        }
        "record" => {}
        "memo" => {
            let lang = options.lang.clone().unwrap_or_default();
            let format = options.format.clone().unwrap_or_default();
            if !["sv", "en"].contains(&lang.as_str()) || !["md", "html"].contains(&format.as_str()) {
                return Err("a memo option the command line does not offer");
            }
            args.extend(["--lang".into(), lang, "--format".into(), format]);
        }
        "compare" if v.json.get("input_text").is_some() => {
            return Err("a compare request the command line cannot spell")
        }
        "compare" => {
            args.extend(["--format".into(), "json".into()]);
            let input: Value = serde_json::from_str(&v.case_text()).map_err(|_| "no compare request")?;
            for (path, value) in input["overrides"].as_object().ok_or("no overrides")? {
                args.extend(["--set".into(), format!("{path}={value}")]);
            }
        }
        _ => return Err("an operation the command line does not have"),
    }
    if let Some(as_of) = options.as_of {
        if !["decide", "review", "memo"].contains(&operation) {
            return Err("an option the command does not take");
        }
        args.extend(["--as-of".into(), as_of]);
    }
    if v.json.get("policy").is_some() {
        if ["scope", "classify", "align"].contains(&operation) {
            return Err("a pack the command does not take");
        }
        args.extend(["--policy".into(), pack.display().to_string()]);
    }
    Ok(args)
}

/// The text the command reads: the compare request's cases as a list, else the input.
fn stdin_of(v: &Vector) -> String {
    if v.operation() == "compare" {
        let input: Value = serde_json::from_str(&v.case_text()).unwrap();
        return input["cases"].to_string();
    }
    v.case_text()
}

/// What the library itself prints for the vector, through its one operation layer.
fn library(v: &Vector) -> String {
    let registry = match v.policy_text() {
        Some(text) => digipolicy::Registry::of(digipolicy::Policy::from_json(&text).unwrap()),
        None => digipolicy::Registry::embedded().unwrap(),
    };
    digipolicy::ffi::run_json(&registry, v.operation(), &v.case_text(), &v.options()).unwrap()
}

fn run(args: &[String], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_digipolicy"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A command that refuses its options exits before it reads its input: the pipe it
    // closed is not a failure of the test, its exit code and output are what is checked.
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin.as_bytes()) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "writing the input: {e}");
    }
    child.wait_with_output().unwrap()
}

/// Compares one vector's run with what it expects; an error message when they differ.
fn check(v: &Vector, args: &[String], o: &Output) -> Result<(), String> {
    let (stdout, stderr) = (String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    let code = o.status.code();
    if let Some(expected) = v.json.get("expected_error") {
        if code != Some(2) {
            return Err(format!("exit {code:?}, expected 2\n{stderr}"));
        }
        if v.operation() == "memo" {
            // A memo reports errors as text in its language.
            let line = expected["message"]["sv"].as_str().unwrap_or_default();
            let lang_en = args.iter().any(|a| a == "en");
            let line = if lang_en { expected["message"]["en"].as_str().unwrap_or_default() } else { line };
            return if stderr.starts_with(&format!("error: {line}")) {
                Ok(())
            } else {
                Err(format!("stderr {stderr}"))
            };
        }
        let got: Value = serde_json::from_str(&stderr).map_err(|e| format!("stderr is not JSON ({e}): {stderr}"))?;
        return if &got == expected {
            Ok(())
        } else {
            Err(format!("error differs\nexpected {expected}\n     got {got}"))
        };
    }
    if let Some(Value::String(text)) = v.json.get("expected_text") {
        return if code == Some(0) && stdout == *text {
            Ok(())
        } else {
            Err(format!("exit {code:?}, text differs\n{stderr}"))
        };
    }
    let expected = v.json.get("expected").ok_or("no expectation")?;
    // `verify` exits 3 when the record is not ok (its output still written).
    let ok_code = if v.operation() == "verify" && expected["verdict"] != "ok" { Some(3) } else { Some(0) };
    if code != ok_code {
        return Err(format!("exit {code:?}, expected {ok_code:?}\n{stderr}"));
    }
    let got: Value = serde_json::from_str(&stdout).map_err(|e| format!("stdout is not JSON ({e})"))?;
    if &got != expected {
        return Err(format!("output differs\nexpected {expected}\n     got {got}"));
    }
    // And the bytes are the library's: the same canonical JSON the other front ends print.
    if stdout != library(v) {
        return Err("same value, other bytes than the library's".to_owned());
    }
    Ok(())
}

#[test]
fn every_vector_with_a_command_line_runs_the_same_through_the_binary() {
    let dir = std::env::temp_dir().join(format!("digipolicy-cli-vectors-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (mut ran, mut skipped, mut failures) = (0, Vec::new(), Vec::new());
    for v in vectors() {
        let pack = dir.join("pack.json");
        if let Some(text) = v.policy_text() {
            std::fs::write(&pack, text).unwrap();
        }
        let args = match command_line(&v, &pack) {
            Ok(args) => args,
            Err(why) => {
                skipped.push(format!("{}: {why}", v.path.display()));
                continue;
            }
        };
        let o = run(&args, &stdin_of(&v));
        ran += 1;
        if let Err(e) = check(&v, &args, &o) {
            failures.push(format!("{} ({}): {e}", v.path.display(), args.join(" ")));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{} of {ran} differ:\n{}", failures.len(), failures.join("\n\n"));
    // Only the vectors whose operation or option the command line does not offer are left out.
    assert!(ran >= 140 && skipped.len() <= 10, "ran {ran}, skipped {}:\n{}", skipped.len(), skipped.join("\n"));
}
