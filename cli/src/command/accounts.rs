//! `digipolicy accounts`: the yearly accounts (digitaliseringsbokslut and innovationsbokslut)
//! of a year's decision records, as JSON, a text report, Markdown or printable HTML.

use super::{compact, load_policy, read_input, Failure, Language};
use clap::{Args, ValueEnum};
use digipolicy::analysis::accounts::parse_records;
use digipolicy::documents::accounts::{render_accounts, AccountsView, Section};
use digipolicy::documents::Format as DocFormat;
use digipolicy::ffi;
use digipolicy::{Lang, Text};

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
    let policy = load_policy(args.policy.as_deref())?;
    let records = parse_records(&read_input(&args.input)?)?;
    let accounts = policy.accounts(&records, args.year);
    let lang: Lang = args.lang.into();
    match args.format {
        AccountsFormat::Json if args.compact => compact(&accounts),
        AccountsFormat::Json => Ok(ffi::to_json(&accounts)?),
        AccountsFormat::Md => Ok(render_accounts(&accounts, lang, DocFormat::Md)?),
        AccountsFormat::Html => Ok(render_accounts(&accounts, lang, DocFormat::Html)?),
        AccountsFormat::Text => Ok(crate::report::clean(&text(&AccountsView::new(&accounts, lang), lang))),
    }
}

fn t(lang: Lang, sv: &str, en: &str) -> String {
    Text::new(sv.to_owned(), en.to_owned()).get(lang).to_owned()
}

/// The text report from the same labelled rows as the Markdown and HTML.
fn text(view: &AccountsView, lang: Lang) -> String {
    let mut out = format!(
        "{} {}\n{}\n",
        t(lang, "Årsredovisning av beslut om IT-stöd", "Yearly accounts of decisions on IT support"),
        view.year,
        view.records
    );
    if !view.packs.is_empty() {
        out.push_str(&format!("{}: {}\n", t(lang, "Policypaket", "Policy pack"), view.packs.join(", ")));
    }
    for (title, section) in [
        (t(lang, "Digitaliseringsbokslut", "Digitalisation accounts"), &view.digitalisation),
        (t(lang, "Innovationsbokslut", "Innovation accounts"), &view.innovation),
    ] {
        out.push_str(&format!("\n{title} {}\n", view.year));
        out.push_str(&section_text(view, section, lang));
    }
    out
}

fn section_text(view: &AccountsView, section: &Section, lang: Lang) -> String {
    let mut head = vec![t(lang, "mått", "measure"), view.year.to_string()];
    if let Some(previous) = view.previous_year {
        head.push(previous.to_string());
        head.push(t(lang, "förändring", "change"));
    }
    let mut rows = vec![head];
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
        out.push_str(&format!("\n{}\n", t(lang, "Vägar per kvartal", "Routes per quarter")));
        let mut rows = vec![section.quarter_heads.clone()];
        rows.extend(section.quarters.iter().cloned());
        out.push_str(&crate::report::table(&rows));
    }
    out.push_str(&format!("\n{}\n", t(lang, "Per punkt", "Per clause")));
    let mut rows = vec![vec![
        t(lang, "punkt", "clause"),
        t(lang, "princip", "principle"),
        t(lang, "uppfylld", "met"),
        t(lang, "inte uppfylld", "not met"),
        t(lang, "okänt", "not known"),
        t(lang, "gäller inte", "not applicable"),
    ]];
    rows.extend(section.clauses.iter().cloned());
    out.push_str(&crate::report::table(&rows));
    out
}
