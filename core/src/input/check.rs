//! Checking a parsed case: every contract rule that a type cannot express (unique ids,
//! known references, ranges, overflow). All the problems of a case are collected, in
//! document order, so a form can show them at once.

use crate::date::Date;
use crate::error::{invisible, quote, Error, ErrorCode, Problem, ProblemSink, Problems};
use crate::input::limits::Limits;
use crate::input::regions::Regions;
use crate::message::{Arg, Message};
use crate::model::case::{Candidate, Case, Origin, Priority};
use crate::model::decision::Partner;
use crate::model::initiative::Initiative;
use crate::model::organisation::{Organisation, OrganisationKind};
use crate::words::w;
use std::collections::{BTreeMap, BTreeSet};

/// The largest integer that JSON numbers carry exactly in every runtime (2^53 − 1).
pub const MAX_SAFE_INTEGER: i64 = 9_007_199_254_740_991;

/// A case that passed every check, with what the rules need precomputed.
#[derive(Debug, Clone)]
pub(crate) struct Checked<'a> {
    pub case: &'a Case,
    /// The date of the decision, when the case gives one.
    pub decided_on: Option<Date>,
    /// The date of the benefit assessment, when the case gives one.
    pub assessed_on: Option<Date>,
    pub horizon_years: u64,
    pub candidates: Vec<CheckedCandidate<'a>>,
}

/// One candidate of a checked case.
#[derive(Debug, Clone)]
pub(crate) struct CheckedCandidate<'a> {
    pub candidate: &'a Candidate,
    /// Its position in the input.
    pub index: usize,
    /// Total cost of ownership over the horizon, in kronor; at most [`MAX_SAFE_INTEGER`].
    pub tco: u64,
    /// The `must` requirements it does not cover, in requirement order.
    pub missing: Vec<String>,
    /// How many `should` requirements it covers.
    pub should_covered: u32,
    /// A development with at least one partner region.
    pub co_development: bool,
    /// Its partner regions, resolved.
    pub partners: Vec<Partner>,
    /// Strategic importance, 1–5.
    pub strategic_importance: u64,
    /// Delivery ability, 1–5.
    pub delivery_ability: u64,
}

/// Nothing a reader can see: only white space (NBSP included) and invisible characters.
fn blank(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || invisible(c))
}

/// An id is not blank and holds no control or invisible character, which would make two
/// ids that look the same differ (`video` and `vid\u{200b}eo`) or move a terminal's cursor.
/// Returns whether the id is usable.
/// The path is made only when there is a problem to report (it costs an allocation).
fn check_id(problems: &mut ProblemSink, path: impl FnOnce() -> String, what: Message, id: &str) -> bool {
    if blank(id) {
        empty(problems, path(), what);
        return false;
    }
    if let Some(c) = id.chars().find(|c| c.is_control() || invisible(*c)) {
        problems.push(
            Problem::new(
                ErrorCode::InvalidValue,
                path(),
                w!(CheckHoldsInvisibleOrControl {
                    id: Arg::Str(quote(id).to_string().into()),
                    value: Arg::Str(format!("{:04X}", u32::from(c)).into()),
                    what: Arg::Join(vec![what.clone()])
                })
                .text(),
            )
            .with_hint(w!(CHECK_IDS_VISIBLE_TEXT_LETTERS).text()),
        );
        return false;
    }
    true
}

/// `what` (Swedish, English) is missing or blank.
fn empty(problems: &mut ProblemSink, path: String, what: Message) {
    let message = w!(CheckEmpty { what: Arg::Join(vec![what.clone()]) }).text();
    problems.push(Problem::new(ErrorCode::EmptyValue, path, message));
}

