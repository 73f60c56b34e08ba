//! Bilingual text: every message the library produces exists in Swedish and English.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

// Fixed wordings borrow a `'static` string and wordings with values in them own theirs, so
// building a decision allocates only for those.
/// A text in Swedish (`sv`) and English (`en`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Swedish.
    #[serde(default)]
    pub sv: Cow<'static, str>,
    /// English.
    #[serde(default)]
    pub en: Cow<'static, str>,
}

impl Text {
    /// A text from its two wordings.
    pub fn new(sv: impl Into<Cow<'static, str>>, en: impl Into<Cow<'static, str>>) -> Self {
        Text { sv: sv.into(), en: en.into() }
    }

    /// The wording in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
}

/// A language the library speaks.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::Display,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Lang {
    /// Swedish, the default.
    #[default]
    Sv,
    /// English.
    En,
}

impl Lang {
    /// Parses `sv` or `en`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Whole kronor with thousands grouped: `1 234 500 kr` in Swedish, `SEK 1,234,500` in English.
pub fn kronor(amount: u64) -> Text {
    let digits = amount.to_string();
    let group = |sep: char| {
        let mut out = String::new();
        let n = digits.len();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (n - i) % 3 == 0 {
                out.push(sep);
            }
            out.push(ch);
        }
        out
    };
    Text::new(format!("{} kr", group(' ')), format!("SEK {}", group(',')))
}

/// A list of ids in backticks joined by commas: `` `a`, `b` ``.
pub fn id_list<S: AsRef<str>>(ids: &[S]) -> String {
    ids.iter().map(|id| format!("`{}`", id.as_ref())).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kronor_groups_thousands_in_both_languages() {
        assert_eq!(kronor(0), Text::new("0 kr", "SEK 0"));
        assert_eq!(kronor(999), Text::new("999 kr", "SEK 999"));
        assert_eq!(kronor(1000), Text::new("1 000 kr", "SEK 1,000"));
        assert_eq!(kronor(1_234_500), Text::new("1 234 500 kr", "SEK 1,234,500"));
    }

    #[test]
    fn id_list_quotes_each_id() {
        assert_eq!(id_list(&["a", "b"]), "`a`, `b`");
        assert_eq!(id_list::<&str>(&[]), "");
    }
}
