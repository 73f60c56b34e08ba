//! Comply or explain (policy §6, DOMAIN "Follow-up and comply-or-explain"): a deviation from
//! a SHALL (a finding of severity `deviation`, or a principle of the review not met at that
//! severity) needs a recorded justification. A justification that matches a deviation marks
//! it justified (it stays a deviation); the deviations left are the decision's open ones. A
//! justification that matches no deviation is an input error: it would otherwise rot
//! silently. A blocking problem (§5.6) is not a deviation and cannot be justified away.

use crate::error::{quote, ErrorCode, Problem, Problems};
use crate::message::Arg;
use crate::model::case::Justification;
use crate::model::decision::{Finding, OpenDeviation};
use crate::model::review::{Outcome, PrincipleResult, Severity};
use crate::words::w;

fn matches_finding(j: &Justification, f: &Finding) -> bool {
    f.severity == Severity::Deviation
        && j.clause == f.clause
        && j.candidate.as_ref().is_none_or(|c| f.candidate.as_ref() == Some(c))
        && j.code.as_deref().is_none_or(|code| code == f.code.as_str())
}

/// A principle of the review not met at deviation level. A clause whose deviation is also
/// a finding (§5.9's innovation perspective, strategy 6.3's procurement) is one deviation
/// seen twice: a justification of the finding explains the principle too.
fn matches_result(j: &Justification, r: &PrincipleResult) -> bool {
    r.outcome == Outcome::NotMet && r.severity == Some(Severity::Deviation) && j.clause == r.clause
}

/// Marks the deviations the case's justifications explain; the open deviations, or the
/// problems of justifications that match none (each at `justifications[i]`).
pub(crate) fn apply(
    justifications: &[Justification],
    findings: &mut [Finding],
    results: &mut [PrincipleResult],
) -> Result<Vec<OpenDeviation>, Problems> {
    let mut problems = Vec::new();
    for (i, j) in justifications.iter().enumerate() {
        let mut matched = false;
        for f in findings.iter_mut().filter(|f| matches_finding(j, f)) {
            f.justified = Some(j.text.clone());
            matched = true;
        }
        for r in results.iter_mut().filter(|r| matches_result(j, r)) {
            r.justified = Some(j.text.clone());
            matched = true;
        }
        if j.text.trim().is_empty() {
            let message = w!(JUSTIFY_JUSTIFICATION_S_TEXT_EMPTY).text();
            problems.push(Problem::new(ErrorCode::EmptyValue, format!("justifications[{i}].text"), message));
        } else if !matched {
            problems.push(unmatched(i, j));
        }
    }
    if let Some(problems) = Problems::from_vec(problems) {
        return Err(problems);
    }
    let mut open = Vec::new();
    for f in findings.iter().filter(|f| f.severity == Severity::Deviation && f.justified.is_none()) {
        let (clause, candidate, message) = (f.clause.clone(), f.candidate.clone(), f.message.clone());
        open.push(OpenDeviation { clause, candidate, code: Some(f.code), message });
    }
    // A principle whose deviation is already a finding is listed once, as the finding.
    let as_finding = |clause: &str| findings.iter().any(|f| f.severity == Severity::Deviation && f.clause == clause);
    for r in results.iter().filter(|r| r.outcome == Outcome::NotMet && r.severity == Some(Severity::Deviation)) {
        if r.justified.is_none() && !as_finding(&r.clause) {
            open.push(OpenDeviation {
                clause: r.clause.clone(),
                candidate: None,
                code: None,
                message: r.message.clone(),
            });
        }
    }
    Ok(open)
}

/// The problem of a justification that explains no deviation of this decision.
fn unmatched(i: usize, j: &Justification) -> Problem {
    let what = match (&j.candidate, &j.code) {
        (Some(c), _) => format!("{} ({})", quote(&j.clause), quote(c)),
        (None, Some(code)) => format!("{} ({})", quote(&j.clause), quote(code)),
        (None, None) => quote(&j.clause),
    };
    Problem::new(
        ErrorCode::UnmatchedJustification,
        format!("justifications[{i}]"),
        w!(JustifyJustificationWhatButDecision { what: Arg::Str(what.to_string().into()) }).text(),
    )
    .with_hint(w!(JUSTIFY_BLOCKING_PROBLEM_NEEDS_EVIDENCE).text())
}
