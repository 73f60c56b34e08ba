// The request form ("behovsanmälan"): the case is the state, the form edits it, and every
// change decides it again with the WASM package. No rule lives here; the page only shows
// what the core returns. Everything is local: no request leaves the page after it loads.
import { decide, formatKronor, formatScore, loadDocuments, memo } from "../pkg/web.js";
import examples from "./examples.js";

const UI = {
  sv: {
    skip: "Hoppa till beslutet",
    heading: "Behovsanmälan för nytt IT-stöd",
    intro: "Fyll i behovet och alternativen. Beslutet enligt policyn för innovation och digitalisering uppdateras medan du skriver.",
    toggle: "In English",
    example: "Exempel",
    load: "Ladda exemplet",
    downloadCase: "Ladda ner ärendet (JSON)",
    downloadDecision: "Ladda ner beslutet (JSON)",
    printMemo: "Tjänsteutlåtande att skriva ut",
    memoLoading: "Tjänsteutlåtandet tas fram …",
    memoOpened: "Tjänsteutlåtandet öppnades i en ny flik; skriv ut det därifrån.",
    memoBlocked: "Webbläsaren stoppade den nya fliken; tjänsteutlåtandet laddades ner i stället.",
    memoInvalid: "Ärendet behöver rättas innan ett tjänsteutlåtande kan tas fram.",
    caseLegend: "Ärendet",
    caseId: "Ärende-id",
    caseTitle: "Vad behövs",
    caseUnit: "Verksamhet",
    caseHorizon: "Kalkylperiod (år)",
    benefitLegend: "Nyttobedömning för hela landstinget (§5.6)",
    benefitDone: "Bedömningen är gjord",
    benefitSummary: "Sammanfattning",
    reqLegend: "Krav",
    addRequirement: "Lägg till krav",
    candLegend: "Alternativ",
    addCandidate: "Lägg till alternativ",
    wishLegend: "Verksamhetens önskemål",
    preferred: "Önskat alternativ",
    none: "Inget",
    resultHeading: "Beslut enligt policyn",
    reqId: "Krav-id",
    reqText: "Beskrivning",
    priority: "Prioritet",
    must: "ska (måste)",
    should: "bör (rangordnar)",
    remove: "Ta bort",
    candidate: "Alternativ",
    candId: "Id",
    candName: "Namn",
    origin: "Ursprung",
    in_house: "befintligt inom landstinget",
    market: "finns på marknaden",
    development: "utveckling",
    partners: "Partnerregioner (kommaseparerade)",
    covers: "Täcker kraven",
    oneOff: "Engångskostnad (kr)",
    yearly: "Årlig kostnad (kr)",
    strategic: "Strategisk betydelse (1–5)",
    delivery: "Leveransförmåga (1–5)",
    innovation: "Innovationsperspektivet bedömt",
    allowsNew: "Upphandlingen tillåter nya lösningar",
    unknown: "okänt",
    yes: "ja",
    no: "nej",
    status: "Status",
    ready: "klart för beslut",
    blocked: "blockerat – vägen är preliminär",
    out_of_scope: "utanför policyn (§2) – inget beslut enligt den",
    route: "Väg",
    selected: "Valt alternativ",
    ranking: "Rangordning",
    rank: "Plats",
    stage: "Steg",
    meets: "Möter behovet",
    tco: "Total kostnad (kr)",
    total: "Poäng",
    missing: "Saknar",
    findings: "Iakttagelser",
    change: "Vad som skulle ändra utfallet",
    lacks: "saknar",
    invalid: "Ärendet kan inte avgöras ännu",
    needed: "Underlag som krävs före beslut",
    routes: {
      in_house: "befintligt inom landstinget",
      market: "upphandla befintlig produkt",
      co_development: "utveckling med andra regioner",
      own_development: "egen utveckling",
      no_candidate: "inget alternativ möter behovet",
    },
  },
  en: {
    skip: "Skip to the decision",
    heading: "Request for new IT support",
    intro: "Describe the need and the candidates. The decision under the policy for innovation and digitalisation updates as you type.",
    toggle: "På svenska",
    example: "Example",
    load: "Load the example",
    downloadCase: "Download the case (JSON)",
    downloadDecision: "Download the decision (JSON)",
    printMemo: "Decision memo to print",
    memoLoading: "Preparing the decision memo …",
    memoOpened: "The decision memo opened in a new tab; print it from there.",
    memoBlocked: "The browser blocked the new tab; the decision memo was downloaded instead.",
    memoInvalid: "The case needs correcting before a decision memo can be made.",
    caseLegend: "The case",
    caseId: "Case id",
    caseTitle: "What is needed",
    caseUnit: "Unit",
    caseHorizon: "Cost horizon (years)",
    benefitLegend: "Council-wide benefit assessment (§5.6)",
    benefitDone: "The assessment has been made",
    benefitSummary: "Summary",
    reqLegend: "Requirements",
    addRequirement: "Add a requirement",
    candLegend: "Candidates",
    addCandidate: "Add a candidate",
    wishLegend: "The unit's wish",
    preferred: "Preferred candidate",
    none: "None",
    resultHeading: "Decision under the policy",
    reqId: "Requirement id",
    reqText: "Description",
    priority: "Priority",
    must: "must",
    should: "should (ranks only)",
    remove: "Remove",
    candidate: "Candidate",
    candId: "Id",
    candName: "Name",
    origin: "Origin",
    in_house: "in-house",
    market: "on the market",
    development: "development",
    partners: "Partner regions (comma-separated)",
    covers: "Covers",
    oneOff: "One-off cost (SEK)",
    yearly: "Yearly cost (SEK)",
    strategic: "Strategic importance (1–5)",
    delivery: "Delivery ability (1–5)",
    innovation: "Innovation perspective assessed",
    allowsNew: "Procurement allows new solutions",
    unknown: "unknown",
    yes: "yes",
    no: "no",
    status: "Status",
    ready: "ready for decision",
    blocked: "blocked – the route is provisional",
    out_of_scope: "out of scope (§2) – not decided under the policy",
    route: "Route",
    selected: "Selected",
    ranking: "Ranking",
    rank: "Rank",
    stage: "Stage",
    meets: "Meets the need",
    tco: "Total cost (SEK)",
    total: "Score",
    missing: "Missing",
    findings: "Findings",
    change: "What would change the outcome",
    lacks: "lacks",
    invalid: "The case cannot be decided yet",
    needed: "Evidence needed before the decision",
    routes: {
      in_house: "in-house",
      market: "procure from the market",
      co_development: "co-development with other regions",
      own_development: "own development",
      no_candidate: "no candidate meets the need",
    },
  },
};

