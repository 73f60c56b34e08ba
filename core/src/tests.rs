//! Unit tests of the decision as a whole: each rule of §5.6, §5.9 and strategy 6.3 on a
//! small case built for it.

use crate::*;
use serde_json::{json, Value};

const EXAMPLE: &str = include_str!("../../examples/video-consultations-in-house.json");

fn policy() -> Policy {
    Policy::sll_2016().unwrap()
}

fn decide_value(v: &Value) -> Decision {
    decide_text(&policy(), &v.to_string()).unwrap()
}

/// A case read from JSON under `policy`'s limits and decided.
fn decide_text(policy: &Policy, json: &str) -> Result<Decision, Error> {
    policy.decide(&policy.parse_case(json)?)
}

fn candidate(id: &str, origin: &str, covers: &[&str], one_off: i64, yearly: i64, si: i64, da: i64) -> Value {
    json!({
        "id": id, "name": format!("Name of {id}"), "origin": origin, "covers": covers,
        "cost": {"one_off_sek": one_off, "yearly_sek": yearly},
        "strategic_importance": si, "delivery_ability": da, "innovation_assessed": true,
        "allows_new_solutions": if origin == "market" { json!(true) } else { Value::Null },
    })
}

fn case(candidates: Vec<Value>) -> Value {
    let mut cands = candidates;
    for c in &mut cands {
        c.as_object_mut().unwrap().retain(|_, v| !v.is_null());
    }
    json!({
        "id": "t-1", "title": "Test need", "horizon_years": 5, "decided_on": "2018-05-01",
        "requirements": [
            {"id": "a", "priority": "must"}, {"id": "b", "priority": "must"},
            {"id": "s1", "priority": "should"}, {"id": "s2", "priority": "should"}
        ],
        "benefit_assessment": {"done": true},
        "candidates": cands,
    })
}

fn codes(d: &Decision) -> Vec<(Severity, FindingCode, Option<String>)> {
    d.findings.iter().map(|f| (f.severity, f.code, f.candidate.clone())).collect()
}

fn rank(d: &Decision, id: &str) -> Option<u32> {
    d.candidates.iter().find(|c| c.id == id).unwrap().rank
}

#[test]
fn contract_example_decides_in_house_with_the_price_of_the_order() {
    let d = decide_text(&policy(), EXAMPLE).unwrap();
    assert_eq!(d.status, Status::Ready);
    assert_eq!(d.route, Some(Route::InHouse));
    assert_eq!(d.selected.as_deref(), Some("region-video"));
    assert_eq!(d.horizon_years, 5);
    assert_eq!(
        codes(&d),
        vec![
            (Severity::Info, FindingCode::PriceOfTheOrder, Some("vendor-meet".into())),
            (Severity::Info, FindingCode::UnitPreferenceOverridden, Some("vendor-meet".into())),
            (Severity::Info, FindingCode::Undated, None),
        ]
    );
    // 150 000 + 5 × 300 000 = 1 650 000 against 50 000 + 5 × 200 000 = 1 050 000.
    assert!(d.findings[0].message.en().contains("SEK 600,000 less over 5 years"), "{}", d.findings[0].message.en());
    assert!(d.findings[0].message.sv().contains("600 000 kr mindre"), "{}", d.findings[0].message.sv());
    let ranks: Vec<_> = d.candidates.iter().map(|c| (c.id.as_str(), c.rank, c.tco_sek)).collect();
    assert_eq!(
        ranks,
        vec![
            ("region-video", Some(1), 1_650_000),
            ("vendor-meet", Some(2), 1_050_000),
            ("codev-vgr", Some(3), 6_000_000)
        ]
    );
    let s = d.candidates[0].scores.unwrap();
    assert_eq!((s.cost, s.strategic_importance, s.delivery_ability, s.total), (1.0, 0.75, 0.75, 0.8333));
}

