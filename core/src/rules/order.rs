//! Policy §5.9, coordinated acquisition: the order of stages (in-house, market,
//! development, co-development before development alone), the choice of supplier on the
//! three criteria, and the innovation perspective in every evaluation.

use crate::input::check::{Checked, CheckedCandidate};
use crate::message::{Arg, Message};
use crate::model::case::{Origin, Priority};
use crate::model::decision::{Finding, FindingCode, Route, Scores, StepCode, TraceStep};
use crate::model::pack::Parameters;
use crate::model::review::Severity;
use crate::model::review::{EvidenceItem, PartForce, PrincipleResult};
use crate::rules::clauses::POLICY_5_9;
use crate::rules::explain::{candidate_name, finding, stage_name, step};
use crate::rules::principles::assess;
use crate::rules::ranking::{cost_fraction, round4, ExactTotal, MilliWeights};
use crate::text::plain_list;
use crate::words::w;
use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::BTreeMap;

/// A candidate's place in the policy's strict order; earlier beats later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Tier {
    /// Stage 1: an existing product or service of the council.
    InHouse,
    /// Stage 2: an existing product or service on the market.
    Market,
    /// Stage 3, preferred: development together with other regions.
    CoDevelopment,
    /// Stage 3: development by the council alone.
    OwnDevelopment,
}

impl Tier {
    /// The tier of a candidate.
    pub(crate) fn of(c: &CheckedCandidate<'_>) -> Tier {
        match c.candidate.origin {
            Origin::InHouse => Tier::InHouse,
            Origin::Market => Tier::Market,
            Origin::Development if c.co_development => Tier::CoDevelopment,
            Origin::Development => Tier::OwnDevelopment,
        }
    }

    /// The route taken when the selected candidate is of this tier.
    fn route(self) -> Route {
        match self {
            Tier::InHouse => Route::InHouse,
            Tier::Market => Route::Market,
            Tier::CoDevelopment => Route::CoDevelopment,
            Tier::OwnDevelopment => Route::OwnDevelopment,
        }
    }
}

/// Which stages the order reached: stage 1 always, a later stage only when no candidate of
/// an earlier stage meets the need (every stage under a non-strict variant). Only the
/// evaluations of reached stages are held to the innovation perspective.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Reached {
    /// The first stage with a candidate that meets the need; `None` when there is none, or
    /// under a non-strict variant.
    last: Option<Origin>,
}

impl Reached {
    fn of(checked: &Checked<'_>, strict: bool) -> Reached {
        let first_fit = checked.candidates.iter().filter(|c| c.missing.is_empty()).map(|c| c.candidate.origin).min();
        Reached { last: if strict { first_fit } else { None } }
    }

    /// Whether the order evaluated `c`'s stage.
    pub(crate) fn evaluated(self, c: &CheckedCandidate<'_>) -> bool {
        self.last.is_none_or(|last| c.candidate.origin <= last)
    }
}

/// A candidate that meets the need, with its exact total and display scores.
#[derive(Debug, Clone)]
pub(crate) struct Ranked<'a> {
    pub c: &'a CheckedCandidate<'a>,
    /// The group it is ranked in: its tier under the strict order, `None` (one group for
    /// all) under a what-if variant that ranks across stages.
    pub group: Option<Tier>,
    pub total: ExactTotal,
    pub scores: Scores,
}

/// The outcome of §5.9 for a case.
#[derive(Debug, Clone)]
pub(crate) struct Order<'a> {
    /// Candidates that meet the need, in the policy's full order; the first is selected.
    pub ranked: Vec<Ranked<'a>>,
    /// The route.
    pub route: Route,
    /// The §5.9 findings.
    pub findings: Vec<Finding>,
    /// The §5.9 trace steps.
    pub steps: Vec<TraceStep>,
    /// §5.9 as a review result.
    pub result: PrincipleResult,
}

