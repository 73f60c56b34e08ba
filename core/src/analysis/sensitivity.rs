//! Sensitivity: how far one criterion weight can move before the selection changes
//! (policy §5.9, the supplier choice).

use crate::error::Error;
use crate::message::Arg;
use crate::model::case::{Case, Origin};
use crate::model::decision::{CandidateResult, Decision};
use crate::pack::Policy;
use crate::rules::ranking::round4;
use crate::text::Text;
use crate::words::w;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How far one criterion weight can move before the selection within the stage changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CriterionSensitivity {
    /// `cost`, `strategic_importance` or `delivery_ability`.
    pub criterion: String,
    /// The weight now.
    pub weight: f64,
    /// The weight at which another candidate of the stage ties with the selected one
    /// (beyond it, that candidate wins); `null` when none does within 0–10× the weight.
    pub threshold: Option<f64>,
    /// `threshold ÷ weight`, rounded to four decimals; `null` with no threshold or a zero
    /// weight.
    pub factor: Option<f64>,
    /// The candidate that would then be selected.
    pub new_selected: Option<String>,
}

/// The sensitivity of a decision to each criterion weight, within the selected stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Sensitivity")]
pub struct Sensitivity {
    /// The case's id.
    pub case_id: String,
    /// The selected candidate, if any.
    pub selected: Option<String>,
    /// Its stage.
    pub stage: Option<Origin>,
    /// One entry per criterion.
    pub criteria: Vec<CriterionSensitivity>,
    /// The criterion whose smallest relative change changes the selection; `null` when
    /// none does within 0–10×.
    pub most_sensitive: Option<String>,
    /// What it means, in Swedish and English.
    pub message: Text,
}

const CRITERIA: [&str; 3] = ["cost", "strategic_importance", "delivery_ability"];

/// The three criterion scores of each candidate, exactly as ranked, computed once: the
/// decision's candidates follow the case's, so each is found by position, and the lowest
/// TCO of each stage is found in one pass. The whole analysis is linear in the candidates.
struct Scored<'a> {
    decision: &'a Decision,
    strict: bool,
    scores: Vec<[f64; 3]>,
}

impl<'a> Scored<'a> {
    fn new(decision: &'a Decision, case: &Case, strict: bool) -> Self {
        // The lowest TCO among candidates that meet the need: per stage under the strict
        // order, over all stages otherwise.
        let mut lowest: [Option<i64>; 3] = [None; 3];
        let slot = |stage: Origin| if strict { stage as usize } else { 0 };
        for c in decision.candidates.iter().filter(|c| c.meets_need) {
            if let Some(low) = lowest.get_mut(slot(c.stage)) {
                *low = Some(low.map_or(c.tco_sek, |l| l.min(c.tco_sek)));
            }
        }
        let scores = decision
            .candidates
            .iter()
            .zip(&case.candidates)
            .map(|(c, cand)| {
                let min = lowest.get(slot(c.stage)).copied().flatten().unwrap_or(c.tco_sek);
                let cost = if c.tco_sek == 0 { 1.0 } else { min as f64 / c.tco_sek as f64 };
                [cost, (cand.strategic_importance - 1) as f64 / 4.0, (cand.delivery_ability - 1) as f64 / 4.0]
            })
            .collect();
        Scored { decision, strict, scores }
    }

    fn scores(&self, index: usize) -> [f64; 3] {
        self.scores.get(index).copied().unwrap_or([0.0; 3])
    }

    /// Whether `c` competes with the selected `s` (same stage and partnering, under the
    /// strict order).
    fn rivals(&self, c: &CandidateResult, s: &CandidateResult) -> bool {
        c.meets_need
            && c.id != s.id
            && (!self.strict
                || (c.stage == s.stage && (c.stage != Origin::Development || c.co_development == s.co_development)))
    }
}

