"""The Python API a notebook user relies on."""

import concurrent.futures
import json
import os
import pathlib
import pickle

import pytest

import digipolicy

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "video-consultations-in-house.json"


def case():
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def test_decide_accepts_a_dict_a_json_string_a_path_and_a_pathlike():
    expected = digipolicy.decide(case())
    assert expected.route == "in_house"
    assert expected.selected == "region-video"
    assert expected.status == "ready"
    for form in (json.dumps(case()), EXAMPLE, EXAMPLE.read_bytes(), digipolicy.load(EXAMPLE)):
        assert digipolicy.decide(form) == expected


def test_a_str_is_always_json_text_never_a_file_name(tmp_path):
    # A file name in a str is JSON text that does not parse: the file is not opened.
    with pytest.raises(digipolicy.InvalidCase) as err:
        digipolicy.decide(str(EXAMPLE))
    assert err.value.code == "invalid-json"
    with pytest.raises(digipolicy.InvalidCase) as err:
        digipolicy.decide("")
    assert err.value.code == "invalid-json"
    # A JSON-lines export with a final newline: the empty last line is one bad slot, not a lost batch.
    lines = (json.dumps(case()) + "\n") * 2
    results = digipolicy.decide_many(lines.split("\n"))
    assert [type(r).__name__ for r in results] == ["Decision", "Decision", "InvalidCase"]
    # A byte-order mark is allowed, in text and in bytes.
    assert digipolicy.decide("\ufeff" + json.dumps(case())).route == "in_house"
    assert digipolicy.decide(b"\xef\xbb\xbf" + json.dumps(case()).encode()).route == "in_house"
    # Bytes that are not UTF-8 are an input error with a code.
    with pytest.raises(digipolicy.InvalidCase) as err:
        digipolicy.decide(b"\xff{}")
    assert err.value.code == "invalid-json"
    # Only a regular file is read: not a FIFO, a device or a directory.
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for special in (fifo, pathlib.Path("/dev/zero"), tmp_path):
        with pytest.raises(digipolicy.InvalidCase) as err:
            digipolicy.decide(special)
        assert "not a regular file" in str(err.value)


def test_decision_has_typed_read_only_attributes():
    d = digipolicy.decide(case())
    assert d.policy == digipolicy.PolicyRef("sll-2016", "2016.1")
    assert d.horizon_years == 5
    first = d.candidates[0]
    assert isinstance(first, digipolicy.CandidateResult)
    assert (first.id, first.rank, first.tco_sek, first.missing) == ("region-video", 1, 1650000, ())
    assert first.scores == digipolicy.Scores(1.0, 0.75, 0.75, 0.8333)
    assert [f.code for f in d.findings] == ["price-of-the-order", "unit-preference-overridden", "undated"]
    assert d.findings[0].message.get("en").startswith("MeetCare")
    assert [s.clause for s in d.trace[:2]] == ["policy:2", "policy:5.6"]
    assert d.review.result("policy:5.6").outcome == "met"
    with pytest.raises(AttributeError):
        d.route = "market"  # type: ignore[misc]
    with pytest.raises(Exception):
        first.id = "x"  # type: ignore[misc]


def test_to_dict_and_to_json_are_the_contract():
    d = digipolicy.decide(case())
    assert json.loads(d.to_json()) == d.to_dict()
    assert set(d.to_dict()) >= {"case_id", "policy", "status", "route", "selected", "candidates", "findings", "trace"}


def test_repr_and_html_card_in_both_languages():
    d = digipolicy.decide(case())
    assert repr(d) == "<Decision 2025-017: in_house → region-video (ready), 3 findings>"
    sv = d._repr_html_()
    # Entirely in the reader's language: labels and names, not ids; the core's number format.
    assert "Väg" in sv and "befintligt inom landstinget" in sv and "policyn § 5.9" in sv and "policy:5.9" not in sv
    assert "The region&#x27;s own video platform" in sv and "1 650 000 kr" in sv and "0,83" in sv and "0,8333" not in sv
    assert "in_house" not in sv and ">info<" not in sv
    assert "Principerna" in sv and "Underlag som saknas" in sv
    en = digipolicy.decide(case(), lang="en")._repr_html_()
    assert "Route" in en and "Findings" in en and "SEK 1,650,000" in en and "in-house" in en
    with pytest.raises(ValueError, match="lang"):
        digipolicy.decide(case(), lang="de")
    with pytest.raises(ValueError, match="lang"):
        d.to_html("de")
    assert "<script" not in digipolicy.decide({**case(), "id": "<script>"}).to_html()


