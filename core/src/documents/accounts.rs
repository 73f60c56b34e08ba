//! The yearly accounts as a reader sees them: every figure labelled and formatted in the
//! reader's language ([`AccountsView`]), rendered as Markdown or printable HTML here and as
//! a text report by the CLI from the same rows, so all three show the same figures.

use crate::analysis::accounts::{
    Accounts, ClauseCounts, DigitalisationView, InnovationView, LeftOut, LeftOutReason, PricedCase, RouteCounts,
};
use crate::error::Error;
use crate::message::Arg;
use crate::model::decision::Route;
use crate::text::{kronor, percent, Lang, Text};
use crate::words::w;
use serde::Serialize;

use super::Format;

/// The accounts labelled and formatted in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccountsView {
    /// The year.
    pub year: u16,
    /// The year before, when its records were given.
    pub previous_year: Option<u16>,
    /// What was counted and left out, in a sentence.
    pub records: String,
    /// What the year showed, in sentences: the lead a board reads first.
    pub lead: Vec<String>,
    /// What "not known" means, and the questions most often left unanswered.
    pub not_known: String,
    /// The questions most often left unanswered, with how many requests lacked each.
    pub missing: Vec<(String, u32)>,
    /// The decisions that make up the price of the order: case, selected, cheaper, extra.
    pub order_cases: Vec<Vec<String>>,
    /// The decisions that make up what the criteria cost.
    pub criteria_cases: Vec<Vec<String>>,
    /// The packs that decided, `id version`.
    pub packs: Vec<String>,
    /// The digitalisation accounts.
    pub digitalisation: Section,
    /// The innovation accounts.
    pub innovation: Section,
    /// What the innovation accounts cannot say (being put into practice is followed up
    /// outside the decisions).
    pub innovation_note: String,
    /// The records left out (duplicates, records that do not verify), a sentence each; the
    /// last says how many more there are when not all are listed.
    pub left_out: Vec<String>,
    /// The library's version.
    pub library: &'static str,
}

/// One view of the accounts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// The headline figures.
    pub measures: Vec<Row>,
    /// Routes per quarter (digitalisation only).
    pub quarters: Vec<Vec<String>>,
    /// The column heads of `quarters`: the quarter, then each route.
    pub quarter_heads: Vec<String>,
    /// Per clause: id, title, then met, not met, not known, not applicable.
    pub clauses: Vec<Vec<String>>,
}

/// One headline figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// What it counts.
    pub label: String,
    /// This year.
    pub value: String,
    /// The year before (`–` without it).
    pub previous: String,
    /// The change (`–` without the year before).
    pub change: String,
}

/// A figure's kind, for formatting.
#[derive(Clone, Copy)]
enum Kind {
    Count(i64),
    Kronor(i64),
    Share(Option<f64>),
}

fn show(kind: Kind, lang: Lang) -> String {
    match kind {
        Kind::Count(n) => n.to_string(),
        Kind::Kronor(n) => kronor(u64::try_from(n).unwrap_or(0)).get(lang).to_owned(),
        Kind::Share(Some(s)) => percent(s).get(lang).to_owned(),
        Kind::Share(None) => "–".to_owned(),
    }
}

fn signed(n: i64, text: &str) -> String {
    match n {
        0 => text.to_owned(),
        n if n > 0 => format!("+{text}"),
        _ => format!("−{text}"),
    }
}

fn change(now: Kind, before: Kind, lang: Lang) -> String {
    match (now, before) {
        (Kind::Count(a), Kind::Count(b)) => signed(a - b, &(a - b).unsigned_abs().to_string()),
        (Kind::Kronor(a), Kind::Kronor(b)) => {
            let d = a.saturating_sub(b);
            signed(d, kronor(d.unsigned_abs()).get(lang))
        }
        (Kind::Share(Some(a)), Kind::Share(Some(b))) => {
            #[expect(clippy::cast_possible_truncation, reason = "a change of shares in -1..=1 times 1000")]
            let tenths = ((a - b) * 1000.0).round() as i64;
            let abs = tenths.unsigned_abs();
            let point = if lang == Lang::Sv { ',' } else { '.' };
            let points = Arg::Str(format!("{}{point}{}", abs / 10, abs % 10).into());
            let text = w!(AccountsPercentagePoints { points }).get(lang).into_owned();
            signed(tenths, &text)
        }
        _ => "–".to_owned(),
    }
}

