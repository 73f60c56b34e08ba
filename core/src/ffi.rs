//! The one JSON layer every binding uses (CLI, Python, WASM): strings in, strings out,
//! errors as one serializable report. Bindings convert and forward to these functions and
//! hold no rule, so no binding drifts.

pub use crate::error::ErrorReport;
use crate::error::{ErrorCode, Problem};
use crate::model::decision::DecideOptions;
use crate::pack::Policy;
use crate::text::Text;
use serde::Serialize;

/// Serializes any output value as the library's canonical JSON: pretty, two-space indent,
/// fields in declaration order, a final newline. Every runtime gets these exact bytes.
pub fn to_json<T: Serialize>(value: &T) -> Result<String, ErrorReport> {
    serde_json::to_string_pretty(value).map(|s| s + "\n").map_err(|e| ErrorReport::internal(&e.to_string()))
}

/// Decides a case given as JSON under `policy`; the decision as canonical JSON.
pub fn decide_json(policy: &Policy, case_json: &str) -> Result<String, ErrorReport> {
    decide_json_with(policy, case_json, DecideOptions::default())
}

/// Reviews a case given as JSON against every principle; the review as canonical JSON.
pub fn review_json(policy: &Policy, case_json: &str) -> Result<String, ErrorReport> {
    review_json_with(policy, case_json, DecideOptions::default())
}

/// Checks the scope (policy §2) for an organisation given as JSON.
pub fn scope_json(policy: &Policy, organisation_json: &str) -> Result<String, ErrorReport> {
    let scope = policy.scope(&policy.parse_organisation(organisation_json)?)?;
    to_json(&scope)
}

/// Classifies an initiative given as JSON (policy §3, §3.1).
pub fn classify_json(policy: &Policy, initiative_json: &str) -> Result<String, ErrorReport> {
    let classification = policy.classify(&policy.parse_initiative(initiative_json)?)?;
    to_json(&classification)
}

/// Compares cases under `policy` and a variant of it: the input is
/// `{"cases": [...], "overrides": {"weights.cost": 3}}`.
#[cfg(feature = "analysis")]
pub fn compare_json(policy: &Policy, request_json: &str) -> Result<String, ErrorReport> {
    let request = crate::analysis::whatif::parse_compare_request(request_json)?;
    let variant = policy.variant(&request.overrides)?;
    to_json(&crate::analysis::whatif::compare(&request.cases, policy, &variant))
}

/// How sensitive the decision of a case given as JSON is to each criterion weight.
#[cfg(feature = "analysis")]
pub fn sensitivity_json(policy: &Policy, case_json: &str) -> Result<String, ErrorReport> {
    let case = policy.parse_case(case_json)?;
    to_json(&crate::analysis::sensitivity::sensitivity(policy, &case)?)
}

/// Decides a case given as JSON and returns the decision record to keep (case, decision,
/// pack stamp, library version, digest of the canonical input).
#[cfg(feature = "analysis")]
pub fn record_json(policy: &Policy, case_json: &str) -> Result<String, ErrorReport> {
    to_json(&policy.record_json(case_json)?)
}

/// Reads a decision record from JSON; text that is not one is a `request` error.
#[cfg(feature = "analysis")]
pub fn parse_record(record_json: &str) -> Result<crate::analysis::record::DecisionRecord, ErrorReport> {
    serde_json::from_str(record_json).map_err(|e| {
        let message =
            crate::text::Text::new(format!("inget beslutsprotokoll: {e}"), format!("not a decision record: {e}"));
        ErrorReport::single("request", Problem::new(ErrorCode::WrongType, "", message))
    })
}

/// Verifies a decision record given as JSON under `policy`: `ok`, `tampered` or `different`.
#[cfg(feature = "analysis")]
pub fn verify_json(policy: &Policy, record_json: &str) -> Result<String, ErrorReport> {
    to_json(&policy.verify(&parse_record(record_json)?))
}

