// The request form ("behovsanmälan") as a guided public e-service: a task list of short steps
// (the need, the requirements, the benefit assessment, each alternative, the principles in
// small groups, the memo's facts), "Granska dina svar" with a change link for each answer,
// and "Skicka", which makes the decision record and sends it to the region's intake. The case
// is the state; every step edits it; every change decides it again with the WASM package. No
// rule lives here: the page shows what the core returns, and the questions of the principles
// are the rules' own (www/questions.js, generated from core/packs/sll-2016.questions.json).
// Mistakes are shown when the person moves on, never on the first keystroke. The draft is kept
// in localStorage; nothing leaves the page except the record, when the person sends it.
import { decide, formatKronor, loadDocuments, memo, policy, record } from "../pkg/web.js";
import examples from "./examples.js";
import questions from "./questions.js";
import LABELS from "./labels.js";


const DRAFT_KEY = "digipolicy-request-draft";
/** The last record made by "Skicka", kept so that a failed send loses nothing. */
const RECORD_KEY = "digipolicy-request-record";
/** The blank request a person starts from: one requirement to name, no alternative yet. */
const BLANK = () => ({ id: "", title: "", requirements: [{ id: "", priority: "must" }], candidates: [] });
/** The embedded pack: its clauses' titles and its documents' dates. */
const PACK = policy();
/** The pack's clause titles, by clause id, in both languages. */
const CLAUSES = new Map(PACK.clauses.map((c) => [c.id, c.title]));
/** A clause as a person cites it ("policyn § 5.9"), from the catalogue's `cite-` words. */
const cite = (id) => {
  const [document, section] = id.split(":");
  return section ? t(`cite-${document}`, { section }) : id;
};
const clauseLabel = (id) => (CLAUSES.has(id) ? `${CLAUSES.get(id)[lang]} (${cite(id)})` : cite(id));
const MONEY = ["one_off_sek", "yearly_sek"];

let lang = "sv";
let state = BLANK();
/** Raw text of the number fields, by the JSON path they fill: a letter stays a letter. */
let raw = {};
let lastDecision = null;
let lastValid = null;
/** The step shown: `start` (the task list), `need`, `requirements`, `benefit`, `candidates`,
 * `candidate-<i>`, `principles-<group>`, `memo`, `check`, `sent`. */
let step = "start";
/** The steps the person has completed with "continue", for the task list. */
let done = new Set();
/** The paths whose mistakes are shown: those present when the person moved on. */
let flagged = new Set();
/** The justifications written in the form, by clause (sent only while the clause deviates). */
let notes = {};
/** The clauses whose deviation or advice the last decision lets the person explain. */
let offered = new Set();
/** What each of those clauses' deviations says, in both languages. */
let reasons = new Map();
/** Every problem of the case as it stands, shown or not. */
let lastProblems = [];
/** After "Skicka": the record and whether the intake took it. */
let sent = null;
/** The region's intake address for records (www/config.json), or none: then a download. */
let intake = "";

const $ = (id) => document.getElementById(id);
const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);
/** The core's name of a route, stage, status, severity or outcome, capitalised. */
const label = (kind, id) => capital(LABELS[kind]?.[id]?.[lang] ?? id);
const severity = (id) => [label("severity", id), t(`severity_means-${id}`)].filter(Boolean).join(" – ");
/** The form's words: the wording catalogue of the language shown (core/words, as data in
 * www/words/<lang>.json, fetched once per language). `t("heading")` is `form-heading`;
 * `{name}` takes a value, `{count->one|other}` chooses by a count. */
const WORDS = {};
async function loadWords(code) {
  WORDS[code] ??= await (await fetch(new URL(`words/${code}.json`, import.meta.url))).json();
  return WORDS[code];
}
function t(key, values = {}) {
  const words = WORDS[lang] ?? {};
  const pattern = words[`form-${key}`] ?? words[key] ?? key;
  return pattern
    .replace(/\{(\w+)->([^|}]*)\|([^}]*)\}/g, (_, name, one, other) => (values[name] === 1 ? one : other))
    .replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}
const el = (tag, attrs = {}, children = []) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v === true) node.setAttribute(k, "");
    else if (v !== false && v != null) node.setAttribute(k, v);
  }
  for (const c of children) if (c != null) node.append(c);
  return node;
};
/** A score of the ranking with two decimals, as the reader's language writes it. */
const briefScore = (x) => { const s = (Math.round(x * 100) / 100).toFixed(2); return lang === "sv" ? s.replace(".", ",") : s; };
const plainAmount = (n) => formatKronor(n, lang).replace(/^SEK\s/, "").replace(/\skr$/, "");
const idOf = (path) => `f-${path.replace(/[^A-Za-z0-9_-]+/g, "-")}`;

// --- reading and writing the case by path -------------------------------------------------

function getPath(obj, path) {
  return path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

function setPath(obj, path, value) {
  const keys = path.split(".");
  let o = obj;
  for (const k of keys.slice(0, -1)) o = o[k] ??= {};
  const last = keys[keys.length - 1];
  if (value === undefined) delete o[last];
  else o[last] = value;
  // Drop objects left empty (an `evidence` with no answer says nothing).
  if (keys.length > 1 && value === undefined && Object.keys(o).length === 0) delete obj[keys[0]];
}

function setOptional(obj, key, value) {
  if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) delete obj[key];
  else obj[key] = value;
}

// --- coverage by identity: a requirement's name can change, its ticks stay with it -------
// Each requirement object has a hidden key, and each alternative the set of keys it covers;
// `covers` (the case's ids) is derived from them. Renaming, reordering or deleting a
// requirement never moves another's ticks, even while two names are briefly the same.
const reqKey = new WeakMap();
const coverKeys = new WeakMap();
let nextKey = 1;

/** Gives every requirement a key and every alternative its set of covered keys, reading
 * `covers` (by the first requirement of each id) where an alternative has no set yet. */
function syncKeys() {
  for (const r of state.requirements) if (!reqKey.has(r)) reqKey.set(r, nextKey++);
  for (const c of state.candidates) {
    if (coverKeys.has(c)) continue;
    const keys = new Set();
    for (const id of c.covers ?? []) {
      const r = state.requirements.find((q) => q.id === id);
      if (r) keys.add(reqKey.get(r));
    }
    coverKeys.set(c, keys);
  }
}

/** Every alternative's `covers` from its keys, in requirement order. */
function coversFromKeys() {
  syncKeys();
  for (const c of state.candidates) {
    const keys = coverKeys.get(c);
    c.covers = state.requirements.filter((r) => keys.has(reqKey.get(r))).map((r) => r.id);
  }
}

// --- building the case from the form: numbers checked, never coerced ----------------------

/** Whole kronor or years from what was typed: digits with spaces (or commas in English)
 * between groups; anything else is `null`. */
function parseWhole(text) {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, "").replace(lang === "en" ? /,/g : /(?!)/, "");
  return /^\d{1,16}$/.test(compact) ? Number(compact) : null;
}

/** The case to decide, and the form's own problems (a number field that is not a number).
 * Where a number is wrong the case carries 0 instead, only so that the core can still report
 * every other mistake; such a case is never shown as decided. `justify` lists the clauses
 * whose justification written in the form goes with the case. */
function buildCase(justify = offered) {
  const problems = [];
  const c = structuredClone(state);
  const horizon = raw.horizon_years ?? (state.horizon_years === undefined ? "" : String(state.horizon_years));
  if (horizon.trim() === "") delete c.horizon_years;
  else if (parseWhole(horizon) === null) { problems.push(formProblem("horizon_years", "not_whole_years")); delete c.horizon_years; }
  else c.horizon_years = parseWhole(horizon);
  c.candidates.forEach((cand, i) => {
    cand.cost ??= {};
    for (const key of MONEY) {
      const path = `candidates[${i}].cost.${key}`;
      const text = raw[path] ?? String(cand.cost?.[key] ?? "");
      const oneOff = key === "one_off_sek";
      const value = parseWhole(text);
      if (text.trim() === "") problems.push(formProblem(path, oneOff ? "one_off_empty" : "yearly_empty"));
      else if (value === null) problems.push(formProblem(path, oneOff ? "one_off_not_whole" : "yearly_not_whole"));
      cand.cost[key] = value ?? 0;
    }
  });
  // One mistake, one error: coverage of a requirement whose name is empty or repeated is left
  // out, so the core reports the name once instead of every candidate's coverage of it.
  const counts = {};
  for (const r of c.requirements) counts[r.id] = (counts[r.id] ?? 0) + 1;
  for (const cand of c.candidates) cand.covers = (cand.covers ?? []).filter((id) => id.trim() !== "" && counts[id] === 1);
  // Comply or explain: a justification written in the form goes with the case while its
  // clause deviates (one that matches nothing would be refused by the core).
  const written = Object.entries(notes).filter(([clause, text]) => justify.has(clause) && text.trim() !== "").map(([clause, text]) => ({ clause, text: text.trim() }));
  const kept = c.justifications ?? [];
  if (kept.length + written.length) c.justifications = [...kept, ...written];
  else delete c.justifications;
  return { case: c, problems };
}

