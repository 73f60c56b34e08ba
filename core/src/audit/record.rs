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
use crate::input::limits::Limits;
use crate::input::split::Splitter;
use crate::input::tree::Node;
use crate::message::Arg;
use crate::model::decision::{DecideOptions, Decision, Route, Status};
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
    digest_text(&value.to_string())
}

/// SHA-256 of a canonical JSON text, as `sha256:<hex>`.
fn digest_text(canonical: &str) -> String {
    let hash = Sha256::digest(canonical.as_bytes());
    let mut out = String::with_capacity(7 + 64);
    out.push_str("sha256:");
    for b in hash {
        let _ = std::fmt::Write::write_fmt(&mut out, format_args!("{b:02x}"));
    }
    out
}

fn pack_stamp(policy: &Policy) -> PackStamp {
    PackStamp {
        id: policy.pack().id.clone(),
        version: policy.pack().version.clone(),
        digest: policy.digest().to_owned(),
    }
}

impl Policy {
    /// SHA-256 of the pack's canonical JSON, as `sha256:<hex>` (what a decision record keeps
    /// of the pack that made it); taken once per compiled pack.
    pub fn digest(&self) -> &str {
        self.digest_cell().get_or_init(|| {
            let pack = serde_json::to_value(self.pack()).unwrap_or(serde_json::Value::Null);
            digest(&pack)
        })
    }

    /// Decides a case given as JSON and returns the record to keep.
    pub fn record_json(&self, case_json: &str) -> Result<DecisionRecord, Error> {
        self.record(&self.parse_case(case_json)?, case_json, DecideOptions::default())
    }

    /// The record of `case`, read already from `case_json` (whose digest the record keeps),
    /// decided with `options` as [`Policy::decide_with`] decides (an undated case on
    /// `as_of`, which the decision keeps, so that verifying re-decides on the same day).
    pub fn record(
        &self,
        case: &crate::model::case::Case,
        case_json: &str,
        options: DecideOptions,
    ) -> Result<DecisionRecord, Error> {
        let decision = self.decide_with(case, options)?;
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
        // The canonical text once: its digest, and the case re-read from it.
        let canonical = record.case.to_string();
        if digest_text(&canonical) != record.input_digest {
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
        // Re-decided as it was decided: the case read by the strict reader, on the `as_of` the
        // decision kept.
        let as_of = record.decision.as_of.as_deref().and_then(crate::date::Date::parse);
        let now =
            self.parse_case(&canonical).and_then(|c| self.decide_with(&c, DecideOptions { as_of })).map_err(|_| ());
        match now {
            Err(()) => differences.push(w!(RECORD_CASE_CAN_LONGER_DECIDED).text()),
            Ok(d) => compare(&record.decision, &d, &mut differences),
        }
        let verdict = if differences.is_empty() { Verdict::Ok } else { Verdict::Different };
        Verification { verdict, differences }
    }
}

/// Reads a decision record from JSON as strictly as a case is read: a key repeated in any
/// object, text that is not JSON, an unknown or missing field, a value of the wrong type
/// and the limits are errors with their code and the path of the field; the record's case is
/// held to the case's rules (a list only where a case has one).
pub fn parse_record(json: &str) -> Result<DecisionRecord, Error> {
    parse_record_within(json, 1, &Limits::default()).map_err(|p| Error::InvalidRecord(Problems::one(p)))
}

/// Reads one record's text under `limits`; `first_line` is the line of a longer text the
/// record starts on, so that a position names the line of that text.
pub(crate) fn parse_record_within(json: &str, first_line: usize, limits: &Limits) -> Result<DecisionRecord, Problem> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let tree = crate::input::scan::scan_record(json, first_line, limits)?;
    if let Node::Object(members) = &tree {
        if let Some((_, case)) = members.iter().find(|(k, _)| k == "case") {
            crate::input::scan::check_tree(case, false, limits).map_err(|mut p| {
                p.path = under("case", &p.path);
                p
            })?;
        }
    }
    crate::input::tree::read(tree).map_err(crate::input::messages::from_fault)
}

/// `path` under `key`: `case`, `case.id`, `case[0]`.
fn under(key: &str, path: &str) -> String {
    match path.chars().next() {
        None => key.to_owned(),
        Some('[') => format!("{key}{path}"),
        Some(_) => format!("{key}.{path}"),
    }
}

impl DecisionRecord {
    /// Reads one decision record from JSON (what [`Policy::record`] writes), strictly.
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
/// white space: JSON lines, or pretty records one after another as `record` writes them.
/// Each record is read as [`parse_record`] reads one, under the default limits per record;
/// a record that does not read is an error at its index (`[3].decision.status` is in the
/// fourth record), its position counted in lines of the whole text.
pub fn parse_records(text: &str) -> Result<Vec<DecisionRecord>, Error> {
    let mut out = Vec::new();
    each_record(text.as_bytes(), &Limits::default(), |record| {
        out.push(record);
    })?;
    Ok(out)
}

/// Calls `each` with every record of `bytes` (a whole text: see [`parse_records`]), one at a
/// time: a record is read, handed over and dropped before the next is read.
pub(crate) fn each_record(bytes: &[u8], limits: &Limits, mut each: impl FnMut(DecisionRecord)) -> Result<(), Error> {
    let mut splitter = Splitter::new(limits.max_input_bytes);
    splitter.push(bytes);
    while let Some(piece) = splitter.next_piece() {
        each(read_piece(piece, limits)?);
    }
    if let Some(piece) = splitter.finish().map_err(|p| Error::InvalidRecord(Problems::one(p)))? {
        each(read_piece(Ok(piece), limits)?);
    }
    Ok(())
}

/// A piece the splitter cut, read as a record; an error at the record's index.
pub(crate) fn read_piece(
    piece: Result<crate::input::split::Piece, Problem>,
    limits: &Limits,
) -> Result<DecisionRecord, Error> {
    let invalid = |p: Problem| Error::InvalidRecord(Problems::one(p));
    let piece = piece.map_err(invalid)?;
    parse_record_within(&piece.text, piece.line, limits).map_err(|mut p| {
        p.path = under(&format!("[{}]", piece.index), &p.path);
        invalid(p)
    })
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
