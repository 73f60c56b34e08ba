//! The one JSON layer every binding uses (CLI, Python, WASM): strings in, strings out,
//! errors as one serializable report. Bindings convert and forward to these functions and
//! hold no rule, so no binding drifts.

use crate::error::{Error, ErrorCode, Problem};
use crate::pack::Policy;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An error as the bindings expose it: `code` and `path` of the first problem, a one-line
/// `message`, and every problem in `errors`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "ErrorReport")]
pub struct ErrorReport {
    /// Which input was at fault: `case`, `policy`, `organisation`, `initiative`, `request`
    /// (an unknown operation or schema), or `library` for an internal fault.
    pub input: String,
    /// The stable code of the first problem.
    pub code: ErrorCode,
    /// The JSON path of the first problem.
    pub path: String,
    /// The whole error in one line.
    pub message: String,
    /// Every problem, in document order.
    pub errors: Vec<Problem>,
}

impl From<&Error> for ErrorReport {
    fn from(err: &Error) -> Self {
        ErrorReport {
            input: err.input().to_owned(),
            code: err.code(),
            path: err.path().to_owned(),
            message: err.to_string(),
            errors: err.problems().to_vec(),
        }
    }
}

impl From<Error> for ErrorReport {
    fn from(err: Error) -> Self {
        ErrorReport::from(&err)
    }
}

impl ErrorReport {
    /// A report of one problem with `input` (`request`, `library`, …).
    fn single(input: &str, problem: Problem) -> Self {
        ErrorReport {
            input: input.to_owned(),
            code: problem.code,
            path: problem.path.clone(),
            message: problem.to_string(),
            errors: vec![problem],
        }
    }

    fn internal(what: &str) -> Self {
        let problem = Problem::new(ErrorCode::Internal, "", format!("internal error: {what}"))
            .with_hint("this is a bug in digipolicy; please report it with the input");
        ErrorReport::single("library", problem)
    }

    /// The report as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self)
            .unwrap_or_else(|_| format!("{{\"code\":\"internal\",\"message\":{:?}}}", self.message))
    }
}

/// Serializes any output value as the library's canonical JSON: pretty, two-space indent,
/// fields in declaration order, a final newline. Every runtime gets these exact bytes.
pub fn to_json<T: Serialize>(value: &T) -> Result<String, ErrorReport> {
    serde_json::to_string_pretty(value).map(|s| s + "\n").map_err(|e| ErrorReport::internal(&e.to_string()))
}

/// Decides a case given as JSON under `policy`; the decision as canonical JSON.
pub fn decide_json(policy: &Policy, case_json: &str) -> Result<String, ErrorReport> {
    let decision = policy.decide_json(case_json)?;
    to_json(&decision)
}

/// Reviews a case given as JSON against every principle; the review as canonical JSON.
pub fn review_json(policy: &Policy, case_json: &str) -> Result<String, ErrorReport> {
    let review = policy.review(&crate::parse_case(case_json)?)?;
    to_json(&review)
}

/// Checks the scope (policy §2) for an organisation given as JSON.
pub fn scope_json(policy: &Policy, organisation_json: &str) -> Result<String, ErrorReport> {
    let scope = policy.scope(&crate::parse_organisation(organisation_json)?)?;
    to_json(&scope)
}

/// Classifies an initiative given as JSON (policy §3, §3.1).
pub fn classify_json(policy: &Policy, initiative_json: &str) -> Result<String, ErrorReport> {
    let classification = policy.classify(&crate::parse_initiative(initiative_json)?)?;
    to_json(&classification)
}

/// Compares cases under `policy` and a variant of it: the input is
/// `{"cases": [...], "overrides": {"weights.cost": 3}}`.
#[cfg(feature = "analysis")]
pub fn compare_json(policy: &Policy, request_json: &str) -> Result<String, ErrorReport> {
    let request = crate::whatif::parse_compare_request(request_json)?;
    let variant = policy.variant(&request.overrides)?;
    to_json(&crate::whatif::compare(&request.cases, policy, &variant))
}

/// How sensitive the decision of a case given as JSON is to each criterion weight.
#[cfg(feature = "analysis")]
pub fn sensitivity_json(policy: &Policy, case_json: &str) -> Result<String, ErrorReport> {
    let case = crate::parse_case(case_json)?;
    to_json(&crate::whatif::sensitivity(policy, &case)?)
}

/// Traces one initiative or a list of them through Region Östergötland's strategy.
#[cfg(feature = "analysis")]
pub fn align_json(input_json: &str) -> Result<String, ErrorReport> {
    let strategy = crate::regional::RegionalStrategy::ostergotland_2018()?;
    let input: crate::regional::AlignInput =
        crate::validate::parse(input_json).map_err(|p| Error::InvalidInitiative(crate::error::Problems::one(p)))?;
    to_json(&crate::regional::align(&strategy, &input.into_vec())?)
}

/// Runs one operation by name on JSON input: `decide`, `review`, `scope`, `classify`,
/// `compare`, `sensitivity` or `align`. The bindings and the conformance vectors dispatch
/// through this one function.
pub fn run_json(policy: &Policy, operation: &str, input_json: &str) -> Result<String, ErrorReport> {
    match operation {
        "decide" => decide_json(policy, input_json),
        "review" => review_json(policy, input_json),
        "scope" => scope_json(policy, input_json),
        "classify" => classify_json(policy, input_json),
        #[cfg(feature = "analysis")]
        "compare" => compare_json(policy, input_json),
        #[cfg(feature = "analysis")]
        "sensitivity" => sensitivity_json(policy, input_json),
        #[cfg(feature = "analysis")]
        "align" => align_json(input_json),
        other => {
            let problem = Problem::new(ErrorCode::InvalidValue, "", format!("unknown operation `{other}`"))
                .with_hint("one of `decide`, `review`, `scope`, `classify`, `compare`, `sensitivity`, `align`");
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

/// The JSON Schema called `name` (see [`crate::schema::NAMES`]).
pub fn schema_json(name: &str) -> Result<String, ErrorReport> {
    crate::schema::schema_text(name).ok_or_else(|| unknown_schema(name))
}

/// The error for a schema name the library does not publish.
pub fn unknown_schema(name: &str) -> ErrorReport {
    let names: Vec<String> = crate::schema::NAMES.iter().map(|s| (*s).to_owned()).collect();
    let problem = Problem::new(ErrorCode::InvalidValue, "", format!("unknown schema `{name}`"))
        .with_hint(format!("one of {}", crate::text::id_list(&names)));
    ErrorReport::single("request", problem)
}
