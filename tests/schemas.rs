//! The committed JSON Schemas are exactly what the Rust types generate, and every example,
//! vector and the embedded pack validate against them; so are the other committed files the
//! core generates (the request form's questions and labels in `core/packs/`).
//!
//! After an intended change of the types, run
//! `DIGIPOLICY_BLESS=1 cargo test -p digipolicy-conformance --test schemas` and review the diff.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use digipolicy::schema::{names, schema, schema_text};
use digipolicy::{ffi, Policy};
use digipolicy_conformance::{examples, root, vectors};
use serde_json::Value;

fn validator(name: &str) -> jsonschema::Validator {
    jsonschema::validator_for(&schema(name).unwrap()).unwrap()
}

fn assert_valid(v: &jsonschema::Validator, instance: &Value, what: &str) {
    let errors: Vec<String> = v.iter_errors(instance).map(|e| format!("{} at {}", e, e.instance_path)).collect();
    assert!(errors.is_empty(), "{what}: {}", errors.join("; "));
}

#[test]
fn committed_schemas_match_the_generated_ones() {
    let bless = std::env::var_os("DIGIPOLICY_BLESS").is_some();
    for name in names() {
        let path = root().join(format!("schemas/{name}.schema.json"));
        let generated = schema_text(name).unwrap();
        if bless {
            std::fs::write(&path, &generated).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{} differs from what the types generate; run DIGIPOLICY_BLESS=1 cargo test -p digipolicy-conformance --test schemas",
            path.display()
        );
    }
}

#[test]
fn every_example_validates_against_its_schema() {
    for (dir, schema_name) in [
        ("", "case"),
        ("scope", "organisation"),
        ("classify", "initiative"),
        ("dated", "case"),
        ("align", "align-input"),
    ] {
        let v = validator(schema_name);
        let found = digipolicy_conformance::examples_in(dir);
        assert!(!found.is_empty(), "examples/{dir} is empty");
        for (name, text) in found {
            assert_valid(&v, &serde_json::from_str(&text).unwrap(), &name);
        }
    }
}

#[test]
fn every_vector_output_validates_against_its_schema() {
    let error = validator("error");
    for vec in vectors() {
        let what = vec.path.display().to_string();
        let schema_name = match vec.json.get("operation").and_then(Value::as_str) {
            None | Some("decide") => "decision",
            Some("review") => "review",
            Some("scope") => "scope",
            Some("classify") => "classification",
            Some("compare") => "comparison",
            Some("sensitivity") => "sensitivity",
            Some("align") => "alignment",
            Some("record") => "record",
            Some("verify") => "verification",
            Some("accounts") => "accounts",
            Some(_) => "error",
        };
        if let Some(d) = vec.json.get("expected") {
            assert_valid(&validator(schema_name), d, &what);
        }
        if let Some(e) = vec.json.get("expected_error") {
            assert_valid(&error, e, &what);
        }
    }
}

#[test]
fn the_embedded_pack_validates_against_the_policy_schema() {
    let pack: Value = serde_json::from_str(digipolicy::SLL_2016_JSON).unwrap();
    assert_valid(&validator("policy"), &pack, "sll-2016");
}

#[test]
fn the_embedded_regional_pack_validates_against_its_schema() {
    let pack: Value = serde_json::from_str(digipolicy::OG_2018_JSON).unwrap();
    assert_valid(&validator("regional-strategy"), &pack, "og-2018");
}

#[test]
fn the_case_schema_rejects_what_the_library_rejects() {
    let v = validator("case");
    let mut case: Value = serde_json::from_str(&examples()[0].1).unwrap();
    case["unknown"] = Value::Bool(true);
    assert!(!v.is_valid(&case), "unknown fields");
    let mut case: Value = serde_json::from_str(&examples()[0].1).unwrap();
    case["candidates"][0]["strategic_importance"] = 6.into();
    assert!(!v.is_valid(&case), "scores above 5");
    let mut case: Value = serde_json::from_str(&examples()[0].1).unwrap();
    case["candidates"][0]["cost"]["one_off_sek"] = (-1).into();
    assert!(!v.is_valid(&case), "negative cost");
}

/// The types a schema value can take, following `$ref`, `anyOf` and `oneOf`.
fn types(s: &Value, defs: &Value, out: &mut Vec<String>) {
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        let name = r.rsplit('/').next().unwrap();
        return types(&defs[name], defs, out);
    }
    for key in ["anyOf", "oneOf"] {
        for x in s.get(key).and_then(Value::as_array).into_iter().flatten() {
            types(x, defs, out);
        }
    }
    match s.get("type") {
        Some(Value::String(t)) => out.push(t.clone()),
        Some(Value::Array(ts)) => out.extend(ts.iter().filter_map(Value::as_str).map(str::to_owned)),
        _ => {}
    }
    if s.get("properties").is_some() {
        out.push("object".into());
    }
}

