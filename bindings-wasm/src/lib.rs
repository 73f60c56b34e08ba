//! WASM bindings to digipolicy. Thin: strings in, strings out, through the core's one
//! operation layer (`digipolicy::ffi::run_json`); the JS wrapper in `js/api.js` turns them into plain objects. Errors
//! are JS `Error`s with `code`, `path`, `input` and `errors` properties.

use digipolicy::ffi::{self, ErrorReport};
use digipolicy::{Lang, Registry};
use std::sync::{Mutex, OnceLock};
use wasm_bindgen::prelude::*;

/// The embedded packs, compiled on first use.
fn default_registry() -> Result<&'static Registry, JsValue> {
    static REGISTRY: OnceLock<Result<Registry, ErrorReport>> = OnceLock::new();
    // The embedded registry holds the one 2016 pack: built as a registry of one, without the
    // overlap checks of several packs, which the download does not need.
    REGISTRY
        .get_or_init(|| digipolicy::Policy::sll_2016().map(Registry::of).map_err(ErrorReport::from))
        .as_ref()
        .map_err(to_js_error)
}

/// The message of the last panic, for the JS wrapper to report instead of a bare trap.
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// A text as a JS object `{ sv, en }`.
fn text_object(text: &digipolicy::Text) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in [("sv", &text.sv), ("en", &text.en)] {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object.into()
}

/// An error report as a JS `Error`: `message` the English line (as JS expects a string),
/// `text` the line in both languages, and `code`, `path`, `input`, `errors`, `moreErrors`.
fn to_js_error(report: &ErrorReport) -> JsValue {
    let err = js_sys::Error::new(&report.message.en);
    let set = |key: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&err, &JsValue::from_str(key), &value);
    };
    set("text", text_object(&report.message));
    if report.more_errors > 0 {
        #[expect(clippy::cast_precision_loss, reason = "a count of problems is far below 2^53")]
        set("moreErrors", JsValue::from_f64(report.more_errors as f64));
    }
    set("name", JsValue::from_str("DigipolicyError"));
    set("code", JsValue::from_str(report.code.as_str()));
    set("path", JsValue::from_str(&report.path));
    set("input", JsValue::from_str(&report.input));
    // Built field by field (code, path, message, hint when there is one), as the contract's
    // `Problem` serializes: no JSON round trip, and no serializer in the module for it.
    let errors = js_sys::Array::new();
    for problem in &report.errors {
        let object = js_sys::Object::new();
        let field = |key: &str, value: JsValue| {
            let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
        };
        field("code", JsValue::from_str(problem.code.as_str()));
        field("path", JsValue::from_str(&problem.path));
        field("message", text_object(&problem.message));
        if let Some(hint) = &problem.hint {
            field("hint", text_object(hint));
        }
        errors.push(&object);
    }
    set("errors", errors.into());
    err.into()
}

/// Installs a panic hook that records the panic's message (no rule panics; this turns an
/// unforeseen one into a readable error instead of a bare `unreachable` trap).
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.payload_as_str().unwrap_or("a panic");
        let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        if let Ok(mut slot) = LAST_PANIC.lock() {
            *slot = Some(format!("{message}{at}"));
        }
    }));
}

/// The message of the last panic, if any; the JS wrapper calls it after a trap.
#[wasm_bindgen(js_name = takePanicMessage)]
pub fn take_panic_message() -> Option<String> {
    LAST_PANIC.lock().ok().and_then(|mut slot| slot.take())
}

/// Runs `decide`, `review`, `scope` or `classify` on JSON under the embedded pack, through
/// the core's one operation layer; the result as canonical JSON. `as_of` (`YYYY-MM-DD`)
/// fills in a missing `decided_on`. (The first module takes no other option: its download
/// carries no shim for options it never reads.)
#[cfg(not(feature = "documents"))]
#[wasm_bindgen(js_name = runJson)]
pub fn run_json(operation: &str, input: &str, as_of: Option<String>) -> Result<String, JsValue> {
    let options = ffi::Options { as_of, ..Default::default() };
    ffi::run_json(default_registry()?, operation, input, &options).map_err(|r| to_js_error(&r))
}

/// Runs any operation of the documents module (`memo`, `record`, `verify`, `accounts`,
/// `accounts_document`, `card`, the analysis operations, and those of the first module) on
/// JSON under the embedded pack, through the core's one operation layer; the result as
/// canonical JSON, or the document. Each option is `undefined` when not given.
#[cfg(feature = "documents")]
#[wasm_bindgen(js_name = runJson)]
pub fn run_json(
    operation: &str,
    input: &str,
    as_of: Option<String>,
    lang: Option<String>,
    format: Option<String>,
    year: Option<i32>,
) -> Result<String, JsValue> {
    let options = ffi::Options { as_of, lang, format, year: year.map(i64::from), name: None };
    ffi::run_json(default_registry()?, operation, input, &options).map_err(|r| to_js_error(&r))
}

/// The yearly accounts being counted (the core's `Tally`) under the embedded pack: records
/// are fed as bytes of a stream, as text, or one record's JSON at a time, and only the
/// figures are kept, so a year of any size is counted in bounded memory.
#[cfg(feature = "documents")]
#[wasm_bindgen]
pub struct Tally {
    /// `None` once finished.
    inner: Option<digipolicy::Tally>,
}

