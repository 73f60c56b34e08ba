//! Any text through every operation of the JSON layer: an error is fine, a panic is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static POLICY: OnceLock<digipolicy::Policy> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let policy = POLICY.get_or_init(|| digipolicy::Policy::sll_2016().expect("the embedded pack loads"));
    for op in ["decide", "review", "scope", "classify", "compare", "sensitivity", "align"] {
        let _ = digipolicy::ffi::run_json(policy, op, text);
    }
});
