//! The typed reader: the contract's types read from a [`Node`] tree (what the scanner builds
//! from JSON text) by serde, with this module's own error type. Every error is raised through
//! one of serde's structured calls (an unknown field with the allowed names, a missing field,
//! a value of the wrong kind where this reader knows what it was asked for), so its code and
//! wording are decided by what happened, never by reading a message's text; the path is
//! tracked as the reader descends.

use serde::de::value::StrDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, Expected, MapAccess, SeqAccess, Unexpected, Visitor};
use std::borrow::Cow;
use std::fmt;

/// A JSON value as the scanner read it from text (or a binding built it from its runtime's
/// objects): strings borrowed from the text where they have no escapes, numbers kept as
/// their text until a type asks for one.
#[derive(Debug, Clone, PartialEq)]
pub enum Node<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written (JSON's grammar, checked by the scanner).
    Number(Cow<'a, str>),
    /// A whole number a binding read from its runtime's integer (the value `Number` would
    /// have for its digits, without writing them).
    Whole(i64),
    /// A string, decoded.
    Text(Cow<'a, str>),
    /// A list.
    List(Vec<Node<'a>>),
    /// An object's members in the order written (no key twice).
    Object(Vec<(Cow<'a, str>, Node<'a>)>),
}

/// Why text is not JSON: the scanner's own classification of where it stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Syntax {
    /// The text ends inside a value.
    Eof,
    /// Something other than a value where a value belongs.
    ExpectedValue,
    /// A word that is not `true`, `false` or `null`.
    ExpectedWord,
    /// Neither `,` nor `}` after a member.
    ExpectedCommaOrBrace,
    /// Neither `,` nor `]` after an item.
    ExpectedCommaOrBracket,
    /// No `:` after a key.
    ExpectedColon,
    /// More text after the value.
    TrailingCharacters,
    /// A `,` right before `}` or `]`.
    TrailingComma,
    /// A key that is not a quoted string.
    KeyMustBeString,
    /// A backslash escape JSON does not have.
    InvalidEscape,
    /// A number that breaks JSON's grammar.
    InvalidNumber,
    /// A number too large for any JSON reader.
    NumberOutOfRange,
    /// A raw control character inside a string.
    ControlCharacter,
    /// A `\u` escape that is no Unicode character (a lone surrogate).
    InvalidUnicode,
}

/// What the reader was asked for when it found something else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wanted {
    /// A whole number.
    Whole,
    /// Any number.
    Number,
    /// A string.
    Text,
    /// `true` or `false`.
    Bool,
    /// A list.
    List,
    /// An object.
    Object,
    /// One of an enumeration's names.
    OneOf,
    /// Anything else (a value read as it comes).
    Other,
}

/// A value found where another was wanted, described for the message.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Found {
    /// A string.
    Text(String),
    /// A whole number, as written.
    Whole(String),
    /// A number with a fraction or an exponent, as a float prints.
    Number(String),
    /// `true` or `false`.
    Bool(bool),
    /// `null`.
    Null,
    /// A list.
    List,
    /// An object.
    Object,
    /// Something serde describes otherwise.
    Other(String),
}

impl Found {
    /// A number as it was written: a whole number when it is one.
    fn number(text: &str) -> Found {
        match number(text) {
            Num::Unsigned(_) | Num::Signed(_) => Found::Whole((*text).to_owned()),
            Num::Float(_) => Found::Number((*text).to_owned()),
        }
    }

