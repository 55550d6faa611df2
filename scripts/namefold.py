"""The engine's folding of a name word, for the data-building scripts: lower
case, marks and apostrophes, hyphens and full stops dropped, a few letters spelled out."""
import unicodedata

SPECIAL = {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}


def fold(word: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if unicodedata.combining(ch) or ch in "'’-‐.":
            continue
        out.append(SPECIAL.get(ch, ch))
    return "".join(out)
