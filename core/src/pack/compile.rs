//! Compiling a pack: the immutable [`Policy`] handle that decides.
//!
//! The rules are code; a pack (its format is [`crate::model::pack`]) only names and words
//! the clauses they cite and sets their parameters. A pack is validated when it is compiled:
//! every clause a rule cites must be in it, every text must have both languages, and the
//! parameters must be usable.

use crate::date::Date;
use crate::error::{quote, Error, ErrorCode, Problem, Problems};
use crate::input::check::MAX_SAFE_INTEGER;
use crate::input::limits::Limits;
use crate::input::regions::Regions;
use crate::message::Arg;
use crate::model::pack::{Clause, Document, Parameters, PolicyPack, PolicyRef};
use crate::rules::clauses::CITED;
use crate::rules::ranking::MilliWeights;
use crate::text::Text;
use crate::words::w;
use std::collections::{BTreeMap, BTreeSet};

/// The embedded default pack: Stockholm County Council's 2016 policy for innovation and
/// digitalisation with the two strategies adopted with it.
pub const SLL_2016_JSON: &str = include_str!("../../packs/sll-2016.json");

/// A compiled, immutable policy: build it once, share it between threads, decide with it.
///
/// Its methods are defined with the layer they belong to: compiling and reading the pack
/// here (`pack/compile.rs`); deciding, reviewing, scope, classification and reading inputs in
/// `engine/mod.rs` (whose docs list every group); the form's questions in
/// `engine/questions.rs`; records and verification in `audit/record.rs`; the yearly accounts
/// in `analysis/accounts.rs`; variants in `analysis/parameters.rs`; the memo in
/// `documents/memo.rs`.
#[derive(Debug, Clone)]
pub struct Policy {
    pack: PolicyPack,
    clause_index: BTreeMap<String, usize>,
    weights: MilliWeights,
    valid_from: Option<Date>,
    valid_to: Option<Date>,
    /// The last day each document is in force, in `pack.documents` order, parsed once here.
    document_ends: Vec<Option<Date>>,
    /// The regions a co-development may partner with, compiled for lookup.
    regions: Regions,
    /// The limits on the inputs this policy reads.
    limits: Limits,
    /// The pack's digest (`sha256:` of its canonical JSON), taken when first asked for: every
    /// record and verification names it, and the pack does not change.
    #[cfg(feature = "analysis")]
    digest: std::sync::OnceLock<String>,
}

impl Policy {
    /// The embedded default pack, SLL 2016. Tests check that it compiles, so this returns
    /// `Ok` in every released build; it returns a `Result` only so that no panic path exists.
    pub fn sll_2016() -> Result<Policy, Error> {
        Policy::from_json(SLL_2016_JSON)
    }

    /// Parses and compiles a pack from JSON.
    pub fn from_json(json: &str) -> Result<Policy, Error> {
        let pack: PolicyPack = crate::input::parse::parse(json).map_err(|p| Error::InvalidPolicy(Problems::one(p)))?;
        Policy::from_pack(pack)
    }

    /// Compiles a pack, rejecting one that a rule could not use.
    pub fn from_pack(pack: PolicyPack) -> Result<Policy, Error> {
        let mut problems = Vec::new();
        check_nonempty(&mut problems, "id", &pack.id);
        check_nonempty(&mut problems, "version", &pack.version);
        check_text(&mut problems, "title", &pack.title);
        let documents = check_documents(&mut problems, &pack.documents);
        let clause_index = check_clauses(&mut problems, &pack.clauses, &documents);
        let weights = check_parameters(&mut problems, &pack.parameters);
        let (valid_from, valid_to, document_ends) = check_dates(&mut problems, &pack);
        let regions = Regions::compile(&pack.regions, pack.deciding_region.as_deref())
            .map_err(|p| problems.extend(p))
            .unwrap_or_default();
        match Problems::from_vec(problems) {
            Some(p) => Err(Error::InvalidPolicy(p)),
            None => Ok(Policy {
                pack,
                clause_index,
                weights,
                valid_from,
                valid_to,
                document_ends,
                regions,
                limits: Limits::default(),
                #[cfg(feature = "analysis")]
                digest: std::sync::OnceLock::new(),
            }),
        }
    }

    /// The pack as data.
    pub fn pack(&self) -> &PolicyPack {
        &self.pack
    }

    /// The pack's id and version, as a decision records them.
    pub fn reference(&self) -> PolicyRef {
        PolicyRef { id: self.pack.id.clone(), version: self.pack.version.clone() }
    }

