//! The small public entry points around the operation layer: options given as JSON with
//! every operation, schema names, the CLI's `--set name=value` overrides and variants made
//! from them. An error is fine; a panic is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static REGISTRY: OnceLock<digipolicy::Registry> = OnceLock::new();
static POLICY: OnceLock<digipolicy::Policy> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let registry = REGISTRY.get_or_init(|| digipolicy::Registry::embedded().expect("the embedded pack loads"));
    let policy = POLICY.get_or_init(|| digipolicy::Policy::sll_2016().expect("the embedded pack loads"));
    // The first line is options (JSON) or a name, the rest an input.
    let (head, rest) = text.split_once('\n').unwrap_or((text, "{}"));
    if let Ok(options) = digipolicy::ffi::Options::from_json(head) {
        for op in digipolicy::ffi::Request::OPERATIONS {
            let _ = digipolicy::ffi::run_json(registry, op, rest, &options);
        }
    }
    let name = digipolicy::ffi::Options { name: Some(head.to_owned()), ..Default::default() };
    let _ = digipolicy::ffi::run_json(registry, "schema", "", &name);
    if let Ok((name, value)) = digipolicy::parse_override(head) {
        let overrides = std::collections::BTreeMap::from([(name, value)]);
        if let Ok(variant) = policy.variant(&overrides) {
            let one = digipolicy::Registry::of(variant);
            let _ = digipolicy::ffi::run_json(&one, "decide", rest, &digipolicy::ffi::Options::default());
        }
    }
});
