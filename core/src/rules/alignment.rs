//! Region Östergötland's strategy (consultation draft, 2018): an initiative traced from
//! what it does (the initiative) to how (the focus areas it serves) and why (the vision
//! values the draft links them to). The draft has no operational rules, so this is the only
//! rule of its pack.

use crate::error::Error;
use crate::input::regional::check_initiatives;
use crate::model::regional::{AlignInitiative, Alignment, AlignmentSet, Link, Named, RegionalStrategy};
use crate::text::Text;
use crate::words::w;
use std::collections::BTreeSet;

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
        w!(ALIGNMENT_INITIATIVE_SERVES_FOCUS_AREA).text()
    } else if values.is_empty() {
        w!(ALIGNMENT_INITIATIVE_SERVES_FOCUS_AREA_2).text()
    } else {
        let names = |xs: &[Named]| {
            let one = |x: &Named| {
                let title = crate::message::Arg::text(x.title.clone());
                if x.inferred {
                    w!(AlignmentInferred { title })
                } else {
                    crate::message::Message::from(x.title.clone())
                }
            };
            crate::message::Arg::Join(xs.iter().map(one).collect())
        };
        w!(AlignmentHowWhy { how: names(focus), why: names(values) }).text()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

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
