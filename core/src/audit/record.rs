//! Decision records (DOMAIN "Follow-up and comply-or-explain"): what a case-management system
//! keeps of a decision — the case exactly as given, the decision, the pack that made it (id,
//! version and a digest of the pack), the library version, and a digest of the canonical
//! input — and `verify`, which re-decides a record under the pack and says whether it is
//! still `ok`, was `tampered` with (a digest does not match), or is decided `different`ly
//! now (another pack or library version decides otherwise).
//!
//! **Canonical JSON** (the digests' input): the value's JSON with object keys sorted by their
//! UTF-8 bytes, no white space, strings escaped as serde_json escapes them, numbers as
//! serde_json writes them. The contract's keys are ASCII, so the key order is RFC 8785's; a
//! case holds only whole numbers, which every runtime writes alike. Every runtime computes the
//! digest through this code, so Rust, Python and the CLI agree byte for byte.

use crate::error::{Error, ErrorCode, Problem, Problems};
use crate::message::Arg;
use crate::model::decision::{Decision, Route, Status};
use crate::pack::Policy;
use crate::text::Text;
use crate::words::w;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The pack a record was decided under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PackStamp {
    /// The pack's id.
    pub id: String,
    /// The pack's version.
    pub version: String,
    /// SHA-256 of the pack's canonical JSON, as `sha256:<hex>`.
    pub digest: String,
}

/// A decision as a case-management system keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "DecisionRecord")]
pub struct DecisionRecord {
    /// The case exactly as given.
    pub case: serde_json::Value,
    /// SHA-256 of the case's canonical JSON, as `sha256:<hex>`.
    pub input_digest: String,
    /// The pack that decided.
    pub pack: PackStamp,
    /// The library version that decided.
    pub library_version: String,
    /// The decision.
    pub decision: Decision,
}

/// What `verify` found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, strum::IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Verdict {
    /// The digests match and the pack decides the same today.
    Ok,
    /// A digest does not match: the record's case or pack is not what was decided.
    Tampered,
    /// The record is intact, but the pack or library now decides otherwise.
    Different,
    /// The record was made under a pack (id and version) that the verifier does not have:
    /// nothing can be said of its decision until it is verified under that pack.
    PackUnavailable,
}

/// The outcome of verifying a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Verification")]
pub struct Verification {
    /// `ok`, `tampered`, `different` or `pack_unavailable`.
    pub verdict: Verdict,
    /// What differs, one line each in Swedish and English; empty when `ok`.
    pub differences: Vec<Text>,
}

