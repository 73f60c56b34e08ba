"""The policy and the library's operations. Every rule lives in the Rust core; this module
converts and forwards, and the native module raises the errors of ``_errors``."""

from __future__ import annotations

import datetime
import json
import os
from typing import Any, Dict, Iterable, Iterator, List, Literal, Mapping, Optional, Sized, Tuple, Union

from . import _native
from ._errors import InvalidInput, from_report
from ._accounts import Accounts
from ._input import Input, loads, text_of
from ._results import Classification, Decision, Review, Scope
from ._text import Lang, check_lang


AsOf = Union[str, datetime.date, None]
Records = Union[Iterable[Union[Mapping[str, Any], str, bytes]], Mapping[str, Any], str, bytes, "os.PathLike[str]"]


def _check_year(year: Any) -> None:
    """A year of the accounts is a whole number 1–9999, as in every runtime."""
    if isinstance(year, bool) or not isinstance(year, int) or not 1 <= year <= 9999:
        raise ValueError(f"year must be a whole year like 2025, not {year!r}")


class _Progress:
    """A progress bar with ``tqdm`` (``tqdm.auto``: a widget in a notebook, a line in a
    terminal) when asked for and installed; otherwise nothing is shown."""

    def __init__(self, enabled: bool, total: Optional[int], unit: str) -> None:
        self._bar: Any = None
        if enabled:
            try:
                from tqdm.auto import tqdm  # type: ignore[import-untyped, unused-ignore]
            except ImportError:
                return
            self._bar = tqdm(total=total, unit=unit, unit_scale=unit == "B")

    def update(self, n: int) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


_CHUNK = 1 << 20


def _feed_records(tally: Any, records: Records, progress: bool) -> None:
    """Feeds records to a native tally as the core reads a stream of them, keeping nothing
    but the tally: a path is read a chunk at a time; JSON text or bytes (a JSON array, JSON
    lines or pretty records) are fed whole; a dict is one record; any other iterable gives
    records one at a time (dicts, JSON texts or bytes)."""
    if isinstance(records, os.PathLike):
        path = os.fspath(records)
        bar = _Progress(progress, os.path.getsize(path), "B")
        try:
            with open(path, "rb") as f:
                while chunk := f.read(_CHUNK):
                    tally.feed(chunk)
                    bar.update(len(chunk))
        finally:
            bar.close()
        return
    if isinstance(records, str):
        tally.feed(records.encode("utf-8"))
        return
    if isinstance(records, (bytes, bytearray, memoryview)):
        tally.feed(bytes(records))
        return
    if isinstance(records, Mapping):
        tally.add_json(_native.dumps(records))
        return
    try:
        items = iter(records)
    except TypeError:
        raise TypeError(
            "records must be an iterable of records (dicts or JSON texts), JSON text, bytes or a pathlib.Path, "
            f"not {type(records).__name__}"
        ) from None
    bar = _Progress(progress, len(records) if isinstance(records, Sized) else None, " records")
    try:
        for r in items:
            if isinstance(r, Mapping):
                tally.add_json(_native.dumps(r))
            elif isinstance(r, str):
                tally.feed(r.encode("utf-8") + b"\n")
            elif isinstance(r, (bytes, bytearray)):
                tally.feed(bytes(r) + b"\n")
            else:
                raise TypeError(f"a record must be a dict, JSON text or bytes, not {type(r).__name__}")
            bar.update(1)
    finally:
        bar.close()


def _case_id(case: Union[str, Dict[str, Any]]) -> Optional[str]:
    """The `id` of a case that could not be decided, when its dict or text still shows one,
    so that a table of results keeps it (an error carries no case of its own)."""
    try:
        value = json.loads(case) if isinstance(case, str) else case
    except ValueError:
        return None
    case_id = value.get("id") if isinstance(value, dict) else None
    return case_id if isinstance(case_id, str) else None


