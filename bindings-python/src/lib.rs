//! The native part of the `digipolicy` Python package. Thin: it converts and forwards to
//! the core's JSON layer (`digipolicy::ffi`); every rule lives in the core. The typed API is
//! in `python/digipolicy/`; errors are raised as its `_errors` classes.

mod dumps;

use digipolicy::ffi::{self, ErrorReport};
use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use std::sync::Arc;

create_exception!(_native, InputError, PyValueError, "Invalid input; the first argument is the error report as JSON.");

/// The Python exception for an error report: `digipolicy.InvalidCase`, `InvalidPolicy`, …
/// as `digipolicy._errors.from_report` chooses it (the plain `InputError` only if that
/// module cannot be imported).
fn input_error(report: &ErrorReport) -> PyErr {
    let json = report.to_json();
    Python::attach(|py| {
        let exception = py
            .import("digipolicy._errors")
            .and_then(|m| m.getattr("from_report"))
            .and_then(|from_report| from_report.call1((json.as_str(),)));
        match exception {
            Ok(value) => PyErr::from_value(value),
            Err(_) => InputError::new_err(json.clone()),
        }
    })
}

/// A compiled policy pack; immutable and shared between threads.
#[pyclass(frozen, module = "digipolicy._native", name = "Policy")]
struct PyPolicy {
    inner: Arc<digipolicy::Policy>,
}

/// A decision held natively; its JSON is made on request.
#[pyclass(frozen, module = "digipolicy._native", name = "Decision")]
struct PyDecision {
    inner: digipolicy::Decision,
}

fn decide_one(
    policy: &digipolicy::Policy,
    case_json: &str,
    options: digipolicy::DecideOptions,
) -> Result<digipolicy::Decision, ErrorReport> {
    let case = policy.parse_case(case_json)?;
    policy.decide_with(&case, options).map_err(ErrorReport::from)
}

/// Decides `cases` on up to `threads` threads; results in input order.
fn decide_parallel(
    policy: &digipolicy::Policy,
    cases: &[String],
    threads: usize,
    options: digipolicy::DecideOptions,
) -> Vec<Result<digipolicy::Decision, ErrorReport>> {
    let chunk = cases.len().div_ceil(threads).max(1);
    let mut out: Vec<Option<Result<digipolicy::Decision, ErrorReport>>> = Vec::new();
    out.resize_with(cases.len(), || None);
    std::thread::scope(|s| {
        for (input, output) in cases.chunks(chunk).zip(out.chunks_mut(chunk)) {
            s.spawn(move || {
                for (case, slot) in input.iter().zip(output.iter_mut()) {
                    *slot = Some(decide_one(policy, case, options));
                }
            });
        }
    });
    out.into_iter().flatten().collect()
}

/// The options from `as_of` (`YYYY-MM-DD`); a bad date raises the core's error.
fn options(as_of: Option<&str>) -> PyResult<digipolicy::DecideOptions> {
    ffi::decide_options(as_of).map_err(|r| input_error(&r))
}

#[pymethods]
impl PyPolicy {
    /// The embedded SLL 2016 pack.
    #[staticmethod]
    fn default() -> PyResult<Self> {
        let policy = digipolicy::Policy::sll_2016().map_err(|e| input_error(&ErrorReport::from(e)))?;
        Ok(PyPolicy { inner: Arc::new(policy) })
    }

    /// Compiles a pack from JSON; raises `InputError` when it is invalid.
    #[staticmethod]
    fn from_json(text: &str) -> PyResult<Self> {
        let policy = ffi::policy_from_json(text).map_err(|r| input_error(&r))?;
        Ok(PyPolicy { inner: Arc::new(policy) })
    }

    /// A variant with named parameters overridden, given as a JSON object.
    fn variant(&self, overrides_json: &str) -> PyResult<Self> {
        let overrides: std::collections::BTreeMap<String, serde_json::Value> = serde_json::from_str(overrides_json)
            .map_err(|e| PyValueError::new_err(format!("overrides must be a JSON object: {e}")))?;
        let policy = self.inner.variant(&overrides).map_err(|e| input_error(&ErrorReport::from(e)))?;
        Ok(PyPolicy { inner: Arc::new(policy) })
    }

    /// This policy with other input limits, given as a JSON object of `Limits` fields.
    fn with_limits(&self, limits_json: &str) -> PyResult<Self> {
        let limits = ffi::limits_from_json(limits_json).map_err(|r| input_error(&r))?;
        Ok(PyPolicy { inner: Arc::new(self.inner.as_ref().clone().with_limits(limits)) })
    }

