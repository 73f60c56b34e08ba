//! The reader's errors in the contract's words, in Swedish and English: the typed reader's
//! [`Fault`]s (raised through serde's structured calls, so each kind has its code by what
//! happened) and the scanner's [`Syntax`] stops, worded for the people who fill in a case.
//! Nothing here decides anything, and nothing reads another library's message text.

use crate::error::{quote, ErrorCode, Problem};
use crate::input::tree::{Fault, Found, Kind, Syntax, Wanted};
use crate::text::{id_list, nearest, Text};
use crate::words::w;

/// A fault of the typed reader as a problem with a stable code and a bilingual message.
pub(crate) fn from_fault(fault: Fault) -> Problem {
    let path = fault.path();
    match fault.kind {
        Kind::UnknownField { given, allowed } => {
            unknown_name(&path, &given, allowed, ErrorCode::UnknownField, ("okänt fält", "unknown field"))
        }
        Kind::UnknownVariant { given, allowed } => {
            unknown_name(&path, &given, allowed, ErrorCode::InvalidValue, ("okänt värde", "unknown value"))
        }
        Kind::MissingField(field) => {
            field_problem(&path, field, ErrorCode::MissingField, "fältet {} saknas", "missing field {}")
        }
        Kind::DuplicateField(field) => field_problem(
            &path,
            field,
            ErrorCode::DuplicateField,
            "fältet {} förekommer två gånger",
            "duplicate field {}",
        ),
        Kind::WrongType { found, wanted, expecting } => wrong_type(&path, &found, wanted, &expecting),
        Kind::BadValue { found, expecting, .. } => invalid_value(&path, &found, &expecting),
        Kind::Length(len) => Problem::new(
            ErrorCode::WrongType,
            path,
            Text::new(
                format!("en lista med {len} poster har fel längd"),
                format!("a list of {len} items has the wrong length"),
            ),
        ),
        Kind::Other(message) => {
            Problem::new(ErrorCode::InvalidValue, path, Text::new(format!("ogiltigt värde ({message})"), message))
        }
    }
}

/// A missing or repeated field: serde stops at the enclosing object; the field itself is the
/// better path.
fn field_problem(path: &str, field: &str, code: ErrorCode, sv: &str, en: &str) -> Problem {
    let at = if path.is_empty() { field.to_owned() } else { format!("{path}.{field}") };
    let shown = quote(field);
    Problem::new(code, at, Text::new(sv.replace("{}", &shown), en.replace("{}", &shown)))
}

/// Text that is not JSON at `path`, with where it stops being JSON (line, column) as the hint.
pub(crate) fn syntax(path: &str, kind: Syntax, (line, column): (usize, usize)) -> Problem {
    let (sv, en) = match kind {
        Syntax::Eof => ("texten tar slut mitt i JSON-värdet", "the text ends in the middle of the JSON value"),
        Syntax::ExpectedValue => ("här förväntades ett JSON-värde", "a JSON value was expected here"),
        Syntax::ExpectedWord => (
            "okänt ord; JSON har bara `true`, `false` och `null`",
            "an unknown word; JSON has only `true`, `false` and `null`",
        ),
        Syntax::ExpectedCommaOrBrace => ("här förväntades `,` eller `}`", "expected `,` or `}` here"),
        Syntax::ExpectedCommaOrBracket => ("här förväntades `,` eller `]`", "expected `,` or `]` here"),
        Syntax::ExpectedColon => ("här förväntades `:`", "expected `:` here"),
        Syntax::TrailingCharacters => ("text efter JSON-värdet", "text after the JSON value"),
        Syntax::TrailingComma => ("ett avslutande kommatecken", "a trailing comma"),
        Syntax::KeyMustBeString => ("en nyckel måste vara text inom citattecken", "a key must be a quoted string"),
        Syntax::InvalidEscape => ("en ogiltig escape-sekvens", "an invalid escape sequence"),
        Syntax::InvalidNumber => ("ett ogiltigt tal", "an invalid number"),
        Syntax::NumberOutOfRange => (
            "ett tal utanför det som JSON-läsaren kan representera",
            "a number out of the range a JSON reader can represent",
        ),
        Syntax::ControlCharacter => (
            "ett styrtecken i en text; skriv det som `\\u00XX`",
            "a control character inside a string; write it as `\\u00XX`",
        ),
        Syntax::InvalidUnicode => ("en ogiltig Unicode-escape", "an invalid Unicode escape"),
    };
    Problem::new(ErrorCode::InvalidJson, path, Text::new(format!("ogiltig JSON: {sv}"), format!("invalid JSON: {en}")))
        .with_hint(Text::new(
            format!("texten slutar vara JSON på rad {line}, kolumn {column}"),
            format!("the text stops being JSON at line {line}, column {column}"),
        ))
}

