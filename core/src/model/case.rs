//! The case: a request for new IT support, as the contract defines it.
//!
//! These types are the input half of the JSON contract (see `schemas/case.schema.json`).
//! They deserialize strictly (an unknown field anywhere is an error with its path) and carry
//! no rule: the rules live in [`crate::rules`]. Numeric fields are read as wide signed
//! integers so that a value out of range is reported by [`crate::input::check`] with a
//! precise error code instead of a generic type error.

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
    /// The date of the decision (ISO 8601, `YYYY-MM-DD`); it picks the pack in force and the
    /// documents in force. Absent: decided under the whole pack (or as of the caller's
    /// `as_of`); nothing reads a clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_on: Option<crate::date::Date>,
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
    /// What is known of the case for the governing principles (policy §5.1–5.8, innovation
    /// strategy 6.5); every field optional, absent meaning not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
    /// For a new e-service: its qualities (digitalisation strategy 6.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub e_service: Option<EService>,
    /// Which governing documents the decision took into account (digitalisation strategy 3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub governing_documents: Option<GoverningDocuments>,
    /// Who the requesting organisation is (policy §2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<crate::model::organisation::Organisation>,
    /// Recorded justifications of deviations (comply or explain): each marks the matching
    /// deviation justified; one that matches no deviation is an error.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub justifications: Vec<Justification>,
    /// What the decision memo (*tjänsteutlåtande*) needs beyond the decision: who writes it,
    /// to whom, and its funding and environmental consequences. Absent facts print as blanks
    /// to fill, never invented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memo: Option<MemoFacts>,
}

/// The facts of a decision memo that the case gives (the council's own tjänsteutlåtande,
/// seed 001): every field optional; one given must not be blank.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MemoFacts {
    /// The organisation, e.g. `Stockholms läns landsting`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// The administration that writes the memo, e.g. `Landstingsstyrelsens förvaltning`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub administration: Option<String>,
    /// The registry number (*diarienummer*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diary_number: Option<String>,
    /// The case officer (*handläggare*), as the memo prints it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_officer: Option<String>,
    /// The board or committee that decides (the memo's addressee), e.g. `Innovationsberedningen`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_body: Option<String>,
    /// How the cost is funded, e.g. `inom den ordinarie budgetprocessen`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funding: Option<String>,
    /// The environmental consequences (*miljökonsekvenser*) as assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environmental_consequences: Option<String>,
    /// Who signs, one per line, each as printed under the signature line, e.g.
    /// `Karin Berg, hälso- och sjukvårdsdirektör`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signatories: Option<String>,
}

/// Read by the shared reader of all-text objects (the browser build stays small); as strict
/// as a derived reader.
impl<'de> Deserialize<'de> for MemoFacts {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "organisation",
            "administration",
            "diary_number",
            "case_officer",
            "decision_body",
            "funding",
            "environmental_consequences",
            "signatories",
        ];
        let mut values = crate::model::tristate::read_texts(deserializer, FIELDS)?.into_iter();
        let mut next = || values.next().flatten();
        Ok(MemoFacts {
            organisation: next(),
            administration: next(),
            diary_number: next(),
            case_officer: next(),
            decision_body: next(),
            funding: next(),
            environmental_consequences: next(),
            signatories: next(),
        })
    }
}

crate::model::tristate::answers! {
    /// Evidence for the governing principles. Each field is tri-state: `true`, `false`, or
    /// absent when not known.
    pub struct Evidence {
        /// §5.1: the citizens' or patients' need is described and drives the case.
        citizen_need_described,
        /// §5.2: the service is used by citizens (if not, digital first does not apply).
        citizen_facing,
        /// §5.2 (a goal, for a citizen-facing service): citizens can make their first contact
        /// digitally.
        digital_first_contact,
        /// §5.2: where appropriate, the council communicates digitally first, internally and
        /// externally.
        digital_communication_first,
        /// §5.3: staff and citizens were involved early.
        users_involved_early,
        /// §5.4: staff have time and mandate to contribute to the development.
        staff_time_and_mandate,
        /// §5.5: the applicable established standards are used.
        standards_applied,
        /// §5.5: open interfaces are offered as far as possible.
        open_interfaces,
        /// §5.5: the work collaborates with academia, industry or municipalities.
        external_collaboration,
        /// §5.7: an implementation and dissemination plan exists early.
        implementation_plan,
        /// §5.7: commercialisation is applicable to this case.
        commercialisation_applicable,
        /// §5.7: commercialisation was considered.
        commercialisation_considered,
        /// §5.8: the information keeps a high quality over its whole life cycle.
        information_quality,
        /// §5.8: the information is available when the operation asks for it.
        information_available,
        /// §5.8: the information is protected by its protection value (skyddsvärde), the
        /// business perspective, risk and legal requirements.
        information_classified,
        /// §5.8: information is fetched at the source (digitally where possible).
        fetched_at_source,
        /// §5.8 (a goal): the same information is entered only once.
        entered_once,
        /// Digitalisation strategy 6.1: the case is a new e-service.
        new_e_service,
        /// Innovation strategy 6.5: a test environment would bring clear operational and user
        /// benefit.
        test_environment_benefit,
        /// Innovation strategy 6.5: a test environment is offered.
        test_environment_offered,
        /// Innovation strategy 3.2: the decision concerns innovation (a new or substantially
        /// improved solution put into practice that creates value, policy §3). A development
        /// route concerns innovation whatever this says.
        concerns_innovation,
        /// Innovation strategy 6.3: the contracts and payment models with the provider drive
        /// innovation as far as the operation's needs call for it.
        contracts_drive_innovation,
    }
}

