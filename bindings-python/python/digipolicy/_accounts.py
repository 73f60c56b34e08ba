"""The yearly accounts of a year's decision records: the digitalisation and innovation views
as data, as pandas DataFrames when pandas is installed, as Markdown or HTML in Swedish or
English, and as plots with matplotlib."""

from __future__ import annotations

import functools
import json
from typing import Any, Dict, List, Mapping, Optional, Union

from . import _native
from ._text import Lang, check_lang

ROUTES = ("in_house", "market", "co_development", "own_development", "no_candidate", "blocked", "out_of_scope")
Table = Union[List[Dict[str, Any]], "Any"]


def _cited(clause: Mapping[str, Any], lang: Lang) -> str:
    """A clause of the accounts as a person cites it: its title and place, never its id."""
    sv, en = _native.format_citation(clause["clause"])
    return f"{clause['title'][lang]} ({en if lang == 'en' else sv})"


@functools.lru_cache(maxsize=1)
def _labels() -> Dict[str, Any]:
    """The core's labels of enum values (read once)."""
    labels: Dict[str, Any] = json.loads(_native.labels_json())
    return labels


def _route_name(route: str, lang: Lang) -> str:
    """A route in words in ``lang``."""
    labels: Dict[str, Dict[str, str]] = _labels()["route"]
    if route in labels:
        return labels[route][lang]

    def w(name: str) -> str:
        return _native.word(f"doc-{name}", lang) or name

    return w("plot_blocked") if route == "blocked" else w("plot_out_of_scope")


def _frame(rows: List[Dict[str, Any]]) -> Table:
    """A DataFrame when pandas is installed, else the rows as they are."""
    try:
        import pandas as pd  # type: ignore[import-untyped, unused-ignore]
    except ImportError:
        return rows
    return pd.DataFrame(rows)


