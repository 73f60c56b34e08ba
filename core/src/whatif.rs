//! What-if analysis: variants of a pack made by overriding named parameters (never by
//! editing rules), a comparison of a set of cases under two packs, and the sensitivity of a
//! decision to each criterion weight.

use crate::case::{Case, Origin};
use crate::error::{quote, Error, ErrorCode, Problem, Problems};
use crate::pack::{Policy, PolicyPack, PolicyRef};
use crate::text::Text;
use crate::{Decision, Route, Status};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The parameters a variant may override, by name.
pub const PARAMETERS: &[&str] = &[
    "weights.cost",
    "weights.strategic_importance",
    "weights.delivery_ability",
    "default_horizon_years",
    "materiality_threshold_sek",
    "strict_order",
];

fn bad(path: &str, message: String) -> Problem {
    Problem::new(ErrorCode::InvalidParameter, path, message)
}

impl PolicyPack {
    /// A variant of this pack with named parameters overridden (see [`PARAMETERS`]). Its
    /// version records the overrides, e.g. `2016.1+weights.cost=3`; the rules stay as they
    /// are. The variant is validated like any pack when it is compiled.
    pub fn with_overrides(&self, overrides: &BTreeMap<String, Value>) -> Result<PolicyPack, Error> {
        let mut pack = self.clone();
        let mut problems = Vec::new();
        for (name, value) in overrides {
            let path = format!("overrides.{name}");
            let number = || {
                value
                    .as_f64()
                    .ok_or_else(|| bad(&path, format!("{name} takes a number, not {}", quote(&value.to_string()))))
            };
            let integer = || {
                value.as_i64().ok_or_else(|| {
                    bad(&path, format!("{name} takes a whole number, not {}", quote(&value.to_string())))
                })
            };
            let result = match name.as_str() {
                "weights.cost" => number().map(|v| pack.parameters.weights.cost = v),
                "weights.strategic_importance" => number().map(|v| pack.parameters.weights.strategic_importance = v),
                "weights.delivery_ability" => number().map(|v| pack.parameters.weights.delivery_ability = v),
                "default_horizon_years" => integer().map(|v| pack.parameters.default_horizon_years = v),
                "materiality_threshold_sek" if value.is_null() => {
                    pack.parameters.materiality_threshold_sek = None;
                    Ok(())
                }
                "materiality_threshold_sek" => integer().map(|v| pack.parameters.materiality_threshold_sek = Some(v)),
                "strict_order" => value.as_bool().map(|v| pack.parameters.strict_order = v).ok_or_else(|| {
                    bad(&path, format!("strict_order takes `true` or `false`, not {}", quote(&value.to_string())))
                }),
                _ => Err(bad(&path, format!("unknown parameter {}", quote(name))).with_hint(format!(
                    "one of {}",
                    crate::text::id_list(&PARAMETERS.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
                ))),
            };
            if let Err(p) = result {
                problems.push(p);
            }
        }
        if let Some(p) = Problems::from_vec(problems) {
            return Err(Error::InvalidPolicy(p));
        }
        if !overrides.is_empty() {
            let suffix: Vec<String> = overrides.iter().map(|(k, v)| format!("{k}={v}")).collect();
            pack.version = format!("{}+{}", pack.version, suffix.join(","));
        }
        Ok(pack)
    }
}

impl Policy {
    /// A compiled variant of this policy with named parameters overridden.
    pub fn variant(&self, overrides: &BTreeMap<String, Value>) -> Result<Policy, Error> {
        Policy::from_pack(self.pack().with_overrides(overrides)?)
    }
}

/// Parses `name=value` overrides as the CLI's `--set` gives them; the value is JSON (`3`,
/// `1.5`, `false`, `null`).
pub fn parse_override(text: &str) -> Result<(String, Value), Error> {
    let problem = |message: String| Error::InvalidPolicy(Problems::one(bad("overrides", message)));
    let (name, value) =
        text.split_once('=').ok_or_else(|| problem(format!("{} is not of the form `name=value`", quote(text))))?;
    let value: Value = serde_json::from_str(value.trim())
        .map_err(|_| problem(format!("the value of {} is not a number, `true`, `false` or `null`", quote(name))))?;
    Ok((name.trim().to_owned(), value))
}

/// What one pack decided for a case, in short.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// The route.
    pub route: Route,
    /// The selected candidate.
    pub selected: Option<String>,
    /// Ready or blocked.
    pub status: Status,
}

