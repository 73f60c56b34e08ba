//! The small public entry points around the JSON layer: the `as_of` option with every
//! operation, schema names, the CLI's `--set name=value` overrides and variants made from
//! them. An error is fine; a panic is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static POLICY: OnceLock<digipolicy::Policy> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let policy = POLICY.get_or_init(|| digipolicy::Policy::sll_2016().expect("the embedded pack loads"));
    // The first line is an option or a name, the rest an input.
    let (head, rest) = text.split_once('\n').unwrap_or((text, "{}"));
    if let Ok(options) = digipolicy::ffi::decide_options(Some(head)) {
        for (name, _, _) in digipolicy::ffi::operations() {
            let _ = digipolicy::ffi::run_json_with(policy, name, rest, options);
        }
    }
    let _ = digipolicy::ffi::schema_json(head);
    if let Ok((name, value)) = digipolicy::analysis::parameters::parse_override(head) {
        let overrides = std::collections::BTreeMap::from([(name, value)]);
        if let Ok(variant) = policy.variant(&overrides) {
            let _ = digipolicy::ffi::decide_json(&variant, rest);
        }
    }
});
