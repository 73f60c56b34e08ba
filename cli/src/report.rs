//! The readable text report of a decision.

use digipolicy::{
    clauses, kronor, AlignmentSet, Case, Classification, Comparison, Decision, Initiative, Lang, Outcome, Policy,
    Review, Scope, Sensitivity,
};
use std::fmt::Write;

/// The catalogue's word `key` (a `cli-` key of `core/words/*.ftl`) in `lang`.
fn t(lang: Lang, key: &str) -> String {
    digipolicy::word(key, lang).unwrap_or(key).to_owned()
}

/// The catalogue's word `key` with its values filled in, in both languages. A word read by
/// name takes its values as `{0}`, `{1}`, … in the order of their names in the catalogue
/// (`cli-line-too-long` has `$line` and `$max`: `values` is `[line, max]`).
pub fn word_with(key: &str, values: &[&str]) -> digipolicy::Text {
    let fill = |lang| {
        let mut text = digipolicy::word(key, lang).unwrap_or(key).to_owned();
        for (i, value) in values.iter().enumerate() {
            text = text.replace(&format!("{{{i}}}"), value);
        }
        text
    };
    digipolicy::Text::new(fill(Lang::Sv), fill(Lang::En))
}

/// Rows as an aligned table without borders (comfy-table), the first row the header.
pub fn table(rows: &[Vec<String>]) -> String {
    let mut t = comfy_table::Table::new();
    t.load_preset(comfy_table::presets::NOTHING);
    if let Some((head, body)) = rows.split_first() {
        t.set_header(head.clone());
        for row in body {
            t.add_row(row.clone());
        }
    }
    let mut out = String::new();
    for line in t.lines() {
        out.push(' ');
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// `text` with every control character except newline and tab, and every bidirectional
/// override or isolate, written as a `\u{…}` escape: ids and names from an input cannot
/// move the cursor, recolour the terminal or reorder what a reader sees.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}');
        if (c.is_control() && c != '\n' && c != '\t') || bidi {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// Renders `decision` of `case` as a report in `lang`.
pub fn render(case: &Case, decision: &Decision, policy: &Policy, lang: Lang) -> String {
    let mut out = String::new();
    let name_of = |id: &str| name_of(case, id);
    let _ = writeln!(out, "{} {}: {}", t(lang, "cli-case"), decision.case_id, case.title);
    let _ = writeln!(
        out,
        "{} · {} {} {}",
        policy.pack().title.get(lang),
        t(lang, "cli-cost-counted-over"),
        decision.horizon_years,
        t(lang, "cli-years")
    );
    let status = decision.status.label().get(lang).to_owned();
    let _ = writeln!(out, "{}: {status}", t(lang, "cli-status"));
    if let Some(date) = &decision.as_of {
        let _ = writeln!(out, "{}: {date} ({})", t(lang, "cli-decision-date"), t(lang, "cli-given-when-run"));
    }
    let route = decision.route.map_or_else(|| "–".to_owned(), |r| r.label().get(lang).to_owned());
    let _ = writeln!(out, "{}: {route}", t(lang, "cli-route"));
    let selected = decision.selected.as_deref().map_or_else(|| "–".to_owned(), |id| format!("{} ({id})", name_of(id)));
    let _ = writeln!(out, "{}: {selected}", t(lang, "cli-selected"));

    out.push_str(&ranking_section(case, decision, lang));
    out.push_str(&findings_section(decision, policy, lang));
    out.push('\n');
    out.push_str(&review_section(&decision.review, policy, lang));

    let _ = writeln!(out, "\n{}", t(lang, "cli-how-case-was-tried"));
    for (i, s) in decision.trace.iter().enumerate() {
        let _ = writeln!(out, "  {}. {}: {}", i + 1, cited(policy, &s.clause, lang), s.message.get(lang));
    }
    out
}

/// A clause as a person cites it: its title and where it stands ("Samordnad anskaffning,
/// policyn § 5.9"), never its id.
fn cited(policy: &Policy, clause: &str, lang: Lang) -> String {
    let place = clauses::citation(clause).get(lang).to_owned();
    match policy.clause(clause) {
        Some(c) => format!("{} ({place})", c.title.get(lang)),
        None => place,
    }
}

/// The name of candidate `id` in `case`, or the id when no candidate has it.
fn name_of(case: &Case, id: &str) -> String {
    case.candidates.iter().find(|c| c.id == id).map_or(id.to_owned(), |c| c.name.clone())
}

/// The ranking table and the co-development partners, empty without candidates.
fn ranking_section(case: &Case, decision: &Decision, lang: Lang) -> String {
    let mut out = String::new();
    let name_of = |id: &str| name_of(case, id);
    if !decision.candidates.is_empty() {
        let _ = writeln!(out, "\n{}", t(lang, "cli-ranking"));
        let mut rows = vec![vec![
            t(lang, "cli-rank"),
            t(lang, "cli-candidate"),
            t(lang, "cli-stage"),
            t(lang, "cli-meets-need"),
            t(lang, "cli-tco"),
            t(lang, "cli-cost"),
            t(lang, "cli-strategy"),
            t(lang, "cli-delivery"),
            t(lang, "cli-total"),
            t(lang, "cli-missing"),
        ]];
        let mut order: Vec<_> = decision.candidates.iter().collect();
        order.sort_by_key(|c| (c.rank.unwrap_or(u32::MAX), c.id.clone()));
        for c in order {
            let score = |x: Option<f64>| x.map_or_else(|| "–".to_owned(), |v| digipolicy::score_brief(v, lang));
            let stage =
                if c.co_development { t(lang, "cli-co-development") } else { c.stage.label().get(lang).to_owned() };
            rows.push(vec![
                c.rank.map_or_else(|| "–".to_owned(), |r| r.to_string()),
                name_of(&c.id),
                stage,
                if c.meets_need { t(lang, "cli-yes") } else { t(lang, "cli-no") },
                kronor(u64::try_from(c.tco_sek).unwrap_or(0)).get(lang).to_owned(),
                score(c.scores.map(|s| s.cost)),
                score(c.scores.map(|s| s.strategic_importance)),
                score(c.scores.map(|s| s.delivery_ability)),
                score(c.scores.map(|s| s.total)),
                c.missing.join(", "),
            ]);
        }
        out.push_str(&table(&rows));
        for c in decision.candidates.iter().filter(|c| c.co_development) {
            let partners: Vec<String> = c
                .partners
                .iter()
                .map(|p| p.code.as_ref().map_or_else(|| p.name.clone(), |code| format!("{} ({code})", p.name)))
                .collect();
            let _ = writeln!(out, "  {}: {} {}", name_of(&c.id), t(lang, "cli-together"), partners.join(", "));
        }
    }

    out
}

/// Findings, open deviations, what would change the outcome and missing evidence.
fn findings_section(decision: &Decision, policy: &Policy, lang: Lang) -> String {
    let mut out = String::new();
    if !decision.findings.is_empty() {
        let _ = writeln!(out, "\n{}", t(lang, "cli-findings"));
        for f in &decision.findings {
            let _ = writeln!(
                out,
                "  {}, {}: {}",
                f.severity.label().get(lang),
                cited(policy, &f.clause, lang),
                f.message.get(lang)
            );
            if let Some(text) = &f.justified {
                let _ = writeln!(out, "    {}: {text}", t(lang, "cli-justified"));
            }
        }
    }
    if !decision.open_deviations.is_empty() {
        let _ = writeln!(out, "\n{}", t(lang, "cli-deviations-not-yet-justified"));
        for d in &decision.open_deviations {
            let _ = writeln!(out, "  {}: {}", cited(policy, &d.clause, lang), d.message.get(lang));
        }
    }

    let gaps: Vec<_> = decision.candidates.iter().filter(|c| !c.missing.is_empty()).collect();
    if !gaps.is_empty() {
        let _ = writeln!(out, "\n{}", t(lang, "cli-what-would-change-outcome"));
        for c in gaps {
            let _ = writeln!(out, "  {} {}: {}", c.name, t(lang, "cli-lacks"), c.missing.join(", "));
        }
    }
    if !decision.missing_evidence.is_empty() {
        let _ = writeln!(out, "\n{}", t(lang, "cli-evidence-needed-before-decision"));
        for e in &decision.missing_evidence {
            let _ = writeln!(out, "  – {}", first_upper(&in_words(&decision.review, e, lang)));
        }
    }

    out
}

fn outcome(o: Outcome, lang: Lang) -> String {
    match o {
        Outcome::Met => t(lang, "cli-met"),
        Outcome::NotMet => t(lang, "cli-not-met"),
        Outcome::NotKnown => t(lang, "cli-not-known"),
        Outcome::NotApplicable => t(lang, "cli-not-applicable"),
    }
}

fn review_section(review: &Review, policy: &Policy, lang: Lang) -> String {
    let mut out = String::new();
    let c = review.counts;
    let _ = writeln!(
        out,
        "{} ({}, {}, {}, {})",
        t(lang, "cli-principles"),
        counted(c.met, Outcome::Met, lang),
        counted(c.not_met, Outcome::NotMet, lang),
        counted(c.not_known, Outcome::NotKnown, lang),
        counted(c.not_applicable, Outcome::NotApplicable, lang)
    );
    let mut rows = Vec::new();
    for r in &review.results {
        let title = policy.clause(&r.clause).map(|c| c.title.get(lang).to_owned()).unwrap_or_default();
        let severity = r.severity.map_or_else(String::new, |s| s.label().get(lang).to_owned());
        rows.push(vec![
            title,
            clauses::citation(&r.clause).get(lang).to_owned(),
            outcome(r.outcome, lang),
            severity,
            r.message.get(lang).into_owned(),
        ]);
    }
    out.push_str(&table(&rows));
    out.push_str(&open_questions(review, policy, lang));
    out
}

/// How many principles had an outcome, with the Swedish plural ("1 uppfylld", "2 uppfyllda").
fn counted(n: u32, o: Outcome, lang: Lang) -> String {
    let word = match (o, n == 1) {
        (Outcome::Met, true) => t(lang, "cli-met"),
        (Outcome::Met, false) => t(lang, "cli-met-2"),
        (Outcome::NotMet, true) => t(lang, "cli-not-met"),
        (Outcome::NotMet, false) => t(lang, "cli-not-met-2"),
        (Outcome::NotKnown, true) => t(lang, "cli-not-known-2"),
        (Outcome::NotKnown, false) => t(lang, "cli-not-known-3"),
        (Outcome::NotApplicable, true) => t(lang, "cli-not-applicable"),
        (Outcome::NotApplicable, false) => t(lang, "cli-not-applicable-2"),
    };
    format!("{n} {word}")
}

/// What would settle the principles not known, as the questions the form asks, under the
/// principle they settle; a question asked for two principles is listed once.
fn open_questions(review: &Review, policy: &Policy, lang: Lang) -> String {
    let mut out = String::new();
    if review.missing_evidence.is_empty() {
        return out;
    }
    let _ = writeln!(out, "\n{}", t(lang, "cli-what-would-settle-what"));
    let mut asked = std::collections::BTreeSet::new();
    for r in review.results.iter().filter(|r| !r.missing_evidence.is_empty()) {
        let fresh: Vec<&str> =
            r.missing_evidence.iter().map(|f| f.as_ref()).filter(|f| asked.insert(f.to_owned())).collect();
        if fresh.is_empty() {
            continue;
        }
        let _ = writeln!(out, "  {}:", cited(policy, &r.clause, lang));
        for field in fresh {
            let _ = writeln!(out, "    – {}", first_upper(&in_words(review, field, lang)));
        }
    }
    out
}

/// The question a person is asked for the evidence at `field` (the rule's words for a field
/// no question asks, and the path's words for one no rule labels).
fn in_words(review: &Review, field: &str, lang: Lang) -> String {
    if let Some(q) = digipolicy::question(field) {
        return q.get(lang).to_owned();
    }
    review.evidence_label(field).map_or_else(|| field.replace(['.', '_'], " "), |m| m.get(lang).into_owned())
}

/// `text` with its first letter in upper case.
fn first_upper(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// Renders a review on its own.
pub fn render_review(review: &Review, policy: &Policy, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} {} · {}\n", t(lang, "cli-case"), review.case_id, policy.pack().title.get(lang));
    out.push_str(&review_section(review, policy, lang));
    out
}

/// Renders a scope result.
pub fn render_scope(scope: &Scope, lang: Lang) -> String {
    let yes_no = |b: bool| if b { t(lang, "cli-yes") } else { t(lang, "cli-no") };
    let mut out = String::new();
    if let Some(name) = &scope.organisation {
        let _ = writeln!(out, "{}: {name}", t(lang, "cli-organisation"));
    }
    let _ = writeln!(out, "{}: {}", t(lang, "cli-policy-applies"), yes_no(scope.applies));
    let _ = writeln!(
        out,
        "{}: {}",
        t(lang, "cli-overrides-local-governing-documents"),
        yes_no(scope.overrides_local_documents)
    );
    let _ = writeln!(out, "{}: {}", t(lang, "cli-outcome"), outcome(scope.result.outcome, lang));
    let _ = writeln!(out, "{} {}", scope.clause, scope.result.message.get(lang));
    out
}

/// Renders a classification.
pub fn render_classification(c: &Classification, initiative: &Initiative, lang: Lang) -> String {
    let class = serde_json::to_value(c.class).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    format!(
        "{}: {}\n{}: {class}\n{} {}\n",
        t(lang, "cli-initiative"),
        initiative.title,
        t(lang, "cli-class"),
        c.clause,
        c.message.get(lang)
    )
}

/// Renders a comparison of two packs.
pub fn render_comparison(c: &Comparison, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "A: {} {}   B: {} {}", c.policy_a.id, c.policy_a.version, c.policy_b.id, c.policy_b.version);
    for p in &c.changed_parameters {
        let _ = writeln!(out, "  {}: {} → {}", p.name, p.a, p.b);
    }
    let n = c.counts;
    let _ = writeln!(
        out,
        "{}: {}  {}: {}  {}: {}  {}: {}  {}: {}",
        t(lang, "cli-cases"),
        n.cases,
        t(lang, "cli-route-changed"),
        n.route_changed,
        t(lang, "cli-selection-changed"),
        n.selection_changed,
        t(lang, "cli-status-changed"),
        n.status_changed,
        t(lang, "cli-invalid"),
        n.errors
    );
    for case in
        c.cases.iter().filter(|x| x.route_changed || x.selection_changed || x.status_changed || x.error.is_some())
    {
        let why = case.error.clone().unwrap_or_else(|| case.reason.get(lang).to_owned());
        let _ = writeln!(out, "  {}: {why}", case.case_id);
    }
    out
}

/// Renders a sensitivity analysis.
pub fn render_sensitivity(s: &Sensitivity, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {} · {}: {}",
        t(lang, "cli-case"),
        s.case_id,
        t(lang, "cli-selected-2"),
        s.selected.as_deref().unwrap_or("–")
    );
    let mut rows = vec![vec![
        t(lang, "cli-criterion"),
        t(lang, "cli-weight"),
        t(lang, "cli-threshold"),
        t(lang, "cli-factor"),
        t(lang, "cli-new-selection"),
    ]];
    for c in &s.criteria {
        let opt = |x: Option<f64>| x.map_or_else(|| "–".to_owned(), |v| v.to_string());
        rows.push(vec![
            c.criterion.clone(),
            c.weight.to_string(),
            opt(c.threshold),
            opt(c.factor),
            c.new_selected.clone().unwrap_or_else(|| "–".into()),
        ]);
    }
    out.push_str(&table(&rows));
    let _ = writeln!(out, "{}", s.message.get(lang));
    out
}

/// Renders initiatives traced through the regional strategy.
pub fn render_alignment(set: &AlignmentSet, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", t(lang, "cli-strategy-2"), set.strategy);
    for c in &set.caveats {
        let _ = writeln!(out, "  ! {}", c.get(lang));
    }
    for r in &set.results {
        let _ = writeln!(out, "  {}: {}", r.initiative_id, r.message.get(lang));
        for n in &r.notes {
            let _ = writeln!(out, "    {}: {}", t(lang, "cli-note"), n.get(lang));
        }
    }
    if !set.untraced_initiatives.is_empty() {
        let _ = writeln!(out, "{}: {}", t(lang, "cli-tracing-no-focus-area"), set.untraced_initiatives.join(", "));
    }
    if !set.unserved_focus_areas.is_empty() {
        let _ = writeln!(out, "{}: {}", t(lang, "cli-focus-areas-no-initiative"), set.unserved_focus_areas.join(", "));
    }
    out
}
