//! Strict JSON parsing with paths: an unknown field, a wrong type, a duplicate field or
//! trailing text is a [`Problem`] that names the JSON path of the field and has a stable code.

use crate::error::Problem;
use crate::input::limits::Limits;
use serde::de::DeserializeOwned;

/// Parses `json` strictly into `T`: unknown fields, wrong types, duplicate fields, a list
/// where the contract has an object, nesting deeper than [`crate::input::scan::MAX_DEPTH`]
/// and trailing text are problems located by their JSON path. A leading byte-order mark is
/// ignored, as RFC 8259 allows.
pub fn parse<T: DeserializeOwned>(json: &str) -> Result<T, Problem> {
    parse_within(json, false, &Limits::default())
}

#[cfg(feature = "analysis")]
/// Like [`parse`] for an input that may also be a list as a whole (`align`'s initiatives).
pub fn parse_list_or_object<T: DeserializeOwned>(json: &str) -> Result<T, Problem> {
    parse_within(json, true, &Limits::default())
}

/// Like [`parse`] under `limits` (input size, list lengths, string lengths); `list_at_root`
/// allows a list as the whole input.
pub fn parse_within<T: DeserializeOwned>(json: &str, list_at_root: bool, limits: &Limits) -> Result<T, Problem> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let tree = crate::input::scan::scan(json, list_at_root, limits)?;
    crate::input::tree::read(tree).map_err(crate::input::messages::from_fault)
}

/// Reads `T` from a tree a binding built from its runtime's objects, exactly as from the
/// JSON text of those objects: the scanner's checks over the tree, then the typed reader.
pub fn read_tree<T: DeserializeOwned>(
    node: crate::input::tree::Node<'_>,
    list_at_root: bool,
    limits: &Limits,
) -> Result<T, Problem> {
    crate::input::scan::check_tree(&node, list_at_root, limits)?;
    crate::input::tree::read(node).map_err(crate::input::messages::from_fault)
}

#[cfg(feature = "analysis")]
/// Reads a JSON value strictly into `T`, like [`parse`].
pub fn parse_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, Problem> {
    // Through the text, so that an error has a position and so a path.
    parse(&value.to_string())
}

/// Reads one of the library's own outputs (a decision, accounts) given back as JSON, as
/// strictly as an input: a repeated key, an unknown or missing field or a wrong type is a
/// problem at its path; a list may stand under any key (an output's lists have names an
/// input does not).
#[cfg(feature = "analysis")]
pub(crate) fn parse_output<T: DeserializeOwned>(json: &str) -> Result<T, Problem> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let limits = Limits::default();
    let tree = crate::input::scan::scan_record(json, 1, &limits)?;
    crate::input::tree::read(tree).map_err(crate::input::messages::from_fault)
}

#[cfg(feature = "analysis")]
impl crate::model::decision::Decision {
    /// A decision from its JSON (what `decide` writes), read as strictly as a record: a
    /// repeated key, an unknown or missing field or a wrong type is an error at its path.
    pub fn from_json(json: &str) -> Result<crate::model::decision::Decision, crate::error::Error> {
        parse_output(json).map_err(|p| crate::error::Error::InvalidCase(crate::error::Problems::one(p)))
    }
}
