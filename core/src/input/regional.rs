//! Reading initiatives for Region Östergötland's strategy: one initiative or a list of them,
//! read strictly, and the checks a type cannot express (ids and titles not blank, every
//! focus area one the strategy has).

use crate::error::{quote, Error, ErrorCode, Problem, Problems};
use crate::message::Arg;
use crate::model::regional::{AlignInitiative, AlignInput, RegionalStrategy};
use crate::words::w;
use std::collections::BTreeSet;

/// Reads one initiative or a list of them from JSON strictly.
pub fn parse_initiatives(json: &str) -> Result<Vec<AlignInitiative>, Error> {
    let input: AlignInput = crate::input::parse::parse_list_or_object(json)
        .map_err(|p| Error::InvalidInitiative(crate::error::Problems::one(p)))?;
    Ok(input.into_vec())
}

/// Ids and titles are not blank and every focus area is the strategy's.
pub(crate) fn check_initiatives(strategy: &RegionalStrategy, initiatives: &[AlignInitiative]) -> Result<(), Error> {
    let areas: BTreeSet<&str> = strategy.focus_areas.iter().map(|a| a.id.as_str()).collect();
    let mut problems = Vec::new();
    for (i, ini) in initiatives.iter().enumerate() {
        for (field, value) in [("id", &ini.id), ("title", &ini.title)] {
            if value.trim().is_empty() {
                problems.push(Problem::new(
                    ErrorCode::EmptyValue,
                    format!("[{i}].{field}"),
                    w!(RegionalFieldEmpty { field: Arg::Str(field.to_string().into()) }).text(),
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
                        w!(RegionalUnknownFocusArea { area: Arg::Str(quote(area).to_string().into()) }).text(),
                    )
                    .with_hint({
                        let list = crate::text::id_list(&known);
                        w!(RegionalOneList { list: Arg::Str(list.to_string().into()) }).text()
                    }),
                );
            }
        }
    }
    Problems::from_vec(problems).map_or(Ok(()), |p| Err(Error::InvalidInitiative(p)))
}