def _as_of(value: AsOf) -> Optional[str]:
    """``as_of`` as the core takes it: ``YYYY-MM-DD`` text (a ``date`` is formatted; a
    ``datetime`` is refused, since a time of day would be dropped silently)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime.datetime):
        raise TypeError("as_of must be a date, not a datetime: pass value.date()")
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"as_of must be a 'YYYY-MM-DD' string or a datetime.date, not {type(value).__name__}")


class Policy:
    """A compiled policy pack: build it once, share it between threads, decide with it."""

    __slots__ = ("_native",)

    def __init__(self, native: _native.Policy) -> None:
        self._native = native

    @classmethod
    def default(cls) -> "Policy":
        """The embedded pack: SLL 2016."""
        return _DEFAULT

    @classmethod
    def from_json(cls, pack: Input) -> "Policy":
        """A pack from a dict, JSON text or a path; raises ``InvalidPolicy`` when invalid."""
        return cls(_native.Policy.from_json(text_of(pack, "pack")))

    @property
    def id(self) -> str:
        """The pack's id."""
        return self._native.id

    @property
    def version(self) -> str:
        """The pack's version."""
        return self._native.version

    @property
    def pack(self) -> Dict[str, Any]:
        """The pack as data."""
        return loads(self._native.pack_json())

    def decide(self, case: Input, *, lang: Lang = "sv", as_of: AsOf = None) -> Decision:
        """Decides a case; raises ``InvalidCase`` with every problem when it is invalid.
        ``as_of`` (``"YYYY-MM-DD"`` or a ``datetime.date``) fills in ``decided_on`` where the
        case has none, and the decision records it in ``as_of``; nothing reads a clock."""
        check_lang(lang)
        date = _as_of(as_of)
        if type(case) is dict:
            # Read straight into the core's types, without JSON text; the same result and
            # the same errors as the text would get. The native decision keeps
            # the case for its memo.
            return Decision(self._native.decide_object(case, date), lang, source=(self._native, None, date))
        text = text_of(case, "case")
        return Decision(self._native.decide(text, date), lang, source=(self._native, text, date))

    def decide_many(
        self,
        cases: Iterable[Input],
        *,
        errors: Literal["return", "raise"] = "return",
        threads: Optional[int] = None,
        lang: Lang = "sv",
        as_of: AsOf = None,
        progress: bool = False,
    ) -> List[Union[Decision, InvalidInput]]:
        """Decides many cases in parallel without holding the GIL; results in input order.
        A bad case does not lose the others: its slot holds its ``InvalidCase`` (or, with
        ``errors="raise"``, the first one is raised). ``as_of`` as in ``decide``;
        ``progress=True`` shows a ``tqdm`` bar when tqdm is installed."""
        if errors not in ("return", "raise"):
            raise ValueError(f"errors must be 'return' or 'raise', not {errors!r}")
        check_lang(lang)
        # A dict goes to the core as it is (read there into the same tree JSON text gives).
        inputs = [c if type(c) is dict else text_of(c, "case") for c in cases]
        n = max(1, threads if threads is not None else (os.cpu_count() or 1))
        date = _as_of(as_of)
        out: List[Union[Decision, InvalidInput]] = []
        bar = _Progress(progress, len(inputs), " cases")
        # With a bar, the batch goes in slices so that the bar moves; without, in one call.
        step = max(1, 256 * n) if progress else max(1, len(inputs))
        try:
            for start in range(0, len(inputs), step):
                for slot in self._native.decide_many(inputs[start : start + step], n, date):
                    if isinstance(slot, str):
                        err = from_report(slot)
                        err.case_id = _case_id(inputs[len(out)])
                        if errors == "raise":
                            raise err
                        out.append(err)
                    else:
                        # Decisions in bulk keep no copy of their case (memory stays the decision's).
                        out.append(Decision(slot, lang))
                bar.update(min(step, len(inputs) - start))
        finally:
            bar.close()
        return out

    def decide_iter(
        self,
        cases: Iterable[Input],
        *,
        chunk: int = 1000,
        errors: Literal["return", "raise"] = "return",
        threads: Optional[int] = None,
        lang: Lang = "sv",
        as_of: AsOf = None,
    ) -> Iterator[Union[Decision, InvalidInput]]:
        """Decides cases lazily, ``chunk`` at a time in parallel, yielding results in input
        order: memory stays bounded by the chunk however many cases the iterable holds (a
        million-line export, a database cursor). Ctrl-C stops within a fraction of a second;
        every result already yielded stays with the caller."""
        if chunk < 1:
            raise ValueError(f"chunk must be at least 1, not {chunk}")
        batch: List[Input] = []
        for case in cases:
            batch.append(case)
            if len(batch) >= chunk:
                yield from self.decide_many(batch, errors=errors, threads=threads, lang=lang, as_of=as_of)
                batch = []
        if batch:
            yield from self.decide_many(batch, errors=errors, threads=threads, lang=lang, as_of=as_of)

    def run(
        self,
        operation: Literal[
            "decide", "review", "scope", "classify", "compare", "sensitivity", "align", "record", "verify"
        ],
        obj: Union[Input, List[Any]],
        *,
        as_of: AsOf = None,
    ) -> Dict[str, Any]:
        """Runs an operation and returns its result as the contract's JSON object: the raw
        form of every operation of the library. ``as_of`` applies to ``decide``, ``review``
        and ``record`` only; given to another operation it raises ``InvalidOptions``."""
        text = json.dumps(obj, ensure_ascii=False) if isinstance(obj, list) else text_of(obj, "input")
        return loads(self._native.run(operation, text, _as_of(as_of)))

    @property
    def limits(self) -> Dict[str, int]:
        """The limits on the inputs this policy reads: ``max_input_bytes``,
        ``max_candidates``, ``max_requirements``, ``max_list_items``, ``max_string_chars``."""
        return {k: int(v) for k, v in loads(self._native.limits_json()).items()}

    def with_limits(self, **limits: int) -> "Policy":
        """This policy with other input limits, e.g. ``policy.with_limits(max_candidates=50_000)``;
        the others keep their defaults. An unknown name raises ``InvalidOptions``."""
        return Policy(self._native.with_limits(json.dumps(limits)))

    def variant(self, **overrides: Any) -> "Policy":
        """A what-if variant with named parameters overridden, e.g.
        ``policy.variant(**{"weights.cost": 3})`` or ``policy.variant(strict_order=False)``.
        The rules stay as they are; the variant's version records the overrides."""
        return Policy(self._native.variant(json.dumps(overrides)))

    def compare(self, cases: Iterable[Input], overrides: Mapping[str, Any]) -> Dict[str, Any]:
        """Decides ``cases`` under this pack and under its variant with ``overrides``; per
        case whether the route, the selection or the status changed, and why."""
        texts = [json.loads(text_of(c, "case")) for c in cases]
        return self.run("compare", {"cases": texts, "overrides": dict(overrides)})

    def sensitivity(self, case: Input) -> Dict[str, Any]:
        """For each criterion weight, the change within 0–10× that would change the selection
        within the selected candidate's stage."""
        return self.run("sensitivity", case)

    def memo(
        self, case: Input, *, lang: Lang = "sv", format: Literal["md", "html"] = "md", as_of: AsOf = None
    ) -> str:
        """The decision memo (*tjänsteutlåtande*) of a case; see ``digipolicy.memo``."""
        # The core checks `lang` and `format`: a bad one is its `InvalidOptions` (a ValueError).
        return self._native.memo(text_of(case, "case"), lang, format, _as_of(as_of))

    def accounts(self, records: Records, year: int, *, lang: Lang = "sv", progress: bool = False) -> Accounts:
        """The yearly accounts of decision records; see ``digipolicy.accounts``."""
        check_lang(lang)
        _check_year(year)
        tally = self._native.tally(year)
        _feed_records(tally, records, progress)
        return Accounts(loads(tally.finish()), lang)

    async def accounts_async(
        self, records: Any, year: int, *, lang: Lang = "sv", progress: bool = False
    ) -> Accounts:
        """The yearly accounts of records from an async iterable (an async database cursor,
        a stream of lines): each record is counted as it arrives; see ``digipolicy.accounts``."""
        check_lang(lang)
        _check_year(year)
        if not hasattr(records, "__aiter__"):
            raise TypeError(f"records must be an async iterable, not {type(records).__name__}")
        tally = self._native.tally(year)
        bar = _Progress(progress, None, " records")
        try:
            async for r in records:
                _feed_records(tally, r if isinstance(r, (Mapping, str, bytes)) else [r], False)
                bar.update(1)
        finally:
            bar.close()
        return Accounts(loads(tally.finish()), lang)

    def _run(self, operation: Literal["review", "scope", "classify"], obj: Input, what: str) -> Dict[str, Any]:
        return loads(self._native.run(operation, text_of(obj, what)))

    def review(self, case: Input, *, as_of: AsOf = None) -> Review:
        """Reviews a case against every governing principle and rule; ``as_of`` as in
        ``decide``."""
        return Review._of(loads(self._native.run("review", text_of(case, "case"), _as_of(as_of))))

    def scope(self, organisation: Input) -> Scope:
        """Whether and how the policy applies to an organisation (policy §2)."""
        return Scope._of(self._run("scope", organisation, "organisation"))

    def classify(self, initiative: Input) -> Classification:
        """Classifies an initiative under the definition of innovation (policy §3, §3.1)."""
        return Classification._of(self._run("classify", initiative, "initiative"))

    def __repr__(self) -> str:
        return f"<Policy {self.id} {self.version}>"

    def __reduce__(self) -> Tuple[Any, ...]:
        return (Policy.from_json, (self._native.pack_json(),))


