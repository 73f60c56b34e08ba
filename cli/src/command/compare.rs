//! `digipolicy compare`: cases decided under the pack and under a variant of it.

use super::{load_policy, output, read_input, Failure, ReportArgs};
use crate::report;
use clap::Args;
use digipolicy::ffi::ErrorReport;
use std::collections::BTreeMap;

/// The arguments of `compare`.
#[derive(Debug, Args)]
#[command(after_help = "Cases are JSON lines, or one JSON array. Parameters are named by path, \
                        e.g. `weights.cost`; `digipolicy policy` shows them under `parameters`.")]
pub struct CompareArgs {
    /// The cases and how to report them.
    #[command(flatten)]
    pub report: ReportArgs,
    /// A policy pack (JSON) instead of the embedded one.
    #[arg(long, value_name = "PACK.json")]
    pub policy: Option<std::path::PathBuf>,
    /// A parameter of the variant, by path: `weights.cost=3`.
    #[arg(long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,
}

/// Compares the cases under the pack and the variant.
pub fn run(args: &CompareArgs) -> Result<String, Failure> {
    let policy = load_policy(args.policy.as_deref())?;
    let mut overrides = BTreeMap::new();
    for s in &args.set {
        let (k, v) = digipolicy::parse_override(s)?;
        overrides.insert(k, v);
    }
    let variant = policy.variant(&overrides)?;
    let cases = read_cases(&read_input(&args.report.input)?)?;
    let comparison = digipolicy::compare(&cases, &policy, &variant);
    output(&args.report, &comparison, || report::render_comparison(&comparison, args.report.lang.into()))
}

/// Cases as JSON lines, or as one JSON array (read by the core, so a bad case is reported
/// with its path, e.g. `cases[2].id`).
fn read_cases(text: &str) -> Result<Vec<digipolicy::Case>, Failure> {
    if text.trim_start().starts_with('[') {
        let request = format!("{{\"cases\": {text}, \"overrides\": {{}}}}");
        let request = digipolicy::analysis::whatif::parse_compare_request(&request)?;
        return Ok(request.cases);
    }
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| digipolicy::parse_case(l).map_err(|e| at_line(i + 1, ErrorReport::from(e))))
        .collect()
}

/// The error of one line of a JSON-lines input, the line named in both languages.
fn at_line(line: usize, mut report: ErrorReport) -> Failure {
    report.message = digipolicy::Text::new(
        format!("rad {line}: {}", report.message.sv),
        format!("line {line}: {}", report.message.en),
    );
    Failure::Report(report)
}
