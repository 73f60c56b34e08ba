// decide of a 10-candidate case in Node through the WASM package, against the native figure
// measured in the same run (core/examples/time_decide.rs) and against a plain-JavaScript
// §5.9 ranking written for the benchmark (bench/plain.mjs, checked to agree on route and
// selection). WASM and native time decideJson: JSON text in, canonical JSON out. Median of
// 15 batches of 2,000 calls each.
//
//   node bindings-wasm/bench/bench-node.mjs
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decide, decideJson } from "../pkg/node.js";
import { decide as plainDecide } from "./plain.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..", "..");

// The benchmark's 10-candidate case, as in core/benches/decide.rs.
const requirements = [0, 1, 2, 3, 4, 5].map((i) => ({ id: `r${i}`, priority: i < 4 ? "must" : "should" }));
const candidates = [...Array(10).keys()].map((i) => {
  const origin = ["in_house", "market", "development"][i % 3];
  const c = {
    id: `c${String(i).padStart(5, "0")}`,
    name: `Candidate ${i}`,
    origin,
    covers: [0, 1, 2, 3, 4, 5].filter((r) => origin !== "in_house" || r !== i % 4).map((r) => `r${r}`),
    cost: { one_off_sek: 100000 + ((i * 7919) % 900000), yearly_sek: 50000 + ((i * 104729) % 400000) },
    strategic_importance: 1 + (i % 5),
    delivery_ability: 1 + (Math.floor(i / 5) % 5),
    innovation_assessed: i % 7 !== 0,
  };
  if (origin === "development" && i % 2 === 0) c.partners = ["Region Skåne"];
  if (origin === "market") c.allows_new_solutions = i % 11 !== 0;
  return c;
});
const kase = { id: "bench", title: "Benchmark case", horizon_years: 5, requirements, benefit_assessment: { done: true }, preferred_candidate: "c00001", candidates };
const text = JSON.stringify(kase);

function median(fn, batches = 15, per = 2000) {
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < per; i++) fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1000 / per);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const dir = mkdtempSync(path.join(tmpdir(), "digipolicy-bench-"));
const file = path.join(dir, "case.json");
writeFileSync(file, text);
spawnSync("cargo", ["build", "-q", "--release", "-p", "digipolicy", "--example", "time_decide"], { cwd: root, stdio: "inherit" });
const native = Number(
  spawnSync(path.join(root, "target", "release", "examples", "time_decide"), [file], { encoding: "utf8" }).stdout.trim(),
);
const wasmJson = median(() => decideJson(text));
const wasmObject = median(() => decide(kase));
// Issue 11's reference: a plain-JavaScript §5.9 ranking, same process; it must agree.
const ours = decide(kase);
const theirs = plainDecide(kase);
if (ours.route !== theirs.route || ours.selected !== theirs.selected) {
  throw new Error(`the plain reference disagrees: ${theirs.route} ${theirs.selected} vs ${ours.route} ${ours.selected}`);
}
const plain = median(() => plainDecide(kase));
console.log(`native decide_json: ${native.toFixed(1)} µs`);
console.log(`wasm decideJson:    ${wasmJson.toFixed(1)} µs  (${(wasmJson / native).toFixed(2)}× native)`);
console.log(`wasm decide(obj):   ${wasmObject.toFixed(1)} µs  (${(wasmObject / native).toFixed(2)}× native, includes JSON.stringify/parse)`);
console.log(`plain JS decide(obj): ${plain.toFixed(2)} µs  (wasm decide(obj) is ${(wasmObject / plain).toFixed(0)}× the plain reference)`);
