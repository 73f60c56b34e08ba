//! `digipolicy align`: initiatives traced through Region Östergötland's strategy.

use super::{output, read_input, Failure, ReportArgs};
use crate::report;
use digipolicy::ffi;

/// Traces the initiatives.
pub fn run(args: &ReportArgs) -> Result<String, Failure> {
    let json = ffi::align_json(&read_input(&args.input)?)?;
    let set: digipolicy::AlignmentSet =
        serde_json::from_str(&json).map_err(|e| Failure::Report(digipolicy::ErrorReport::internal(&e.to_string())))?;
    output(args, &set, || report::render_alignment(&set, args.lang.into()))
}
