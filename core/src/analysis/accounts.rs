//! The yearly accounts (policy §6, the strategies' §7; DOMAIN "Follow-up and
//! comply-or-explain"): the decision records of one year, by the date each was decided
//! (`decided_on`, or the `as_of` it was decided under), counted in two views.
//!
//! - The *digitaliseringsbokslut* (digitalisation accounts): requests and routes, the share
//!   of in-house reuse among the requests decided under the policy, the share of
//!   co-development among development with a candidate, blocked decisions, deviations
//!   justified and open, what the order cost (the selected candidate's TCO against the
//!   cheapest candidate that met the need), per clause of the policy and the digitalisation
//!   strategy how often it was met, not met, not known or not applicable, and the routes per
//!   quarter.
//! - The *innovationsbokslut* (innovation accounts): the requests that concern innovation
//!   (`evidence.concerns_innovation`, or a development route, as innovation strategy 3.2
//!   reads it), the innovations decided (those ready for decision: a new or substantially
//!   improved solution to be put into practice, policy §3 — whether it then creates value is
//!   follow-up beyond a decision record), co-developed ones, their deviations, and the
//!   innovation strategy's clauses.
//!
//! When the records of the year before are given too, the accounts carry that year's
//! figures and the change of every count.
//!
//! How they count is settled in DOMAIN ("How the accounts count, settled"): every record of
//! the year is a request; an out-of-scope request and a blocked decision are counted as such,
//! apart from the routes (not under a provisional route) and out of the route shares; "no
//! candidate" is a route of its own, outside the co-development share; the price of the
//! order (the selection above the cheapest candidate that met the need in a later stage) is
//! apart from what the criteria cost (above the cheapest in the selection's own stage). A
//! record is verified before it is counted ([`Policy::verify`] under the pack that made it):
//! one that does not verify is left out and listed, and a record whose input digest was
//! counted already is a duplicate, counted once and listed.
//!
//! [`Tally`] counts records as they are read, keeping only the year's figures (and the
//! digests seen, to find duplicates): a year of any size is counted in memory bounded by its
//! largest record plus 32 bytes per record, and in time linear in the records.

use crate::audit::record::{each_record, read_piece, DecisionRecord, Verdict};
use crate::date::Date;
use crate::error::{Error, Problems};
use crate::input::limits::Limits;
use crate::input::split::Splitter;
use crate::model::decision::{CandidateResult, Decision, Route, Status};
use crate::model::pack::PolicyRef;
use crate::model::review::Outcome;
use crate::pack::{Policy, Registry};
use crate::text::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How many records left out (duplicates, records that do not verify) the accounts list by
/// name; the counts in [`RecordCounts`] are always whole.
pub const MAX_LISTED: usize = 100;

/// The accounts of one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Accounts")]
pub struct Accounts {
    /// The year accounted for.
    pub year: u16,
    /// How many records were given, left out, and by year.
    pub records: RecordCounts,
    /// The packs that decided the year's records, in the order first met.
    pub packs: Vec<PolicyRef>,
    /// The digitalisation accounts (*digitaliseringsbokslut*).
    pub digitalisation: DigitalisationView,
    /// The innovation accounts (*innovationsbokslut*).
    pub innovation: InnovationView,
    /// The year before, when its records were given.
    pub previous: Option<YearFigures>,
    /// The change of every count from the year before; empty without it.
    pub change: Vec<Change>,
    /// The records left out, in the order given: duplicates and records that do not verify
    /// (the first [`MAX_LISTED`]; `records` counts them all).
    pub left_out: Vec<LeftOut>,
}

/// The records given: how many were left out and, of those counted, where their date falls.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordCounts {
    /// Every record given.
    pub given: u32,
    /// Left out as a duplicate: the same input digest as a record counted before.
    pub duplicates: u32,
    /// Left out because they do not verify (tampered, decided differently now, or made under
    /// a pack this runtime does not have).
    pub unverified: u32,
    /// Decided in the year.
    pub in_year: u32,
    /// Decided the year before (compared against).
    pub previous_year: u32,
    /// Decided in another year (left out).
    pub other_years: u32,
    /// With no date at all (left out: a record without `decided_on` or `as_of` belongs to
    /// no year).
    pub undated: u32,
}

/// Why a record was left out of the accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, strum::IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum LeftOutReason {
    /// Its input digest was counted already.
    Duplicate,
    /// A digest does not match its content.
    Tampered,
    /// The pack that made it decides otherwise today.
    Different,
    /// It was made under a pack this runtime does not have.
    PackUnavailable,
}

