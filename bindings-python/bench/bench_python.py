"""Benchmark of the Python bindings against a plain-Python implementation of §5.9, in one run.

    .venv/bin/python bindings-python/bench/bench_python.py

1. Per-call overhead: `digipolicy.decide(dict)` on a 10-candidate case against
   `plain_python.decide(dict)` on the same case.
2. Throughput: `digipolicy.decide_many` on 10,000 generated cases (all threads) against a
   plain-Python loop over them; and `decide_many` over the same cases as JSON lines (as read
   from an export), which skips `json.dumps` under the GIL.
Each timing is the median of several repeats (time.perf_counter); the two sides alternate
so that machine noise hits both. The plain-Python results are checked to agree with
digipolicy on route and selection for every case.
"""

import json
import os
import pathlib
import statistics
import sys
import time

import digipolicy

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "examples"))

import plain_python  # noqa: E402
from generate_portfolio import generate  # noqa: E402


def ten_candidate_case():
    case = generate(n=400, seed=11)[0]
    base = case["candidates"][0]
    case["candidates"] = []
    musts = [r["id"] for r in case["requirements"] if r["priority"] == "must"]
    for i in range(10):
        c = json.loads(json.dumps(base))
        c["id"], c["name"] = f"c{i}", f"Option {i}"
        c["origin"] = ["in_house", "market", "development"][i % 3]
        c.pop("partners", None)
        c.pop("allows_new_solutions", None)
        c["covers"] = musts if i % 4 else musts[:-1]
        c["cost"] = {"one_off_sek": 100_000 * (i + 1), "yearly_sek": 50_000 * (10 - i)}
        c["strategic_importance"], c["delivery_ability"] = 1 + i % 5, 1 + (i * 3) % 5
        case["candidates"].append(c)
    return case


def median_time(fn, repeats):
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def main():
    case = ten_candidate_case()
    policy = digipolicy.Policy.default()
    loops = 2000
    lib, plain = [], []
    for _ in range(7):
        lib.append(median_time(lambda: [policy.decide(case) for _ in range(loops)], 1) / loops)
        plain.append(median_time(lambda: [plain_python.decide(case) for _ in range(loops)], 1) / loops)
    lib_call, plain_call = statistics.median(lib), statistics.median(plain)
    # 1b. Deciding and then reading every candidate's rank (what an analyst does next).
    read, read_plain = [], []
    for _ in range(7):
        read.append(median_time(lambda: [[c.rank for c in policy.decide(case).candidates] for _ in range(loops)], 1) / loops)
        read_plain.append(median_time(lambda: [[c["rank"] for c in plain_python.decide(case)["candidates"]] for _ in range(loops)], 1) / loops)
    read_t, read_plain_t = statistics.median(read), statistics.median(read_plain)

    cases = generate(n=10_000, seed=2025)
    ours = policy.decide_many(cases)
    theirs = [plain_python.decide(c) for c in cases]
    for d, p in zip(ours, theirs):
        assert (d.route, d.selected) == (p["route"], p["selected"]), (d.case_id, d.route, p["route"])
    lines = [json.dumps(c, ensure_ascii=False) for c in cases]  # as read from a JSON-lines export
    many, loop, many_lines = [], [], []
    for _ in range(5):
        many.append(median_time(lambda: policy.decide_many(cases), 1))
        loop.append(median_time(lambda: [plain_python.decide(c) for c in cases], 1))
        many_lines.append(median_time(lambda: policy.decide_many(lines), 1))
    many_t, loop_t, lines_t = statistics.median(many), statistics.median(loop), statistics.median(many_lines)

    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, digipolicy {digipolicy.__version__}")
    print(f"decide(dict), 10 candidates:    digipolicy {lib_call * 1e6:8.1f} µs   plain Python {plain_call * 1e6:8.1f} µs")
    print(
        f"decide(dict) + read all ranks:  digipolicy {read_t * 1e6:8.1f} µs   plain Python {read_plain_t * 1e6:8.1f} µs   "
        f"ratio {read_t / read_plain_t:5.2f}×"
    )
    print(
        f"10,000 cases:  decide_many {many_t:6.3f} s ({len(cases) / many_t:8.0f}/s)   "
        f"plain loop {loop_t:6.3f} s ({len(cases) / loop_t:8.0f}/s)   ratio {loop_t / many_t:5.2f}×"
    )
    print(
        f"10,000 JSON lines:  decide_many {lines_t:6.3f} s ({len(cases) / lines_t:8.0f}/s)   "
        f"against the plain loop over dicts: {loop_t / lines_t:5.2f}×"
    )


if __name__ == "__main__":
    main()
