//! The decision card a notebook shows (an HTML fragment): route, selection and status, the
//! ranking, the findings with their justifications, the principles review and the evidence
//! still missing, in the reader's language with the core's labels and number formats.

use crate::error::Error;
use crate::model::decision::Decision;
use crate::pack::Policy;
use crate::text::Lang;
use serde::Serialize;

use super::memo::{candidates, missing, review, CandidateRow, ReviewRow};
use super::Format;

#[derive(Serialize)]
struct CardView {
    case_id: String,
    policy: String,
    route: Option<String>,
    selected: Option<String>,
    status: String,
    horizon: i64,
    candidates: Vec<CandidateRow>,
    findings: Vec<FindingRow>,
    review: Vec<ReviewRow>,
    missing: Vec<String>,
}

#[derive(Serialize)]
struct FindingRow {
    severity_id: &'static str,
    severity: String,
    clause: String,
    message: String,
    justification: Option<String>,
}

/// The card of `decision` in `lang` as an HTML fragment (with its own `<style>`); clause
/// titles come from `policy`, the pack that decided.
///
/// # Errors
/// [`Error::Internal`] if the template fails (a bug).
pub fn render_card(policy: &Policy, decision: &Decision, lang: Lang) -> Result<String, Error> {
    let view = CardView {
        case_id: decision.case_id.clone(),
        policy: format!(
            "{} ({} {})",
            policy.pack().title.get(lang),
            crate::words::w!(MEMO_VERSION).get(lang),
            decision.policy.version
        ),
        route: decision.route.map(|r| r.label().get(lang).to_owned()),
        selected: decision.selected.as_deref().map(|id| decision.name_of(id).to_owned()),
        status: decision.status.label().get(lang).to_owned(),
        horizon: decision.horizon_years,
        candidates: candidates(None, decision, lang),
        findings: decision
            .findings
            .iter()
            .map(|f| FindingRow {
                severity_id: f.severity.as_str(),
                severity: f.severity.label().get(lang).to_owned(),
                clause: crate::rules::clauses::citation(&f.clause).get(lang).to_owned(),
                message: f.message.get(lang).into_owned(),
                justification: f.justified.clone(),
            })
            .collect(),
        review: review(policy, decision, lang),
        missing: missing(decision, lang),
    };
    super::render("card", Format::Html, lang, &view)
}
