//! Property tests of the invariants of policy §5.9 over arbitrary well-formed cases, and
//! of robustness over arbitrary input.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use digipolicy::{Case, Decision, Policy, Route};
use proptest::prelude::*;
use serde_json::{json, Value};

const ORIGINS: [&str; 3] = ["in_house", "market", "development"];

/// A well-formed case: 1–6 requirements, 0–8 candidates with random coverage and costs.
fn arb_case() -> impl Strategy<Value = Value> {
    (1usize..=6, proptest::collection::vec(any::<bool>(), 6), 0usize..=8).prop_flat_map(|(nreq, must, ncand)| {
        let reqs: Vec<Value> = (0..nreq)
            .map(|i| json!({"id": format!("r{i}"), "priority": if must[i] { "must" } else { "should" }}))
            .collect();
        let cand = (
            0usize..3,
            any::<bool>(),
            proptest::collection::vec(any::<bool>(), nreq),
            0i64..5_000_000,
            0i64..1_000_000,
            1i64..=5,
            1i64..=5,
            proptest::option::of(any::<bool>()),
            proptest::option::of(any::<bool>()),
        );
        (Just(reqs), proptest::collection::vec(cand, ncand), any::<bool>(), 1i64..=50)
    })
    .prop_map(|(reqs, cands, assessed, horizon)| {
        let candidates: Vec<Value> = cands
            .into_iter()
            .enumerate()
            .map(|(i, (o, partner, covers, one, yearly, si, da, inno, allows))| {
                let mut c = json!({
                    "id": format!("c{i}"), "name": format!("Candidate {i}"), "origin": ORIGINS[o],
                    "covers": covers.iter().enumerate().filter(|(_, &b)| b).map(|(j, _)| format!("r{j}")).collect::<Vec<_>>(),
                    "cost": {"one_off_sek": one, "yearly_sek": yearly},
                    "strategic_importance": si, "delivery_ability": da,
                });
                if o == 2 && partner {
                    c["partners"] = json!(["Region Skåne"]);
                }
                if let Some(b) = inno {
                    c["innovation_assessed"] = json!(b);
                }
                if let Some(b) = allows {
                    c["allows_new_solutions"] = json!(b);
                }
                c
            })
            .collect();
        json!({
            "id": "p", "title": "Property case", "horizon_years": horizon, "requirements": reqs,
            "benefit_assessment": {"done": assessed}, "candidates": candidates,
        })
    })
}

fn decide(case: &Value) -> Decision {
    let case: Case = serde_json::from_value(case.clone()).unwrap();
    Policy::sll_2016().unwrap().decide(&case).unwrap()
}

fn tier(c: &Value) -> u8 {
    match c["origin"].as_str().unwrap() {
        "in_house" => 0,
        "market" => 1,
        _ if c.get("partners").is_some() => 2,
        _ => 3,
    }
}