function formProblem(path, key) {
  return { path, key };
}

/** What a problem says to the person filling in the form: the field by its label and the
 * requirement or alternative it belongs to, in the form's words (the core's messages are
 * for developers: they name paths and values in code marks). */
function problemText(p, target) {
  const m = /^(candidates|requirements)\[(\d+)\]/.exec(p.path ?? "");
  const i = m ? Number(m[2]) : -1;
  const item = !m ? "" : m[1] === "candidates"
    ? state.candidates[i]?.name || `${t("candidate")} ${i + 1}`
    : state.requirements[i]?.id || `${t("requirement")} ${i + 1}`;
  if (p.key) return t(p.key, { item });
  const labelled = !target ? null : target.tagName === "FIELDSET" ? target.querySelector("legend") : document.querySelector(`label[for="${CSS.escape(target.id)}"]`);
  const field = (labelled?.textContent ?? labelOfPath(p.path ?? "")).replace(/\?$/, "").trim() || t("error_field");
  const code = (p.code ?? "").replace(/-/g, "_");
  const words = WORDS[lang] ?? {};
  const isDate = /done_on$|decided_on$/.test(p.path ?? "");
  const what = isDate ? t("error-date") : words[`form-error-${code}`] !== undefined ? t(`error-${code}`) : t("error-other");
  const who = item && !field.includes(item) ? t("error_for", { field, item }) : field;
  return `${who}: ${what}`;
}

/** Whether question `q` asks the field at `path` (or a part of it). */
const asks = (q, path) => path === q.field || path.startsWith(`${q.field}.`) || path.startsWith(`${q.field}[`);

/** A field's label by its path, for a mistake listed away from its step. */
function labelOfPath(path) {
  const bare = path.replace(/\[\d+\]/g, "[]");
  const known = {
    title: "case_title", id: "case_id", decided_on: "case_decided_on", unit: "case_unit", horizon_years: "case_horizon",
    "organisation.kind": "org_kind", "organisation.agreement_binds_policy": "org_agreement",
    "requirements[].id": "req_id", "requirements[].text": "req_text", "requirements[].priority": "level",
    "benefit_assessment.done": "benefit_done", "benefit_assessment.done_on": "benefit_on", "benefit_assessment.summary": "benefit_summary",
    "candidates[].name": "cand_name", "candidates[].id": "cand_id", "candidates[].origin": "origin", "candidates[].covers": "covers",
    "candidates[].strategic_importance": "strategic", "candidates[].delivery_ability": "delivery", "candidates[].partners": "partners",
    preferred_candidate: "preferred",
  };
  if (known[bare]) return t(known[bare]);
  if (bare.startsWith("memo.") && MEMO_FACTS[bare.slice(5)]) return t(MEMO_FACTS[bare.slice(5)]);
  const q = questions.flatMap((g) => g.questions).find((x) => asks(x, path));
  return q ? capital(q.label[lang]) : "";
}

// --- the steps: a task list, one thing per page, check your answers, send ------------------

/** A step's kind: `candidate-2` is a `candidate` step, `principles-4` a `principles` one. */
const kindOf = (s) => s.replace(/-\d+$/, "");
const numberOf = (s) => Number(/-(\d+)$/.exec(s)?.[1] ?? -1);

/** The groups of questions that apply on the decision date, each with the questions it asks:
 * a document no longer in force asks nothing, and a field asked in an earlier group is not
 * asked again. A group left with no question is not a step. */
function applicableGroups() {
  const gone = new Set(lapsedDocuments().map((d) => d.id));
  const asked = new Set();
  const out = [];
  questions.forEach((g, index) => {
    if (gone.has(g.clause.split(":")[0])) return;
    const own = g.questions.filter((q) => !asked.has(q.field));
    for (const q of own) asked.add(q.field);
    if (own.length) out.push({ index, group: g, questions: own });
  });
  return out;
}

/** The steps in order, as "Spara och fortsätt" walks them. */
function sequence() {
  return ["need", "requirements", "benefit", "candidates", ...applicableGroups().map((g) => `principles-${g.index}`), "memo", "check"];
}

function nextStep(s) {
  if (kindOf(s) === "candidate") return "candidates";
  const order = sequence();
  const i = order.indexOf(s);
  return i < 0 ? "start" : order[i + 1] ?? "check";
}

/** The step a path of the case is asked on. */
function stepOfPath(path = "") {
  if (/^(title|id|decided_on|unit|organisation|horizon_years)(\.|$)/.test(path)) return "need";
  if (path.startsWith("requirements")) return "requirements";
  if (path.startsWith("benefit_assessment")) return "benefit";
  const m = /^candidates\[(\d+)\]/.exec(path);
  if (m) return `candidate-${m[1]}`;
  if (path === "candidates" || path.startsWith("preferred_candidate")) return "candidates";
  if (path.startsWith("memo")) return "memo";
  for (const g of applicableGroups()) {
    if (g.questions.some((q) => asks(q, path))) return `principles-${g.index}`;
  }
  return "check";
}

/** A step's name, as the task list and the page title say it. */
function stepTitle(s) {
  const kind = kindOf(s);
  if (kind === "candidate") {
    const i = numberOf(s);
    const c = state.candidates[i];
    return `${t("candidate")} ${i + 1}${c?.name ? `: ${c.name}` : ""}`;
  }
  if (kind === "principles") {
    const g = questions[numberOf(s)];
    return g ? `${g.title[lang]} (${cite(g.clause)})` : t("step_principles");
  }
  const titles = { start: "start_heading", need: "step_need", requirements: "req_heading", benefit: "step_benefit", candidates: "step_candidates", memo: "step_memo", check: "check_heading", sent: "sent_heading" };
  return t(titles[kind] ?? "start_heading");
}

/** Whether a step exists for the case as it stands (an alternative removed, a group lapsed). */
function stepExists(s) {
  const kind = kindOf(s);
  if (kind === "candidate") return numberOf(s) >= 0 && numberOf(s) < state.candidates.length;
  if (kind === "principles") return sequence().includes(s);
  if (kind === "sent") return sent !== null;
  return ["start", "need", "requirements", "benefit", "candidates", "memo", "check"].includes(kind);
}

/** Shows a step: its section alone, its title, the focus on its heading. */
function goStep(s, { focus = true, push = true } = {}) {
  step = stepExists(s) ? s : "start";
  if (step === "check") for (const p of lastProblems) flagged.add(p.path ?? "");
  document.body.dataset.step = kindOf(step);
  document.body.dataset.current = step;
  for (const section of document.querySelectorAll("section[data-step]")) section.hidden = section.dataset.step !== kindOf(step);
  const editing = !["start", "check", "sent"].includes(kindOf(step));
  $("continue").hidden = !editing;
  $("to-tasks").hidden = ["start", "sent"].includes(kindOf(step));
  // Where the person is: "Steg 5 av 17" (an alternative is part of the alternatives' step).
  const order = sequence();
  const place = order.indexOf(kindOf(step) === "candidate" ? "candidates" : step);
  $("step-caption").hidden = place < 0;
  $("step-caption").textContent = place < 0 ? "" : t("step_of", { number: place + 1, count: order.length });
  renderStepContent();
  update();
  if (push && location.hash !== `#steg-${step}`) history.pushState(null, "", `#steg-${step}`);
  if (focus) {
    const heading = currentSection()?.querySelector("h2");
    window.scrollTo(0, 0);
    heading?.focus({ preventScroll: true });
  }
}

