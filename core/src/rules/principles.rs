//! The governing principles (policy §5.1–5.8) and the strategies' rules for a case
//! (digitalisation strategy 3.1 and 6.1, innovation strategy 6.5): one function per clause,
//! each returning one [`PrincipleResult`]. §5.6, §5.9 and innovation strategy 6.3 are
//! assessed where the decision is made (`crate::rules::benefit`, `crate::rules::order`,
//! `crate::rules::procurement`) with the same machinery.
//!
//! A principle is checked from its parts, each a piece of evidence with the force of the
//! sentence it comes from. Severity follows the modal verb: a SHALL not met is a
//! deviation (blocking for §5.6), a SHOULD not met is advice, a goal is info. A part that is
//! not known is reported as missing evidence, with the exact field that would settle it.

use crate::message::{Arg, Message};
use crate::model::case::{Case, EService, Evidence, GoverningDocuments};
use crate::model::review::{EvidenceItem, Outcome, PartForce, PrincipleResult};
use crate::rules::clauses::{
    DIGITALISATION_STRATEGY_3_1, DIGITALISATION_STRATEGY_6_1, INNOVATION_STRATEGY_3_2, INNOVATION_STRATEGY_6_5,
    POLICY_5_1, POLICY_5_2, POLICY_5_3, POLICY_5_4, POLICY_5_5, POLICY_5_7, POLICY_5_8,
};
use crate::words::w;
use std::borrow::Cow;

/// One part of a principle, before assessment: the evidence item it becomes.
pub(crate) type Part = EvidenceItem;

/// A part of a principle: the field it reads, its answer, its force, and what it says (a
/// catalogue word, `part-<field>`).
pub(crate) fn part(field: &'static str, value: Option<bool>, force: PartForce, label: Message) -> Part {
    EvidenceItem { field: Cow::Borrowed(field), value, force, label }
}

/// The labels of the parts whose value is `which`, to be joined by `; ` when read.
fn labels(parts: &[Part], which: Option<bool>) -> Arg {
    // Sized once: this runs for most principles of most decisions.
    let mut out = Vec::with_capacity(parts.iter().filter(|p| p.value == which).count());
    out.extend(parts.iter().filter(|p| p.value == which).map(|p| p.label.clone()));
    Arg::Join(out)
}

/// Combines the parts of a principle into its result. `applies` is `Some(false)` when the
/// principle does not apply, `None` when that is not known (`applies_field` then names the
/// evidence that would settle it).
pub(crate) fn assess(
    clause: &'static str,
    applies: Option<bool>,
    applies_field: Option<&'static str>,
    evidence: Vec<Part>,
) -> PrincipleResult {
    let clause = Cow::Borrowed(clause);
    if applies == Some(false) {
        return PrincipleResult {
            clause,
            outcome: Outcome::NotApplicable,
            severity: None,
            evidence,
            missing_evidence: vec![],
            message: w!(PRINCIPLES_DOES_APPLY_CASE),
            justified: None,
        };
    }
    let worst = |which: Option<Option<bool>>| {
        evidence.iter().filter(|p| which.is_none_or(|w| p.value == w)).map(|p| p.force.severity()).min()
    };
    let any = |which: Option<bool>| evidence.iter().any(|p| p.value == which);
    let unknown = evidence.iter().filter(|p| p.value.is_none()).count();
    let mut missing_evidence: Vec<Cow<'static, str>> = Vec::with_capacity(unknown + usize::from(applies.is_none()));
    if applies.is_none() {
        missing_evidence.extend(applies_field.map(Cow::Borrowed));
    }
    missing_evidence.extend(evidence.iter().filter(|p| p.value.is_none()).map(|p| p.field.clone()));
    let (outcome, severity, message) = if applies.is_none() {
        let field = applies_field.unwrap_or("?");
        (
            Outcome::NotKnown,
            worst(None),
            w!(PrinciplesKnownWhetherPrincipleApplies {
                question: crate::words::question_pair(field)
                    .map_or_else(|| Arg::Str(Cow::Borrowed(field)), |(sv, en)| Arg::Words(sv, en))
            }),
        )
    } else if any(Some(false)) {
        (Outcome::NotMet, worst(Some(Some(false))), w!(PrinciplesMet { unmet: labels(&evidence, Some(false)) }))
    } else if any(None) {
        (Outcome::NotKnown, worst(Some(None)), w!(PrinciplesEvidenceMissing { missing: labels(&evidence, None) }))
    } else {
        (Outcome::Met, None, w!(PRINCIPLES_MET_2))
    };
    PrincipleResult { clause, outcome, severity, evidence, missing_evidence, message, justified: None }
}

