//! Errors: every problem has a stable code, the JSON path of the offending field and a
//! message in the project's style (lowercase, no final period, the user's value in
//! backticks, a hint where one helps).

use crate::message::Arg;
use crate::text::{Lang, Text};
use crate::words::w;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The stable identifier of a kind of problem. Its kebab-case form (see [`ErrorCode::as_str`])
/// is part of the public interface: bindings expose it as `code`, tests match on it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::Display,
    strum::VariantArray,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
#[non_exhaustive]
pub enum ErrorCode {
    /// The text is not JSON at all, or is truncated.
    InvalidJson,
    /// A field the schema does not know.
    UnknownField,
    /// A required field is absent.
    MissingField,
    /// A field has the wrong JSON type.
    WrongType,
    /// A value outside its enumeration or otherwise malformed.
    InvalidValue,
    /// The same field appears twice in one object.
    DuplicateField,
    /// An id, name, title or partner is empty or blank.
    EmptyValue,
    /// Two requirements, candidates or coverage entries share an id.
    DuplicateId,
    /// `covers` names a requirement the case does not have.
    UnknownRequirement,
    /// `preferred_candidate` names a candidate the case does not have.
    UnknownCandidate,
    /// The case has no requirement.
    EmptyRequirements,
    /// A 1–5 score is outside its range.
    ScoreOutOfRange,
    /// The horizon is outside 1–50 years.
    HorizonOutOfRange,
    /// A cost is negative.
    NegativeCost,
    /// A cost, or the total cost of ownership, is beyond the largest exact JSON integer.
    CostTooLarge,
    /// `partners` on a candidate that is not a development.
    PartnersNotAllowed,
    /// A co-development partner that is not one of the pack's regions.
    UnknownPartner,
    /// The deciding council's own region given as its partner, or one region twice.
    InvalidPartner,
    /// A policy pack lacks a clause that a rule cites.
    MissingClause,
    /// A policy pack has two clauses with one id, or a malformed clause id.
    InvalidClause,
    /// A policy pack text lacks its Swedish or English wording.
    MissingLanguage,
    /// A policy pack parameter is out of range.
    InvalidParameter,
    /// No pack is in force on the case's date, or two are.
    NotInForce,
    /// A recorded justification that matches no deviation of the decision.
    UnmatchedJustification,
    /// The input exceeds a documented limit (its size, a count, a string's length, its
    /// nesting); the message names the limit.
    LimitExceeded,
    /// A fault inside the library (a bug): please report it.
    Internal,
}

impl ErrorCode {
    /// The kebab-case code, e.g. `unknown-requirement`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One problem with an input, located by its JSON path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, thiserror::Error)]
#[serde(deny_unknown_fields)]
pub struct Problem {
    /// The stable code of the problem.
    pub code: ErrorCode,
    /// The JSON path of the offending field, e.g. `candidates[2].covers[0]`; empty for the
    /// document as a whole.
    pub path: String,
    /// What is wrong, in Swedish and English: lowercase, no final period, the user's value
    /// in backticks, in the contract's words.
    pub message: Text,
    /// How to fix it, where a hint helps, in both languages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
}

impl Problem {
    /// A problem without a hint.
    pub fn new(code: ErrorCode, path: impl Into<String>, message: Text) -> Self {
        Problem { code, path: path.into(), message, hint: None }
    }

    /// The same problem with a hint.
    #[must_use]
    pub fn with_hint(mut self, hint: Text) -> Self {
        self.hint = Some(hint);
        self
    }

    /// The problem in one line in `lang`: `path: message (hint: …)`.
    pub fn line(&self, lang: Lang) -> String {
        let mut out = String::new();
        if !self.path.is_empty() {
            out.push_str(&self.path);
            out.push_str(": ");
        }
        out.push_str(self.message.get(lang));
        if let Some(hint) = &self.hint {
            let word = if lang == Lang::Sv { "tips" } else { "hint" };
            out.push_str(&format!(" ({word}: {})", hint.get(lang)));
        }
        out
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line(Lang::En))
    }
}

/// The most problems an error lists; beyond it, an error only counts them, so that error
/// output stays linear in the input whatever the input.
pub const MAX_PROBLEMS: usize = 100;

/// Every problem found in one input, in document order, at most [`MAX_PROBLEMS`] of them
/// with a count of the rest. Never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems {
    list: Vec<Problem>,
    more: usize,
}

impl Problems {
    /// Wraps a non-empty list, keeping the first [`MAX_PROBLEMS`]; `None` when it is empty.
    pub fn from_vec(mut problems: Vec<Problem>) -> Option<Self> {
        if problems.is_empty() {
            return None;
        }
        let more = problems.len().saturating_sub(MAX_PROBLEMS);
        problems.truncate(MAX_PROBLEMS);
        Some(Problems { list: problems, more })
    }

