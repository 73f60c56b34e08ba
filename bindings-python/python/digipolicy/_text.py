"""A text in Swedish and English, as every message of the library carries it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, Mapping

Lang = Literal["sv", "en"]


@dataclass(frozen=True)
class Text:
    """A text in Swedish and English."""

    sv: str
    en: str

    def get(self, lang: Lang = "sv") -> str:
        """The wording in ``lang``."""
        return self.en if lang == "en" else self.sv

    def __str__(self) -> str:
        return self.en

    @classmethod
    def _of(cls, d: Mapping[str, Any]) -> "Text":
        return cls(d["sv"], d["en"])


def check_lang(lang: object) -> Lang:
    """``lang`` when it is ``"sv"`` or ``"en"``; anything else is a ``ValueError`` rather than
    a silent fallback."""
    if lang == "sv" or lang == "en":
        return lang
    raise ValueError(f"lang must be 'sv' or 'en', not {lang!r}")
