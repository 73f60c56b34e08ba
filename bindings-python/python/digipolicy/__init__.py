"""digipolicy: Stockholm County Council's 2016 policy for innovation and digitalisation as an
explainable decision API.

    >>> import digipolicy
    >>> d = digipolicy.decide("examples/video-consultations-in-house.json")
    >>> d.route, d.selected
    ('in_house', 'region-video')

Every rule lives in the Rust core; this package converts and forwards. Cases, organisations
and initiatives are given as dicts, JSON strings or paths to JSON files.
"""

from __future__ import annotations

import html
import json
import os
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Literal, Mapping, NoReturn, Optional, Tuple, Union

from . import _native

__all__ = [
    "CandidateResult",
    "Classification",
    "Decision",
    "EvidenceItem",
    "Finding",
    "InvalidCase",
    "InvalidInitiative",
    "InvalidInput",
    "InvalidOrganisation",
    "InvalidPolicy",
    "Policy",
    "PolicyRef",
    "PrincipleResult",
    "Problem",
    "Review",
    "Scope",
    "Scores",
    "Text",
    "TraceStep",
    "align",
    "classify",
    "compare",
    "decide",
    "decide_many",
    "review",
    "schema",
    "scope",
    "sensitivity",
    "to_frame",
]

__version__: str = _native.version()

Lang = Literal["sv", "en"]
Input = Union[Mapping[str, Any], str, bytes, "os.PathLike[str]"]


# --------------------------------------------------------------------------- errors


@dataclass(frozen=True)
class Problem:
    """One problem with an input: a stable code, the JSON path of the field, a message."""

    code: str
    path: str
    message: str
    hint: Optional[str] = None

    def __str__(self) -> str:
        text = f"{self.path}: {self.message}" if self.path else self.message
        return f"{text} (hint: {self.hint})" if self.hint else text


class InvalidInput(ValueError):
    """An input the library rejects. ``code`` and ``path`` name the first problem;
    ``errors()`` lists every problem in document order."""

    def __init__(self, report: Mapping[str, Any]) -> None:
        super().__init__(report.get("message", "invalid input"))
        self._report = dict(report)

    @property
    def code(self) -> str:
        """The stable code of the first problem, e.g. ``unknown-requirement``."""
        return str(self._report.get("code", ""))

    @property
    def path(self) -> str:
        """The JSON path of the first problem, e.g. ``candidates[2].covers[0]``."""
        return str(self._report.get("path", ""))

    @property
    def input(self) -> str:
        """Which input was at fault: ``case``, ``policy``, ``organisation`` or ``initiative``."""
        return str(self._report.get("input", ""))

    def errors(self) -> List[Problem]:
        """Every problem, in document order."""
        return [
            Problem(p["code"], p["path"], p["message"], p.get("hint")) for p in self._report.get("errors", [])
        ]

    def to_dict(self) -> Dict[str, Any]:
        """The error report as the contract's JSON object."""
        return dict(self._report)

    def __reduce__(self) -> Tuple[Any, ...]:
        return (type(self), (self._report,))


class InvalidCase(InvalidInput):
    """The case is not valid under the contract."""


class InvalidPolicy(InvalidInput):
    """The policy pack is not valid."""


class InvalidOrganisation(InvalidInput):
    """The organisation (policy §2) is not valid."""


class InvalidInitiative(InvalidInput):
    """The initiative (policy §3) is not valid."""


_ERRORS = {
    "case": InvalidCase,
    "policy": InvalidPolicy,
    "organisation": InvalidOrganisation,
    "initiative": InvalidInitiative,
}


def _loads(text: str) -> Dict[str, Any]:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise TypeError("expected a JSON object")
    return value


def _error(report_json: str) -> InvalidInput:
    report = _loads(report_json)
    return _ERRORS.get(report.get("input", ""), InvalidInput)(report)


def _raise(err: Exception) -> NoReturn:
    if isinstance(err, _native.InputError):
        raise _error(str(err.args[0])) from None
    raise err


