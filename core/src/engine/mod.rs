//! The engine: what [`Policy`] decides. It reads and checks the input, applies the rules in
//! the policy's order and assembles the decision, the review, the scope result and the
//! classification; `questions` (the form's questions) reads them off the review.
//!
//! [`Policy`]'s methods live with the layer they belong to, one group per file:
//!
//! | methods | file |
//! | --- | --- |
//! | `sll_2016`, `from_json`, `from_pack`, `pack`, `clause`, `limits`, `parameters`, … | `pack/compile.rs` |
//! | `decide`, `decide_with`, `review`, `scope`, `classify`, `parse_case`, `parse_cases`, … | here |
//! | `questions` | `engine/questions.rs` |
//! | `record`, `record_json`, `verify` | `audit/record.rs` |
//! | `accounts` | `analysis/accounts.rs` |
//! | `variant`, `with_overrides` (on the pack) | `analysis/parameters.rs` |
//! | `memo` | `documents/memo.rs` |

use crate::error::{Error, Problems};
use crate::input::check::{self, Checked};
use crate::input::parse::parse_within;
use crate::model::case::{Case, Evidence, GoverningDocuments};
use crate::model::decision::{CandidateResult, DecideOptions, Decision, Finding, Scores, Status, StepCode, TraceStep};
use crate::model::initiative::{Classification, Initiative};
use crate::model::organisation::{Organisation, Scope};
use crate::model::review::{Outcome, OutcomeCounts, PrincipleResult, Review, Severity};
use crate::pack::{Policy, Registry};
use crate::rules::benefit::{whole_before_parts, WholeBeforeParts};
use crate::rules::order::{acquisition_order, Order};
use crate::rules::procurement::innovation_friendly_procurement;
use crate::rules::{clauses, definitions, in_force, justify, principles, scope};
use std::borrow::Cow;

#[cfg(feature = "analysis")]
pub mod questions;

impl Policy {
    /// Decides a case: checks it against the contract, then applies policy §2, §5.6, §5.9
    /// and innovation strategy 6.3, and reviews it against every principle. The result
    /// depends only on the case and the pack, never on the order of the case's candidates
    /// (the `candidates` of the decision follow the input order; everything else is
    /// identical), and never on a clock: a case without `decided_on` is decided under the
    /// whole pack (see [`Policy::decide_with`] to pass a date).
    ///
    /// ```
    /// let policy = digipolicy::Policy::sll_2016()?;
    /// let case = policy.parse_case(r#"{"id": "x", "title": "A need", "requirements": [{"id": "r", "priority": "must"}],
    ///   "candidates": [{"id": "m", "name": "M", "origin": "market", "covers": ["r"],
    ///     "cost": {"one_off_sek": 0, "yearly_sek": 1000}, "strategic_importance": 3, "delivery_ability": 3}]}"#)?;
    /// let decision = policy.decide(&case)?;
    /// // No benefit assessment before the decision (§5.6): blocked, the route provisional.
    /// assert_eq!(decision.status, digipolicy::Status::Blocked);
    /// assert_eq!(decision.missing_evidence, ["benefit_assessment.done"]);
    /// # Ok::<(), digipolicy::Error>(())
    /// ```
    pub fn decide(&self, case: &Case) -> Result<Decision, Error> {
        self.decide_with(case, DecideOptions::default())
    }

    /// Decides a case with options: `as_of` fills in `decided_on` when the case has none,
    /// and the decision records that it did (`as_of` and a trace step).
    ///
    /// ```
    /// use digipolicy::{Date, DecideOptions, Policy};
    /// let policy = Policy::sll_2016()?;
    /// let case = policy.parse_case(r#"{"id": "x", "title": "A need", "requirements": [{"id": "r", "priority": "must"}],
    ///   "benefit_assessment": {"done": true}, "candidates": []}"#)?;
    /// let options = DecideOptions { as_of: Date::parse("2022-03-01") };
    /// let decision = policy.decide_with(&case, options)?;
    /// assert_eq!(decision.as_of.as_deref(), Some("2022-03-01"));
    /// # Ok::<(), digipolicy::Error>(())
    /// ```
    pub fn decide_with(&self, case: &Case, options: DecideOptions) -> Result<Decision, Error> {
        let mut checked = check::check(case, self.default_horizon_years(), self.regions(), self.limits())?;
        let filled = if checked.decided_on.is_none() { options.as_of } else { None };
        checked.decided_on = checked.decided_on.or(filled);
        let date_path = if filled.is_some() { "as_of" } else { "decided_on" };
        if let Some(problem) = checked.decided_on.and_then(|d| self.not_in_force(d, date_path)) {
            return Err(Error::InvalidCase(Problems::one(problem)));
        }
        let mut decision = self.decide_checked(&checked);
        if scope::out_of_scope(case.organisation.as_ref()) {
            self.leave_out_of_scope(&mut decision);
        }
        let candidates: Vec<&str> = case.candidates.iter().map(|c| c.id.as_str()).collect();
        decision.open_deviations =
            justify::apply(&case.justifications, &candidates, &mut decision.findings, &mut decision.review.results)
                .map_err(Error::InvalidCase)?;
        if let Some(date) = filled {
            decision.as_of = Some(date.to_string());
            decision.review.as_of = Some(date.to_string());
            decision.trace.insert(0, in_force::as_of_step(date));
        }
        Ok(decision)
    }

