//! A Python object as JSON text, written in Rust under the GIL: byte for byte what
//! `json.dumps(obj, ensure_ascii=False)` writes (same separators, escapes, number forms,
//! `NaN`/`Infinity`, key conversions and errors), so the core sees the same text and reports
//! the same paths and positions, without the Python encoder's cost.

use pyo3::exceptions::{PyRecursionError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use std::fmt::Write as _;

/// How deep containers may nest before the encoder gives up, as Python's recursion limit
/// does for `json.dumps`.
const MAX_DEPTH: usize = 900;

/// `json.dumps(obj, ensure_ascii=False)`, in Rust.
pub fn dumps(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    let mut out = String::with_capacity(4096);
    let mut stack: Vec<usize> = Vec::new();
    write_value(obj, &mut out, &mut stack)?;
    Ok(out)
}

fn write_value(obj: &Bound<'_, PyAny>, out: &mut String, stack: &mut Vec<usize>) -> PyResult<()> {
    if obj.is_none() {
        out.push_str("null");
    } else if let Ok(s) = obj.cast::<PyString>() {
        write_str(&s.to_cow()?, out);
    } else if let Ok(b) = obj.cast::<PyBool>() {
        out.push_str(if b.is_true() { "true" } else { "false" });
    } else if obj.is_instance_of::<PyInt>() {
        // int.__repr__, as json.dumps writes an int (or a subclass of it): decimal digits;
        // an int beyond 64 bits asks Python for them.
        match obj.extract::<i64>() {
            Ok(n) => {
                let _ = write!(out, "{n}");
            }
            Err(_) => {
                out.push_str(&obj.py().get_type::<PyInt>().call_method1("__repr__", (obj,))?.extract::<String>()?)
            }
        }
    } else if obj.is_instance_of::<PyFloat>() {
        write_float(obj, out)?;
    } else if let Ok(d) = obj.cast::<PyDict>() {
        enter(obj, stack)?;
        out.push('{');
        for (i, (k, v)) in d.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            write_key(&k, out)?;
            out.push_str(": ");
            write_value(&v, out, stack)?;
        }
        out.push('}');
        stack.pop();
    } else if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        enter(obj, stack)?;
        out.push('[');
        for (i, item) in obj.try_iter()?.enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            write_value(&item?, out, stack)?;
        }
        out.push(']');
        stack.pop();
    } else {
        let name = obj.get_type().name()?;
        return Err(PyTypeError::new_err(format!("Object of type {name} is not JSON serializable")));
    }
    Ok(())
}

/// A container is entered once on the way down: a cycle or too deep a nesting is an error.
fn enter(obj: &Bound<'_, PyAny>, stack: &mut Vec<usize>) -> PyResult<()> {
    let id = obj.as_ptr() as usize;
    if stack.contains(&id) {
        return Err(PyValueError::new_err("Circular reference detected"));
    }
    if stack.len() >= MAX_DEPTH {
        return Err(PyRecursionError::new_err("maximum recursion depth exceeded while encoding a JSON object"));
    }
    stack.push(id);
    Ok(())
}

fn write_key(k: &Bound<'_, PyAny>, out: &mut String) -> PyResult<()> {
    if let Ok(s) = k.cast::<PyString>() {
        write_str(&s.to_cow()?, out);
        return Ok(());
    }
    let mut text = String::new();
    if k.is_none() {
        text.push_str("null");
    } else if let Ok(b) = k.cast::<PyBool>() {
        text.push_str(if b.is_true() { "true" } else { "false" });
    } else if k.is_instance_of::<PyInt>() {
        text = k.py().get_type::<PyInt>().call_method1("__repr__", (k,))?.extract()?;
    } else if k.is_instance_of::<PyFloat>() {
        write_float(k, &mut text)?;
    } else {
        let name = k.get_type().name()?;
        return Err(PyTypeError::new_err(format!("keys must be str, int, float, bool or None, not {name}")));
    }
    write_str(&text, out);
    Ok(())
}

/// `float.__repr__`, or `NaN`, `Infinity`, `-Infinity` (json.dumps' `allow_nan`).
fn write_float(obj: &Bound<'_, PyAny>, out: &mut String) -> PyResult<()> {
    let x: f64 = obj.extract()?;
    if x.is_nan() {
        out.push_str("NaN");
    } else if x == f64::INFINITY {
        out.push_str("Infinity");
    } else if x == f64::NEG_INFINITY {
        out.push_str("-Infinity");
    } else {
        out.push_str(&obj.py().get_type::<PyFloat>().call_method1("__repr__", (obj,))?.extract::<String>()?);
    }
    Ok(())
}

/// A string as json.dumps writes it with `ensure_ascii=False`: `"` and `\` escaped, the
/// control characters as `\n`, `\r`, `\t`, `\b`, `\f` or `\u00xx`, everything else as is.
fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