/// A record left out of the accounts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeftOut {
    /// Its place among the records given, from 0.
    pub record: u64,
    /// Its case's id, as the record holds it (empty when it has none).
    pub case_id: String,
    /// Its input digest, as the record holds it.
    pub input_digest: String,
    /// Why it was left out.
    pub reason: LeftOutReason,
    /// For a duplicate, the place of the record counted in its stead.
    pub same_as: Option<u64>,
    /// What verification found, one line each; empty for a duplicate.
    pub differences: Vec<Text>,
}

/// Both views of one year, as the previous year is shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YearFigures {
    /// The year.
    pub year: u16,
    /// The digitalisation accounts.
    pub digitalisation: DigitalisationView,
    /// The innovation accounts.
    pub innovation: InnovationView,
}

/// Requests by how they were decided: by route when ready, else blocked or out of scope.
/// The seven counts add up to the requests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RouteCounts {
    /// An existing product inside the council.
    pub in_house: u32,
    /// A product on the market.
    pub market: u32,
    /// Development together with other regions.
    pub co_development: u32,
    /// The council's own development.
    pub own_development: u32,
    /// No candidate met the need: development, preferably with other regions, nothing
    /// offered yet.
    pub no_candidate: u32,
    /// Blocked at the gate (§5.6): counted here, not under the provisional route.
    pub blocked: u32,
    /// Outside the policy (§2): no route.
    pub out_of_scope: u32,
}

/// Deviations (a SHALL not met outside the gate) by whether a justification is recorded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeviationCounts {
    /// With a recorded justification.
    pub justified: u32,
    /// Still open.
    pub open: u32,
}

/// How often one clause was met, not met, not known or not applicable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClauseCounts {
    /// The clause, e.g. `policy:5.1`.
    pub clause: String,
    /// Its title in the pack (empty for a clause the pack does not have).
    pub title: Text,
    /// Met.
    pub met: u32,
    /// Not met.
    pub not_met: u32,
    /// Not known.
    pub not_known: u32,
    /// Not applicable.
    pub not_applicable: u32,
}

/// The requests and routes of one quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuarterCounts {
    /// 1–4.
    pub quarter: u8,
    /// Requests decided in the quarter.
    pub requests: u32,
    /// By route.
    pub routes: RouteCounts,
}

/// The digitalisation accounts of one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DigitalisationView {
    /// Requests decided (every record of the year counted).
    pub requests: u32,
    /// By route, blocked or out of scope.
    pub routes: RouteCounts,
    /// In-house reuse among the requests decided on a route (neither blocked nor out of
    /// scope), in 0–1; `null` when there were none.
    pub in_house_share: Option<f64>,
    /// Co-development among the decisions that select a development candidate
    /// (co-development and own development; "no candidate" is outside it), in 0–1; `null`
    /// when there was none.
    pub co_development_share: Option<f64>,
    /// Deviations from the policy's and the digitalisation strategy's clauses.
    pub deviations: DeviationCounts,
    /// The price of the order in kronor: over the ready decisions, what the selection costs
    /// over its horizon above the cheapest candidate that met the need in a later stage.
    pub order_price_sek: i64,
    /// How many decisions cost more than a later stage's cheapest candidate.
    pub decisions_with_order_price: u32,
    /// What the criteria cost in kronor: over the ready decisions, what the selection costs
    /// above the cheapest candidate in its own stage that met the need (a choice made on
    /// strategic importance or delivery ability).
    pub criteria_cost_sek: i64,
    /// How many decisions chose a dearer candidate within its stage.
    pub decisions_with_criteria_cost: u32,
    /// The decisions that make up the price of the order, the dearest first (at most
    /// [`MAX_EXPLAINED`]).
    pub order_price_cases: Vec<PricedCase>,
    /// The decisions that make up what the criteria cost, the dearest first (at most
    /// [`MAX_EXPLAINED`]).
    pub criteria_cost_cases: Vec<PricedCase>,
    /// The evidence most often missing, the most frequent first (at most [`MAX_EXPLAINED`]):
    /// what the clauses' "not known" is made of.
    pub missing_evidence: Vec<MissingEvidence>,
    /// Per clause of the policy and the digitalisation strategy, in the pack's order.
    pub clauses: Vec<ClauseCounts>,
    /// Per quarter of the year.
    pub by_quarter: Vec<QuarterCounts>,
}

