//! Policy §5.6, the whole before the parts: a council-wide benefit assessment precedes
//! every decision, and the council's benefit outranks one unit's wish.

use crate::date::Date;
use crate::input::check::{Checked, CheckedCandidate};
use crate::message::{Arg, Message};
use crate::model::decision::{Finding, FindingCode, StepCode, TraceStep};
use crate::model::pack::Parameters;
use crate::model::review::Severity;
use crate::model::review::{PartForce, PrincipleResult};
use crate::rules::clauses::POLICY_5_6;
use crate::rules::explain::{candidate_name, finding, stage_name, step};
use crate::rules::order::{Order, Tier};
use crate::rules::principles::{assess, part};
use crate::text::plain_list;
use crate::words::w;

/// What policy §5.6 adds to a decision.
#[derive(Debug, Clone)]
pub(crate) struct WholeBeforeParts {
    /// The decision cannot be taken: no council-wide benefit assessment before it.
    pub blocked: bool,
    /// The field that would unblock the decision, when it is blocked.
    pub missing_evidence: Option<&'static str>,
    /// Findings: the blocking gap and the overridden wish.
    pub findings: Vec<Finding>,
    /// The step on the benefit assessment; it comes first in the trace.
    pub gate_step: TraceStep,
    /// The step on the unit's wish, when the unit has one; it comes last.
    pub preference_step: Option<TraceStep>,
    /// §5.6 as a review result.
    pub result: PrincipleResult,
}

/// How the benefit assessment stands before the decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gate {
    /// The assessment exists before the decision.
    Done,
    /// None exists, but a what-if variant's materiality threshold exempts the case.
    Exempt { tco: u64, threshold: u64 },
    /// None exists: the decision is blocked.
    Missing,
    /// One exists but is dated after the decision: it did not precede it, so the decision
    /// is blocked as if none were made.
    Late { assessed: Date, decided: Date },
}

/// Policy §5.6, the whole before the parts.
///
/// - [5.6-1]: a council-wide benefit assessment (`benefit_assessment.done: true`) precedes
///   every decision; without it the decision is blocked, its route provisional.
/// - [5.6-2]: the council's benefit outranks one unit's wish: when the unit's preferred
///   candidate is not the selected one, say why.
pub(crate) fn whole_before_parts(checked: &Checked<'_>, order: &Order<'_>, params: &Parameters) -> WholeBeforeParts {
    let gate = gate(checked, order, params);
    let mut findings = Vec::new();
    let gate_step = gate_explained(gate, &mut findings);
    let preference_step = unit_preference(checked, order, &mut findings);
    let result = assess(
        POLICY_5_6,
        Some(true),
        None,
        vec![part(
            "benefit_assessment.done",
            Some(gate == Gate::Done),
            if matches!(gate, Gate::Exempt { .. }) { PartForce::Should } else { PartForce::Gate },
            w!(PART_BENEFIT_ASSESSMENT_DONE),
        )],
    );
    let missing_evidence = match gate {
        Gate::Missing => Some("benefit_assessment.done"),
        Gate::Late { .. } => Some("benefit_assessment.done_on"),
        Gate::Done | Gate::Exempt { .. } => None,
    };
    WholeBeforeParts {
        blocked: missing_evidence.is_some(),
        missing_evidence,
        findings,
        gate_step,
        preference_step,
        result,
    }
}

/// [5.6-1]: whether the assessment exists. A what-if variant may exempt small cases (no
/// cost threshold exempts a case in the real pack, which has none).
fn gate(checked: &Checked<'_>, order: &Order<'_>, params: &Parameters) -> Gate {
    if checked.case.benefit_assessment.as_ref().is_some_and(|b| b.done) {
        return match (checked.assessed_on, checked.decided_on) {
            (Some(assessed), Some(decided)) if assessed > decided => Gate::Late { assessed, decided },
            _ => Gate::Done,
        };
    }
    let threshold = params.materiality_threshold_sek.and_then(|t| u64::try_from(t).ok());
    let tco = order.selected().map_or_else(|| checked.candidates.iter().map(|c| c.tco).max().unwrap_or(0), |c| c.tco);
    match threshold {
        Some(threshold) if tco < threshold => Gate::Exempt { tco, threshold },
        _ => Gate::Missing,
    }
}

