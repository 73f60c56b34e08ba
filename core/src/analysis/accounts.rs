//! The yearly accounts (policy §6, the strategies' §7; DOMAIN "Follow-up and
//! comply-or-explain"): the decision records of one year, by the date each was decided
//! (`decided_on`, or the `as_of` it was decided under), counted in two views.
//!
//! - The *digitaliseringsbokslut* (digitalisation accounts): requests and routes, the share
//!   of in-house reuse among the requests decided under the policy, the share of
//!   co-development among development with a candidate, blocked decisions, deviations
//!   justified and open, what the order cost (the selected candidate's TCO against the
//!   cheapest candidate that met the need), per clause of the policy and the digitalisation
//!   strategy how often it was met, not met, not known or not applicable, and the routes per
//!   quarter.
//! - The *innovationsbokslut* (innovation accounts): the requests that concern innovation
//!   (`evidence.concerns_innovation`, or a development route, as innovation strategy 3.2
//!   reads it), the innovations decided (those ready for decision: a new or substantially
//!   improved solution to be put into practice, policy §3 — whether it then creates value is
//!   follow-up beyond a decision record), co-developed ones, their deviations, and the
//!   innovation strategy's clauses.
//!
//! When the records of the year before are given too, the accounts carry that year's
//! figures and the change of every count.

use crate::date::Date;
use crate::error::{Error, ErrorCode, Problem, Problems};
use crate::message::Arg;
use crate::model::decision::{Decision, Route, Status};
use crate::model::pack::PolicyRef;
use crate::model::review::Outcome;
use crate::pack::Policy;
use crate::text::Text;
use crate::words::w;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::audit::record::DecisionRecord;

/// The accounts of one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Accounts")]
pub struct Accounts {
    /// The year accounted for.
    pub year: u16,
    /// How many records were given, by year.
    pub records: RecordCounts,
    /// The packs that decided the year's records, in the order first met.
    pub packs: Vec<PolicyRef>,
    /// The digitalisation accounts (*digitaliseringsbokslut*).
    pub digitalisation: DigitalisationView,
    /// The innovation accounts (*innovationsbokslut*).
    pub innovation: InnovationView,
    /// The year before, when its records were given.
    pub previous: Option<YearFigures>,
    /// The change of every count from the year before; empty without it.
    pub change: Vec<Change>,
}

/// The records given, by where their date falls.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordCounts {
    /// Decided in the year.
    pub in_year: u32,
    /// Decided the year before (compared against).
    pub previous_year: u32,
    /// Decided in another year (left out).
    pub other_years: u32,
    /// With no date at all (left out: a record without `decided_on` or `as_of` belongs to
    /// no year).
    pub undated: u32,
}

/// Both views of one year, as the previous year is shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YearFigures {
    /// The year.
    pub year: u16,
    /// The digitalisation accounts.
    pub digitalisation: DigitalisationView,
    /// The innovation accounts.
    pub innovation: InnovationView,
}

/// Requests by route.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RouteCounts {
    /// An existing product inside the council.
    pub in_house: u32,
    /// A product on the market.
    pub market: u32,
    /// Development together with other regions.
    pub co_development: u32,
    /// The council's own development.
    pub own_development: u32,
    /// No candidate met the need.
    pub no_candidate: u32,
    /// Outside the policy (§2): no route.
    pub out_of_scope: u32,
}

/// Deviations (a SHALL not met outside the gate) by whether a justification is recorded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeviationCounts {
    /// With a recorded justification.
    pub justified: u32,
    /// Still open.
    pub open: u32,
}

/// How often one clause was met, not met, not known or not applicable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClauseCounts {
    /// The clause, e.g. `policy:5.1`.
    pub clause: String,
    /// Its title in the pack (empty for a clause the pack does not have).
    pub title: Text,
    /// Met.
    pub met: u32,
    /// Not met.
    pub not_met: u32,
    /// Not known.
    pub not_known: u32,
    /// Not applicable.
    pub not_applicable: u32,
}