/// For a decided case: for each criterion weight, the smallest change (within 0–10× the
/// weight, the others fixed) at which another candidate of the selected candidate's stage
/// would be selected instead (policy §5.9, the supplier choice).
pub fn sensitivity(policy: &Policy, case: &Case) -> Result<Sensitivity, Error> {
    let decision = policy.decide(case)?;
    let w = &policy.parameters().weights;
    let weights = [w.cost, w.strategic_importance, w.delivery_ability];
    let scored = Scored::new(&decision, case, policy.parameters().strict_order);
    let sel = decision.selected.as_ref().and_then(|id| decision.candidates.iter().position(|c| &c.id == id));
    let criteria: Vec<CriterionSensitivity> =
        CRITERIA.iter().enumerate().map(|(k, name)| criterion(&scored, sel, &weights, k, name)).collect();
    let most_sensitive = criteria
        .iter()
        .filter_map(|c| c.factor.map(|f| (c, (f - 1.0).abs())))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(c, _)| c.criterion.clone());
    let message = message(criteria.iter().find(|c| Some(&c.criterion) == most_sensitive.as_ref()));
    Ok(Sensitivity {
        case_id: decision.case_id.clone(),
        selected: decision.selected.clone(),
        stage: sel.and_then(|i| decision.candidates.get(i)).map(|s| s.stage),
        criteria,
        most_sensitive,
        message,
    })
}

/// The weight of criterion `k` at which the nearest rival ties with the selected candidate.
fn criterion(
    scored: &Scored<'_>,
    sel: Option<usize>,
    weights: &[f64; 3],
    k: usize,
    name: &str,
) -> CriterionSensitivity {
    let weight = weights.get(k).copied().unwrap_or(0.0);
    let mut best: Option<(f64, String)> = None;
    if let Some((si, s)) = sel.and_then(|i| scored.decision.candidates.get(i).map(|s| (i, s))) {
        let ss = scored.scores(si);
        // Totals without criterion k.
        let rest = |x: &[f64; 3]| {
            weights.iter().zip(x).enumerate().filter(|(l, _)| *l != k).map(|(_, (w, v))| w * v).sum::<f64>()
        };
        let upper = if weight > 0.0 { 10.0 * weight } else { 10.0 };
        for (ci, c) in scored.decision.candidates.iter().enumerate().filter(|(_, c)| scored.rivals(c, s)) {
            let cs = scored.scores(ci);
            let slope = cs.get(k).copied().unwrap_or(0.0) - ss.get(k).copied().unwrap_or(0.0);
            if slope.abs() < 1e-12 {
                continue;
            }
            let tie = (rest(&ss) - rest(&cs)) / slope;
            if !(0.0..=upper).contains(&tie) || (tie - weight).abs() < 1e-12 {
                continue;
            }
            if best.as_ref().is_none_or(|(b, _)| (tie - weight).abs() < (b - weight).abs()) {
                best = Some((tie, c.id.clone()));
            }
        }
    }
    let factor = best.as_ref().and_then(|(t, _)| (weight > 0.0).then(|| round4(t / weight)));
    CriterionSensitivity {
        criterion: name.to_owned(),
        weight,
        threshold: best.as_ref().map(|(t, _)| round4(*t)),
        factor,
        new_selected: best.map(|(_, id)| id),
    }
}

fn message(most: Option<&CriterionSensitivity>) -> Text {
    match most {
        Some(c) => {
            let (name, from, to) = (&c.criterion, c.weight, c.threshold.unwrap_or(0.0));
            let (factor, winner) = (c.factor.unwrap_or(0.0), c.new_selected.as_deref().unwrap_or_default());
            let num = |x: f64| Arg::Str(x.to_string().into());
            w!(SensitivityChanges {
                factor: num(factor),
                from: num(from),
                name: Arg::Str(name.clone().into()),
                to: num(to),
                winner: Arg::Str(winner.to_owned().into())
            })
            .text()
        }
        None => w!(SENSITIVITY_CHANGE_SINGLE_WEIGHT_WITHIN).text(),
    }
}
