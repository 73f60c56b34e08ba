//! The input layer: strict parsing of JSON into the model's types ([`parse`]) and the
//! contract checks a type cannot express ([`check`]). It sits above the model and below the
//! rules: the rules only ever see a checked case.

pub mod check;
pub mod limits;
pub(crate) mod messages;
pub mod parse;
#[cfg(feature = "analysis")]
pub mod regional;
pub(crate) mod regions;
pub mod scan;
#[cfg(feature = "analysis")]
pub mod split;
pub(crate) mod tree;
