//! Region Östergötland's regional digitalisation strategy (consultation draft, 2018) as a
//! second pack: why (vision values) → how (focus areas) → what (initiatives). It has no
//! operational rules; [`align`] traces initiatives through it.

use crate::error::{quote, Error, ErrorCode, Problem, Problems};
use crate::model::pack::Force;
use crate::pack::compile::check_text;
use crate::text::{Lang, Text};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The embedded Östergötland pack.
pub const OG_2018_JSON: &str = include_str!("../../packs/og-2018.json");

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

impl RegionalStrategy {
    /// The embedded Östergötland pack.
    pub fn ostergotland_2018() -> Result<RegionalStrategy, Error> {
        RegionalStrategy::from_json(OG_2018_JSON)
    }

    /// Parses and checks a regional strategy pack.
    pub fn from_json(json: &str) -> Result<RegionalStrategy, Error> {
        let pack: RegionalStrategy =
            crate::input::parse::parse(json).map_err(|p| Error::InvalidPolicy(Problems::one(p)))?;
        pack.check()?;
        Ok(pack)
    }

    fn check(&self) -> Result<(), Error> {
        let mut problems = Vec::new();
        let values: BTreeSet<&str> = self.vision_values.iter().map(|v| v.id.as_str()).collect();
        let areas: BTreeSet<&str> = self.focus_areas.iter().map(|a| a.id.as_str()).collect();
        if values.len() != self.vision_values.len() || areas.len() != self.focus_areas.len() {
            problems.push(Problem::new(
                ErrorCode::DuplicateId,
                "",
                Text::new("id för visionsvärden eller fokusområden upprepas", "vision value or focus area ids repeat"),
            ));
        }
        for (i, s) in self.process.iter().enumerate() {
            if usize::from(s.step) != i + 1 {
                problems.push(Problem::new(
                    ErrorCode::InvalidValue,
                    format!("process[{i}].step"),
                    Text::new("stegen ska numreras 1, 2, 3, …", "steps must run 1, 2, 3, …"),
                ));
            }
        }
        for (path, t) in self.texts() {
            check_text(&mut problems, &path, t);
        }
        self.check_mapping(&mut problems, &values, &areas);
        Problems::from_vec(problems).map_or(Ok(()), |p| Err(Error::InvalidPolicy(p)))
    }

    /// Every text of the pack with its path.
    fn texts(&self) -> Vec<(String, &Text)> {
        let mut texts: Vec<(String, &Text)> = vec![("title".into(), &self.title), ("status".into(), &self.status)];
        for (i, v) in self.vision_values.iter().enumerate() {
            texts.push((format!("vision_values[{i}].title"), &v.title));
            texts.push((format!("vision_values[{i}].summary"), &v.summary));
        }
        for (i, a) in self.focus_areas.iter().enumerate() {
            texts.push((format!("focus_areas[{i}].title"), &a.title));
            texts.push((format!("focus_areas[{i}].goal"), &a.goal));
        }
        for (i, n) in self.notes.iter().enumerate() {
            texts.push((format!("notes[{i}].text"), &n.text));
        }
        for (i, s) in self.process.iter().enumerate() {
            texts.push((format!("process[{i}].title"), &s.title));
            texts.push((format!("process[{i}].summary"), &s.summary));
        }
        texts
    }

