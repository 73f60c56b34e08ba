//! The reader's errors in the contract's words, in Swedish and English: the typed reader's
//! [`Fault`]s (raised through serde's structured calls, so each kind has its code by what
//! happened) and the scanner's [`Syntax`] stops, worded for the people who fill in a case.
//! Nothing here decides anything, and nothing reads another library's message text. The
//! words are the catalogue's (`core/words`, the `reader-` keys).

use crate::error::{quote, ErrorCode, Problem};
use crate::input::tree::{Fault, Found, Kind, Syntax, Wanted};
use crate::message::{Arg, Message};
use crate::text::{id_list, nearest};
use crate::words::w;

/// A message set inside another.
fn inside(message: Message) -> Arg {
    Arg::Join(vec![message])
}

fn shown(value: String) -> Arg {
    Arg::Str(value.into())
}

/// A fault of the typed reader as a problem with a stable code and a bilingual message.
pub(crate) fn from_fault(fault: Fault) -> Problem {
    let path = fault.path();
    match fault.kind {
        Kind::UnknownField { given, allowed } => {
            let message = w!(ReaderUnknownField { value: shown(quote(&given)) });
            unknown_name(&path, &given, allowed, ErrorCode::UnknownField, message)
        }
        Kind::UnknownVariant { given, allowed } => {
            let message = w!(ReaderUnknownValue { value: shown(quote(&given)) });
            unknown_name(&path, &given, allowed, ErrorCode::InvalidValue, message)
        }
        Kind::MissingField(field) => {
            let message = w!(ReaderMissingField { field: shown(quote(field)) });
            field_problem(&path, field, ErrorCode::MissingField, message)
        }
        Kind::DuplicateField(field) => {
            let message = w!(ReaderDuplicateField { field: shown(quote(field)) });
            field_problem(&path, field, ErrorCode::DuplicateField, message)
        }
        Kind::WrongType { found, wanted, expecting } => wrong_type(&path, &found, wanted, &expecting),
        Kind::BadValue { found, expecting, .. } => invalid_value(&path, &found, &expecting),
        Kind::Length(len) => {
            Problem::new(ErrorCode::WrongType, path, w!(ReaderListLength { count: Arg::count(len) }).text())
        }
        Kind::Other(message) => Problem::new(
            ErrorCode::InvalidValue,
            path,
            w!(ReaderInvalidValue { detail: shown(message.to_string()) }).text(),
        ),
    }
}

/// A missing or repeated field: serde stops at the enclosing object; the field itself is the
/// better path.
fn field_problem(path: &str, field: &str, code: ErrorCode, message: Message) -> Problem {
    let at = if path.is_empty() { field.to_owned() } else { format!("{path}.{field}") };
    Problem::new(code, at, message.text())
}

/// Text that is not JSON at `path`, with where it stops being JSON (line, column) as the hint.
pub(crate) fn syntax(path: &str, kind: Syntax, (line, column): (usize, usize)) -> Problem {
    let what = match kind {
        Syntax::Eof => w!(READER_JSON_EOF),
        Syntax::ExpectedValue => w!(READER_JSON_EXPECTED_VALUE),
        Syntax::ExpectedWord => w!(READER_JSON_EXPECTED_WORD),
        Syntax::ExpectedCommaOrBrace => w!(READER_JSON_EXPECTED_COMMA_OR_BRACE),
        Syntax::ExpectedCommaOrBracket => w!(READER_JSON_EXPECTED_COMMA_OR_BRACKET),
        Syntax::ExpectedColon => w!(READER_JSON_EXPECTED_COLON),
        Syntax::TrailingCharacters => w!(READER_JSON_TRAILING_CHARACTERS),
        Syntax::TrailingComma => w!(READER_JSON_TRAILING_COMMA),
        Syntax::KeyMustBeString => w!(READER_JSON_KEY_MUST_BE_STRING),
        Syntax::InvalidEscape => w!(READER_JSON_INVALID_ESCAPE),
        Syntax::InvalidNumber => w!(READER_JSON_INVALID_NUMBER),
        Syntax::NumberOutOfRange => w!(READER_JSON_NUMBER_OUT_OF_RANGE),
        Syntax::ControlCharacter => w!(READER_JSON_CONTROL_CHARACTER),
        Syntax::InvalidUnicode => w!(READER_JSON_INVALID_UNICODE),
    };
    let (line, column) = (Arg::count(line), Arg::count(column));
    Problem::new(ErrorCode::InvalidJson, path, w!(ReaderInvalidJson { what: inside(what) }).text())
        .with_hint(w!(ReaderJsonStops { column, line }).text())
}

/// An unknown field or enum value; the hint names the nearest allowed names, or all of them.
fn unknown_name(path: &str, given: &str, names: &[&str], code: ErrorCode, message: Message) -> Problem {
    let problem = Problem::new(code, path, message.text());
    if names.is_empty() {
        return problem;
    }
    let near = nearest(given, names.iter().copied(), 3);
    let hint = if near.is_empty() {
        w!(ReaderAllowedAre { list: shown(id_list(names)) })
    } else {
        w!(ReaderDidYouMean { list: shown(id_list(&near)) })
    };
    problem.with_hint(hint.text())
}

/// A value of another kind than the reader was asked for, in the contract's words.
fn wrong_type(path: &str, found: &Found, wanted: Option<Wanted>, expecting: &str) -> Problem {
    let wanted_words =
        if expecting == crate::model::tristate::ANSWERS { w!(READER_WANTED_ANSWERS) } else { describe_wanted(wanted) };
    let message = w!(ReaderWrongType { found: inside(describe_found(found)), wanted: inside(wanted_words) });
    let problem = Problem::new(ErrorCode::WrongType, path, message.text());
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
    Problem::new(ErrorCode::InvalidValue, path, w!(ReaderOutOfRange { found: inside(describe_found(found)) }).text())
}

/// A value the reader found, in words.
fn describe_found(found: &Found) -> Message {
    match found {
        Found::Text(text) => w!(ReaderFoundText { value: shown(quote(text)) }),
        Found::Whole(n) => w!(ReaderFoundWhole { value: shown(format!("`{n}`")) }),
        Found::Number(n) => w!(ReaderFoundNumber { value: shown(format!("`{n}`")) }),
        Found::Bool(b) => w!(ReaderFoundValue { value: shown(format!("`{b}`")) }),
        Found::Null => w!(ReaderFoundValue { value: shown("`null`".to_owned()) }),
        Found::List => w!(READER_FOUND_LIST),
        Found::Object => w!(READER_FOUND_OBJECT),
        Found::Other(other) => w!(ReaderFoundValue { value: shown(format!("`{other}`")) }),
    }
}

/// What the reader was asked for, in words.
fn describe_wanted(wanted: Option<Wanted>) -> Message {
    match wanted {
        Some(Wanted::Whole) => w!(READER_WANTED_WHOLE),
        Some(Wanted::Number) => w!(READER_WANTED_NUMBER),
        Some(Wanted::Text) => w!(READER_WANTED_TEXT),
        Some(Wanted::Bool) => w!(READER_WANTED_BOOL),
        Some(Wanted::List) => w!(READER_WANTED_LIST),
        Some(Wanted::Object) => w!(READER_WANTED_OBJECT),
        Some(Wanted::OneOf) => w!(READER_WANTED_ONE_OF),
        Some(Wanted::Other) | None => w!(READER_WANTED_OTHER),
    }
}
