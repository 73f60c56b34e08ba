//! Every sentence of the policy accounted for: the coverage map from the documents' sentences
//! to the rules that implement them (`core/packs/sll-2016.coverage.json`).
//!
//! The map never holds the documents' text. It refers to each sentence by its document, its
//! section, its ordinal in the section and the SHA-256 of its normalised text, and gives the
//! project's own one-line summary and a status: `encoded` (the clauses, the functions and the
//! vectors that show it met and not met), `interpreted` (as encoded, plus the reading that
//! settles it), `not-decidable` or `out-of-scope` (with a reason).
//!
//! The documents are read from a local copy (the seeds): [`read_seeds`] reads each seed once
//! (under [`MAX_SEED_BYTES`]), [`normalise`] turns a seed into one line, [`locate`] finds a mapped document's sections in it by their headings, and
//! [`sentences`] splits a section into sentences. [`compare`] holds the map against the
//! documents and lists every drift: a sentence without an entry, an entry whose digest matches
//! no sentence, a heading that is not found.
//!
//! ## Normalisation, written down
//!
//! 1. Unicode NFC: composed characters (`ä` as one code point), so that a digest does not
//!    depend on how a copy of the document encodes its letters.
//! 2. A word hyphenated across a line break is joined: a line that ends in `-` after a letter,
//!    followed by a line that starts with a lower-case letter, loses the hyphen and the break.
//! 3. Page furniture is removed at the start of a line (each page of an OCR transcript is one
//!    line): a running header the map names (`running_headers`: the council's name), its page number (`3 (6)`, `4(6)`,
//!    `(8)`), the document's title in capitals after it (words of two or more capital
//!    letters, and a date `2016-09-02` after them); and a page number `2/16` that opens a
//!    line.
//! 4. White space (any run of spaces, tabs, line breaks, no-break spaces) becomes one space,
//!    and the text is trimmed.
//!
//! A sentence ends at `.`, `!` or `?` (with a closing quote or parenthesis after it) that is
//! followed by a space and then a capital letter or a digit, except after a number of one or
//! two digits (`Fokusområde 1. Digital`: an enumeration, not an end). A heading without a full
//! stop stays with the sentence after it.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

use crate::text::Text;

/// The coverage map of the embedded pack, as JSON.
pub const MAP_JSON: &str = include_str!("../packs/sll-2016.coverage.json");

/// The coverage map: the normalisation it assumes and its documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoverageMap {
    /// Where the normalisation is written down (this module's documentation).
    pub normalisation: String,
    /// The running headers that open a page of a transcript (the council's name), removed
    /// with the page number and the title in capitals after them.
    pub running_headers: Vec<String>,
    /// The mapped documents: where they stand in the seeds and their sections.
    pub documents: Vec<MappedDocument>,
    /// One entry for every sentence of every mapped section.
    pub sentences: Vec<Entry>,
}

impl CoverageMap {
    /// The entries of one section, in the map's order.
    pub fn entries<'a>(&'a self, document: &'a str, section: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.sentences.iter().filter(move |e| e.document == document && e.section == section)
    }
}

/// A document of the map: where it stands in the seeds and its sections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MappedDocument {
    /// The document's id (`sll-policy-2016`, `sll-innovation-strategy-2016`, …).
    pub id: String,
    /// The document's name, for the report.
    pub title: String,
    /// The seed that holds it, by the start of its file name (`001`).
    pub seed: String,
    /// Text in the normalised seed after which the document's body starts (past a table of
    /// contents that repeats the headings).
    pub after: String,
    /// Text in the normalised seed where the document ends (the next document's cover), or
    /// empty for the end of the seed.
    #[serde(default)]
    pub until: String,
    /// Every section in order, mapped or not (their headings bound each other).
    pub sections: Vec<MappedSection>,
}