impl<'a> Order<'a> {
    /// The selected candidate.
    pub fn selected(&self) -> Option<&'a CheckedCandidate<'a>> {
        self.ranked.first().map(|r| r.c)
    }

    /// The rank (1-based) of the candidate at input position `index`.
    pub fn rank_of(&self, index: usize) -> Option<u32> {
        self.ranked.iter().position(|r| r.c.index == index).and_then(|p| u32::try_from(p + 1).ok())
    }
}

/// Policy §5.9, coordinated acquisition: decides the stage, the candidate and the route.
///
/// - [5.9-1], [5.9-2], [5.9-4]: the order is strict. A candidate meets the need when it
///   covers every `must`; any in-house candidate that meets it beats every market one, any
///   market one every development; among developments, one with a partner region beats one
///   by the council alone (a SHOULD, so choosing solo development is advice, and nothing
///   that meets the need is the `no_candidate` route: commission development).
/// - [5.9-6]: within a stage, candidates are ranked on cost (TCO over the horizon),
///   strategic importance and delivery ability with the pack's weights, ties broken on
///   `should` coverage, lower TCO, then id; see [`crate::rules::ranking`].
/// - [5.9-3], [5.9-5]: every evaluated candidate must record the innovation perspective;
///   one that does not is a deviation.
///
/// It also reports what would change the outcome (the `must` requirements each
/// earlier-stage candidate lacks) and the price of the order (a later candidate that meets
/// the need at lower cost).
pub(crate) fn acquisition_order<'a>(checked: &'a Checked<'a>, params: &Parameters, weights: MilliWeights) -> Order<'a> {
    let strict = params.strict_order;
    let ranked = rank(checked, strict, weights);
    let selected = ranked.first();
    let route = selected.map_or(Route::NoCandidate, |r| Tier::of(r.c).route());

    let reached = Reached::of(checked, strict);
    let mut findings = innovation_perspective(checked, reached);
    findings.extend(route_advice(route, selected));
    findings.extend(earlier_stage_gaps(checked, selected.map(|r| Tier::of(r.c)), strict));
    if let (Some(sel), true) = (selected, strict) {
        findings.extend(price_of_the_order(sel, &ranked, checked.horizon_years));
    }
    let steps = order_steps(checked, &ranked, route, params);
    let result = order_result(checked, route, selected, reached);
    Order { ranked, route, findings, steps, result }
}

/// The candidates that meet the need in the policy's full order: by group (the tier under
/// the strict order), then exact total, `should` coverage, lower TCO and id.
fn rank<'a>(checked: &'a Checked<'a>, strict: bool, weights: MilliWeights) -> Vec<Ranked<'a>> {
    let group_of = |c: &CheckedCandidate<'_>| strict.then(|| Tier::of(c));
    // Costs are normalised per stage (development as one stage) among candidates that meet the need.
    let stage_of = |c: &CheckedCandidate<'_>| strict.then_some(c.candidate.origin);
    let meeting = checked.candidates.iter().filter(|c| c.missing.is_empty());
    let mut min_tco: BTreeMap<Option<Origin>, u64> = BTreeMap::new();
    for c in meeting.clone() {
        let entry = min_tco.entry(stage_of(c)).or_insert(c.tco);
        *entry = (*entry).min(c.tco);
    }
    let mut ranked: Vec<Ranked<'_>> = meeting
        .map(|c| {
            let min = min_tco.get(&stage_of(c)).copied().unwrap_or(c.tco);
            let total = ExactTotal::new(c, min, weights);
            Ranked { c, group: group_of(c), total, scores: display_scores(c, min, total, weights) }
        })
        .collect();
    let key = |r: &Ranked<'a>| (r.group, Reverse(r.total), Reverse(r.c.should_covered), r.c.tco, &r.c.candidate.id);
    ranked.sort_by(|a, b| key(a).cmp(&key(b)));
    ranked
}

