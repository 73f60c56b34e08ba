//! The decision memo, *tjänsteutlåtande* (DOMAIN "Follow-up and comply-or-explain"; seed 001
//! is one): the matter, the proposed decision, a summary, the background (the need and its
//! requirements), the considerations clause by clause (the order of §5.9, the alternatives
//! and their ranking, the principles review, deviations with their justifications), the
//! economic consequences (TCO per alternative over the horizon and what the order costs
//! against the cheapest alternative that met the need) and the evidence still to be
//! supplied. Rendered in Swedish or English, as Markdown or as printable HTML.
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
//! assert!(memo.starts_with("# Tjänsteutlåtande: Video consultations"));
//! assert!(memo.contains("## Förslag till beslut"));
//! assert!(memo.contains("1 000 000 kr")); // five years at 200 000 kr, the core's kronor
//! # Ok::<(), digipolicy::Error>(())
//! ```

use crate::error::Error;
use crate::message::{Arg, Message};
use crate::model::case::{Case, Priority};
use crate::model::decision::{DecideOptions, Decision, Status};
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

/// Everything the memo template shows, formatted in the memo's language.
#[derive(Serialize)]
struct MemoView {
    case_id: String,
    title: String,
    unit: Option<String>,
    date: Option<String>,
    policy: String,
    matter: String,
    proposal: String,
    summary: Vec<String>,
    benefit: String,
    requirements: Vec<RequirementRow>,
    order: Vec<ClauseLine>,
    candidates: Vec<CandidateRow>,
    weights: String,
    review: Vec<ReviewRow>,
    deviations: Vec<DeviationRow>,
    notes: Vec<ClauseLine>,
    horizon: i64,
    economics: String,
    missing: Vec<String>,
    library: &'static str,
}

