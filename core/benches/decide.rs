//! Criterion benchmark of `Policy::decide` for 3, 10, 30, 300 and 3,000 candidates.
//!
//! Run: `cargo bench -p digipolicy --bench decide`. The cases mix all three stages with
//! candidates that meet and miss the need, so the full ranking and the findings are built.
//! Parsing is excluded (the case is parsed once); `decide_json` is measured separately.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use digipolicy::{Case, Policy};
use serde_json::json;

/// A case with `n` candidates: a third in-house (none covering every must, so every stage is
/// evaluated), a third market, a third development, half of those with a partner.
pub fn case_with(n: usize) -> String {
    let requirements: Vec<_> =
        (0..6).map(|i| json!({"id": format!("r{i}"), "priority": if i < 4 { "must" } else { "should" }})).collect();
    let candidates: Vec<_> = (0..n)
        .map(|i| {
            let origin = ["in_house", "market", "development"][i % 3];
            let covers: Vec<String> = (0..6).filter(|r| origin != "in_house" || *r != (i % 4)).map(|r| format!("r{r}")).collect();
            let mut c = json!({
                "id": format!("c{i:05}"), "name": format!("Candidate {i}"), "origin": origin, "covers": covers,
                "cost": {"one_off_sek": 100_000 + (i * 7_919) % 900_000, "yearly_sek": 50_000 + (i * 104_729) % 400_000},
                "strategic_importance": 1 + i % 5, "delivery_ability": 1 + (i / 5) % 5,
                "innovation_assessed": i % 7 != 0,
            });
            if origin == "development" && i % 2 == 0 {
                c["partners"] = json!(["Region Skåne"]);
            }
            if origin == "market" {
                c["allows_new_solutions"] = json!(i % 11 != 0);
            }
            c
        })
        .collect();
    let mut case = json!({
        "id": "bench", "title": "Benchmark case", "horizon_years": 5, "requirements": requirements,
        "benefit_assessment": {"done": true}, "candidates": candidates,
    });
    if n > 1 {
        case["preferred_candidate"] = json!("c00001");
    }
    case.to_string()
}

/// Route, selection, ranks by id, and each candidate's missing musts.
pub type Minimal<'a> = (&'static str, Option<&'a str>, Vec<(&'a str, usize)>, Vec<Vec<&'a str>>);