    /// Where the pack's digest is kept once taken (`audit::record` takes it).
    #[cfg(feature = "analysis")]
    pub(crate) fn digest_cell(&self) -> &std::sync::OnceLock<String> {
        &self.digest
    }

    /// The clause with this id, e.g. `policy:5.9`.
    pub fn clause(&self, id: &str) -> Option<&Clause> {
        self.clause_index.get(id).and_then(|&i| self.pack.clauses.get(i))
    }

    /// The limits on the inputs this policy reads (see [`Limits`]).
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// This policy with other input limits.
    pub fn with_limits(mut self, limits: Limits) -> Policy {
        self.limits = limits;
        self
    }

    /// The pack's regions, compiled.
    pub(crate) fn regions(&self) -> &Regions {
        &self.regions
    }

    /// The default horizon in years.
    pub fn default_horizon_years(&self) -> i64 {
        self.pack.parameters.default_horizon_years
    }

    pub(crate) fn milli_weights(&self) -> MilliWeights {
        self.weights
    }

    /// The pack's parameters.
    pub fn parameters(&self) -> &Parameters {
        &self.pack.parameters
    }

    /// The first and last day the pack is in force; `None` for an open end.
    pub fn validity(&self) -> (Option<Date>, Option<Date>) {
        (self.valid_from, self.valid_to)
    }

    /// Each document with the last day it is in force (`None` for an open end).
    pub fn documents_with_ends(&self) -> impl Iterator<Item = (&Document, Option<Date>)> {
        self.pack.documents.iter().zip(self.document_ends.iter().copied())
    }

    /// Whether the pack is in force on `date`.
    pub fn in_force_on(&self, date: Date) -> bool {
        self.valid_from.is_none_or(|f| f <= date) && self.valid_to.is_none_or(|t| date <= t)
    }

    /// The hint that names the documents this pack superseded, when it names any.
    fn superseded_hint(&self) -> Option<Text> {
        if self.pack.supersedes.is_empty() {
            return None;
        }
        let names = |sv: bool| {
            let items: Vec<String> = self
                .pack
                .supersedes
                .iter()
                .map(|d| {
                    let title = if sv { &d.title.sv } else { &d.title.en };
                    match &d.decided_on {
                        Some(on) => format!("{title} ({on})"),
                        None => title.to_string(),
                    }
                })
                .collect();
            crate::text::join(&items, "; ")
        };
        let documents = Arg::text(Text::new(names(true), names(false)));
        Some(w!(CompileSupersededApplied { documents }).text())
    }

    /// The problem with deciding a case dated `date` under this pack, when it is not in force
    /// then; the message names the documents it superseded for an earlier date.
    pub(crate) fn not_in_force(&self, date: Date, path: &str) -> Option<Problem> {
        if self.in_force_on(date) {
            return None;
        }
        let id = quote(&self.pack.id);
        let problem = match (self.valid_from, self.valid_to) {
            (Some(from), _) if date < from => {
                let mut p = Problem::new(
                    ErrorCode::NotInForce,
                    path,
                    w!(CompileDecisionDateBeforePack {
                        date: Arg::Str(quote(&date.to_string()).to_string().into()),
                        id: Arg::Str(id.to_string().into()),
                        value: Arg::Str(from.to_string().into())
                    })
                    .text(),
                );
                if let Some(hint) = self.superseded_hint() {
                    p = p.with_hint(hint);
                }
                p
            }
            (_, Some(to)) => Problem::new(
                ErrorCode::NotInForce,
                path,
                w!(CompileDecisionDateAfterPack {
                    date: Arg::Str(quote(&date.to_string()).to_string().into()),
                    id: Arg::Str(id.to_string().into()),
                    to: Arg::Str(to.to_string().into())
                })
                .text(),
            ),
            _ => Problem::new(
                ErrorCode::NotInForce,
                path,
                w!(CompilePackIdForceDate {
                    date: Arg::Str(date.to_string().into()),
                    id: Arg::Str(id.to_string().into())
                })
                .text(),
            ),
        };
        Some(problem)
    }
}

/// The documents' ids and titles; the set of document ids.
fn check_documents<'a>(problems: &mut Vec<Problem>, docs: &'a [Document]) -> BTreeSet<&'a str> {
    let mut documents = BTreeSet::new();
    for (i, doc) in docs.iter().enumerate() {
        let path = format!("documents[{i}]");
        check_nonempty(problems, &format!("{path}.id"), &doc.id);
        if !documents.insert(doc.id.as_str()) {
            problems.push(Problem::new(
                ErrorCode::DuplicateId,
                format!("{path}.id"),
                w!(CompileDocumentAppearsTwice { id: Arg::Str(quote(&doc.id).to_string().into()) }).text(),
            ));
        }
        check_text(problems, &format!("{path}.title"), &doc.title);
    }
    documents
}

