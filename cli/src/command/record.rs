//! `digipolicy record` and `digipolicy verify`: the decision record a case-management system
//! keeps, and its verification under the pack.

use super::{compact, load_policy, read_input, CaseArgs, Failure};
use digipolicy::analysis::record::Verdict;
use digipolicy::ffi::{self, ErrorReport};

/// Decides the case and writes its record (JSON; one line with `--compact`).
pub fn record(args: &CaseArgs) -> Result<String, Failure> {
    args.report.check()?;
    let policy = load_policy(args.policy.as_deref())?;
    let json = ffi::record_json(&policy, &read_input(&args.report.input)?)?;
    if args.report.compact {
        let value: serde_json::Value =
            serde_json::from_str(&json).map_err(|e| Failure::Report(ErrorReport::internal(&e.to_string())))?;
        return compact(&value);
    }
    Ok(json)
}

/// Verifies a record: prints the verification (text in `--lang`, or JSON); exit 0 when `ok`,
/// 3 when `tampered` or `different`.
pub fn verify(args: &CaseArgs) -> Result<String, Failure> {
    args.report.check()?;
    let policy = load_policy(args.policy.as_deref())?;
    let record = ffi::parse_record(&read_input(&args.report.input)?)?;
    let verification = policy.verify(&record);
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
        Verdict::Tampered | Verdict::Different => Err(Failure::Flagged(out)),
    }
}
