//! `digipolicy`: decide a case under the policy from the command line.
//!
//! Exit codes: 0 a decision was made (ready or blocked), 2 invalid input (the case, the
//! pack or the command line) with the message on stderr, 1 any other failure.

mod report;

use digipolicy::ffi::{self, ErrorReport};
use digipolicy::{Lang, Policy};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "\
usage:
  digipolicy decide CASE.json [--format text|json] [--lang sv|en] [--policy PACK.json]
  digipolicy review CASE.json [--format text|json] [--lang sv|en] [--policy PACK.json]
  digipolicy scope ORG.json [--format text|json] [--lang sv|en]
  digipolicy classify INITIATIVE.json [--format text|json] [--lang sv|en]
  digipolicy compare CASES.jsonl --set NAME=VALUE [--set ...] [--format text|json] [--lang sv|en] [--policy PACK.json]
  digipolicy sensitivity CASE.json [--format text|json] [--lang sv|en] [--policy PACK.json]
  digipolicy align INITIATIVES.json [--format text|json] [--lang sv|en]
  digipolicy schema NAME   (case, decision, review, organisation, scope, initiative, classification,
                            policy, error, compare-request, comparison, sensitivity,
                            regional-strategy, align-input, alignment)
  digipolicy policy [--policy PACK.json]
  digipolicy --help | --version

An input file may be `-` for standard input.
`decide` without --policy picks the pack in force on the case's `decided_on` (or on today,
or on --today YYYY-MM-DD). `compare` decides every case (JSON lines, or a JSON array) under
the pack and under a variant with the parameters set by --set (weights.cost,
weights.strategic_importance, weights.delivery_ability, default_horizon_years,
materiality_threshold_sek, strict_order).
exit codes: 0 decided (ready or blocked), 2 invalid input, 1 other failure";

/// How a command failed.
enum Failure {
    /// Invalid input: exit code 2.
    Invalid(String),
    /// Anything else: exit code 1.
    Other(String),
}

impl From<ErrorReport> for Failure {
    fn from(report: ErrorReport) -> Self {
        let mut text = report.message.clone();
        if report.errors.len() > 1 {
            for problem in &report.errors {
                text.push_str(&format!("\n  - {problem}"));
            }
        }
        if report.code == digipolicy::ErrorCode::Internal {
            Failure::Other(text)
        } else {
            Failure::Invalid(text)
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

struct Options {
    positional: Vec<String>,
    format: Format,
    lang: Lang,
    policy: Option<String>,
    set: Vec<String>,
    today: Option<String>,
}

fn parse_options(args: &[String]) -> Result<Options, Failure> {
    let mut opts = Options {
        positional: Vec::new(),
        format: Format::Text,
        lang: Lang::Sv,
        policy: None,
        set: Vec::new(),
        today: None,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_owned())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or_else(|| Failure::Invalid(format!("`{name}` needs a value\n{USAGE}")))
        };
        match flag {
            "--format" => {
                opts.format = match value("--format")?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    other => {
                        return Err(Failure::Invalid(format!("unknown format `{other}` (hint: `text` or `json`)")))
                    }
                }
            }
            "--lang" => {
                let v = value("--lang")?;
                opts.lang = Lang::parse(&v)
                    .ok_or_else(|| Failure::Invalid(format!("unknown language `{v}` (hint: `sv` or `en`)")))?;
            }
            "--policy" => opts.policy = Some(value("--policy")?),
            "--set" => opts.set.push(value("--set")?),
            "--today" => opts.today = Some(value("--today")?),
            "-" => opts.positional.push(arg.clone()),
            f if f.starts_with('-') => return Err(Failure::Invalid(format!("unknown option `{f}`\n{USAGE}"))),
            _ => opts.positional.push(arg.clone()),
        }
    }
    Ok(opts)
}

/// The options of a command that takes exactly one input file (`-` for stdin).
fn one_input(command: &str, rest: &[String]) -> Result<(Options, String), Failure> {
    let mut opts = parse_options(rest)?;
    match (opts.positional.pop(), opts.positional.is_empty()) {
        (Some(path), true) => Ok((opts, path)),
        _ => Err(Failure::Invalid(format!("`{command}` takes one input file\n{USAGE}"))),
    }
}

fn read_input(path: &str) -> Result<String, Failure> {
    if path == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Failure::Other(format!("cannot read standard input: {e}")))?;
        Ok(s)
    } else {
        std::fs::read_to_string(path).map_err(|e| Failure::Other(format!("cannot read `{path}`: {e}")))
    }
}

fn load_policy(path: Option<&str>) -> Result<Policy, Failure> {
    match path {
        Some(p) => Ok(ffi::policy_from_json(&read_input(p)?)?),
        None => Policy::sll_2016().map_err(|e| Failure::Other(format!("the embedded pack does not load: {e}"))),
    }
}

/// Today's date from the clock, or `--today`.
fn today(given: Option<&str>) -> Result<digipolicy::Date, Failure> {
    if let Some(s) = given {
        return digipolicy::Date::parse(s)
            .ok_or_else(|| Failure::Invalid(format!("`{s}` is not a date (hint: `YYYY-MM-DD`)")));
    }
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|e| Failure::Other(format!("the clock is before 1970: {e}")))?
        .as_secs();
    digipolicy::Date::from_days_since_epoch(i64::try_from(secs / 86_400).unwrap_or(0))
        .ok_or_else(|| Failure::Other("the clock's date is out of range".into()))
}

