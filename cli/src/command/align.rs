//! `digipolicy align`: initiatives traced through Region Östergötland's strategy.

use super::{load_registry, output, read_input, run as run_request, unexpected, Failure, ReportArgs};
use crate::report;
use digipolicy::ffi::{Request, Response, Source};

/// Traces the initiatives.
pub fn run(args: &ReportArgs) -> Result<String, Failure> {
    let registry = load_registry(None)?;
    let request = Request::Align { initiatives: Source::Json(read_input(&args.input)?) };
    match run_request(&registry, request)? {
        Response::Alignment(set) => output(args, &set, || report::render_alignment(&set, args.lang.into())),
        other => Err(unexpected(&other)),
    }
}