_DEFAULT = Policy(_native.Policy.default())


def decide(case: Input, *, policy: Optional[Policy] = None, lang: Lang = "sv", as_of: AsOf = None) -> Decision:
    """Decides a case under the policy (the embedded SLL 2016 pack by default).

    Args:
        case: the case as a dict, JSON text (``str``; never a file name), UTF-8 bytes, or a
            ``pathlib.Path`` to a JSON file.
        policy: the pack to decide under; the embedded one when ``None``.
        lang: the language of the notebook card, ``"sv"`` or ``"en"``.
        as_of: a date (``"YYYY-MM-DD"`` or ``datetime.date``) that fills in a missing
            ``decided_on``; the decision records it. Nothing reads a clock.

    Returns:
        The ``Decision``: ``route``, ``selected``, ``status``, ``candidates``,
        ``findings``, ``review``, ``missing_evidence``, ``trace``.

    Raises:
        InvalidCase: the case breaks the contract; ``.code``, ``.path``, ``.text`` (sv/en)
            and every problem in ``.errors()``.
        InvalidOptions: ``as_of`` is not a date.
        ValueError: ``lang`` is not ``"sv"`` or ``"en"``.

    Example:
        >>> import digipolicy, pathlib
        >>> d = digipolicy.decide(pathlib.Path("examples/video-consultations-in-house.json"))
        >>> d.route, d.selected
        ('in_house', 'region-video')
    """
    return (policy or _DEFAULT).decide(case, lang=lang, as_of=as_of)


