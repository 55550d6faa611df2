#!/usr/bin/env python3
"""Derive copydesk's list of common English words from SCOWL, as Debian ships it.

usage: scripts/build-english-words.py [WORD_FILE]   (default: /usr/share/dict/american-english,
       from Debian's `wamerican` package: `apt-get install wamerican`)

Writes data/names/english-words.txt: every entry of the word file written in
lower case only (capitalised entries are proper nouns, the very words the name
check looks at), of three letters or more, without apostrophes, folded the way
the engine folds a word, sorted and without duplicates. The name check uses it
to tell a common word capitalised at the start of a sentence ("Bland", "Carter"
as a noun) from a name it has never seen ("Cartre"). Re-run after the source
changes and commit the output; the build never reads the source.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from namefold import fold  # noqa: E402  (the engine's folding, shared by the scripts)


def main() -> None:
    repo = Path(__file__).resolve().parent.parent
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/dict/american-english")
    words = set()
    with open(src, encoding="utf-8") as f:
        for line in f:
            word = line.strip()
            if len(word) < 3 or not word.isalpha() or word != word.lower():
                continue
            key = fold(word)
            if key.isascii() and key.isalpha():
                words.add(key)
    out = repo / "data" / "names" / "english-words.txt"
    with open(out, "w", encoding="utf-8") as f:
        for w in sorted(words):
            f.write(w + "\n")
    print(f"english-words.txt: {len(words)} words")


if __name__ == "__main__":
    main()
