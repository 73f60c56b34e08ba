//! `digipolicy review`: the case against every governing principle.

use super::{load_registry, output, read_input, run as run_request, AsOfArgs, CaseArgs, Failure};
use crate::report;
use clap::Args;
use digipolicy::ffi::{Request, Response, Source};

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
    let registry = load_registry(args.case.policy.as_deref())?;
    let request =
        Request::Review { case: Source::Json(read_input(&report_args.input)?), options: args.as_of.options()? };
    let Response::Review(review) = run_request(&registry, request)? else {
        return Err(Failure::Report(digipolicy::ErrorReport::internal("review gave no review")));
    };
    let policy = registry.pack(&review.policy.id, &review.policy.version).ok_or_else(|| {
        Failure::Report(digipolicy::ErrorReport::internal("the reviewing pack is not in the registry"))
    })?;
    output(report_args, &review, || report::render_review(&review, policy, report_args.lang.into()))
}