/// How many requests of the year lacked one piece of evidence: what "not known" is made of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MissingEvidence {
    /// The field of the case, e.g. `evidence.implementation_plan`.
    pub field: String,
    /// The question that asks for it, in Swedish and English.
    pub question: Text,
    /// The requests that lacked it.
    pub requests: u32,
}

/// One decision that makes up the price of the order or what the criteria cost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PricedCase {
    /// The case's id.
    pub case_id: String,
    /// The case's title, as its record holds it.
    pub title: String,
    /// The selected alternative's name.
    pub selected: String,
    /// The cheaper alternative it is compared with.
    pub cheaper: String,
    /// What the selection costs over the horizon above it, in kronor.
    pub extra_sek: i64,
}

/// How many decisions and missing pieces of evidence the accounts list by name (the largest
/// first); the sums are always over all of them.
pub const MAX_EXPLAINED: usize = 10;

/// The innovation accounts of one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InnovationView {
    /// Requests that concern innovation.
    pub innovation_cases: u32,
    /// Of those, decided (ready): innovations decided to be put into practice (whether they
    /// are is followed up outside the decisions).
    pub innovations_decided: u32,
    /// Of those decided, developed together with other regions.
    pub co_developed: u32,
    /// Deviations from the innovation strategy's clauses.
    pub deviations: DeviationCounts,
    /// Per clause of the innovation strategy, in the pack's order.
    pub clauses: Vec<ClauseCounts>,
}

/// The change of one count from the year before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The count's path in a view, e.g. `digitalisation.routes.in_house`.
    pub measure: String,
    /// This year.
    pub this_year: i64,
    /// The year before.
    pub previous_year: i64,
    /// This year less the year before.
    pub change: i64,
}

/// The date a record was decided: its case's `decided_on`, else the `as_of` it was decided
/// under.
fn decided_on(record: &DecisionRecord) -> Option<Date> {
    let own = record.case.get("decided_on").and_then(serde_json::Value::as_str);
    own.or(record.decision.as_of.as_deref()).and_then(Date::parse)
}

/// Whether a clause belongs to the innovation view.
fn innovation_clause(clause: &str) -> bool {
    clause.starts_with("innovation-strategy:")
}

/// An input digest (`sha256:<64 hex>`) as its 32 bytes; `None` for one that is not.
fn digest_bytes(digest: &str) -> Option<[u8; 32]> {
    let hex = digest.strip_prefix("sha256:")?.as_bytes();
    if hex.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (byte, pair) in out.iter_mut().zip(hex.chunks(2)) {
        let text = std::str::from_utf8(pair).ok()?;
        *byte = u8::from_str_radix(text, 16).ok()?;
    }
    Some(out)
}

/// The yearly accounts being counted: records go in one at a time (as values, as JSON text,
/// or as bytes of a stream in chunks of any size) and only the figures are kept, so a year of
/// any size is counted in bounded memory; [`Tally::finish`] gives the [`Accounts`]. Every
/// runtime counts through this type (the CLI feeding a file, Python and JavaScript feeding
/// what they are given), so the same records give the same accounts everywhere.
///
/// ```
/// use digipolicy::{Registry, Tally};
/// let registry = Registry::embedded()?;
/// let mut tally = Tally::new(registry, 2020);
/// tally.feed(b"")?; // records as JSON lines, a JSON array or pretty records, in chunks
/// let accounts = tally.finish()?;
/// assert_eq!(accounts.records.given, 0);
/// # Ok::<(), digipolicy::Error>(())
/// ```
#[derive(Debug)]
pub struct Tally {
    registry: Registry,
    year: u16,
    counts: RecordCounts,
    /// The input digests counted, with the place of the record that brought each.
    seen: BTreeMap<[u8; 32], u64>,
    packs: Vec<PolicyRef>,
    this: Figures,
    before: Figures,
    left_out: Vec<LeftOut>,
    next: u64,
    splitter: Splitter,
    limits: Limits,
}

