"""The Python result types are the contract's: every dataclass has exactly the properties of
its definition in the JSON Schemas (the same names, optional where the schema allows null or
leaves the property out, of the matching kind), the native rows carry the same names, and a
``Decision`` answers every property of the decision's schema."""

import dataclasses
import json
import typing

import pytest

import digipolicy
from digipolicy import _native, _results

SCHEMAS = {name: json.loads(_native.schema(name)) for name in ("decision", "review", "scope", "classification")}

# Each result type and where its schema is: (schema, definition or None for the root).
TYPES = {
    _results.PolicyRef: ("decision", "PolicyRef"),
    _results.Scores: ("decision", "Scores"),
    _results.Partner: ("decision", "Partner"),
    _results.CandidateResult: ("decision", "CandidateResult"),
    _results.Finding: ("decision", "Finding"),
    _results.OpenDeviation: ("decision", "OpenDeviation"),
    _results.TraceStep: ("decision", "TraceStep"),
    _results.EvidenceItem: ("decision", "EvidenceItem"),
    _results.PrincipleResult: ("decision", "PrincipleResult"),
    _results.Review: ("review", None),
    _results.Scope: ("scope", None),
    _results.Classification: ("classification", None),
}

# Python names for JSON names that are keywords.
RENAMED = {"class": "class_"}


def definition(schema_name, name):
    schema = SCHEMAS[schema_name]
    return schema if name is None else schema["$defs"][name]


def resolve(schema_name, prop):
    """A property's schema with a `$ref` followed (and `allOf` of one unwrapped)."""
    if "allOf" in prop and len(prop["allOf"]) == 1:
        prop = prop["allOf"][0]
    ref = prop.get("$ref")
    if ref:
        return definition(schema_name, ref.rsplit("/", 1)[1])
    return prop


def json_types(schema_name, prop):
    """The JSON types a property allows."""
    if "anyOf" in prop or "oneOf" in prop:
        out = set()
        for p in prop.get("anyOf", prop.get("oneOf")):
            out |= json_types(schema_name, p)
        return out
    prop = resolve(schema_name, prop)
    t = prop.get("type")
    if t is None:
        return {"object"} if "properties" in prop else {"string"} if "enum" in prop or "oneOf" in prop else set()
    return set(t) if isinstance(t, list) else {t}


KIND = {
    str: "string",
    int: "integer",
    bool: "boolean",
    float: "number",
}


def python_kinds(annotation):
    """The JSON types a Python annotation stands for."""
    origin = typing.get_origin(annotation)
    if origin is typing.Union:
        out = set()
        for a in typing.get_args(annotation):
            out |= {"null"} if a is type(None) else python_kinds(a)
        return out
    if origin in (tuple, list):
        return {"array"}
    if origin is dict or dataclasses.is_dataclass(annotation) or annotation is digipolicy.Text:
        return {"object"}
    return {KIND[annotation]}


@pytest.mark.parametrize("cls", list(TYPES), ids=lambda c: c.__name__)
def test_each_result_type_has_its_schemas_properties(cls):
    schema_name, name = TYPES[cls]
    d = definition(schema_name, name)
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    expected = {RENAMED.get(k, k): k for k in d["properties"]}
    assert set(fields) == set(expected), f"{cls.__name__}: {sorted(fields)} vs schema {sorted(expected)}"
    required = set(d.get("required", []))
    for py_name, json_name in expected.items():
        allowed = json_types(schema_name, d["properties"][json_name])
        kinds = python_kinds(hints[py_name])
        field = fields[py_name]
        has_default = field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING
        if json_name not in required:
            assert has_default or "null" in kinds, f"{cls.__name__}.{py_name} may be absent"
        # An integer is a number too; the schema's kinds, apart from null, are the annotation's.
        assert kinds - {"null"} <= (allowed | ({"number"} if "integer" in allowed else set())) - {"null"} or (
            allowed - {"null"} <= kinds
        ), f"{cls.__name__}.{py_name}: {sorted(kinds)} vs schema {sorted(allowed)}"
        if "null" in allowed:
            assert "null" in kinds, f"{cls.__name__}.{py_name} may be null"


def test_native_rows_carry_the_dataclass_fields_in_order():
    names = lambda cls: tuple(f.name for f in dataclasses.fields(cls))  # noqa: E731
    assert tuple(_native.CANDIDATE_ROW) == names(_results.CandidateResult)
    assert tuple(_native.SCORES_ROW) == names(_results.Scores)
    assert tuple(_native.PARTNER_ROW) == names(_results.Partner)


def test_a_decision_answers_every_property_of_its_schema():
    for prop in SCHEMAS["decision"]["properties"]:
        assert hasattr(digipolicy.Decision, prop), prop