/// Checks a case against the contract, collecting every problem in document order.
pub(crate) fn check<'a>(
    case: &'a Case,
    default_horizon: i64,
    regions: &Regions,
    limits: &Limits,
) -> Result<Checked<'a>, Error> {
    check_counts(case, limits)?;
    let mut problems = ProblemSink::default();
    let (decided_on, horizon) = check_header(&mut problems, case, default_horizon);
    let assessed_on = case.benefit_assessment.as_ref().and_then(|b| b.done_on);
    let priorities = check_requirements(&mut problems, case);
    let mut candidate_ids = BTreeSet::new();
    let mut partners = Vec::with_capacity(case.candidates.len());
    for (i, c) in case.candidates.iter().enumerate() {
        check_candidate(&mut problems, i, c, &priorities, &mut candidate_ids, case);
        partners.push(resolve_partners(&mut problems, i, c, regions));
    }
    if let Some(org) = &case.organisation {
        if let Err(e) = check_organisation(org, "organisation") {
            problems.extend(e.problems().iter().cloned());
        }
    }
    check_e_service(&mut problems, case);
    check_memo_facts(&mut problems, case);
    check_preferred(&mut problems, case, &candidate_ids);
    let horizon_u = u64::try_from(horizon).unwrap_or(0);
    let candidates = measure_candidates(&mut problems, case, horizon_u, partners);
    match problems.into_problems() {
        Some(p) => Err(Error::InvalidCase(p)),
        None => Ok(Checked { case, decided_on, assessed_on, horizon_years: horizon_u, candidates }),
    }
}

/// The memo's facts, where given, are not blank (an absent fact prints as a blank to fill; a
/// blank one given is a mistake, not a fact).
fn check_memo_facts(problems: &mut ProblemSink, case: &Case) {
    let Some(m) = &case.memo else { return };
    let texts = [
        ("organisation", &m.organisation),
        ("administration", &m.administration),
        ("diary_number", &m.diary_number),
        ("case_officer", &m.case_officer),
        ("decision_body", &m.decision_body),
        ("funding", &m.funding),
        ("environmental_consequences", &m.environmental_consequences),
        ("signatories", &m.signatories),
    ];
    for (field, value) in texts {
        if value.as_deref().is_some_and(blank) {
            let field = format!("memo.{field}");
            problems.push(Problem::new(
                ErrorCode::EmptyValue,
                field.clone(),
                w!(CheckFieldEmpty { field: Arg::Str(field.into()) }).text(),
            ));
        }
    }
}

/// The case's lists are within `limits` (a case parsed from JSON was checked already while
/// it was read; a case built in code is checked here), before any other work.
fn check_counts(case: &Case, limits: &Limits) -> Result<(), Error> {
    let lists = [
        ("candidates", case.candidates.len(), limits.max_candidates, "max_candidates"),
        ("requirements", case.requirements.len(), limits.max_requirements, "max_requirements"),
    ];
    for (path, len, max, name) in lists {
        if len > max {
            let message = w!(CheckListHasLenItems {
                count: Arg::Str(len.to_string().into()),
                max: Arg::Str(max.to_string().into()),
                name: Arg::Str(name.to_string().into())
            })
            .text();
            return Err(Error::InvalidCase(Problems::one(Problem::new(ErrorCode::LimitExceeded, path, message))));
        }
    }
    Ok(())
}

/// The id and title are not blank, `decided_on` is a date and the horizon is in range; the
/// date and the horizon in force.
fn check_header(problems: &mut ProblemSink, case: &Case, default_horizon: i64) -> (Option<Date>, i64) {
    check_id(problems, || "id".into(), w!(WHAT_CASE_ID), &case.id);
    if blank(&case.title) {
        empty(problems, "title".into(), w!(WHAT_TITLE));
    }
    let decided_on = case.decided_on;
    let horizon = case.horizon_years.unwrap_or(default_horizon);
    if !(1..=50).contains(&horizon) {
        problems.push(
            Problem::new(
                ErrorCode::HorizonOutOfRange,
                "horizon_years",
                w!(CheckHorizonOutsideYears { horizon: Arg::Str(quote(&horizon.to_string()).to_string().into()) })
                    .text(),
            )
            .with_hint(w!(CHECK_LEAVE_OUT_USE_POLICY).text()),
        );
    }
    (decided_on, horizon)
}