/// Each clause id is `document:section` of a known document and unique, each text has both
/// languages, and every clause a rule cites is present; the index of clauses by id.
fn check_clauses(
    problems: &mut Vec<Problem>,
    clauses: &[Clause],
    documents: &BTreeSet<&str>,
) -> BTreeMap<String, usize> {
    let mut clause_index = BTreeMap::new();
    for (i, clause) in clauses.iter().enumerate() {
        let path = format!("clauses[{i}]");
        check_clause_id(problems, &path, &clause.id, documents);
        if clause_index.insert(clause.id.clone(), i).is_some() {
            problems.push(Problem::new(
                ErrorCode::InvalidClause,
                format!("{path}.id"),
                w!(CompileClauseAppearsTwice { id: Arg::Str(quote(&clause.id).to_string().into()) }).text(),
            ));
        }
        check_text(problems, &format!("{path}.title"), &clause.title);
        check_text(problems, &format!("{path}.summary"), &clause.summary);
    }
    for cited in CITED {
        if !clause_index.contains_key(*cited) {
            problems.push(
                Problem::new(
                    ErrorCode::MissingClause,
                    "clauses",
                    w!(CompilePackLacksClauseWhich { cited: Arg::Str(quote(cited).to_string().into()) }).text(),
                )
                .with_hint(w!(COMPILE_EVERY_CLAUSE_DIGIPOLICY_RULES).text()),
            );
        }
    }
    clause_index
}

fn check_clause_id(problems: &mut Vec<Problem>, path: &str, id: &str, documents: &BTreeSet<&str>) {
    match id.split_once(':') {
        Some((doc, section)) if !section.is_empty() => {
            if !documents.contains(doc) {
                problems.push(
                    Problem::new(
                        ErrorCode::InvalidClause,
                        format!("{path}.id"),
                        w!(CompileClauseNamesUnknownDocument {
                            doc: Arg::Str(quote(doc).to_string().into()),
                            id: Arg::Str(quote(id).to_string().into())
                        })
                        .text(),
                    )
                    .with_hint(w!(COMPILE_ADD_DOCUMENT_DOCUMENTS).text()),
                );
            }
        }
        _ => problems.push(
            Problem::new(
                ErrorCode::InvalidClause,
                format!("{path}.id"),
                w!(CompileClauseIdFormDocument { id: Arg::Str(quote(id).to_string().into()) }).text(),
            )
            .with_hint(w!(COMPILE_E_G_POLICY).text()),
        ),
    }
}

/// The horizon, the weights (in thousandths) and the threshold are usable.
fn check_parameters(problems: &mut Vec<Problem>, params: &Parameters) -> MilliWeights {
    if !(1..=50).contains(&params.default_horizon_years) {
        problems.push(Problem::new(ErrorCode::InvalidParameter, "parameters.default_horizon_years", {
            let shown = quote(&params.default_horizon_years.to_string());
            w!(CompileDefaultHorizonShownOutside { shown: Arg::Str(shown.to_string().into()) }).text()
        }));
    }
    let w = params.weights;
    let cost = milli(problems, "parameters.weights.cost", w.cost);
    let strategic_importance = milli(problems, "parameters.weights.strategic_importance", w.strategic_importance);
    let delivery_ability = milli(problems, "parameters.weights.delivery_ability", w.delivery_ability);
    let weights = MilliWeights {
        cost: cost.unwrap_or(0),
        strategic_importance: strategic_importance.unwrap_or(0),
        delivery_ability: delivery_ability.unwrap_or(0),
    };
    if cost.is_some() && strategic_importance.is_some() && delivery_ability.is_some() && weights.sum() == 0 {
        problems.push(
            Problem::new(ErrorCode::InvalidParameter, "parameters.weights", w!(COMPILE_WEIGHTS_ALL_ZERO).text())
                .with_hint(w!(COMPILE_GIVE_LEAST_ONE_CRITERION).text()),
        );
    }
    if let Some(t) = params.materiality_threshold_sek {
        if !(0..=MAX_SAFE_INTEGER).contains(&t) {
            problems.push(Problem::new(
                ErrorCode::InvalidParameter,
                "parameters.materiality_threshold_sek",
                w!(CompileThresholdOutsideKronor { t: Arg::Str(quote(&t.to_string()).to_string().into()) }).text(),
            ));
        }
    }
    weights
}