/// An unknown field or enum value; the hint names the nearest allowed names, or all of them.
fn unknown_name(path: &str, given: &str, names: &[&str], code: ErrorCode, what: (&str, &str)) -> Problem {
    let shown = quote(given);
    let problem = Problem::new(code, path, Text::new(format!("{} {shown}", what.0), format!("{} {shown}", what.1)));
    if names.is_empty() {
        return problem;
    }
    let near = nearest(given, names.iter().copied(), 3);
    let hint = if near.is_empty() {
        let list = id_list(names);
        Text::new(format!("tillåtna är {list}"), format!("allowed are {list}"))
    } else {
        let list = id_list(&near);
        Text::new(format!("menade du {list}"), format!("did you mean {list}"))
    };
    problem.with_hint(hint)
}

/// A value of another kind than the reader was asked for, in the contract's words.
fn wrong_type(path: &str, found: &Found, wanted: Option<Wanted>, expecting: &str) -> Problem {
    let (found_sv, found_en) = describe_found(found);
    let (wanted_sv, wanted_en) = if expecting == crate::model::tristate::ANSWERS {
        ("ett objekt med svaren `true`/`false`", "an object of `true`/`false` answers")
    } else {
        describe_wanted(wanted)
    };
    let problem = Problem::new(
        ErrorCode::WrongType,
        path,
        Text::new(
            format!("fel typ: {found_sv}, förväntade {wanted_sv}"),
            format!("wrong type: {found_en}, expected {wanted_en}"),
        ),
    );
    if matches!(found, Found::Number(_)) && wanted == Some(Wanted::Whole) {
        return problem.with_hint(w!(MESSAGES_WHOLE_NUMBERS_HAVE_DECIMALS).text());
    }
    problem
}

/// A value of the right kind that its type refuses: a number out of its range, or text
/// that is not a date.
fn invalid_value(path: &str, found: &Found, expecting: &str) -> Problem {
    if let (Found::Text(text), true) = (found, expecting == crate::date::EXPECTING) {
        return crate::date::not_a_date(path, text);
    }
    let (sv, en) = describe_found(found);
    Problem::new(
        ErrorCode::InvalidValue,
        path,
        Text::new(format!("{sv} ligger utanför det tillåtna intervallet"), format!("{en} is out of range")),
    )
}

/// A value the reader found, in words.
fn describe_found(found: &Found) -> (String, String) {
    match found {
        Found::Text(text) => {
            let shown = quote(text);
            (format!("texten {shown}"), format!("the text {shown}"))
        }
        Found::Whole(n) => (format!("heltalet `{n}`"), format!("the whole number `{n}`")),
        Found::Number(n) => (format!("talet `{n}`"), format!("the number `{n}`")),
        Found::Bool(b) => (format!("`{b}`"), format!("`{b}`")),
        Found::Null => ("`null`".into(), "`null`".into()),
        Found::List => ("en lista".into(), "a list".into()),
        Found::Object => ("ett objekt".into(), "an object".into()),
        Found::Other(other) => (format!("`{other}`"), format!("`{other}`")),
    }
}

/// What the reader was asked for, in words.
fn describe_wanted(wanted: Option<Wanted>) -> (&'static str, &'static str) {
    match wanted {
        Some(Wanted::Whole) => ("ett heltal", "a whole number"),
        Some(Wanted::Number) => ("ett tal", "a number"),
        Some(Wanted::Text) => ("text", "text"),
        Some(Wanted::Bool) => ("`true` eller `false`", "`true` or `false`"),
        Some(Wanted::List) => ("en lista", "a list"),
        Some(Wanted::Object) => ("ett objekt", "an object"),
        Some(Wanted::OneOf) => ("ett av de tillåtna värdena", "one of the allowed values"),
        Some(Wanted::Other) | None => ("ett annat slags värde", "another kind of value"),
    }
}
