//! The organisation behind a case and the scope result (policy §2), as the contract gives
//! them. Data only; the scope rule is [`crate::rules::scope::applicability`].

use crate::model::review::PrincipleResult;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Who an organisation is, as policy §2 distinguishes them.
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
pub enum OrganisationKind {
    /// An administration of the council (förvaltning).
    CouncilAdministration,
    /// A company the council owns.
    CouncilCompany,
    /// A private contractor whose work the council finances.
    PrivateContractor,
    /// Activity the council does not finance.
    NotCouncilFinanced,
}

/// An organisation whose activity may fall under the policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Organisation")]
pub struct Organisation {
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What kind of organisation it is.
    pub kind: OrganisationKind,
    /// For a private contractor: whether its agreement binds it to the policy; absent when
    /// not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_binds_policy: Option<bool>,
}

/// How the policy reaches an organisation.
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
pub enum Binding {
    /// Directly: the council owns the activity.
    Ownership,
    /// Through the agreement with the council.
    Agreement,
    /// Not at all.
    None,
}

/// Whether and how the policy applies to an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Scope")]
pub struct Scope {
    /// The clause applied: `policy:2`.
    pub clause: String,
    /// The organisation's name, if given.
    pub organisation: Option<String>,
    /// What kind of organisation it is.
    pub kind: OrganisationKind,
    /// Whether the policy covers its activity.
    pub applies: bool,
    /// How the policy binds it.
    pub binds_through: Binding,
    /// Whether the policy overrides its local governing documents on innovation, IT and
    /// digitalisation (council-owned activity only).
    pub overrides_local_documents: bool,
    /// The result as a principle: met, not met (a contractor whose agreement lacks the
    /// policy), not known, or not applicable.
    pub result: PrincipleResult,
}