    /// Each link names a known vision value, focus area and note.
    fn check_mapping(&self, problems: &mut Vec<Problem>, values: &BTreeSet<&str>, areas: &BTreeSet<&str>) {
        let notes: BTreeSet<&str> = self.notes.iter().map(|n| n.id.as_str()).collect();
        for (i, link) in self.mapping.iter().enumerate() {
            let refs = [
                ("vision_value", "visionsvärde", "vision value", Some(&link.vision_value), values),
                ("focus_area", "fokusområde", "focus area", Some(&link.focus_area), areas),
                ("note", "anmärkning", "note", link.note.as_ref(), &notes),
            ];
            for (field, sv, en, id, known) in refs {
                if let Some(id) = id.filter(|id| !known.contains(id.as_str())) {
                    let id = quote(id);
                    problems.push(Problem::new(
                        ErrorCode::InvalidValue,
                        format!("mapping[{i}].{field}"),
                        Text::new(format!("okänt {sv} {id}"), format!("unknown {en} {id}")),
                    ));
                }
            }
        }
        for (i, v) in self.vision_values.iter().enumerate() {
            if let Some(id) = v.note.as_ref().filter(|id| !notes.contains(id.as_str())) {
                problems.push(Problem::new(
                    ErrorCode::InvalidValue,
                    format!("vision_values[{i}].note"),
                    Text::new(format!("okänd anmärkning {}", quote(id)), format!("unknown note {}", quote(id))),
                ));
            }
        }
    }
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

/// Traces initiatives (the "what") to the focus areas they serve (the "how") and through
/// the draft's mapping to vision values (the "why"); reports an initiative that traces to
/// none and a focus area that no initiative serves. A focus area id the strategy does not
/// have is an error with its path.
pub fn align(strategy: &RegionalStrategy, initiatives: &[AlignInitiative]) -> Result<AlignmentSet, Error> {
    check_initiatives(strategy, initiatives)?;
    let mut served = BTreeSet::new();
    let mut untraced = Vec::new();
    let results: Vec<Alignment> = initiatives
        .iter()
        .map(|ini| {
            let alignment = trace(strategy, ini, &mut served);
            if alignment.focus_areas.is_empty() {
                untraced.push(ini.id.clone());
            }
            alignment
        })
        .collect();
    let unserved =
        strategy.focus_areas.iter().filter(|a| !served.contains(a.id.as_str())).map(|a| a.id.clone()).collect();
    Ok(AlignmentSet {
        strategy: strategy.id.clone(),
        caveats: caveats(strategy),
        results,
        untraced_initiatives: untraced,
        unserved_focus_areas: unserved,
    })
}

/// The draft's status, then every note that concerns the whole draft (one about nothing in
/// particular, such as its missing figures).
fn caveats(strategy: &RegionalStrategy) -> Vec<Text> {
    std::iter::once(strategy.status.clone())
        .chain(strategy.notes.iter().filter(|n| n.about.is_empty()).map(|n| n.text.clone()))
        .collect()
}

/// Ids and titles are not blank and every focus area is the strategy's.
fn check_initiatives(strategy: &RegionalStrategy, initiatives: &[AlignInitiative]) -> Result<(), Error> {
    let areas: BTreeSet<&str> = strategy.focus_areas.iter().map(|a| a.id.as_str()).collect();
    let mut problems = Vec::new();
    for (i, ini) in initiatives.iter().enumerate() {
        for (field, value) in [("id", &ini.id), ("title", &ini.title)] {
            if value.trim().is_empty() {
                problems.push(Problem::new(
                    ErrorCode::EmptyValue,
                    format!("[{i}].{field}"),
                    Text::new(format!("`{field}` får inte vara tomt"), format!("the {field} must not be empty")),
                ));
            }
        }
        for (j, area) in ini.focus_areas.iter().enumerate() {
            if !areas.contains(area.as_str()) {
                let known: Vec<&str> = strategy.focus_areas.iter().map(|a| a.id.as_str()).collect();
                problems.push(
                    Problem::new(
                        ErrorCode::InvalidValue,
                        format!("[{i}].focus_areas[{j}]"),
                        Text::new(
                            format!("okänt fokusområde {}", quote(area)),
                            format!("unknown focus area {}", quote(area)),
                        ),
                    )
                    .with_hint({
                        let list = crate::text::id_list(&known);
                        Text::new(format!("ett av {list}"), format!("one of {list}"))
                    }),
                );
            }
        }
    }
    Problems::from_vec(problems).map_or(Ok(()), |p| Err(Error::InvalidInitiative(p)))
}

/// One initiative from what to how to why, in the strategy's order (not the input's, so
/// the output is deterministic); the focus areas it serves are added to `served`.
fn trace<'s>(strategy: &'s RegionalStrategy, ini: &AlignInitiative, served: &mut BTreeSet<&'s str>) -> Alignment {
    let mut focus: Vec<Named> = Vec::new();
    let mut note_ids: BTreeSet<&str> = BTreeSet::new();
    for area in strategy.focus_areas.iter().filter(|a| ini.focus_areas.contains(&a.id)) {
        served.insert(area.id.as_str());
        focus.push(Named { id: area.id.clone(), title: area.title.clone(), inferred: false });
        for link in strategy.mapping.iter().filter(|l| l.focus_area == area.id) {
            note_ids.extend(link.note.as_deref());
        }
        note_ids.extend(strategy.notes.iter().filter(|n| n.about.contains(&area.id)).map(|n| n.id.as_str()));
    }
    let values: Vec<Named> = strategy
        .vision_values
        .iter()
        .filter_map(|v| {
            let links: Vec<&Link> = strategy
                .mapping
                .iter()
                .filter(|l| l.vision_value == v.id && ini.focus_areas.contains(&l.focus_area))
                .collect();
            if links.is_empty() {
                return None;
            }
            note_ids.extend(v.note.as_deref());
            let inferred = links.iter().all(|l| l.inferred);
            Some(Named { id: v.id.clone(), title: v.title.clone(), inferred })
        })
        .collect();
    let notes: Vec<Text> =
        strategy.notes.iter().filter(|n| note_ids.contains(n.id.as_str())).map(|n| n.text.clone()).collect();
    Alignment {
        initiative_id: ini.id.clone(),
        traces_to_why: !values.is_empty(),
        message: trace_message(&focus, &values),
        focus_areas: focus,
        vision_values: values,
        notes,
    }
}

