//! `digipolicy coverage`: the coverage map against a local copy of the documents, for the
//! legal reviewer: the figures (sentences per status, per document and section) as text, or
//! every document sentence by sentence beside its status, summary, clauses, functions and
//! vectors as HTML. Generated from the documents given, never committed.

use super::{Failure, Language};
use crate::report::{table, word_with};
use clap::{Args, ValueEnum};
use digipolicy::coverage::{self, CoverageMap, Drift, Entry, Status};
use digipolicy::Lang;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::PathBuf;

/// The arguments of `coverage`.
#[derive(Debug, Args)]
pub struct CoverageArgs {
    /// The directory that holds the documents (the seeds), as `NNN_*.txt` files.
    #[arg(long, value_name = "DIR", env = "DIGIPOLICY_DOCUMENTS")]
    pub documents: PathBuf,
    /// The output: the figures as text, the side-by-side report as HTML, or every sentence
    /// with its digest as JSON lines (for whoever maps a new section).
    #[arg(long, value_enum, default_value = "text")]
    pub format: CoverageFormat,
    /// The report's language.
    #[arg(long, value_enum, default_value = "sv")]
    pub lang: Language,
}

/// What `coverage` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CoverageFormat {
    /// The figures, and every drift between the map and the documents.
    Text,
    /// Every document sentence by sentence beside what the map says of it.
    Html,
    /// Every sentence of every section with its digest and entry, one JSON object a line.
    Sentences,
}

/// Reads the documents, holds the map against them and writes the report; exit code 3 when
/// the map and the documents have drifted apart (the report is still written).
pub fn run(args: &CoverageArgs) -> Result<String, Failure> {
    let lang: Lang = args.lang.into();
    let map = coverage::embedded()
        .map_err(|e| Failure::Other(word_with("cli-coverage-map-unreadable", &[&e.to_string()])))?;
    if !args.documents.is_dir() {
        let shown = args.documents.display().to_string();
        return Err(Failure::Invalid(word_with("cli-coverage-no-documents", &[&shown])));
    }
    // Each seed read and normalised once, for the comparison and the report alike.
    let texts = coverage::read_seeds(&map, &args.documents).map_err(|e| match e {
        coverage::SeedError::TooLarge { path, bytes } => Failure::Invalid(word_with(
            "cli-coverage-seed-too-large",
            &[&bytes.to_string(), &coverage::MAX_SEED_BYTES.to_string(), &path],
        )),
    })?;
    let drifts = coverage::compare(&map, &texts);
    let out = match args.format {
        CoverageFormat::Text => figures(&map, &drifts, lang),
        CoverageFormat::Html => html(&map, &drifts, &texts, lang),
        CoverageFormat::Sentences => sentences_jsonl(&map, &texts),
    };
    if drifts.is_empty() {
        Ok(out)
    } else {
        Err(Failure::Flagged(out))
    }
}

fn t(lang: Lang, key: &str) -> String {
    digipolicy::word(key, lang).unwrap_or(key).to_owned()
}

/// A status as the reviewer reads it.
fn status_word(status: Status, lang: Lang) -> String {
    let key = match status {
        Status::Encoded => "cli-coverage-encoded",
        Status::Interpreted => "cli-coverage-interpreted",
        Status::NotDecidable => "cli-coverage-not-decidable",
        Status::OutOfScope => "cli-coverage-out-of-scope",
    };
    t(lang, key)
}

const STATUSES: [Status; 4] = [Status::Encoded, Status::Interpreted, Status::NotDecidable, Status::OutOfScope];

