//! Analysis for notebooks, services and the CLI (the `analysis` feature; the browser build
//! leaves it out): what-if variants by parameter path ([`parameters`]), comparisons under
//! two packs ([`whatif`]), the sensitivity of a selection to each weight ([`sensitivity`]),
//! and Region Östergötland's regional strategy ([`regional`]). It sits above the engine and
//! uses only its public API.

pub mod parameters;
pub mod regional;
pub mod sensitivity;
pub mod whatif;
