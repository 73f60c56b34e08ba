//! The documents and records: any text as a case for the decision memo (in any `lang` and
//! `format` the first line names), as decision records for the yearly accounts (and those
//! accounts rendered back as documents), and as a record to verify. An error is fine; a
//! panic is a bug.
#![no_main]

use digipolicy::ffi::{run_json, Options};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static REGISTRY: OnceLock<digipolicy::Registry> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let registry = REGISTRY.get_or_init(|| digipolicy::Registry::embedded().expect("the embedded pack loads"));
    // The first line: `lang format year`, e.g. `sv html 2020`; the rest: the input.
    let (head, rest) = text.split_once('\n').unwrap_or((text, "{}"));
    let mut words = head.split_whitespace();
    let lang = words.next().map(str::to_owned);
    let format = words.next().map(str::to_owned);
    let year = words.next().and_then(|y| y.parse::<i64>().ok());
    let options = Options { lang, format, ..Options::default() };
    let _ = run_json(registry, "memo", rest, &options);
    let accounts = Options { year: year.or(Some(2020)), ..Options::default() };
    if let Ok(json) = run_json(registry, "accounts", rest, &accounts) {
        let _ = run_json(registry, "accounts_document", &json, &options);
    }
    let _ = run_json(registry, "verify", rest, &Options::default());
});
