#!/usr/bin/env python3
"""Check set-g: every span of every expectation and decoy occurs in its draft.

Reports spans that occur more than once (a scorer takes the first occurrence
unless a "#n" suffix is given), the draft's word count, and totals by shape and
kind. Exit status 1 if any span is missing.
"""
import collections, json, pathlib, re, sys

here = pathlib.Path(__file__).resolve().parent
missing = 0
shapes, kinds, dkinds = collections.Counter(), collections.Counter(), collections.Counter()
n_exp = n_dec = 0
for exp in sorted(here.glob("*.expect.json")):
    stem = exp.name[: -len(".expect.json")]
    drafts = [p for p in (here / f"{stem}.md", here / f"{stem}.txt") if p.exists()]
    if len(drafts) != 1:
        print(f"{stem}: expected one draft, found {len(drafts)}"); missing += 1; continue
    text = drafts[0].read_text(encoding="utf-8")
    data = json.loads(exp.read_text(encoding="utf-8"))
    words = len(text.split())
    print(f"{drafts[0].name}: {words} words, {len(data['expect'])} conflicts, {len(data['decoys'])} decoys")
    for group, items in (("expect", data["expect"]), ("decoy", data["decoys"])):
        for item in items:
            for span in item["spans"]:
                base, _, nth = span.partition("#")
                count = text.count(base)
                want = int(nth) if nth else 1
                if count < want:
                    print(f"  MISSING {group} span {span!r}"); missing += 1
                elif count > 1:
                    print(f"  note: {group} span {base!r} occurs {count} times")
            if len(set(item["spans"])) != len(item["spans"]):
                print(f"  note: repeated span in {item}")
    for e in data["expect"]:
        n_exp += 1; shapes[e["shape"]] += 1; kinds[e["kind"].split("/")[0]] += 1
    for d in data["decoys"]:
        n_dec += 1; dkinds[d["kind"]] += 1
print(f"\n{n_exp} conflicts, {n_dec} decoys")
print("shapes:", dict(shapes)); print("conflict kinds:", dict(kinds))
sys.exit(1 if missing else 0)