/// A section: its number, its heading as the seed writes it, and whether its sentences are
/// mapped (each then has an entry in [`CoverageMap::sentences`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MappedSection {
    /// The section's number or name (`5.9`, `decisions`, `why`).
    pub section: String,
    /// The start of the heading that opens the section in the normalised seed: its number
    /// and a word or two, enough to find it after the heading before it (never a sentence
    /// of the document).
    pub heading: String,
    /// How many words the whole heading has, counted from its start (the anchor's own words
    /// when absent); the section's text begins after them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading_words: Option<usize>,
    /// Whether every sentence of the section must have an entry.
    #[serde(default)]
    pub mapped: bool,
    /// Why a section is not mapped, in one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unmapped_because: Option<String>,
}

/// What the project says of one sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The document's id (`sll-policy-2016`).
    pub document: String,
    /// The section's number or name (`5.9`).
    pub section: String,
    /// The sentence's place in its section, from 1.
    pub ordinal: usize,
    /// SHA-256 of the sentence's normalised text, in hex.
    pub sha256: String,
    /// The project's own one-line summary (never the document's words), in Swedish and
    /// English.
    pub summary: Text,
    /// How the sentence is covered.
    pub status: Status,
    /// The clauses that implement it (`encoded`, `interpreted`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clauses: Vec<String>,
    /// The functions that implement it, by path (`crate::rules::order::acquisition_order`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub functions: Vec<String>,
    /// The vectors (`tests/vectors/<name>.json`) that show it met and not met.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vectors: Option<Vectors>,
    /// The DOMAIN point or interpretation note that settles its reading (`interpreted`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Text>,
    /// Why no decision depends on it (`not-decidable`, `out-of-scope`), in one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Text>,
}

/// The vectors that show a sentence met (or applied) and not met (or not applied), by name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vectors {
    /// Met or applied.
    pub met: Vec<String>,
    /// Not met or not applied.
    pub not_met: Vec<String>,
}

/// How a sentence is covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Implemented by clauses and functions, shown met and not met by vectors.
    Encoded,
    /// As encoded, with the reading that settles an ambiguity.
    Interpreted,
    /// No decision depends on it: a purpose, a description, a vision, an aim for the council
    /// as a whole.
    NotDecidable,
    /// Outside what the library decides: procurement law, follow-up by people.
    OutOfScope,
}

impl Status {
    /// The status as the map writes it.
    pub fn id(self) -> &'static str {
        match self {
            Status::Encoded => "encoded",
            Status::Interpreted => "interpreted",
            Status::NotDecidable => "not-decidable",
            Status::OutOfScope => "out-of-scope",
        }
    }
}

/// The largest seed read (8 MiB; the four documents together are about 100 KiB).
pub const MAX_SEED_BYTES: u64 = 8 * 1024 * 1024;

/// The documents' text, normalised, by the seed that holds it (`001`): each seed read and
/// normalised once, however many documents it holds.
pub type Texts = BTreeMap<String, String>;

/// A seed that cannot be read as a document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SeedError {
    /// The file is larger than [`MAX_SEED_BYTES`].
    #[error("seed `{path}` is {bytes} bytes, over the limit of {MAX_SEED_BYTES}")]
    TooLarge {
        /// The file.
        path: String,
        /// Its size.
        bytes: u64,
    },
}

/// The map's seeds from the files in `dir` (the seed `001` is the first file by name that
/// starts with `001_`), each read once and normalised. A seed without a file, or whose file is
/// not UTF-8 text, is left out (and [`compare`] says it is missing).
///
/// # Errors
/// [`SeedError::TooLarge`] for a file over [`MAX_SEED_BYTES`], before it is read.
pub fn read_seeds(map: &CoverageMap, dir: &Path) -> Result<Texts, SeedError> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(dir).map_or_else(|_| Vec::new(), |it| it.filter_map(|e| e.ok().map(|e| e.path())).collect());
    files.sort();
    let mut texts = Texts::new();
    for document in &map.documents {
        let wanted = format!("{}_", document.seed);
        if texts.contains_key(&document.seed) {
            continue;
        }
        let named = |p: &&PathBuf| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(&wanted));
        let Some(path) = files.iter().find(named) else { continue };
        let bytes = std::fs::metadata(path).map_or(0, |m| m.len());
        if bytes > MAX_SEED_BYTES {
            return Err(SeedError::TooLarge { path: path.display().to_string(), bytes });
        }
        if let Ok(text) = std::fs::read_to_string(path) {
            texts.insert(document.seed.clone(), normalise(&text, &map.running_headers));
        }
    }
    Ok(texts)
}