let lang = "sv";
let state = structuredClone(examples[0].case);
let lastDecision = null;

const $ = (id) => document.getElementById(id);
const t = (key) => UI[lang][key];
const esc = (s) =>
  String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const el = (tag, attrs = {}, children = []) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v === true) node.setAttribute(k, "");
    else if (v !== false && v != null) node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
};
const field = (id, label, input) => el("div", {}, [el("label", { for: id, text: label }), input]);
const triState = (id, value, onchange) => {
  const sel = el("select", { id, onchange: (e) => onchange(e.target.value === "" ? undefined : e.target.value === "true") });
  for (const [v, key] of [["", "unknown"], ["true", "yes"], ["false", "no"]]) {
    sel.append(el("option", { value: v, text: t(key), selected: String(value ?? "") === v }));
  }
  return sel;
};
const intOrUndefined = (v) => (v === "" ? undefined : Number(v));

function setOptional(obj, key, value) {
  if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) delete obj[key];
  else obj[key] = value;
}

function renderStatic() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  $("lang").setAttribute("aria-pressed", String(lang === "en"));
  const select = $("example");
  const chosen = select.value;
  select.replaceChildren(...examples.map((ex, i) => el("option", { value: String(i), text: ex.case.title })));
  if (chosen) select.value = chosen;
}

