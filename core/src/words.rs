//! The wording catalogue: every word digipolicy says to a person, in Swedish and English,
//! by key (`core/words/sv.ftl`, `core/words/en.ftl`).
//!
//! `core/build.rs` compiles the catalogue into this module: a key without values is a
//! constant [`Message`] (`order-route-none` → `ORDER_ROUTE_NONE`), a key with values a struct
//! with one [`Arg`] per value (`order-route` → `OrderRoute { what }`), and the families read
//! by name (the form's words, the questions by field, the documents' fixed words) are listed
//! in `BY_NAME`. Code says `w!(ORDER_ROUTE_NONE)` or `w!(OrderRoute { what: … })`; the
//! build fails when a key is missing in a language or its languages use different values,
//! and `core/tests/words.rs` fails on a key nothing uses.
#![allow(missing_docs, dead_code)]

use crate::message::{Arg, Message, Wording};
use crate::text::{Lang, Text};
use std::sync::Arc;

include!(concat!(env!("OUT_DIR"), "/words.rs"));

/// The entry of a word read by name: from the questions' table, or (where documents are
/// built) the documents', the CLI's and the form's.
fn entry(key: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    let find = |table: &'static [(&'static str, &'static str, &'static str)]| {
        table.binary_search_by(|(k, _, _)| (*k).cmp(key)).ok().and_then(|i| table.get(i))
    };
    #[cfg(feature = "documents")]
    if let Some(e) = find(BY_NAME_DOCUMENTS) {
        return Some(e);
    }
    find(BY_NAME)
}

/// A word read by name (`form-`, `ask-`, `help-`, `group-`, `doc-`, `cli-` keys), in both
/// languages.
pub(crate) fn by_name(key: &str) -> Option<Message> {
    entry(key).map(|(_, sv, en)| Message::fixed(sv, en))
}

/// A word of the catalogue read by its key in `lang` (the families read by name: `doc-`,
/// `cli-`, `ask-`, `help-`, `group-`, `form-`), for front ends that print their own
/// reports in the catalogue's words; `None` for a key the catalogue does not have.
pub fn word(key: &str, lang: Lang) -> Option<&'static str> {
    named(key, lang)
}

/// A word read by name in `lang`.
pub(crate) fn named(key: &str, lang: Lang) -> Option<&'static str> {
    entry(key).map(|(_, sv, en)| match lang {
        Lang::Sv => *sv,
        Lang::En => *en,
    })
}

/// The words of a family read by name (`doc-`, …) in `lang`, by the rest of their key.
pub(crate) fn family(prefix: &'static str, lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    #[cfg(feature = "documents")]
    let all = BY_NAME.iter().chain(BY_NAME_DOCUMENTS);
    #[cfg(not(feature = "documents"))]
    let all = BY_NAME.iter();
    all.filter_map(move |(k, sv, en)| {
        k.strip_prefix(prefix).map(|rest| {
            (
                rest,
                match lang {
                    Lang::Sv => *sv,
                    Lang::En => *en,
                },
            )
        })
    })
}

/// The whole wording catalogue in `lang` as JSON (`{"key": "wording", …}`, sorted by key;
/// a value as `{name}`, a plural as `{count->one|other}`): what a front end that words its
/// own screens loads, one language at a time (the request form's `www/words/<lang>.json`).
#[cfg(feature = "documents")]
pub fn words_json(lang: Lang) -> String {
    let map: std::collections::BTreeMap<&str, &str> = ALL
        .iter()
        .map(|(k, sv, en)| {
            (
                *k,
                match lang {
                    Lang::Sv => *sv,
                    Lang::En => *en,
                },
            )
        })
        .collect();
    serde_json::to_string_pretty(&map).unwrap_or_default()
}

/// The question a person is asked for the evidence at `field`, a path in the case (an index
/// such as `candidates[0]` is ignored), from the wording catalogue; `None` for a field no
/// question asks.
pub fn question(field: &str) -> Option<Text> {
    question_pair(field).map(|(sv, en)| Text::new(sv, en))
}

/// The question for `field` as its Swedish and English wordings (see [`question`]).
pub(crate) fn question_pair(field: &str) -> Option<(&'static str, &'static str)> {
    entry(&format!("ask-{}", catalogue_key(field))).map(|(_, sv, en)| (*sv, *en))
}

/// The help line under the question for `field` (see [`question`]).
pub fn question_help(field: &str) -> Option<Text> {
    by_name(&format!("help-{}", catalogue_key(field))).map(|m| m.text())
}

/// `candidates[0].allows_new_solutions` → `candidates-allows_new_solutions`.
fn catalogue_key(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut depth = 0usize;
    for c in field.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '.' if depth == 0 => out.push('-'),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// A [`Text`] of a key read by name, or the key itself for one the catalogue lacks (a bug
/// the catalogue's test catches).
pub(crate) fn text(key: &str) -> Text {
    by_name(key).map(|m| m.text()).unwrap_or_else(|| Text::new(key.to_owned(), key.to_owned()))
}

/// `w!(CONST)` is the catalogue's constant message; `w!(Name { value: arg, … })` the
/// message of a key with values.
macro_rules! w {
    ($name:ident { $($body:tt)* }) => {
        $crate::message::Message::from($crate::words::$name { $($body)* })
    };
    ($name:ident) => {
        $crate::words::$name
    };
}
pub(crate) use w;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_read_by_name_is_found_by_its_key() {
        #[cfg(feature = "documents")]
        let all = BY_NAME.iter().chain(BY_NAME_DOCUMENTS);
        #[cfg(not(feature = "documents"))]
        let all = BY_NAME.iter();
        let mut n = 0;
        for (key, sv, en) in all {
            assert_eq!(named(key, Lang::Sv), Some(*sv), "{key}");
            assert_eq!(word(key, Lang::En), Some(*en), "{key}");
            assert!(by_name(key).is_some(), "{key}");
            n += 1;
        }
        assert!(n > 80, "{n}");
        assert_eq!(word("no-such-key", Lang::Sv), None);
        assert_eq!(
            question("candidates[3].allows_new_solutions").map(|t| t.en.into_owned()).as_deref(),
            Some("Does the procurement ask for or allow new solutions?")
        );
        #[cfg(feature = "documents")]
        assert_eq!(word("cli-case", Lang::Sv), Some("Ärende"));
    }
}
