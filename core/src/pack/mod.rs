//! The pack layer: a pack (its format is [`crate::model::pack`]) compiled into the immutable
//! [`Policy`] handle ([`compile`]), and packs over time ([`registry`]). It sits above the
//! rules, whose cited clauses a pack must hold, and below the engine that decides.

pub mod compile;
#[cfg(feature = "analysis")]
pub mod regional;
pub mod registry;

pub use compile::{Policy, SLL_2016_JSON};
pub use registry::Registry;