#[test]
fn strict_order_in_house_beats_a_cheaper_better_market_product() {
    let d = decide_value(&case(vec![
        candidate("mkt", "market", &["a", "b", "s1", "s2"], 0, 1, 5, 5),
        candidate("own", "in_house", &["a", "b"], 9_000_000, 900_000, 1, 1),
    ]));
    assert_eq!(d.route, Some(Route::InHouse));
    assert_eq!(d.selected.as_deref(), Some("own"));
    assert_eq!(rank(&d, "mkt"), Some(2));
    assert!(codes(&d).contains(&(Severity::Info, FindingCode::PriceOfTheOrder, Some("mkt".into()))));
}

#[test]
fn a_candidate_missing_a_must_never_meets_the_need_and_lists_exactly_what_it_lacks() {
    let d = decide_value(&case(vec![
        candidate("own", "in_house", &["b", "s1", "s2"], 0, 0, 5, 5),
        candidate("mkt", "market", &["a", "b"], 100, 100, 1, 1),
    ]));
    assert_eq!(d.route, Some(Route::Market));
    let own = &d.candidates[0];
    assert!(!own.meets_need);
    assert_eq!(own.missing, vec!["a".to_owned()]);
    assert_eq!(own.rank, None);
    assert_eq!(own.scores, None);
    let gap = d.findings.iter().find(|f| f.code == FindingCode::EarlierStageGap).unwrap();
    assert_eq!(gap.candidate.as_deref(), Some("own"));
    assert!(gap.message.en().contains("if it also met the requirement a."), "{}", gap.message.en());
}

#[test]
fn co_development_beats_a_better_scoring_solo_development() {
    let mut co = candidate("co", "development", &["a", "b"], 5_000_000, 500_000, 1, 1);
    co["partners"] = json!(["Region Skåne"]);
    let solo = candidate("solo", "development", &["a", "b", "s1", "s2"], 10, 10, 5, 5);
    let d = decide_value(&case(vec![solo, co]));
    assert_eq!(d.route, Some(Route::CoDevelopment));
    assert_eq!(d.selected.as_deref(), Some("co"));
    assert_eq!(rank(&d, "solo"), Some(2));
    assert!(d.candidates.iter().find(|c| c.id == "co").unwrap().co_development);
}

#[test]
fn solo_development_is_allowed_with_advice_when_no_co_development_meets_the_need() {
    let mut co = candidate("co", "development", &["a"], 1, 1, 5, 5);
    co["partners"] = json!(["Region Uppsala"]);
    let d = decide_value(&case(vec![co, candidate("solo", "development", &["a", "b"], 10, 10, 3, 3)]));
    assert_eq!(d.route, Some(Route::OwnDevelopment));
    assert!(codes(&d).contains(&(Severity::Advice, FindingCode::SoloDevelopment, Some("solo".into()))));
    // The co-development that lacks `b` is earlier in the order: it is a gap to close.
    assert!(codes(&d).contains(&(Severity::Info, FindingCode::EarlierStageGap, Some("co".into()))));
}

#[test]
fn nothing_fits_is_no_candidate_with_the_advice_to_commission_development() {
    let d = decide_value(&case(vec![
        candidate("own", "in_house", &["a"], 0, 0, 5, 5),
        candidate("mkt", "market", &["b", "s1"], 0, 0, 5, 5),
    ]));
    assert_eq!(d.route, Some(Route::NoCandidate));
    assert_eq!(d.selected, None);
    assert_eq!(
        codes(&d),
        vec![
            (Severity::Advice, FindingCode::CommissionDevelopment, None),
            (Severity::Info, FindingCode::EarlierStageGap, Some("own".into())),
            (Severity::Info, FindingCode::EarlierStageGap, Some("mkt".into())),
        ]
    );
    assert!(d.candidates.iter().all(|c| c.rank.is_none()));
    let d = decide_value(&case(vec![]));
    assert_eq!((d.route, d.selected.clone()), (Some(Route::NoCandidate), None));
}

#[test]
fn ranking_within_a_stage_follows_the_formula() {
    // TCOs 1 000 and 2 000: cost scores 1 and 0.5.
    let d = decide_value(&case(vec![
        candidate("x", "market", &["a", "b"], 500, 100, 1, 1),
        candidate("y", "market", &["a", "b"], 1000, 200, 5, 3),
    ]));
    let y = d.candidates[1].scores.unwrap();
    assert_eq!((y.cost, y.strategic_importance, y.delivery_ability), (0.5, 1.0, 0.5));
    assert_eq!(y.total, 0.6667);
    assert_eq!(d.candidates[0].scores.unwrap().total, 0.3333);
    assert_eq!(d.selected.as_deref(), Some("y"));
}

