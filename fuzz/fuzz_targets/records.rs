//! Decision records as the accounts read them: bytes of any kind fed to a `Tally` in two
//! chunks cut where the first byte says, and the same bytes read whole. An error is fine; a
//! panic is a bug, and the two readings must agree.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static REGISTRY: OnceLock<digipolicy::Registry> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let registry = REGISTRY.get_or_init(|| digipolicy::Registry::embedded().expect("the embedded pack loads"));
    let Some((&cut, rest)) = data.split_first() else { return };
    let at = usize::from(cut).min(rest.len());
    let mut chunked = digipolicy::Tally::new(registry.clone(), 2020);
    let fed = chunked.feed(&rest[..at]).and_then(|()| chunked.feed(&rest[at..])).and_then(|()| chunked.finish());
    let mut whole = digipolicy::Tally::new(registry.clone(), 2020);
    let read = whole.feed(rest).and_then(|()| whole.finish());
    assert_eq!(fed.is_ok(), read.is_ok(), "chunked and whole readings disagree");
    if let Ok(text) = std::str::from_utf8(rest) {
        let _ = digipolicy::DecisionRecord::list_from_json(text);
        let _ = digipolicy::DecisionRecord::from_json(text);
    }
});
