#!/usr/bin/env python3
"""Check evaluation set V: spans, word counts, headlines, quotes, labels."""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SHAPES = {"swap", "one-digit", "dropped-digit", "million-billion", "contradiction"}
KINDS = {"money", "percentage", "age", "measure", "count", "vote", "headline"}
DECOY_KINDS = {"part-whole", "credited-estimates", "bound", "two-people-ages",
               "different-entity", "plan-vs-outcome", "different-period",
               "change-vs-level", "rate-vs-count", "conversion",
               "rounded-restatement", "same-noun-different-things",
               "different-event", "update-stated"}
BAD_QUOTES = "\u201c\u201d\u2018\u2019\u00ab\u00bb"

def locate(text, span):
    """Byte range of span (supports 'text#n'); also returns occurrence count."""
    base, n = span, 1
    if "#" in span and span.rsplit("#", 1)[1].isdigit():
        base, n = span.rsplit("#", 1)[0], int(span.rsplit("#", 1)[1])
    b, t = text.encode(), base.encode()
    pos, hits = [], b.find(t)
    while hits != -1:
        pos.append(hits)
        hits = b.find(t, hits + 1)
    if len(pos) < n:
        return None, len(pos)
    return (pos[n - 1], pos[n - 1] + len(t)), len(pos)

def main():
    errors = []
    drafts = sorted(f for f in os.listdir(HERE)
                    if (f.endswith(".md") and f != "README.md") or f.endswith(".txt"))
    tot_c = tot_d = 0
    shape_kind = collections.Counter()
    decoy_kinds = collections.Counter()
    fmt = collections.Counter()
    print(f"{'draft':40} {'words':>5} {'conf':>4} {'decoy':>5}")
    for d in drafts:
        path = os.path.join(HERE, d)
        text = open(path, encoding="utf-8").read()
        err = lambda m: errors.append(f"{d}: {m}")
        fmt[d.rsplit(".", 1)[1]] += 1
        wc = len(text.split())
        if not 350 <= wc <= 430:
            err(f"word count {wc} outside 350-430")
        first = text.split("\n", 1)[0]
        if d.endswith(".md") and not first.startswith("# "):
            err("md headline must start with '# '")
        if d.endswith(".txt") and (first.startswith("#") or not first.strip()):
            err("txt headline must be a plain non-empty line")
        for ch in BAD_QUOTES:
            if ch in text:
                err(f"curly/other quote character {ch!r} present")
        for i, para in enumerate(text.split("\n\n")):
            if para.count('"') % 2:
                err(f"odd number of double quotes in paragraph {i + 1}")
        ej = os.path.join(HERE, d.rsplit(".", 1)[0] + ".expect.json")
        if not os.path.exists(ej):
            err("missing expect.json")
            continue
        data = json.load(open(ej, encoding="utf-8"))
        conf_ranges = []
        exp = data.get("expect", [])
        dec = data.get("decoys", [])
        for e in exp:
            if e.get("rule") != "conflicting-figure":
                err(f"bad rule {e.get('rule')}")
            if e.get("shape") not in SHAPES:
                err(f"bad shape {e.get('shape')}")
            if e.get("kind") not in KINDS:
                err(f"bad kind {e.get('kind')}")
            if len(e.get("spans", [])) < 2:
                err(f"conflict needs two spans: {e.get('spans')}")
            for s in e.get("spans", []):
                r, n = locate(text, s)
                if n != 1:
                    err(f"conflict span {s!r} occurs {n} times")
                if r:
                    conf_ranges.append((r, s))
            if e.get("kind") == "headline":
                r, _ = locate(text, e["spans"][0])
                if not r or r[0] >= len(first.encode()):
                    err(f"headline conflict's first span not in headline: {e['spans'][0]!r}")
            shape_kind[(e.get("shape"), e.get("kind"))] += 1
        for x in dec:
            if x.get("kind") not in DECOY_KINDS:
                err(f"bad decoy kind {x.get('kind')}")
            if len(x.get("spans", [])) < 2:
                err(f"decoy needs two spans: {x.get('spans')}")
            for s in x.get("spans", []):
                r, n = locate(text, s)
                if n != 1:
                    err(f"decoy span {s!r} occurs {n} times")
                if r:
                    for cr, cs in conf_ranges:
                        if r[0] < cr[1] and cr[0] < r[1]:
                            err(f"decoy span {s!r} overlaps conflict span {cs!r}")
            decoy_kinds[x.get("kind")] += 1
        if not 3 <= len(exp) <= 4:
            err(f"{len(exp)} conflicts (want 3-4)")
        if not 7 <= len(dec) <= 9:
            err(f"{len(dec)} decoys (want 7-9)")
        tot_c += len(exp)
        tot_d += len(dec)
        print(f"{d:40} {wc:5} {len(exp):4} {len(dec):5}")
    print(f"\ndrafts: {len(drafts)} ({dict(fmt)})  conflicts: {tot_c}  decoys: {tot_d}")
    print("\nconflicts by shape x kind:")
    kinds = sorted(KINDS)
    print(f"{'':16}" + "".join(f"{k:>11}" for k in kinds) + f"{'total':>7}")
    for sh in sorted(SHAPES):
        row = [shape_kind[(sh, k)] for k in kinds]
        print(f"{sh:16}" + "".join(f"{v:11}" for v in row) + f"{sum(row):7}")
    print(f"{'total':16}" + "".join(f"{sum(shape_kind[(s, k)] for s in SHAPES):11}" for k in kinds))
    print("\ndecoys by kind:")
    for k in sorted(DECOY_KINDS):
        print(f"  {k:28} {decoy_kinds[k]}")
    if len(drafts) != 12:
        errors.append(f"expected 12 drafts, found {len(drafts)}")
    if not os.path.exists(os.path.join(HERE, "BLIND")):
        errors.append("BLIND marker missing")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")

if __name__ == "__main__":
    main()
