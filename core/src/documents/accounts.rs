//! The yearly accounts as a reader sees them: every figure labelled and formatted in the
//! reader's language ([`AccountsView`]), rendered as Markdown or printable HTML here and as
//! a text report by the CLI from the same rows, so all three show the same figures.

use crate::analysis::accounts::{Accounts, ClauseCounts, DigitalisationView, InnovationView, RouteCounts};
use crate::error::Error;
use crate::model::decision::Route;
use crate::text::{kronor, percent, Lang, Text};
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
    /// The packs that decided, `id version`.
    pub packs: Vec<String>,
    /// The digitalisation accounts.
    pub digitalisation: Section,
    /// The innovation accounts.
    pub innovation: Section,
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
            let text = match lang {
                Lang::Sv => format!("{},{} procentenheter", abs / 10, abs % 10),
                Lang::En => format!("{}.{} percentage points", abs / 10, abs % 10),
            };
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
        (Text::new("Ärenden", "Requests"), c(d.requests)),
        (Text::new("Väg: befintligt inom landstinget", "Route: in-house"), c(r.in_house)),
        (Text::new("Väg: upphandla befintlig produkt", "Route: procure from the market"), c(r.market)),
        (
            Text::new("Väg: utveckling med andra regioner", "Route: co-development with other regions"),
            c(r.co_development),
        ),
        (Text::new("Väg: egen utveckling", "Route: own development"), c(r.own_development)),
        (Text::new("Inget alternativ mötte behovet", "No candidate met the need"), c(r.no_candidate)),
        (Text::new("Utanför policyn (§2)", "Out of scope (§2)"), c(r.out_of_scope)),
        (Text::new("Andel återanvändning inom landstinget", "Share of in-house reuse"), Kind::Share(d.in_house_share)),
        (
            Text::new("Andel samutveckling av utvecklingen", "Share of co-development in development"),
            Kind::Share(d.co_development_share),
        ),
        (Text::new("Blockerade beslut (§5.6)", "Blocked decisions (§5.6)"), c(d.blocked)),
        (Text::new("Motiverade avvikelser", "Justified deviations"), c(d.deviations.justified)),
        (Text::new("Öppna avvikelser", "Open deviations"), c(d.deviations.open)),
        (
            Text::new(
                "Valens merkostnad mot billigaste alternativ som mötte behovet",
                "Cost of the choices above the cheapest alternative that met the need",
            ),
            Kind::Kronor(d.order_price_sek),
        ),
        (
            Text::new("Beslut dyrare än billigaste alternativ", "Decisions dearer than the cheapest alternative"),
            c(d.decisions_above_cheapest),
        ),
    ]
}

fn innovation_figures(i: &InnovationView) -> Vec<(Text, Kind)> {
    let c = |n: u32| Kind::Count(n.into());
    vec![
        (Text::new("Ärenden som gäller innovation", "Requests concerning innovation"), c(i.innovation_cases)),
        (
            Text::new("Beslutade innovationer att införa (§3)", "Innovations decided for practice (§3)"),
            c(i.innovations_decided),
        ),
        (
            Text::new("varav samutvecklade med andra regioner", "of which co-developed with other regions"),
            c(i.co_developed),
        ),
        (Text::new("Motiverade avvikelser", "Justified deviations"), c(i.deviations.justified)),
        (Text::new("Öppna avvikelser", "Open deviations"), c(i.deviations.open)),
    ]
}

fn clause_rows(clauses: &[ClauseCounts], lang: Lang) -> Vec<Vec<String>> {
    clauses
        .iter()
        .map(|c| {
            vec![
                c.clause.clone(),
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
    let mut heads = vec![
        Text::new("Kvartal", "Quarter").get(lang).to_owned(),
        Text::new("Ärenden", "Requests").get(lang).to_owned(),
    ];
    heads.extend(routes.iter().map(|r| r.label().get(lang).to_owned()));
    heads.push(Text::new("utanför policyn", "out of scope").get(lang).to_owned());
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
            row.push(q.routes.out_of_scope.to_string());
            row
        })
        .collect();
    (heads, rows)
}

fn records_sentence(a: &Accounts, lang: Lang) -> String {
    let r = &a.records;
    match lang {
        Lang::Sv => format!(
            "Beslutsposter från {}: {}; från året före: {}; från andra år (ej medräknade): {}; utan datum (ej medräknade): {}.",
            a.year, r.in_year, r.previous_year, r.other_years, r.undated
        ),
        Lang::En => format!(
            "Decision records from {}: {}; from the year before: {}; from other years (not counted): {}; undated (not counted): {}.",
            a.year, r.in_year, r.previous_year, r.other_years, r.undated
        ),
    }
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
