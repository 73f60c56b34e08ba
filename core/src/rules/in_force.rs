//! Documents in force: a rule applies only while the document that holds it is in force on
//! the case's `decided_on`. The two strategies are for the years 2016–2020 (innovation
//! strategy 2, digitalisation strategy 2); for a later case their rules are reviewed as not
//! applicable, never as deviations. A case without a date is decided under the whole pack,
//! and says so.

use crate::date::Date;
use crate::message::Arg;
use crate::model::decision::{Finding, FindingCode, StepCode, TraceStep};
use crate::model::pack::Document;
use crate::model::review::{Outcome, PrincipleResult, Severity};
use crate::rules::clauses::POLICY_2;
use crate::rules::clauses::{DIGITALISATION_STRATEGY_2, INNOVATION_STRATEGY_2};
use crate::rules::explain::{finding, step};
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
                r.message =
                    w!(InForceCeased { date: Arg::Str(to.to_string().into()), document: Arg::text(doc.title.clone()) });
            }
        }
        findings.retain(|f| self.of_clause(&f.clause).is_none());
    }

    /// The one info finding that names the lapsed documents, citing the first one's
    /// application clause.
    pub(crate) fn finding(&self) -> Option<Finding> {
        let (first, _) = self.documents.first()?;
        let clause = application_clause(&first.id)?;
        let list = self
            .documents
            .iter()
            .map(|(d, to)| {
                w!(InForceUntil { date: Arg::Str(to.to_string().into()), document: Arg::text(d.title.clone()) })
            })
            .collect();
        Some(finding(
            clause,
            FindingCode::DocumentsLapsed,
            Severity::Info,
            None,
            w!(InForceLapsed { documents: Arg::Join(list) }),
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
                    w!(InForceAppliedUntil {
                        date: Arg::Str(to.to_string().into()),
                        document: Arg::text(d.title.clone())
                    }),
                ))
            })
            .collect()
    }
}

/// The trace step of a case whose missing `decided_on` the caller's `as_of` filled in.
pub(crate) fn as_of_step(date: Date) -> TraceStep {
    step(POLICY_2, StepCode::AsOf, w!(InForceAsOf { date: Arg::Str(date.to_string().into()) }))
}

/// The info finding of an undated case: decided under the whole pack, every document
/// applied (policy §2, how the policy applies).
pub(crate) fn undated() -> Finding {
    finding(POLICY_2, FindingCode::Undated, Severity::Info, None, w!(IN_FORCE_CASE_HAS_DECISION_DATE))
}
