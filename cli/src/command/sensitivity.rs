//! `digipolicy sensitivity`: how far each weight can move before the selection changes.

use super::{load_registry, output, read_input, run as run_request, unexpected, CaseArgs, Failure};
use crate::report;
use digipolicy::ffi::{Request, Response, Source};

/// The sensitivity of the case's selection.
pub fn run(args: &CaseArgs) -> Result<String, Failure> {
    let registry = load_registry(args.policy.as_deref())?;
    let request = Request::Sensitivity { case: Source::Json(read_input(&args.report.input)?) };
    match run_request(&registry, request)? {
        Response::Sensitivity(s) => {
            output(&args.report, &s, || report::render_sensitivity(&s, args.report.lang.into()))
        }
        other => Err(unexpected(&other)),
    }
}