    /// The decision of a checked case within the policy's scope.
    fn decide_checked(&self, checked: &Checked<'_>) -> Decision {
        let case = checked.case;
        let order = acquisition_order(checked, self.parameters(), self.milli_weights());
        let whole = whole_before_parts(checked, &order, self.parameters());
        let (procurement, strategy_results) = innovation_rules(case, &order);
        let candidates = candidate_results(checked, &order);
        let selected = order.selected().map(|c| c.candidate.id.clone());
        let route = order.route;
        let Order { findings: order_findings, steps, result: order_result, .. } = order;
        let WholeBeforeParts {
            blocked,
            missing_evidence,
            findings: whole_findings,
            gate_step,
            preference_step,
            result,
        } = whole;

        let mut findings: Vec<Finding> = order_findings;
        findings.extend(procurement);
        findings.extend(whole_findings);
        findings.extend(scope::agreement_finding(case.organisation.as_ref()));
        let mut results = principles::evidence_principles(case);
        results.extend([result, order_result]);
        results.extend(strategy_results);
        results.extend(case.organisation.as_ref().map(|org| scope::applicability(org).result));
        let lapsed = in_force::documents_in_force(self.documents_with_ends(), checked.decided_on);
        lapsed.apply(&mut results, &mut findings);
        findings.extend(lapsed.finding());
        if checked.decided_on.is_none() {
            findings.push(in_force::undated());
        }
        // By severity; within a severity, the rules' order (§5.9, strategy 6.3, §5.6, §2) and
        // within a rule the candidates' order as the rule emits them.
        let findings = by_severity(findings);

        let mut trace: Vec<TraceStep> = Vec::with_capacity(steps.len() + 5);
        trace.push(scope::scope_step(case.organisation.as_ref()));
        trace.extend(lapsed.steps());
        trace.push(gate_step);
        trace.extend(steps);
        trace.extend(preference_step);

        Decision {
            case_id: case.id.clone(),
            policy: self.reference(),
            status: if blocked { Status::Blocked } else { Status::Ready },
            route: Some(route),
            selected,
            horizon_years: i64::try_from(checked.horizon_years).unwrap_or(0),
            candidates,
            findings,
            missing_evidence: missing_evidence.map(Cow::Borrowed).into_iter().collect(),
            trace,
            review: self.review_of(case, results),
            open_deviations: Vec::new(),
            as_of: None,
        }
    }

    /// Policy §2: a case outside the policy is not decided under it. No route, no
    /// selection, no ranking, no gate and no deviation; one info finding says why, and the
    /// review shows every other clause as not applicable.
    fn leave_out_of_scope(&self, decision: &mut Decision) {
        decision.status = Status::OutOfScope;
        decision.route = None;
        decision.selected = None;
        for c in &mut decision.candidates {
            c.rank = None;
            c.scores = None;
        }
        decision.findings = vec![scope::out_of_scope_finding()];
        decision.missing_evidence.clear();
        decision.trace.retain(|s| s.code == StepCode::Scope);
        let mut results = std::mem::take(&mut decision.review.results);
        results.iter_mut().for_each(scope::not_applicable_outside);
        let case_id = std::mem::take(&mut decision.review.case_id);
        decision.review = self.review_with(case_id, results);
    }

    /// Reviews a case against every governing principle and rule: policy §2 (when the case
    /// names its organisation), §5.1–5.9, digitalisation strategy 3.1 and 6.1, innovation
    /// strategy 6.3 and 6.5. The same review is part of every [`Decision`].
    pub fn review(&self, case: &Case) -> Result<Review, Error> {
        self.decide(case).map(|d| d.review)
    }

