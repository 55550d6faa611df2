#!/usr/bin/env python3
"""Sanity checks for evaluation set U (conflicting-figure, BLIND).

- every span (expect and decoys) occurs exactly once in its draft, or, for
  "text#n", at least n times;
- decoy spans do not overlap any conflict span of the same draft;
- word counts (len(text.split())) are within 350-430;
- .md drafts start with "# " + headline, .txt drafts with a plain non-empty headline;
- quotation marks are straight and balanced per paragraph (no curly quotes);
- shapes and kinds come from the allowed sets.
Prints per-draft and total counts; exits non-zero on any failure.
"""
import collections, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHAPES = {"swap", "one-digit", "dropped-digit", "million-billion", "contradiction"}
KINDS = {"money", "percentage", "age", "measure", "count", "vote", "headline"}
errors = []

def locate(text, span):
    m = re.fullmatch(r"(.*)#(\d+)", span, re.S)
    if m:
        s, n = m.group(1), int(m.group(2))
    else:
        s, n = span, None
    starts = [i for i in range(len(text)) if text.startswith(s, i)]
    if n is None:
        if len(starts) != 1:
            return None, f"span {span!r} occurs {len(starts)} times (need exactly 1)"
        return (starts[0], starts[0] + len(s)), None
    if len(starts) < n:
        return None, f"span {span!r} occurs {len(starts)} times (need >= {n})"
    return (starts[n - 1], starts[n - 1] + len(s)), None

drafts = sorted(glob.glob(os.path.join(HERE, "*.md")) + glob.glob(os.path.join(HERE, "*.txt")))
drafts = [d for d in drafts if os.path.basename(d) != "README.md"]
tot_shape, tot_kind, tot_decoy = collections.Counter(), collections.Counter(), collections.Counter()
table = collections.Counter()
n_conf = n_dec = 0
for path in drafts:
    name = os.path.basename(path)
    stem, ext = os.path.splitext(name)
    text = open(path, encoding="utf-8").read()
    words = len(text.split())
    if not 350 <= words <= 430:
        errors.append(f"{name}: {words} words (need 350-430)")
    first = text.split("\n", 1)[0]
    if ext == ".md":
        if not first.startswith("# ") or not first[2:].strip():
            errors.append(f"{name}: first line must be '# ' headline")
    else:
        if not first.strip() or first.lstrip().startswith("#"):
            errors.append(f"{name}: first line must be a plain non-empty headline")
    for ch in "\u201c\u201d\u2018\u2019":
        if ch in text:
            errors.append(f"{name}: contains curly quote {ch!r}")
    for i, para in enumerate(text.split("\n")):
        if para.count('"') % 2:
            errors.append(f"{name}: odd number of double quotes in line {i+1}")
    jpath = os.path.join(HERE, stem + ".expect.json")
    if not os.path.exists(jpath):
        errors.append(f"{name}: missing {stem}.expect.json")
        continue
    data = json.load(open(jpath, encoding="utf-8"))
    conf_ranges = []
    sc, kc, dc = collections.Counter(), collections.Counter(), collections.Counter()
    for e in data.get("expect", []):
        if e.get("rule") != "conflicting-figure":
            errors.append(f"{name}: unexpected rule {e.get('rule')!r}")
        if e.get("shape") not in SHAPES:
            errors.append(f"{name}: bad shape {e.get('shape')!r}")
        if e.get("kind") not in KINDS:
            errors.append(f"{name}: bad kind {e.get('kind')!r}")
        if len(e.get("spans", [])) < 2:
            errors.append(f"{name}: conflict needs two spans: {e.get('spans')}")
        for s in e.get("spans", []):
            r, err = locate(text, s)
            if err:
                errors.append(f"{name}: expect {err}")
            else:
                conf_ranges.append(r)
        sc[e.get("shape")] += 1
        kc[e.get("kind")] += 1
        table[(e.get("shape"), e.get("kind"))] += 1
    for d in data.get("decoys", []):
        if len(d.get("spans", [])) != 2 or not d.get("kind"):
            errors.append(f"{name}: malformed decoy {d}")
        for s in d.get("spans", []):
            r, err = locate(text, s)
            if err:
                errors.append(f"{name}: decoy {err}")
                continue
            for a, b in conf_ranges:
                if r[0] < b and a < r[1]:
                    errors.append(f"{name}: decoy span {s!r} overlaps a conflict span")
        dc[d.get("kind")] += 1
    nc, nd = sum(sc.values()), sum(dc.values())
    n_conf += nc
    n_dec += nd
    tot_shape.update(sc); tot_kind.update(kc); tot_decoy.update(dc)
    print(f"{name:32s} words={words:3d} conflicts={nc} decoys={nd}")
    print(f"    shapes: {dict(sorted(sc.items()))}")
    print(f"    kinds:  {dict(sorted(kc.items()))}")
    print(f"    decoys: {dict(sorted(dc.items()))}")

print()
print(f"TOTAL drafts={len(drafts)} conflicts={n_conf} decoys={n_dec}")
print("conflicts by shape:", dict(sorted(tot_shape.items())))
print("conflicts by kind: ", dict(sorted(tot_kind.items())))
print("decoys by kind:    ", dict(sorted(tot_decoy.items())))
kinds = sorted(KINDS)
print()
print("shape \\ kind".ljust(16) + "".join(k[:10].rjust(11) for k in kinds) + "  total".rjust(8))
for sh in sorted(SHAPES):
    row = [table[(sh, k)] for k in kinds]
    print(sh.ljust(16) + "".join(str(v).rjust(11) for v in row) + str(sum(row)).rjust(8))
print("total".ljust(16) + "".join(str(tot_kind[k]).rjust(11) for k in kinds) + str(n_conf).rjust(8))

if errors:
    print("\nFAILURES:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
