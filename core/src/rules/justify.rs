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

/// Whether `j` names the finding `f`: its clause, its candidate when `j` names one, its code
/// when `j` names one.
fn names_finding(j: &Justification, f: &Finding) -> bool {
    j.clause == f.clause
        && j.candidate.as_ref().is_none_or(|c| f.candidate.as_ref() == Some(c))
        && j.code.as_deref().is_none_or(|code| code == f.code.as_str())
}

/// A finding a justification may explain: a deviation, or an advice (a SHOULD not met).
fn explainable(f: &Finding) -> bool {
    matches!(f.severity, Severity::Deviation | Severity::Advice)
}

/// A principle of the review not met at deviation level.
fn deviating(r: &PrincipleResult) -> bool {
    r.outcome == Outcome::NotMet && r.severity == Some(Severity::Deviation)
}

/// Whether a text holds a character a reader can see.
fn visible(text: &str) -> bool {
    text.chars().any(|c| !c.is_whitespace() && !c.is_control() && !crate::error::invisible(c))
}

/// Marks the deviations (and advice) the case's justifications explain; the open deviations,
/// or the problems of justifications that match none, name an unknown candidate, repeat one,
/// say nothing visible, or try to explain a blocking gate or an information (DOMAIN
/// "Justifications, settled"; each problem at its `justifications[i]` path).
///
/// A justification matches by clause, and by candidate (and code) when it names them:
/// without a candidate it covers every deviation of the clause. A clause's review result is
/// justified only when every deviation of that clause is: its findings' deviations when the
/// clause has any (one deviation seen twice, as finding and as result), else the result
/// itself, by a justification that names no candidate.
pub(crate) fn apply(
    justifications: &[Justification],
    candidates: &[&str],
    findings: &mut [Finding],
    results: &mut [PrincipleResult],
) -> Result<Vec<OpenDeviation>, Problems> {
    let mut problems = Vec::new();
    for (i, j) in justifications.iter().enumerate() {
        let earlier = justifications.get(..i).unwrap_or_default();
        if let Some(problem) = refused(i, j, earlier, candidates, findings, results) {
            problems.push(problem);
            continue;
        }
        for f in findings.iter_mut().filter(|f| explainable(f) && names_finding(j, f)) {
            f.justified = Some(j.text.clone());
        }
        let by_finding =
            |clause: &str| findings.iter().any(|f| f.severity == Severity::Deviation && f.clause == clause);
        if j.candidate.is_none() && j.code.is_none() {
            for r in results.iter_mut().filter(|r| deviating(r) && r.clause == j.clause && !by_finding(&r.clause)) {
                r.justified = Some(j.text.clone());
            }
        }
    }
    if let Some(problems) = Problems::from_vec(problems) {
        return Err(problems);
    }
    // A result whose deviations are findings is justified when all of them are.
    for r in results.iter_mut().filter(|r| deviating(r)) {
        let mut own = findings.iter().filter(|f| f.severity == Severity::Deviation && f.clause == r.clause).peekable();
        if own.peek().is_some() {
            let texts: Option<Vec<&str>> = own.map(|f| f.justified.as_deref()).collect();
            r.justified = texts.map(|mut t| {
                t.dedup();
                t.join(" ")
            });
        }
    }
    let mut open = Vec::new();
    for f in findings.iter().filter(|f| f.severity == Severity::Deviation && f.justified.is_none()) {
        let (clause, candidate, message) = (f.clause.clone(), f.candidate.clone(), f.message.clone());
        open.push(OpenDeviation { clause, candidate, code: Some(f.code), message });
    }
    // A principle whose deviation is already a finding is listed once, as the finding.
    let as_finding = |clause: &str| findings.iter().any(|f| f.severity == Severity::Deviation && f.clause == clause);
    for r in results.iter().filter(|r| deviating(r)) {
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

/// Why the justification at `i` is refused, if it is.
fn refused(
    i: usize,
    j: &Justification,
    earlier: &[Justification],
    candidates: &[&str],
    findings: &[Finding],
    results: &[PrincipleResult],
) -> Option<Problem> {
    if !visible(&j.text) {
        let message = w!(JUSTIFY_JUSTIFICATION_S_TEXT_EMPTY).text();
        return Some(Problem::new(ErrorCode::EmptyValue, format!("justifications[{i}].text"), message));
    }
    if let Some(c) = j.candidate.as_deref().filter(|c| !candidates.contains(c)) {
        let message = w!(JustifyUnknownCandidate { candidate: Arg::Str(quote(c).into()) }).text();
        return Some(Problem::new(ErrorCode::UnknownCandidate, format!("justifications[{i}].candidate"), message));
    }
    let same = |e: &Justification| e.clause == j.clause && e.candidate == j.candidate && e.code == j.code;
    if let Some(first) = earlier.iter().position(same) {
        let message = w!(JustifyRepeated { first: Arg::count(first) }).text();
        return Some(Problem::new(ErrorCode::UnmatchedJustification, format!("justifications[{i}]"), message));
    }
    let explains = findings.iter().any(|f| explainable(f) && names_finding(j, f))
        || (j.candidate.is_none() && j.code.is_none() && results.iter().any(|r| deviating(r) && r.clause == j.clause));
    if explains {
        return None;
    }
    let named: Vec<&Finding> = findings.iter().filter(|f| names_finding(j, f)).collect();
    if named.iter().any(|f| f.severity == Severity::Blocking) {
        let message = w!(JUSTIFY_BLOCKING_CANNOT_BE_JUSTIFIED).text();
        return Some(
            Problem::new(ErrorCode::UnmatchedJustification, format!("justifications[{i}]"), message)
                .with_hint(w!(JUSTIFY_BLOCKING_PROBLEM_NEEDS_EVIDENCE).text()),
        );
    }
    if !named.is_empty() {
        let message = w!(JUSTIFY_INFORMATION_NEEDS_NONE).text();
        return Some(Problem::new(ErrorCode::UnmatchedJustification, format!("justifications[{i}]"), message));
    }
    Some(unmatched(i, j))
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
