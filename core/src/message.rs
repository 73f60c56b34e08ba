//! Lazy bilingual messages: what a decision says, held as a wording and its parameters and
//! rendered only when it is read or serialized (a decision allocates no text it is not asked for).
//!
//! A decision explains every step in Swedish and English, but most decisions are read for
//! their route, selection and ranks and most explanations are never shown. A [`Message`]
//! therefore keeps a pointer to its two wordings (`'static` strings in the rules) and the
//! values that go into them — a name, a count, an amount in kronor — and writes the text
//! when asked: [`Message::get`], [`Message::text`], [`Message::in_lang`] or serialization.
//! The JSON is exactly what a [`Text`] with the rendered wordings serializes to, so the
//! contract is unchanged; a message read back from JSON is held as that text. Rules build
//! messages with the crate's `msg!` macro: `msg!("sv {0}", "en {0}", Arg::Int(3))`.
//!
//! A wording marks its parameters `{0}` to `{9}` (each language in its own order); any other
//! `{` is written as it is.

use crate::text::{kronor_in, score_in, Lang, Text};
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::sync::Arc;

/// A wording in both languages, with `{0}`, `{1}`, … where its parameters go.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Wording {
    /// Swedish.
    pub sv: &'static str,
    /// English.
    pub en: &'static str,
}

impl Wording {
    /// The wording in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        pick(self.sv, self.en, lang)
    }
}

/// One value that goes into a wording, rendered as each language writes it.
#[derive(Debug, Clone)]
pub enum Arg {
    /// The same in both languages: a name, an id, a list of ids.
    Str(Cow<'static, str>),
    /// A fixed wording of its own (a stage's name, a label): Swedish, English.
    Words(&'static str, &'static str),
    /// A whole number.
    Int(i64),
    /// Whole kronor: `1 234 kr` in Swedish, `SEK 1,234` in English.
    Kronor(u64),
    /// A score in 0–1 with four decimals: `0,8333` in Swedish, `0.8333` in English.
    Score(f64),
    /// Messages joined by `; ` (the parts of a principle); with one, a message set inside
    /// another (why a unit's wish lost).
    Join(Vec<Message>),
}

/// A bilingual message, rendered when it is read (see the module's documentation).
#[derive(Clone)]
pub struct Message(Repr);

#[derive(Clone)]
enum Repr {
    /// A wording without parameters, Swedish and English.
    Fixed(&'static str, &'static str),
    /// A wording and its parameters, shared by its clones.
    Lazy(&'static Wording, Arc<[Arg]>),
    /// A text already written (read from JSON, or made elsewhere).
    Text(Box<Text>),
}

impl Message {
    /// A wording without parameters: Swedish, English.
    pub const fn fixed(sv: &'static str, en: &'static str) -> Self {
        Message(Repr::Fixed(sv, en))
    }

    /// A wording with its parameters, rendered when read.
    pub fn lazy(wording: &'static Wording, args: Arc<[Arg]>) -> Self {
        Message(Repr::Lazy(wording, args))
    }

    /// The Swedish and English wording of a message without parameters (a name from the
    /// catalogue: a route's, a stage's); empty for one with parameters.
    pub(crate) fn words(&self) -> (&'static str, &'static str) {
        match &self.0 {
            Repr::Fixed(sv, en) => (sv, en),
            _ => ("", ""),
        }
    }

    /// The message in `lang`; borrowed when the wording has no parameters.
    pub fn get(&self, lang: Lang) -> Cow<'_, str> {
        match &self.0 {
            Repr::Fixed(sv, en) => Cow::Borrowed(pick(sv, en, lang)),
            Repr::Text(t) => Cow::Borrowed(t.get(lang)),
            Repr::Lazy(..) => {
                let mut out = String::with_capacity(self.estimate(lang));
                self.write_to(lang, &mut out);
                Cow::Owned(out)
            }
        }
    }

    /// The Swedish message.
    pub fn sv(&self) -> Cow<'_, str> {
        self.get(Lang::Sv)
    }

