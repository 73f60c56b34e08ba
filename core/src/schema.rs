//! JSON Schemas of the contract, generated from the Rust types by schemars. The committed
//! files in `schemas/` are these, byte for byte (a test fails when they drift).

use schemars::JsonSchema;

/// The schemas the library publishes, by name.
pub const NAMES: &[&str] = &[
    "case",
    "decision",
    "review",
    "organisation",
    "scope",
    "initiative",
    "classification",
    "policy",
    "error",
    "compare-request",
    "comparison",
    "sensitivity",
    "regional-strategy",
    "align-input",
    "alignment",
];

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
        #[cfg(feature = "analysis")]
        "compare-request" => Some(generate::<crate::whatif::CompareRequest>()),
        #[cfg(feature = "analysis")]
        "comparison" => Some(generate::<crate::whatif::Comparison>()),
        #[cfg(feature = "analysis")]
        "sensitivity" => Some(generate::<crate::whatif::Sensitivity>()),
        #[cfg(feature = "analysis")]
        "regional-strategy" => Some(generate::<crate::regional::RegionalStrategy>()),
        #[cfg(feature = "analysis")]
        "align-input" => Some(generate::<crate::regional::AlignInput>()),
        #[cfg(feature = "analysis")]
        "alignment" => Some(generate::<crate::regional::AlignmentSet>()),
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