    /// Reviews a case with options (see [`Policy::decide_with`]).
    pub fn review_with_options(&self, case: &Case, options: DecideOptions) -> Result<Review, Error> {
        self.decide_with(case, options).map(|d| d.review)
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

    /// Parses a case from JSON strictly under this policy's [`crate::Limits`].
    pub fn parse_case(&self, json: &str) -> Result<Case, Error> {
        parse_within(json, false, self.limits()).map_err(|p| Error::InvalidCase(Problems::one(p)))
    }

    /// Parses a JSON list of cases strictly under this policy's [`crate::Limits`]; a bad
    /// case is an error at its index (`[2].id`).
    pub fn parse_cases(&self, json: &str) -> Result<Vec<Case>, Error> {
        parse_within(json, true, self.limits()).map_err(|p| Error::InvalidCase(Problems::one(p)))
    }

    /// Parses an organisation from JSON strictly under this policy's [`crate::Limits`].
    pub fn parse_organisation(&self, json: &str) -> Result<Organisation, Error> {
        parse_within(json, false, self.limits()).map_err(|p| Error::InvalidOrganisation(Problems::one(p)))
    }

    /// Parses an initiative from JSON strictly under this policy's [`crate::Limits`].
    pub fn parse_initiative(&self, json: &str) -> Result<Initiative, Error> {
        parse_within(json, false, self.limits()).map_err(|p| Error::InvalidInitiative(Problems::one(p)))
    }

    /// Orders results as the review reports them and counts them.
    fn review_of(&self, case: &Case, results: Vec<PrincipleResult>) -> Review {
        self.review_with(case.id.clone(), results)
    }

    /// The review of the case `case_id` from its results.
    fn review_with(&self, case_id: String, results: Vec<PrincipleResult>) -> Review {
        let results = in_clause_order(results);
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
        let mut missing_evidence = Vec::with_capacity(results.iter().map(|r| r.missing_evidence.len()).sum());
        missing_evidence.extend(results.iter().flat_map(|r| r.missing_evidence.iter().cloned()));
        Review { case_id, policy: self.reference(), results, missing_evidence, counts, as_of: None }
    }
}

/// Findings grouped by severity, most serious first, each group in the order given (a
/// stable partition in four passes rather than a sort).
fn by_severity(findings: Vec<Finding>) -> Vec<Finding> {
    let mut out = Vec::with_capacity(findings.len());
    let mut rest = findings;
    for severity in [Severity::Blocking, Severity::Deviation, Severity::Advice, Severity::Info] {
        let (this, other): (Vec<Finding>, Vec<Finding>) = rest.into_iter().partition(|f| f.severity == severity);
        out.extend(this);
        rest = other;
    }
    out.extend(rest);
    out
}

/// Review results in the order of [`clauses::CITED`] (each clause has at most one result),
/// placed by position rather than sorted.
fn in_clause_order(results: Vec<PrincipleResult>) -> Vec<PrincipleResult> {
    let mut out = Vec::with_capacity(results.len());
    let mut slots: Vec<Option<PrincipleResult>> = vec![None; clauses::CITED.len()];
    let mut unplaced = Vec::new();
    for r in results {
        match clauses::CITED.iter().position(|c| *c == r.clause).and_then(|i| slots.get_mut(i)) {
            Some(slot @ None) => *slot = Some(r),
            _ => unplaced.push(r),
        }
    }
    out.extend(slots.into_iter().flatten().chain(unplaced));
    out
}

/// The innovation strategy's rules that depend on the order's outcome: 3.2 (a development
/// route concerns innovation) and 6.3 (what the selected candidate is bought or commissioned
/// under); their findings and review results.
fn innovation_rules(case: &Case, order: &Order<'_>) -> (Vec<Finding>, [PrincipleResult; 2]) {
    let no_evidence = Evidence::default();
    let evidence = case.evidence.as_ref().unwrap_or(&no_evidence);
    let no_documents = GoverningDocuments::default();
    let documents = case.governing_documents.as_ref().unwrap_or(&no_documents);
    let concerns_innovation = if order.route.is_development() { Some(true) } else { evidence.concerns_innovation };
    let documents_result = principles::innovation_decisions_consider_documents(documents, concerns_innovation);
    let (findings, procurement_result) = innovation_friendly_procurement(order, evidence);
    (findings, [documents_result, procurement_result])
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
                name: c.candidate.name.clone(),
                stage: c.candidate.origin,
                co_development: c.co_development,
                partners: c.partners.clone(),
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
    /// Decides `case` under the pack [`Registry::deciding`] picks: the only one, else the one
    /// in force on its `decided_on` or `options.as_of` (the library reads no clock: a caller
    /// who wants "today" passes it); a pack refuses a date it is not in force on.
    ///
    /// ```
    /// use digipolicy::{DecideOptions, ErrorCode, Registry};
    /// let registry = Registry::embedded()?;
    /// let case = registry.parse_case(r#"{"id": "x", "title": "A need", "decided_on": "2015-06-01",
    ///   "requirements": [{"id": "r", "priority": "must"}], "candidates": []}"#)?;
    /// // Before the 2016 pack: refused, naming the 2012 documents then in force.
    /// let err = registry.decide(&case, DecideOptions::default()).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::NotInForce);
    /// # Ok::<(), digipolicy::Error>(())
    /// ```
    pub fn decide(&self, case: &Case, options: DecideOptions) -> Result<Decision, Error> {
        self.deciding(case, options)?.decide_with(case, options)
    }
}
