"""The engine's folding of a name word, for the data-building scripts: lower
case, marks and apostrophes, hyphens and full stops dropped, a few letters spelled out."""
import sys
import unicodedata
from pathlib import Path

SPECIAL = {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}


def fold(word: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if unicodedata.combining(ch) or ch in "'’-‐.":
            continue
        out.append(SPECIAL.get(ch, ch))
    return "".join(out)


def write_folded_list(out: Path, what: str, script: str, keys) -> None:
    """Write folded keys sorted bytewise, one a line under a header comment, as the engine reads them."""
    keys = sorted({k for k in keys if k})
    out.write_text(
        f"# {what.capitalize()} names, folded, words run together. Derived by scripts/{script}; see SOURCES.md.\n"
        + "\n".join(keys) + "\n",
        encoding="utf-8",
    )
    print(f"{len(keys)} {what} names written to {out}", file=sys.stderr)
