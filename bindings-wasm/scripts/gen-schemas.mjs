// Writes pkg/schemas.js: the committed JSON Schemas (which the Rust types generate) as an
// ES module, so that schema(name) serves them as data instead of code in the .wasm.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
// Every committed schema: the directory is the list (the Rust table `schema::SCHEMAS` writes it).
const dir = path.join(here, "..", "..", "schemas");
const names = (await readdir(dir)).filter((f) => f.endsWith(".schema.json")).map((f) => f.slice(0, -".schema.json".length)).sort();
const out = {};
for (const name of names) {
  out[name] = JSON.parse(await readFile(path.join(here, "..", "..", "schemas", `${name}.schema.json`), "utf8"));
}
await writeFile(
  path.join(here, "..", "pkg", "schemas.js"),
  `// Generated from schemas/*.schema.json by scripts/gen-schemas.mjs; do not edit.\nexport default ${JSON.stringify(out)};\n`,
);
