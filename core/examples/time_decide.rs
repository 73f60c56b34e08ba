//! Times `ffi::run_json` (decide) on one case file natively, in batches, and prints the median
//! microseconds per call; `bindings-wasm/bench/bench-node.mjs` runs it beside the WASM
//! package so that both are measured in one run on one machine.
//!
//! `cargo run --release -p digipolicy --example time_decide -- CASE.json [BATCHES] [PER_BATCH]`

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1]).unwrap();
    let batches: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(15);
    let per: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(2000);
    let registry = digipolicy::Registry::embedded().unwrap();
    let options = digipolicy::ffi::Options::default();
    let mut samples = Vec::with_capacity(batches);
    for _ in 0..batches {
        let t0 = Instant::now();
        for _ in 0..per {
            std::hint::black_box(
                digipolicy::ffi::run_json(&registry, "decide", std::hint::black_box(&text), &options).unwrap(),
            );
        }
        samples.push(t0.elapsed().as_secs_f64() * 1e6 / per as f64);
    }
    samples.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:.2}", samples[samples.len() / 2]);
}
