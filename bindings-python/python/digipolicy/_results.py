"""Results: typed, read-only views of what the core returns. ``Decision`` keeps the native
decision and reads the rest of the contract's JSON only when asked."""

from __future__ import annotations

import base64
import html
import json
from dataclasses import dataclass
from typing import Any, Dict, Iterable, Mapping, Optional, Tuple, Type, TypeVar

from . import _native
from ._input import loads
from ._text import Lang, Text, check_lang

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
class Partner:
    """A co-development partner region: its ISO 3166-2:SE code and official name."""

    code: Optional[str]
    name: str


_T = TypeVar("_T")


def _built(cls: Type[_T], names: Tuple[str, ...], values: Iterable[Any]) -> _T:
    """An instance of the frozen dataclass ``cls`` with ``names`` set to ``values``, without
    running ``__init__`` (a frozen dataclass sets each field through ``object.__setattr__``,
    which costs more than the decision itself for ten candidates). Only for values the core
    produced, already of the declared types."""
    obj = _new(cls)
    obj.__dict__.update(zip(names, values))
    return obj


_new = object.__new__


@dataclass(frozen=True)
class CandidateResult:
    """How one candidate fared."""

    id: str
    name: str
    stage: str
    co_development: bool
    meets_need: bool
    missing: Tuple[str, ...]
    should_covered: int
    tco_sek: int
    rank: Optional[int]
    scores: Optional[Scores]
    partners: Tuple[Partner, ...] = ()

    @classmethod
    def _of_row(cls, row: Tuple[Any, ...]) -> "CandidateResult":
        """From the native decision's row (``_native.Decision.candidate_rows``), whose items
        are the fields ``_native.CANDIDATE_ROW`` names, with ``scores`` and ``partners`` as
        plain tuples of the fields ``_native.SCORES_ROW`` and ``_native.PARTNER_ROW`` name."""
        obj = _built(cls, _CANDIDATE_FIELDS, row)
        fields = obj.__dict__
        scores = fields["scores"]
        if scores is not None:
            fields["scores"] = _built(Scores, _SCORE_FIELDS, scores)
        partners = fields["partners"]
        if partners:
            fields["partners"] = tuple(_built(Partner, _PARTNER_FIELDS, p) for p in partners)
        return obj

    @classmethod
    def _of(cls, d: Mapping[str, Any]) -> "CandidateResult":
        s = d["scores"]
        return cls(
            d["id"],
            d.get("name", d["id"]),
            d["stage"],
            d["co_development"],
            d["meets_need"],
            tuple(d["missing"]),
            d["should_covered"],
            d["tco_sek"],
            d["rank"],
            Scores(**s) if s is not None else None,
            tuple(Partner(**p) for p in d.get("partners", ())),
        )


# The names of the native rows' items, in their order (the native module says which).
_CANDIDATE_FIELDS: Tuple[str, ...] = tuple(_native.CANDIDATE_ROW)
_SCORE_FIELDS: Tuple[str, ...] = tuple(_native.SCORES_ROW)
_PARTNER_FIELDS: Tuple[str, ...] = tuple(_native.PARTNER_ROW)


@dataclass(frozen=True)
class Finding:
    """Something the reader must know, citing its clause."""

    clause: str
    code: str
    severity: str
    candidate: Optional[str]
    message: Text
    justified: Optional[str] = None
    """For a deviation: the recorded justification that explains it."""

    @classmethod
    def _of(cls, d: Mapping[str, Any]) -> "Finding":
        return cls(d["clause"], d["code"], d["severity"], d["candidate"], Text._of(d["message"]), d.get("justified"))


@dataclass(frozen=True)
class OpenDeviation:
    """A deviation from a SHALL that no recorded justification explains yet."""

    clause: str
    candidate: Optional[str]
    code: Optional[str]
    message: Text

    @classmethod
    def _of(cls, d: Mapping[str, Any]) -> "OpenDeviation":
        return cls(d["clause"], d["candidate"], d["code"], Text._of(d["message"]))


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
    justified: Optional[str] = None
    """For a SHALL not met: the recorded justification that explains it (policy §6)."""

    @classmethod
    def _of(cls, d: Mapping[str, Any]) -> "PrincipleResult":
        return cls(
            d["clause"],
            d["outcome"],
            d["severity"],
            tuple(EvidenceItem._of(e) for e in d["evidence"]),
            tuple(d["missing_evidence"]),
            Text._of(d["message"]),
            d.get("justified"),
        )


