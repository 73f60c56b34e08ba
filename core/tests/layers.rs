//! The house rules of `core/src` (see the crate docs): every module sits in a layer and
//! imports nothing from a layer above it, no two files import each other in a circle, and no
//! function is longer than 60 lines. Read from the source, so a new module is checked as
//! soon as it exists.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_FUNCTION_LINES: usize = 60;

/// The layer of a top-level module, bottom first.
fn layer(module: &str) -> usize {
    match module {
        "text" | "message" | "words" | "date" | "error" => 0,
        "model" => 1,
        "input" => 2,
        "rules" => 3,
        "pack" => 4,
        "engine" => 5,
        "audit" | "analysis" | "coverage" => 6,
        "documents" => 7,
        "ffi" | "schema" => 8,
        "lib" | "tests" => 9,
        other => panic!("module `{other}` has no layer: add it to the crate docs and to this test"),
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file: `rules/order.rs` → `rules::order`, `rules/mod.rs` → `rules`.
fn module_of(path: &Path) -> String {
    let rel = path.strip_prefix(src()).unwrap().with_extension("");
    let parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).filter(|p| p != "mod").collect();
    parts.join("::")
}

/// The source without comments and without the test module at the end of the file.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let text = text.split("#[cfg(test)]").next().unwrap_or("").to_owned();
    text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// The modules a source imports through `crate::` paths, resolved to the longest known
/// module path.
fn imports(code: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        let segments: Vec<&str> = rest
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .next()
            .unwrap_or("")
            .split("::")
            .filter(|s| !s.is_empty())
            .collect();
        let mut found = None;
        for n in 1..=segments.len() {
            let candidate = segments[..n].join("::");
            if known.contains(&candidate) {
                found = Some(candidate);
            }
        }
        out.insert(found.unwrap_or_else(|| "lib".to_owned()));
    }
    out
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut paths = Vec::new();
    files(&src(), &mut paths);
    let known: BTreeSet<String> = paths.iter().map(|p| module_of(p)).collect();
    paths
        .iter()
        .map(|p| {
            let module = module_of(p);
            let mut deps = imports(&code(p), &known);
            deps.remove(&module);
            (module, deps)
        })
        .collect()
}

fn top(module: &str) -> &str {
    module.split("::").next().unwrap_or(module)
}

#[test]
fn no_module_imports_from_a_layer_above_it() {
    let mut wrong = Vec::new();
    for (module, deps) in graph() {
        for dep in deps {
            if layer(top(&dep)) > layer(top(&module)) {
                wrong.push(format!("{module} imports {dep}"));
            }
        }
    }
    assert!(wrong.is_empty(), "imports from a layer above:\n{}", wrong.join("\n"));
}

#[test]
fn no_import_circles() {
    let graph = graph();
    // Depth-first search; a module met again while still on the path closes a circle.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == m) {
            let mut circle = path[i..].to_vec();
            circle.push(m.to_owned());
            return Some(circle);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_owned());
        for dep in graph.get(m).into_iter().flatten() {
            if let Some(c) = visit(dep, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(m.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        // A parent module (`rules`) declares its children; only a child naming its parent
        // back through items would be a circle, and the parents here hold no items.
        let circle = visit(module, &graph, &mut Vec::new(), &mut done);
        assert!(circle.is_none(), "import circle: {}", circle.unwrap_or_default().join(" → "));
    }
}

#[test]
fn no_function_is_longer_than_sixty_lines() {
    let mut paths = Vec::new();
    files(&src(), &mut paths);
    let mut long = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            let is_fn = ["fn ", "pub fn ", "pub(crate) fn ", "const fn ", "pub const fn "]
                .iter()
                .any(|p| trimmed.starts_with(p));
            if !is_fn || line.trim_end().ends_with(';') {
                continue;
            }
            let indent = &line[..line.len() - trimmed.len()];
            let close = format!("{indent}}}");
            if let Some(end) = lines[i + 1..].iter().position(|l| *l == close) {
                if end + 2 > MAX_FUNCTION_LINES {
                    long.push(format!("{}:{} {} lines", module_of(&path), i + 1, end + 2));
                }
            }
        }
    }
    assert!(long.is_empty(), "functions over {MAX_FUNCTION_LINES} lines:\n{}", long.join("\n"));
}

/// The top-level modules of `core/src`, by their files and folders.
fn top_modules() -> BTreeSet<String> {
    let mut paths = Vec::new();
    files(&src(), &mut paths);
    paths.iter().map(|p| top(&module_of(p)).to_owned()).filter(|m| m != "lib" && m != "tests").collect()
}

#[test]
fn the_readme_and_the_crate_docs_describe_every_module_in_its_layer() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md")).unwrap();
    let section = readme.split("## Where things are").nth(1).unwrap().split("\n## ").next().unwrap();
    let lib = std::fs::read_to_string(src().join("lib.rs")).unwrap();
    let docs: String = lib.lines().filter(|l| l.starts_with("//!")).collect::<Vec<_>>().join("\n");
    for module in top_modules() {
        // The README's table has one row per layer; the module is in the row of its layer.
        let row = section
            .lines()
            .filter(|l| l.starts_with("| "))
            .find(|l| l.contains(&format!("`{module}`")) || l.contains(&format!("`{module}/`")))
            .unwrap_or_else(|| panic!("README \"Where things are\" does not name `{module}`"));
        let number: usize = row.trim_start_matches("| ").split(' ').next().unwrap().parse().unwrap();
        assert_eq!(number, layer(&module) + 1, "README puts `{module}` in layer {number}");
        assert!(
            docs.contains(&format!("`{module}`")) || docs.contains(&format!("[`{module}`]")),
            "crate docs do not name `{module}`"
        );
    }
}
