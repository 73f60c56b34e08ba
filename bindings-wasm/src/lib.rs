//! WASM bindings to digipolicy. Thin: strings in, strings out, through the core's JSON layer
//! (`digipolicy::ffi`); the JS wrapper in `js/api.js` turns them into plain objects. Errors
//! are JS `Error`s with `code`, `path`, `input` and `errors` properties.

use digipolicy::ffi::{self, ErrorReport};
use digipolicy::{Lang, Policy};
use std::sync::{Mutex, OnceLock};
use wasm_bindgen::prelude::*;

/// The embedded pack, compiled on first use.
fn default_policy() -> Result<&'static Policy, JsValue> {
    static POLICY: OnceLock<Result<Policy, ErrorReport>> = OnceLock::new();
    POLICY.get_or_init(|| Policy::sll_2016().map_err(ErrorReport::from)).as_ref().map_err(to_js_error)
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
        #[allow(clippy::cast_precision_loss)]
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

/// Runs `decide`, `review`, `scope` or `classify` on JSON under the embedded pack; the
/// result as canonical JSON. `as_of` (`YYYY-MM-DD`) fills in a missing `decided_on`.
#[wasm_bindgen(js_name = runJson)]
pub fn run_json(operation: &str, input_json: &str, as_of: Option<String>) -> Result<String, JsValue> {
    let options = ffi::decide_options(as_of.as_deref()).map_err(|r| to_js_error(&r))?;
    ffi::run_json_with(default_policy()?, operation, input_json, options).map_err(|r| to_js_error(&r))
}

/// Like [`run_json`] under a pack given as JSON.
#[wasm_bindgen(js_name = runJsonWithPack)]
pub fn run_json_with_pack(
    pack_json: &str,
    operation: &str,
    input_json: &str,
    as_of: Option<String>,
) -> Result<String, JsValue> {
    let options = ffi::decide_options(as_of.as_deref()).map_err(|r| to_js_error(&r))?;
    let policy = ffi::policy_from_json(pack_json).map_err(|r| to_js_error(&r))?;
    ffi::run_json_with(&policy, operation, input_json, options).map_err(|r| to_js_error(&r))
}

/// The embedded pack as JSON: the pack text the module carries, as it is compiled (not
/// re-serialized, which would put a serializer for every pack type into the download).
#[wasm_bindgen(js_name = policyJson)]
pub fn policy_json() -> String {
    digipolicy::pack::SLL_2016_JSON.to_owned()
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
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let whole = if amount.is_finite() && amount >= 0.0 { amount.min(9_007_199_254_740_991.0) as u64 } else { 0 };
    digipolicy::text::kronor_in_lang(whole, if lang == "en" { Lang::En } else { Lang::Sv })
}

/// A score with four decimals as the core writes it in `lang` (`0,8333` / `0.8333`).
#[wasm_bindgen(js_name = formatScore)]
pub fn format_score(score: f64, lang: &str) -> String {
    digipolicy::text::score_in_lang(score, if lang == "en" { Lang::En } else { Lang::Sv })
}

/// Decides a case given as JSON and renders its decision memo in `lang` (`sv`, `en`) as
/// `format` (`md`, `html`); `as_of` fills in a missing `decided_on`. Only in the documents
/// module.
#[cfg(feature = "documents")]
#[wasm_bindgen(js_name = memoDocument)]
pub fn memo_document(case_json: &str, lang: &str, format: &str, as_of: Option<String>) -> Result<String, JsValue> {
    ffi::memo(default_policy()?, case_json, lang, format, as_of.as_deref()).map_err(|r| to_js_error(&r))
}

/// The yearly accounts of `year` from decision records as JSON lines or a JSON array; the
/// accounts as JSON. Only in the documents module.
#[cfg(feature = "documents")]
#[wasm_bindgen(js_name = accountsJson)]
pub fn accounts_json(records: &str, year: u16) -> Result<String, JsValue> {
    ffi::accounts_json(default_policy()?, records, year).map_err(|r| to_js_error(&r))
}

/// Accounts given as JSON rendered as a document. Only in the documents module.
#[cfg(feature = "documents")]
#[wasm_bindgen(js_name = accountsDocument)]
pub fn accounts_document(accounts_json: &str, lang: &str, format: &str) -> Result<String, JsValue> {
    ffi::accounts_document(accounts_json, lang, format).map_err(|r| to_js_error(&r))
}

/// The library's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
