//! The one way into the library for every front end, in the shape of cedar-policy's ffi
//! `Call`/`Answer`: a typed [`Request`] in, a typed [`Response`] out, through one [`run`]
//! under a [`Registry`] (a single pack is a registry of one). [`run_json`] wraps it for the
//! text front ends (the browser, the conformance vectors): an operation's name, its input
//! as JSON text and its [`Options`] in, the canonical JSON (or the document) out.
//!
//! The CLI builds a [`Request`] from its arguments and renders the [`Response`]; the Python
//! binding builds one from its objects; the WASM module calls [`run_json`]. A new operation
//! is one [`Request`] variant, its handler in [`run`] and its wiring in each front end.
//!
//! ```
//! use digipolicy::ffi::{self, Options};
//! use digipolicy::Registry;
//! let registry = Registry::embedded()?;
//! let scope = ffi::run_json(&registry, "scope", r#"{"kind": "not_council_financed"}"#, &Options::default())?;
//! assert!(scope.contains("\"applies\": false"));
//! // Errors are one serializable report with a stable code, a path and sv/en messages.
//! let err = ffi::run_json(&registry, "decide", r#"{"id": 3}"#, &Options::default()).unwrap_err();
//! assert_eq!((err.code.as_str(), err.path.as_str()), ("wrong-type", "id"));
//! assert!(err.message.sv.starts_with("ogiltigt ärende"));
//! # Ok::<(), digipolicy::ErrorReport>(())
//! ```

mod request;
mod response;

#[cfg(feature = "documents")]
pub use request::DocumentOptions;
pub use request::{Options, Request, Source};
pub use response::Response;

pub use crate::error::ErrorReport;
use crate::error::{ErrorCode, Problem};
use crate::message::Arg;
use crate::model::case::Case;
use crate::pack::{Policy, Registry};
use crate::words::w;
use serde::Serialize;

/// Serializes any output value as the library's canonical JSON: pretty, two-space indent,
/// fields in declaration order, a final newline. Every runtime gets these exact bytes.
pub fn to_json<T: Serialize>(value: &T) -> Result<String, ErrorReport> {
    serde_json::to_string_pretty(value).map(|s| s + "\n").map_err(|e| ErrorReport::internal(&e.to_string()))
}

/// Runs `operation` on `input` (JSON text) with `options` under `registry`: the result as
/// the text a front end prints ([`Response::into_text`]).
pub fn run_json(registry: &Registry, operation: &str, input: &str, options: &Options) -> Result<String, ErrorReport> {
    run(registry, Request::new(operation, input, options)?)?.into_text()
}

impl Options {
    /// Options given as a JSON object (`{"as_of": "2025-03-01"}`); an unknown option or a
    /// value of the wrong type is an error of the `options` input at its path.
    pub fn from_json(json: &str) -> Result<Options, ErrorReport> {
        crate::input::parse::parse(json).map_err(|p| ErrorReport::single("options", p))
    }

    /// The options of deciding: `as_of` read as a date (an error at the path `as_of` of the
    /// options).
    pub fn decide_options(&self) -> Result<crate::model::decision::DecideOptions, ErrorReport> {
        request::decide_options(self.as_of.as_deref())
    }

    /// The year of the accounts, 1–9999 (an error at the path `year` of the options, also
    /// when it is not given).
    #[cfg(feature = "analysis")]
    pub fn accounts_year(&self) -> Result<u16, ErrorReport> {
        let year = self.year.ok_or_else(|| request::missing("year", "accounts", "`2025`"))?;
        request::check_year(year)
    }

    /// The options of a memo: `lang`, `format` and `as_of` read (Swedish Markdown when not
    /// given); a bad value is an error at its path of the options.
    #[cfg(feature = "documents")]
    pub fn memo_options(&self) -> Result<crate::documents::memo::MemoOptions, ErrorReport> {
        let document = request::document_of(self)?;
        Ok(crate::documents::memo::MemoOptions {
            lang: document.lang,
            format: document.format,
            decide: self.decide_options()?,
        })
    }
}

