//! An initiative and its classification under the definition of innovation (policy §3,
//! §3.1), as the contract gives them. Data only; the rule is
//! [`crate::rules::definitions::classify`].

use crate::text::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How new an initiative is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::Display,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Novelty {
    /// Something new.
    New,
    /// Something substantially improved.
    SubstantiallyImproved,
    /// A small, continuous improvement.
    Incremental,
}

/// A kind of value an initiative creates; money is only one of them.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::Display,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ValueKind {
    /// Money saved or earned.
    Money,
    /// Greater patient safety.
    PatientSafety,
    /// Lower environmental impact.
    Environment,
    /// New attractive transport solutions.
    Transport,
    /// Higher quality for users.
    Quality,
    /// Another value, described in `value_description`.
    Other,
}

/// An initiative to classify.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Initiative")]
pub struct Initiative {
    /// The initiative's id; non-empty.
    #[schemars(length(min = 1))]
    pub id: String,
    /// What it is, in a line; non-empty.
    #[schemars(length(min = 1))]
    pub title: String,
    /// How new it is.
    pub novelty: Novelty,
    /// Whether it has been put into practice.
    pub in_practice: bool,
    /// The values it creates; empty when none is shown.
    #[serde(default)]
    pub value: Vec<ValueKind>,
    /// What the value is, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_description: Option<String>,
}

/// What an initiative is under the definition.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::Display,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum InnovationClass {
    /// New or substantially improved, in practice, and creating value.
    Innovation,
    /// New but not yet put into practice.
    Idea,
    /// Not radical enough: continuous improvement or quality work.
    ContinuousImprovement,
    /// New and in practice, but no value is shown.
    NoValueShown,
}

/// The classification of an initiative, with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Classification")]
pub struct Classification {
    /// The initiative's id.
    pub initiative_id: String,
    /// What it is.
    pub class: InnovationClass,
    /// The clause that decided: `policy:3` or `policy:3.1`.
    pub clause: String,
    /// Why, in Swedish and English.
    pub message: Text,
}
