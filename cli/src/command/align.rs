//! `digipolicy align`: initiatives traced through Region Östergötland's strategy.

use super::{read_input, Failure, Format, ReportArgs};
use crate::report;
use digipolicy::ffi;

/// Traces the initiatives.
pub fn run(args: &ReportArgs) -> Result<String, Failure> {
    let json = ffi::align_json(&read_input(&args.input)?)?;
    match args.format {
        Format::Json => Ok(json),
        Format::Text => {
            let set: digipolicy::AlignmentSet = serde_json::from_str(&json)
                .map_err(|e| Failure::Other(digipolicy::Text::new(e.to_string(), e.to_string())))?;
            Ok(report::render_alignment(&set, args.lang.into()))
        }
    }
}
