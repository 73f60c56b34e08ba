//! Innovation strategy 6.3: procurement asks for, or at least allows, new solutions.

use crate::input::check::CheckedCandidate;
use crate::model::case::{Evidence, Origin};
use crate::model::decision::{Finding, FindingCode};
use crate::model::review::Severity;
use crate::model::review::{EvidenceItem, PartForce, PrincipleResult};
use crate::rules::clauses::INNOVATION_STRATEGY_6_3;
use crate::rules::explain::{candidate_name, finding};
use crate::rules::order::Order;
use crate::rules::principles::{assess, part};
use crate::words::w;

/// Innovation strategy 6.3, second sentence: a market procurement asks for, or at least
/// allows, new solutions. A selected market candidate whose procurement does not is a
/// deviation; one that does not record it gets advice to record it. Third sentence: the
/// contracts and payment models with the provider drive innovation as far as possible where
/// the operation's needs call for it (advice when the case records that they do not), for a
/// selected market procurement or commissioned development. Not applicable when nothing
/// is bought or commissioned.
pub(crate) fn innovation_friendly_procurement(order: &Order<'_>, e: &Evidence) -> (Vec<Finding>, PrincipleResult) {
    let Some(sel) = order.selected().filter(|s| s.candidate.origin != Origin::InHouse) else {
        return (Vec::new(), assess(INNOVATION_STRATEGY_6_3, Some(false), None, vec![]));
    };
    let id = Some(sel.candidate.id.as_str());
    let market = sel.candidate.origin == Origin::Market;
    let allows = sel.candidate.allows_new_solutions;
    let mut parts = Vec::with_capacity(2);
    if market {
        parts.push(EvidenceItem {
            field: format!("candidates[{}].allows_new_solutions", sel.index).into(),
            value: allows,
            force: PartForce::Shall,
            label: w!(ProcurementProcurementAsksOrAllows { selected: candidate_name(sel) }),
        });
    }
    parts.push(part(
        "evidence.contracts_drive_innovation",
        e.contracts_drive_innovation,
        PartForce::Should,
        w!(PART_EVIDENCE_CONTRACTS_DRIVE_INNOVATION),
    ));
    let result = assess(INNOVATION_STRATEGY_6_3, Some(true), None, parts);
    let mut findings: Vec<Finding> = Vec::with_capacity(2);
    if market {
        findings.extend(new_solutions_finding(sel, id, allows));
    }
    if e.contracts_drive_innovation == Some(false) {
        findings.push(finding(
            INNOVATION_STRATEGY_6_3,
            FindingCode::ContractsDoNotDriveInnovation,
            Severity::Advice,
            id,
            w!(ProcurementContractPaymentModelDo { selected: candidate_name(sel) }),
        ));
    }
    (findings, result)
}

/// The finding on whether a market procurement allows new solutions: a deviation when it
/// does not, advice to record it when that is not known.
fn new_solutions_finding(sel: &CheckedCandidate<'_>, id: Option<&str>, allows: Option<bool>) -> Option<Finding> {
    match allows {
        Some(true) => None,
        Some(false) => Some(finding(
            INNOVATION_STRATEGY_6_3,
            FindingCode::ProcurementForbidsNewSolutions,
            Severity::Deviation,
            id,
            w!(ProcurementProcurementNeitherAsksNor { selected: candidate_name(sel) }),
        )),
        None => Some(finding(
            INNOVATION_STRATEGY_6_3,
            FindingCode::ProcurementNewSolutionsUnknown,
            Severity::Advice,
            id,
            w!(ProcurementRecordWhetherProcurementAsks { selected: candidate_name(sel) }),
        )),
    }
}
