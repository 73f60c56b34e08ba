//! The acquisition rules: policy §5.9 (the order of stages and the choice of supplier),
//! policy §5.6 (the whole before the parts) and innovation strategy 6.3 (procurement that
//! allows new solutions). One public-in-crate function per clause; each names its clause.

use crate::case::Origin;
use crate::clauses::{INNOVATION_STRATEGY_6_3, POLICY_5_6, POLICY_5_9};
use crate::decision::{Finding, FindingCode, Route, Scores, Severity, StepCode, TraceStep};
use crate::pack::{MilliWeights, Policy};
use crate::principles::{assess, part, PartForce, PrincipleResult};
use crate::ranking::{cost_fraction, round4, ExactTotal};
use crate::text::{id_list, kronor, Text};
use crate::validate::{Checked, CheckedCandidate};
use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::BTreeMap;

/// A candidate's place in the policy's order: in-house, market, co-development, development
/// alone.
fn tier(c: &CheckedCandidate<'_>) -> u8 {
    match c.candidate.origin {
        Origin::InHouse => 0,
        Origin::Market => 1,
        Origin::Development if c.co_development => 2,
        Origin::Development => 3,
    }
}

fn stage_name(origin: Origin) -> Text {
    match origin {
        Origin::InHouse => Text::new("inom landstinget", "in-house"),
        Origin::Market => Text::new("marknaden", "market"),
        Origin::Development => Text::new("utveckling", "development"),
    }
}

fn finding(
    clause: &'static str,
    code: FindingCode,
    severity: Severity,
    candidate: Option<&str>,
    message: Text,
) -> Finding {
    Finding { clause: Cow::Borrowed(clause), code, severity, candidate: candidate.map(str::to_owned), message }
}

fn step(clause: &'static str, code: StepCode, message: Text) -> TraceStep {
    TraceStep { clause: Cow::Borrowed(clause), code, message }
}

/// A candidate that meets the need, with its exact total and display scores.
#[derive(Debug, Clone)]
pub(crate) struct Ranked<'a> {
    pub c: &'a CheckedCandidate<'a>,
    pub tier: u8,
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
///   `should` coverage, lower TCO, then id; see [`crate::ranking`].
/// - [5.9-3], [5.9-5]: every evaluated candidate must record the innovation perspective;
///   one that does not is a deviation.
///
/// It also reports what would change the outcome (the `must` requirements each
/// earlier-stage candidate lacks) and the price of the order (a later candidate that meets
/// the need at lower cost).
pub(crate) fn acquisition_order<'a>(checked: &'a Checked<'a>, policy: &Policy) -> Order<'a> {
    let weights = policy.milli_weights();
    // The real pack's order is strict; a what-if variant may rank across stages instead.
    let strict = policy.parameters().strict_order;
    let stage_of = |c: &CheckedCandidate<'_>| if strict { Some(c.candidate.origin) } else { None };
    let meeting: Vec<&CheckedCandidate<'_>> = checked.candidates.iter().filter(|c| c.missing.is_empty()).collect();

    // Lowest TCO per stage among candidates that meet the need.
    let mut min_tco: BTreeMap<Option<Origin>, u64> = BTreeMap::new();
    for c in &meeting {
        let entry = min_tco.entry(stage_of(c)).or_insert(c.tco);
        *entry = (*entry).min(c.tco);
    }
    let mut ranked: Vec<Ranked<'_>> = meeting
        .iter()
        .map(|&c| {
            let min = min_tco.get(&stage_of(c)).copied().unwrap_or(c.tco);
            let total = ExactTotal::new(c, min, weights);
            let tier = if strict { tier(c) } else { 0 };
            Ranked { c, tier, total, scores: display_scores(c, min, total, weights) }
        })
        .collect();
    ranked.sort_by(|a, b| {
        (a.tier, Reverse(a.total), Reverse(a.c.should_covered), a.c.tco, &a.c.candidate.id).cmp(&(
            b.tier,
            Reverse(b.total),
            Reverse(b.c.should_covered),
            b.c.tco,
            &b.c.candidate.id,
        ))
    });

    let selected = ranked.first();
    let route = match selected {
        None => Route::NoCandidate,
        Some(r) => match tier(r.c) {
            0 => Route::InHouse,
            1 => Route::Market,
            2 => Route::CoDevelopment,
            _ => Route::OwnDevelopment,
        },
    };

    let mut findings = innovation_perspective(checked);
    match (route, selected) {
        (Route::OwnDevelopment, Some(r)) => findings.push(finding(
            POLICY_5_9,
            FindingCode::SoloDevelopment,
            Severity::Advice,
            Some(&r.c.candidate.id),
            Text::new(
                format!(
                    "{} utvecklas av landstinget ensamt. Utveckling bör i möjligaste mån ske med andra landsting och regioner: dokumentera vilka regioner som tillfrågats och varför ingen deltar.",
                    r.c.candidate.name
                ),
                format!(
                    "{} is developed by the council alone. Development should as far as possible be shared with other county councils and regions: record which regions were asked and why none takes part.",
                    r.c.candidate.name
                ),
            ),
        )),
        (Route::NoCandidate, _) => findings.push(finding(
            POLICY_5_9,
            FindingCode::CommissionDevelopment,
            Severity::Advice,
            None,
            Text::new(
                "Inget alternativ täcker alla ska-krav. Landstinget kan beställa utveckling, helst tillsammans med andra landsting och regioner, och då bara av det som saknas.",
                "No candidate covers every must requirement. The council may commission development, preferably together with other county councils and regions, and only of what is missing.",
            ),
        )),
        _ => {}
    }
    findings.extend(earlier_stage_gaps(checked, selected.map(|r| r.tier), strict));
    if let (Some(sel), true) = (selected, strict) {
        findings.extend(price_of_the_order(sel, &ranked, checked.horizon_years));
    }

    let steps = order_steps(checked, &ranked, route, policy);
    let result = order_result(checked, route, selected);
    Order { ranked, route, findings, steps, result }
}