def decide_many(
    cases: Iterable[Input],
    *,
    policy: Optional[Policy] = None,
    errors: Literal["return", "raise"] = "return",
    threads: Optional[int] = None,
    lang: Lang = "sv",
    as_of: AsOf = None,
    progress: bool = False,
) -> List[Union[Decision, InvalidInput]]:
    """Decides many cases in parallel without holding the GIL; results in input order.

    Args:
        cases: the cases, each as ``decide`` takes them (JSON text is fastest, e.g. the
            lines of a JSON-lines export).
        policy: the pack; the embedded one when ``None``.
        errors: ``"return"`` puts a bad case's ``InvalidCase`` in its slot (the batch is not
            lost); ``"raise"`` raises the first one.
        threads: worker threads; the number of CPUs when ``None``.
        lang: the language of the cards, ``"sv"`` or ``"en"``.
        as_of: as in ``decide``.
        progress: show a progress bar with ``tqdm`` when it is installed (a widget in a
            notebook); nothing is shown without it.

    Returns:
        One ``Decision`` or ``InvalidInput`` per case, in order; an error carries the case's
        ``case_id`` when its text still shows one.

    Raises:
        KeyboardInterrupt: Ctrl-C, noticed between rounds of 256 cases per thread.
        InvalidCase: with ``errors="raise"``.

    Example:
        >>> results = digipolicy.decide_many(['{"id": "x"}'])
        >>> results[0].code
        'missing-field'
    """
    return (policy or _DEFAULT).decide_many(
        cases, errors=errors, threads=threads, lang=lang, as_of=as_of, progress=progress
    )