/// The map's seeds from any source: `seed(prefix)` gives a seed's raw text; each is
/// normalised once.
pub fn normalised(map: &CoverageMap, seed: &dyn Fn(&str) -> Option<String>) -> Texts {
    let mut texts = Texts::new();
    for document in &map.documents {
        if !texts.contains_key(&document.seed) {
            if let Some(text) = seed(&document.seed) {
                texts.insert(document.seed.clone(), normalise(&text, &map.running_headers));
            }
        }
    }
    texts
}

/// The embedded coverage map.
///
/// # Errors
/// When the embedded JSON does not read as a map (a test keeps it readable).
pub fn embedded() -> Result<CoverageMap, serde_json::Error> {
    serde_json::from_str(MAP_JSON)
}

/// A seed's text as one normalised line (see the module's documentation), without the page
/// furniture that starts with one of `running_headers`.
pub fn normalise(text: &str, running_headers: &[String]) -> String {
    let text: String = text.nfc().collect();
    // Each line without its furniture, once: a line is also read as the one after another.
    let lines: Vec<&str> = text.lines().map(|l| strip_furniture(l, running_headers)).collect();
    let mut joined = String::with_capacity(text.len());
    let mut carry_hyphen = false;
    for (i, stripped) in lines.iter().enumerate() {
        let line = stripped.trim_end();
        let next_lower = lines.get(i + 1).and_then(|n| n.trim_start().chars().next()).is_some_and(char::is_lowercase);
        let hyphenated = line.len() > 1
            && line.ends_with('-')
            && line.chars().rev().nth(1).is_some_and(char::is_alphabetic)
            && next_lower;
        if !carry_hyphen {
            joined.push(' ');
        }
        let body = if carry_hyphen { line.trim_start() } else { line };
        if hyphenated {
            joined.push_str(body.strip_suffix('-').unwrap_or(body));
        } else {
            joined.push_str(body);
        }
        carry_hyphen = hyphenated;
    }
    collapse(&joined)
}

/// Runs of white space as one space, trimmed.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// A line without the page furniture that opens it.
fn strip_furniture<'a>(line: &'a str, running_headers: &[String]) -> &'a str {
    let trimmed = line.trim_start();
    for header in running_headers {
        if let Some(rest) = trimmed.strip_prefix(header.as_str()) {
            return skip_capitals(skip_page_number(rest));
        }
    }
    // `2/16 ` at the start of a page.
    let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 {
        let after = trimmed.get(digits..).unwrap_or("");
        if let Some(rest) = after.strip_prefix('/') {
            let total = rest.chars().take_while(char::is_ascii_digit).count();
            if total > 0 && rest.get(total..).is_some_and(|r| r.starts_with(' ')) {
                return rest.get(total..).unwrap_or("");
            }
        }
    }
    line
}

/// Past ` 3 (6)`, ` 4(6)` or ` (8)`.
fn skip_page_number(text: &str) -> &str {
    let t = text.trim_start();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    let after = t.get(digits..).unwrap_or("").trim_start();
    if let Some(inner) = after.strip_prefix('(') {
        let total = inner.chars().take_while(char::is_ascii_digit).count();
        if total > 0 {
            if let Some(rest) = inner.get(total..).and_then(|r| r.strip_prefix(')')) {
                return rest;
            }
        }
    }
    text
}

/// Past words of two or more capital letters (a title in capitals) and a date after them.
fn skip_capitals(text: &str) -> &str {
    let mut rest = text;
    loop {
        let t = rest.trim_start();
        let word: &str = t.split(char::is_whitespace).next().unwrap_or("");
        let capitals = word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase());
        let date = word.len() == 10
            && word.chars().enumerate().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
        if word.is_empty() || !(capitals || date) {
            return rest;
        }
        rest = t.get(word.len()..).unwrap_or("");
    }
}

