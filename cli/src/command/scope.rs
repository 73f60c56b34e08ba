//! `digipolicy scope`: whether and how the policy applies to an organisation (§2).

use super::{load_registry, output, read_input, run as run_request, unexpected, Failure, ReportArgs};
use crate::report;
use digipolicy::ffi::{Request, Response, Source};

/// Checks the organisation's scope.
pub fn run(args: &ReportArgs) -> Result<String, Failure> {
    let registry = load_registry(None)?;
    let request = Request::Scope { organisation: Source::Json(read_input(&args.input)?) };
    match run_request(&registry, request)? {
        Response::Scope(scope) => output(args, &scope, || report::render_scope(&scope, args.lang.into())),
        other => Err(unexpected(&other)),
    }
}
