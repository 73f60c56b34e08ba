//! The native part of the `digipolicy` Python package. Thin: it converts and forwards to
//! the core's one operation layer (`digipolicy::ffi::run`, a `Request` in and a `Response`
//! out); every rule lives in the core. The typed API is
//! in `python/digipolicy/`; errors are raised as its `_errors` classes, through the factory
//! the package hands down (`_set_error_factory`).

mod direct;
mod dumps;

use digipolicy::ffi::{self, ErrorReport, Request, Response, Source};
use digipolicy::Registry;
use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;
use std::sync::Arc;

create_exception!(_native, InputError, PyValueError, "Invalid input; the first argument is the error report as JSON.");

/// How the package turns an error report into its exception (`digipolicy._errors.from_report`,
/// which the package hands down when it is imported, so this layer never imports the
/// package above it).
static ERROR_FACTORY: pyo3::sync::PyOnceLock<Py<PyAny>> = pyo3::sync::PyOnceLock::new();

/// Takes the package's error factory: a callable from an error report's JSON to an exception.
#[pyfunction]
fn _set_error_factory(py: Python<'_>, factory: Py<PyAny>) {
    let _ = ERROR_FACTORY.set(py, factory);
}

/// The Python exception for an error report: `digipolicy.InvalidCase`, `InvalidPolicy`, …
/// as the package's factory chooses it (the plain `InputError` before the package has
/// given one).
fn input_error(report: &ErrorReport) -> PyErr {
    let json = report.to_json();
    Python::attach(|py| {
        let exception = ERROR_FACTORY.get(py).map(|factory| factory.call1(py, (json.as_str(),)));
        match exception {
            Some(Ok(value)) => PyErr::from_value(value.into_bound(py)),
            _ => InputError::new_err(json.clone()),
        }
    })
}

/// A compiled policy pack (a registry of one, or the embedded packs); immutable and shared
/// between threads.
#[pyclass(frozen, module = "digipolicy._native", name = "Policy")]
struct PyPolicy {
    inner: Arc<Registry>,
}

impl PyPolicy {
    fn of(policy: digipolicy::Policy) -> Self {
        PyPolicy { inner: Arc::new(Registry::of(policy)) }
    }

    /// The pack (the newest of the registry).
    fn pack(&self) -> PyResult<&digipolicy::Policy> {
        self.inner.newest().map_err(|e| input_error(&ErrorReport::from(e)))
    }
}

/// A decision through the core's one operation layer, with the case as read.
fn decide_request(
    registry: &Registry,
    case: Source<digipolicy::Case>,
    options: digipolicy::DecideOptions,
) -> Result<(digipolicy::Case, digipolicy::Decision), ErrorReport> {
    match ffi::run(registry, Request::Decide { case, options })? {
        Response::Decision { case, decision } => Ok((*case, *decision)),
        _ => Err(ErrorReport::internal("decide gave no decision")),
    }
}

/// A decision held natively; its JSON is made on request.
#[pyclass(frozen, module = "digipolicy._native", name = "Decision")]
struct PyDecision {
    inner: digipolicy::Decision,
    /// The case it was decided from, when `decide_object` read it (what its memo needs).
    case: Option<digipolicy::Case>,
}

/// The yearly accounts being counted (the core's `Tally`): records are fed as bytes of a
/// stream or one JSON text at a time, outside the GIL, and only the figures are kept.
#[pyclass(module = "digipolicy._native", name = "Tally")]
struct PyTally {
    /// `None` once finished.
    inner: Option<digipolicy::Tally>,
}

impl PyTally {
    fn tally(&mut self) -> PyResult<&mut digipolicy::Tally> {
        self.inner.as_mut().ok_or_else(|| PyValueError::new_err("the accounts are finished already"))
    }
}

#[pymethods]
impl PyTally {
    /// Feeds bytes of a stream of records (a JSON array, JSON lines or pretty records, cut
    /// anywhere); every record they complete is verified and counted.
    fn feed(&mut self, py: Python<'_>, chunk: &[u8]) -> PyResult<()> {
        let tally = self.tally()?;
        py.detach(|| tally.feed(chunk)).map_err(|e| input_error(&ErrorReport::from(e)))
    }

    /// Counts one record given as its JSON text.
    fn add_json(&mut self, py: Python<'_>, text: &str) -> PyResult<()> {
        let tally = self.tally()?;
        py.detach(|| tally.add_json(text)).map_err(|e| input_error(&ErrorReport::from(e)))
    }

