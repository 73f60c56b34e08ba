//! The wording catalogue (`core/words/*.ftl`) has no key nothing uses. (A key missing in a
//! language, or a value used in one language and not the other, already fails the build:
//! `core/build.rs`.)

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn keys(lang: &str) -> Vec<String> {
    let text = std::fs::read_to_string(root().join(format!("core/words/{lang}.ftl"))).unwrap();
    text.lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.to_owned()))
        .collect()
}

/// The files under `dir` whose names end in one of `ext`.
fn collect(dir: &Path, ext: &[&str], out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, ext, out);
        } else if path.extension().is_some_and(|e| ext.iter().any(|x| e == *x)) {
            out.push(path);
        }
    }
}

/// The text of those files, one after another.
fn read_all(dir: &Path, ext: &[&str], out: &mut String) {
    let mut paths = Vec::new();
    collect(dir, ext, &mut paths);
    for path in paths {
        out.push_str(&std::fs::read_to_string(&path).unwrap());
        out.push('\n');
    }
}

include!("../words/names.rs");

#[test]
fn both_languages_have_the_same_keys_in_the_same_order() {
    assert_eq!(keys("sv"), keys("en"));
    let all = keys("sv");
    let unique: BTreeSet<&String> = all.iter().collect();
    assert_eq!(unique.len(), all.len(), "a key is defined twice");
}

#[test]
fn every_key_read_by_name_is_in_the_catalogue() {
    let known: BTreeSet<String> = keys("sv").into_iter().collect();
    let mut cli = String::new();
    read_all(&root().join("cli/src"), &["rs"], &mut cli);
    let mut python = String::new();
    read_all(&root().join("bindings-python/python"), &["py"], &mut python);
    let mut templates = String::new();
    read_all(&root().join("core/templates"), &["j2"], &mut templates);
    let mut missing = Vec::new();
    let mut look = |text: &str, open: &str, close: char, prefix: &str| {
        for part in text.split(open).skip(1) {
            let name: String = part.chars().take_while(|c| *c != close).collect();
            let ok = name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
            if ok && !name.is_empty() && !known.contains(&format!("{prefix}{name}")) {
                missing.push(format!("{prefix}{name}"));
            }
        }
    };
    look(&cli, "t(lang, \"", '"', "");
    look(&python, "w(\"", '"', "doc-");
    look(&templates, "t.", ' ', "doc-");
    let mut form = String::new();
    read_all(&root().join("bindings-wasm/www"), &["js", "html"], &mut form);
    look(&form, "t(\"", '"', "form-");
    look(&form, "data-i18n=\"", '"', "form-");
    assert!(missing.is_empty(), "read by name but not in the catalogue: {missing:?}");
}

#[test]
fn every_key_is_used() {
    let mut rust = String::new();
    read_all(&root().join("core/src"), &["rs"], &mut rust);
    let mut cli = String::new();
    read_all(&root().join("cli/src"), &["rs"], &mut cli);
    let mut templates = String::new();
    read_all(&root().join("core/templates"), &["j2"], &mut templates);
    let form_dir = root().join("bindings-wasm/www");
    let mut form = String::new();
    if form_dir.exists() {
        read_all(&form_dir, &["js", "html"], &mut form);
    }
    let mut python = String::new();
    read_all(&root().join("bindings-python/python"), &["py"], &mut python);
    let questions = std::fs::read_to_string(root().join("core/packs/sll-2016.questions.json")).unwrap();
    // Fields a rule names as missing evidence outside the form's questions.
    let elsewhere = [
        "benefit_assessment.done",
        "benefit_assessment.done_on",
        "candidates.allows_new_solutions",
        "candidates.innovation_considered",
        "organisation.agreement_binds_policy",
    ];
    let mut unused = Vec::new();
    for key in keys("sv") {
        let used = if let Some(name) = key.strip_prefix("doc-") {
            templates.contains(&format!("t.{name}"))
                || cli.contains(&format!("\"{name}\""))
                || python.contains(&format!("w(\"{name}\")"))
        } else if let Some(field) = key.strip_prefix("ask-").or_else(|| key.strip_prefix("help-")) {
            // The field `evidence-citizen_facing` is `evidence.citizen_facing`.
            let field = field.replacen('-', ".", 1);
            questions.contains(&format!("\"field\": \"{field}\"")) || elsewhere.contains(&field.as_str())
        } else if key.starts_with("group-") {
            rust.contains(&format!("\"{key}\""))
        } else if key.starts_with("cli-") {
            cli.contains(&format!("\"{key}\""))
        } else if let Some(name) = key.strip_prefix("form-") {
            // The form says `t("heading")` for `form-heading`; a family chosen at run time
            // (`t(`error-${code}`)`) is used when the form reads the family.
            let family = ["error-", "severity_means-"].iter().find(|f| name.starts_with(**f));
            form.contains(&format!("\"{name}\"")) || family.is_some_and(|f| form.contains(&format!("`{f}${{")))
        } else {
            let code = rust.replace("include!(concat!(env!(\"OUT_DIR\"), \"/words.rs\"));", "");
            code.contains(&format!("w!({})", const_name(&key)))
                || code.contains(&format!("w!({} {{", struct_name(&key)))
        };
        if !used {
            unused.push(key);
        }
    }
    assert!(unused.is_empty(), "keys nothing uses: {unused:?}");
}

/// The code of `core/src` without comments and without its test modules.
fn core_code() -> Vec<(String, String)> {
    let mut files = Vec::new();
    collect(&root().join("core/src"), &["rs"], &mut files);
    files
        .into_iter()
        .filter(|p| !p.ends_with("words.rs") && !p.ends_with("tests.rs"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or("").to_owned();
            let code: Vec<&str> = code.lines().filter(|l| !l.trim_start().starts_with("//")).collect();
            (p.display().to_string(), code.join("\n"))
        })
        .collect()
}

#[test]
fn no_wording_for_people_is_written_in_code() {
    // Every sentence is the catalogue's: no Swedish in a string literal, no per-language
    // match arm that writes text, no message made from literal wordings.
    let mut found = Vec::new();
    for (file, code) in core_code() {
        for (n, line) in code.lines().enumerate() {
            let literal_sv = line.split('"').skip(1).step_by(2).any(|s| s.chars().any(|c| "åäöÅÄÖ".contains(c)));
            // `län`/`läns` are words the region reader strips from a name, not wording.
            let reader_word = file.ends_with("regions.rs") && line.contains("\"län\"");
            let arm = line.contains("Lang::Sv =>") && (line.contains("format!(") || line.contains("=> \""));
            let empty = line.contains("(\"\", \"\")");
            let pair = !empty
                && (line.contains("Text::new(\"") || line.contains("Message::fixed(\"") || line.contains("msg!(\""));
            if (literal_sv && !reader_word) || arm || pair {
                found.push(format!("{file}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "wording in code, not in core/words:\n{}", found.join("\n"));
}