#[test]
fn exact_ties_break_on_should_coverage_then_cost_then_id() {
    // Totals equal as fractions: x = (1 + 0 + 0)/3, y = (0.5 + 0.5 + 0)/3.
    let x = candidate("x", "market", &["a", "b"], 1000, 0, 1, 1);
    let y = candidate("y", "market", &["a", "b", "s1"], 2000, 0, 3, 1);
    let d = decide_value(&case(vec![x.clone(), y.clone()]));
    assert_eq!(d.selected.as_deref(), Some("y"), "more `should` coverage wins a tie");
    // Same coverage: lower TCO wins.
    let y2 = candidate("y", "market", &["a", "b"], 2000, 0, 3, 1);
    let d = decide_value(&case(vec![y2, x.clone()]));
    assert_eq!(d.selected.as_deref(), Some("x"));
    // Same everything: the lower id wins.
    let d = decide_value(&case(vec![
        candidate("q", "market", &["a", "b"], 10, 0, 2, 2),
        candidate("p", "market", &["a", "b"], 10, 0, 2, 2),
    ]));
    assert_eq!(d.selected.as_deref(), Some("p"));
}

#[test]
fn zero_cost_scores_one_and_others_in_its_stage_score_zero_on_cost() {
    let d = decide_value(&case(vec![
        candidate("free", "in_house", &["a", "b"], 0, 0, 1, 1),
        candidate("paid", "in_house", &["a", "b"], 10, 0, 5, 5),
    ]));
    assert_eq!(d.candidates[0].scores.unwrap().cost, 1.0);
    assert_eq!(d.candidates[1].scores.unwrap().cost, 0.0);
    assert_eq!(d.selected.as_deref(), Some("paid"), "2/3 beats 1/3");
}

#[test]
fn missing_or_undone_benefit_assessment_blocks_but_keeps_the_provisional_route() {
    let mut v = case(vec![candidate("mkt", "market", &["a", "b"], 1, 1, 3, 3)]);
    v.as_object_mut().unwrap().remove("benefit_assessment");
    let d = decide_value(&v);
    assert_eq!(d.status, Status::Blocked);
    assert_eq!((d.route, d.selected.as_deref()), (Some(Route::Market), Some("mkt")));
    assert_eq!(d.findings[0].code, FindingCode::BenefitAssessmentMissing);
    assert_eq!(d.findings[0].severity, Severity::Blocking);
    assert_eq!(d.findings[0].clause, "policy:5.6");
    assert_eq!(d.missing_evidence, vec!["benefit_assessment.done".to_owned()]);
    v["benefit_assessment"] = json!({"done": false, "summary": "planned for May"});
    assert_eq!(decide_value(&v).status, Status::Blocked);
    v["benefit_assessment"] = json!({"done": true});
    let d = decide_value(&v);
    assert_eq!(d.status, Status::Ready);
    assert!(d.missing_evidence.is_empty());
}

#[test]
fn the_unit_wish_is_explained_when_it_loses() {
    let mut v = case(vec![
        candidate("fit", "market", &["a", "b"], 100, 10, 5, 5),
        candidate("wish", "market", &["a", "b"], 100, 10, 2, 2),
        candidate("short", "in_house", &["a"], 1, 1, 5, 5),
    ]);
    v["preferred_candidate"] = json!("wish");
    let d = decide_value(&v);
    let f = d.findings.iter().find(|f| f.code == FindingCode::UnitPreferenceOverridden).unwrap();
    assert_eq!((&*f.clause, f.severity, f.candidate.as_deref()), ("policy:5.6", Severity::Info, Some("wish")));
    assert!(f.message.en().contains("it ranks 2 on cost"), "{}", f.message.en());
    v["preferred_candidate"] = json!("short");
    let f = decide_value(&v).findings.into_iter().find(|f| f.code == FindingCode::UnitPreferenceOverridden).unwrap();
    assert!(f.message.en().contains("it does not meet the requirement b"), "{}", f.message.en());
    v["preferred_candidate"] = json!("fit");
    let d = decide_value(&v);
    assert!(d.findings.iter().all(|f| f.code != FindingCode::UnitPreferenceOverridden));
    assert_eq!(d.trace.last().unwrap().code, StepCode::UnitPreference);
}