/// The qualities of a new e-service (digitalisation strategy 6.1); each tri-state.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EService {
    /// Citizens ask for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_demand: Option<bool>,
    /// It is easy to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_friendly: Option<bool>,
    /// It is robust.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub robust: Option<bool>,
    /// It extends without losing performance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scalable: Option<bool>,
    /// It is secure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secure: Option<bool>,
    /// It is highly available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub highly_available: Option<bool>,
    /// The languages it offers, as language codes (`sv`, `en`, `ar`, …); two or more make
    /// it multilingual.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// It protects privacy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_preserving: Option<bool>,
    /// It is accessible to people with disabilities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessible: Option<bool>,
}

crate::model::tristate::answers! {
    /// Which governing documents the decision took into account (digitalisation strategy 3.1
    /// for IT investments, innovation strategy 3.2 for decisions on innovation); each tri-state.
    pub struct GoverningDocuments {
        /// Information security.
        information_security,
        /// Innovation.
        innovation,
        /// Sustainability.
        sustainability,
        /// Staffing and competence.
        staffing_and_competence,
        /// Accessibility.
        accessibility,
        /// Digitalisation (innovation strategy 3.2).
        digitalisation,
        /// Research, development and education (innovation strategy 3.2).
        research_development_education,
        /// Governance and management (innovation strategy 3.2).
        governance_and_management,
    }
}

/// A recorded justification of a deviation from a SHALL (comply or explain).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Justification {
    /// The clause of the deviation, e.g. `policy:5.9`.
    #[schemars(length(min = 1))]
    pub clause: String,
    /// The candidate the deviation concerns, when it concerns one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub candidate: Option<String>,
    /// The finding's code, to pick one deviation of a clause that has several kinds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Why the unit deviates; non-empty.
    #[schemars(length(min = 1))]
    pub text: String,
}

/// Read by the shared reader of all-text objects (`model::tristate::read_texts`), which keeps
/// the browser build small; as strict as a derived reader.
impl<'de> Deserialize<'de> for Justification {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["clause", "candidate", "code", "text"];
        let mut values = crate::model::tristate::read_texts(deserializer, FIELDS)?.into_iter();
        let mut next = || values.next().flatten();
        let (clause, candidate, code, text) = (next(), next(), next(), next());
        Ok(Justification {
            clause: clause.ok_or_else(|| serde::de::Error::missing_field("clause"))?,
            candidate,
            code,
            text: text.ok_or_else(|| serde::de::Error::missing_field("text"))?,
        })
    }
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
    /// When it was made (ISO 8601, `YYYY-MM-DD`); an assessment dated after `decided_on` did
    /// not precede the decision (policy §5.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_on: Option<crate::date::Date>,
    /// What it concluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// The §5.9 stage a candidate belongs to.
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
        self.into()
    }

    /// The stage's name for a reader, in both languages.
    pub fn label(self) -> crate::text::Text {
        let (sv, en) = self.words();
        crate::text::Text::new(sv, en)
    }

    /// The stage's name: Swedish, English.
    pub fn words(self) -> (&'static str, &'static str) {
        use crate::words::w;
        match self {
            Origin::InHouse => w!(STAGE_IN_HOUSE),
            Origin::Market => w!(STAGE_MARKET),
            Origin::Development => w!(STAGE_DEVELOPMENT),
        }
        .words()
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
