// A typed usage of the package, checked by `tsc --noEmit` in the tests.
import {
  decide, review, scope, classify, createPolicy, schema,
  type Case, type Decision, type DigipolicyError,
} from "digipolicy";

const c: Case = {
  id: "2025-001",
  title: "Video consultations",
  requirements: [{ id: "video", priority: "must" }],
  benefit_assessment: { done: true },
  candidates: [
    {
      id: "a",
      name: "A",
      origin: "in_house",
      covers: ["video"],
      cost: { one_off_sek: 0, yearly_sek: 10 },
      strategic_importance: 3,
      delivery_ability: 4,
    },
  ],
};
const d: Decision = decide(c, { asOf: "2026-11-23" });
// `null` when the case is out of scope (policy §2).
const route: "in_house" | "market" | "co_development" | "own_development" | "no_candidate" | null | undefined = d.route;
const status: "ready" | "blocked" | "out_of_scope" = d.status;
const asOf: string | null | undefined = d.as_of;
const selected: string | null | undefined = d.selected;
const first = d.findings[0];
const sv: string | undefined = first?.message.sv;
const met: number = review(c).counts.met;
const applies: boolean = scope({ kind: "council_company" }).applies;
const cls: string = classify({ id: "i", title: "t", novelty: "new", in_practice: true }).class;
const bound = createPolicy("{}");
const again: Decision = bound.decide(c);
const s: Record<string, unknown> = schema("case");
try {
  decide(c);
} catch (e) {
  const err = e as DigipolicyError;
  const path: string = err.path;
  void path;
}
void [route, status, asOf, selected, sv, met, applies, cls, again, s];