def _text(obj: Input, what: str) -> str:
    """The JSON text of an input given as a mapping, JSON text, bytes or a path."""
    if isinstance(obj, Mapping):
        return json.dumps(obj, ensure_ascii=False)
    if isinstance(obj, bytes):
        return obj.decode("utf-8")
    if isinstance(obj, str):
        if obj.lstrip()[:1] in ("{", "["):
            return obj
        with open(obj, encoding="utf-8") as f:
            return f.read()
    if isinstance(obj, os.PathLike):
        with open(os.fspath(obj), encoding="utf-8") as f:
            return f.read()
    raise TypeError(f"{what} must be a dict, a JSON string or a path, not {type(obj).__name__}")


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Text:
    """A text in Swedish and English."""

    sv: str
    en: str

    def get(self, lang: Lang = "sv") -> str:
        """The wording in ``lang``."""
        return self.en if lang == "en" else self.sv

    @classmethod
    def _of(cls, d: Mapping[str, Any]) -> "Text":
        return cls(d["sv"], d["en"])


@dataclass(frozen=True)
class PolicyRef:
    """The pack that produced a result."""

    id: str
    version: str


@dataclass(frozen=True)
class Scores:
    """Scores within a stage, each 0–1, rounded to four decimals for display."""

    cost: float
    strategic_importance: float
    delivery_ability: float
    total: float


@dataclass(frozen=True)
class CandidateResult:
    """How one candidate fared."""

    id: str
    stage: str
    co_development: bool
    meets_need: bool
    missing: Tuple[str, ...]
    should_covered: int
    tco_sek: int
    rank: Optional[int]
    scores: Optional[Scores]

    @classmethod
    def _of(cls, d: Mapping[str, Any]) -> "CandidateResult":
        s = d["scores"]
        return cls(
            d["id"],
            d["stage"],
            d["co_development"],
            d["meets_need"],
            tuple(d["missing"]),
            d["should_covered"],
            d["tco_sek"],
            d["rank"],
            Scores(**s) if s is not None else None,
        )


@dataclass(frozen=True)
class Finding:
    """Something the reader must know, citing its clause."""

    clause: str
    code: str
    severity: str
    candidate: Optional[str]
    message: Text

    @classmethod
    def _of(cls, d: Mapping[str, Any]) -> "Finding":
        return cls(d["clause"], d["code"], d["severity"], d["candidate"], Text._of(d["message"]))


@dataclass(frozen=True)
class TraceStep:
    """One step of the decision."""

    clause: str
    code: str
    message: Text

    @classmethod
    def _of(cls, d: Mapping[str, Any]) -> "TraceStep":
        return cls(d["clause"], d["code"], Text._of(d["message"]))


@dataclass(frozen=True)
class EvidenceItem:
    """One piece of evidence a principle used."""

    field: str
    value: Optional[bool]
    force: str
    label: Text

    @classmethod
    def _of(cls, d: Mapping[str, Any]) -> "EvidenceItem":
        return cls(d["field"], d["value"], d["force"], Text._of(d["label"]))


@dataclass(frozen=True)
class PrincipleResult:
    """The result of one principle or rule."""

    clause: str
    outcome: str
    severity: Optional[str]
    evidence: Tuple[EvidenceItem, ...]
    missing_evidence: Tuple[str, ...]
    message: Text

    @classmethod
    def _of(cls, d: Mapping[str, Any]) -> "PrincipleResult":
        return cls(
            d["clause"],
            d["outcome"],
            d["severity"],
            tuple(EvidenceItem._of(e) for e in d["evidence"]),
            tuple(d["missing_evidence"]),
            Text._of(d["message"]),
        )


@dataclass(frozen=True)
class Review:
    """A case against every governing principle and rule."""

    case_id: str
    policy: PolicyRef
    results: Tuple[PrincipleResult, ...]
    missing_evidence: Tuple[str, ...]
    counts: Dict[str, int]

    def result(self, clause: str) -> Optional[PrincipleResult]:
        """The result for ``clause``, e.g. ``policy:5.1``."""
        return next((r for r in self.results if r.clause == clause), None)

    @classmethod
    def _of(cls, d: Mapping[str, Any]) -> "Review":
        return cls(
            d["case_id"],
            PolicyRef(**d["policy"]),
            tuple(PrincipleResult._of(r) for r in d["results"]),
            tuple(d["missing_evidence"]),
            dict(d["counts"]),
        )


@dataclass(frozen=True)
class Scope:
    """Whether and how the policy applies to an organisation (policy §2)."""

    clause: str
    organisation: Optional[str]
    kind: str
    applies: bool
    binds_through: str
    overrides_local_documents: bool
    result: PrincipleResult

    @classmethod
    def _of(cls, d: Mapping[str, Any]) -> "Scope":
        return cls(
            d["clause"],
            d["organisation"],
            d["kind"],
            d["applies"],
            d["binds_through"],
            d["overrides_local_documents"],
            PrincipleResult._of(d["result"]),
        )


