"""Derive data/people/us-federal.tsv from the US Congress and executive YAML.

Sources (CC0 1.0, github.com/unitedstates/congress-legislators, copied to
../shared/data/names): us-legislators-current.yaml and us-executive.yaml.
Run through `python3 scripts/build-people.py --us-federal`. Each person gets the
name as news usually writes it (nickname + surname, no middle initial) as the
canonical spelling and the official forms, formal/short given names and
accent-free spellings as variants; Wikidata ids come from the YAML.
"""

import pathlib
import re
import unicodedata

import yaml

NAMES = pathlib.Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "names"

STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "DC": "the District of Columbia", "PR": "Puerto Rico", "GU": "Guam",
    "VI": "the U.S. Virgin Islands", "AS": "American Samoa", "MP": "the Northern Mariana Islands",
}

# Formal given names and the short forms US news uses for them (both directions).
SHORT_FORMS = {
    "Abraham": ["Abe"], "Albert": ["Al"], "Alexander": ["Alex"], "Alejandro": ["Alex"],
    "Andrew": ["Andy"], "Anthony": ["Tony"], "Benjamin": ["Ben"], "Bradley": ["Brad"],
    "Charles": ["Chuck"], "Christopher": ["Chris"], "Daniel": ["Dan"],
    "David": ["Dave"], "Deborah": ["Debbie"], "Donald": ["Don"], "Douglas": ["Doug"],
    "Edward": ["Ed"], "Eugene": ["Gene"], "Frederick": ["Fred"], "Gabriel": ["Gabe"],
    "Gerald": ["Jerry"], "Gregory": ["Greg"], "Henry": ["Hank"], "James": ["Jim"],
    "Jeffrey": ["Jeff"], "Jennifer": ["Jen"], "Jonathan": ["Jon"], "Joseph": ["Joe"],
    "Joshua": ["Josh"], "Katherine": ["Kat", "Kate"], "Kenneth": ["Ken"], "Lawrence": ["Larry"],
    "Margaret": ["Maggie"], "Matthew": ["Matt"], "Michael": ["Mike"], "Mitchell": ["Mitch"],
    "Nicholas": ["Nick"], "Nicolas": ["Nick"], "Nicole": ["Nikki"], "Patrick": ["Pat"],
    "Peter": ["Pete"], "Philip": ["Phil"], "Randall": ["Randy"], "Raymond": ["Ray"],
    "Richard": ["Rick", "Dick"], "Robert": ["Bob"],
    "Ronald": ["Ron"], "Russell": ["Russ"], "Samuel": ["Sam"], "Stephen": ["Steve"],
    "Steven": ["Steve"], "Theodore": ["Ted"], "Thomas": ["Tom"], "Timothy": ["Tim"],
    "Valerie": ["Val"], "William": ["Bill"], "Zachary": ["Zach"],
}
FORMAL = {}
for formal, shorts in SHORT_FORMS.items():
    for short in shorts:
        FORMAL.setdefault(short, []).append(formal)