impl Tally {
    /// Accounts of `year` under `registry`: each record is verified under the pack that
    /// made it (a pack the registry lacks leaves the record out as unverifiable), and clause
    /// titles come from the newest pack.
    pub fn new(registry: Registry, year: u16) -> Tally {
        let limits = registry.newest().map(|p| *p.limits()).unwrap_or_default();
        Tally {
            registry,
            year,
            counts: RecordCounts::default(),
            seen: BTreeMap::new(),
            packs: Vec::new(),
            this: Figures::new(),
            before: Figures::new(),
            left_out: Vec::new(),
            next: 0,
            splitter: Splitter::new(limits.max_input_bytes),
            limits,
        }
    }

    /// How many records have gone in.
    pub fn given(&self) -> u64 {
        self.next
    }

    /// Counts one record: verified, then counted once by its input digest, then by the year
    /// it was decided.
    pub fn add(&mut self, record: &DecisionRecord) {
        let place = self.next;
        self.next += 1;
        self.counts.given = self.counts.given.saturating_add(1);
        let verification = match self.registry.named_or_newest(&record.pack.id, &record.pack.version) {
            Ok(policy) => policy.verify(record),
            Err(_) => return,
        };
        let reason = match verification.verdict {
            Verdict::Ok => None,
            Verdict::Tampered => Some(LeftOutReason::Tampered),
            Verdict::Different => Some(LeftOutReason::Different),
            Verdict::PackUnavailable => Some(LeftOutReason::PackUnavailable),
        };
        if let Some(reason) = reason {
            self.counts.unverified += 1;
            self.list(record, place, reason, None, verification.differences);
            return;
        }
        // A verified record's digest matches its case, so it is a well-formed one.
        let Some(key) = digest_bytes(&record.input_digest) else { return };
        if let Some(&first) = self.seen.get(&key) {
            self.counts.duplicates += 1;
            self.list(record, place, LeftOutReason::Duplicate, Some(first), Vec::new());
            return;
        }
        self.seen.insert(key, place);
        match decided_on(record) {
            None => self.counts.undated += 1,
            Some(d) if d.year() == self.year => {
                self.counts.in_year += 1;
                if !self.packs.contains(&record.decision.policy) {
                    self.packs.push(record.decision.policy.clone());
                }
                self.this.count(d, record);
            }
            Some(d) if self.year.checked_sub(1) == Some(d.year()) => {
                self.counts.previous_year += 1;
                self.before.count(d, record);
            }
            Some(_) => self.counts.other_years += 1,
        }
    }

    fn list(
        &mut self,
        record: &DecisionRecord,
        place: u64,
        reason: LeftOutReason,
        same_as: Option<u64>,
        differences: Vec<Text>,
    ) {
        if self.left_out.len() < MAX_LISTED {
            let case_id = record.case.get("id").and_then(serde_json::Value::as_str).unwrap_or_default().to_owned();
            self.left_out.push(LeftOut {
                record: place,
                case_id,
                input_digest: record.input_digest.clone(),
                reason,
                same_as,
                differences,
            });
        }
    }

    /// Reads one record from its JSON text (strictly, as [`DecisionRecord::from_json`]) and
    /// counts it; a record that does not read is an error at its place among those given.
    pub fn add_json(&mut self, json: &str) -> Result<(), Error> {
        let piece = crate::input::split::Piece {
            index: usize::try_from(self.next).unwrap_or(usize::MAX),
            line: 1,
            text: json.to_owned(),
        };
        let record = read_piece(Ok(piece), &self.limits)?;
        self.add(&record);
        Ok(())
    }

    /// Counts the records of a text given whole: a JSON array, JSON lines or pretty records.
    pub fn add_text(&mut self, text: &str) -> Result<(), Error> {
        let limits = self.limits;
        each_record(text.as_bytes(), &limits, |record| self.add(&record))
    }

    /// Feeds bytes of a stream of records (a JSON array, JSON lines or pretty records, cut
    /// anywhere) and counts every record completed by them; a record that does not read is
    /// an error at its place, after which the stream is not read further.
    pub fn feed(&mut self, bytes: &[u8]) -> Result<(), Error> {
        self.splitter.push(bytes);
        while let Some(piece) = self.splitter.next_piece() {
            let record = read_piece(piece, &self.limits)?;
            self.add(&record);
        }
        Ok(())
    }