/// Whether candidate `c` of `case` covers every `must`.
fn meets(case: &Value, c: &Value) -> bool {
    let covers: Vec<&str> = c["covers"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    case["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["priority"] == "must")
        .all(|r| covers.contains(&r["id"].as_str().unwrap()))
}

fn candidate<'a>(case: &'a Value, id: &str) -> &'a Value {
    case["candidates"].as_array().unwrap().iter().find(|c| c["id"] == id).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn no_later_stage_is_chosen_while_an_earlier_one_meets_the_need(case in arb_case()) {
        let d = decide(&case);
        let best = case["candidates"].as_array().unwrap().iter().filter(|c| meets(&case, c)).map(tier).min();
        match (&d.selected, best) {
            (Some(id), Some(t)) => prop_assert_eq!(tier(candidate(&case, id)), t),
            (None, None) => prop_assert_eq!(d.route, Some(Route::NoCandidate)),
            other => prop_assert!(false, "selection {:?} against best tier {:?}", other.0, other.1),
        }
    }

    #[test]
    fn the_selected_candidate_never_misses_a_must(case in arb_case()) {
        let d = decide(&case);
        if let Some(id) = &d.selected {
            prop_assert!(meets(&case, candidate(&case, id)));
            let result = d.candidates.iter().find(|c| &c.id == id).unwrap();
            prop_assert!(result.missing.is_empty());
            prop_assert_eq!(result.rank, Some(1));
        }
        for c in &d.candidates {
            prop_assert_eq!(c.meets_need, meets(&case, candidate(&case, &c.id)));
            prop_assert_eq!(c.rank.is_some(), c.meets_need);
        }
    }

    #[test]
    fn a_co_development_that_meets_the_need_beats_any_solo_development(case in arb_case()) {
        let d = decide(&case);
        let cands = case["candidates"].as_array().unwrap();
        let co_fits = cands.iter().any(|c| tier(c) == 2 && meets(&case, c));
        let earlier_fits = cands.iter().any(|c| tier(c) < 2 && meets(&case, c));
        if co_fits && !earlier_fits {
            prop_assert_eq!(d.route, Some(Route::CoDevelopment));
        }
        prop_assert!(d.route != Some(Route::OwnDevelopment) || !co_fits);
    }

    #[test]
    fn the_decision_does_not_depend_on_candidate_order(case in arb_case(), seed in any::<u64>()) {
        let d1 = decide(&case);
        let mut shuffled = case.clone();
        let arr = shuffled["candidates"].as_array_mut().unwrap();
        // A deterministic shuffle from the seed.
        let mut s = seed;
        for i in (1..arr.len()).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            arr.swap(i, (s >> 33) as usize % (i + 1));
        }
        let d2 = decide(&shuffled);
        let mut c1 = d1.candidates.clone();
        let mut c2 = d2.candidates.clone();
        c1.sort_by(|a, b| a.id.cmp(&b.id));
        c2.sort_by(|a, b| a.id.cmp(&b.id));
        prop_assert_eq!(c1, c2);
        prop_assert_eq!(&d1.selected, &d2.selected);
        prop_assert_eq!(d1.route, d2.route);
        prop_assert_eq!(&d1.findings, &d2.findings);
        prop_assert_eq!(&d1.trace, &d2.trace);
    }

    #[test]
    fn every_cited_clause_exists_and_scores_stay_in_range(case in arb_case()) {
        let policy = Policy::sll_2016().unwrap();
        let d = decide(&case);
        for clause in d.findings.iter().map(|f| &f.clause).chain(d.trace.iter().map(|s| &s.clause)) {
            prop_assert!(policy.clause(clause).is_some(), "{}", clause);
        }
        for s in d.candidates.iter().filter_map(|c| c.scores) {
            for x in [s.cost, s.strategic_importance, s.delivery_ability, s.total] {
                prop_assert!((0.0..=1.0).contains(&x), "{:?}", s);
            }
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = decide_text(&text);
    }

    #[test]
    fn arbitrary_mutations_of_a_valid_case_never_panic(case in arb_case(), path in proptest::collection::vec(0usize..8, 1..4), value in arb_json()) {
        let mut mutated = case;
        mutate(&mut mutated, &path, value);
        let _ = decide_text(&mutated.to_string());
    }
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        Just(json!(u64::MAX)),
        ".{0,10}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Replaces the value found by walking `path` (each step picks a key or index modulo the
/// size) with `value`.
fn mutate(slot: &mut Value, path: &[usize], value: Value) {
    let Some((&step, rest)) = path.split_first() else {
        *slot = value;
        return;
    };
    match slot {
        Value::Object(map) if !map.is_empty() => {
            let key = map.keys().nth(step % map.len()).unwrap().clone();
            mutate(map.get_mut(&key).unwrap(), rest, value);
        }
        Value::Array(arr) if !arr.is_empty() => {
            let n = arr.len();
            mutate(&mut arr[step % n], rest, value);
        }
        _ => *slot = value,
    }
}

/// Every JSON path to a value inside `v`, with the value.
fn leaves(v: &Value, path: String, out: &mut Vec<(String, Value)>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                out.push((p.clone(), x.clone()));
                leaves(x, p, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let p = format!("{path}[{i}]");
                out.push((p.clone(), x.clone()));
                leaves(x, p, out);
            }
        }
        _ => {}
    }
}

