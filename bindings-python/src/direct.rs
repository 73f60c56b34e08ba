//! A case given as a Python `dict`, read straight into the core's [`Case`] without JSON text
//! (issue 11), with exactly the JSON path's results.
//!
//! A strict reader over the Python objects feeds the same serde definitions the JSON reader
//! uses, dispatching on the Python type as the JSON reader dispatches on the token (a `bool`
//! is never a number, a text never a list), and checks as it goes what the core's scanner
//! checks in JSON text: a list only as the value of a key that holds one in the contract,
//! never a list in a list, list lengths by key, string lengths, nesting, and an upper bound
//! on the size of the text `json.dumps` would write. Whenever it stops, the caller takes the
//! JSON path (the Rust `json.dumps` and the core's strict
//! reader), so every error — code, path, message — is exactly the one the JSON text gets,
//! and nothing is accepted here that the JSON path refuses.

use digipolicy::unstable::ARRAY_FIELDS;
use digipolicy::{Case, Limits};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyInt, PyList, PyString, PyTuple};
use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use std::cell::Cell;
use std::fmt;

/// Deeper than any valid case nests; anything deeper goes the JSON way, whose scanner
/// reports it.
const MAX_DEPTH: usize = 16;

/// The case in `obj`, or `None` when it must go the JSON way (invalid, over a limit, or of a
/// kind this reader does not take).
pub fn case(obj: &Bound<'_, PyAny>, limits: &Limits) -> Option<Case> {
    obj.cast_exact::<PyDict>().ok()?;
    let read = Read { limits, bytes: Cell::new(0) };
    let case = serde::Deserialize::deserialize(Object { obj, read: &read, key: None, depth: 0 }).ok()?;
    (read.bytes.get() <= limits.max_input_bytes).then_some(case)
}

/// What one reading checks as it goes: the limits, and `bytes`, an upper bound on the length
/// of the JSON text `json.dumps` would write.
struct Read<'a> {
    limits: &'a Limits,
    bytes: Cell<usize>,
}

impl Read<'_> {
    fn add(&self, bytes: usize) {
        self.bytes.set(self.bytes.get().saturating_add(bytes));
    }

    /// A text's characters as the scanner counts them (code points), within the limit; one
    /// is at most six bytes of JSON (`\u001f`), and the quotes.
    fn text<'s>(&self, s: &'s Bound<'_, PyString>) -> Result<std::borrow::Cow<'s, str>, Stop> {
        let chars = s.len().map_err(|_| Stop)?;
        if chars > self.limits.max_string_chars {
            return Err(Stop);
        }
        self.add(2 + 6 * chars);
        s.to_cow().map_err(|_| Stop)
    }
}

/// Why the strict reader stopped; its text is never shown (the JSON way reports instead).
#[derive(Debug)]
struct Stop;

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not read directly")
    }
}

impl std::error::Error for Stop {}

impl de::Error for Stop {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Stop
    }
}

/// A Python object as serde input, read as serde_json reads the JSON it would be. `key` is
/// the key it is the value of (none for a list's item): a list is taken only under a key
/// that holds one in the contract (`ARRAY_FIELDS`), as the scanner allows.
struct Object<'a, 'py> {
    obj: &'a Bound<'py, PyAny>,
    read: &'a Read<'a>,
    key: Option<&'a str>,
    depth: usize,
}

impl<'de> de::Deserializer<'de> for Object<'_, '_> {
    type Error = Stop;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Stop> {
        let obj = self.obj;
        if obj.is_none() {
            self.read.add(4);
            visitor.visit_unit()
        } else if let Ok(b) = obj.cast::<PyBool>() {
            self.read.add(5);
            visitor.visit_bool(b.is_true())
        } else if obj.is_instance_of::<PyInt>() {
            self.read.add(20);
            // As serde_json: a number without sign is unsigned; beyond 64 bits, not read.
            match obj.extract::<u64>() {
                Ok(n) => visitor.visit_u64(n),
                Err(_) => visitor.visit_i64(obj.extract::<i64>().map_err(|_| Stop)?),
            }
        } else if let Ok(s) = obj.cast::<PyString>() {
            visitor.visit_str(&self.read.text(s)?)
        } else if let Ok(d) = obj.cast_exact::<PyDict>() {
            if self.depth >= MAX_DEPTH {
                return Err(Stop);
            }
            self.read.add(2);
            let mut items = d.iter();
            visitor.visit_map(Entries { items: &mut items, value: None, read: self.read, depth: self.depth + 1 })
        } else if obj.is_exact_instance_of::<PyList>() || obj.is_exact_instance_of::<PyTuple>() {
            let key = self.key.filter(|k| ARRAY_FIELDS.contains(k)).ok_or(Stop)?;
            let (max, _) = self.read.limits.for_list(key);
            let len = obj.len().map_err(|_| Stop)?;
            if len > max || self.depth >= MAX_DEPTH {
                return Err(Stop);
            }
            self.read.add(2 + 2 * len);
            let mut items = obj.try_iter().map_err(|_| Stop)?;
            visitor.visit_seq(Items { items: &mut items, read: self.read, depth: self.depth + 1 })
        } else {
            // A float (a case has no decimal fields), a subclass of dict or list, or a type
            // JSON does not have: the JSON way reports it.
            Err(Stop)
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Stop> {
        if self.obj.is_none() {
            self.read.add(4);
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Stop> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Stop> {
        // The contract's enums are names: a text, as serde_json reads a unit variant.
        let s = self.obj.cast::<PyString>().map_err(|_| Stop)?;
        let name = self.read.text(s)?;
        visitor.visit_enum(name.as_ref().into_deserializer())
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}

/// A dict's entries as serde map access; every key a text.
struct Entries<'a, 'py> {
    items: &'a mut pyo3::types::iter::BoundDictIterator<'py>,
    value: Option<(Bound<'py, PyAny>, String)>,
    read: &'a Read<'a>,
    depth: usize,
}

impl<'de> MapAccess<'de> for Entries<'_, '_> {
    type Error = Stop;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Stop> {
        let Some((k, v)) = self.items.next() else { return Ok(None) };
        let name = self.read.text(k.cast::<PyString>().map_err(|_| Stop)?)?.into_owned();
        self.read.add(4);
        let field = seed.deserialize(name.as_str().into_deserializer());
        self.value = Some((v, name));
        field.map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Stop> {
        let (value, key) = self.value.take().ok_or(Stop)?;
        seed.deserialize(Object { obj: &value, read: self.read, key: Some(&key), depth: self.depth })
    }
}

/// A list's items as serde sequence access; an item is never a list, as in the scanner.
struct Items<'a, 'py> {
    items: &'a mut Bound<'py, pyo3::types::PyIterator>,
    read: &'a Read<'a>,
    depth: usize,
}

impl<'de> SeqAccess<'de> for Items<'_, '_> {
    type Error = Stop;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Stop> {
        match self.items.next() {
            Some(item) => {
                let item = item.map_err(|_| Stop)?;
                seed.deserialize(Object { obj: &item, read: self.read, key: None, depth: self.depth }).map(Some)
            }
            None => Ok(None),
        }
    }
}
