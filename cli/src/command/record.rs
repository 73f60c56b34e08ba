//! `digipolicy record` and `digipolicy verify`: the decision record a case-management system
//! keeps, and its verification under the pack.

use super::{compact, load_registry, read_input, run as run_request, unexpected, AsOfArgs, CaseArgs, Failure};
use clap::Args;
use digipolicy::ffi::{self, Request, Response, Source};
use digipolicy::Verdict;

/// The arguments of `record`.
#[derive(Debug, Args)]
pub struct RecordArgs {
    /// The case and how to write the record.
    #[command(flatten)]
    pub case: CaseArgs,
    /// The date to decide as of (kept in the record, so that `verify` re-decides on it).
    #[command(flatten)]
    pub as_of: AsOfArgs,
}

/// Decides the case and writes its record (JSON; one line with `--compact`).
pub fn record(record: &RecordArgs) -> Result<String, Failure> {
    let args = &record.case;
    args.report.check()?;
    let registry = load_registry(args.policy.as_deref())?;
    let request = Request::Record { case: read_input(&args.report.input)?, options: record.as_of.options()? };
    let response = run_request(&registry, request)?;
    if args.report.compact {
        return Ok(response.to_compact_json()?);
    }
    Ok(response.into_text()?)
}

pub fn verify(args: &CaseArgs) -> Result<String, Failure> {
    args.report.check()?;
    let registry = load_registry(args.policy.as_deref())?;
    let request = Request::Verify { record: Source::Json(read_input(&args.report.input)?) };
    let verification = match run_request(&registry, request)? {
        Response::Verification(v) => v,
        other => return Err(unexpected(&other)),
    };
    let lang: digipolicy::Lang = args.report.lang.into();
    let out = match args.report.format() {
        super::Format::Json if args.report.compact => compact(&verification)?,
        super::Format::Json => ffi::to_json(&verification)?,
        super::Format::Text => {
            let verdict: &str = verification.verdict.into();
            let mut out = format!("{verdict}\n");
            for d in &verification.differences {
                out.push_str(&format!("  {}\n", d.get(lang)));
            }
            crate::report::clean(&out)
        }
    };
    match verification.verdict {
        Verdict::Ok => Ok(out),
        Verdict::Tampered | Verdict::Different | Verdict::PackUnavailable => Err(Failure::Flagged(out)),
    }
}