#[cfg(feature = "documents")]
#[wasm_bindgen]
impl Tally {
    /// Accounts of `year` (1–9999; another is the core's error at `year`).
    #[wasm_bindgen(constructor)]
    pub fn new(year: f64) -> Result<Tally, JsValue> {
        // A year that is not a whole number in range is the core's error, as in every runtime.
        #[expect(clippy::cast_possible_truncation, reason = "checked by the core after: 1–9999 only")]
        let whole = if year.is_finite() && year.fract() == 0.0 { year as i64 } else { 0 };
        let options = ffi::Options { year: Some(whole), ..Default::default() };
        let year = options.accounts_year().map_err(|r| to_js_error(&r))?;
        Ok(Tally { inner: Some(digipolicy::Tally::new(default_registry()?.clone(), year)) })
    }

    fn tally(&mut self) -> Result<&mut digipolicy::Tally, JsValue> {
        self.inner.as_mut().ok_or_else(|| JsValue::from_str("digipolicy: the accounts are finished already"))
    }

    /// Feeds bytes of a stream of records (a JSON array, JSON lines or pretty records, cut
    /// anywhere); every record they complete is verified and counted.
    pub fn feed(&mut self, bytes: &[u8]) -> Result<(), JsValue> {
        self.tally()?.feed(bytes).map_err(|e| to_js_error(&ErrorReport::from(e)))
    }

    /// Feeds text of a stream of records, as `feed` feeds bytes.
    #[wasm_bindgen(js_name = feedText)]
    pub fn feed_text(&mut self, text: &str) -> Result<(), JsValue> {
        self.tally()?.feed(text.as_bytes()).map_err(|e| to_js_error(&ErrorReport::from(e)))
    }

    /// Counts one record given as its JSON text.
    #[wasm_bindgen(js_name = addJson)]
    pub fn add_json(&mut self, text: &str) -> Result<(), JsValue> {
        self.tally()?.add_json(text).map_err(|e| to_js_error(&ErrorReport::from(e)))
    }

    /// How many records have gone in.
    #[wasm_bindgen(getter)]
    pub fn given(&self) -> f64 {
        #[expect(clippy::cast_precision_loss, reason = "a count of records is far below 2^53")]
        self.inner.as_ref().map_or(0.0, |t| t.given() as f64)
    }

    /// Ends the stream and gives the accounts as canonical JSON.
    pub fn finish(&mut self) -> Result<String, JsValue> {
        let tally =
            self.inner.take().ok_or_else(|| JsValue::from_str("digipolicy: the accounts are finished already"))?;
        let accounts = tally.finish().map_err(|e| to_js_error(&ErrorReport::from(e)))?;
        ffi::to_json(&accounts).map_err(|r| to_js_error(&r))
    }
}

/// Like [`run_json`] under a pack given as JSON (a registry of that one pack).
#[wasm_bindgen(js_name = runJsonWithPack)]
pub fn run_json_with_pack(
    pack_json: &str,
    operation: &str,
    input: &str,
    as_of: Option<String>,
) -> Result<String, JsValue> {
    let registry = Registry::of(ffi::policy_from_json(pack_json).map_err(|r| to_js_error(&r))?);
    ffi::run_json(&registry, operation, input, &ffi::Options { as_of, ..Default::default() })
        .map_err(|r| to_js_error(&r))
}

/// The embedded pack as JSON: the pack text the module carries, as it is compiled (not
/// re-serialized, which would put a serializer for every pack type into the download).
#[wasm_bindgen(js_name = policyJson)]
pub fn policy_json() -> String {
    digipolicy::SLL_2016_JSON.to_owned()
}

/// Throws the core's error for a schema name it does not publish. The schemas themselves
/// ship as data in the package's `schemas.js` (generated from the committed files, which a
/// test keeps identical to what the Rust types generate), not as code in the module: the
/// download stays small.
#[wasm_bindgen(js_name = unknownSchema)]
pub fn unknown_schema(name: &str, names: &str) -> JsValue {
    // The names come as one comma-separated string: a list of strings costs the module a shim.
    let names: Vec<&str> = names.split(',').collect();
    to_js_error(&ffi::unknown_schema_among(name, &names))
}

/// Kronor as the core writes them in `lang` (`sv`: `1 280 000 kr`, `en`: `SEK 1,280,000`), so
/// that the form prints the same amounts as the CLI's report and the Python card.
#[wasm_bindgen(js_name = formatKronor)]
pub fn format_kronor(amount: f64, lang: &str) -> String {
    // Amounts are whole kronor within 0–2^53−1 (the contract's limit), exact as f64.
    #[expect(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "clamped to 0..=2^53-1 above")]
    let whole = if amount.is_finite() && amount >= 0.0 { amount.min(9_007_199_254_740_991.0) as u64 } else { 0 };
    digipolicy::kronor_in_lang(whole, if lang == "en" { Lang::En } else { Lang::Sv })
}

/// A score with four decimals as the core writes it in `lang` (`0,8333` / `0.8333`).
#[wasm_bindgen(js_name = formatScore)]
pub fn format_score(score: f64, lang: &str) -> String {
    digipolicy::score_in_lang(score, if lang == "en" { Lang::En } else { Lang::Sv })
}

/// The library's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
