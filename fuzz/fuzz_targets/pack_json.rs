//! Any text as a policy pack, and a valid case decided under whatever compiles.
#![no_main]

use libfuzzer_sys::fuzz_target;

const CASE: &str = include_str!("../../examples/video-consultations-in-house.json");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(policy) = digipolicy::Policy::from_json(text) {
        let registry = digipolicy::Registry::of(policy);
        let _ = digipolicy::ffi::run_json(&registry, "decide", CASE, &digipolicy::ffi::Options::default());
    }
});
