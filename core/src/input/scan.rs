//! A linear pre-pass over JSON text, before it is read into the contract's types, for what
//! the typed reader would let through: an array where the contract has an object (serde's
//! derived readers bind arrays to struct fields by position, so `"cost": [0, 2400000]` would
//! silently become a one-off 0 and a yearly 2.4 M), a key repeated in any object (also when
//! spelt with `\u` escapes), and nesting deeper than the contract ever goes. It stops at the
//! first problem; text that is not JSON is left to the reader, which says where it breaks.
//! Work and memory are linear in the text.

use crate::error::{ErrorCode, Problem};
use crate::input::limits::Limits;
use crate::text::Text;
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// The contract's input fields that hold lists, in every input type (case, organisation,
/// initiative, policy pack, regional strategy, compare request, align input). An array is
/// allowed only as the value of one of these keys (and as the whole input where a list is
/// accepted); `tests/schemas.rs` keeps this list equal to what the schemas say.
pub const ARRAY_FIELDS: &[&str] = &[
    "about",
    "aliases",
    "candidates",
    "cases",
    "clauses",
    "covers",
    "documents",
    "focus_areas",
    "justifications",
    "languages",
    "mapping",
    "notes",
    "partners",
    "process",
    "regions",
    "requirements",
    "supersedes",
    "value",
    "vision_values",
];

/// The deepest nesting of objects and arrays an input may have; the contract needs five.
pub const MAX_DEPTH: usize = 32;

/// Where a scan stopped: a problem to report, or text that is not JSON (left to the reader).
enum Stop {
    Problem(Problem),
    NotJson,
}

struct Scanner<'a> {
    /// The input, as text (for borrowing a string without escapes) and as bytes.
    src: &'a str,
    text: &'a [u8],
    at: usize,
    path: String,
    depth: usize,
    limits: &'a Limits,
    /// When finding the path at a byte offset: the offset, and the innermost path found.
    target: Option<usize>,
    found: Option<String>,
}

/// Scans `json` under `limits`; `list_at_root` allows a list as the whole input.
pub(crate) fn scan(json: &str, list_at_root: bool, limits: &Limits) -> Result<(), Problem> {
    if json.len() > limits.max_input_bytes {
        return Err(Problem::new(
            ErrorCode::LimitExceeded,
            "",
            Text::new(
                format!("indata är {} byte, över gränsen {} (`max_input_bytes`)", json.len(), limits.max_input_bytes),
                format!(
                    "the input is {} bytes, over the limit of {} (`max_input_bytes`)",
                    json.len(),
                    limits.max_input_bytes
                ),
            ),
        )
        .with_hint(Text::new(
            "dela upp indata, eller höj gränsen om indata är äkta",
            "split the input, or raise the limit if the input is genuine",
        )));
    }
    let mut s = Scanner::new(json, limits, None);
    match s.value(if list_at_root { Place::ListAllowed(None) } else { Place::Root }) {
        Err(Stop::Problem(p)) => Err(p),
        Ok(()) | Err(Stop::NotJson) => Ok(()),
    }
}

/// The JSON path of the innermost value (or key) that holds byte `offset` of `json`, as far
/// as the text is JSON: how an error the typed reader reports by line and column gets its
/// path. Text that breaks before `offset` gives the path open where it breaks.
pub(crate) fn path_at(json: &str, offset: usize) -> String {
    // The text passed the scan already; finding a path checks no limit.
    let limits = Limits {
        max_input_bytes: usize::MAX,
        max_candidates: usize::MAX,
        max_requirements: usize::MAX,
        max_list_items: usize::MAX,
        max_string_chars: usize::MAX,
    };
    let mut s = Scanner::new(json, &limits, Some(offset));
    let _ = s.value(Place::ListAllowed(None));
    s.found.unwrap_or(s.path)
}

