#!/usr/bin/env python3
"""Check the set-t annotations.

For every draft (NAME.md / NAME.txt) with a sibling NAME.expect.json:
  * every span in "expect" and "decoys" must occur exactly once in the draft
    (a span written "text#n" must have at least n occurrences, and is then
    the n-th one);
  * the draft must be 350-430 words;
  * .md drafts must start with a "# " headline line.
Prints per-draft and total counts of conflicts and decoys, broken down by
shape and kind, and exits non-zero on any failure.
"""
import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent


def occurrences(text, needle):
    n, start = 0, 0
    while True:
        i = text.find(needle, start)
        if i < 0:
            return n
        n += 1
        start = i + 1


def check_span(text, span):
    m = re.fullmatch(r"(.*)#(\d+)", span, re.S)
    if m:
        needle, nth = m.group(1), int(m.group(2))
        count = occurrences(text, needle)
        return count >= nth, f"{count} occurrence(s), need #{nth}"
    count = occurrences(text, span)
    return count == 1, f"{count} occurrence(s)"


def main():
    failures = []
    drafts = sorted(p for p in HERE.iterdir() if p.suffix in (".md", ".txt") and p.name != "README.md")
    tot_c = tot_d = 0
    shapes, kinds, dkinds = collections.Counter(), collections.Counter(), collections.Counter()
    fmt = collections.Counter()
    for draft in drafts:
        fmt[draft.suffix] += 1
        ann_path = draft.with_name(draft.stem + ".expect.json")
        if not ann_path.exists():
            failures.append(f"{draft.name}: missing {ann_path.name}")
            continue
        text = draft.read_text(encoding="utf-8")
        ann = json.loads(ann_path.read_text(encoding="utf-8"))
        words = len(text.split())
        if not 350 <= words <= 430:
            failures.append(f"{draft.name}: {words} words (want 350-430)")
        first = text.splitlines()[0] if text else ""
        if draft.suffix == ".md" and not first.startswith("# "):
            failures.append(f"{draft.name}: first line is not a '# ' headline")
        if draft.suffix == ".txt" and (not first.strip() or first.startswith("#")):
            failures.append(f"{draft.name}: first line is not a plain headline")
        exp = ann.get("expect", [])
        dec = ann.get("decoys", [])
        for e in exp:
            if e.get("rule") != "conflicting-figure":
                failures.append(f"{draft.name}: unexpected rule {e.get('rule')}")
            if "shape" not in e or "kind" not in e:
                failures.append(f"{draft.name}: expectation without shape/kind: {e}")
            shapes[e.get("shape")] += 1
            kinds[e.get("kind")] += 1
        for d in dec:
            if "kind" not in d or len(d.get("spans", [])) != 2:
                failures.append(f"{draft.name}: malformed decoy: {d}")
            dkinds[d.get("kind")] += 1
        nspans = 0
        for group, items in (("expect", exp), ("decoys", dec)):
            for item in items:
                for span in item.get("spans", []):
                    nspans += 1
                    ok, why = check_span(text, span)
                    if not ok:
                        failures.append(f"{draft.name}: {group} span {span!r}: {why}")
        tot_c += len(exp)
        tot_d += len(dec)
        print(f"{draft.name:34} words={words:3}  conflicts={len(exp)}  decoys={len(dec)}  spans={nspans}")
    print()
    print(f"drafts={len(drafts)} ({fmt['.md']} .md, {fmt['.txt']} .txt)  conflicts={tot_c}  decoys={tot_d}")
    print("conflicts by shape:", dict(sorted(shapes.items())))
    print("conflicts by kind: ", dict(sorted(kinds.items())))
    print("decoys by kind:    ", dict(sorted(dkinds.items())))
    if failures:
        print("\nFAIL")
        for f in failures:
            print("  " + f)
        return 1
    print("\nPASS: every span occurs exactly once")
    return 0


if __name__ == "__main__":
    sys.exit(main())