/// The requests and routes of one quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuarterCounts {
    /// 1–4.
    pub quarter: u8,
    /// Requests decided in the quarter.
    pub requests: u32,
    /// By route.
    pub routes: RouteCounts,
}

/// The digitalisation accounts of one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DigitalisationView {
    /// Requests decided (every record of the year).
    pub requests: u32,
    /// By route.
    pub routes: RouteCounts,
    /// In-house reuse among the requests decided under the policy (not out of scope), in
    /// 0–1; `null` when there were none.
    pub in_house_share: Option<f64>,
    /// Co-development among development with a candidate (co-development and own
    /// development), in 0–1; `null` when there was none.
    pub co_development_share: Option<f64>,
    /// Decisions blocked at the gate (§5.6).
    pub blocked: u32,
    /// Deviations from the policy's and the digitalisation strategy's clauses.
    pub deviations: DeviationCounts,
    /// What the order cost in kronor: over the decisions ready with a selection, the
    /// selected candidate's TCO less the cheapest TCO among the candidates that met the need.
    pub order_price_sek: i64,
    /// How many of those decisions selected a candidate dearer than the cheapest.
    pub decisions_above_cheapest: u32,
    /// Per clause of the policy and the digitalisation strategy, in the pack's order.
    pub clauses: Vec<ClauseCounts>,
    /// Per quarter of the year.
    pub by_quarter: Vec<QuarterCounts>,
}

/// The innovation accounts of one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InnovationView {
    /// Requests that concern innovation.
    pub innovation_cases: u32,
    /// Of those, decided (ready): innovations to be put into practice.
    pub innovations_decided: u32,
    /// Of those decided, developed together with other regions.
    pub co_developed: u32,
    /// Deviations from the innovation strategy's clauses.
    pub deviations: DeviationCounts,
    /// Per clause of the innovation strategy, in the pack's order.
    pub clauses: Vec<ClauseCounts>,
}

/// The change of one count from the year before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The count's path in a view, e.g. `digitalisation.routes.in_house`.
    pub measure: String,
    /// This year.
    pub this_year: i64,
    /// The year before.
    pub previous_year: i64,
    /// This year less the year before.
    pub change: i64,
}

/// The date a record was decided: its case's `decided_on`, else the `as_of` it was decided
/// under.
fn decided_on(record: &DecisionRecord) -> Option<Date> {
    let own = record.case.get("decided_on").and_then(serde_json::Value::as_str);
    own.or(record.decision.as_of.as_deref()).and_then(Date::parse)
}

/// Whether a clause belongs to the innovation view.
fn innovation_clause(clause: &str) -> bool {
    clause.starts_with("innovation-strategy:")
}

impl Policy {
    /// The accounts of `year` from decision records (of any years: the others are counted
    /// and left out, the year before is compared against). Clause titles come from this
    /// pack.
    pub fn accounts(&self, records: &[DecisionRecord], year: u16) -> Accounts {
        let mut counts = RecordCounts::default();
        let (mut this, mut before) = (Vec::new(), Vec::new());
        for record in records {
            match decided_on(record) {
                None => counts.undated += 1,
                Some(d) if d.year() == year => {
                    counts.in_year += 1;
                    this.push((d, &record.decision));
                }
                Some(d) if year.checked_sub(1) == Some(d.year()) => {
                    counts.previous_year += 1;
                    before.push((d, &record.decision));
                }
                Some(_) => counts.other_years += 1,
            }
        }
        let mut packs: Vec<PolicyRef> = Vec::new();
        for (_, d) in &this {
            if !packs.contains(&d.policy) {
                packs.push(d.policy.clone());
            }
        }
        let now = self.figures(year, &this);
        let previous = (!before.is_empty()).then(|| self.figures(year.saturating_sub(1), &before));
        let change = previous.as_ref().map(|p| changes(&now, p)).unwrap_or_default();
        Accounts {
            year,
            records: counts,
            packs,
            digitalisation: now.digitalisation,
            innovation: now.innovation,
            previous,
            change,
        }
    }

