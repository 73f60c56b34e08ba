//! Every sentence of the policy accounted for (issue 26): the coverage map
//! (`core/packs/sll-2016.coverage.json`) held against the documents themselves, read from
//! `../shared/seeds/` or the directory in `DIGIPOLICY_DOCUMENTS`. It fails when a sentence of
//! a mapped section has no entry, when an entry's digest matches no sentence, when an
//! encoded entry names a clause without a function or lacks a vector either way, when a
//! clause of `clauses.rs` covers no sentence, and when a summary copies the documents' words.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use digipolicy::clauses::CITED;
use digipolicy::coverage::{self, CoverageMap, Entry, Status};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The documents: `DIGIPOLICY_DOCUMENTS`, or the shared seeds beside the repository.
fn documents_dir() -> PathBuf {
    std::env::var_os("DIGIPOLICY_DOCUMENTS").map_or_else(|| root().join("../shared/seeds"), PathBuf::from)
}

/// The documents' normalised texts, by seed.
fn texts(map: &CoverageMap) -> coverage::Texts {
    coverage::read_seeds(map, &documents_dir()).expect("the documents are under the size limit")
}

fn map() -> CoverageMap {
    coverage::embedded().expect("the coverage map reads")
}

fn entries(map: &CoverageMap) -> Vec<(String, String, &Entry)> {
    map.sentences.iter().map(|e| (e.document.clone(), e.section.clone(), e)).collect()
}

#[test]
fn the_documents_are_there() {
    let dir = documents_dir();
    assert!(
        dir.is_dir(),
        "the documents are required for the coverage check: {} is missing (set DIGIPOLICY_DOCUMENTS)",
        dir.display()
    );
}

#[test]
fn every_sentence_of_a_mapped_section_has_an_entry_and_every_entry_a_sentence() {
    let map = map();
    let drifts = coverage::compare(&map, &texts(&map));
    let lines: Vec<String> = drifts.iter().map(ToString::to_string).collect();
    assert!(lines.is_empty(), "{} drifts:\n{}", lines.len(), lines.join("\n"));
}

/// The implementing function of each clause, as `clauses.rs` names it in its docs.
fn clause_functions() -> BTreeMap<String, Vec<String>> {
    let source = std::fs::read_to_string(root().join("core/src/rules/clauses.rs")).unwrap();
    let mut out = BTreeMap::new();
    let mut doc = String::new();
    for line in source.lines() {
        let t = line.trim();
        if let Some(text) = t.strip_prefix("///") {
            doc.push_str(text);
            doc.push(' ');
        } else if let Some(rest) = t.strip_prefix("pub const ") {
            let value = rest.split('"').nth(1).unwrap_or("").to_owned();
            let functions = doc.split('`').filter(|p| p.starts_with("crate::")).map(ToOwned::to_owned).collect();
            out.insert(value, functions);
            doc.clear();
        } else {
            doc.clear();
        }
    }
    out
}

/// Whether `crate::a::b::name` is a function in `core/src/a/b.rs` (or `a/b/mod.rs`).
fn function_exists(path: &str) -> bool {
    let Some(rest) = path.strip_prefix("crate::") else { return false };
    let parts: Vec<&str> = rest.split("::").collect();
    let Some((name, modules)) = parts.split_last() else { return false };
    let base = root().join("core/src").join(modules.join("/"));
    let file = [base.with_extension("rs"), base.join("mod.rs")].into_iter().find(|p| p.is_file());
    file.and_then(|f| std::fs::read_to_string(f).ok())
        .is_some_and(|text| text.contains(&format!("fn {name}(")) || text.contains(&format!("fn {name}<")))
}

/// Every object in a JSON value that has a `clause` field equal to `id`.
fn results_of<'a>(value: &'a serde_json::Value, id: &str, out: &mut Vec<&'a serde_json::Value>) {
    match value {
        serde_json::Value::Object(map) => {
            if map.get("clause").and_then(|c| c.as_str()) == Some(id) {
                out.push(value);
            }
            for v in map.values() {
                results_of(v, id, out);
            }
        }
        serde_json::Value::Array(list) => list.iter().for_each(|v| results_of(v, id, out)),
        _ => {}
    }
}

