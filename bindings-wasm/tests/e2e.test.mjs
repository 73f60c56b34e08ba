// The request form end to end in headless Chromium (Debian's, driven by playwright-core):
// examples, live re-decision on a coverage edit, language switch, offline use, errors at the
// field (a letter in a cost is an error, never 0), the error summary's links, the draft
// across a reload, a whole request by keyboard alone, axe-core in every state at 320, 390 and
// 1366 px with no horizontal scrolling, and the decision memo printed to PDF. Screenshots of
// each state and width go to target/e2e/.
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
const shots = path.join(base, "..", "target", "e2e");
mkdirSync(shots, { recursive: true });

async function loadExample(file) {
  await page.selectOption("#example", file);
  await page.click("#load");
}

async function axe(p = page) {
  await p.addScriptTag({ path: path.join(base, "node_modules", "axe-core", "axe.min.js") });
  const result = await p.evaluate(async () => await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }));
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes[0]?.target})`);
}

/** Tab forward (keyboard only) until the element with `id` has the focus. */
async function tabTo(id, max = 250) {
  for (let i = 0; i < max; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Tab never reached #${id}`);
}

test("the contract's example shows its route, selection and findings", async () => {
  assert.equal(await route(), "in_house");
  assert.equal(await page.getAttribute("#selected", "data-selected"), "region-video");
  const f = await findings();
  assert.match(f, /policyn § 5\.9/);
  assert.match(f, /policyn § 5\.6/);
});