def test_invalid_case_is_a_value_error_with_path_code_and_every_problem():
    bad = case()
    bad["candidates"][2]["covers"][0] = "bankid-x"
    bad["horizon_years"] = 0
    with pytest.raises(digipolicy.InvalidCase) as info:
        digipolicy.decide(bad)
    err = info.value
    assert isinstance(err, ValueError)
    assert (err.code, err.path, err.input) == ("horizon-out-of-range", "horizon_years", "case")
    assert [(p.code, p.path) for p in err.errors()] == [
        ("horizon-out-of-range", "horizon_years"),
        ("unknown-requirement", "candidates[2].covers[0]"),
    ]
    assert "`bankid-x`" in str(err.errors()[1])


@pytest.mark.parametrize(
    "junk",
    ["", "{", "[]", "null", '{"id": []}', "{" * 10000, '{"id":"x","title":"t","requirements":[{"id":"a","priority":"must"}],"candidates":[{"cost":1e999}]}'],
)
def test_junk_never_crashes_the_interpreter(junk):
    with pytest.raises((digipolicy.InvalidCase, OSError)):
        digipolicy.decide(junk)


def test_a_wrong_python_type_is_a_type_error():
    with pytest.raises(TypeError):
        digipolicy.decide(42)  # type: ignore[arg-type]


def test_decide_many_keeps_order_and_error_slots():
    good = case()
    cases = []
    for i in range(200):
        c = json.loads(json.dumps(good))
        c["id"] = f"case-{i}"
        if i % 50 == 7:
            c["requirements"] = []
        cases.append(c)
    results = digipolicy.decide_many(cases, threads=2)
    assert len(results) == 200
    for i, r in enumerate(results):
        if i % 50 == 7:
            assert isinstance(r, digipolicy.InvalidCase) and r.code == "empty-requirements"
        else:
            assert isinstance(r, digipolicy.Decision) and r.case_id == f"case-{i}"
    with pytest.raises(digipolicy.InvalidCase):
        digipolicy.decide_many(cases, errors="raise")
    with pytest.raises(ValueError):
        digipolicy.decide_many(cases, errors="ignore")  # type: ignore[arg-type]
    assert digipolicy.decide_many([]) == []


def test_objects_pickle():
    d = digipolicy.decide(case(), lang="en")
    back = pickle.loads(pickle.dumps(d))
    assert back == d and back.to_html() == d.to_html()
    p = digipolicy.Policy.from_json({**digipolicy.Policy.default().pack, "version": "x-1"})
    assert pickle.loads(pickle.dumps(p)).version == "x-1"
    try:
        digipolicy.decide({"id": 3})
    except digipolicy.InvalidCase as err:
        again = pickle.loads(pickle.dumps(err))
        assert isinstance(again, digipolicy.InvalidCase) and again.to_dict() == err.to_dict()


def test_policy_and_decisions_are_safe_to_share_between_threads():
    policy = digipolicy.Policy.default()
    cases = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "examples").glob("*.json"))]
    expected = [policy.decide(c).to_json() for c in cases]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(5):
            assert list(pool.map(lambda c: policy.decide(c).to_json(), cases)) == expected


def test_custom_policy_and_invalid_policy():
    pack = digipolicy.Policy.default().pack
    pack["parameters"]["weights"]["cost"] = -1
    with pytest.raises(digipolicy.InvalidPolicy) as info:
        digipolicy.Policy.from_json(pack)
    assert info.value.path == "parameters.weights.cost"
    pack["parameters"]["weights"]["cost"] = 3
    pack["version"] = "what-if"
    d = digipolicy.decide(case(), policy=digipolicy.Policy.from_json(pack))
    assert d.policy.version == "what-if"