/// A case from its source, read under the registry's limits.
fn read_case(registry: &Registry, case: Source<Case>) -> Result<Case, ErrorReport> {
    Ok(case.read(|text| registry.parse_case(text))?)
}

/// Answers `request` under `registry`: a case is decided under the pack in force on its
/// date (or `as_of`), or the registry's only pack; what has no date uses the newest pack.
pub fn run(registry: &Registry, request: Request) -> Result<Response, ErrorReport> {
    Ok(match request {
        Request::Decide { case, options } => {
            let case = read_case(registry, case)?;
            let decision = registry.deciding(&case, options)?.decide_with(&case, options)?;
            Response::Decision { case: Box::new(case), decision: Box::new(decision) }
        }
        Request::Review { case, options } => {
            let case = read_case(registry, case)?;
            Response::Review(Box::new(registry.deciding(&case, options)?.review_with_options(&case, options)?))
        }
        Request::Scope { organisation } => {
            let policy = registry.newest()?;
            let organisation = organisation.read(|text| policy.parse_organisation(text))?;
            Response::Scope(Box::new(policy.scope(&organisation)?))
        }
        Request::Classify { initiative } => {
            let policy = registry.newest()?;
            let initiative = initiative.read(|text| policy.parse_initiative(text))?;
            let classification = policy.classify(&initiative)?;
            Response::Classification { initiative: Box::new(initiative), classification: Box::new(classification) }
        }
        #[cfg(feature = "analysis")]
        other => return analysis::run(registry, other),
    })
}

#[cfg(feature = "analysis")]
mod analysis {
    //! The handlers of the analysis and document operations.

    use super::{read_case, ErrorReport, Request, Response};
    use crate::analysis::whatif;
    use crate::audit::record;
    use crate::model::regional::RegionalStrategy;
    use crate::pack::Registry;

    pub(super) fn run(registry: &Registry, request: Request) -> Result<Response, ErrorReport> {
        Ok(match request {
            Request::Compare { cases, overrides } => {
                let policy = registry.newest()?;
                let cases = cases.read(|text| policy.parse_cases(text))?;
                let variant = policy.variant(&overrides)?;
                Response::Comparison(Box::new(whatif::compare(&cases, policy, &variant)))
            }
            Request::Sensitivity { case } => {
                let case = read_case(registry, case)?;
                let policy = registry.deciding(&case, crate::model::decision::DecideOptions::default())?;
                Response::Sensitivity(Box::new(crate::analysis::sensitivity::sensitivity(policy, &case)?))
            }
            Request::Align { initiatives } => {
                let strategy = RegionalStrategy::ostergotland_2018()?;
                let initiatives = initiatives.read(crate::input::regional::parse_initiatives)?;
                Response::Alignment(Box::new(crate::rules::alignment::align(&strategy, &initiatives)?))
            }
            Request::Record { case, options } => {
                let read = registry.parse_case(&case)?;
                let policy = registry.deciding(&read, options)?;
                Response::Record(Box::new(policy.record(&read, &case, options)?))
            }
            Request::Verify { record } => {
                let record = record.read(record::parse_record)?;
                let policy = registry.named_or_newest(&record.pack.id, &record.pack.version)?;
                Response::Verification(Box::new(policy.verify(&record)))
            }
            Request::Accounts {
                records,
                year,
                #[cfg(feature = "documents")]
                document,
            } => {
                let year = super::request::check_year(i64::from(year))?;
                let mut tally = crate::analysis::accounts::Tally::new(registry.clone(), year);
                match records {
                    super::Source::Json(text) => tally.add_text(&text)?,
                    super::Source::Value(records) => records.iter().for_each(|r| tally.add(r)),
                }
                let accounts = tally.finish()?;
                #[cfg(feature = "documents")]
                if let Some(d) = document {
                    return Ok(Response::Document(crate::documents::accounts::render_accounts(
                        &accounts, d.lang, d.format,
                    )?));
                }
                Response::Accounts(Box::new(accounts))
            }
            #[cfg(feature = "documents")]
            Request::AccountsDocument { accounts, options } => {
                let accounts = accounts.read(crate::analysis::accounts::parse_accounts)?;
                Response::Document(crate::documents::accounts::render_accounts(
                    &accounts,
                    options.lang,
                    options.format,
                )?)
            }
            #[cfg(feature = "documents")]
            Request::Memo { case, options } => {
                let case = read_case(registry, case)?;
                Response::Document(registry.deciding(&case, options.decide)?.memo(&case, &options)?)
            }
            #[cfg(feature = "documents")]
            Request::Card { decision, lang } => {
                let decision = decision.read(crate::model::decision::Decision::from_json)?;
                let policy = registry.named_or_newest(&decision.policy.id, &decision.policy.version)?;
                Response::Document(crate::documents::card::render_card(policy, &decision, lang)?)
            }
            Request::Policy => Response::Policy(Box::new(registry.newest()?.pack().clone())),
            Request::Schema { name } => {
                Response::Schema(crate::schema::schema_text(&name).ok_or_else(|| super::unknown_schema(&name))?)
            }
            Request::Labels => Response::Labels(super::labels()),
            Request::Questions => Response::Questions(registry.newest()?.questions()),
            Request::Decide { .. } | Request::Review { .. } | Request::Scope { .. } | Request::Classify { .. } => {
                return super::run(registry, request)
            }
        })
    }
}