/// A section's normalised text split into sentences (see the module's documentation).
pub fn sentences(text: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let Some(&(_, c)) = chars.get(i) else { break };
        if matches!(c, '.' | '!' | '?') {
            // Closing quotes and parentheses stay with the sentence.
            let mut end = i + 1;
            while chars.get(end).is_some_and(|&(_, q)| matches!(q, '"' | '”' | '’' | ')' | '»')) {
                end += 1;
            }
            let spaced = chars.get(end).is_some_and(|&(_, s)| s == ' ');
            let opens = chars.get(end + 1).is_some_and(|&(_, n)| n.is_uppercase() || n.is_ascii_digit());
            if spaced && opens && !(c == '.' && short_number_before(&chars, i)) {
                let cut = chars.get(end).map_or(text.len(), |&(b, _)| b);
                push_sentence(&mut out, text.get(start..cut).unwrap_or(""));
                start = cut;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push_sentence(&mut out, text.get(start..).unwrap_or(""));
    out
}

/// Whether the word before position `i` is a number of one or two digits.
fn short_number_before(chars: &[(usize, char)], i: usize) -> bool {
    let mut n = 0;
    let mut j = i;
    while j > 0 {
        j -= 1;
        match chars.get(j) {
            Some(&(_, d)) if d.is_ascii_digit() => n += 1,
            Some(&(_, ' ')) | None => break,
            Some(_) => return false,
        }
    }
    (1..=2).contains(&n)
}

fn push_sentence(out: &mut Vec<String>, text: &str) {
    let t = text.trim();
    if !t.is_empty() {
        out.push(t.to_owned());
    }
}

/// SHA-256 of a sentence's normalised text, in hex.
pub fn digest(sentence: &str) -> String {
    let hash = Sha256::digest(sentence.as_bytes());
    hash.iter().map(|b| format!("{b:02x}")).collect()
}

/// A section found in a seed: its number and its sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocatedSection {
    /// The section's number or name.
    pub section: String,
    /// The whole heading as the seed writes it.
    pub heading: String,
    /// Its sentences, in order.
    pub sentences: Vec<String>,
}

/// Where the map and the documents part.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Drift {
    /// The seed of a document is not among the documents given.
    SeedMissing {
        /// The document.
        document: String,
        /// The seed it needs.
        seed: String,
    },
    /// An anchor (the document's start or end, or a section's heading) is not found.
    AnchorMissing {
        /// The document.
        document: String,
        /// The section, or `after`/`until`.
        section: String,
    },
    /// A sentence of a mapped section has no entry.
    SentenceUnmapped {
        /// The document.
        document: String,
        /// The section.
        section: String,
        /// Its place in the section, from 1.
        ordinal: usize,
        /// Its digest.
        sha256: String,
    },
    /// An entry names a document or section the map does not map.
    EntryOrphan {
        /// The document it names.
        document: String,
        /// The section it names.
        section: String,
        /// The entry's ordinal.
        ordinal: usize,
    },
    /// An entry's digest matches no sentence of its section.
    EntryStale {
        /// The document.
        document: String,
        /// The section.
        section: String,
        /// The entry's ordinal.
        ordinal: usize,
    },
    /// An entry matches a sentence at another place.
    EntryMoved {
        /// The document.
        document: String,
        /// The section.
        section: String,
        /// The entry's ordinal.
        ordinal: usize,
        /// The sentence's place.
        found_at: usize,
    },
}

impl std::fmt::Display for Drift {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Drift::SeedMissing { document, seed } => write!(f, "{document}: seed `{seed}` is not among the documents"),
            Drift::AnchorMissing { document, section } => write!(f, "{document} {section}: its heading is not found"),
            Drift::SentenceUnmapped { document, section, ordinal, sha256 } => {
                write!(f, "{document} {section} sentence {ordinal} ({sha256}) has no entry")
            }
            Drift::EntryOrphan { document, section, ordinal } => {
                write!(f, "{document} {section} entry {ordinal}: no such mapped section")
            }
            Drift::EntryStale { document, section, ordinal } => {
                write!(f, "{document} {section} entry {ordinal}: its digest matches no sentence")
            }
            Drift::EntryMoved { document, section, ordinal, found_at } => {
                write!(f, "{document} {section} entry {ordinal}: its sentence is number {found_at}")
            }
        }
    }
}

