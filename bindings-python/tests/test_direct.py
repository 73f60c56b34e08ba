"""A dict case is read through the core's one reader without JSON text: the decision and every
error must be exactly what its JSON text gets, and the direct reader must stay in use."""

import copy
import json
import random

import pytest

import digipolicy
from digipolicy import _native
from conftest import load_vectors


def outcome(policy, case, **kw):
    """The decision's JSON, or the error's class and report, or the exception's type and text."""
    try:
        return ("decision", policy.decide(case, **kw).to_json())
    except digipolicy.InvalidInput as err:
        return ("invalid", type(err).__name__, err.to_dict())
    except (TypeError, ValueError, RecursionError) as err:
        return ("exception", type(err).__name__, str(err))


def as_text(case):
    try:
        return _native.dumps(case)
    except (TypeError, ValueError, RecursionError):
        return None


def same_both_ways(policy, case, **kw):
    got = outcome(policy, case, **kw)
    text = as_text(case)
    if text is None:
        # Not JSON at all: the dict way raises what the encoder raises.
        with pytest.raises((TypeError, ValueError, RecursionError)):
            _native.dumps(case)
        assert got[0] == "exception", got
        return got
    assert got == outcome(policy, text, **kw)
    return got


def policy_of(vector):
    """The vector's pack, or None when the pack itself is what the vector refuses."""
    try:
        return digipolicy.Policy.from_json(vector["policy"]) if "policy" in vector else digipolicy.Policy.default()
    except digipolicy.InvalidInput:
        return None


def decide_vectors():
    """The decide vectors whose input is a case object under a valid pack, as parameters."""
    return [
        p
        for p in load_vectors()
        if p.values[0].get("operation", "decide") == "decide"
        and isinstance(p.values[0].get("input"), dict)
        and policy_of(p.values[0]) is not None
    ]


@pytest.mark.parametrize("vector", decide_vectors())
def test_every_vector_case_decides_the_same_from_a_dict(vector):
    policy = policy_of(vector)
    got = same_both_ways(policy, vector["input"], as_of=vector.get("as_of"))
    if got[0] == "decision":
        # A valid case is read directly, not through its text.
        assert _native.reads_directly(policy._native, vector["input"])


def valid_case():
    for v in (p.values[0] for p in decide_vectors()):
        if "expected" in v and len(v["input"].get("candidates", [])) >= 2 and "policy" not in v:
            return copy.deepcopy(v["input"])
    raise AssertionError("no valid vector case with candidates")


class Str(str):
    pass


# (what is done to a valid case, what the text way gives, whether it is read directly):
# a dict the direct reader refuses goes the text way, which reports it.
HOSTILE = [
    ("bool for a number", lambda c: c["candidates"][0].__setitem__("strategic_importance", True), "invalid", False),
    ("float for a number", lambda c: c["candidates"][0].__setitem__("strategic_importance", 3.0), "invalid", False),
    ("text for a number", lambda c: c["candidates"][0].__setitem__("strategic_importance", "3"), "invalid", False),
    ("text for a list", lambda c: c["candidates"][0].__setitem__("covers", "abc"), "invalid", False),
    ("tuple for a list", lambda c: c["candidates"][0].__setitem__("covers", tuple(c["candidates"][0]["covers"])), "decision", True),
    ("list in a list", lambda c: c["candidates"][0].__setitem__("covers", [["a"]]), "invalid", False),
    ("list for an object", lambda c: c.__setitem__("benefit_assessment", [True]), "invalid", False),
    ("int key", lambda c: c.__setitem__(1, "x"), "invalid", False),
    ("unknown field", lambda c: c.__setitem__("colour", "red"), "invalid", False),
    ("huge number", lambda c: c["candidates"][0]["cost"].__setitem__("one_off_sek", 10**30), "invalid", False),
    ("negative cost", lambda c: c["candidates"][0]["cost"].__setitem__("one_off_sek", -5), "invalid", True),
    ("null for a text", lambda c: c.__setitem__("title", None), "invalid", False),
    ("text subclass", lambda c: c.__setitem__("title", Str("A title")), "decision", True),
    ("lone surrogate", lambda c: c.__setitem__("title", "bad \ud800 text"), "exception", False),
    ("not JSON at all", lambda c: c.__setitem__("title", {1, 2}), "exception", False),
    ("bytes", lambda c: c.__setitem__("title", b"abc"), "exception", False),
    ("bad date", lambda c: c.__setitem__("decided_on", "2020-02-30"), "invalid", False),
    ("unknown enum name", lambda c: c["candidates"][0].__setitem__("origin", "cloud"), "invalid", False),
    ("enum name as a list", lambda c: c["candidates"][0].__setitem__("origin", ["market"]), "invalid", False),
    ("deep nesting", lambda c: c.__setitem__("evidence", nested(100)), "invalid", False),
    ("deeper than the encoder goes", lambda c: c.__setitem__("evidence", nested(2000)), "exception", False),
    ("long text", lambda c: c.__setitem__("title", "x" * 10_001), "invalid", False),
    ("dict subclass", lambda c: c.__setitem__("evidence", type("D", (dict,), {})()), "decision", False),
]


