//! The decision memo, *tjänsteutlåtande*, on the council's own structure (seed 001, the
//! memo of 2016-09-02): a header (organisation, administration, TJÄNSTEUTLÅTANDE with the
//! date, diarienummer, handläggare, the body addressed), Ärendebeskrivning, Beslutsunderlag,
//! Förslag till beslut as "att" clauses, Förvaltningens motivering (a summary, the
//! background, why this route under §5.9, why this alternative, each deviation with its
//! justification or as open), Ekonomiska konsekvenser (TCO per alternative, the price of the
//! order and what the criteria cost, the funding), Miljökonsekvenser, what is still to be
//! supplied, and signatures; the trial step by step, the full principles table, the ranking
//! with its scores and the identifiers in an appendix (Bilaga). The facts a case does not
//! give (`memo` in the case) print as blanks to fill, never invented. Rendered in Swedish or
//! English, as Markdown or as printable HTML (A4, numbered pages).
//!
//! ```
//! use digipolicy::{Format, Lang, MemoOptions, Policy};
//!
//! let policy = Policy::sll_2016()?;
//! let case = policy.parse_case(r#"{
//!   "id": "2025-017", "title": "Video consultations", "decided_on": "2025-03-01",
//!   "requirements": [{ "id": "video", "text": "Video calls with patients", "priority": "must" }],
//!   "benefit_assessment": { "done": true },
//!   "candidates": [{ "id": "meetcare", "name": "MeetCare", "origin": "market", "covers": ["video"],
//!     "cost": { "one_off_sek": 0, "yearly_sek": 200000 }, "strategic_importance": 3, "delivery_ability": 4 }]
//! }"#)?;
//! let memo = policy.memo(&case, &MemoOptions { lang: Lang::Sv, format: Format::Md, ..Default::default() })?;
//! assert!(memo.contains("**TJÄNSTEUTLÅTANDE**") && memo.contains("\n# Video consultations\n"));
//! assert!(memo.contains("## Förslag till beslut") && memo.contains("1. att anskaffa MeetCare"));
//! assert!(memo.contains("1 000 000 kr")); // five years at 200 000 kr, the core's kronor
//! # Ok::<(), digipolicy::Error>(())
//! ```

use crate::error::Error;
use crate::message::{Arg, Message};
use crate::model::case::{Case, Priority};
use crate::model::decision::{DecideOptions, Decision, Status, StepCode};
use crate::model::review::Severity;
use crate::pack::Policy;
use crate::text::{kronor, Lang, Text};
use crate::words::w;
use serde::Serialize;

use super::Format;

/// How to render a memo.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MemoOptions {
    /// The language: Swedish (the default) or English.
    pub lang: Lang,
    /// Markdown (the default) or HTML.
    pub format: Format,
    /// How to decide the case (`as_of` for an undated case).
    pub decide: DecideOptions,
}

impl Policy {
    /// Decides `case` and renders its decision memo.
    ///
    /// # Errors
    /// The errors of [`Policy::decide_with`]; [`Error::Internal`] if a template fails (a bug).
    pub fn memo(&self, case: &Case, options: &MemoOptions) -> Result<String, Error> {
        let decision = self.decide_with(case, options.decide)?;
        render_memo(self, case, &decision, options.lang, options.format)
    }
}

/// Renders the memo of a decision already taken on `case` (which must be the decision's
/// case: the memo reads the need, the requirements and the costs from it).
///
/// # Errors
/// [`Error::Internal`] if a template fails (a bug).
pub fn render_memo(
    policy: &Policy,
    case: &Case,
    decision: &Decision,
    lang: Lang,
    format: Format,
) -> Result<String, Error> {
    let view = MemoView::new(policy, case, decision, lang);
    super::render("memo", format, lang, &view)
}

