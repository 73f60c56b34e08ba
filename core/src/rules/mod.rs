//! The rules, one module per part of the policy. Each rule names its clause in its doc
//! comment; [`clauses`] is the index from a clause id to the one function that implements it.
//!
//! | module | clauses |
//! | --- | --- |
//! | `order` | policy §5.9: the order of stages, the supplier choice, the innovation perspective |
//! | `benefit` | policy §5.6: the benefit assessment before the decision, the whole before a unit's wish |
//! | `procurement` | innovation strategy 6.3: procurement that allows new solutions |
//! | [`principles`] | policy §5.1–5.5, 5.7, 5.8; digitalisation strategy 3.1, 6.1; innovation strategy 6.5 |
//! | [`scope`] | policy §2: to whom the policy applies |
//! | [`definitions`] | policy §3, §3.1: what an innovation is |
//! | `in_force` | innovation and digitalisation strategy 2: the documents in force on the case's date |
//! | `justify` | policy §6 and DOMAIN's comply-or-explain: justified and open deviations |
//!
//! Rules see a checked case ([`crate::input::check`]) and the pack's parameters, never the
//! compiled [`crate::Policy`]: they sit below the pack layer.

#[cfg(feature = "analysis")]
pub mod alignment;
pub(crate) mod benefit;
pub mod clauses;
pub mod definitions;
pub(crate) mod explain;
pub(crate) mod in_force;
pub(crate) mod justify;
pub(crate) mod order;
pub mod principles;
pub(crate) mod procurement;
pub(crate) mod ranking;
pub mod scope;
