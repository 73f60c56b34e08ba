//! Analysis for notebooks, services and the CLI (the `analysis` feature; the browser build
//! leaves it out): what-if variants by parameter path ([`parameters`]), comparisons under
//! two packs ([`whatif`]), the sensitivity of a selection to each weight ([`sensitivity`]),
//! Region Östergötland's regional strategy ([`regional`]), and decision records with their
//! verification ([`record`]), and the yearly accounts of a year's records ([`accounts`]). It sits above the engine and
//! uses only its public API.

pub mod accounts;
pub mod parameters;
pub mod questions;
pub mod record;
pub mod regional;
pub mod sensitivity;
pub mod whatif;