/// Everything the memo template shows, formatted in the memo's language. The body is what
/// an official signs (the council's own tjänsteutlåtande, seed 001); identifiers, the trial
/// step by step and the full principles table are in the appendix.
#[derive(Serialize)]
struct MemoView {
    /// The header: each `None` prints as a blank to fill.
    header: Header,
    title: String,
    description: String,
    basis: Vec<String>,
    proposal_intro: String,
    att: Vec<String>,
    summary: String,
    benefit: String,
    requirements: Vec<RequirementRow>,
    route_reason: Vec<String>,
    choice_reason: Vec<String>,
    deviations: Vec<String>,
    notes: Vec<String>,
    candidates: Vec<CandidateRow>,
    horizon: i64,
    economics: Vec<String>,
    funding: Option<String>,
    environment: String,
    missing: Vec<String>,
    signatories: Vec<SignatoryRow>,
    appendix: Appendix,
}

#[derive(Serialize)]
struct Header {
    organisation: Option<String>,
    administration: Option<String>,
    date: Option<String>,
    diary_number: Option<String>,
    case_officer: Option<String>,
    decision_body: Option<String>,
    unit: Option<String>,
}

#[derive(Serialize)]
struct SignatoryRow {
    name: String,
    title: Option<String>,
}

/// What the appendix (Bilaga) holds: the trial step by step, the principles, the ranking
/// with its scores, and the technical identifiers.
#[derive(Serialize)]
struct Appendix {
    order: Vec<ClauseLine>,
    review: Vec<ReviewRow>,
    weights: String,
    case_id: String,
    policy: String,
    requirement_ids: Vec<(String, String)>,
    library: &'static str,
}

#[derive(Serialize)]
struct RequirementRow {
    text: String,
    priority: String,
}

#[derive(Serialize)]
struct ClauseLine {
    clause: String,
    title: String,
    message: String,
}

#[derive(Serialize)]
pub(super) struct CandidateRow {
    rank: String,
    name: String,
    stage: String,
    meets_need: String,
    one_off: String,
    yearly: String,
    tco: String,
    score: String,
    missing: String,
    selected: bool,
}

#[derive(Serialize)]
pub(super) struct ReviewRow {
    clause: String,
    title: String,
    outcome: String,
    severity: String,
    message: String,
    justification: Option<String>,
}

/// A clause as a person cites it ("policyn § 5.9"), never its id.
fn cite(clause: &str, lang: Lang) -> String {
    get(&crate::rules::clauses::citation(clause), lang)
}

fn get(text: &Text, lang: Lang) -> String {
    text.get(lang).to_owned()
}

fn say(message: Message, lang: Lang) -> String {
    message.get(lang).into_owned()
}

impl MemoView {
    fn new(policy: &Policy, case: &Case, decision: &Decision, lang: Lang) -> MemoView {
        let title = |clause: &str| policy.clause(clause).map(|c| get(&c.title, lang)).unwrap_or_default();
        let facts = case.memo.clone().unwrap_or_default();
        let date = case.decided_on.map(|d| d.to_string()).or_else(|| decision.as_of.clone());
        MemoView {
            header: Header {
                organisation: facts.organisation,
                administration: facts.administration,
                date: date.clone(),
                diary_number: facts.diary_number,
                case_officer: facts.case_officer,
                decision_body: facts.decision_body.clone(),
                unit: case.unit.clone(),
            },
            title: case.title.clone(),
            description: description(case, decision, lang),
            basis: basis(policy, case, date.as_deref(), lang),
            proposal_intro: say(
                match &facts.decision_body {
                    Some(body) => w!(MemoProposalIntroTo { body: Arg::Str(body.clone().into()) }),
                    None => w!(MEMO_PROPOSAL_INTRO_BLANK),
                },
                lang,
            ),
            att: att(case, decision, lang, &title),
            summary: summary(decision, lang),
            benefit: benefit(case, lang),
            requirements: requirements(case, lang),
            route_reason: steps(decision, lang, StepCode::is_route),
            choice_reason: steps(decision, lang, |c| matches!(c, StepCode::SupplierChoice | StepCode::UnitPreference)),
            deviations: deviations(decision, lang, &title),
            notes: notes(decision, lang, &title),
            candidates: candidates(Some(case), decision, lang),
            horizon: decision.horizon_years,
            economics: economics(decision, lang),
            funding: facts.funding,
            environment: facts
                .environmental_consequences
                .unwrap_or_else(|| say(w!(MEMO_ENVIRONMENT_NOT_ASSESSED), lang)),
            missing: missing(decision, lang),
            signatories: facts.signatories.as_deref().map(signatories).unwrap_or_default(),
            appendix: appendix(policy, case, decision, lang),
        }
    }
}

