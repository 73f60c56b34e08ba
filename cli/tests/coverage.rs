//! `digipolicy coverage`, the legal reviewer's report (issue 26): the figures from the
//! documents as they are, a drift when a document's sentence changes, the side-by-side HTML,
//! and a clear error without the documents.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn documents() -> PathBuf {
    std::env::var_os("DIGIPOLICY_DOCUMENTS")
        .map_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds"), PathBuf::from)
}

fn coverage(dir: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_digipolicy"))
        .arg("coverage")
        .arg("--documents")
        .arg(dir)
        .args(extra)
        .env_remove("DIGIPOLICY_DOCUMENTS")
        .output()
        .unwrap()
}

#[test]
fn the_figures_count_every_mapped_sentence_by_status() {
    let o = coverage(&documents(), &["--lang", "en"]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(o.status.code(), Some(0), "{out}{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.contains("Encoded") && out.contains("Decides nothing") && out.contains("Outside the library"), "{out}");
    // A row per document as a whole, and one for everything.
    let all = out.lines().find(|l| l.trim_start().starts_with("All ")).unwrap();
    let numbers: Vec<usize> = all.split_whitespace().filter_map(|w| w.parse().ok()).collect();
    assert_eq!(numbers.len(), 5, "{all}");
    assert_eq!(numbers[0], numbers[1..].iter().sum::<usize>(), "the statuses add up to the sentences: {all}");
    assert!(out.contains("Every sentence of the mapped sections has an entry"), "{out}");
}

#[test]
fn a_changed_sentence_in_the_documents_is_a_drift_with_exit_code_3() {
    let dir = std::env::temp_dir().join(format!("digipolicy-coverage-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(documents()).unwrap() {
        let path = entry.unwrap().path();
        let mut text = std::fs::read_to_string(&path).unwrap();
        // Policy §5.9: "i första hand" becomes "i sista hand" in the first sentence.
        text = text.replacen("ska i första hand existerande", "ska i sista hand existerande", 1);
        std::fs::write(dir.join(path.file_name().unwrap()), text).unwrap();
    }
    let o = coverage(&dir, &["--lang", "en"]);
    let out = String::from_utf8(o.stdout).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(o.status.code(), Some(3), "{out}");
    assert!(out.contains("sll-policy-2016 5.9: sentence 1 has no entry"), "{out}");
    assert!(out.contains("sll-policy-2016 5.9: entry 1 matches no sentence"), "{out}");
}

#[test]
fn the_html_report_sets_each_sentence_beside_its_entry() {
    let o = coverage(&documents(), &["--format", "html"]);
    assert_eq!(o.status.code(), Some(0));
    let html = String::from_utf8(o.stdout).unwrap();
    assert!(html.starts_with("<!doctype html>") && html.contains("<html lang=\"sv\">"));
    assert!(html.contains("<h3>5.9 Samordnad anskaffning</h3>"));
    assert!(html.contains("crate::rules::order::acquisition_order"));
    assert!(html.contains("policyn § 5.9"));
    assert!(!html.contains("Ingen post"), "every sentence has its entry");
}

#[test]
fn without_the_documents_it_says_so_in_swedish_and_english() {
    let o = coverage(Path::new("/nonexistent/seeds"), &[]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("dokumenten finns inte i `/nonexistent/seeds`"), "{err}");
    let o = coverage(Path::new("/nonexistent/seeds"), &["--lang", "en"]);
    assert!(String::from_utf8(o.stderr).unwrap().contains("the documents are not in `/nonexistent/seeds`"));
}

#[test]
fn a_document_file_over_the_limit_is_refused_before_it_is_read() {
    let dir = std::env::temp_dir().join(format!("digipolicy-coverage-large-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // A sparse file of 8 MiB and one byte: its size is known without writing it.
    let file = std::fs::File::create(dir.join("001_large.txt")).unwrap();
    file.set_len(8 * 1024 * 1024 + 1).unwrap();
    let o = coverage(&dir, &["--lang", "en"]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("001_large.txt` is 8388609 bytes, over the limit of 8388608"), "{err}");
}
