//! The pack format: a policy as data (documents, clauses with their sv/en wording and modal
//! force, decision parameters), and the reference a decision keeps to the pack that made it.
//! Compiling and checking a pack is [`crate::pack`]'s job; the rules are code in
//! [`crate::rules`].

use crate::text::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A policy pack as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "PolicyPack")]
pub struct PolicyPack {
    /// The pack's id, e.g. `sll-2016`.
    #[schemars(length(min = 1))]
    pub id: String,
    /// The pack's version; a decision records it.
    #[schemars(length(min = 1))]
    pub version: String,
    /// The pack's title.
    pub title: Text,
    /// Who issued the documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_by: Option<String>,
    /// The first day the pack is in force (ISO date); open when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date"))]
    pub valid_from: Option<String>,
    /// The last day the pack is in force (ISO date); open when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date"))]
    pub valid_to: Option<String>,
    /// Where the dates come from, when that needs saying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_note: Option<Text>,
    /// Earlier documents this pack replaces; a case dated before the pack names them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supersedes: Vec<SupersededDocument>,
    /// The documents whose clauses the pack holds.
    pub documents: Vec<Document>,
    /// The clauses, each cited as `document:section`.
    pub clauses: Vec<Clause>,
    /// The decision parameters.
    pub parameters: Parameters,
    /// The ISO 3166-2:SE code of the region whose council decides under the pack; it cannot
    /// be its own co-development partner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deciding_region: Option<String>,
    /// The regions a co-development may have as partners (policy §5.9 "andra landsting och
    /// regioner"). Empty: partners are taken as given, unresolved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<Region>,
}

/// A region that can be a co-development partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// Its ISO 3166-2:SE code, e.g. `SE-M`.
    #[schemars(regex(pattern = r"^SE-[A-Z]{1,2}$"))]
    pub code: String,
    /// Its official name, e.g. `Region Skåne`; the output names partners by it.
    #[schemars(length(min = 1))]
    pub name: String,
    /// Other names a case may use: the county's name, former names of its county council.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// A governing document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// The id clauses use as their prefix, e.g. `policy`.
    #[schemars(length(min = 1))]
    pub id: String,
    /// The document's title.
    pub title: Text,
    /// What kind of document it is.
    pub kind: DocumentKind,
    /// Who issued it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_by: Option<String>,
    /// The first day it is in force (ISO date), when it has its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date"))]
    pub valid_from: Option<String>,
    /// The last day it is in force (ISO date), when it has its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date"))]
    pub valid_to: Option<String>,
}

/// An earlier governing document that a pack replaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SupersededDocument {
    /// Its id.
    #[schemars(length(min = 1))]
    pub id: String,
    /// Its title.
    pub title: Text,
    /// When it was decided (ISO date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date"))]
    pub decided_on: Option<String>,
}

/// What kind of governing document a document is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::Display,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum DocumentKind {
    /// Normative: how existing activity shall be run.
    Policy,
    /// Activating: what the organisation must work on.
    Strategy,
}

/// One clause of a document, in the library's own short wording.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Clause {
    /// `document:section`, e.g. `policy:5.9`.
    #[schemars(length(min = 1))]
    pub id: String,
    /// The clause's title.
    pub title: Text,
    /// What the clause asks, in the library's words.
    pub summary: Text,
    /// The strongest modal force of the clause.
    pub force: Force,
}

/// The modal force of a clause; it gives a finding's severity.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::Display,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Force {
    /// Constitutive (scope, precedence, definitions): always in force.
    Constitutive,
    /// *ska*: an obligation.
    Shall,
    /// *bör*: a recommendation.
    Should,
    /// *kan*: a permission.
    May,
    /// *mål*: a target state.
    Goal,
}

/// The decision parameters of a pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Parameters {
    /// The weights of the three §5.9 supplier criteria.
    pub weights: Weights,
    /// Years over which cost is compared when a case gives none (1–50).
    #[schemars(range(min = 1, max = 50))]
    pub default_horizon_years: i64,
    /// A what-if parameter, absent (off) in the real pack: when the selected candidate's
    /// total cost of ownership is below it, a missing benefit assessment (§5.6) is advice
    /// instead of blocking.
    #[serde(default)]
    #[schemars(range(min = 0, max = 9_007_199_254_740_991_i64))]
    pub materiality_threshold_sek: Option<i64>,
    /// Whether the §5.9 stage order is strict (the real pack: `true`). `false` is a what-if:
    /// every candidate that meets the need is ranked on the three criteria alone.
    #[serde(default = "yes")]
    pub strict_order: bool,
}

fn yes() -> bool {
    true
}

/// The weights of the §5.9 criteria: non-negative, at most 1000, at most three decimals,
/// not all zero.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Weights {
    /// Weight of cost (total cost of ownership).
    #[schemars(range(min = 0, max = 1000))]
    pub cost: f64,
    /// Weight of strategic importance.
    #[schemars(range(min = 0, max = 1000))]
    pub strategic_importance: f64,
    /// Weight of delivery ability.
    #[schemars(range(min = 0, max = 1000))]
    pub delivery_ability: f64,
}

/// The pack that produced a decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PolicyRef {
    /// The pack's id.
    pub id: String,
    /// The pack's version.
    pub version: String,
}