/// Policy §5.1, focus on citizens' needs: the citizens' or patients' need is described and
/// drives the case (SHALL).
pub fn citizens_needs(e: &Evidence) -> PrincipleResult {
    assess(
        POLICY_5_1,
        Some(true),
        None,
        vec![part(
            "evidence.citizen_need_described",
            e.citizen_need_described,
            PartForce::Shall,
            w!(PART_EVIDENCE_CITIZEN_NEED_DESCRIBED),
        )],
    )
}

/// Policy §5.2, digital first, two parts with two forces: the goal that citizens' first
/// contact with the council can be digital (a goal, info when not met; only for a
/// citizen-facing service), and the duty to communicate digitally first, internally and
/// externally, where appropriate (SHALL, for every case).
pub fn digital_first(e: &Evidence) -> PrincipleResult {
    let mut parts = Vec::with_capacity(2);
    match e.citizen_facing {
        Some(false) => {}
        Some(true) => parts.push(part(
            "evidence.digital_first_contact",
            e.digital_first_contact,
            PartForce::Goal,
            w!(PART_EVIDENCE_DIGITAL_FIRST_CONTACT),
        )),
        None => parts.push(part("evidence.citizen_facing", None, PartForce::Goal, w!(PART_EVIDENCE_CITIZEN_FACING))),
    }
    parts.push(part(
        "evidence.digital_communication_first",
        e.digital_communication_first,
        PartForce::Shall,
        w!(PART_EVIDENCE_DIGITAL_COMMUNICATION_FIRST),
    ));
    assess(POLICY_5_2, Some(true), None, parts)
}

/// Policy §5.3, user-driven development: staff and citizens are involved early (SHALL).
pub fn user_driven(e: &Evidence) -> PrincipleResult {
    assess(
        POLICY_5_3,
        Some(true),
        None,
        vec![part(
            "evidence.users_involved_early",
            e.users_involved_early,
            PartForce::Shall,
            w!(PART_EVIDENCE_USERS_INVOLVED_EARLY),
        )],
    )
}

/// Policy §5.4, leadership and culture that encourage development: staff have time and
/// mandate to contribute. The clause binds leadership and culture, not a case, so the
/// library reads it at advice level.
pub fn leadership_and_culture(e: &Evidence) -> PrincipleResult {
    assess(
        POLICY_5_4,
        Some(true),
        None,
        vec![part(
            "evidence.staff_time_and_mandate",
            e.staff_time_and_mandate,
            PartForce::Should,
            w!(PART_EVIDENCE_STAFF_TIME_AND_MANDATE),
        )],
    )
}

/// Policy §5.5, openness and standardisation: established standards are used (SHALL), open
/// interfaces are offered as far as possible (SHALL), the work collaborates with academia,
/// industry or municipalities (SHOULD).
pub fn openness_and_standards(e: &Evidence) -> PrincipleResult {
    assess(
        POLICY_5_5,
        Some(true),
        None,
        vec![
            part(
                "evidence.standards_applied",
                e.standards_applied,
                PartForce::Shall,
                w!(PART_EVIDENCE_STANDARDS_APPLIED),
            ),
            part("evidence.open_interfaces", e.open_interfaces, PartForce::Shall, w!(PART_EVIDENCE_OPEN_INTERFACES)),
            part(
                "evidence.external_collaboration",
                e.external_collaboration,
                PartForce::Should,
                w!(PART_EVIDENCE_EXTERNAL_COLLABORATION),
            ),
        ],
    )
}

/// Policy §5.7, implementation and dissemination in focus: a plan exists early (SHALL);
/// commercialisation is considered where applicable (SHALL, consider only).
pub fn implementation_and_dissemination(e: &Evidence) -> PrincipleResult {
    let mut parts = vec![part(
        "evidence.implementation_plan",
        e.implementation_plan,
        PartForce::Shall,
        w!(PART_EVIDENCE_IMPLEMENTATION_PLAN),
    )];
    match e.commercialisation_applicable {
        Some(false) => {}
        Some(true) => parts.push(part(
            "evidence.commercialisation_considered",
            e.commercialisation_considered,
            PartForce::Shall,
            w!(PART_EVIDENCE_COMMERCIALISATION_CONSIDERED),
        )),
        None => parts.push(part(
            "evidence.commercialisation_applicable",
            None,
            PartForce::Shall,
            w!(PART_EVIDENCE_COMMERCIALISATION_APPLICABLE),
        )),
    }
    assess(POLICY_5_7, Some(true), None, parts)
}