/// One case under two packs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseComparison {
    /// The case's id (its position when the case has none).
    pub case_id: String,
    /// Under the first pack; `null` when the case is invalid.
    pub a: Option<Outcome>,
    /// Under the second pack; `null` when the case is invalid.
    pub b: Option<Outcome>,
    /// Whether the route differs.
    pub route_changed: bool,
    /// Whether the selected candidate differs.
    pub selection_changed: bool,
    /// Whether the status differs.
    pub status_changed: bool,
    /// Why, in Swedish and English.
    pub reason: Text,
    /// The error, when the case is invalid under either pack.
    pub error: Option<String>,
}

/// A parameter that differs between the two packs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ParameterChange {
    /// The parameter's name, e.g. `weights.cost`.
    pub name: String,
    /// Its value in the first pack.
    pub a: Value,
    /// Its value in the second pack.
    pub b: Value,
}

/// Counts over a comparison.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ComparisonCounts {
    /// Cases compared.
    pub cases: u32,
    /// Cases whose route changed.
    pub route_changed: u32,
    /// Cases whose selection changed.
    pub selection_changed: u32,
    /// Cases whose status changed.
    pub status_changed: u32,
    /// Invalid cases.
    pub errors: u32,
}

/// A set of cases decided under two packs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Comparison")]
pub struct Comparison {
    /// The first pack.
    pub policy_a: PolicyRef,
    /// The second pack.
    pub policy_b: PolicyRef,
    /// The parameters that differ.
    pub changed_parameters: Vec<ParameterChange>,
    /// One entry per case, in input order.
    pub cases: Vec<CaseComparison>,
    /// Counts.
    pub counts: ComparisonCounts,
}

/// The parameters of a pack as `name → value`, in [`PARAMETERS`] order.
fn parameter_values(policy: &Policy) -> Vec<(&'static str, Value)> {
    let p = policy.parameters();
    vec![
        ("weights.cost", Value::from(p.weights.cost)),
        ("weights.strategic_importance", Value::from(p.weights.strategic_importance)),
        ("weights.delivery_ability", Value::from(p.weights.delivery_ability)),
        ("default_horizon_years", Value::from(p.default_horizon_years)),
        ("materiality_threshold_sek", p.materiality_threshold_sek.map_or(Value::Null, Value::from)),
        ("strict_order", Value::from(p.strict_order)),
    ]
}

fn outcome(d: &Decision) -> Outcome {
    Outcome { route: d.route, selected: d.selected.clone(), status: d.status }
}

/// Why the outcome differs (or not), from the changed parameters and the ranks.
fn reason(a: &Decision, b: &Decision, changes: &[ParameterChange]) -> Text {
    if a.route == b.route && a.selected == b.selected && a.status == b.status {
        return Text::new("Samma väg, val och status.", "Same route, selection and status.");
    }
    let mut sv = Vec::new();
    let mut en = Vec::new();
    if a.route != b.route {
        sv.push(format!("väg {} → {}", a.route.as_str(), b.route.as_str()));
        en.push(format!("route {} → {}", a.route.as_str(), b.route.as_str()));
    }
    if a.selected != b.selected {
        let show = |s: &Option<String>| s.clone().unwrap_or_else(|| "–".to_owned());
        let rank_b = a
            .selected
            .as_ref()
            .and_then(|id| b.candidates.iter().find(|c| &c.id == id))
            .and_then(|c| c.rank)
            .map_or_else(String::new, |r| format!(" ({} rank {r})", show(&a.selected)));
        sv.push(format!("val {} → {}{}", show(&a.selected), show(&b.selected), rank_b.replace("rank", "plats")));
        en.push(format!("selection {} → {}{rank_b}", show(&a.selected), show(&b.selected)));
    }
    if a.status != b.status {
        let st = |s: Status| if s == Status::Ready { "ready" } else { "blocked" };
        sv.push(format!("status {} → {}", st(a.status), st(b.status)));
        en.push(format!("status {} → {}", st(a.status), st(b.status)));
    }
    let causes: Vec<String> = changes.iter().map(|c| format!("{} {} → {}", c.name, c.a, c.b)).collect();
    let because = if causes.is_empty() { String::new() } else { causes.join(", ") };
    Text::new(format!("{}; eftersom {because}.", sv.join("; ")), format!("{}; because {because}.", en.join("; ")))
}