    /// One problem.
    pub fn one(problem: Problem) -> Self {
        Problems { list: vec![problem], more: 0 }
    }

    /// The problems listed.
    pub fn as_slice(&self) -> &[Problem] {
        &self.list
    }

    /// How many more problems there were beyond those listed.
    pub fn more(&self) -> usize {
        self.more
    }

    /// The first problem, which gives the error its code and path.
    pub fn first(&self) -> Option<&Problem> {
        self.list.first()
    }
}

impl Problems {
    /// The first problem in one line in `lang`, with how many more there are.
    pub fn line(&self, lang: Lang) -> String {
        let Some((first, rest)) = self.list.split_first() else {
            return if lang == Lang::Sv { "ogiltig indata" } else { "invalid input" }.to_owned();
        };
        let mut out = first.line(lang);
        let others = rest.len() + self.more;
        if others > 0 {
            out.push_str(&match (lang, others) {
                (Lang::Sv, 1) => " (och 1 problem till)".to_owned(),
                (Lang::Sv, n) => format!(" (och {n} problem till)"),
                (Lang::En, 1) => " (and 1 more problem)".to_owned(),
                (Lang::En, n) => format!(" (and {n} more problems)"),
            });
        }
        out
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line(Lang::En))
    }
}

/// Collects the problems of one input, keeping the first [`MAX_PROBLEMS`] and counting the
/// rest, so that memory stays bounded however many problems an input has.
#[derive(Debug, Default)]
pub(crate) struct ProblemSink {
    kept: Vec<Problem>,
    more: usize,
}

impl ProblemSink {
    /// Adds a problem, or counts it when the sink is full.
    pub(crate) fn push(&mut self, problem: Problem) {
        if self.kept.len() < MAX_PROBLEMS {
            self.kept.push(problem);
        } else {
            self.more += 1;
        }
    }

    /// Adds every problem of `problems`.
    pub(crate) fn extend(&mut self, problems: impl IntoIterator<Item = Problem>) {
        for p in problems {
            self.push(p);
        }
    }

    /// Whether further problems are only counted: a costly hint is then not worth making.
    pub(crate) fn full(&self) -> bool {
        self.kept.len() >= MAX_PROBLEMS
    }

    /// The problems, `None` when there were none.
    pub(crate) fn into_problems(self) -> Option<Problems> {
        let mut problems = Problems::from_vec(self.kept)?;
        problems.more += self.more;
        Some(problems)
    }
}

/// What can go wrong in this library: an input that is not valid, with every problem.
///
/// ```
/// use digipolicy::{ErrorCode, Lang};
/// let err = digipolicy::Policy::sll_2016()?.parse_case(r#"{"id": "x", "title": "t", "requirements": [], "candidates": [], "extra": 1}"#)
///     .unwrap_err();
/// assert_eq!((err.code(), err.path(), err.input()), (ErrorCode::UnknownField, "extra", "case"));
/// assert!(err.line(Lang::Sv).starts_with("ogiltigt ärende: extra: okänt fält `extra` (tips: tillåtna är `id`, `title`"));
/// # Ok::<(), digipolicy::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The case is not valid under the contract.
    #[error("invalid case: {0}")]
    InvalidCase(Problems),
    /// The policy pack is not valid.
    #[error("invalid policy pack: {0}")]
    InvalidPolicy(Problems),
    /// The organisation given for a scope check is not valid.
    #[error("invalid organisation: {0}")]
    InvalidOrganisation(Problems),
    /// The initiative given for classification is not valid.
    #[error("invalid initiative: {0}")]
    InvalidInitiative(Problems),
    /// A decision record given to the yearly accounts is not valid.
    #[error("invalid record: {0}")]
    InvalidRecord(Problems),
    /// The library failed on its own (a document template that did not render): a bug.
    #[error("internal error: {0}")]
    Internal(Problems),
}

impl Error {
    /// The problems behind the error, in document order (at most [`MAX_PROBLEMS`]).
    pub fn problems(&self) -> &[Problem] {
        self.all().as_slice()
    }

    /// How many more problems there were beyond those listed.
    pub fn more_problems(&self) -> usize {
        self.all().more()
    }

    fn all(&self) -> &Problems {
        match self {
            Error::InvalidCase(p)
            | Error::InvalidPolicy(p)
            | Error::InvalidOrganisation(p)
            | Error::InvalidInitiative(p)
            | Error::InvalidRecord(p)
            | Error::Internal(p) => p,
        }
    }