@dataclass(frozen=True)
class Classification:
    """An initiative under the definition of innovation (policy §3, §3.1). ``class_`` is
    the JSON field ``class``."""

    initiative_id: str
    class_: str
    clause: str
    message: Text

    @classmethod
    def _of(cls, d: Mapping[str, Any]) -> "Classification":
        return cls(d["initiative_id"], d["class"], d["clause"], Text._of(d["message"]))


def _decision_from_json(text: str, lang: Lang = "sv") -> "Decision":
    return Decision(_native.Decision.from_json(text), lang)


class Decision:
    """What the policy requires for a case. Read-only; ``to_dict()`` and ``to_json()`` give
    the contract's JSON; in a notebook it shows as a card (``lang`` sets its language)."""

    __slots__ = ("_native", "_lang", "_data")

    def __init__(self, native: _native.Decision, lang: Lang = "sv") -> None:
        self._native = native
        self._lang: Lang = lang
        self._data: Optional[Dict[str, Any]] = None

    def _d(self) -> Dict[str, Any]:
        if self._data is None:
            self._data = _loads(self._native.to_json())
        return self._data

    @property
    def case_id(self) -> str:
        """The case's id."""
        return self._native.case_id

    @property
    def route(self) -> str:
        """``in_house``, ``market``, ``co_development``, ``own_development`` or ``no_candidate``."""
        return self._native.route

    @property
    def selected(self) -> Optional[str]:
        """The selected candidate's id, or ``None``."""
        return self._native.selected

    @property
    def status(self) -> str:
        """``ready``, or ``blocked`` when a SHALL precondition is missing."""
        return self._native.status

    @property
    def policy(self) -> PolicyRef:
        """The pack that decided."""
        return PolicyRef(**self._d()["policy"])

    @property
    def horizon_years(self) -> int:
        """The years over which cost was compared."""
        return int(self._d()["horizon_years"])

    @property
    def candidates(self) -> Tuple[CandidateResult, ...]:
        """One result per input candidate, in input order."""
        return tuple(CandidateResult._of(c) for c in self._d()["candidates"])

    @property
    def findings(self) -> Tuple[Finding, ...]:
        """Blocking problems, deviations, advice and information, each citing its clause."""
        return tuple(Finding._of(f) for f in self._d()["findings"])

    @property
    def missing_evidence(self) -> Tuple[str, ...]:
        """The fields still needed before the decision can be taken."""
        return tuple(self._d()["missing_evidence"])

    @property
    def trace(self) -> Tuple[TraceStep, ...]:
        """The steps taken, in order."""
        return tuple(TraceStep._of(s) for s in self._d()["trace"])

    @property
    def review(self) -> Review:
        """The case against every governing principle."""
        return Review._of(self._d()["review"])

    def severity_counts(self) -> Dict[str, int]:
        """How many findings of each severity."""
        b, d, a, i = self._native.severity_counts()
        return {"blocking": b, "deviation": d, "advice": a, "info": i}

    def to_dict(self) -> Dict[str, Any]:
        """The decision as the contract's JSON object (a fresh copy)."""
        return _loads(self._native.to_json())

    def to_json(self) -> str:
        """The decision as the library's canonical JSON, identical in every runtime."""
        return self._native.to_json()

    def __repr__(self) -> str:
        target = f" → {self.selected}" if self.selected else ""
        n = sum(self.severity_counts().values())
        return f"<Decision {self.case_id}: {self.route}{target} ({self.status}), {n} findings>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Decision) and self.to_json() == other.to_json()

    def __hash__(self) -> int:
        return hash(self.to_json())

    def __reduce__(self) -> Tuple[Any, ...]:
        return (_decision_from_json, (self.to_json(), self._lang))

    def to_html(self, lang: Optional[Lang] = None) -> str:
        """The decision as an HTML card: route, selection, ranking, findings, gaps."""
        lang = lang or self._lang
        d = self._d()

        def t(sv: str, en: str) -> str:
            return en if lang == "en" else sv

        e = html.escape
        colours = {"blocking": "#8b0000", "deviation": "#9a4a00", "advice": "#00507a", "info": "#3d3d3d"}
        rows = []
        for c in sorted(d["candidates"], key=lambda c: (c["rank"] is None, c["rank"] or 0, c["id"])):
            s = c["scores"]
            total = f"{s['total']:.4f}" if s else "–"
            rows.append(
                f"<tr><td>{c['rank'] or '–'}</td><td>{e(c['id'])}</td><td>{e(c['stage'])}"
                f"{' +' if c['co_development'] else ''}</td><td>{t('ja', 'yes') if c['meets_need'] else t('nej', 'no')}</td>"
                f"<td style='text-align:right'>{c['tco_sek']:,}</td><td>{total}</td>"
                f"<td>{e(', '.join(c['missing']))}</td></tr>"
            )
        findings = "".join(
            f"<li><strong style='color:{colours.get(f['severity'], '#000')}'>{e(f['severity'])}</strong> "
            f"<code>{e(f['clause'])}</code> {e(f['message'][lang])}</li>"
            for f in d["findings"]
        )
        status = t("klart för beslut", "ready for decision") if d["status"] == "ready" else t(
            "blockerat: vägen är preliminär", "blocked: the route is provisional"
        )
        head = (
            f"<th>{t('plats', 'rank')}</th><th>{t('alternativ', 'candidate')}</th><th>{t('steg', 'stage')}</th>"
            f"<th>{t('möter behovet', 'meets need')}</th><th>TCO (SEK)</th><th>{t('totalt', 'total')}</th>"
            f"<th>{t('saknar', 'missing')}</th>"
        )
        return (
            "<div class='digipolicy-decision' style='border:1px solid #888;padding:0.6em;border-radius:6px'>"
            f"<div><strong>{t('Ärende', 'Case')} {e(d['case_id'])}</strong> · {e(d['policy']['id'])} "
            f"{e(d['policy']['version'])}</div>"
            f"<div>{t('Väg', 'Route')}: <strong>{e(d['route'])}</strong> · {t('Valt', 'Selected')}: "
            f"<strong>{e(d['selected'] or '–')}</strong> · {status}</div>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"<div>{t('Iakttagelser', 'Findings')}</div><ul>{findings}</ul></div>"
        )

    def _repr_html_(self) -> str:
        return self.to_html()