/// A mapped document's sections in its normalised seed, in the map's order; the sections
/// whose anchors are not found are left out and reported.
pub fn locate(document: &MappedDocument, seed: &str) -> (Vec<LocatedSection>, Vec<Drift>) {
    let mut drifts = Vec::new();
    let missing = |section: &str| Drift::AnchorMissing { document: document.id.clone(), section: section.to_owned() };
    let Some(begin) = seed.find(&document.after).map(|p| p + document.after.len()) else {
        return (Vec::new(), vec![missing("after")]);
    };
    let end = if document.until.is_empty() {
        seed.len()
    } else {
        match seed.get(begin..).and_then(|rest| rest.find(&document.until)) {
            Some(p) => begin + p,
            None => {
                drifts.push(missing("until"));
                seed.len()
            }
        }
    };
    let body = seed.get(begin..end).unwrap_or("");
    // Each heading after the one before it.
    let mut starts: Vec<(usize, usize, &MappedSection)> = Vec::new();
    let mut from = 0;
    for section in &document.sections {
        match body.get(from..).and_then(|rest| rest.find(&section.heading)) {
            Some(p) => {
                let at = from + p;
                let words = section.heading_words.unwrap_or_else(|| section.heading.split_whitespace().count());
                let after = skip_words(body, at, words);
                starts.push((at, after, section));
                from = after;
            }
            None => drifts.push(missing(&section.section)),
        }
    }
    let mut located = Vec::new();
    for (k, &(at, text_from, section)) in starts.iter().enumerate() {
        let text_to = starts.get(k + 1).map_or(body.len(), |&(next, _, _)| next);
        let text = body.get(text_from..text_to).unwrap_or("");
        let heading = body.get(at..text_from).unwrap_or("").trim().to_owned();
        located.push(LocatedSection { section: section.section.clone(), heading, sentences: sentences(text) });
    }
    (located, drifts)
}

