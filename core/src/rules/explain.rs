//! Shared pieces of explanation: findings and trace steps citing a clause, and the names of
//! candidates and of the §5.9 stages as parameters of a message.

use crate::input::check::CheckedCandidate;
use crate::message::{Arg, Message};
use crate::model::case::Origin;
use crate::model::decision::{Finding, FindingCode, StepCode, TraceStep};
use crate::model::review::Severity;
use std::borrow::Cow;

/// A finding citing `clause`.
pub(crate) fn finding(
    clause: &'static str,
    code: FindingCode,
    severity: Severity,
    candidate: Option<&str>,
    message: Message,
) -> Finding {
    Finding {
        clause: Cow::Borrowed(clause),
        code,
        severity,
        candidate: candidate.map(str::to_owned),
        message,
        justified: None,
    }
}

/// A trace step citing `clause`.
pub(crate) fn step(clause: &'static str, code: StepCode, message: Message) -> TraceStep {
    TraceStep { clause: Cow::Borrowed(clause), code, message }
}

/// A candidate's name, as a parameter of a message.
pub(crate) fn candidate_name(c: &CheckedCandidate<'_>) -> Arg {
    Arg::Str(c.candidate.name.clone().into())
}

/// The name of a §5.9 stage, as a parameter of a message.
pub(crate) fn stage_name(origin: Origin) -> Arg {
    let (sv, en) = origin.words();
    Arg::Words(sv, en)
}