test("two more examples: a market purchase and a blocked case, with Swedish titles in the list", async () => {
  const titles = await page.$$eval("#example option", (os) => os.map((o) => o.textContent));
  assert.ok(titles.includes("E-underskrift av avtal"), titles.join(" | "));
  assert.equal(new Set(titles).size, titles.length, "no two examples share a title");
  await loadExample("e-signature-market.json");
  assert.equal(await route(), "market");
  assert.equal(await page.getAttribute("#selected", "data-selected"), "signera-saas");
  assert.match(await page.textContent("#gaps"), /Intranet PDF approval stamp/);
  await loadExample("blocked-no-benefit-assessment.json");
  assert.equal(await route(), "market");
  assert.match(await page.textContent("#status"), /Blockerat/);
  assert.match(await findings(), /Hinder – måste åtgärdas före beslut/);
  assert.match(await findings(), /policyn § 5\.6/);
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
  assert.equal(await page.textContent("#route"), "In-house"); // the core's label, as the CLI, card and memo print it
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

test("a letter in a cost is an inline Swedish error at the field, never a lower cost", async () => {
  await loadExample("video-consultations-in-house.json");
  const tco = async () => page.textContent("table.ranking tbody tr:first-child td:nth-child(5)");
  const before = await tco();
  assert.equal(before, "1 650 000 kr");
  await page.fill("#cand-0-yearly_sek", "3OO 000");
  const error = await page.textContent("#cand-0-yearly_sek-error");
  // The error names the field and the alternative it belongs to.
  assert.match(error, /Skriv den årliga kostnaden för The region's own video platform med siffror i hela kronor/);
  assert.equal(await page.getAttribute("#cand-0-yearly_sek", "aria-invalid"), "true");
  assert.match(await page.getAttribute("#cand-0-yearly_sek", "aria-describedby"), /cand-0-yearly_sek-error/);
  // One mistake, one error; the decision shown is the last valid one, marked as such.
  assert.equal(await page.locator("#error-summary li").count(), 1);
  assert.equal(await tco(), before);
  assert.match(await page.textContent("#details"), /gäller det du skrev före felet/);
  await page.screenshot({ path: path.join(shots, "errors-1366.png"), fullPage: true });
  // In English the same error is in English, from the same place.
  await page.click("#lang");
  assert.match(await page.textContent("#cand-0-yearly_sek-error"), /Write the yearly cost of The region's own video platform in whole kronor/);
  await page.click("#lang");
  // The summary's link moves the focus to the field.
  await page.click("#error-summary a");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "cand-0-yearly_sek");
  // Spaces between thousands are fine; the error goes as it came.
  await page.fill("#cand-0-yearly_sek", "300 000");
  assert.equal(await page.locator("#error-summary").isHidden(), true);
  assert.equal(await page.getAttribute("#cand-0-yearly_sek", "aria-invalid"), null);
  assert.equal(await tco(), "1 650 000 kr");
});

test("emptying a requirement's name gives one error, at that name, by its label", async () => {
  await loadExample("video-consultations-in-house.json");
  await page.fill("#req-0-id", "");
  assert.equal(await page.locator("#error-summary li").count(), 1);
  assert.ok(await page.locator("#req-0-id-error").isVisible());
  const error = await page.textContent("#req-0-id-error");
  assert.match(error, /Kort namn på kravet för Krav 1: fyll i/);
  assert.doesNotMatch(error, /`|requirements\[/);
  await page.fill("#req-0-id", "video");
  assert.equal(await page.locator("#error-summary").isHidden(), true);
  assert.equal(await route(), "in_house");
});

test("the principles are asked as yes / no / don't know questions, and missing evidence shows as questions", async () => {
  await loadExample("video-consultations-in-house.json");
  const missing = await page.textContent("#summary");
  assert.match(missing, /Underlag som saknas/);
  assert.match(missing, /Är invånarnas behov beskrivet, och är det behovet som styr ärendet\?/);
  assert.doesNotMatch(missing, /\?\?/);
  assert.ok(!/evidence\./.test(missing), "questions, not paths");
  // A line of help under each question; what a no means is said once, for the group.
  assert.match(await page.textContent("#f-evidence-users_involved_early-hint"), /workshoppar/);
  assert.match(await page.textContent("#group-f-policy-5-3"), /Ett nej på en ska-fråga blir en avvikelse som behöver motiveras/);
  const groupHints = await page.locator("#questions").textContent();
  assert.ok((groupHints.match(/Ett nej på en ska-fråga/g) ?? []).length <= questionsGroups(), "said once per group");
  await page.check("#f-evidence-citizen_need_described-yes");
  assert.ok(!/Invånarnas behov är beskrivet/.test(await page.textContent("#summary")));
  // A condition answered no leaves the group's other questions out.
  await page.check("#f-evidence-new_e_service-no");
  assert.equal(await page.locator("#f-e_service-accessible").count(), 0);
  await page.check("#f-evidence-new_e_service-yes");
  assert.equal(await page.locator("#f-e_service-accessible").count(), 1);
});

test("a draft survives a reload", async () => {
  await page.fill("#case-title", "Utkast som ska finnas kvar");
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await page.inputValue("#case-title"), "Utkast som ska finnas kvar");
  assert.match(await page.textContent("#draft-status"), /utkast är återställt/);
});

test("a whole request by keyboard alone reaches a decision", async () => {
  await page.focus("body");
  await tabTo("new-request");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "case-title");
  await page.keyboard.type("Digital kallelse till mammografi");
  await tabTo("case-id");
  await page.keyboard.type("2026-101");
  await tabTo("req-0-id");
  await page.keyboard.type("kallelse");
  await tabTo("benefit-done-yes");
  await page.keyboard.press("Space");
  await tabTo("add-candidate");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "cand-0-name");
  await page.keyboard.type("Regionens e-tjänsteplattform");
  await tabTo("cand-0-cover-0");
  await page.keyboard.press("Space");
  await tabTo("cand-0-one_off_sek");
  await page.keyboard.type("0");
  await tabTo("cand-0-yearly_sek");
  await page.keyboard.type("120 000");
  await tabTo("cand-0-innovation-yes");
  await page.keyboard.press("Space");
  assert.equal(await route(), "in_house");
  assert.equal(await page.textContent("#status"), "Klart för beslut");
  assert.equal(await page.locator("#error-summary").isHidden(), true);
});

test("axe finds nothing serious in any state at 320, 390 and 1366 px, and nothing scrolls sideways", async () => {
  const states = {
    empty: async () => { await page.click("#new-request"); },
    filled: async () => { await loadExample("e-signature-with-evidence.json"); },
    errors: async () => { await loadExample("video-consultations-in-house.json"); await page.fill("#cand-0-yearly_sek", "abc"); },
    blocked: async () => { await loadExample("blocked-no-benefit-assessment.json"); },
    decided: async () => { await loadExample("video-consultations-in-house.json"); },
  };
  const problems = [];
  for (const width of [320, 390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, setUp] of Object.entries(states)) {
      await setUp();
      for (const v of await axe()) problems.push(`${name} at ${width}: ${v}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${name} at ${width}: ${overflow} px of horizontal scrolling`);
      await page.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  assert.deepEqual(problems, []);
});

test("on a phone the decision's summary comes first and links to the details", async () => {
  await page.setViewportSize({ width: 390, height: 800 });
  await loadExample("video-consultations-in-house.json");
  const top = await page.evaluate(() => document.getElementById("summary").getBoundingClientRect().top + window.scrollY);
  assert.ok(top < 800, `the summary starts ${top} px down`);
  await page.click("#summary a[href='#details']");
  await page.setViewportSize({ width: 1366, height: 900 });
});

test("the decision memo opens from the form, passes axe and prints to PDF with its headings", async () => {
  await loadExample("e-signature-with-evidence.json");
  const [memoPage] = await Promise.all([context.waitForEvent("page"), page.click("#print-memo")]);
  await memoPage.waitForLoadState();
  assert.match(await page.textContent("#memo-status"), /ny flik/);
  const headings = await memoPage.$$eval("h1, h2", (hs) => hs.map((h) => h.textContent));
  assert.match(headings[0], /^Electronic signing/);
  assert.match(await memoPage.textContent(".letterhead"), /TJÄNSTEUTLÅTANDE/);
  for (const h of ["Ärendebeskrivning", "Beslutsunderlag", "Förslag till beslut", "Förvaltningens motivering", "Ekonomiska konsekvenser", "Miljökonsekvenser", "Underlag som saknas", "Bilaga: prövningen i detalj"]) {
    assert.ok(headings.includes(h), `${h} in ${headings.join(" | ")}`);
  }
  // The memo prints the same kronor as the form shows.
  assert.match(await memoPage.textContent("body"), /1 200 000 kr/);
  for (const width of [320, 390, 1366]) {
    await memoPage.setViewportSize({ width, height: 900 });
    assert.deepEqual(await axe(memoPage), [], `the printed view at ${width} px`);
    await memoPage.screenshot({ path: path.join(shots, `memo-${width}.png`), fullPage: true });
  }
  const pdf = await memoPage.pdf({ format: "A4", path: path.join(shots, "memo.pdf") });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1, `${pages} pages`);
  await memoPage.close();
});

test("the memo's facts typed in the form print in the memo's letterhead, a blank one is an error at its field", async () => {
  await loadExample("e-signature-with-evidence.json");
  await page.fill("#memo-diary-number", "HSN 2025-0317");
  await page.fill("#memo-decision-body", "Hälso- och sjukvårdsnämnden");
  await page.fill("#memo-funding", "Inom den ordinarie budgetprocessen");
  await page.fill("#memo-signatories", "Karin Berg, Hälso- och sjukvårdsdirektör\nPer Ek, Digitaliseringschef");
  const [memoPage] = await Promise.all([context.waitForEvent("page"), page.click("#print-memo")]);
  await memoPage.waitForLoadState();
  const letterhead = await memoPage.textContent(".letterhead");
  assert.match(letterhead, /HSN 2025-0317/);
  assert.match(letterhead, /Hälso- och sjukvårdsnämnden/);
  const body = await memoPage.textContent("body");
  assert.match(body, /Förvaltningen föreslår att Hälso- och sjukvårdsnämnden beslutar/);
  assert.match(body, /Finansiering: Inom den ordinarie budgetprocessen/);
  assert.match(await memoPage.textContent(".signatures"), /Karin Berg\s*Hälso- och sjukvårdsdirektör/);
  await memoPage.screenshot({ path: path.join(shots, "memo-with-facts.png"), fullPage: true });
  await memoPage.close();
  // A fact given as blanks is the core's error, shown at its field.
  await page.fill("#memo-funding", "   ");
  await page.waitForSelector("#memo-funding[aria-invalid=true]");
  await page.fill("#memo-funding", "");
  await page.waitForSelector("#memo-funding:not([aria-invalid=true])");
});

test("renaming a requirement through another's name and on never moves that one's ticks", async () => {
  await loadExample("e-signature-with-evidence.json");
  const before = await route();
  const ticks = () => page.$$eval("#candidates input[type=checkbox]", (boxes) => boxes.map((b) => `${b.id}:${b.checked}`));
  const was = await ticks();
  await page.click("#add-requirement");
  const n = await page.$$eval("#requirements > fieldset", (f) => f.length);
  const field = `#req-${n - 1}-id`;
  await page.fill(field, "");
  // Every prefix of "bankid-app", through "bankid" (another requirement's name), and back.
  await page.type(field, "bankid-app");
  for (let i = 0; i < "-app".length; i++) await page.press(field, "Backspace");
  await page.type(field, "-2");
  const now = await ticks();
  // The new requirement's boxes are new; every earlier box keeps its state.
  const earlier = (list) => list.filter((t) => !new RegExp(`-cover-${n - 1}:`).test(t));
  assert.deepEqual(earlier(now), was);
  assert.ok(now.filter((t) => new RegExp(`-cover-${n - 1}:`).test(t)).every((t) => t.endsWith(":false")));
  // A must requirement nobody covers leaves no candidate meeting the need; remove it and the
  // decision is as before, with no error left behind.
  await page.click(`#req-${n - 1} button`);
  assert.equal(await route(), before);
  assert.equal(await page.$$eval(".field-error", (e) => e.length), 0);
});

test("a saved case file opens in the form", async () => {
  const file = path.join(base, "..", "examples", "nothing-fits.json");
  await page.setInputFiles("#open-file", file);
  await page.waitForFunction(() => document.getElementById("draft-status").textContent.includes("öppnat"));
  assert.equal(await route(), "no_candidate");
});

/** How many groups of questions the form shows. */
function questionsGroups() {
  return 12;
}

// The words a person reads carry no machine tokens (issue "Words for people"): clause ids,
// field paths, code marks, null/true/false, the contract's snake_case values, four-decimal
// numbers. Every example, in both languages, and an out-of-scope case opened from a file.
const TOKENS = [
  [/\b(policy|innovation-strategy|digitalisation-strategy):\d/, "a clause id"],
  [/\b(evidence|governing_documents|e_service|benefit_assessment)\.[a-z_]/, "a field path"],
  [/`/, "a code mark"],
  [/\b(null|true|false|undefined|NaN)\b/, "a machine value"],
  [/\b(in_house|co_development|not_known|not_met|not_applicable|out_of_scope|no_candidate|private_contractor|council_owned|council_financed|not_financed)\b/, "an enum value"],
  [/\d[,.]\d{4}\b/, "a four-decimal number"],
  [/form-[a-z_]+|cite-[a-z]/, "a catalogue key"],
];

async function visibleText() {
  return page.evaluate(() => document.body.innerText);
}

function machineTokens(text) {
  return TOKENS.filter(([re]) => re.test(text)).map(([re, what]) => `${what}: ${text.match(re)?.[0]}`);
}

test("no machine token in any visible text, in any example, in either language", async () => {
  const files = await page.$$eval("#example option", (os) => os.map((o) => o.value));
  assert.ok(files.length >= 8);
  for (const file of files) {
    await loadExample(file);
    for (const code of ["sv", "en"]) {
      if ((await page.getAttribute("html", "lang")) !== code) await page.click("#lang");
      await page.waitForFunction((c) => document.documentElement.lang === c, code);
      const found = machineTokens(await visibleText());
      assert.deepEqual(found, [], `${file} (${code})`);
    }
  }
  if ((await page.getAttribute("html", "lang")) !== "sv") await page.click("#lang");
  // An out-of-scope case (the council does not finance the activity), opened from a file.
  const vector = JSON.parse(readFileSync(path.join(base, "..", "tests", "vectors", "out-of-scope-not-council-financed.json"), "utf8"));
  await page.setInputFiles("#open-file", { name: "out-of-scope.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(vector.input)) });
  await page.waitForFunction(() => document.getElementById("draft-status").textContent.includes("öppnat"));
  assert.match(await page.textContent("#summary"), /Utanför policyn|utanför policyn/i);
  assert.deepEqual(machineTokens(await visibleText()), [], "out of scope");
  // A mistake's message is in the form's words too.
  await loadExample("video-consultations-in-house.json");
  await page.fill("#req-0-id", "");
  await page.fill("#cand-0-yearly_sek", "tolv");
  assert.deepEqual(machineTokens(await visibleText()), [], "with errors");
  await page.screenshot({ path: path.join(shots, "words-errors-390.png"), fullPage: false });
  await loadExample("video-consultations-in-house.json");
});

test("an example opens from the address, and a blocked decision says first what must be supplied", async () => {
  await page.goto(`${url}?example=blocked-no-benefit-assessment`);
  await page.waitForSelector("body[data-ready=true]");
  assert.match(await page.textContent("#summary-status"), /[Bb]lockera/);
  const first = await page.textContent("#summary-first");
  assert.match(first, /Detta måste kompletteras först/);
  assert.match(first, /nyttan för hela landstinget/);
  const terms = await page.$$eval("#summary dt", (dts) => dts.map((d) => d.textContent));
  assert.ok(terms.includes("Preliminärt val") && !terms.includes("Valt alternativ"), terms.join(" | "));
  // The summary on a phone starts with what must be supplied.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(shots, "blocked-summary-390.png"), fullPage: false });
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]");
});

test("every radio button and checkbox is a target at least 44 px high", async () => {
  await loadExample("e-signature-with-evidence.json");
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    const small = await page.$$eval(".radio, .check", (targets) =>
      targets.filter((t) => t.offsetParent !== null).map((t) => [t.querySelector("input")?.id, Math.round(t.getBoundingClientRect().height)]).filter(([, h]) => h < 44),
    );
    assert.deepEqual(small, [], `at ${width} px`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
});

test("a case decided in 2025 asks no question of the strategies that lapsed in 2020", async () => {
  await loadExample("e-signature-with-evidence.json");
  const groups = () => page.$$eval("#questions fieldset.group", (gs) => gs.map((g) => g.id));
  const all = await groups();
  assert.ok(all.some((id) => id.includes("innovation-strategy")), all.join(" "));
  await page.fill("#case-decided-on", "2025-03-01");
  await page.waitForSelector("#lapsed-note");
  const now = await groups();
  assert.ok(now.length > 0 && now.every((id) => !id.includes("strategy")), now.join(" "));
  assert.match(await page.textContent("#lapsed-note"), /Strategi för innovation 2016–2020.*2020-12-31/);
  assert.equal(await page.$$eval(".field-error", (e) => e.length), 0);
  await page.screenshot({ path: path.join(shots, "lapsed-questions-1366.png"), fullPage: false });
  // A date inside the strategies' years asks their questions again.
  await page.fill("#case-decided-on", "2019-05-01");
  await page.waitForFunction(() => !document.getElementById("lapsed-note"));
  assert.deepEqual(await groups(), all);
  await page.fill("#case-decided-on", "");
});

test("who runs the activity decides whether the policy applies (§ 2)", async () => {
  await loadExample("e-signature-with-evidence.json");
  const before = await route();
  await page.selectOption("#case-org-kind", "not_council_financed");
  await page.waitForFunction(() => /utanför policyn/i.test(document.getElementById("summary").textContent));
  // A private contractor is asked about its agreement; a council administration is not.
  await page.selectOption("#case-org-kind", "private_contractor");
  await page.waitForSelector("#org-agreement-binds");
  await page.check("#org-agreement-binds-yes");
  assert.equal(await route(), before);
  await page.selectOption("#case-org-kind", "council_administration");
  assert.equal(await page.$$eval("#org-agreement-binds", (n) => n.length), 0);
  assert.equal(await page.$$eval(".field-error", (e) => e.length), 0);
  await page.selectOption("#case-org-kind", "");
  assert.equal(await route(), before);
});