# Presidents and vice presidents as history and news name them, and Wikidata ids
# known for certain (the YAML carries ids only for recent office holders).
EXECUTIVE_STYLE = {
    ("Ulysses", "Grant"): ("Ulysses S. Grant", None),
    ("Rutherford", "Hayes"): ("Rutherford B. Hayes", None),
    ("Chester", "Arthur"): ("Chester A. Arthur", None),
    ("Warren", "Harding"): ("Warren G. Harding", None),
    ("Franklin", "Roosevelt"): ("Franklin D. Roosevelt", "Q8007"),
    ("Harry", "Truman"): ("Harry S. Truman", "Q11613"),
    ("Dwight", "Eisenhower"): ("Dwight D. Eisenhower", "Q9916"),
    ("John", "Kennedy"): ("John F. Kennedy", "Q9696"),
    ("Lyndon", "Johnson"): ("Lyndon B. Johnson", "Q9640"),
    ("Richard", "Nixon"): ("Richard Nixon", "Q9588"),
    ("Gerald", "Ford"): ("Gerald Ford", "Q9582"),
    ("James", "Carter"): ("Jimmy Carter", "Q23685"),
    ("Ronald", "Reagan"): ("Ronald Reagan", "Q9960"),
    ("George", "Bush"): None,  # two presidents: decided by middle name below
    ("William", "Clinton"): ("Bill Clinton", "Q1124"),
    ("Donald", "Trump"): ("Donald Trump", "Q22686"),
    ("Joseph", "Biden"): ("Joe Biden", "Q6279"),
    ("George", "Washington"): ("George Washington", "Q23"),
    ("Abraham", "Lincoln"): ("Abraham Lincoln", "Q91"),
    ("Theodore", "Roosevelt"): ("Theodore Roosevelt", "Q33866"),
    ("Woodrow", "Wilson"): ("Woodrow Wilson", "Q34296"),
    ("Hubert", "Humphrey"): ("Hubert Humphrey", None),
    ("Albert", "Gore"): ("Al Gore", None),
    ("James", "Quayle"): ("Dan Quayle", None),
    ("Richard", "Cheney"): ("Dick Cheney", "Q48259"),
    ("James David", "Vance"): ("JD Vance", "Q28935729"),
}
BUSH = {
    "Herbert Walker": ("George H. W. Bush", "Q23505", ["George H.W. Bush", "George Bush Sr."]),
    "Walker": ("George W. Bush", "Q207", ["George Bush Jr."]),
}

FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i"})


def ascii_fold(text):
    decomposed = unicodedata.normalize("NFD", text.translate(FOLD))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def is_initial(word):
    return re.fullmatch(r"[A-Z]\.", word) is not None


def without_middle_initials(full):
    words = full.split()
    return " ".join(w for i, w in enumerate(words) if i == 0 or not is_initial(w))


def split_given(first):
    """'James (Jim)' -> ('James', 'Jim')."""
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", first)
    return (m.group(1), m.group(2)) if m else (first, None)


def suffixed(name, suffix):
    return ["%s %s" % (name, suffix), "%s, %s" % (name, suffix)] if suffix else []


def name_forms(name):
    """(canonical, variants) for one YAML `name` record."""
    first, paren_nick = split_given(name["first"])
    nick = name.get("nickname") or paren_nick
    last, middle, suffix = name["last"], name.get("middle"), name.get("suffix")
    official = name.get("official_full")
    variants = []
    if official:
        # 'Eric A. "Rick" Crawford' -> 'Eric A. Crawford' and 'Rick Crawford'
        quoted = re.search(r'"([^"]+)"', official)
        if quoted:
            nick = nick or quoted.group(1)
            official = re.sub(r'\s*"[^"]+"', "", official)
        variants.append(official)
        variants.append(official.replace(", Jr.", " Jr.").replace(", Sr.", " Sr."))
    plain = "%s %s" % (first, last)
    if is_initial(first) and middle:
        plain = "%s %s %s" % (first, middle, last)
    variants.append(plain)
    if middle and not is_initial(first):
        variants.append("%s %s %s" % (first, middle, last))
        if not is_initial(middle):
            variants.append("%s %s. %s" % (first, middle[0], last))
    if nick:
        canonical = "%s %s" % (nick, last)
        if "." in nick:
            variants.append("%s %s" % (nick.replace(".", ""), last))
    elif official:
        canonical = without_middle_initials(official)
        canonical = re.sub(r",? (Jr\.|Sr\.|II|III|IV)$", "", canonical)
        words = canonical.split()
        if is_initial(words[0]) and len(words) > 2:
            canonical = " ".join(words[1:])  # 'J. French Hill' -> 'French Hill'
    else:
        canonical = plain
    # Formal given name -> its short forms; a short given name -> its formal forms.
    for other in SHORT_FORMS.get(first, []) + FORMAL.get(first, []):
        variants.append("%s %s" % (other, last))
    for form in list(variants) + [canonical]:
        variants.extend(suffixed(form, suffix) if form in (plain, canonical) else [])
    variants.extend(ascii_fold(v) for v in list(variants) + [canonical])
    return canonical, variants


def years(terms, kind):
    spans = []
    for term in terms:
        if term["type"] != kind:
            continue
        start, end = term["start"][:4], term["end"][:4]
        if spans and spans[-1][1] == start:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return ", ".join("%s–%s" % (a, b) for a, b in spans)


