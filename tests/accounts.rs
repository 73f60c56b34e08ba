//! The yearly accounts on a small fixed portfolio (`tests/portfolio/cases.jsonl`: eight
//! requests of 2020, three of 2019, one of 2018, one undated), counted by hand. The same
//! portfolio's accounts are `tests/portfolio/accounts-2020.json`, which the CLI test and
//! pytest compare against too, so every runtime gives the same numbers.
//!
//! Re-record the JSON after an intended change with `DIGIPOLICY_BLESS=1`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use digipolicy::{ffi, Accounts, DecisionRecord, LeftOutReason, Policy, Tally, Verdict};
use digipolicy_conformance::root;

fn records_jsonl(policy: &Policy) -> String {
    let cases = std::fs::read_to_string(root().join("tests/portfolio/cases.jsonl")).unwrap();
    let mut out = String::new();
    for line in cases.lines() {
        let record = policy.record_json(line).unwrap();
        out.push_str(&serde_json::to_string(&record).unwrap());
        out.push('\n');
    }
    out
}

fn accounts_2020() -> Accounts {
    let policy = Policy::sll_2016().unwrap();
    policy.accounts(&DecisionRecord::list_from_json(&records_jsonl(&policy)).unwrap(), 2020)
}

#[test]
fn the_records_are_sorted_by_year() {
    let a = accounts_2020();
    assert_eq!((a.records.in_year, a.records.previous_year, a.records.other_years, a.records.undated), (8, 3, 1, 1));
}

#[test]
fn digitalisation_accounts_counted_by_hand() {
    let d = accounts_2020().digitalisation;
    // 01 in-house; 02, 03 market; 04 market but blocked (counted as blocked, not under its
    // provisional route); 05 co-development; 06 own development; 07 nothing fits (a route of
    // its own); 08 outside the policy.
    let r = d.routes;
    assert_eq!(
        (r.in_house, r.market, r.co_development, r.own_development, r.no_candidate, r.blocked, r.out_of_scope),
        (1, 2, 1, 1, 1, 1, 1)
    );
    assert_eq!(d.requests, 8);
    // The route shares leave out the blocked and the out-of-scope request: one in-house of
    // six decided on a route; co-development among the two that selected a development
    // candidate ("no candidate" is outside it).
    assert_eq!(d.in_house_share, Some(1.0 / 6.0));
    assert_eq!(d.co_development_share, Some(0.5));
    // 06 and 07 leave a development candidate's innovation unassessed (§5.9), unjustified.
    assert_eq!((d.deviations.justified, d.deviations.open), (0, 2));
    // The price of the order: 01 took the in-house video platform (1 650 000 over five years)
    // over the market service a later stage offered (1 050 000).
    assert_eq!((d.order_price_sek, d.decisions_with_order_price), (600_000, 1));
    // What the criteria cost: 02 chose Signera (1 200 000) over the national service
    // (920 000), both on the market; 05 chose development with other regions (9 100 000)
    // over the council's own (8 200 000). 04 is blocked and adds nothing.
    assert_eq!((d.criteria_cost_sek, d.decisions_with_criteria_cost), (280_000 + 900_000, 2));
    let quarters: Vec<u32> = d.by_quarter.iter().map(|q| q.requests).collect();
    assert_eq!(quarters, [2, 3, 1, 2]);
    let five_six = d.clauses.iter().find(|c| c.clause == "policy:5.6").unwrap();
    // Met by the six in scope that have an assessment, not met by 04, not applicable to 08.
    assert_eq!((five_six.met, five_six.not_met, five_six.not_known, five_six.not_applicable), (6, 1, 0, 1));
    assert!(d.clauses.iter().all(|c| !c.clause.starts_with("innovation-strategy:")));
}

#[test]
fn innovation_accounts_counted_by_hand() {
    let a = accounts_2020();
    let i = &a.innovation;
    // 05, 06 and 07 are development routes; 07 selected nothing.
    assert_eq!((i.innovation_cases, i.innovations_decided, i.co_developed), (3, 2, 1));
    // 03's closed specification is justified.
    assert_eq!((i.deviations.justified, i.deviations.open), (1, 0));
    let ids: Vec<&str> = i.clauses.iter().map(|c| c.clause.as_str()).collect();
    assert_eq!(ids, ["innovation-strategy:3.2", "innovation-strategy:6.3", "innovation-strategy:6.5"]);
}