fn rows(now: &[(Text, Kind)], before: Option<&[(Text, Kind)]>, lang: Lang) -> Vec<Row> {
    now.iter()
        .enumerate()
        .map(|(i, (label, kind))| {
            let was = before.and_then(|b| b.get(i)).map(|(_, k)| *k);
            Row {
                label: label.get(lang).to_owned(),
                value: show(*kind, lang),
                previous: was.map_or_else(|| "–".to_owned(), |k| show(k, lang)),
                change: was.map_or_else(|| "–".to_owned(), |k| change(*kind, k, lang)),
            }
        })
        .collect()
}

fn digitalisation_figures(d: &DigitalisationView) -> Vec<(Text, Kind)> {
    let r = &d.routes;
    let c = |n: u32| Kind::Count(n.into());
    vec![
        (w!(ACCOUNTS_REQUESTS).text(), c(d.requests)),
        (w!(ACCOUNTS_ROUTE_HOUSE).text(), c(r.in_house)),
        (w!(ACCOUNTS_ROUTE_PROCURE_FROM_MARKET).text(), c(r.market)),
        (w!(ACCOUNTS_ROUTE_CO_DEVELOPMENT_OTHER).text(), c(r.co_development)),
        (w!(ACCOUNTS_ROUTE_OWN_DEVELOPMENT).text(), c(r.own_development)),
        (w!(ACCOUNTS_CANDIDATE_MET_NEED).text(), c(r.no_candidate)),
        (w!(ACCOUNTS_BLOCKED_DECISIONS).text(), c(r.blocked)),
        (w!(ACCOUNTS_OUT_SCOPE).text(), c(r.out_of_scope)),
        (w!(ACCOUNTS_SHARE_HOUSE_REUSE).text(), Kind::Share(d.in_house_share)),
        (w!(ACCOUNTS_SHARE_CO_DEVELOPMENT_DEVELOPMENT).text(), Kind::Share(d.co_development_share)),
        (w!(ACCOUNTS_JUSTIFIED_DEVIATIONS).text(), c(d.deviations.justified)),
        (w!(ACCOUNTS_OPEN_DEVIATIONS).text(), c(d.deviations.open)),
        (w!(ACCOUNTS_COST_CHOICES_ABOVE_CHEAPEST).text(), Kind::Kronor(d.order_price_sek)),
        (w!(ACCOUNTS_DECISIONS_DEARER_THAN_CHEAPEST).text(), c(d.decisions_with_order_price)),
        (w!(ACCOUNTS_CRITERIA_COST).text(), Kind::Kronor(d.criteria_cost_sek)),
        (w!(ACCOUNTS_DECISIONS_CRITERIA_COST).text(), c(d.decisions_with_criteria_cost)),
    ]
}

fn innovation_figures(i: &InnovationView) -> Vec<(Text, Kind)> {
    let c = |n: u32| Kind::Count(n.into());
    vec![
        (w!(ACCOUNTS_REQUESTS_CONCERNING_INNOVATION).text(), c(i.innovation_cases)),
        (w!(ACCOUNTS_INNOVATIONS_DECIDED_PRACTICE).text(), c(i.innovations_decided)),
        (w!(ACCOUNTS_WHICH_CO_DEVELOPED_OTHER).text(), c(i.co_developed)),
        (w!(ACCOUNTS_JUSTIFIED_DEVIATIONS).text(), c(i.deviations.justified)),
        (w!(ACCOUNTS_OPEN_DEVIATIONS).text(), c(i.deviations.open)),
    ]
}

fn clause_rows(clauses: &[ClauseCounts], lang: Lang) -> Vec<Vec<String>> {
    clauses
        .iter()
        .map(|c| {
            vec![
                crate::rules::clauses::citation(&c.clause).get(lang).to_owned(),
                c.title.get(lang).to_owned(),
                c.met.to_string(),
                c.not_met.to_string(),
                c.not_known.to_string(),
                c.not_applicable.to_string(),
            ]
        })
        .collect()
}

