#!/usr/bin/env python3
"""`copydesk check` at scale: wall time and peak memory on long real-shaped
drafts, and on one article.

usage: python3 benches/cli_scale.py [BINARY] [ARTICLES_DIR] [--callgrind]
(defaults: target/release/copydesk, ../realnews/polnear-train)

- one article: wall time over 20 runs (min / median).
- real-shaped long text: distinct articles joined end to end (many people,
  names repeated the way news repeats them) to 10k, 100k and 1M words; wall
  time, peak RSS, and time per word.
- a 50 MB draft made of one article repeated (the worst case for names that
  recur): wall time and peak RSS, with a 300 s limit.
With --callgrind, instruction counts for an empty file, one article and the
10k-word text (valgrind must be installed).
Drafts are written to a temporary folder and deleted; article text is never kept.
"""
import glob
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def articles(folder):
    paths = sorted(glob.glob(os.path.join(folder, "*.txt")))
    if not paths:
        sys.exit(f"no articles in {folder}")
    for p in paths:
        with open(p, encoding="utf-8") as f:
            yield f.read()


def long_text(folder, words):
    parts, n = [], 0
    while n < words:
        for text in articles(folder):
            parts.append(text)
            n += len(text.split())
            if n >= words:
                break
    return "\n\n".join(parts), n


def run(binary, path, limit=300):
    """(wall seconds, peak RSS in MB of the child, or None on timeout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    try:
        subprocess.run([binary, "check", "--format", "json", path], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=limit)
    except subprocess.TimeoutExpired:
        return None
    wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest so far: only a new maximum is this run's.
    return wall, (peak / 1024 if peak > before else float("nan"))


def callgrind(binary, path):
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          binary, "check", path], capture_output=True, text=True)
    for line in out.stderr.splitlines():
        if "Collected" in line:
            return int(line.split(":")[-1].strip().replace(",", ""))
    return None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = args[0] if args else "target/release/copydesk"
    folder = args[1] if len(args) > 1 else "../realnews/polnear-train"
    with tempfile.TemporaryDirectory(prefix="copydesk-bench-") as tmp:
        article = next(articles(folder))
        one = os.path.join(tmp, "article.txt")
        with open(one, "w", encoding="utf-8") as f:
            f.write(article)
        times = sorted(run(binary, one)[0] * 1000 for _ in range(20))
        print(f"one article ({len(article.split())} words): min {times[0]:.1f} ms, "
              f"median {statistics.median(times):.1f} ms over 20 runs")
        if "--callgrind" in sys.argv:
            empty = os.path.join(tmp, "empty.txt")
            open(empty, "w").close()
            print(f"instructions: empty file {callgrind(binary, empty):,}, "
                  f"one article {callgrind(binary, one):,}")
        for words in (10_000, 100_000, 1_000_000):
            text, n = long_text(folder, words)
            path = os.path.join(tmp, f"long{words}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            got = run(binary, path)
            if got is None:
                print(f"{n:,} words: over 300 s")
                continue
            wall, rss = got
            print(f"{n:,} words ({len(text.encode()) / 1e6:.1f} MB): {wall:.2f} s, "
                  f"{wall / n * 1e6:.2f} µs a word, peak RSS {rss:.0f} MB")
            if words == 10_000 and "--callgrind" in sys.argv:
                print(f"  instructions: {callgrind(binary, path):,}")
        big = os.path.join(tmp, "repeated.txt")
        with open(big, "w", encoding="utf-8") as f:
            block = article + "\n\n"
            f.write(block * (50 * 1024 * 1024 // len(block.encode())))
        got = run(binary, big)
        if got is None:
            print("50 MB of one article repeated: over 300 s (killed)")
        else:
            print(f"50 MB of one article repeated: {got[0]:.1f} s, peak RSS {got[1]:.0f} MB")


if __name__ == "__main__":
    main()
