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
//! ## Where things are: layers
//!
//! The crate is built in layers, data at the bottom; a module imports only from its own
//! layer or the layers below it (a test, `core/tests/layers.rs`, checks this and that no
//! two modules import each other in a circle):
//!
//! 1. foundations: [`text`] (bilingual text), [`message`] (bilingual messages rendered
//!    when read), [`date`] (calendar dates, no clock),
//!    [`error`] (error codes, problems with paths, the error report);
//! 2. [`model`]: the contract's types (case, decision, review, organisation, initiative,
//!    the pack format), data only;
//! 3. [`input`]: strict JSON parsing with paths, and the contract checks;
//! 4. [`rules`]: one module per part of the policy; [`rules::clauses`] maps each clause id
//!    to the one function that implements it, and every finding names its clause;
//! 5. [`pack`]: compiling a pack into a [`Policy`], and packs over time ([`Registry`]);
//! 6. [`engine`]: the [`Policy`] API (decide, review, scope, classify);
//! 7. [`analysis`] (feature `analysis`): what-if variants, comparisons, sensitivity,
//!    Region Östergötland's strategy;
//! 8. [`documents`] (feature `documents`): the decision memo and the yearly accounts as
//!    Markdown and printable HTML, from templates that are data (`core/templates`);
//! 9. [`ffi`], the one way in for every front end: a typed [`ffi::Request`] answered by
//!    [`ffi::run`] with a typed [`ffi::Response`] (and [`ffi::run_json`] for text), and
//!    [`schema`] (the JSON Schemas).
//!
//! A new clause gets its id in [`rules::clauses`], its wording in the pack
//! (`core/packs/sll-2016.json`) and its function in the rule module of its part of the
//! policy; the engine calls it.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

#[cfg(feature = "analysis")]
pub mod analysis;
pub mod date;
#[cfg(feature = "documents")]
pub mod documents;
pub mod engine;
pub mod error;
pub mod ffi;
pub mod input;
pub mod message;
pub mod model;
pub mod pack;
pub mod rules;
pub mod schema;
pub mod text;

#[cfg(feature = "analysis")]
pub use analysis::{
    accounts::Accounts,
    record::{DecisionRecord, Verdict, Verification},
};
#[cfg(feature = "analysis")]
pub use analysis::{
    parameters::parse_override,
    regional::{align, AlignInitiative, AlignmentSet, RegionalStrategy},
    sensitivity::{sensitivity, Sensitivity},
    whatif::{compare, Comparison},
};
pub use date::Date;
#[cfg(feature = "documents")]
pub use documents::memo::MemoOptions;
#[cfg(feature = "documents")]
pub use documents::{
    accounts::{AccountsView, Section},
    label, Format,
};
pub use engine::{decide, parse_case, parse_initiative, parse_organisation};
pub use error::{Error, ErrorCode, ErrorReport, Problem, Problems, MAX_PROBLEMS};
pub use input::limits::Limits;
pub use message::{Arg, Message, Wording};
pub use model::case::{
    BenefitAssessment, Candidate, Case, Cost, EService, Evidence, GoverningDocuments, Origin, Priority, Requirement,
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
pub use model::review::{EvidenceItem, Outcome, OutcomeCounts, PartForce, PrincipleResult, Review, Severity};
pub use pack::SLL_2016_JSON;
pub use pack::{Policy, Registry};
pub use rules::clauses;
pub use schema::names as schema_names;
pub use text::{kronor, kronor_in_lang, score, score_in_lang, Lang, Text};

#[cfg(test)]
mod tests;