def decide_iter(
    cases: Iterable[Input],
    *,
    chunk: int = 1000,
    policy: Optional[Policy] = None,
    errors: Literal["return", "raise"] = "return",
    threads: Optional[int] = None,
    lang: Lang = "sv",
    as_of: AsOf = None,
) -> Iterator[Union[Decision, InvalidInput]]:
    """Decides cases lazily in chunks, for inputs too large to hold at once.

    Args:
        cases: any iterable of cases (a generator over a file, a database cursor).
        chunk: how many cases are decided together; memory stays bounded by it.
        policy, errors, threads, lang, as_of: as in ``decide_many``.

    Yields:
        One ``Decision`` or ``InvalidInput`` per case, in input order; after Ctrl-C every
        result already yielded stays with the caller.

    Raises:
        ValueError: ``chunk`` is less than 1.

    Example:
        >>> lines = (line for line in open("cases.jsonl", encoding="utf-8"))  # doctest: +SKIP
        >>> routes = [d.route for d in digipolicy.decide_iter(lines, chunk=10_000)]  # doctest: +SKIP
    """
    return (policy or _DEFAULT).decide_iter(cases, chunk=chunk, errors=errors, threads=threads, lang=lang, as_of=as_of)


def review(case: Input, *, policy: Optional[Policy] = None, as_of: AsOf = None) -> Review:
    """Reviews a case against every governing principle and rule (policy §2, §5.1–5.9,
    the strategies' rules): per clause met, not met, not known or not applicable, with the
    evidence used and what is missing.

    Args:
        case: as in ``decide``.
        policy: the pack; the embedded one when ``None``.
        as_of: as in ``decide``.

    Returns:
        The ``Review`` (``results``, ``counts``, ``missing_evidence``).

    Raises:
        InvalidCase: the case breaks the contract.

    Example:
        >>> r = digipolicy.review({"id": "x", "title": "t", "requirements": [{"id": "r", "priority": "must"}], "candidates": []})
        >>> r.result("policy:5.6").outcome
        'not_met'
    """
    return (policy or _DEFAULT).review(case, as_of=as_of)


def scope(organisation: Input, *, policy: Optional[Policy] = None) -> Scope:
    """Whether and how the policy applies to an organisation (policy §2).

    Args:
        organisation: ``{"kind": …, "name": …, "agreement_binds_policy": …}`` as
            ``decide`` takes a case.
        policy: the pack; the embedded one when ``None``.

    Returns:
        The ``Scope``: ``applies``, ``binds_through``, ``overrides_local_documents``.

    Raises:
        InvalidOrganisation: the input breaks the contract.

    Example:
        >>> digipolicy.scope({"kind": "not_council_financed"}).applies
        False
    """
    return (policy or _DEFAULT).scope(organisation)