/** Renders what belongs to the step shown (the others keep their static fields). */
function renderStepContent() {
  const kind = kindOf(step);
  if (kind === "candidates") renderCandidateList();
  if (kind === "candidate") renderCandidate();
  if (kind === "principles") renderQuestions();
  if (kind === "check") renderCheck();
  if (kind === "sent") renderReceipt();
}

/** "Spara och fortsätt": a step with a mistake stays, and says what to put right; one
 * without goes on. */
function continueStep(then = () => goStep(nextStep(step))) {
  const mine = lastProblems.filter((p) => p.step === step);
  for (const p of mine) flagged.add(p.path ?? "");
  if (mine.length) {
    refreshProblems();
    $("error-summary").focus();
    return;
  }
  done.add(step);
  then();
}

/** A new alternative, on its own step. */
function addCandidate() {
  const n = state.candidates.length + 1;
  // A free short name: an alternative removed earlier may have left a gap.
  let k = n;
  while (state.candidates.some((c) => c.id === `alternativ-${k}`)) k += 1;
  state.candidates.push({ id: `alternativ-${k}`, name: "", origin: "in_house", covers: [], cost: {}, strategic_importance: 3, delivery_ability: 3 });
  goStep(`candidate-${state.candidates.length - 1}`, { focus: false });
  $(`cand-${state.candidates.length - 1}-name`).focus();
}

/** The task list in three parts (the request, the principles, sending), every step with its
 * state. */
function renderTaskList() {
  const order = sequence();
  const hasError = (s) => lastProblems.some((p) => p.step === s && flagged.has(p.path ?? ""));
  const item = (s, text) => {
    const status = hasError(s) ? "task_error" : done.has(s) ? "task_done" : s === "check" ? null : "task_todo";
    return el("li", { class: "task" }, [
      el("a", { href: `#steg-${s}`, "data-step": s, id: `task-${s}`, "aria-describedby": status ? `task-${s}-status` : null, text }),
      status ? el("span", { class: `task-status ${status}`, id: `task-${s}-status`, text: t(status) }) : null,
    ]);
  };
  const editing = order.filter((s) => s !== "check");
  const count = editing.filter((s) => done.has(s)).length;
  $("progress").textContent = t("progress", { done: count, count: editing.length });
  const part = (heading, steps) => el("li", { class: "task-part" }, [el("h3", { text: heading }), el("ul", { class: "tasks" }, steps.map(([s, text]) => item(s, text ?? stepTitle(s))))]);
  const lapsed = lapsedDocuments();
  $("task-list").replaceChildren(
    part(t("part_request"), ["need", "requirements", "benefit", "candidates"].map((s) => [s])),
    part(t("part_principles"), editing.filter((s) => kindOf(s) === "principles").map((s) => [s])),
    part(t("part_send"), [["memo"], ["check", t("check_task")]]),
  );
  const note = $("task-lapsed");
  if (note) note.remove();
  if (lapsed.length) $("task-list").after(el("p", { class: "hint", id: "task-lapsed", text: lapsedText(lapsed) }));
}

// --- rendering the form -------------------------------------------------------------------

function renderStatic() {
  document.documentElement.lang = lang;
  document.title = `${t("heading")} – digipolicy`;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  $("step-nav").setAttribute("aria-label", t("steps_label"));
  $("lang").setAttribute("lang", lang === "sv" ? "en" : "sv");
  const select = $("example");
  const chosen = select.value;
  select.replaceChildren(...examples.map((ex) => el("option", { value: ex.file, text: ex.title[lang] })));
  if (chosen) select.value = chosen;
}

function field(id, label, input, hint) {
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) input.setAttribute("aria-describedby", hintId);
  return el("div", { class: "field" }, [el("label", { for: id, text: label }), hint ? el("p", { class: "hint", id: hintId, text: hint }) : null, input]);
}

/** Yes / no / don't know as radio buttons in a fieldset: `value` true, false or undefined.
 * An unanswered question has no button checked (so Tab lands on "yes" and Space answers);
 * choosing "don't know" is the same as not answering. */
function triState(id, path, legend, value, onchange, hint) {
  const name = id;
  const options = [["yes", true], ["no", false], ["dontKnow", undefined]].map(([key, v]) => {
    const optionId = `${id}-${key}`;
    return el("span", { class: "radio" }, [
      el("input", { type: "radio", id: optionId, name, value: key, checked: v !== undefined && value === v, onchange: () => onchange(v) }),
      el("label", { for: optionId, text: t(key === "dontKnow" ? "dont_know" : key) }),
    ]);
  });
  return el("fieldset", { class: "tristate", id, "data-path": path, "aria-describedby": hint ? `${id}-hint` : null }, [
    el("legend", { text: legend }),
    hint ? el("p", { class: "hint", id: `${id}-hint`, text: hint }) : null,
    el("div", { class: "radios" }, options),
  ]);
}

function renderForm() {
  $("case-id").value = state.id ?? "";
  $("case-title").value = state.title ?? "";
  $("case-unit").value = state.unit ?? "";
  $("case-decided-on").value = state.decided_on ?? "";
  $("case-horizon").value = raw.horizon_years ?? (state.horizon_years === undefined ? "" : String(state.horizon_years));
  renderRequirements();
  renderBenefit();
  renderMemoFacts();
  renderOrganisation();
  renderPreferred();
  renderStepContent();
}

function renderRequirements() {
  $("requirements").replaceChildren(
    ...state.requirements.map((r, i) =>
      el("fieldset", { class: "item", id: `req-${i}` }, [
        el("legend", { text: `${t("requirement")} ${i + 1}${r.id ? `: ${r.id}` : ""}` }),
        field(`req-${i}-id`, t("req_id"), el("input", { id: `req-${i}-id`, "data-path": `requirements[${i}].id`, value: r.id, autocomplete: "off", oninput: (e) => renameRequirement(i, e.target.value) }), t("req_id_hint")),
        field(`req-${i}-text`, t("req_text"), el("input", { id: `req-${i}-text`, "data-path": `requirements[${i}].text`, value: r.text ?? "", autocomplete: "off", oninput: (e) => { setOptional(r, "text", e.target.value); update(); } })),
        field(
          `req-${i}-priority`,
          t("level"),
          el("select", { id: `req-${i}-priority`, "data-path": `requirements[${i}].priority`, onchange: (e) => { r.priority = e.target.value; update(); } }, [
            el("option", { value: "must", text: t("must"), selected: r.priority === "must" }),
            el("option", { value: "should", text: t("should"), selected: r.priority === "should" }),
          ]),
        ),
        el("button", { type: "button", class: "secondary", text: `${t("remove")}: ${t("requirement").toLowerCase()} ${i + 1}`, onclick: () => removeRequirement(i) }),
      ]),
    ),
  );
}

function renderBenefit() {
  const b = state.benefit_assessment;
  const children = [
    triState("benefit-done", "benefit_assessment.done", t("benefit_done"), b?.done, (v) => {
      if (v === undefined) delete state.benefit_assessment;
      else state.benefit_assessment = { ...(state.benefit_assessment ?? {}), done: v };
      renderBenefit();
      update();
    }),
  ];
  if (b?.done) {
    children.push(
      field("benefit-on", t("benefit_on"), el("input", { id: "benefit-on", "data-path": "benefit_assessment.done_on", value: b.done_on ?? "", autocomplete: "off", class: "short", oninput: (e) => { setOptional(state.benefit_assessment, "done_on", e.target.value.trim()); update(); } })),
      field("benefit-summary", t("benefit_summary"), el("input", { id: "benefit-summary", "data-path": "benefit_assessment.summary", value: b.summary ?? "", autocomplete: "off", oninput: (e) => { setOptional(state.benefit_assessment, "summary", e.target.value); update(); } })),
    );
  }
  keepFocus(() => $("benefit").replaceChildren(...children));
}

/** Who runs the activity (the case's optional `organisation`, policy §2), by its kind. */
const ORG_KINDS = {
  council_administration: "org_council_administration",
  council_company: "org_council_company",
  private_contractor: "org_private_contractor",
  not_council_financed: "org_not_council_financed",
};

