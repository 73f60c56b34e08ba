"""A small typed usage of the API, checked by mypy --strict in test_stubs.py."""

from typing import List, Optional, Union

import digipolicy


def routes(paths: List[str]) -> List[Optional[str]]:
    out: List[Optional[str]] = []
    results: List[Union[digipolicy.Decision, digipolicy.InvalidInput]] = digipolicy.decide_many(paths)
    for r in results:
        if isinstance(r, digipolicy.Decision):
            out.append(r.selected)
            first: digipolicy.CandidateResult = r.candidates[0]
            score: Optional[float] = first.scores.total if first.scores else None
            del score
        else:
            code: str = r.code
            del code
    return out


def one() -> Optional[str]:
    d = digipolicy.decide({"id": "x"}, lang="en", as_of="2022-03-01")
    return d.route
