"""digipolicy: Stockholm County Council's 2016 policy for innovation and digitalisation as an
explainable decision API.

    >>> import digipolicy, pathlib
    >>> d = digipolicy.decide(pathlib.Path("examples/video-consultations-in-house.json"))
    >>> d.route, d.selected
    ('in_house', 'region-video')

Every rule lives in the Rust core; this package converts and forwards. Cases, organisations
and initiatives are given as dicts, JSON text (a ``str`` is always JSON, never a file name),
UTF-8 bytes, or a ``pathlib.Path`` to a JSON file (``digipolicy.load`` reads one).
"""

from . import _native
from ._accounts import Accounts
from ._errors import (
    InvalidCase,
    InvalidInitiative,
    InvalidInput,
    InvalidOptions,
    InvalidOrganisation,
    InvalidPolicy,
    InvalidRecord,
    Problem,
)
from ._frame import to_frame
from ._input import load
from ._policy import (
    Policy,
    accounts,
    accounts_async,
    align,
    classify,
    compare,
    decide,
    decide_iter,
    decide_many,
    memo,
    record,
    review,
    schema,
    scope,
    sensitivity,
    verify,
)
from ._results import (
    CandidateResult,
    Classification,
    Decision,
    EvidenceItem,
    Finding,
    OpenDeviation,
    Partner,
    PolicyRef,
    PrincipleResult,
    Review,
    Scope,
    Scores,
    TraceStep,
)
from ._text import Text

__all__ = [
    "Accounts",
    "CandidateResult",
    "Classification",
    "Decision",
    "EvidenceItem",
    "Finding",
    "OpenDeviation",
    "Partner",
    "InvalidCase",
    "InvalidInitiative",
    "InvalidInput",
    "InvalidOptions",
    "InvalidOrganisation",
    "InvalidPolicy",
    "InvalidRecord",
    "Policy",
    "PolicyRef",
    "PrincipleResult",
    "Problem",
    "Review",
    "Scope",
    "Scores",
    "Text",
    "accounts",
    "accounts_async",
    "TraceStep",
    "align",
    "classify",
    "compare",
    "decide",
    "decide_iter",
    "decide_many",
    "load",
    "memo",
    "record",
    "review",
    "schema",
    "scope",
    "sensitivity",
    "to_frame",
    "verify",
]

__version__: str = _native.version()
