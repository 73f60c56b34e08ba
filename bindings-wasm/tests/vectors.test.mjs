// The conformance suite through the npm package in Node, plus errors, panics, bytes and size.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { gzipSync } from "node:zlib";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import * as dp from "../pkg/node.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..", "..");
const vectorsDir = path.join(root, "tests", "vectors");
const raw = createRequire(import.meta.url)("../pkg/node/digipolicy_wasm.js");

const vectors = readdirSync(vectorsDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(path.join(vectorsDir, f), "utf8"))]);

test("the suite is complete", () => {
  assert.ok(vectors.length >= 75, `${vectors.length} vectors`);
});

// The browser build leaves out the analysis operations (see bindings-wasm/Cargo.toml); for
// those vectors the package must say so with the core's error, not decide anything.
const ANALYSIS = new Set(["compare", "sensitivity", "align", "record", "verify", "accounts", "accounts_document", "card", "policy", "schema", "labels", "questions"]);

/** The expected error with the operations of the documents module taken out of its hint. */
function browserOperations(expected) {
  const dropOne = (text) =>
    text.replace(/, `compare`, `sensitivity`.*`questions`/, "").replace("`decide`, `review`, `record`, `memo`", "`decide`, `review`");
  const drop = (text) => ({ sv: dropOne(text.sv), en: dropOne(text.en) });
  const out = structuredClone(expected);
  out.message = drop(out.message);
  out.errors = out.errors.map((e) => ({ ...e, hint: e.hint && drop(e.hint) }));
  return out;
}

/** An error as the contract's report. */
const reportOf = (err) => ({
  input: err.input,
  code: err.code,
  path: err.path,
  message: err.text,
  errors: err.errors,
  ...(err.moreErrors ? { more_errors: err.moreErrors } : {}),
});

const docs = await dp.loadDocuments();

for (const [file, v] of vectors) {
  test(`vector ${file}`, () => {
    const operation = v.operation ?? "decide";
    const input = "input_text" in v ? v.input_text : v.input;
    if (ANALYSIS.has(operation) || operation === "memo") {
      // The first module refuses them; the documents module runs them exactly.
      if (operation !== "memo") {
        assert.throws(
          () => dp.run(operation, input, v.policy),
          (err) => err.code === "invalid-value" && err.message.includes(`unknown operation \`${operation}\``),
        );
      }
      if (v.policy !== undefined) return; // the documents module decides under the embedded pack
      let got;
      try {
        got = operation === "memo"
          ? docs.memo(input, { ...v.options, ...(v.as_of === undefined ? {} : { asOf: v.as_of }) })
          : operation === "accounts"
            ? docs.accounts(input, v.options.year)
            : docs.run(operation, input, v.as_of === undefined ? undefined : { asOf: v.as_of });
      } catch (err) {
        assert.ok("expected_error" in v, `unexpected error: ${err.message}`);
        assert.deepEqual(reportOf(err), v.expected_error);
        return;
      }
      if (operation === "memo") assert.equal(got, v.expected_text);
      else assert.deepEqual(got, v.expected);
      return;
    }
    let got;
    try {
      got = dp.run(operation, input, v.policy, v.as_of === undefined ? undefined : { asOf: v.as_of });
    } catch (err) {
      assert.ok("expected_error" in v, `unexpected error: ${err.message}`);
      assert.equal(err.name, "DigipolicyError");
      // The browser build runs fewer operations, so the hint of an unknown one lists fewer.
      const lists = file === "error-unknown-operation.json" || file === "error-as-of-on-scope.json";
      const expected = lists ? browserOperations(v.expected_error) : v.expected_error;
      assert.deepEqual(reportOf(err), expected);
      return;
    }
    assert.ok("expected" in v, `expected an error, got ${JSON.stringify(got).slice(0, 200)}`);
    assert.deepEqual(got, v.expected);
  });
}

test("decide takes a plain object and decideJson returns the core's exact bytes", () => {
  const text = readFileSync(path.join(root, "examples", "video-consultations-in-house.json"), "utf8");
  const d = dp.decide(JSON.parse(text));
  assert.equal(d.route, "in_house");
  assert.equal(d.selected, "region-video");
  const cli = path.join(root, "target", "debug", "digipolicy");
  if (!existsSync(cli)) spawnSync("cargo", ["build", "-q", "-p", "digipolicy-cli"], { cwd: root, stdio: "inherit" });
  const out = spawnSync(cli, ["decide", "-", "--format", "json"], { input: text, encoding: "utf8" });
  assert.equal(out.status, 0, out.stderr);
  assert.equal(dp.decideJson(text), out.stdout);
});

