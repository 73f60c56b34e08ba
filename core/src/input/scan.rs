//! The reader of JSON text: one linear pass that checks the text is JSON and builds the
//! [`Node`] tree the typed reader (`input::tree`) reads the contract's types from. On the way
//! it refuses what a typed reader would let through or should never see: an array where the
//! contract has an object (serde's derived readers bind arrays to struct fields by position,
//! so `"cost": [0, 2400000]` would silently become a one-off 0 and a yearly 2.4 M), a key
//! repeated in any object (also when spelt with `\u` escapes), nesting deeper than the
//! contract ever goes, and the limits. Text that is not JSON is a [`Syntax`] error the
//! scanner words itself, at the path and position where it stops. Work and memory are linear
//! in the text.

use crate::error::{ErrorCode, Problem};
use crate::input::limits::Limits;
use crate::input::tree::{Node, Step, Syntax};
use crate::message::Arg;
use crate::words::w;
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// The contract's input fields that hold lists, in every input type (case, organisation,
/// initiative, policy pack, regional strategy, compare request, align input). An array is
/// allowed only as the value of one of these keys (and as the whole input where a list is
/// accepted); `tests/schemas.rs` keeps this list equal to what the schemas say. Sorted.
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

/// Objects with more keys than this check for a repeated key with a set, smaller ones by
/// looking through the keys read so far.
const LINEAR_KEYS: usize = 8;

/// Where a scan stopped: a problem to report, or text that is not JSON at a byte offset.
enum Stop {
    Problem(Problem),
    Syntax(Syntax, usize),
}

struct Scanner<'a> {
    /// The input, as text (for borrowing a string without escapes) and as bytes.
    src: &'a str,
    text: &'a [u8],
    at: usize,
    path: String,
    depth: usize,
    limits: &'a Limits,
    /// A list may stand under any key (a decision record: the decision's lists have many
    /// names); the input's list fields keep their limits, any other list is bounded by the
    /// text.
    lists_anywhere: bool,
}

/// Reads `json` under `limits` into its tree; `list_at_root` allows a list as the whole input.
pub(crate) fn scan<'a>(json: &'a str, list_at_root: bool, limits: &'a Limits) -> Result<Node<'a>, Problem> {
    scan_with(json, list_at_root, false, 1, limits)
}

/// Reads one decision record's text under `limits`, as [`scan`] reads a case (the size, a
/// repeated key, nesting, string lengths, the input's list fields) except that a list may
/// stand under any key: a decision's lists have names an input does not. The record's case
/// is checked as a case after ([`check_tree`]). `first_line` is the line of a longer text the
/// record starts on: a position is said in that text's lines.
#[cfg(feature = "analysis")]
pub(crate) fn scan_record<'a>(json: &'a str, first_line: usize, limits: &'a Limits) -> Result<Node<'a>, Problem> {
    scan_with(json, false, true, first_line, limits)
}

fn scan_with<'a>(
    json: &'a str,
    list_at_root: bool,
    lists_anywhere: bool,
    first_line: usize,
    limits: &'a Limits,
) -> Result<Node<'a>, Problem> {
    if json.len() > limits.max_input_bytes {
        return Err(Problem::new(
            ErrorCode::LimitExceeded,
            "",
            w!(ScanInputBytesOverLimit {
                json: Arg::Str(json.len().to_string().into()),
                max_input_bytes: Arg::Str(limits.max_input_bytes.to_string().into())
            })
            .text(),
        )
        .with_hint(w!(SCAN_SPLIT_INPUT_OR_RAISE).text()));
    }
    let mut s =
        Scanner { src: json, text: json.as_bytes(), at: 0, path: String::new(), depth: 0, limits, lists_anywhere };
    let place = if list_at_root { Place::ListAllowed(None) } else { Place::Root };
    let result = s.value(place).and_then(|node| {
        s.skip_space();
        if s.at < s.text.len() {
            return Err(Stop::Syntax(Syntax::TrailingCharacters, s.at));
        }
        Ok(node)
    });
    result.map_err(|stop| match stop {
        Stop::Problem(p) => p,
        Stop::Syntax(kind, at) => {
            let (line, column) = position(json, at);
            crate::input::messages::syntax(&s.path, kind, (line + first_line.saturating_sub(1), column))
        }
    })
}

