#!/usr/bin/env python3
"""`copydesk check` at scale: wall time and peak memory on long real-shaped
drafts, and on one article.

usage: python3 benches/cli_scale.py [BINARY] [ARTICLES_DIR] [--callgrind] [--skip-50mb]
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
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from realtext import articles, long_text  # noqa: E402


def run(binary, path, limit=300):
    """(wall seconds, CPU seconds, peak RSS in MB) of one check, or None past `limit`."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([binary, "check", "--format", "json", path],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() - t0 > limit:
            proc.kill()
            os.wait4(proc.pid, 0)
            return None
        time.sleep(0.002)
    proc.returncode = status
    wall = time.perf_counter() - t0
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def callgrind(binary, path):
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          binary, "check", "--format", "json", path], capture_output=True, text=True)
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
        runs = [run(binary, one) for _ in range(20)]
        wall = sorted(r[0] * 1000 for r in runs)
        cpu = sorted(r[1] * 1000 for r in runs)
        print(f"one article ({len(article.split())} words), 20 runs: wall min {wall[0]:.1f} ms, "
              f"median {statistics.median(wall):.1f} ms; CPU min {cpu[0]:.1f} ms, "
              f"median {statistics.median(cpu):.1f} ms; peak RSS {runs[0][2]:.0f} MB")
        base = None
        if "--callgrind" in sys.argv:
            empty = os.path.join(tmp, "empty.txt")
            open(empty, "w").close()
            base = callgrind(binary, empty)
            print(f"instructions: empty file {base:,}, one article {callgrind(binary, one):,}")
        for words in (10_000, 100_000, 1_000_000):
            text, n = long_text(folder, words)
            path = os.path.join(tmp, f"long{words}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            got = run(binary, path)
            if got is None:
                print(f"{n:,} words: over 300 s")
                continue
            wall, cpu, rss = got
            print(f"{n:,} words ({len(text.encode()) / 1e6:.1f} MB): wall {wall:.2f} s, "
                  f"CPU {cpu:.2f} s, {cpu / n * 1e6:.2f} µs CPU a word, peak RSS {rss:.0f} MB")
            if base is not None and words <= 100_000:
                total = callgrind(binary, path)
                print(f"  instructions: {total:,}, {(total - base) / n:,.0f} a word past start-up")
        if "--skip-50mb" in sys.argv:
            return
        big = os.path.join(tmp, "repeated.txt")
        with open(big, "w", encoding="utf-8") as f:
            block = article + "\n\n"
            f.write(block * (50 * 1024 * 1024 // len(block.encode())))
        got = run(binary, big)
        if got is None:
            print("50 MB of one article repeated: over 300 s (killed)")
        else:
            print(f"50 MB of one article repeated: wall {got[0]:.1f} s, CPU {got[1]:.1f} s, "
                  f"peak RSS {got[2]:.0f} MB")


if __name__ == "__main__":
    main()