def executive_row(person):
    name = person["name"]
    key = (name["first"], name["last"])
    canonical, variants = name_forms(name)
    wikidata = person["id"].get("wikidata")
    if key == ("George", "Bush"):
        canonical, known, extra = BUSH[name.get("middle")]
        variants = ["George %s Bush" % name["middle"]] + extra
        wikidata = wikidata or known
    elif key in EXECUTIVE_STYLE:
        canonical, known = EXECUTIVE_STYLE[key]
        wikidata = wikidata or known
        if name.get("middle") and not is_initial(name["middle"]):
            variants.append("%s %s. %s" % (name["first"], name["middle"][0], name["last"]))
    roles = []
    for kind, title in (("viceprez", "Vice President"), ("prez", "President")):
        span = years(person["terms"], kind)
        if span:
            roles.append("%s of the United States (%s)" % (title, span))
    return canonical, variants, wikidata, "; ".join(reversed(roles))


def legislator_row(person):
    canonical, variants = name_forms(person["name"])
    term = person["terms"][-1]
    place = STATES[term["state"]]
    if term["type"] == "sen":
        role = "U.S. Senator from %s" % place
    elif term["state"] == "PR":
        role = "Resident Commissioner of Puerto Rico in the U.S. House"
    elif term["state"] in ("DC", "GU", "VI", "AS", "MP"):
        role = "Delegate to the U.S. House from %s" % place
    else:
        role = "U.S. Representative from %s" % place
    role += " (%s)" % term.get("party", "no party")
    current = [r["title"] for r in person.get("leadership_roles", []) if "end" not in r]
    description = "; ".join(current + [role])
    return canonical, variants, person["id"].get("wikidata"), description


def rows():
    legislators = yaml.safe_load((NAMES / "us-legislators-current.yaml").read_text("utf-8"))
    executive = yaml.safe_load((NAMES / "us-executive.yaml").read_text("utf-8"))
    current = {p["id"].get("bioguide") for p in legislators}
    out = [legislator_row(p) for p in legislators]
    out += [executive_row(p) for p in executive if p["id"].get("bioguide") not in current]
    # Two people may not share a spelling: fall back to the official name, and
    # drop variants that are another person's name or variant.
    counts = {}
    for canonical, *_ in out:
        counts[canonical] = counts.get(canonical, 0) + 1
    taken = set()
    fixed = []
    for canonical, variants, wikidata, description in out:
        if counts[canonical] > 1:
            official = variants[0]
            variants = [canonical] + variants
            canonical = official
        fixed.append((canonical, variants, wikidata, description))
    # Names that other source lists give to other people (a sprinter called
    # Michael Johnson is not the Speaker Mike Johnson).
    for path in sorted(pathlib.Path(__file__).resolve().parent.parent.glob("data/people/*.tsv")):
        if path.name == "us-federal.tsv":
            continue
        for line in path.read_text("utf-8").split("\n"):
            if line.strip() and not line.lstrip().startswith("#"):
                taken.add(line.split("\t")[0].strip())
    owners = {}
    for index, (canonical, variants, _, _) in enumerate(fixed):
        for form in [canonical] + variants:
            owners.setdefault(form, set()).add(index)
    result = []
    for index, (canonical, variants, wikidata, description) in enumerate(fixed):
        kept = []
        for v in variants:
            if v != canonical and v not in kept and owners[v] == {index} and v not in taken:
                kept.append(v)
        result.append((canonical, kept, wikidata, description))
    return sorted(result)


def write(path):
    lines = [
        "# US federal office holders: the current Congress, and all presidents and vice presidents.",
        "# Generated by scripts/us_federal.py (via build-people.py --us-federal) from",
        "# github.com/unitedstates/congress-legislators (CC0 1.0): do not edit by hand.",
        "# name\tvariants\twikidata\tdescription",
    ]
    for canonical, variants, wikidata, description in rows():
        lines.append("\t".join([canonical, ";".join(variants), wikidata or "", description]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    print("wrote %s: %d people" % (path.name, len(lines) - 4))
