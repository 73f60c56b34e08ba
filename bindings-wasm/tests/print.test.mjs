// Every HTML decision memo of the conformance vectors and the yearly accounts, printed to A4
// PDF in headless Chromium (Debian's, driven by playwright-core) and read back with pdf.js:
// the letterhead is on page 1, every page is numbered "n (N)" as the council's memos are,
// the appendix starts on a page of its own, and the accounts print too. The PDFs and a
// screenshot of each first page go to target/print/ to be looked at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import * as dp from "../pkg/node.js";

// pdf.js asks for Promise.withResolvers, which Node 20 lacks (Node 22 has it).
Promise.withResolvers ??= function withResolvers() {
  let resolve, reject;
  const promise = new Promise((ok, fail) => { resolve = ok; reject = fail; });
  return { promise, resolve, reject };
};
const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..", "..");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const out = path.join(root, "target", "print");
mkdirSync(out, { recursive: true });

let context, profile;

before(async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
  profile = mkdtempSync(path.join(tmpdir(), "digipolicy-print-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** The text of each page of a PDF, in order. */
async function pagesOf(pdf) {
  const doc = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => item.str).join(" ").replace(/\s+/g, " "));
  }
  await doc.cleanup?.();
  return pages;
}

/** Prints `html` to A4 (as the print dialog does, with the document's own @page rules). */
async function print(html, name) {
  const page = await context.newPage();
  await page.setContent(html, { waitUntil: "load" });
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  const pdf = await page.pdf({ preferCSSPageSize: true, path: path.join(out, `${name}.pdf`) });
  await page.close();
  return pagesOf(pdf);
}

function numbered(pages, what) {
  pages.forEach((text, i) => {
    assert.ok(text.includes(`${i + 1} (${pages.length})`), `${what}: page ${i + 1} is not numbered ${i + 1} (${pages.length}): ${text.slice(0, 200)}`);
  });
}

const memos = readdirSync(path.join(root, "tests", "vectors"))
  .filter((f) => f.startsWith("memo-") && f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(path.join(root, "tests", "vectors", f), "utf8")))
  .filter((v) => v.options?.format === "html" && typeof v.expected_text === "string");

test("there are HTML memo vectors to print, in both languages", () => {
  assert.ok(memos.length >= 4, `${memos.length} memos`);
  assert.deepEqual(new Set(memos.map((v) => v.options.lang)), new Set(["sv", "en"]));
});

for (const v of memos) {
  test(`the memo ${v.name} prints to A4 with its letterhead on page 1 and numbered pages`, async () => {
    const pages = await print(v.expected_text, v.name);
    const sv = v.options.lang === "sv";
    assert.ok(pages.length >= 2 && pages.length <= 8, `${pages.length} pages`);
    assert.ok(pages[0].includes(sv ? "TJÄNSTEUTLÅTANDE" : "DECISION MEMO"), pages[0].slice(0, 300));
    assert.ok(pages[0].includes(sv ? "Diarienummer" : "Reg. no."), pages[0].slice(0, 300));
    assert.ok(pages[0].includes(sv ? "Förslag till beslut" : "Proposed decision"), pages[0].slice(0, 600));
    numbered(pages, v.name);
    // The appendix starts a page of its own, after the signatures.
    const appendix = pages.findIndex((p) => p.includes(sv ? "Bilaga: prövningen i detalj" : "Appendix: the trial in detail"));
    assert.ok(appendix > 0, "the appendix is not on page 1");
    assert.ok(pages.slice(0, appendix).every((p) => !p.includes(sv ? "Tekniska uppgifter" : "Technical details")));
    // The facts the case gives are printed; the browser's own header (a file URL) is not.
    const facts = v.input.memo ?? {};
    for (const fact of [facts.diary_number, facts.decision_body, facts.organisation].filter(Boolean)) {
      assert.ok(pages[0].includes(fact), `${fact} on page 1`);
    }
    assert.ok(!pages.join(" ").includes("about:blank") && !pages.join(" ").includes("file://"));
  });
}

test("the yearly accounts print to A4 with numbered pages", async () => {
  const text = readFileSync(path.join(root, "examples", "records", "portfolio-2019-2020.jsonl"), "utf8");
  const accounts = await dp.accounts(text, 2020);
  const docs = await dp.loadDocuments();
  for (const lang of ["sv", "en"]) {
    const html = docs.accountsDocument(accounts, { lang, format: "html" });
    writeFileSync(path.join(out, `accounts-${lang}.html`), html);
    const pages = await print(html, `accounts-${lang}`);
    assert.ok(pages.length >= 1 && pages.length <= 6, `${pages.length} pages`);
    assert.ok(pages[0].includes(lang === "sv" ? "Digitaliseringsbokslut 2020" : "Digitalisation accounts 2020"));
    numbered(pages, `accounts-${lang}`);
  }
});