/// The signatories, one per line: the name, and the title after the first comma.
fn signatories(text: &str) -> Vec<SignatoryRow> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| match l.split_once(',') {
            Some((name, title)) => SignatoryRow { name: name.trim().to_owned(), title: Some(title.trim().to_owned()) },
            None => SignatoryRow { name: l.to_owned(), title: None },
        })
        .collect()
}

/// The appendix: the trial step by step, the principles, the ranking and the identifiers.
fn appendix(policy: &Policy, case: &Case, decision: &Decision, lang: Lang) -> Appendix {
    let title = |clause: &str| policy.clause(clause).map(|c| get(&c.title, lang)).unwrap_or_default();
    let pack = policy.pack();
    Appendix {
        order: decision
            .trace
            .iter()
            .map(|s| ClauseLine {
                clause: cite(&s.clause, lang),
                title: title(&s.clause),
                message: s.message.get(lang).into_owned(),
            })
            .collect(),
        review: review(policy, decision, lang),
        weights: weights(policy, lang),
        case_id: case.id.clone(),
        policy: format!("{} {} ({})", pack.id, pack.version, get(&pack.title, lang)),
        requirement_ids: case.requirements.iter().map(|r| (r.id.clone(), r.text.clone().unwrap_or_default())).collect(),
        library: env!("CARGO_PKG_VERSION"),
    }
}

/// The advice the decision gives, each a sentence citing its clause.
fn notes(decision: &Decision, lang: Lang, title: &dyn Fn(&str) -> String) -> Vec<String> {
    let advice = decision.findings.iter().filter(|f| matches!(f.severity, Severity::Advice));
    advice
        .map(|f| {
            format!("{} ({} {}).", f.message.get(lang).trim_end_matches('.'), cite(&f.clause, lang), title(&f.clause))
        })
        .collect()
}

/// The messages of the trial's steps that `pick` picks, in order: the reasons in prose.
fn steps(decision: &Decision, lang: Lang, pick: impl Fn(StepCode) -> bool) -> Vec<String> {
    decision.trace.iter().filter(|s| pick(s.code)).map(|s| s.message.get(lang).into_owned()).collect()
}

/// Ärendebeskrivning: what the case is about, in two or three sentences.
fn description(case: &Case, decision: &Decision, lang: Lang) -> String {
    let title = Arg::Str(case.title.clone().into());
    let mut out = say(
        match case.unit.as_deref() {
            Some(u) => w!(MemoMatterForUnit { title, unit: Arg::Str(u.to_owned().into()) }),
            None => w!(MemoMatter { title }),
        },
        lang,
    );
    let must = case.requirements.iter().filter(|r| r.priority == Priority::Must).count();
    out.push(' ');
    out.push_str(&say(
        w!(MemoDescriptionNeed {
            count: Arg::count(case.requirements.len()),
            must: Arg::count(must),
            candidates: Arg::count(decision.candidates.len())
        }),
        lang,
    ));
    out
}

/// Beslutsunderlag: the documents the decision rests on.
fn basis(policy: &Policy, case: &Case, date: Option<&str>, lang: Lang) -> Vec<String> {
    let mut out = vec![say(
        match date {
            Some(d) => w!(MemoBasisMemoOn { date: Arg::Str(d.to_owned().into()) }),
            None => w!(MEMO_BASIS_MEMO),
        },
        lang,
    )];
    if case.benefit_assessment.as_ref().is_some_and(|b| b.done) {
        out.push(say(w!(MEMO_BASIS_BENEFIT), lang));
    }
    if !case.candidates.is_empty() {
        out.push(say(w!(MemoBasisAlternatives { count: Arg::count(case.candidates.len()) }), lang));
    }
    out.push(get(&policy.pack().title, lang));
    out
}

