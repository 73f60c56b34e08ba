//! The command line, parsed by clap: one module per subcommand, and what they share (the
//! input file, the output format and language, the pack, how a command fails).

pub mod accounts;
pub mod align;
pub mod classify;
pub mod compare;
pub mod completions;
pub mod coverage;
pub mod decide;
pub mod memo;
pub mod policy;
pub mod record;
pub mod review;
pub mod schema;
pub mod scope;
pub mod sensitivity;

use crate::report;
use clap::{Args, Parser, Subcommand, ValueEnum};
use digipolicy::ffi::{self, ErrorReport, Request, Response};
use digipolicy::{Lang, Policy, Registry, Text};
use std::io::Read;

/// Explainable decisions under Stockholm County Council's 2016 policy for innovation and
/// digitalisation.
#[derive(Debug, Parser)]
#[command(name = "digipolicy", version, after_help = AFTER_HELP)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

const AFTER_HELP: &str = "\
An input file may be `-` for standard input.
Exit codes: 0 done (a decision ready or blocked), 2 invalid input (with `decide --jsonl`: at
least one bad line), 3 a `decide --fail-on` condition holds (the output is still written),
1 any other failure, 141 the reader closed the pipe.
Errors are written in `--lang`, or as the error schema's JSON with `--format json`.";

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Decide a case: the acquisition route, the selected candidate and why (policy §5.9, §5.6).
    Decide(decide::DecideArgs),
    /// Review a case against every governing principle (policy §2, §5.1–5.9, the strategies).
    Review(review::ReviewArgs),
    /// Whether and how the policy applies to an organisation (policy §2).
    Scope(ReportArgs),
    /// Classify an initiative under the definition of innovation (policy §3, §3.1).
    Classify(ReportArgs),
    /// Decide cases under the pack and under a variant with parameters set by path.
    Compare(compare::CompareArgs),
    /// How far each criterion weight can move before the selection changes.
    Sensitivity(CaseArgs),
    /// Trace initiatives through Region Östergötland's regional strategy.
    Align(ReportArgs),
    /// Decide a case and write the record to keep: the case, the decision, the pack's stamp
    /// and the digest of the canonical input.
    Record(record::RecordArgs),
    /// Verify a decision record under the pack: ok (exit 0), tampered, different or pack_unavailable (exit 3).
    Verify(CaseArgs),
    /// The yearly accounts (digitaliseringsbokslut, innovationsbokslut) of a year's decision
    /// records, with the change from the year before when its records are given.
    Accounts(accounts::AccountsArgs),
    /// Decide a case and write its decision memo (tjänsteutlåtande) as Markdown or printable
    /// HTML, in Swedish or English.
    Memo(memo::MemoArgs),
    /// Print a JSON Schema of the contract.
    Schema(schema::SchemaArgs),
    /// Print the policy pack as JSON.
    Policy(policy::PolicyArgs),
    /// Print a shell completion script.
    Completions(completions::CompletionsArgs),
    /// Hold the coverage map against a local copy of the documents: the figures, or every
    /// sentence beside its status, summary, clauses, functions and vectors (HTML).
    Coverage(coverage::CoverageArgs),
}

/// The output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A readable report.
    Text,
    /// The contract's JSON.
    Json,
}

/// The report's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Language {
    /// Swedish.
    Sv,
    /// English.
    En,
}

impl From<Language> for Lang {
    fn from(l: Language) -> Lang {
        match l {
            Language::Sv => Lang::Sv,
            Language::En => Lang::En,
        }
    }
}

impl Command {
    /// The language the command reports in (`--lang`; Swedish when it has none).
    pub fn lang(&self) -> Lang {
        match self {
            Command::Memo(a) => return a.lang.into(),
            Command::Accounts(a) => return a.lang.into(),
            Command::Coverage(a) => return a.lang.into(),
            _ => {}
        }
        self.report().map_or(Lang::Sv, |r| r.lang.into())
    }

    /// Whether errors go to standard error as the error schema's JSON (`--format json`).
    pub fn json_errors(&self) -> bool {
        match self {
            Command::Decide(a) if a.jsonl => a.case.report.format != Some(Format::Text),
            Command::Accounts(a) => a.format == accounts::AccountsFormat::Json,
            _ => self.report().is_some_and(|r| r.format() == Format::Json),
        }
    }

    fn report(&self) -> Option<&ReportArgs> {
        match self {
            Command::Decide(a) => Some(&a.case.report),
            Command::Review(a) => Some(&a.case.report),
            Command::Record(a) => Some(&a.case.report),
            Command::Sensitivity(a) | Command::Verify(a) => Some(&a.report),
            Command::Compare(a) => Some(&a.report),
            Command::Scope(a) | Command::Classify(a) | Command::Align(a) => Some(a),
            Command::Memo(_)
            | Command::Accounts(_)
            | Command::Schema(_)
            | Command::Policy(_)
            | Command::Coverage(_)
            | Command::Completions(_) => None,
        }
    }
}

