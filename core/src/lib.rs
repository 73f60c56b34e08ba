//! # digipolicy
//!
//! Stockholm County Council's 2016 policy for innovation and digitalisation as an
//! embeddable, explainable decision API. Give it a request for new IT support (a [`Case`]);
//! it returns the acquisition route that policy §5.9 requires (in-house, market,
//! co-development, own development, or nothing fits), the selected candidate, the ranking,
//! every finding with the clause it applies in Swedish and English, what evidence is missing
//! and what would change the outcome.
//!
//! ```
//! use digipolicy::{Policy, Route, Status};
//!
//! let policy = Policy::sll_2016()?; // build once; it is Send + Sync
//! let case = policy.parse_case(r#"{
//!   "id": "2025-017", "title": "Video consultations in primary care",
//!   "requirements": [{ "id": "video", "priority": "must" }],
//!   "benefit_assessment": { "done": true },
//!   "candidates": [
//!     { "id": "region-video", "name": "The region's own video platform", "origin": "in_house",
//!       "covers": ["video"], "cost": { "one_off_sek": 150000, "yearly_sek": 300000 },
//!       "strategic_importance": 4, "delivery_ability": 4, "innovation_assessed": true },
//!     { "id": "meetcare", "name": "MeetCare", "origin": "market",
//!       "covers": ["video"], "cost": { "one_off_sek": 0, "yearly_sek": 200000 },
//!       "strategic_importance": 3, "delivery_ability": 4 }
//!   ]
//! }"#)?;
//! let decision = policy.decide(&case)?;
//! assert_eq!(decision.status, Status::Ready);
//! // In-house first (§5.9), although the market candidate is cheaper.
//! assert_eq!(decision.route, Some(Route::InHouse));
//! assert_eq!(decision.selected.as_deref(), Some("region-video"));
//! for finding in &decision.findings {
//!     println!("[{}] {}: {}", finding.severity, finding.clause, finding.message.en());
//! }
//! # Ok::<(), digipolicy::Error>(())
//! ```
//!
//! ## The API
//!
//! What this page lists is the API: [`Policy`] (one compiled pack: decide, review, scope,
//! classify, record, verify, accounts, memo), [`Registry`] (packs over time), the contract's
//! types, [`Error`] and [`ErrorReport`], [`ffi`] (the one operation layer every front end
//! uses: a typed [`ffi::Request`] answered by [`ffi::run`] with a typed [`ffi::Response`],
//! and [`ffi::run_json`] for text), [`schema`] (the JSON Schemas), [`clauses`] (from a
//! clause id to the function that implements it) and, with feature `coverage`, `coverage`
//! (from each sentence of the documents to its clause, function and vectors). The modules behind them are private;
//! `unstable` is for this workspace's own Python binding and is not part of the API.
//!
//! ## Where things are: layers
//!
//! Inside, the crate is built in layers, data at the bottom; a module imports only from its
//! own layer or the layers below it (a test, `core/tests/layers.rs`, checks this and that no
//! two modules import each other in a circle):
//!
//! 1. foundations: `text` (bilingual text), `words` (the wording catalogue, `core/words/*.ftl`,
//!    every word for people by key), `message` (bilingual messages rendered when
//!    read), `date` (calendar dates, no clock), `error` (error codes, problems with paths,
//!    the error report);
//! 2. `model`: the contract's types (case, decision, review, organisation, initiative, the
//!    pack format, Region Östergötland's strategy), data only;
//! 3. `input`: strict JSON reading with paths, and the contract checks (of a case, an
//!    organisation, an initiative, initiatives to trace through a regional strategy);
//! 4. `rules`: one module per part of the policy (and `rules::alignment` for the regional
//!    strategy); [`clauses`] maps each clause id to the one function that implements it, and
//!    every finding names its clause;
//! 5. `pack`: compiling a pack into a [`Policy`], packs over time ([`Registry`]), and the
//!    regional strategy's pack;
//! 6. `engine`: the [`Policy`] API (decide, review, scope, classify) and the form's
//!    questions;
//! 7. `audit` (feature `analysis`): decision records and their verification; `analysis`
//!    (feature `analysis`): what-if variants, comparisons, sensitivity, the yearly accounts;
//!    `coverage` (feature `coverage`): the map from every sentence of the documents to the
//!    clauses, functions and vectors that cover it, held against a local copy of the texts;
//! 8. `documents` (feature `documents`): the decision memo, the decision card and the
//!    yearly accounts as Markdown and printable HTML, from templates that are data
//!    (`core/templates`);
//! 9. [`ffi`], the one way in for every front end, and [`schema`] (the JSON Schemas).
//!
//! A new clause gets its id in [`clauses`], its wording in the pack
//! (`core/packs/sll-2016.json`) and its function in the rule module of its part of the
//! policy; the engine calls it. A new operation is one [`ffi::Request`] variant, its handler
//! in [`ffi::run`] and its wiring in each front end.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