/// Förslag till beslut as "att" clauses.
fn att(case: &Case, decision: &Decision, lang: Lang, clause_title: &dyn Fn(&str) -> String) -> Vec<String> {
    let name = |id: &str| Arg::Str(decision.name_of(id).to_owned().into());
    let title = Arg::Str(case.title.clone().into());
    let route = Arg::Str(decision.route.map(|r| get(&r.label(), lang)).unwrap_or_default().into());
    let mut out = Vec::new();
    match (decision.status, decision.selected.as_deref()) {
        (Status::OutOfScope, _) => out.push(say(w!(MEMO_ATT_OUT_OF_SCOPE), lang)),
        (Status::Blocked, _) => {
            out.push(say(w!(MEMO_ATT_RETURN), lang));
            let mut what: Vec<String> = Vec::new();
            for f in decision.findings.iter().filter(|f| f.severity == Severity::Blocking) {
                let clause = format!("{} {}", cite(&f.clause, lang), clause_title(&f.clause));
                if !what.contains(&clause) {
                    what.push(clause);
                }
            }
            if !what.is_empty() {
                out.push(say(w!(MemoAttSupplyFirst { what: Arg::Str(what.join("; ").into()) }), lang));
            }
        }
        (Status::Ready, Some(s)) => out.push(say(w!(MemoAttChoose { candidate: name(s), route, title }), lang)),
        (Status::Ready, None) => out.push(say(w!(MemoAttCommission { title }), lang)),
    }
    if decision.status == Status::Ready {
        let deviations = decision.deviations();
        let open = deviations.iter().filter(|d| d.justified.is_none()).count();
        if open > 0 {
            out.push(say(w!(MemoAttOpenDeviations { count: Arg::count(open) }), lang));
        } else if !deviations.is_empty() {
            out.push(say(w!(MEMO_ATT_ACCEPT_JUSTIFIED), lang));
        }
    }
    out
}

/// Sammanfattning: the decision in a paragraph.
fn summary(decision: &Decision, lang: Lang) -> String {
    let mut out = Vec::new();
    let meeting = decision.candidates.iter().filter(|c| c.meets_need).count();
    out.push(say(
        w!(MemoSummaryMeeting { count: Arg::count(meeting), total: Arg::count(decision.candidates.len()) }),
        lang,
    ));
    match (decision.status, decision.selected.as_deref(), decision.route) {
        (Status::OutOfScope, _, _) => out.push(say(w!(MEMO_SUMMARY_OUT_OF_SCOPE), lang)),
        (Status::Blocked, _, _) => out.push(say(w!(MEMO_SUMMARY_BLOCKED), lang)),
        (_, Some(s), Some(route)) => out.push(say(
            w!(MemoSummarySelected {
                candidate: Arg::Str(decision.name_of(s).to_owned().into()),
                route: Arg::text(route.label())
            }),
            lang,
        )),
        _ => out.push(say(w!(MEMO_SUMMARY_NONE_FITS), lang)),
    }
    let deviations = decision.deviations();
    let open = deviations.iter().filter(|d| d.justified.is_none()).count();
    if deviations.is_empty() && decision.status != Status::Ready {
        // A blocked or out-of-scope matter was not tried on every point.
        return out.join(" ");
    }
    out.push(say(
        match (deviations.len(), open) {
            (0, _) => w!(MEMO_SUMMARY_NO_DEVIATIONS),
            (count, 0) => w!(MemoSummaryJustified { count: Arg::count(count) }),
            (count, open) => w!(MemoSummaryDeviations { count: Arg::count(count), open: Arg::count(open) }),
        },
        lang,
    ));
    out.join(" ")
}

pub(super) fn review(policy: &Policy, decision: &Decision, lang: Lang) -> Vec<ReviewRow> {
    let title = |clause: &str| policy.clause(clause).map(|c| get(&c.title, lang)).unwrap_or_default();
    decision
        .review
        .results
        .iter()
        .map(|r| ReviewRow {
            clause: cite(&r.clause, lang),
            title: title(&r.clause),
            outcome: get(&r.outcome.label(), lang),
            severity: r.severity.map(|s| get(&s.label(), lang)).unwrap_or_default(),
            message: r.message.get(lang).into_owned(),
            justification: r.justified.clone(),
        })
        .collect()
}

