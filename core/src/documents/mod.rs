//! Documents an official keeps and signs, rendered from templates (the `documents` feature):
//! the decision memo, *tjänsteutlåtande* ([`memo`]), the yearly accounts in Markdown and
//! HTML ([`accounts`]), and the decision card a notebook shows ([`card`]).
//!
//! The templates are data: `core/templates/*.j2` hold the layout, the wording
//! catalogue's `doc-` keys (`core/words/*.ftl`) every fixed word in Swedish and English, and the rendering
//! code only fills a view of preformatted values, so that amounts, scores and labels come from
//! the one formatter of [`crate::text`]. [MiniJinja](https://docs.rs/minijinja) renders them;
//! values are escaped for the output format (HTML, or Markdown's special characters), so a
//! name in a case cannot inject markup.

pub mod accounts;
pub mod card;
pub mod memo;

use crate::error::{Error, ErrorCode, Problem, Problems};
use crate::message::Arg;
use crate::text::Lang;
use crate::words::w;
use minijinja::value::{Serde, Value};
use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

/// The output format of a document.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::Display, strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum Format {
    /// Markdown (CommonMark with pipe tables).
    #[default]
    Md,
    /// Self-contained HTML with print CSS for A4.
    Html,
}

impl Format {
    /// The format by its name (`md`, `markdown` or `html`); `None` for any other.
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "md" | "markdown" => Some(Format::Md),
            "html" => Some(Format::Html),
            _ => None,
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
        }
    }
}

/// The templates, by name: `<document>.<format>`.
const TEMPLATES: &[(&str, &str)] = &[
    ("memo.md", include_str!("../../templates/memo.md.j2")),
    ("memo.html", include_str!("../../templates/memo.html.j2")),
    ("accounts.md", include_str!("../../templates/accounts.md.j2")),
    ("accounts.html", include_str!("../../templates/accounts.html.j2")),
    ("card.html", include_str!("../../templates/card.html.j2")),
];

/// The page's print CSS (memo, accounts) and the card's, put into the documents as they are.
const PRINT_CSS: &str = include_str!("../../templates/print.css");
const CARD_CSS: &str = include_str!("../../templates/card.css");

/// The fixed words of the documents in `lang`: the catalogue's `doc-` keys, by the rest of
/// their name (`doc-memo_title` is `t.memo_title` in a template).
fn labels(lang: Lang) -> BTreeMap<&'static str, &'static str> {
    crate::words::family("doc-", lang).collect()
}

/// One fixed word of the documents in `lang` (the catalogue's `doc-<key>`), for reports made
/// outside the templates (the CLI's text report) to use the same words.
///
/// # Errors
/// [`Error::Internal`] for a key the catalogue does not have (a bug).
pub fn label(key: &str, lang: Lang) -> Result<&'static str, Error> {
    crate::words::named(&format!("doc-{key}"), lang).ok_or_else(|| internal(&format!("no label `{key}`")))
}

/// Renders the document `name` in `format` from `view`, with the labels of `lang` as `t`.
pub(crate) fn render<V: serde::Serialize>(name: &str, format: Format, lang: Lang, view: &V) -> Result<String, Error> {
    // The templates are parsed once per process, not per document.
    static ENV: OnceLock<Result<Environment<'static>, String>> = OnceLock::new();
    let env = ENV.get_or_init(|| environment().map_err(|e| e.to_string())).as_ref().map_err(|e| internal(e))?;
    let template = env.get_template(&format!("{name}.{}", format.extension())).map_err(|e| internal(&e.to_string()))?;
    // The card is a fragment inside a notebook: its own small style, not the page's.
    let style = if name == "card" { CARD_CSS } else { PRINT_CSS };
    let mut context = BTreeMap::new();
    context.insert("t", Value::from(Serde(labels(lang))));
    context.insert("m", Value::from(Serde(view)));
    context.insert("lang", Value::from(<&str>::from(lang)));
    context.insert("style", Value::from_safe_string(style.strip_suffix('\n').unwrap_or(style).to_owned()));
    let mut out = template.render(Value::from(Serde(context))).map_err(|e| internal(&e.to_string()))?;
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Ok(out)
}

fn environment() -> Result<Environment<'static>, Error> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_syntax(
        minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .build()
            .map_err(|e| internal(&e.to_string()))?,
    );
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html") {
            AutoEscape::Html
        } else if name.ends_with(".md") {
            AutoEscape::Custom("markdown".into())
        } else {
            AutoEscape::None
        }
    });
    env.set_formatter(|out, state, value| {
        if is_markdown(state) && !value.is_safe() {
            let text = value.to_string();
            out.write_str(&escape_markdown(&text)).map_err(minijinja::Error::from)
        } else if matches!(state.auto_escape(), AutoEscape::Html) && !value.is_safe() && value.as_str().is_some() {
            // Text from a case: escaped, and its control and invisible characters named.
            out.write_str(&escape_html(value.as_str().unwrap_or_default())).map_err(minijinja::Error::from)
        } else {
            minijinja::escape_formatter(out, state, value)
        }
    });
    for (name, source) in TEMPLATES {
        env.add_template(name, source).map_err(|e| internal(&e.to_string()))?;
    }
    Ok(env)
}

fn is_markdown(state: &minijinja::State) -> bool {
    matches!(state.auto_escape(), AutoEscape::Custom(name) if name == "markdown")
}

