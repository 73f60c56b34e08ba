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
    json!({
        "id": "bench", "title": "Benchmark case", "horizon_years": 5, "requirements": requirements,
        "benefit_assessment": {"done": true}, "preferred_candidate": "c00001", "candidates": candidates,
    })
    .to_string()
}

fn bench(c: &mut Criterion) {
    let policy = Policy::sll_2016().unwrap();
    let mut group = c.benchmark_group("decide");
    for n in [3usize, 10, 30, 300, 3000] {
        let text = case_with(n);
        let case: Case = digipolicy::parse_case(&text).unwrap();
        group.bench_with_input(BenchmarkId::from_parameter(n), &case, |b, case| {
            b.iter(|| policy.decide(black_box(case)).unwrap())
        });
    }
    group.finish();
    let mut group = c.benchmark_group("decide_json");
    for n in [10usize, 300] {
        let text = case_with(n);
        group.bench_with_input(BenchmarkId::from_parameter(n), &text, |b, text| {
            b.iter(|| digipolicy::ffi::decide_json(&policy, black_box(text)).unwrap())
        });
    }
    group.finish();
    c.bench_function("policy_sll_2016", |b| b.iter(|| Policy::sll_2016().unwrap()));
}

criterion_group!(benches, bench);
criterion_main!(benches);