#[test]
fn innovation_perspective_must_be_recorded_for_every_candidate() {
    // Neither meets the need, so the order reaches the market stage too.
    let mut a = candidate("a1", "in_house", &["a"], 1, 1, 3, 3);
    a.as_object_mut().unwrap().remove("innovation_assessed");
    let mut b = candidate("b1", "market", &["a"], 1, 1, 3, 3);
    b["innovation_assessed"] = json!(false);
    let d = decide_value(&case(vec![b, a]));
    let devs: Vec<_> = d.findings.iter().filter(|f| f.code == FindingCode::InnovationNotAssessed).collect();
    assert_eq!(devs.len(), 2);
    assert_eq!(devs[0].candidate.as_deref(), Some("a1"), "in id order");
    assert!(devs[0].message.en().contains("not recorded"));
    assert!(devs[1].message.en().contains("did not take"));
    assert!(devs.iter().all(|f| f.severity == Severity::Deviation && f.clause == "policy:5.9"));
}

#[test]
fn a_market_procurement_must_allow_new_solutions() {
    let mut m = candidate("m", "market", &["a", "b"], 1, 1, 3, 3);
    m["allows_new_solutions"] = json!(false);
    let d = decide_value(&case(vec![m.clone()]));
    assert_eq!(codes(&d), vec![(Severity::Deviation, FindingCode::ProcurementForbidsNewSolutions, Some("m".into()))]);
    assert_eq!(d.findings[0].clause, "innovation-strategy:6.3");
    m.as_object_mut().unwrap().remove("allows_new_solutions");
    let d = decide_value(&case(vec![m]));
    assert_eq!(codes(&d), vec![(Severity::Advice, FindingCode::ProcurementNewSolutionsUnknown, Some("m".into()))]);
}

#[test]
fn the_default_horizon_comes_from_the_pack() {
    let mut v = case(vec![candidate("m", "market", &["a", "b"], 100, 10, 3, 3)]);
    v.as_object_mut().unwrap().remove("horizon_years");
    let d = decide_value(&v);
    assert_eq!(d.horizon_years, 5);
    assert_eq!(d.candidates[0].tco_sek, 150);
    let horizon = d.trace.iter().find(|s| s.code == StepCode::CostHorizon).unwrap();
    assert!(horizon.message.en().contains("the policy pack's default"));
}

#[test]
fn every_finding_and_step_cites_a_clause_of_the_pack_in_both_languages() {
    let p = policy();
    for json in [EXAMPLE] {
        let d = decide_text(&p, json).unwrap();
        for (clause, text) in
            d.findings.iter().map(|f| (&f.clause, &f.message)).chain(d.trace.iter().map(|s| (&s.clause, &s.message)))
        {
            assert!(p.clause(clause).is_some(), "{clause}");
            assert!(!text.sv().is_empty() && !text.en().is_empty());
        }
    }
}

#[test]
fn error_accessors() {
    let case = policy().parse_case(EXAMPLE).unwrap();
    assert_eq!(policy().decide(&case).unwrap().route, Some(Route::InHouse));
    let err = decide_text(&policy(), "{\"id\": 3}").unwrap_err();
    assert_eq!((err.code(), err.path(), err.input()), (ErrorCode::WrongType, "id", "case"));
    assert_eq!(err.to_string(), "invalid case: id: wrong type: the whole number `3`, expected text");
    assert_eq!(err.line(Lang::Sv), "ogiltigt ärende: id: fel typ: heltalet `3`, förväntade text");
}

#[test]
fn policy_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Policy>();
}