/// Cases as JSON lines, or as one JSON array.
fn read_cases(text: &str) -> Result<Vec<digipolicy::Case>, Failure> {
    if text.trim_start().starts_with('[') {
        let values: Vec<serde_json::Value> =
            serde_json::from_str(text).map_err(|e| Failure::Invalid(format!("not a JSON array of cases: {e}")))?;
        return values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                digipolicy::parse_case(&v.to_string()).map_err(|e| Failure::Invalid(format!("case [{i}]: {e}")))
            })
            .collect();
    }
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| digipolicy::parse_case(l).map_err(|e| Failure::Invalid(format!("line {}: {e}", i + 1))))
        .collect()
}

fn run(args: &[String]) -> Result<String, Failure> {
    let Some((command, rest)) = args.split_first() else {
        return Err(Failure::Invalid(USAGE.to_owned()));
    };
    match command.as_str() {
        "--help" | "-h" | "help" => Ok(format!("{USAGE}\n")),
        "--version" | "-V" => Ok(format!("digipolicy {}\n", env!("CARGO_PKG_VERSION"))),
        "decide" => {
            let (opts, path) = one_input(command, rest)?;
            let json = read_input(&path)?;
            let case = digipolicy::parse_case(&json).map_err(ErrorReport::from)?;
            let (policy, decision) = match opts.policy.as_deref() {
                Some(p) => {
                    let policy = load_policy(Some(p))?;
                    let decision = policy.decide(&case).map_err(ErrorReport::from)?;
                    (policy, decision)
                }
                None => {
                    let registry = digipolicy::Registry::embedded()
                        .map_err(|e| Failure::Other(format!("the embedded registry does not load: {e}")))?;
                    let decision = registry.decide(&case, today(opts.today.as_deref())?).map_err(ErrorReport::from)?;
                    let policy = registry
                        .packs()
                        .iter()
                        .find(|p| p.pack().id == decision.policy.id)
                        .cloned()
                        .ok_or_else(|| Failure::Other("the deciding pack is not in the registry".into()))?;
                    (policy, decision)
                }
            };
            match opts.format {
                Format::Json => Ok(ffi::to_json(&decision)?),
                Format::Text => Ok(report::render(&case, &decision, &policy, opts.lang)),
            }
        }
        "compare" => {
            let (opts, path) = one_input(command, rest)?;
            let policy = load_policy(opts.policy.as_deref())?;
            let mut overrides = std::collections::BTreeMap::new();
            for s in &opts.set {
                let (k, v) = digipolicy::parse_override(s).map_err(ErrorReport::from)?;
                overrides.insert(k, v);
            }
            let variant = policy.variant(&overrides).map_err(ErrorReport::from)?;
            let cases = read_cases(&read_input(&path)?)?;
            let comparison = digipolicy::compare(&cases, &policy, &variant);
            match opts.format {
                Format::Json => Ok(ffi::to_json(&comparison)?),
                Format::Text => Ok(report::render_comparison(&comparison, opts.lang)),
            }
        }
        "sensitivity" => {
            let (opts, path) = one_input(command, rest)?;
            let policy = load_policy(opts.policy.as_deref())?;
            let case = digipolicy::parse_case(&read_input(&path)?).map_err(ErrorReport::from)?;
            let s = digipolicy::sensitivity(&policy, &case).map_err(ErrorReport::from)?;
            match opts.format {
                Format::Json => Ok(ffi::to_json(&s)?),
                Format::Text => Ok(report::render_sensitivity(&s, opts.lang)),
            }
        }
        "align" => {
            let (opts, path) = one_input(command, rest)?;
            let json = ffi::align_json(&read_input(&path)?)?;
            match opts.format {
                Format::Json => Ok(json),
                Format::Text => {
                    let set: digipolicy::AlignmentSet =
                        serde_json::from_str(&json).map_err(|e| Failure::Other(e.to_string()))?;
                    Ok(report::render_alignment(&set, opts.lang))
                }
            }
        }
        "review" | "scope" | "classify" => {
            let (opts, path) = one_input(command, rest)?;
            let policy = load_policy(opts.policy.as_deref())?;
            let json = read_input(&path)?;
            let lang = opts.lang;
            let text = match command.as_str() {
                "review" => {
                    let case = digipolicy::parse_case(&json).map_err(ErrorReport::from)?;
                    let review = policy.review(&case).map_err(ErrorReport::from)?;
                    if opts.format == Format::Json {
                        return Ok(ffi::to_json(&review)?);
                    }
                    report::render_review(&review, &policy, lang)
                }
                "scope" => {
                    let org = digipolicy::parse_organisation(&json).map_err(ErrorReport::from)?;
                    let scope = policy.scope(&org).map_err(ErrorReport::from)?;
                    if opts.format == Format::Json {
                        return Ok(ffi::to_json(&scope)?);
                    }
                    report::render_scope(&scope, lang)
                }
                _ => {
                    let initiative = digipolicy::parse_initiative(&json).map_err(ErrorReport::from)?;
                    let c = policy.classify(&initiative).map_err(ErrorReport::from)?;
                    if opts.format == Format::Json {
                        return Ok(ffi::to_json(&c)?);
                    }
                    report::render_classification(&c, &initiative, lang)
                }
            };
            Ok(text)
        }
        "schema" => {
            let opts = parse_options(rest)?;
            let [name] = opts.positional.as_slice() else {
                return Err(Failure::Invalid(format!(
                    "`schema` takes one name: case, decision, policy or error\n{USAGE}"
                )));
            };
            Ok(ffi::schema_json(name)?)
        }
        "policy" => {
            let opts = parse_options(rest)?;
            if !opts.positional.is_empty() {
                return Err(Failure::Invalid(format!("`policy` takes no file; use `--policy PACK.json`\n{USAGE}")));
            }
            Ok(ffi::policy_json(&load_policy(opts.policy.as_deref())?)?)
        }
        other => Err(Failure::Invalid(format!("unknown command `{other}`\n{USAGE}"))),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(Failure::Invalid(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
        Err(Failure::Other(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(1)
        }
    }
}
