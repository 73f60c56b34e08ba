//! Decides one case many times, for profilers (`perf record`, callgrind):
//! `cargo run --release -p digipolicy --example profile_decide -- 200000`.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(200_000);
    let text = std::fs::read_to_string("tests/vectors/example-unit-wish-loses.json").unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let case: digipolicy::Case = serde_json::from_value(v["input"].clone()).unwrap();
    let policy = digipolicy::Policy::sll_2016().unwrap();
    let mut total = 0usize;
    for _ in 0..n {
        total += policy.decide(std::hint::black_box(&case)).unwrap().candidates.len();
    }
    println!("{total}");
}
