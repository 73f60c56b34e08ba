"""Tables for notebooks: results as a pandas DataFrame."""

from __future__ import annotations

from typing import Any, Iterable, Union

from ._errors import InvalidInput
from ._results import Decision


def to_frame(results: Iterable[Union[Decision, InvalidInput]]) -> Any:
    """A pandas DataFrame, one row per result: case, route, selected, status, and the
    number of findings per severity; an ``InvalidInput`` slot gives status ``invalid`` and
    its error code. Needs pandas (``pip install pandas``)."""
    try:
        import pandas as pd  # type: ignore[import-untyped, unused-ignore]
    except ImportError as err:  # pragma: no cover - exercised without pandas only
        raise ImportError("digipolicy.to_frame needs pandas: pip install pandas") from err
    rows = []
    for r in results:
        if isinstance(r, Decision):
            counts = r.severity_counts()
            rows.append(
                {"case_id": r.case_id, "route": r.route, "selected": r.selected, "status": r.status, "error": None, **counts}
            )
        elif isinstance(r, InvalidInput):
            rows.append(
                {
                    "case_id": None,
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
    columns = ["case_id", "route", "selected", "status", "error", "blocking", "deviation", "advice", "info"]
    return pd.DataFrame(rows, columns=columns)
