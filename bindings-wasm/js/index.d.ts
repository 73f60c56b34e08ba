// The package's API. The input and output types in ./types/ are generated from the JSON
// Schemas that the Rust types generate, so they cannot drift from the core.
import type { Case } from "./types/case";
import type { Decision } from "./types/decision";
import type { Review } from "./types/review";
import type { Organisation } from "./types/organisation";
import type { Scope } from "./types/scope";
import type { Initiative } from "./types/initiative";
import type { Classification } from "./types/classification";
import type { PolicyPack } from "./types/policy";
import type { ErrorReport, Problem } from "./types/error";
import type { Comparison } from "./types/comparison";
import type { Sensitivity } from "./types/sensitivity";
import type { AlignInput } from "./types/align-input";
import type { AlignmentSet } from "./types/alignment";
import type { DecisionRecord } from "./types/record";
import type { Verification } from "./types/verification";
import type { Accounts } from "./types/accounts";

export type {
  Case, Decision, Review, Organisation, Scope, Initiative, Classification, PolicyPack, ErrorReport, Problem,
  Comparison, Sensitivity, AlignInput, AlignmentSet, DecisionRecord, Verification, Accounts,
};

/** The error every function throws for invalid input. */
export interface DigipolicyError extends Error {
  name: "DigipolicyError";
  /** The stable code of the first problem, e.g. `unknown-requirement`. */
  code: string;
  /** The JSON path of the first problem, e.g. `candidates[2].covers[0]`. */
  path: string;
  /** Which input was at fault: `case`, `policy`, `organisation`, `initiative`, `request`, `options`, `library`. */
  input: string;
  /** The whole error in one line, in Swedish and English (`message` is the English line). */
  text: { sv: string; en: string };
  /** How many more problems there were beyond the 100 in `errors`; absent when none. */
  moreErrors?: number;
  /** Every problem, in document order. */
  errors: Problem[];
}

export type SchemaName =
  | "case" | "decision" | "review" | "organisation" | "scope" | "initiative" | "classification" | "policy" | "error"
  | "compare-request" | "comparison" | "sensitivity" | "regional-strategy" | "align-input" | "alignment"
  | "record" | "verification" | "accounts";

/**
 * Options of `decide` and `review`. Nothing in the library reads a clock: a caller who wants
 * "today" passes it.
 */
export interface DecideOptions {
  /**
   * `YYYY-MM-DD`: fills in `decided_on` where the case has none; the decision records it in
   * `as_of`. A case's own `decided_on` wins.
   */
  asOf?: string;
}

export interface BoundPolicy {
  decide(c: Case, options?: DecideOptions): Decision;
  decideJson(caseJson: string, options?: DecideOptions): string;
  review(c: Case, options?: DecideOptions): Review;
  scope(o: Organisation): Scope;
  classify(i: Initiative): Classification;
  policy(): PolicyPack;
}

/** Decides a case under the embedded SLL 2016 pack. */
export function decide(c: Case, options?: DecideOptions): Decision;
/** Decides a case given as JSON; the decision as the library's canonical JSON. */
export function decideJson(caseJson: string, options?: DecideOptions): string;
/** Reviews a case against every governing principle and rule. */
export function review(c: Case, options?: DecideOptions): Review;
/** Whether and how the policy applies to an organisation (policy §2). */
export function scope(o: Organisation): Scope;
/** Classifies an initiative (policy §3, §3.1). */
export function classify(i: Initiative): Classification;
/**
 * Runs an operation by name, under `pack` when given. The browser build has `decide`,
 * `review`, `scope` and `classify`; the analysis operations (`compare`, `sensitivity`,
 * `align`) live in the Rust crate, the CLI and the Python package, and throw here.
 */
export function run(
  operation: "decide" | "review" | "scope" | "classify",
  input: unknown,
  pack?: PolicyPack | string,
  options?: DecideOptions,
): Decision | Review | Scope | Classification;
/** The embedded policy pack. */
export function policy(): PolicyPack;
/** A JSON Schema of the contract. */
export function schema(name: SchemaName): Record<string, unknown>;
/** The library's version. */
export function version(): string;
/** Kronor as the core writes them (`sv`: `1 280 000 kr`, `en`: `SEK 1,280,000`), as the CLI and the Python card do. */
export function formatKronor(amount: number, lang?: "sv" | "en"): string;
/** A score with four decimals as the core writes it (`0,8333` / `0.8333`). */
export function formatScore(score: number, lang?: "sv" | "en"): string;
/** Functions bound to a custom pack; throws when the pack is invalid. */
export function createPolicy(pack: PolicyPack | string): BoundPolicy;

