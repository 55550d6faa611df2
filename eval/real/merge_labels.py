#!/usr/bin/env python3
"""Join the per-rule judgement files into the one labels file noise.py reads.

Each rule's judged findings live in eval/real/labels/RULE.tsv (so work on one
rule never touches another's rows); this writes eval/real/polnear-train.tsv.
"""
from pathlib import Path

HEADER = "file\trule\tstart\ttext\tjudgement\tpattern"
here = Path(__file__).resolve().parent
rows = []
for part in sorted((here / "labels").glob("*.tsv")):
    for n, line in enumerate(part.read_text(encoding="utf-8").splitlines()):
        if not line.strip() or (n == 0 and line.startswith("file\t")):
            continue
        if line.count("\t") != 5:
            raise SystemExit(f"{part.name}:{n + 1}: expected 6 tab-separated columns")
        rows.append(line)
rows.sort(key=lambda r: (r.split("\t")[0], r.split("\t")[1], int(r.split("\t")[2])))
(here / "polnear-train.tsv").write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
print(f"{len(rows)} judged findings written to {here / 'polnear-train.tsv'}")