test("asOf fills in a missing decided_on, is recorded, and is checked", () => {
  const c = JSON.parse(readFileSync(path.join(root, "examples", "video-consultations-in-house.json"), "utf8"));
  const d = dp.decide(c, { asOf: "2022-03-01" });
  assert.equal(d.as_of, "2022-03-01");
  assert.equal(d.trace[0].code, "as-of");
  assert.equal(dp.decide(c).as_of, undefined);
  // The same bytes as the CLI with --as-of.
  const cli = path.join(root, "target", "debug", "digipolicy");
  const out = spawnSync(cli, ["decide", "-", "--format", "json", "--as-of", "2022-03-01"], { input: JSON.stringify(c), encoding: "utf8" });
  assert.equal(out.status, 0, out.stderr);
  assert.equal(dp.decideJson(JSON.stringify(c), { asOf: "2022-03-01" }), out.stdout);
  assert.equal(dp.review(c, { asOf: "2022-03-01" }).as_of, "2022-03-01");
  assert.throws(() => dp.decide(c, { asOf: "2022-02-30" }), (err) => err.input === "options" && err.path === "as_of");
  assert.throws(() => dp.decide(c, { asof: "2022-03-01" }), TypeError);
  assert.throws(() => dp.decide(c, { asOf: new Date(0) }), TypeError);
  assert.equal(dp.scope({ kind: "council_company" }).applies, true);
  assert.throws(
    () => dp.run("scope", { kind: "council_company" }, undefined, { asOf: "2022-03-01" }),
    (err) => err.input === "options" && /does not apply to `scope`/.test(err.message),
  );
});

test("a hostile case gives a bounded, bilingual error, and decideJson takes only text", () => {
  const c = JSON.parse(readFileSync(path.join(root, "examples", "video-consultations-in-house.json"), "utf8"));
  delete c.preferred_candidate;
  c.candidates = [...Array(10000).keys()].map((i) => ({
    id: `c${i}`, name: `C${i}`, origin: "market", covers: [`nope-${i}`],
    cost: { one_off_sek: 1, yearly_sek: 1 }, strategic_importance: 3, delivery_ability: 3,
  }));
  assert.throws(
    () => dp.decide(c),
    (err) =>
      err.errors.length === 100 && err.moreErrors === 9900 && JSON.stringify(err.errors).length < 40000 &&
      err.text.sv.startsWith("ogiltigt ärende") && err.errors[0].message.sv.startsWith("okänt krav"),
  );
  assert.throws(() => dp.decideJson({}), TypeError);
});

test("invalid input throws an Error with code, path and every problem", () => {
  const bad = JSON.parse(readFileSync(path.join(root, "examples", "video-consultations-in-house.json"), "utf8"));
  bad.candidates[2].covers[0] = "bankid-x";
  bad.horizon_years = 99;
  assert.throws(
    () => dp.decide(bad),
    (err) => {
      assert.ok(err instanceof Error);
      assert.equal(err.code, "horizon-out-of-range");
      assert.equal(err.path, "horizon_years");
      assert.deepEqual(
        err.errors.map((p) => [p.code, p.path]),
        [
          ["horizon-out-of-range", "horizon_years"],
          ["unknown-requirement", "candidates[2].covers[0]"],
        ],
      );
      return true;
    },
  );
  assert.throws(() => dp.createPolicy({ id: "x" }), (err) => err.code === "missing-field" && err.input === "policy");
  assert.throws(() => dp.schema("nope"), (err) => err.code === "invalid-value");
});

test("junk never reaches the panic hook", () => {
  const junk = ["", "{", "[]", "null", "42", '"x"', "{".repeat(5000), '{"id": []}', '{"cost": 1e999}', "\u0000", "{\"id\":\"\\ud800\"}"];
  for (let i = 0; i < 300; i++) {
    const s = JSON.stringify({ id: "x", title: "t", requirements: [{ id: "a", priority: i % 2 ? "must" : "should" }], candidates: [{ id: "c", name: "n", origin: ["in_house", "market", "development", "x"][i % 4], covers: ["a"], cost: { one_off_sek: i * 1e15, yearly_sek: -i }, strategic_importance: i % 7, delivery_ability: 3 }] });
    junk.push(s, s.slice(0, i));
  }
  for (const s of junk) {
    try {
      dp.decideJson(s);
    } catch (err) {
      assert.equal(err.name, "DigipolicyError", `${s.slice(0, 40)}: ${err}`);
      assert.notEqual(err.code, "internal");
    }
  }
  assert.equal(raw.takePanicMessage(), undefined, "no panic happened");
});

test("the package's exports map works from Node's import", () => {
  const probe = spawnSync(
    process.execPath,
    ["--input-type=module", "-e", "import { decide, version } from 'digipolicy'; console.log(typeof decide, version());"],
    { cwd: path.join(here, "fixtures", "consumer"), encoding: "utf8" },
  );
  assert.equal(probe.status, 0, probe.stderr);
  assert.match(probe.stdout, /^function \d+\.\d+\.\d+/);
});

