// Generates pkg/types/*.d.ts from the committed JSON Schemas (which the Rust types
// generate), one file per schema so that shared definitions never collide.
import { compile } from "json-schema-to-typescript";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const schemas = path.join(here, "..", "..", "schemas");
const out = path.join(here, "..", "pkg", "types");

// Every committed schema: the directory is the list (the Rust table `schema::SCHEMAS` writes it).
const names = (await readdir(schemas)).filter((f) => f.endsWith(".schema.json")).map((f) => f.slice(0, -".schema.json".length)).sort();

await mkdir(out, { recursive: true });
for (const name of names) {
  const schema = JSON.parse(await readFile(path.join(schemas, `${name}.schema.json`), "utf8"));
  const ts = await compile(schema, schema.title ?? name, {
    bannerComment: `/* Generated from schemas/${name}.schema.json by scripts/gen-types.mjs; do not edit. */`,
    additionalProperties: false,
    strictIndexSignatures: true,
    format: false,
  });
  await writeFile(path.join(out, `${name}.d.ts`), ts);
}
