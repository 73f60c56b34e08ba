//! Errors: every problem has a stable code, the JSON path of the offending field and a
//! message in the project's style (lowercase, no final period, the user's value in
//! backticks, a hint where one helps).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The stable identifier of a kind of problem. Its kebab-case form (see [`ErrorCode::as_str`])
/// is part of the public interface: bindings expose it as `code`, tests match on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
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
    /// A fault inside the library (a bug): please report it.
    Internal,
}

impl ErrorCode {
    /// The kebab-case code, e.g. `unknown-requirement`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidJson => "invalid-json",
            ErrorCode::UnknownField => "unknown-field",
            ErrorCode::MissingField => "missing-field",
            ErrorCode::WrongType => "wrong-type",
            ErrorCode::InvalidValue => "invalid-value",
            ErrorCode::DuplicateField => "duplicate-field",
            ErrorCode::EmptyValue => "empty-value",
            ErrorCode::DuplicateId => "duplicate-id",
            ErrorCode::UnknownRequirement => "unknown-requirement",
            ErrorCode::UnknownCandidate => "unknown-candidate",
            ErrorCode::EmptyRequirements => "empty-requirements",
            ErrorCode::ScoreOutOfRange => "score-out-of-range",
            ErrorCode::HorizonOutOfRange => "horizon-out-of-range",
            ErrorCode::NegativeCost => "negative-cost",
            ErrorCode::CostTooLarge => "cost-too-large",
            ErrorCode::PartnersNotAllowed => "partners-not-allowed",
            ErrorCode::MissingClause => "missing-clause",
            ErrorCode::InvalidClause => "invalid-clause",
            ErrorCode::MissingLanguage => "missing-language",
            ErrorCode::InvalidParameter => "invalid-parameter",
            ErrorCode::NotInForce => "not-in-force",
            ErrorCode::Internal => "internal",
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
    /// What is wrong, lowercase, with the user's value in backticks.
    pub message: String,
    /// How to fix it, where a hint helps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Problem {
    /// A problem without a hint.
    pub fn new(code: ErrorCode, path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem { code, path: path.into(), message: message.into(), hint: None }
    }

    /// The same problem with a hint.
    #[must_use]
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, " (hint: {hint})")?;
        }
        Ok(())
    }
}

/// Every problem found in one input, in document order. Never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(Vec<Problem>);

impl Problems {
    /// Wraps a non-empty list; `None` when the list is empty.
    pub fn from_vec(problems: Vec<Problem>) -> Option<Self> {
        if problems.is_empty() {
            None
        } else {
            Some(Problems(problems))
        }
    }

    /// One problem.
    pub fn one(problem: Problem) -> Self {
        Problems(vec![problem])
    }

    /// All the problems.
    pub fn as_slice(&self) -> &[Problem] {
        &self.0
    }

    /// The first problem, which gives the error its code and path.
    pub fn first(&self) -> Option<&Problem> {
        self.0.first()
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.split_first() {
            None => f.write_str("invalid input"),
            Some((first, rest)) => {
                write!(f, "{first}")?;
                if !rest.is_empty() {
                    let s = if rest.len() == 1 { "" } else { "s" };
                    write!(f, " (and {} more problem{s})", rest.len())?;
                }
                Ok(())
            }
        }
    }
}

/// What can go wrong in this library.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
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
}

impl Error {
    /// The problems behind the error, in document order.
    pub fn problems(&self) -> &[Problem] {
        match self {
            Error::InvalidCase(p)
            | Error::InvalidPolicy(p)
            | Error::InvalidOrganisation(p)
            | Error::InvalidInitiative(p) => p.as_slice(),
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

    /// Which input was at fault: `case`, `policy`, `organisation` or `initiative`.
    pub fn input(&self) -> &'static str {
        match self {
            Error::InvalidCase(_) => "case",
            Error::InvalidPolicy(_) => "policy",
            Error::InvalidOrganisation(_) => "organisation",
            Error::InvalidInitiative(_) => "initiative",
        }
    }
}

/// Formats a user's value for a message: in backticks, shortened when long.
pub(crate) fn quote(value: &str) -> String {
    const MAX: usize = 60;
    let mut out = String::from("`");
    let mut chars = value.chars();
    out.extend(chars.by_ref().take(MAX));
    if chars.next().is_some() {
        out.push('…');
    }
    out.push('`');
    out
}

/// Turns a serde error found at `path` into a problem with a stable code.
pub(crate) fn from_serde(path: &str, err: &serde_json::Error) -> Problem {
    let full = err.to_string();
    // serde_json appends " at line L column C"; the path is more useful, keep it as a hint.
    let (message, position) = match full.rfind(" at line ") {
        Some(i) => (full.get(..i).unwrap_or(&full), full.get(i + 1..)),
        None => (full.as_str(), None),
    };
    let code = if err.is_syntax() || err.is_eof() || err.is_io() {
        ErrorCode::InvalidJson
    } else if message.starts_with("unknown field") {
        ErrorCode::UnknownField
    } else if message.starts_with("missing field") {
        ErrorCode::MissingField
    } else if message.starts_with("duplicate field") {
        ErrorCode::DuplicateField
    } else if message.starts_with("invalid type") {
        ErrorCode::WrongType
    } else {
        ErrorCode::InvalidValue
    };
    let message = plain_types(message);
    // For a missing or duplicate field serde stops at the enclosing object; the field itself
    // is the better path.
    let path = match (code, message.split('`').nth(1)) {
        (ErrorCode::MissingField | ErrorCode::DuplicateField, Some(field)) if path.is_empty() => field.to_owned(),
        (ErrorCode::MissingField | ErrorCode::DuplicateField, Some(field)) => format!("{path}.{field}"),
        _ => path.to_owned(),
    };
    let mut problem = Problem::new(code, path, message);
    if code == ErrorCode::InvalidJson {
        if let Some(position) = position {
            problem = problem.with_hint(format!("the text stops being JSON {position}"));
        }
    }
    problem
}

/// Rewrites serde's type jargon for readers: `expected i64` → `expected an integer`, and a
/// string value in backticks instead of quotes.
fn plain_types(message: &str) -> String {
    let mut out = message
        .replace("expected i64", "expected an integer")
        .replace("expected u64", "expected a non-negative integer")
        .replace("expected f64", "expected a number")
        .replace("expected a boolean", "expected `true` or `false`")
        .replace("EOF while parsing", "the text ends while parsing");
    if let Some(rest) = out.strip_prefix("invalid type: string \"") {
        if let Some((value, tail)) = rest.split_once("\", expected") {
            out = format!("invalid type: string `{value}`, expected{tail}");
        }
    }
    out
}
