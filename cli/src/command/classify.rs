//! `digipolicy classify`: an initiative under the definition of innovation (§3, §3.1).

use super::{load_registry, output, read_input, run as run_request, unexpected, Failure, ReportArgs};
use crate::report;
use digipolicy::ffi::{Request, Response, Source};

/// Classifies the initiative.
pub fn run(args: &ReportArgs) -> Result<String, Failure> {
    let registry = load_registry(None)?;
    let request = Request::Classify { initiative: Source::Json(read_input(&args.input)?) };
    match run_request(&registry, request)? {
        Response::Classification { initiative, classification: c } => {
            output(args, &c, || report::render_classification(&c, &initiative, args.lang.into()))
        }
        other => Err(unexpected(&other)),
    }
}