function renderForm() {
  $("case-id").value = state.id ?? "";
  $("case-title").value = state.title ?? "";
  $("case-unit").value = state.unit ?? "";
  $("case-horizon").value = state.horizon_years ?? "";
  $("benefit-done").checked = Boolean(state.benefit_assessment?.done);
  $("benefit-summary").value = state.benefit_assessment?.summary ?? "";

  const reqs = $("requirements");
  reqs.replaceChildren(
    ...state.requirements.map((r, i) =>
      el("div", { class: "row" }, [
        el("div", { class: "row-grid" }, [
          field(`req-${i}-id`, t("reqId"), el("input", { id: `req-${i}-id`, value: r.id, autocomplete: "off", onchange: (e) => renameRequirement(i, e.target.value) })),
          field(`req-${i}-text`, t("reqText"), el("input", { id: `req-${i}-text`, value: r.text ?? "", autocomplete: "off", oninput: (e) => { setOptional(r, "text", e.target.value); update(); } })),
          field(
            `req-${i}-priority`,
            t("priority"),
            el("select", { id: `req-${i}-priority`, onchange: (e) => { r.priority = e.target.value; update(); } }, [
              el("option", { value: "must", text: t("must"), selected: r.priority === "must" }),
              el("option", { value: "should", text: t("should"), selected: r.priority === "should" }),
            ]),
          ),
        ]),
        el("button", { type: "button", class: "secondary", text: `${t("remove")} ${r.id}`, onclick: () => removeRequirement(i) }),
      ]),
    ),
  );

  const cands = $("candidates");
  cands.replaceChildren(...state.candidates.map((c, i) => candidateRow(c, i)));

  const pref = $("preferred");
  pref.replaceChildren(
    el("option", { value: "", text: t("none") }),
    ...state.candidates.map((c) => el("option", { value: c.id, text: c.name || c.id, selected: state.preferred_candidate === c.id })),
  );
}

function candidateRow(c, i) {
  const covers = el("fieldset", { class: "covers" }, [el("legend", { text: t("covers") })]);
  state.requirements.forEach((r, j) => {
    const id = `cand-${i}-cover-${j}`;
    covers.append(
      el("span", { class: "check" }, [
        el("input", {
          id,
          type: "checkbox",
          checked: (c.covers ?? []).includes(r.id),
          onchange: (e) => {
            const set = new Set(c.covers ?? []);
            if (e.target.checked) set.add(r.id);
            else set.delete(r.id);
            c.covers = state.requirements.map((q) => q.id).filter((q) => set.has(q));
            update();
          },
        }),
        el("label", { for: id, text: r.id }),
      ]),
    );
  });
  const score = (key, label) =>
    field(
      `cand-${i}-${key}`,
      label,
      el("select", { id: `cand-${i}-${key}`, onchange: (e) => { c[key] = Number(e.target.value); update(); } },
        [1, 2, 3, 4, 5].map((n) => el("option", { value: String(n), text: String(n), selected: c[key] === n }))),
    );
  const money = (key, label) =>
    field(
      `cand-${i}-${key}`,
      label,
      el("input", { id: `cand-${i}-${key}`, type: "number", min: "0", step: "1000", inputmode: "numeric", value: c.cost[key], oninput: (e) => { c.cost[key] = intOrUndefined(e.target.value) ?? 0; update(); } }),
    );
  const children = [
    el("legend", { text: `${t("candidate")} ${i + 1}: ${c.name || c.id}` }),
    el("div", { class: "row-grid" }, [
      field(`cand-${i}-id`, t("candId"), el("input", { id: `cand-${i}-id`, value: c.id, autocomplete: "off", onchange: (e) => renameCandidate(i, e.target.value) })),
      field(`cand-${i}-name`, t("candName"), el("input", { id: `cand-${i}-name`, value: c.name, autocomplete: "off", oninput: (e) => { c.name = e.target.value; update(); } })),
      field(
        `cand-${i}-origin`,
        t("origin"),
        el("select", { id: `cand-${i}-origin`, onchange: (e) => { c.origin = e.target.value; if (c.origin !== "development") delete c.partners; if (c.origin !== "market") delete c.allows_new_solutions; renderForm(); update(); } },
          ["in_house", "market", "development"].map((o) => el("option", { value: o, text: t(o), selected: c.origin === o }))),
      ),
      money("one_off_sek", t("oneOff")),
      money("yearly_sek", t("yearly")),
      score("strategic_importance", t("strategic")),
      score("delivery_ability", t("delivery")),
      field(`cand-${i}-innovation`, t("innovation"), triState(`cand-${i}-innovation`, c.innovation_assessed, (v) => { setOptional(c, "innovation_assessed", v); update(); })),
    ]),
    covers,
  ];
  if (c.origin === "development") {
    children.push(field(`cand-${i}-partners`, t("partners"), el("input", { id: `cand-${i}-partners`, autocomplete: "off", value: (c.partners ?? []).join(", "), oninput: (e) => { setOptional(c, "partners", e.target.value.split(",").map((s) => s.trim()).filter(Boolean)); update(); } })));
  }
  if (c.origin === "market") {
    children.push(field(`cand-${i}-allows`, t("allowsNew"), triState(`cand-${i}-allows`, c.allows_new_solutions, (v) => { setOptional(c, "allows_new_solutions", v); update(); })));
  }
  children.push(el("button", { type: "button", class: "secondary", text: `${t("remove")} ${c.name || c.id}`, onclick: () => { state.candidates.splice(i, 1); if (state.preferred_candidate === c.id) delete state.preferred_candidate; renderForm(); update(); } }));
  return el("fieldset", { class: "row", id: `cand-${i}` }, children);
}