/// Decides every case under `a` and `b` and says, per case, whether the route, the
/// selection or the status changed and why. An invalid case is reported in its slot; the
/// others are still compared.
pub fn compare(cases: &[Case], a: &Policy, b: &Policy) -> Comparison {
    let (pa, pb) = (parameter_values(a), parameter_values(b));
    let changed_parameters: Vec<ParameterChange> = pa
        .into_iter()
        .zip(pb)
        .filter(|((_, va), (_, vb))| va != vb)
        .map(|((name, va), (_, vb))| ParameterChange { name: name.to_owned(), a: va, b: vb })
        .collect();
    let mut counts = ComparisonCounts::default();
    let mut out = Vec::with_capacity(cases.len());
    for (i, case) in cases.iter().enumerate() {
        counts.cases += 1;
        let case_id = if case.id.trim().is_empty() { format!("#{i}") } else { case.id.clone() };
        match (a.decide(case), b.decide(case)) {
            (Ok(da), Ok(db)) => {
                let (route_changed, selection_changed, status_changed) =
                    (da.route != db.route, da.selected != db.selected, da.status != db.status);
                counts.route_changed += u32::from(route_changed);
                counts.selection_changed += u32::from(selection_changed);
                counts.status_changed += u32::from(status_changed);
                out.push(CaseComparison {
                    case_id,
                    reason: reason(&da, &db, &changed_parameters),
                    a: Some(outcome(&da)),
                    b: Some(outcome(&db)),
                    route_changed,
                    selection_changed,
                    status_changed,
                    error: None,
                });
            }
            (ra, rb) => {
                counts.errors += 1;
                let error = ra.err().or(rb.err()).map(|e| e.to_string());
                out.push(CaseComparison {
                    case_id,
                    a: None,
                    b: None,
                    route_changed: false,
                    selection_changed: false,
                    status_changed: false,
                    reason: Text::new("Ärendet är ogiltigt.", "The case is invalid."),
                    error,
                });
            }
        }
    }
    Comparison { policy_a: a.reference(), policy_b: b.reference(), changed_parameters, cases: out, counts }
}

/// The input of `compare` through the JSON layer: the cases, and the overrides that make
/// the second pack from the first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "CompareRequest")]
pub struct CompareRequest {
    /// The cases to decide under both packs.
    pub cases: Vec<Case>,
    /// Parameter overrides for the second pack, by name (see `PARAMETERS`).
    pub overrides: BTreeMap<String, Value>,
}

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