/// Compiles a policy pack given as JSON.
pub fn policy_from_json(pack_json: &str) -> Result<Policy, ErrorReport> {
    Policy::from_json(pack_json).map_err(ErrorReport::from)
}

/// The reader's names of the contract's ids in Swedish and English, so that every binding
/// labels a decision as the CLI's report does: `{"route": {"in_house": {"sv": …, "en": …}},
/// "stage": …, "status": …, "severity": …, "outcome": …}`.
#[cfg(feature = "analysis")]
fn labels() -> serde_json::Value {
    use crate::model::case::Origin;
    use crate::model::decision::{Route, Status};
    use crate::model::review::{Outcome, Severity};
    use strum::VariantArray;
    fn group<T: Copy + Into<&'static str>>(all: &[T], label: fn(T) -> crate::text::Text) -> serde_json::Value {
        all.iter()
            .map(|v| ((*v).into().to_owned(), serde_json::json!({ "sv": label(*v).sv, "en": label(*v).en })))
            .collect::<serde_json::Map<String, serde_json::Value>>()
            .into()
    }
    serde_json::json!({
        "route": group(Route::VARIANTS, Route::label),
        "stage": group(Origin::VARIANTS, Origin::label),
        "status": group(Status::VARIANTS, Status::label),
        "severity": group(Severity::VARIANTS, Severity::label),
        "outcome": group(Outcome::VARIANTS, Outcome::label),
    })
}

/// Input limits given as a JSON object of [`crate::Limits`] fields (the others keep their
/// defaults); an unknown field is an error of the `options` input.
pub fn limits_from_json(json: &str) -> Result<crate::input::limits::Limits, ErrorReport> {
    crate::input::parse::parse(json).map_err(|p| ErrorReport::single("options", p))
}

/// The error for a schema name the library does not publish.
#[cfg(feature = "analysis")]
fn unknown_schema(name: &str) -> ErrorReport {
    unknown_schema_among(name, &crate::schema::names())
}

/// The error for a schema name that is not among `names` (the browser build passes the
/// names of the schemas it ships as data, so that the generators stay out of the module).
pub fn unknown_schema_among(name: &str, names: &[&str]) -> ErrorReport {
    let list = crate::text::id_list(names);
    let shown = crate::error::quote(name);
    let problem = Problem::new(
        ErrorCode::InvalidValue,
        "",
        w!(FfiUnknownSchemaShown { shown: Arg::Str(shown.to_string().into()) }).text(),
    )
    .with_hint(w!(FfiOneList { list: Arg::Str(list.to_string().into()) }).text());
    ErrorReport::single("request", problem)
}
