"""Tables for notebooks: results as a pandas DataFrame."""

from __future__ import annotations

from typing import Any, Iterable, List, Union

from ._errors import InvalidInput
from ._results import Decision


def to_frame(results: Iterable[Union[Decision, InvalidInput]]) -> Any:
    """A pandas DataFrame, one row per result: case, route, selected, status, the number of
    findings per severity, and one column per reviewed clause with its outcome
    (``met``, ``not_met``, ``not_known``, ``not_applicable``). An ``InvalidInput`` slot gives
    status ``invalid``, its error code and, when it could be read, the case's id. Needs pandas
    (``pip install pandas``)."""
    try:
        import pandas as pd  # type: ignore[import-untyped, unused-ignore]
    except ImportError as err:  # pragma: no cover - exercised without pandas only
        raise ImportError("digipolicy.to_frame needs pandas: pip install pandas") from err
    rows = []
    clauses: List[str] = []
    for r in results:
        if isinstance(r, Decision):
            counts = r.severity_counts()
            outcomes = {res.clause: res.outcome for res in r.review.results}
            clauses.extend(c for c in outcomes if c not in clauses)
            rows.append(
                {
                    "case_id": r.case_id,
                    "route": r.route,
                    "selected": r.selected,
                    "status": r.status,
                    "error": None,
                    **counts,
                    **outcomes,
                }
            )
        elif isinstance(r, InvalidInput):
            rows.append(
                {
                    "case_id": r.case_id,
                    "route": None,
                    "selected": None,
                    "status": "invalid",
                    "error": r.code,
                    "blocking": 0,
                    "deviation": 0,
                    "advice": 0,
                    "info": 0,
                }
            )
        else:
            raise TypeError(f"to_frame takes decisions and errors, not {type(r).__name__}")
    columns = ["case_id", "route", "selected", "status", "error", "blocking", "deviation", "advice", "info", *clauses]
    return pd.DataFrame(rows, columns=columns)
