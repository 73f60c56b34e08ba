//! The model: the contract's types, the bottom layer above the text, date and error
//! foundations. Every type here is data: it deserializes strictly (an unknown field anywhere
//! is an error with its path), serializes to the contract's JSON and carries no rule.
//!
//! - [`case`]: a request for new IT support, the input of a decision;
//! - [`decision`]: what the policy requires for a case, with every step explained;
//! - [`review`]: the case against each governing principle;
//! - [`organisation`]: who is behind a case, and the scope result (policy §2);
//! - [`initiative`]: an initiative and its classification (policy §3);
//! - [`pack`]: the policy pack as data, and the reference a decision keeps to it.

pub mod case;
pub mod decision;
pub mod initiative;
pub mod organisation;
pub mod pack;
#[cfg(feature = "analysis")]
pub mod regional;
pub mod review;
#[macro_use]
pub(crate) mod tristate;
