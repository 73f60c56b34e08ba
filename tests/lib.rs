//! Shared helpers for the cross-crate tests: where the repository's files are, and the
//! conformance vectors in `tests/vectors/`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use serde_json::Value;
use std::path::{Path, PathBuf};

/// The repository's root directory.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ has a parent").to_path_buf()
}

/// One conformance vector: a file of `tests/vectors/`.
#[derive(Debug, Clone)]
pub struct Vector {
    /// The file's path.
    pub path: PathBuf,
    /// The file's JSON.
    pub json: Value,
}

impl Vector {
    /// The case text to decide: `input_text` verbatim, or `input` serialized.
    pub fn case_text(&self) -> String {
        match (self.json.get("input_text"), self.json.get("input")) {
            (Some(Value::String(s)), _) => s.clone(),
            (_, Some(v)) => v.to_string(),
            _ => panic!("{}: a vector needs `input` or `input_text`", self.path.display()),
        }
    }

    /// The operation the vector runs (`decide` when it names none).
    pub fn operation(&self) -> &str {
        self.json.get("operation").and_then(Value::as_str).unwrap_or("decide")
    }

    /// The options the vector passes: its `as_of`, and its `options` object (a memo's
    /// `lang` and `format`, the accounts' `year`).
    pub fn options(&self) -> digipolicy::ffi::Options {
        let text = |key: &str| {
            self.json
                .get(key)
                .or_else(|| self.json.get("options").and_then(|o| o.get(key)))
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        let mut options = digipolicy::ffi::Options {
            as_of: text("as_of"),
            lang: text("lang"),
            format: text("format"),
            year: self.json.get("options").and_then(|o| o.get("year")).and_then(Value::as_i64),
            ..Default::default()
        };
        if self.operation() == "memo" {
            // A memo is Swedish Markdown unless the vector says otherwise, as each front end's default.
            options.lang.get_or_insert_with(|| "sv".to_owned());
            options.format.get_or_insert_with(|| "md".to_owned());
        }
        options
    }

    /// The policy pack text, when the vector brings its own.
    pub fn policy_text(&self) -> Option<String> {
        self.json.get("policy").map(Value::to_string)
    }
}

/// Every vector, sorted by file name.
pub fn vectors() -> Vec<Vector> {
    let dir = root().join("tests/vectors");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/vectors exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("readable vector");
            let json = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            Vector { path, json }
        })
        .collect()
}

/// Every example case in `examples/`, by file name.
pub fn examples() -> Vec<(String, String)> {
    examples_in("")
}

/// Every example in `examples/<dir>` (`scope`, `classify`, or `""` for cases), by file name.
pub fn examples_in(dir: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(root().join("examples").join(dir))
        .expect("examples exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    out.sort();
    out
}