/// The pack's, each document's and each superseded document's dates; the pack's window and
/// each document's last day.
fn check_dates(problems: &mut Vec<Problem>, pack: &PolicyPack) -> (Option<Date>, Option<Date>, Vec<Option<Date>>) {
    let valid_from = check_date(problems, "valid_from", pack.valid_from.as_deref());
    let valid_to = check_date(problems, "valid_to", pack.valid_to.as_deref());
    check_window(problems, "valid_to", valid_from, valid_to);
    let mut document_ends = Vec::with_capacity(pack.documents.len());
    for (i, doc) in pack.documents.iter().enumerate() {
        let from = check_date(problems, &format!("documents[{i}].valid_from"), doc.valid_from.as_deref());
        let to = check_date(problems, &format!("documents[{i}].valid_to"), doc.valid_to.as_deref());
        check_window(problems, &format!("documents[{i}].valid_to"), from, to);
        document_ends.push(to);
    }
    for (i, old) in pack.supersedes.iter().enumerate() {
        check_nonempty(problems, &format!("supersedes[{i}].id"), &old.id);
        check_text(problems, &format!("supersedes[{i}].title"), &old.title);
        let decided = check_date(problems, &format!("supersedes[{i}].decided_on"), old.decided_on.as_deref());
        if let (Some(d), Some(from)) = (decided, valid_from) {
            if d >= from {
                problems.push(Problem::new(
                    ErrorCode::InvalidValue,
                    format!("supersedes[{i}].decided_on"),
                    w!(CompileSupersededDocumentDecidedD {
                        d: Arg::Str(d.to_string().into()),
                        value: Arg::Str(from.to_string().into())
                    })
                    .text(),
                ));
            }
        }
    }
    if let Some(note) = &pack.date_note {
        check_text(problems, "date_note", note);
    }
    (valid_from, valid_to, document_ends)
}

fn check_date(problems: &mut Vec<Problem>, path: &str, value: Option<&str>) -> Option<Date> {
    crate::date::parse_at(path, value?).map_err(|p| problems.push(p)).ok()
}

fn check_window(problems: &mut Vec<Problem>, path: &str, from: Option<Date>, to: Option<Date>) {
    if let (Some(from), Some(to)) = (from, to) {
        if to < from {
            problems.push(Problem::new(
                ErrorCode::InvalidValue,
                path,
                w!(CompileEndsBeforeStartsFrom {
                    to: Arg::Str(to.to_string().into()),
                    value: Arg::Str(from.to_string().into())
                })
                .text(),
            ));
        }
    }
}

fn check_nonempty(problems: &mut Vec<Problem>, path: &str, value: &str) {
    if value.trim().is_empty() {
        problems.push(Problem::new(ErrorCode::EmptyValue, path, w!(COMPILE_EMPTY).text()));
    }
}

/// Both wordings of a text are present (shared with the regional pack's check).
pub(crate) fn check_text(problems: &mut Vec<Problem>, path: &str, text: &Text) {
    for (lang, value) in [("sv", &text.sv), ("en", &text.en)] {
        if value.trim().is_empty() {
            problems.push(
                Problem::new(
                    ErrorCode::MissingLanguage,
                    format!("{path}.{lang}"),
                    w!(CompileLangWordingMissing { lang: Arg::Str(lang.to_string().into()) }).text(),
                )
                .with_hint(w!(COMPILE_EVERY_TEXT_NEEDS_BOTH).text()),
            );
        }
    }
}