/// [5.9-4]: advice when the council develops alone, or when nothing meets the need.
fn route_advice(route: Route, selected: Option<&Ranked<'_>>) -> Option<Finding> {
    match (route, selected) {
        (Route::OwnDevelopment, Some(r)) => Some(finding(
            POLICY_5_9,
            FindingCode::SoloDevelopment,
            Severity::Advice,
            Some(&r.c.candidate.id),
            w!(OrderDevelopedCouncilAloneDevelopment { candidate: candidate_name(r.c) }),
        )),
        (Route::NoCandidate, _) => Some(finding(
            POLICY_5_9,
            FindingCode::CommissionDevelopment,
            Severity::Advice,
            None,
            w!(ORDER_CANDIDATE_COVERS_EVERY_REQUIREMENT),
        )),
        _ => None,
    }
}

/// An order on candidates. The sorts below share this one function-pointer type, so the
/// module carries one sort for all of them, not one per closure.
type CandidateOrder = fn(&&CheckedCandidate<'_>, &&CheckedCandidate<'_>) -> std::cmp::Ordering;

/// By id: ids are unique, so the order is total.
fn by_id_then(a: &&CheckedCandidate<'_>, b: &&CheckedCandidate<'_>) -> std::cmp::Ordering {
    a.candidate.id.cmp(&b.candidate.id)
}

/// By stage, then by id.
fn by_tier_then_id(a: &&CheckedCandidate<'_>, b: &&CheckedCandidate<'_>) -> std::cmp::Ordering {
    (Tier::of(a), &a.candidate.id).cmp(&(Tier::of(b), &b.candidate.id))
}