function renameRequirement(i, id) {
  const old = state.requirements[i].id;
  state.requirements[i].id = id;
  for (const c of state.candidates) c.covers = (c.covers ?? []).map((r) => (r === old ? id : r));
  renderForm();
  update();
}

function removeRequirement(i) {
  const [gone] = state.requirements.splice(i, 1);
  for (const c of state.candidates) c.covers = (c.covers ?? []).filter((r) => r !== gone.id);
  renderForm();
  update();
}

function renameCandidate(i, id) {
  if (state.preferred_candidate === state.candidates[i].id) state.preferred_candidate = id;
  state.candidates[i].id = id;
  renderForm();
  update();
}

function renderDecision() {
  const out = $("decision");
  let d;
  try {
    d = decide(state);
  } catch (err) {
    lastDecision = null;
    const problems = err.errors?.length ? err.errors : [{ path: err.path, message: err.text ?? { sv: err.message, en: err.message } }];
    out.innerHTML = `<p class="errors" role="alert"><strong>${esc(t("invalid"))}</strong></p><ul class="errors">${problems
      .map((p) => `<li><code>${esc(p.path || "–")}</code> ${esc(p.message[lang] ?? p.message.en)}</li>`)
      .join("")}</ul>`;
    return;
  }
  lastDecision = d;
  const name = (id) => state.candidates.find((c) => c.id === id)?.name ?? id;
  const rows = [...d.candidates]
    .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.id.localeCompare(b.id))
    .map(
      (c) => `<tr><td>${c.rank ?? "–"}</td><td>${esc(name(c.id))}</td><td>${esc(t(c.stage))}${c.co_development ? " +" : ""}</td>
      <td>${c.meets_need ? t("yes") : t("no")}</td><td class="num">${esc(formatKronor(c.tco_sek, lang))}</td>
      <td class="num">${c.scores ? esc(formatScore(c.scores.total, lang)) : "–"}</td><td>${esc(c.missing.join(", "))}</td></tr>`,
    )
    .join("");
  const findings = d.findings
    .map((f) => `<li><span class="sev sev-${f.severity}">${esc(f.severity)}</span> <code>${esc(f.clause)}</code> ${esc(f.message[lang])}</li>`)
    .join("");
  const gaps = d.findings.filter((f) => f.code === "earlier-stage-gap");
  const change = gaps.length
    ? `<h3>${esc(t("change"))}</h3><ul id="gaps">${gaps
        .map((f) => {
          const c = d.candidates.find((x) => x.id === f.candidate);
          return `<li><strong>${esc(name(f.candidate))}</strong> ${esc(t("lacks"))} ${c.missing.map((m) => `<code>${esc(m)}</code>`).join(", ")}</li>`;
        })
        .join("")}</ul>`
    : "";
  const needed = d.missing_evidence.length
    ? `<h3>${esc(t("needed"))}</h3><ul>${d.missing_evidence.map((m) => `<li><code>${esc(m)}</code></li>`).join("")}</ul>`
    : "";
  out.innerHTML = `
    <p class="status">${esc(t("status"))}: <strong id="status">${esc(t(d.status))}</strong></p>
    <p class="route">${esc(t("route"))}: <span id="route" data-route="${esc(d.route ?? "")}">${esc(d.route ? UI[lang].routes[d.route] : "–")}</span></p>
    <p>${esc(t("selected"))}: <strong id="selected" data-selected="${esc(d.selected ?? "")}">${esc(d.selected ? name(d.selected) : "–")}</strong></p>
    ${needed}
    <h3>${esc(t("ranking"))}</h3>
    <table><thead><tr><th scope="col">${esc(t("rank"))}</th><th scope="col">${esc(t("candidate"))}</th><th scope="col">${esc(t("stage"))}</th>
    <th scope="col">${esc(t("meets"))}</th><th scope="col">${esc(t("tco"))}</th><th scope="col">${esc(t("total"))}</th><th scope="col">${esc(t("missing"))}</th></tr></thead>
    <tbody>${rows}</tbody></table>
    ${change}
    <h3>${esc(t("findings"))}</h3><ul class="findings" id="findings">${findings}</ul>`;
}