/// The minimal exact §5.9 ranking written for the benchmark only (the reference the speed of a decision is compared with): the
/// route, the selection, each meeting candidate's rank and each candidate's missing musts,
/// with the contract's stage order (co-development before solo development) and
/// tie-breaks; no explanation, finding or review. Floats, as a plain implementation would.
pub fn minimal(case: &Case) -> Minimal<'_> {
    let horizon = case.horizon_years.unwrap_or(5);
    let musts: Vec<&str> =
        case.requirements.iter().filter(|r| r.priority == digipolicy::Priority::Must).map(|r| r.id.as_str()).collect();
    let shoulds: Vec<&str> = case
        .requirements
        .iter()
        .filter(|r| r.priority == digipolicy::Priority::Should)
        .map(|r| r.id.as_str())
        .collect();
    struct Row<'a> {
        id: &'a str,
        tier: usize,
        tco: i64,
        total: f64,
        should: usize,
        meets: bool,
    }
    let mut missing = Vec::with_capacity(case.candidates.len());
    let mut rows: Vec<Row<'_>> = Vec::with_capacity(case.candidates.len());
    let mut min_tco = [i64::MAX; 4];
    for c in &case.candidates {
        let lacks: Vec<&str> = musts.iter().copied().filter(|m| !c.covers.iter().any(|x| x == m)).collect();
        let tier = match c.origin {
            digipolicy::Origin::InHouse => 0,
            digipolicy::Origin::Market => 1,
            _ if c.partners.as_ref().is_some_and(|p| !p.is_empty()) => 2,
            _ => 3,
        };
        let tco = c.cost.one_off_sek + c.cost.yearly_sek * horizon;
        let meets = lacks.is_empty();
        if meets {
            let stage = tier.min(2);
            min_tco[stage] = min_tco[stage].min(tco);
        }
        let should = c.covers.iter().filter(|x| shoulds.contains(&x.as_str())).count();
        rows.push(Row { id: &c.id, tier, tco, total: 0.0, should, meets });
        missing.push(lacks);
    }
    for (r, c) in rows.iter_mut().zip(&case.candidates) {
        if r.meets {
            let cost = if r.tco == 0 { 1.0 } else { min_tco[r.tier.min(2)] as f64 / r.tco as f64 };
            let s = (c.strategic_importance - 1) as f64 / 4.0;
            let d = (c.delivery_ability - 1) as f64 / 4.0;
            r.total = (cost + s + d) / 3.0;
        }
    }
    let mut meeting: Vec<&Row<'_>> = rows.iter().filter(|r| r.meets).collect();
    meeting.sort_by(|a, b| {
        a.tier
            .cmp(&b.tier)
            .then(b.total.total_cmp(&a.total))
            .then(b.should.cmp(&a.should))
            .then(a.tco.cmp(&b.tco))
            .then(a.id.cmp(b.id))
    });
    let ranks: Vec<(&str, usize)> = meeting.iter().enumerate().map(|(i, r)| (r.id, i + 1)).collect();
    let route = match meeting.first().map(|r| r.tier) {
        Some(0) => "in_house",
        Some(1) => "market",
        Some(2) => "co_development",
        Some(_) => "own_development",
        None => "no_candidate",
    };
    (route, meeting.first().map(|r| r.id), ranks, missing)
}

fn bench(c: &mut Criterion) {
    let policy = Policy::sll_2016().unwrap();
    let mut group = c.benchmark_group("decide");
    for n in [3usize, 10, 30, 300, 3000] {
        let text = case_with(n);
        let case: Case = policy.parse_case(&text).unwrap();
        group.bench_with_input(BenchmarkId::from_parameter(n), &case, |b, case| {
            b.iter(|| policy.decide(black_box(case)).unwrap())
        });
    }
    group.finish();
    let mut group = c.benchmark_group("parse");
    for n in [10usize, 300] {
        let text = case_with(n);
        group.bench_with_input(BenchmarkId::from_parameter(n), &text, |b, text| {
            b.iter(|| policy.parse_case(black_box(text)).unwrap())
        });
    }
    group.finish();
    let registry = digipolicy::Registry::of(policy.clone());
    let options = digipolicy::ffi::Options::default();
    let mut group = c.benchmark_group("decide_json");
    for n in [10usize, 300] {
        let text = case_with(n);
        group.bench_with_input(BenchmarkId::from_parameter(n), &text, |b, text| {
            b.iter(|| digipolicy::ffi::run_json(&registry, "decide", black_box(text), &options).unwrap())
        });
    }
    group.finish();
    c.bench_function("policy_sll_2016", |b| b.iter(|| Policy::sll_2016().unwrap()));
    // The library against the minimal exact ranking, same run, same
    // parsed case; the two agree on the route and the selection.
    let mut group = c.benchmark_group("versus_minimal");
    for n in [0usize, 10, 300] {
        let case: Case = policy.parse_case(&case_with(n)).unwrap();
        let d = policy.decide(&case).unwrap();
        let (route, selected, _, _) = minimal(&case);
        assert_eq!(
            (d.route.map(digipolicy::Route::as_str).unwrap_or("none"), d.selected.as_deref()),
            (route, selected)
        );
        group.bench_with_input(BenchmarkId::new("decide", n), &case, |b, case| {
            b.iter(|| policy.decide(black_box(case)).unwrap())
        });
        group.bench_with_input(BenchmarkId::new("minimal", n), &case, |b, case| b.iter(|| minimal(black_box(case))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
