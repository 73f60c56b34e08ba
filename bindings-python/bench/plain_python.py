"""The §5.9 rules as an analyst would write them in plain Python, for the benchmark only.

Strict stage order, meets the need = every `must` covered, co-development before solo
development, the weighted ranking (floats) with the contract's tie-breaks. It returns the
route, the selection and each candidate's missing requirements and rank; it writes no
explanations, findings or review, so it does less than digipolicy.
"""

from typing import Any, Dict, List, Optional, Tuple


def decide(case: Dict[str, Any], weights: Tuple[float, float, float] = (1.0, 1.0, 1.0)) -> Dict[str, Any]:
    horizon = case.get("horizon_years", 5)
    musts = [r["id"] for r in case["requirements"] if r["priority"] == "must"]
    shoulds = {r["id"] for r in case["requirements"] if r["priority"] == "should"}
    rows = []
    for c in case.get("candidates", []):
        covers = set(c.get("covers", []))
        missing = [m for m in musts if m not in covers]
        tco = c["cost"]["one_off_sek"] + c["cost"]["yearly_sek"] * horizon
        origin = c["origin"]
        tier = {"in_house": 0, "market": 1}.get(origin, 2 if c.get("partners") else 3)
        rows.append({"c": c, "missing": missing, "tco": tco, "tier": tier, "should": len(covers & shoulds)})
    meeting = [r for r in rows if not r["missing"]]
    min_tco: Dict[str, int] = {}
    for r in meeting:
        o = r["c"]["origin"]
        min_tco[o] = min(min_tco.get(o, r["tco"]), r["tco"])
    wc, ws, wd = weights
    for r in meeting:
        cost = 1.0 if r["tco"] == 0 else min_tco[r["c"]["origin"]] / r["tco"]
        s = (r["c"]["strategic_importance"] - 1) / 4
        d = (r["c"]["delivery_ability"] - 1) / 4
        r["total"] = (wc * cost + ws * s + wd * d) / (wc + ws + wd)
    meeting.sort(key=lambda r: (r["tier"], -r["total"], -r["should"], r["tco"], r["c"]["id"]))
    ranks = {r["c"]["id"]: i + 1 for i, r in enumerate(meeting)}
    selected: Optional[Dict[str, Any]] = meeting[0] if meeting else None
    route = "no_candidate"
    if selected is not None:
        route = ["in_house", "market", "co_development", "own_development"][selected["tier"]]
    candidates: List[Dict[str, Any]] = [
        {"id": r["c"]["id"], "missing": r["missing"], "rank": ranks.get(r["c"]["id"])} for r in rows
    ]
    return {
        "case_id": case["id"],
        "route": route,
        "selected": selected["c"]["id"] if selected else None,
        "status": "ready" if case.get("benefit_assessment", {}).get("done") else "blocked",
        "candidates": candidates,
    }