function renderOrganisation() {
  const kind = state.organisation?.kind ?? "";
  $("case-org-kind").replaceChildren(
    el("option", { value: "", text: t("org_none"), selected: kind === "" }),
    ...Object.entries(ORG_KINDS).map(([value, key]) => el("option", { value, text: t(key), selected: kind === value })),
  );
  const agreement = kind === "private_contractor"
    ? triState("org-agreement-binds", "organisation.agreement_binds_policy", t("org_agreement"), state.organisation?.agreement_binds_policy, (v) => {
      setOptional(state.organisation, "agreement_binds_policy", v);
      renderOrganisation();
      update();
    })
    : null;
  keepFocus(() => $("org-agreement").replaceChildren(...[agreement].filter((n) => n != null)));
}

/** The memo's facts (the case's optional `memo`), every one a text. */
const MEMO_FACTS = {
  organisation: "memo_organisation",
  administration: "memo_administration",
  diary_number: "memo_diary_number",
  case_officer: "memo_case_officer",
  decision_body: "memo_decision_body",
  funding: "memo_funding",
  environmental_consequences: "memo_environmental_consequences",
  signatories: "memo_signatories",
};

function renderMemoFacts() {
  const m = state.memo ?? {};
  const store = (key, value) => {
    const memo = { ...(state.memo ?? {}) };
    setOptional(memo, key, value);
    if (Object.keys(memo).length) state.memo = memo;
    else delete state.memo;
    update();
  };
  const text = (key) => {
    const id = `memo-${key.replaceAll("_", "-")}`;
    const long = key === "environmental_consequences" || key === "signatories";
    // A textarea holds its text as content, an input as its value.
    const shown = long ? { text: m[key] ?? "" } : { value: m[key] ?? "" };
    const input = el(long ? "textarea" : "input", { id, "data-path": `memo.${key}`, ...shown, autocomplete: "off", oninput: (e) => store(key, e.target.value) });
    return field(id, t(MEMO_FACTS[key]), input, key === "signatories" ? t("memo_signatories_hint") : undefined);
  };
  keepFocus(() => $("memo-facts").replaceChildren(...Object.keys(MEMO_FACTS).map(text)));
}

function renderPreferred() {
  $("preferred").replaceChildren(
    el("option", { value: "", text: t("none") }),
    ...state.candidates.map((c) => el("option", { value: c.id, text: c.name || c.id, selected: state.preferred_candidate === c.id })),
  );
}

/** The alternatives as a list, each with a link to its own step and a remove button. */
function renderCandidateList() {
  syncKeys();
  renderPreferred();
  $("candidate-list").replaceChildren(...state.candidates.map((c, i) => {
    const name = c.name || `${t("candidate")} ${i + 1}`;
    return el("li", { class: "summary-row" }, [
      el("span", { class: "summary-key" }, [el("strong", { text: name }), ` – ${originWord(c)}`]),
      el("span", { class: "summary-actions" }, [
        el("a", { href: `#steg-candidate-${i}`, "data-step": `candidate-${i}`, id: `edit-cand-${i}` }, [t("change_link"), el("span", { class: "visually-hidden", text: ` ${name}` })]),
        el("button", { type: "button", class: "link", onclick: () => removeCandidate(i) }, [t("remove"), el("span", { class: "visually-hidden", text: ` ${name}` })]),
      ]),
    ]);
  }));
}

/** The alternative of the step shown. */
function renderCandidate() {
  syncKeys();
  const i = numberOf(step);
  const c = state.candidates[i];
  if (!c) return;
  $("step-candidate").textContent = stepTitle(step);
  // "Save and add another": the next alternative without a detour through the list.
  const another = el("button", { type: "button", class: "secondary", id: "save-add-candidate", text: t("save_add_candidate"), onclick: () => continueStep(addCandidate) });
  keepFocus(() => $("candidates").replaceChildren(candidateItem(c, i), another));
}

/** The origins an alternative can have, each also the key of its words. */
const ORIGIN_KEYS = ["in_house", "market", "development"];
/** How an alternative's origin is said. */
const originWord = (c) => t(ORIGIN_KEYS.includes(c.origin) ? c.origin : "in_house");

function candidateItem(c, i) {
  const covers = el("fieldset", { class: "covers", "data-path": `candidates[${i}].covers` }, [el("legend", { text: t("covers") })]);
  state.requirements.forEach((r, j) => {
    const id = `cand-${i}-cover-${j}`;
    covers.append(
      el("span", { class: "check" }, [
        el("input", {
          id,
          type: "checkbox",
          checked: coverKeys.get(c)?.has(reqKey.get(r)) ?? false,
          onchange: (e) => {
            syncKeys();
            if (e.target.checked) coverKeys.get(c).add(reqKey.get(r));
            else coverKeys.get(c).delete(reqKey.get(r));
            coversFromKeys();
            update();
          },
        }),
        el("label", { for: id, text: r.text ? `${r.text} (${r.id})` : r.id || `${t("requirement")} ${j + 1}` }),
      ]),
    );
  });
  const money = (key, label) => {
    const path = `candidates[${i}].cost.${key}`;
    const shown = raw[path] ?? (c.cost?.[key] === undefined ? "" : plainAmount(c.cost[key]));
    return field(`cand-${i}-${key}`, label, el("input", { id: `cand-${i}-${key}`, "data-path": path, inputmode: "numeric", autocomplete: "off", value: shown, oninput: (e) => { raw[path] = e.target.value; update(); } }), t("money_hint"));
  };
  const score = (key, label) =>
    field(
      `cand-${i}-${key}`,
      label,
      el("select", { id: `cand-${i}-${key}`, "data-path": `candidates[${i}].${key}`, onchange: (e) => { c[key] = Number(e.target.value); update(); } },
        [1, 2, 3, 4, 5].map((n) => el("option", { value: String(n), text: String(n), selected: c[key] === n }))),
      t("score_hint"),
    );
  const children = [
    el("legend", { class: "visually-hidden", text: stepTitle(`candidate-${i}`) }),
    field(`cand-${i}-name`, t("cand_name"), el("input", { id: `cand-${i}-name`, "data-path": `candidates[${i}].name`, value: c.name, autocomplete: "off", oninput: (e) => { c.name = e.target.value; $("step-candidate").textContent = stepTitle(step); update(); } })),
    field(`cand-${i}-id`, t("cand_id"), el("input", { id: `cand-${i}-id`, "data-path": `candidates[${i}].id`, value: c.id, autocomplete: "off", oninput: (e) => renameCandidate(i, e.target.value) })),
    field(
      `cand-${i}-origin`,
      t("origin"),
      el("select", { id: `cand-${i}-origin`, "data-path": `candidates[${i}].origin`, onchange: (e) => { c.origin = e.target.value; if (c.origin !== "development") delete c.partners; if (c.origin !== "market") delete c.allows_new_solutions; update(); keepFocus(renderCandidate); } },
        ORIGIN_KEYS.map((o) => el("option", { value: o, text: t(o), selected: c.origin === o }))),
    ),
    covers,
    money("one_off_sek", t("one_off")),
    money("yearly_sek", t("yearly")),
    score("strategic_importance", t("strategic")),
    score("delivery_ability", t("delivery")),
    triState(`cand-${i}-innovation`, `candidates[${i}].innovation_assessed`, t("innovation"), c.innovation_assessed, (v) => { setOptional(c, "innovation_assessed", v); update(); }),
  ];
  if (c.origin === "development") {
    children.push(field(`cand-${i}-partners`, t("partners"), el("input", { id: `cand-${i}-partners`, "data-path": `candidates[${i}].partners`, autocomplete: "off", value: (c.partners ?? []).join(", "), oninput: (e) => { setOptional(c, "partners", e.target.value.split(",").map((s) => s.trim()).filter(Boolean)); update(); } }), t("partners_hint")));
  }
  if (c.origin === "market") {
    children.push(triState(`cand-${i}-allows`, `candidates[${i}].allows_new_solutions`, t("allows_new"), c.allows_new_solutions, (v) => { setOptional(c, "allows_new_solutions", v); update(); }));
  }
  children.push(el("button", { type: "button", class: "secondary", text: `${t("remove")}: ${c.name || `${t("candidate").toLowerCase()} ${i + 1}`}`, onclick: () => { removeCandidate(i); goStep("candidates"); } }));
  return el("fieldset", { class: "item", id: `cand-${i}` }, children);
}

/** Once, which documents lapsed and when: their questions are not asked. */
const lapsedText = (lapsed) => t("lapsed", { documents: lapsed.map((d) => d.title[lang]).join(", "), date: lapsed[0].valid_to });

