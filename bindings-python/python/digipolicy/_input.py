"""Inputs: a mapping, JSON text or bytes, or a path, turned into the JSON text the core reads."""

from __future__ import annotations

import json
import os
from typing import Any, Dict, Mapping, Union

Input = Union[Mapping[str, Any], str, bytes, "os.PathLike[str]"]


def loads(text: str) -> Dict[str, Any]:
    """A JSON object from the core's output."""
    value = json.loads(text)
    if not isinstance(value, dict):
        raise TypeError("expected a JSON object")
    return value


def text_of(obj: Input, what: str) -> str:
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