/// The yearly accounts of `year` from decision records given as JSON lines or a JSON array
/// (see [`crate::analysis::accounts`]); the accounts as canonical JSON.
#[cfg(feature = "analysis")]
pub fn accounts_json(policy: &Policy, records: &str, year: u16) -> Result<String, ErrorReport> {
    to_json(&policy.accounts(&crate::analysis::accounts::parse_records(records)?, year))
}

/// Renders accounts given as their JSON (what [`accounts_json`] returns) as a document in
/// `lang` (`sv`, `en`) and `format` (`md`, `html`).
#[cfg(feature = "documents")]
pub fn accounts_document(accounts_json: &str, lang: &str, format: &str) -> Result<String, ErrorReport> {
    let (lang, format) = document_options(lang, format)?;
    let accounts: crate::analysis::accounts::Accounts = serde_json::from_str(accounts_json).map_err(|e| {
        let message = Text::new(format!("inga årsredovisningar: {e}"), format!("not accounts: {e}"));
        ErrorReport::single("request", Problem::new(ErrorCode::WrongType, "", message))
    })?;
    Ok(crate::documents::accounts::render_accounts(&accounts, lang, format)?)
}

/// Traces one initiative or a list of them through Region Östergötland's strategy.
#[cfg(feature = "analysis")]
pub fn align_json(input_json: &str) -> Result<String, ErrorReport> {
    use crate::analysis::regional::{align, AlignInput, RegionalStrategy};
    let strategy = RegionalStrategy::ostergotland_2018()?;
    let input: AlignInput = crate::input::parse::parse_list_or_object(input_json)
        .map_err(|p| crate::error::Error::InvalidInitiative(crate::error::Problems::one(p)))?;
    to_json(&align(&strategy, &input.into_vec())?)
}

/// A document's language and format as the bindings pass them (`sv`/`en`, `md`/`html`);
/// anything else is an error at the path `lang` or `format` of the `options` input.
#[cfg(feature = "documents")]
pub fn document_options(
    lang: &str,
    format: &str,
) -> Result<(crate::text::Lang, crate::documents::Format), ErrorReport> {
    let bad = |path: &str, value: &str, allowed: &str| {
        let shown = crate::error::quote(value);
        let problem = Problem::new(
            ErrorCode::InvalidValue,
            path,
            Text::new(format!("okänt värde {shown}"), format!("unknown value {shown}")),
        )
        .with_hint(Text::new(format!("en av {allowed}"), format!("one of {allowed}")));
        ErrorReport::single("options", problem)
    };
    let lang = crate::text::Lang::parse(lang).ok_or_else(|| bad("lang", lang, "`sv`, `en`"))?;
    let format = crate::documents::Format::parse(format).ok_or_else(|| bad("format", format, "`md`, `html`"))?;
    Ok((lang, format))
}

/// Decides a case given as JSON and renders its decision memo (*tjänsteutlåtande*) in `lang`
/// (`sv`, `en`) as `format` (`md`, `html`); `as_of` as for [`decide_options`].
///
/// ```
/// use digipolicy::{ffi, Policy};
/// let policy = Policy::sll_2016().map_err(ffi::ErrorReport::from)?;
/// let case = r#"{"id": "k1", "title": "Booking", "decided_on": "2025-02-01",
///   "requirements": [{"id": "book", "priority": "must"}], "benefit_assessment": {"done": true},
///   "candidates": [{"id": "a", "name": "Bokning AB", "origin": "market", "covers": ["book"],
///     "cost": {"one_off_sek": 0, "yearly_sek": 10000}, "strategic_importance": 3, "delivery_ability": 3}]}"#;
/// let html = ffi::memo(&policy, case, "en", "html", None)?;
/// assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<h2>Proposed decision</h2>"));
/// let err = ffi::memo(&policy, case, "de", "html", None).unwrap_err();
/// assert_eq!((err.input.as_str(), err.path.as_str()), ("options", "lang"));
/// # Ok::<(), ffi::ErrorReport>(())
/// ```
#[cfg(feature = "documents")]
pub fn memo(
    policy: &Policy,
    case_json: &str,
    lang: &str,
    format: &str,
    as_of: Option<&str>,
) -> Result<String, ErrorReport> {
    memo_of_case(policy, &policy.parse_case(case_json)?, lang, format, as_of)
}