/// Sets the value at `path` (as `leaves` names it).
fn set_at(v: &mut Value, path: &str, new: Value) {
    let mut cur = v;
    for part in path.split('.') {
        let (key, indexes) = part.split_once('[').map_or((part, ""), |(k, rest)| (k, rest));
        if !key.is_empty() {
            cur = cur.get_mut(key).unwrap();
        }
        for index in indexes.split('[').filter(|s| !s.is_empty()) {
            cur = cur.get_mut(index.trim_end_matches(']').parse::<usize>().unwrap()).unwrap();
        }
    }
    *cur = new;
}

/// The path serde_path_to_error gives for the first error of reading `text` as a case.
fn oracle_path(text: &str) -> Option<String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let err = serde_path_to_error::deserialize::<_, Case>(&mut de).err()?;
    Some(err.path().to_string().replace(".[", "[").trim_start_matches('.').to_owned())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The scanner maps the typed reader's error position back to the same JSON path that
    /// path-tracking deserialization (serde_path_to_error) reports, for a wrong value put
    /// anywhere in a case.
    #[test]
    fn error_paths_match_a_path_tracking_reader(case in arb_case(), pick in any::<prop::sample::Index>(), kind in 0usize..4) {
        let mut all = Vec::new();
        leaves(&case, String::new(), &mut all);
        let (path, _) = pick.get(&all).clone();
        let bad = match kind { 0 => json!("text"), 1 => json!(1.5), 2 => json!({"x": 1}), _ => json!(true) };
        let mut broken = case.clone();
        set_at(&mut broken, &path, bad);
        let text = broken.to_string();
        if let (Some(expected), Err(err)) = (oracle_path(&text), Policy::sll_2016().unwrap().parse_case(&text)) {
            // The scanner may stop first on a list where an object belongs, or an unknown
            // field serde would only reach later; where both speak of a reading error, they agree.
            if !matches!(err.code(), digipolicy::ErrorCode::WrongType | digipolicy::ErrorCode::InvalidValue | digipolicy::ErrorCode::UnknownField | digipolicy::ErrorCode::MissingField) {
                return Ok(());
            }
            let got = err.path().to_owned();
            prop_assert!(got == expected || got.starts_with(&format!("{expected}.")), "{} vs {} for {}", got, expected, text);
        }
    }
}

/// A message's wording, leaked to `'static` as the rules' wordings are.
fn wording(sv: String, en: String) -> &'static digipolicy::Wording {
    Box::leak(Box::new(digipolicy::Wording { sv: Box::leak(sv.into_boxed_str()), en: Box::leak(en.into_boxed_str()) }))
}