def classify(initiative: Input, *, policy: Optional[Policy] = None) -> Classification:
    """Classifies an initiative under the definition of innovation (policy §3, §3.1): an
    innovation, an idea, or continuous improvement.

    Args:
        initiative: ``{"id", "title", "novelty", "in_practice", "value"}``.
        policy: the pack; the embedded one when ``None``.

    Returns:
        The ``Classification`` with its class and the clause that decides it.

    Raises:
        InvalidInitiative: the input breaks the contract.

    Example:
        >>> digipolicy.classify({"id": "i", "title": "t", "novelty": "new", "in_practice": False}).class_
        'idea'
    """
    return (policy or _DEFAULT).classify(initiative)


def compare(cases: Iterable[Input], overrides: Mapping[str, Any], *, policy: Optional[Policy] = None) -> Dict[str, Any]:
    """Decides cases under a pack and under its what-if variant, and says per case whether
    the route, the selection or the status changed, and why.

    Args:
        cases: the cases, each as ``decide`` takes them.
        overrides: parameters by path, e.g. ``{"weights.cost": 3}`` or ``{"strict_order": False}``.
        policy: the pack; the embedded one when ``None``.

    Returns:
        The comparison as the contract's JSON object (``schema("comparison")``).

    Raises:
        InvalidCase: a case breaks the contract. InvalidPolicy: an unknown or bad parameter.

    Example:
        >>> digipolicy.compare([], {"weights.cost": 3})["changed_parameters"]
        [{'name': 'weights.cost', 'a': 1.0, 'b': 3.0}]
    """
    return (policy or _DEFAULT).compare(cases, overrides)


def sensitivity(case: Input, *, policy: Optional[Policy] = None) -> Dict[str, Any]:
    """How far each criterion weight can move (within 0–10×, the others fixed) before the
    selection within the selected candidate's stage changes.

    Args:
        case: as in ``decide``.
        policy: the pack; the embedded one when ``None``.

    Returns:
        The sensitivity as the contract's JSON object (``schema("sensitivity")``).

    Raises:
        InvalidCase: the case breaks the contract.
    """
    return (policy or _DEFAULT).sensitivity(case)


def align(initiatives: Union[Input, List[Any]]) -> Dict[str, Any]:
    """Traces initiatives through Region Östergötland's regional digitalisation strategy (a
    consultation draft): what → how (focus areas) → why (vision values), with the draft's
    caveats and links the library infers marked as inferred.

    Args:
        initiatives: one initiative or a list, each ``{"id", "title", "focus_areas"}``.

    Returns:
        The alignment as the contract's JSON object (``schema("alignment")``).

    Raises:
        InvalidInitiative: an unknown focus area or a blank id or title.

    Example:
        >>> digipolicy.align([{"id": "i", "title": "Fiber", "focus_areas": ["digital-infrastructure"]}])["results"][0]["traces_to_why"]
        True
    """
    return _DEFAULT.run("align", initiatives)


def record(case: Input, *, policy: Optional[Policy] = None, as_of: AsOf = None) -> Dict[str, Any]:
    """Decides a case and returns the decision record a case-management system keeps: the
    case as given, the decision, the pack's id, version and digest, the library version and
    the SHA-256 of the canonical input (``schema("record")``); the same digest as the CLI's
    ``digipolicy record``. ``as_of`` as in ``decide``: the decision keeps it, so ``verify``
    re-decides on the same day and ``accounts`` counts it in that year.

    Raises:
        InvalidCase: the case breaks the contract.
    """
    return (policy or _DEFAULT).run("record", case, as_of=as_of)


def verify(record: Input, *, policy: Optional[Policy] = None) -> Dict[str, Any]:
    """Verifies a decision record under ``policy``: ``{"verdict": "ok" | "tampered" |
    "different", "differences": [...]}`` (``schema("verification")``). The record is taken
    as every input is: a dict, its JSON text (as ``record`` writes it, pretty or compact),
    UTF-8 bytes, or a ``pathlib.Path`` to a file holding it.

    Raises:
        InvalidInput: the input is not a decision record.
    """
    return (policy or _DEFAULT).run("verify", record)


