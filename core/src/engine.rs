//! The engine: the [`Policy`] API in one place. It checks the input, applies the rules in
//! the policy's order and assembles the decision, the review, the scope result and the
//! classification.

use crate::date::Date;
use crate::error::{Error, Problems};
use crate::input::check::{self, Checked};
use crate::input::parse::parse;
use crate::model::case::Case;
use crate::model::decision::{CandidateResult, Decision, Finding, Scores, Status, TraceStep};
use crate::model::initiative::{Classification, Initiative};
use crate::model::organisation::{Organisation, Scope};
use crate::model::review::{Outcome, OutcomeCounts, PrincipleResult, Review};
use crate::pack::{Policy, Registry};
use crate::rules::benefit::{whole_before_parts, WholeBeforeParts};
use crate::rules::order::{acquisition_order, Order};
use crate::rules::procurement::innovation_friendly_procurement;
use crate::rules::{clauses, definitions, in_force, principles, scope};
use std::borrow::Cow;

/// Parses a case from JSON strictly: an unknown field, a wrong type or trailing text is an
/// [`Error::InvalidCase`] naming the JSON path.
pub fn parse_case(json: &str) -> Result<Case, Error> {
    parse(json).map_err(|p| Error::InvalidCase(Problems::one(p)))
}

/// Parses an organisation (the input of [`Policy::scope`]) from JSON strictly.
pub fn parse_organisation(json: &str) -> Result<Organisation, Error> {
    parse(json).map_err(|p| Error::InvalidOrganisation(Problems::one(p)))
}

/// Parses an initiative (the input of [`Policy::classify`]) from JSON strictly.
pub fn parse_initiative(json: &str) -> Result<Initiative, Error> {
    parse(json).map_err(|p| Error::InvalidInitiative(Problems::one(p)))
}

/// Decides `case` under the embedded SLL 2016 pack. Building the [`Policy`] costs a parse of
/// the pack, so a service that decides many cases builds it once and calls
/// [`Policy::decide`].
pub fn decide(case: &Case) -> Result<Decision, Error> {
    Policy::sll_2016()?.decide(case)
}

impl Policy {
    /// Decides a case: checks it against the contract, then applies policy §5.6, §5.9 and
    /// innovation strategy 6.3, and reviews it against every principle. The result depends
    /// only on the case and the pack, never on the order of the case's candidates (the
    /// `candidates` of the decision follow the input order; everything else is identical).
    pub fn decide(&self, case: &Case) -> Result<Decision, Error> {
        let checked = check::check(case, self.default_horizon_years())?;
        if let Some(problem) = checked.decided_on.and_then(|d| self.not_in_force(d, "decided_on")) {
            return Err(Error::InvalidCase(Problems::one(problem)));
        }
        let order = acquisition_order(&checked, self.parameters(), self.milli_weights());
        let whole = whole_before_parts(&checked, &order, self.parameters());
        let (procurement, procurement_result) = innovation_friendly_procurement(&order);
        let candidates = candidate_results(&checked, &order);
        let selected = order.selected().map(|c| c.candidate.id.clone());
        let route = order.route;
        let Order { findings: order_findings, steps, result: order_result, .. } = order;
        let WholeBeforeParts {
            blocked,
            missing_evidence,
            findings: whole_findings,
            gate_step,
            preference_step,
            result: whole_result,
        } = whole;

        let mut findings: Vec<Finding> = order_findings;
        findings.extend(procurement);
        findings.extend(whole_findings);
        let mut results = principles::evidence_principles(case);
        results.extend([whole_result, order_result, procurement_result]);
        results.extend(case.organisation.as_ref().map(|org| scope::applicability(org).result));
        let lapsed = in_force::documents_in_force(self.documents_with_ends(), checked.decided_on);
        lapsed.apply(&mut results, &mut findings);
        findings.extend(lapsed.finding());
        if checked.decided_on.is_none() {
            findings.push(in_force::undated());
        }
        // A stable sort: within a severity, the rules' order (§5.9, strategy 6.3, §5.6) and
        // within a rule the candidates' order as the rule emits them.
        findings.sort_by_key(|f| f.severity);

        let mut trace: Vec<TraceStep> = Vec::with_capacity(steps.len() + 4);
        trace.extend(lapsed.steps());
        trace.push(gate_step);
        trace.extend(steps);
        trace.extend(preference_step);

        let missing_evidence: Vec<Cow<'static, str>> = missing_evidence.map(Cow::Borrowed).into_iter().collect();

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
            review: self.review_of(case, results),
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
        check::check_organisation(organisation, "")?;
        Ok(scope::applicability(organisation))
    }

    /// Classifies an initiative under the definition of innovation (policy §3, §3.1).
    pub fn classify(&self, initiative: &Initiative) -> Result<Classification, Error> {
        check::check_initiative(initiative)?;
        Ok(definitions::classify(initiative))
    }

    /// Parses a case from JSON and decides it.
    pub fn decide_json(&self, json: &str) -> Result<Decision, Error> {
        self.decide(&parse_case(json)?)
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
}

/// One result per input candidate, in input order, with its rank and scores when it meets
/// the need. Ranks are placed by input position so that this stays linear.
fn candidate_results(checked: &Checked<'_>, order: &Order<'_>) -> Vec<CandidateResult> {
    let mut placed: Vec<Option<(u32, Scores)>> = vec![None; checked.case.candidates.len()];
    for (rank, r) in (1u32..).zip(&order.ranked) {
        if let Some(slot) = placed.get_mut(r.c.index) {
            *slot = Some((rank, r.scores));
        }
    }
    checked
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
        .collect()
}

impl Registry {
    /// Decides `case` under the pack in force on its `decided_on`, or on `today` when the
    /// case has no date (the core reads no clock: the caller passes today's date).
    pub fn decide(&self, case: &Case, today: Date) -> Result<Decision, Error> {
        let date = match case.decided_on.as_deref() {
            None => today,
            Some(s) => crate::date::parse_at("decided_on", s).map_err(|p| Error::InvalidCase(Problems::one(p)))?,
        };
        self.policy_for(date)?.decide(case)
    }
}
