//! The reader's errors in the contract's words, in Swedish and English. serde and serde_json
//! describe a problem in Rust's terms ("invalid type: floating point `1.5`, expected i64");
//! this module reads those descriptions once, classifies them under one stable code each,
//! and words them for the people who fill in a case. Nothing here decides anything.

use crate::error::{quote, ErrorCode, Problem};
use crate::text::{id_list, nearest, Text};

/// A serde error found at `path` as a problem with a stable code and a bilingual message.
pub(crate) fn from_serde(path: &str, err: &serde_json::Error) -> Problem {
    let full = err.to_string();
    // serde_json appends " at line L column C"; the path says more, the position is a hint.
    let (message, position) = match full.rfind(" at line ") {
        Some(i) => (full.get(..i).unwrap_or(&full), full.get(i + 4..)),
        None => (full.as_str(), None),
    };
    if err.is_syntax() || err.is_eof() || err.is_io() {
        // Inside broken text serde cannot name the key it was reading (`?`); the path ends at
        // the last key it knew.
        let known = path.split(".?").next().unwrap_or_default();
        let known = if known == "?" { "" } else { known };
        return syntax(known, message, position);
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        return unknown_name(path, rest, ErrorCode::UnknownField, ("okänt fält", "unknown field"));
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        return unknown_name(path, rest, ErrorCode::InvalidValue, ("okänt värde", "unknown value"));
    }
    for (prefix, code, sv, en) in [
        ("missing field ", ErrorCode::MissingField, "fältet {} saknas", "missing field {}"),
        ("duplicate field ", ErrorCode::DuplicateField, "fältet {} förekommer två gånger", "duplicate field {}"),
    ] {
        if let Some(field) = message.strip_prefix(prefix).map(|f| f.trim_matches('`')) {
            // serde stops at the enclosing object; the field itself is the better path.
            let at = if path.is_empty() { field.to_owned() } else { format!("{path}.{field}") };
            let shown = quote(field);
            return Problem::new(code, at, Text::new(sv.replace("{}", &shown), en.replace("{}", &shown)));
        }
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        return wrong_type(path, rest);
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        return invalid_value(path, rest);
    }
    if message.starts_with("data did not match any variant") {
        return Problem::new(
            ErrorCode::WrongType,
            path,
            Text::new("värdet har ingen av de tillåtna formerna", "the value has none of the allowed shapes"),
        );
    }
    Problem::new(ErrorCode::InvalidValue, path, Text::new(format!("ogiltigt värde ({message})"), message.to_owned()))
}

/// Text that is not JSON, with where it stops being JSON as the hint.
fn syntax(path: &str, message: &str, position: Option<&str>) -> Problem {
    const KNOWN: &[(&str, &str, &str)] = &[
        ("EOF while parsing", "texten tar slut mitt i JSON-värdet", "the text ends in the middle of the JSON value"),
        ("expected value", "här förväntades ett JSON-värde", "a JSON value was expected here"),
        (
            "expected ident",
            "okänt ord; JSON har bara `true`, `false` och `null`",
            "an unknown word; JSON has only `true`, `false` and `null`",
        ),
        ("expected `,` or `}`", "här förväntades `,` eller `}`", "expected `,` or `}` here"),
        ("expected `,` or `]`", "här förväntades `,` eller `]`", "expected `,` or `]` here"),
        ("expected `:`", "här förväntades `:`", "expected `:` here"),
        ("trailing characters", "text efter JSON-värdet", "text after the JSON value"),
        ("trailing comma", "ett avslutande kommatecken", "a trailing comma"),
        ("key must be a string", "en nyckel måste vara text inom citattecken", "a key must be a quoted string"),
        ("invalid escape", "en ogiltig escape-sekvens", "an invalid escape sequence"),
        ("invalid number", "ett ogiltigt tal", "an invalid number"),
        (
            "number out of range",
            "ett tal utanför det som JSON-läsaren kan representera",
            "a number out of the range a JSON reader can represent",
        ),
        (
            "control character",
            "ett styrtecken i en text; skriv det som `\\u00XX`",
            "a control character inside a string; write it as `\\u00XX`",
        ),
        ("lone leading surrogate", "en ogiltig Unicode-escape", "an invalid Unicode escape"),
        ("invalid unicode code point", "en ogiltig Unicode-escape", "an invalid Unicode escape"),
        ("recursion limit exceeded", "för djup nästling", "nesting too deep"),
    ];
    let (sv, en) = KNOWN
        .iter()
        .find(|(start, _, _)| message.starts_with(start))
        .map_or(("texten är inte JSON", "the text is not JSON"), |(_, sv, en)| (*sv, *en));
    let problem = Problem::new(
        ErrorCode::InvalidJson,
        path,
        Text::new(format!("ogiltig JSON: {sv}"), format!("invalid JSON: {en}")),
    );
    // "line L column C"
    let place = position.and_then(|p| p.strip_prefix("line ")).and_then(|p| p.split_once(" column "));
    match place {
        Some((line, column)) => problem.with_hint(Text::new(
            format!("texten slutar vara JSON på rad {line}, kolumn {column}"),
            format!("the text stops being JSON at line {line}, column {column}"),
        )),
        None => problem,
    }
}