/// Policy §5.8, information is a strategic asset, every part of it: the information keeps a
/// high quality over its whole life cycle (SHALL), is available when the operation asks for
/// it (SHALL), is protected by its protection value, the business perspective, risk and
/// legal requirements (SHALL), is fetched at the source, digitally where possible (SHALL;
/// "where possible" qualifies only "digitally"), and is entered only once (a goal).
pub fn information_asset(e: &Evidence) -> PrincipleResult {
    let shall = PartForce::Shall;
    assess(
        POLICY_5_8,
        Some(true),
        None,
        vec![
            part("evidence.information_quality", e.information_quality, shall, w!(PART_EVIDENCE_INFORMATION_QUALITY)),
            part(
                "evidence.information_available",
                e.information_available,
                shall,
                w!(PART_EVIDENCE_INFORMATION_AVAILABLE),
            ),
            part(
                "evidence.information_classified",
                e.information_classified,
                shall,
                w!(PART_EVIDENCE_INFORMATION_CLASSIFIED),
            ),
            part("evidence.fetched_at_source", e.fetched_at_source, shall, w!(PART_EVIDENCE_FETCHED_AT_SOURCE)),
            part("evidence.entered_once", e.entered_once, PartForce::Goal, w!(PART_EVIDENCE_ENTERED_ONCE)),
        ],
    )
}

/// Digitalisation strategy 3.1: every digitalisation or IT-investment decision takes the
/// governing documents on information security, innovation, sustainability, staffing and
/// competence, and accessibility into account (SHALL).
pub fn governing_documents_considered(g: &GoverningDocuments) -> PrincipleResult {
    let f = PartForce::Shall;
    assess(
        DIGITALISATION_STRATEGY_3_1,
        Some(true),
        None,
        vec![
            part(
                "governing_documents.information_security",
                g.information_security,
                f,
                w!(PART_GOVERNING_DOCUMENTS_INFORMATION_SECURITY),
            ),
            part("governing_documents.innovation", g.innovation, f, w!(PART_GOVERNING_DOCUMENTS_INNOVATION)),
            part(
                "governing_documents.sustainability",
                g.sustainability,
                f,
                w!(PART_GOVERNING_DOCUMENTS_SUSTAINABILITY),
            ),
            part(
                "governing_documents.staffing_and_competence",
                g.staffing_and_competence,
                f,
                w!(PART_GOVERNING_DOCUMENTS_STAFFING_AND_COMPETENCE),
            ),
            part("governing_documents.accessibility", g.accessibility, f, w!(PART_GOVERNING_DOCUMENTS_ACCESSIBILITY)),
        ],
    )
}

/// Innovation strategy 3.2: every decision on innovation takes into account the governing
/// documents of the processes innovation depends on: digitalisation; research, development
/// and education; staffing and competence; sustainability; governance and management
/// (SHALL). It applies when the decision concerns innovation (`concerns_innovation`, or
/// `Some(true)` for a development route), reviewed the way digitalisation strategy 3.1 is.
pub fn innovation_decisions_consider_documents(
    g: &GoverningDocuments,
    concerns_innovation: Option<bool>,
) -> PrincipleResult {
    let f = PartForce::Shall;
    assess(
        INNOVATION_STRATEGY_3_2,
        concerns_innovation,
        Some("evidence.concerns_innovation"),
        vec![
            part(
                "governing_documents.digitalisation",
                g.digitalisation,
                f,
                w!(PART_GOVERNING_DOCUMENTS_DIGITALISATION),
            ),
            part(
                "governing_documents.research_development_education",
                g.research_development_education,
                f,
                w!(PART_GOVERNING_DOCUMENTS_RESEARCH_DEVELOPMENT_EDUCATION),
            ),
            part(
                "governing_documents.staffing_and_competence",
                g.staffing_and_competence,
                f,
                w!(PART_GOVERNING_DOCUMENTS_STAFFING_AND_COMPETENCE_2),
            ),
            part(
                "governing_documents.sustainability",
                g.sustainability,
                f,
                w!(PART_GOVERNING_DOCUMENTS_SUSTAINABILITY),
            ),
            part(
                "governing_documents.governance_and_management",
                g.governance_and_management,
                f,
                w!(PART_GOVERNING_DOCUMENTS_GOVERNANCE_AND_MANAGEMENT),
            ),
        ],
    )
}

