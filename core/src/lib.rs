//! # digipolicy
//!
//! Stockholm County Council's 2016 policy for innovation and digitalisation as an
//! embeddable, explainable decision API. Give it a request for new IT support (a [`Case`]);
//! it returns the acquisition route that policy §5.9 requires (in-house, market,
//! co-development, own development, or nothing fits), the selected candidate, the ranking,
//! every finding with the clause it applies in Swedish and English, what evidence is missing
//! and what would change the outcome.
//!
//! ```
//! use digipolicy::{Policy, Route};
//!
//! let policy = Policy::sll_2016()?; // build once; it is Send + Sync
//! let case = digipolicy::parse_case(include_str!("../../examples/video-consultations-in-house.json"))?;
//! let decision = policy.decide(&case)?;
//! assert_eq!(decision.route, Route::InHouse);
//! assert_eq!(decision.selected.as_deref(), Some("region-video"));
//! # Ok::<(), digipolicy::Error>(())
//! ```
//!
//! Modules follow the policy: [`acquisition`] holds §5.9, §5.6 and innovation strategy 6.3;
//! [`clauses`] maps each clause id to the function that implements it; [`pack`] holds the
//! policy as data. [`ffi`] is the one JSON layer every binding uses.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

pub mod acquisition;
pub mod case;
pub mod clauses;
pub mod date;
pub mod decision;
pub mod definitions;
pub mod error;
pub mod ffi;
pub mod pack;
pub mod principles;
mod ranking;
#[cfg(feature = "analysis")]
pub mod regional;
pub mod registry;
pub mod schema;
pub mod scope;
pub mod text;
pub mod validate;
#[cfg(feature = "analysis")]
pub mod whatif;

pub use case::{
    BenefitAssessment, Candidate, Case, Cost, EService, Evidence, GoverningDocuments, Origin, Priority, Requirement,
};
pub use date::Date;
pub use decision::{
    CandidateResult, Decision, Finding, FindingCode, Route, Scores, Severity, Status, StepCode, TraceStep,
};
pub use definitions::{Classification, Initiative, InnovationClass, Novelty, ValueKind};
pub use error::{Error, ErrorCode, Problem, Problems};
pub use pack::{
    Clause, Document, DocumentKind, Force, Parameters, Policy, PolicyPack, PolicyRef, SupersededDocument, Weights,
};
pub use principles::{EvidenceItem, Outcome, OutcomeCounts, PartForce, PrincipleResult, Review};
#[cfg(feature = "analysis")]
pub use regional::{align, AlignInitiative, AlignmentSet, RegionalStrategy};
pub use registry::Registry;
pub use scope::{Binding, Organisation, OrganisationKind, Scope};
pub use text::{Lang, Text};
#[cfg(feature = "analysis")]
pub use whatif::{compare, sensitivity, Comparison, Sensitivity};

/// Parses a case from JSON strictly: an unknown field, a wrong type or trailing text is an
/// [`Error::InvalidCase`] naming the JSON path.
pub fn parse_case(json: &str) -> Result<Case, Error> {
    validate::parse(json).map_err(|p| Error::InvalidCase(Problems::one(p)))
}

/// Parses an organisation (the input of [`Policy::scope`]) from JSON strictly.
pub fn parse_organisation(json: &str) -> Result<Organisation, Error> {
    validate::parse(json).map_err(|p| Error::InvalidOrganisation(Problems::one(p)))
}

/// Parses an initiative (the input of [`Policy::classify`]) from JSON strictly.
pub fn parse_initiative(json: &str) -> Result<Initiative, Error> {
    validate::parse(json).map_err(|p| Error::InvalidInitiative(Problems::one(p)))
}

/// Decides `case` under the embedded SLL 2016 pack. Building the [`Policy`] costs a parse of
/// the pack, so a service that decides many cases builds it once and calls
/// [`Policy::decide`].
pub fn decide(case: &Case) -> Result<Decision, Error> {
    Policy::sll_2016()?.decide(case)
}

