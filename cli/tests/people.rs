//! What a person reads carries no machine tokens (issue "Words for people"): every example
//! case and every conformance vector's case, rendered through every human rendering — the
//! CLI's text report, the memo as Markdown and as HTML, the notebook card, and the yearly
//! accounts as text, Markdown and HTML — in Swedish and English, holds no clause id
//! (`policy:5.9`), no field path (`evidence.…`), no backtick, no `null`/`true`/`false`, no
//! snake_case value of the contract, and no number with four decimals. The JSON keeps its
//! ids and paths; this is about the words for people. (The form's visible text is scanned
//! in Chromium by the WASM package's browser test.)

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn run(args: &[&str], input: &Path) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_digipolicy")).args(args).arg(input).current_dir(root()).output().unwrap();
    assert!(o.status.success(), "{args:?} {}: {}", input.display(), String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

/// The text a person sees in an HTML document: without its style, scripts and tags.
fn visible(html: &str) -> String {
    let mut kept = String::new();
    let mut rest = html;
    loop {
        let next = ["<style", "<script"].iter().filter_map(|t| rest.find(t).map(|i| (i, *t))).min();
        let Some((i, tag)) = next else { break };
        kept.push_str(&rest[..i]);
        let close = if tag == "<style" { "</style>" } else { "</script>" };
        rest = rest[i..].find(close).map_or("", |j| &rest[i + j + close.len()..]);
    }
    kept.push_str(rest);
    let mut text = String::new();
    let mut in_tag = false;
    for c in kept.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&amp;", "&").replace("&#x27;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
}

/// The contract's snake_case values, read from its schemas.
fn enum_words() -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root().join("schemas")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        collect_enums(&value, &mut out);
    }
    out.sort();
    out.dedup();
    out
}

fn collect_enums(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, x) in map {
                if k == "enum" || k == "const" {
                    let words: Vec<&str> = match x {
                        serde_json::Value::Array(a) => a.iter().filter_map(|s| s.as_str()).collect(),
                        serde_json::Value::String(s) => vec![s.as_str()],
                        _ => vec![],
                    };
                    out.extend(words.into_iter().filter(|w| w.contains('_')).map(str::to_owned));
                }
                collect_enums(x, out);
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_enums(x, out)),
        _ => {}
    }
}

/// The machine tokens in `text`, each with a little of its context.
fn tokens(text: &str, enums: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    let words: Vec<&str> = text.split(|c: char| c.is_whitespace() || "()[]{};|*".contains(c)).collect();
    for w in &words {
        let w = w.trim_matches(|c: char| ".,:!?\"'”“".contains(c));
        let bad = w.contains('`')
            || ["null", "true", "false"].contains(&w)
            || enums.iter().any(|e| e == w)
            || ["evidence.", "governing_documents.", "e_service.", "benefit_assessment."].iter().any(|p| w.contains(p))
            || ["policy:", "-strategy:", "innovation-strategy:", "digitalisation-strategy:", "decision-memo:"]
                .iter()
                .any(|p| {
                    w.contains(p) && w.split(p).nth(1).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
                })
            || four_decimals(w);
        if bad {
            found.push(w.to_owned());
        }
    }
    found
}

fn four_decimals(w: &str) -> bool {
    let b = w.as_bytes();
    (1..b.len()).any(|i| {
        (b[i] == b',' || b[i] == b'.')
            && b[i - 1].is_ascii_digit()
            && b.len() >= i + 5
            && b[i + 1..i + 5].iter().all(u8::is_ascii_digit)
            && b.get(i + 5).is_none_or(|c| !c.is_ascii_digit())
    })
}

/// Every case a person could bring: the examples and the vectors' cases.
fn cases() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    let dir = std::env::temp_dir().join(format!("digipolicy-people-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(root().join("tests/vectors")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let vector: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let decided = vector.get("expected").and_then(|e| e.get("status")).is_some();
        if let (true, Some(case)) = (decided, vector.get("input").filter(|i| i.get("candidates").is_some())) {
            let file = dir.join(path.file_name().unwrap());
            std::fs::write(&file, serde_json::to_string(case).unwrap()).unwrap();
            out.push(file);
        }
    }
    out.sort();
    out
}

