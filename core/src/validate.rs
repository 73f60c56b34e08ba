//! Reading and checking a case: strict JSON parsing with paths, then every contract rule
//! that a type cannot express (unique ids, known references, ranges, overflow). All the
//! problems of a case are collected, in document order, so a form can show them at once.

use crate::case::{Case, Origin, Priority};
use crate::error::{from_serde, quote, Error, ErrorCode, Problem, Problems};
use serde::de::DeserializeOwned;
use std::collections::{BTreeMap, BTreeSet};

/// The largest integer that JSON numbers carry exactly in every runtime (2^53 − 1).
pub const MAX_SAFE_INTEGER: i64 = 9_007_199_254_740_991;

/// Parses `json` strictly into `T`: unknown fields, wrong types, duplicate fields and
/// trailing text are problems located by their JSON path.
pub fn parse<T: DeserializeOwned>(json: &str) -> Result<T, Problem> {
    let mut de = serde_json::Deserializer::from_str(json);
    let value: T =
        serde_path_to_error::deserialize(&mut de).map_err(|e| from_serde(&render_path(e.path()), e.inner()))?;
    de.end().map_err(|e| from_serde("", &e))?;
    Ok(value)
}

/// Renders a serde path as `candidates[2].covers[0]`; the empty string for the root.
pub(crate) fn render_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push('?');
            }
        }
    }
    out
}

/// A case that passed every check, with what the rules need precomputed.
#[derive(Debug, Clone)]
pub(crate) struct Checked<'a> {
    pub case: &'a Case,
    /// The date of the decision, when the case gives one.
    pub decided_on: Option<crate::date::Date>,
    pub horizon_years: u64,
    pub candidates: Vec<CheckedCandidate<'a>>,
}

