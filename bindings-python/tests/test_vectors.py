"""The conformance suite: every vector in tests/vectors decides in Python exactly as recorded."""

import json

import pytest

import digipolicy
from conftest import load_vectors


def diff(expected, got, path=""):
    """The paths where two JSON values differ, for a readable failure."""
    if isinstance(expected, dict) and isinstance(got, dict):
        out = []
        for key in sorted(set(expected) | set(got)):
            out += diff(expected.get(key, "<absent>"), got.get(key, "<absent>"), f"{path}.{key}")
        return out
    if isinstance(expected, list) and isinstance(got, list) and len(expected) == len(got):
        return [d for i, (a, b) in enumerate(zip(expected, got)) for d in diff(a, b, f"{path}[{i}]")]
    return [] if expected == got and type(expected) is type(got) else [f"{path}: expected {expected!r}, got {got!r}"]


@pytest.mark.parametrize("vector", load_vectors())
def test_vector(vector):
    text = vector["input_text"] if "input_text" in vector else json.dumps(vector["input"], ensure_ascii=False)
    operation = vector.get("operation", "decide")
    try:
        policy = digipolicy.Policy.from_json(vector["policy"]) if "policy" in vector else digipolicy.Policy.default()
        as_of = vector.get("as_of")
        if operation == "memo":
            options = vector.get("options", {})
            got = policy.memo(text, lang=options.get("lang", "sv"), format=options.get("format", "md"), as_of=as_of)
            assert "expected_text" in vector, f"expected an error, got {got[:200]}"
            assert got == vector["expected_text"]
            return
        if operation == "decide":
            got = policy.decide(text, as_of=as_of).to_dict()
        elif operation == "accounts":
            got = policy.accounts(text, vector["options"]["year"]).to_dict()
        else:
            got = policy.run(operation, text, as_of=as_of)
    except digipolicy.InvalidInput as err:
        assert "expected_error" in vector, f"unexpected error {err}"
        assert diff(vector["expected_error"], err.to_dict()) == []
        return
    assert "expected" in vector, f"expected an error, got {got}"
    assert diff(vector["expected"], got) == []


def test_decision_json_is_byte_identical_to_the_core(root):
    """The canonical JSON the CLI prints is what Python's to_json returns."""
    import subprocess

    example = root / "examples" / "video-consultations-in-house.json"
    cli = root / "target" / "debug" / "digipolicy"
    if not cli.exists():
        subprocess.run(["cargo", "build", "-q", "-p", "digipolicy-cli"], cwd=root, check=True)
    out = subprocess.run([str(cli), "decide", str(example), "--format", "json"], capture_output=True, check=True)
    assert digipolicy.decide(example).to_json() == out.stdout.decode("utf-8")