/// Like [`memo`] for a case already read (a binding that read it from its own objects).
#[cfg(feature = "documents")]
pub fn memo_of_case(
    policy: &Policy,
    case: &crate::model::case::Case,
    lang: &str,
    format: &str,
    as_of: Option<&str>,
) -> Result<String, ErrorReport> {
    let (lang, format) = document_options(lang, format)?;
    let decide = decide_options(as_of)?;
    Ok(policy.memo(case, &crate::documents::memo::MemoOptions { lang, format, decide })?)
}

/// Decides a case given as JSON with options (see [`Policy::decide_with`]).
pub fn decide_json_with(policy: &Policy, case_json: &str, options: DecideOptions) -> Result<String, ErrorReport> {
    to_json(&policy.decide_with(&policy.parse_case(case_json)?, options)?)
}

/// Reviews a case given as JSON with options (see [`Policy::decide_with`]).
pub fn review_json_with(policy: &Policy, case_json: &str, options: DecideOptions) -> Result<String, ErrorReport> {
    to_json(&policy.review_with_options(&policy.parse_case(case_json)?, options)?)
}

/// The options as the bindings pass them: `as_of` as `YYYY-MM-DD`, or none. A bad date is
/// an error at the path `as_of` of the `options` input.
pub fn decide_options(as_of: Option<&str>) -> Result<DecideOptions, ErrorReport> {
    let as_of = match as_of {
        None => None,
        Some(s) => Some(crate::date::parse_at("as_of", s).map_err(|p| ErrorReport::single("options", p))?),
    };
    Ok(DecideOptions { as_of })
}

/// The reader's names of the contract's ids in Swedish and English, so that every binding
/// labels a decision as the CLI's report does: `{"route": {"in_house": {"sv": …, "en": …}},
/// "stage": …, "status": …, "severity": …, "outcome": …}`.
pub fn labels_json() -> Result<String, ErrorReport> {
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
    to_json(&serde_json::json!({
        "route": group(Route::VARIANTS, Route::label),
        "stage": group(Origin::VARIANTS, Origin::label),
        "status": group(Status::VARIANTS, Status::label),
        "severity": group(Severity::VARIANTS, Severity::label),
        "outcome": group(Outcome::VARIANTS, Outcome::label),
    }))
}

/// Input limits given as a JSON object of [`crate::input::limits::Limits`] fields (the others keep their
/// defaults); an unknown field is an error of the `options` input.
pub fn limits_from_json(json: &str) -> Result<crate::input::limits::Limits, ErrorReport> {
    crate::input::parse::parse(json).map_err(|p| ErrorReport::single("options", p))
}

/// An operation of the JSON layer: its name, whether it takes [`DecideOptions`], and the
/// function that runs it.
pub type Operation = (&'static str, bool, fn(&Policy, &str, DecideOptions) -> Result<String, ErrorReport>);

/// The operations every build runs, by name.
pub const OPERATIONS: &[Operation] = &[
    ("decide", true, decide_json_with),
    ("review", true, review_json_with),
    ("scope", false, |p, input, _| scope_json(p, input)),
    ("classify", false, |p, input, _| classify_json(p, input)),
];

/// The analysis operations (the `analysis` feature).
#[cfg(feature = "analysis")]
pub const ANALYSIS_OPERATIONS: &[Operation] = &[
    ("compare", false, |p, input, _| compare_json(p, input)),
    ("sensitivity", false, |p, input, _| sensitivity_json(p, input)),
    ("align", false, |_, input, _| align_json(input)),
    ("record", false, |p, input, _| record_json(p, input)),
    ("verify", false, |p, input, _| verify_json(p, input)),
];

/// Every operation this build runs, in order.
pub fn operations() -> impl Iterator<Item = &'static Operation> {
    #[cfg(feature = "analysis")]
    let analysis = ANALYSIS_OPERATIONS;
    #[cfg(not(feature = "analysis"))]
    let analysis: &[Operation] = &[];
    OPERATIONS.iter().chain(analysis)
}

