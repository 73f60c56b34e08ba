//! Any text through every operation of the one operation layer: an error is fine, a panic
//! is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static REGISTRY: OnceLock<digipolicy::Registry> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let registry = REGISTRY.get_or_init(|| digipolicy::Registry::embedded().expect("the embedded pack loads"));
    let options = digipolicy::ffi::Options::default();
    for op in digipolicy::ffi::Request::OPERATIONS {
        let _ = digipolicy::ffi::run_json(registry, op, text, &options);
    }
});