function update() {
  renderDecision();
}

function download(name, data) {
  const blob = new Blob([JSON.stringify(data, null, 2) + "\n"], { type: "application/json" });
  const a = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(a.href);
}

/** The decision memo as printable HTML, rendered by the core's documents module (loaded on
 * first use), opened in a new tab to print; downloaded when the tab is blocked. */
async function printMemo() {
  const status = $("memo-status");
  status.textContent = t("memoLoading");
  let html;
  try {
    html = await memo(state, { lang, format: "html" });
  } catch (err) {
    status.textContent = `${t("memoInvalid")} ${err.text?.[lang] ?? err.message}`;
    return;
  }
  const url = URL.createObjectURL(new Blob([html], { type: "text/html" }));
  const tab = window.open(url, "_blank");
  if (tab) {
    status.textContent = t("memoOpened");
  } else {
    const a = el("a", { href: url, download: `${state.id || "case"}-memo.html` });
    document.body.append(a);
    a.click();
    a.remove();
    status.textContent = t("memoBlocked");
  }
  // The tab keeps its document; the URL can go once it has loaded.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function wire() {
  const bind = (id, fn) => $(id).addEventListener("input", (e) => { fn(e.target); update(); });
  bind("case-id", (x) => { state.id = x.value; });
  bind("case-title", (x) => { state.title = x.value; });
  bind("case-unit", (x) => setOptional(state, "unit", x.value));
  bind("case-horizon", (x) => setOptional(state, "horizon_years", intOrUndefined(x.value)));
  $("benefit-done").addEventListener("change", (e) => {
    state.benefit_assessment = { ...(state.benefit_assessment ?? {}), done: e.target.checked };
    update();
  });
  bind("benefit-summary", (x) => {
    state.benefit_assessment = { done: Boolean(state.benefit_assessment?.done) };
    setOptional(state.benefit_assessment, "summary", x.value);
  });
  $("preferred").addEventListener("change", (e) => { setOptional(state, "preferred_candidate", e.target.value); update(); });
  $("add-requirement").addEventListener("click", () => {
    state.requirements.push({ id: `req-${state.requirements.length + 1}`, priority: "must" });
    renderForm();
    update();
    $(`req-${state.requirements.length - 1}-id`).focus();
  });
  $("add-candidate").addEventListener("click", () => {
    const n = state.candidates.length + 1;
    state.candidates.push({ id: `candidate-${n}`, name: `${t("candidate")} ${n}`, origin: "in_house", covers: [], cost: { one_off_sek: 0, yearly_sek: 0 }, strategic_importance: 3, delivery_ability: 3 });
    renderForm();
    update();
    $(`cand-${state.candidates.length - 1}-id`).focus();
  });
  $("load").addEventListener("click", () => {
    state = structuredClone(examples[Number($("example").value)].case);
    renderForm();
    update();
  });
  $("lang").addEventListener("click", () => {
    lang = lang === "sv" ? "en" : "sv";
    renderStatic();
    renderForm();
    update();
  });
  $("download-case").addEventListener("click", () => download(`${state.id || "case"}.json`, state));
  $("download-decision").addEventListener("click", () => lastDecision && download(`${state.id || "case"}-decision.json`, lastDecision));
  $("print-memo").addEventListener("click", () => { printMemo(); });
  // Fetch the documents module when a print looks likely, so the click is quick.
  const prefetch = () => { loadDocuments().catch(() => {}); };
  $("print-memo").addEventListener("pointerenter", prefetch, { once: true });
  $("print-memo").addEventListener("focus", prefetch, { once: true });
}

renderStatic();
wire();
renderForm();
update();
document.body.dataset.ready = "true";
