//! `digipolicy accounts`: the yearly accounts (digitaliseringsbokslut and innovationsbokslut)
//! of a year's decision records, as JSON, a text report, Markdown or printable HTML.

use super::{compact, load_registry, read_input, run as run_request, Failure, Language};
use clap::{Args, ValueEnum};
use digipolicy::ffi::{self, DocumentOptions, Request, Response, Source};
use digipolicy::{label, AccountsView, Format as DocFormat, Lang, Outcome, Section, Text};

/// The output format of the accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AccountsFormat {
    /// The accounts' JSON (the `accounts` schema).
    Json,
    /// A readable report.
    Text,
    /// Markdown.
    Md,
    /// Self-contained HTML with print CSS for A4.
    Html,
}

/// `digipolicy accounts RECORDS.jsonl --year 2025`.
#[derive(Debug, Args)]
pub struct AccountsArgs {
    /// Decision records as JSON lines (what `record` writes, one per line) or a JSON array.
    pub input: std::path::PathBuf,
    /// The year to account for (by each record's `decided_on`, or its `as_of`); the records
    /// of the year before are compared against when given.
    #[arg(long)]
    pub year: u16,
    /// The output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: AccountsFormat,
    /// The report's language (also of error messages).
    #[arg(long, value_enum, default_value = "sv")]
    pub lang: Language,
    /// With `--format json`: one line instead of pretty JSON.
    #[arg(long)]
    pub compact: bool,
    /// A policy pack (JSON) for the clause titles instead of the embedded one.
    #[arg(long, value_name = "PACK.json")]
    pub policy: Option<std::path::PathBuf>,
}

/// Counts the records of the year and writes the accounts.
pub fn run(args: &AccountsArgs) -> Result<String, Failure> {
    if args.compact && args.format != AccountsFormat::Json {
        return Err(Failure::Invalid(Text::new(
            "`--compact` gäller bara `--format json`",
            "`--compact` applies only to `--format json`",
        )));
    }
    let registry = load_registry(args.policy.as_deref())?;
    let lang: Lang = args.lang.into();
    let document = match args.format {
        AccountsFormat::Md => Some(DocumentOptions { lang, format: DocFormat::Md }),
        AccountsFormat::Html => Some(DocumentOptions { lang, format: DocFormat::Html }),
        AccountsFormat::Json | AccountsFormat::Text => None,
    };
    let request = Request::Accounts { records: Source::Json(read_input(&args.input)?), year: args.year, document };
    match (run_request(&registry, request)?, args.format) {
        (Response::Accounts(accounts), AccountsFormat::Json) if args.compact => compact(&accounts),
        (Response::Accounts(accounts), AccountsFormat::Json) => Ok(ffi::to_json(&accounts)?),
        (Response::Accounts(accounts), AccountsFormat::Text) => {
            Ok(crate::report::clean(&text(&AccountsView::new(&accounts, lang), lang)?))
        }
        (response, _) => Ok(response.into_text()?),
    }
}

fn text(view: &AccountsView, lang: Lang) -> Result<String, digipolicy::Error> {
    let l = |key: &str| label(key, lang);
    let mut out = format!("{} {}\n{}\n", l("accounts_title")?, view.year, view.records);
    if !view.packs.is_empty() {
        out.push_str(&format!("{}: {}\n", l("policy")?, view.packs.join(", ")));
    }
    for (title, section) in
        [(l("digitalisation_accounts")?, &view.digitalisation), (l("innovation_accounts")?, &view.innovation)]
    {
        out.push_str(&format!("\n{title} {}\n", view.year));
        out.push_str(&section_text(view, section, lang)?);
    }
    Ok(out)
}

fn section_text(view: &AccountsView, section: &Section, lang: Lang) -> Result<String, digipolicy::Error> {
    // Column heads in lower case, as the other text reports write them.
    let head = |key: &str| label(key, lang).map(str::to_lowercase);
    let mut heads = vec![head("measure")?, view.year.to_string()];
    if let Some(previous) = view.previous_year {
        heads.push(previous.to_string());
        heads.push(head("change")?);
    }
    let mut rows = vec![heads];
    for r in &section.measures {
        let mut row = vec![r.label.clone(), r.value.clone()];
        if view.previous_year.is_some() {
            row.push(r.previous.clone());
            row.push(r.change.clone());
        }
        rows.push(row);
    }
    let mut out = crate::report::table(&rows);
    if !section.quarters.is_empty() {
        out.push_str(&format!("\n{}\n", label("routes_by_quarter", lang)?));
        let mut rows = vec![section.quarter_heads.clone()];
        rows.extend(section.quarters.iter().cloned());
        out.push_str(&crate::report::table(&rows));
    }
    out.push_str(&format!("\n{}\n", label("per_clause", lang)?));
    let mut rows = vec![vec![head("clause")?, head("principle")?]];
    if let Some(heads) = rows.first_mut() {
        let outcomes = [Outcome::Met, Outcome::NotMet, Outcome::NotKnown, Outcome::NotApplicable];
        heads.extend(outcomes.iter().map(|o| o.label().get(lang).to_owned()));
    }
    rows.extend(section.clauses.iter().cloned());
    out.push_str(&crate::report::table(&rows));
    Ok(out)
}
