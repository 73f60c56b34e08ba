//! Scope, policy §2: to whom the policy applies and how it binds them.

use crate::clauses::POLICY_2;
use crate::principles::{assess, part, Outcome, PartForce, PrincipleResult};
use crate::text::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Who an organisation is, as policy §2 distinguishes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    /// An administration of the council (förvaltning).
    CouncilAdministration,
    /// A company the council owns.
    CouncilCompany,
    /// A private contractor whose work the council finances.
    PrivateContractor,
    /// Activity the council does not finance.
    NotCouncilFinanced,
}

/// An organisation whose activity may fall under the policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Organisation")]
pub struct Organisation {
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What kind of organisation it is.
    pub kind: OrganisationKind,
    /// For a private contractor: whether its agreement binds it to the policy; absent when
    /// not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_binds_policy: Option<bool>,
}

/// How the policy reaches an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Binding {
    /// Directly: the council owns the activity.
    Ownership,
    /// Through the agreement with the council.
    Agreement,
    /// Not at all.
    None,
}

/// Whether and how the policy applies to an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Scope")]
pub struct Scope {
    /// The clause applied: `policy:2`.
    pub clause: String,
    /// The organisation's name, if given.
    pub organisation: Option<String>,
    /// What kind of organisation it is.
    pub kind: OrganisationKind,
    /// Whether the policy covers its activity.
    pub applies: bool,
    /// How the policy binds it.
    pub binds_through: Binding,
    /// Whether the policy overrides its local governing documents on innovation, IT and
    /// digitalisation (council-owned activity only).
    pub overrides_local_documents: bool,
    /// The result as a principle: met, not met (a contractor whose agreement lacks the
    /// policy), not known, or not applicable.
    pub result: PrincipleResult,
}

/// Policy §2, scope: the policy covers all council-financed activity. For council-owned
/// activity (administrations and companies) it applies directly and overrides local
/// governing documents on innovation, IT and digitalisation; a private contractor is bound
/// through its agreement, which must carry the policy; activity the council does not
/// finance is out of scope.
pub fn applicability(org: &Organisation) -> Scope {
    let (applies, binds_through, overrides, result) = match org.kind {
        OrganisationKind::CouncilAdministration | OrganisationKind::CouncilCompany => {
            let mut r = assess(POLICY_2, Some(true), None, vec![]);
            r.message = Text::new(
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
                Outcome::Met => Text::new(
                    "Policyn gäller genom avtalet med landstinget.",
                    "The policy applies through the agreement with the council.",
                ),
                Outcome::NotMet => Text::new(
                    "Policyn omfattar entreprenören, men avtalet saknar en klausul om den: avtalet måste ta in policyn.",
                    "The policy covers the contractor, but the agreement lacks a clause on it: the agreement must carry the policy.",
                ),
                _ => Text::new(
                    "Policyn omfattar entreprenören genom avtalet; det är okänt om avtalet tar in policyn.",
                    "The policy covers the contractor through the agreement; it is not known whether the agreement carries it.",
                ),
            };
            let binding = if org.agreement_binds_policy == Some(true) { Binding::Agreement } else { Binding::None };
            (true, binding, false, r)
        }
        OrganisationKind::NotCouncilFinanced => {
            let mut r = assess(POLICY_2, Some(false), None, vec![]);
            r.message = Text::new(
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
        assert!(s.result.message.en.contains("the agreement must carry the policy"));
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