    /// How many records have gone in.
    #[getter]
    fn given(&mut self) -> PyResult<u64> {
        Ok(self.tally()?.given())
    }

    /// Ends the stream and gives the accounts as JSON.
    fn finish(&mut self) -> PyResult<String> {
        let tally = self.inner.take().ok_or_else(|| PyValueError::new_err("the accounts are finished already"))?;
        let accounts = tally.finish().map_err(|e| input_error(&ErrorReport::from(e)))?;
        ffi::to_json(&accounts).map_err(|r| input_error(&r))
    }
}

/// One case of a batch: read from its dict already, or JSON text still to be read.
enum Input {
    Case(Box<digipolicy::Case>),
    Text(String),
}

impl Input {
    /// A `str` as text; a dict read directly, or else as its JSON text (the same errors);
    /// anything else is refused by the encoder as `json.dumps` refuses it.
    fn of(policy: &Registry, obj: &Bound<'_, PyAny>) -> PyResult<Input> {
        if let Ok(s) = obj.cast::<pyo3::types::PyString>() {
            return Ok(Input::Text(s.to_cow()?.into_owned()));
        }
        let limits = policy.newest().map_err(|e| input_error(&ErrorReport::from(e)))?.limits();
        match direct::case(obj, limits) {
            Some(case) => Ok(Input::Case(Box::new(case))),
            None => Ok(Input::Text(dumps::dumps(obj)?)),
        }
    }

    /// The input, leaving an empty text in its place (each is decided once).
    fn take(&mut self) -> Input {
        std::mem::replace(self, Input::Text(String::new()))
    }

    fn decide(
        self,
        policy: &Registry,
        options: digipolicy::DecideOptions,
    ) -> Result<digipolicy::Decision, ErrorReport> {
        let source = match self {
            Input::Case(case) => Source::Value(case),
            Input::Text(text) => Source::Json(text),
        };
        decide_request(policy, source, options).map(|(_, decision)| decision)
    }
}

/// A case given as a Python object, read as [`Input::of`] reads it; text is read by the
/// core's strict reader outside the GIL, whose errors are the report.
fn case_of(policy: &Registry, py: Python<'_>, obj: &Bound<'_, PyAny>) -> PyResult<digipolicy::Case> {
    match Input::of(policy, obj)? {
        Input::Case(case) => Ok(*case),
        Input::Text(text) => py.detach(|| policy.parse_case(&text)).map_err(|e| input_error(&ErrorReport::from(e))),
    }
}

/// Decides `cases` on up to `threads` threads; results in input order.
fn decide_parallel(
    policy: &Registry,
    mut cases: Vec<Input>,
    threads: usize,
    options: digipolicy::DecideOptions,
) -> Vec<Result<digipolicy::Decision, ErrorReport>> {
    let chunk = cases.len().div_ceil(threads).max(1);
    let mut out: Vec<Option<Result<digipolicy::Decision, ErrorReport>>> = Vec::new();
    out.resize_with(cases.len(), || None);
    std::thread::scope(|s| {
        for (input, output) in cases.chunks_mut(chunk).zip(out.chunks_mut(chunk)) {
            s.spawn(move || {
                for (case, slot) in input.iter_mut().zip(output.iter_mut()) {
                    *slot = Some(case.take().decide(policy, options));
                }
            });
        }
    });
    out.into_iter().flatten().collect()
}

/// The options from `as_of` (`YYYY-MM-DD`); a bad date raises the core's error.
fn options(as_of: Option<&str>) -> PyResult<digipolicy::DecideOptions> {
    ffi::Options { as_of: as_of.map(str::to_owned), ..Default::default() }.decide_options().map_err(|r| input_error(&r))
}

/// Runs `operation` on JSON text with `options` outside the GIL; the text it gives.
fn run_text(
    py: Python<'_>,
    registry: &Registry,
    operation: &str,
    input: &str,
    options: ffi::Options,
) -> PyResult<String> {
    py.detach(|| ffi::run_json(registry, operation, input, &options)).map_err(|r| input_error(&r))
}

#[pymethods]
impl PyPolicy {
    /// The embedded SLL 2016 pack.
    #[staticmethod]
    fn default() -> PyResult<Self> {
        let registry = Registry::embedded().map_err(|e| input_error(&ErrorReport::from(e)))?;
        Ok(PyPolicy { inner: Arc::new(registry) })
    }

