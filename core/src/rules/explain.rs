//! Shared pieces of explanation: findings and trace steps citing a clause, and the names of
//! the §5.9 stages in both languages.

use crate::model::case::Origin;
use crate::model::decision::{Finding, FindingCode, StepCode, TraceStep};
use crate::model::review::Severity;
use crate::text::Text;
use std::borrow::Cow;

/// A finding citing `clause`.
pub(crate) fn finding(
    clause: &'static str,
    code: FindingCode,
    severity: Severity,
    candidate: Option<&str>,
    message: Text,
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
pub(crate) fn step(clause: &'static str, code: StepCode, message: Text) -> TraceStep {
    TraceStep { clause: Cow::Borrowed(clause), code, message }
}

/// The name of a §5.9 stage.
pub(crate) fn stage_name(origin: Origin) -> Text {
    origin.label()
}