/** The pack's documents that had lapsed on the case's decision date (none without a date). */
function lapsedDocuments() {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(state.decided_on ?? "") ? state.decided_on : null;
  if (!date) return [];
  return PACK.documents.filter((d) => d.valid_to && d.valid_to < date);
}

/** One group of the principles' questions (the step shown), with the pack's title and
 * summary: a field asked in an earlier group is not asked again; when a condition is answered
 * no, the group's other questions are not asked; a no that makes a deviation opens a box for
 * its justification. */
function renderQuestions() {
  const g = applicableGroups().find((x) => x.index === numberOf(step));
  if (!g) return;
  $("step-principles").textContent = stepTitle(step);
  // Only what applies: once, on the first group, which documents lapsed on the date.
  const lapsed = lapsedDocuments();
  const first = applicableGroups()[0]?.index === g.index;
  const note = lapsed.length && first
    ? el("p", { class: "hint", id: "lapsed-note", text: lapsedText(lapsed) })
    : null;
  const items = [];
  for (const q of g.questions) {
    const id = idOf(q.field);
    const label = capital(q.label[lang]);
    const value = getPath(state, q.field);
    if (q.kind === "languages") {
      items.push(field(id, `${label}. ${t("languages")}`, el("input", { id, "data-path": q.field, autocomplete: "off", value: (value ?? []).join(", "), oninput: (e) => { const list = e.target.value.split(",").map((x) => x.trim()).filter(Boolean); setPath(state, q.field, list.length ? list : undefined); update(); } })));
      continue;
    }
    const help = q.help?.[lang] ?? "";
    items.push(triState(id, q.field, label.endsWith("?") ? label : `${label}?`, value, (v) => {
      setPath(state, q.field, v);
      update();
      keepFocus(renderQuestions);
    }, help));
    if (q.kind === "condition" && value === false) break;
  }
  // What the group is about, and once for the group what its answers mean.
  const group = el("fieldset", { class: "group", id: `group-${idOf(g.group.clause)}` }, [
    el("legend", { class: "visually-hidden", text: stepTitle(step) }),
    el("p", { class: "hint", text: `${g.group.help[lang]} ${g.group.answers?.[lang] ?? ""}`.trim() }),
    ...items,
  ]);
  keepFocus(() => $("questions").replaceChildren(...[note, group, justifyBox(g.group.clause, "just")].filter((n) => n != null)));
}

/** The box for a clause's justification (motivering), while the clause deviates. */
function justifyBox(clause, prefix) {
  if (!offered.has(clause)) return null;
  const id = `${prefix}-${idOf(clause).slice(2)}`;
  const said = (reasons.get(clause) ?? []).map((m) => m[lang]);
  const input = el("textarea", { id, "data-path": `justifications.${clause}`, "aria-describedby": `${id}-hint`, text: notes[clause] ?? "", oninput: (e) => { notes[clause] = e.target.value; update(); } });
  return el("div", { class: "field justify" }, [
    el("label", { for: id, text: t("justify_label", { clause: clauseLabel(clause) }) }),
    el("p", { class: "hint", id: `${id}-hint`, text: `${said.join(" ")} ${t("justify_hint")}`.trim() }),
    input,
  ]);
}

/** Re-renders without losing the keyboard's place. */
function keepFocus(render) {
  const active = document.activeElement?.id;
  render();
  if (active && $(active) && document.activeElement?.id !== active) $(active).focus();
}

function renameRequirement(i, id) {
  syncKeys();
  state.requirements[i].id = id;
  coversFromKeys();
  $(`req-${i}`).querySelector("legend").textContent = `${t("requirement")} ${i + 1}${id ? `: ${id}` : ""}`;
  update();
}

function removeRequirement(i) {
  syncKeys();
  state.requirements.splice(i, 1);
  coversFromKeys();
  renderRequirements();
  update();
  $("add-requirement").focus();
}

function renameCandidate(i, id) {
  if (state.preferred_candidate === state.candidates[i].id) state.preferred_candidate = id;
  state.candidates[i].id = id;
  update();
}

function removeCandidate(i) {
  const [gone] = state.candidates.splice(i, 1);
  if (state.preferred_candidate === gone.id) delete state.preferred_candidate;
  // The raw amounts follow their candidates' new places.
  const next = {};
  for (const [path, text] of Object.entries(raw)) {
    const m = /^candidates\[(\d+)\](.*)$/.exec(path);
    if (!m) next[path] = text;
    else if (Number(m[1]) < i) next[path] = text;
    else if (Number(m[1]) > i) next[`candidates[${Number(m[1]) - 1}]${m[2]}`] = text;
  }
  raw = next;
  // The steps of the alternatives after it move up one place.
  for (const s of [...done]) if (kindOf(s) === "candidate" && numberOf(s) >= i) done.delete(s);
  renderCandidateList();
  update();
  $("add-candidate").focus();
}

// --- deciding and showing the decision ----------------------------------------------------

/** Decides the case as it stands, with the form's justifications of `justify`'s clauses. */
function decideCase(justify) {
  const built = buildCase(justify);
  try {
    return { built, decision: decide(built.case), errors: [] };
  } catch (err) {
    const errors = err.errors?.length ? err.errors : [{ path: err.path ?? "", code: err.code, message: err.text ?? { sv: err.message, en: err.message } }];
    return { built, decision: null, errors };
  }
}

function update() {
  // First without the form's justifications, to learn which clauses deviate; then with them.
  const first = decideCase(new Set());
  // A deviation or an advice, of a finding or of the review, may be explained (DOMAIN:
  // comply or explain); a blocking one may not.
  const explainable = (x) => x.severity === "deviation" || x.severity === "advice";
  const open = [...(first.decision?.findings ?? []).filter(explainable), ...(first.decision?.review.results ?? []).filter((r) => explainable(r) && r.outcome === "not_met")];
  offered = new Set(open.map((x) => x.clause));
  reasons = new Map();
  for (const x of open) reasons.set(x.clause, [...(reasons.get(x.clause) ?? []), x.message]);
  const written = Object.values(notes).some((text) => text.trim() !== "");
  const run = offered.size && written ? decideCase(offered) : first;
  // Each problem with the step it is asked on, worked out once per decision.
  lastProblems = [...run.built.problems, ...run.errors].map((p) => ({ ...p, step: stepOfPath(p.path) }));
  const decision = run.built.problems.length ? null : run.decision;
  lastDecision = decision;
  if (decision) lastValid = decision;
  // A mistake put right is forgotten: made again, it shows when the person moves on.
  for (const p of [...flagged]) if (!lastProblems.some((q) => (q.path ?? "") === p)) flagged.delete(p);
  refreshProblems();
  renderSummary(decision);
  renderDecision(decision ?? lastValid, decision === null);
  renderTaskList();
  saveDraft();
}

/** The mistakes the person is shown: those flagged when she moved on, of the step shown (of
 * every step on "Granska dina svar"). */
function visibleProblems() {
  return lastProblems.filter((p) => flagged.has(p.path ?? "") && (step === "check" || p.step === step));
}

function refreshProblems() {
  const visible = visibleProblems();
  showProblems(visible);
  document.title = `${visible.length ? `${t("error_word")}: ` : ""}${stepTitle(step)} – ${t("heading")}`;
}

/** The section of the step shown. */
const currentSection = () => document.querySelector(`section[data-step="${kindOf(step)}"]`);

/** The element a problem's path belongs to on the step shown: the field with that path, or
 * the nearest enclosing one (`candidates[0].cost` → the candidate), or none. */
function fieldFor(path) {
  const section = currentSection();
  let p = path ?? "";
  while (p && section) {
    const found = section.querySelector(`[data-path="${CSS.escape(p)}"]`);
    if (found) return found;
    const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
    p = cut > 0 ? p.slice(0, cut) : "";
  }
  return null;
}

