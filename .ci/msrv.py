#!/usr/bin/env python3
"""The minimum Rust that copydesk states is true: no locked crate needs a newer one.

Compares Cargo.toml's `rust-version` with the `rust_version` of every package
in the locked dependency graph for Linux (build, dev and normal dependencies,
as `cargo metadata --locked` resolves them), and checks that README.md states the
same version. Static: only this machine's toolchain is needed, not the old one.
(The project's own code against that version is clippy's `incompatible_msrv`
lint, which reads the same `rust-version`.)
"""

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def version(text):
    """`1.88` and `1.88.0` are the same version."""
    parts = [int(part) for part in text.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


def main():
    manifest = (ROOT / "Cargo.toml").read_text(encoding="utf-8")
    stated = re.search(r'^rust-version\s*=\s*"([0-9.]+)"', manifest, re.M)
    if not stated:
        sys.exit("Cargo.toml states no rust-version")
    stated = stated.group(1)
    metadata = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--format-version", "1", "--locked",
             "--filter-platform", "x86_64-unknown-linux-gnu"],
            cwd=ROOT, check=True, capture_output=True, text=True,
        ).stdout
    )
    in_graph = {node["id"] for node in metadata["resolve"]["nodes"]}
    packages = [p for p in metadata["packages"] if p["id"] in in_graph]
    too_new = [
        (p["rust_version"], p["name"], p["version"])
        for p in packages
        if p.get("rust_version") and version(p["rust_version"]) > version(stated)
    ]
    needed = max(
        (version(p["rust_version"]) for p in packages if p.get("rust_version")),
        default=(0, 0, 0),
    )
    failed = False
    for need, name, ver in sorted(too_new, key=lambda row: version(row[0])):
        print(f"{name} {ver} needs Rust {need}, newer than rust-version {stated}")
        failed = True
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    said = re.findall(r"Rust toolchain \(([0-9.]+) or newer\)", readme)
    if said != [stated]:
        print(f"README.md states {said or 'no'} minimum Rust; Cargo.toml says {stated}")
        failed = True
    if failed:
        sys.exit(1)
    shown = ".".join(str(n) for n in needed[:2])
    print(f"rust-version {stated}: all {len(packages)} locked packages build with it "
          f"(the newest need is {shown})")


if __name__ == "__main__":
    main()
