//! `digipolicy memo`: the decision memo (*tjänsteutlåtande*) of a case, in Swedish or
//! English, as Markdown or as printable HTML.

use super::{load_policy, read_input, AsOfArgs, Language};
use clap::{Args, ValueEnum};
use digipolicy::ffi;

/// The memo's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocFormat {
    /// Markdown.
    Md,
    /// Self-contained HTML with print CSS for A4 (open it and print, or print to PDF).
    Html,
}

impl DocFormat {
    /// The core's name of the format.
    pub fn as_str(self) -> &'static str {
        match self {
            DocFormat::Md => "md",
            DocFormat::Html => "html",
        }
    }
}

/// `digipolicy memo CASE.json [--format md|html] [--lang sv|en]`.
#[derive(Debug, Args)]
pub struct MemoArgs {
    /// The case (`-` for standard input).
    pub input: std::path::PathBuf,
    /// Markdown or printable HTML.
    #[arg(long, value_enum, default_value = "md")]
    pub format: DocFormat,
    /// The memo's language (also of error messages).
    #[arg(long, value_enum, default_value = "sv")]
    pub lang: Language,
    /// A policy pack (JSON) instead of the embedded one.
    #[arg(long, value_name = "PACK.json")]
    pub policy: Option<std::path::PathBuf>,
    /// The date to decide an undated case as of.
    #[command(flatten)]
    pub as_of: AsOfArgs,
}

/// Decides the case and renders its memo.
pub fn run(args: &MemoArgs) -> Result<String, super::Failure> {
    let policy = load_policy(args.policy.as_deref())?;
    let lang: digipolicy::Lang = args.lang.into();
    let memo =
        ffi::memo(&policy, &read_input(&args.input)?, lang.into(), args.format.as_str(), args.as_of.as_of.as_deref())?;
    Ok(memo)
}
