//! `digipolicy memo`: the decision memo (*tjänsteutlåtande*) of a case, in Swedish or
//! English, as Markdown or as printable HTML.

use super::{load_registry, read_input, run as run_request, AsOfArgs, Language};
use clap::{Args, ValueEnum};
use digipolicy::ffi::{Request, Source};
use digipolicy::MemoOptions;

/// The memo's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocFormat {
    /// Markdown.
    Md,
    /// Self-contained HTML with print CSS for A4 (open it and print, or print to PDF).
    Html,
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
    let registry = load_registry(args.policy.as_deref())?;
    let format = match args.format {
        DocFormat::Md => digipolicy::Format::Md,
        DocFormat::Html => digipolicy::Format::Html,
    };
    let options = MemoOptions { lang: args.lang.into(), format, decide: args.as_of.options()? };
    let request = Request::Memo { case: Source::Json(read_input(&args.input)?), options };
    Ok(run_request(&registry, request)?.into_text()?)
}