def test_review_scope_and_classify():
    r = digipolicy.review(ROOT / "examples" / "e-signature-with-evidence.json")
    assert r.result("policy:5.2").outcome == "met"
    assert sum(r.counts.values()) == len(r.results) == 15
    s = digipolicy.scope(ROOT / "examples" / "scope" / "contractor-without-clause.json")
    assert (s.applies, s.result.outcome, s.result.severity) == (True, "not_met", "deviation")
    c = digipolicy.classify(ROOT / "examples" / "classify" / "idea.json")
    assert (c.class_, c.clause) == ("idea", "policy:3")
    with pytest.raises(digipolicy.InvalidOrganisation):
        digipolicy.scope({"kind": "municipality"})
    with pytest.raises(digipolicy.InvalidInitiative):
        digipolicy.classify({"id": "x", "title": "", "novelty": "new", "in_practice": True})


def test_schema():
    s = digipolicy.schema("case")
    assert s["title"] == "Case"
    with pytest.raises(digipolicy.InvalidInput):
        digipolicy.schema("nope")


def test_to_frame():
    pd = pytest.importorskip("pandas")
    results = digipolicy.decide_many([case(), {"id": 1}, ROOT / "examples" / "blocked-no-benefit-assessment.json"])
    frame = digipolicy.to_frame(results)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["status"]) == ["ready", "invalid", "blocked"]
    assert list(frame["blocking"]) == [0, 0, 1]
    assert frame.loc[1, "error"] == "wrong-type"


def test_what_if_variant_compare_sensitivity_and_align():
    base = digipolicy.Policy.default()
    v = base.variant(**{"weights.cost": 3})
    assert v.version == "2016.1+weights.cost=3"
    esign = ROOT / "examples" / "e-signature-market.json"
    assert base.decide(esign).selected == "signera-saas"
    assert v.decide(esign).selected == "esign-national"
    with pytest.raises(digipolicy.InvalidPolicy) as info:
        base.variant(**{"weights.price": 2})
    assert info.value.path == "overrides.weights.price"
    c = digipolicy.compare([esign, case()], {"weights.cost": 3})
    assert c["counts"]["selection_changed"] == 1
    s = digipolicy.sensitivity(esign)
    assert s["most_sensitive"] == "delivery_ability"
    a = digipolicy.align(json.loads((ROOT / "examples" / "align" / "initiatives.json").read_text(encoding="utf-8")))
    assert a["untraced_initiatives"] == ["og-4"]


def test_dated_cases():
    with pytest.raises(digipolicy.InvalidCase) as info:
        digipolicy.decide(ROOT / "examples" / "dated" / "2015-refused.json")
    assert info.value.code == "not-in-force"
    assert "2012-03-20" in str(info.value)
    assert digipolicy.decide(ROOT / "examples" / "dated" / "2018-decided.json").policy.id == "sll-2016"


def test_the_package_exports_only_its_public_api():
    public = sorted(n for n in dir(digipolicy) if not n.startswith("_"))
    assert public == sorted(digipolicy.__all__)


def test_errors_are_raised_as_their_subclass_by_the_native_module():
    with pytest.raises(digipolicy.InvalidPolicy) as info:
        digipolicy.Policy.from_json("{}")
    assert info.value.input == "policy"
    with pytest.raises(digipolicy.InvalidCase):
        digipolicy.decide("{}")


