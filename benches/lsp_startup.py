#!/usr/bin/env python3
"""Time from starting `copydesk lsp` to its answer to `initialize`.

usage: python3 benches/lsp_startup.py [BINARY] [RUNS]
(default: target/release/copydesk, 20 runs). Prints min / median / max in ms.
"""
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import lspwire  # noqa: E402
from lspwire import frame  # noqa: E402


def read_message(stream) -> dict:
    msg = lspwire.read_message(stream)
    if msg is None:
        raise RuntimeError("server closed stdout before answering")
    return msg


def once(binary: str) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        init = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                "params": {"processId": None, "rootUri": None, "capabilities": {}}}
        proc.stdin.write(frame(init))
        proc.stdin.flush()
        while True:
            msg = read_message(proc.stdout)
            if msg.get("id") == 1:
                break
        elapsed = time.perf_counter() - start
        proc.stdin.write(frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
        proc.stdin.write(frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
        proc.stdin.flush()
        while read_message(proc.stdout).get("id") != 2:
            pass
        proc.stdin.write(frame({"jsonrpc": "2.0", "method": "exit"}))
        proc.stdin.flush()
        proc.wait(timeout=5)
        return elapsed
    finally:
        if proc.poll() is None:
            proc.kill()


def main() -> None:
    binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/copydesk"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    times = sorted(once(binary) * 1000 for _ in range(runs))
    print(f"lsp startup to initialize answer over {runs} runs: "
          f"min {times[0]:.1f} ms, median {statistics.median(times):.1f} ms, max {times[-1]:.1f} ms")


if __name__ == "__main__":
    main()