/// An unknown field or enum value: `` `x`, expected one of `a`, `b` `` (or `` `a` or `b` ``,
/// or "there are no fields"); the hint names the nearest allowed names, or all of them.
fn unknown_name(path: &str, rest: &str, code: ErrorCode, what: (&str, &str)) -> Problem {
    let (given, allowed) = rest.split_once(", ").unwrap_or((rest, ""));
    let given = given.trim_matches('`');
    let names: Vec<&str> = allowed.split('`').skip(1).step_by(2).collect();
    let shown = quote(given);
    let problem = Problem::new(code, path, Text::new(format!("{} {shown}", what.0), format!("{} {shown}", what.1)));
    if names.is_empty() {
        return problem;
    }
    let near = nearest(given, names.iter().copied(), 3);
    let hint = if near.is_empty() {
        let list = id_list(&names);
        Text::new(format!("tillåtna är {list}"), format!("allowed are {list}"))
    } else {
        let list = id_list(&near);
        Text::new(format!("menade du {list}"), format!("did you mean {list}"))
    };
    problem.with_hint(hint)
}

/// `<found>, expected <wanted>` in the contract's words.
fn wrong_type(path: &str, rest: &str) -> Problem {
    let (found, wanted) = rest.rsplit_once(", expected ").unwrap_or((rest, ""));
    let (found_sv, found_en) = describe_found(found);
    let (wanted_sv, wanted_en) = describe_wanted(wanted);
    let problem = Problem::new(
        ErrorCode::WrongType,
        path,
        Text::new(
            format!("fel typ: {found_sv}, förväntade {wanted_sv}"),
            format!("wrong type: {found_en}, expected {wanted_en}"),
        ),
    );
    if found.starts_with("floating point") && wanted_sv == "ett heltal" {
        return problem.with_hint(Text::new(
            "heltal skrivs utan decimaler och ryms inom ±9223372036854775807",
            "whole numbers have no decimals and fit within ±9223372036854775807",
        ));
    }
    problem
}

/// A value of the right type out of its range, e.g. a negative number for a count, or text
/// that is not a date.
fn invalid_value(path: &str, rest: &str) -> Problem {
    let (found, wanted) = rest.rsplit_once(", expected ").unwrap_or((rest, ""));
    if wanted == "a date YYYY-MM-DD" {
        let text = found.strip_prefix("string \"").and_then(|t| t.strip_suffix('"')).unwrap_or(found);
        return crate::date::not_a_date(path, text);
    }
    let (sv, en) = describe_found(found);
    Problem::new(
        ErrorCode::InvalidValue,
        path,
        Text::new(format!("{sv} ligger utanför det tillåtna intervallet"), format!("{en} is out of range")),
    )
}

/// serde's description of a value it found (`string "x"`, `integer `5``, …).
fn describe_found(found: &str) -> (String, String) {
    let value = found.split_once(' ').map_or("", |(_, v)| v);
    if let Some(text) = found.strip_prefix("string \"").and_then(|t| t.strip_suffix('"')) {
        let shown = quote(text);
        return (format!("texten {shown}"), format!("the text {shown}"));
    }
    match found.split(' ').next().unwrap_or_default() {
        "integer" => (format!("heltalet {value}"), format!("the whole number {value}")),
        "floating" => {
            let value = found.trim_start_matches("floating point ");
            (format!("talet {value}"), format!("the number {value}"))
        }
        "boolean" => (value.to_owned(), value.to_owned()),
        "null" => ("`null`".into(), "`null`".into()),
        "sequence" => ("en lista".into(), "a list".into()),
        "map" => ("ett objekt".into(), "an object".into()),
        _ => (format!("`{found}`"), format!("`{found}`")),
    }
}

/// serde's description of what it expected (`i64`, `struct Case`, `a string`, …).
fn describe_wanted(wanted: &str) -> (&'static str, &'static str) {
    const INTEGERS: &[&str] = &["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "usize", "isize"];
    if INTEGERS.contains(&wanted) {
        return ("ett heltal", "a whole number");
    }
    match wanted {
        "f32" | "f64" => ("ett tal", "a number"),
        "a string" | "a borrowed string" => ("text", "text"),
        "a boolean" => ("`true` eller `false`", "`true` or `false`"),
        "a sequence" => ("en lista", "a list"),
        "an object of `true`/`false` answers" => {
            ("ett objekt med svaren `true`/`false`", "an object of `true`/`false` answers")
        }
        w if w.starts_with("struct ") || w == "a map" => ("ett objekt", "an object"),
        w if w.starts_with("enum ") || w == "variant identifier" => {
            ("ett av de tillåtna värdena", "one of the allowed values")
        }
        _ => ("ett annat slags värde", "another kind of value"),
    }
}