def test_as_of_fills_in_a_missing_date_and_nothing_reads_a_clock():
    import datetime

    undated = digipolicy.decide(case())
    assert undated.as_of is None and "undated" in [f.code for f in undated.findings]
    d = digipolicy.decide(case(), as_of="2022-03-01")
    assert d.as_of == "2022-03-01"
    assert d.to_dict()["as_of"] == "2022-03-01"
    assert d.trace[0].code == "as-of"
    assert "documents-lapsed" in [f.code for f in d.findings]
    # A date object is the same date; a datetime would silently drop its time, so it is refused.
    assert digipolicy.decide(case(), as_of=datetime.date(2022, 3, 1)) == d
    with pytest.raises(TypeError, match="datetime"):
        digipolicy.decide(case(), as_of=datetime.datetime(2022, 3, 1, 12, 0))
    with pytest.raises(digipolicy.InvalidOptions) as err:
        digipolicy.decide(case(), as_of="2022-02-30")
    assert (err.value.code, err.value.path, err.value.input) == ("invalid-value", "as_of", "options")
    # A case's own date wins.
    dated = dict(case(), decided_on="2018-05-01")
    assert digipolicy.decide(dated, as_of="2022-03-01").as_of is None
    # decide_many and review take it too; an operation that does not is an error, not ignored.
    many = digipolicy.decide_many([case(), case()], as_of="2022-03-01")
    assert [m.as_of for m in many] == ["2022-03-01", "2022-03-01"]
    r = digipolicy.review(case(), as_of="2022-03-01")
    assert r.as_of == "2022-03-01"
    assert r.result("innovation-strategy:6.3").outcome == "not_applicable"
    with pytest.raises(digipolicy.InvalidOptions):
        digipolicy.Policy.default().run("scope", {"kind": "council_company"}, as_of="2022-03-01")


def test_out_of_scope_has_no_route_and_no_selection():
    c = dict(case(), organisation={"kind": "not_council_financed"})
    d = digipolicy.decide(c)
    assert (d.status, d.route, d.selected) == ("out_of_scope", None, None)
    assert [f.code for f in d.findings] == ["out-of-scope"]
    assert all(r.rank is None for r in d.candidates)
    assert "utanför policyn" in d.to_html("sv")


def test_partners_are_regions_by_code_and_official_name():
    c = json.loads((ROOT / "examples" / "patient-flow-co-development.json").read_text(encoding="utf-8"))
    d = digipolicy.decide(c)
    joint = next(r for r in d.candidates if r.id == "flow-joint")
    assert joint.partners == (
        digipolicy.Partner("SE-M", "Region Skåne"),
        digipolicy.Partner("SE-E", "Region Östergötland"),
    )
    c["candidates"][2]["partners"] = ["Region Skone"]
    with pytest.raises(digipolicy.InvalidCase) as err:
        digipolicy.decide(c)
    assert err.value.code == "unknown-partner"
    hint = err.value.errors()[0].hint
    assert hint is not None and (hint.en, hint.sv) == ("did you mean `Region Skåne` (`SE-M`)", "menade du `Region Skåne` (`SE-M`)")


def test_decide_iter_streams_in_chunks_and_keeps_order():
    text = json.dumps(case())
    def cases():
        for i in range(2_500):
            yield text if i % 500 else "{}"
    results = list(digipolicy.decide_iter(cases(), chunk=1_000))
    assert len(results) == 2_500
    assert [i for i, r in enumerate(results) if isinstance(r, digipolicy.InvalidCase)] == [0, 500, 1000, 1500, 2000]
    with pytest.raises(ValueError):
        list(digipolicy.decide_iter([text], chunk=0))


def test_ctrl_c_stops_a_long_batch():
    import _thread
    import threading

    texts = [json.dumps(case())] * 200_000
    timer = threading.Timer(0.05, _thread.interrupt_main)
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            digipolicy.decide_many(texts)
    finally:
        timer.cancel()


