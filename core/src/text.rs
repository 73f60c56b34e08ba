//! Bilingual text: every message the library produces exists in Swedish and English.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt::Write as _;

// Fixed wordings borrow a `'static` string and wordings with values in them own theirs, so
// building a decision allocates only for those.
/// A text in Swedish (`sv`) and English (`en`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Swedish.
    #[serde(default)]
    pub sv: Cow<'static, str>,
    /// English.
    #[serde(default)]
    pub en: Cow<'static, str>,
}

impl Text {
    /// A text from its two wordings.
    pub fn new(sv: impl Into<Cow<'static, str>>, en: impl Into<Cow<'static, str>>) -> Self {
        Text { sv: sv.into(), en: en.into() }
    }

    /// The wording in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
}

/// A language the library speaks.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::Display,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Lang {
    /// Swedish, the default.
    #[default]
    Sv,
    /// English.
    En,
}

impl Lang {
    /// Parses `sv` or `en`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Whole kronor with thousands grouped: `1 234 500 kr` in Swedish, `SEK 1,234,500` in English.
pub fn kronor(amount: u64) -> Text {
    Text::new(kronor_in_lang(amount, Lang::Sv), kronor_in_lang(amount, Lang::En))
}

/// [`kronor`] in one language.
pub fn kronor_in_lang(amount: u64, lang: Lang) -> String {
    let mut out = String::with_capacity(24);
    kronor_in(amount, lang, &mut out);
    out
}

/// Appends [`kronor`] in `lang` to `out`.
pub(crate) fn kronor_in(amount: u64, lang: Lang, out: &mut String) {
    let digits = amount.to_string();
    let sep = match lang {
        Lang::Sv => ' ',
        Lang::En => {
            out.push_str("SEK ");
            ','
        }
    };
    let n = digits.len();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    if lang == Lang::Sv {
        out.push_str(" kr");
    }
}

/// How many characters of each string a "did you mean" comparison looks at.
const NEAREST_CHARS: usize = 64;

/// The edit distance (Levenshtein, in characters) of `a` and `b` when it is at most `max`,
/// else `None`. Only the first 64 characters of each count, and only the band of width
/// `2 × max + 1` is computed, so one comparison costs at most 64 × (2 × max + 1) steps
/// whatever the input.
pub(crate) fn edit_distance_within(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().take(NEAREST_CHARS).collect();
    let b: Vec<char> = b.chars().take(NEAREST_CHARS).collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let far = max + 1;
    // row[j] is the distance of a[..i] and b[..j], capped at `far`.
    let mut row: Vec<usize> = (0..=b.len()).map(|j| j.min(far)).collect();
    for (i, ca) in a.iter().enumerate() {
        let from = (i + 1).saturating_sub(max);
        let to = (i + 1 + max).min(b.len());
        let mut diagonal = row.first().copied().unwrap_or(far);
        let mut left = (i + 1).min(far);
        if let Some(first) = row.first_mut() {
            *first = left;
        }
        for j in 1..=b.len() {
            let up = row.get(j).copied().unwrap_or(far);
            let next = if j < from || j > to {
                far
            } else {
                let same = b.get(j - 1) == Some(ca);
                (diagonal + usize::from(!same)).min(up + 1).min(left + 1).min(far)
            };
            diagonal = up;
            left = next;
            if let Some(slot) = row.get_mut(j) {
                *slot = next;
            }
        }
    }
    row.last().copied().filter(|&d| d <= max)
}

/// At most `count` of `among` nearest to `given` by edit distance (at most 3, or a third of
/// the name's length when that is more), nearest first, ties in the order given.
pub(crate) fn nearest<'a>(given: &str, among: impl IntoIterator<Item = &'a str>, count: usize) -> Vec<&'a str> {
    let max = (given.chars().count() / 3).clamp(1, 3);
    let mut found: Vec<(usize, &str)> =
        among.into_iter().filter_map(|name| edit_distance_within(given, name, max).map(|d| (d, name))).collect();
    // The nearest first, ties in the order given: a selection, not a sort (the candidates
    // are few by then, and the browser build carries one sort less).
    let mut out = Vec::new();
    while out.len() < count {
        let Some(best) = found.iter().enumerate().min_by_key(|(i, (d, _))| (*d, *i)).map(|(i, _)| i) else { break };
        out.push(found.remove(best).1);
    }
    out
}

/// A text shows in English where one language must be chosen (an error's `Display`, a log
/// line); [`Text::get`] picks the reader's language.
impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en)
    }
}

/// A score in 0–1 with four decimals, as a reader of each language writes it: `0,8333` in
/// Swedish, `0.8333` in English (integer arithmetic, so every runtime prints the same).
pub fn score(x: f64) -> Text {
    Text::new(score_in_lang(x, Lang::Sv), score_in_lang(x, Lang::En))
}

/// [`score`] in one language.
pub fn score_in_lang(x: f64, lang: Lang) -> String {
    let mut out = String::with_capacity(8);
    score_in(x, lang, &mut out);
    out
}

/// Appends [`score`] in `lang` to `out`.
pub(crate) fn score_in(x: f64, lang: Lang, out: &mut String) {
    // Scores are in 0–1, so the scaled value fits; a non-finite score shows as 0.
    #[expect(clippy::cast_possible_truncation, reason = "a score in 0–1 times 10,000 fits an i64")]
    let scaled = if x.is_finite() { (x * 10_000.0).round() as i64 } else { 0 };
    let sign = if scaled < 0 { "-" } else { "" };
    let abs = scaled.unsigned_abs();
    let point = if lang == Lang::Sv { ',' } else { '.' };
    let _ = write!(out, "{sign}{}{point}{:04}", abs / 10_000, abs % 10_000);
}

