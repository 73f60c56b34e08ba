//! `digipolicy review`: the case against every governing principle.

use super::{load_policy, output, read_input, AsOfArgs, CaseArgs, Failure};
use crate::report;
use clap::Args;

/// The arguments of `review`.
#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// The case and how to report it.
    #[command(flatten)]
    pub case: CaseArgs,
    /// The date to review as of.
    #[command(flatten)]
    pub as_of: AsOfArgs,
}

/// Reviews the case.
pub fn run(args: &ReviewArgs) -> Result<String, Failure> {
    let report_args = &args.case.report;
    let policy = load_policy(args.case.policy.as_deref())?;
    let case = digipolicy::parse_case(&read_input(&report_args.input)?)?;
    let review = policy.review_with_options(&case, args.as_of.options()?)?;
    output(report_args, &review, || report::render_review(&review, &policy, report_args.lang.into()))
}