    fn figures(&self, year: u16, decisions: &[(Date, &Decision)]) -> YearFigures {
        let mut d = DigitalisationView {
            requests: 0,
            routes: RouteCounts::default(),
            in_house_share: None,
            co_development_share: None,
            blocked: 0,
            deviations: DeviationCounts::default(),
            order_price_sek: 0,
            decisions_above_cheapest: 0,
            clauses: Vec::new(),
            by_quarter: (1..=4)
                .map(|quarter| QuarterCounts { quarter, requests: 0, routes: RouteCounts::default() })
                .collect(),
        };
        let mut i = InnovationView {
            innovation_cases: 0,
            innovations_decided: 0,
            co_developed: 0,
            deviations: DeviationCounts::default(),
            clauses: Vec::new(),
        };
        let mut clauses: Vec<ClauseCounts> = Vec::new();
        for (date, decision) in decisions {
            d.requests += 1;
            count_route(&mut d.routes, decision);
            if let Some(q) = d.by_quarter.get_mut(usize::from((date.month().saturating_sub(1)) / 3)) {
                q.requests += 1;
                count_route(&mut q.routes, decision);
            }
            d.blocked += u32::from(decision.status == Status::Blocked);
            if let Some(extra) = order_price(decision) {
                d.order_price_sek = d.order_price_sek.saturating_add(extra);
                d.decisions_above_cheapest += u32::from(extra > 0);
            }
            count_deviations(decision, &mut d.deviations, &mut i.deviations);
            count_innovation(decision, &mut i);
            self.count_clauses(&mut clauses, decision);
        }
        self.order_clauses(&mut clauses);
        let (innovation, digitalisation): (Vec<_>, Vec<_>) =
            clauses.into_iter().partition(|c| innovation_clause(&c.clause));
        d.clauses = digitalisation;
        i.clauses = innovation;
        let decided = d.requests - d.routes.out_of_scope;
        d.in_house_share = share(d.routes.in_house, decided);
        d.co_development_share = share(d.routes.co_development, d.routes.co_development + d.routes.own_development);
        YearFigures { year, digitalisation: d, innovation: i }
    }

    fn count_clauses(&self, clauses: &mut Vec<ClauseCounts>, decision: &Decision) {
        for r in &decision.review.results {
            let slot = match clauses.iter().position(|c| c.clause == r.clause) {
                Some(at) => clauses.get_mut(at),
                None => {
                    clauses.push(self.clause_counts(&r.clause));
                    clauses.last_mut()
                }
            };
            if let Some(c) = slot {
                match r.outcome {
                    Outcome::Met => c.met += 1,
                    Outcome::NotMet => c.not_met += 1,
                    Outcome::NotKnown => c.not_known += 1,
                    Outcome::NotApplicable => c.not_applicable += 1,
                }
            }
        }
    }

    fn clause_counts(&self, clause: &str) -> ClauseCounts {
        let title = self.clause(clause).map(|c| c.title.clone()).unwrap_or_default();
        ClauseCounts { clause: clause.to_owned(), title, met: 0, not_met: 0, not_known: 0, not_applicable: 0 }
    }

    /// The pack's clause order; clauses it does not have (from another pack) after, by id.
    fn order_clauses(&self, clauses: &mut [ClauseCounts]) {
        let position = |id: &str| self.pack().clauses.iter().position(|c| c.id == id).unwrap_or(usize::MAX);
        clauses.sort_by(|a, b| position(&a.clause).cmp(&position(&b.clause)).then_with(|| a.clause.cmp(&b.clause)));
    }
}

fn share(part: u32, whole: u32) -> Option<f64> {
    (whole > 0).then(|| f64::from(part) / f64::from(whole))
}

fn count_route(routes: &mut RouteCounts, decision: &Decision) {
    let slot = match (decision.status, decision.route) {
        (Status::OutOfScope, _) | (_, None) => &mut routes.out_of_scope,
        (_, Some(Route::InHouse)) => &mut routes.in_house,
        (_, Some(Route::Market)) => &mut routes.market,
        (_, Some(Route::CoDevelopment)) => &mut routes.co_development,
        (_, Some(Route::OwnDevelopment)) => &mut routes.own_development,
        (_, Some(Route::NoCandidate)) => &mut routes.no_candidate,
    };
    *slot += 1;
}