/// Sorts candidates by `order`.
fn sort_candidates(candidates: &mut [&CheckedCandidate<'_>], order: CandidateOrder) {
    candidates.sort_by(order);
}

/// §5.9 as a review result: the innovation perspective recorded for every candidate of a
/// stage the order reached (SHALL; not recorded counts as not met) and, when development by the council alone is
/// chosen, co-development (SHOULD).
fn order_result(
    checked: &Checked<'_>,
    route: Route,
    selected: Option<&Ranked<'_>>,
    reached: Reached,
) -> PrincipleResult {
    let mut by_id: Vec<&CheckedCandidate<'_>> = checked.candidates.iter().filter(|c| reached.evaluated(c)).collect();
    sort_candidates(&mut by_id, by_id_then);
    let mut parts: Vec<_> = by_id
        .iter()
        .map(|c| EvidenceItem {
            field: Cow::Owned(format!("candidates[{}].innovation_assessed", c.index)),
            value: Some(c.candidate.innovation_assessed == Some(true)),
            force: PartForce::Shall,
            label: w!(OrderEvaluationTakesInnovationPerspective { candidate: candidate_name(c) }),
        })
        .collect();
    if let (Route::OwnDevelopment, Some(sel)) = (route, selected) {
        parts.push(EvidenceItem {
            field: format!("candidates[{}].partners", sel.c.index).into(),
            value: Some(false),
            force: PartForce::Should,
            label: w!(ORDER_DEVELOPMENT_SHARED_OTHER_REGIONS),
        });
    }
    assess(POLICY_5_9, Some(true), None, parts)
}

fn display_scores(c: &CheckedCandidate<'_>, min_tco: u64, total: ExactTotal, w: MilliWeights) -> Scores {
    let (num, den) = cost_fraction(c.tco, min_tco);
    let cost = if den == 0 { 1.0 } else { num as f64 / den as f64 };
    Scores {
        cost: round4(cost),
        strategic_importance: round4(c.strategic_importance.saturating_sub(1) as f64 / 4.0),
        delivery_ability: round4(c.delivery_ability.saturating_sub(1) as f64 / 4.0),
        total: round4(total.as_f64(w)),
    }
}

/// [5.9-3], [5.9-5]: each candidate of a stage the order reached whose evaluation does not
/// record the innovation perspective is a deviation, in id order. A candidate of a stage
/// the order never reached is not held to it: a unit is not penalised for listing fallbacks.
fn innovation_perspective(checked: &Checked<'_>, reached: Reached) -> Vec<Finding> {
    let mut missing: Vec<&CheckedCandidate<'_>> = checked
        .candidates
        .iter()
        .filter(|c| reached.evaluated(c) && c.candidate.innovation_assessed != Some(true))
        .collect();
    sort_candidates(&mut missing, by_id_then);
    missing
        .into_iter()
        .map(|c| {
            let message = if c.candidate.innovation_assessed == Some(false) {
                w!(OrderEvaluationDidTakeInnovation { candidate: candidate_name(c) })
            } else {
                w!(OrderRecordedEvaluationTookInnovation { candidate: candidate_name(c) })
            };
            finding(POLICY_5_9, FindingCode::InnovationNotAssessed, Severity::Deviation, Some(&c.candidate.id), message)
        })
        .collect()
}

/// [5.9-1], [5.9-2], [5.9-4] and the partial-fit reading: each candidate earlier in the order than the
/// selected one (every candidate when none is selected, or under a non-strict variant) that
/// lacks `must` requirements, with exactly which: what would change the outcome.
fn earlier_stage_gaps(checked: &Checked<'_>, selected: Option<Tier>, strict: bool) -> Vec<Finding> {
    let before = |c: &CheckedCandidate<'_>| !strict || selected.is_none_or(|s| Tier::of(c) < s);
    let mut gaps: Vec<&CheckedCandidate<'_>> =
        checked.candidates.iter().filter(|c| !c.missing.is_empty() && before(c)).collect();
    sort_candidates(&mut gaps, by_tier_then_id);
    gaps.into_iter()
        .map(|c| {
            let message = gap_message(c, strict, selected.is_some());
            finding(POLICY_5_9, FindingCode::EarlierStageGap, Severity::Info, Some(&c.candidate.id), message)
        })
        .collect()
}

fn gap_message(c: &CheckedCandidate<'_>, strict: bool, selected: bool) -> Message {
    let (candidate, stage) = (candidate_name(c), stage_name(c.candidate.origin));
    let (count, missing) = (Arg::count(c.missing.len()), Arg::Str(plain_list(&c.missing).into()));
    if !strict {
        w!(OrderGapNotRanked { candidate, count, missing, stage })
    } else if selected {
        w!(OrderGapWouldComeFirst { candidate, count, missing, stage })
    } else {
        w!(OrderGapCommission { candidate, count, missing, stage })
    }
}

/// [5.9-1], [5.9-2]: the price of the strict order, when a candidate later in the order
/// meets the need at a lower TCO than the selected one (the cheapest such candidate).
fn price_of_the_order(selected: &Ranked<'_>, ranked: &[Ranked<'_>], horizon: u64) -> Option<Finding> {
    let cheaper = ranked
        .iter()
        .filter(|r| r.group > selected.group && r.c.tco < selected.c.tco)
        .min_by(|a, b| (a.c.tco, &a.c.candidate.id).cmp(&(b.c.tco, &b.c.candidate.id)))?;
    Some(finding(
        POLICY_5_9,
        FindingCode::PriceOfTheOrder,
        Severity::Info,
        Some(&cheaper.c.candidate.id),
        w!(OrderAlsoMeetsNeedCosts {
            amount: Arg::Kronor(selected.c.tco - cheaper.c.tco),
            candidate: candidate_name(cheaper.c),
            other: candidate_name(selected.c),
            count: Arg::count(horizon)
        }),
    ))
}

