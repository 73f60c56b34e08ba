// How a catalogue key is named in the generated Rust (included by core/build.rs, which
// generates the names, and by core/tests/words.rs, which looks for them in the code).

/// A key without values is a constant: `doc-memo_title` → `DOC_MEMO_TITLE`.
fn const_name(key: &str) -> String {
    key.replace('-', "_").to_ascii_uppercase()
}

/// A key with values is a struct: `order-gap-commission` → `OrderGapCommission`.
fn struct_name(key: &str) -> String {
    key.split(['-', '_'])
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}