function showProblems(problems) {
  for (const node of document.querySelectorAll(".field-error")) node.remove();
  for (const node of document.querySelectorAll("[aria-invalid]")) {
    node.removeAttribute("aria-invalid");
    const ids = (node.getAttribute("aria-describedby") ?? "").split(" ").filter((x) => x && !x.endsWith("-error"));
    if (ids.length) node.setAttribute("aria-describedby", ids.join(" "));
    else node.removeAttribute("aria-describedby");
  }
  for (const node of document.querySelectorAll(".has-error")) node.classList.remove("has-error");
  const summary = $("error-summary");
  if (problems.length === 0) {
    summary.hidden = true;
    summary.replaceChildren();
    return;
  }
  const links = [];
  const seen = new Set();
  for (const p of problems) {
    const target = fieldFor(p.path);
    const where = p.step;
    const message = target ? problemText(p, target) : `${stepTitle(where)}: ${problemText(p, null)}`;
    if (target) {
      if (!target.id) target.id = idOf(p.path || "form");
      if (!seen.has(target.id)) {
        seen.add(target.id);
        const errorId = `${target.id}-error`;
        const error = el("p", { class: "field-error", id: errorId }, [el("span", { class: "visually-hidden", text: `${t("error_prefix")} ` }), message]);
        const container = target.closest(".field, fieldset") ?? target.parentElement;
        container.classList.add("has-error");
        if (target.tagName === "FIELDSET") target.querySelector("legend")?.after(error);
        else target.before(error);
        const focusable = target.tagName === "FIELDSET" ? target.querySelector("input") : target;
        focusable?.setAttribute("aria-invalid", "true");
        focusable?.setAttribute("aria-describedby", [focusable.getAttribute("aria-describedby"), errorId].filter(Boolean).join(" "));
      }
    }
    links.push(el("li", {}, [el("a", { href: `#steg-${where}`, "data-step": where, "data-path": p.path ?? "", text: message })]));
  }
  summary.replaceChildren(el("h2", { id: "error-summary-title", text: t("error_title") }), el("ul", {}, links));
  summary.setAttribute("aria-labelledby", "error-summary-title");
  summary.hidden = false;
}

function nameOf(d, id) {
  return d.candidates.find((c) => c.id === id)?.name ?? id;
}

/** What still to supply, as the questions the form asks. */
function missingQuestions(d) {
  const labels = new Map(questions.flatMap((g) => g.questions.map((q) => [q.field, q.label[lang]])));
  const paths = [...new Set([...d.missing_evidence, ...d.review.missing_evidence])];
  return paths.map((path) => {
    const m = /^candidates\[(\d+)\]\.(innovation_assessed|allows_new_solutions)$/.exec(path);
    let text;
    if (path === "benefit_assessment.done") text = t("benefit_question");
    else if (m) {
      const name = state.candidates[Number(m[1])]?.name ?? path;
      text = m[2] === "innovation_assessed" ? t("candidate_question", { name }) : t("allows_question", { name });
    } else if (labels.has(path)) text = labels.get(path).charAt(0).toUpperCase() + labels.get(path).slice(1) + (labels.get(path).endsWith("?") ? "" : "?");
    else text = path;
    return { path, text };
  });
}

/** A link from a missing piece of evidence to its question, on its step. */
function missingLink(m) {
  const to = stepOfPath(m.path);
  return el("a", { href: `#steg-${to}`, "data-step": to, "data-path": m.path, text: m.text });
}

/** Before a decision: why there is none yet, as a mistake only once mistakes are shown. */
function noDecisionNote() {
  const shown = visibleProblems().length > 0;
  return el("p", { class: shown ? "warning" : "hint", text: t(shown ? "no_decision" : "no_decision_yet") });
}

/** What a blocked decision waits for, in the reader's language. */
const blockingMessages = (d) => d.findings.filter((f) => f.severity === "blocking").map((f) => f.message[lang]);

function renderSummary(decision) {
  const body = $("summary-body");
  const d = decision ?? lastValid;
  if (!d) {
    // Nothing decided yet: no mistake is shown before the person moves on.
    body.replaceChildren(noDecisionNote());
    $("summary-live").textContent = "";
    return;
  }
  const missing = missingQuestions(d);
  const shown = missing.slice(0, 5);
  const list = el("ul", { class: "missing" }, shown.map((m) => el("li", {}, [missingLink(m)])));
  if (missing.length > shown.length) list.append(el("li", { text: t("and_more", { count: missing.length - shown.length }) }));
  const open = d.open_deviations.length;
  const blocked = d.status === "blocked";
  // A blocked decision says first what must be supplied; its route and choice are provisional.
  const first = blocked ? blockingMessages(d) : [];
  body.replaceChildren(...[
    decision ? null : el("p", { class: "warning", id: "summary-stale", text: t("stale") }),
    first.length ? el("div", { class: "warning", id: "summary-first" }, [el("h3", { text: t("must_first") }), el("ul", {}, first.map((m) => el("li", { text: m })))]) : null,
    el("dl", { class: "facts" }, [
      el("dt", { text: t("status") }), el("dd", { id: "summary-status", text: label("status", d.status) }),
      el("dt", { text: t(blocked ? "provisional_route" : "route") }), el("dd", { text: d.route ? label("route", d.route) : "–" }),
      el("dt", { text: t(blocked ? "provisional_selected" : "selected") }), el("dd", { text: d.selected ? nameOf(d, d.selected) : "–" }),
      el("dt", { text: t("open_deviations") }), el("dd", { text: String(open) }),
    ]),
    missing.length ? el("h3", { text: `${t("still_missing")} (${missing.length})` }) : null,
    missing.length ? list : null,
    el("p", {}, [el("a", { href: "#steg-check", "data-step": "check", text: t("to_details") })]),
  ].filter((node) => node != null));

  $("summary-live").textContent = `${t("status")}: ${label("status", d.status)}. ${t("route")}: ${d.route ? label("route", d.route) : "–"}.`;
}

function renderDecision(d, stale) {
  const out = $("decision");
  if (!d) {
    out.replaceChildren(noDecisionNote());
    return;
  }
  const name = (id) => nameOf(d, id);
  const ranked = [...d.candidates].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.id.localeCompare(b.id));
  const heads = [t("rank"), t("candidate"), t("stage"), t("meets"), t("tco", { years: d.horizon_years }), t("score"), t("lacks")];
  const cell = (i, text, cls) => el("td", { "data-label": heads[i], class: cls, text });
  const table = el("table", { class: "ranking" }, [
    el("caption", { text: t("ranking") }),
    el("thead", {}, [el("tr", {}, heads.map((h) => el("th", { scope: "col", text: h })))]),
    el("tbody", {}, ranked.map((c) => el("tr", {}, [
      cell(0, c.rank ? String(c.rank) : "–"),
      cell(1, name(c.id)),
      cell(2, c.co_development ? t("co_development") : LABELS.stage[c.stage][lang]),
      cell(3, c.meets_need ? t("yes") : t("no")),
      cell(4, formatKronor(c.tco_sek, lang), "num"),
      cell(5, c.scores ? briefScore(c.scores.total) : "–", "num"),
      cell(6, c.missing.join(", ") || "–"),
    ]))),
  ]);
  const findings = el("ul", { class: "findings", id: "findings" }, d.findings.map((f) =>
    el("li", {}, [
      el("strong", { class: `sev sev-${f.severity}`, text: severity(f.severity) }), " ",
      el("span", { class: "clause", text: clauseLabel(f.clause) }), " ", f.message[lang],
      f.justified ? el("em", { text: ` ${t("justified")}: ${f.justified}` }) : null,
    ])));
  const gaps = d.findings.filter((f) => f.code === "earlier-stage-gap");
  const change = gaps.length
    ? [el("h3", { text: t("change") }), el("ul", { id: "gaps" }, gaps.map((f) => {
        const c = d.candidates.find((x) => x.id === f.candidate);
        return el("li", {}, [el("strong", { text: name(f.candidate) }), ` ${t("lacks_short")} ${c.missing.join(", ")}`]);
      }))]
    : [];
  const review = el("ul", { class: "review", id: "review" }, d.review.results.map((r) =>
    el("li", { class: `outcome-${r.outcome}` }, [
      el("strong", { text: label("outcome", r.outcome) }), " ",
      el("span", { class: "clause", text: clauseLabel(r.clause) }), " ", r.message[lang],
      r.justified ? el("em", { text: ` ${t("justified")}: ${r.justified}` }) : null,
    ])));
  const missing = missingQuestions(d);
  // replaceChildren writes a null as the text "null": leave the absent parts out.
  out.replaceChildren(...[
    stale ? el("p", { class: "warning", text: t("stale") }) : null,
    el("p", { class: "status" }, [`${t("status")}: `, el("strong", { id: "status", text: label("status", d.status) })]),
    el("p", { class: "route" }, [`${t("route")}: `, el("span", { id: "route", "data-route": d.route ?? "", text: d.route ? label("route", d.route) : "–" })]),
    el("p", {}, [`${t("selected")}: `, el("strong", { id: "selected", "data-selected": d.selected ?? "", text: d.selected ? name(d.selected) : "–" })]),
    table,
    el("h3", { text: t("findings") }), findings,
    ...change,
    el("h3", { text: t("review") }), review,
    missing.length ? el("h3", { text: t("still_missing") }) : null,
    missing.length ? el("ul", { id: "missing" }, missing.map((m) => el("li", {}, [missingLink(m)]))) : null,
  ].filter((node) => node != null));

}