/// A plain reference for a message with text arguments: `{d}` (one digit) is argument `d`
/// when there is one; everything else is written as it is.
fn reference(template: &str, args: &[String]) -> String {
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '{' && i + 2 < chars.len() && chars[i + 2] == '}' {
            if let Some(arg) = chars[i + 1].to_digit(10).and_then(|d| args.get(d as usize)) {
                out.push_str(arg);
                i += 3;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// A lazy message reads, formats, serializes and reads back as the text it renders to,
    /// whatever its wording (braces and digits included) and its arguments.
    #[test]
    fn a_message_is_the_text_it_renders_to(
        sv in "[a-c{}0-9 ]{0,24}",
        en in "(\\PC|[{}0-9]){0,24}",
        args in proptest::collection::vec("\\PC{0,8}", 0..4),
        amount in any::<u64>(),
    ) {
        use digipolicy::{Arg, Lang, Message, Text};
        let mut all: Vec<Arg> = args.iter().map(|a| Arg::Str(a.clone().into())).collect();
        all.push(Arg::Kronor(amount));
        let m = Message::lazy(wording(sv.clone(), en.clone()), all.into());
        let mut texts = args.clone();
        texts.push(digipolicy::kronor(amount).get(Lang::Sv).to_owned());
        prop_assert_eq!(m.sv(), reference(&sv, &texts));
        texts.pop();
        texts.push(digipolicy::kronor(amount).get(Lang::En).to_owned());
        prop_assert_eq!(m.en(), reference(&en, &texts));
        let text: Text = m.text();
        prop_assert_eq!(m.in_lang(Lang::En).to_string(), text.en.to_string());
        let json = serde_json::to_string(&m).unwrap();
        prop_assert_eq!(&json, &serde_json::to_string(&text).unwrap());
        let back: Message = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, m);
    }
}

/// A case read from JSON and decided under the embedded pack.
fn decide_text(json: &str) -> Result<Decision, digipolicy::Error> {
    let policy = Policy::sll_2016()?;
    policy.decide(&policy.parse_case(json)?)
}

/// A justification drawn from clauses, candidates (of the case or not), codes and texts.
fn arb_justification() -> impl Strategy<Value = Value> {
    let clauses =
        prop::sample::select(vec!["policy:5.9", "policy:5.6", "policy:5.2", "innovation-strategy:6.3", "policy:2"]);
    let candidates = proptest::option::of(prop::sample::select(vec!["c0", "c1", "c2", "nope"]));
    let codes = proptest::option::of(prop::sample::select(vec![
        "innovation-not-assessed",
        "solo-development",
        "earlier-stage-gap",
        "procurement-forbids-new-solutions",
        "nope",
    ]));
    let texts = prop::sample::select(vec!["Skäl.", " ", "\u{200b}", "Another reason."]);
    (clauses, candidates, codes, texts).prop_map(|(clause, candidate, code, text)| {
        let mut j = json!({"clause": clause, "text": text});
        if let Some(c) = candidate {
            j["candidate"] = json!(c);
        }
        if let Some(c) = code {
            j["code"] = json!(c);
        }
        j
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// DOMAIN "Justifications, settled": every justification of a decided case explains a
    /// deviation or an advice it names (by clause, candidate and code), never a blocking gate
    /// or an information alone; a clause's review result is justified only when every
    /// deviation of the clause is; a case whose justification explains nothing is refused.
    #[test]
    fn any_justification_either_matches_a_deviation_or_is_refused(case in arb_case(), js in proptest::collection::vec(arb_justification(), 1..4)) {
        let mut case = case;
        case["justifications"] = json!(js);
        let policy = Policy::sll_2016().unwrap();
        let parsed = policy.parse_case(&case.to_string());
        let Ok(parsed) = parsed else { return Ok(()) };
        let Ok(d) = policy.decide(&parsed) else { return Ok(()) };
        for j in &js {
            let names = |clause: &str, cand: Option<&str>, code: &str| {
                j["clause"] == clause
                    && j.get("candidate").is_none_or(|c| Some(c.as_str().unwrap()) == cand)
                    && j.get("code").is_none_or(|c| c.as_str().unwrap() == code)
            };
            let explains = d.findings.iter().any(|f| {
                matches!(f.severity, digipolicy::Severity::Deviation | digipolicy::Severity::Advice)
                    && names(&f.clause, f.candidate.as_deref(), f.code.as_str())
            }) || (j.get("candidate").is_none() && j.get("code").is_none() && d.review.results.iter().any(|r| {
                r.clause == j["clause"].as_str().unwrap() && r.outcome == digipolicy::Outcome::NotMet && r.severity == Some(digipolicy::Severity::Deviation)
            }));
            prop_assert!(explains, "accepted a justification that explains nothing: {j}");
            let visible = j["text"].as_str().unwrap().chars().any(|c| !c.is_whitespace() && c != '\u{200b}');
            prop_assert!(visible, "accepted a justification with nothing to read: {}", j);
        }
        for r in d.review.results.iter().filter(|r| r.justified.is_some()) {
            let open = d.open_deviations.iter().any(|o| o.clause == r.clause);
            prop_assert!(!open, "{} is justified while a deviation of it is open", r.clause);
        }
    }
}