def test_error_output_stays_linear_for_a_large_hostile_case():
    c = case()
    c["candidates"] = [
        {
            "id": f"c{i}", "name": f"C{i}", "origin": "market", "covers": [f"nope-{i}"],
            "cost": {"one_off_sek": 1, "yearly_sek": 1}, "strategic_importance": 3, "delivery_ability": 3,
        }
        for i in range(10_000)
    ]
    c.pop("preferred_candidate", None)
    with pytest.raises(digipolicy.InvalidCase) as err:
        digipolicy.decide(c)
    assert (len(err.value.errors()), err.value.more_errors) == (100, 9_900)
    assert len(json.dumps(err.value.to_dict())) < 40_000
    # Messages are in both languages, like findings.
    first = err.value.errors()[0]
    assert first.message.sv.startswith("okänt krav") and first.message.en.startswith("unknown requirement")
    assert err.value.text.sv.startswith("ogiltigt ärende")


def test_limits_are_settable_and_named_in_errors():
    policy = digipolicy.Policy.default()
    assert policy.limits["max_candidates"] == 10_000
    small = policy.with_limits(max_candidates=1)
    assert small.limits["max_candidates"] == 1 and small.limits["max_requirements"] == 10_000
    with pytest.raises(digipolicy.InvalidCase) as err:
        small.decide(case())
    assert (err.value.code, err.value.path) == ("limit-exceeded", "candidates")
    with pytest.raises(digipolicy.InvalidOptions):
        policy.with_limits(max_everything=3)


def test_to_frame_keeps_case_ids_and_has_a_column_per_clause():
    pd = pytest.importorskip("pandas")
    bad = dict(case(), id="bad-1", horizon_years=0)
    frame = digipolicy.to_frame(digipolicy.decide_many([case(), bad]))
    assert list(frame["case_id"]) == ["2025-017", "bad-1"]
    assert list(frame["status"]) == ["ready", "invalid"]
    assert frame.loc[0, "policy:5.6"] == "met"
    assert isinstance(pd.DataFrame, type)


def test_the_docstring_examples_run(monkeypatch):
    import doctest

    import digipolicy._policy

    monkeypatch.chdir(ROOT)
    result = doctest.testmod(digipolicy._policy, optionflags=doctest.ELLIPSIS, extraglobs={"digipolicy": digipolicy})
    assert result.attempted >= 8 and result.failed == 0
    # Every public function says what it takes, returns and raises.
    for name in ("decide", "decide_many", "decide_iter", "review", "scope", "classify"):
        doc = getattr(digipolicy, name).__doc__
        assert "Args:" in doc and ("Returns:" in doc or "Yields:" in doc) and "Example:" in doc, name