/// The §5.9 trace: the cost horizon, which candidates meet the need, each stage, the
/// supplier choice and the route.
fn order_steps(checked: &Checked<'_>, ranked: &[Ranked<'_>], route: Route, params: &Parameters) -> Vec<TraceStep> {
    let mut steps = vec![horizon_step(checked), need_fit_step(checked, ranked.len())];
    if params.strict_order {
        let selected_stage = ranked.first().map(|r| r.c.candidate.origin);
        for (origin, code) in [
            (Origin::InHouse, StepCode::StageInHouse),
            (Origin::Market, StepCode::StageMarket),
            (Origin::Development, StepCode::StageDevelopment),
        ] {
            steps.push(step(POLICY_5_9, code, stage_message(checked, ranked, origin, selected_stage)));
        }
    } else {
        steps.push(step(POLICY_5_9, StepCode::NonStrictOrder, w!(ORDER_WHAT_IF_STAGE_ORDER)));
    }
    steps.push(supplier_step(ranked, params));
    let (sv, en) = route.words();
    steps.push(step(POLICY_5_9, StepCode::Route, w!(OrderRoute { what: Arg::Words(sv, en) })));
    steps
}

fn horizon_step(checked: &Checked<'_>) -> TraceStep {
    let horizon = Arg::count(checked.horizon_years);
    let source = if checked.case.horizon_years.is_some() {
        let (sv, en) = w!(ORDER_HORIZON_FROM_CASE).words();
        Arg::Words(sv, en)
    } else {
        let (sv, en) = w!(ORDER_HORIZON_FROM_PACK).words();
        Arg::Words(sv, en)
    };
    step(POLICY_5_9, StepCode::CostHorizon, w!(OrderCostComparedTotalCost { horizon, source }))
}

fn need_fit_step(checked: &Checked<'_>, meeting: usize) -> TraceStep {
    let musts: Vec<&str> =
        checked.case.requirements.iter().filter(|r| r.priority == Priority::Must).map(|r| r.id.as_str()).collect();
    let must_list = if musts.is_empty() { Cow::Borrowed("–") } else { Cow::Owned(plain_list(&musts)) };
    step(
        POLICY_5_9,
        StepCode::NeedFit,
        w!(OrderCandidatesCoverEveryRequirement {
            count: Arg::count(meeting),
            count2: Arg::count(checked.candidates.len()),
            must_list: Arg::Str(must_list)
        }),
    )
}

/// What happened in one stage: not reached, the choice made here, or nothing fits.
fn stage_message(checked: &Checked<'_>, ranked: &[Ranked<'_>], origin: Origin, selected: Option<Origin>) -> Message {
    let here = Arg::count(checked.candidates.iter().filter(|c| c.candidate.origin == origin).count());
    let fit = Arg::count(ranked.iter().filter(|r| r.c.candidate.origin == origin).count());
    let (name, n) = (stage_name(origin), Arg::Int(i64::from(origin as u8) + 1));
    match selected {
        Some(s) if s < origin => w!(OrderStageReachedEarlierStage { here, n, name }),
        Some(s) if s == origin && origin == Origin::Development => w!(OrderStageCandidatesMeetNeed {
            count: Arg::count(ranked.iter().filter(|r| r.group == Some(Tier::CoDevelopment)).count()),
            fit,
            here,
            n,
            name
        }),
        Some(s) if s == origin => w!(OrderStageCandidatesMeetNeed2 { fit, here, n, name }),
        _ => w!(OrderStageCandidateMeetsNeed { here, n, name }),
    }
}

/// [5.9-6]: the supplier choice on the three criteria within the selected group.
fn supplier_step(ranked: &[Ranked<'_>], params: &Parameters) -> TraceStep {
    let w = &params.weights;
    let weights = format!("{}:{}:{}", w.cost, w.strategic_importance, w.delivery_ability);
    let message = match ranked.first() {
        Some(sel) => {
            let peers = ranked.iter().filter(|r| r.group == sel.group).count();
            w!(OrderRankingWithinStageCost {
                candidate: candidate_name(sel.c),
                count: Arg::count(peers),
                weights: Arg::Str(weights.into())
            })
        }
        None => w!(ORDER_SUPPLIER_CHOOSE_CANDIDATE_MEETS),
    };
    step(POLICY_5_9, StepCode::SupplierChoice, message)
}
