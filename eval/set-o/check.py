#!/usr/bin/env python3
"""Check set-o: every span occurs in its draft (noting spans that occur more
than once), drafts are 300-450 words, and print counts by shape and kind."""
import json, pathlib, re, sys, collections

here = pathlib.Path(__file__).parent
ok = True
n_exp = n_dec = 0
by_shape = collections.Counter()
by_diff = collections.Counter()
dec_shape = collections.Counter()
exts = collections.Counter()
for ej in sorted(here.glob("*.expect.json")):
    stem = ej.name[: -len(".expect.json")]
    drafts = [p for p in (here / (stem + ".md"), here / (stem + ".txt")) if p.exists()]
    assert len(drafts) == 1, stem
    d = drafts[0]
    exts[d.suffix] += 1
    text = d.read_text()
    words = len(text.split())
    if not 300 <= words <= 450:
        print(f"{d.name}: {words} words (outside 300-450)"); ok = False
    if d.suffix == ".md" and not text.startswith("# "):
        print(f"{d.name}: no Markdown headline"); ok = False
    data = json.loads(ej.read_text())
    items = [("expect", e) for e in data["expect"]] + [("decoy", e) for e in data["decoys"]]
    for what, e in items:
        if what == "expect":
            assert e["rule"] == "conflicting-figure"
        for span in e["spans"]:
            m = re.fullmatch(r"(.*)#(\d+)", span)
            s, n = (m.group(1), int(m.group(2))) if m else (span, 1)
            c = text.count(s)
            if c < n:
                print(f"{d.name}: {what} span {span!r} not found"); ok = False
            elif c > 1:
                print(f"{d.name}: {what} span {span!r} occurs {c} times (scorer takes #{n})")
        shape = e["kind"].split()[0]
        if what == "expect":
            n_exp += 1; by_shape[shape] += 1; by_diff[e["shape"]] += 1
        else:
            n_dec += 1; dec_shape[shape] += 1
    print(f"{d.name}: {words} words, {len(data['expect'])} conflicts, {len(data['decoys'])} decoys")
print(f"drafts {sum(exts.values())} ({dict(exts)}); conflicts {n_exp}; decoys {n_dec}")
print("conflicts by shape:", dict(sorted(by_shape.items())))
print("conflicts by difference:", dict(sorted(by_diff.items())))
print("decoys by shape:", dict(sorted(dec_shape.items())))
sys.exit(0 if ok else 1)