/// §5.9 as a review result: the innovation perspective recorded for every candidate
/// (SHALL; not recorded counts as not met) and, when development by the council alone is
/// chosen, co-development (SHOULD).
fn order_result(checked: &Checked<'_>, route: Route, selected: Option<&Ranked<'_>>) -> PrincipleResult {
    let mut by_id: Vec<&CheckedCandidate<'_>> = checked.candidates.iter().collect();
    by_id.sort_by(|a, b| a.candidate.id.cmp(&b.candidate.id));
    let mut parts: Vec<_> = by_id
        .iter()
        .map(|c| {
            let name = &c.candidate.name;
            crate::principles::EvidenceItem {
                field: Cow::Owned(format!("candidates[{}].innovation_assessed", c.index)),
                value: Some(c.candidate.innovation_assessed == Some(true)),
                force: PartForce::Shall,
                label: Text::new(
                    format!("utvärderingen av {name} tar hänsyn till innovationsperspektivet"),
                    format!("the evaluation of {name} takes the innovation perspective into account"),
                ),
            }
        })
        .collect();
    if let (Route::OwnDevelopment, Some(sel)) = (route, selected) {
        parts.push(crate::principles::EvidenceItem {
            field: format!("candidates[{}].partners", sel.c.index).into(),
            value: Some(false),
            force: PartForce::Should,
            label: Text::new("utvecklingen sker med andra regioner", "the development is shared with other regions"),
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

/// [5.9-3], [5.9-5]: each candidate whose evaluation does not record the innovation
/// perspective is a deviation, in id order.
fn innovation_perspective(checked: &Checked<'_>) -> Vec<Finding> {
    let mut missing: Vec<&CheckedCandidate<'_>> =
        checked.candidates.iter().filter(|c| c.candidate.innovation_assessed != Some(true)).collect();
    missing.sort_by(|a, b| a.candidate.id.cmp(&b.candidate.id));
    missing
        .into_iter()
        .map(|c| {
            let name = &c.candidate.name;
            let message = if c.candidate.innovation_assessed == Some(false) {
                Text::new(
                    format!("Utvärderingen av {name} tog inte hänsyn till innovationsperspektivet. Avvikelsen ska motiveras."),
                    format!("The evaluation of {name} did not take the innovation perspective into account. The deviation needs a recorded justification."),
                )
            } else {
                Text::new(
                    format!("Det är inte dokumenterat att utvärderingen av {name} tog hänsyn till innovationsperspektivet."),
                    format!("It is not recorded that the evaluation of {name} took the innovation perspective into account."),
                )
            };
            finding(POLICY_5_9, FindingCode::InnovationNotAssessed, Severity::Deviation, Some(&c.candidate.id), message)
        })
        .collect()
}

/// [5.9-1], [5.9-2], [5.9-4] and Annex B Q20: each candidate earlier in the order than the
/// selected one (every candidate when none is selected) that lacks `must` requirements,
/// with exactly which: what would change the outcome.
fn earlier_stage_gaps(checked: &Checked<'_>, selected_tier: Option<u8>, strict: bool) -> Vec<Finding> {
    let limit = if strict { selected_tier.unwrap_or(u8::MAX) } else { u8::MAX };
    let mut gaps: Vec<&CheckedCandidate<'_>> =
        checked.candidates.iter().filter(|c| !c.missing.is_empty() && tier(c) < limit).collect();
    gaps.sort_by(|a, b| (tier(a), &a.candidate.id).cmp(&(tier(b), &b.candidate.id)));
    gaps.into_iter()
        .map(|c| {
            let name = &c.candidate.name;
            let stage = stage_name(c.candidate.origin);
            let list = id_list(&c.missing);
            let message = if !strict {
                Text::new(
                    format!("{name} ({}) saknar {list} och rangordnas därför inte.", stage.sv),
                    format!("{name} ({}) lacks {list} and so is not ranked.", stage.en),
                )
            } else if selected_tier.is_some() {
                Text::new(
                    format!("{name} ({}) skulle gå före det valda alternativet om det också täckte {list}.", stage.sv),
                    format!(
                        "{name} ({}) would come before the selected candidate if it also covered {list}.",
                        stage.en
                    ),
                )
            } else {
                Text::new(
                    format!("{name} ({}) saknar {list}; utveckling kan beställas av just det som saknas.", stage.sv),
                    format!("{name} ({}) lacks {list}; development can be commissioned for just that gap.", stage.en),
                )
            };
            finding(POLICY_5_9, FindingCode::EarlierStageGap, Severity::Info, Some(&c.candidate.id), message)
        })
        .collect()
}

/// [5.9-1], [5.9-2]: the price of the strict order, when a candidate later in the order
/// meets the need at a lower TCO than the selected one (the cheapest such candidate).
fn price_of_the_order(selected: &Ranked<'_>, ranked: &[Ranked<'_>], horizon: u64) -> Option<Finding> {
    let cheaper = ranked
        .iter()
        .filter(|r| r.tier > selected.tier && r.c.tco < selected.c.tco)
        .min_by(|a, b| (a.c.tco, &a.c.candidate.id).cmp(&(b.c.tco, &b.c.candidate.id)))?;
    let saving = kronor(selected.c.tco - cheaper.c.tco);
    let (name, sel) = (&cheaper.c.candidate.name, &selected.c.candidate.name);
    Some(finding(
        POLICY_5_9,
        FindingCode::PriceOfTheOrder,
        Severity::Info,
        Some(&cheaper.c.candidate.id),
        Text::new(
            format!(
                "{name} möter också behovet och kostar {} mindre över {horizon} år än {sel}, men policyns ordning går före kostnaden.",
                saving.sv
            ),
            format!(
                "{name} also meets the need and costs {} less over {horizon} years than {sel}, but the policy's order comes before cost.",
                saving.en
            ),
        ),
    ))
}

fn order_steps(checked: &Checked<'_>, ranked: &[Ranked<'_>], route: Route, policy: &Policy) -> Vec<TraceStep> {
    let mut steps = Vec::new();
    let horizon = checked.horizon_years;
    let (src_sv, src_en) = if checked.case.horizon_years.is_some() {
        ("enligt ärendet", "from the case")
    } else {
        ("policypaketets standardvärde", "the policy pack's default")
    };
    steps.push(step(
        POLICY_5_9,
        StepCode::CostHorizon,
        Text::new(
            format!("Kostnaden jämförs som total ägandekostnad över {horizon} år ({src_sv})."),
            format!("Cost is compared as total cost of ownership over {horizon} years ({src_en})."),
        ),
    ));
    let musts: Vec<String> = checked
        .case
        .requirements
        .iter()
        .filter(|r| r.priority == crate::case::Priority::Must)
        .map(|r| r.id.clone())
        .collect();
    let (n, k) = (checked.candidates.len(), ranked.len());
    let must_list = if musts.is_empty() { "–".to_owned() } else { id_list(&musts) };
    steps.push(step(
        POLICY_5_9,
        StepCode::NeedFit,
        Text::new(
            format!("Alternativ som täcker alla ska-krav ({must_list}) och därmed möter behovet: {k} av {n}."),
            format!("Candidates that cover every must requirement ({must_list}) and so meet the need: {k} of {n}."),
        ),
    ));

    let selected_stage = ranked.first().map(|r| r.c.candidate.origin);
    if !policy.parameters().strict_order {
        steps.push(step(
            POLICY_5_9,
            StepCode::NonStrictOrder,
            Text::new(
                "Scenario: stegordningen är inte strikt; alla alternativ som möter behovet rangordnas tillsammans enbart på de tre kriterierna.",
                "What-if: the stage order is not strict; every candidate that meets the need is ranked together on the three criteria alone.",
            ),
        ));
    }
    let stages: &[(Origin, StepCode)] = if policy.parameters().strict_order {
        &[
            (Origin::InHouse, StepCode::StageInHouse),
            (Origin::Market, StepCode::StageMarket),
            (Origin::Development, StepCode::StageDevelopment),
        ]
    } else {
        &[]
    };
    for &(origin, code) in stages {
        let here = checked.candidates.iter().filter(|c| c.candidate.origin == origin).count();
        let fit = ranked.iter().filter(|r| r.c.candidate.origin == origin).count();
        let name = stage_name(origin);
        let message = match selected_stage {
            Some(s) if s < origin => Text::new(
                format!(
                    "Steg {} ({}) prövas inte: ett tidigare steg möter behovet (alternativ här: {here}).",
                    origin as u8 + 1,
                    name.sv
                ),
                format!(
                    "Stage {} ({}) is not reached: an earlier stage meets the need (candidates here: {here}).",
                    origin as u8 + 1,
                    name.en
                ),
            ),
            Some(s) if s == origin => {
                let mut t = Text::new(
                    format!(
                        "Steg {} ({}): alternativ som möter behovet: {fit} av {here}; valet görs här.",
                        origin as u8 + 1,
                        name.sv
                    ),
                    format!(
                        "Stage {} ({}): candidates that meet the need: {fit} of {here}; the choice is made here.",
                        origin as u8 + 1,
                        name.en
                    ),
                );
                if origin == Origin::Development {
                    let co = ranked.iter().filter(|r| r.tier == 2).count();
                    t.sv.to_mut().push_str(&format!(
                        " Av dem utvecklas {co} med andra regioner; de går före utveckling i egen regi."
                    ));
                    t.en.to_mut()
                        .push_str(&format!(" Of them, {co} with other regions; those come before development alone."));
                }
                t
            }
            _ => Text::new(
                format!(
                    "Steg {} ({}): inget alternativ möter behovet (alternativ här: {here}); nästa steg prövas.",
                    origin as u8 + 1,
                    name.sv
                ),
                format!(
                    "Stage {} ({}): no candidate meets the need (candidates here: {here}); the next stage is tried.",
                    origin as u8 + 1,
                    name.en
                ),
            ),
        };
        steps.push(step(POLICY_5_9, code, message));
    }

    let w = &policy.pack().parameters.weights;
    let weights = format!("{}:{}:{}", w.cost, w.strategic_importance, w.delivery_ability);
    let message = match ranked.first() {
        Some(sel) => {
            let peers = ranked.iter().filter(|r| r.tier == sel.tier).count();
            let total = sel.scores.total;
            Text::new(
                format!(
                    "Rangordning i steget på kostnad, strategisk betydelse och leveransförmåga (vikter {weights}, alternativ: {peers}); {} kommer först med totalpoäng {total}.",
                    sel.c.candidate.name
                ),
                format!(
                    "Ranking within the stage on cost, strategic importance and delivery ability (weights {weights}, candidates: {peers}); {} comes first with total score {total}.",
                    sel.c.candidate.name
                ),
            )
        }
        None => Text::new(
            "Ingen leverantör att välja: inget alternativ möter behovet.",
            "No supplier to choose: no candidate meets the need.",
        ),
    };
    steps.push(step(POLICY_5_9, StepCode::SupplierChoice, message));
    let label = route.label();
    steps.push(step(
        POLICY_5_9,
        StepCode::Route,
        Text::new(format!("Väg: {}.", label.sv), format!("Route: {}.", label.en)),
    ));
    steps
}

/// What policy §5.6 adds to a decision.
#[derive(Debug, Clone)]
pub(crate) struct WholeBeforeParts {
    /// The decision cannot be taken: no council-wide benefit assessment.
    pub blocked: bool,
    /// Findings: the blocking gap and the overridden wish.
    pub findings: Vec<Finding>,
    /// The step on the benefit assessment; it comes first in the trace.
    pub gate_step: TraceStep,
    /// The step on the unit's wish, when the unit has one; it comes last.
    pub preference_step: Option<TraceStep>,
    /// §5.6 as a review result.
    pub result: PrincipleResult,
}

/// Policy §5.6, the whole before the parts.
///
/// - [5.6-1]: a council-wide benefit assessment (`benefit_assessment.done: true`) precedes
///   every decision; without it the decision is blocked, its route provisional.
/// - [5.6-2]: the council's benefit outranks one unit's wish: when the unit's preferred
///   candidate is not the selected one, say why.
pub(crate) fn whole_before_parts(checked: &Checked<'_>, order: &Order<'_>, policy: &Policy) -> WholeBeforeParts {
    let case = checked.case;
    let done = case.benefit_assessment.as_ref().is_some_and(|b| b.done);
    // A what-if variant may exempt small cases (Annex B Q6); the real pack has no threshold.
    let threshold = policy.parameters().materiality_threshold_sek.and_then(|t| u64::try_from(t).ok());
    let case_tco =
        order.selected().map_or_else(|| checked.candidates.iter().map(|c| c.tco).max().unwrap_or(0), |c| c.tco);
    let immaterial = !done && threshold.is_some_and(|t| case_tco < t);
    let mut findings = Vec::new();
    let gate_step = if done {
        step(
            POLICY_5_6,
            StepCode::BenefitAssessment,
            Text::new(
                "En bedömning av nyttan för hela landstinget finns före beslutet.",
                "An assessment of the benefit to the whole council exists before the decision.",
            ),
        )
    } else if immaterial {
        let (tco, limit) = (kronor(case_tco), kronor(threshold.unwrap_or(0)));
        let message = Text::new(
            format!(
                "Ingen nyttobedömning för hela landstinget, men scenariots väsentlighetsgräns ({}) undantar ärendet (total kostnad {}). Gör bedömningen ändå om den tillför något.",
                limit.sv, tco.sv
            ),
            format!(
                "No council-wide benefit assessment, but this variant's materiality threshold ({}) exempts the case (total cost {}). Make the assessment anyway where it adds something.",
                limit.en, tco.en
            ),
        );
        findings.push(finding(
            POLICY_5_6,
            FindingCode::BenefitAssessmentMissing,
            Severity::Advice,
            None,
            message.clone(),
        ));
        step(POLICY_5_6, StepCode::BenefitAssessment, message)
    } else {
        findings.push(finding(
            POLICY_5_6,
            FindingCode::BenefitAssessmentMissing,
            Severity::Blocking,
            None,
            Text::new(
                "Ingen bedömning av nyttan för hela landstinget är gjord. Den ska alltid föregå beslutet: vägen nedan är preliminär tills bedömningen finns.",
                "No assessment of the benefit to the whole council has been made. It must always precede the decision: the route below is provisional until it exists.",
            ),
        ));
        step(
            POLICY_5_6,
            StepCode::BenefitAssessment,
            Text::new(
                "Nyttobedömning för hela landstinget saknas: beslutet är blockerat och vägen preliminär.",
                "The council-wide benefit assessment is missing: the decision is blocked and the route provisional.",
            ),
        )
    };

    let preference_step = case.preferred_candidate.as_deref().and_then(|pref| {
        let wished = checked.candidates.iter().find(|c| c.candidate.id == pref)?;
        let name = &wished.candidate.name;
        if order.selected().is_some_and(|s| s.candidate.id == pref) {
            return Some(step(
                POLICY_5_6,
                StepCode::UnitPreference,
                Text::new(
                    format!("Verksamhetens önskemål, {name}, är också det som policyn väljer."),
                    format!("The unit's wish, {name}, is also what the policy selects."),
                ),
            ));
        }
        let reason = preference_reason(wished, order);
        findings.push(finding(
            POLICY_5_6,
            FindingCode::UnitPreferenceOverridden,
            Severity::Info,
            Some(pref),
            Text::new(
                format!("Verksamheten önskar {name}, men nyttan för hela landstinget går före en enskild verksamhets önskemål: {}.", reason.sv),
                format!("The unit wishes for {name}, but the benefit to the whole council comes before one unit's wish: {}.", reason.en),
            ),
        ));
        Some(step(
            POLICY_5_6,
            StepCode::UnitPreference,
            Text::new(
                format!("Verksamhetens önskemål, {name}, väljs inte: {}.", reason.sv),
                format!("The unit's wish, {name}, is not selected: {}.", reason.en),
            ),
        ))
    });

    let result = assess(
        POLICY_5_6,
        Some(true),
        None,
        vec![part(
            "benefit_assessment.done",
            Some(done),
            if immaterial { PartForce::Should } else { PartForce::Gate },
            "nyttan för hela landstinget är bedömd före beslutet",
            "the benefit to the whole council is assessed before the decision",
        )],
    );
    WholeBeforeParts { blocked: !done && !immaterial, findings, gate_step, preference_step, result }
}

/// Why the unit's preferred candidate lost.
fn preference_reason(wished: &CheckedCandidate<'_>, order: &Order<'_>) -> Text {
    if !wished.missing.is_empty() {
        let list = id_list(&wished.missing);
        return Text::new(format!("det täcker inte {list}"), format!("it does not cover {list}"));
    }
    let wished_tier = order.ranked.iter().find(|r| r.c.index == wished.index).map_or(u8::MAX, |r| r.tier);
    match order.ranked.first() {
        Some(sel) if sel.tier < wished_tier => {
            let stage = stage_name(sel.c.candidate.origin);
            if sel.tier == 2 && wished_tier == 3 {
                // Both developments: the preference for partner regions decided.
                Text::new(
                    "utveckling med andra regioner går före utveckling i egen regi",
                    "development with other regions comes before development alone",
                )
            } else {
                Text::new(
                    format!("ett alternativ i ett tidigare steg ({}) möter behovet", stage.sv),
                    format!("a candidate of an earlier stage ({}) meets the need", stage.en),
                )
            }
        }
        _ => {
            let rank = order.rank_of(wished.index).unwrap_or(0);
            Text::new(
                format!("det hamnar på plats {rank} på kostnad, strategisk betydelse och leveransförmåga"),
                format!("it ranks {rank} on cost, strategic importance and delivery ability"),
            )
        }
    }
}

/// Innovation strategy 6.3: a market procurement asks for, or at least allows, new
/// solutions. A selected market candidate whose procurement does not is a deviation; one
/// that does not record it gets advice to record it. Not applicable when the selected
/// candidate is not bought on the market.
pub(crate) fn innovation_friendly_procurement(order: &Order<'_>) -> (Option<Finding>, PrincipleResult) {
    let Some(sel) = order.selected().filter(|s| s.candidate.origin == Origin::Market) else {
        return (None, assess(INNOVATION_STRATEGY_6_3, Some(false), None, vec![]));
    };
    let name = &sel.candidate.name;
    let id = Some(sel.candidate.id.as_str());
    let allows = sel.candidate.allows_new_solutions;
    let result = assess(
        INNOVATION_STRATEGY_6_3,
        Some(true),
        None,
        vec![crate::principles::EvidenceItem {
            field: format!("candidates[{}].allows_new_solutions", sel.index).into(),
            value: allows,
            force: PartForce::Shall,
            label: Text::new(
                format!("upphandlingen av {name} efterfrågar eller tillåter nya lösningar"),
                format!("the procurement of {name} asks for or allows new solutions"),
            ),
        }],
    );
    let finding = match allows {
        Some(true) => None,
        Some(false) => Some(finding(
            INNOVATION_STRATEGY_6_3,
            FindingCode::ProcurementForbidsNewSolutions,
            Severity::Deviation,
            id,
            Text::new(
                format!("Upphandlingen av {name} varken efterfrågar eller tillåter nya lösningar. Den ska åtminstone tillåta dem."),
                format!("The procurement of {name} neither asks for nor allows new solutions. It must at least allow them."),
            ),
        )),
        None => Some(finding(
            INNOVATION_STRATEGY_6_3,
            FindingCode::ProcurementNewSolutionsUnknown,
            Severity::Advice,
            id,
            Text::new(
                format!("Dokumentera om upphandlingen av {name} efterfrågar eller tillåter nya lösningar."),
                format!("Record whether the procurement of {name} asks for or allows new solutions."),
            ),
        )),
    };
    (finding, result)
}
