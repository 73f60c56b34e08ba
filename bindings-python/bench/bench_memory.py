"""Memory of kept decisions and of a stream, against the aims in BENCHMARKS.md (a benchmark, not a test).

    .venv/bin/python bindings-python/bench/bench_memory.py [kept] [streamed]

1. Keeps `kept` (default 100,000) decisions of the 10-candidate case of `bench_python.py`,
   made by `decide` (each keeps its case, for its memo) and by `decide_many` (keeps none),
   and prints the resident memory each costs: the growth of VmRSS (`/proc/self/status`)
   divided by the count.
2. Streams `streamed` (default 1,000,000) generated cases through `decide_iter` in a child
   process, keeping nothing, and prints its peak resident memory (`ru_maxrss`).
"""

import gc
import pathlib
import resource
import subprocess
import sys

import digipolicy

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_python import ten_candidate_case  # noqa: E402


def rss_kib():
    for line in pathlib.Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def kept(n, how):
    case = ten_candidate_case()
    policy = digipolicy.Policy.default()
    gc.collect()
    before = rss_kib()
    if how == "decide":
        out = [policy.decide(case) for _ in range(n)]
    else:
        out = policy.decide_many([case] * n)
    gc.collect()
    per = (rss_kib() - before) * 1024 / n
    assert len(out) == n
    return per


def stream(n):
    sys.path.insert(0, str(HERE.parents[1] / "examples"))
    from generate_portfolio import generate

    base = generate(n=1000, seed=7)
    policy = digipolicy.Policy.default()
    count = 0
    for d in policy.decide_iter((base[i % len(base)] for i in range(n)), chunk=1000):
        count += 1
    assert count == n
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(*args):
    """Runs one measure in a fresh process, so that no measure inherits another's memory."""
    out = subprocess.run([sys.executable, __file__, *map(str, args)], check=True, capture_output=True, text=True)
    return float(out.stdout.strip())


def main():
    args = sys.argv[1:]
    if args and args[0] == "--stream":
        print(stream(int(args[1])))
        return
    if args and args[0] == "--kept":
        print(kept(int(args[2]), args[1]))
        return
    n = int(args[0]) if args else 100_000
    streamed = int(args[1]) if len(args) > 1 else 1_000_000
    print(f"kept by decide:      {child('--kept', 'decide', n) / 1024:6.1f} KiB per decision over {n:,}")
    print(f"kept by decide_many: {child('--kept', 'many', n) / 1024:6.1f} KiB per decision over {n:,}")
    peak = child("--stream", streamed)
    print(f"decide_iter over {streamed:,} cases: peak RSS {peak / 1024:6.0f} MiB")


if __name__ == "__main__":
    main()