impl Policy {
    /// Decides a case: checks it against the contract, then applies policy §5.6, §5.9 and
    /// innovation strategy 6.3. The result depends only on the case and the pack, never on
    /// the order of the case's candidates (the `candidates` of the decision follow the
    /// input order; everything else is identical).
    pub fn decide(&self, case: &Case) -> Result<Decision, Error> {
        let checked = validate::check(case, self.default_horizon_years())?;
        if let Some(problem) = checked.decided_on.and_then(|d| self.not_in_force(d, "decided_on")) {
            return Err(Error::InvalidCase(Problems::one(problem)));
        }
        let order = acquisition::acquisition_order(&checked, self);
        let whole = acquisition::whole_before_parts(&checked, &order, self);
        let (procurement, procurement_result) = acquisition::innovation_friendly_procurement(&order);

        // Rank and scores by input position, so that building the output stays linear.
        let mut placed: Vec<Option<(u32, Scores)>> = vec![None; case.candidates.len()];
        for (rank, r) in (1u32..).zip(&order.ranked) {
            if let Some(slot) = placed.get_mut(r.c.index) {
                *slot = Some((rank, r.scores));
            }
        }
        let candidates = checked
            .candidates
            .iter()
            .map(|c| {
                let place = placed.get(c.index).copied().flatten();
                CandidateResult {
                    id: c.candidate.id.clone(),
                    stage: c.candidate.origin,
                    co_development: c.co_development,
                    meets_need: c.missing.is_empty(),
                    missing: c.missing.clone(),
                    should_covered: c.should_covered,
                    tco_sek: i64::try_from(c.tco).unwrap_or(i64::MAX),
                    rank: place.map(|(rank, _)| rank),
                    scores: place.map(|(_, scores)| scores),
                }
            })
            .collect();

        let selected = order.selected().map(|c| c.candidate.id.clone());
        let route = order.route;
        let acquisition::Order { findings: order_findings, steps, result: order_result, .. } = order;
        let acquisition::WholeBeforeParts {
            blocked,
            findings: whole_findings,
            gate_step,
            preference_step,
            result: whole_result,
        } = whole;

        let mut findings = order_findings;
        findings.extend(procurement);
        findings.extend(whole_findings);
        // A stable sort: within a severity, the rules' order (§5.9, strategy 6.3, §5.6) and
        // within a rule the candidates' order as the rule emits them.
        findings.sort_by_key(|f| f.severity);

        let mut trace = Vec::with_capacity(steps.len() + 2);
        trace.push(gate_step);
        trace.extend(steps);
        trace.extend(preference_step);

        let missing_evidence =
            if blocked { vec![std::borrow::Cow::Borrowed("benefit_assessment.done")] } else { vec![] };

        let mut results = principles::evidence_principles(case);
        results.extend([whole_result, order_result, procurement_result]);
        results.extend(case.organisation.as_ref().map(|org| scope::applicability(org).result));
        let review = self.review_of(case, results);

        Ok(Decision {
            case_id: case.id.clone(),
            policy: self.reference(),
            status: if blocked { Status::Blocked } else { Status::Ready },
            route,
            selected,
            horizon_years: i64::try_from(checked.horizon_years).unwrap_or(0),
            candidates,
            findings,
            missing_evidence,
            trace,
            review,
        })
    }

    /// Reviews a case against every governing principle and rule: policy §2 (when the case
    /// names its organisation), §5.1–5.9, digitalisation strategy 3.1 and 6.1, innovation
    /// strategy 6.3 and 6.5. The same review is part of every [`Decision`].
    pub fn review(&self, case: &Case) -> Result<Review, Error> {
        self.decide(case).map(|d| d.review)
    }

    /// Whether and how the policy applies to an organisation (policy §2).
    pub fn scope(&self, organisation: &Organisation) -> Result<Scope, Error> {
        validate::check_organisation(organisation, "")?;
        Ok(scope::applicability(organisation))
    }

    /// Classifies an initiative under the definition of innovation (policy §3, §3.1).
    pub fn classify(&self, initiative: &Initiative) -> Result<Classification, Error> {
        validate::check_initiative(initiative)?;
        Ok(definitions::classify(initiative))
    }

    /// Orders results as the review reports them and counts them.
    fn review_of(&self, case: &Case, mut results: Vec<PrincipleResult>) -> Review {
        let position = |clause: &str| clauses::CITED.iter().position(|c| *c == clause).unwrap_or(usize::MAX);
        results.sort_by_key(|r| position(&r.clause));
        let mut counts = OutcomeCounts::default();
        for r in &results {
            let slot = match r.outcome {
                Outcome::Met => &mut counts.met,
                Outcome::NotMet => &mut counts.not_met,
                Outcome::NotKnown => &mut counts.not_known,
                Outcome::NotApplicable => &mut counts.not_applicable,
            };
            *slot += 1;
        }
        let missing_evidence = results.iter().flat_map(|r| r.missing_evidence.iter().cloned()).collect();
        Review { case_id: case.id.clone(), policy: self.reference(), results, missing_evidence, counts }
    }

    /// Parses a case from JSON and decides it.
    pub fn decide_json(&self, json: &str) -> Result<Decision, Error> {
        self.decide(&parse_case(json)?)
    }
}

#[cfg(test)]
mod tests;
