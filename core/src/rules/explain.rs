//! Shared pieces of explanation: findings and trace steps citing a clause, and the names of
//! the §5.9 stages in both languages.

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

/// The name of a §5.9 stage, as a parameter of a message.
pub(crate) fn stage_name(origin: Origin) -> Arg {
    let (sv, en) = origin.words();
    Arg::Words(sv, en)
}
