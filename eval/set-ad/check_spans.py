#!/usr/bin/env python3
"""Validate evaluation set AD (conflicting-figure), adapted from set W.

Checks, for every draft NAME.md / NAME.txt and its NAME.expect.json:
  * labels: rule id, shape and kind of each expectation; kind of each decoy
  * every span occurs exactly once in its draft (overlapping matches counted)
  * no span overlaps another span (so no decoy span overlaps a conflict span)
  * word count 350-430 (tokens containing a letter or digit)
  * headline: `# ` first line for .md, plain first line + blank line for .txt
  * quotes: straight double quotes only, balanced in every paragraph, and
    every paragraph holding a quotation has an attribution verb
  * 3-4 conflicts and 7-9 decoys per draft
and for the set: 12 drafts (6 .md, 6 .txt), empty BLIND file, README saying BLIND.
Prints the shape x kind and decoy-kind tables. Exits 0 only if all checks pass.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
RULE = "conflicting-figure"
SHAPES = ["swap", "one-digit", "dropped-digit", "million-billion", "contradiction"]
KINDS = ["money", "percentage", "age", "measure", "count", "vote", "headline"]
DECOY_KINDS = [
    "bound", "change-vs-level", "conversion", "credited-estimates",
    "different-entity", "different-event", "different-period", "part-whole",
    "plan-vs-outcome", "rate-vs-count", "rounded-restatement",
    "same-noun-different-things", "two-people-ages", "update-stated",
]
ATTRIB = re.compile(r"\b(said|says|told|added|called|wrote|asked)\b")
CURLY = "\u201c\u201d\u2018\u2019"

errors = []


def err(msg):
    errors.append(msg)


def occurrences(hay, needle):
    """Start offsets of all (possibly overlapping) occurrences."""
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def byte_range(text, start, span):
    b0 = len(text[:start].encode("utf-8"))
    return (b0, b0 + len(span.encode("utf-8")))


def words(text):
    return [t for t in text.split() if re.search(r"[A-Za-z0-9]", t)]


def check_headline(name, ext, lines):
    first = lines[0] if lines else ""
    if ext == ".md":
        if not first.startswith("# ") or not first[2:].strip():
            err(f"{name}: .md first line must be '# headline'")
        if any(l.startswith("#") for l in lines[1:]):
            err(f"{name}: extra heading lines")
    else:
        if not first.strip() or first.startswith("#"):
            err(f"{name}: .txt first line must be a plain headline")
        if len(lines) < 2 or lines[1].strip():
            err(f"{name}: .txt headline must be followed by a blank line")
    if first.rstrip().endswith("."):
        err(f"{name}: headline ends with a full stop")


def check_quotes(name, text):
    for ch in CURLY:
        if ch in text:
            err(f"{name}: curly quote U+{ord(ch):04X} present (straight quotes only)")
    if re.search(r"(^|\s)'[A-Z]", text):
        err(f"{name}: looks like a single-quoted quotation")
    for n, para in enumerate(p for p in text.split("\n\n") if p.strip()):
        q = para.count('"')
        if q % 2:
            err(f"{name}: paragraph {n + 1} has unbalanced double quotes")
        if q and not ATTRIB.search(para):
            err(f"{name}: paragraph {n + 1} has a quotation but no attribution verb")


def main():
    drafts = sorted(f for f in os.listdir(HERE)
                    if (f.endswith(".md") and f != "README.md") or f.endswith(".txt"))
    expects = sorted(f for f in os.listdir(HERE) if f.endswith(".expect.json"))
    stems = {os.path.splitext(d)[0] for d in drafts}
    for e in expects:
        if e[: -len(".expect.json")] not in stems:
            err(f"{e}: no draft")

    shape_kind = Counter()
    decoy_kinds = Counter()
    rows = []
    for d in drafts:
        stem, ext = os.path.splitext(d)
        path = os.path.join(HERE, d)
        text = open(path, encoding="utf-8").read()
        lines = text.split("\n")
        ep = os.path.join(HERE, stem + ".expect.json")
        if not os.path.exists(ep):
            err(f"{d}: missing {stem}.expect.json")
            continue
        ann = json.load(open(ep, encoding="utf-8"))
        if set(ann) != {"expect", "decoys"}:
            err(f"{d}: expect.json keys must be expect and decoys")
        exp, dec = ann.get("expect", []), ann.get("decoys", [])

        wc = len(words(text))
        if not 350 <= wc <= 430:
            err(f"{d}: {wc} words, outside 350-430")
        check_headline(d, ext, lines)
        check_quotes(d, text)
        if not 3 <= len(exp) <= 4:
            err(f"{d}: {len(exp)} conflicts (want 3-4)")
        if not 7 <= len(dec) <= 9:
            err(f"{d}: {len(dec)} decoys (want 7-9)")

        ranges = []  # (start, end, label)
        for i, e in enumerate(exp):
            if e.get("rule") != RULE:
                err(f"{d}: expect[{i}] rule {e.get('rule')!r}")
            if e.get("shape") not in SHAPES:
                err(f"{d}: expect[{i}] shape {e.get('shape')!r}")
            if e.get("kind") not in KINDS:
                err(f"{d}: expect[{i}] kind {e.get('kind')!r}")
            shape_kind[(e.get("shape"), e.get("kind"))] += 1
            for s in e.get("spans", []):
                ranges.append((s, f"expect[{i}]", "conflict"))
            if len(e.get("spans", [])) < 2:
                err(f"{d}: expect[{i}] needs two spans")
        for i, x in enumerate(dec):
            if x.get("kind") not in DECOY_KINDS:
                err(f"{d}: decoys[{i}] kind {x.get('kind')!r}")
            decoy_kinds[x.get("kind")] += 1
            for s in x.get("spans", []):
                ranges.append((s, f"decoys[{i}]", "decoy"))
            if len(x.get("spans", [])) < 2:
                err(f"{d}: decoys[{i}] needs two spans")

        located = []
        for s, label, cls in ranges:
            if "#" in s:
                err(f"{d}: {label} span {s!r} uses #n (spans must be unique instead)")
            occ = occurrences(text, s)
            if len(occ) != 1:
                err(f"{d}: {label} span {s!r} occurs {len(occ)} times (want exactly 1)")
                continue
            b0, b1 = byte_range(text, occ[0], s)
            located.append((b0, b1, s, label, cls))
        located.sort()
        for a, b in zip(located, located[1:]):
            if b[0] < a[1]:
                kind = ("decoy/conflict" if {a[4], b[4]} == {"conflict", "decoy"} else a[4] + "/" + b[4])
                err(f"{d}: {kind} overlap: {a[3]} {a[2]!r} and {b[3]} {b[2]!r}")
        rows.append((d, ext, wc, len(exp), len(dec)))

    md = sum(1 for r in rows if r[1] == ".md")
    txt = sum(1 for r in rows if r[1] == ".txt")
    if len(rows) != 12 or md != 6 or txt != 6:
        err(f"set: {len(rows)} drafts ({md} .md, {txt} .txt); want 12 (6 + 6)")
    blind = os.path.join(HERE, "BLIND")
    if not os.path.exists(blind) or os.path.getsize(blind) != 0:
        err("set: BLIND must exist and be empty")
    readme = os.path.join(HERE, "README.md")
    if not os.path.exists(readme) or "BLIND" not in open(readme, encoding="utf-8").read():
        err("set: README.md must exist and say BLIND")

    print(f"{'draft':34} {'words':>5} {'conf':>4} {'decoys':>6}")
    for d, ext, wc, ne, nd in rows:
        print(f"{d:34} {wc:5} {ne:4} {nd:6}")
    print(f"{'total':34} {'':5} {sum(r[3] for r in rows):4} {sum(r[4] for r in rows):6}")
    print()
    print("shape x kind:")
    print(f"{'':16}" + "".join(f"{k:>11}" for k in KINDS) + f"{'total':>7}")
    for sh in SHAPES:
        row = [shape_kind[(sh, k)] for k in KINDS]
        print(f"{sh:16}" + "".join(f"{n:>11}" for n in row) + f"{sum(row):>7}")
    col = [sum(shape_kind[(sh, k)] for sh in SHAPES) for k in KINDS]
    print(f"{'total':16}" + "".join(f"{n:>11}" for n in col) + f"{sum(col):>7}")
    print()
    print("decoys by kind:")
    for k in DECOY_KINDS:
        print(f"  {k:28} {decoy_kinds[k]}")
    print(f"  {'total':28} {sum(decoy_kinds.values())}")
    print()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAIL: {len(errors)} error(s)")
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
