//! The clause ids the rules cite, and where each is implemented.
//!
//! A clause id is `document:section`. Each constant's doc names the one function that
//! implements the clause, so a reader gets from a clause id to its code; every finding,
//! trace step and review result carries one of these ids, so a reader gets from a finding
//! back to its clause. A pack must hold every id in [`CITED`] (checked by
//! [`crate::Policy::from_pack`]).
//!
//! The functions are private to the crate: the links below lead to them in the source and in
//! documentation built with `--document-private-items`, which is where a maintainer follows
//! a clause to its code.

#![expect(
    rustdoc::private_intra_doc_links,
    reason = "a clause's doc names its private implementing function on purpose"
)]

/// Policy §2, scope. Implemented by [`crate::rules::scope::applicability`].
pub const POLICY_2: &str = "policy:2";

/// Policy §3, the definition of innovation. Implemented by [`crate::rules::definitions::classify`].
pub const POLICY_3: &str = "policy:3";

/// Policy §3.1, delimitations (radicality). Implemented by [`crate::rules::definitions::classify`].
pub const POLICY_3_1: &str = "policy:3.1";

/// Policy §5.1, focus on citizens' needs. Implemented by [`crate::rules::principles::citizens_needs`].
pub const POLICY_5_1: &str = "policy:5.1";

/// Policy §5.2, digital first. Implemented by [`crate::rules::principles::digital_first`].
pub const POLICY_5_2: &str = "policy:5.2";

/// Policy §5.3, user-driven development. Implemented by [`crate::rules::principles::user_driven`].
pub const POLICY_5_3: &str = "policy:5.3";

/// Policy §5.4, leadership and culture. Implemented by
/// [`crate::rules::principles::leadership_and_culture`].
pub const POLICY_5_4: &str = "policy:5.4";

/// Policy §5.5, openness and standardisation. Implemented by
/// [`crate::rules::principles::openness_and_standards`].
pub const POLICY_5_5: &str = "policy:5.5";

/// Policy §5.6, the whole before the parts: a council-wide benefit assessment precedes every
/// decision, and the council's benefit outranks one unit's wish. Implemented by
/// `crate::rules::benefit::whole_before_parts`.
pub const POLICY_5_6: &str = "policy:5.6";

/// Policy §5.7, implementation and dissemination. Implemented by
/// [`crate::rules::principles::implementation_and_dissemination`].
pub const POLICY_5_7: &str = "policy:5.7";

/// Policy §5.8, information as a strategic asset. Implemented by
/// [`crate::rules::principles::information_asset`].
pub const POLICY_5_8: &str = "policy:5.8";

/// Policy §5.9, coordinated acquisition: in-house first, market second, development last
/// (preferably with other regions), the supplier chosen on cost, strategic importance and
/// delivery ability, the innovation perspective in every evaluation. Implemented by
/// `crate::rules::order::acquisition_order`.
pub const POLICY_5_9: &str = "policy:5.9";

/// Innovation strategy 2, application: the strategy is for the years 2016–2020. Implemented
/// by `crate::rules::in_force::documents_in_force` (a later case is not reviewed under it).
pub const INNOVATION_STRATEGY_2: &str = "innovation-strategy:2";

/// Digitalisation strategy 2, application: the strategy is for the years 2016–2020.
/// Implemented by `crate::rules::in_force::documents_in_force`.
pub const DIGITALISATION_STRATEGY_2: &str = "digitalisation-strategy:2";

/// Digitalisation strategy 3.1: decisions take the governing documents into account.
/// Implemented by [`crate::rules::principles::governing_documents_considered`].
pub const DIGITALISATION_STRATEGY_3_1: &str = "digitalisation-strategy:3.1";

/// Digitalisation strategy 6.1: the qualities of a new e-service. Implemented by
/// [`crate::rules::principles::e_service_qualities`].
pub const DIGITALISATION_STRATEGY_6_1: &str = "digitalisation-strategy:6.1";

/// Innovation strategy 3.2: decisions on innovation take the governing documents of the
/// related processes into account. Implemented by
/// [`crate::rules::principles::innovation_decisions_consider_documents`].
pub const INNOVATION_STRATEGY_3_2: &str = "innovation-strategy:3.2";

/// Innovation strategy 6.3: procurement asks for, or at least allows, new solutions, and
/// contracts and payment models drive innovation as far as possible. Implemented by
/// `crate::rules::procurement::innovation_friendly_procurement`.
pub const INNOVATION_STRATEGY_6_3: &str = "innovation-strategy:6.3";

/// Innovation strategy 6.5: test environments where they bring clear benefit. Implemented
/// by [`crate::rules::principles::test_environments`].
pub const INNOVATION_STRATEGY_6_5: &str = "innovation-strategy:6.5";

/// Every clause id a rule can cite, in the order a review reports them.
pub const CITED: &[&str] = &[
    POLICY_2,
    POLICY_3,
    POLICY_3_1,
    POLICY_5_1,
    POLICY_5_2,
    POLICY_5_3,
    POLICY_5_4,
    POLICY_5_5,
    POLICY_5_6,
    POLICY_5_7,
    POLICY_5_8,
    POLICY_5_9,
    DIGITALISATION_STRATEGY_2,
    DIGITALISATION_STRATEGY_3_1,
    DIGITALISATION_STRATEGY_6_1,
    INNOVATION_STRATEGY_2,
    INNOVATION_STRATEGY_3_2,
    INNOVATION_STRATEGY_6_3,
    INNOVATION_STRATEGY_6_5,
];

/// A clause as a person cites it, in Swedish and English: `policy:5.9` is "policyn § 5.9" /
/// "the policy § 5.9", `digitalisation-strategy:6.1` is "digitaliseringsstrategin avsnitt
/// 6.1" / "the digitalisation strategy section 6.1". An id of another document is cited as
/// it is written.
///
/// ```
/// let c = digipolicy::clauses::citation("innovation-strategy:6.3");
/// assert_eq!((&*c.sv, &*c.en), ("innovationsstrategin avsnitt 6.3", "the innovation strategy section 6.3"));
/// ```
pub fn citation(id: &str) -> crate::text::Text {
    use crate::message::Arg;
    use crate::words::w;
    let (document, section) = id.split_once(':').unwrap_or((id, ""));
    let section = Arg::Str(section.to_owned().into());
    let message = match document {
        "policy" => w!(CitePolicy { section }),
        "digitalisation-strategy" => w!(CiteDigitalisationStrategy { section }),
        "innovation-strategy" => w!(CiteInnovationStrategy { section }),
        _ => return crate::text::Text::new(id.to_owned(), id.to_owned()),
    };
    message.text()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cited_clause_has_a_citation_without_its_id() {
        for id in CITED {
            let c = citation(id);
            assert!(!c.sv.contains(':') && !c.en.contains(':'), "{id}: {c:?}");
            assert!(c.sv.ends_with(id.rsplit(':').next().unwrap()), "{id}");
        }
        assert_eq!(citation("policy:5.9").sv, "policyn § 5.9");
        assert_eq!(citation("other:1").en, "other:1");
    }
}