/// The byte offset of the value serde_json's error at a one-based line and column is about.
/// serde_json reports the last byte it consumed: the value's own last byte when it read a
/// scalar, but the `:`, `,` or `[` before it when it only peeked at an object or a list it
/// could not take; then the value is the one that follows.
pub(crate) fn offset_of(json: &str, line: usize, column: usize) -> usize {
    let bytes = json.as_bytes();
    let start = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(line.saturating_sub(2))
        .map_or(0, |(i, _)| if line <= 1 { 0 } else { i + 1 });
    let mut at = start + column.saturating_sub(1);
    if matches!(bytes.get(at), Some(b':' | b',' | b'[')) {
        at += 1;
        while matches!(bytes.get(at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            at += 1;
        }
    }
    at
}

/// Where a value stands, which decides whether it may be an array.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place<'k> {
    Root,
    /// A list is allowed here: as the whole input, or under this key.
    ListAllowed(Option<&'k str>),
    Field,
    Element,
}

impl<'a> Scanner<'a> {
    /// A scanner at the start of `json`; with `target`, it also finds the path at that offset.
    fn new(json: &'a str, limits: &'a Limits, target: Option<usize>) -> Self {
        Scanner { src: json, text: json.as_bytes(), at: 0, path: String::new(), depth: 0, limits, target, found: None }
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self, place: Place<'_>) -> Result<(), Stop> {
        self.skip_space();
        let start = self.at;
        let result = self.value_here(place);
        self.note_span(start);
        result
    }

    /// Records the current path when the span from `start` to here holds the target offset
    /// and nothing inside it did.
    fn note_span(&mut self, start: usize) {
        if let Some(target) = self.target {
            if self.found.is_none() && start <= target && target < self.at.max(start + 1) {
                self.found = Some(self.path.clone());
            }
        }
    }

    fn value_here(&mut self, place: Place<'_>) -> Result<(), Stop> {
        match self.peek() {
            Some(b'{') => self.nested(|s| s.object()),
            Some(b'[') if matches!(place, Place::ListAllowed(_)) => {
                let key = if let Place::ListAllowed(k) = place { k.unwrap_or_default() } else { "" };
                let (max, name) = self.limits.for_list(key);
                self.nested(|s| s.array(max, name))
            }
            Some(b'[') => Err(Stop::Problem(
                Problem::new(
                    ErrorCode::WrongType,
                    self.path.clone(),
                    Text::new(
                        "en lista där kontraktet inte har någon lista",
                        "found a list where the contract has no list",
                    ),
                )
                .with_hint(if place == Place::Element {
                    Text::new(
                        "en listas poster är objekt eller värden, aldrig listor",
                        "a list's items are objects or values, never lists",
                    )
                } else {
                    Text::new(
                        "ett objekts fält anges med namn, aldrig efter position",
                        "an object's fields are named, never given by position",
                    )
                }),
            )),
            Some(b'"') => self.string().map(drop),
            Some(_) => {
                while !matches!(self.peek(), None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')) {
                    self.at += 1;
                }
                Ok(())
            }
            None => Err(Stop::NotJson),
        }
    }

    fn nested(&mut self, inner: impl FnOnce(&mut Self) -> Result<(), Stop>) -> Result<(), Stop> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Stop::Problem(
                Problem::new(
                    ErrorCode::LimitExceeded,
                    self.path.clone(),
                    Text::new(
                        format!("indata är nästlade djupare än {MAX_DEPTH} nivåer"),
                        format!("the input nests deeper than {MAX_DEPTH} levels"),
                    ),
                )
                .with_hint(Text::new(
                    "kontraktets objekt är nästlade högst fem nivåer",
                    "the contract's objects nest five levels at most",
                )),
            ));
        }
        self.at += 1;
        inner(self)?;
        self.depth -= 1;
        Ok(())
    }

    fn object(&mut self) -> Result<(), Stop> {
        let mut keys: BTreeSet<String> = BTreeSet::new();
        let base = self.path.len();
        loop {
            self.skip_space();
            match self.peek() {
                Some(b'}') if keys.is_empty() => break,
                Some(b'"') => {}
                _ => return Err(Stop::NotJson),
            }
            let key_start = self.at;
            let key = self.string()?.into_owned();
            if !self.path.is_empty() {
                self.path.push('.');
            }
            self.path.push_str(&key);
            self.note_span(key_start);
            if keys.contains(&key) {
                return Err(Stop::Problem(Problem::new(
                    ErrorCode::DuplicateField,
                    self.path.clone(),
                    Text::new(
                        format!("fältet {} förekommer två gånger", crate::error::quote(&key)),
                        format!("duplicate field {}", crate::error::quote(&key)),
                    ),
                )));
            }
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(Stop::NotJson);
            }
            self.at += 1;
            let place =
                if ARRAY_FIELDS.contains(&key.as_ref()) { Place::ListAllowed(Some(&key)) } else { Place::Field };
            self.value(place)?;
            self.path.truncate(base);
            keys.insert(key);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => break,
                _ => return Err(Stop::NotJson),
            }
        }
        self.at += 1;
        Ok(())
    }

    fn array(&mut self, max_items: usize, limit: &str) -> Result<(), Stop> {
        let base = self.path.len();
        let mut index = 0usize;
        loop {
            self.skip_space();
            if self.peek() == Some(b']') && index == 0 {
                break;
            }
            if index >= max_items {
                return Err(Stop::Problem(Problem::new(
                    ErrorCode::LimitExceeded,
                    self.path.clone(),
                    Text::new(
                        format!("listan har fler än {max_items} poster (`{limit}`)"),
                        format!("the list has more than {max_items} items (`{limit}`)"),
                    ),
                )));
            }
            let _ = write!(self.path, "[{index}]");
            self.value(Place::Element)?;
            self.path.truncate(base);
            index += 1;
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => break,
                _ => return Err(Stop::NotJson),
            }
        }
        self.at += 1;
        Ok(())
    }

    /// A string from its opening quote: borrowed from the input when it has no escape (no
    /// allocation: most keys and values), else decoded.
    fn string(&mut self) -> Result<Cow<'a, str>, Stop> {
        let open = self.at;
        let start = open + 1;
        let mut at = start;
        let mut chars = 0usize;
        while let Some(&b) = self.text.get(at) {
            match b {
                b'"' => {
                    let s = self.src.get(start..at).ok_or(Stop::NotJson)?;
                    self.at = at + 1;
                    return Ok(Cow::Borrowed(s));
                }
                b'\\' => return self.string_escaped().map(Cow::Owned),
                _ => {
                    // A character starts at every byte that is not a UTF-8 continuation byte.
                    if b & 0xC0 != 0x80 {
                        chars += 1;
                        if chars > self.limits.max_string_chars {
                            self.at = at;
                            return Err(self.string_too_long());
                        }
                    }
                    at += 1;
                }
            }
        }
        Err(Stop::NotJson)
    }

    fn string_too_long(&self) -> Stop {
        Stop::Problem(Problem::new(
            ErrorCode::LimitExceeded,
            self.path.clone(),
            Text::new(
                format!("en text är längre än {} tecken (`max_string_chars`)", self.limits.max_string_chars),
                format!("a string is longer than {} characters (`max_string_chars`)", self.limits.max_string_chars),
            ),
        ))
    }

    /// A string with escapes, decoded, from its opening quote.
    fn string_escaped(&mut self) -> Result<String, Stop> {
        self.at += 1;
        let mut out = Vec::new();
        let mut chars = 0usize;
        loop {
            // A character starts at every byte that is not a UTF-8 continuation byte.
            if self.peek().is_some_and(|b| b & 0xC0 != 0x80 && b != b'"') {
                chars += 1;
                if chars > self.limits.max_string_chars {
                    return Err(self.string_too_long());
                }
            }
            match self.peek() {
                None => return Err(Stop::NotJson),
                Some(b'"') => break,
                Some(b'\\') => {
                    self.at += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return Err(Stop::NotJson),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    self.at += 1;
                }
                Some(b) => {
                    out.push(b);
                    self.at += 1;
                }
            }
        }
        self.at += 1;
        String::from_utf8(out).map_err(|_| Stop::NotJson)
    }

    /// The character of a `\uXXXX` escape (a surrogate pair read whole); on its last digit.
    fn unicode_escape(&mut self) -> Result<char, Stop> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if self.text.get(self.at + 1..self.at + 3) != Some(b"\\u".as_slice()) {
                return Err(Stop::NotJson);
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(Stop::NotJson);
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or(Stop::NotJson)
    }

    /// Four hex digits after the current position; leaves the position on the last one.
    fn hex4(&mut self) -> Result<u32, Stop> {
        let digits = self.text.get(self.at + 1..self.at + 5).ok_or(Stop::NotJson)?;
        let text = std::str::from_utf8(digits).map_err(|_| Stop::NotJson)?;
        let value = u32::from_str_radix(text, 16).map_err(|_| Stop::NotJson)?;
        self.at += 4;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(json: &str) -> Option<(ErrorCode, String)> {
        scan(json, false, &Limits::default()).err().map(|p| (p.code, p.path))
    }

    #[test]
    fn limits_are_checked_with_paths() {
        let small = Limits {
            max_candidates: 2,
            max_list_items: 3,
            max_string_chars: 12,
            max_input_bytes: 200,
            ..Limits::default()
        };
        let at = |json: &str| scan(json, false, &small).err().map(|p| (p.code, p.path, p.message));
        let (code, path, message) = at(r#"{"candidates":[{},{},{}]}"#).unwrap();
        assert_eq!((code, path.as_str()), (ErrorCode::LimitExceeded, "candidates"));
        assert!(message.en.contains("`max_candidates`") && message.sv.contains("`max_candidates`"), "{message:?}");
        assert_eq!(
            at(r#"{"candidates":[{"covers":["a","b","c","d"]}]}"#).map(|p| p.1),
            Some("candidates[0].covers".into())
        );
        assert_eq!(at(r#"{"id":"abcdefghijklm"}"#).map(|p| p.1), Some("id".into()));
        assert!(at(r#"{"id":"åäöüéåäöüéåä"}"#).is_none(), "twelve characters, 24 bytes");
        assert!(at(&format!("{{\"id\":\"{}\"}}", "a".repeat(300))).unwrap().2.en.contains("`max_input_bytes`"));
    }

    #[test]
    fn an_array_in_place_of_an_object_is_found_with_its_path() {
        let case = r#"{"id":"x","candidates":[{"id":"a","covers":["r"],"cost":[0, 2400000]}]}"#;
        assert_eq!(problem(case), Some((ErrorCode::WrongType, "candidates[0].cost".into())));
        assert_eq!(problem("[1, 2]"), Some((ErrorCode::WrongType, String::new())));
        assert!(scan("[{\"id\":\"a\"}]", true, &Limits::default()).is_ok());
        assert_eq!(problem(r#"{"covers":[["a"]]}"#), Some((ErrorCode::WrongType, "covers[0]".into())));
        assert_eq!(problem(r#"{"requirements":[], "candidates":[], "x": {"y": []}}"#).map(|p| p.1), Some("x.y".into()));
    }

    #[test]
    fn a_repeated_key_is_found_also_through_escapes() {
        assert_eq!(problem(r#"{"id":"a","id":"b"}"#), Some((ErrorCode::DuplicateField, "id".into())));
        assert_eq!(
            problem(r#"{"cost":{"one_off_sek":1,"one\u005foff_sek":2}}"#),
            Some((ErrorCode::DuplicateField, "cost.one_off_sek".into()))
        );
        assert_eq!(problem(r#"{"a":{"x":1},"b":{"x":1}}"#), None);
    }

    #[test]
    fn deep_nesting_is_a_limit_and_broken_text_is_left_to_the_reader() {
        let deep = format!("{}{}", "{\"a\":".repeat(10_000), "}".repeat(10_000));
        assert_eq!(problem(&deep).map(|p| p.0), Some(ErrorCode::LimitExceeded));
        assert_eq!(problem("{\"a\": "), None);
        assert_eq!(problem("{\"a\": \"\\x\"}"), None);
        assert_eq!(problem(""), None);
        assert_eq!(problem(r#"{"a":"\ud800"}"#), None);
    }
}