test("the npm README's memo, record and accounts example runs from an installed package", () => {
  const readme = readFileSync(path.join(here, "..", "README.npm.md"), "utf8");
  const from = readme.indexOf("## The decision memo, records and the yearly accounts");
  const start = readme.indexOf("```js\n", from) + 6;
  const code = readme.slice(start, readme.indexOf("```", start));
  const example = readFileSync(path.join(root, "examples", "e-signature-with-evidence.json"), "utf8");
  // Dated in the year the example accounts for.
  const program = `const caseObject = { ...${example}, decided_on: "2025-03-01" };\n${code}\nconsole.log(html.startsWith("<!DOCTYPE html>"), year.digitalisation.requests);`;
  const probe = spawnSync(process.execPath, ["--input-type=module", "-e", program], {
    cwd: path.join(here, "fixtures", "consumer"),
    encoding: "utf8",
  });
  assert.equal(probe.status, 0, probe.stderr);
  assert.equal(probe.stdout, "ok\ntrue 1\n");
});

test("schema() serves the committed schemas, and an unknown name is the core's error", () => {
  const names = ["case", "decision", "review", "organisation", "scope", "initiative", "classification", "policy", "error",
    "compare-request", "comparison", "sensitivity", "regional-strategy", "align-input", "alignment",
    "record", "verification", "accounts"];
  for (const name of names) {
    const committed = JSON.parse(readFileSync(path.join(root, "schemas", `${name}.schema.json`), "utf8"));
    assert.deepEqual(dp.schema(name), committed);
  }
  assert.throws(() => dp.schema("nope"), (err) => err.code === "invalid-value" && /unknown schema `nope`/.test(err.message));
});

test("kronor and scores are written by the core, as the CLI and the Python card write them", () => {
  assert.equal(dp.formatKronor(1650000, "sv"), "1 650 000 kr");
  assert.equal(dp.formatKronor(1650000, "en"), "SEK 1,650,000");
  assert.equal(dp.formatScore(0.83333, "sv"), "0,8333");
  assert.equal(dp.formatScore(0.83333, "en"), "0.8333");
  const cli = path.join(root, "target", "debug", "digipolicy");
  const out = spawnSync(cli, ["decide", path.join(root, "examples", "video-consultations-in-house.json")], { encoding: "utf8" });
  assert.ok(out.stdout.includes(dp.formatKronor(1650000, "sv")) && out.stdout.includes("0,83\n") && !out.stdout.includes("0,8333"), out.stdout);
});

test("npm pack lists only what belongs in the package, with README and licences", () => {
  const out = spawnSync("npm", ["pack", "--dry-run", "--json"], { cwd: path.join(here, "..", "pkg"), encoding: "utf8" });
  assert.equal(out.status, 0, out.stderr);
  const [pack] = JSON.parse(out.stdout);
  const files = pack.files.map((f) => f.path).sort();
  for (const needed of ["README.md", "LICENSE-MIT", "LICENSE-APACHE", "package.json", "index.d.ts", "web/digipolicy_wasm_bg.wasm", "node/digipolicy_wasm_bg.wasm"]) {
    assert.ok(files.includes(needed), `${needed} missing from ${files}`);
  }
  assert.ok(files.every((f) => /^(README\.md|LICENSE-|package\.json|api\.js|web\.js|node\.js|schemas\.js|index\.d\.ts|types\/|web\/|node\/)/.test(f)), files.join(" "));
  const meta = JSON.parse(readFileSync(path.join(here, "..", "pkg", "package.json"), "utf8"));
  assert.equal(meta.license, "MIT OR Apache-2.0");
  assert.ok(meta.keywords.includes("policy"));
});

test("the TypeScript definitions type-check a typed usage", () => {
  const tsc = path.join(here, "..", "node_modules", ".bin", "tsc");
  const out = spawnSync(tsc, ["--noEmit", "-p", path.join(here, "types")], { encoding: "utf8" });
  assert.equal(out.status, 0, out.stdout + out.stderr);
});

test("the gzipped .wasm is within its 150 KB budget (KiB: 153,600 bytes)", () => {
  const wasm = readFileSync(path.join(here, "..", "pkg", "web", "digipolicy_wasm_bg.wasm"));
  const gz = gzipSync(wasm, { level: 9 }).length;
  console.log(`wasm: ${wasm.length} bytes, gzipped ${gz} bytes`);
  assert.ok(gz <= 150 * 1024, `${gz} bytes gzipped`);
});