#[test]
fn the_year_before_is_compared() {
    let a = accounts_2020();
    let previous = a.previous.as_ref().unwrap();
    assert_eq!(previous.year, 2019);
    assert_eq!(previous.digitalisation.requests, 3);
    assert_eq!(previous.innovation.deviations.open, 1);
    let change = |m: &str| a.change.iter().find(|c| c.measure == m).unwrap().change;
    assert_eq!(change("digitalisation.requests"), 5);
    assert_eq!(change("innovation.deviations.open"), -1);
    // Without the year before there is nothing to compare.
    let policy = Policy::sll_2016().unwrap();
    let only_2019 = policy.accounts(&DecisionRecord::list_from_json(&records_jsonl(&policy)).unwrap(), 2019);
    assert!(only_2019.previous.is_some()); // 2018's one record
    let only_2018 = policy.accounts(&DecisionRecord::list_from_json(&records_jsonl(&policy)).unwrap(), 2018);
    assert!(only_2018.previous.is_none() && only_2018.change.is_empty());
}

#[test]
fn the_shared_expected_accounts_are_these() {
    let policy = Policy::sll_2016().unwrap();
    let json = accounts_json(&policy, &records_jsonl(&policy), 2020).unwrap();
    let path = root().join("tests/portfolio/accounts-2020.json");
    if std::env::var_os("DIGIPOLICY_BLESS").is_some() {
        std::fs::write(&path, &json).unwrap();
    }
    assert_eq!(json, std::fs::read_to_string(&path).unwrap());
}

#[test]
fn a_bad_line_is_an_error_at_its_index_with_its_line_number() {
    let policy = Policy::sll_2016().unwrap();
    let mut text = records_jsonl(&policy);
    text.insert(0, '\n');
    text.push_str("{\"case\": 1}\n");
    let err = accounts_json(&policy, &text, 2020).unwrap_err();
    // Read as strictly as a case: the first field it lacks, at its path in the record.
    assert_eq!(
        (err.input.as_str(), err.path.as_str(), err.code.as_str()),
        ("record", "[13].input_digest", "missing-field")
    );
    // Text that stops being JSON is placed by the line of the whole input.
    let mut text = records_jsonl(&policy);
    text.insert(0, '\n');
    text.push_str("{\"case\": {\"id\": tru}}\n");
    let err = accounts_json(&policy, &text, 2020).unwrap_err();
    assert_eq!((err.path.as_str(), err.code.as_str()), ("[13].case.id", "invalid-json"));
    assert!(err.message.en.contains("line 15, column 20"), "{}", err.message.en);
    // A JSON array is read as well.
    let array = format!("[{}]", records_jsonl(&policy).trim_end().replace('\n', ","));
    assert_eq!(
        accounts_json(&policy, &array, 2020).unwrap(),
        accounts_json(&policy, &records_jsonl(&policy), 2020).unwrap()
    );
}

#[test]
fn the_accounts_render_in_both_languages_and_formats() {
    use digipolicy::{Format, Lang};
    let a = accounts_2020();
    let md = a.render(Lang::Sv, Format::Md).unwrap();
    assert!(md.starts_with("# Årsredovisning av beslut om IT-stöd 2020\n"), "{md}");
    assert!(md.contains("## Digitaliseringsbokslut 2020") && md.contains("## Innovationsbokslut 2020"));
    assert!(md.contains("| Andel återanvändning inom landstinget | 16,7 % | 33,3 % | −16,7 procentenheter |"), "{md}");
    let html = a.render(Lang::En, Format::Html).unwrap();
    assert!(
        html.contains("<h2>Digitalisation accounts 2020</h2>") && html.contains("<h2>Innovation accounts 2020</h2>")
    );
    assert!(html.contains("<td class=\"num\">16.7%</td>"), "{html}");
}