// --- keeping, opening, saving and printing -------------------------------------------------

function saveDraft() {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 2, state, raw, lang, step, done: [...done], notes, sent }));
  } catch {
    // Private browsing or a full store: the form works without a draft.
  }
}

function restoreDraft() {
  try {
    const saved = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? "null");
    if ((saved?.v === 1 || saved?.v === 2) && saved.state && typeof saved.state === "object") {
      state = { requirements: [], candidates: [], ...saved.state };
      raw = saved.raw ?? {};
      lang = saved.lang === "en" ? "en" : "sv";
      step = typeof saved.step === "string" ? saved.step : "start";
      done = new Set(Array.isArray(saved.done) ? saved.done : []);
      notes = saved.notes && typeof saved.notes === "object" ? saved.notes : {};
      sent = saved.sent && typeof saved.sent === "object" ? saved.sent : null;
      return true;
    }
  } catch {
    // A draft that does not parse is ignored.
  }
  return false;
}

/** Opens a case (an example, a saved file, a blank request) on the task list. A justification
 * of a whole clause becomes the form's own, to be edited beside its questions. */
function openCase(value) {
  state = { requirements: [], candidates: [], ...value };
  raw = {};
  notes = {};
  done = new Set();
  flagged = new Set();
  sent = null;
  const own = (j) => j && typeof j === "object" && typeof j.clause === "string" && typeof j.text === "string" && j.candidate === undefined && j.code === undefined;
  if (Array.isArray(state.justifications)) {
    for (const j of state.justifications) if (own(j)) notes[j.clause] = j.text;
    state.justifications = state.justifications.filter((j) => !own(j));
    if (state.justifications.length === 0) delete state.justifications;
  }
  renderForm();
  goStep("start");
  // An opened case: a step that is filled in and has no mistake counts as done.
  markFilled();
  renderTaskList();
  saveDraft();
}

/** Marks as done every step of an opened case that holds answers and no mistake. */
function markFilled() {
  const filled = {
    need: () => Boolean(state.title),
    requirements: () => state.requirements.length > 0,
    benefit: () => state.benefit_assessment !== undefined,
    candidates: () => state.candidates.length > 0,
    memo: () => Object.keys(state.memo ?? {}).length > 0,
  };
  const answered = (s) => {
    const g = applicableGroups().find((x) => `principles-${x.index}` === s);
    return g ? g.questions.some((q) => getPath(state, q.field) !== undefined) : false;
  };
  for (const s of sequence().filter((x) => x !== "check")) {
    const has = filled[s] ? filled[s]() : answered(s);
    if (has && !lastProblems.some((p) => p.step === s)) done.add(s);
  }
}

/** "Granska dina svar": every answer with a link to change it, a box for the justification
 * of every deviation, and the decision in detail below. */
function renderCheck() {
  const rows = [];
  const row = (key, value, to, id) => el("div", { class: "summary-row" }, [
    el("dt", { class: "summary-key", text: key.replace(/\s*\((frivilligt|optional)\)$/, "") }),
    el("dd", { class: "summary-value", text: value === undefined || value === "" ? t("not_given") : value }),
    el("dd", { class: "summary-actions" }, [el("a", { href: `#steg-${to}`, "data-step": to, id }, [t("change_link"), el("span", { class: "visually-hidden", text: ` ${key}` })])]),
  ]);
  const yesNo = (v) => (v === true ? t("yes") : v === false ? t("no") : t("dont_know"));
  const org = state.organisation?.kind;
  rows.push(el("h3", { text: t("step_need") }), el("dl", { class: "summary-list" }, [
    row(t("case_title"), state.title, "need", "change-title"),
    row(t("case_id"), state.id, "need", "change-id"),
    row(t("case_decided_on"), state.decided_on, "need", "change-decided-on"),
    row(t("case_unit"), state.unit, "need", "change-unit"),
    row(t("org_kind"), org ? t(ORG_KINDS[org] ?? "org_none") : undefined, "need", "change-org"),
  ]));
  rows.push(el("h3", { text: t("req_heading") }), el("dl", { class: "summary-list" }, state.requirements.map((r, i) =>
    row(`${t("requirement")} ${i + 1}`, [r.text ? `${r.text} (${r.id})` : r.id, t(r.priority === "should" ? "should" : "must")].filter(Boolean).join(" – "), "requirements", `change-req-${i}`))));
  const b = state.benefit_assessment;
  rows.push(el("h3", { text: t("step_benefit") }), el("dl", { class: "summary-list" }, [
    row(t("benefit_done"), [yesNo(b?.done), b?.done_on, b?.summary].filter(Boolean).join(" – "), "benefit", "change-benefit"),
  ]));
  rows.push(el("h3", { text: t("step_candidates") }), el("dl", { class: "summary-list" }, state.candidates.map((c, i) => {
    const covers = (c.covers ?? []).length;
    const amountOf = (key) => { const text = raw[`candidates[${i}].cost.${key}`] ?? String(c.cost?.[key] ?? ""); const n = parseWhole(text); return n === null ? text : formatKronor(n, lang); };
    const value = [originWord(c), t("covers_count", { count: covers, total: state.requirements.length }), `${t("one_off")} ${amountOf("one_off_sek")}`, `${t("yearly")} ${amountOf("yearly_sek")}`].join(" – ");
    return row(c.name || `${t("candidate")} ${i + 1}`, value, `candidate-${i}`, `change-cand-${i}`);
  })));
  const groups = applicableGroups();
  rows.push(el("h3", { text: t("step_principles") }), el("dl", { class: "summary-list" }, groups.map((g) => {
    const answers = g.questions.map((q) => getPath(state, q.field)).filter((v) => v !== undefined);
    const no = answers.filter((v) => v === false).length;
    return row(stepTitle(`principles-${g.index}`), t("answered", { answered: answers.length, count: g.questions.length, no }), `principles-${g.index}`, `change-group-${g.index}`);
  })));
  const facts = Object.keys(MEMO_FACTS).filter((k) => state.memo?.[k]);
  rows.push(el("h3", { text: t("step_memo") }), el("dl", { class: "summary-list" }, [
    row(t("memo_facts"), facts.length ? facts.map((k) => t(MEMO_FACTS[k])).join(", ") : undefined, "memo", "change-memo"),
  ]));
  keepFocus(() => $("answers").replaceChildren(...rows));
  // Comply or explain: every clause that deviates, with its box.
  const boxes = [...offered].sort().map((clause) => justifyBox(clause, "check-just")).filter((n) => n != null);
  keepFocus(() => $("justify").replaceChildren(...(boxes.length ? [el("h3", { text: t("justify_heading") }), el("p", { class: "hint", text: t("justify_intro") }), ...boxes] : [])));
}

/** The decision record saved as a file named by its case. */
const downloadRecord = (made, text = `${JSON.stringify(made, null, 2)}\n`) => download(`${made.case.id || "case"}-record.json`, text, "application/json");

/** "Skicka": the decision record (case, decision, digests) made by the core and POSTed as JSON
 * to the region's intake; without an intake address it is downloaded. A failed send says so
 * and keeps the record in the browser. */
