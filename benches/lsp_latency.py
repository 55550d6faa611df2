#!/usr/bin/env python3
"""Language-server latencies, measured from outside the process as an editor sees them.

usage: python3 benches/lsp_latency.py [BINARY] [ARTICLES_DIR] [--load-only]
       python3 benches/lsp_latency.py BEFORE AFTER [ARTICLES_DIR] --pool N
(defaults: target/release/copydesk, ../realnews/polnear-train)

1. start -> first diagnostics: process start, initialize, didOpen of one
   article, until its publishDiagnostics arrives (20 runs).
2. keystroke -> diagnostics: one-character edits to a ~600-word and a
   ~5,000-word draft, each waited for; p50 / p99 over 200 keystrokes.
3. request latency while a ~2 MB draft is re-analysed on every keystroke:
   a keystroke to the big draft every 20 ms, and a hover on a small draft
   after each; p50 / p99 of the hover's answer over 200 rounds.
With --pool N, only part 2, for two binaries: N runs of 200 keystrokes on each
draft, the binaries taking turns, pooled per binary (p50, p99, p99.9 and how
many took over 5 ms): on a shared machine one run's p99 is its second-slowest
keystroke, which swings from run to run with the other processes.
Drafts are real articles (read at run time, never stored), joined end to end.
"""
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from lspwire import Server, percentile, published  # noqa: E402
from realtext import articles, long_text  # noqa: E402


def start_to_diagnostics(binary, article, runs=20):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        s = Server(binary)
        s.initialize()
        s.open("file:///bench/a.md", article)
        at, _ = s.wait(published("file:///bench/a.md", 1))
        times.append((at - t0) * 1000)
        s.close()
    return times


def keystrokes(binary, text, count=200):
    s = Server(binary)
    s.initialize()
    uri = "file:///bench/k.md"
    s.open(uri, text)
    s.wait(published(uri, 1))
    # Type at the end of the first line, one character at a time.
    line0 = text.split("\n", 1)[0]
    col = len(line0.encode("utf-16-le")) // 2
    times = []
    for i in range(count):
        version = i + 2
        t0 = time.perf_counter()
        s.type_at(uri, version, col + i, "x")
        at, _ = s.wait(published(uri, version))
        times.append((at - t0) * 1000)
    s.close()
    return times


def requests_under_load(binary, big, small, rounds=200, gap=0.02):
    s = Server(binary)
    s.initialize()
    big_uri, small_uri = "file:///bench/big.txt", "file:///bench/small.md"
    s.open(small_uri, small)
    s.wait(published(small_uri, 1))
    s.open(big_uri, big, language="plaintext")
    times = []
    for i in range(rounds):
        s.type_at(big_uri, i + 2, i, "y")
        t0 = time.perf_counter()
        rid = s.request("textDocument/hover", {"textDocument": {"uri": small_uri},
                                               "position": {"line": 0, "character": 0}})
        at, _ = s.wait(lambda m, rid=rid: m.get("id") == rid and "method" not in m)
        times.append((at - t0) * 1000)
        time.sleep(gap)
    s.close()
    return times


def show(name, times):
    print(f"{name}: n={len(times)} min {min(times):.2f} ms, p50 {statistics.median(times):.2f} ms, "
          f"p99 {percentile(times, 99):.2f} ms, max {max(times):.2f} ms")


def pooled(binaries, folder, runs):
    for words in (600, 5000):
        text = long_text(folder, words)[0]
        times = {b: [] for b in binaries}
        loads = []
        for _ in range(runs):
            for b in binaries:
                loads.append(os.getloadavg()[0])
                times[b] += keystrokes(b, text)
        for b in binaries:
            t = times[b]
            print(f"{b}, ~{words:,} words, {runs} runs: n={len(t)} p50 {statistics.median(t):.2f} ms, "
                  f"p99 {percentile(t, 99):.2f} ms, p99.9 {percentile(t, 99.9):.2f} ms, "
                  f"max {max(t):.2f} ms; over 5 ms: {sum(x > 5 for x in t)}")
        print(f"(load average {min(loads):.1f}-{max(loads):.1f})")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--pool" in sys.argv:
        runs = int(sys.argv[sys.argv.index("--pool") + 1])
        args = [a for a in args if a != str(runs)]
        folder = args[2] if len(args) > 2 else "../realnews/polnear-train"
        return pooled(args[:2], folder, runs)
    binary = args[0] if args else "target/release/copydesk"
    folder = args[1] if len(args) > 1 else "../realnews/polnear-train"
    article = next(articles(folder))
    if "--load-only" in sys.argv:
        return load(binary, folder, article)
    show("start -> first diagnostics (one article)", start_to_diagnostics(binary, article))
    show("keystroke -> diagnostics, ~600 words", keystrokes(binary, long_text(folder, 600)[0]))
    show("keystroke -> diagnostics, ~5,000 words", keystrokes(binary, long_text(folder, 5000)[0]))
    load(binary, folder, article)


def load(binary, folder, article):
    # Just under the server's 2 MiB limit, so it is checked.
    big = long_text(folder, 2 * 1024 * 1024 // 5)[0].encode()[:2_000_000].decode(errors="ignore")
    print(f"(big draft: {len(big.encode()) / 1e6:.2f} MB)")
    show("hover on a small draft while a 2 MB draft is re-analysed per keystroke",
         requests_under_load(binary, big, article))


if __name__ == "__main__":
    main()
