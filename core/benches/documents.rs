//! Criterion benchmark of the documents: the decision memo (Markdown and HTML, 10 and 300
//! candidates, against `decide` on the same case in the same run) and the yearly accounts
//! of 1,000 and 10,000 records.
//!
//! Run: `cargo bench -p digipolicy --bench documents`.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use digipolicy::DecisionRecord;
use digipolicy::Format;
use digipolicy::MemoOptions;
use digipolicy::{Lang, Policy};

#[path = "decide.rs"]
#[allow(dead_code)]
mod decide;

fn memo(c: &mut Criterion) {
    let policy = Policy::sll_2016().unwrap();
    let mut group = c.benchmark_group("memo");
    for n in [10usize, 300] {
        let case = policy.parse_case(&decide::case_with(n)).unwrap();
        group.bench_with_input(BenchmarkId::new("decide", n), &case, |b, case| {
            b.iter(|| policy.decide(black_box(case)).unwrap())
        });
        for (name, format) in [("md", Format::Md), ("html", Format::Html)] {
            let options = MemoOptions { lang: Lang::Sv, format, ..Default::default() };
            group.bench_with_input(BenchmarkId::new(name, n), &case, |b, case| {
                b.iter(|| policy.memo(black_box(case), &options).unwrap())
            });
        }
    }
    group.finish();
}

fn accounts(c: &mut Criterion) {
    let policy = Policy::sll_2016().unwrap();
    let mut group = c.benchmark_group("accounts");
    group.sample_size(20);
    let one = |i: usize| -> DecisionRecord {
        let mut case: serde_json::Value = serde_json::from_str(&decide::case_with(10)).unwrap();
        case["id"] = serde_json::json!(format!("k{i}"));
        case["decided_on"] = serde_json::json!(format!("{}-{:02}-15", 2019 + i % 2, 1 + i % 12));
        policy.record_json(&case.to_string()).unwrap()
    };
    for n in [1_000usize, 10_000] {
        let records: Vec<DecisionRecord> = (0..n).map(one).collect();
        group.bench_with_input(BenchmarkId::new("records", n), &records, |b, records| {
            b.iter(|| policy.accounts(black_box(records), 2020))
        });
    }
    group.finish();
}

criterion_group!(benches, memo, accounts);
criterion_main!(benches);