/// Runs one operation by name on JSON input (see [`operations`]). The bindings and the
/// conformance vectors dispatch through this one function.
///
/// ```
/// use digipolicy::{ffi, Policy};
/// let policy = Policy::sll_2016().map_err(ffi::ErrorReport::from)?;
/// let scope = ffi::run_json(&policy, "scope", r#"{"kind": "not_council_financed"}"#)?;
/// assert!(scope.contains("\"applies\": false"));
/// // Errors are one serializable report with a stable code, a path and sv/en messages.
/// let err = ffi::run_json(&policy, "decide", r#"{"id": 3}"#).unwrap_err();
/// assert_eq!((err.code.as_str(), err.path.as_str()), ("wrong-type", "id"));
/// assert!(err.message.sv.starts_with("ogiltigt ärende"));
/// # Ok::<(), ffi::ErrorReport>(())
/// ```
pub fn run_json(policy: &Policy, operation: &str, input_json: &str) -> Result<String, ErrorReport> {
    run_json_with(policy, operation, input_json, DecideOptions::default())
}

/// Like [`run_json`] with options; options given to an operation that takes none are an
/// error rather than silently ignored.
pub fn run_json_with(
    policy: &Policy,
    operation: &str,
    input_json: &str,
    options: DecideOptions,
) -> Result<String, ErrorReport> {
    match operations().find(|(name, _, _)| *name == operation) {
        Some((_, takes_options, run)) => {
            if !takes_options && options != DecideOptions::default() {
                let takers: Vec<&str> = operations().filter(|op| op.1).map(|op| op.0).collect();
                let list = crate::text::id_list(&takers);
                let problem = Problem::new(
                    ErrorCode::InvalidValue,
                    "as_of",
                    Text::new(
                        format!("`as_of` gäller inte `{operation}`"),
                        format!("`as_of` does not apply to `{operation}`"),
                    ),
                )
                .with_hint(Text::new(format!("det gäller {list}"), format!("it applies to {list}")));
                return Err(ErrorReport::single("options", problem));
            }
            run(policy, input_json, options)
        }
        None => {
            let names: Vec<&str> = operations().map(|(name, _, _)| *name).collect();
            let list = crate::text::id_list(&names);
            let shown = crate::error::quote(operation);
            let problem = Problem::new(
                ErrorCode::InvalidValue,
                "",
                Text::new(format!("okänd operation {shown}"), format!("unknown operation {shown}")),
            )
            .with_hint(Text::new(format!("en av {list}"), format!("one of {list}")));
            Err(ErrorReport::single("request", problem))
        }
    }
}

/// Compiles a policy pack given as JSON.
pub fn policy_from_json(pack_json: &str) -> Result<Policy, ErrorReport> {
    Policy::from_json(pack_json).map_err(ErrorReport::from)
}

/// The pack of `policy` as canonical JSON.
pub fn policy_json(policy: &Policy) -> Result<String, ErrorReport> {
    to_json(policy.pack())
}

/// The JSON Schema called `name` (see [`crate::schema::names`]).
pub fn schema_json(name: &str) -> Result<String, ErrorReport> {
    crate::schema::schema_text(name).ok_or_else(|| unknown_schema(name))
}

/// The error for a schema name the library does not publish.
pub fn unknown_schema(name: &str) -> ErrorReport {
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
        Text::new(format!("okänt schema {shown}"), format!("unknown schema {shown}")),
    )
    .with_hint(Text::new(format!("ett av {list}"), format!("one of {list}")));
    ErrorReport::single("request", problem)
}