    /// Compiles a pack from JSON; raises `InputError` when it is invalid.
    #[staticmethod]
    fn from_json(text: &str) -> PyResult<Self> {
        Ok(PyPolicy::of(ffi::policy_from_json(text).map_err(|r| input_error(&r))?))
    }

    /// A variant with named parameters overridden, given as a JSON object.
    fn variant(&self, overrides_json: &str) -> PyResult<Self> {
        let overrides: std::collections::BTreeMap<String, serde_json::Value> = serde_json::from_str(overrides_json)
            .map_err(|e| PyValueError::new_err(format!("overrides must be a JSON object: {e}")))?;
        let policy = self.pack()?.variant(&overrides).map_err(|e| input_error(&ErrorReport::from(e)))?;
        Ok(PyPolicy::of(policy))
    }

    /// This policy with other input limits, given as a JSON object of `Limits` fields.
    fn with_limits(&self, limits_json: &str) -> PyResult<Self> {
        let limits = ffi::limits_from_json(limits_json).map_err(|r| input_error(&r))?;
        Ok(PyPolicy::of(self.pack()?.clone().with_limits(limits)))
    }

    /// The input limits as a JSON object.
    fn limits_json(&self) -> PyResult<String> {
        ffi::to_json(self.pack()?.limits()).map_err(|r| input_error(&r))
    }

    /// The pack as canonical JSON.
    fn pack_json(&self, py: Python<'_>) -> PyResult<String> {
        run_text(py, &self.inner, "policy", "", ffi::Options::default())
    }

    /// The pack's id.
    #[getter]
    fn id(&self) -> PyResult<String> {
        Ok(self.pack()?.pack().id.clone())
    }

    /// The pack's version.
    #[getter]
    fn version(&self) -> PyResult<String> {
        Ok(self.pack()?.pack().version.clone())
    }

    /// Decides one case given as JSON, without holding the GIL; `as_of` fills in a missing
    /// `decided_on`.
    #[pyo3(signature = (case_json, as_of=None))]
    fn decide(&self, py: Python<'_>, case_json: &str, as_of: Option<&str>) -> PyResult<PyDecision> {
        let policy = &self.inner;
        let options = options(as_of)?;
        let result = py.detach(|| decide_request(policy, Source::json(case_json), options));
        result.map(|(_, inner)| PyDecision { inner, case: None }).map_err(|r| input_error(&r))
    }

    /// Decides a case given as a dict: read straight into the core's types when it can be,
    /// else through its JSON text (`dumps`), with the same result and the same errors either
    /// way. The decision keeps the case, for its memo.
    #[pyo3(signature = (case, as_of=None))]
    fn decide_object(&self, py: Python<'_>, case: &Bound<'_, PyAny>, as_of: Option<&str>) -> PyResult<PyDecision> {
        let policy = &self.inner;
        let options = options(as_of)?;
        let case = case_of(policy, py, case)?;
        let decision = py.detach(|| decide_request(policy, Source::value(case), options));
        decision.map(|(case, inner)| PyDecision { inner, case: Some(case) }).map_err(|r| input_error(&r))
    }

    /// Runs `review`, `scope` or `classify` (or `decide`) on JSON; the result as JSON.
    #[pyo3(signature = (operation, input_json, as_of=None))]
    fn run(&self, py: Python<'_>, operation: &str, input_json: &str, as_of: Option<&str>) -> PyResult<String> {
        let options = ffi::Options { as_of: as_of.map(str::to_owned), ..Default::default() };
        run_text(py, &self.inner, operation, input_json, options)
    }

    /// Decides a case given as JSON and renders its decision memo in `lang` as `format`.
    #[pyo3(signature = (case_json, lang, format, as_of=None))]
    fn memo(&self, py: Python<'_>, case_json: &str, lang: &str, format: &str, as_of: Option<&str>) -> PyResult<String> {
        let options = ffi::Options {
            as_of: as_of.map(str::to_owned),
            lang: Some(lang.to_owned()),
            format: Some(format.to_owned()),
            ..Default::default()
        };
        run_text(py, &self.inner, "memo", case_json, options)
    }