/// A drift as the reviewer reads it (a word's values go in the alphabetical order of their
/// names).
fn drift_text(d: &Drift, lang: Lang) -> String {
    let text = match d {
        Drift::SeedMissing { document, seed } => word_with("cli-coverage-drift-seed", &[document, seed]),
        Drift::AnchorMissing { document, section } => word_with("cli-coverage-drift-heading", &[document, section]),
        Drift::SentenceUnmapped { document, section, ordinal, .. } => {
            word_with("cli-coverage-drift-unmapped", &[document, &ordinal.to_string(), section])
        }
        Drift::EntryOrphan { document, section, ordinal } => {
            word_with("cli-coverage-drift-orphan", &[document, &ordinal.to_string(), section])
        }
        Drift::EntryStale { document, section, ordinal } => {
            word_with("cli-coverage-drift-stale", &[document, &ordinal.to_string(), section])
        }
        Drift::EntryMoved { document, section, ordinal, found_at } => {
            word_with("cli-coverage-drift-moved", &[document, &found_at.to_string(), &ordinal.to_string(), section])
        }
    };
    text.get(lang).to_owned()
}

/// The figures: sentences per status in all, and per document and section.
fn figures(map: &CoverageMap, drifts: &[Drift], lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", t(lang, "cli-coverage-title"));
    let mut head =
        vec![t(lang, "cli-coverage-document"), t(lang, "cli-coverage-section"), t(lang, "cli-coverage-sentences")];
    head.extend(STATUSES.iter().map(|s| status_word(*s, lang)));
    let mut rows = vec![head];
    let mut total: BTreeMap<Status, usize> = BTreeMap::new();
    let mut all = 0;
    for d in &map.documents {
        let mut document: BTreeMap<Status, usize> = BTreeMap::new();
        let mut count = 0;
        for s in d.sections.iter().filter(|s| s.mapped) {
            let entries: Vec<&Entry> = map.entries(&d.id, &s.section).collect();
            let mut row = vec![d.title.clone(), s.section.clone(), entries.len().to_string()];
            for status in STATUSES {
                let n = entries.iter().filter(|e| e.status == status).count();
                *document.entry(status).or_default() += n;
                row.push(n.to_string());
            }
            count += entries.len();
            rows.push(row);
        }
        // The document's own figures, below its sections.
        let mut row = vec![d.title.clone(), t(lang, "cli-coverage-whole"), count.to_string()];
        for status in STATUSES {
            let n = document.get(&status).copied().unwrap_or(0);
            *total.entry(status).or_default() += n;
            row.push(n.to_string());
        }
        all += count;
        rows.push(row);
    }
    let mut sum = vec![t(lang, "cli-coverage-all"), String::new(), all.to_string()];
    sum.extend(STATUSES.iter().map(|s| total.get(s).copied().unwrap_or(0).to_string()));
    rows.push(sum);
    out.push_str(&table(&rows));
    if drifts.is_empty() {
        let _ = writeln!(out, "\n{}", t(lang, "cli-coverage-no-drift"));
    } else {
        let _ = writeln!(out, "\n{}", t(lang, "cli-coverage-drifts"));
        for d in drifts {
            let _ = writeln!(out, "  - {}", drift_text(d, lang));
        }
    }
    out
}

/// Text for HTML: `&`, `<`, `>` and `"` escaped.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// What the map says of a sentence, as cells.
fn entry_cells(e: Option<&Entry>, lang: Lang) -> String {
    let Some(e) = e else {
        return format!("<td class=\"none\" colspan=\"4\">{}</td>", esc(&t(lang, "cli-coverage-no-entry")));
    };
    let clauses: Vec<String> =
        e.clauses.iter().map(|c| digipolicy::clauses::citation(c).get(lang).to_owned()).collect();
    let why = e.reason.as_ref().or(e.reading.as_ref()).map_or("", |t| t.get(lang));
    let vectors = e.vectors.as_ref().map_or_else(String::new, |v| {
        format!(
            "{}: {}<br>{}: {}",
            esc(&t(lang, "cli-coverage-met")),
            esc(&v.met.join(", ")),
            esc(&t(lang, "cli-coverage-not-met")),
            esc(&v.not_met.join(", "))
        )
    });
    format!(
        "<td class=\"status {}\">{}</td><td>{}<br><small>{}</small></td><td>{}<br><code>{}</code></td><td><small>{}</small></td>",
        e.status.id(),
        esc(&status_word(e.status, lang)),
        esc(e.summary.get(lang)),
        esc(why),
        esc(&clauses.join(", ")),
        esc(&e.functions.join(", ")),
        vectors
    )
}

