//! Definitions, policy §3 and §3.1: what counts as an innovation.

use crate::model::initiative::{Classification, Initiative, InnovationClass, Novelty};
use crate::rules::clauses::{POLICY_3, POLICY_3_1};
use crate::words::w;

/// Policy §3 and §3.1, the definition of innovation: an initiative is an innovation when it
/// is new or substantially improved (§3.1, a degree of radicality), put into practice and
/// creates value, money or otherwise (§3). Checked in that order: without radicality it is
/// continuous improvement (§3.1); not in practice, an idea (§3); without value shown,
/// `no_value_shown` (§3).
pub fn classify(initiative: &Initiative) -> Classification {
    let (class, clause, message) = if initiative.novelty == Novelty::Incremental {
        (
            InnovationClass::ContinuousImprovement,
            POLICY_3_1,
            w!(DEFINITIONS_CONTINUOUS_IMPROVEMENT_INNOVATION_LACKS).text(),
        )
    } else if !initiative.in_practice {
        (InnovationClass::Idea, POLICY_3, w!(DEFINITIONS_IDEA_BECOMES_INNOVATION_ONLY).text())
    } else if initiative.value.is_empty() {
        (InnovationClass::NoValueShown, POLICY_3, w!(DEFINITIONS_NEW_PRACTICE_BUT_VALUE).text())
    } else {
        (InnovationClass::Innovation, POLICY_3, w!(DEFINITIONS_INNOVATION_NEW_OR_SUBSTANTIALLY).text())
    };
    Classification { initiative_id: initiative.id.clone(), class, clause: clause.to_owned(), message }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::initiative::ValueKind;

    fn initiative(novelty: Novelty, in_practice: bool, value: Vec<ValueKind>) -> Initiative {
        Initiative { id: "i".into(), title: "t".into(), novelty, in_practice, value, value_description: None }
    }

    #[test]
    fn the_three_conditions_are_checked_in_order() {
        let c = |n, p, v| classify(&initiative(n, p, v));
        assert_eq!(c(Novelty::New, true, vec![ValueKind::PatientSafety]).class, InnovationClass::Innovation);
        assert_eq!(c(Novelty::SubstantiallyImproved, true, vec![ValueKind::Money]).class, InnovationClass::Innovation);
        assert_eq!(c(Novelty::New, false, vec![ValueKind::Money]).class, InnovationClass::Idea);
        assert_eq!(c(Novelty::New, true, vec![]).class, InnovationClass::NoValueShown);
        let ci = c(Novelty::Incremental, false, vec![]);
        assert_eq!((ci.class, ci.clause.as_str()), (InnovationClass::ContinuousImprovement, "policy:3.1"));
    }
}
