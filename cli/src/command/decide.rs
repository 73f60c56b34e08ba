//! `digipolicy decide`: the acquisition route, the selected candidate and why.

use super::{compact, load_registry, output, read_input, AsOfArgs, CaseArgs, Failure, Format};
use crate::report;
use clap::{Args, ValueEnum};
use digipolicy::ffi::{ErrorReport, Request, Response, Source};
use digipolicy::{Case, DecideOptions, Decision, Outcome, Registry, Severity, Status, Text};
use std::io::Write as _;

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
    /// or the error report of a bad line (decided lines are not lost). Streams: each line is
    /// decided and written before the next is read, in bounded memory, whatever the number of
    /// lines; each line is held to the input limit on its own. Exits 2 at the end if any line
    /// was bad. On a terminal, a progress line goes to standard error.
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

/// `--jsonl`: one compact line per input line, decisions and error reports in order,
/// streamed: each line is read, decided and written before the next is read, so memory stays
/// bounded whatever the number of lines and the first result comes out while the rest are
/// still being read. Each line is held to the input limit (`max_input_bytes`); a longer line,
/// or one that is not UTF-8, is an error report of its own and the other lines are decided.
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
    let (input, size) = super::open_input(&report_args.input)?;
    let mut lines = crate::stream::Lines::new(input, digipolicy::Limits::default().max_input_bytes);
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    let mut progress = crate::stream::Progress::new(size);
    let (mut bad, mut flagged) = (false, false);
    while let Some(line) = lines.next_line() {
        let written = match line {
            Err(failure) => {
                bad = true;
                writeln!(out, "{}", failure.report_json().1)
            }
            Ok(text) if text.trim().is_empty() => Ok(()),
            Ok(text) => match decide(&registry, text, options) {
                Ok((_, decision)) => {
                    flagged |= args.fail_on.is_some_and(|w| w.holds(&decision));
                    out.write_all(compact(&decision)?.as_bytes())
                }
                Err(Failure::Report(report)) => {
                    bad = true;
                    writeln!(out, "{}", report.to_json())
                }
                Err(other) => return Err(other),
            },
        };
        // Flush when the input has nothing more at hand, so a slow writer sees results promptly.
        let flushed = if lines.nothing_buffered() { out.flush() } else { Ok(()) };
        written.and(flushed).map_err(super::write_failure)?;
        progress.tick(lines.bytes_read());
    }
    out.flush().map_err(super::write_failure)?;
    progress.finish();
    match (bad, flagged) {
        // The bad lines' reports are in the output; the exit status says there were some.
        (true, _) => Err(Failure::BadLines(String::new())),
        (false, true) => Err(Failure::Flagged(String::new())),
        (false, false) => Ok(String::new()),
    }
}
