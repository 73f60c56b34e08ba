//! The decision: the output half of the JSON contract.

use crate::message::Message;
use crate::model::case::Origin;
use crate::model::pack::PolicyRef;
use crate::model::review::{Review, Severity};
use crate::text::Text;
use crate::words::w;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// What the policy requires for a case, with every step explained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Decision")]
pub struct Decision {
    /// The case's id.
    pub case_id: String,
    /// The pack that decided.
    pub policy: PolicyRef,
    /// `blocked` when a SHALL precondition is missing (route and selection are then
    /// provisional); `out_of_scope` when the policy does not apply (policy §2).
    pub status: Status,
    /// The acquisition route the policy requires; `null` when the case is out of scope.
    pub route: Option<Route>,
    /// The selected candidate's id, `null` when none meets the need or the case is out of
    /// scope.
    pub selected: Option<String>,
    /// The years over which cost was compared.
    pub horizon_years: i64,
    /// One result per input candidate, in input order.
    pub candidates: Vec<CandidateResult>,
    /// What the reader must know: blocking problems, deviations, advice, information.
    pub findings: Vec<Finding>,
    /// The JSON paths of the evidence still needed before the decision can be taken.
    pub missing_evidence: Vec<Cow<'static, str>>,
    /// The steps taken, in order.
    pub trace: Vec<TraceStep>,
    /// The case against every governing principle and rule.
    pub review: Review,
    /// The deviations from a SHALL (findings and principles not met) that no recorded
    /// justification explains: what must still be justified or put right.
    pub open_deviations: Vec<OpenDeviation>,
    /// The date the caller passed as `as_of` and the decision used as `decided_on`, present
    /// only when the case had no `decided_on` of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
}

/// How to decide a case, beside the case itself.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DecideOptions {
    /// The date to decide a case as of when it has no `decided_on` (the library reads no
    /// clock: a caller who wants "today" passes it). A case's own `decided_on` wins.
    pub as_of: Option<crate::date::Date>,
}

/// Whether the decision can be taken.
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
pub enum Status {
    /// Every SHALL precondition is met.
    Ready,
    /// A SHALL precondition is missing; the route is provisional.
    Blocked,
    /// The policy does not apply: the council does not finance the activity (policy §2).
    OutOfScope,
}

impl Status {
    /// The status's id as it appears in JSON.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The status's name for a reader, in both languages.
    pub fn label(self) -> Text {
        match self {
            Status::Ready => w!(DECISION_READY_DECISION).text(),
            Status::Blocked => w!(DECISION_BLOCKED_ROUTE_PROVISIONAL).text(),
            Status::OutOfScope => w!(DECISION_OUT_SCOPE_DECIDED_UNDER).text(),
        }
    }
}

/// The acquisition route of policy §5.9.
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
pub enum Route {
    /// Use an existing product or service of the council.
    InHouse,
    /// Procure an existing product or service from the market.
    Market,
    /// Commission development together with other regions.
    CoDevelopment,
    /// Commission development by the council alone.
    OwnDevelopment,
    /// Nothing meets the need: commission development, preferably with other regions.
    NoCandidate,
}

impl Route {
    /// The route's id as it appears in JSON.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Whether the route commissions development (with other regions, alone, or because
    /// nothing meets the need).
    pub fn is_development(self) -> bool {
        matches!(self, Route::CoDevelopment | Route::OwnDevelopment | Route::NoCandidate)
    }

    /// The route's name in both languages.
    pub fn label(self) -> Text {
        let (sv, en) = self.words();
        Text::new(sv, en)
    }

    /// The route's name: Swedish, English.
    pub fn words(self) -> (&'static str, &'static str) {
        use crate::words::w;
        match self {
            Route::InHouse => w!(ROUTE_IN_HOUSE),
            Route::Market => w!(ROUTE_MARKET),
            Route::CoDevelopment => w!(ROUTE_CO_DEVELOPMENT),
            Route::OwnDevelopment => w!(ROUTE_OWN_DEVELOPMENT),
            Route::NoCandidate => w!(ROUTE_NO_CANDIDATE),
        }
        .words()
    }
}

/// How one candidate fared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CandidateResult {
    /// The candidate's id.
    pub id: String,
    /// The candidate's name, for reports and cards.
    pub name: String,
    /// The §5.9 stage it belongs to (its origin).
    pub stage: Origin,
    /// A development with at least one partner region.
    pub co_development: bool,
    /// Its partner regions, by code and official name (a development only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Partner>,
    /// Whether it covers every `must` requirement.
    pub meets_need: bool,
    /// The `must` requirements it lacks, in requirement order: what would change the outcome.
    pub missing: Vec<String>,
    /// How many `should` requirements it covers.
    pub should_covered: u32,
    /// Total cost of ownership over the horizon, in whole kronor.
    pub tco_sek: i64,
    /// Its place in the policy's full order among candidates that meet the need (1 =
    /// selected); `null` when it does not meet the need.
    pub rank: Option<u32>,
    /// Its scores within its stage; `null` when it does not meet the need.
    pub scores: Option<Scores>,
}

