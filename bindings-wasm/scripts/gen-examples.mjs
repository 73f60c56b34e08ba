// Writes www/examples.js, www/questions.js and www/labels.js for the request form:
// - the example cases of examples/*.json (the contract's example first), each with a title
//   in Swedish and English for the form's list (the cases themselves stay as written);
// - the principles' questions of core/packs/sll-2016.questions.json (read off the rules by
//   the core; a Rust test keeps the file current), so the form asks what the review reads;
// - the core's names of routes, stages, statuses, severities and outcomes
//   (core/packs/labels.json, from `ffi::labels_json`, kept current by a test), so the form
//   prints the same words as the CLI, the card and the memo.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..", "..");
const dir = path.join(root, "examples");
const first = "video-consultations-in-house.json";

// The list's titles in the reader's language; an example without one here is an error, so
// a new example cannot appear with an English title in the Swedish form.
const TITLES = {
  "video-consultations-in-house.json": ["Videobesök i primärvården", "Video consultations in primary care"],
  "blocked-no-benefit-assessment.json": ["Webbtidbokning i folktandvården – nyttobedömning saknas", "Online booking in public dental care – no benefit assessment"],
  "e-signature-market.json": ["E-underskrift av avtal", "Electronic signing of agreements"],
  "e-signature-with-evidence.json": ["E-underskrift av avtal, med underlag för principerna", "Electronic signing of agreements, with evidence for the principles"],
  "market-forbids-new-solutions.json": ["Schemaläggning för vårdpersonal – sluten kravspecifikation", "Staff scheduling – a closed specification"],
  "nothing-fits.json": ["Symtombedömning i 1177-chatten på arabiska, somaliska och tigrinja", "Symptom assessment in the 1177 chat in Arabic, Somali and Tigrinya"],
  "patient-flow-co-development.json": ["Patientflöden över akutmottagningarna – utveckling med andra regioner", "Patient flow across emergency departments – co-development"],
  "solo-development.json": ["Laddschema för elbussdepåerna – egen utveckling", "Charging schedule for the electric bus depots – own development"],
  "unit-wish-loses.json": ["Bildvisare för digital patologi – verksamhetens önskemål", "Digital pathology viewer – the unit's wish"],
};

const files = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort((a, b) => (a === first ? -1 : b === first ? 1 : a.localeCompare(b)));
const examples = [];
for (const file of files) {
  const titles = TITLES[file];
  if (!titles) throw new Error(`examples/${file} has no Swedish and English title in scripts/gen-examples.mjs`);
  examples.push({ file, title: { sv: titles[0], en: titles[1] }, case: JSON.parse(await readFile(path.join(dir, file), "utf8")) });
}
await writeFile(
  path.join(here, "..", "www", "examples.js"),
  `// Generated from examples/*.json by scripts/gen-examples.mjs; do not edit.\nexport default ${JSON.stringify(examples, null, 1)};\n`,
);

const questions = JSON.parse(await readFile(path.join(root, "core", "packs", "sll-2016.questions.json"), "utf8"));
await writeFile(
  path.join(here, "..", "www", "questions.js"),
  `// Generated from core/packs/sll-2016.questions.json by scripts/gen-examples.mjs; do not edit.\nexport default ${JSON.stringify(questions, null, 1)};\n`,
);

// The wording catalogue as data, one file per language (core/words/<lang>.json, kept equal
// to core/words/*.ftl by a Rust test): the form fetches the language it shows.
await mkdir(path.join(here, "..", "www", "words"), { recursive: true });
for (const code of ["sv", "en"]) {
  await writeFile(path.join(here, "..", "www", "words", `${code}.json`), await readFile(path.join(root, "core", "words", `${code}.json`), "utf8"));
}

const labels = JSON.parse(await readFile(path.join(root, "core", "packs", "labels.json"), "utf8"));
await writeFile(
  path.join(here, "..", "www", "labels.js"),
  `// Generated from core/packs/labels.json by scripts/gen-examples.mjs; do not edit.\nexport default ${JSON.stringify(labels, null, 1)};\n`,
);