/// A score in 0–1 with two decimals, for a person reading a table (`0,83`, `0.83`); the JSON
/// and [`score`] keep the exact value.
pub fn score_brief(x: f64, lang: Lang) -> String {
    #[expect(clippy::cast_possible_truncation, reason = "a score in 0–1 times 100 fits an i64")]
    let scaled = if x.is_finite() { (x * 100.0).round() as i64 } else { 0 };
    let sign = if scaled < 0 { "-" } else { "" };
    let abs = scaled.unsigned_abs();
    let point = if lang == Lang::Sv { ',' } else { '.' };
    format!("{sign}{}{point}{:02}", abs / 100, abs % 100)
}

#[cfg(feature = "analysis")]
/// A number with at most three decimals, trailing zeros dropped, as a reader of each
/// language writes it: `1,5` in Swedish, `1.5` in English (a weight of the ranking).
pub fn number(x: f64) -> Text {
    // Weights are at most 1000 with three decimals (the pack's limits); others saturate.
    #[expect(clippy::cast_possible_truncation, reason = "weights are at most 1000; larger values saturate")]
    let scaled = if x.is_finite() { (x * 1000.0).round() as i64 } else { 0 };
    let (sign, abs) = if scaled < 0 { ("-", scaled.unsigned_abs()) } else { ("", scaled.unsigned_abs()) };
    let (whole, frac) = (abs / 1000, abs % 1000);
    if frac == 0 {
        let s = format!("{sign}{whole}");
        return Text::new(s.clone(), s);
    }
    let frac = format!("{frac:03}");
    let frac = frac.trim_end_matches('0');
    Text::new(format!("{sign}{whole},{frac}"), format!("{sign}{whole}.{frac}"))
}

#[cfg(feature = "analysis")]
/// A share in 0–1 as a percentage with one decimal: `42,9 %` in Swedish, `42.9%` in
/// English (integer arithmetic, so every runtime prints the same).
pub fn percent(share: f64) -> Text {
    #[expect(clippy::cast_possible_truncation, reason = "a share in 0–1 times 1000 fits an i64")]
    let scaled = if share.is_finite() { (share * 1000.0).round() as i64 } else { 0 };
    let (sign, abs) = if scaled < 0 { ("-", scaled.unsigned_abs()) } else { ("", scaled.unsigned_abs()) };
    let (whole, frac) = (abs / 10, abs % 10);
    Text::new(format!("{sign}{whole},{frac} %"), format!("{sign}{whole}.{frac}%"))
}

/// A float as JSON writes it, through serde_json's writer (which the output uses anyway, so
/// the browser build carries one float formatter, not two); `NaN`, `inf` and `-inf` for the
/// values JSON cannot hold.
pub(crate) fn float_text(f: f64) -> String {
    match serde_json::Number::from_f64(f) {
        Some(n) => n.to_string(),
        None if f.is_nan() => "NaN".to_owned(),
        None if f > 0.0 => "inf".to_owned(),
        None => "-inf".to_owned(),
    }
}

/// `items` joined by `sep` (one small loop for the whole crate instead of the standard
/// library's `join`, which the browser build would carry once per element type).
pub(crate) fn join(items: &[String], sep: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item);
    }
    out
}

/// A list of names joined by commas, as a person reads them: `a, b`.
pub fn plain_list<S: AsRef<str>>(names: &[S]) -> String {
    names.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(", ")
}

/// A list of ids in backticks joined by commas: `` `a`, `b` ``.
pub fn id_list<S: AsRef<str>>(ids: &[S]) -> String {
    let mut out = String::with_capacity(ids.iter().map(|id| id.as_ref().len() + 4).sum());
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push('`');
        out.push_str(id.as_ref());
        out.push('`');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kronor_groups_thousands_in_both_languages() {
        assert_eq!(kronor(0), Text::new("0 kr", "SEK 0"));
        assert_eq!(kronor(999), Text::new("999 kr", "SEK 999"));
        assert_eq!(kronor(1000), Text::new("1 000 kr", "SEK 1,000"));
        assert_eq!(kronor(1_234_500), Text::new("1 234 500 kr", "SEK 1,234,500"));
    }

    #[test]
    fn scores_are_written_as_each_language_writes_decimals() {
        assert_eq!(score(0.8333), Text::new("0,8333", "0.8333"));
        assert_eq!(score(1.0), Text::new("1,0000", "1.0000"));
        assert_eq!(score(0.05), Text::new("0,0500", "0.0500"));
    }

    #[test]
    fn edit_distance_is_banded_and_bounded() {
        assert_eq!(edit_distance_within("kitten", "sitting", 3), Some(3));
        assert_eq!(edit_distance_within("kitten", "sitting", 2), None);
        assert_eq!(edit_distance_within("skåne", "skone", 1), Some(1));
        assert_eq!(edit_distance_within("", "ab", 2), Some(2));
        assert_eq!(edit_distance_within("abc", "abc", 0), Some(0));
        assert_eq!(nearest("bankid", ["video", "bankld", "bank-id", "x"], 3), vec!["bankld", "bank-id"]);
        assert!(nearest("zzzz", ["video", "bankid"], 3).is_empty());
        // Long strings cost no more than their first 64 characters.
        let long = "a".repeat(100_000);
        assert_eq!(edit_distance_within(&long, &long, 3), Some(0));
    }

    #[test]
    fn id_list_quotes_each_id() {
        assert_eq!(id_list(&["a", "b"]), "`a`, `b`");
        assert_eq!(id_list::<&str>(&[]), "");
    }
}