# --------------------------------------------------------------------------- the policy


class Policy:
    """A compiled policy pack: build it once, share it between threads, decide with it."""

    __slots__ = ("_native",)

    def __init__(self, native: _native.Policy) -> None:
        self._native = native

    @classmethod
    def default(cls) -> "Policy":
        """The embedded pack: SLL 2016."""
        return _DEFAULT

    @classmethod
    def from_json(cls, pack: Input) -> "Policy":
        """A pack from a dict, JSON text or a path; raises ``InvalidPolicy`` when invalid."""
        try:
            return cls(_native.Policy.from_json(_text(pack, "pack")))
        except _native.InputError as err:
            _raise(err)

    @property
    def id(self) -> str:
        """The pack's id."""
        return self._native.id

    @property
    def version(self) -> str:
        """The pack's version."""
        return self._native.version

    @property
    def pack(self) -> Dict[str, Any]:
        """The pack as data."""
        return _loads(self._native.pack_json())

    def decide(self, case: Input, *, lang: Lang = "sv") -> Decision:
        """Decides a case; raises ``InvalidCase`` with every problem when it is invalid."""
        try:
            return Decision(self._native.decide(_text(case, "case")), lang)
        except _native.InputError as err:
            _raise(err)

    def decide_many(
        self,
        cases: Iterable[Input],
        *,
        errors: Literal["return", "raise"] = "return",
        threads: Optional[int] = None,
        lang: Lang = "sv",
    ) -> List[Union[Decision, InvalidInput]]:
        """Decides many cases in parallel without holding the GIL; results in input order.
        A bad case does not lose the others: its slot holds its ``InvalidCase`` (or, with
        ``errors="raise"``, the first one is raised)."""
        if errors not in ("return", "raise"):
            raise ValueError(f"errors must be 'return' or 'raise', not {errors!r}")
        texts = [_text(c, "case") for c in cases]
        n = threads if threads is not None else (os.cpu_count() or 1)
        out: List[Union[Decision, InvalidInput]] = []
        for slot in self._native.decide_many(texts, max(1, n)):
            if isinstance(slot, str):
                err = _error(slot)
                if errors == "raise":
                    raise err
                out.append(err)
            else:
                out.append(Decision(slot, lang))
        return out

    def run(
        self,
        operation: Literal["decide", "review", "scope", "classify", "compare", "sensitivity", "align"],
        obj: Union[Input, List[Any]],
    ) -> Dict[str, Any]:
        """Runs an operation and returns its result as the contract's JSON object: the raw
        form of every operation of the library."""
        text = json.dumps(obj, ensure_ascii=False) if isinstance(obj, list) else _text(obj, "input")
        try:
            return _loads(self._native.run(operation, text))
        except _native.InputError as err:
            _raise(err)

    def variant(self, **overrides: Any) -> "Policy":
        """A what-if variant with named parameters overridden, e.g.
        ``policy.variant(**{"weights.cost": 3})`` or ``policy.variant(strict_order=False)``.
        The rules stay as they are; the variant's version records the overrides."""
        try:
            return Policy(self._native.variant(json.dumps(overrides)))
        except _native.InputError as err:
            _raise(err)

    def compare(self, cases: Iterable[Input], overrides: Mapping[str, Any]) -> Dict[str, Any]:
        """Decides ``cases`` under this pack and under its variant with ``overrides``; per
        case whether the route, the selection or the status changed, and why."""
        texts = [json.loads(_text(c, "case")) for c in cases]
        return self.run("compare", {"cases": texts, "overrides": dict(overrides)})

    def sensitivity(self, case: Input) -> Dict[str, Any]:
        """For each criterion weight, the change within 0–10× that would change the selection
        within the selected candidate's stage."""
        return self.run("sensitivity", case)

    def _run(self, operation: Literal["review", "scope", "classify"], obj: Input, what: str) -> Dict[str, Any]:
        try:
            return _loads(self._native.run(operation, _text(obj, what)))
        except _native.InputError as err:
            _raise(err)

    def review(self, case: Input) -> Review:
        """Reviews a case against every governing principle and rule."""
        return Review._of(self._run("review", case, "case"))

    def scope(self, organisation: Input) -> Scope:
        """Whether and how the policy applies to an organisation (policy §2)."""
        return Scope._of(self._run("scope", organisation, "organisation"))

    def classify(self, initiative: Input) -> Classification:
        """Classifies an initiative under the definition of innovation (policy §3, §3.1)."""
        return Classification._of(self._run("classify", initiative, "initiative"))

    def __repr__(self) -> str:
        return f"<Policy {self.id} {self.version}>"

    def __reduce__(self) -> Tuple[Any, ...]:
        return (Policy.from_json, (self._native.pack_json(),))


