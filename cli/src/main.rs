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
  digipolicy schema NAME   (case, decision, review, organisation, scope, initiative,
                            classification, policy, error)
  digipolicy policy [--policy PACK.json]
  digipolicy --help | --version

An input file may be `-` for standard input.
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
}

fn parse_options(args: &[String]) -> Result<Options, Failure> {
    let mut opts = Options { positional: Vec::new(), format: Format::Text, lang: Lang::Sv, policy: None };
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
            "-" => opts.positional.push(arg.clone()),
            f if f.starts_with('-') => return Err(Failure::Invalid(format!("unknown option `{f}`\n{USAGE}"))),
            _ => opts.positional.push(arg.clone()),
        }
    }
    Ok(opts)
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

fn run(args: &[String]) -> Result<String, Failure> {
    let Some((command, rest)) = args.split_first() else {
        return Err(Failure::Invalid(USAGE.to_owned()));
    };
    match command.as_str() {
        "--help" | "-h" | "help" => Ok(format!("{USAGE}\n")),
        "--version" | "-V" => Ok(format!("digipolicy {}\n", env!("CARGO_PKG_VERSION"))),
        "decide" => {
            let opts = parse_options(rest)?;
            let [path] = opts.positional.as_slice() else {
                return Err(Failure::Invalid(format!("`decide` takes one case file\n{USAGE}")));
            };
            let policy = load_policy(opts.policy.as_deref())?;
            let json = read_input(path)?;
            let case = digipolicy::parse_case(&json).map_err(ErrorReport::from)?;
            let decision = policy.decide(&case).map_err(ErrorReport::from)?;
            match opts.format {
                Format::Json => Ok(ffi::to_json(&decision)?),
                Format::Text => Ok(report::render(&case, &decision, &policy, opts.lang)),
            }
        }
        "review" | "scope" | "classify" => {
            let opts = parse_options(rest)?;
            let [path] = opts.positional.as_slice() else {
                return Err(Failure::Invalid(format!("`{command}` takes one input file\n{USAGE}")));
            };
            let policy = load_policy(opts.policy.as_deref())?;
            let json = read_input(path)?;
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
