"""Inputs: a mapping, JSON text, UTF-8 bytes, or a ``pathlib.Path``, turned into the JSON text
the core reads. A ``str`` is always JSON text, never guessed to be a file name: a request
body passed through cannot make the library open a file."""

from __future__ import annotations

import json
import os
import pathlib
import stat
from typing import Any, Dict, Mapping, Tuple, Union

from . import _native
from ._errors import InvalidInput, from_report

Input = Union[Mapping[str, Any], str, bytes, bytearray, "os.PathLike[str]"]

# The core's default `max_input_bytes` (16 MiB): a file is read no further.
MAX_FILE_BYTES = 16 * 1024 * 1024

# The input names of the error reports, by what the caller passed.
_INPUTS = {"case": "case", "pack": "policy", "organisation": "organisation", "initiative": "initiative"}


def loads(text: str) -> Dict[str, Any]:
    """A JSON object from the core's output."""
    value = json.loads(text)
    if not isinstance(value, dict):
        raise TypeError("expected a JSON object")
    return value


def _error(what: str, code: str, message: Tuple[str, str], hint: Tuple[str, str]) -> InvalidInput:
    """An input error in the core's report shape (message and hint as (sv, en)), raised as
    the matching class."""
    problem = {
        "code": code,
        "path": "",
        "message": {"sv": message[0], "en": message[1]},
        "hint": {"sv": hint[0], "en": hint[1]},
    }
    return from_report(
        {
            "input": _INPUTS.get(what, "request"),
            "code": code,
            "path": "",
            "message": {"sv": f"{message[0]} (tips: {hint[0]})", "en": f"{message[1]} (hint: {hint[1]})"},
            "errors": [problem],
        }
    )


_A_FILE = ("ange sökvägen till en JSON-fil", "give the path of a JSON file")


def read_file(path: "os.PathLike[str]", what: str = "input") -> str:
    """The text of a JSON file: a regular file of at most 16 MiB, UTF-8 (a byte-order mark
    is allowed). A FIFO, a device or a directory is refused rather than read."""
    name = os.fspath(path)
    try:
        mode = os.stat(name).st_mode
    except OSError as err:
        reason = err.strerror or str(err)
        raise _error(what, "invalid-value", (f"kan inte läsa `{name}`: {reason}", f"cannot read `{name}`: {reason}"), _A_FILE) from None
    if not stat.S_ISREG(mode):
        raise _error(what, "invalid-value", (f"`{name}` är ingen vanlig fil", f"`{name}` is not a regular file"), _A_FILE)
    with open(name, "rb") as f:
        data = f.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise _error(
            what,
            "limit-exceeded",
            (f"`{name}` är över {MAX_FILE_BYTES} byte (`max_input_bytes`)", f"`{name}` is over {MAX_FILE_BYTES} bytes (`max_input_bytes`)"),
            ("dela upp indata", "split the input"),
        )
    return _utf8(data, what)


def _utf8(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise _error(
            what,
            "invalid-json",
            (f"indata är inte UTF-8 (byte {err.start})", f"the input is not UTF-8 (byte {err.start})"),
            ("JSON-text är UTF-8", "JSON text is UTF-8"),
        ) from None


def text_of(obj: Input, what: str) -> str:
    """The JSON text of an input given as a mapping, JSON text (``str``), UTF-8 bytes, or a
    path (``pathlib.Path`` or any ``os.PathLike``)."""
    if isinstance(obj, Mapping):
        # json.dumps(obj, ensure_ascii=False), byte for byte, written in Rust.
        return _native.dumps(obj)
    if isinstance(obj, str):
        return obj
    if isinstance(obj, (bytes, bytearray)):
        return _utf8(bytes(obj), what)
    if isinstance(obj, os.PathLike):
        return read_file(obj, what)
    raise TypeError(
        f"{what} must be a dict, JSON text (str), UTF-8 bytes or a pathlib.Path, not {type(obj).__name__}"
    )


def load(path: "os.PathLike[str] | str") -> Dict[str, Any]:
    """Reads a JSON object from a file (a regular file of at most 16 MiB): the explicit way
    to pass a file's content where a ``str`` would be taken as JSON text."""
    value = json.loads(read_file(pathlib.Path(path)))
    if not isinstance(value, dict):
        raise TypeError("expected a JSON object")
    return value