    fn of(unexpected: &Unexpected<'_>) -> Found {
        match *unexpected {
            Unexpected::Bool(b) => Found::Bool(b),
            Unexpected::Unsigned(n) => Found::Whole(n.to_string()),
            Unexpected::Signed(n) => Found::Whole(n.to_string()),
            Unexpected::Float(f) => Found::Number(crate::text::float_text(f)),
            Unexpected::Char(c) => Found::Text(c.to_string()),
            Unexpected::Str(s) => Found::Text(s.to_owned()),
            Unexpected::Unit | Unexpected::Option => Found::Null,
            Unexpected::Seq => Found::List,
            Unexpected::Map => Found::Object,
            // Named here rather than through `Unexpected`'s `Display`, which would bring the
            // standard float formatter into the browser build for its `Float` arm.
            Unexpected::Bytes(_) => Found::Other("bytes".to_owned()),
            Unexpected::NewtypeStruct => Found::Other("newtype struct".to_owned()),
            Unexpected::Enum => Found::Other("enum".to_owned()),
            Unexpected::UnitVariant => Found::Other("unit variant".to_owned()),
            Unexpected::NewtypeVariant => Found::Other("newtype variant".to_owned()),
            Unexpected::TupleVariant => Found::Other("tuple variant".to_owned()),
            Unexpected::StructVariant => Found::Other("struct variant".to_owned()),
            Unexpected::Other(s) => Found::Other(s.to_owned()),
        }
    }

    fn of_node(node: &Node<'_>) -> Found {
        match node {
            Node::Null => Found::Null,
            Node::Bool(b) => Found::Bool(*b),
            Node::Number(text) => Found::number(text),
            Node::Whole(n) => Found::Whole(n.to_string()),
            Node::Text(s) => Found::Text(s.to_string()),
            Node::List(_) => Found::List,
            Node::Object(_) => Found::Object,
        }
    }
}

/// What went wrong, by the serde call that raised it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Kind {
    /// A key the type does not have, with the names it has.
    UnknownField { given: String, allowed: &'static [&'static str] },
    /// A name the enumeration does not have, with the names it has.
    UnknownVariant { given: String, allowed: &'static [&'static str] },
    /// A required field is absent.
    MissingField(&'static str),
    /// A field given twice.
    DuplicateField(&'static str),
    /// A value of another kind than asked for; `expecting` is what the type says it reads.
    WrongType { found: Found, wanted: Option<Wanted>, expecting: String },
    /// A value of the right kind that the type refuses (out of range, not a date, …).
    BadValue { found: Found, wanted: Option<Wanted>, expecting: String },
    /// A list of the wrong length.
    Length(usize),
    /// Anything else a type reports in its own words.
    Other(String),
}

/// One step of a path: a member's key or a list's index.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Step {
    /// A member's key.
    Key(String),
    /// A list's index.
    Index(usize),
}

/// The JSON path of `steps` given innermost first, as the contract writes paths (`a.b[0].c`).
pub(crate) fn path_of(steps: &[Step]) -> String {
    let mut out = String::new();
    for step in steps.iter().rev() {
        match step {
            Step::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Step::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// The typed reader's error: what went wrong and where.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Fault {
    /// What went wrong.
    pub kind: Kind,
    /// The path from the value that failed out to the root (innermost first).
    steps: Vec<Step>,
}

impl Fault {
    fn new(kind: Kind) -> Fault {
        Fault { kind, steps: Vec::new() }
    }

    /// The JSON path of the value that failed, as the contract writes paths (`a.b[0].c`).
    pub fn path(&self) -> String {
        path_of(&self.steps)
    }

    fn within(mut self, step: Step) -> Fault {
        self.steps.push(step);
        self
    }

    /// Records what the reader was asked for, unless a deeper reader already did.
    fn wanting(mut self, asked: Wanted) -> Fault {
        if let Kind::WrongType { wanted, .. } | Kind::BadValue { wanted, .. } = &mut self.kind {
            wanted.get_or_insert(asked);
        }
        self
    }

    /// A node of another kind than `wanted`, for a visitor that says what it reads.
    /// Shows a number found where it was refused as it was written (`1e2`, not `100.0`).
    fn written(mut self, text: &str) -> Fault {
        if let Kind::WrongType { found, .. } | Kind::BadValue { found, .. } = &mut self.kind {
            if matches!(found, Found::Whole(_) | Found::Number(_)) {
                *found = Found::number(text);
            }
        }
        self
    }

    fn wrong(node: &Node<'_>, wanted: Wanted, expecting: &dyn Expected) -> Fault {
        Fault::new(Kind::WrongType {
            found: Found::of_node(node),
            wanted: Some(wanted),
            expecting: expecting.to_string(),
        })
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} at {}", self.kind, self.path())
    }
}

impl std::error::Error for Fault {}

impl de::Error for Fault {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Fault::new(Kind::Other(msg.to_string()))
    }

    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        Fault::new(Kind::WrongType { found: Found::of(&unexp), wanted: None, expecting: exp.to_string() })
    }

    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        Fault::new(Kind::BadValue { found: Found::of(&unexp), wanted: None, expecting: exp.to_string() })
    }

    fn invalid_length(len: usize, _: &dyn Expected) -> Self {
        Fault::new(Kind::Length(len))
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Fault::new(Kind::UnknownVariant { given: variant.to_owned(), allowed: expected })
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        Fault::new(Kind::UnknownField { given: field.to_owned(), allowed: expected })
    }

    fn missing_field(field: &'static str) -> Self {
        Fault::new(Kind::MissingField(field))
    }

    fn duplicate_field(field: &'static str) -> Self {
        Fault::new(Kind::DuplicateField(field))
    }
}