def memo(
    case: Input,
    *,
    lang: Lang = "sv",
    format: Literal["md", "html"] = "md",
    policy: Optional[Policy] = None,
    as_of: AsOf = None,
) -> str:
    """Decides a case and renders its decision memo (*tjänsteutlåtande*): the matter, the
    proposed decision, a summary, the background, the considerations clause by clause, the
    economic consequences and the evidence still to be supplied. The same document as the
    CLI's ``digipolicy memo`` and the form's print.

    Args:
        case: the case, as for ``decide``.
        lang: ``"sv"`` or ``"en"``.
        format: ``"md"`` (Markdown) or ``"html"`` (self-contained, print CSS for A4).
        policy: the pack; the embedded one when ``None``.
        as_of: the date for an undated case, as for ``decide``.

    Returns:
        The memo as text.

    Raises:
        InvalidCase: the case breaks the contract.
        InvalidOptions: ``lang`` or ``format`` is not one of the above (a ``ValueError``).

    Example:
        >>> import digipolicy, pathlib
        >>> memo = digipolicy.memo(pathlib.Path("examples/video-consultations-in-house.json"), lang="en")
        >>> "# Video consultations in primary care" in memo.splitlines()
        True
    """
    return (policy or _DEFAULT).memo(case, lang=lang, format=format, as_of=as_of)


def accounts(
    records: Records,
    year: int,
    *,
    lang: Lang = "sv",
    policy: Optional[Policy] = None,
    progress: bool = False,
) -> Accounts:
    """The yearly accounts (*digitaliseringsbokslut* and *innovationsbokslut*) of decision
    records: the records of ``year`` by the date each was decided, compared against the
    year before when its records are among them. The same numbers as the CLI's
    ``digipolicy accounts``. Records are counted as they are read, keeping only the year's
    figures, so a year of any size fits in memory; each is verified first (one that does not
    verify is left out and listed in ``data["left_out"]``) and an input digest is counted
    once (a repeat is listed as a duplicate).

    Args:
        records: decision records (what ``record`` returns): an iterable of dicts, JSON texts
            or bytes (a generator, a cursor); one dict; JSON text or bytes holding many (a
            JSON array, JSON lines, or pretty records one after another as ``record`` writes
            them); or a ``pathlib.Path`` to a file of them, read a megabyte at a time.
        year: the year to account for, 1–9999.
        lang: the language of the tables' titles and of ``to_markdown``/``to_html``.
        policy: the pack whose clause titles are shown and under which records are verified;
            the embedded one when ``None``.
        progress: show a progress bar with ``tqdm`` when it is installed (a widget in a
            notebook); nothing is shown without it.

    Returns:
        ``Accounts``: ``data`` (``schema("accounts")``), tables ``routes``,
        ``by_quarter``, ``clauses``, ``change`` (DataFrames with pandas), ``to_markdown()``,
        ``to_html()``, ``plot()``.

    Raises:
        InvalidRecord: an item is not a decision record (``.path`` is its index and field).
        ValueError: ``year`` or ``lang`` is not valid.
        TypeError: ``records`` is none of the above.

    Example:
        >>> import digipolicy, pathlib
        >>> r = digipolicy.record(pathlib.Path("examples/dated/2018-decided.json"))
        >>> digipolicy.accounts([r], 2018).digitalisation["requests"]
        1
    """
    return (policy or _DEFAULT).accounts(records, year, lang=lang, progress=progress)


async def accounts_async(
    records: Any,
    year: int,
    *,
    lang: Lang = "sv",
    policy: Optional[Policy] = None,
    progress: bool = False,
) -> Accounts:
    """``accounts`` of records from an async iterable, counted as they arrive."""
    return await (policy or _DEFAULT).accounts_async(records, year, lang=lang, progress=progress)


def schema(name: str) -> Dict[str, Any]:
    """The JSON Schema called ``name``: {names}."""
    return loads(_native.schema(name))


# The names come from the core's one table of schemas.
schema.__doc__ = (schema.__doc__ or "").format(names=", ".join(f"``{n}``" for n in _native.schema_names()))
