//! `digipolicy sensitivity`: how far each weight can move before the selection changes.

use super::{load_policy, output, read_input, CaseArgs, Failure};
use crate::report;

/// The sensitivity of the case's selection.
pub fn run(args: &CaseArgs) -> Result<String, Failure> {
    let policy = load_policy(args.policy.as_deref())?;
    let case = digipolicy::parse_case(&read_input(&args.report.input)?)?;
    let s = digipolicy::sensitivity(&policy, &case)?;
    output(&args.report, &s, || report::render_sensitivity(&s, args.report.lang.into()))
}