/// Digitalisation strategy 6.1: a new e-service is in demand, user-friendly, robust,
/// scalable, secure, highly available, multilingual (two distinct languages or more, tags
/// compared case-insensitively),
/// privacy-preserving and accessible to people with disabilities (SHALL). Not applicable
/// when the case is not a new e-service.
pub fn e_service_qualities(new_e_service: Option<bool>, s: &EService) -> PrincipleResult {
    let f = PartForce::Shall;
    let multilingual = s.languages.as_ref().map(|l| distinct_languages(l) >= 2);
    assess(
        DIGITALISATION_STRATEGY_6_1,
        new_e_service,
        Some("evidence.new_e_service"),
        vec![
            part("e_service.in_demand", s.in_demand, f, w!(PART_E_SERVICE_IN_DEMAND)),
            part("e_service.user_friendly", s.user_friendly, f, w!(PART_E_SERVICE_USER_FRIENDLY)),
            part("e_service.robust", s.robust, f, w!(PART_E_SERVICE_ROBUST)),
            part("e_service.scalable", s.scalable, f, w!(PART_E_SERVICE_SCALABLE)),
            part("e_service.secure", s.secure, f, w!(PART_E_SERVICE_SECURE)),
            part("e_service.highly_available", s.highly_available, f, w!(PART_E_SERVICE_HIGHLY_AVAILABLE)),
            part("e_service.languages", multilingual, f, w!(PART_E_SERVICE_LANGUAGES)),
            part("e_service.privacy_preserving", s.privacy_preserving, f, w!(PART_E_SERVICE_PRIVACY_PRESERVING)),
            part("e_service.accessible", s.accessible, f, w!(PART_E_SERVICE_ACCESSIBLE)),
        ],
    )
}

/// How many distinct languages a list of language tags names (`sv` and `SV` are one).
fn distinct_languages(tags: &[String]) -> usize {
    let mut distinct = std::collections::BTreeSet::new();
    for tag in tags {
        distinct.insert(tag.trim().to_ascii_lowercase());
    }
    distinct.len()
}

/// Innovation strategy 6.5: a test environment is offered when it brings clear operational
/// and user benefit (SHALL); not applicable when it would not.
pub fn test_environments(e: &Evidence) -> PrincipleResult {
    assess(
        INNOVATION_STRATEGY_6_5,
        e.test_environment_benefit,
        Some("evidence.test_environment_benefit"),
        vec![part(
            "evidence.test_environment_offered",
            e.test_environment_offered,
            PartForce::Shall,
            w!(PART_EVIDENCE_TEST_ENVIRONMENT_OFFERED),
        )],
    )
}

#[cfg(feature = "analysis")]
/// What a field that decides whether a principle applies asks, for the fields that are not
/// also evidence items (those carry their own label): `evidence.new_e_service`
/// (digitalisation strategy 6.1), `evidence.concerns_innovation` (innovation strategy 3.2,
/// policy §3) and `evidence.test_environment_benefit` (innovation strategy 6.5); `None` for
/// any other field.
pub fn condition_label(field: &str) -> Option<crate::text::Text> {
    let label = match field {
        "evidence.new_e_service" => w!(CONDITION_NEW_E_SERVICE),
        "evidence.concerns_innovation" => w!(CONDITION_CONCERNS_INNOVATION),
        "evidence.test_environment_benefit" => w!(CONDITION_TEST_ENVIRONMENT_BENEFIT),
        _ => return None,
    };
    Some(label.text())
}