class Accounts:
    """The accounts of one year (``schema("accounts")``). ``data`` is the JSON object;
    ``routes``, ``by_quarter``, ``clauses`` and ``change`` are tables (pandas DataFrames
    when pandas is installed, else lists of dicts); ``to_markdown``/``to_html`` render the
    document; ``plot()`` draws routes per quarter, compliance per clause and deviations."""

    __slots__ = ("data", "_lang")

    def __init__(self, data: Dict[str, Any], lang: Lang = "sv") -> None:
        self.data = data
        self._lang: Lang = check_lang(lang)

    @property
    def year(self) -> int:
        """The year accounted for."""
        return int(self.data["year"])

    @property
    def digitalisation(self) -> Dict[str, Any]:
        """The digitalisation accounts (*digitaliseringsbokslut*) as data."""
        return dict(self.data["digitalisation"])

    @property
    def innovation(self) -> Dict[str, Any]:
        """The innovation accounts (*innovationsbokslut*) as data."""
        return dict(self.data["innovation"])

    @property
    def previous(self) -> Optional[Dict[str, Any]]:
        """The year before (both views), when its records were given."""
        previous: Optional[Dict[str, Any]] = self.data["previous"]
        return previous

    @property
    def routes(self) -> Table:
        """Requests per route, this year and (when given) the year before."""
        rows = []
        before = (self.previous or {}).get("digitalisation", {}).get("routes", {})
        for route in ROUTES:
            row: Dict[str, Any] = {
                "route": route,
                "name": _route_name(route, self._lang),
                "requests": self.data["digitalisation"]["routes"][route],
            }
            if self.previous is not None:
                row["previous_year"] = before.get(route, 0)
            rows.append(row)
        return _frame(rows)

    @property
    def by_quarter(self) -> Table:
        """Requests and routes per quarter: one row per quarter."""
        return _frame(
            [{"quarter": q["quarter"], "requests": q["requests"], **q["routes"]} for q in self.data["digitalisation"]["by_quarter"]]
        )

    @property
    def clauses(self) -> Table:
        """Per clause and view: met, not met, not known, not applicable, and the title."""
        rows = []
        for view in ("digitalisation", "innovation"):
            for c in self.data[view]["clauses"]:
                rows.append(
                    {
                        "view": view,
                        "clause": c["clause"],
                        "title": c["title"][self._lang],
                        "cited": _cited(c, self._lang),
                        "met": c["met"],
                        "not_met": c["not_met"],
                        "not_known": c["not_known"],
                        "not_applicable": c["not_applicable"],
                    }
                )
        return _frame(rows)

    @property
    def left_out(self) -> Table:
        """The records left out, as listed (duplicates and records that do not verify): the
        place among those given, the case id, the reason, and what verification found."""
        return _frame(
            [
                {
                    "record": l["record"],
                    "case_id": l["case_id"],
                    "reason": l["reason"],
                    "same_as": l["same_as"],
                    "differences": "; ".join(d[self._lang] for d in l["differences"]),
                }
                for l in self.data["left_out"]
            ]
        )

    @property
    def change(self) -> Table:
        """The change of every count from the year before (empty without it)."""
        return _frame([dict(c) for c in self.data["change"]])

    def to_dict(self) -> Dict[str, Any]:
        """The accounts as the contract's JSON object."""
        copy: Dict[str, Any] = json.loads(json.dumps(self.data))
        return copy

    def to_json(self) -> str:
        """The accounts as canonical JSON (what ``digipolicy accounts --format json`` prints)."""
        return json.dumps(self.data, ensure_ascii=False, indent=2) + "\n"

    def to_markdown(self, lang: Optional[Lang] = None) -> str:
        """The accounts as Markdown in ``lang`` (the object's language by default)."""
        return _native.accounts_document(json.dumps(self.data), check_lang(lang or self._lang), "md")

    def to_html(self, lang: Optional[Lang] = None) -> str:
        """The accounts as a self-contained printable HTML page in ``lang``."""
        return _native.accounts_document(json.dumps(self.data), check_lang(lang or self._lang), "html")

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def plot(self, lang: Optional[Lang] = None) -> Any:
        """Three charts in one figure for a board: routes per quarter, the outcome per clause
        (by the clause's title and place, never its id), and deviations justified against
        open. Every chart is titled and its axes labelled; legends sit outside the data;
        colours say what they mean (blue met or justified, orange not met or open, grey not
        known, white not applicable), from a palette colour-blind readers tell apart, and
        patterns keep them apart in greyscale. Needs matplotlib; returns the figure."""
        import matplotlib.pyplot as plt  # type: ignore[import-untyped, unused-ignore]

        lang = check_lang(lang or self._lang)
        labels = _labels()

        def w(name: str) -> str:
            return _native.word(f"doc-{name}", lang) or name

        # Okabe–Ito colours (told apart by colour-blind readers), with hatching for greyscale.
        route_style = {
            "in_house": ("#0072B2", ""),
            "market": ("#56B4E9", ".."),
            "co_development": ("#009E73", "//"),
            "own_development": ("#F0E442", "\\\\"),
            "no_candidate": ("#CC79A7", "xx"),
            "blocked": ("#D55E00", "--"),
            "out_of_scope": ("#FFFFFF", "oo"),
        }
        outcome_style = {
            "met": ("#0072B2", ""),
            "not_met": ("#D55E00", "//"),
            "not_known": ("#BBBBBB", ".."),
            "not_applicable": ("#FFFFFF", ""),
        }
        from matplotlib.ticker import MaxNLocator  # type: ignore[import-untyped, unused-ignore]

        right: Dict[str, Any] = {"loc": "upper left", "bbox_to_anchor": (1.02, 1.0), "frameon": False, "fontsize": "small"}
        fig = plt.figure(figsize=(13, 11), layout="constrained")
        axes = fig.subplot_mosaic([["routes", "deviations"], ["clauses", "clauses"]], height_ratios=[1, 1.3], width_ratios=[1.4, 1])
        ax1, ax2, ax3 = axes["routes"], axes["clauses"], axes["deviations"]
        title = w("accounts_title")
        fig.suptitle(f"{title} {self.year}")
        quarters = self.data["digitalisation"]["by_quarter"]
        bottom = [0] * len(quarters)
        for route in ROUTES:
            values = [q["routes"][route] for q in quarters]
            colour, hatch = route_style[route]
            ax1.bar([f"Q{q['quarter']}" for q in quarters], values, bottom=bottom, label=_route_name(route, lang), color=colour, hatch=hatch, edgecolor="#333333", linewidth=0.6)
            bottom = [b + v for b, v in zip(bottom, values)]
        routes_title = w("plot_routes_by_quarter")
        ax1.set_title(f"{routes_title} {self.year}")
        ax1.set_xlabel(w("plot_quarter"))
        ax1.set_ylabel(w("plot_requests"))
        ax1.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax1.legend(ncol=1, **right)
        clauses = [c for view in ("digitalisation", "innovation") for c in self.data[view]["clauses"]]
        names = [_cited(c, lang) for c in clauses]
        left = [0] * len(clauses)
        for key in ("met", "not_met", "not_known", "not_applicable"):
            values = [c[key] for c in clauses]
            colour, hatch = outcome_style[key]
            ax2.barh(names, values, left=left, label=labels["outcome"][key][lang], color=colour, hatch=hatch, edgecolor="#333333", linewidth=0.6)
            left = [a + b for a, b in zip(left, values)]
        ax2.invert_yaxis()
        ax2.tick_params(axis="y", labelsize="x-small")
        ax2.set_title(w("plot_outcome_per_clause"))
        ax2.set_xlabel(w("plot_requests"))
        ax2.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax2.legend(ncol=1, **right)
        views = [w("plot_digitalisation"), w("plot_innovation")]
        justified = [self.data[v]["deviations"]["justified"] for v in ("digitalisation", "innovation")]
        open_ = [self.data[v]["deviations"]["open"] for v in ("digitalisation", "innovation")]
        ax3.bar(views, justified, label=w("plot_justified"), color="#0072B2", edgecolor="#333333", linewidth=0.6)
        ax3.bar(views, open_, bottom=justified, label=w("plot_open"), color="#D55E00", hatch="//", edgecolor="#333333", linewidth=0.6)
        ax3.set_title(w("plot_deviations"))
        ax3.tick_params(axis="x", labelsize="small")
        ax3.set_ylabel(w("plot_deviation_count"))
        ax3.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax3.legend(ncol=1, **right)
        return fig

    def __repr__(self) -> str:
        d = self.data["digitalisation"]
        r = self.data["records"]
        left_out = r["duplicates"] + r["unverified"]
        return f"<Accounts {self.year}: {d['requests']} requests, {d['routes']['blocked']} blocked, {left_out} records left out>"
