#!/usr/bin/env python3
"""Recall of inconsistent-name on listed places and organisations: one slip
(two inner letters swapped, one dropped or one doubled) injected into a
capitalised word of six letters or more that the gazetteer lists and the
article writes at least twice, in real PolNeAR train articles.

usage (from the worktree root):
  eval/real/inject_listed_slips.py SEED CASES target/release/copydesk

Prints each miss and wrong fix, then the cases, those found at the slip and
those whose first fix restores the word. The injected articles are written to
/tmp/listed-slips/SEED and never committed.
"""
import glob
import json
import os
import random
import re
import subprocess
import sys

sys.path.insert(0, "scripts")
from namefold import fold  # noqa: E402


def lines(path):
    return {l.strip() for l in open(path, encoding="utf-8") if not l.startswith("#")}


def main():
    seed, wanted, binary = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    listed = lines("data/places/places.txt") | lines("data/organisations/organisations.txt")
    rng = random.Random(seed)
    files = sorted(glob.glob("../realnews/polnear-train/*.txt"))
    rng.shuffle(files)
    out = f"/tmp/listed-slips/{seed}"
    os.makedirs(out, exist_ok=True)
    for old in glob.glob(out + "/*"):
        os.remove(old)
    cases = {}
    for f in files:
        text = open(f, encoding="utf-8").read()
        words = [m for m in re.finditer(r"\b[A-Z][a-z]{5,}\b", text) if fold(m.group()) in listed]
        counts = {}
        for m in words:
            counts[m.group()] = counts.get(m.group(), 0) + 1
        pool = [m for m in words if counts[m.group()] >= 2]
        if not pool:
            continue
        m = rng.choice(pool)
        w = m.group()
        kind = rng.choice(["swap", "drop", "double"])
        i = rng.randrange(1, len(w) - 2)
        slip = {
            "swap": w[:i] + w[i + 1] + w[i] + w[i + 2:],
            "drop": w[:i] + w[i + 1:],
            "double": w[:i] + w[i] + w[i:],
        }[kind]
        if slip == w:
            continue
        name = os.path.basename(f)
        with open(os.path.join(out, name), "w", encoding="utf-8") as o:
            o.write(text[: m.start()] + slip + text[m.end():])
        cases[name] = (len(text[: m.start()].encode()), w, slip)
        if len(cases) >= wanted:
            break
    run = subprocess.run([binary, "check", "--format", "json", out], capture_output=True, text=True)
    by_file = {}
    for x in json.loads(run.stdout):
        by_file.setdefault(os.path.basename(x["path"]), []).append(x)
    found = right = 0
    for name, (start, w, slip) in sorted(cases.items()):
        hit = [x for x in by_file.get(name, []) if x["rule"].endswith("-name") and x["start"] == start]
        if not hit:
            print("missed", w, "->", slip)
            continue
        found += 1
        fix = hit[0]["fixes"][:1]
        if any(e["text"] == w for f in fix for e in f["edits"]):
            right += 1
        else:
            print("wrong fix", name, w, slip, fix)
    print(f"seed {seed}: {len(cases)} cases, found {found}, right fixes {right}")


if __name__ == "__main__":
    main()
