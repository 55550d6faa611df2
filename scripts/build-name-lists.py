#!/usr/bin/env python3
"""Derive copydesk's compact ordinary-name lists from the shared public name data.

usage: scripts/build-name-lists.py [SOURCE_DIR]   (default: ../shared/data/names)

Writes, next to this repository's data/names/SOURCES.md:
  data/names/given-names.tsv  given names with at least MIN_BIRTHS US births
                              (1880-2024, both sexes added up): `name<TAB>births`
  data/names/given-name-sexes.tsv  those of them nearly all of whose births
                              are of one sex: `name<TAB>M|F`
  data/names/name-words.txt   first and last names as single words, not already
                              in given-names.tsv

Both are folded the way the engine folds a word (src/names/variants.rs `fold`):
lower case, diacritics removed, apostrophes, hyphens and full stops dropped.
The name check uses them to tell an ordinary name that a real person could bear
("Anthony", "Hartley") from a slip ("Vladamir"). Re-run after the sources change
and commit the output; the build never reads the sources.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from namefold import fold  # noqa: E402  (the engine's folding, shared by the scripts)

MIN_BIRTHS = 1000  # the engine calls a given name ordinary from here on
# A name tells its bearer's sex where this share of its births are of one sex
# ("alan", "helen"; not "andrea" at 98.7% female, a man's name in Italy).
ONE_SEX_SHARE = 0.99


def main() -> None:
    repo = Path(__file__).resolve().parent.parent
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else repo.parent / "shared" / "data" / "names"
    out = repo / "data" / "names"
    out.mkdir(parents=True, exist_ok=True)

    births: dict[str, int] = {}
    by_sex: dict[tuple[str, str], int] = {}
    with open(src / "us-given-names.tsv", encoding="utf-8") as f:
        next(f)  # header
        for line in f:
            name, sex, total = line.rstrip("\n").split("\t")
            key = fold(name)
            if key.isalpha():
                births[key] = births.get(key, 0) + int(total)
                by_sex[key, sex] = by_sex.get((key, sex), 0) + int(total)
    given = sorted((n, b) for n, b in births.items() if b >= MIN_BIRTHS)

    def sex_of(name: str, total: int) -> str:
        """M or F where nearly every bearer is of that sex, else -."""
        for sex in "MF":
            if by_sex.get((name, sex), 0) >= ONE_SEX_SHARE * total:
                return sex
        return "-"

    with open(out / "given-names.tsv", "w", encoding="utf-8") as f:
        f.write(f"# US given names with at least {MIN_BIRTHS} births 1880-2024, folded. "
                "Derived by scripts/build-name-lists.py; see SOURCES.md.\n")
        for name, b in given:
            f.write(f"{name}\t{b}\n")
    # A file of its own: other tools read given-names.tsv as two columns.
    with open(out / "given-name-sexes.tsv", "w", encoding="utf-8") as f:
        f.write(f"# The given names of given-names.tsv at least {ONE_SEX_SHARE:.0%} of whose "
                "US births are of one sex, with that sex (M or F). "
                "Derived by scripts/build-name-lists.py; see SOURCES.md.\n")
        for name, b in given:
            if (sex := sex_of(name, b)) != "-":
                f.write(f"{name}\t{sex}\n")

    known = {n for n, _ in given}
    words = set()
    with open(src / "name-words.txt", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key = fold(line)
            if key.isalpha() and len(key) >= 2 and key not in known:
                words.add(key)
    with open(out / "name-words.txt", "w", encoding="utf-8") as f:
        f.write("# First and last names as single words, folded, not in given-names.tsv. "
                "Derived by scripts/build-name-lists.py; see SOURCES.md.\n")
        for w in sorted(words):
            f.write(w + "\n")
    print(f"given-names.tsv: {len(given)} names; name-words.txt: {len(words)} words")


if __name__ == "__main__":
    main()