def test_the_readme_python_quick_start_runs_from_another_directory(tmp_path, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python quick-start"):]
    code = section[section.index("```python\n") + 10 :]
    code = code[: code.index("```")]
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    assert "market signera" in capsys.readouterr().out


def test_justified_and_open_deviations():
    c = json.loads((ROOT / "examples" / "market-forbids-new-solutions.json").read_text(encoding="utf-8"))
    d = digipolicy.decide(c)
    assert [o.code for o in d.open_deviations] == ["procurement-forbids-new-solutions"]
    c["justifications"] = [{"clause": "innovation-strategy:6.3", "candidate": "rotaplan", "text": "Ramavtal."}]
    d = digipolicy.decide(c)
    assert d.open_deviations == ()
    assert [f.justified for f in d.findings if f.severity == "deviation"] == ["Ramavtal."]
    c["justifications"] = [{"clause": "policy:5.9", "text": "Inget."}]
    with pytest.raises(digipolicy.InvalidCase) as err:
        digipolicy.decide(c)
    assert (err.value.code, err.value.path) == ("unmatched-justification", "justifications[0]")


def test_records_verify_and_have_the_clis_digest():
    import subprocess

    r = digipolicy.record(case())
    assert r["input_digest"].startswith("sha256:") and r["decision"]["selected"] == "region-video"
    assert digipolicy.verify(r)["verdict"] == "ok"
    cli = ROOT / "target" / "debug" / "digipolicy"
    if not cli.exists():
        subprocess.run(["cargo", "build", "-q", "-p", "digipolicy-cli"], cwd=ROOT, check=True)
    out = subprocess.run([str(cli), "record", str(EXAMPLE)], capture_output=True, check=True)
    assert json.loads(out.stdout)["input_digest"] == r["input_digest"]
    # The record as the CLI writes it (pretty JSON text), its bytes and its file verify too.
    assert digipolicy.verify(out.stdout.decode("utf-8"))["verdict"] == "ok"
    assert digipolicy.verify(out.stdout)["verdict"] == "ok"
    path = pathlib.Path(os.environ.get("TMPDIR", "/tmp")) / "digipolicy-one.record.json"
    path.write_bytes(out.stdout)
    assert digipolicy.verify(path)["verdict"] == "ok"
    r["case"]["title"] = "edited"
    assert digipolicy.verify(r)["verdict"] == "tampered"
    assert digipolicy.verify(json.dumps(r, indent=2))["verdict"] == "tampered"


# --- the decision memo and the yearly accounts ---

PORTFOLIO = ROOT / "tests" / "portfolio"


def _portfolio_records():
    return [digipolicy.record(line) for line in (PORTFOLIO / "cases.jsonl").read_text(encoding="utf-8").splitlines()]


def test_accounts_give_the_same_numbers_as_the_cli_and_rust():
    records = _portfolio_records()
    accounts = digipolicy.accounts(records, 2020)
    expected = json.loads((PORTFOLIO / "accounts-2020.json").read_text(encoding="utf-8"))
    assert accounts.to_dict() == expected
    assert accounts.to_json() == (PORTFOLIO / "accounts-2020.json").read_text(encoding="utf-8")
    d = accounts.digitalisation
    assert (d["requests"], d["routes"]["blocked"], d["routes"]["in_house"], d["routes"]["market"]) == (8, 1, 1, 2)
    assert accounts.innovation["deviations"] == {"justified": 1, "open": 0}
    # From a JSON-lines file too, and JSON texts.
    path = pathlib.Path(os.environ.get("TMPDIR", "/tmp")) / "digipolicy-records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert digipolicy.accounts(path, 2020).to_dict() == expected
    assert digipolicy.accounts([json.dumps(r) for r in records], 2020).to_dict() == expected
    # Records as `record` writes them by default: pretty, one after another in a file.
    path.write_text("".join(json.dumps(r, indent=2, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    assert digipolicy.accounts(path, 2020).to_dict() == expected


def test_accounts_tables_and_documents():
    pd = pytest.importorskip("pandas")
    accounts = digipolicy.accounts(_portfolio_records(), 2020, lang="en")
    assert isinstance(accounts.by_quarter, pd.DataFrame)
    assert list(accounts.by_quarter["requests"]) == [2, 3, 1, 2]
    routes = accounts.routes.set_index("route")
    assert routes.loc["market", "requests"] == 2 and routes.loc["market", "previous_year"] == 2
    assert routes.loc["blocked", "requests"] == 1 and routes.loc["blocked", "name"] == "blocked"
    clauses = accounts.clauses.set_index("clause")
    assert clauses.loc["policy:5.6", ["met", "not_met"]].tolist() == [6, 1]
    assert clauses.loc["innovation-strategy:6.3", "view"] == "innovation"
    assert accounts.change.set_index("measure").loc["digitalisation.requests", "change"] == 5
    assert accounts.to_markdown().startswith("# Yearly accounts of decisions on IT support 2020\n")
    assert "Innovationsbokslut 2020" in accounts.to_html(lang="sv")
    fig = accounts.plot()
    assert len(fig.axes) == 3
    # For a board: every chart titled, its value axis labelled, the legend outside the data,
    # and no two series of a chart sharing a colour and a pattern (greyscale keeps them apart).
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    for ax in fig.axes:
        assert ax.get_title() and (ax.get_xlabel() or ax.get_ylabel()), ax
        legend = ax.get_legend()
        assert legend is not None
        assert not legend.get_window_extent(renderer).overlaps(ax.get_window_extent(renderer)), ax.get_title()
        styles = {(p.get_facecolor(), p.get_hatch()) for container in ax.containers for p in container.patches[:1]}
        assert len(styles) == len(ax.containers), ax.get_title()
    fig.savefig(ROOT / "target" / "accounts-plot.png", dpi=80, bbox_inches="tight")
    # A person reads titles and citations, never ids, in the tables' names and the plot.
    assert routes.loc["in_house", "name"] == "in-house"
    assert clauses.loc["policy:5.9", "cited"] == "Coordinated acquisition (the policy § 5.9)"
    ticks = [t.get_text() for t in fig.axes[1].get_yticklabels()]
    assert ticks and not any(":" in t or "_" in t for t in ticks), ticks
    sv = digipolicy.accounts(_portfolio_records(), 2020, lang="sv")
    assert sv.routes.set_index("route").loc["co_development", "name"] != "co_development"
    assert "policyn § 5.9" in sv.clauses.set_index("clause").loc["policy:5.9", "cited"]


def test_accounts_errors():
    with pytest.raises(digipolicy.InvalidRecord) as err:
        digipolicy.accounts([{"case": {}}], 2020)
    assert err.value.path == "[0].input_digest" and isinstance(err.value, ValueError)
    for year in (0, 20200, -1, True, 2020.0):
        with pytest.raises(ValueError):
            digipolicy.accounts([], year)
    with pytest.raises(digipolicy.InvalidRecord):
        digipolicy.accounts("not a record", 2020)
    with pytest.raises(TypeError):
        digipolicy.accounts(2020, 2020)
    with pytest.raises(TypeError):
        digipolicy.accounts([2020], 2020)


def test_accounts_take_what_every_input_takes_and_keep_only_the_figures():
    records = _portfolio_records()
    expected = json.loads((PORTFOLIO / "accounts-2020.json").read_text(encoding="utf-8"))
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    # JSON text or bytes holding many; a generator of bytes; one dict.
    assert digipolicy.accounts(lines, 2020).to_dict() == expected
    assert digipolicy.accounts(lines.encode("utf-8"), 2020).to_dict() == expected
    assert digipolicy.accounts((json.dumps(r).encode() for r in records), 2020).to_dict() == expected
    one = digipolicy.accounts(records[0], 2020)
    assert one.data["records"]["in_year"] == 1
    # An async iterable, counted as the records arrive.
    import asyncio

    async def arrive():
        for r in records:
            yield r

    assert asyncio.run(digipolicy.accounts_async(arrive(), 2020)).to_dict() == expected
    # The same record again is counted once and listed; an edited one is left out and listed.
    edited = json.loads(json.dumps(records[1]))
    edited["case"]["title"] = "Edited afterwards"
    a = digipolicy.accounts(records + [records[0], edited], 2020)
    assert (a.data["records"]["duplicates"], a.data["records"]["unverified"]) == (1, 1)
    assert a.digitalisation == expected["digitalisation"]
    assert [l["reason"] for l in a.data["left_out"]] == ["duplicate", "tampered"]
    assert a.data["left_out"][0]["same_as"] == 0
    # progress=True works with or without tqdm installed.
    assert digipolicy.accounts(records, 2020, progress=True).to_dict() == expected


def test_record_takes_as_of_and_verify_re_decides_on_it():
    undated = json.loads((PORTFOLIO / "cases.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert "decided_on" not in undated
    r = digipolicy.record(undated, as_of="2020-10-01")
    assert r["decision"]["as_of"] == "2020-10-01"
    assert digipolicy.verify(r)["verdict"] == "ok"
    assert digipolicy.accounts([r], 2020).data["records"]["in_year"] == 1


def test_decide_many_shows_progress_when_asked():
    cases = [json.dumps(json.loads(line)) for line in (PORTFOLIO / "cases.jsonl").read_text(encoding="utf-8").splitlines()]
    plain = [d.route for d in digipolicy.decide_many(cases)]
    assert [d.route for d in digipolicy.decide_many(cases, progress=True, threads=1)] == plain


def test_memo_in_both_languages_and_formats():
    case = ROOT / "examples" / "e-signature-with-evidence.json"
    md = digipolicy.memo(case)
    assert "**TJÄNSTEUTLÅTANDE**" in md and "## Förslag till beslut" in md and "\n1. att anskaffa " in md
    assert "1 200 000 kr" in md  # the core's kronor, as in the CLI and the card
    html = digipolicy.memo(case, lang="en", format="html")
    assert html.startswith("<!DOCTYPE html>") and "<h2>Economic consequences</h2>" in html
    assert "SEK 1,200,000" in html
    with pytest.raises(digipolicy.InvalidOptions) as err:
        digipolicy.memo(case, lang="de")
    assert err.value.path == "lang"
    with pytest.raises(digipolicy.InvalidOptions) as err:
        digipolicy.memo(case, format="pdf")
    assert err.value.path == "format"


def test_the_card_is_the_cores_and_links_to_the_memo():
    d = digipolicy.decide(ROOT / "examples" / "e-signature-with-evidence.json")
    card = d.to_html()
    # Rendered by the core's template: names, labels and the core's kronor.
    assert card.count("<div class=\"digipolicy-decision\"") == 1 and "1 200 000 kr" in card
    assert "Samordnad anskaffning" in card  # clause titles from the pack
    shown = d._repr_html_()
    assert 'download="memo-2025-031.html"' in shown and "data:text/html;charset=utf-8;base64," in shown
    memo = d.memo()
    assert memo == digipolicy.memo(ROOT / "examples" / "e-signature-with-evidence.json", format="html")
    assert "**DECISION MEMO**" in d.memo("en", "md")
    back = pickle.loads(pickle.dumps(d))
    assert back.to_html() == card
    with pytest.raises(ValueError, match="case is not known"):
        back.memo()


# --- dicts written as JSON in Rust, exactly as json.dumps writes them ---

DUMPS_CASES = [
    {},
    [],
    {"a": 1, "b": [1, 2.5, -0.0, 1e16, 1e-7, 10**30, -(10**30)], "c": None, "d": True, "e": False},
    {"s": 'quote " backslash \\ newline \n tab \t cr \r bs \b ff \f nul \x00 us \x1f del \x7f'},
    {"åäö": "Ünïcödé ✓ 𝄞 \u200b \u202e"},
    {1: "int key", 2.5: "float key", True: "bool key", None: "none key"},
    {"nan": float("nan"), "inf": float("inf"), "-inf": float("-inf")},
    {"tuple": (1, "two", (3,)), "nested": {"deep": [{"x": [[], {}]}]}},
]


@pytest.mark.parametrize("value", DUMPS_CASES)
def test_native_dumps_is_json_dumps(value):
    assert digipolicy._native.dumps(value) == json.dumps(value, ensure_ascii=False)


def test_native_dumps_refuses_what_json_dumps_refuses():
    with pytest.raises(TypeError, match="not JSON serializable"):
        digipolicy._native.dumps({"x": {1, 2}})
    with pytest.raises(TypeError, match="keys must be str"):
        digipolicy._native.dumps({(1, 2): "tuple key"})
    loop = {}
    loop["self"] = loop
    with pytest.raises(ValueError, match="Circular reference"):
        digipolicy._native.dumps(loop)
    deep = []
    for _ in range(5000):
        deep = [deep]
    with pytest.raises(RecursionError):
        digipolicy._native.dumps(deep)
    class Sub(int):
        pass
    assert digipolicy._native.dumps({"n": Sub(7), "b": [True]}) == json.dumps({"n": Sub(7), "b": [True]})


def test_a_dict_case_decides_and_fails_exactly_as_its_json_text():
    case = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert digipolicy.decide(case).to_json() == digipolicy.decide(json.dumps(case)).to_json()
    bad = {**case, "horizon_years": float("nan")}
    with pytest.raises(digipolicy.InvalidCase) as from_dict:
        digipolicy.decide(bad)
    with pytest.raises(digipolicy.InvalidCase) as from_text:
        digipolicy.decide(json.dumps(bad, ensure_ascii=False))
    assert from_dict.value.to_dict() == from_text.value.to_dict()
