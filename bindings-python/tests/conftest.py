import json
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def load_vectors():
    out = []
    for path in sorted((ROOT / "tests" / "vectors").glob("*.json")):
        out.append(pytest.param(json.loads(path.read_text(encoding="utf-8")), id=path.stem))
    return out


@pytest.fixture
def root() -> pathlib.Path:
    return ROOT