/// A number's value as JSON readers take it: a whole number when it has neither fraction nor
/// exponent and fits 64 bits, else a float.
enum Num {
    Unsigned(u64),
    Signed(i64),
    Float(f64),
}

fn number(text: &str) -> Num {
    if !text.contains(['.', 'e', 'E']) {
        if let Ok(n) = text.parse::<u64>() {
            return Num::Unsigned(n);
        }
        if let Ok(n) = text.parse::<i64>() {
            return Num::Signed(n);
        }
    }
    Num::Float(float(text))
}

/// Powers of ten a float holds exactly.
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// The float a number's text (JSON's grammar, checked by the scanner) stands for: exact when
/// its digits fit 53 bits and its power of ten is within ±22 (every number a pack or a case
/// writes), else within a few units in the last place (so a number within those of the
/// largest float may count as overflowing); infinite when it overflows. The same
/// code runs in every runtime, so the result is the same everywhere. (Written here rather than
/// with `str::parse`, whose tables would add a tenth to the browser module.)
pub(crate) fn float(text: &str) -> f64 {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (number, exponent) = match rest.find(['e', 'E']) {
        Some(i) => (rest.get(..i).unwrap_or_default(), rest.get(i + 1..).unwrap_or_default()),
        None => (rest, ""),
    };
    // An exponent too long for 64 bits is as good as infinite either way.
    let exponent: i64 = match exponent {
        "" => 0,
        e => e.trim_start_matches('+').parse().unwrap_or(if e.starts_with('-') { i64::MIN / 2 } else { i64::MAX / 2 }),
    };
    let (mut mantissa, mut power) = (0u64, 0i64);
    let mut after_point = false;
    for b in number.bytes() {
        match b {
            b'.' => after_point = true,
            b'0'..=b'9' if mantissa < 1_000_000_000_000_000_000 => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                power -= i64::from(after_point);
            }
            // Digits past nineteen only scale the number (before the point) or are dropped.
            _ => power += i64::from(!after_point),
        }
    }
    let power = power.saturating_add(exponent);
    let value = if mantissa == 0 {
        0.0
    } else if mantissa < (1 << 53) && (-22..=22).contains(&power) {
        let scale = EXACT_POWERS.get(power.unsigned_abs() as usize).copied().unwrap_or(1.0);
        if power < 0 {
            mantissa as f64 / scale
        } else {
            mantissa as f64 * scale
        }
    } else {
        // In two steps, so that neither overflows nor underflows on its way.
        let power = power.clamp(-800, 800) as i32;
        mantissa as f64 * 10f64.powi(power / 2) * 10f64.powi(power - power / 2)
    };
    if negative {
        -value
    } else {
        value
    }
}

