//! What the library answers: one [`Response`] per kind of result, typed, so that a front end
//! renders what it got (a text report, a Python object) without re-reading JSON, and
//! serializes it as the contract's canonical JSON when that is what it prints.

use crate::error::ErrorReport;
use crate::model::case::Case;
use crate::model::decision::Decision;
use crate::model::initiative::{Classification, Initiative};
use crate::model::organisation::Scope;
use crate::model::review::Review;
use serde::{Serialize, Serializer};

/// The answer to a [`super::Request`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Response {
    /// A decision, with the case it was decided from (what a report or a memo of it needs).
    Decision {
        /// The case as read.
        case: Box<Case>,
        /// The decision.
        decision: Box<Decision>,
    },
    /// A review against every principle.
    Review(Box<Review>),
    /// Whether and how the policy applies to an organisation.
    Scope(Box<Scope>),
    /// A classification, with the initiative it classifies.
    Classification {
        /// The initiative as read.
        initiative: Box<Initiative>,
        /// The classification.
        classification: Box<Classification>,
    },
    /// Cases decided under two packs.
    #[cfg(feature = "analysis")]
    Comparison(Box<crate::analysis::whatif::Comparison>),
    /// How sensitive a decision is to each weight.
    #[cfg(feature = "analysis")]
    Sensitivity(Box<crate::analysis::sensitivity::Sensitivity>),
    /// Initiatives traced through Region Östergötland's strategy.
    #[cfg(feature = "analysis")]
    Alignment(Box<crate::model::regional::AlignmentSet>),
    /// The decision record to keep.
    #[cfg(feature = "analysis")]
    Record(Box<crate::audit::record::DecisionRecord>),
    /// What verifying a record found.
    #[cfg(feature = "analysis")]
    Verification(Box<crate::audit::record::Verification>),
    /// The yearly accounts.
    #[cfg(feature = "analysis")]
    Accounts(Box<crate::analysis::accounts::Accounts>),
    /// A document (a memo, accounts, a card) as Markdown or HTML.
    #[cfg(feature = "documents")]
    Document(String),
    /// The policy pack.
    #[cfg(feature = "analysis")]
    Policy(Box<crate::model::pack::PolicyPack>),
    /// A JSON Schema as the committed file holds it.
    #[cfg(feature = "analysis")]
    Schema(String),
    /// The reader's names of the contract's ids.
    #[cfg(feature = "analysis")]
    Labels(serde_json::Value),
    /// The principles' evidence as questions.
    #[cfg(feature = "analysis")]
    Questions(Vec<crate::engine::questions::QuestionGroup>),
}

impl Serialize for Response {
    /// The result as the contract's JSON (a document or a schema as a JSON string).
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Response::Decision { decision, .. } => decision.serialize(s),
            Response::Review(r) => r.serialize(s),
            Response::Scope(r) => r.serialize(s),
            Response::Classification { classification, .. } => classification.serialize(s),
            #[cfg(feature = "analysis")]
            Response::Comparison(r) => r.serialize(s),
            #[cfg(feature = "analysis")]
            Response::Sensitivity(r) => r.serialize(s),
            #[cfg(feature = "analysis")]
            Response::Alignment(r) => r.serialize(s),
            #[cfg(feature = "analysis")]
            Response::Record(r) => r.serialize(s),
            #[cfg(feature = "analysis")]
            Response::Verification(r) => r.serialize(s),
            #[cfg(feature = "analysis")]
            Response::Accounts(r) => r.serialize(s),
            #[cfg(feature = "documents")]
            Response::Document(text) => text.serialize(s),
            #[cfg(feature = "analysis")]
            Response::Schema(text) => text.serialize(s),
            #[cfg(feature = "analysis")]
            Response::Policy(r) => r.serialize(s),
            #[cfg(feature = "analysis")]
            Response::Labels(r) => r.serialize(s),
            #[cfg(feature = "analysis")]
            Response::Questions(r) => r.serialize(s),
        }
    }
}

impl Response {
    /// The text a front end prints: a document or a schema as it is, anything else as the
    /// library's canonical JSON ([`super::to_json`]).
    pub fn into_text(self) -> Result<String, ErrorReport> {
        match self {
            #[cfg(feature = "documents")]
            Response::Document(text) => Ok(text),
            #[cfg(feature = "analysis")]
            Response::Schema(text) => Ok(text),
            other => super::to_json(&other),
        }
    }

    /// The result as one line of JSON with a final newline (a document or a schema as it is).
    pub fn to_compact_json(&self) -> Result<String, ErrorReport> {
        match self {
            #[cfg(feature = "documents")]
            Response::Document(text) => Ok(text.clone()),
            #[cfg(feature = "analysis")]
            Response::Schema(text) => Ok(text.clone()),
            other => serde_json::to_string(other).map(|s| s + "\n").map_err(|e| ErrorReport::internal(&e.to_string())),
        }
    }
}
