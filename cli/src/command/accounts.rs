//! `digipolicy accounts`: the yearly accounts (digitaliseringsbokslut and innovationsbokslut)
//! of a year's decision records, as JSON, a text report, Markdown or printable HTML.

use super::{compact, load_registry, open_input, run as run_request, Failure, Language};
use clap::{Args, ValueEnum};
use digipolicy::ffi::{self, DocumentOptions, Request, Response, Source};
use digipolicy::{label, Accounts, AccountsView, Format as DocFormat, Lang, Outcome, Section, Tally, Text};
use std::io::Read;

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
    /// Decision records (`-` for standard input): JSON lines, records one after another as
    /// `record` writes them, or a JSON array. Read as a stream: any number of records, each
    /// under the input limit.
    pub input: std::path::PathBuf,
    /// The year to account for, 1–9999 (by each record's `decided_on`, or its `as_of`); the
    /// records of the year before are compared against when given.
    #[arg(long, allow_negative_numbers = true)]
    pub year: i64,
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
    let year = ffi::Options { year: Some(args.year), ..Default::default() }.accounts_year()?;
    let lang: Lang = args.lang.into();
    let accounts = count(&registry, year, &args.input)?;
    let document = match args.format {
        AccountsFormat::Md => DocumentOptions { lang, format: DocFormat::Md },
        AccountsFormat::Html => DocumentOptions { lang, format: DocFormat::Html },
        AccountsFormat::Json if args.compact => return compact(&accounts),
        AccountsFormat::Json => return Ok(ffi::to_json(&accounts)?),
        AccountsFormat::Text => return Ok(crate::report::clean(&text(&AccountsView::new(&accounts, lang), lang)?)),
    };
    let request = Request::AccountsDocument { accounts: Source::value(accounts), options: document };
    match run_request(&registry, request)? {
        response @ Response::Document(_) => Ok(response.into_text()?),
        other => Err(super::unexpected(&other)),
    }
}

/// Reads the records as a stream, a chunk at a time, counting each as it completes: memory
/// holds one record and the year's figures, however many records there are. A terminal
/// gets a progress line on standard error.
fn count(registry: &digipolicy::Registry, year: u16, input: &std::path::Path) -> Result<Accounts, Failure> {
    let (mut reader, size) = open_input(input)?;
    let mut tally = Tally::new(registry.clone(), year);
    let mut progress = crate::stream::Progress::counting(size, "poster/records");
    let mut chunk = vec![0u8; 256 * 1024];
    let mut read = 0u64;
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                return Err(Failure::Other(Text::new(
                    format!("kan inte läsa beslutsposterna: {e}"),
                    format!("cannot read the records: {e}"),
                )))
            }
        };
        read += n as u64;
        tally.feed(chunk.get(..n).unwrap_or_default())?;
        progress.update(tally.given(), read);
    }
    progress.finish();
    Ok(tally.finish()?)
}

fn text(view: &AccountsView, lang: Lang) -> Result<String, digipolicy::Error> {
    let l = |key: &str| label(key, lang);
    let mut out = format!("{} {}\n{}\n", l("accounts_title")?, view.year, view.records);
    if !view.packs.is_empty() {
        out.push_str(&format!("{}: {}\n", l("policy")?, view.packs.join(", ")));
    }
    out.push_str(&format!("\n{}\n{}\n", l("what_showed")?, view.lead.join(" ")));
    for (title, section) in
        [(l("digitalisation_accounts")?, &view.digitalisation), (l("innovation_accounts")?, &view.innovation)]
    {
        out.push_str(&format!("\n{title} {}\n", view.year));
        out.push_str(&section_text(view, section, lang)?);
        if std::ptr::eq(section, &view.digitalisation) {
            out.push_str(&explained(view, lang)?);
        }
    }
    Ok(out)
}

/// The decisions behind the two prices and the evidence most often missing.
fn explained(view: &AccountsView, lang: Lang) -> Result<String, digipolicy::Error> {
    let l = |key: &str| label(key, lang);
    let head = |key: &str| label(key, lang).map(str::to_lowercase);
    let mut out = String::new();
    for (title, rows) in [("order_cases", &view.order_cases), ("criteria_cases", &view.criteria_cases)] {
        if rows.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{}\n", l(title)?));
        let mut table = vec![vec![head("case")?, head("selected_short")?, head("cheaper")?, head("extra")?]];
        table.extend(rows.iter().cloned());
        out.push_str(&crate::report::table(&table));
    }
    if !view.missing.is_empty() {
        out.push_str(&format!("\n{}\n{}\n", l("missing_heading")?, view.not_known));
        for (question, count) in &view.missing {
            out.push_str(&format!("  - {question} ({count})\n"));
        }
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