/// One candidate of a checked case.
#[derive(Debug, Clone)]
pub(crate) struct CheckedCandidate<'a> {
    pub candidate: &'a crate::case::Candidate,
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
    /// Strategic importance, 1–5.
    pub strategic_importance: u64,
    /// Delivery ability, 1–5.
    pub delivery_ability: u64,
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// Checks a case against the contract, collecting every problem.
pub(crate) fn check(case: &Case, default_horizon: i64) -> Result<Checked<'_>, Error> {
    let mut problems = Vec::new();
    let empty = |problems: &mut Vec<Problem>, path: String, what: &str| {
        problems.push(Problem::new(ErrorCode::EmptyValue, path, format!("{what} must not be empty")));
    };
    if blank(&case.id) {
        empty(&mut problems, "id".into(), "the case id");
    }
    if blank(&case.title) {
        empty(&mut problems, "title".into(), "the title");
    }
    let decided_on = case
        .decided_on
        .as_deref()
        .and_then(|s| crate::date::parse_at("decided_on", s).map_err(|p| problems.push(p)).ok());
    let horizon = case.horizon_years.unwrap_or(default_horizon);
    if !(1..=50).contains(&horizon) {
        problems.push(
            Problem::new(
                ErrorCode::HorizonOutOfRange,
                "horizon_years",
                format!("horizon {} is outside 1–50 years", quote(&horizon.to_string())),
            )
            .with_hint("leave it out to use the policy pack's default"),
        );
    }

    if case.requirements.is_empty() {
        problems.push(
            Problem::new(ErrorCode::EmptyRequirements, "requirements", "the case has no requirement")
                .with_hint("a need is described by at least one requirement, `must` or `should`"),
        );
    }
    let mut priorities: BTreeMap<&str, Priority> = BTreeMap::new();
    for (i, req) in case.requirements.iter().enumerate() {
        if blank(&req.id) {
            empty(&mut problems, format!("requirements[{i}].id"), "a requirement id");
        } else if priorities.insert(req.id.as_str(), req.priority).is_some() {
            problems.push(Problem::new(
                ErrorCode::DuplicateId,
                format!("requirements[{i}].id"),
                format!("requirement {} appears twice", quote(&req.id)),
            ));
        }
    }

    let mut candidate_ids = BTreeSet::new();
    for (i, c) in case.candidates.iter().enumerate() {
        let path = |suffix: &str| format!("candidates[{i}]{suffix}");
        if blank(&c.id) {
            empty(&mut problems, path(".id"), "a candidate id");
        } else if !candidate_ids.insert(c.id.as_str()) {
            problems.push(Problem::new(
                ErrorCode::DuplicateId,
                path(".id"),
                format!("candidate {} appears twice", quote(&c.id)),
            ));
        }
        if blank(&c.name) {
            empty(&mut problems, path(".name"), "a candidate name");
        }
        if let Some(partners) = &c.partners {
            if c.origin != Origin::Development {
                problems.push(
                    Problem::new(
                        ErrorCode::PartnersNotAllowed,
                        path(".partners"),
                        format!("partners are only for a development, not for {}", quote(c.origin.as_str())),
                    )
                    .with_hint("another region's existing system offered for reuse is a `market` candidate"),
                );
            }
            for (j, partner) in partners.iter().enumerate() {
                if blank(partner) {
                    empty(&mut problems, path(&format!(".partners[{j}]")), "a partner");
                }
            }
        }
        let mut covered = BTreeSet::new();
        for (j, req) in c.covers.iter().enumerate() {
            if !priorities.contains_key(req.as_str()) {
                let hint = format!(
                    "the case's requirements are {}",
                    crate::text::id_list(&case.requirements.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
                );
                problems.push(
                    Problem::new(
                        ErrorCode::UnknownRequirement,
                        path(&format!(".covers[{j}]")),
                        format!("unknown requirement {}", quote(req)),
                    )
                    .with_hint(hint),
                );
            } else if !covered.insert(req.as_str()) {
                problems.push(Problem::new(
                    ErrorCode::DuplicateId,
                    path(&format!(".covers[{j}]")),
                    format!("requirement {} is listed twice", quote(req)),
                ));
            }
        }
        for (field, value) in [("one_off_sek", c.cost.one_off_sek), ("yearly_sek", c.cost.yearly_sek)] {
            if value < 0 {
                problems.push(Problem::new(
                    ErrorCode::NegativeCost,
                    path(&format!(".cost.{field}")),
                    format!("cost {} is negative", quote(&value.to_string())),
                ));
            } else if value > MAX_SAFE_INTEGER {
                problems.push(
                    Problem::new(
                        ErrorCode::CostTooLarge,
                        path(&format!(".cost.{field}")),
                        format!("cost {} is too large", quote(&value.to_string())),
                    )
                    .with_hint("costs are whole kronor up to 9007199254740991"),
                );
            }
        }
        for (field, value) in
            [("strategic_importance", c.strategic_importance), ("delivery_ability", c.delivery_ability)]
        {
            if !(1..=5).contains(&value) {
                problems.push(
                    Problem::new(
                        ErrorCode::ScoreOutOfRange,
                        path(&format!(".{field}")),
                        format!("score {} is outside 1–5", quote(&value.to_string())),
                    )
                    .with_hint("1 is lowest, 5 highest"),
                );
            }
        }
    }

    if let Some(org) = &case.organisation {
        if let Err(e) = check_organisation(org, "organisation") {
            problems.extend(e.problems().iter().cloned());
        }
    }
    let new_e_service = case.evidence.as_ref().and_then(|e| e.new_e_service);
    if let Some(service) = &case.e_service {
        if new_e_service == Some(false) {
            problems.push(
                Problem::new(
                    ErrorCode::InvalidValue,
                    "e_service",
                    "`e_service` is given but `evidence.new_e_service` is `false`",
                )
                .with_hint("remove `e_service`, or set `evidence.new_e_service` to `true`"),
            );
        }
        for (i, lang) in service.languages.iter().flatten().enumerate() {
            if blank(lang) {
                empty(&mut problems, format!("e_service.languages[{i}]"), "a language");
            }
        }
    }

    if let Some(preferred) = &case.preferred_candidate {
        if !candidate_ids.contains(preferred.as_str()) {
            problems.push(
                Problem::new(
                    ErrorCode::UnknownCandidate,
                    "preferred_candidate",
                    format!("unknown candidate {}", quote(preferred)),
                )
                .with_hint("name the id of one of the case's candidates"),
            );
        }
    }

    // Costs are checked above; the TCO is checked only when its parts are valid, so one
    // bad number gives one problem.
    let horizon_u = u64::try_from(horizon).unwrap_or(0);
    let mut candidates = Vec::with_capacity(case.candidates.len());
    for (index, c) in case.candidates.iter().enumerate() {
        let (Ok(one_off), Ok(yearly)) = (u64::try_from(c.cost.one_off_sek), u64::try_from(c.cost.yearly_sek)) else {
            continue;
        };
        let tco = yearly.checked_mul(horizon_u).and_then(|y| y.checked_add(one_off));
        let tco = match tco {
            Some(t) if t <= MAX_SAFE_INTEGER as u64 => t,
            _ => {
                if one_off <= MAX_SAFE_INTEGER as u64 && yearly <= MAX_SAFE_INTEGER as u64 {
                    problems.push(
                        Problem::new(
                            ErrorCode::CostTooLarge,
                            format!("candidates[{index}].cost"),
                            format!(
                                "total cost of ownership {} + {} × {horizon} years overflows",
                                quote(&one_off.to_string()),
                                quote(&yearly.to_string())
                            ),
                        )
                        .with_hint("the total must stay below 9007199254740992 kronor"),
                    );
                }
                continue;
            }
        };
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
            co_development: c.origin == Origin::Development && c.partners.as_ref().is_some_and(|p| !p.is_empty()),
            strategic_importance: u64::try_from(c.strategic_importance).unwrap_or(0),
            delivery_ability: u64::try_from(c.delivery_ability).unwrap_or(0),
        });
    }

    match Problems::from_vec(problems) {
        Some(p) => Err(Error::InvalidCase(p)),
        None => Ok(Checked { case, decided_on, horizon_years: horizon_u, candidates }),
    }
}