    /// The input limits as a JSON object.
    fn limits_json(&self) -> PyResult<String> {
        ffi::to_json(self.inner.limits()).map_err(|r| input_error(&r))
    }

    /// The pack as canonical JSON.
    fn pack_json(&self) -> PyResult<String> {
        ffi::policy_json(&self.inner).map_err(|r| input_error(&r))
    }

    /// The pack's id.
    #[getter]
    fn id(&self) -> String {
        self.inner.pack().id.clone()
    }

    /// The pack's version.
    #[getter]
    fn version(&self) -> String {
        self.inner.pack().version.clone()
    }

    /// Decides one case given as JSON, without holding the GIL; `as_of` fills in a missing
    /// `decided_on`.
    #[pyo3(signature = (case_json, as_of=None))]
    fn decide(&self, py: Python<'_>, case_json: &str, as_of: Option<&str>) -> PyResult<PyDecision> {
        let policy = &self.inner;
        let options = options(as_of)?;
        let result = py.detach(|| decide_one(policy, case_json, options));
        result.map(|inner| PyDecision { inner }).map_err(|r| input_error(&r))
    }

    /// Runs `review`, `scope` or `classify` (or `decide`) on JSON; the result as JSON.
    #[pyo3(signature = (operation, input_json, as_of=None))]
    fn run(&self, py: Python<'_>, operation: &str, input_json: &str, as_of: Option<&str>) -> PyResult<String> {
        let policy = &self.inner;
        let options = options(as_of)?;
        py.detach(|| ffi::run_json_with(policy, operation, input_json, options)).map_err(|r| input_error(&r))
    }

    /// Decides a case given as JSON and renders its decision memo in `lang` as `format`.
    #[pyo3(signature = (case_json, lang, format, as_of=None))]
    fn memo(&self, py: Python<'_>, case_json: &str, lang: &str, format: &str, as_of: Option<&str>) -> PyResult<String> {
        let policy = &self.inner;
        py.detach(|| ffi::memo(policy, case_json, lang, format, as_of)).map_err(|r| input_error(&r))
    }

    /// The notebook card of a decision in `lang` (HTML), with this pack's clause titles.
    fn card(&self, decision: &PyDecision, lang: &str) -> PyResult<String> {
        let lang = digipolicy::Lang::parse(lang)
            .ok_or_else(|| PyValueError::new_err(format!("lang must be 'sv' or 'en', not {lang:?}")))?;
        digipolicy::documents::card::render_card(&self.inner, &decision.inner, lang)
            .map_err(|e| input_error(&ErrorReport::from(e)))
    }

    /// The accounts of `year` from decision records given as JSON lines or a JSON array.
    fn accounts(&self, py: Python<'_>, records: &str, year: u16) -> PyResult<String> {
        let policy = &self.inner;
        py.detach(|| ffi::accounts_json(policy, records, year)).map_err(|r| input_error(&r))
    }

    /// Decides many cases in parallel on `threads` threads without holding the GIL. Each
    /// slot of the result, in input order, holds a `Decision` or the error report as JSON.
    #[pyo3(signature = (cases, threads, as_of=None))]
    fn decide_many(
        &self,
        py: Python<'_>,
        cases: Vec<String>,
        threads: usize,
        as_of: Option<&str>,
    ) -> PyResult<Vec<Py<PyAny>>> {
        let policy = &self.inner;
        let options = options(as_of)?;
        let threads = threads.clamp(1, 64);
        // Rounds of at most ROUND cases per thread, so that Ctrl-C (checked between rounds)
        // stops a long batch within a fraction of a second.
        const ROUND: usize = 256;
        let mut results: Vec<Result<digipolicy::Decision, ErrorReport>> = Vec::with_capacity(cases.len());
        for round in cases.chunks(ROUND * threads) {
            results.extend(py.detach(|| decide_parallel(policy, round, threads, options)));
            py.check_signals()?;
        }
        results
            .into_iter()
            .map(|r| match r {
                Ok(inner) => Ok(Py::new(py, PyDecision { inner })?.into_any()),
                Err(report) => Ok(report.to_json().into_pyobject(py)?.into_any().unbind()),
            })
            .collect()
    }
}

#[pymethods]
impl PyDecision {
    /// A decision from its JSON (as `to_json` gives it).
    #[staticmethod]
    fn from_json(text: &str) -> PyResult<Self> {
        serde_json::from_str(text)
            .map(|inner| PyDecision { inner })
            .map_err(|e| PyValueError::new_err(format!("not a decision: {e}")))
    }

    /// The decision as the library's canonical JSON.
    fn to_json(&self) -> PyResult<String> {
        ffi::to_json(&self.inner).map_err(|r| input_error(&r))
    }