#[cfg(feature = "analysis")]
mod analysis;
#[cfg(feature = "analysis")]
mod audit;
#[cfg(feature = "coverage")]
pub mod coverage;
mod date;
#[cfg(feature = "documents")]
mod documents;
mod engine;
mod error;
pub mod ffi;
mod input;
mod message;
mod model;
mod pack;
mod rules;
pub mod schema;
mod text;
mod words;

#[cfg(feature = "analysis")]
pub use analysis::accounts::{
    Accounts, ClauseCounts, DeviationCounts, DigitalisationView, InnovationView, LeftOut, LeftOutReason,
    MissingEvidence, PricedCase, QuarterCounts, RecordCounts, RouteCounts, Tally, YearFigures, MAX_EXPLAINED,
    MAX_LISTED,
};
#[cfg(feature = "analysis")]
pub use analysis::{
    parameters::{parameter_paths, parse_override},
    sensitivity::{sensitivity, Sensitivity},
    whatif::{compare, Comparison},
};
#[cfg(feature = "analysis")]
pub use audit::record::{DecisionRecord, PackStamp, Verdict, Verification};
pub use date::Date;
#[cfg(feature = "documents")]
pub use documents::memo::MemoOptions;
#[cfg(feature = "documents")]
pub use documents::{
    accounts::{AccountsView, Section},
    label, Format,
};
#[cfg(feature = "analysis")]
pub use engine::questions::{Question, QuestionGroup};
pub use error::{Error, ErrorCode, ErrorReport, Problem, Problems, MAX_PROBLEMS};
pub use input::limits::Limits;
pub use message::{Arg, Message, Wording};
pub use model::case::{
    BenefitAssessment, Candidate, Case, Cost, EService, Evidence, GoverningDocuments, MemoFacts, Origin, Priority,
    Requirement,
};
pub use model::decision::{
    CandidateResult, DecideOptions, Decision, Deviation, Finding, FindingCode, Partner, Route, Scores, Status,
    StepCode, TraceStep,
};
pub use model::initiative::{Classification, Initiative, InnovationClass, Novelty, ValueKind};
pub use model::organisation::{Binding, Organisation, OrganisationKind, Scope};
pub use model::pack::{
    Clause, Document, DocumentKind, Force, Parameters, PolicyPack, PolicyRef, Region, SupersededDocument, Weights,
};
#[cfg(feature = "analysis")]
pub use model::regional::{AlignInitiative, Alignment, AlignmentSet, FocusArea, Named, RegionalStrategy, VisionValue};
pub use model::review::{EvidenceItem, Outcome, OutcomeCounts, PartForce, PrincipleResult, Review, Severity};
#[cfg(feature = "analysis")]
pub use pack::regional::OG_2018_JSON;
pub use pack::SLL_2016_JSON;
pub use pack::{Policy, Registry};
#[cfg(feature = "analysis")]
pub use rules::alignment::align;
pub use rules::clauses;
pub use schema::names as schema_names;
pub use text::{kronor, kronor_in_lang, score, score_brief, score_in_lang, Lang, Text};
#[cfg(feature = "documents")]
pub use words::words_json;
pub use words::{question, question_help, word};

/// What this workspace's own bindings need beyond the API (the Python binding's reader of a
/// `dict`, which builds the same tree the JSON reader builds). Not part of the API: it may
/// change in any release, and a test (`tests/front_ends.rs`) keeps every other front end off
/// it.
#[doc(hidden)]
pub mod unstable {
    pub use crate::input::scan::ARRAY_FIELDS;
    pub use crate::input::tree::Node;

    /// Reads a case from `node` under `limits` exactly as from the JSON text of the objects
    /// it was built from (the text's size is the caller's to check).
    pub fn read_case(node: Node<'_>, limits: &crate::Limits) -> Result<crate::Case, crate::Error> {
        crate::input::parse::read_tree(node, false, limits)
            .map_err(|p| crate::Error::InvalidCase(crate::error::Problems::one(p)))
    }
}

#[cfg(test)]
mod tests;