#[test]
fn only_the_stages_the_order_reached_are_held_to_the_innovation_perspective() {
    let mut fallback = candidate("mkt", "market", &["a", "b"], 1, 1, 3, 3);
    fallback["innovation_assessed"] = json!(false);
    let mut dev = candidate("dev", "development", &["a", "b"], 1, 1, 3, 3);
    dev.as_object_mut().unwrap().remove("innovation_assessed");
    let d = decide_value(&case(vec![candidate("own", "in_house", &["a", "b"], 1, 1, 3, 3), fallback, dev]));
    assert_eq!(d.route, Some(Route::InHouse));
    assert!(d.findings.iter().all(|f| f.code != FindingCode::InnovationNotAssessed), "{:?}", codes(&d));
    let r = d.review.result("policy:5.9").unwrap();
    assert_eq!(r.outcome, Outcome::Met);
    assert_eq!(r.evidence.len(), 1, "only the in-house candidate was evaluated");
}

#[test]
fn strategies_lapse_after_2020_and_their_rules_become_not_applicable() {
    let mut m = candidate("m", "market", &["a", "b"], 1, 1, 3, 3);
    m["allows_new_solutions"] = json!(false);
    let mut v = case(vec![m]);
    v["decided_on"] = json!("2021-03-01");
    let d = decide_value(&v);
    assert!(d.findings.iter().all(|f| f.severity != Severity::Deviation), "{:?}", codes(&d));
    let lapsed: Vec<_> = d.findings.iter().filter(|f| f.code == FindingCode::DocumentsLapsed).collect();
    assert_eq!(lapsed.len(), 1);
    assert!(lapsed[0].message.en().contains("2020-12-31"), "{}", lapsed[0].message.en());
    for clause in [
        "innovation-strategy:6.3",
        "innovation-strategy:6.5",
        "digitalisation-strategy:3.1",
        "digitalisation-strategy:6.1",
    ] {
        let r = d.review.result(clause).unwrap();
        assert_eq!(r.outcome, Outcome::NotApplicable, "{clause}");
        assert!(r.message.en().contains("ceased to apply on 2020-12-31"), "{clause}: {}", r.message.en());
    }
    v["decided_on"] = json!("2020-12-31");
    let d = decide_value(&v);
    assert!(d.findings.iter().any(|f| f.code == FindingCode::ProcurementForbidsNewSolutions));
}

#[test]
fn an_assessment_dated_after_the_decision_blocks_it() {
    let mut v = case(vec![candidate("own", "in_house", &["a", "b"], 1, 1, 3, 3)]);
    v["benefit_assessment"] = json!({"done": true, "done_on": "2018-06-01"});
    let d = decide_value(&v);
    assert_eq!(d.status, Status::Blocked);
    let f = d.findings.iter().find(|f| f.code == FindingCode::BenefitAssessmentAfterDecision).unwrap();
    assert!(f.message.en().contains("must come before the decision"), "{}", f.message.en());
    assert_eq!(d.missing_evidence, vec!["benefit_assessment.done_on".to_owned()]);
    v["benefit_assessment"] = json!({"done": true, "done_on": "2018-05-01"});
    assert_eq!(decide_value(&v).status, Status::Ready);
    v["benefit_assessment"] = json!({"done": true, "done_on": "2018-13-01"});
    let err = decide_text(&policy(), &v.to_string()).unwrap_err();
    assert_eq!(err.path(), "benefit_assessment.done_on");
}

#[test]
fn digital_first_is_a_goal_for_citizens_and_a_duty_for_every_case() {
    let mut v = case(vec![candidate("own", "in_house", &["a", "b"], 1, 1, 3, 3)]);
    v["evidence"] =
        json!({"citizen_facing": true, "digital_first_contact": false, "digital_communication_first": true});
    let r = decide_value(&v).review.result("policy:5.2").unwrap().clone();
    assert_eq!((r.outcome, r.severity), (Outcome::NotMet, Some(Severity::Info)), "the goal is info");
    v["evidence"] = json!({"citizen_facing": false, "digital_communication_first": false});
    let r = decide_value(&v).review.result("policy:5.2").unwrap().clone();
    assert_eq!((r.outcome, r.severity), (Outcome::NotMet, Some(Severity::Deviation)), "the duty binds every case");
}
