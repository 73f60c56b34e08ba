//! Region Östergötland's regional digitalisation strategy (consultation draft, 2018) as data:
//! why (vision values) → how (focus areas) → what (initiatives), and an initiative traced
//! through it. The pack itself is in `pack::regional`, its reading in `input::regional` and
//! the trace in `rules::alignment`. The strategy has no operational rules.

use crate::model::pack::Force;
use crate::text::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A regional strategy pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "RegionalStrategy")]
pub struct RegionalStrategy {
    /// The pack's id.
    pub id: String,
    /// The pack's version.
    pub version: String,
    /// Its title.
    pub title: Text,
    /// Who issued it.
    pub issued_by: String,
    /// Its standing (e.g. a consultation draft, not binding).
    pub status: Text,
    /// The document's date (ISO).
    #[schemars(extend("format" = "date"))]
    pub dated: String,
    /// The "why": vision values.
    pub vision_values: Vec<VisionValue>,
    /// The "how": focus areas.
    pub focus_areas: Vec<FocusArea>,
    /// Which focus area serves which vision value, as the draft's prose gives it.
    pub mapping: Vec<Link>,
    /// Where the draft is incomplete or read by interpretation.
    pub notes: Vec<Note>,
    /// The planned seven-step collaboration process with external actors.
    pub process: Vec<ProcessStep>,
}

/// A vision value (a "why").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VisionValue {
    /// Its id.
    pub id: String,
    /// Its name.
    pub title: Text,
    /// What it stands for.
    pub summary: Text,
    /// The note that qualifies the summary, when part of it is inferred rather than read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A focus area (a "how").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FocusArea {
    /// Its id.
    pub id: String,
    /// Its name.
    pub title: Text,
    /// Its headline goal, in the library's words.
    pub goal: Text,
    /// The modal force of the goal.
    pub force: Force,
}

/// A link from a vision value to a focus area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// The vision value's id.
    pub vision_value: String,
    /// The focus area's id.
    pub focus_area: String,
    /// The note that qualifies the link, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The library infers the link; the draft does not state it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inferred: bool,
}

/// A note on the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// Its id.
    pub id: String,
    /// The ids of the values or areas it concerns.
    pub about: Vec<String>,
    /// What it says.
    pub text: Text,
}

/// One step of the collaboration process.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProcessStep {
    /// Its number, 1–7.
    pub step: u8,
    /// Its name.
    pub title: Text,
    /// What happens in it.
    pub summary: Text,
}

/// An initiative (a "what") and the focus areas it says it serves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "AlignInitiative")]
pub struct AlignInitiative {
    /// Its id; non-empty.
    #[schemars(length(min = 1))]
    pub id: String,
    /// What it is.
    #[schemars(length(min = 1))]
    pub title: String,
    /// The ids of the focus areas it serves.
    #[serde(default)]
    pub focus_areas: Vec<String>,
}

/// A reference to a focus area or vision value, with its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Named {
    /// The id.
    pub id: String,
    /// The name.
    pub title: Text,
    /// For a vision value: reached only through links the library infers rather than reads
    /// in the draft.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inferred: bool,
}

/// One initiative traced through the strategy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Alignment {
    /// The initiative's id.
    pub initiative_id: String,
    /// The focus areas it serves (the "how").
    pub focus_areas: Vec<Named>,
    /// The vision values reached through them (the "why").
    pub vision_values: Vec<Named>,
    /// Whether it traces to at least one vision value.
    pub traces_to_why: bool,
    /// The notes on the draft that bear on this trace.
    pub notes: Vec<Text>,
    /// What it means, in Swedish and English.
    pub message: Text,
}

/// A set of initiatives traced through the strategy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "AlignmentSet")]
pub struct AlignmentSet {
    /// The strategy pack.
    pub strategy: String,
    /// What every reader must know first: the strategy is a consultation draft, not adopted,
    /// and what the draft lacks throughout (its figures).
    pub caveats: Vec<Text>,
    /// One per initiative, in input order.
    pub results: Vec<Alignment>,
    /// Initiatives that trace to no focus area.
    pub untraced_initiatives: Vec<String>,
    /// Focus areas that no initiative in the set serves.
    pub unserved_focus_areas: Vec<String>,
}

/// One initiative or a list of them, as the JSON layer accepts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum AlignInput {
    /// A list of initiatives.
    Many(Vec<AlignInitiative>),
    /// One initiative.
    One(AlignInitiative),
}

impl AlignInput {
    /// The initiatives.
    pub fn into_vec(self) -> Vec<AlignInitiative> {
        match self {
            AlignInput::Many(v) => v,
            AlignInput::One(i) => vec![i],
        }
    }
}