/// What is wrong with a vector named to show `clause` met (`met`) or not met.
fn vector_problem(name: &str, clause: Option<&str>, met: bool) -> Option<String> {
    let path = root().join("tests/vectors").join(format!("{name}.json"));
    let Ok(text) = std::fs::read_to_string(&path) else { return Some(format!("vector {name} does not exist")) };
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let id = clause?;
    let mut found = Vec::new();
    results_of(&value["expected"], id, &mut found);
    if found.is_empty() {
        // A clause that says when a document applies is shown met by a vector that applies
        // another clause of the same document.
        let document = id.split(':').next().unwrap_or(id);
        let sibling = text.contains(&format!("\"clause\": \"{document}:"));
        return (!(met && sibling)).then(|| format!("vector {name} does not mention {id}"));
    }
    let outcomes: BTreeSet<&str> = found.iter().filter_map(|r| r.get("outcome").and_then(|o| o.as_str())).collect();
    let severities: BTreeSet<&str> = found.iter().filter_map(|r| r.get("severity").and_then(|o| o.as_str())).collect();
    let classes: BTreeSet<&str> = found.iter().filter_map(|r| r.get("class").and_then(|o| o.as_str())).collect();
    let lapsed = found.iter().any(|r| r.get("code").and_then(|c| c.as_str()).is_some_and(|c| c.ends_with("lapsed")));
    // A review result says it outright; a classification by its class; a clause without
    // either (the order, the benefit gate, a document's dates) by whether it raised a
    // finding or lapsed.
    let shows = if !outcomes.is_empty() {
        if met {
            outcomes.contains("met")
        } else {
            outcomes.contains("not_met")
        }
    } else if !classes.is_empty() {
        if met {
            classes.contains("innovation")
        } else {
            classes.iter().any(|c| *c != "innovation")
        }
    } else if met {
        !severities.contains("deviation") && !severities.contains("blocking") && !lapsed
    } else {
        lapsed || ["deviation", "blocking", "advice", "info"].iter().any(|s| severities.contains(s))
    };
    (!shows).then(|| format!("vector {name} does not show {id} {}", if met { "met" } else { "not met" }))
}

