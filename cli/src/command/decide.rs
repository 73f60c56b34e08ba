//! `digipolicy decide`: the acquisition route, the selected candidate and why.

use super::{compact, output, read_input, AsOfArgs, CaseArgs, Failure, Format};
use crate::report;
use clap::{Args, ValueEnum};
use digipolicy::ffi::ErrorReport;
use digipolicy::{Case, DecideOptions, Decision, Outcome, Policy, Registry, Severity, Status, Text};

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

/// Who decides: the pack given with `--policy`, or the embedded packs, each in force on its
/// dates. Each pack is compiled once.
enum Decider {
    Pack(Box<Policy>),
    ByDate(Registry),
}

impl Decider {
    fn new(args: &DecideArgs) -> Result<Decider, Failure> {
        Ok(match args.case.policy.as_deref() {
            Some(path) => Decider::Pack(Box::new(super::load_policy(Some(path))?)),
            None => Decider::ByDate(Registry::embedded().map_err(|e| Failure::Report(ErrorReport::from(e)))?),
        })
    }

    /// Reads a case under the deciding pack's limits (the embedded packs keep the defaults).
    fn parse(&self, json: &str) -> Result<Case, digipolicy::Error> {
        match self {
            Decider::Pack(policy) => policy.parse_case(json),
            Decider::ByDate(_) => digipolicy::parse_case(json),
        }
    }

    /// The decision, and the pack that made it (for the report).
    fn decide(&self, case: &Case, options: DecideOptions) -> Result<(Option<&Policy>, Decision), digipolicy::Error> {
        match self {
            Decider::Pack(policy) => Ok((Some(policy), policy.decide_with(case, options)?)),
            Decider::ByDate(registry) => {
                let decision = registry.decide(case, options)?;
                let policy = registry.packs().iter().find(|p| p.pack().id == decision.policy.id);
                Ok((policy, decision))
            }
        }
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
    let decider = Decider::new(args)?;
    let case = decider.parse(&read_input(&report_args.input)?)?;
    let (policy, decision) = decider.decide(&case, options)?;
    let policy =
        policy.ok_or_else(|| Failure::Report(ErrorReport::internal("the deciding pack is not in the registry")))?;
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
    let decider = Decider::new(args)?;
    let text = read_input(&report_args.input)?;
    let (mut out, mut bad, mut flagged) = (String::new(), false, false);
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        match decider.parse(line).and_then(|case| decider.decide(&case, options)) {
            Ok((_, decision)) => {
                flagged |= args.fail_on.is_some_and(|w| w.holds(&decision));
                out.push_str(&compact(&decision)?);
            }
            Err(e) => {
                bad = true;
                out.push_str(&ErrorReport::from(e).to_json());
                out.push('\n');
            }
        }
    }
    match (bad, flagged) {
        // The bad lines' reports are in the output; the exit status says there were some.
        (true, _) => Err(Failure::BadLines(out)),
        (false, true) => Err(Failure::Flagged(out)),
        (false, false) => Ok(out),
    }
}