/// Checks an organisation (policy §2) found at `path`.
pub(crate) fn check_organisation(org: &crate::scope::Organisation, path: &str) -> Result<(), Error> {
    use crate::scope::OrganisationKind;
    let at = |field: &str| if path.is_empty() { field.to_owned() } else { format!("{path}.{field}") };
    let mut problems = Vec::new();
    if org.name.as_deref().is_some_and(blank) {
        problems.push(Problem::new(ErrorCode::EmptyValue, at("name"), "the name must not be empty"));
    }
    if org.agreement_binds_policy.is_some() && org.kind != OrganisationKind::PrivateContractor {
        problems.push(
            Problem::new(
                ErrorCode::InvalidValue,
                at("agreement_binds_policy"),
                "`agreement_binds_policy` is only for a `private_contractor`",
            )
            .with_hint("the council's own administrations and companies are bound directly"),
        );
    }
    Problems::from_vec(problems).map_or(Ok(()), |p| Err(Error::InvalidOrganisation(p)))
}

/// Checks an initiative (policy §3).
pub(crate) fn check_initiative(initiative: &crate::definitions::Initiative) -> Result<(), Error> {
    let mut problems = Vec::new();
    for (field, value) in [("id", &initiative.id), ("title", &initiative.title)] {
        if blank(value) {
            problems.push(Problem::new(ErrorCode::EmptyValue, field, format!("the {field} must not be empty")));
        }
    }
    let mut seen = BTreeSet::new();
    for (i, v) in initiative.value.iter().enumerate() {
        if !seen.insert(*v) {
            problems.push(Problem::new(ErrorCode::DuplicateId, format!("value[{i}]"), "this value is listed twice"));
        }
    }
    Problems::from_vec(problems).map_or(Ok(()), |p| Err(Error::InvalidInitiative(p)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../examples/video-consultations-in-house.json");

    fn problems_of(json: &str) -> Vec<(ErrorCode, String)> {
        let case: Case = match parse(json) {
            Ok(c) => c,
            Err(p) => return vec![(p.code, p.path)],
        };
        match check(&case, 5) {
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
        let case: Case = parse(&j).unwrap();
        let err = check(&case, 5).unwrap_err();
        let p = &err.problems()[0];
        assert_eq!(p.to_string(), "candidates[2].covers[0]: unknown requirement `bankid-x` (hint: the case's requirements are `video`, `bankid`, `record`)");
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