#[test]
fn a_justified_principle_counts_as_a_justified_deviation() {
    let policy = Policy::sll_2016().unwrap();
    let vector: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("tests/vectors/justified-principle.json")).unwrap())
            .unwrap();
    let mut case = vector["input"].clone();
    case["decided_on"] = serde_json::json!("2020-05-05");
    let record = policy.record_json(&case.to_string()).unwrap();
    let a = policy.accounts(std::slice::from_ref(&record), 2020);
    assert_eq!((a.digitalisation.deviations.justified, a.digitalisation.deviations.open), (1, 0));
    // Without its justification the same deviation is open.
    case.as_object_mut().unwrap().remove("justifications");
    let record = policy.record_json(&case.to_string()).unwrap();
    let a = policy.accounts(&[record], 2020);
    assert_eq!((a.digitalisation.deviations.justified, a.digitalisation.deviations.open), (0, 1));
}

#[test]
fn the_example_records_are_what_record_writes_today() {
    // examples/records/ is what the README's commands read; re-record with DIGIPOLICY_BLESS=1.
    let policy = Policy::sll_2016().unwrap();
    let path = root().join("examples/records/portfolio-2019-2020.jsonl");
    if std::env::var_os("DIGIPOLICY_BLESS").is_some() {
        std::fs::write(&path, records_jsonl(&policy)).unwrap();
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), records_jsonl(&policy));
    let one = std::fs::read_to_string(root().join("examples/records/e-signature.record.json")).unwrap();
    let record = DecisionRecord::from_json(&one).unwrap();
    assert_eq!(policy.verify(&record).verdict, Verdict::Ok);
}

/// The accounts of `year` through the one operation layer, under `policy` alone.
fn accounts_json(policy: &digipolicy::Policy, records: &str, year: i64) -> Result<String, ffi::ErrorReport> {
    let registry = digipolicy::Registry::of(policy.clone());
    ffi::run_json(&registry, "accounts", records, &ffi::Options { year: Some(year), ..Default::default() })
}

#[test]
fn records_read_as_record_writes_them_pretty_one_after_another() {
    // `digipolicy record` writes a pretty record; a file of several of them, one after
    // another, reads as the same records as JSON lines or a JSON array.
    let lines = std::fs::read_to_string(root().join("examples/records/portfolio-2019-2020.jsonl")).unwrap();
    let records = DecisionRecord::list_from_json(&lines).unwrap();
    assert!(records.len() > 3);
    let values: Vec<serde_json::Value> =
        lines.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect();
    let pretty: String = values.iter().map(|v| format!("{}\n", serde_json::to_string_pretty(v).unwrap())).collect();
    let array = serde_json::to_string_pretty(&values).unwrap();
    assert_eq!(DecisionRecord::list_from_json(&pretty).unwrap(), records);
    assert_eq!(DecisionRecord::list_from_json(&array).unwrap(), records);
    // A broken second record is an error at its index, naming the line it starts on.
    let first_lines = serde_json::to_string_pretty(&values[0]).unwrap().lines().count();
    let broken = format!("{}\n{{\"case\": 1}}\n", serde_json::to_string_pretty(&values[0]).unwrap());
    let err = DecisionRecord::list_from_json(&broken).unwrap_err();
    assert_eq!(err.path(), "[1].input_digest");
    let broken = format!("{}\n{{\"case\": ]}}\n", serde_json::to_string_pretty(&values[0]).unwrap());
    let err = DecisionRecord::list_from_json(&broken).unwrap_err();
    assert_eq!(err.path(), "[1].case");
    assert!(
        err.line(digipolicy::Lang::En).contains(&format!("line {}", first_lines + 1)),
        "{}",
        err.line(digipolicy::Lang::En)
    );
}

/// The portfolio's records, read.
fn portfolio(policy: &Policy) -> Vec<DecisionRecord> {
    DecisionRecord::list_from_json(&records_jsonl(policy)).unwrap()
}