fn benefit(case: &Case, lang: Lang) -> String {
    let message = match &case.benefit_assessment {
        Some(b) if b.done => {
            let summary = Arg::Str(b.summary.as_deref().map(|s| format!(": {s}")).unwrap_or_default().into());
            match b.done_on {
                Some(d) => w!(MemoBenefitDoneOn { date: Arg::Str(d.to_string().into()), summary }),
                None => w!(MemoBenefitDone { summary }),
            }
        }
        Some(_) => w!(MEMO_BENEFIT_NOT_DONE),
        None => w!(MEMO_BENEFIT_NOT_SAID),
    };
    message.get(lang).into_owned()
}

/// The need's requirements as a person reads them: the text, else the id in words.
fn requirements(case: &Case, lang: Lang) -> Vec<RequirementRow> {
    case.requirements
        .iter()
        .map(|r| RequirementRow {
            text: r.text.clone().unwrap_or_else(|| r.id.replace(['-', '_'], " ")),
            priority: match r.priority {
                Priority::Must => w!(MEMO_MUST).get(lang).into_owned(),
                Priority::Should => w!(MEMO_SHOULD).get(lang).into_owned(),
            },
        })
        .collect()
}

pub(super) fn candidates(case: Option<&Case>, decision: &Decision, lang: Lang) -> Vec<CandidateRow> {
    let amount = |sek: i64| get(&kronor(u64::try_from(sek).unwrap_or(0)), lang);
    // Ranked first, by rank; the others as the case gives them.
    let mut ordered: Vec<&crate::model::decision::CandidateResult> = decision.candidates.iter().collect();
    ordered.sort_by_key(|c| (c.rank.is_none(), c.rank));
    ordered
        .into_iter()
        .map(|c| {
            let cost = case.and_then(|case| case.candidates.iter().find(|k| k.id == c.id)).map(|k| k.cost);
            let mut stage = get(&c.stage.label(), lang);
            if c.co_development {
                let partners: Vec<&str> = c.partners.iter().map(|p| p.name.as_str()).collect();
                let (with, partners) = (Arg::Str(stage.into()), Arg::Str(partners.join(", ").into()));
                stage = w!(MemoStageWith { partners, stage: with }).get(lang).into_owned();
            }
            CandidateRow {
                rank: c.rank.map_or_else(|| "–".to_owned(), |r| r.to_string()),
                name: c.name.clone(),
                stage,
                meets_need: if c.meets_need { w!(MEMO_YES) } else { w!(MEMO_NO) }.get(lang).into_owned(),
                one_off: cost.as_ref().map(|k| amount(k.one_off_sek)).unwrap_or_default(),
                yearly: cost.as_ref().map(|k| amount(k.yearly_sek)).unwrap_or_default(),
                tco: amount(c.tco_sek),
                score: c.scores.as_ref().map_or_else(|| "–".to_owned(), |s| crate::text::score_brief(s.total, lang)),
                missing: c.missing.join(", "),
                selected: decision.selected.as_deref() == Some(c.id.as_str()),
            }
        })
        .collect()
}

fn weights(policy: &Policy, lang: Lang) -> String {
    let w = &policy.parameters().weights;
    let n = |x: f64| Arg::Str(get(&crate::text::number(x), lang).into());
    let message =
        w!(MemoWeights { cost: n(w.cost), delivery: n(w.delivery_ability), strategic: n(w.strategic_importance) });
    message.get(lang).into_owned()
}

