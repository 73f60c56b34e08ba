//! The documents and records (issue 13): any text as a case for the decision memo (in any
//! `lang` and `format` the first line names), as decision records for the yearly accounts
//! (and those accounts rendered back as documents), and as a record to verify. An error is
//! fine; a panic is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static POLICY: OnceLock<digipolicy::Policy> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let policy = POLICY.get_or_init(|| digipolicy::Policy::sll_2016().expect("the embedded pack loads"));
    // The first line: `lang format year`, e.g. `sv html 2020`; the rest: the input.
    let (head, rest) = text.split_once('\n').unwrap_or((text, "{}"));
    let mut words = head.split_whitespace();
    let lang = words.next().unwrap_or("sv");
    let format = words.next().unwrap_or("md");
    let year = words.next().and_then(|y| y.parse::<u16>().ok()).unwrap_or(2020);
    let _ = digipolicy::ffi::memo(policy, rest, lang, format, None);
    if let Ok(accounts) = digipolicy::ffi::accounts_json(policy, rest, year) {
        let _ = digipolicy::ffi::accounts_document(&accounts, lang, format);
    }
    let _ = digipolicy::ffi::verify_json(policy, rest);
});
