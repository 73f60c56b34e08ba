//! `digipolicy compare`: cases decided under the pack and under a variant of it.

use super::{load_registry, output, read_input, run as run_request, unexpected, Failure, ReportArgs};
use crate::report;
use clap::Args;
use digipolicy::ffi::{Request, Response, Source};
use digipolicy::ErrorReport;
use digipolicy::Registry;
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
    let registry = load_registry(args.policy.as_deref())?;
    let mut overrides = BTreeMap::new();
    for s in &args.set {
        let (k, v) = digipolicy::parse_override(s)?;
        overrides.insert(k, v);
    }
    let text = read_input(&args.report.input)?;
    let cases = if text.trim_start().starts_with('[') {
        Source::Json(text)
    } else {
        Source::value(read_lines(&registry, &text)?)
    };
    match run_request(&registry, Request::Compare { cases, overrides })? {
        Response::Comparison(c) => output(&args.report, &c, || report::render_comparison(&c, args.report.lang.into())),
        other => Err(unexpected(&other)),
    }
}

/// Cases as JSON lines (blank lines skipped); a bad line is an error that names it.
fn read_lines(registry: &Registry, text: &str) -> Result<Vec<digipolicy::Case>, Failure> {
    let policy = registry.newest()?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| policy.parse_case(l).map_err(|e| at_line(i + 1, ErrorReport::from(e))))
        .collect()
}
fn at_line(line: usize, mut report: ErrorReport) -> Failure {
    report.message = digipolicy::Text::new(
        format!("rad {line}: {}", report.message.sv),
        format!("line {line}: {}", report.message.en),
    );
    Failure::Report(report)
}
