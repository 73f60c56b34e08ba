//! Scope, policy §2: to whom the policy applies and how it binds them.

use crate::message::{msg, Message};
use crate::model::decision::{Finding, FindingCode, StepCode, TraceStep};
use crate::model::organisation::{Binding, Organisation, OrganisationKind, Scope};
use crate::model::review::{Outcome, PartForce, PrincipleResult, Severity};
use crate::rules::clauses::POLICY_2;
use crate::rules::explain::{finding, step};
use crate::rules::principles::{assess, part};

/// Policy §2, scope: the policy covers all council-financed activity. For council-owned
/// activity (administrations and companies) it applies directly and overrides local
/// governing documents on innovation, IT and digitalisation; a private contractor is bound
/// through its agreement, which must carry the policy; activity the council does not
/// finance is out of scope.
pub fn applicability(org: &Organisation) -> Scope {
    let (applies, binds_through, overrides, result) = match org.kind {
        OrganisationKind::CouncilAdministration | OrganisationKind::CouncilCompany => {
            let mut r = assess(POLICY_2, Some(true), None, vec![]);
            r.message = msg!(
                "Policyn gäller direkt och går före lokala styrdokument om innovation, IT och digitalisering.",
                "The policy applies directly and overrides local governing documents on innovation, IT and digitalisation.",
            );
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
                    "avtalet binder entreprenören till policyn",
                    "the agreement binds the contractor to the policy",
                )],
            );
            r.message = match r.outcome {
                Outcome::Met => msg!(
                    "Policyn gäller genom avtalet med landstinget.",
                    "The policy applies through the agreement with the council.",
                ),
                Outcome::NotMet => msg!(
                    "Policyn omfattar entreprenören, men avtalet saknar en klausul om den: avtalet måste ta in policyn.",
                    "The policy covers the contractor, but the agreement lacks a clause on it: the agreement must carry the policy.",
                ),
                _ => msg!(
                    "Policyn omfattar entreprenören genom avtalet; det är okänt om avtalet tar in policyn.",
                    "The policy covers the contractor through the agreement; it is not known whether the agreement carries it.",
                ),
            };
            let binding = if org.agreement_binds_policy == Some(true) { Binding::Agreement } else { Binding::None };
            (true, binding, false, r)
        }
        OrganisationKind::NotCouncilFinanced => {
            let mut r = assess(POLICY_2, Some(false), None, vec![]);
            r.message = msg!(
                "Policyn gäller inte verksamhet som landstinget inte finansierar.",
                "The policy does not apply to activity the council does not finance.",
            );
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
        None => msg!(
            "Ärendet anger ingen organisation; det antas omfattas av policyn.",
            "The case names no organisation; it is assumed to be within the policy.",
        ),
        Some(OrganisationKind::CouncilAdministration | OrganisationKind::CouncilCompany) => msg!(
            "Verksamheten ägs av landstinget; policyn gäller direkt.",
            "The council owns the activity; the policy applies directly.",
        ),
        Some(OrganisationKind::PrivateContractor) => msg!(
            "Verksamheten bedrivs av en privat utförare; policyn gäller genom avtalet.",
            "A private contractor runs the activity; the policy applies through the agreement.",
        ),
        Some(OrganisationKind::NotCouncilFinanced) => msg!(
            "Landstinget finansierar inte verksamheten; ärendet prövas inte enligt policyn.",
            "The council does not finance the activity; the case is not decided under the policy.",
        ),
    };
    step(POLICY_2, StepCode::Scope, message)
}

/// The one finding of a case outside the policy (policy §2).
pub(crate) fn out_of_scope_finding() -> Finding {
    finding(
        POLICY_2,
        FindingCode::OutOfScope,
        Severity::Info,
        None,
        msg!(
            "Policyn gäller inte: landstinget finansierar inte verksamheten, så ärendet avgörs inte enligt den. Ingen väg, rangordning eller avvikelse anges.",
            "The policy does not apply: the council does not finance the activity, so the case is not decided under it. No route, ranking or deviation is given.",
        ),
    )
}

/// For a private contractor whose case does not record that its agreement carries the
/// policy: the info finding that the policy binds it only through the agreement.
pub(crate) fn agreement_finding(org: Option<&Organisation>) -> Option<Finding> {
    let org =
        org.filter(|o| o.kind == OrganisationKind::PrivateContractor && o.agreement_binds_policy != Some(true))?;
    let (sv, en) = match org.agreement_binds_policy {
        Some(false) => (
            "Avtalet med utföraren tar inte in policyn; policyn binder utföraren bara genom avtalet, så avtalet behöver kompletteras.",
            "The contractor's agreement does not carry the policy; the policy binds a contractor only through its agreement, so the agreement needs amending.",
        ),
        _ => (
            "Policyn binder utföraren bara genom avtalet, och ärendet visar inte att avtalet tar in policyn.",
            "The policy binds a contractor only through its agreement, and the case does not show that the agreement carries it.",
        ),
    };
    Some(finding(POLICY_2, FindingCode::BindsThroughAgreement, Severity::Info, None, Message::fixed(sv, en)))
}

/// Outside the policy every other clause is not applicable, with §2 as the reason.
pub(crate) fn not_applicable_outside(result: &mut PrincipleResult) {
    if result.clause == POLICY_2 {
        return;
    }
    result.outcome = Outcome::NotApplicable;
    result.severity = None;
    result.missing_evidence.clear();
    result.message = msg!(
        "Gäller inte: landstinget finansierar inte verksamheten (policy §2).",
        "Does not apply: the council does not finance the activity (policy §2).",
    );
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