    /// The accounts: the stream fed ends here (a record cut short is an error).
    pub fn finish(mut self) -> Result<Accounts, Error> {
        if let Some(piece) = self.splitter.finish().map_err(|p| Error::InvalidRecord(Problems::one(p)))? {
            let record = read_piece(Ok(piece), &self.limits)?;
            self.add(&record);
        }
        let policy = self.registry.newest()?;
        let year = self.year;
        let now = self.this.finish(policy, year);
        let previous = (self.counts.previous_year > 0).then(|| self.before.finish(policy, year.saturating_sub(1)));
        let change = previous.as_ref().map(|p| changes(&now, p)).unwrap_or_default();
        Ok(Accounts {
            year,
            records: self.counts,
            packs: self.packs,
            digitalisation: now.digitalisation,
            innovation: now.innovation,
            previous,
            change,
            left_out: self.left_out,
        })
    }
}

impl Policy {
    /// The accounts of `year` from decision records (of any years: the others are counted
    /// and left out, the year before is compared against), each verified under this pack (a
    /// record of another pack is left out as unverifiable). See [`Tally`] to count a stream,
    /// or records of several packs under a [`Registry`].
    pub fn accounts(&self, records: &[DecisionRecord], year: u16) -> Accounts {
        let mut tally = Tally::new(Registry::of(self.clone()), year);
        for record in records {
            tally.add(record);
        }
        tally.finish().unwrap_or_else(|_| Accounts::empty(year))
    }
}

impl Accounts {
    /// Accounts of a year with no records.
    fn empty(year: u16) -> Accounts {
        let figures = Figures::new();
        let YearFigures { digitalisation, innovation, .. } = figures.finish_titled(|_| Text::default(), year);
        Accounts {
            year,
            records: RecordCounts::default(),
            packs: Vec::new(),
            digitalisation,
            innovation,
            previous: None,
            change: Vec::new(),
            left_out: Vec::new(),
        }
    }
}

/// One year's figures being counted.
#[derive(Debug)]
struct Figures {
    d: DigitalisationView,
    i: InnovationView,
    /// Per clause, by id; put in the pack's order at the end.
    clauses: BTreeMap<String, [u32; 4]>,
    /// Requests lacking each piece of evidence, by field.
    missing: BTreeMap<String, u32>,
}

impl Figures {
    fn new() -> Figures {
        Figures {
            d: DigitalisationView {
                requests: 0,
                routes: RouteCounts::default(),
                in_house_share: None,
                co_development_share: None,
                deviations: DeviationCounts::default(),
                order_price_sek: 0,
                decisions_with_order_price: 0,
                criteria_cost_sek: 0,
                decisions_with_criteria_cost: 0,
                order_price_cases: Vec::new(),
                criteria_cost_cases: Vec::new(),
                missing_evidence: Vec::new(),
                clauses: Vec::new(),
                by_quarter: (1..=4)
                    .map(|quarter| QuarterCounts { quarter, requests: 0, routes: RouteCounts::default() })
                    .collect(),
            },
            i: InnovationView {
                innovation_cases: 0,
                innovations_decided: 0,
                co_developed: 0,
                deviations: DeviationCounts::default(),
                clauses: Vec::new(),
            },
            clauses: BTreeMap::new(),
            missing: BTreeMap::new(),
        }
    }

    fn count(&mut self, date: Date, record: &DecisionRecord) {
        let decision = &record.decision;
        let d = &mut self.d;
        d.requests += 1;
        count_route(&mut d.routes, decision);
        if let Some(q) = d.by_quarter.get_mut(usize::from((date.month().saturating_sub(1)) / 3)) {
            q.requests += 1;
            count_route(&mut q.routes, decision);
        }
        if let Some(extra) = decision.price_of_order().filter(|e| *e > 0) {
            d.order_price_sek = d.order_price_sek.saturating_add(extra);
            d.decisions_with_order_price += 1;
            keep_dearest(&mut d.order_price_cases, priced(record, extra, decision.order_alternative()));
        }
        if let Some(extra) = decision.criteria_cost().filter(|e| *e > 0) {
            d.criteria_cost_sek = d.criteria_cost_sek.saturating_add(extra);
            d.decisions_with_criteria_cost += 1;
            keep_dearest(&mut d.criteria_cost_cases, priced(record, extra, decision.criteria_alternative()));
        }
        let mut fields: Vec<&str> = decision.missing_evidence.iter().map(AsRef::as_ref).collect();
        fields.extend(decision.review.missing_evidence.iter().map(AsRef::as_ref));
        fields.sort_unstable();
        fields.dedup();
        for field in fields {
            // Per candidate fields count once per request: `candidates[2].x` is `candidates.x`.
            let general = general_field(field);
            *self.missing.entry(general).or_default() += 1;
        }
        count_deviations(decision, &mut d.deviations, &mut self.i.deviations);
        count_innovation(decision, &mut self.i);
        for r in &decision.review.results {
            let slot = match self.clauses.get_mut(r.clause.as_ref()) {
                Some(slot) => slot,
                None => self.clauses.entry(r.clause.to_string()).or_default(),
            };
            let at = match r.outcome {
                Outcome::Met => 0,
                Outcome::NotMet => 1,
                Outcome::NotKnown => 2,
                Outcome::NotApplicable => 3,
            };
            if let Some(n) = slot.get_mut(at) {
                *n += 1;
            }
        }
    }