/// A co-development partner: one of the pack's regions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// The region's ISO 3166-2:SE code, e.g. `SE-M`; `null` when the pack lists no regions.
    pub code: Option<String>,
    /// The region's official name, or the name as given when the pack lists no regions.
    pub name: String,
}

/// Scores within a stage, each in 0–1, rounded to four decimals for display (the ranking
/// itself is exact).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scores {
    /// Lowest TCO in the stage ÷ this TCO (1 when this TCO is 0).
    pub cost: f64,
    /// (strategic importance − 1) ÷ 4.
    pub strategic_importance: f64,
    /// (delivery ability − 1) ÷ 4.
    pub delivery_ability: f64,
    /// The weighted mean of the three.
    pub total: f64,
}

/// The stable code of a finding.
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
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
#[non_exhaustive]
pub enum FindingCode {
    /// No council-wide benefit assessment (policy §5.6): the decision is blocked.
    BenefitAssessmentMissing,
    /// The benefit assessment is dated after the decision (policy §5.6): it did not precede
    /// it, so the decision is blocked.
    BenefitAssessmentAfterDecision,
    /// A candidate's evaluation does not record the innovation perspective (policy §5.9).
    InnovationNotAssessed,
    /// The selected market procurement does not allow new solutions (innovation strategy 6.3).
    ProcurementForbidsNewSolutions,
    /// It is not recorded whether the selected market procurement allows new solutions.
    ProcurementNewSolutionsUnknown,
    /// The contracts and payment models with the selected provider do not drive innovation
    /// although the operation's needs call for it (innovation strategy 6.3, advice).
    ContractsDoNotDriveInnovation,
    /// Development by the council alone was chosen (policy §5.9): record which regions
    /// were asked.
    SoloDevelopment,
    /// Nothing meets the need: commission development, preferably with other regions.
    CommissionDevelopment,
    /// An earlier-stage candidate lacks these `must` requirements.
    EarlierStageGap,
    /// A candidate later in the order meets the need at a lower cost.
    PriceOfTheOrder,
    /// The unit's preferred candidate is not the selected one (policy §5.6).
    UnitPreferenceOverridden,
    /// Documents of the pack had lapsed on the case's date; their rules were not applied.
    DocumentsLapsed,
    /// The case has no `decided_on`: it was decided under the whole pack, every document
    /// applied.
    Undated,
    /// The council does not finance the activity: the case is not decided under the policy
    /// (policy §2).
    OutOfScope,
    /// A private contractor is bound only through its agreement, and the case does not record
    /// that the agreement carries the policy (policy §2).
    BindsThroughAgreement,
}

impl FindingCode {
    /// The code as it appears in JSON, e.g. `innovation-not-assessed`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Something the reader must know, citing the clause it applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// The clause, e.g. `policy:5.9`.
    pub clause: Cow<'static, str>,
    /// The stable code.
    pub code: FindingCode,
    /// How serious it is.
    pub severity: Severity,
    /// The candidate it concerns, if one.
    pub candidate: Option<String>,
    /// What it means, in Swedish and English.
    pub message: Message,
    /// For a deviation: the recorded justification that explains it (it stays a deviation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub justified: Option<String>,
}

/// One deviation of a decision, justified or not (see [`Decision::deviations`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deviation<'a> {
    /// The clause not met.
    pub clause: &'a str,
    /// The candidate it concerns, for a finding about one.
    pub candidate: Option<&'a str>,
    /// What it says.
    pub message: &'a Message,
    /// The recorded justification, when there is one.
    pub justified: Option<&'a str>,
}

impl Decision {
    /// The result of candidate `id`, if the decision has one.
    pub fn candidate(&self, id: &str) -> Option<&CandidateResult> {
        self.candidates.iter().find(|c| c.id == id)
    }