/// What a ready decision's selection costs above the cheapest candidate that met the need.
fn order_price(decision: &Decision) -> Option<i64> {
    if decision.status != Status::Ready {
        return None;
    }
    let (selected, cheapest) = (decision.selected_candidate()?, decision.cheapest_meeting_need()?);
    Some(selected.tco_sek.saturating_sub(cheapest.tco_sek).max(0))
}

fn count_deviations(decision: &Decision, digitalisation: &mut DeviationCounts, innovation: &mut DeviationCounts) {
    for d in decision.deviations() {
        let view = if innovation_clause(d.clause) { &mut *innovation } else { &mut *digitalisation };
        if d.justified.is_some() {
            view.justified += 1;
        } else {
            view.open += 1;
        }
    }
}

/// A request concerns innovation when innovation strategy 3.2 applies to it: its evidence
/// says so, or its route is development (the review decides; not applicable means no).
fn count_innovation(decision: &Decision, view: &mut InnovationView) {
    let applies = decision
        .review
        .result("innovation-strategy:3.2")
        .is_some_and(|r| matches!(r.outcome, Outcome::Met | Outcome::NotMet))
        || decision.route.is_some_and(Route::is_development);
    if !applies || decision.status == Status::OutOfScope {
        return;
    }
    view.innovation_cases += 1;
    if decision.status == Status::Ready && decision.selected.is_some() {
        view.innovations_decided += 1;
        view.co_developed += u32::from(decision.route == Some(Route::CoDevelopment));
    }
}

/// The change of every count from `before` to `now`.
fn changes(now: &YearFigures, before: &YearFigures) -> Vec<Change> {
    let pairs = |f: &YearFigures| -> Vec<(&'static str, i64)> {
        let (d, i, r) = (&f.digitalisation, &f.innovation, &f.digitalisation.routes);
        vec![
            ("digitalisation.requests", d.requests.into()),
            ("digitalisation.routes.in_house", r.in_house.into()),
            ("digitalisation.routes.market", r.market.into()),
            ("digitalisation.routes.co_development", r.co_development.into()),
            ("digitalisation.routes.own_development", r.own_development.into()),
            ("digitalisation.routes.no_candidate", r.no_candidate.into()),
            ("digitalisation.routes.out_of_scope", r.out_of_scope.into()),
            ("digitalisation.blocked", d.blocked.into()),
            ("digitalisation.deviations.justified", d.deviations.justified.into()),
            ("digitalisation.deviations.open", d.deviations.open.into()),
            ("digitalisation.order_price_sek", d.order_price_sek),
            ("digitalisation.decisions_above_cheapest", d.decisions_above_cheapest.into()),
            ("innovation.innovation_cases", i.innovation_cases.into()),
            ("innovation.innovations_decided", i.innovations_decided.into()),
            ("innovation.co_developed", i.co_developed.into()),
            ("innovation.deviations.justified", i.deviations.justified.into()),
            ("innovation.deviations.open", i.deviations.open.into()),
        ]
    };
    pairs(now)
        .into_iter()
        .zip(pairs(before))
        .map(|((measure, a), (_, b))| Change {
            measure: measure.to_owned(),
            this_year: a,
            previous_year: b,
            change: a.saturating_sub(b),
        })
        .collect()
}

impl Accounts {
    /// Reads accounts from their JSON (what [`Policy::accounts`] gives, serialized).
    pub fn from_json(json: &str) -> Result<Accounts, Error> {
        parse_accounts(json)
    }
}

/// Reads accounts from their JSON (what the `accounts` operation gives).
pub fn parse_accounts(json: &str) -> Result<Accounts, Error> {
    serde_json::from_str(json).map_err(|e| {
        let message = w!(AccountsAccountsE { e: Arg::Str(e.to_string().into()) }).text();
        Error::InvalidRecord(Problems::one(Problem::new(ErrorCode::WrongType, "", message)))
    })
}
