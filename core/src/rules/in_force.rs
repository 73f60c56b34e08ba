//! Documents in force: a rule applies only while the document that holds it is in force on
//! the case's `decided_on`. The two strategies are for the years 2016–2020 (innovation
//! strategy 2, digitalisation strategy 2); for a later case their rules are reviewed as not
//! applicable, never as deviations. A case without a date is decided under the whole pack,
//! and says so.

use crate::date::Date;
use crate::model::decision::{Finding, FindingCode, StepCode, TraceStep};
use crate::model::pack::Document;
use crate::model::review::{Outcome, PrincipleResult, Severity};
use crate::rules::clauses::POLICY_2;
use crate::rules::clauses::{DIGITALISATION_STRATEGY_2, INNOVATION_STRATEGY_2};
use crate::rules::explain::{finding, step};
use crate::text::Text;
use crate::words::w;

/// The documents of a pack that had lapsed on a date, with their end dates.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lapsed<'a> {
    documents: Vec<(&'a Document, Date)>,
}

/// Innovation strategy 2 and digitalisation strategy 2 (application, 2016–2020), and for
/// any document with an end date: which of `documents` (each with its last day, as the
/// compiled pack holds them) had lapsed on `decided_on`. `None` (an undated case) applies
/// every document.
pub(crate) fn documents_in_force<'a>(
    documents: impl Iterator<Item = (&'a Document, Option<Date>)>,
    decided_on: Option<Date>,
) -> Lapsed<'a> {
    let Some(date) = decided_on else { return Lapsed::default() };
    let documents = documents.filter_map(|(d, end)| end.filter(|to| *to < date).map(|to| (d, to))).collect();
    Lapsed { documents }
}

impl Lapsed<'_> {
    fn of_clause(&self, clause: &str) -> Option<(&Document, Date)> {
        let doc = clause.split_once(':').map_or(clause, |(d, _)| d);
        self.documents.iter().find(|(d, _)| d.id == doc).map(|(d, to)| (*d, *to))
    }

    /// Turns the results of lapsed documents' clauses into `not_applicable` with the reason,
    /// and drops their findings.
    pub(crate) fn apply(&self, results: &mut [PrincipleResult], findings: &mut Vec<Finding>) {
        if self.documents.is_empty() {
            return;
        }
        for r in results.iter_mut() {
            if let Some((doc, to)) = self.of_clause(&r.clause) {
                r.outcome = Outcome::NotApplicable;
                r.severity = None;
                r.missing_evidence.clear();
                r.message = Text::new(
                    format!("Gäller inte: {} upphörde att gälla {to}.", doc.title.sv),
                    format!("Does not apply: {} ceased to apply on {to}.", doc.title.en),
                )
                .into();
            }
        }
        findings.retain(|f| self.of_clause(&f.clause).is_none());
    }

    /// The one info finding that names the lapsed documents, citing the first one's
    /// application clause.
    pub(crate) fn finding(&self) -> Option<Finding> {
        let (first, _) = self.documents.first()?;
        let clause = application_clause(&first.id)?;
        let list = |sv: bool| {
            let items: Vec<String> = self
                .documents
                .iter()
                .map(|(d, to)| {
                    if sv {
                        format!("{} (till och med {to})", d.title.sv)
                    } else {
                        format!("{} (until {to})", d.title.en)
                    }
                })
                .collect();
            crate::text::join(&items, ", ")
        };
        Some(finding(
            clause,
            FindingCode::DocumentsLapsed,
            Severity::Info,
            None,
            Text::new(
                format!(
                    "Ärendet är daterat efter att dessa dokument upphört att gälla; deras regler tillämpas inte: {}.",
                    list(true)
                ),
                format!(
                    "The case is dated after these documents ceased to apply; their rules are not applied: {}.",
                    list(false)
                ),
            )
            .into(),
        ))
    }
}

/// The application clause of a document with an end date.
fn application_clause(document: &str) -> Option<&'static str> {
    match document {
        "innovation-strategy" => Some(INNOVATION_STRATEGY_2),
        "digitalisation-strategy" => Some(DIGITALISATION_STRATEGY_2),
        _ => None,
    }
}

impl Lapsed<'_> {
    /// One trace step per lapsed document, citing its application clause.
    pub(crate) fn steps(&self) -> Vec<TraceStep> {
        self.documents
            .iter()
            .filter_map(|(d, to)| {
                let clause = application_clause(&d.id)?;
                Some(step(
                    clause,
                    StepCode::DocumentLapsed,
                    Text::new(
                        format!("{} gällde till och med {to}; dess regler tillämpas inte på ärendet.", d.title.sv),
                        format!("{} applied until {to}; its rules are not applied to the case.", d.title.en),
                    )
                    .into(),
                ))
            })
            .collect()
    }
}

/// The trace step of a case whose missing `decided_on` the caller's `as_of` filled in.
pub(crate) fn as_of_step(date: Date) -> TraceStep {
    step(
        POLICY_2,
        StepCode::AsOf,
        Text::new(
            format!("Ärendet saknar beslutsdatum; anroparens datum {date} (`as_of`) används som beslutsdatum."),
            format!("The case has no decision date; the caller's date {date} (`as_of`) is used as the decision date."),
        )
        .into(),
    )
}

/// The info finding of an undated case: decided under the whole pack, every document
/// applied (policy §2, how the policy applies).
pub(crate) fn undated() -> Finding {
    finding(POLICY_2, FindingCode::Undated, Severity::Info, None, w!(IN_FORCE_CASE_HAS_DECISION_DATE))
}