/// An input file, the output format and the language.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The input file (`-` for standard input).
    pub input: std::path::PathBuf,
    /// The output format [default: text; json with `decide --jsonl`].
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// The report's language (also of error messages in text).
    #[arg(long, value_enum, default_value = "sv")]
    pub lang: Language,
    /// With `--format json`: one line per result instead of pretty JSON.
    #[arg(long)]
    pub compact: bool,
}

impl ReportArgs {
    /// The output format: `--format`, or text.
    pub fn format(&self) -> Format {
        self.format.unwrap_or(Format::Text)
    }

    /// Options that do not apply to the chosen format are errors, not silently ignored.
    pub fn check(&self) -> Result<(), Failure> {
        if self.compact && self.format() == Format::Text {
            return Err(Failure::Invalid(Text::new(
                "`--compact` gäller bara `--format json`",
                "`--compact` applies only to `--format json`",
            )));
        }
        Ok(())
    }
}

/// A case and the pack to apply.
#[derive(Debug, Args)]
pub struct CaseArgs {
    /// The input and how to report.
    #[command(flatten)]
    pub report: ReportArgs,
    /// A policy pack (JSON) instead of the embedded one.
    #[arg(long, value_name = "PACK.json")]
    pub policy: Option<std::path::PathBuf>,
}

/// The date a case is decided as of when it carries none.
#[derive(Debug, Args)]
pub struct AsOfArgs {
    /// Fill in `decided_on` with this date where the case has none; the output records that
    /// it did. Nothing reads the clock: without it an undated case is decided under the
    /// whole pack.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub as_of: Option<String>,
}

impl AsOfArgs {
    /// The core's options, or the core's error for a bad date.
    pub fn options(&self) -> Result<digipolicy::DecideOptions, Failure> {
        Ok(ffi::Options { as_of: self.as_of.clone(), ..Default::default() }.decide_options()?)
    }
}

/// How a command failed.
pub enum Failure {
    /// Invalid input found by the library: exit code 2 (1 for an internal fault), the
    /// message in the command's `--lang`.
    Report(ErrorReport),
    /// Invalid input found by the command line itself: exit code 2.
    Invalid(Text),
    /// Anything else: exit code 1.
    Other(Text),
    /// The output was made, but a `--fail-on` condition holds: it is printed, exit code 3.
    Flagged(String),
    /// `--jsonl` output with an error report for at least one bad line: printed, exit code 2.
    BadLines(String),
    /// The reader of a streamed output closed the pipe: exit code 141, nothing more to say.
    PipeClosed,
}

impl Failure {
    /// The failure as the error schema's report (one line of JSON) and its exit code: the
    /// library's report as it is, the command line's own failures as a `request` error.
    pub fn report_json(&self) -> (u8, String) {
        let (code, report) = match self {
            Failure::Report(r) => (if r.code == digipolicy::ErrorCode::Internal { 1 } else { 2 }, r.clone()),
            Failure::Invalid(t) | Failure::Other(t) => {
                let problem = digipolicy::Problem::new(digipolicy::ErrorCode::InvalidValue, "", t.clone());
                (if matches!(self, Failure::Invalid(_)) { 2 } else { 1 }, ErrorReport::single("request", problem))
            }
            Failure::Flagged(_) => return (3, String::new()),
            Failure::BadLines(_) => return (2, String::new()),
            Failure::PipeClosed => return (141, String::new()),
        };
        (code, report.to_json())
    }

    /// The exit code and the message in `lang`.
    pub fn render(&self, lang: Lang) -> (u8, String) {
        match self {
            Failure::Report(report) => {
                let mut text = report.message.get(lang).to_owned();
                if report.errors.len() > 1 {
                    for problem in &report.errors {
                        text.push_str(&format!("\n  - {}", problem.line(lang)));
                    }
                }
                if report.more_errors > 0 {
                    let more = report::word_with("cli-more-problems", &[&report.more_errors.to_string()]);
                    text.push_str(&format!("\n  {}", more.get(lang)));
                }
                (if report.code == digipolicy::ErrorCode::Internal { 1 } else { 2 }, text)
            }
            Failure::Invalid(msg) => (2, msg.get(lang).to_owned()),
            Failure::Other(msg) => (1, msg.get(lang).to_owned()),
            Failure::Flagged(_) => (3, String::new()),
            Failure::BadLines(_) => (2, String::new()),
            Failure::PipeClosed => (141, String::new()),
        }
    }
}

impl From<ErrorReport> for Failure {
    fn from(report: ErrorReport) -> Self {
        Failure::Report(report)
    }
}

impl From<digipolicy::Error> for Failure {
    fn from(err: digipolicy::Error) -> Self {
        Failure::from(ErrorReport::from(err))
    }
}

