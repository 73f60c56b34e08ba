//! `verify` says exactly what it found (issue 23): `tampered` only when a digest does not
//! match its content, `pack_unavailable` naming the pack a record needs, `different` when an
//! intact record decides otherwise today; reformatting a record never changes the verdict.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use digipolicy::{DecisionRecord, Lang, Policy, Verdict};
use digipolicy_conformance::root;
use proptest::prelude::*;
use serde_json::Value;

fn record() -> Value {
    let policy = Policy::sll_2016().unwrap();
    let case = std::fs::read_to_string(root().join("examples/e-signature-with-evidence.json")).unwrap();
    serde_json::to_value(policy.record_json(&case).unwrap()).unwrap()
}

fn verify(value: &Value) -> (Verdict, Vec<String>) {
    let record = DecisionRecord::from_json(&value.to_string()).unwrap();
    let v = Policy::sll_2016().unwrap().verify(&record);
    (v.verdict, v.differences.iter().map(|d| d.get(Lang::En).to_owned()).collect())
}

#[test]
fn an_intact_record_is_ok() {
    assert_eq!(verify(&record()), (Verdict::Ok, vec![]));
}

#[test]
fn another_pack_version_is_named_never_tampered() {
    let mut r = record();
    r["pack"]["version"] = Value::from("2030.1");
    let (verdict, lines) = verify(&r);
    assert_eq!(verdict, Verdict::PackUnavailable);
    assert!(lines[0].contains("sll-2016 version 2030.1") && lines[0].contains("verify it with that pack"), "{lines:?}");
    let mut r = record();
    r["pack"]["id"] = Value::from("other-region-2024");
    assert_eq!(verify(&r).0, Verdict::PackUnavailable);
}

#[test]
fn a_digest_that_does_not_match_its_content_is_tampered_and_says_which() {
    let mut r = record();
    r["case"]["title"] = Value::from("edited");
    let (verdict, lines) = verify(&r);
    assert_eq!(verdict, Verdict::Tampered);
    assert!(lines.iter().any(|l| l.contains("case's digest")), "{lines:?}");
    let mut r = record();
    r["pack"]["digest"] = Value::from("sha256:00");
    let (verdict, lines) = verify(&r);
    assert_eq!(verdict, Verdict::Tampered);
    assert!(lines[0].contains("another digest than the pack's"), "{lines:?}");
}

#[test]
fn an_intact_record_decided_otherwise_today_is_different_and_names_what() {
    let mut r = record();
    r["decision"]["selected"] = Value::from("someone-else");
    let (verdict, lines) = verify(&r);
    assert_eq!(verdict, Verdict::Different);
    assert!(lines.iter().any(|l| l.starts_with("selected ")), "{lines:?}");
}

/// The record's JSON rewritten with another layout: indentation, key order reversed.
fn relayout(v: &Value, reverse: bool) -> String {
    fn write(v: &Value, reverse: bool, indent: usize, out: &mut String) {
        match v {
            Value::Object(map) => {
                out.push('{');
                let mut keys: Vec<&String> = map.keys().collect();
                if reverse {
                    keys.reverse();
                }
                for (i, k) in keys.iter().enumerate() {
                    out.push_str(if i > 0 { ",\n" } else { "\n" });
                    out.push_str(&" ".repeat(indent + 2));
                    out.push_str(&serde_json::to_string(k).unwrap());
                    out.push_str(" :  ");
                    write(&map[*k], reverse, indent + 2, out);
                }
                out.push_str("\n}");
            }
            Value::Array(items) => {
                out.push('[');
                for (i, x) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(" , ");
                    }
                    write(x, reverse, indent, out);
                }
                out.push(']');
            }
            other => out.push_str(&other.to_string()),
        }
    }
    let mut out = String::new();
    write(v, reverse, 0, &mut out);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Reformatting a record (white space, key order) never changes `verify`, while a change
    /// of meaning anywhere in the case does.
    #[test]
    fn layout_never_changes_the_verdict_meaning_does(reverse in any::<bool>(), pick in any::<prop::sample::Index>()) {
        let r = record();
        let text = relayout(&r, reverse);
        let policy = Policy::sll_2016().unwrap();
        let read = DecisionRecord::from_json(&text).unwrap();
        prop_assert_eq!(policy.verify(&read).verdict, Verdict::Ok);
        // Change one string of the case: the case's digest no longer matches.
        let mut changed = r.clone();
        let mut strings = Vec::new();
        collect_strings(&changed["case"], String::new(), &mut strings);
        let path = &strings[pick.index(strings.len())];
        let target = changed["case"].pointer_mut(path).unwrap();
        *target = Value::from(format!("{}!", target.as_str().unwrap()));
        let read = DecisionRecord::from_json(&relayout(&changed, reverse)).unwrap();
        prop_assert_eq!(policy.verify(&read).verdict, Verdict::Tampered);
    }
}

