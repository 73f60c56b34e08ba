//! The principles' evidence as questions a form can ask: per reviewed clause its title and
//! summary (from the pack) and every field of the case that the rule reads, with the rule's
//! own wording as the question. A field that decides whether the principle applies at all
//! (e.g. `evidence.new_e_service`) comes first, as a `condition`.
//!
//! The list is read off the rules by reviewing two probe cases (one that says nothing, one
//! whose every condition holds), so it cannot drift from what the review asks; the request
//! form ships it as data (`core/packs/sll-2016.questions.json`, kept equal by a test).
//! Fields edited elsewhere in a form (a candidate's, the benefit assessment's) are left out.

use crate::model::review::PartForce;
use crate::pack::Policy;
use crate::text::Text;
use crate::words::{question, question_help};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The questions of one clause.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionGroup {
    /// The clause, e.g. `policy:5.1`.
    pub clause: String,
    /// Its title in the pack.
    pub title: Text,
    /// Its summary in the pack: a line of help for the reader.
    pub help: Text,
    /// The questions, conditions first.
    pub questions: Vec<Question>,
    /// What the answers mean, said once for the group: what a no to each kind of question
    /// here leads to, and that a question not answered is shown as missing evidence.
    pub answers: Text,
}

/// What the answers of a group mean, from the kinds of question in it.
fn answers(questions: &[Question]) -> Text {
    let has = |f: Option<PartForce>| questions.iter().any(|q| q.kind != QuestionKind::Condition && q.force == f);
    let mut keys = Vec::new();
    if questions.iter().any(|q| q.kind == QuestionKind::Condition) {
        keys.push("group-condition");
    }
    for (force, key) in
        [(PartForce::Shall, "group-shall"), (PartForce::Should, "group-should"), (PartForce::Goal, "group-goal")]
    {
        if has(Some(force)) {
            keys.push(key);
        }
    }
    keys.push("group-unknown");
    let texts: Vec<Text> = keys.into_iter().map(crate::words::text).collect();
    let join = |lang| texts.iter().map(|t| t.get(lang)).collect::<Vec<_>>().join(" ");
    Text::new(join(crate::text::Lang::Sv), join(crate::text::Lang::En))
}

/// What kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Yes, no or not known: whether the principle applies to the case.
    Condition,
    /// Yes, no or not known: evidence the principle reads.
    Answer,
    /// A list of language tags (an e-service's languages).
    Languages,
}

/// One question: the field of the case it fills and what it asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// The JSON path of the field in the case, e.g. `evidence.users_involved_early`.
    pub field: String,
    /// Condition, answer or languages.
    pub kind: QuestionKind,
    /// The force of the sentence it answers; `null` for a condition.
    pub force: Option<PartForce>,
    /// The question as a person is asked it, in Swedish and English (the catalogue's
    /// `ask-` key of the field; the rule's own wording where the catalogue has none).
    pub label: Text,
    /// A line of help under the question.
    pub help: Text,
}

/// A probe case: nothing said about an in-house candidate (`conditions: false`), or a market
/// purchase whose every condition of applicability holds, with an e-service described
/// (`conditions: true`).
fn probe(conditions: bool) -> String {
    let (origin, evidence) = if conditions {
        (
            "market",
            r#", "evidence": {"citizen_facing": true, "commercialisation_applicable": true, "new_e_service": true,
            "concerns_innovation": true, "test_environment_benefit": true}, "e_service": {}"#,
        )
    } else {
        ("in_house", "")
    };
    format!(
        r#"{{"id": "probe", "title": "probe", "requirements": [{{"id": "r", "priority": "must"}}],
        "benefit_assessment": {{"done": true}},
        "candidates": [{{"id": "c", "name": "c", "origin": "{origin}", "covers": ["r"],
          "cost": {{"one_off_sek": 0, "yearly_sek": 0}}, "strategic_importance": 3, "delivery_ability": 3}}]{evidence}}}"#
    )
}

/// Whether a form asks for the field here (not a candidate's or the benefit assessment's).
fn asked_here(field: &str) -> bool {
    ["evidence.", "governing_documents.", "e_service."].iter().any(|p| field.starts_with(p))
}

impl Policy {
    /// Every reviewed clause's questions, in review order; clauses with none are left out.
    pub fn questions(&self) -> Vec<QuestionGroup> {
        let review = |conditions: bool| {
            self.parse_case(&probe(conditions)).and_then(|c| self.review(&c)).map(|r| r.results).unwrap_or_default()
        };
        let (silent, full) = (review(false), review(true));
        let mut out = Vec::new();
        for result in &full {
            let mut questions: Vec<Question> = Vec::new();
            let said = |q: &[Question], field: &str| q.iter().any(|x| x.field == field);
            // Conditions: what the silent probe misses that no evidence item of the clause names.
            if let Some(s) = silent.iter().find(|s| s.clause == result.clause) {
                for path in &s.missing_evidence {
                    let item = full.iter().flat_map(|r| &r.evidence).any(|e| e.field == *path);
                    if let (false, Some(label)) = (item, crate::rules::principles::condition_label(path)) {
                        questions.push(Question {
                            field: path.to_string(),
                            kind: QuestionKind::Condition,
                            force: None,
                            label: question(path).unwrap_or(label),
                            help: question_help(path).unwrap_or_default(),
                        });
                    }
                }
            }
            // Evidence items of both probes: the silent one's first (e.g. whether the service
            // faces citizens), then what applies only when the conditions hold.
            let silent_items = silent.iter().filter(|s| s.clause == result.clause).flat_map(|s| &s.evidence);
            for e in silent_items.chain(&result.evidence).filter(|e| asked_here(&e.field)) {
                if !said(&questions, &e.field) {
                    let kind =
                        if e.field == "e_service.languages" { QuestionKind::Languages } else { QuestionKind::Answer };
                    questions.push(Question {
                        field: e.field.to_string(),
                        kind,
                        force: Some(e.force),
                        label: question(&e.field).unwrap_or_else(|| e.label.text()),
                        help: question_help(&e.field).unwrap_or_default(),
                    });
                }
            }
            if questions.is_empty() {
                continue;
            }
            let clause = self.clause(&result.clause);
            out.push(QuestionGroup {
                clause: result.clause.to_string(),
                title: clause.map(|c| c.title.clone()).unwrap_or_default(),
                help: clause.map(|c| c.summary.clone()).unwrap_or_default(),
                answers: answers(&questions),
                questions,
            });
        }
        out
    }
}
