"""Errors: every problem has a stable code, the JSON path of the field and a message. The
native module raises these classes itself: this module hands it ``from_report`` when it is
imported."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union

from . import _native
from ._text import Lang, Text

@dataclass(frozen=True)
class Problem:
    """One problem with an input: a stable code, the JSON path of the field, and what is
    wrong (with a hint where one helps) in Swedish and English."""

    code: str
    path: str
    message: Text
    hint: Optional[Text] = None

    def line(self, lang: Lang = "en") -> str:
        """The problem in one line in ``lang``: ``path: message (hint: …)``."""
        text = f"{self.path}: {self.message.get(lang)}" if self.path else self.message.get(lang)
        if self.hint is None:
            return text
        word = "tips" if lang == "sv" else "hint"
        return f"{text} ({word}: {self.hint.get(lang)})"

    def __str__(self) -> str:
        return self.line("en")


class InvalidInput(ValueError):
    """An input the library rejects. ``code`` and ``path`` name the first problem;
    ``errors()`` lists every problem in document order."""

    case_id: Optional[str] = None
    """The id of the case that could not be decided, when ``decide_many`` could read it."""

    def __init__(self, report: Mapping[str, Any]) -> None:
        message = report.get("message", "invalid input")
        super().__init__(message.get("en", "") if isinstance(message, Mapping) else str(message))
        self._report = dict(report)

    @property
    def text(self) -> Text:
        """The whole error in one line, in Swedish and English."""
        message = self._report.get("message", "")
        if isinstance(message, Mapping):
            return Text._of(message)
        return Text(str(message), str(message))

    @property
    def more_errors(self) -> int:
        """How many more problems there were beyond the 100 that ``errors()`` lists."""
        return int(self._report.get("more_errors", 0))

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
        """Which input was at fault: ``case``, ``policy``, ``organisation``, ``initiative``,
        ``options``, ``request`` or ``library``."""
        return str(self._report.get("input", ""))

    def errors(self) -> List[Problem]:
        """Every problem, in document order."""
        return [
            Problem(p["code"], p["path"], Text._of(p["message"]), Text._of(p["hint"]) if "hint" in p else None)
            for p in self._report.get("errors", [])
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


class InvalidOptions(InvalidInput):
    """An option is not valid, e.g. ``as_of`` that is not a date or given to an operation
    that takes none."""


class InvalidRecord(InvalidInput):
    """A decision record given to ``accounts`` is not one (``.path`` is its index)."""


_ERRORS = {
    "case": InvalidCase,
    "policy": InvalidPolicy,
    "organisation": InvalidOrganisation,
    "initiative": InvalidInitiative,
    "options": InvalidOptions,
    "record": InvalidRecord,
}


def from_report(report: Union[str, Mapping[str, Any]]) -> InvalidInput:
    """The exception for an error report (JSON text or its object), by the input at fault."""
    data = json.loads(report) if isinstance(report, str) else dict(report)
    return _ERRORS.get(data.get("input", ""), InvalidInput)(data)


_native._set_error_factory(from_report)