/// SHA-256 of a value's canonical JSON, as `sha256:<hex>`.
pub fn digest(value: &serde_json::Value) -> String {
    // serde_json's map is a BTreeMap (no `preserve_order`): keys come out sorted.
    let canonical = value.to_string();
    let hash = Sha256::digest(canonical.as_bytes());
    let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

fn pack_stamp(policy: &Policy) -> PackStamp {
    let pack = serde_json::to_value(policy.pack()).unwrap_or(serde_json::Value::Null);
    PackStamp { id: policy.pack().id.clone(), version: policy.pack().version.clone(), digest: digest(&pack) }
}

impl Policy {
    /// Decides a case given as JSON and returns the record to keep.
    pub fn record_json(&self, case_json: &str) -> Result<DecisionRecord, Error> {
        self.record(&self.parse_case(case_json)?, case_json)
    }

    /// The record of `case`, read already from `case_json` (whose digest the record keeps).
    pub fn record(&self, case: &crate::model::case::Case, case_json: &str) -> Result<DecisionRecord, Error> {
        let decision = self.decide(case)?;
        let value: serde_json::Value = serde_json::from_str(case_json).map_err(|e| {
            let message = w!(RecordInvalidJsonE { e: Arg::Str(e.to_string().into()) }).text();
            Error::InvalidCase(Problems::one(Problem::new(ErrorCode::InvalidJson, "", message)))
        })?;
        Ok(DecisionRecord {
            input_digest: digest(&value),
            case: value,
            pack: pack_stamp(self),
            library_version: env!("CARGO_PKG_VERSION").to_owned(),
            decision,
        })
    }

    /// Verifies a record under this policy, saying exactly what it found:
    /// - `tampered` when the case's digest does not match the case, or the record names this
    ///   pack's id and version with another digest (the stamp or the pack was edited);
    /// - `pack_unavailable` when the record was made under another pack id or version: it
    ///   names the pack it needs, and nothing is re-decided;
    /// - `different` when re-deciding gives another decision (naming what differs: status,
    ///   route, selection, findings, wording);
    /// - `ok` otherwise.
    pub fn verify(&self, record: &DecisionRecord) -> Verification {
        let mut differences = Vec::new();
        if digest(&record.case) != record.input_digest {
            differences.push(w!(RECORD_CASE_S_DIGEST_DOES).text());
        }
        let stamp = pack_stamp(self);
        let (id, version) = (Arg::Str(record.pack.id.clone().into()), Arg::Str(record.pack.version.clone().into()));
        if (&stamp.id, &stamp.version) == (&record.pack.id, &record.pack.version) {
            if stamp.digest != record.pack.digest {
                differences.push(w!(RecordPackEdited { id, version }).text());
            }
        } else if differences.is_empty() {
            let (have, have_version) = (Arg::Str(stamp.id.into()), Arg::Str(stamp.version.into()));
            let needs = w!(RecordPackUnavailable { have, have_version, id, version }).text();
            return Verification { verdict: Verdict::PackUnavailable, differences: vec![needs] };
        }
        if !differences.is_empty() {
            return Verification { verdict: Verdict::Tampered, differences };
        }
        let now =
            serde_json::from_value(record.case.clone()).map_err(|_| ()).and_then(|c| self.decide(&c).map_err(|_| ()));
        match now {
            Err(()) => differences.push(w!(RECORD_CASE_CAN_LONGER_DECIDED).text()),
            Ok(d) => compare(&record.decision, &d, &mut differences),
        }
        let verdict = if differences.is_empty() { Verdict::Ok } else { Verdict::Different };
        Verification { verdict, differences }
    }
}

/// Reads a decision record from JSON; text that is not one is an error of the record.
pub fn parse_record(json: &str) -> Result<DecisionRecord, Error> {
    serde_json::from_str(json).map_err(|e| {
        let message = w!(RecordDecisionRecordE { e: Arg::Str(e.to_string().into()) }).text();
        Error::InvalidRecord(Problems::one(Problem::new(ErrorCode::WrongType, "", message)))
    })
}

impl DecisionRecord {
    /// Reads one decision record from JSON (what [`Policy::record`] writes).
    pub fn from_json(json: &str) -> Result<DecisionRecord, Error> {
        parse_record(json)
    }

    /// Reads decision records given as a JSON array, as JSON lines, or one after another as
    /// `record` writes them (pretty, each over many lines); a bad one is an error at its index.
    pub fn list_from_json(text: &str) -> Result<Vec<DecisionRecord>, Error> {
        parse_records(text)
    }
}

/// Reads decision records given as a JSON array, or as a stream of records separated by
/// white space: JSON lines, or pretty records one after another as `record` writes them. A
/// record that does not read is an error at its index (`[3]` is the fourth record), with the
/// line it starts on in the message.
pub fn parse_records(text: &str) -> Result<Vec<DecisionRecord>, Error> {
    let text = text.trim_start_matches('\u{feff}');
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        let values: Vec<serde_json::Value> =
            serde_json::from_str(trimmed).map_err(|e| record_error(String::new(), None, &e.to_string()))?;
        return values
            .into_iter()
            .enumerate()
            .map(|(i, v)| serde_json::from_value(v).map_err(|e| record_error(format!("[{i}]"), None, &e.to_string())))
            .collect();
    }
    // JSON lines, or records one after another as `record` writes them (pretty, many lines
    // each): a stream of JSON values separated by white space.
    let mut out = Vec::new();
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<DecisionRecord>();
    loop {
        let start = stream.byte_offset();
        match stream.next() {
            None => return Ok(out),
            Some(Ok(record)) => out.push(record),
            Some(Err(e)) => {
                // The line the failing record starts on (its first non-blank character).
                let skipped = text.get(start..).map_or(0, |rest| rest.len() - rest.trim_start().len());
                let line = text.get(..start + skipped).map_or(1, |before| before.matches('\n').count() + 1);
                return Err(record_error(format!("[{}]", out.len()), Some(line), &e.to_string()));
            }
        }
    }
}

fn record_error(path: String, line: Option<usize>, detail: &str) -> Error {
    let detail = Arg::Str(detail.to_owned().into());
    let message = match line {
        Some(n) => w!(RecordLineNotARecord { detail, line: Arg::count(n) }),
        None => w!(RecordNotARecord { detail }),
    };
    let problem = Problem::new(ErrorCode::WrongType, path, message.text())
        .with_hint(w!(RECORD_DECISION_RECORD_WHAT_RECORD).text());
    Error::InvalidRecord(Problems::one(problem))
}

/// What differs between the recorded decision and today's.
fn compare(then: &Decision, now: &Decision, out: &mut Vec<Text>) {
    let show_status = |s: Status| s.as_str();
    let show_route = |r: Option<Route>| r.map_or("–", Route::as_str);
    if then.status != now.status {
        let (a, b) = (show_status(then.status), show_status(now.status));
        out.push(w!(RecordStatusB { a: Arg::Str(a.to_string().into()), b: Arg::Str(b.to_string().into()) }).text());
    }
    if then.route != now.route {
        let (a, b) = (show_route(then.route), show_route(now.route));
        out.push(w!(RecordRouteB { a: Arg::Str(a.to_string().into()), b: Arg::Str(b.to_string().into()) }).text());
    }
    if then.selected != now.selected {
        let (a, b) = (then.selected.as_deref().unwrap_or("–"), now.selected.as_deref().unwrap_or("–"));
        out.push(w!(RecordSelectedB { a: Arg::Str(a.to_string().into()), b: Arg::Str(b.to_string().into()) }).text());
    }
    let codes = |d: &Decision| d.findings.iter().map(|f| f.code.as_str()).collect::<Vec<_>>().join(", ");
    if codes(then) != codes(now) {
        let (a, b) = (codes(then), codes(now));
        out.push(w!(RecordFindingsB { a: Arg::Str(a.to_string().into()), b: Arg::Str(b.to_string().into()) }).text());
    }
    if out.is_empty() && then != now {
        out.push(w!(RECORD_DECISION_S_WORDING_DIFFERS).text());
    }
}