/// A weight in thousandths, or a problem when it is negative, too large, not finite or
/// finer than a thousandth.
fn milli(problems: &mut Vec<Problem>, path: &str, w: f64) -> Option<u64> {
    // A whole weight as it was written (`-1`, not `-1.0`).
    #[expect(clippy::cast_possible_truncation, reason = "whole and below 2^53 in magnitude: exact")]
    let whole = (w.is_finite() && w.fract() == 0.0 && w.abs() < 9.0e15).then(|| (w as i64).to_string());
    let shown = quote(&whole.unwrap_or_else(|| crate::text::float_text(w)));
    if !w.is_finite() || w < 0.0 {
        let message = w!(CompileWeightShownNegative { shown: Arg::Str(shown.to_string().into()) }).text();
        problems.push(Problem::new(ErrorCode::InvalidParameter, path, message));
        return None;
    }
    if w > 1000.0 {
        let message = w!(CompileWeightShownAbove { shown: Arg::Str(shown.to_string().into()) }).text();
        problems.push(Problem::new(ErrorCode::InvalidParameter, path, message));
        return None;
    }
    let scaled = (w * 1000.0).round();
    if (scaled - w * 1000.0).abs() > 1e-6 {
        problems.push(
            Problem::new(
                ErrorCode::InvalidParameter,
                path,
                w!(CompileWeightShownHasMore { shown: Arg::Str(shown.to_string().into()) }).text(),
            )
            .with_hint(w!(COMPILE_WEIGHTS_COMPARED_EXACTLY_THOUSANDTHS).text()),
        );
        return None;
    }
    // `scaled` is a whole number in 0..=1_000_000, so the conversion is exact.
    #[expect(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a whole number in 0..=1,000,000")]
    Some(scaled as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::pack::Weights;

    fn pack() -> PolicyPack {
        serde_json::from_str(SLL_2016_JSON).unwrap()
    }

    fn codes(err: Error) -> Vec<(ErrorCode, String)> {
        err.problems().iter().map(|p| (p.code, p.path.clone())).collect()
    }

    #[test]
    fn embedded_pack_compiles_and_holds_every_cited_clause() {
        let policy = Policy::sll_2016().unwrap();
        for id in CITED {
            assert!(policy.clause(id).is_some(), "{id}");
        }
        assert_eq!(policy.default_horizon_years(), 5);
        assert_eq!(
            policy.milli_weights(),
            MilliWeights { cost: 1000, strategic_importance: 1000, delivery_ability: 1000 }
        );
    }

    #[test]
    fn pack_missing_a_cited_clause_is_rejected() {
        let mut p = pack();
        p.clauses.retain(|c| c.id != "policy:5.6");
        let err = Policy::from_pack(p).unwrap_err();
        assert_eq!(codes(err.clone()), vec![(ErrorCode::MissingClause, "clauses".into())]);
        assert!(err.to_string().contains("`policy:5.6`"), "{err}");
    }

    #[test]
    fn pack_lacking_a_language_is_rejected_with_its_path() {
        let mut p = pack();
        p.clauses[1].summary.en = "".into();
        let err = Policy::from_pack(p).unwrap_err();
        assert_eq!(codes(err), vec![(ErrorCode::MissingLanguage, "clauses[1].summary.en".into())]);
    }

    #[test]
    fn pack_with_negative_or_all_zero_weights_is_rejected() {
        let mut p = pack();
        p.parameters.weights.cost = -1.0;
        assert_eq!(
            codes(Policy::from_pack(p).unwrap_err()),
            vec![(ErrorCode::InvalidParameter, "parameters.weights.cost".into())]
        );
        let mut p = pack();
        p.parameters.weights = Weights { cost: 0.0, strategic_importance: 0.0, delivery_ability: 0.0 };
        assert_eq!(
            codes(Policy::from_pack(p).unwrap_err()),
            vec![(ErrorCode::InvalidParameter, "parameters.weights".into())]
        );
        let mut p = pack();
        p.parameters.weights.delivery_ability = 0.0001;
        assert_eq!(
            codes(Policy::from_pack(p).unwrap_err()),
            vec![(ErrorCode::InvalidParameter, "parameters.weights.delivery_ability".into())]
        );
        let mut p = pack();
        p.parameters.weights.cost = 2.5;
        assert_eq!(Policy::from_pack(p).unwrap().milli_weights().cost, 2500);
    }

    #[test]
    fn pack_clause_of_unknown_document_or_duplicate_is_rejected() {
        let mut p = pack();
        p.clauses[0].id = "nowhere:1".into();
        let got = codes(Policy::from_pack(p).unwrap_err());
        assert!(got.contains(&(ErrorCode::InvalidClause, "clauses[0].id".into())), "{got:?}");
        let mut p = pack();
        let dup = p.clauses[0].clone();
        p.clauses.push(dup);
        let n = p.clauses.len() - 1;
        assert_eq!(
            codes(Policy::from_pack(p).unwrap_err()),
            vec![(ErrorCode::InvalidClause, format!("clauses[{n}].id"))]
        );
    }

    #[test]
    fn pack_json_errors_carry_paths() {
        let bad = SLL_2016_JSON.replacen("\"default_horizon_years\"", "\"default_horizon\"", 1);
        let err = Policy::from_json(&bad).unwrap_err();
        assert_eq!(err.code(), ErrorCode::UnknownField);
        assert_eq!(err.path(), "parameters.default_horizon");
        assert_eq!(err.input(), "policy");
    }
}
