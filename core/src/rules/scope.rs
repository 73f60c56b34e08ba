//! Scope, policy §2: to whom the policy applies and how it binds them.

use crate::model::decision::{Finding, FindingCode, StepCode, TraceStep};
use crate::model::organisation::{Binding, Organisation, OrganisationKind, Scope};
use crate::model::review::{Outcome, PartForce, PrincipleResult, Severity};
use crate::rules::clauses::POLICY_2;
use crate::rules::explain::{finding, step};
use crate::rules::principles::{assess, part};
use crate::words::w;

/// Policy §2, scope: the policy covers all council-financed activity. For council-owned
/// activity (administrations and companies) it applies directly and overrides local
/// governing documents on innovation, IT and digitalisation; a private contractor is bound
/// through its agreement, which must carry the policy; activity the council does not
/// finance is out of scope.
pub fn applicability(org: &Organisation) -> Scope {
    let (applies, binds_through, overrides, result) = match org.kind {
        OrganisationKind::CouncilAdministration | OrganisationKind::CouncilCompany => {
            let mut r = assess(POLICY_2, Some(true), None, vec![]);
            r.message = w!(SCOPE_POLICY_APPLIES_DIRECTLY_OVERRIDES);
            (true, Binding::Ownership, true, r)
        }
        OrganisationKind::PrivateContractor => {
            let mut r = assess(
                POLICY_2,
                Some(true),
                None,
                vec![part(
                    "organisation.agreement_binds_policy",
                    org.agreement_binds_policy,
                    PartForce::Shall,
                    w!(PART_ORGANISATION_AGREEMENT_BINDS_POLICY),
                )],
            );
            r.message = match r.outcome {
                Outcome::Met => w!(SCOPE_POLICY_APPLIES_THROUGH_AGREEMENT),
                Outcome::NotMet => w!(SCOPE_POLICY_COVERS_CONTRACTOR_BUT),
                _ => w!(SCOPE_POLICY_COVERS_CONTRACTOR_THROUGH),
            };
            let binding = if org.agreement_binds_policy == Some(true) { Binding::Agreement } else { Binding::None };
            (true, binding, false, r)
        }
        OrganisationKind::NotCouncilFinanced => {
            let mut r = assess(POLICY_2, Some(false), None, vec![]);
            r.message = w!(SCOPE_POLICY_DOES_APPLY_ACTIVITY);
            (false, Binding::None, false, r)
        }
    };
    Scope {
        clause: POLICY_2.to_owned(),
        organisation: org.name.clone(),
        kind: org.kind,
        applies,
        binds_through,
        overrides_local_documents: overrides,
        result,
    }
}

/// Whether a case's organisation is outside the policy (policy §2): the council does not
/// finance its activity. A case without an organisation is assumed in scope.
pub(crate) fn out_of_scope(org: Option<&Organisation>) -> bool {
    org.is_some_and(|o| o.kind == OrganisationKind::NotCouncilFinanced)
}

/// The trace step that says whom the decision binds and why (policy §2).
pub(crate) fn scope_step(org: Option<&Organisation>) -> TraceStep {
    let message = match org.map(|o| o.kind) {
        None => w!(SCOPE_CASE_NAMES_ORGANISATION_ASSUMED),
        Some(OrganisationKind::CouncilAdministration | OrganisationKind::CouncilCompany) => {
            w!(SCOPE_COUNCIL_OWNS_ACTIVITY_POLICY)
        }
        Some(OrganisationKind::PrivateContractor) => w!(SCOPE_PRIVATE_CONTRACTOR_RUNS_ACTIVITY),
        Some(OrganisationKind::NotCouncilFinanced) => w!(SCOPE_COUNCIL_DOES_FINANCE_ACTIVITY),
    };
    step(POLICY_2, StepCode::Scope, message)
}

/// The one finding of a case outside the policy (policy §2).
pub(crate) fn out_of_scope_finding() -> Finding {
    finding(POLICY_2, FindingCode::OutOfScope, Severity::Info, None, w!(SCOPE_POLICY_DOES_APPLY_COUNCIL))
}

/// For a private contractor whose case does not record that its agreement carries the
/// policy: the info finding that the policy binds it only through the agreement.
pub(crate) fn agreement_finding(org: Option<&Organisation>) -> Option<Finding> {
    let org =
        org.filter(|o| o.kind == OrganisationKind::PrivateContractor && o.agreement_binds_policy != Some(true))?;
    let message = match org.agreement_binds_policy {
        Some(false) => w!(SCOPE_AGREEMENT_LACKS_POLICY),
        _ => w!(SCOPE_AGREEMENT_NOT_SHOWN),
    };
    Some(finding(POLICY_2, FindingCode::BindsThroughAgreement, Severity::Info, None, message))
}

/// Outside the policy every other clause is not applicable, with §2 as the reason.
pub(crate) fn not_applicable_outside(result: &mut PrincipleResult) {
    if result.clause == POLICY_2 {
        return;
    }
    result.outcome = Outcome::NotApplicable;
    result.severity = None;
    result.missing_evidence.clear();
    result.message = w!(SCOPE_DOES_APPLY_COUNCIL_DOES);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(kind: OrganisationKind, agreement: Option<bool>) -> Organisation {
        Organisation { name: None, kind, agreement_binds_policy: agreement }
    }

    #[test]
    fn council_owned_activity_is_bound_directly_and_overrides_local_documents() {
        for kind in [OrganisationKind::CouncilAdministration, OrganisationKind::CouncilCompany] {
            let s = applicability(&org(kind, None));
            assert!(s.applies && s.overrides_local_documents);
            assert_eq!((s.binds_through, s.result.outcome), (Binding::Ownership, Outcome::Met));
        }
    }

    #[test]
    fn a_contractor_is_bound_through_its_agreement() {
        let s = applicability(&org(OrganisationKind::PrivateContractor, Some(true)));
        assert_eq!((s.applies, s.overrides_local_documents, s.binds_through), (true, false, Binding::Agreement));
        let s = applicability(&org(OrganisationKind::PrivateContractor, Some(false)));
        assert_eq!(s.result.outcome, Outcome::NotMet);
        assert!(s.result.message.en().contains("the agreement must carry the policy"));
        let s = applicability(&org(OrganisationKind::PrivateContractor, None));
        assert_eq!(s.result.outcome, Outcome::NotKnown);
        assert_eq!(s.result.missing_evidence, vec!["organisation.agreement_binds_policy".to_owned()]);
    }

    #[test]
    fn activity_the_council_does_not_finance_is_out_of_scope() {
        let s = applicability(&org(OrganisationKind::NotCouncilFinanced, None));
        assert_eq!((s.applies, s.result.outcome), (false, Outcome::NotApplicable));
    }
}