/// The byte offset in `text` after `words` words counted from `start` (a word: a run of
/// non-space characters; the text is normalised, so words are one space apart).
fn skip_words(text: &str, start: usize, words: usize) -> usize {
    let rest = text.get(start..).unwrap_or("");
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in rest.char_indices() {
        if c == ' ' {
            if in_word {
                seen += 1;
                if seen == words {
                    return start + i;
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    text.len()
}

/// Holds the map against the documents' normalised texts ([`read_seeds`], [`normalised`]).
/// Every drift, sorted.
pub fn compare(map: &CoverageMap, texts: &Texts) -> Vec<Drift> {
    let mut drifts = orphans(map);
    for document in &map.documents {
        let Some(text) = texts.get(&document.seed) else {
            drifts.push(Drift::SeedMissing { document: document.id.clone(), seed: document.seed.clone() });
            continue;
        };
        let (located, mut lost) = locate(document, text);
        drifts.append(&mut lost);
        for found in &located {
            let mapped = document.sections.iter().any(|s| s.section == found.section && s.mapped);
            if mapped {
                section_drifts(map, &document.id, found, &mut drifts);
            }
        }
    }
    drifts.sort();
    drifts
}

/// The entries that name no mapped section.
fn orphans(map: &CoverageMap) -> Vec<Drift> {
    let mapped = |e: &Entry| {
        let sections = map.documents.iter().filter(|d| d.id == e.document).flat_map(|d| &d.sections);
        sections.into_iter().any(|s| s.mapped && s.section == e.section)
    };
    let orphan =
        |e: &Entry| Drift::EntryOrphan { document: e.document.clone(), section: e.section.clone(), ordinal: e.ordinal };
    map.sentences.iter().filter(|e| !mapped(e)).map(orphan).collect()
}

/// A mapped section's sentences against its entries: each sentence needs an entry, each
/// entry a sentence at its ordinal.
fn section_drifts(map: &CoverageMap, document: &str, found: &LocatedSection, drifts: &mut Vec<Drift>) {
    let at = |ordinal: usize| (document.to_owned(), found.section.clone(), ordinal);
    let digests: Vec<String> = found.sentences.iter().map(|s| digest(s)).collect();
    for (k, d) in digests.iter().enumerate() {
        if !map.entries(document, &found.section).any(|e| &e.sha256 == d) {
            let (document, section, ordinal) = at(k + 1);
            drifts.push(Drift::SentenceUnmapped { document, section, ordinal, sha256: d.clone() });
        }
    }
    for entry in map.entries(document, &found.section) {
        let (document, section, ordinal) = at(entry.ordinal);
        match digests.iter().position(|d| d == &entry.sha256) {
            None => drifts.push(Drift::EntryStale { document, section, ordinal }),
            Some(p) if p + 1 != ordinal => {
                drifts.push(Drift::EntryMoved { document, section, ordinal, found_at: p + 1 })
            }
            Some(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_goes_and_hyphenation_is_joined() {
        let header = ["Stockholms läns landsting".to_owned()];
        let text = "Stockholms läns landsting 4(6) POLICY FOR INNOVATION OCH DIGITALISERING I alla fall.\nnya lös-\nningar här.\n2/16 Sidan två.";
        assert_eq!(normalise(text, &header), "I alla fall. nya lösningar här. Sidan två.");
        assert_eq!(
            normalise("TJÄNSTE\nStockholms läns landsting 2(5) TJÄNSTEUTLÅTANDE 2016-09-02 Text", &header),
            "TJÄNSTE Text"
        );
        // A header the map does not name stays.
        assert_eq!(normalise("Stockholms läns landsting 2(5) Text", &[]), "Stockholms läns landsting 2(5) Text");
    }

    #[test]
    fn sentences_end_at_a_full_stop_before_a_capital_but_not_after_an_enumeration() {
        assert_eq!(
            sentences("En. Två? Tre! fyra. Fokusområde 1. Digital kompetens. 5 ska."),
            vec!["En.", "Två?", "Tre! fyra.", "Fokusområde 1. Digital kompetens.", "5 ska."]
        );
        assert_eq!(sentences("t.ex. här. Och ”citat.” Sedan"), vec!["t.ex. här.", "Och ”citat.”", "Sedan"]);
        assert!(sentences("   ").is_empty());
    }

    #[test]
    fn an_entry_outside_a_mapped_section_and_a_missing_heading_are_drifts() {
        let map: CoverageMap = serde_json::from_value(serde_json::json!({
            "normalisation": "", "running_headers": [],
            "documents": [{"id": "d", "title": "D", "seed": "001", "after": "Start", "sections": [
                {"section": "1", "heading": "1. One", "mapped": true},
                {"section": "2", "heading": "2. Two", "mapped": false, "unmapped_because": "why not"}
            ]}],
            "sentences": [
                {"document": "d", "section": "1", "ordinal": 1, "sha256": digest("A rule."), "summary": {"sv": "s", "en": "e"}, "status": "out-of-scope", "reason": {"sv": "s", "en": "e"}},
                {"document": "d", "section": "2", "ordinal": 1, "sha256": "00", "summary": {"sv": "s", "en": "e"}, "status": "out-of-scope", "reason": {"sv": "s", "en": "e"}}
            ]
        }))
        .unwrap();
        let seed = |_: &str| Some("Start 1. One A rule. Another rule. 2. Two Text.".to_owned());
        let drifts = compare(&map, &normalised(&map, &seed));
        assert_eq!(
            drifts,
            vec![
                Drift::SentenceUnmapped {
                    document: "d".into(),
                    section: "1".into(),
                    ordinal: 2,
                    sha256: digest("Another rule.")
                },
                Drift::EntryOrphan { document: "d".into(), section: "2".into(), ordinal: 1 },
            ]
        );
        let none = |_: &str| Some("Start 1. One A rule.".to_owned());
        assert!(compare(&map, &normalised(&map, &none))
            .contains(&Drift::AnchorMissing { document: "d".into(), section: "2".into() }));
    }

    #[test]
    fn the_embedded_map_reads() {
        let map = embedded();
        assert!(map.is_ok(), "{map:?}");
    }
}