/// For a decided case: for each criterion weight, the smallest change (within 0–10× the
/// weight, the others fixed) at which another candidate of the selected candidate's stage
/// would be selected instead (policy §5.9, the supplier choice).
pub fn sensitivity(policy: &Policy, case: &Case) -> Result<Sensitivity, Error> {
    let decision = policy.decide(case)?;
    let w = &policy.parameters().weights;
    let weights = [w.cost, w.strategic_importance, w.delivery_ability];
    let selected = decision.selected.clone();
    let sel = selected.as_ref().and_then(|id| decision.candidates.iter().find(|c| &c.id == id));
    let strict = policy.parameters().strict_order;
    let same_stage = |c: &crate::CandidateResult, s: &crate::CandidateResult| {
        !strict || (c.stage == s.stage && (c.stage != Origin::Development || c.co_development == s.co_development))
    };
    let exact = |c: &crate::CandidateResult| -> Option<[f64; 3]> {
        let cand = case.candidates.iter().find(|x| x.id == c.id)?;
        let min = decision
            .candidates
            .iter()
            .filter(|x| x.meets_need && (!strict || x.stage == c.stage))
            .map(|x| x.tco_sek)
            .min()?;
        let cost = if c.tco_sek == 0 { 1.0 } else { min as f64 / c.tco_sek as f64 };
        Some([cost, (cand.strategic_importance - 1) as f64 / 4.0, (cand.delivery_ability - 1) as f64 / 4.0])
    };
    let mut criteria = Vec::new();
    for (k, name) in CRITERIA.iter().enumerate() {
        let weight = weights.get(k).copied().unwrap_or(0.0);
        let mut best: Option<(f64, String)> = None;
        if let Some(s) = sel {
            let ss = exact(s).unwrap_or([0.0; 3]);
            for c in decision.candidates.iter().filter(|c| c.meets_need && c.id != s.id && same_stage(c, s)) {
                let cs = exact(c).unwrap_or([0.0; 3]);
                // Totals without criterion k, then the weight at which they tie.
                let rest = |x: &[f64; 3]| {
                    weights.iter().zip(x).enumerate().filter(|(l, _)| *l != k).map(|(_, (w, v))| w * v).sum::<f64>()
                };
                let (a_sel, a_c) = (rest(&ss), rest(&cs));
                let slope = cs.get(k).copied().unwrap_or(0.0) - ss.get(k).copied().unwrap_or(0.0);
                if slope.abs() < 1e-12 {
                    continue;
                }
                let tie = (a_sel - a_c) / slope;
                let upper = if weight > 0.0 { 10.0 * weight } else { 10.0 };
                if !(0.0..=upper).contains(&tie) || (tie - weight).abs() < 1e-12 {
                    continue;
                }
                if best.as_ref().is_none_or(|(b, _)| (tie - weight).abs() < (b - weight).abs()) {
                    best = Some((tie, c.id.clone()));
                }
            }
        }
        let factor = best.as_ref().and_then(|(t, _)| (weight > 0.0).then(|| crate::ranking::round4(t / weight)));
        criteria.push(CriterionSensitivity {
            criterion: (*name).to_owned(),
            weight,
            threshold: best.as_ref().map(|(t, _)| crate::ranking::round4(*t)),
            factor,
            new_selected: best.map(|(_, id)| id),
        });
    }
    let most_sensitive = criteria
        .iter()
        .filter_map(|c| c.factor.map(|f| (c, (f - 1.0).abs())))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(c, _)| c.criterion.clone());
    let message = match criteria.iter().find(|c| Some(&c.criterion) == most_sensitive.as_ref()) {
        Some(c) => {
            let (name, from, to) = (&c.criterion, c.weight, c.threshold.unwrap_or(0.0));
            let (factor, winner) = (c.factor.unwrap_or(0.0), c.new_selected.as_deref().unwrap_or_default());
            Text::new(
                format!("Valet ändras om vikten för {name} går från {from} till {to} ({factor}×): då väljs {winner}."),
                format!("The selection changes if the {name} weight moves from {from} to {to} ({factor}×): then {winner} is selected."),
            )
        }
        None => Text::new(
            "Ingen ändring av en enskild vikt inom 0–10× ändrar valet inom steget.",
            "No change of a single weight within 0–10× changes the selection within the stage.",
        ),
    };
    Ok(Sensitivity {
        case_id: decision.case_id,
        selected,
        stage: sel.map(|s| s.stage),
        criteria,
        most_sensitive,
        message,
    })
}

/// Parses a compare request from JSON strictly.
pub fn parse_compare_request(json: &str) -> Result<CompareRequest, Error> {
    crate::validate::parse(json).map_err(|p| Error::InvalidCase(Problems::one(p)))
}