#[test]
fn every_human_rendering_is_free_of_machine_tokens() {
    let enums = enum_words();
    assert!(enums.iter().any(|e| e == "in_house") && enums.iter().any(|e| e == "not_known"), "{enums:?}");
    let cases = cases();
    assert!(cases.len() > 20, "{}", cases.len());
    let registry = digipolicy::Registry::embedded().unwrap();
    let mut problems = Vec::new();
    let mut ids_in_body = Vec::new();
    let mut check = |what: String, text: &str| {
        let found = tokens(text, &enums);
        if !found.is_empty() {
            problems.push(format!("{what}: {found:?}"));
        }
    };
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(case).unwrap();
        let decision = digipolicy::ffi::run_json(&registry, "decide", &text, &digipolicy::ffi::Options::default());
        let Ok(decision) = decision else { continue };
        for lang in ["sv", "en"] {
            check(format!("{name} text {lang}"), &run(&["decide", "--lang", lang], case));
            let md = run(&["memo", "--lang", lang, "--format", "md"], case);
            check(format!("{name} memo md {lang}"), &md);
            // Identifiers (the pack's, the case's requirement and candidate ids) only in the
            // appendix: the body an official signs has none.
            let appendix = if lang == "sv" { "## Bilaga" } else { "## Appendix" };
            let body = md.split(appendix).next().unwrap_or_default();
            let value: serde_json::Value = serde_json::from_str(&text).unwrap();
            let ids = ["requirements", "candidates"]
                .iter()
                .flat_map(|list| value[list].as_array().cloned().unwrap_or_default())
                // A requirement without a text is named by its id: the only name it has.
                .filter(|item| item.get("priority").is_none() || item.get("text").is_some())
                .filter_map(|item| item["id"].as_str().map(str::to_owned))
                .filter(|id| id.contains(['-', '_']) || id.chars().any(|c| c.is_ascii_digit()));
            for id in ids.chain(["sll-2016".to_owned()]) {
                let whole = body.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_')).any(|w| w == id);
                if whole {
                    ids_in_body.push(format!("{name} memo body {lang}: the identifier {id}"));
                }
            }
            let html = run(&["memo", "--lang", lang, "--format", "html"], case);
            check(format!("{name} memo html {lang}"), &visible(&html));
            let options = digipolicy::ffi::Options { lang: Some(lang.to_owned()), ..Default::default() };
            let card = digipolicy::ffi::run_json(&registry, "card", &decision, &options).unwrap();
            let card = if card.starts_with('"') { serde_json::from_str::<String>(&card).unwrap() } else { card };
            check(format!("{name} card {lang}"), &visible(&card));
        }
    }
    let records = root().join("examples/records/portfolio-2019-2020.jsonl");
    for lang in ["sv", "en"] {
        for format in ["text", "md", "html"] {
            let out = run(&["accounts", "--year", "2020", "--lang", lang, "--format", format], &records);
            let out = if format == "html" { visible(&out) } else { out };
            check(format!("accounts {format} {lang}"), &out);
        }
    }
    assert!(problems.is_empty(), "{} renderings show machine tokens:\n{}", problems.len(), problems.join("\n"));
    assert!(ids_in_body.is_empty(), "identifiers in a memo's body:\n{}", ids_in_body.join("\n"));
}

#[test]
fn the_scan_finds_what_it_looks_for() {
    let enums = vec!["in_house".to_owned()];
    for bad in
        ["see `x`", "policy:5.9", "innovation-strategy:6.3", "evidence.citizen_facing", "null", "in_house", "0,8333"]
    {
        assert!(!tokens(bad, &enums).is_empty(), "{bad}");
    }
    for good in ["policyn § 5.9", "0,83", "1 234 500 kr", "in-house", "2016-09-02", "SE-M"] {
        assert!(tokens(good, &enums).is_empty(), "{good}");
    }
    assert_eq!(
        visible("<style>a{b:c}</style><p>x &amp; y</p>").split_whitespace().collect::<Vec<_>>(),
        ["x", "&", "y"]
    );
}

#[test]
fn the_swedish_report_and_memo_of_every_example_are_as_recorded() {
    // Snapshots a reviewer reads in the diff: tests/snapshots/<example>.sv.txt (the CLI's
    // text report) and <example>.sv.md (the memo); re-record with DIGIPOLICY_BLESS=1.
    let dir = root().join("tests/snapshots");
    std::fs::create_dir_all(&dir).unwrap();
    let mut examples: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    examples.sort();
    assert!(examples.len() >= 8);
    let mut stale = Vec::new();
    for example in &examples {
        let stem = example.file_stem().unwrap().to_string_lossy().into_owned();
        for (ext, args) in
            [("txt", vec!["decide", "--lang", "sv"]), ("md", vec!["memo", "--lang", "sv", "--format", "md"])]
        {
            let out = run(&args, example);
            let path = dir.join(format!("{stem}.sv.{ext}"));
            if std::env::var_os("DIGIPOLICY_BLESS").is_some() {
                std::fs::write(&path, &out).unwrap();
            }
            if std::fs::read_to_string(&path).ok().as_deref() != Some(out.as_str()) {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(stale.is_empty(), "snapshots differ (re-record with DIGIPOLICY_BLESS=1 and read the diff): {stale:?}");
}