    /// One part of the decision as compact JSON (`candidates`, `findings`, `open_deviations`,
    /// `missing_evidence`, `trace`, `review`, `policy`): reading one part does not render and
    /// re-parse the whole explained decision.
    fn part_json(&self, name: &str) -> PyResult<String> {
        let d = &self.inner;
        let json = match name {
            "candidates" => serde_json::to_string(&d.candidates),
            "findings" => serde_json::to_string(&d.findings),
            "open_deviations" => serde_json::to_string(&d.open_deviations),
            "missing_evidence" => serde_json::to_string(&d.missing_evidence),
            "trace" => serde_json::to_string(&d.trace),
            "review" => serde_json::to_string(&d.review),
            "policy" => serde_json::to_string(&d.policy),
            other => return Err(PyValueError::new_err(format!("no part {other:?} in a decision"))),
        };
        json.map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// The horizon in years the costs were counted over.
    #[getter]
    fn horizon_years(&self) -> i64 {
        self.inner.horizon_years
    }

    /// The case's id.
    #[getter]
    fn case_id(&self) -> &str {
        &self.inner.case_id
    }

    /// The route, e.g. `in_house`; `None` when the case is out of scope.
    #[getter]
    fn route(&self) -> Option<&'static str> {
        self.inner.route.map(digipolicy::Route::as_str)
    }

    /// The date `as_of` filled in as `decided_on`, or `None`.
    #[getter]
    fn as_of(&self) -> Option<&str> {
        self.inner.as_of.as_deref()
    }

    /// The selected candidate's id, or `None`.
    #[getter]
    fn selected(&self) -> Option<&str> {
        self.inner.selected.as_deref()
    }

    /// `ready`, `blocked` or `out_of_scope`.
    #[getter]
    fn status(&self) -> &'static str {
        self.inner.status.as_str()
    }

    /// How many findings of each severity: (blocking, deviation, advice, info).
    fn severity_counts(&self) -> (u32, u32, u32, u32) {
        let mut c = (0, 0, 0, 0);
        for f in &self.inner.findings {
            match f.severity {
                digipolicy::Severity::Blocking => c.0 += 1,
                digipolicy::Severity::Deviation => c.1 += 1,
                digipolicy::Severity::Advice => c.2 += 1,
                digipolicy::Severity::Info => c.3 += 1,
            }
        }
        c
    }
}

/// The reader's names of the contract's ids (routes, stages, statuses, severities,
/// outcomes) in Swedish and English, as JSON.
#[pyfunction]
fn labels_json() -> PyResult<String> {
    ffi::labels_json().map_err(|r| input_error(&r))
}

/// Kronor as each language writes them: (`1 280 000 kr`, `SEK 1,280,000`).
#[pyfunction]
fn format_kronor(amount: u64) -> (String, String) {
    let t = digipolicy::text::kronor(amount);
    (t.sv.into_owned(), t.en.into_owned())
}

/// A score with four decimals as each language writes it: (`0,8333`, `0.8333`).
#[pyfunction]
fn format_score(score: f64) -> (String, String) {
    let t = digipolicy::text::score(score);
    (t.sv.into_owned(), t.en.into_owned())
}

/// The JSON Schema called `name`.
#[pyfunction]
fn schema(name: &str) -> PyResult<String> {
    ffi::schema_json(name).map_err(|r| input_error(&r))
}

/// The names of the published JSON Schemas.
#[pyfunction]
fn schema_names() -> Vec<&'static str> {
    digipolicy::schema::names()
}

/// Accounts given as JSON rendered as a document in `lang` as `format`.
#[pyfunction]
fn accounts_document(accounts_json: &str, lang: &str, format: &str) -> PyResult<String> {
    ffi::accounts_document(accounts_json, lang, format).map_err(|r| input_error(&r))
}

/// `json.dumps(obj, ensure_ascii=False)` written in Rust: the same text, faster.
#[pyfunction(name = "dumps")]
fn dumps_py(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    dumps::dumps(obj)
}

/// The library's version.
#[pyfunction]
fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// The native module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyPolicy>()?;
    m.add_class::<PyDecision>()?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(schema_names, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add_function(wrap_pyfunction!(accounts_document, m)?)?;
    m.add_function(wrap_pyfunction!(dumps_py, m)?)?;
    m.add_function(wrap_pyfunction!(labels_json, m)?)?;
    m.add_function(wrap_pyfunction!(format_kronor, m)?)?;
    m.add_function(wrap_pyfunction!(format_score, m)?)?;
    m.add("InputError", m.py().get_type::<InputError>())?;
    Ok(())
}
