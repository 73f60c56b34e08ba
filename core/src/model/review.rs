//! The review: how a case fares against each governing principle and rule, as the contract
//! reports it. Data only; the principles are assessed in [`crate::rules::principles`].

use crate::message::Message;
use crate::model::pack::PolicyRef;
use crate::text::Text;
use crate::words::w;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The outcome of one principle for a case.
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
pub enum Outcome {
    /// Every part is met.
    Met,
    /// At least one part is not met.
    NotMet,
    /// Nothing is unmet, but evidence is missing.
    NotKnown,
    /// The principle does not apply to this case.
    NotApplicable,
}

/// How serious a finding is; it follows the modal verb of the clause.
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
pub enum Severity {
    /// A SHALL not met before the decision: the decision cannot be taken.
    Blocking,
    /// A SHALL not met: needs a recorded justification.
    Deviation,
    /// A SHOULD not met, or a step worth taking.
    Advice,
    /// For the reader's understanding.
    Info,
}

impl Severity {
    /// The severity's id as it appears in JSON.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The severity's name for a reader, in both languages.
    pub fn label(self) -> Text {
        match self {
            Severity::Blocking => w!(REVIEW_BLOCKING).text(),
            Severity::Deviation => w!(REVIEW_DEVIATION).text(),
            Severity::Advice => w!(REVIEW_ADVICE).text(),
            Severity::Info => w!(REVIEW_INFORMATION).text(),
        }
    }
}

impl Outcome {
    /// The outcome's name for a reader, in both languages.
    pub fn label(self) -> Text {
        match self {
            Outcome::Met => w!(REVIEW_MET).text(),
            Outcome::NotMet => w!(REVIEW_MET_2).text(),
            Outcome::NotKnown => w!(REVIEW_KNOWN).text(),
            Outcome::NotApplicable => w!(REVIEW_APPLICABLE).text(),
        }
    }
}

/// The force of one part of a principle, which gives the severity when it fails.
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
pub enum PartForce {
    /// A SHALL that gates the decision (policy §5.6).
    Gate,
    /// *ska*.
    Shall,
    /// *bör*, or a SHALL the library reads at advice level (policy §5.4).
    Should,
    /// *mål*.
    Goal,
}

impl PartForce {
    /// The severity of a finding when a part of this force is not met.
    pub fn severity(self) -> Severity {
        match self {
            PartForce::Gate => Severity::Blocking,
            PartForce::Shall => Severity::Deviation,
            PartForce::Should => Severity::Advice,
            PartForce::Goal => Severity::Info,
        }
    }
}

/// One piece of evidence a principle used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EvidenceItem {
    /// The JSON path of the field in the case, e.g. `evidence.citizen_need_described`.
    pub field: Cow<'static, str>,
    /// Its value: `true`, `false`, or `null` when not known.
    pub value: Option<bool>,
    /// The force of the sentence it answers.
    pub force: PartForce,
    /// What it says, in Swedish and English.
    pub label: Message,
}

/// The result of one principle or rule for a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PrincipleResult {
    /// The clause, e.g. `policy:5.1`.
    pub clause: Cow<'static, str>,
    /// Met, not met, not known or not applicable.
    pub outcome: Outcome,
    /// For `not_met` and `not_known`: the severity of the most serious part concerned;
    /// `null` otherwise.
    pub severity: Option<Severity>,
    /// The evidence used.
    pub evidence: Vec<EvidenceItem>,
    /// The fields that would settle what is not known.
    pub missing_evidence: Vec<Cow<'static, str>>,
    /// What it means, in Swedish and English.
    pub message: Message,
    /// For a SHALL not met: the recorded justification that explains it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub justified: Option<String>,
}

/// How many principles fell in each outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OutcomeCounts {
    /// Met.
    pub met: u32,
    /// Not met.
    pub not_met: u32,
    /// Not known.
    pub not_known: u32,
    /// Not applicable.
    pub not_applicable: u32,
}

/// A review of a case against every governing principle and rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Review")]
pub struct Review {
    /// The case's id.
    pub case_id: String,
    /// The pack that reviewed.
    pub policy: PolicyRef,
    /// One result per clause, in the pack's clause order.
    pub results: Vec<PrincipleResult>,
    /// Every field that would settle a `not_known`, in result order.
    pub missing_evidence: Vec<Cow<'static, str>>,
    /// How many results fell in each outcome.
    pub counts: OutcomeCounts,
    /// The date the caller passed as `as_of` and the review used as `decided_on`, present
    /// only when the case had no `decided_on` of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
}

impl Review {
    /// The result for `clause`, if the review has one.
    pub fn result(&self, clause: &str) -> Option<&PrincipleResult> {
        self.results.iter().find(|r| r.clause == clause)
    }

    /// What the evidence at `field` (e.g. `benefit_assessment.done`) is, in the words of the
    /// rule that reads it, when a result of this review reads it.
    pub fn evidence_label(&self, field: &str) -> Option<&Message> {
        self.results.iter().flat_map(|r| &r.evidence).find(|e| e.field == field).map(|e| &e.label)
    }
}