/// At least one requirement, ids not blank and unique; the priority of each id.
fn check_requirements<'a>(problems: &mut ProblemSink, case: &'a Case) -> BTreeMap<&'a str, Priority> {
    if case.requirements.is_empty() {
        problems.push(
            Problem::new(ErrorCode::EmptyRequirements, "requirements", w!(CHECK_CASE_HAS_REQUIREMENT).text())
                .with_hint(w!(CHECK_NEED_DESCRIBED_LEAST_ONE).text()),
        );
    }
    let mut priorities = BTreeMap::new();
    for (i, req) in case.requirements.iter().enumerate() {
        // A visible but malformed id is reported once and still known, so that the candidates
        // covering it do not each add an unknown-requirement error.
        if !check_id(problems, || format!("requirements[{i}].id"), w!(WHAT_REQUIREMENT_ID), &req.id) && blank(&req.id) {
            continue;
        }
        if priorities.insert(req.id.as_str(), req.priority).is_some() {
            problems.push(Problem::new(
                ErrorCode::DuplicateId,
                format!("requirements[{i}].id"),
                w!(CheckRequirementAppearsTwice { id: Arg::Str(quote(&req.id).to_string().into()) }).text(),
            ));
        }
    }
    priorities
}

/// One candidate: id and name, partners, coverage, costs and scores.
fn check_candidate<'a>(
    problems: &mut ProblemSink,
    i: usize,
    c: &'a Candidate,
    priorities: &BTreeMap<&str, Priority>,
    candidate_ids: &mut BTreeSet<&'a str>,
    case: &Case,
) {
    let path = |suffix: &str| format!("candidates[{i}]{suffix}");
    let visible = check_id(problems, || path(".id"), w!(WHAT_CANDIDATE_ID), &c.id) || !blank(&c.id);
    if visible && !candidate_ids.insert(c.id.as_str()) {
        problems.push(Problem::new(
            ErrorCode::DuplicateId,
            path(".id"),
            w!(CheckCandidateAppearsTwice { id: Arg::Str(quote(&c.id).to_string().into()) }).text(),
        ));
    }
    if blank(&c.name) {
        empty(problems, path(".name"), w!(WHAT_CANDIDATE_NAME));
    }
    // Paths are made only for a problem: on a valid case this loop formats nothing.
    check_partners(problems, i, c);
    check_covers(problems, i, c, priorities, case);
    for (field, value) in [("one_off_sek", c.cost.one_off_sek), ("yearly_sek", c.cost.yearly_sek)] {
        check_cost(problems, || path(&format!(".cost.{field}")), value);
    }
    for (field, value) in [("strategic_importance", c.strategic_importance), ("delivery_ability", c.delivery_ability)] {
        if !(1..=5).contains(&value) {
            problems.push(
                Problem::new(
                    ErrorCode::ScoreOutOfRange,
                    path(&format!(".{field}")),
                    w!(CheckScoreOutside { value: Arg::Str(quote(&value.to_string()).to_string().into()) }).text(),
                )
                .with_hint(w!(CHECK_LOWEST_HIGHEST).text()),
            );
        }
    }
}

/// Partners only on a development, none blank.
fn check_partners(problems: &mut ProblemSink, i: usize, c: &Candidate) {
    let Some(partners) = &c.partners else { return };
    if c.origin != Origin::Development {
        problems.push(
            Problem::new(
                ErrorCode::PartnersNotAllowed,
                format!("candidates[{i}].partners"),
                w!(CheckPartnersOnlyDevelopment { origin: Arg::Str(quote(c.origin.as_str()).to_string().into()) })
                    .text(),
            )
            .with_hint(w!(CHECK_ANOTHER_REGION_S_EXISTING).text()),
        );
    }
    for (j, partner) in partners.iter().enumerate() {
        if blank(partner) {
            empty(problems, format!("candidates[{i}].partners[{j}]"), w!(WHAT_PARTNER));
        }
    }
}

