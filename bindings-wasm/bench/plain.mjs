// The §5.9 rules as a developer would write them in plain JavaScript, for the benchmark only
// (issue 11's reference; the same rules as bindings-python/bench/plain_python.py): strict
// stage order, meets the need = every `must` covered, co-development before solo
// development, the weighted ranking (floats) with the contract's tie-breaks. It returns the
// route, the selection and each candidate's missing requirements and rank; it writes no
// explanation, finding or review, so it does less than digipolicy.
export function decide(kase, weights = [1, 1, 1]) {
  const horizon = kase.horizon_years ?? 5;
  const musts = kase.requirements.filter((r) => r.priority === "must").map((r) => r.id);
  const shoulds = new Set(kase.requirements.filter((r) => r.priority === "should").map((r) => r.id));
  const rows = (kase.candidates ?? []).map((c) => {
    const covers = new Set(c.covers ?? []);
    const missing = musts.filter((m) => !covers.has(m));
    const tco = c.cost.one_off_sek + c.cost.yearly_sek * horizon;
    const tier = c.origin === "in_house" ? 0 : c.origin === "market" ? 1 : c.partners?.length ? 2 : 3;
    const should = [...covers].filter((x) => shoulds.has(x)).length;
    return { c, missing, tco, tier, should, total: 0 };
  });
  const meeting = rows.filter((r) => r.missing.length === 0);
  const minTco = {};
  for (const r of meeting) minTco[r.c.origin] = Math.min(minTco[r.c.origin] ?? r.tco, r.tco);
  const [wc, ws, wd] = weights;
  for (const r of meeting) {
    const cost = r.tco === 0 ? 1 : minTco[r.c.origin] / r.tco;
    r.total = (wc * cost + (ws * (r.c.strategic_importance - 1)) / 4 + (wd * (r.c.delivery_ability - 1)) / 4) / (wc + ws + wd);
  }
  meeting.sort((a, b) => a.tier - b.tier || b.total - a.total || b.should - a.should || a.tco - b.tco || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));
  const ranks = new Map(meeting.map((r, i) => [r.c.id, i + 1]));
  const selected = meeting[0] ?? null;
  const route = selected ? ["in_house", "market", "co_development", "own_development"][selected.tier] : "no_candidate";
  return {
    case_id: kase.id,
    route,
    selected: selected ? selected.c.id : null,
    candidates: rows.map((r) => ({ id: r.c.id, missing: r.missing, rank: ranks.get(r.c.id) ?? null })),
  };
}