def nested(depth):
    out = {}
    for _ in range(depth):
        out = {"a": out}
    return out


@pytest.mark.parametrize("name,mutate,expected,direct", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_hostile_dict_gets_exactly_what_its_text_gets(name, mutate, expected, direct):
    policy = digipolicy.Policy.default()
    case = valid_case()
    mutate(case)
    assert same_both_ways(policy, case)[0] == expected
    assert _native.reads_directly(policy._native, case) == direct


def test_limits_apply_to_a_dict_as_to_its_text():
    policy = digipolicy.Policy.default().with_limits(max_candidates=1, max_string_chars=20, max_input_bytes=400)
    for mutate in (lambda c: None, lambda c: c.__setitem__("title", "y" * 21), lambda c: c["candidates"][:1]):
        case = valid_case()
        mutate(case)
        got = same_both_ways(policy, case)
        assert got[0] == "invalid" and got[2]["code"] == "limit-exceeded", got
    small = digipolicy.Policy.default().with_limits(max_input_bytes=200)
    tight = {"id": "c", "title": "t", "requirements": [], "candidates": []}
    assert same_both_ways(small, tight)[0] != "exception"


def mutations(rng, value, depth=0):
    """Every way to break `value` one place at a time, chosen at random."""
    choices = [None, True, False, 0, -1, 2**70, 1.5, "", "x", "in_house", [], ["x"], {}, {"x": 1}, ("t",)]
    if isinstance(value, dict) and value and depth < 6:
        key = rng.choice(sorted(value, key=str))
        if rng.random() < 0.2:
            value.pop(key)
        elif rng.random() < 0.6:
            mutations(rng, value[key], depth + 1) if isinstance(value[key], (dict, list)) else value.__setitem__(key, rng.choice(choices))
        else:
            value[key] = rng.choice(choices)
    elif isinstance(value, list) and value and depth < 6:
        i = rng.randrange(len(value))
        if isinstance(value[i], (dict, list)) and rng.random() < 0.7:
            mutations(rng, value[i], depth + 1)
        else:
            value[i] = rng.choice(choices)


def test_random_breakage_of_every_vector_case_is_reported_as_its_text_reports_it():
    rng = random.Random(11)
    policy = digipolicy.Policy.default()
    cases = [p.values[0]["input"] for p in decide_vectors() if "policy" not in p.values[0]]
    kinds = set()
    for _ in range(600):
        case = copy.deepcopy(rng.choice(cases))
        for _ in range(rng.randint(1, 3)):
            mutations(rng, case)
        kinds.add(same_both_ways(policy, case)[0])
    # The mutations reached both decisions and errors.
    assert {"decision", "invalid"} <= kinds


def test_a_dict_decision_keeps_its_case_for_the_memo():
    case = valid_case()
    d = digipolicy.decide(case)
    assert d.memo("en", "md") == digipolicy.memo(json.dumps(case), lang="en", format="md")
    # Changing the dict afterwards does not change what was decided, nor its memo.
    before = d.memo("sv", "html")
    case["title"] = "Another title"
    case["candidates"].clear()
    assert d.memo("sv", "html") == before


def test_decide_many_over_dicts_gives_what_it_gives_over_their_texts():
    policy = digipolicy.Policy.default()
    rng = random.Random(5)
    cases = [p.values[0]["input"] for p in decide_vectors() if "policy" not in p.values[0]]
    batch = []
    for i in range(300):
        case = copy.deepcopy(cases[i % len(cases)])
        if i % 3 == 0:
            mutations(rng, case)
        batch.append(case)
    texts = [_native.dumps(c) for c in batch]

    def results(items):
        return [
            ("invalid", type(r).__name__, r.to_dict(), r.case_id)
            if isinstance(r, digipolicy.InvalidInput)
            else ("decision", r.to_json())
            for r in policy.decide_many(items, threads=2)
        ]

    from_dicts = results(batch)
    assert from_dicts == results(texts)
    # A mixed batch: dicts and texts side by side, in input order.
    mixed = [c if i % 2 else texts[i] for i, c in enumerate(batch)]
    assert results(mixed) == from_dicts
    assert {r[0] for r in from_dicts} == {"decision", "invalid"}


def test_candidates_read_natively_equal_those_read_from_json():
    for p in decide_vectors():
        v = p.values[0]
        if "expected" not in v:
            continue
        d = policy_of(v).decide(v["input"], as_of=v.get("as_of"))
        from_json = tuple(digipolicy.CandidateResult._of(c) for c in json.loads(d.to_json())["candidates"])
        assert d.candidates == from_json
        assert [hash(c.scores) for c in d.candidates] == [hash(c.scores) for c in from_json]