    /// The code of the first problem.
    pub fn code(&self) -> ErrorCode {
        self.problems().first().map_or(ErrorCode::InvalidJson, |p| p.code)
    }

    /// The JSON path of the first problem.
    pub fn path(&self) -> &str {
        self.problems().first().map_or("", |p| p.path.as_str())
    }

    /// The error in one line in `lang`, e.g. `invalid case: id: …`.
    pub fn line(&self, lang: Lang) -> String {
        let what = match self {
            Error::InvalidCase(_) => w!(ERROR_INVALID_CASE),
            Error::InvalidPolicy(_) => w!(ERROR_INVALID_POLICY),
            Error::InvalidOrganisation(_) => w!(ERROR_INVALID_ORGANISATION),
            Error::InvalidInitiative(_) => w!(ERROR_INVALID_INITIATIVE),
            Error::InvalidRecord(_) => w!(ERROR_INVALID_RECORD),
            Error::Internal(_) => w!(ERROR_INTERNAL),
        };
        format!("{}: {}", what.get(lang), self.all().line(lang))
    }

    /// Which input was at fault: `case`, `policy`, `organisation`, `initiative`, `record`, or
    /// `library` for an internal error.
    pub fn input(&self) -> &'static str {
        match self {
            Error::InvalidCase(_) => "case",
            Error::InvalidPolicy(_) => "policy",
            Error::InvalidOrganisation(_) => "organisation",
            Error::InvalidInitiative(_) => "initiative",
            Error::InvalidRecord(_) => "record",
            Error::Internal(_) => "library",
        }
    }
}

/// Formats a user's value for a message: in backticks, shortened when long, with control
/// and invisible formatting characters written as `\u{…}` so that a message can neither
/// move a terminal's cursor nor hide what the value really holds.
pub(crate) fn quote(value: &str) -> String {
    const MAX: usize = 60;
    let mut out = String::from("`");
    let mut chars = value.chars();
    for c in chars.by_ref().take(MAX) {
        if c.is_control() || invisible(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    if chars.next().is_some() {
        out.push('…');
    }
    out.push('`');
    out
}

/// An invisible formatting character (Unicode category Cf as it occurs in practice): soft
/// hyphen, zero-width and joiner characters, bidirectional marks, overrides and isolates,
/// word joiner and invisible operators, byte-order mark, interlinear annotation marks.
pub(crate) fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
    )
}

/// An error as the bindings expose it: `code` and `path` of the first problem, a one-line
/// `message`, and every problem in `errors`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "ErrorReport")]
pub struct ErrorReport {
    /// Which input was at fault: `case`, `policy`, `organisation`, `initiative`, `request`
    /// (an unknown operation or schema), `options` (e.g. a bad `as_of`), or `library` for an
    /// internal fault.
    pub input: String,
    /// The stable code of the first problem.
    pub code: ErrorCode,
    /// The JSON path of the first problem.
    pub path: String,
    /// The whole error in one line, in Swedish and English.
    pub message: Text,
    /// Every problem, in document order, at most 100 of them.
    pub errors: Vec<Problem>,
    /// How many more problems there were beyond the 100 listed; absent when none.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub more_errors: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl From<&Error> for ErrorReport {
    fn from(err: &Error) -> Self {
        ErrorReport {
            input: err.input().to_owned(),
            code: err.code(),
            path: err.path().to_owned(),
            message: Text::new(err.line(Lang::Sv), err.line(Lang::En)),
            errors: err.problems().to_vec(),
            more_errors: u64::try_from(err.more_problems()).unwrap_or(u64::MAX),
        }
    }
}

impl From<Error> for ErrorReport {
    fn from(err: Error) -> Self {
        ErrorReport::from(&err)
    }
}

impl ErrorReport {
    /// A report of one problem with `input` (`request`, `library`, …).
    pub fn single(input: &str, problem: Problem) -> Self {
        ErrorReport {
            input: input.to_owned(),
            code: problem.code,
            path: problem.path.clone(),
            message: Text::new(problem.line(Lang::Sv), problem.line(Lang::En)),
            errors: vec![problem],
            more_errors: 0,
        }
    }

    /// A report of a fault inside the library (a bug).
    pub fn internal(what: &str) -> Self {
        let problem = Problem::new(
            ErrorCode::Internal,
            "",
            w!(ErrorInternalErrorWhat { what: Arg::Str(what.to_string().into()) }).text(),
        )
        .with_hint(w!(ERROR_BUG_DIGIPOLICY_PLEASE_REPORT).text());
        ErrorReport::single("library", problem)
    }

    /// The report as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self)
            .unwrap_or_else(|_| format!("{{\"code\":\"internal\",\"message\":{:?}}}", self.message.en))
    }
}
