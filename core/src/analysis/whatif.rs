//! What-if comparison: a set of cases decided under a pack and under a variant of it
//! (see [`crate::analysis::parameters`]), with what changed per case and why.

use crate::analysis::parameters::parameter_values;
use crate::error::{Error, Problems};
use crate::message::Arg;
use crate::model::case::Case;
use crate::model::decision::{Decision, Route, Status};
use crate::model::pack::PolicyRef;
use crate::pack::Policy;
use crate::text::Text;
use crate::words::w;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// What one pack decided for a case, in short.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionSummary {
    /// The route; `null` when the case is out of scope.
    pub route: Option<Route>,
    /// The selected candidate.
    pub selected: Option<String>,
    /// Ready, blocked or out of scope.
    pub status: Status,
}

/// One case under two packs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseComparison {
    /// The case's id (its position when the case has none).
    pub case_id: String,
    /// Under the first pack; `null` when the case is invalid.
    pub a: Option<DecisionSummary>,
    /// Under the second pack; `null` when the case is invalid.
    pub b: Option<DecisionSummary>,
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

fn summary(d: &Decision) -> DecisionSummary {
    DecisionSummary { route: d.route, selected: d.selected.clone(), status: d.status }
}

/// Why the outcome differs (or not), from the changed parameters and the ranks.
fn reason(a: &Decision, b: &Decision, changes: &[ParameterChange]) -> Text {
    if a.route == b.route && a.selected == b.selected && a.status == b.status {
        return w!(WHATIF_SAME_ROUTE_SELECTION_STATUS).text();
    }
    let mut parts = Vec::new();
    if a.route != b.route {
        let show = |r: Option<Route>| r.map_or_else(|| Arg::Str("–".into()), |r| Arg::text(r.label()));
        parts.push(w!(WhatifRoute { from: show(a.route), to: show(b.route) }));
    }
    if a.selected != b.selected {
        let show = |s: &Option<String>| Arg::Str(s.clone().unwrap_or_else(|| "–".to_owned()).into());
        let rank = a.selected.as_ref().and_then(|id| b.candidates.iter().find(|c| &c.id == id)).and_then(|c| c.rank);
        let (from, to) = (show(&a.selected), show(&b.selected));
        parts.push(match rank {
            Some(r) => w!(WhatifSelectionRanked { from, rank: Arg::count(r), to }),
            None => w!(WhatifSelection { from, to }),
        });
    }
    if a.status != b.status {
        parts.push(w!(WhatifStatus { from: Arg::text(a.status.label()), to: Arg::text(b.status.label()) }));
    }
    let causes: Vec<String> = changes.iter().map(|c| format!("{} {} → {}", c.name, c.a, c.b)).collect();
    w!(WhatifReason { because: Arg::Str(causes.join(", ").into()), changes: Arg::Join(parts) }).text()
}

/// Decides every case under `a` and `b` and says, per case, whether the route, the
/// selection or the status changed and why. An invalid case is reported in its slot; the
/// others are still compared.
pub fn compare(cases: &[Case], a: &Policy, b: &Policy) -> Comparison {
    let (pa, pb) = (parameter_values(a.parameters()), parameter_values(b.parameters()));
    let changed_parameters: Vec<ParameterChange> = pa
        .into_iter()
        .zip(pb)
        .filter(|((_, va), (_, vb))| va != vb)
        .map(|((name, va), (_, vb))| ParameterChange { name, a: va, b: vb })
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
                    a: Some(summary(&da)),
                    b: Some(summary(&db)),
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
                    reason: w!(WHATIF_CASE_INVALID).text(),
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
    /// Parameter overrides for the second pack, by path (e.g. `weights.cost`).
    pub overrides: BTreeMap<String, Value>,
}

/// Parses a compare request from JSON strictly.
pub fn parse_compare_request(json: &str) -> Result<CompareRequest, Error> {
    crate::input::parse::parse(json).map_err(|p| Error::InvalidCase(Problems::one(p)))
}