    fn finish(self, policy: &Policy, year: u16) -> YearFigures {
        let mut figures = self.finish_titled(|id| policy.clause(id).map(|c| c.title.clone()).unwrap_or_default(), year);
        // The pack's clause order; clauses it does not have (from another pack) after, by id.
        let position = |id: &str| policy.pack().clauses.iter().position(|c| c.id == id).unwrap_or(usize::MAX);
        for list in [&mut figures.digitalisation.clauses, &mut figures.innovation.clauses] {
            list.sort_by_cached_key(|c| (position(&c.clause), c.clause.clone()));
        }
        figures
    }

    fn finish_titled(self, title: impl Fn(&str) -> Text, year: u16) -> YearFigures {
        let (mut d, mut i) = (self.d, self.i);
        for (clause, [met, not_met, not_known, not_applicable]) in self.clauses {
            let counts = ClauseCounts { title: title(&clause), clause, met, not_met, not_known, not_applicable };
            if innovation_clause(&counts.clause) {
                i.clauses.push(counts);
            } else {
                d.clauses.push(counts);
            }
        }
        let mut missing: Vec<(String, u32)> = self.missing.into_iter().collect();
        missing.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        d.missing_evidence = missing
            .into_iter()
            .take(MAX_EXPLAINED)
            .map(|(field, requests)| MissingEvidence { question: question_of(&field), field, requests })
            .collect();
        let r = d.routes;
        let on_route = r.in_house + r.market + r.co_development + r.own_development + r.no_candidate;
        d.in_house_share = share(r.in_house, on_route);
        d.co_development_share = share(r.co_development, r.co_development + r.own_development);
        YearFigures { year, digitalisation: d, innovation: i }
    }
}

/// The question that asks for a field, in both languages (the field in words when no
/// question asks for it).
fn question_of(field: &str) -> Text {
    crate::words::question(field)
        .or_else(|| crate::rules::principles::condition_label(field))
        .unwrap_or_else(|| Text::new(field.replace(['.', '_'], " "), field.replace(['.', '_'], " ")))
}

/// `candidates[2].allows_new_solutions` as `candidates.allows_new_solutions`: a field asked of
/// each candidate, counted once per request.
fn general_field(field: &str) -> String {
    match (field.find('['), field.find(']')) {
        (Some(open), Some(close)) if open < close => {
            format!("{}{}", field.get(..open).unwrap_or_default(), field.get(close + 1..).unwrap_or_default())
        }
        _ => field.to_owned(),
    }
}

/// A decision that costs `extra` above `cheaper` (the candidate its price is measured against).
fn priced(record: &DecisionRecord, extra: i64, cheaper: Option<&CandidateResult>) -> PricedCase {
    let d = &record.decision;
    PricedCase {
        case_id: d.case_id.clone(),
        title: record.case.get("title").and_then(serde_json::Value::as_str).unwrap_or_default().to_owned(),
        selected: d.selected_candidate().map(|c| c.name.clone()).unwrap_or_default(),
        cheaper: cheaper.map(|c| c.name.clone()).unwrap_or_default(),
        extra_sek: extra,
    }
}

/// Keeps the [`MAX_EXPLAINED`] dearest cases, the dearest first (then by case id): memory
/// stays bounded however many decisions there are.
fn keep_dearest(list: &mut Vec<PricedCase>, case: PricedCase) {
    let at = list.partition_point(|c| {
        (c.extra_sek, std::cmp::Reverse(&c.case_id)) > (case.extra_sek, std::cmp::Reverse(&case.case_id))
    });
    if at < MAX_EXPLAINED {
        list.insert(at, case);
        list.truncate(MAX_EXPLAINED);
    }
}

fn share(part: u32, whole: u32) -> Option<f64> {
    (whole > 0).then(|| f64::from(part) / f64::from(whole))
}