#[test]
fn the_scanners_list_fields_are_exactly_the_input_schemas_array_fields() {
    // The pre-pass allows a list only under these keys (core/src/input/scan.rs); a key that
    // holds a list in one input type and an object in another would make that unsound.
    let inputs =
        ["case", "organisation", "initiative", "policy", "compare-request", "align-input", "regional-strategy"];
    let (mut lists, mut objects) = (std::collections::BTreeSet::new(), std::collections::BTreeSet::new());
    for name in inputs {
        let s = schema(name).unwrap();
        let defs = s.get("$defs").cloned().unwrap_or(Value::Null);
        let mut owners = vec![s.clone()];
        owners.extend(defs.as_object().into_iter().flat_map(|d| d.values().cloned()));
        for owner in owners {
            for (key, prop) in owner.get("properties").and_then(Value::as_object).into_iter().flatten() {
                let mut t = Vec::new();
                types(prop, &defs, &mut t);
                if t.iter().any(|t| t == "array") {
                    lists.insert(key.clone());
                }
                if t.iter().any(|t| t == "object") {
                    objects.insert(key.clone());
                }
            }
        }
    }
    let declared: std::collections::BTreeSet<String> =
        digipolicy::unstable::ARRAY_FIELDS.iter().map(|s| (*s).to_owned()).collect();
    assert_eq!(declared, lists);
    assert!(lists.is_disjoint(&objects), "{:?}", lists.intersection(&objects).collect::<Vec<_>>());
}

#[test]
fn the_forms_questions_are_the_rules_questions() {
    // core/packs/sll-2016.questions.json is what the request form asks; re-record with
    // DIGIPOLICY_BLESS=1 after a change of the rules or the pack's wording.
    let policy = Policy::sll_2016().unwrap();
    let json = ffi::to_json(&policy.questions()).unwrap();
    let path = root().join("core/packs/sll-2016.questions.json");
    if std::env::var_os("DIGIPOLICY_BLESS").is_some() {
        std::fs::write(&path, &json).unwrap();
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), json);
    let groups = policy.questions();
    let fields: Vec<&str> = groups.iter().flat_map(|g| g.questions.iter().map(|q| q.field.as_str())).collect();
    for expected in [
        "evidence.citizen_need_described",
        "evidence.new_e_service",
        "e_service.accessible",
        "evidence.concerns_innovation",
        "governing_documents.innovation",
    ] {
        assert!(fields.contains(&expected), "{expected} in {fields:?}");
    }
    assert!(!fields.iter().any(|f| f.starts_with("candidates") || f.starts_with("benefit_assessment")));
    // A condition comes first in its clause, and every question has both wordings.
    let ds61 = groups.iter().find(|g| g.clause == "digitalisation-strategy:6.1").unwrap();
    assert_eq!(ds61.questions[0].field, "evidence.new_e_service");
    assert!(groups.iter().flat_map(|g| &g.questions).all(|q| !q.label.sv.is_empty() && !q.label.en.is_empty()));
    // Every question is asked as a question, with a line of help, in both languages (the
    // catalogue's `ask-` and `help-` keys), and each group says once what its answers mean.
    for q in groups.iter().flat_map(|g| &g.questions) {
        assert!(q.label.sv.ends_with('?') && q.label.en.ends_with('?'), "{}: {:?}", q.field, q.label);
        assert!(!q.help.sv.is_empty() && !q.help.en.is_empty(), "{}", q.field);
    }
    for g in &groups {
        assert!(g.answers.sv.contains("underlag som saknas"), "{}: {:?}", g.clause, g.answers);
    }
    let shall_only = groups.iter().find(|g| g.clause == "policy:5.1").unwrap();
    assert!(shall_only.answers.sv.contains("avvikelse") && !shall_only.answers.sv.contains("råd"));
}

#[test]
fn the_catalogue_as_data_is_the_catalogue() {
    // core/words/<lang>.json is the wording catalogue as the request form loads it, one
    // language at a time; re-record with DIGIPOLICY_BLESS=1 after a change of core/words.
    for lang in [digipolicy::Lang::Sv, digipolicy::Lang::En] {
        let json = format!("{}\n", digipolicy::words_json(lang));
        let path = root().join(format!("core/words/{}.json", <&str>::from(lang)));
        if std::env::var_os("DIGIPOLICY_BLESS").is_some() {
            std::fs::write(&path, &json).unwrap();
        }
        assert_eq!(std::fs::read_to_string(&path).unwrap(), json);
        let words: std::collections::BTreeMap<String, String> = serde_json::from_str(&json).unwrap();
        assert!(words.keys().any(|k| k.starts_with("form-")) && words.contains_key("cite-policy"));
    }
}

#[test]
fn the_forms_labels_are_the_cores_labels() {
    // core/packs/labels.json is what the request form calls routes, stages, statuses,
    // severities and outcomes, so that it prints the same words as the CLI, the card and the
    // memo; re-record with DIGIPOLICY_BLESS=1.
    let registry = digipolicy::Registry::embedded().unwrap();
    let json = ffi::run_json(&registry, "labels", "", &ffi::Options::default()).unwrap();
    let path = root().join("core/packs/labels.json");
    if std::env::var_os("DIGIPOLICY_BLESS").is_some() {
        std::fs::write(&path, &json).unwrap();
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), json);
}
