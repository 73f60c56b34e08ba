//! A case given as a Python `dict`, read without JSON text. The dict becomes the same tree the
//! core's scanner builds from JSON text, and the core reads the case from that tree with the
//! scanner's checks and its one typed reader; so a case read here is exactly the case its
//! JSON text gives. Whatever the tree cannot hold as that text would (a float, whose text is
//! Python's `repr`; a subclass of dict or list; a type JSON does not have; nesting deeper
//! than any case; text over the input size limit) and every case with an error go the JSON
//! way, which reports the error with its path and message.

use digipolicy::unstable::{read_case, Node};
use digipolicy::{Case, Limits};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyInt, PyList, PyString, PyTuple};
use std::borrow::Cow;

/// Deeper than any valid case nests (the core's limit is 32); anything deeper goes the JSON
/// way, whose scanner reports it.
const MAX_DEPTH: usize = 33;

/// The case in `obj`, or `None` when it must go the JSON way.
pub fn case(obj: &Bound<'_, PyAny>, limits: &Limits) -> Option<Case> {
    obj.cast_exact::<PyDict>().ok()?;
    let mut size = Size { bytes: 0, max: limits.max_input_bytes };
    let tree = node(obj, 0, &mut size)?;
    read_case(tree, limits).ok()
}

/// An upper bound on the length of the JSON text `json.dumps` would write for what has been
/// read so far, and the limit it must stay within (beyond it, the JSON way reports the size).
struct Size {
    bytes: usize,
    max: usize,
}

impl Size {
    fn add(&mut self, n: usize) -> Option<()> {
        self.bytes = self.bytes.saturating_add(n);
        (self.bytes <= self.max).then_some(())
    }
}

/// The tree of `obj`, while its text stays within the size limit. Strings and dicts, the
/// commonest, are tried first; a bool before an int (a bool is an int in Python).
fn node(obj: &Bound<'_, PyAny>, depth: usize, size: &mut Size) -> Option<Node<'static>> {
    if let Ok(s) = obj.cast::<PyString>() {
        Some(Node::Text(Cow::Owned(text(s, size)?)))
    } else if depth >= MAX_DEPTH {
        None
    } else if let Ok(d) = obj.cast_exact::<PyDict>() {
        size.add(2)?;
        let mut members = Vec::with_capacity(d.len());
        for (key, value) in d.iter() {
            let key = text(key.cast::<PyString>().ok()?, size)?;
            size.add(4)?;
            members.push((Cow::Owned(key), node(&value, depth + 1, size)?));
        }
        Some(Node::Object(members))
    } else if let Ok(b) = obj.cast::<PyBool>() {
        size.add(5)?;
        Some(Node::Bool(b.is_true()))
    } else if obj.is_instance_of::<PyInt>() {
        // As `json.dumps` writes an int (also of a subclass such as an IntEnum): its digits,
        // at most 20 of them. Beyond 64 bits, the JSON way.
        size.add(20)?;
        match obj.extract::<i64>() {
            Ok(n) => Some(Node::Whole(n)),
            Err(_) => Some(Node::Number(Cow::Owned(obj.extract::<u64>().ok()?.to_string()))),
        }
    } else if obj.is_none() {
        size.add(4)?;
        Some(Node::Null)
    } else if let Ok(list) = obj.cast_exact::<PyList>() {
        size.add(2usize.saturating_add(list.len().saturating_mul(2)))?;
        list.iter().map(|item| node(&item, depth + 1, size)).collect::<Option<_>>().map(Node::List)
    } else if let Ok(tuple) = obj.cast_exact::<PyTuple>() {
        size.add(2usize.saturating_add(tuple.len().saturating_mul(2)))?;
        tuple.iter().map(|item| node(&item, depth + 1, size)).collect::<Option<_>>().map(Node::List)
    } else {
        None
    }
}

/// A Python string's text; its JSON is at most six bytes a character (`\u001f`, and a
/// character is at least one byte), and the quotes.
fn text(s: &Bound<'_, PyString>, size: &mut Size) -> Option<String> {
    let text = s.to_cow().ok()?.into_owned();
    size.add(2usize.saturating_add(text.len().saturating_mul(6)))?;
    Some(text)
}
