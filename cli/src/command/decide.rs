//! `digipolicy decide`: the acquisition route, the selected candidate and why.

use super::{compact, load_registry, output, read_input, AsOfArgs, CaseArgs, Failure, Format};
use crate::report;
use clap::{Args, ValueEnum};
use digipolicy::ffi::{ErrorReport, Request, Response, Source};
use digipolicy::{Case, DecideOptions, Decision, Outcome, Registry, Severity, Status, Text};

/// The arguments of `decide`.
#[derive(Debug, Args)]
pub struct DecideArgs {
    /// The case and how to report it.
    #[command(flatten)]
    pub case: CaseArgs,
    /// The date to decide as of.
    #[command(flatten)]
    pub as_of: AsOfArgs,
    /// Read JSON lines, one case per line, and write one line per case in order: the decision,
    /// or the error report of a bad line (decided lines are not lost). Exits 2 at the end if
    /// any line was bad.
    #[arg(long)]
    pub jsonl: bool,
    /// Exit with 3 (the output still written) when a decision is `blocked`, or when it has a
    /// `deviation` (a SHALL not met, in its findings or its review) or is blocked.
    #[arg(long, value_enum, value_name = "WHEN")]
    pub fail_on: Option<FailOn>,
}

/// When `decide` exits with 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// The decision is blocked (a SHALL precondition is missing).
    Blocked,
    /// The decision is blocked or deviates from a SHALL.
    Deviation,
}

impl FailOn {
    fn holds(self, d: &Decision) -> bool {
        let blocked = d.status == Status::Blocked;
        let deviates = || {
            d.findings.iter().any(|f| f.severity <= Severity::Deviation)
                || d.review.results.iter().any(|r| {
                    r.outcome == Outcome::NotMet && r.severity <= Some(Severity::Deviation) && r.severity.is_some()
                })
        };
        match self {
            FailOn::Blocked => blocked,
            FailOn::Deviation => blocked || deviates(),
        }
    }
}

/// The decision of one case text, and the case as read, through the core's one way in.
fn decide(registry: &Registry, text: String, options: DecideOptions) -> Result<(Case, Decision), Failure> {
    match super::run(registry, Request::Decide { case: Source::Json(text), options })? {
        Response::Decision { case, decision } => Ok((*case, *decision)),
        other => Err(super::unexpected(&other)),
    }
}

/// Decides the case under `--policy`, or under the embedded pack in force on its date.
/// Nothing reads the clock: a case without `decided_on` takes `--as-of`, or is decided
/// under the whole pack.
pub fn run(args: &DecideArgs) -> Result<String, Failure> {
    if args.jsonl {
        return run_lines(args);
    }
    let report_args = &args.case.report;
    let options = args.as_of.options()?;
    let registry = load_registry(args.case.policy.as_deref())?;
    let (case, decision) = decide(&registry, read_input(&report_args.input)?, options)?;
    let policy = registry
        .pack(&decision.policy.id, &decision.policy.version)
        .ok_or_else(|| Failure::Report(ErrorReport::internal("the deciding pack is not in the registry")))?;
    let out = output(report_args, &decision, || report::render(&case, &decision, policy, report_args.lang.into()))?;
    match args.fail_on {
        Some(when) if when.holds(&decision) => Err(Failure::Flagged(out)),
        _ => Ok(out),
    }
}

/// `--jsonl`: one compact line per input line, decisions and error reports in order.
fn run_lines(args: &DecideArgs) -> Result<String, Failure> {
    let report_args = &args.case.report;
    if report_args.format == Some(Format::Text) {
        return Err(Failure::Invalid(Text::new(
            "`--jsonl` skriver JSON-rader; `--format text` gäller inte",
            "`--jsonl` writes JSON lines; `--format text` does not apply",
        )));
    }
    let options = args.as_of.options()?;
    let registry = load_registry(args.case.policy.as_deref())?;
    let text = read_input(&report_args.input)?;
    let (mut out, mut bad, mut flagged) = (String::new(), false, false);
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        match decide(&registry, line.to_owned(), options) {
            Ok((_, decision)) => {
                flagged |= args.fail_on.is_some_and(|w| w.holds(&decision));
                out.push_str(&compact(&decision)?);
            }
            Err(Failure::Report(report)) => {
                bad = true;
                out.push_str(&report.to_json());
                out.push('\n');
            }
            Err(other) => return Err(other),
        }
    }
    match (bad, flagged) {
        // The bad lines' reports are in the output; the exit status says there were some.
        (true, _) => Err(Failure::BadLines(out)),
        (false, true) => Err(Failure::Flagged(out)),
        (false, false) => Ok(out),
    }
}
