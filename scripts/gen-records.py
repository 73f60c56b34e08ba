#!/usr/bin/env python3
"""Writes N decision records as JSON lines to standard output, for the accounts benchmark
(scripts/bench-accounts): the portfolio's records (examples/records/) with a distinct case id
each and the input digest taken again, so that every record verifies and none is a
duplicate. Usage: scripts/gen-records.py N (from the repository root)."""
import hashlib, json, sys
n = int(sys.argv[1])
src = [json.loads(l) for l in open("examples/records/portfolio-2019-2020.jsonl", encoding="utf-8") if l.strip()]
out = sys.stdout.buffer
templates = []
for r in src:
    old = json.dumps(r["case"]["id"])
    r["input_digest"] = "@DIGEST@"
    text = json.dumps(r, ensure_ascii=False, separators=(",", ":")).replace(old, '"@ID@"')
    case = json.dumps(r["case"], ensure_ascii=False, sort_keys=True, separators=(",", ":")).replace(old, '"@ID@"')
    templates.append((r["case"]["id"], text, case))
for i in range(n):
    old, text, case = templates[i % len(templates)]
    new = json.dumps(f"{old}-{i}")
    digest = "sha256:" + hashlib.sha256(case.replace('"@ID@"', new).encode("utf-8")).hexdigest()
    out.write(text.replace('"@ID@"', new).replace("@DIGEST@", digest).encode("utf-8") + b"\n")
