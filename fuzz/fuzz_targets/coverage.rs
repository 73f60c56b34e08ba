//! The coverage map's reading of a document: any text normalised, split into sentences and
//! held against the embedded map. A drift is fine; a panic is a bug, and the splitter loses
//! nothing (its sentences joined by a space are the normalised text).
#![no_main]

use digipolicy::coverage;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static MAP: OnceLock<coverage::CoverageMap> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let map = MAP.get_or_init(|| coverage::embedded().expect("the embedded map reads"));
    let text = String::from_utf8_lossy(data);
    let normal = coverage::normalise(&text, &map.running_headers);
    assert_eq!(coverage::sentences(&normal).join(" "), normal, "the splitter loses nothing");
    let seed = |_: &str| Some(text.to_string());
    let _ = coverage::compare(map, &coverage::normalised(map, &seed));
    for document in &map.documents {
        let _ = coverage::locate(document, &normal);
    }
});