    /// A candidate's name by its id; the id itself for a candidate the decision does not have.
    pub fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.candidate(id).map_or(id, |c| c.name.as_str())
    }

    /// The selected candidate's result, if one is selected.
    pub fn selected_candidate(&self) -> Option<&CandidateResult> {
        self.selected.as_deref().and_then(|id| self.candidate(id))
    }

    /// The cheapest candidate that meets the need, by TCO and then id (the reference for
    /// what the choice under §5.9 costs).
    pub fn cheapest_meeting_need(&self) -> Option<&CandidateResult> {
        self.candidates
            .iter()
            .filter(|c| c.meets_need)
            .min_by(|a, b| a.tco_sek.cmp(&b.tco_sek).then_with(|| a.id.cmp(&b.id)))
    }

    /// The price of the order (policy §5.9; DOMAIN "How the accounts count, settled"): what
    /// the selected candidate costs over its horizon above the cheapest candidate that met
    /// the need in a *later* stage, which the order of the stages made the council pass over;
    /// `None` without a ready selection or a cheaper later candidate to compare with (0 when
    /// the selection is the cheaper one).
    pub fn price_of_order(&self) -> Option<i64> {
        self.order_alternative().map(|c| self.extra_over(c))
    }

    /// What the criteria cost: what the selected candidate costs over its horizon above the
    /// cheapest candidate in its *own* stage that met the need, a dearer choice made on
    /// strategic importance or delivery ability; `None` without a ready selection.
    pub fn criteria_cost(&self) -> Option<i64> {
        self.criteria_alternative().map(|c| self.extra_over(c))
    }

    /// The candidate the price of the order is measured against: the cheapest that met the
    /// need in a stage after the selection's (by TCO, then id); `None` without a ready
    /// selection or such a candidate.
    pub fn order_alternative(&self) -> Option<&CandidateResult> {
        self.cheapest_where(|selected, c| c.stage > selected.stage)
    }

    /// The candidate what the criteria cost is measured against: the cheapest that met the
    /// need in the selection's own stage (by TCO, then id; the selection itself when it is).
    pub fn criteria_alternative(&self) -> Option<&CandidateResult> {
        self.cheapest_where(|selected, c| c.stage == selected.stage)
    }

    /// The selected candidate's TCO above `other`'s; 0 when it is not dearer.
    fn extra_over(&self, other: &CandidateResult) -> i64 {
        self.selected_candidate().map_or(0, |s| s.tco_sek.saturating_sub(other.tco_sek).max(0))
    }

    /// The cheapest candidate that met the need among those `pick` picks beside a ready
    /// selection.
    fn cheapest_where(&self, pick: impl Fn(&CandidateResult, &CandidateResult) -> bool) -> Option<&CandidateResult> {
        if self.status != Status::Ready {
            return None;
        }
        let selected = self.selected_candidate()?;
        self.candidates
            .iter()
            .filter(|c| c.meets_need && pick(selected, c))
            .min_by(|a, b| a.tco_sek.cmp(&b.tco_sek).then_with(|| a.id.cmp(&b.id)))
    }

    /// Every deviation (a SHALL not met outside the gate): the findings of severity
    /// deviation, then the principles not met at that severity that no such finding already
    /// names (as `open_deviations` lists them, justified ones included).
    pub fn deviations(&self) -> Vec<Deviation<'_>> {
        let findings = self.findings.iter().filter(|f| f.severity == Severity::Deviation);
        let mut out: Vec<Deviation<'_>> = findings
            .map(|f| Deviation {
                clause: &f.clause,
                candidate: f.candidate.as_deref(),
                message: &f.message,
                justified: f.justified.as_deref(),
            })
            .collect();
        // The clauses such a finding names, looked up once per result (linear work however
        // many deviations a decision has).
        let named: std::collections::BTreeSet<&str> = out.iter().map(|d| d.clause).collect();
        for r in &self.review.results {
            let not_met = r.outcome == crate::model::review::Outcome::NotMet && r.severity == Some(Severity::Deviation);
            if not_met && !named.contains(r.clause.as_ref()) {
                out.push(Deviation {
                    clause: &r.clause,
                    candidate: None,
                    message: &r.message,
                    justified: r.justified.as_deref(),
                });
            }
        }
        out
    }
}

/// A deviation from a SHALL that no recorded justification explains yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OpenDeviation {
    /// The clause.
    pub clause: Cow<'static, str>,
    /// The candidate it concerns, if one.
    pub candidate: Option<String>,
    /// The finding's code; `null` for a principle of the review not met.
    pub code: Option<FindingCode>,
    /// What it means, in Swedish and English.
    pub message: Message,
}

/// The stable code of a trace step.
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
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
#[non_exhaustive]
pub enum StepCode {
    /// Whether the council-wide benefit assessment exists.
    BenefitAssessment,
    /// The horizon over which costs are compared.
    CostHorizon,
    /// Which candidates meet the need.
    NeedFit,
    /// A what-if variant ranks across stages instead of in the policy's order.
    NonStrictOrder,
    /// Stage 1: in-house.
    StageInHouse,
    /// Stage 2: market.
    StageMarket,
    /// Stage 3: development.
    StageDevelopment,
    /// The choice of supplier on the three criteria.
    SupplierChoice,
    /// The route taken.
    Route,
    /// The unit's wish against the council's benefit.
    UnitPreference,
    /// A document of the pack had lapsed on the case's date.
    DocumentLapsed,
    /// Whom the policy applies to (policy §2).
    Scope,
    /// The case had no `decided_on`; the caller's `as_of` date was used.
    AsOf,
}

impl StepCode {
    /// Whether the step says which route §5.9 takes and why: whom the policy applies to, the
    /// three stages and the route.
    pub fn is_route(self) -> bool {
        matches!(
            self,
            StepCode::Scope
                | StepCode::StageInHouse
                | StepCode::StageMarket
                | StepCode::StageDevelopment
                | StepCode::Route
        )
    }
}

/// One step of the decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TraceStep {
    /// The clause it applies.
    pub clause: Cow<'static, str>,
    /// The stable code.
    pub code: StepCode,
    /// What was done, in Swedish and English.
    pub message: Message,
}