/// The principles that depend on the case's evidence alone, in clause order.
pub(crate) fn evidence_principles(case: &Case) -> Vec<PrincipleResult> {
    let e = case.evidence.clone().unwrap_or_default();
    let g = case.governing_documents.clone().unwrap_or_default();
    let s = case.e_service.clone().unwrap_or_default();
    // An `e_service` object says the case is a new e-service unless evidence says otherwise.
    let new_e_service = e.new_e_service.or(case.e_service.as_ref().map(|_| true));
    vec![
        citizens_needs(&e),
        digital_first(&e),
        user_driven(&e),
        leadership_and_culture(&e),
        openness_and_standards(&e),
        implementation_and_dissemination(&e),
        information_asset(&e),
        governing_documents_considered(&g),
        e_service_qualities(new_e_service, &s),
        test_environments(&e),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::review::Severity;

    fn p(field: &'static str, value: Option<bool>, force: PartForce) -> Part {
        part(field, value, force, Message::fixed("sv", "en"))
    }

    #[test]
    fn not_met_outranks_not_known_and_takes_the_worst_failed_severity() {
        let r = assess(
            "policy:5.5",
            Some(true),
            None,
            vec![
                p("a", Some(false), PartForce::Should),
                p("b", None, PartForce::Shall),
                p("c", Some(true), PartForce::Shall),
            ],
        );
        assert_eq!(r.outcome, Outcome::NotMet);
        assert_eq!(r.severity, Some(Severity::Advice), "only the SHOULD failed");
        assert_eq!(r.missing_evidence, vec!["b".to_owned()], "the unknown SHALL is still listed");
    }

    #[test]
    fn unknown_parts_give_not_known_with_the_fields_that_settle_it() {
        let r = assess(
            "policy:5.8",
            Some(true),
            None,
            vec![p("x", Some(true), PartForce::Shall), p("y", None, PartForce::Goal)],
        );
        assert_eq!((r.outcome, r.severity), (Outcome::NotKnown, Some(Severity::Info)));
        assert_eq!(r.missing_evidence, vec!["y".to_owned()]);
    }

    #[test]
    fn applicability_decides_before_the_parts() {
        let r = assess(
            "policy:5.2",
            Some(false),
            Some("evidence.citizen_facing"),
            vec![p("x", Some(false), PartForce::Shall)],
        );
        assert_eq!((r.outcome, r.severity), (Outcome::NotApplicable, None));
        assert!(r.missing_evidence.is_empty());
        let r = assess("policy:5.2", None, Some("evidence.citizen_facing"), vec![p("x", None, PartForce::Shall)]);
        assert_eq!(r.outcome, Outcome::NotKnown);
        assert_eq!(r.missing_evidence, vec!["evidence.citizen_facing".to_owned(), "x".to_owned()]);
        assert!(
            r.message.en().contains("the question that settles it: Is the service for citizens?"),
            "{}",
            r.message.en()
        );
        assert!(!r.message.en().contains('`'));
    }

    #[test]
    fn all_parts_true_is_met_without_severity() {
        let r = assess("policy:5.1", Some(true), None, vec![p("x", Some(true), PartForce::Shall)]);
        assert_eq!((r.outcome, r.severity), (Outcome::Met, None));
    }

    #[test]
    fn leadership_is_read_at_advice_level_and_a_goal_at_info() {
        let e = Evidence { staff_time_and_mandate: Some(false), entered_once: Some(false), ..Evidence::default() };
        assert_eq!(leadership_and_culture(&e).severity, Some(Severity::Advice));
        let e = Evidence {
            information_classified: Some(true),
            fetched_at_source: Some(true),
            entered_once: Some(false),
            ..Evidence::default()
        };
        assert_eq!(
            (information_asset(&e).outcome, information_asset(&e).severity),
            (Outcome::NotMet, Some(Severity::Info))
        );
    }

    #[test]
    fn an_e_service_in_one_language_is_not_multilingual() {
        let all = |langs: Vec<&str>| EService {
            in_demand: Some(true),
            user_friendly: Some(true),
            robust: Some(true),
            scalable: Some(true),
            secure: Some(true),
            highly_available: Some(true),
            languages: Some(langs.into_iter().map(str::to_owned).collect()),
            privacy_preserving: Some(true),
            accessible: Some(true),
        };
        assert_eq!(e_service_qualities(Some(true), &all(vec!["sv"])).outcome, Outcome::NotMet);
        assert_eq!(e_service_qualities(Some(true), &all(vec!["sv", "en"])).outcome, Outcome::Met);
        assert_eq!(e_service_qualities(Some(false), &all(vec![])).outcome, Outcome::NotApplicable);
    }

    #[test]
    fn commercialisation_is_checked_only_where_applicable() {
        let e = Evidence {
            implementation_plan: Some(true),
            commercialisation_applicable: Some(false),
            ..Evidence::default()
        };
        assert_eq!(implementation_and_dissemination(&e).outcome, Outcome::Met);
        let e = Evidence { implementation_plan: Some(true), ..Evidence::default() };
        let r = implementation_and_dissemination(&e);
        assert_eq!(
            (r.outcome, r.missing_evidence.clone()),
            (Outcome::NotKnown, vec![Cow::Borrowed("evidence.commercialisation_applicable")])
        );
    }
}