    /// The English message.
    pub fn en(&self) -> Cow<'_, str> {
        self.get(Lang::En)
    }

    /// The message rendered in both languages.
    pub fn text(&self) -> Text {
        match &self.0 {
            Repr::Fixed(sv, en) => Text::new(*sv, *en),
            Repr::Text(t) => (**t).clone(),
            Repr::Lazy(..) => Text::new(self.sv().into_owned(), self.en().into_owned()),
        }
    }

    /// The message in `lang` as something to format.
    pub fn in_lang(&self, lang: Lang) -> InLang<'_> {
        InLang(self, lang)
    }

    /// Appends the message in `lang` to `out`.
    pub fn write_to(&self, lang: Lang, out: &mut String) {
        match &self.0 {
            Repr::Fixed(sv, en) => out.push_str(pick(sv, en, lang)),
            Repr::Text(t) => out.push_str(t.get(lang)),
            Repr::Lazy(w, args) => render(w.get(lang), args, lang, out),
        }
    }

    /// About how many bytes the message is in `lang`, to size its string once.
    fn estimate(&self, lang: Lang) -> usize {
        match &self.0 {
            Repr::Fixed(sv, en) => pick(sv, en, lang).len(),
            Repr::Text(t) => t.get(lang).len(),
            Repr::Lazy(w, args) => w.get(lang).len() + args.iter().map(|a| a.estimate(lang)).sum::<usize>(),
        }
    }
}

/// A message in one language, as [`fmt::Display`].
#[derive(Clone, Copy)]
pub struct InLang<'a>(&'a Message, Lang);

impl fmt::Display for InLang<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.get(self.1))
    }
}

impl Arg {
    /// A count or a number of years as a whole number (one beyond `i64` shows as `i64::MAX`).
    pub fn count(n: impl TryInto<i64>) -> Arg {
        Arg::Int(n.try_into().unwrap_or(i64::MAX))
    }

    /// A text of both languages (a document's title) set into a message.
    pub fn text(text: Text) -> Arg {
        Arg::Join(vec![Message::from(text)])
    }

    /// About how many bytes the value is in `lang`.
    fn estimate(&self, lang: Lang) -> usize {
        match self {
            Arg::Str(s) => s.len(),
            Arg::Words(sv, en) => pick(sv, en, lang).len(),
            Arg::Int(_) | Arg::Score(_) => 8,
            Arg::Kronor(_) => 16,
            Arg::Join(parts) => parts.iter().map(|p| p.estimate(lang) + 2).sum(),
        }
    }

    /// Appends the value in `lang` to `out`.
    fn write_to(&self, lang: Lang, out: &mut String) {
        match self {
            Arg::Str(s) => out.push_str(s),
            Arg::Words(sv, en) => out.push_str(pick(sv, en, lang)),
            Arg::Int(n) => {
                let _ = write!(out, "{n}");
            }
            Arg::Kronor(n) => kronor_in(*n, lang, out),
            Arg::Score(x) => score_in(*x, lang, out),
            Arg::Join(parts) => {
                for (i, part) in parts.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    part.write_to(lang, out);
                }
            }
        }
    }
}

/// Appends `wording` to `out` with each `{n}` (one digit) replaced by `args[n]` in `lang`.
fn render(wording: &str, args: &[Arg], lang: Lang, out: &mut String) {
    let mut rest = wording;
    while let Some(open) = rest.find('{') {
        let (before, from) = rest.split_at(open);
        out.push_str(before);
        let arg = match from.as_bytes() {
            [b'{', d @ b'0'..=b'9', b'}', ..] => args.get(usize::from(d - b'0')),
            _ => None,
        };
        match arg {
            Some(arg) => {
                arg.write_to(lang, out);
                rest = from.get(3..).unwrap_or("");
            }
            None => {
                out.push('{');
                rest = from.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
}

impl From<Text> for Message {
    fn from(text: Text) -> Self {
        Message(Repr::Text(Box::new(text)))
    }
}

impl Default for Message {
    fn default() -> Self {
        Message::fixed("", "")
    }
}

/// `sv` or `en` by `lang`.
fn pick<'a>(sv: &'a str, en: &'a str, lang: Lang) -> &'a str {
    match lang {
        Lang::Sv => sv,
        Lang::En => en,
    }
}

/// Messages are equal when they read the same in both languages, however they are held.
impl PartialEq for Message {
    fn eq(&self, other: &Self) -> bool {
        self.sv() == other.sv() && self.en() == other.en()
    }
}

impl Eq for Message {}

impl fmt::Debug for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Message").field("sv", &self.sv()).field("en", &self.en()).finish()
    }
}

/// Shows in English, as [`Text`] does.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.in_lang(Lang::En), f)
    }
}