/// A development's partners resolved to the pack's regions (policy §5.9): each one known,
/// none the deciding council's own region, no region twice.
fn resolve_partners(problems: &mut ProblemSink, i: usize, c: &Candidate, regions: &Regions) -> Vec<Partner> {
    let Some(given) = c.partners.as_ref().filter(|_| c.origin == Origin::Development) else { return Vec::new() };
    // Where each region was first named, by region.
    let mut seen: Vec<Option<usize>> = vec![None; regions.len()];
    let mut out = Vec::with_capacity(given.len());
    for (j, name) in given.iter().enumerate().filter(|(_, n)| !blank(n)) {
        let path = format!("candidates[{i}].partners[{j}]");
        match regions.resolve(name, &path) {
            Ok((index, partner)) => match seen.get_mut(index).map(|slot| slot.replace(j)) {
                Some(Some(first)) => problems.push(Problem::new(
                    ErrorCode::InvalidPartner,
                    path,
                    w!(CheckNamesSameRegionPartners {
                        first: Arg::Str(first.to_string().into()),
                        name: Arg::Str(quote(name).to_string().into()),
                        region: Arg::Str(partner.name.to_string().into())
                    })
                    .text(),
                )),
                _ => out.push(partner),
            },
            Err(problem) => problems.push(problem),
        }
    }
    out
}

/// Every covered requirement exists and is listed once.
fn check_covers(
    problems: &mut ProblemSink,
    i: usize,
    c: &Candidate,
    priorities: &BTreeMap<&str, Priority>,
    case: &Case,
) {
    let mut covered = BTreeSet::new();
    for (j, req) in c.covers.iter().enumerate() {
        if !priorities.contains_key(req.as_str()) {
            let problem = Problem::new(
                ErrorCode::UnknownRequirement,
                format!("candidates[{i}].covers[{j}]"),
                w!(CheckUnknownRequirement { req: Arg::Str(quote(req).to_string().into()) }).text(),
            );
            // The nearest ids, not all of them: the error stays linear in the input.
            let hint = if problems.full() {
                None
            } else {
                let near = crate::text::nearest(req, case.requirements.iter().map(|r| r.id.as_str()), 3);
                Some(if near.is_empty() {
                    w!(CHECK_REQUIREMENT_ID_CASE_CLOSE).text()
                } else {
                    let list = crate::text::id_list(&near);
                    w!(CheckDidYouMeanList { list: Arg::Str(list.to_string().into()) }).text()
                })
            };
            problems.push(match hint {
                Some(h) => problem.with_hint(h),
                None => problem,
            });
        } else if !covered.insert(req.as_str()) {
            problems.push(Problem::new(
                ErrorCode::DuplicateId,
                format!("candidates[{i}].covers[{j}]"),
                w!(CheckRequirementListedTwice { req: Arg::Str(quote(req).to_string().into()) }).text(),
            ));
        }
    }
}

/// A cost is whole kronor in 0–2^53−1.
fn check_cost(problems: &mut ProblemSink, path: impl FnOnce() -> String, value: i64) {
    if value < 0 {
        problems.push(Problem::new(
            ErrorCode::NegativeCost,
            path(),
            w!(CheckCostNegative { value: Arg::Str(quote(&value.to_string()).to_string().into()) }).text(),
        ));
    } else if value > MAX_SAFE_INTEGER {
        problems.push(
            Problem::new(
                ErrorCode::CostTooLarge,
                path(),
                w!(CheckCostTooLarge { value: Arg::Str(quote(&value.to_string()).to_string().into()) }).text(),
            )
            .with_hint(w!(CHECK_COSTS_WHOLE_KRONOR_UP).text()),
        );
    }
}

/// `e_service` agrees with `evidence.new_e_service`, its languages are not blank.
fn check_e_service(problems: &mut ProblemSink, case: &Case) {
    let Some(service) = &case.e_service else { return };
    if case.evidence.as_ref().and_then(|e| e.new_e_service) == Some(false) {
        problems.push(
            Problem::new(ErrorCode::InvalidValue, "e_service", w!(CHECK_E_SERVICE_GIVEN_BUT).text())
                .with_hint(w!(CHECK_REMOVE_E_SERVICE_OR).text()),
        );
    }
    for (i, lang) in service.languages.iter().flatten().enumerate() {
        if blank(lang) {
            empty(problems, format!("e_service.languages[{i}]"), w!(WHAT_LANGUAGE));
        }
    }
}