async function send() {
  const status = $("send-status");
  for (const p of lastProblems) flagged.add(p.path ?? "");
  refreshProblems();
  if (lastProblems.length || !lastDecision) {
    $("error-summary").focus();
    return;
  }
  status.textContent = t("sending");
  const built = buildCase();
  let made;
  try {
    // No clock is read: the decision date, when given, is the case's own.
    made = await record(built.case);
  } catch (err) {
    status.textContent = `${t("send_failed")} ${err.text?.[lang] ?? ""}`.trim();
    return;
  }
  const text = `${JSON.stringify(made, null, 2)}\n`;
  try {
    localStorage.setItem(RECORD_KEY, text);
  } catch {
    // Without a store the record is still sent or downloaded.
  }
  let delivered = false;
  if (intake) {
    try {
      const response = await fetch(intake, { method: "POST", headers: { "content-type": "application/json" }, body: text });
      if (!response.ok) throw new Error(String(response.status));
      delivered = true;
    } catch {
      status.replaceChildren(
        el("span", { class: "warning", text: t("send_failed") }), " ",
        el("button", { type: "button", class: "link", id: "send-download", text: t("download_record"), onclick: () => downloadRecord(made, text) }),
      );
      return;
    }
  } else {
    downloadRecord(made, text);
  }
  status.textContent = "";
  sent = { record: made, delivered };
  goStep("sent");
}

/** The sentence a decision comes to, for the receipt. */
function decisionSentence(d) {
  if (d.status === "out_of_scope") return t("receipt_out_of_scope");
  if (d.status === "blocked") return t("receipt_blocked", { what: blockingMessages(d).join(" ") });
  const name = d.selected ? nameOf(d, d.selected) : "";
  const by = { in_house: "receipt_in_house", market: "receipt_market", co_development: "receipt_co_development", own_development: "receipt_own_development", no_candidate: "receipt_no_candidate" };
  return t(by[d.route] ?? "receipt_no_candidate", { name });
}

/** The confirmation page: the case number, the decision in one sentence, the record's digest. */
function renderReceipt() {
  if (!sent) return;
  const d = sent.record.decision;
  $("receipt-number").replaceChildren(t("receipt_case"), el("br"), el("strong", { id: "receipt-case", text: sent.record.case.id }));
  $("receipt").replaceChildren(
    el("p", { id: "receipt-sentence", text: decisionSentence(d) }),
    el("p", { text: t(sent.delivered ? "receipt_delivered" : "receipt_downloaded") }),
    el("h3", { text: t("receipt_digest") }),
    el("p", { class: "hint", text: t("receipt_digest_hint") }),
    el("p", { class: "digest", id: "receipt-digest", text: sent.record.input_digest }),
  );
}

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The decision memo as printable HTML, rendered by the core's documents module (loaded on
 * first use), opened in a new tab to print; downloaded when the tab is blocked. */
async function printMemo() {
  const status = $("memo-status");
  const built = buildCase();
  if (built.problems.length > 0 || !lastDecision) {
    status.textContent = t("memo_invalid");
    return;
  }
  status.textContent = t("memo_loading");
  let html;
  try {
    html = await memo(built.case, { lang, format: "html" });
  } catch (err) {
    status.textContent = `${t("memo_invalid")} ${err.text?.[lang] ?? err.message}`;
    return;
  }
  const url = URL.createObjectURL(new Blob([html], { type: "text/html" }));
  const tab = window.open(url, "_blank");
  if (tab) {
    status.textContent = t("memo_opened");
  } else {
    download(`${state.id || "case"}-memo.html`, html, "text/html");
    status.textContent = t("memo_blocked");
  }
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function wire() {
  const bind = (id, fn) => $(id).addEventListener("input", (e) => { fn(e.target); update(); });
  bind("case-id", (x) => { state.id = x.value; });
  bind("case-title", (x) => { state.title = x.value; });
  bind("case-unit", (x) => setOptional(state, "unit", x.value));
  $("case-org-kind").addEventListener("change", (e) => {
    const kind = e.target.value;
    if (!kind) delete state.organisation;
    else state.organisation = { ...(state.organisation ?? {}), kind };
    if (kind !== "private_contractor" && state.organisation) delete state.organisation.agreement_binds_policy;
    renderOrganisation();
    update();
  });
  bind("case-decided-on", (x) => {
    setOptional(state, "decided_on", x.value.trim());
  });
  bind("case-horizon", (x) => { raw.horizon_years = x.value; });
  $("preferred").addEventListener("change", (e) => { setOptional(state, "preferred_candidate", e.target.value); update(); });
  $("add-requirement").addEventListener("click", () => {
    state.requirements.push({ id: "", priority: "must" });
    renderRequirements();
    update();
    $(`req-${state.requirements.length - 1}-id`).focus();
  });
  $("add-candidate").addEventListener("click", addCandidate);
  $("load").addEventListener("click", () => {
    const ex = examples.find((e) => e.file === $("example").value) ?? examples[0];
    openCase(structuredClone(ex.case));
  });
  const blank = () => {
    openCase(BLANK());
    goStep("need", { focus: false });
    $("case-title").focus();
  };
  $("new-request").addEventListener("click", blank);
  $("receipt-new").addEventListener("click", blank);
  $("receipt-print").addEventListener("click", () => { printMemo(); });
  $("receipt-download").addEventListener("click", () => sent && downloadRecord(sent.record));
  $("send").addEventListener("click", () => { send(); });
  // "Spara och fortsätt" (also Enter in a field): the step's mistakes, or the next step.
  $("case-form").addEventListener("submit", (e) => {
    e.preventDefault();
    if (!$("continue").hidden) continueStep();
  });
  // Back and forward (and a step's address typed or linked) show that step.
  window.addEventListener("hashchange", () => {
    const m = /^#steg-(.+)$/.exec(location.hash);
    if (m) goStep(m[1], { push: false });
  });
  $("open-file").addEventListener("change", async (e) => {
    const file = e.target.files?.[0];
    if (!file) return;
    try {
      const value = JSON.parse(await file.text());
      if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error("not an object");
      openCase(value);
      $("draft-status").textContent = t("file_opened");
    } catch {
      $("draft-status").textContent = t("file_invalid");
    }
    e.target.value = "";
  });
  $("lang").addEventListener("click", async () => {
    await loadWords(lang === "sv" ? "en" : "sv");
    lang = lang === "sv" ? "en" : "sv";
    renderStatic();
    keepFocus(renderForm);
    update();
    saveDraft();
  });
  $("download-case").addEventListener("click", () => download(`${state.id || "case"}.json`, `${JSON.stringify(buildCase().case, null, 2)}\n`, "application/json"));
  $("download-decision").addEventListener("click", () => lastDecision && download(`${state.id || "case"}-decision.json`, `${JSON.stringify(lastDecision, null, 2)}\n`, "application/json"));
  $("print-memo").addEventListener("click", () => { printMemo(); });
  // Fetch the documents module when a print looks likely, so the click is quick.
  const prefetch = () => { loadDocuments().catch(() => {}); };
  $("print-memo").addEventListener("pointerenter", prefetch, { once: true });
  $("print-memo").addEventListener("focus", prefetch, { once: true });
  // A link to a step (task list, change links, error summary, missing evidence) shows the
  // step, and the field when it names one.
  document.addEventListener("click", (e) => {
    const a = e.target.closest("a[data-step]");
    if (!a) return;
    e.preventDefault();
    const path = a.dataset.path;
    goStep(a.dataset.step, { focus: !path });
    if (!path) return;
    const target = fieldFor(path);
    if (!target) return;
    const focusable = target.matches("input, select, textarea") ? target : target.querySelector("input, select, textarea");
    target.scrollIntoView({ block: "center" });
    (focusable ?? target).focus();
  });
}

const restored = restoreDraft();
// `?example=nothing-fits` opens that example (for demos, links and tests) over any draft.
const asked = new URLSearchParams(location.search).get("example");
const linked = asked ? examples.find((e) => e.file === `${asked}.json`) : undefined;
// The region's intake address for records, if it has configured one (www/config.json).
try {
  const config = await (await fetch(new URL("config.json", import.meta.url), { cache: "no-store" })).json();
  intake = typeof config?.intake === "string" ? config.intake.trim() : "";
} catch {
  intake = "";
}
await loadWords(lang);
renderStatic();
wire();
if (linked) {
  openCase(structuredClone(linked.case));
  $("example").value = linked.file;
  // Opened once: a reload keeps the person's changes rather than opening the example again.
  history.replaceState(null, "", `${location.pathname}#steg-${step}`);
} else {
  renderForm();
  const m = /^#steg-(.+)$/.exec(location.hash);
  goStep(m ? m[1] : step, { focus: false, push: false });
}
if (restored && !linked) $("draft-status").textContent = t("draft_restored");
document.body.dataset.ready = "true";
// The other language's words, fetched while the page is idle so a switch needs no network.
loadWords(lang === "sv" ? "en" : "sv").catch(() => {});