/// An input read as a stream.
pub type Input = std::io::BufReader<Box<dyn std::io::Read>>;

/// An input to read as a stream: standard input for `-`, else the file, with its size when
/// known (for the progress line).
pub fn open_input(path: &std::path::Path) -> Result<(Input, Option<u64>), Failure> {
    if path.as_os_str() == "-" {
        return Ok((std::io::BufReader::with_capacity(256 * 1024, Box::new(std::io::stdin())), None));
    }
    let file = std::fs::File::open(path).map_err(|e| {
        let shown = format!("`{}`", report::clean(&path.display().to_string()));
        Failure::Other(Text::new(format!("kan inte läsa {shown}: {e}"), format!("cannot read {shown}: {e}")))
    })?;
    let size = file.metadata().ok().filter(std::fs::Metadata::is_file).map(|m| m.len());
    Ok((std::io::BufReader::with_capacity(256 * 1024, Box::new(file)), size))
}

/// A failure to write a streamed output: a closed pipe ends quietly, anything else is an error.
pub fn write_failure(e: std::io::Error) -> Failure {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Failure::PipeClosed
    } else {
        Failure::Other(Text::new(format!("kan inte skriva utdata: {e}"), format!("cannot write the output: {e}")))
    }
}

/// The text of an input file, or of standard input for `-`: at most the input limit
/// (`max_input_bytes`, 16 MiB) is read, so `/dev/zero` or an endless pipe ends in an error
/// instead of filling memory; text that is not UTF-8 is invalid input (exit 2).
pub fn read_input(path: &std::path::Path) -> Result<String, Failure> {
    let max = digipolicy::Limits::default().max_input_bytes;
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    let shown = path.display().to_string();
    let mut bytes = Vec::new();
    let read = if path.as_os_str() == "-" {
        std::io::stdin().lock().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    let (sv, en) = if path.as_os_str() == "-" {
        ("standard in".to_owned(), "standard input".to_owned())
    } else {
        let name = format!("`{}`", report::clean(&shown));
        (name.clone(), name)
    };
    read.map_err(|e| Failure::Other(Text::new(format!("kan inte läsa {sv}: {e}"), format!("cannot read {en}: {e}"))))?;
    if bytes.len() > max {
        return Err(Failure::Invalid(Text::new(
            format!("{sv} är över {max} byte, gränsen för indata (`max_input_bytes`) (tips: dela upp indata)"),
            format!("{en} is over {max} bytes, the input limit (`max_input_bytes`) (hint: split the input)"),
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        Failure::Invalid(Text::new(
            format!("{sv} är inte UTF-8-text: ogiltig byte vid position {at} (tips: JSON-text är UTF-8)"),
            format!("{en} is not UTF-8 text: invalid byte at offset {at} (hint: JSON text is UTF-8)"),
        ))
    })
}

/// The pack in a file, or the embedded one.
pub fn load_policy(path: Option<&std::path::Path>) -> Result<Policy, Failure> {
    match path {
        Some(p) => Ok(ffi::policy_from_json(&read_input(p)?)?),
        None => Policy::sll_2016().map_err(|e| {
            Failure::Other(Text::new(
                format!("det inbyggda paketet går inte att läsa: {e}"),
                format!("the embedded pack does not load: {e}"),
            ))
        }),
    }
}

/// Who decides: a registry of the pack given with `--policy`, or the embedded packs, each
/// in force on its dates. Each pack is compiled once.
pub fn load_registry(path: Option<&std::path::Path>) -> Result<Registry, Failure> {
    match path {
        Some(_) => Ok(Registry::of(load_policy(path)?)),
        None => Registry::embedded().map_err(|e| Failure::Report(ErrorReport::from(e))),
    }
}

/// Runs `request` through the core's one operation layer.
pub fn run(registry: &Registry, request: Request) -> Result<Response, Failure> {
    Ok(ffi::run(registry, request)?)
}

/// A response the command did not ask for: a bug, reported as an internal error.
pub fn unexpected(response: &Response) -> Failure {
    let what = format!("unexpected response {:?}", std::mem::discriminant(response));
    Failure::Report(ErrorReport::internal(&what))
}

/// A value as the contract's JSON (pretty, or one line with `--compact`) or as a text report.
pub fn output<T: serde::Serialize>(
    args: &ReportArgs,
    value: &T,
    text: impl FnOnce() -> String,
) -> Result<String, Failure> {
    args.check()?;
    match (args.format(), args.compact) {
        (Format::Json, false) => Ok(ffi::to_json(value)?),
        (Format::Json, true) => compact(value),
        (Format::Text, _) => Ok(report::clean(&text())),
    }
}

/// A value as one line of JSON with a final newline.
pub fn compact<T: serde::Serialize>(value: &T) -> Result<String, Failure> {
    serde_json::to_string(value).map(|s| s + "\n").map_err(|e| Failure::Report(ErrorReport::internal(&e.to_string())))
}