/// Reads `T` from `node`, which it consumes: a string the tree owns (one with escapes, or
/// one a binding built) moves into the value without a copy.
pub(crate) fn read<T: de::DeserializeOwned>(mut node: Node<'_>) -> Result<T, Fault> {
    T::deserialize(At(&mut node))
}

/// The reader at one node of the tree.
struct At<'n, 'a>(&'n mut Node<'a>);

impl At<'_, '_> {
    fn number<'de, V: Visitor<'de>>(self, visitor: V, asked: Wanted) -> Result<V::Value, Fault> {
        match self.0 {
            Node::Number(text) => match number(text) {
                Num::Unsigned(n) => visitor.visit_u64(n),
                Num::Signed(n) => visitor.visit_i64(n),
                Num::Float(f) => visitor.visit_f64(f),
            }
            .map_err(|f: Fault| f.wanting(asked).written(text)),
            Node::Whole(n) => match u64::try_from(*n) {
                Ok(n) => visitor.visit_u64(n),
                Err(_) => visitor.visit_i64(*n),
            }
            .map_err(|f: Fault| f.wanting(asked).written(&n.to_string())),
            other => Err(Fault::wrong(other, asked, &visitor)),
        }
    }

    fn text<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        match self.0 {
            Node::Text(Cow::Owned(s)) => visitor.visit_string(std::mem::take(s)),
            Node::Text(Cow::Borrowed(s)) => visitor.visit_str(s),
            other => return Err(Fault::wrong(other, Wanted::Text, &visitor)),
        }
        .map_err(|f: Fault| f.wanting(Wanted::Text))
    }

    fn list<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        match self.0 {
            Node::List(items) => visitor.visit_seq(Items { items: items.iter_mut(), index: 0 }),
            other => Err(Fault::wrong(other, Wanted::List, &visitor)),
        }
    }

    fn object<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        match self.0 {
            Node::Object(members) => visitor.visit_map(Members { members: members.iter_mut(), value: None }),
            // Never a list for an object: serde's derived readers would bind it by position.
            other => Err(Fault::wrong(other, Wanted::Object, &visitor)),
        }
        .map_err(|f: Fault| f.wanting(Wanted::Object))
    }
}

macro_rules! numbers {
    ($($method:ident => $wanted:expr,)*) => {
        $(fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
            self.number(visitor, $wanted)
        })*
    };
}