/// The obstacles (blocking findings) first, then every deviation with its justification or
/// said to be open, each a sentence citing its clause as a person does.
fn deviations(decision: &Decision, lang: Lang, title: &dyn Fn(&str) -> String) -> Vec<String> {
    let name = |id: Option<&str>| id.map(|id| decision.name_of(id).to_owned());
    let line = |clause: &str, candidate: Option<String>, message: &Message, state: Message| {
        let about = Arg::Str(format!("{} {}", cite(clause, lang), title(clause)).into());
        let message = Arg::Str(message.get(lang).trim_end_matches('.').to_owned().into());
        let head = match candidate {
            Some(c) => w!(MemoDeviationOn { about, candidate: Arg::Str(c.into()), message }),
            None => w!(MemoDeviation { about, message }),
        };
        format!("{} {}", say(head, lang), say(state, lang))
    };
    let blocking = decision
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Blocking)
        .map(|f| line(&f.clause, name(f.candidate.as_deref()), &f.message, w!(MEMO_DEVIATION_BLOCKING)));
    let deviations = decision.deviations().into_iter().map(|d| {
        let state = match d.justified {
            Some(text) => w!(MemoDeviationJustified { text: Arg::Str(text.to_owned().into()) }),
            None => w!(MEMO_DEVIATION_OPEN),
        };
        line(d.clause, name(d.candidate), d.message, state)
    });
    blocking.chain(deviations).collect()
}

/// TCO per alternative is in the table; these are the sentences on what the choice costs:
/// the price of the order (against a later stage's cheapest) and what the criteria cost
/// (against the cheapest in the same stage), as the accounts count them.
fn economics(decision: &Decision, lang: Lang) -> Vec<String> {
    let amount = |sek: i64| Arg::Str(get(&kronor(u64::try_from(sek).unwrap_or(0)), lang).into());
    let years = Arg::count(decision.horizon_years);
    let Some(selected) = decision.selected_candidate().filter(|_| decision.status == Status::Ready) else {
        return vec![say(w!(MemoEconomicsNone { years }), lang)];
    };
    let mut out = vec![say(w!(MemoEconomicsSelected { cost: amount(selected.tco_sek), years }), lang)];
    let priced = [
        (decision.price_of_order(), decision.order_alternative(), true),
        (decision.criteria_cost(), decision.criteria_alternative(), false),
    ];
    for (extra, cheaper, order) in priced {
        let (Some(extra), Some(c)) = (extra.filter(|e| *e > 0), cheaper) else { continue };
        let (cheapest, cheapest_cost, difference) = (Arg::Str(c.name.clone().into()), amount(c.tco_sek), amount(extra));
        let message = if order {
            w!(MemoEconomicsOrder { cheapest, cheapest_cost, difference })
        } else {
            w!(MemoEconomicsCriteria { cheapest, cheapest_cost, difference })
        };
        out.push(say(message, lang));
    }
    if out.len() == 1 {
        out.push(say(w!(MEMO_ECONOMICS_CHEAPEST), lang));
    }
    out
}

/// The name of the candidate a path such as `candidates[0].allows_new_solutions` is about.
fn candidate_of<'a>(decision: &'a Decision, path: &str) -> Option<&'a str> {
    let index: usize = path.strip_prefix("candidates[")?.split(']').next()?.parse().ok()?;
    decision.candidates.get(index).map(|c| c.name.as_str())
}

/// The evidence still missing, each by what it asks when a principle names it, else by its
/// path in the case.
pub(super) fn missing(decision: &Decision, lang: Lang) -> Vec<String> {
    let mut paths: Vec<&str> = decision.missing_evidence.iter().map(|p| p.as_ref()).collect();
    for p in &decision.review.missing_evidence {
        if !paths.contains(&p.as_ref()) {
            paths.push(p.as_ref());
        }
    }
    paths
        .into_iter()
        .map(|path| {
            // The question a person is asked; the field's path is for developers (the JSON).
            let label = crate::words::question(path)
                .or_else(|| decision.review.evidence_label(path).map(Message::text))
                .or_else(|| crate::rules::principles::condition_label(path));
            let text = label.map_or_else(|| path.replace(['.', '_'], " "), |label| label.get(lang).to_owned());
            match candidate_of(decision, path) {
                Some(name) => format!("{text} ({name})"),
                None => text,
            }
        })
        .collect()
}