declare const api: {
  decide: typeof decide;
  decideJson: typeof decideJson;
  review: typeof review;
  scope: typeof scope;
  classify: typeof classify;
  run: typeof run;
  policy: typeof policy;
  schema: typeof schema;
  version: typeof version;
  formatKronor: typeof formatKronor;
  formatScore: typeof formatScore;
  createPolicy: typeof createPolicy;
  loadDocuments: typeof loadDocuments;
  memo: typeof memo;
  record: typeof record;
  verify: typeof verify;
  accounts: typeof accounts;
  accountsAsync: typeof accountsAsync;
};
export default api;

/** Decision records as the accounts take them: JSON text or bytes holding many (a JSON
 * array, JSON lines, pretty records), or an iterable of records (objects, JSON texts, bytes). */
export type Records = string | Uint8Array | Iterable<DecisionRecord | string | Uint8Array>;

/** The accounts' options: `onProgress` is called with the records counted so far. */
export interface AccountsOptions {
  onProgress?: (given: number) => void;
}

/** How to render a document: Swedish or English, Markdown or printable HTML. */
export interface DocumentOptions {
  lang?: "sv" | "en";
  format?: "md" | "html";
}

/** The memo's options: the document's, and `asOf` for an undated case. */
export interface MemoOptions extends DocumentOptions {
  asOf?: string;
}

/**
 * The documents module (a second, larger WASM module, fetched on first use): the decision
 * memo, decision records and their verification, the yearly accounts, and the analysis
 * operations. Every method is synchronous once it is loaded.
 */
export interface Documents {
  /** The decision memo (tjänsteutlåtande) of a case, as Markdown or self-contained HTML. */
  memo(c: Case, options?: MemoOptions): string;
  /** The decision record to keep: the case, the decision, the pack's stamp, the digests;
   * `asOf` for an undated case, kept in the decision so that `verify` re-decides on it. */
  record(c: Case, options?: DecideOptions): DecisionRecord;
  /** Re-decides a record under the embedded pack: ok, tampered or different. */
  verify(r: DecisionRecord): Verification;
  /** The yearly accounts of `year` (1–9999), each record verified and counted once as it is
   * read; only the figures are kept. A plain object (one record) is refused. */
  accounts(records: Records, year: number, options?: AccountsOptions): Accounts;
  /** The accounts from an async iterable (a stream's chunks, a cursor's records). */
  accountsAsync(
    records: AsyncIterable<DecisionRecord | string | Uint8Array> | Records,
    year: number,
    options?: AccountsOptions,
  ): Promise<Accounts>;
  /** Accounts rendered as Markdown or HTML. */
  accountsDocument(accounts: Accounts, options?: DocumentOptions): string;
  /** Any operation of the full build by name, including compare, sensitivity and align. */
  run(operation: string, input: unknown, options?: DecideOptions): unknown;
}

/** Loads the documents module (once); later calls return the same promise. */
export function loadDocuments(): Promise<Documents>;
/** The decision memo of a case; loads the documents module on first use. */
export function memo(c: Case, options?: MemoOptions): Promise<string>;
/** The decision record of a case; loads the documents module on first use. */
export function record(c: Case, options?: DecideOptions): Promise<DecisionRecord>;
/** Verifies a decision record; loads the documents module on first use. */
export function verify(r: DecisionRecord): Promise<Verification>;
/** The yearly accounts of decision records; loads the documents module on first use. */
export function accounts(records: Records, year: number, options?: AccountsOptions): Promise<Accounts>;
/** The yearly accounts from an async iterable; loads the documents module on first use. */
export function accountsAsync(
  records: AsyncIterable<DecisionRecord | string | Uint8Array> | Records,
  year: number,
  options?: AccountsOptions,
): Promise<Accounts>;
/** Node only: the yearly accounts of a file of records, read as a stream. */
export function accountsFromFile(path: string, year: number, options?: AccountsOptions): Promise<Accounts>;