/// The preferred candidate is one of the case's candidates.
fn check_preferred(problems: &mut ProblemSink, case: &Case, candidate_ids: &BTreeSet<&str>) {
    let Some(preferred) = &case.preferred_candidate else { return };
    if !candidate_ids.contains(preferred.as_str()) {
        problems.push(
            Problem::new(
                ErrorCode::UnknownCandidate,
                "preferred_candidate",
                w!(CheckUnknownCandidate { preferred: Arg::Str(quote(preferred).to_string().into()) }).text(),
            )
            .with_hint(w!(CHECK_NAME_ID_ONE_CASE).text()),
        );
    }
}

/// What the rules need of each candidate: its TCO over the horizon (an overflow is a
/// problem; costs are checked above, so one bad number gives one problem), the `must`
/// requirements it lacks and how many `should` it covers.
fn measure_candidates<'a>(
    problems: &mut ProblemSink,
    case: &'a Case,
    horizon: u64,
    partners: Vec<Vec<Partner>>,
) -> Vec<CheckedCandidate<'a>> {
    let mut candidates = Vec::with_capacity(case.candidates.len());
    for ((index, c), partners) in case.candidates.iter().enumerate().zip(partners) {
        let (Ok(one_off), Ok(yearly)) = (u64::try_from(c.cost.one_off_sek), u64::try_from(c.cost.yearly_sek)) else {
            continue;
        };
        let Some(tco) = total_cost(problems, index, one_off, yearly, horizon) else { continue };
        let covered: BTreeSet<&str> = c.covers.iter().map(String::as_str).collect();
        let missing = case
            .requirements
            .iter()
            .filter(|r| r.priority == Priority::Must && !covered.contains(r.id.as_str()))
            .map(|r| r.id.clone())
            .collect();
        let should_covered = case
            .requirements
            .iter()
            .filter(|r| r.priority == Priority::Should && covered.contains(r.id.as_str()))
            .count();
        candidates.push(CheckedCandidate {
            candidate: c,
            index,
            tco,
            missing,
            should_covered: u32::try_from(should_covered).unwrap_or(u32::MAX),
            co_development: c.origin == Origin::Development && !partners.is_empty(),
            partners,
            strategic_importance: u64::try_from(c.strategic_importance).unwrap_or(0),
            delivery_ability: u64::try_from(c.delivery_ability).unwrap_or(0),
        });
    }
    candidates
}

/// One-off + yearly × horizon, or the problem when it passes 2^53−1 (only reported when
/// both parts are valid on their own).
fn total_cost(problems: &mut ProblemSink, index: usize, one_off: u64, yearly: u64, horizon: u64) -> Option<u64> {
    let max = MAX_SAFE_INTEGER.unsigned_abs();
    match yearly.checked_mul(horizon).and_then(|y| y.checked_add(one_off)) {
        Some(t) if t <= max => Some(t),
        _ => {
            if one_off <= max && yearly <= max {
                problems.push(
                    Problem::new(
                        ErrorCode::CostTooLarge,
                        format!("candidates[{index}].cost"),
                        w!(CheckTotalCostOwnershipHorizon {
                            horizon: Arg::Str(horizon.to_string().into()),
                            one_off: Arg::Str(quote(&one_off.to_string()).to_string().into()),
                            yearly: Arg::Str(quote(&yearly.to_string()).to_string().into())
                        })
                        .text(),
                    )
                    .with_hint(w!(CHECK_TOTAL_STAY_BELOW_KRONOR).text()),
                );
            }
            None
        }
    }
}

/// Checks an organisation (policy §2) found at `path`.
pub(crate) fn check_organisation(org: &Organisation, path: &str) -> Result<(), Error> {
    let at = |field: &str| if path.is_empty() { field.to_owned() } else { format!("{path}.{field}") };
    let mut problems = Vec::new();
    if org.name.as_deref().is_some_and(blank) {
        problems.push(Problem::new(ErrorCode::EmptyValue, at("name"), w!(CHECK_NAME_EMPTY).text()));
    }
    if org.agreement_binds_policy.is_some() && org.kind != OrganisationKind::PrivateContractor {
        problems.push(
            Problem::new(
                ErrorCode::InvalidValue,
                at("agreement_binds_policy"),
                w!(CHECK_AGREEMENT_BINDS_POLICY_ONLY).text(),
            )
            .with_hint(w!(CHECK_COUNCIL_S_OWN_ADMINISTRATIONS).text()),
        );
    }
    Problems::from_vec(problems).map_or(Ok(()), |p| Err(Error::InvalidOrganisation(p)))
}

