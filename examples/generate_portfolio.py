"""Generates a reproducible year of requests for new IT support (a few hundred cases) for
the portfolio notebook and for what-if runs.

    python examples/generate_portfolio.py > cases.jsonl          # 320 cases, seed 2025
    python examples/generate_portfolio.py --n 1000 --seed 7 > more.jsonl

Each case id carries its quarter: ``2025-Q3-117``. The data are invented but shaped like a
region's year: most needs are met in-house or on the market, some are co-developed, a few
lack a benefit assessment or were procured on closed specifications.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from typing import Any, Dict, List

NEEDS = [
    ("Video consultations", ["video", "bankid", "record"]),
    ("E-signing of agreements", ["signature", "bankid", "archive"]),
    ("Patient-flow overview", ["beds", "ambulance-feed", "forecast"]),
    ("Online booking", ["booking", "reminder", "record"]),
    ("Staff scheduling", ["rota", "swap", "payroll"]),
    ("Digital pathology viewer", ["slides", "lis", "second-opinion"]),
    ("Travel planner for passengers", ["realtime", "tickets", "accessibility"]),
    ("Remote monitoring of chronic illness", ["devices", "alerts", "record"]),
    ("Invoice scanning", ["ocr", "approval", "erp"]),
    ("Chat triage", ["triage", "languages", "handover"]),
]
UNITS = [
    "Primary care administration",
    "Acute care administration",
    "Traffic administration",
    "Folktandvården",
    "Karolinska University Hospital",
    "Södersjukhuset",
    "Region administration",
    "Habilitation and health",
]
PARTNERS = ["Region Skåne", "Västra Götalandsregionen", "Region Östergötland", "Region Uppsala", "Region Västmanland"]


def _case(rng: random.Random, quarter: int, number: int) -> Dict[str, Any]:
    title, musts = rng.choice(NEEDS)
    shoulds = ["mobile", "english-ui", "statistics", "open-api"][: rng.randint(0, 3)]
    requirements = [{"id": r, "priority": "must"} for r in musts] + [{"id": r, "priority": "should"} for r in shoulds]
    candidates: List[Dict[str, Any]] = []
    for i in range(rng.randint(1, 5)):
        origin = rng.choices(["in_house", "market", "development"], weights=[4, 5, 2])[0]
        covers = [r for r in musts if rng.random() < 0.8] + [r for r in shoulds if rng.random() < 0.5]
        cand: Dict[str, Any] = {
            "id": f"c{i + 1}",
            "name": f"{ {'in_house': 'In-house', 'market': 'Vendor', 'development': 'Build'}[origin]} option {i + 1}",
            "origin": origin,
            "covers": covers,
            "cost": {
                "one_off_sek": rng.randrange(0, 5_000_000, 10_000) if origin != "in_house" else rng.randrange(0, 400_000, 10_000),
                "yearly_sek": rng.randrange(20_000, 900_000, 10_000),
            },
            "strategic_importance": rng.randint(1, 5),
            "delivery_ability": rng.randint(1, 5),
        }
        if rng.random() < 0.85:
            cand["innovation_assessed"] = rng.random() < 0.9
        if origin == "market" and rng.random() < 0.9:
            cand["allows_new_solutions"] = rng.random() < 0.85
        if origin == "development" and rng.random() < 0.6:
            cand["partners"] = rng.sample(PARTNERS, rng.randint(1, 2))
        candidates.append(cand)
    case: Dict[str, Any] = {
        "id": f"2025-Q{quarter}-{number:03d}",
        "title": title,
        "unit": rng.choice(UNITS),
        "horizon_years": rng.choice([3, 5, 5, 5, 8, 10]),
        "requirements": requirements,
        "candidates": candidates,
    }
    if rng.random() < 0.92:
        case["benefit_assessment"] = {"done": rng.random() < 0.95}
    if rng.random() < 0.4:
        case["preferred_candidate"] = rng.choice(candidates)["id"]
    if rng.random() < 0.7:
        case["evidence"] = {
            "citizen_need_described": rng.random() < 0.85,
            "users_involved_early": rng.random() < 0.75,
            "standards_applied": rng.random() < 0.9,
            "open_interfaces": rng.random() < 0.7,
            "implementation_plan": rng.random() < 0.65,
            "information_classified": rng.random() < 0.8,
        }
    return case


def generate(n: int = 320, seed: int = 2025) -> List[Dict[str, Any]]:
    """``n`` cases spread over the four quarters, the same for the same seed."""
    rng = random.Random(seed)
    return [_case(rng, 1 + i * 4 // n, i + 1) for i in range(n)]


def generate_year(year: int, n: int = 240, seed: int = 2020) -> List[Dict[str, Any]]:
    """``n`` cases of one year, each with its ``decided_on`` spread over the year (ids like
    ``2020-Q3-117``), the same for the same seed: what the yearly accounts count."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        quarter = 1 + i * 4 // n
        case = _case(rng, quarter, i + 1)
        case["id"] = f"{year}-Q{quarter}-{i + 1:03d}"
        month = 3 * (quarter - 1) + rng.randint(1, 3)
        case["decided_on"] = f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
        out.append(case)
    return out


JUSTIFICATIONS = [
    "Beslutat av förvaltningsledningen: behovet är akut och avvikelsen rättas vid nästa upphandling.",
    "Ramavtalet medger inte varianter; nästa avrop efterfrågar nya lösningar.",
    "Innovationsbedömningen görs i projektets förstudie, som redan är beställd.",
]


def with_justifications(
    cases: List[Dict[str, Any]], decisions: List[Any], share: float = 0.5, seed: int = 7
) -> List[Dict[str, Any]]:
    """The cases with a recorded justification for about ``share`` of the deviations their
    decisions left open (comply or explain); ``decisions`` are ``decide_many``'s results for
    ``cases`` in the same order. A justification names the deviation's clause, candidate and
    code, so it always matches."""
    rng = random.Random(seed)
    out = []
    for case, decision in zip(cases, decisions):
        case = dict(case)
        for deviation in getattr(decision, "open_deviations", []):
            if rng.random() < share:
                justification = {"clause": deviation.clause, "text": rng.choice(JUSTIFICATIONS)}
                if deviation.candidate:
                    justification["candidate"] = deviation.candidate
                if deviation.code:
                    justification["code"] = deviation.code
                case.setdefault("justifications", []).append(justification)
        out.append(case)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=320)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()
    for case in generate(args.n, args.seed):
        sys.stdout.write(json.dumps(case, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