#[test]
fn every_entry_has_what_its_status_needs() {
    let map = map();
    let functions = clause_functions();
    let mut problems = Vec::new();
    for (document, section, e) in entries(&map) {
        let at = format!("{document} {section} #{}", e.ordinal);
        for summary in [&e.summary.sv, &e.summary.en] {
            if summary.trim().is_empty() || summary.chars().count() > 240 {
                problems.push(format!("{at}: a summary of one line is needed in Swedish and English"));
            }
        }
        match e.status {
            Status::Encoded | Status::Interpreted => {
                if e.functions.is_empty() {
                    problems.push(format!("{at}: {} without a function", e.status.id()));
                }
                for f in &e.functions {
                    if !function_exists(f) {
                        problems.push(format!("{at}: function {f} does not exist"));
                    }
                }
                for c in &e.clauses {
                    match functions.get(c) {
                        None => problems.push(format!("{at}: clause {c} is not in clauses.rs")),
                        Some(fs) if !fs.iter().any(|f| e.functions.contains(f)) => {
                            problems.push(format!(
                                "{at}: clause {c} is implemented by {fs:?}, which the entry does not name"
                            ));
                        }
                        Some(_) => {}
                    }
                }
                let (met, not_met) = e.vectors.as_ref().map_or((&[][..], &[][..]), |v| (&v.met[..], &v.not_met[..]));
                if met.is_empty() || not_met.is_empty() {
                    problems.push(format!("{at}: a vector is needed both ways (met and not met)"));
                }
                let clauses: Vec<Option<&str>> = if e.clauses.is_empty() {
                    vec![None]
                } else {
                    e.clauses.iter().map(|c| Some(c.as_str())).collect()
                };
                for clause in clauses {
                    for v in met {
                        problems.extend(vector_problem(v, clause, true).map(|p| format!("{at}: {p}")));
                    }
                    for v in not_met {
                        problems.extend(vector_problem(v, clause, false).map(|p| format!("{at}: {p}")));
                    }
                }
                if e.status == Status::Interpreted
                    && e.reading.as_ref().is_none_or(|r| r.sv.trim().is_empty() || r.en.trim().is_empty())
                {
                    problems.push(format!("{at}: interpreted without the reading that settles it"));
                }
                if e.reason.is_some() {
                    problems
                        .push(format!("{at}: {} with a reason (reasons are for what is not encoded)", e.status.id()));
                }
            }
            Status::NotDecidable | Status::OutOfScope => {
                if e.reason.as_ref().is_none_or(|r| r.sv.trim().is_empty() || r.en.trim().is_empty()) {
                    problems.push(format!("{at}: {} without a reason", e.status.id()));
                }
                if !e.clauses.is_empty() || !e.functions.is_empty() || e.vectors.is_some() {
                    problems.push(format!("{at}: {} names clauses, functions or vectors", e.status.id()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn every_clause_the_rules_cite_covers_a_sentence() {
    let map = map();
    let covered: BTreeSet<&str> =
        entries(&map).iter().flat_map(|(_, _, e)| e.clauses.iter().map(String::as_str)).collect();
    let uncovered: Vec<&&str> = CITED.iter().filter(|c| !covered.contains(**c)).collect();
    assert!(uncovered.is_empty(), "clauses that cover no sentence: {uncovered:?}");
}

/// Runs of this many words in a summary that stand in the documents would be a copy.
const COPIED_WORDS: usize = 6;

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

#[test]
fn no_summary_or_reason_copies_the_documents() {
    let map = map();
    let mut runs = BTreeSet::new();
    for text in texts(&map).values() {
        for run in words(text).windows(COPIED_WORDS) {
            runs.insert(run.join(" "));
        }
    }
    assert!(!runs.is_empty(), "the documents are required");
    let mut copied = Vec::new();
    for (document, section, e) in entries(&map) {
        let own = [Some(&e.summary), e.reason.as_ref(), e.reading.as_ref()];
        for text in own.into_iter().flatten() {
            for wording in [&text.sv, &text.en] {
                let w = words(wording);
                if let Some(run) = w.windows(COPIED_WORDS).map(|r| r.join(" ")).find(|r| runs.contains(r)) {
                    copied.push(format!("{document} {section} #{}: {run}", e.ordinal));
                }
            }
        }
    }
    // The anchors that find a document and its sections are a few words, never a sentence;
    // a section's reason for not being mapped is the project's own.
    for d in &map.documents {
        let anchors = [&d.after, &d.until].into_iter().chain(d.sections.iter().map(|s| &s.heading));
        for anchor in anchors {
            if anchor.split_whitespace().count() > 4 {
                copied.push(format!("{}: the anchor `{anchor}` is more than four words", d.id));
            }
        }
        for s in &d.sections {
            let w = words(s.unmapped_because.as_deref().unwrap_or(""));
            if let Some(run) = w.windows(COPIED_WORDS).map(|r| r.join(" ")).find(|r| runs.contains(r)) {
                copied.push(format!("{} {}: {run}", d.id, s.section));
            }
        }
    }
    assert!(copied.is_empty(), "summaries that copy the documents:\n{}", copied.join("\n"));
}

mod properties {
    use digipolicy::coverage::{normalise, sentences};
    use proptest::prelude::*;

    // Words, punctuation and white space of every kind, line breaks and hyphens included.
    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just("ord".to_owned()),
                Just("Ärende".to_owned()),
                Just(". ".to_owned()),
                Just("? ".to_owned()),
                Just("t.ex. ".to_owned()),
                Just("-\n".to_owned()),
                Just("\n".to_owned()),
                Just("\u{a0}".to_owned()),
                Just(" ".to_owned()),
                Just("”".to_owned()),
                Just("e\u{308}".to_owned()),
            ],
            0..40,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        /// Splitting loses and adds nothing: the sentences, joined by a space, are the text.
        #[test]
        fn sentences_join_back_to_the_normalised_text(t in text()) {
            let n = normalise(&t, &[]);
            prop_assert_eq!(sentences(&n).join(" "), n);
        }

        /// Normalising twice is normalising once, and leaves no run of white space.
        #[test]
        fn normalising_is_idempotent(t in text()) {
            let once = normalise(&t, &[]);
            prop_assert_eq!(normalise(&once, &[]), once.clone());
            prop_assert!(!once.contains("  ") && once.trim() == once);
            prop_assert!(!once.contains('\u{308}'), "NFC composes the diaeresis: {:?}", once);
        }
    }
}
