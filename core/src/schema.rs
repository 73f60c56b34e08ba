//! JSON Schemas of the contract, generated from the Rust types by schemars. The committed
//! files in `schemas/` are these, byte for byte (a test fails when they drift).

use schemars::JsonSchema;

/// The schemas the library publishes, by name.
pub const NAMES: &[&str] =
    &["case", "decision", "review", "organisation", "scope", "initiative", "classification", "policy", "error"];

/// The JSON Schema called `name` (one of [`NAMES`]), or `None` for an unknown name.
pub fn schema(name: &str) -> Option<serde_json::Value> {
    match name {
        "case" => Some(generate::<crate::Case>()),
        "decision" => Some(generate::<crate::Decision>()),
        "review" => Some(generate::<crate::Review>()),
        "organisation" => Some(generate::<crate::Organisation>()),
        "scope" => Some(generate::<crate::Scope>()),
        "initiative" => Some(generate::<crate::Initiative>()),
        "classification" => Some(generate::<crate::Classification>()),
        "policy" => Some(generate::<crate::PolicyPack>()),
        "error" => Some(generate::<crate::ffi::ErrorReport>()),
        _ => None,
    }
}

/// The schema as the committed file holds it: pretty JSON with a final newline.
pub fn schema_text(name: &str) -> Option<String> {
    let value = schema(name)?;
    serde_json::to_string_pretty(&value).ok().map(|s| s + "\n")
}

fn generate<T: JsonSchema>() -> serde_json::Value {
    schemars::schema_for!(T).to_value()
}