    /// The notebook card of a decision in `lang` (HTML), with this pack's clause titles.
    fn card(&self, decision: &PyDecision, lang: &str) -> PyResult<String> {
        let lang = digipolicy::Lang::parse(lang)
            .ok_or_else(|| PyValueError::new_err(format!("lang must be 'sv' or 'en', not {lang:?}")))?;
        let request = Request::Card { decision: Source::value(decision.inner.clone()), lang };
        ffi::run(&self.inner, request).and_then(Response::into_text).map_err(|r| input_error(&r))
    }

    /// A tally of the accounts of `year` under this registry, to feed records into.
    fn tally(&self, year: i64) -> PyResult<PyTally> {
        let year =
            ffi::Options { year: Some(year), ..Default::default() }.accounts_year().map_err(|r| input_error(&r))?;
        Ok(PyTally { inner: Some(digipolicy::Tally::new((*self.inner).clone(), year)) })
    }

    /// Decides many cases (each a dict or JSON text) in parallel on `threads` threads without
    /// holding the GIL. Each slot of the result, in input order, holds a `Decision` or the
    /// error report as JSON.
    #[pyo3(signature = (cases, threads, as_of=None))]
    fn decide_many(
        &self,
        py: Python<'_>,
        cases: Vec<Bound<'_, PyAny>>,
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
            // Dicts are read under the GIL (they are Python objects); texts are read, and
            // every case decided, outside it.
            let inputs = round.iter().map(|c| Input::of(policy, c)).collect::<PyResult<Vec<Input>>>()?;
            results.extend(py.detach(|| decide_parallel(policy, inputs, threads, options)));
            py.check_signals()?;
        }
        results
            .into_iter()
            .map(|r| match r {
                Ok(inner) => Ok(Py::new(py, PyDecision { inner, case: None })?.into_any()),
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
            .map(|inner| PyDecision { inner, case: None })
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

    /// Every candidate's result as a tuple, in input order, read from the native decision
    /// without JSON: its items are the fields [`CANDIDATE_ROW`] names, in that order, with
    /// `scores` as a tuple of [`SCORES_ROW`] or `None` and `partners` as tuples of
    /// [`PARTNER_ROW`]. Python builds its dataclasses by these names, and a test holds the
    /// names equal to the dataclasses' fields and to the decision's JSON Schema.
    fn candidate_rows<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyTuple>>> {
        self.inner
            .candidates
            .iter()
            .map(|c| {
                let missing = PyTuple::new(py, &c.missing)?;
                // In the order of SCORES_ROW and PARTNER_ROW.
                let scores = c.scores.map(|s| (s.cost, s.strategic_importance, s.delivery_ability, s.total));
                let partners = PyTuple::new(py, c.partners.iter().map(|p| (p.code.as_deref(), p.name.as_str())))?;
                // In the order of CANDIDATE_ROW.
                let row = (
                    c.id.as_str(),
                    c.name.as_str(),
                    c.stage.as_str(),
                    c.co_development,
                    c.meets_need,
                    missing,
                    c.should_covered,
                    c.tco_sek,
                    c.rank,
                    scores,
                    partners,
                );
                row.into_pyobject(py)
            })
            .collect()
    }

    /// The decision memo of the case this decision was decided from (`decide_object` keeps
    /// it), or `None` when the decision keeps no case.
    #[pyo3(signature = (policy, lang, format, as_of=None))]
    fn memo(
        &self,
        py: Python<'_>,
        policy: &PyPolicy,
        lang: &str,
        format: &str,
        as_of: Option<&str>,
    ) -> PyResult<Option<String>> {
        let Some(case) = &self.case else { return Ok(None) };
        let options = ffi::Options {
            as_of: as_of.map(str::to_owned),
            lang: Some(lang.to_owned()),
            format: Some(format.to_owned()),
            ..Default::default()
        };
        let options = options.memo_options().map_err(|r| input_error(&r))?;
        let request = Request::Memo { case: Source::value(case.clone()), options };
        let registry = &policy.inner;
        py.detach(|| ffi::run(registry, request).and_then(Response::into_text)).map(Some).map_err(|r| input_error(&r))
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
fn labels_json(py: Python<'_>) -> PyResult<String> {
    run_text(py, &*embedded()?, "labels", "", ffi::Options::default())
}

/// The embedded packs, compiled once per process.
fn embedded() -> PyResult<Arc<Registry>> {
    static REGISTRY: std::sync::OnceLock<Result<Arc<Registry>, ErrorReport>> = std::sync::OnceLock::new();
    REGISTRY
        .get_or_init(|| Registry::embedded().map(Arc::new).map_err(ErrorReport::from))
        .clone()
        .map_err(|r| input_error(&r))
}

/// Kronor as each language writes them: (`1 280 000 kr`, `SEK 1,280,000`).
#[pyfunction]
fn format_kronor(amount: u64) -> (String, String) {
    let t = digipolicy::kronor(amount);
    (t.sv.into_owned(), t.en.into_owned())
}

/// A word of the wording catalogue by its key in `lang` (`"sv"` or `"en"`); `None` for a
/// key the catalogue does not have.
#[pyfunction]
fn word(key: &str, lang: &str) -> Option<&'static str> {
    let lang = if lang == "en" { digipolicy::Lang::En } else { digipolicy::Lang::Sv };
    digipolicy::word(key, lang)
}

/// A clause as a person cites it in each language: (`policyn § 5.9`, `the policy § 5.9`).
#[pyfunction]
fn format_citation(clause: &str) -> (String, String) {
    let t = digipolicy::clauses::citation(clause);
    (t.sv.into_owned(), t.en.into_owned())
}

/// A score with four decimals as each language writes it: (`0,8333`, `0.8333`).
#[pyfunction]
fn format_score(score: f64) -> (String, String) {
    let t = digipolicy::score(score);
    (t.sv.into_owned(), t.en.into_owned())
}

/// The JSON Schema called `name`.
#[pyfunction]
fn schema(py: Python<'_>, name: &str) -> PyResult<String> {
    let options = ffi::Options { name: Some(name.to_owned()), ..Default::default() };
    run_text(py, &*embedded()?, "schema", "", options)
}

/// The names of the published JSON Schemas.
#[pyfunction]
fn schema_names() -> Vec<&'static str> {
    digipolicy::schema_names()
}

/// Accounts given as JSON rendered as a document in `lang` as `format`.
#[pyfunction]
fn accounts_document(py: Python<'_>, accounts_json: &str, lang: &str, format: &str) -> PyResult<String> {
    let options = ffi::Options { lang: Some(lang.to_owned()), format: Some(format.to_owned()), ..Default::default() };
    run_text(py, &*embedded()?, "accounts_document", accounts_json, options)
}

/// `json.dumps(obj, ensure_ascii=False)` written in Rust: the same text, faster.
#[pyfunction(name = "dumps")]
fn dumps_py(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    dumps::dumps(obj)
}

/// Whether `obj` is read straight into a case, without JSON text (for the tests that keep
/// the direct reader in use; `decide` falls back to the text otherwise).
#[pyfunction]
fn reads_directly(policy: &PyPolicy, obj: &Bound<'_, PyAny>) -> bool {
    policy.pack().is_ok_and(|p| direct::case(obj, p.limits()).is_some())
}

/// The fields of a candidate's row (`Decision.candidate_rows`), in order.
const CANDIDATE_ROW: [&str; 11] = [
    "id",
    "name",
    "stage",
    "co_development",
    "meets_need",
    "missing",
    "should_covered",
    "tco_sek",
    "rank",
    "scores",
    "partners",
];
/// The fields of a row's `scores`, in order.
const SCORES_ROW: [&str; 4] = ["cost", "strategic_importance", "delivery_ability", "total"];
/// The fields of each of a row's `partners`, in order.
const PARTNER_ROW: [&str; 2] = ["code", "name"];

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
    m.add_class::<PyTally>()?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(schema_names, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add_function(wrap_pyfunction!(accounts_document, m)?)?;
    m.add_function(wrap_pyfunction!(dumps_py, m)?)?;
    m.add_function(wrap_pyfunction!(reads_directly, m)?)?;
    m.add_function(wrap_pyfunction!(labels_json, m)?)?;
    m.add_function(wrap_pyfunction!(word, m)?)?;
    m.add_function(wrap_pyfunction!(format_kronor, m)?)?;
    m.add_function(wrap_pyfunction!(format_score, m)?)?;
    m.add_function(wrap_pyfunction!(format_citation, m)?)?;
    m.add_function(wrap_pyfunction!(_set_error_factory, m)?)?;
    m.add("InputError", m.py().get_type::<InputError>())?;
    m.add("CANDIDATE_ROW", PyTuple::new(m.py(), CANDIDATE_ROW)?)?;
    m.add("SCORES_ROW", PyTuple::new(m.py(), SCORES_ROW)?)?;
    m.add("PARTNER_ROW", PyTuple::new(m.py(), PARTNER_ROW)?)?;
    Ok(())
}
