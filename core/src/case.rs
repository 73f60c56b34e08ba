//! The case: a request for new IT support, as the contract defines it.
//!
//! These types are the input half of the JSON contract (`shared/contract/README.md`). They
//! deserialize strictly (an unknown field anywhere is an error with its path) and carry no
//! rule: the rules live in [`crate::acquisition`]. Numeric fields are read as wide signed
//! integers so that a value out of range is reported by [`crate::validate`] with a precise
//! error code instead of a generic type error.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A request for new IT support ("behovsanmälan") to be decided under policy §5.9.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Case")]
pub struct Case {
    /// The case's id; non-empty.
    #[schemars(length(min = 1))]
    pub id: String,
    /// What is needed, in a line; non-empty.
    #[schemars(length(min = 1))]
    pub title: String,
    /// The requesting unit (verksamhet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Years over which cost is compared (1–50); the pack's default when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 50))]
    pub horizon_years: Option<i64>,
    /// The need, as requirements; at least one, ids unique.
    #[schemars(length(min = 1))]
    pub requirements: Vec<Requirement>,
    /// The council-wide benefit assessment (policy §5.6); absent means none was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub benefit_assessment: Option<BenefitAssessment>,
    /// The id of the candidate the requesting unit wishes for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_candidate: Option<String>,
    /// The alternatives evaluated; may be empty, ids unique.
    #[serde(default)]
    pub candidates: Vec<Candidate>,
}

/// One requirement of the need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// The requirement's id, unique within the case; non-empty.
    #[schemars(length(min = 1))]
    pub id: String,
    /// What the requirement asks for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// `must` decides whether a candidate meets the need; `should` only ranks.
    pub priority: Priority,
}

/// How strongly a requirement binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    /// Every `must` has to be covered for a candidate to meet the need.
    Must,
    /// A `should` only ranks candidates that meet the need.
    Should,
}

/// The council-wide benefit assessment that policy §5.6 requires before a decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BenefitAssessment {
    /// Whether the assessment has been made.
    pub done: bool,
    /// What it concluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// The §5.9 stage a candidate belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// A product or service already owned or in use anywhere in the council (stage 1).
    InHouse,
    /// An existing product or service from outside the council (stage 2).
    Market,
    /// Something that must still be built (stage 3).
    Development,
}

impl Origin {
    /// The stage's id as it appears in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::InHouse => "in_house",
            Origin::Market => "market",
            Origin::Development => "development",
        }
    }
}

/// One alternative that could fill the need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Candidate {
    /// The candidate's id, unique within the case; non-empty.
    #[schemars(length(min = 1))]
    pub id: String,
    /// Its name; non-empty.
    #[schemars(length(min = 1))]
    pub name: String,
    /// The §5.9 stage it belongs to.
    pub origin: Origin,
    /// Other regions or county councils taking part; only for `development`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partners: Option<Vec<String>>,
    /// The requirement ids it covers, configuration included.
    #[serde(default)]
    pub covers: Vec<String>,
    /// What it costs, in whole kronor.
    pub cost: Cost,
    /// Strategic importance for the operation, 1–5.
    #[schemars(range(min = 1, max = 5))]
    pub strategic_importance: i64,
    /// Ability to deliver effectively, 1–5.
    #[schemars(range(min = 1, max = 5))]
    pub delivery_ability: i64,
    /// Whether its evaluation recorded the innovation perspective; absent means unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub innovation_assessed: Option<bool>,
    /// For `market`: whether the procurement asks for or allows new solutions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allows_new_solutions: Option<bool>,
}

/// A candidate's cost in whole Swedish kronor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cost {
    /// One-off cost (purchase, build, introduction).
    #[schemars(range(min = 0, max = 9_007_199_254_740_991_i64))]
    pub one_off_sek: i64,
    /// Yearly cost (licences, operation, maintenance).
    #[schemars(range(min = 0, max = 9_007_199_254_740_991_i64))]
    pub yearly_sek: i64,
}