@dataclass(frozen=True)
class Review:
    """A case against every governing principle and rule."""

    case_id: str
    policy: PolicyRef
    results: Tuple[PrincipleResult, ...]
    missing_evidence: Tuple[str, ...]
    counts: Dict[str, int]
    as_of: Optional[str] = None

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
            d.get("as_of"),
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

    __slots__ = ("_native", "_lang", "_data", "_parts", "_source")

    def __init__(
        self,
        native: _native.Decision,
        lang: Lang = "sv",
        *,
        source: Optional[Tuple[_native.Policy, Optional[str], Optional[str]]] = None,
    ) -> None:
        self._native = native
        self._lang: Lang = check_lang(lang)
        self._data: Optional[Dict[str, Any]] = None
        self._parts: Dict[str, Any] = {}
        # The pack, case text and as_of it was decided from: what its memo needs.
        self._source = source

    def _part(self, name: str) -> Any:
        """One part of the decision, read from the native decision alone (not the whole
        explained JSON), once."""
        if self._data is not None:
            return self._data[name]
        if name not in self._parts:
            self._parts[name] = json.loads(self._native.part_json(name))
        return self._parts[name]

    def _d(self) -> Dict[str, Any]:
        if self._data is None:
            self._data = loads(self._native.to_json())
        return self._data

    @property
    def case_id(self) -> str:
        """The case's id."""
        return self._native.case_id

    @property
    def route(self) -> Optional[str]:
        """``in_house``, ``market``, ``co_development``, ``own_development`` or
        ``no_candidate``; ``None`` when the case is out of scope (policy §2)."""
        return self._native.route

    @property
    def as_of(self) -> Optional[str]:
        """The date passed as ``as_of`` and used as ``decided_on`` because the case had
        none; ``None`` otherwise."""
        return self._native.as_of

    @property
    def selected(self) -> Optional[str]:
        """The selected candidate's id, or ``None``."""
        return self._native.selected

    @property
    def status(self) -> str:
        """``ready``; ``blocked`` when a SHALL precondition is missing; ``out_of_scope`` when
        the policy does not apply (policy §2)."""
        return self._native.status

    @property
    def policy(self) -> PolicyRef:
        """The pack that decided."""
        return PolicyRef(**self._part("policy"))

    @property
    def horizon_years(self) -> int:
        """The years over which cost was compared."""
        return int(self._native.horizon_years)

    @property
    def candidates(self) -> Tuple[CandidateResult, ...]:
        """One result per input candidate, in input order."""
        if self._data is not None:
            return tuple(CandidateResult._of(c) for c in self._data["candidates"])
        rows = self._parts.get("candidate_rows")
        if rows is None:
            # Read natively, without JSON: what an analyst reads most.
            rows = tuple(CandidateResult._of_row(r) for r in self._native.candidate_rows())
            self._parts["candidate_rows"] = rows
        return rows

    @property
    def findings(self) -> Tuple[Finding, ...]:
        """Blocking problems, deviations, advice and information, each citing its clause."""
        return tuple(Finding._of(f) for f in self._part("findings"))

    @property
    def open_deviations(self) -> Tuple[OpenDeviation, ...]:
        """The deviations from a SHALL that no justification in the case explains yet."""
        return tuple(OpenDeviation._of(o) for o in self._part("open_deviations"))

    @property
    def missing_evidence(self) -> Tuple[str, ...]:
        """The fields still needed before the decision can be taken."""
        return tuple(self._part("missing_evidence"))

    @property
    def trace(self) -> Tuple[TraceStep, ...]:
        """The steps taken, in order."""
        return tuple(TraceStep._of(s) for s in self._part("trace"))

    @property
    def review(self) -> Review:
        """The case against every governing principle."""
        return Review._of(self._part("review"))

    def severity_counts(self) -> Dict[str, int]:
        """How many findings of each severity."""
        b, d, a, i = self._native.severity_counts()
        return {"blocking": b, "deviation": d, "advice": a, "info": i}

    def to_dict(self) -> Dict[str, Any]:
        """The decision as the contract's JSON object (a fresh copy)."""
        return loads(self._native.to_json())

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

    def memo(self, lang: Optional[Lang] = None, format: str = "html") -> str:
        """The decision memo (*tjänsteutlåtande*) of this decision, as ``digipolicy.memo``
        renders it (``format`` ``"md"`` or ``"html"``). Known for a decision made by
        ``decide`` in this process; one read back from JSON or made by ``decide_many`` (which
        keeps no copy of each case) has no case and raises ``ValueError``."""
        if self._source is None:
            raise ValueError("this decision's case is not known (read from JSON or decided in bulk); use digipolicy.memo(case)")
        policy, text, as_of = self._source
        if text is None:
            memo = self._native.memo(policy, check_lang(lang or self._lang), format, as_of)
            if memo is None:
                raise ValueError("this decision's case is not known; use digipolicy.memo(case)")
            return memo
        return policy.memo(text, check_lang(lang or self._lang), format, as_of)

    def to_html(self, lang: Optional[Lang] = None) -> str:
        """The decision as an HTML card, rendered by the core: route, selection, ranking,
        findings, the principles and the evidence still missing."""
        lang = check_lang(lang or self._lang)
        policy = self._source[0] if self._source is not None else _native.Policy.default()
        return policy.card(self._native, lang)

    def _repr_html_(self) -> str:
        """The card, with a link to download the decision memo when the case is known."""
        card = self.to_html()
        if self._source is None:
            return card
        memo = base64.b64encode(self.memo(self._lang, "html").encode("utf-8")).decode("ascii")
        label = "Tjänsteutlåtande (HTML)" if self._lang == "sv" else "Decision memo (HTML)"
        name = html.escape(f"memo-{self.case_id}.html", quote=True)
        link = f'<p><a download="{name}" href="data:text/html;charset=utf-8;base64,{memo}">{label}</a></p>'
        # Inside the card's box, before its closing tag.
        return card.rstrip()[: -len("</div>")] + link + "</div>\n"