fn quarter_rows(d: &DigitalisationView, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let routes = [Route::InHouse, Route::Market, Route::CoDevelopment, Route::OwnDevelopment, Route::NoCandidate];
    let mut heads =
        vec![w!(ACCOUNTS_QUARTER).text().get(lang).to_owned(), w!(ACCOUNTS_REQUESTS).text().get(lang).to_owned()];
    heads.extend(routes.iter().map(|r| r.label().get(lang).to_owned()));
    heads.push(w!(ACCOUNTS_BLOCKED_2).text().get(lang).to_owned());
    heads.push(w!(ACCOUNTS_OUT_SCOPE_2).text().get(lang).to_owned());
    let count = |r: &RouteCounts, route: Route| match route {
        Route::InHouse => r.in_house,
        Route::Market => r.market,
        Route::CoDevelopment => r.co_development,
        Route::OwnDevelopment => r.own_development,
        Route::NoCandidate => r.no_candidate,
    };
    let rows = d
        .by_quarter
        .iter()
        .map(|q| {
            let mut row = vec![format!("Q{}", q.quarter), q.requests.to_string()];
            row.extend(routes.iter().map(|r| count(&q.routes, *r).to_string()));
            row.push(q.routes.blocked.to_string());
            row.push(q.routes.out_of_scope.to_string());
            row
        })
        .collect();
    (heads, rows)
}

fn records_sentence(a: &Accounts, lang: Lang) -> String {
    let r = &a.records;
    let mut out = w!(AccountsRecords {
        in_year: Arg::count(r.in_year),
        other_years: Arg::count(r.other_years),
        previous_year: Arg::count(r.previous_year),
        undated: Arg::count(r.undated),
        year: Arg::count(a.year)
    })
    .get(lang)
    .into_owned();
    if r.duplicates + r.unverified > 0 {
        let left_out = w!(AccountsRecordsLeftOut {
            duplicates: Arg::count(r.duplicates),
            given: Arg::count(r.given),
            unverified: Arg::count(r.unverified)
        });
        out.push(' ');
        out.push_str(&left_out.get(lang));
    }
    out
}

/// The decisions behind a price: the case (title and id), the selected and the cheaper
/// alternative, and what the selection costs above it.
fn priced_rows(cases: &[PricedCase], lang: Lang) -> Vec<Vec<String>> {
    cases
        .iter()
        .map(|c| {
            let case = if c.title.is_empty() { c.case_id.clone() } else { format!("{} ({})", c.title, c.case_id) };
            vec![
                case,
                c.selected.clone(),
                c.cheaper.clone(),
                kronor(u64::try_from(c.extra_sek).unwrap_or(0)).get(lang).to_owned(),
            ]
        })
        .collect()
}

/// What the year showed, in sentences a board reads first.
fn lead(a: &Accounts, lang: Lang) -> Vec<String> {
    let d = &a.digitalisation;
    let r = &d.routes;
    let money = |sek: i64| Arg::Str(kronor(u64::try_from(sek).unwrap_or(0)).get(lang).to_owned().into());
    let mut out = vec![w!(AccountsLeadRequests { count: Arg::count(d.requests), year: Arg::count(a.year) })];
    if let Some(p) = &a.previous {
        out.push(w!(AccountsLeadPrevious { previous: Arg::count(p.digitalisation.requests) }));
    }
    if let Some(share) = d.in_house_share {
        out.push(w!(AccountsLeadInHouse { share: Arg::text(percent(share)) }));
    }
    if let Some(share) = d.co_development_share {
        out.push(w!(AccountsLeadCoDevelopment { share: Arg::text(percent(share)) }));
    }
    out.push(w!(AccountsLeadBlocked { blocked: Arg::count(r.blocked), out_of_scope: Arg::count(r.out_of_scope) }));
    out.push(w!(AccountsLeadDeviations {
        justified: Arg::count(d.deviations.justified),
        open: Arg::count(d.deviations.open)
    }));
    out.push(w!(AccountsLeadPrices {
        criteria: money(d.criteria_cost_sek),
        criteria_count: Arg::count(d.decisions_with_criteria_cost),
        order: money(d.order_price_sek),
        order_count: Arg::count(d.decisions_with_order_price)
    }));
    out.push(w!(AccountsLeadInnovation {
        cases: Arg::count(a.innovation.innovation_cases),
        decided: Arg::count(a.innovation.innovations_decided)
    }));
    out.into_iter().map(|m| m.get(lang).into_owned()).collect()
}

