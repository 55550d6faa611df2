#!/usr/bin/env python3
"""Derive copydesk's list of organisation names from registry packages.

usage: pip install pytickersymbols==1.17.10 football-team-names-zh==0.1.0 \\
           list-of-us-universities-with-state-code==0.0.2
       npm install --no-save --prefix /tmp/orgs compromise@14.17.0
       scripts/build-organisations.py /tmp/orgs/node_modules

Writes data/organisations/organisations.txt: one organisation name a line,
folded the way the engine folds a word (scripts/namefold.py) with the words
of a many-word name run together ("Goldman Sachs" -> "goldmansachs"), sorted
bytewise. Kept: companies of the stock indices pytickersymbols lists (S&P
500, FTSE 100, DAX, ...), with and without their legal ending ("Adobe Inc."
-> "adobeinc", "adobe"); the organisations and sports teams of compromise's lexicon; the
European clubs of football-team-names-zh; the US universities of
list-of-us-universities-with-state-code; and the hand-written list of major
parties and their nicknames (data/organisations/parties-hand-written.txt).
The name checks use it so that a party, company, club or institution is
never read as a misspelled person ("Tories" is no slip of a surname).
Re-run after the packages change and commit the output; the build of the
binary never reads the packages. See data/organisations/SOURCES.md.
"""
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from namefold import fold, write_folded_list  # noqa: E402  (the engine's folding, shared by the scripts)

import football_team_names_zh.data as football
from pytickersymbols import PyTickerSymbols

# Words that only say what kind of company a name is: dropped from the end
# of a listed company's name to give the name it is known by.
LEGAL_ENDINGS = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "companies",
    "ltd", "limited", "plc", "ag", "se", "sa", "nv", "spa", "asa", "ab", "oyj",
    "group", "holding", "holdings", "the",
}
# compromise tags these generic abbreviations as organisations; they name none.
ABBREVIATIONS = {"dept", "univ", "assn"}
# Joining signs that are no word of the name ("Johnson & Johnson").
JOINERS = {"&", "+", "and", "of", "the"}

# compromise's lexicon tags, read by node from the package as it ships.
COMPROMISE_TAGS = ("Organization", "SportsTeam")
NODE_DUMP = """
const nlp = require(process.argv[1] + '/compromise/builds/three/compromise-three.cjs');
const out = [];
for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
  const list = Array.isArray(tags) ? tags : [tags];
  if (list.some(t => %s.includes(t))) out.push(word);
}
console.log(JSON.stringify(out));
"""


def words_of(name: str) -> list[str]:
    name = name.split(",")[0].split("(")[0].replace("/", " ")
    return [w for w in name.split() if w.lower() not in JOINERS]


def key(words: list[str]) -> str:
    """The folded words run together; '' unless they are plain words of 3+ letters."""
    k = "".join(fold(w) for w in words)
    return k if k.isalpha() and len(k) >= 3 else ""


def with_and_without_ending(name: str) -> set[str]:
    """A company's name and, when it ends in a legal form, the name without it."""
    words = words_of(name)
    keys = {key(words)}
    while len(words) > 1 and fold(words[-1]) in LEGAL_ENDINGS:
        words = words[:-1]
        keys.add(key(words))
    return keys


def compromise_names(node_modules: Path) -> list[str]:
    script = NODE_DUMP % json.dumps(list(COMPROMISE_TAGS))
    dump = subprocess.run(
        ["node", "-e", script, str(node_modules)], check=True, capture_output=True, text=True
    )
    return json.loads(dump.stdout)


def universities() -> list[str]:
    data = resources.files("list_of_us_universities_with_state_code") / "universities_data.json"
    names = []
    for name in json.loads(data.read_text(encoding="utf-8")):
        names.append(name)
        if "(" in name:  # "University of Chicago (UChicago)": the short name too
            names.append(name.split("(")[1].rstrip(")"))
    return names


def hand_written(repo: Path) -> list[str]:
    path = repo / "data" / "organisations" / "parties-hand-written.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [l.strip() for l in lines if l.strip() and not l.startswith("#")]


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    node_modules = Path(sys.argv[1])
    repo = Path(__file__).resolve().parent.parent
    keys = set()
    for stock in PyTickerSymbols().get_all_stocks():
        keys |= with_and_without_ending(stock["name"])
    for team in football.TEAMS_DATA:
        for name in [team["name"], *team["aliases"]]:
            if name.isascii() or any(c.isalpha() and c.isascii() for c in name):
                keys.add(key(words_of(name)))
    for name in compromise_names(node_modules):
        if fold(name) not in LEGAL_ENDINGS | ABBREVIATIONS:
            keys.add(key(words_of(name)))
    for name in universities() + hand_written(repo):
        keys.add(key(words_of(name)))
    write_folded_list(repo / "data" / "organisations" / "organisations.txt", "organisation", "build-organisations.py", keys)

if __name__ == "__main__":
    main()
