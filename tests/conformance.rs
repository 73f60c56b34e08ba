//! The conformance suite: every vector in `tests/vectors/` decides exactly as recorded.
//! The Python and Node tests run the same files.
//!
//! To re-record the expected outputs after an intended change, run
//! `DIGIPOLICY_BLESS=1 cargo test -p digipolicy-conformance --test conformance` and review the diff.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use digipolicy::ffi;
use digipolicy::{Policy, Registry};
use digipolicy_conformance::{root, vectors};
use serde_json::Value;

fn run(v: &digipolicy_conformance::Vector) -> (&'static str, Value) {
    let registry = match v.policy_text() {
        Some(text) => match ffi::policy_from_json(&text) {
            Ok(p) => Registry::of(p),
            Err(report) => return ("expected_error", serde_json::to_value(report).unwrap()),
        },
        None => Registry::embedded().unwrap(),
    };
    let operation = v.operation();
    match ffi::run_json(&registry, operation, &v.case_text(), &v.options()) {
        Ok(text) if operation == "memo" => ("expected_text", Value::String(text)),
        Ok(json) => ("expected", serde_json::from_str(&json).unwrap()),
        Err(report) => ("expected_error", serde_json::to_value(report).unwrap()),
    }
}

#[test]
fn every_vector_decides_exactly_as_recorded() {
    let bless = std::env::var_os("DIGIPOLICY_BLESS").is_some();
    let all = vectors();
    assert!(all.len() >= 20, "the suite has {} vectors", all.len());
    let mut failures = Vec::new();
    for v in &all {
        let (key, got) = run(v);
        if bless {
            let mut json = v.json.clone();
            let obj = json.as_object_mut().unwrap();
            obj.remove("expected");
            obj.remove("expected_error");
            obj.remove("expected_text");
            obj.insert(key.to_owned(), got);
            std::fs::write(&v.path, ffi::to_json(&json).unwrap()).unwrap();
            continue;
        }
        match v.json.get(key) {
            Some(expected) if *expected == got => {}
            Some(expected) => {
                failures.push(format!("{}: {key} differs\nexpected: {}\n     got: {}", v.path.display(), expected, got))
            }
            None => failures.push(format!("{}: expected `{key}`, got {got}", v.path.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_example_is_a_vector_with_the_same_input() {
    let all = vectors();
    for (dir, operation) in
        [("", "decide"), ("scope", "scope"), ("classify", "classify"), ("dated", "decide"), ("align", "align")]
    {
        let inputs: Vec<Value> = all
            .iter()
            .filter(|v| v.json.get("operation").and_then(Value::as_str).unwrap_or("decide") == operation)
            .filter_map(|v| v.json.get("input").cloned())
            .collect();
        for (name, text) in digipolicy_conformance::examples_in(dir) {
            let example: Value = serde_json::from_str(&text).unwrap();
            assert!(inputs.contains(&example), "examples/{dir}/{name} has no `{operation}` vector in tests/vectors/");
        }
    }
}

#[test]
fn the_contract_example_decides_as_it_is() {
    let text = std::fs::read_to_string(root().join("../shared/contract/case-example.json"))
        .or_else(|_| std::fs::read_to_string(root().join("examples/video-consultations-in-house.json")))
        .unwrap();
    let policy = Policy::sll_2016().unwrap();
    let d = policy.decide(&policy.parse_case(&text).unwrap()).unwrap();
    assert_eq!(d.route, Some(digipolicy::Route::InHouse));
    assert_eq!(d.selected.as_deref(), Some("region-video"));
    assert_eq!(d.status, digipolicy::Status::Ready);
}

#[test]
fn decisions_are_byte_identical_across_runs_and_threads() {
    let policy = std::sync::Arc::new(Registry::embedded().unwrap());
    let decide = |registry: &Registry, c: &str| ffi::run_json(registry, "decide", c, &ffi::Options::default()).unwrap();
    let cases: Vec<String> = vectors()
        .iter()
        .filter(|v| v.json.get("expected").is_some() && v.json.get("operation").is_none())
        .map(|v| v.case_text())
        .collect();
    let first: Vec<String> = cases.iter().map(|c| decide(&policy, c)).collect();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let (policy, cases) = (policy.clone(), cases.clone());
            std::thread::spawn(move || cases.iter().map(|c| decide(&policy, c)).collect::<Vec<_>>())
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), first);
    }
}

#[test]
fn every_cited_clause_in_the_vectors_exists_in_the_pack() {
    let policy = Policy::sll_2016().unwrap();
    for v in vectors() {
        let Some(d) = v.json.get("expected") else { continue };
        for clause in cited_clauses(d) {
            assert!(policy.clause(&clause).is_some(), "{}: {clause}", v.path.display());
        }
    }
}

/// Every `clause` field anywhere in an output.
fn cited_clauses(value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("clause", Value::String(s)) => out.push(s.clone()),
                    _ => out.extend(cited_clauses(v)),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| out.extend(cited_clauses(v))),
        _ => {}
    }
    out
}

/// The (clause, outcome) pairs of every review result in an output.
fn outcomes(value: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    match value {
        Value::Object(map) => {
            if let (Some(Value::String(c)), Some(Value::String(o))) = (map.get("clause"), map.get("outcome")) {
                out.push((c.clone(), o.clone()));
            }
            map.values().for_each(|v| out.extend(outcomes(v)));
        }
        Value::Array(items) => items.iter().for_each(|v| out.extend(outcomes(v))),
        _ => {}
    }
    out
}

#[test]
fn every_clause_of_the_pack_is_exercised_by_a_vector() {
    let policy = Policy::sll_2016().unwrap();
    let all = vectors();
    let cited: std::collections::BTreeSet<String> =
        all.iter().filter_map(|v| v.json.get("expected")).flat_map(cited_clauses).collect();
    for clause in &policy.pack().clauses {
        assert!(cited.contains(&clause.id), "no vector exercises {}", clause.id);
    }
    // Every principle a review reports is shown both met and not met.
    let seen: std::collections::BTreeSet<(String, String)> =
        all.iter().filter_map(|v| v.json.get("expected")).flat_map(outcomes).collect();
    let reviewed: std::collections::BTreeSet<&String> = seen.iter().map(|(c, _)| c).collect();
    for clause in reviewed {
        for outcome in ["met", "not_met"] {
            assert!(seen.contains(&(clause.clone(), outcome.to_owned())), "no vector shows {clause} {outcome}");
        }
    }
}

#[test]
fn a_vector_expects_an_error_exactly_when_its_name_says_so() {
    // Re-recording must not turn a decision vector into an error vector unnoticed (a stale
    // pack in a vector once did): errors are named `error-…` or `…-refused`.
    for v in vectors() {
        let name = v.path.file_name().unwrap().to_string_lossy().into_owned();
        let named_error = name.starts_with("error-") || name.contains("refused");
        assert_eq!(named_error, v.json.get("expected_error").is_some(), "{name}");
    }
}
