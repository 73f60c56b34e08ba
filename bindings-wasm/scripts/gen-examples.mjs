// Writes www/examples.js: the example cases of examples/*.json as an ES module, so that the
// form loads them with one click and without the network. The contract's example first.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, "..", "..", "examples");
const first = "video-consultations-in-house.json";
const files = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort((a, b) => (a === first ? -1 : b === first ? 1 : a.localeCompare(b)));
const examples = [];
for (const file of files) {
  examples.push({ file, case: JSON.parse(await readFile(path.join(dir, file), "utf8")) });
}
await writeFile(
  path.join(here, "..", "www", "examples.js"),
  `// Generated from examples/*.json by scripts/gen-examples.mjs; do not edit.\nexport default ${JSON.stringify(examples, null, 1)};\n`,
);
