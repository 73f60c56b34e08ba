// The request form end to end in headless Chromium (Debian's, driven by playwright-core):
// examples, live re-decision on a coverage edit, language switch, offline use, keyboard,
// axe-core, and a screenshot.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const base = path.join(here, "..");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json" };

let server, url, context, page, profile;

before(async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
  server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, "http://x").pathname).replace(/^\/+/, "");
    const file = path.join(base, rel);
    if (!file.startsWith(base) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${server.address().port}/www/index.html`;
  profile = mkdtempSync(path.join(tmpdir(), "digipolicy-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
  assert.deepEqual(errors, []);
});

after(async () => {
  await context?.close();
  server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const route = () => page.getAttribute("#route", "data-route");
const findings = () => page.textContent("#findings");

async function loadExample(file) {
  await page.selectOption("#example", { label: JSON.parse(readFileSync(path.join(base, "..", "examples", file), "utf8")).title });
  await page.click("#load");
}

test("the contract's example shows its route, selection and findings", async () => {
  assert.equal(await route(), "in_house");
  assert.equal(await page.getAttribute("#selected", "data-selected"), "region-video");
  const f = await findings();
  assert.match(f, /policy:5\.9/);
  assert.match(f, /policy:5\.6/);
});

test("two more examples: a market purchase and a blocked case", async () => {
  await loadExample("e-signature-market.json");
  assert.equal(await route(), "market");
  assert.equal(await page.getAttribute("#selected", "data-selected"), "signera-saas");
  assert.match(await page.textContent("#gaps"), /Intranet PDF approval stamp/);
  await loadExample("blocked-no-benefit-assessment.json");
  assert.equal(await route(), "market");
  assert.match(await page.textContent("#status"), /blockerat/);
  assert.match(await findings(), /policy:5\.6/);
});

test("unticking a coverage box changes the route and shows what is missing", async () => {
  await loadExample("video-consultations-in-house.json");
  assert.equal(await route(), "in_house");
  // Candidate 0 is the region's video platform; requirement 1 is `bankid`.
  await page.uncheck("#cand-0-cover-1");
  assert.equal(await route(), "market");
  assert.match(await page.textContent("#gaps"), /bankid/);
  await page.check("#cand-0-cover-1");
  assert.equal(await route(), "in_house");
});

test("the language toggle switches to English and back, by keyboard too", async () => {
  await page.focus("#lang");
  await page.keyboard.press("Enter");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.textContent("#route"), "in-house");
  assert.match(await page.textContent("h1"), /Request for new IT support/);
  assert.match(await findings(), /The unit wishes for/);
  await page.keyboard.press("Enter");
  assert.equal(await page.getAttribute("html", "lang"), "sv");
});

test("it keeps deciding without network after load", async () => {
  await context.setOffline(true);
  await page.uncheck("#cand-0-cover-0");
  assert.equal(await route(), "market");
  await page.check("#cand-0-cover-0");
  await context.setOffline(false);
});

test("axe-core finds no serious or critical violation, and a screenshot is saved", async () => {
  await page.addScriptTag({ path: path.join(base, "node_modules", "axe-core", "axe.min.js") });
  const result = await page.evaluate(async () => await window.axe.run(document));
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
    [],
  );
  const dir = path.join(base, "..", "target", "e2e");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, "form.png"), fullPage: true });
});

test("the decision memo opens from the form, passes axe and prints to PDF with its headings", async () => {
  await loadExample("e-signature-with-evidence.json");
  const [memoPage] = await Promise.all([context.waitForEvent("page"), page.click("#print-memo")]);
  await memoPage.waitForLoadState();
  assert.match(await page.textContent("#memo-status"), /ny flik/);
  const headings = await memoPage.$$eval("h1, h2", (hs) => hs.map((h) => h.textContent));
  assert.match(headings[0], /^Tjänsteutlåtande: /);
  for (const h of ["Ärendet", "Förslag till beslut", "Sammanfattning", "Bakgrund", "Överväganden", "Ekonomiska konsekvenser", "Underlag som saknas"]) {
    assert.ok(headings.includes(h), `${h} in ${headings.join(" | ")}`);
  }
  // The memo prints the same kronor as the form shows.
  assert.match(await memoPage.textContent("body"), /1 200 000 kr/);
  await memoPage.addScriptTag({ path: path.join(base, "node_modules", "axe-core", "axe.min.js") });
  const result = await memoPage.evaluate(async () => await window.axe.run(document));
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), []);
  const dir = path.join(base, "..", "target", "e2e");
  mkdirSync(dir, { recursive: true });
  const pdf = await memoPage.pdf({ format: "A4", path: path.join(dir, "memo.pdf") });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1, `${pages} pages`);
  await memoPage.screenshot({ path: path.join(dir, "memo.png"), fullPage: true });
  await memoPage.close();
});