/// Checks an initiative (policy §3).
pub(crate) fn check_initiative(initiative: &Initiative) -> Result<(), Error> {
    let mut problems = Vec::new();
    for (field, value) in [("id", &initiative.id), ("title", &initiative.title)] {
        if blank(value) {
            problems.push(Problem::new(
                ErrorCode::EmptyValue,
                field,
                w!(CheckFieldEmpty { field: Arg::Str(field.to_string().into()) }).text(),
            ));
        }
    }
    let mut seen = BTreeSet::new();
    for (i, v) in initiative.value.iter().enumerate() {
        if !seen.insert(*v) {
            problems.push(Problem::new(
                ErrorCode::DuplicateId,
                format!("value[{i}]"),
                w!(CHECK_VALUE_LISTED_TWICE).text(),
            ));
        }
    }
    Problems::from_vec(problems).map_or(Ok(()), |p| Err(Error::InvalidInitiative(p)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../../examples/video-consultations-in-house.json");

    fn problems_of(json: &str) -> Vec<(ErrorCode, String)> {
        let case: Case = match crate::input::parse::parse(json) {
            Ok(c) => c,
            Err(p) => return vec![(p.code, p.path)],
        };
        match check(&case, 5, &Regions::default(), &Limits::default()) {
            Ok(_) => vec![],
            Err(e) => e.problems().iter().map(|p| (p.code, p.path.clone())).collect(),
        }
    }

    fn edit(f: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut v: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
        f(&mut v);
        v.to_string()
    }

    #[test]
    fn the_example_is_valid() {
        assert_eq!(problems_of(EXAMPLE), vec![]);
    }

    #[test]
    fn unknown_fields_are_located_anywhere() {
        let j = edit(|v| v["candidates"][1]["cost"]["monthly_sek"] = 3.into());
        assert_eq!(problems_of(&j), vec![(ErrorCode::UnknownField, "candidates[1].cost.monthly_sek".into())]);
        let j = edit(|v| v["requirements"][0]["prio"] = "must".into());
        assert_eq!(problems_of(&j), vec![(ErrorCode::UnknownField, "requirements[0].prio".into())]);
        let j = edit(|v| v["colour"] = "red".into());
        assert_eq!(problems_of(&j), vec![(ErrorCode::UnknownField, "colour".into())]);
    }

    #[test]
    fn type_and_enum_errors_are_located() {
        let j = edit(|v| v["candidates"][0]["origin"] = "outsourced".into());
        assert_eq!(problems_of(&j), vec![(ErrorCode::InvalidValue, "candidates[0].origin".into())]);
        let j = edit(|v| v["candidates"][2]["strategic_importance"] = "high".into());
        assert_eq!(problems_of(&j), vec![(ErrorCode::WrongType, "candidates[2].strategic_importance".into())]);
        let j = edit(|v| v.as_object_mut().unwrap().remove("title").map(|_| ()).unwrap());
        assert_eq!(problems_of(&j), vec![(ErrorCode::MissingField, "title".into())]);
        let j = edit(|v| v["candidates"][1].as_object_mut().unwrap().remove("cost").map(|_| ()).unwrap());
        assert_eq!(problems_of(&j), vec![(ErrorCode::MissingField, "candidates[1].cost".into())]);
        assert_eq!(problems_of("{\"id\": "), vec![(ErrorCode::InvalidJson, "id".into())]);
        assert_eq!(problems_of(&format!("{EXAMPLE} x")), vec![(ErrorCode::InvalidJson, "".into())]);
        let dup = EXAMPLE.replacen("\"id\": \"2025-017\",", "\"id\": \"2025-017\", \"id\": \"x\",", 1);
        assert_eq!(problems_of(&dup), vec![(ErrorCode::DuplicateField, "id".into())]);
    }

    #[test]
    fn contract_rules_are_all_reported_in_document_order() {
        let j = edit(|v| {
            v["requirements"][1]["id"] = "video".into();
            v["candidates"][1]["id"] = "region-video".into();
            v["candidates"][0]["covers"][1] = "bankid2".into();
            v["candidates"][0]["partners"] = serde_json::json!(["Region Skåne"]);
            v["candidates"][0]["delivery_ability"] = 6.into();
            v["candidates"][1]["cost"]["yearly_sek"] = (-1).into();
            v["candidates"][2]["name"] = "  ".into();
            v["horizon_years"] = 51.into();
            v["preferred_candidate"] = "nobody".into();
        });
        assert_eq!(
            problems_of(&j),
            vec![
                (ErrorCode::HorizonOutOfRange, "horizon_years".into()),
                (ErrorCode::DuplicateId, "requirements[1].id".into()),
                (ErrorCode::PartnersNotAllowed, "candidates[0].partners".into()),
                (ErrorCode::UnknownRequirement, "candidates[0].covers[1]".into()),
                (ErrorCode::ScoreOutOfRange, "candidates[0].delivery_ability".into()),
                (ErrorCode::DuplicateId, "candidates[1].id".into()),
                // `bankid` was renamed above, so every candidate that covers it is wrong too.
                (ErrorCode::UnknownRequirement, "candidates[1].covers[1]".into()),
                (ErrorCode::NegativeCost, "candidates[1].cost.yearly_sek".into()),
                (ErrorCode::EmptyValue, "candidates[2].name".into()),
                (ErrorCode::UnknownRequirement, "candidates[2].covers[1]".into()),
                (ErrorCode::UnknownCandidate, "preferred_candidate".into()),
            ]
        );
    }

    #[test]
    fn unknown_requirement_message_follows_the_style_guide() {
        let j = edit(|v| v["candidates"][2]["covers"][0] = "bankid-x".into());
        let case: Case = crate::input::parse::parse(&j).unwrap();
        let err = check(&case, 5, &Regions::default(), &Limits::default()).unwrap_err();
        let p = &err.problems()[0];
        assert_eq!(
            p.to_string(),
            "candidates[2].covers[0]: unknown requirement `bankid-x` (hint: did you mean `bankid`)"
        );
    }

    #[test]
    fn empty_requirements_and_tco_overflow_are_rejected() {
        let j = edit(|v| {
            v["requirements"] = serde_json::json!([]);
            v["candidates"] = serde_json::json!([]);
            v.as_object_mut().unwrap().remove("preferred_candidate");
        });
        assert_eq!(problems_of(&j), vec![(ErrorCode::EmptyRequirements, "requirements".into())]);
        let j = edit(|v| {
            v["horizon_years"] = 50.into();
            v["candidates"][1]["cost"]["yearly_sek"] = (MAX_SAFE_INTEGER / 10).into();
        });
        assert_eq!(problems_of(&j), vec![(ErrorCode::CostTooLarge, "candidates[1].cost".into())]);
        let j = edit(|v| v["candidates"][1]["cost"]["one_off_sek"] = (MAX_SAFE_INTEGER + 1).into());
        assert_eq!(problems_of(&j), vec![(ErrorCode::CostTooLarge, "candidates[1].cost.one_off_sek".into())]);
        let j = edit(|v| v["candidates"][1]["cost"]["one_off_sek"] = serde_json::json!(1e30));
        assert_eq!(problems_of(&j), vec![(ErrorCode::WrongType, "candidates[1].cost.one_off_sek".into())]);
    }

    #[test]
    fn duplicate_coverage_and_empty_partner_are_rejected() {
        let j = edit(|v| {
            v["candidates"][1]["covers"] = serde_json::json!(["video", "video"]);
            v["candidates"][2]["partners"] = serde_json::json!([""]);
        });
        assert_eq!(
            problems_of(&j),
            vec![
                (ErrorCode::DuplicateId, "candidates[1].covers[1]".into()),
                (ErrorCode::EmptyValue, "candidates[2].partners[0]".into()),
            ]
        );
    }
}
