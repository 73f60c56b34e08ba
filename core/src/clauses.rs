//! The clause ids the rules cite, and where each is implemented.
//!
//! A clause id is `document:section`. Each constant's doc names the function that implements
//! the clause, so a reader gets from a clause id to its code; every finding and trace step
//! carries one of these ids, so a reader gets from a finding back to its clause. A pack must
//! hold every id in [`CITED`] (checked by [`crate::Policy::from_pack`]).

/// Policy §5.6, the whole before the parts: a council-wide benefit assessment precedes every
/// decision, and the council's benefit outranks one unit's wish. Implemented by
/// [`crate::acquisition::benefit_assessment_gate`] and
/// [`crate::acquisition::unit_preference`].
pub const POLICY_5_6: &str = "policy:5.6";

/// Policy §5.9, coordinated acquisition: in-house first, market second, development last
/// (preferably with other regions), the supplier chosen on cost, strategic importance and
/// delivery ability, the innovation perspective in every evaluation. Implemented by
/// [`crate::acquisition::acquisition_order`].
pub const POLICY_5_9: &str = "policy:5.9";

/// Innovation strategy §6.3: procurement asks for, or at least allows, new solutions.
/// Implemented by [`crate::acquisition::innovation_friendly_procurement`].
pub const INNOVATION_STRATEGY_6_3: &str = "innovation-strategy:6.3";

/// Every clause id a rule can cite.
pub const CITED: &[&str] = &[POLICY_5_6, POLICY_5_9, INNOVATION_STRATEGY_6_3];