/// As the [`Text`] it renders to: `{"sv": …, "en": …}`. (Writing each language straight
/// into the output would save the two strings of a message with parameters, but brings
/// serde_json's I/O adapter into the browser module, which has no room for it.)
impl Serialize for Message {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.text().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Text::deserialize(deserializer).map(Message::from)
    }
}

/// The schema of the [`Text`] it serializes to.
impl JsonSchema for Message {
    fn schema_name() -> Cow<'static, str> {
        Text::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        Text::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Text::json_schema(generator)
    }
}

/// A message from a wording literal and its parameters, for the tests of this module (code
/// takes its words from the catalogue: `crate::words`).
#[cfg(test)]
/// `msg!("sv {0}", "en {0}", arg, …)`.
/// Without parameters it is a fixed message and allocates nothing; with them the wording is a
/// `'static` [`Wording`] and only the parameters are kept.
macro_rules! msg {
    ($sv:expr, $en:expr $(,)?) => {
        $crate::message::Message::fixed($sv, $en)
    };
    ($sv:expr, $en:expr, $($arg:expr),+ $(,)?) => {
        $crate::message::Message::lazy(&$crate::message::Wording { sv: $sv, en: $en }, std::sync::Arc::new([$($arg),+]))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_parameters_in_each_language_in_its_own_order() {
        let m = msg!("{1} före {0}", "{0} after {1}", Arg::Str("a".into()), Arg::Int(2));
        assert_eq!(m.sv(), "2 före a");
        assert_eq!(m.en(), "a after 2");
        let k = msg!("kostar {0}", "costs {0}", Arg::Kronor(1_234_500),);
        assert_eq!(k.text(), Text::new("kostar 1 234 500 kr", "costs SEK 1,234,500"));
        let s = msg!("{0}", "{0}", Arg::Score(0.83333));
        assert_eq!(s.text(), Text::new("0,8333", "0.8333"));
    }

    #[test]
    fn braces_that_are_not_parameters_are_written_as_they_are() {
        let m = msg!("{x} {", "{} {9} {0 {10}", Arg::Int(1));
        assert_eq!(m.sv(), "{x} {");
        assert_eq!(m.en(), "{} {9} {0 {10}");
    }

    #[test]
    fn joins_and_words() {
        let parts = vec![msg!("a", "A"), msg!("b {0}", "B {0}", Arg::Words("befintligt", "in-house"))];
        let m = msg!("Inte: {0}.", "Not: {0}.", Arg::Join(parts));
        assert_eq!(m.text(), Text::new("Inte: a; b befintligt.", "Not: A; B in-house."));
    }

    #[test]
    fn serializes_as_the_text_it_renders_and_reads_back_equal() {
        let m = msg!("\"{0}\"", "<{0}>\n", Arg::Str("å\\".into()));
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, serde_json::to_string(&m.text()).unwrap());
        assert_eq!(json, r#"{"sv":"\"å\\\"","en":"<å\\>\n"}"#);
        let back: Message = serde_json::from_str(&json).unwrap();
        assert_eq!(back, m);
        assert_eq!(serde_json::to_value(&m).unwrap(), serde_json::to_value(m.text()).unwrap());
    }
}