/// Every document, sentence by sentence, beside what the map says of it.
fn html(map: &CoverageMap, drifts: &[Drift], texts: &coverage::Texts, lang: Lang) -> String {
    let mut out = String::new();
    let title = t(lang, "cli-coverage-title");
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{}</style></head><body><h1>{}</h1>",
        if lang == Lang::Sv { "sv" } else { "en" },
        esc(&title),
        CSS,
        esc(&title)
    );
    let _ = write!(out, "<pre>{}</pre>", esc(&figures(map, drifts, lang)));
    for d in &map.documents {
        let _ = write!(out, "<h2>{}</h2>", esc(&d.title));
        let Some(text) = texts.get(&d.seed) else { continue };
        let (located, _) = coverage::locate(d, text);
        for found in &located {
            let Some(section) = d.sections.iter().find(|s| s.section == found.section) else { continue };
            let _ = write!(out, "<h3>{}</h3>", esc(&found.heading));
            if !section.mapped {
                let because = section.unmapped_because.as_deref().unwrap_or("");
                let _ = write!(
                    out,
                    "<p class=\"unmapped\">{} {}</p>",
                    esc(&t(lang, "cli-coverage-unmapped")),
                    esc(because)
                );
                continue;
            }
            let _ = write!(
                out,
                "<table><thead><tr><th>#</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
                esc(&t(lang, "cli-coverage-sentence")),
                esc(&t(lang, "cli-coverage-status")),
                esc(&t(lang, "cli-coverage-summary")),
                esc(&t(lang, "cli-coverage-clause")),
                esc(&t(lang, "cli-coverage-vectors"))
            );
            for (k, sentence) in found.sentences.iter().enumerate() {
                let digest = coverage::digest(sentence);
                let entry = map.entries(&d.id, &section.section).find(|e| e.sha256 == digest);
                let _ = write!(
                    out,
                    "<tr><td>{}</td><td lang=\"sv\">{}</td>{}</tr>",
                    k + 1,
                    esc(sentence),
                    entry_cells(entry, lang)
                );
            }
            out.push_str("</tbody></table>");
        }
    }
    out.push_str("</body></html>\n");
    out
}

const CSS: &str = "body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:90rem;padding:0 1rem;line-height:1.45}table{border-collapse:collapse;width:100%;margin:0 0 1.5rem}th,td{border:1px solid #999;padding:.3rem .4rem;vertical-align:top;text-align:left}td:nth-child(2){width:35%}.status{font-weight:700;white-space:nowrap}.encoded{background:#e3f2e1}.interpreted{background:#e4edf7}.not-decidable{background:#f1f1f1}.out-of-scope{background:#fbeee0}.none{background:#f8d7da;font-weight:700}pre{overflow-x:auto}code{font-size:.85em;overflow-wrap:anywhere}.unmapped{color:#444}";

/// Every sentence of every section (mapped or not) with its digest and its entry, one JSON
/// object a line.
fn sentences_jsonl(map: &CoverageMap, texts: &coverage::Texts) -> String {
    let mut out = String::new();
    for d in &map.documents {
        let Some(text) = texts.get(&d.seed) else { continue };
        let (located, _) = coverage::locate(d, text);
        for found in &located {
            let section = d.sections.iter().find(|s| s.section == found.section);
            for (k, sentence) in found.sentences.iter().enumerate() {
                let digest = coverage::digest(sentence);
                let entry = map.entries(&d.id, &found.section).find(|e| e.sha256 == digest);
                let line = serde_json::json!({
                    "document": d.id,
                    "section": found.section,
                    "heading": found.heading,
                    "mapped": section.is_some_and(|s| s.mapped),
                    "ordinal": k + 1,
                    "sha256": digest,
                    "text": sentence,
                    "entry": entry,
                });
                let _ = writeln!(out, "{line}");
            }
        }
    }
    out
}