fn trace_message(focus: &[Named], values: &[Named]) -> Text {
    if focus.is_empty() {
        Text::new(
            "Initiativet knyts inte till något fokusområde och därmed inte till strategins varför.",
            "The initiative serves no focus area, and so traces to none of the strategy's whys.",
        )
    } else if values.is_empty() {
        Text::new(
            "Initiativet tjänar ett fokusområde, men utkastets text knyter det inte till någon visionsvärdering.",
            "The initiative serves a focus area, but the draft's prose links that area to no vision value.",
        )
    } else {
        let names = |xs: &[Named], lang: Lang| {
            let mark = if lang == Lang::Sv { " (tolkad koppling)" } else { " (inferred link)" };
            xs.iter()
                .map(|x| format!("{}{}", x.title.get(lang), if x.inferred { mark } else { "" }))
                .collect::<Vec<_>>()
                .join(", ")
        };
        Text::new(
            format!("Hur: {}. Varför: {}.", names(focus, Lang::Sv), names(values, Lang::Sv)),
            format!("How: {}. Why: {}.", names(focus, Lang::En), names(values, Lang::En)),
        )
    }
}

/// Reads one initiative or a list of them from JSON strictly.
pub fn parse_initiatives(json: &str) -> Result<Vec<AlignInitiative>, Error> {
    let input: AlignInput = crate::input::parse::parse_list_or_object(json)
        .map_err(|p| Error::InvalidInitiative(crate::error::Problems::one(p)))?;
    Ok(input.into_vec())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ini(id: &str, areas: &[&str]) -> AlignInitiative {
        AlignInitiative {
            id: id.into(),
            title: format!("Initiative {id}"),
            focus_areas: areas.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    #[test]
    fn the_embedded_pack_loads_with_five_values_five_areas_and_seven_steps() {
        let og = RegionalStrategy::ostergotland_2018().unwrap();
        assert_eq!((og.vision_values.len(), og.focus_areas.len(), og.process.len()), (5, 5, 7));
        assert!(og.notes.iter().any(|n| n.id == "competence-gap"));
    }

    #[test]
    fn align_carries_the_drafts_caveats_and_marks_inferred_links() {
        let og = RegionalStrategy::ostergotland_2018().unwrap();
        let set = align(&og, &[ini("e-council", &["digital-leadership"])]).unwrap();
        // The draft's status comes first, then what the whole draft lacks.
        assert!(set.caveats[0].en.contains("Consultation draft"), "{:?}", set.caveats);
        assert!(set.caveats.iter().any(|c| c.en.contains("figures are missing")));
        let values = &set.results[0].vision_values;
        let democracy = values.iter().find(|v| v.id == "democracy-participation").unwrap();
        let leadership = values.iter().find(|v| v.id == "leadership-administration").unwrap();
        assert!(democracy.inferred, "the draft speaks of strong leadership, not the focus area");
        assert!(!leadership.inferred, "the draft states this link");
        // The inferred content of a reached value is noted.
        assert!(set.results[0].notes.iter().any(|n| n.en.contains("cost-effectiveness")));
    }

    #[test]
    fn the_wordings_follow_the_draft() {
        let og = RegionalStrategy::ostergotland_2018().unwrap();
        let goal = |id: &str| og.focus_areas.iter().find(|a| a.id == id).unwrap().goal.sv.clone();
        assert!(goal("digital-security").contains("ta del av, ta ansvar för och lita på"));
        assert!(goal("digital-leadership").contains("relevant, målmedveten och rättssäker"));
        assert!(og.process[3].title.sv.contains("t.ex."));
    }

    #[test]
    fn initiatives_trace_from_what_to_how_to_why() {
        let og = RegionalStrategy::ostergotland_2018().unwrap();
        let set = align(
            &og,
            &[
                ini("broadband", &["digital-infrastructure"]),
                ini("library-courses", &["digital-competence"]),
                ini("nothing", &[]),
            ],
        )
        .unwrap();
        let ids = |v: &[Named]| v.iter().map(|n| n.id.clone()).collect::<Vec<_>>();
        assert_eq!(
            ids(&set.results[0].vision_values),
            vec!["accessibility-simplification", "regional-development-growth"]
        );
        assert!(!set.results[1].traces_to_why, "the draft links digital competence to no value");
        assert!(!set.results[1].notes.is_empty());
        assert_eq!(set.untraced_initiatives, vec!["nothing".to_owned()]);
        assert_eq!(set.unserved_focus_areas, vec!["digital-security", "digital-innovation", "digital-leadership"]);
    }

    #[test]
    fn an_unknown_focus_area_is_an_error_with_its_path() {
        let og = RegionalStrategy::ostergotland_2018().unwrap();
        let err = align(&og, &[ini("x", &["digital-magic"])]).unwrap_err();
        assert_eq!((err.code(), err.path()), (ErrorCode::InvalidValue, "[0].focus_areas[0]"));
    }
}