fn count_route(routes: &mut RouteCounts, decision: &Decision) {
    let slot = match (decision.status, decision.route) {
        (Status::OutOfScope, _) | (Status::Ready, None) => &mut routes.out_of_scope,
        (Status::Blocked, _) => &mut routes.blocked,
        (Status::Ready, Some(Route::InHouse)) => &mut routes.in_house,
        (Status::Ready, Some(Route::Market)) => &mut routes.market,
        (Status::Ready, Some(Route::CoDevelopment)) => &mut routes.co_development,
        (Status::Ready, Some(Route::OwnDevelopment)) => &mut routes.own_development,
        (Status::Ready, Some(Route::NoCandidate)) => &mut routes.no_candidate,
    };
    *slot += 1;
}

fn count_deviations(decision: &Decision, digitalisation: &mut DeviationCounts, innovation: &mut DeviationCounts) {
    for d in decision.deviations() {
        let view = if innovation_clause(d.clause) { &mut *innovation } else { &mut *digitalisation };
        if d.justified.is_some() {
            view.justified += 1;
        } else {
            view.open += 1;
        }
    }
}

/// A request concerns innovation when innovation strategy 3.2 applies to it: its evidence
/// says so, or its route is development (the review decides; not applicable means no).
fn count_innovation(decision: &Decision, view: &mut InnovationView) {
    let applies = decision
        .review
        .result("innovation-strategy:3.2")
        .is_some_and(|r| matches!(r.outcome, Outcome::Met | Outcome::NotMet))
        || decision.route.is_some_and(Route::is_development);
    if !applies || decision.status == Status::OutOfScope {
        return;
    }
    view.innovation_cases += 1;
    if decision.status == Status::Ready && decision.selected.is_some() {
        view.innovations_decided += 1;
        view.co_developed += u32::from(decision.route == Some(Route::CoDevelopment));
    }
}

/// The change of every count from `before` to `now`.
fn changes(now: &YearFigures, before: &YearFigures) -> Vec<Change> {
    let pairs = |f: &YearFigures| -> Vec<(&'static str, i64)> {
        let (d, i, r) = (&f.digitalisation, &f.innovation, &f.digitalisation.routes);
        vec![
            ("digitalisation.requests", d.requests.into()),
            ("digitalisation.routes.in_house", r.in_house.into()),
            ("digitalisation.routes.market", r.market.into()),
            ("digitalisation.routes.co_development", r.co_development.into()),
            ("digitalisation.routes.own_development", r.own_development.into()),
            ("digitalisation.routes.no_candidate", r.no_candidate.into()),
            ("digitalisation.routes.blocked", r.blocked.into()),
            ("digitalisation.routes.out_of_scope", r.out_of_scope.into()),
            ("digitalisation.deviations.justified", d.deviations.justified.into()),
            ("digitalisation.deviations.open", d.deviations.open.into()),
            ("digitalisation.order_price_sek", d.order_price_sek),
            ("digitalisation.decisions_with_order_price", d.decisions_with_order_price.into()),
            ("digitalisation.criteria_cost_sek", d.criteria_cost_sek),
            ("digitalisation.decisions_with_criteria_cost", d.decisions_with_criteria_cost.into()),
            ("innovation.innovation_cases", i.innovation_cases.into()),
            ("innovation.innovations_decided", i.innovations_decided.into()),
            ("innovation.co_developed", i.co_developed.into()),
            ("innovation.deviations.justified", i.deviations.justified.into()),
            ("innovation.deviations.open", i.deviations.open.into()),
        ]
    };
    pairs(now)
        .into_iter()
        .zip(pairs(before))
        .map(|((measure, a), (_, b))| Change {
            measure: measure.to_owned(),
            this_year: a,
            previous_year: b,
            change: a.saturating_sub(b),
        })
        .collect()
}

impl Accounts {
    /// Reads accounts from their JSON (what [`Policy::accounts`] gives, serialized).
    pub fn from_json(json: &str) -> Result<Accounts, Error> {
        parse_accounts(json)
    }
}

/// Reads accounts from their JSON (what the `accounts` operation gives) as strictly as any
/// input: a repeated key, an unknown or missing field or a wrong type is an error at its path.
pub fn parse_accounts(json: &str) -> Result<Accounts, Error> {
    crate::input::parse::parse_output(json).map_err(|p| Error::InvalidRecord(Problems::one(p)))
}
