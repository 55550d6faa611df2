#!/usr/bin/env python3
"""Add accent-free spellings as accepted variants to people source lists, in place.

Usage: python3 scripts/add-plain-variants.py data/people/heads.tsv [...]

Writers often type "Erdogan" for "Erdoğan" or "Nicolas Maduro" for "Nicolás
Maduro"; such plain-letter forms are accepted spellings, not misspellings.
Rows written with " | " between columns are converted to tabs first, so lists
can be typed by hand. Idempotent: running it twice changes nothing.
"""

import sys
import unicodedata

# Letters that do not decompose into a base letter and a combining mark.
FOLD = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i",
    "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th",
    "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H", "ŧ": "t",
    "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'",
})


def plain(text):
    decomposed = unicodedata.normalize("NFD", text.translate(FOLD))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)


def fix_line(line):
    if not line.strip() or line.lstrip().startswith("#"):
        return line
    if "\t" not in line and " | " in line:
        line = "\t".join(part.strip() for part in line.split(" | "))
    fields = line.split("\t")
    if len(fields) != 4:
        return line  # build-people.py reports it with its line number
    name, variants, wikidata, description = fields
    accepted = [v.strip() for v in variants.split(";") if v.strip()]
    for form in [name.strip()] + list(accepted):
        folded = plain(form)
        if folded != name.strip() and folded not in accepted:
            accepted.append(folded)
    return "\t".join([name.strip(), ";".join(accepted), wikidata.strip(), description.strip()])


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        fixed = [fix_line(line) for line in lines]
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write("\n".join(fixed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
