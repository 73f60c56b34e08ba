//! Analysis for notebooks, services and the CLI (the `analysis` feature; the browser build
//! leaves it out): what-if variants by parameter path ([`parameters`]), comparisons under
//! two packs ([`whatif`]), the sensitivity of a selection to each weight ([`sensitivity`]),
//! and the yearly accounts of a year's decision records ([`accounts`]). It sits above the
//! engine and the audit trail and uses only their public API.

pub mod accounts;
pub mod parameters;
pub mod sensitivity;
pub mod whatif;