/// A record left out, in a sentence (records numbered from 1, as a person counts them).
fn left_out_sentence(l: &LeftOut, lang: Lang) -> String {
    let record = Arg::count(l.record.saturating_add(1));
    let case = Arg::Str(if l.case_id.is_empty() { "–".into() } else { l.case_id.clone().into() });
    let message = match (l.reason, l.same_as) {
        (LeftOutReason::Duplicate, first) => {
            w!(AccountsLeftOutDuplicate {
                case,
                first: Arg::count(first.unwrap_or_default().saturating_add(1)),
                record
            })
        }
        (LeftOutReason::PackUnavailable, _) => w!(AccountsLeftOutPack { case, record }),
        (LeftOutReason::Tampered | LeftOutReason::Different, _) => w!(AccountsLeftOutUnverified { case, record }),
    };
    let mut out = message.get(lang).into_owned();
    let why: Vec<&str> = l.differences.iter().map(|d| d.get(lang)).collect();
    if !why.is_empty() {
        out.push_str(": ");
        out.push_str(&why.join("; "));
    }
    out
}

fn left_out_sentences(a: &Accounts, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = a.left_out.iter().map(|l| left_out_sentence(l, lang)).collect();
    let all = u64::from(a.records.duplicates) + u64::from(a.records.unverified);
    let more = all.saturating_sub(a.left_out.len() as u64);
    if more > 0 {
        out.push(w!(AccountsLeftOutMore { count: Arg::count(more) }).get(lang).into_owned());
    }
    out
}

impl AccountsView {
    /// The accounts labelled and formatted in `lang`.
    pub fn new(a: &Accounts, lang: Lang) -> AccountsView {
        let before = a.previous.as_ref();
        let d_now = digitalisation_figures(&a.digitalisation);
        let d_before = before.map(|p| digitalisation_figures(&p.digitalisation));
        let i_now = innovation_figures(&a.innovation);
        let i_before = before.map(|p| innovation_figures(&p.innovation));
        let (quarter_heads, quarters) = quarter_rows(&a.digitalisation, lang);
        AccountsView {
            year: a.year,
            previous_year: before.map(|p| p.year),
            records: records_sentence(a, lang),
            lead: lead(a, lang),
            not_known: w!(ACCOUNTS_NOT_KNOWN_MEANS).get(lang).into_owned(),
            missing: a
                .digitalisation
                .missing_evidence
                .iter()
                .map(|m| (m.question.get(lang).to_owned(), m.requests))
                .collect(),
            order_cases: priced_rows(&a.digitalisation.order_price_cases, lang),
            criteria_cases: priced_rows(&a.digitalisation.criteria_cost_cases, lang),
            packs: a.packs.iter().map(|p| format!("{} {}", p.id, p.version)).collect(),
            digitalisation: Section {
                measures: rows(&d_now, d_before.as_deref(), lang),
                quarters,
                quarter_heads,
                clauses: clause_rows(&a.digitalisation.clauses, lang),
            },
            innovation: Section {
                measures: rows(&i_now, i_before.as_deref(), lang),
                quarters: Vec::new(),
                quarter_heads: Vec::new(),
                clauses: clause_rows(&a.innovation.clauses, lang),
            },
            innovation_note: w!(ACCOUNTS_PRACTICE_NOTE).get(lang).into_owned(),
            left_out: left_out_sentences(a, lang),
            library: env!("CARGO_PKG_VERSION"),
        }
    }
}

impl Accounts {
    /// The accounts as a document for the board: Markdown or printable HTML in `lang`.
    ///
    /// # Errors
    /// [`Error::Internal`] if a template fails (a bug).
    pub fn render(&self, lang: Lang, format: Format) -> Result<String, Error> {
        render_accounts(self, lang, format)
    }
}

/// Renders the accounts as Markdown or HTML in `lang`.
///
/// # Errors
/// [`Error::Internal`] if a template fails (a bug).
pub fn render_accounts(accounts: &Accounts, lang: Lang, format: Format) -> Result<String, Error> {
    super::render("accounts", format, lang, &AccountsView::new(accounts, lang))
}
