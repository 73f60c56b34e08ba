//! Hostile and sloppy inputs at sizes the vectors cannot hold: error output stays linear in
//! the input (a bounded list of problems with a count of the rest, short hints), documented
//! limits are checked before any work, and no operation panics. Work is not timed here (the
//! machines are shared); BENCHMARKS.md measures it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use digipolicy::ffi;
use digipolicy::{ErrorCode, Limits, Policy};
use serde_json::{json, Value};

fn case_with(requirements: usize, candidates: usize, covers_per_candidate: usize) -> Value {
    let reqs: Vec<Value> = (0..requirements).map(|i| json!({"id": format!("req-{i}"), "priority": "must"})).collect();
    let cands: Vec<Value> = (0..candidates)
        .map(|i| {
            json!({
                "id": format!("c{i}"), "name": format!("Candidate {i}"), "origin": "market",
                "covers": (0..covers_per_candidate).map(|j| format!("nope-{i}-{j}")).collect::<Vec<_>>(),
                "cost": {"one_off_sek": 1, "yearly_sek": 1}, "strategic_importance": 3, "delivery_ability": 3,
            })
        })
        .collect();
    json!({"id": "big", "title": "Big", "requirements": reqs, "candidates": cands})
}

#[test]
fn error_output_is_linear_in_the_input() {
    let policy = Policy::sll_2016().unwrap();
    // 5,000 requirement ids and 9,000 unknown references: before, every hint listed every id.
    let text = case_with(5_000, 1, 9_000).to_string();
    let report = decide_json(&policy, &text).unwrap_err();
    assert_eq!(report.code, ErrorCode::UnknownRequirement);
    assert_eq!((report.errors.len(), report.more_errors), (100, 8_900));
    let size = report.to_json().len();
    assert!(size < 40_000, "a {}-byte input gave a {size}-byte error", text.len());
    // Ten thousand candidates, each with a bad reference: still one bounded report.
    let text = case_with(10, 10_000, 1).to_string();
    let report = decide_json(&policy, &text).unwrap_err();
    assert_eq!((report.errors.len(), report.more_errors), (100, 9_900));
    assert!(report.to_json().len() < 40_000);
}

#[test]
fn limits_are_documented_settable_and_checked_first() {
    let small = Limits { max_candidates: 10, max_input_bytes: 50_000, ..Limits::default() };
    let policy = Policy::sll_2016().unwrap().with_limits(small);
    let report = decide_json(&policy, &case_with(3, 11, 0).to_string()).unwrap_err();
    assert_eq!((report.code, report.path.as_str()), (ErrorCode::LimitExceeded, "candidates"));
    assert!(report.message.en.contains("`max_candidates`") && report.message.sv.contains("`max_candidates`"));
    let report = decide_json(&policy, &case_with(3, 5, 2_000).to_string()).unwrap_err();
    assert_eq!((report.code, report.path.as_str()), (ErrorCode::LimitExceeded, ""));
    // A case built in code is held to the same limits.
    let case: digipolicy::Case = serde_json::from_value(case_with(3, 11, 0)).unwrap();
    assert_eq!(policy.decide(&case).unwrap_err().code(), ErrorCode::LimitExceeded);
    // The defaults, as the README documents them.
    let d = Limits::default();
    assert_eq!(
        (d.max_input_bytes, d.max_candidates, d.max_requirements, d.max_list_items, d.max_string_chars),
        (16 << 20, 10_000, 10_000, 10_000, 10_000)
    );
}

#[test]
fn no_operation_panics_on_hostile_text() {
    let policy = Policy::sll_2016().unwrap();
    let deep_object = format!("{}1{}", "{\"a\":".repeat(20_000), "}".repeat(20_000));
    let deep_list = format!("{{\"candidates\":{}{}}}", "[".repeat(20_000), "]".repeat(20_000));
    let inputs = [
        String::new(),
        "null".to_owned(),
        "[]".to_owned(),
        "\u{feff}".to_owned(),
        "{\"id\":\"\\ud800\"}".to_owned(),
        "{\"a\":1e400}".to_owned(),
        "{\"a\":-0}".to_owned(),
        deep_object,
        deep_list,
        format!("{{\"id\":\"{}\"}}", "x".repeat(20_000)),
        "{\"candidates\":[{\"cost\":[0,2400000]}]}".to_owned(),
    ];
    let registry = digipolicy::Registry::of(policy.clone());
    let operations = ["decide", "review", "scope", "classify", "compare", "sensitivity", "align", "record", "verify"];
    let operations = operations.into_iter().chain(["memo", "card", "accounts_document"]);
    for operation in operations {
        for input in &inputs {
            // `align` of an empty list and accounts of an empty text are valid requests;
            // everything else here is an input error, never an internal one.
            let options = digipolicy::ffi::Options::default();
            if let Err(report) = ffi::run_json(&registry, operation, input, &options) {
                assert_ne!(report.code, ErrorCode::Internal, "{operation} on {:.40}", input);
            } else {
                assert_eq!((operation, input.as_str()), ("align", "[]"));
            }
        }
    }
}

/// A decision (or its error) through the one operation layer, under `policy` alone.
fn decide_json(policy: &digipolicy::Policy, text: &str) -> Result<String, ffi::ErrorReport> {
    ffi::run_json(&digipolicy::Registry::of(policy.clone()), "decide", text, &ffi::Options::default())
}