fn collect_strings(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::String(_) => out.push(at),
        Value::Object(m) => m.iter().for_each(|(k, x)| collect_strings(x, format!("{at}/{k}"), out)),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| collect_strings(x, format!("{at}/{i}"), out)),
        _ => {}
    }
}

/// The portfolio's records as JSON lines (what `record` writes, one per line).
fn portfolio_lines() -> Vec<String> {
    let text = std::fs::read_to_string(root().join("examples/records/portfolio-2019-2020.jsonl")).unwrap();
    text.lines().filter(|l| !l.trim().is_empty()).map(str::to_owned).collect()
}

fn tally_of(text: &[u8], cuts: &[usize]) -> Result<digipolicy::Accounts, digipolicy::Error> {
    let mut tally = digipolicy::Tally::new(digipolicy::Registry::embedded().unwrap(), 2020);
    let mut from = 0;
    for &cut in cuts.iter().chain(std::iter::once(&text.len())) {
        let to = cut.clamp(from, text.len());
        tally.feed(&text[from..to])?;
        from = to;
    }
    tally.finish()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Any year of records, repeats included, in any order: every request is counted on one
    /// of the seven ways it can be decided (in the year and in each quarter); a repeat is
    /// counted once and listed; the figures are those of the records without repeats.
    #[test]
    fn every_request_is_counted_once_on_one_way(picks in proptest::collection::vec(0usize..13, 0..30)) {
        let lines = portfolio_lines();
        let given: String = picks.iter().map(|&i| format!("{}\n", lines[i])).collect();
        let mut seen = std::collections::BTreeSet::new();
        let distinct: String = picks.iter().filter(|&&i| seen.insert(i)).map(|&i| format!("{}\n", lines[i])).collect();
        let a = tally_of(given.as_bytes(), &[]).unwrap();
        let once = tally_of(distinct.as_bytes(), &[]).unwrap();
        let sum = |r: &digipolicy::RouteCounts| {
            r.in_house + r.market + r.co_development + r.own_development + r.no_candidate + r.blocked + r.out_of_scope
        };
        prop_assert_eq!(sum(&a.digitalisation.routes), a.digitalisation.requests);
        for q in &a.digitalisation.by_quarter {
            prop_assert_eq!(sum(&q.routes), q.requests);
        }
        let r = a.records;
        prop_assert_eq!(r.given as usize, picks.len());
        prop_assert_eq!(r.duplicates as usize, picks.len() - seen.len());
        prop_assert_eq!(r.in_year + r.previous_year + r.other_years + r.undated + r.duplicates + r.unverified, r.given);
        prop_assert_eq!(&a.digitalisation, &once.digitalisation);
        prop_assert_eq!(&a.innovation, &once.innovation);
        prop_assert_eq!(a.left_out.len(), r.duplicates as usize);
    }

    /// A stream of records cut anywhere, into any number of chunks, counts as the whole text.
    #[test]
    fn a_stream_cut_anywhere_counts_as_the_whole(cuts in proptest::collection::vec(0usize..300_000, 0..12), pretty in any::<bool>()) {
        let lines = portfolio_lines();
        let text: String = if pretty {
            lines.iter().map(|l| serde_json::to_string_pretty(&serde_json::from_str::<Value>(l).unwrap()).unwrap() + "\n").collect()
        } else {
            lines.iter().map(|l| format!("{l}\n")).collect()
        };
        let mut cuts = cuts;
        cuts.sort_unstable();
        let whole = tally_of(text.as_bytes(), &[]).unwrap();
        prop_assert_eq!(tally_of(text.as_bytes(), &cuts).unwrap(), whole);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any bytes at all (JSON-ish or not), fed in two chunks or whole: no panic, and the two
    /// readings agree on whether they read (the splitter does not depend on where a chunk ends).
    #[test]
    fn any_bytes_read_alike_in_chunks_and_whole(
        bytes in proptest::collection::vec(prop_oneof![
            Just(b'{'), Just(b'}'), Just(b'['), Just(b']'), Just(b'"'), Just(b'\\'), Just(b','),
            Just(b':'), Just(b' '), Just(b'\n'), Just(0xEF), Just(0xBB), Just(0xBF), any::<u8>()
        ], 0..200),
        cut in 0usize..200,
    ) {
        let cut = cut.min(bytes.len());
        let chunked = tally_of(&bytes, &[cut]);
        let whole = tally_of(&bytes, &[]);
        prop_assert_eq!(chunked.is_ok(), whole.is_ok());
        if let (Err(a), Err(b)) = (&chunked, &whole) {
            prop_assert_eq!(a.path(), b.path());
        }
    }
}