_DEFAULT = Policy(_native.Policy.default())


def decide(case: Input, *, policy: Optional[Policy] = None, lang: Lang = "sv") -> Decision:
    """Decides a case under ``policy`` (the embedded SLL 2016 pack by default)."""
    return (policy or _DEFAULT).decide(case, lang=lang)


def decide_many(
    cases: Iterable[Input],
    *,
    policy: Optional[Policy] = None,
    errors: Literal["return", "raise"] = "return",
    threads: Optional[int] = None,
    lang: Lang = "sv",
) -> List[Union[Decision, InvalidInput]]:
    """Decides many cases in parallel; see ``Policy.decide_many``."""
    return (policy or _DEFAULT).decide_many(cases, errors=errors, threads=threads, lang=lang)


def review(case: Input, *, policy: Optional[Policy] = None) -> Review:
    """Reviews a case against every governing principle and rule."""
    return (policy or _DEFAULT).review(case)


def scope(organisation: Input, *, policy: Optional[Policy] = None) -> Scope:
    """Whether and how the policy applies to an organisation (policy §2)."""
    return (policy or _DEFAULT).scope(organisation)


def classify(initiative: Input, *, policy: Optional[Policy] = None) -> Classification:
    """Classifies an initiative (policy §3, §3.1)."""
    return (policy or _DEFAULT).classify(initiative)


def compare(cases: Iterable[Input], overrides: Mapping[str, Any], *, policy: Optional[Policy] = None) -> Dict[str, Any]:
    """Decides cases under ``policy`` and under its variant with ``overrides``."""
    return (policy or _DEFAULT).compare(cases, overrides)


def sensitivity(case: Input, *, policy: Optional[Policy] = None) -> Dict[str, Any]:
    """How far each criterion weight can move before the selection changes."""
    return (policy or _DEFAULT).sensitivity(case)


def align(initiatives: Union[Input, List[Any]]) -> Dict[str, Any]:
    """Traces initiatives through Region Östergötland's regional digitalisation strategy
    (what → how → why)."""
    return _DEFAULT.run("align", initiatives)


def schema(name: str) -> Dict[str, Any]:
    """The JSON Schema called ``name``: case, decision, review, organisation, scope,
    initiative, classification, policy or error."""
    try:
        return _loads(_native.schema(name))
    except _native.InputError as err:
        _raise(err)


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
