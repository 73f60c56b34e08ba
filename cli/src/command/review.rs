//! `digipolicy review`: the case against every governing principle.

use super::{load_policy, output, read_input, CaseArgs, Failure};
use crate::report;

/// Reviews the case.
pub fn run(args: &CaseArgs) -> Result<String, Failure> {
    let policy = load_policy(args.policy.as_deref())?;
    let case = digipolicy::parse_case(&read_input(&args.report.input)?)?;
    let review = policy.review(&case)?;
    output(args.report.format, &review, || report::render_review(&review, &policy, args.report.lang.into()))
}
