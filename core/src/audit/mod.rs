//! The audit trail (the `analysis` feature): what a case-management system keeps of a
//! decision and how it is checked later. A [`record::DecisionRecord`] holds the case as
//! given, the decision, the pack that made it and digests of both; `verify` decides the
//! record again and says whether it still stands. It sits beside the analysis, above the
//! engine, and uses only the engine's API.

pub mod record;
