//! Region Östergötland's strategy as a second pack: the embedded draft, and the checks a
//! strategy pack must pass when it is loaded (unique ids, numbered steps, bilingual texts,
//! links that name what the pack has).

use crate::error::{quote, Error, ErrorCode, Problem, Problems};
use crate::message::Arg;
use crate::model::regional::RegionalStrategy;
use crate::pack::compile::check_text;
use crate::text::Text;
use crate::words::w;
use std::collections::BTreeSet;

/// The embedded Östergötland pack.
pub const OG_2018_JSON: &str = include_str!("../../packs/og-2018.json");

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
            problems.push(Problem::new(ErrorCode::DuplicateId, "", w!(REGIONAL_VISION_VALUE_OR_FOCUS).text()));
        }
        for (i, s) in self.process.iter().enumerate() {
            if usize::from(s.step) != i + 1 {
                problems.push(Problem::new(
                    ErrorCode::InvalidValue,
                    format!("process[{i}].step"),
                    w!(REGIONAL_STEPS_RUN).text(),
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
                ("vision_value", w!(REGIONAL_WHAT_VISION_VALUE), Some(&link.vision_value), values),
                ("focus_area", w!(REGIONAL_WHAT_FOCUS_AREA), Some(&link.focus_area), areas),
                ("note", w!(REGIONAL_WHAT_NOTE), link.note.as_ref(), &notes),
            ];
            for (field, unknown, id, known) in refs {
                if let Some(id) = id.filter(|id| !known.contains(id.as_str())) {
                    let id = quote(id);
                    problems.push(Problem::new(
                        ErrorCode::InvalidValue,
                        format!("mapping[{i}].{field}"),
                        w!(RegionalUnknown { id: Arg::Str(id.into()), what: Arg::Join(vec![unknown]) }).text(),
                    ));
                }
            }
        }
        for (i, v) in self.vision_values.iter().enumerate() {
            if let Some(id) = v.note.as_ref().filter(|id| !notes.contains(id.as_str())) {
                problems.push(Problem::new(
                    ErrorCode::InvalidValue,
                    format!("vision_values[{i}].note"),
                    w!(RegionalUnknownNote { id: Arg::Str(quote(id).to_string().into()) }).text(),
                ));
            }
        }
    }
}