/// The trace step on the gate, and its finding when the assessment is missing.
fn gate_explained(gate: Gate, findings: &mut Vec<Finding>) -> TraceStep {
    match gate {
        Gate::Done => step(POLICY_5_6, StepCode::BenefitAssessment, w!(BENEFIT_ASSESSMENT_BENEFIT_WHOLE_COUNCIL)),
        Gate::Exempt { tco, threshold } => {
            let message =
                w!(BenefitCouncilWideBenefitAssessment { amount: Arg::Kronor(threshold), amount2: Arg::Kronor(tco) });
            findings.push(finding(
                POLICY_5_6,
                FindingCode::BenefitAssessmentMissing,
                Severity::Advice,
                None,
                message.clone(),
            ));
            step(POLICY_5_6, StepCode::BenefitAssessment, message)
        }
        Gate::Late { assessed, decided } => late(assessed, decided, findings),
        Gate::Missing => {
            findings.push(finding(
                POLICY_5_6,
                FindingCode::BenefitAssessmentMissing,
                Severity::Blocking,
                None,
                w!(BENEFIT_ASSESSMENT_BENEFIT_WHOLE_COUNCIL_2),
            ));
            step(POLICY_5_6, StepCode::BenefitAssessment, w!(BENEFIT_COUNCIL_WIDE_BENEFIT_ASSESSMENT_2))
        }
    }
}

/// The assessment is dated after the decision: it did not precede it.
fn late(assessed: Date, decided: Date, findings: &mut Vec<Finding>) -> TraceStep {
    findings.push(finding(
        POLICY_5_6,
        FindingCode::BenefitAssessmentAfterDecision,
        Severity::Blocking,
        None,
        w!(BenefitBenefitAssessmentDatedAfter {
            assessed: Arg::Str(assessed.to_string().into()),
            decided: Arg::Str(decided.to_string().into())
        }),
    ));
    step(POLICY_5_6, StepCode::BenefitAssessment, w!(BENEFIT_BENEFIT_ASSESSMENT_MADE_AFTER))
}

/// [5.6-2]: the unit's wish against the council's benefit; a finding when it loses.
fn unit_preference(checked: &Checked<'_>, order: &Order<'_>, findings: &mut Vec<Finding>) -> Option<TraceStep> {
    let pref = checked.case.preferred_candidate.as_deref()?;
    let wished = checked.candidates.iter().find(|c| c.candidate.id == pref)?;
    if order.selected().is_some_and(|s| s.candidate.id == pref) {
        return Some(step(
            POLICY_5_6,
            StepCode::UnitPreference,
            w!(BenefitUnitSWishAlso { wished: candidate_name(wished) }),
        ));
    }
    let reason = preference_reason(wished, order);
    findings.push(finding(
        POLICY_5_6,
        FindingCode::UnitPreferenceOverridden,
        Severity::Info,
        Some(pref),
        w!(BenefitUnitWishesButBenefit { parts: Arg::Join(vec![reason.clone()]), wished: candidate_name(wished) }),
    ));
    Some(step(
        POLICY_5_6,
        StepCode::UnitPreference,
        w!(BenefitUnitSWishSelected { parts: Arg::Join(vec![reason]), wished: candidate_name(wished) }),
    ))
}

/// Why the unit's preferred candidate lost.
fn preference_reason(wished: &CheckedCandidate<'_>, order: &Order<'_>) -> Message {
    if !wished.missing.is_empty() {
        let list = Arg::Str(plain_list(&wished.missing).into());
        return w!(BenefitDoesCover { count: Arg::count(wished.missing.len()), list });
    }
    let wished_group = order.ranked.iter().find(|r| r.c.index == wished.index).and_then(|r| r.group);
    match order.ranked.first() {
        Some(sel) if sel.group.is_some_and(|s| wished_group.is_some_and(|w| s < w)) => {
            if sel.group == Some(Tier::CoDevelopment) && wished_group == Some(Tier::OwnDevelopment) {
                // Both developments: the preference for partner regions decided.
                w!(BENEFIT_DEVELOPMENT_OTHER_REGIONS_COMES)
            } else {
                w!(BenefitCandidateEarlierStageMeets { origin: stage_name(sel.c.candidate.origin) })
            }
        }
        _ => {
            let rank = order.rank_of(wished.index).unwrap_or(0);
            w!(BenefitRanksCostStrategicImportance { count: Arg::Int(i64::from(rank)) })
        }
    }
}
