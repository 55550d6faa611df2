#!/usr/bin/env python3
"""Instructions a keystroke costs the language server (callgrind): steadier than
wall time on a shared machine.

usage: python3 benches/lsp_instructions.py [BINARY] [ARTICLES_DIR] [KEYSTROKES]
(defaults: target/release/copydesk, ../realnews/polnear-train, 20)

`copydesk lsp` runs under callgrind twice on the same draft, opened and
checked, once with no keystroke and once with KEYSTROKES one-character edits
(each waited for, as in lsp_latency.py); the difference over KEYSTROKES is one
keystroke's cost, start-up and shutdown left out. Done for the first article
(1,445 words) and for ~5,000 words of distinct articles joined, as in
lsp_latency.py. valgrind must be installed; drafts are never stored.
"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from lspwire import Server, published  # noqa: E402
from realtext import long_text  # noqa: E402


def instructions(binary, text, keystrokes, tmp):
    """Instructions callgrind counts over a session with `keystrokes` edits."""
    log = os.path.join(tmp, f"callgrind-{keystrokes}.log")
    wrapper = os.path.join(tmp, "under-callgrind.sh")
    with open(wrapper, "w") as f:
        f.write("#!/bin/sh\nexec valgrind --tool=callgrind --callgrind-out-file=/dev/null "
                f"--log-file={log} {os.path.abspath(binary)} \"$@\"\n")
    os.chmod(wrapper, 0o755)
    s = Server(wrapper)
    s.initialize()
    uri = "file:///bench/k.md"
    s.open(uri, text)
    s.wait(published(uri, 1), timeout=300)
    line0 = text.split("\n", 1)[0]
    col = len(line0.encode("utf-16-le")) // 2
    for i in range(keystrokes):
        s.type_at(uri, i + 2, col + i, "x")
        s.wait(published(uri, i + 2), timeout=300)
    s.close()
    with open(log) as f:
        for line in f:
            if "Collected" in line:
                return int(line.split(":")[-1].strip().replace(",", ""))
    raise RuntimeError(f"no instruction count in {log}")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = args[0] if args else "target/release/copydesk"
    folder = args[1] if len(args) > 1 else "../realnews/polnear-train"
    keystrokes = int(args[2]) if len(args) > 2 else 20
    with tempfile.TemporaryDirectory(prefix="copydesk-bench-") as tmp:
        for words in (600, 5000):
            text, n = long_text(folder, words)
            without = instructions(binary, text, 0, tmp)
            with_keys = instructions(binary, text, keystrokes, tmp)
            print(f"{n:,} words: {(with_keys - without) / keystrokes:,.0f} instructions a "
                  f"keystroke ({without:,} without keystrokes, {with_keys:,} with {keystrokes})")


if __name__ == "__main__":
    main()
