//! `digipolicy record` and `digipolicy verify`: the decision record a case-management system
//! keeps, and its verification under the pack.

use super::{compact, load_registry, read_input, run as run_request, unexpected, CaseArgs, Failure};
use digipolicy::ffi::{self, Request, Response, Source};
use digipolicy::Verdict;

/// Decides the case and writes its record (JSON; one line with `--compact`).
pub fn record(args: &CaseArgs) -> Result<String, Failure> {
    args.report.check()?;
    let registry = load_registry(args.policy.as_deref())?;
    let response = run_request(&registry, Request::Record { case: read_input(&args.report.input)? })?;
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
