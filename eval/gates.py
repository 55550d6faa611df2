#!/usr/bin/env python3
"""Count which gate of the figures check stops each expected conflict of the
given annotated sets, without showing any draft's words.

    cargo build --release --example gates
    python3 eval/gates.py eval/set-e eval/set-i

Prints, per set, how many expected conflicting-figure pairs end at each gate
("found", "unread first", "thing: time", "unproven: …", "apart: …"), split by
the kind of figure the annotation names (money, percentage, age, count, measure).
Each gate is the reader's, then after " | " the echo step that stops the pair
("echo: not definite", "echo: no strong slip", "echo: a change / noted": why
each side was or was not noted as an echo).
GATES_EACH=1 prints one line per expected conflict instead (its number in the
set, kind and gate), to compare two builds (GATES_BIN=path/to/gates).
"""
import collections
import json
import os
import pathlib
import subprocess
import sys

BIN = os.environ.get("GATES_BIN") or (
    pathlib.Path(__file__).resolve().parent.parent / "target/release/examples/gates")


def locate(doc: bytes, span: str):
    """The byte range of a span as the shared scorer finds it ("text#2" is the second)."""
    text, nth = span, 1
    head, sep, tail = span.rpartition("#")
    if sep and tail.isdigit():
        text, nth = head, int(tail)
    needle = text.encode()
    pos = -1
    for _ in range(nth):
        pos = doc.find(needle, pos + 1)
        if pos < 0:
            raise ValueError(f"span not found in a draft (occurrence {nth})")
    return pos, pos + len(needle)


def best(verdicts):
    """The verdict of the pair that gets furthest through the check."""
    if "found" in verdicts:
        return "found"
    real = [v for v in verdicts if "same value" not in v]
    return (real or verdicts)[0]


def main(sets):
    for set_dir in map(pathlib.Path, sets):
        lines, kinds, groups = [], [], []
        for exp in sorted(set_dir.glob("*.expect.json")):
            draft = next(p for p in set_dir.iterdir()
                         if p.name.startswith(exp.name[: -len(".expect.json")] + ".")
                         and not p.name.endswith(".json"))
            doc = draft.read_bytes()
            for e in json.loads(exp.read_text())["expect"]:
                rule = e.get("rule")
                rules = rule if isinstance(rule, list) else [rule]
                if "conflicting-figure" not in rules:
                    continue
                # Every pair of its spans ("headline", "body", "slip"): the
                # conflict is found if any pair is, else stopped where the pair
                # that gets furthest is (one giving the same value twice is no pair).
                spans = [locate(doc, s) for s in e["spans"]]
                pairs = [(a, b) for n, a in enumerate(spans) for b in spans[n + 1:]]
                groups.append(len(pairs))
                lines += [f"{draft}\t{a[0]}\t{a[1]}\t{b[0]}\t{b[1]}" for a, b in pairs]
                kinds.append(e.get("kind", "?").split("/")[0])
        verdicts = iter(subprocess.run([str(BIN)], input="\n".join(lines) + "\n", text=True,
                                       capture_output=True, check=True).stdout.splitlines())
        out = [best([next(verdicts) for _ in range(n)]) for n in groups]
        table = collections.Counter(zip(out, kinds))
        gates = collections.Counter(out)
        if os.environ.get("GATES_EACH"):
            # One line per expected conflict, in file order: kind and gate.
            for n, (gate, kind) in enumerate(zip(out, kinds)):
                print(f"{set_dir.name} {n}\t{kind}\t{gate}")
            continue
        print(f"## {set_dir.name}: {len(out)} expected conflicts")
        for gate, n in gates.most_common():
            split = ", ".join(f"{k} {m}" for (g, k), m in sorted(table.items()) if g == gate)
            print(f"{n:4}  {gate}  ({split})")
        print()


if __name__ == "__main__":
    main(sys.argv[1:] or sys.exit(__doc__))