impl<'de> Deserializer<'de> for At<'_, '_> {
    type Error = Fault;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        match &*self.0 {
            Node::Null => visitor.visit_unit(),
            Node::Bool(b) => visitor.visit_bool(*b),
            Node::Number(_) | Node::Whole(_) => self.number(visitor, Wanted::Other),
            Node::Text(_) => self.text(visitor),
            Node::List(_) => self.list(visitor),
            Node::Object(_) => self.object(visitor),
        }
        .map_err(|f: Fault| f.wanting(Wanted::Other))
    }

    numbers! {
        deserialize_i8 => Wanted::Whole,
        deserialize_i16 => Wanted::Whole,
        deserialize_i32 => Wanted::Whole,
        deserialize_i64 => Wanted::Whole,
        deserialize_i128 => Wanted::Whole,
        deserialize_u8 => Wanted::Whole,
        deserialize_u16 => Wanted::Whole,
        deserialize_u32 => Wanted::Whole,
        deserialize_u64 => Wanted::Whole,
        deserialize_u128 => Wanted::Whole,
        deserialize_f32 => Wanted::Number,
        deserialize_f64 => Wanted::Number,
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        match self.0 {
            Node::Bool(b) => visitor.visit_bool(*b).map_err(|f: Fault| f.wanting(Wanted::Bool)),
            other => Err(Fault::wrong(other, Wanted::Bool, &visitor)),
        }
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        self.text(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        self.text(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        self.text(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        self.list(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        self.list(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        if matches!(self.0, Node::Null) {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        match self.0 {
            Node::Null => visitor.visit_unit(),
            other => Err(Fault::wrong(other, Wanted::Other, &visitor)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, Fault> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, Fault> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        self.list(visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, Fault> {
        self.list(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, Fault> {
        self.list(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        self.object(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Fault> {
        self.object(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Fault> {
        // The contract's enumerations are names; a name is read as a unit variant.
        match self.0 {
            Node::Text(s) => visitor.visit_enum(StrDeserializer::new(s)),
            other => Err(Fault::wrong(other, Wanted::OneOf, &visitor)),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        self.text(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fault> {
        visitor.visit_unit()
    }
}

/// A list's items, each read at its index.
struct Items<'n, 'a> {
    items: std::slice::IterMut<'n, Node<'a>>,
    index: usize,
}

impl<'de> SeqAccess<'de> for Items<'_, '_> {
    type Error = Fault;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Fault> {
        let Some(node) = self.items.next() else { return Ok(None) };
        let index = self.index;
        self.index += 1;
        seed.deserialize(At(node)).map(Some).map_err(|f: Fault| f.within(Step::Index(index)))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// An object's members, each value read under its key.
struct Members<'n, 'a> {
    members: std::slice::IterMut<'n, (Cow<'a, str>, Node<'a>)>,
    value: Option<(&'n str, &'n mut Node<'a>)>,
}

impl<'de> MapAccess<'de> for Members<'_, '_> {
    type Error = Fault;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Fault> {
        let Some((key, node)) = self.members.next() else { return Ok(None) };
        let key: &str = key;
        let field = seed.deserialize(StrDeserializer::new(key)).map_err(|f: Fault| f.within(Step::Key(key.to_owned())));
        self.value = Some((key, node));
        field.map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Fault> {
        match self.value.take() {
            Some((key, node)) => seed.deserialize(At(node)).map_err(|f: Fault| f.within(Step::Key(key.to_owned()))),
            None => Err(de::Error::custom("a value was read before its key")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.members.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numbers_read_as_a_json_reader_reads_them() {
        for text in ["0", "-0", "1", "2.5", "0.1", "0.3", "-12.75", "1e2", "1E-2", "3.0e+1", "123456789012345678"] {
            assert_eq!(float(text).to_bits(), text.parse::<f64>().unwrap().to_bits(), "{text}");
        }
        assert!(float("1e999").is_infinite() && float("-1e999").is_infinite());
        assert_eq!(float("1e-999"), 0.0);
        let big = "1".repeat(400);
        assert!(float(&big).is_infinite());
        // Near the largest float, within a few units in the last place of it.
        assert!((float("1.79e308") / 1.79e308 - 1.0).abs() < 1e-14);
        assert!(float("1.8e308").is_infinite());
        assert!(matches!(number("18446744073709551615"), Num::Unsigned(u64::MAX)));
        assert!(matches!(number("-9223372036854775808"), Num::Signed(i64::MIN)));
        assert!(matches!(number("18446744073709551616"), Num::Float(_)));
    }

    proptest! {
        /// Exact where a float holds the digits and the power, and close everywhere else.
        #[test]
        fn floats_agree_with_the_standard_reader(m in 0u64..(1 << 53), point in 0usize..17, e in -330i32..330) {
            let digits = m.to_string();
            let point = point.min(digits.len());
            let (int, frac) = digits.split_at(digits.len() - point);
            let text = format!("{}{}{}e{e}", if int.is_empty() { "0" } else { int }, if frac.is_empty() { "" } else { "." }, frac);
            let expected = text.parse::<f64>().unwrap();
            let got = float(&text);
            let power = i64::from(e) - point as i64;
            if (-22..=22).contains(&power) {
                prop_assert_eq!(got.to_bits(), expected.to_bits(), "{}", text);
            } else if expected.is_normal() {
                prop_assert!(((got - expected) / expected).abs() < 1e-14, "{} {} {}", text, got, expected);
            }
        }
    }
}