test("the documents module: memo, records and the yearly accounts as in Rust and Python", async () => {
  const cases = readFileSync(path.join(root, "tests", "portfolio", "cases.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const records = [];
  for (const c of cases) records.push(await dp.record(c));
  const expected = readFileSync(path.join(root, "tests", "portfolio", "accounts-2020.json"), "utf8");
  const accounts = await dp.accounts(records, 2020);
  assert.deepEqual(accounts, JSON.parse(expected));
  // JSON lines as text give the same accounts.
  assert.deepEqual(docs.accounts(records.map((r) => JSON.stringify(r)).join("\n"), 2020), accounts);
  assert.equal((await dp.verify(records[0])).verdict, "ok");
  const md = docs.accountsDocument(accounts, { lang: "en" });
  assert.ok(md.startsWith("# Yearly accounts of decisions on IT support 2020\n"), md.slice(0, 80));
  const example = JSON.parse(readFileSync(path.join(root, "examples", "e-signature-with-evidence.json"), "utf8"));
  const html = await dp.memo(example, { lang: "sv", format: "html" });
  assert.ok(html.startsWith("<!DOCTYPE html>") && html.includes("<h2>Förslag till beslut</h2>"));
  assert.ok(html.includes(dp.formatKronor(1200000, "sv")), "the memo prints the form's kronor");
  assert.throws(() => docs.memo(example, { lang: "de" }), (err) => err.code === "invalid-value" && err.path === "lang" && err.input === "options");
  assert.throws(() => docs.memo(example, { language: "sv" }), TypeError);
  assert.throws(() => docs.accounts(records, 2020.5), TypeError);
  assert.equal(await dp.loadDocuments(), docs, "loaded once");
});

test("accounts count records as they come, in any shape, once each, verified", async () => {
  const cases = readFileSync(path.join(root, "tests", "portfolio", "cases.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const records = cases.map((c) => docs.record(c));
  const expected = JSON.parse(readFileSync(path.join(root, "tests", "portfolio", "accounts-2020.json"), "utf8"));
  const lines = records.map((r) => JSON.stringify(r)).join("\n");
  // Bytes, pretty text, a generator, and an async iterable of chunks cut anywhere.
  assert.deepEqual(docs.accounts(new TextEncoder().encode(lines), 2020), expected);
  assert.deepEqual(docs.accounts(records.map((r) => JSON.stringify(r, null, 2)).join("\n"), 2020), expected);
  assert.deepEqual(docs.accounts((function* () { yield* records; })(), 2020), expected);
  const bytes = new TextEncoder().encode(lines);
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += 777) yield bytes.subarray(i, i + 777);
  }
  const seen = [];
  assert.deepEqual(await docs.accountsAsync(chunks(), 2020, { onProgress: (n) => seen.push(n) }), expected);
  assert.ok(seen.length > 0 && seen.at(-1) === records.length, String(seen));
  // From a file, as a stream.
  const file = path.join(tmpdir(), `digipolicy-records-${process.pid}.jsonl`);
  writeFileSync(file, lines);
  assert.deepEqual(await dp.accountsFromFile(file, 2020), expected);
  // One record alone is not a year's records; the years are 1–9999 as everywhere.
  assert.throws(() => docs.accounts(records[0], 2020), TypeError);
  for (const year of [0, 10000, -1, 65535]) assert.throws(() => docs.accounts(records, year), TypeError);
  // A repeat is counted once and listed; an edited record is left out and listed.
  const edited = structuredClone(records[1]);
  edited.case.title = "Edited afterwards";
  const a = docs.accounts([...records, records[0], edited], 2020);
  assert.deepEqual([a.records.duplicates, a.records.unverified], [1, 1]);
  assert.deepEqual(a.digitalisation, expected.digitalisation);
  assert.deepEqual(a.left_out.map((l) => l.reason), ["duplicate", "tampered"]);
  // A record read as strictly as a case: the path of the bad field.
  assert.throws(() => docs.accounts([{ case: {} }], 2020), (err) => err.code === "missing-field" && err.path === "[0].input_digest");
  // `record` takes asOf, and verify re-decides on it.
  const undated = cases.find((c) => c.decided_on === undefined);
  const r = docs.record(undated, { asOf: "2020-10-01" });
  assert.equal(r.decision.as_of, "2020-10-01");
  assert.equal(docs.verify(r).verdict, "ok");
});

test("the documents module stays within its own budget (it loads only on demand)", () => {
  const bytes = readFileSync(path.join(here, "..", "pkg", "web", "digipolicy_documents_bg.wasm"));
  const gz = gzipSync(bytes, { level: 9 }).length;
  // 600 KiB: measured 510 KB (BENCHMARKS.md); the budget keeps it from growing unnoticed.
  assert.ok(gz <= 600 * 1024, `${gz} bytes gzipped`);
});