#[test]
fn the_same_record_given_again_is_counted_once_and_listed() {
    let policy = Policy::sll_2016().unwrap();
    let records = portfolio(&policy);
    let mut given = records.clone();
    given.push(records[0].clone());
    given.push(records[0].clone());
    let a = policy.accounts(&given, 2020);
    assert_eq!((a.records.given, a.records.duplicates, a.records.in_year), (15, 2, 8));
    assert_eq!(a.digitalisation, accounts_2020().digitalisation);
    let listed: Vec<(u64, LeftOutReason, Option<u64>)> =
        a.left_out.iter().map(|l| (l.record, l.reason, l.same_as)).collect();
    assert_eq!(listed, [(13, LeftOutReason::Duplicate, Some(0)), (14, LeftOutReason::Duplicate, Some(0))]);
    assert_eq!(a.left_out[0].case_id, "P-2020-01");
    // The same case decided on another day is the same request: one input digest.
    let mut case: serde_json::Value = records[12].case.clone();
    assert!(case.get("decided_on").is_none());
    case["title"] = serde_json::json!("An undated request");
    let registry = digipolicy::Registry::of(policy.clone());
    let record_on = |day: &str| {
        let options = ffi::Options { as_of: Some(day.into()), ..Default::default() };
        let text = ffi::run_json(&registry, "record", &case.to_string(), &options).unwrap();
        DecisionRecord::from_json(&text).unwrap()
    };
    let a = policy.accounts(&[record_on("2020-03-01"), record_on("2020-09-01")], 2020);
    assert_eq!((a.records.in_year, a.records.duplicates), (1, 1));
}

#[test]
fn a_record_that_does_not_verify_is_left_out_and_listed() {
    let policy = Policy::sll_2016().unwrap();
    let mut records = portfolio(&policy);
    // 01's case edited after it was decided; 02 stamped with a pack version this runtime lacks.
    records[0].case["title"] = serde_json::json!("Edited afterwards");
    records[1].pack.version = "2099".into();
    let a = policy.accounts(&records, 2020);
    assert_eq!((a.records.given, a.records.unverified, a.records.in_year), (13, 2, 6));
    let listed: Vec<(u64, LeftOutReason)> = a.left_out.iter().map(|l| (l.record, l.reason)).collect();
    assert_eq!(listed, [(0, LeftOutReason::Tampered), (1, LeftOutReason::PackUnavailable)]);
    assert!(!a.left_out[0].differences.is_empty());
    assert_eq!((a.digitalisation.routes.in_house, a.digitalisation.routes.market), (0, 1));
    // The document says which were left out and why, in words.
    let md = a.render(digipolicy::Lang::Sv, digipolicy::Format::Md).unwrap();
    assert!(md.contains("## Beslutsposter som inte räknats"), "{md}");
    assert!(md.contains("Beslutspost 1 (ärende P-2020-01) går inte att verifiera och räknas inte"), "{md}");
    assert!(md.contains("Av 13 givna beslutsposter upprepade 0 en tidigare"), "{md}");
}

#[test]
fn a_stream_fed_in_any_chunks_counts_as_the_whole_text() {
    let policy = Policy::sll_2016().unwrap();
    let text = records_jsonl(&policy);
    let whole = accounts_json(&policy, &text, 2020).unwrap();
    for size in [1, 7, 4096, text.len()] {
        let mut tally = Tally::new(digipolicy::Registry::of(policy.clone()), 2020);
        for chunk in text.as_bytes().chunks(size) {
            tally.feed(chunk).unwrap();
        }
        assert_eq!(ffi::to_json(&tally.finish().unwrap()).unwrap(), whole, "chunks of {size}");
    }
    // A record cut short at the end is an error at its place, not a record left out.
    let cut = &text[..text.len() - 40];
    let mut tally = Tally::new(digipolicy::Registry::of(policy.clone()), 2020);
    tally.feed(cut.as_bytes()).unwrap();
    let err = tally.finish().unwrap_err();
    assert!(err.path().starts_with("[12]"), "{}", err.path());
}

#[test]
fn a_record_keeps_its_as_of_and_verifies_on_it() {
    let policy = Policy::sll_2016().unwrap();
    let registry = digipolicy::Registry::of(policy.clone());
    let records = portfolio(&policy);
    let case = records[12].case.to_string();
    let options = ffi::Options { as_of: Some("2020-10-01".into()), ..Default::default() };
    let text = ffi::run_json(&registry, "record", &case, &options).unwrap();
    let record = DecisionRecord::from_json(&text).unwrap();
    assert_eq!(record.decision.as_of.as_deref(), Some("2020-10-01"));
    assert_eq!(policy.verify(&record).verdict, Verdict::Ok);
    // Counted in the year of its as_of, in the fourth quarter.
    let a = policy.accounts(&[record], 2020);
    assert_eq!((a.records.in_year, a.digitalisation.by_quarter[3].requests), (1, 1));
    // `as_of` is refused by name where it means nothing.
    let err = ffi::run_json(&registry, "verify", &text, &options).unwrap_err();
    assert_eq!(err.path, "as_of");
}
