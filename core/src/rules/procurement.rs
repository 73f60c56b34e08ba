//! Innovation strategy 6.3: procurement asks for, or at least allows, new solutions.

use crate::model::case::Origin;
use crate::model::decision::{Finding, FindingCode};
use crate::model::review::Severity;
use crate::model::review::{EvidenceItem, PartForce, PrincipleResult};
use crate::rules::clauses::INNOVATION_STRATEGY_6_3;
use crate::rules::explain::finding;
use crate::rules::order::Order;
use crate::rules::principles::assess;
use crate::text::Text;

/// Innovation strategy 6.3: a market procurement asks for, or at least allows, new
/// solutions. A selected market candidate whose procurement does not is a deviation; one
/// that does not record it gets advice to record it. Not applicable when the selected
/// candidate is not bought on the market.
pub(crate) fn innovation_friendly_procurement(order: &Order<'_>) -> (Option<Finding>, PrincipleResult) {
    let Some(sel) = order.selected().filter(|s| s.candidate.origin == Origin::Market) else {
        return (None, assess(INNOVATION_STRATEGY_6_3, Some(false), None, vec![]));
    };
    let name = &sel.candidate.name;
    let id = Some(sel.candidate.id.as_str());
    let allows = sel.candidate.allows_new_solutions;
    let result = assess(
        INNOVATION_STRATEGY_6_3,
        Some(true),
        None,
        vec![EvidenceItem {
            field: format!("candidates[{}].allows_new_solutions", sel.index).into(),
            value: allows,
            force: PartForce::Shall,
            label: Text::new(
                format!("upphandlingen av {name} efterfrågar eller tillåter nya lösningar"),
                format!("the procurement of {name} asks for or allows new solutions"),
            ),
        }],
    );
    let finding = match allows {
        Some(true) => None,
        Some(false) => Some(finding(
            INNOVATION_STRATEGY_6_3,
            FindingCode::ProcurementForbidsNewSolutions,
            Severity::Deviation,
            id,
            Text::new(
                format!("Upphandlingen av {name} varken efterfrågar eller tillåter nya lösningar. Den ska åtminstone tillåta dem."),
                format!("The procurement of {name} neither asks for nor allows new solutions. It must at least allow them."),
            ),
        )),
        None => Some(finding(
            INNOVATION_STRATEGY_6_3,
            FindingCode::ProcurementNewSolutionsUnknown,
            Severity::Advice,
            id,
            Text::new(
                format!("Dokumentera om upphandlingen av {name} efterfrågar eller tillåter nya lösningar."),
                format!("Record whether the procurement of {name} asks for or allows new solutions."),
            ),
        )),
    };
    (finding, result)
}