/// The one-based line and column of byte `at`, counted in bytes as JSON readers count them;
/// at the end of the text, the last byte's.
fn position(json: &str, at: usize) -> (usize, usize) {
    let bytes = json.as_bytes();
    let at = at.min(bytes.len());
    let before = bytes.get(..at).unwrap_or_default();
    let line = 1 + before.iter().filter(|b| **b == b'\n').count();
    let start = before.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let column = if at >= bytes.len() { at - start } else { at - start + 1 };
    (line, column)
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

impl<'k> Place<'k> {
    /// The place of the value under `key`: a list only under a key that holds one.
    fn under(key: &'k str) -> Place<'k> {
        // A linear search: most keys differ from every list key in length, which is
        // compared first (a binary search compares bytes at every step and is slower here).
        if ARRAY_FIELDS.contains(&key) {
            Place::ListAllowed(Some(key))
        } else {
            Place::Field
        }
    }
}

/// A list where the contract has none.
fn list_not_allowed(path: &str, place: Place<'_>) -> Problem {
    Problem::new(ErrorCode::WrongType, path, w!(SCAN_FOUND_LIST_WHERE_CONTRACT).text()).with_hint(
        if place == Place::Element {
            w!(SCAN_LIST_S_ITEMS_OBJECTS).text()
        } else {
            w!(SCAN_OBJECT_S_FIELDS_NAMED).text()
        },
    )
}

/// Nesting deeper than [`MAX_DEPTH`].
fn too_deep(path: &str) -> Problem {
    Problem::new(
        ErrorCode::LimitExceeded,
        path,
        w!(ScanInputNestsDeeperThan { depth: Arg::Str(MAX_DEPTH.to_string().into()) }).text(),
    )
    .with_hint(w!(SCAN_CONTRACT_S_OBJECTS_NEST).text())
}

/// A list longer than its limit (`limit` names it).
fn list_too_long(path: &str, max_items: usize, limit: &str) -> Problem {
    Problem::new(
        ErrorCode::LimitExceeded,
        path,
        w!(ScanListHasMoreThan {
            limit: Arg::Str(limit.to_string().into()),
            max_items: Arg::Str(max_items.to_string().into())
        })
        .text(),
    )
}

/// A string longer than `max_string_chars`.
fn string_too_long(path: &str, limits: &Limits) -> Problem {
    Problem::new(
        ErrorCode::LimitExceeded,
        path,
        w!(ScanStringLongerThanCharacters { max_string_chars: Arg::Str(limits.max_string_chars.to_string().into()) })
            .text(),
    )
}

/// Checks a tree a binding built from its runtime's objects as the scanner checks JSON text,
/// in the same order, with the same problems: a list only where the contract has one, list
/// lengths, string lengths and nesting. (The size of the text and repeated keys are the
/// binding's: its objects have no text and no key twice.) The path is only written for a
/// problem, on the way out.
pub(crate) fn check_tree(node: &Node<'_>, list_at_root: bool, limits: &Limits) -> Result<(), Problem> {
    let place = if list_at_root { Place::ListAllowed(None) } else { Place::Root };
    check_node(node, place, 0, limits).map_err(|(steps, mut problem)| {
        problem.path = crate::input::tree::path_of(&steps);
        problem
    })
}

/// Where a tree's check stopped: the steps from the root (innermost first) and the problem,
/// whose path they give.
type TreeStop = (Vec<Step>, Problem);

fn check_node(node: &Node<'_>, place: Place<'_>, depth: usize, limits: &Limits) -> Result<(), TreeStop> {
    let stop = |problem: Problem| Err((Vec::new(), problem));
    // A string has at most as many characters as bytes: most need no count.
    let too_long = |s: &str| s.len() > limits.max_string_chars && s.chars().count() > limits.max_string_chars;
    match node {
        Node::Text(s) if too_long(s) => stop(string_too_long("", limits)),
        Node::Null | Node::Bool(_) | Node::Number(_) | Node::Whole(_) | Node::Text(_) => Ok(()),
        Node::List(_) if !matches!(place, Place::ListAllowed(_)) => stop(list_not_allowed("", place)),
        Node::Object(_) | Node::List(_) if depth >= MAX_DEPTH => stop(too_deep("")),
        Node::List(items) => {
            let key = if let Place::ListAllowed(key) = place { key } else { None };
            let (max, name) = limits.for_list(key.unwrap_or_default());
            for (i, item) in items.iter().enumerate() {
                if i >= max {
                    return stop(list_too_long("", max, name));
                }
                check_node(item, Place::Element, depth + 1, limits).map_err(|(mut steps, p)| {
                    steps.push(Step::Index(i));
                    (steps, p)
                })?;
            }
            Ok(())
        }
        Node::Object(members) => {
            for (key, value) in members {
                if too_long(key) {
                    return stop(string_too_long("", limits));
                }
                // Only a list asks where it stands.
                let place = if matches!(value, Node::List(_)) { Place::under(key) } else { Place::Field };
                check_node(value, place, depth + 1, limits).map_err(|(mut steps, p)| {
                    steps.push(Step::Key(key.to_string()));
                    (steps, p)
                })?;
            }
            Ok(())
        }
    }
}

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self, place: Place<'_>) -> Result<Node<'a>, Stop> {
        self.skip_space();
        match self.peek() {
            Some(b'{') => self.nested(|s| s.object()),
            Some(b'[') if matches!(place, Place::ListAllowed(_)) => {
                let key = if let Place::ListAllowed(k) = place { k.unwrap_or_default() } else { "" };
                let (max, name) = self.limits.for_list(key);
                self.nested(|s| s.array(max, name))
            }
            Some(b'[') if self.lists_anywhere => self.nested(|s| s.array(usize::MAX, "max_input_bytes")),
            Some(b'[') => Err(Stop::Problem(list_not_allowed(&self.path, place))),
            Some(b'"') => self.string().map(Node::Text),
            Some(b't') => self.word("true", Node::Bool(true)),
            Some(b'f') => self.word("false", Node::Bool(false)),
            Some(b'n') => self.word("null", Node::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(Stop::Syntax(Syntax::ExpectedValue, self.at)),
            None => Err(Stop::Syntax(Syntax::Eof, self.at)),
        }
    }

    /// One of JSON's three words, `true`, `false` or `null`.
    fn word(&mut self, word: &str, node: Node<'a>) -> Result<Node<'a>, Stop> {
        for expected in word.bytes() {
            match self.peek() {
                Some(b) if b == expected => self.at += 1,
                Some(_) => return Err(Stop::Syntax(Syntax::ExpectedWord, self.at)),
                None => return Err(Stop::Syntax(Syntax::Eof, self.at)),
            }
        }
        Ok(node)
    }

    /// A number by JSON's grammar, kept as its text: `-`? (`0` | [1-9][0-9]*) (`.`[0-9]+)?
    /// ([eE][+-]?[0-9]+)?; one no reader can hold (it overflows a float) is refused.
    fn number(&mut self) -> Result<Node<'a>, Stop> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(Stop::Syntax(Syntax::InvalidNumber, self.at));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            Some(_) => return Err(Stop::Syntax(Syntax::InvalidNumber, self.at)),
            None => return Err(Stop::Syntax(Syntax::Eof, self.at)),
        }
        let whole_digits = self.at - start;
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.required_digits()?;
        }
        let exponent = matches!(self.peek(), Some(b'e' | b'E'));
        if exponent {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.required_digits()?;
        }
        let text = self.src.get(start..self.at).unwrap_or_default();
        // Only an exponent or more than 308 digits before the point can overflow a float;
        // the common number is not read twice.
        if (exponent || whole_digits > 308) && crate::input::tree::float(text).is_infinite() {
            return Err(Stop::Syntax(Syntax::NumberOutOfRange, self.at.saturating_sub(1)));
        }
        Ok(Node::Number(Cow::Borrowed(text)))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    fn required_digits(&mut self) -> Result<(), Stop> {
        match self.peek() {
            Some(b'0'..=b'9') => {
                self.digits();
                Ok(())
            }
            Some(_) => Err(Stop::Syntax(Syntax::InvalidNumber, self.at)),
            None => Err(Stop::Syntax(Syntax::Eof, self.at)),
        }
    }

    fn nested(&mut self, inner: impl FnOnce(&mut Self) -> Result<Node<'a>, Stop>) -> Result<Node<'a>, Stop> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Stop::Problem(too_deep(&self.path)));
        }
        self.at += 1;
        let node = inner(self)?;
        self.depth -= 1;
        Ok(node)
    }

    fn object(&mut self) -> Result<Node<'a>, Stop> {
        let mut members: Vec<(Cow<'a, str>, Node<'a>)> = Vec::new();
        let mut many: BTreeSet<Cow<'a, str>> = BTreeSet::new();
        let base = self.path.len();
        loop {
            self.skip_space();
            match self.peek() {
                Some(b'}') if members.is_empty() => break,
                Some(b'}') => return Err(Stop::Syntax(Syntax::TrailingComma, self.at)),
                Some(b'"') => {}
                Some(_) => return Err(Stop::Syntax(Syntax::KeyMustBeString, self.at)),
                None => return Err(Stop::Syntax(Syntax::Eof, self.at)),
            }
            let key = self.string()?;
            if !self.path.is_empty() {
                self.path.push('.');
            }
            self.path.push_str(&key);
            if Self::repeated(&members, &mut many, key.clone()) {
                return Err(Stop::Problem(Problem::new(
                    ErrorCode::DuplicateField,
                    self.path.clone(),
                    w!(ScanDuplicateField { key: Arg::Str(crate::error::quote(&key).to_string().into()) }).text(),
                )));
            }
            self.skip_space();
            match self.peek() {
                Some(b':') => self.at += 1,
                Some(_) => return Err(Stop::Syntax(Syntax::ExpectedColon, self.at)),
                None => return Err(Stop::Syntax(Syntax::Eof, self.at)),
            }
            // Only a list asks where it stands.
            self.skip_space();
            let place = if self.peek() == Some(b'[') { Place::under(&key) } else { Place::Field };
            let value = self.value(place)?;
            self.path.truncate(base);
            members.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => break,
                Some(_) => return Err(Stop::Syntax(Syntax::ExpectedCommaOrBrace, self.at)),
                None => return Err(Stop::Syntax(Syntax::Eof, self.at)),
            }
        }
        self.at += 1;
        Ok(Node::Object(members))
    }

    /// Whether `key` is among the keys read so far: by looking through a few, by a set of many.
    fn repeated(members: &[(Cow<'a, str>, Node<'a>)], many: &mut BTreeSet<Cow<'a, str>>, key: Cow<'a, str>) -> bool {
        if members.len() < LINEAR_KEYS {
            return members.iter().any(|(k, _)| *k == key);
        }
        if many.is_empty() {
            many.extend(members.iter().map(|(k, _)| k.clone()));
        }
        !many.insert(key)
    }

    fn array(&mut self, max_items: usize, limit: &str) -> Result<Node<'a>, Stop> {
        let base = self.path.len();
        let mut items = Vec::new();
        loop {
            self.skip_space();
            match self.peek() {
                Some(b']') if items.is_empty() => break,
                Some(b']') => return Err(Stop::Syntax(Syntax::TrailingComma, self.at)),
                _ => {}
            }
            if items.len() >= max_items {
                return Err(Stop::Problem(list_too_long(&self.path, max_items, limit)));
            }
            let _ = write!(self.path, "[{}]", items.len());
            items.push(self.value(Place::Element)?);
            self.path.truncate(base);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => break,
                Some(_) => return Err(Stop::Syntax(Syntax::ExpectedCommaOrBracket, self.at)),
                None => return Err(Stop::Syntax(Syntax::Eof, self.at)),
            }
        }
        self.at += 1;
        Ok(Node::List(items))
    }

    /// A string from its opening quote: borrowed from the input when it has no escape (no
    /// allocation: most keys and values), else decoded.
    fn string(&mut self) -> Result<Cow<'a, str>, Stop> {
        let start = self.at + 1;
        let mut at = start;
        let mut chars = 0usize;
        while let Some(&b) = self.text.get(at) {
            match b {
                b'"' => {
                    let s = self.src.get(start..at).unwrap_or_default();
                    self.at = at + 1;
                    return Ok(Cow::Borrowed(s));
                }
                b'\\' => return self.string_escaped().map(Cow::Owned),
                0..=0x1f => return Err(Stop::Syntax(Syntax::ControlCharacter, at)),
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
        Err(Stop::Syntax(Syntax::Eof, at))
    }

    fn string_too_long(&self) -> Stop {
        Stop::Problem(string_too_long(&self.path, self.limits))
    }

    /// A string with escapes, decoded, from its opening quote.
    fn string_escaped(&mut self) -> Result<String, Stop> {
        self.at += 1;
        let mut out = String::new();
        let mut chars = 0usize;
        loop {
            let run = self.at;
            // A run of plain characters, copied whole.
            while let Some(b) = self.peek().filter(|b| !matches!(b, b'"' | b'\\' | 0..=0x1f)) {
                if b & 0xC0 != 0x80 {
                    chars += 1;
                }
                self.at += 1;
            }
            out.push_str(self.src.get(run..self.at).unwrap_or_default());
            if chars > self.limits.max_string_chars {
                return Err(self.string_too_long());
            }
            match self.peek() {
                None => return Err(Stop::Syntax(Syntax::Eof, self.at)),
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
                        Some(_) => return Err(Stop::Syntax(Syntax::InvalidEscape, self.at)),
                        None => return Err(Stop::Syntax(Syntax::Eof, self.at)),
                    };
                    chars += 1;
                    out.push(c);
                    self.at += 1;
                }
                Some(_) => return Err(Stop::Syntax(Syntax::ControlCharacter, self.at)),
            }
        }
        if chars > self.limits.max_string_chars {
            return Err(self.string_too_long());
        }
        self.at += 1;
        Ok(out)
    }

    /// The character of a `\uXXXX` escape (a surrogate pair read whole); on its last digit.
    fn unicode_escape(&mut self) -> Result<char, Stop> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if self.text.get(self.at + 1..self.at + 3) != Some(b"\\u".as_slice()) {
                return Err(Stop::Syntax(Syntax::InvalidUnicode, self.at));
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(Stop::Syntax(Syntax::InvalidUnicode, self.at));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or(Stop::Syntax(Syntax::InvalidUnicode, self.at))
    }

    /// Four hex digits after the current position; leaves the position on the last one.
    fn hex4(&mut self) -> Result<u32, Stop> {
        let mut value = 0u32;
        for _ in 0..4 {
            self.at += 1;
            let digit = match self.peek() {
                Some(b) => char::from(b).to_digit(16).ok_or(Stop::Syntax(Syntax::InvalidEscape, self.at))?,
                None => return Err(Stop::Syntax(Syntax::Eof, self.at)),
            };
            value = value * 16 + digit;
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(json: &str) -> Option<(ErrorCode, String)> {
        scan(json, false, &Limits::default()).err().map(|p| (p.code, p.path))
    }

    fn syntax(json: &str) -> Option<(String, String)> {
        scan(json, false, &Limits::default())
            .err()
            .filter(|p| p.code == ErrorCode::InvalidJson)
            .map(|p| (p.path, p.hint.map(|h| h.en.into_owned()).unwrap_or_default()))
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
    fn the_list_fields_are_sorted() {
        assert!(ARRAY_FIELDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn deep_nesting_is_a_limit() {
        let deep = format!("{}{}", "{\"a\":".repeat(10_000), "}".repeat(10_000));
        assert_eq!(problem(&deep).map(|p| p.0), Some(ErrorCode::LimitExceeded));
    }

    #[test]
    fn text_that_is_not_json_is_found_with_its_path_and_position() {
        let at = |path: &str, line: usize, column: usize| {
            Some((path.to_owned(), format!("the text stops being JSON at line {line}, column {column}")))
        };
        assert_eq!(syntax("{\"a\": "), at("a", 1, 6));
        assert_eq!(syntax("{\"a\": \"\\x\"}"), at("a", 1, 9));
        assert_eq!(syntax(""), at("", 1, 0));
        assert_eq!(syntax(r#"{"a":"\ud800"}"#), at("a", 1, 12));
        assert_eq!(syntax("{\"a\": tru}"), at("a", 1, 10));
        assert_eq!(syntax("{\"a\": 01}"), at("a", 1, 8));
        assert_eq!(syntax("{\"a\": 1.}"), at("a", 1, 9));
        assert_eq!(syntax("{\"a\": 1e999}"), at("a", 1, 11));
        assert_eq!(syntax("{\"a\": [1,]}"), None, "a list where none belongs is found first");
        assert_eq!(syntax("{\"covers\": [1,]}"), at("covers", 1, 15));
        assert_eq!(syntax("{\"a\": 1,}"), at("", 1, 9));
        assert_eq!(syntax("{\"a\": 1}\n x"), at("", 2, 2));
        assert_eq!(syntax("{\"a\": \"x\ty\"}"), at("a", 1, 9));
        assert_eq!(syntax("{a: 1}"), at("", 1, 2));
        for good in ["{}", "{\"a\": -0.5e+3}", "{\"a\": \"\\u00e5\\ud83d\\ude00\"}", " {\"a\" : null , \"b\":true} "] {
            assert!(scan(good, false, &Limits::default()).is_ok(), "{good}");
        }
    }
}
