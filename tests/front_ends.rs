//! The front ends use the library's API and nothing else: every path they name under
//! `digipolicy::` is an item `lib.rs` re-exports or one of its public modules (`ffi`,
//! `schema`, `clauses`), and the `unstable` module is the Python binding's direct reader's
//! (and the schema test's) alone. The compiler refuses a private module; this test keeps the hidden one hidden and
//! fails when a front end starts to lean on something the API does not offer.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use digipolicy_conformance::root;
use std::path::{Path, PathBuf};

/// The public modules of the crate; anything else after `digipolicy::` is a re-exported item.
const PUBLIC_MODULES: &[&str] = &["ffi", "schema", "clauses", "coverage"];

/// The files that may use `digipolicy::unstable`: the Python binding's direct reader, and
/// the test that keeps the list it reads equal to what the schemas say.
const UNSTABLE_USERS: &[&str] = &["bindings-python/src/direct.rs", "tests/schemas.rs"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `digipolicy::a::b` path in `code` whose first segment is a module (a lowercase name
/// followed by `::`).
fn module_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in code.match_indices("digipolicy::") {
        let rest = &code[i + "digipolicy::".len()..];
        let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        let is_module = rest[name.len()..].starts_with("::") && name.starts_with(|c: char| c.is_ascii_lowercase());
        if is_module {
            out.push(name);
        }
    }
    out
}

#[test]
fn front_ends_name_only_the_api() {
    let mut files = Vec::new();
    for dir in ["cli/src", "cli/tests", "bindings-python/src", "bindings-wasm/src", "core/benches", "tests"] {
        rust_files(&root().join(dir), &mut files);
    }
    assert!(files.len() > 20, "the front ends' sources are found ({})", files.len());
    let mut wrong = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(root()).unwrap().to_string_lossy().replace('\\', "/");
        if rel == "tests/front_ends.rs" {
            continue;
        }
        let code = std::fs::read_to_string(file).unwrap();
        for module in module_paths(&code) {
            let allowed = PUBLIC_MODULES.contains(&module.as_str())
                || (module == "unstable" && UNSTABLE_USERS.contains(&rel.as_str()));
            if !allowed {
                wrong.push(format!("{rel}: digipolicy::{module}::"));
            }
        }
    }
    assert!(wrong.is_empty(), "front ends name paths outside the API:\n{}", wrong.join("\n"));
}

#[test]
fn the_path_finder_finds_modules_and_not_items() {
    let code = "use digipolicy::ffi::{Request}; digipolicy::Policy::sll_2016(); digipolicy::unstable::X; digipolicy::kronor(1)";
    assert_eq!(module_paths(code), ["ffi", "unstable"]);
}
