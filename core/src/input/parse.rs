//! Strict JSON parsing with paths: an unknown field, a wrong type, a duplicate field or
//! trailing text is a [`Problem`] that names the JSON path of the field and has a stable code.

use crate::error::{ErrorCode, Problem};
use crate::input::limits::Limits;
use serde::de::DeserializeOwned;

/// Parses `json` strictly into `T`: unknown fields, wrong types, duplicate fields, a list
/// where the contract has an object, nesting deeper than [`crate::input::scan::MAX_DEPTH`]
/// and trailing text are problems located by their JSON path. A leading byte-order mark is
/// ignored, as RFC 8259 allows.
pub fn parse<T: DeserializeOwned>(json: &str) -> Result<T, Problem> {
    parse_within(json, false, &Limits::default())
}

/// Like [`parse`] for an input that may also be a list as a whole (`align`'s initiatives).
pub fn parse_list_or_object<T: DeserializeOwned>(json: &str) -> Result<T, Problem> {
    parse_within(json, true, &Limits::default())
}

/// Like [`parse`] under `limits` (input size, list lengths, string lengths); `list_at_root`
/// allows a list as the whole input.
pub fn parse_within<T: DeserializeOwned>(json: &str, list_at_root: bool, limits: &Limits) -> Result<T, Problem> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    crate::input::scan::scan(json, list_at_root, limits)?;
    let mut de = serde_json::Deserializer::from_str(json);
    let value: T =
        serde_path_to_error::deserialize(&mut de).map_err(|e| from_serde(&render_path(e.path()), e.inner()))?;
    de.end().map_err(|e| from_serde("", &e))?;
    Ok(value)
}

/// Renders a serde path as `candidates[2].covers[0]`; the empty string for the root.
pub(crate) fn render_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push('?');
            }
        }
    }
    out
}

/// Turns a serde error found at `path` into a problem with a stable code.
fn from_serde(path: &str, err: &serde_json::Error) -> Problem {
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

/// Reads a JSON value strictly into `T`, like [`parse`].
pub fn parse_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, Problem> {
    serde_path_to_error::deserialize(value).map_err(|e| from_serde(&render_path(e.path()), e.inner()))
}
