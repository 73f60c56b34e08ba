//! The Markdown memo read by a real GitHub-flavoured renderer (pulldown-cmark, tables on):
//! whatever a case says — pipes, backticks, emphasis marks, line breaks, control and
//! bidirectional characters — every table row keeps the cells of its header, and the
//! justification and the names come out as text.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use digipolicy::{Lang, MemoOptions, Policy};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde_json::json;

fn memo(lang: Lang) -> String {
    let case = json!({
        "id": "2025-1|2", "title": "Bokning | `kod` *fet* _kursiv_ \u{202e}txt.exe",
        "unit": "Vård|central\nrad två",
        "requirements": [{"id": "r|1", "text": "Krav med | pipa och `tick`", "priority": "must"}],
        "benefit_assessment": {"done": true, "summary": "Nytta | för `alla`"},
        "candidates": [
            {"id": "a|b", "name": "Namn | med `pipa|i kod`", "origin": "market", "covers": ["r|1"],
             "cost": {"one_off_sek": 1000, "yearly_sek": 2000}, "strategic_importance": 3, "delivery_ability": 3,
             "allows_new_solutions": false}
        ],
        "justifications": [{"clause": "innovation-strategy:6.3", "candidate": "a|b", "text": "Skälet | med `kod|span` och \u{1b}[2J slut"}]
    });
    let policy = Policy::sll_2016().unwrap();
    let case = policy.parse_case(&case.to_string()).unwrap();
    policy.memo(&case, &MemoOptions { lang, ..Default::default() }).unwrap()
}

/// Every table's rows as their cells' texts, the header first.
fn tables(md: &str) -> Vec<Vec<Vec<String>>> {
    let mut out: Vec<Vec<Vec<String>>> = Vec::new();
    let mut in_cell = false;
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Table(_)) => out.push(Vec::new()),
            Event::Start(Tag::TableHead | Tag::TableRow) => out.last_mut().unwrap().push(Vec::new()),
            Event::Start(Tag::TableCell) => {
                in_cell = true;
                out.last_mut().unwrap().last_mut().unwrap().push(String::new());
            }
            Event::End(TagEnd::TableCell) => in_cell = false,
            Event::Text(t) | Event::Code(t) if in_cell => {
                out.last_mut().unwrap().last_mut().unwrap().last_mut().unwrap().push_str(&t);
            }
            _ => {}
        }
    }
    out
}

#[test]
fn every_table_row_keeps_its_cells_and_the_justification_is_read_whole() {
    for lang in [Lang::Sv, Lang::En] {
        let md = memo(lang);
        let tables = tables(&md);
        assert!(tables.len() >= 3, "{tables:?}");
        let cells: Vec<&String> = tables.iter().flatten().flatten().collect();
        // The names and the justification are whole in their cells, pipes included.
        assert!(cells.iter().any(|c| c.starts_with("Namn | med `pipa|i kod`")), "{tables:?}");
        assert!(cells.iter().any(|c| c.contains("Skälet | med `kod|span` och ‹U+001B›[2J slut")), "{tables:?}\n{md}");
        assert!(cells.iter().any(|c| c.as_str() == "Krav med | pipa och `tick`"), "{tables:?}");
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, Parser::new_ext(&md, Options::ENABLE_TABLES));
        assert!(html.contains("Skälet | med `kod|span` och ‹U+001B›[2J slut"), "{html}");
        assert!(html.contains("Namn | med `pipa|i kod`"), "{html}");
        assert!(!html.contains("<code>") && !html.contains("<em>fet") && !html.contains("<strong>fet"), "{html}");
        assert!(!md.chars().any(|c| c == '\u{202e}' || c == '\u{1b}'), "{md}");
    }
}