#[derive(Serialize)]
struct RequirementRow {
    id: String,
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

#[derive(Serialize)]
struct DeviationRow {
    clause: String,
    title: String,
    severity: String,
    candidate: Option<String>,
    message: String,
    justification: Option<String>,
    blocking: bool,
}

/// A clause as a person cites it ("policyn § 5.9"), never its id.
fn cite(clause: &str, lang: Lang) -> String {
    get(&crate::rules::clauses::citation(clause), lang)
}

fn get(text: &Text, lang: Lang) -> String {
    text.get(lang).to_owned()
}

impl MemoView {
    fn new(policy: &Policy, case: &Case, decision: &Decision, lang: Lang) -> MemoView {
        let title = |clause: &str| policy.clause(clause).map(|c| get(&c.title, lang)).unwrap_or_default();
        let line = |clause: &str, message: &Message| ClauseLine {
            clause: cite(clause, lang),
            title: title(clause),
            message: message.get(lang).into_owned(),
        };
        let pack = policy.pack();
        MemoView {
            case_id: case.id.clone(),
            title: case.title.clone(),
            unit: case.unit.clone(),
            date: case.decided_on.map(|d| d.to_string()).or_else(|| decision.as_of.clone()),
            policy: format!("{} ({} {})", get(&pack.title, lang), get(&w!(MEMO_VERSION).text(), lang), pack.version),
            matter: matter(case, lang),
            proposal: proposal(decision, lang),
            summary: summary(decision, lang),
            benefit: benefit(case, lang),
            requirements: requirements(case, lang),
            order: decision.trace.iter().map(|s| line(&s.clause, &s.message)).collect(),
            candidates: candidates(Some(case), decision, lang),
            weights: weights(policy, lang),
            review: review(policy, decision, lang),
            deviations: deviations(decision, lang, &title),
            notes: decision
                .findings
                .iter()
                .filter(|f| matches!(f.severity, Severity::Advice | Severity::Info))
                .map(|f| line(&f.clause, &f.message))
                .collect(),
            horizon: decision.horizon_years,
            economics: economics(decision, lang),
            missing: missing(decision, lang),
            library: env!("CARGO_PKG_VERSION"),
        }
    }
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

fn matter(case: &Case, lang: Lang) -> String {
    let title = Arg::Str(case.title.clone().into());
    let message = match case.unit.as_deref() {
        Some(u) => w!(MemoMatterForUnit { title, unit: Arg::Str(u.to_owned().into()) }),
        None => w!(MemoMatter { title }),
    };
    message.get(lang).into_owned()
}

fn proposal(decision: &Decision, lang: Lang) -> String {
    let name = |id: &str| Arg::Str(decision.name_of(id).to_owned().into());
    let route = Arg::Str(decision.route.map(|r| get(&r.label(), lang)).unwrap_or_default().into());
    let message = match (decision.status, decision.selected.as_deref()) {
        (Status::OutOfScope, _) => w!(MEMO_PROPOSAL_OUT_OF_SCOPE),
        (Status::Blocked, Some(s)) => w!(MemoProposalBlockedWith { candidate: name(s), route }),
        (Status::Blocked, None) => w!(MemoProposalBlocked { route }),
        (Status::Ready, Some(s)) => w!(MemoProposalChoose { candidate: name(s), route }),
        (Status::Ready, None) => w!(MEMO_PROPOSAL_NONE_FITS),
    };
    message.get(lang).into_owned()
}

fn summary(decision: &Decision, lang: Lang) -> Vec<String> {
    let say = |m: Message| m.get(lang).into_owned();
    let status = Arg::text(decision.status.label());
    let mut out = vec![say(w!(MemoSummaryStatus { status }))];
    if let Some(route) = decision.route {
        out.push(say(w!(MemoSummaryRoute { route: Arg::text(route.label()) })));
    }
    if let Some(s) = decision.selected.as_deref() {
        let candidate = Arg::Str(decision.name_of(s).to_owned().into());
        out.push(say(match decision.status {
            Status::Blocked => w!(MemoSummaryProvisional { candidate }),
            _ => w!(MemoSummarySelected { candidate }),
        }));
    }
    let meeting = decision.candidates.iter().filter(|c| c.meets_need).count();
    out.push(say(w!(MemoSummaryMeeting { count: Arg::count(meeting), total: Arg::count(decision.candidates.len()) })));
    let c = &decision.review.counts;
    out.push(say(w!(MemoSummaryPrinciples {
        met: Arg::count(c.met),
        not_applicable: Arg::count(c.not_applicable),
        not_known: Arg::count(c.not_known),
        not_met: Arg::count(c.not_met)
    })));
    let open = Arg::count(decision.open_deviations.len());
    out.push(say(w!(MemoSummaryDeviations { count: Arg::count(decision.deviations().len()), open })));
    out
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

fn requirements(case: &Case, lang: Lang) -> Vec<RequirementRow> {
    case.requirements
        .iter()
        .map(|r| RequirementRow {
            id: r.id.clone(),
            text: r.text.clone().unwrap_or_default(),
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

/// The obstacles (blocking findings) first, then every deviation with its justification.
fn deviations(decision: &Decision, lang: Lang, title: &dyn Fn(&str) -> String) -> Vec<DeviationRow> {
    let name = |id| decision.name_of(id).to_owned();
    let blocking = decision.findings.iter().filter(|f| f.severity == Severity::Blocking).map(|f| DeviationRow {
        clause: cite(&f.clause, lang),
        title: title(&f.clause),
        severity: get(&f.severity.label(), lang),
        candidate: f.candidate.as_deref().map(name),
        message: f.message.get(lang).into_owned(),
        justification: f.justified.clone(),
        blocking: true,
    });
    let deviations = decision.deviations().into_iter().map(|d| DeviationRow {
        clause: cite(d.clause, lang),
        title: title(d.clause),
        severity: get(&Severity::Deviation.label(), lang),
        candidate: d.candidate.map(name),
        message: d.message.get(lang).into_owned(),
        justification: d.justified.map(str::to_owned),
        blocking: false,
    });
    blocking.chain(deviations).collect()
}

/// TCO per alternative is in the table; this is the sentence on what the order costs.
fn economics(decision: &Decision, lang: Lang) -> String {
    let amount = |sek: i64| Arg::Str(get(&kronor(u64::try_from(sek).unwrap_or(0)), lang).into());
    let years = Arg::count(decision.horizon_years);
    let (selected, cheapest) = (decision.selected_candidate(), decision.cheapest_meeting_need());
    let message = match (selected, cheapest) {
        (Some(s), Some(c)) if s.tco_sek <= c.tco_sek => w!(MemoEconomicsCheapest { cost: amount(s.tco_sek), years }),
        (Some(s), Some(c)) => w!(MemoEconomicsDearer {
            cheapest: Arg::Str(c.name.clone().into()),
            cheapest_cost: amount(c.tco_sek),
            cost: amount(s.tco_sek),
            difference: amount(s.tco_sek.saturating_sub(c.tco_sek)),
            years
        }),
        _ => w!(MemoEconomicsNone { years }),
    };
    message.get(lang).into_owned()
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
