//! JSON Schemas of the contract, generated from the Rust types by schemars. The committed
//! files in `schemas/` are these, byte for byte (a test fails when they drift). [`SCHEMAS`]
//! (and [`ANALYSIS_SCHEMAS`] with the `analysis` feature) is the one list of names: the
//! CLI, the bindings and the generators of the JS types all read it or the files it writes.

use schemars::JsonSchema;

/// A published schema: its name and how to generate it.
pub type Entry = (&'static str, fn() -> serde_json::Value);

/// The schemas every build publishes, by name.
pub const SCHEMAS: &[Entry] = &[
    ("case", generate::<crate::model::case::Case>),
    ("decision", generate::<crate::model::decision::Decision>),
    ("review", generate::<crate::model::review::Review>),
    ("organisation", generate::<crate::model::organisation::Organisation>),
    ("scope", generate::<crate::model::organisation::Scope>),
    ("initiative", generate::<crate::model::initiative::Initiative>),
    ("classification", generate::<crate::model::initiative::Classification>),
    ("policy", generate::<crate::model::pack::PolicyPack>),
    ("error", generate::<crate::error::ErrorReport>),
];

/// The schemas of the analysis operations (the `analysis` feature).
#[cfg(feature = "analysis")]
pub const ANALYSIS_SCHEMAS: &[Entry] = &[
    ("compare-request", generate::<crate::analysis::whatif::CompareRequest>),
    ("comparison", generate::<crate::analysis::whatif::Comparison>),
    ("sensitivity", generate::<crate::analysis::sensitivity::Sensitivity>),
    ("record", generate::<crate::audit::record::DecisionRecord>),
    ("verification", generate::<crate::audit::record::Verification>),
    ("accounts", generate::<crate::analysis::accounts::Accounts>),
    ("regional-strategy", generate::<crate::model::regional::RegionalStrategy>),
    ("align-input", generate::<crate::model::regional::AlignInput>),
    ("alignment", generate::<crate::model::regional::AlignmentSet>),
];

/// Every schema this build publishes, in order.
pub fn entries() -> impl Iterator<Item = &'static Entry> {
    #[cfg(feature = "analysis")]
    let analysis = ANALYSIS_SCHEMAS;
    #[cfg(not(feature = "analysis"))]
    let analysis: &[Entry] = &[];
    SCHEMAS.iter().chain(analysis)
}

/// The names of every schema this build publishes, in order.
pub fn names() -> Vec<&'static str> {
    entries().map(|(name, _)| *name).collect()
}

/// The JSON Schema called `name`, or `None` for an unknown name.
pub fn schema(name: &str) -> Option<serde_json::Value> {
    entries().find(|(n, _)| *n == name).map(|(_, make)| make())
}

/// The schema as the committed file holds it: pretty JSON with a final newline.
pub fn schema_text(name: &str) -> Option<String> {
    let value = schema(name)?;
    serde_json::to_string_pretty(&value).ok().map(|s| s + "\n")
}

fn generate<T: JsonSchema>() -> serde_json::Value {
    schemars::schema_for!(T).to_value()
}