/// Markdown's structural characters escaped, line breaks as spaces: a value stays one
/// line and one table cell (a `|` is `\|`, which GitHub-flavoured tables read as a pipe),
/// and cannot open a link, an emphasis, a code span or a heading. A control character or an
/// invisible formatting one (a bidirectional override, a zero-width space) is shown by its
/// code point, so that a signed document neither hides nor reorders what a case says.
fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c if shown_by_code_point(c) => code_point(c, &mut out),
            c => out.push(c),
        }
    }
    out
}

/// A character a document shows by its code point instead of printing it.
fn shown_by_code_point(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) || crate::error::invisible(c)
}

/// `‹U+202E›`: a character named where it stood.
fn code_point(c: char, out: &mut String) {
    let _ = write!(out, "‹U+{:04X}›", u32::from(c));
}

fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c if shown_by_code_point(c) => code_point(c, &mut out),
            c => out.push(c),
        }
    }
    out
}

/// A failure of the library's own templates (a bug, which the snapshot tests catch).
fn internal(what: &str) -> Error {
    let message = w!(DocumentsDocumentTemplateFailedWhat { what: Arg::Str(what.to_string().into()) }).text();
    Error::Internal(Problems::one(Problem::new(ErrorCode::Internal, "", message)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::memo::MemoOptions;
    use crate::pack::Policy;

    fn case(title: &str, name: &str) -> String {
        serde_json::json!({
            "id": "k1", "title": title, "decided_on": "2025-02-01",
            "requirements": [{"id": "r", "text": "A | B", "priority": "must"}],
            "benefit_assessment": {"done": true},
            "candidates": [{"id": "a", "name": name, "origin": "market", "covers": ["r"],
                "cost": {"one_off_sek": 1000, "yearly_sek": 2000}, "strategic_importance": 3, "delivery_ability": 3}]
        })
        .to_string()
    }

    fn memo(title: &str, name: &str, lang: Lang, format: Format) -> String {
        let policy = Policy::sll_2016().unwrap();
        let case = policy.parse_case(&case(title, name)).unwrap();
        policy.memo(&case, &MemoOptions { lang, format, ..Default::default() }).unwrap()
    }

    #[test]
    fn every_label_has_both_languages() {
        let (sv, en) = (labels(Lang::Sv), labels(Lang::En));
        assert!(sv.len() > 60 && sv.len() == en.len());
        for ((ks, s), (ke, e)) in sv.iter().zip(&en) {
            assert_eq!(ks, ke);
            assert!(!s.trim().is_empty() && !e.trim().is_empty(), "label `{ks}`");
        }
    }

    #[test]
    fn html_escapes_what_a_case_says() {
        let html = memo("<script>alert(1)</script>", "A&B <b>", Lang::En, Format::Html);
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;"));
        assert!(html.contains("A&amp;B &lt;b&gt;"));
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    }

    #[test]
    fn markdown_keeps_a_name_in_its_table_cell() {
        let md = memo("Title *bold* [link](x)", "Name | with pipe\nand # line", Lang::Sv, Format::Md);
        assert!(md.contains("\n# Title \\*bold\\* \\[link\\](x)\n"), "{md}");
        assert!(md.contains("TJÄNSTEUTLÅTANDE"), "{md}");
        assert!(md.contains("Name \\| with pipe and \\# line"), "{md}");
        assert!(md.contains("- A \\| B (ska)"), "{md}");
        // Every table row has as many cells as its header.
        for block in md.split("\n\n").filter(|b| b.starts_with('|')) {
            let cells: Vec<usize> = block.lines().map(|l| l.replace("\\|", "").matches('|').count()).collect();
            assert!(cells.windows(2).all(|w| w[0] == w[1]), "{block}");
        }
    }

    #[test]
    fn a_value_is_text_its_control_and_invisible_characters_named() {
        let env = environment().unwrap();
        let render = |name: &str, source: &str, value: &str| {
            env.template_from_named_str(name, source).unwrap().render(minijinja::context! { v => value }).unwrap()
        };
        // Backticks from a case are text, never a code span; a pipe stays in its cell.
        assert_eq!(render("x.md", "{{ v }}", "a `b|c` d_e"), "a \\`b\\|c\\` d\\_e");
        assert_eq!(render("x.html", "{{ v }}", "a `<b>` c"), "a `&lt;b&gt;` c");
        // NUL, backspace, ESC (a terminal's clipboard and screen codes) and a right-to-left
        // override are named where they stood, in both formats.
        let hostile = "x\u{0}\u{8}\u{1b}]52;c;aGk=\u{7}\u{1b}[2J\u{202e}gnp.exe";
        for name in ["x.md", "x.html"] {
            let out = render(name, "{{ v }}", hostile);
            assert!(!out.chars().any(|c| c.is_control() || crate::error::invisible(c)), "{name}: {out:?}");
            assert!(out.contains("‹U+0000›") && out.contains("‹U+001B›") && out.contains("‹U+202E›gnp.exe"), "{out}");
        }
    }

    #[test]
    fn a_missing_label_is_an_error_not_an_empty_string() {
        let env = environment().unwrap();
        let t = env.template_from_named_str("x.md", "{{ t.nothing }}").unwrap();
        assert!(t.render(minijinja::context! { t => BTreeMap::<String, String>::new() }).is_err());
    }

    #[test]
    fn formats_parse_by_name() {
        assert_eq!(Format::parse("md"), Some(Format::Md));
        assert_eq!(Format::parse("markdown"), Some(Format::Md));
        assert_eq!(Format::parse("html"), Some(Format::Html));
        assert_eq!(Format::parse("pdf"), None);
    }
}
