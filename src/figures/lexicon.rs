//! The figures check's vocabulary: counted things and their synonyms, statuses,
//! units, money measures and entity names, from `data/figures/lexicon.toml`.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::fasthash::{FastMap, FastSet};

use super::words::with_lower;

use serde::Deserialize;

/// The lists of `data/figures/lexicon.toml`, as build.rs wrote them
/// (`build/figures_lexicon.rs`): reading them instead of parsing the TOML
/// took one article's `copydesk check` from 8.0M to 7.0M instructions (callgrind).
struct Lists {
    counted: &'static [&'static [&'static str]],
    status: &'static [&'static str],
    status_verbs: &'static [&'static str],
    generic: &'static [&'static str],
    units: &'static [&'static str],
    financial: &'static [&'static str],
    anaphoric_measures: &'static [&'static str],
    legislators: &'static [&'static str],
    per_entity: &'static [&'static str],
    per_person: &'static [&'static str],
    neutral_modifiers: &'static [&'static str],
    entities: &'static [&'static [&'static str]],
    people_nouns: &'static [&'static str],
    related: &'static [&'static [&'static str]],
    kinds: &'static [&'static [&'static str]],
}

include!(concat!(env!("OUT_DIR"), "/figures_lexicon.rs"));

/// The lexicon's lists, owned.
#[derive(Deserialize, Debug, PartialEq)]
struct LexiconFile {
    counted: Vec<Vec<String>>,
    status: Vec<String>,
    status_verbs: Vec<String>,
    generic: Vec<String>,
    units: Vec<String>,
    financial: Vec<String>,
    anaphoric_measures: Vec<String>,
    legislators: Vec<String>,
    per_entity: Vec<String>,
    per_person: Vec<String>,
    neutral_modifiers: Vec<String>,
    entities: Vec<Vec<String>>,
    people_nouns: Vec<String>,
    related: Vec<Vec<String>>,
    kinds: Vec<Vec<String>>,
}

/// The shipped vocabulary.
pub struct Lexicon {
    /// Lemma or lemma phrase → name of its counted-thing group.
    things: FastMap<String, String>,
    status: FastSet<String>,
    status_verbs: FastSet<String>,
    generic: FastSet<String>,
    units: FastSet<String>,
    financial: FastSet<String>,
    anaphoric: FastSet<String>,
    legislators: FastSet<String>,
    per_entity: FastSet<String>,
    per_person: FastSet<String>,
    neutral: FastSet<String>,
    /// Entity name or adjective (lower case) → entity name.
    entities: FastMap<String, String>,
    /// First words of multi-word things and measures, with their plurals ("prisoners").
    phrase_starts: FastSet<String>,
    people_nouns: FastSet<String>,
    /// Counted thing → indices of its related groups.
    related: FastMap<String, Vec<usize>>,
    /// Counted thing → the wider things it is one of ("bus" → "vehicle").
    kinds: FastMap<String, Vec<String>>,
}

impl LexiconFile {
    /// The lists build.rs prepared.
    fn prepared() -> LexiconFile {
        let words = |list: &[&str]| list.iter().map(|w| (*w).to_owned()).collect();
        let groups = |list: &[&[&str]]| list.iter().map(|g| words(g)).collect();
        LexiconFile {
            counted: groups(LISTS.counted),
            status: words(LISTS.status),
            status_verbs: words(LISTS.status_verbs),
            generic: words(LISTS.generic),
            units: words(LISTS.units),
            financial: words(LISTS.financial),
            anaphoric_measures: words(LISTS.anaphoric_measures),
            legislators: words(LISTS.legislators),
            per_entity: words(LISTS.per_entity),
            per_person: words(LISTS.per_person),
            neutral_modifiers: words(LISTS.neutral_modifiers),
            entities: groups(LISTS.entities),
            people_nouns: words(LISTS.people_nouns),
            related: groups(LISTS.related),
            kinds: groups(LISTS.kinds),
        }
    }
}

impl Lexicon {
    /// The vocabulary shipped with copydesk, parsed on first use.
    pub fn builtin() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Lexicon::from_file(LexiconFile::prepared()))
    }

    fn from_file(file: LexiconFile) -> Lexicon {
        let set = |v: Vec<String>| v.into_iter().collect::<FastSet<_>>();
        let mut things = FastMap::default();
        for group in &file.counted {
            let Some(name) = group.first() else { continue };
            for word in group {
                things.insert(lemma_phrase(word), name.clone());
            }
        }
        let mut entities = FastMap::default();
        for group in &file.entities {
            let Some(name) = group.first() else { continue };
            for word in group {
                entities.insert(word.clone(), name.clone());
            }
        }
        let mut phrase_starts = FastSet::default();
        for phrase in things.keys().chain(file.financial.iter()) {
            add_phrase_start(&mut phrase_starts, phrase);
        }
        // A word may stand in more than one group: "household" with "home"
        // and with "family" (a family is no home).
        let mut related: FastMap<String, Vec<usize>> = FastMap::default();
        for (n, group) in file.related.iter().enumerate() {
            for word in group {
                related.entry(word.clone()).or_default().push(n);
            }
        }
        // Written as a reporter would ("houses", "vessels"), compared as the
        // counted group's name ("home", "ship").
        let name = |w: &str| {
            let l = lemma_phrase(w);
            things.get(&l).cloned().unwrap_or(l)
        };
        let mut kinds: FastMap<String, Vec<String>> = FastMap::default();
        for group in &file.kinds {
            let Some((wider, members)) = group.split_first() else {
                continue;
            };
            for member in members {
                kinds.entry(name(member)).or_default().push(name(wider));
            }
        }
        Lexicon {
            people_nouns: set(file.people_nouns),
            related,
            kinds,
            phrase_starts,
            things,
            status: set(file.status),
            status_verbs: set(file.status_verbs),
            generic: set(file.generic),
            units: set(file.units),
            financial: file.financial.iter().map(|w| lemma_phrase(w)).collect(),
            anaphoric: set(file.anaphoric_measures),
            legislators: set(file.legislators),
            per_entity: set(file.per_entity),
            per_person: set(file.per_person),
            neutral: set(file.neutral_modifiers),
            entities,
        }
    }

    pub fn is_status(&self, word: &str) -> bool {
        self.status.contains(word)
    }
    pub fn is_status_verb(&self, word: &str) -> bool {
        self.status_verbs.contains(word)
    }
    pub fn is_generic(&self, lemma: &str) -> bool {
        self.generic.contains(lemma)
    }
    pub fn is_unit(&self, lemma: &str) -> bool {
        self.units.contains(lemma)
    }
    pub fn is_financial(&self, lemma: &str) -> bool {
        self.financial.contains(lemma)
    }
    pub fn is_anaphoric_measure(&self, lemma: &str) -> bool {
        self.anaphoric.contains(lemma)
    }
    pub fn is_legislator(&self, lemma: &str) -> bool {
        self.legislators.contains(lemma)
    }
    /// Counted separately for each candidate, party or team ("votes", "seats").
    pub fn is_per_entity(&self, lemma: &str) -> bool {
        self.per_entity.contains(lemma)
    }
    /// Counted separately for each person or family ("children", "sons").
    pub fn is_per_person(&self, lemma: &str) -> bool {
        self.per_person.contains(lemma)
    }
    /// Does this counted thing (a group's name) count people?
    pub fn is_people_noun(&self, name: &str) -> bool {
        self.people_nouns.contains(name)
    }
    /// The related groups a counted thing (a group's name) is in, by index.
    pub fn related_groups(&self, a: &str) -> &[usize] {
        self.related.get(a).map_or(&[], Vec::as_slice)
    }

    /// Are two counted things (groups' names) in one related group?
    pub fn are_related(&self, a: &str, b: &str) -> bool {
        let y = self.related_groups(b);
        self.related_groups(a).iter().any(|n| y.contains(n))
    }

    /// Is one of two counted things (groups' names) a kind of the other
    /// ("buses" and "vehicles"; never "buses" and "cars")?
    pub fn one_is_a_kind_of_other(&self, a: &str, b: &str) -> bool {
        let one_of = |x: &str, y: &str| self.kinds.get(x).is_some_and(|w| w.iter().any(|k| k == y));
        one_of(a, b) || one_of(b, a)
    }
    pub fn is_neutral(&self, word: &str) -> bool {
        self.neutral.contains(word)
    }
    /// The entity a lower-case name or adjective names ("north korean" → "north korea").
    pub fn entity(&self, words: &str) -> Option<&str> {
        self.entities.get(words).map(String::as_str)
    }
}

/// Remember the first word of a multi-word phrase, in the forms a text may use.
fn add_phrase_start(starts: &mut FastSet<String>, phrase: &str) {
    let mut words = phrase.split(' ');
    let (Some(first), Some(_)) = (words.next(), words.next()) else {
        return;
    };
    starts.insert(first.to_string());
    starts.insert(format!("{first}s"));
    starts.insert(format!("{first}es"));
    if let Some(stem) = first.strip_suffix('y') {
        starts.insert(format!("{stem}ies"));
    }
}

/// The shipped vocabulary plus a newsroom's own synonym groups.
pub struct Vocabulary<'a> {
    pub lex: &'a Lexicon,
    extra: FastMap<String, String>,
    extra_starts: FastSet<String>,
}

impl<'a> Vocabulary<'a> {
    pub fn new(lex: &'a Lexicon, synonyms: &[Vec<String>]) -> Vocabulary<'a> {
        let mut extra = FastMap::default();
        let mut extra_starts = FastSet::default();
        for group in synonyms {
            let lemmas: Vec<String> = group.iter().map(|w| lemma_phrase(w)).collect();
            // Join the shipped group one of the words belongs to, if any.
            let name = lemmas
                .iter()
                .find_map(|l| lex.things.get(l).cloned())
                .or_else(|| lemmas.first().cloned());
            let Some(name) = name else { continue };
            for l in lemmas {
                add_phrase_start(&mut extra_starts, &l);
                extra.insert(l, name.clone());
            }
        }
        Vocabulary {
            lex,
            extra,
            extra_starts,
        }
    }

    /// Could a known multi-word thing or measure start with this word? (A cheap
    /// test before building the phrase.)
    pub fn may_start_phrase(&self, word: &str) -> bool {
        let hit = |w: &str| self.lex.phrase_starts.contains(w) || self.extra_starts.contains(w);
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            with_lower(word, hit)
        } else {
            hit(word)
        }
    }

    /// The group a lemma (or lemma phrase) belongs to, if any.
    pub fn group(&self, lemma: &str) -> Option<&str> {
        self.extra
            .get(lemma)
            .or_else(|| self.lex.things.get(lemma))
            .map(String::as_str)
    }

    /// What a counted lemma is compared as: its group, or itself.
    pub fn thing<'b>(&'b self, lemma: &'b str) -> Cow<'b, str> {
        match self.group(lemma) {
            Some(g) => Cow::Borrowed(g),
            None => Cow::Borrowed(lemma),
        }
    }
}

/// The dictionary form of an English noun: lower case, singular.
pub fn lemma(word: &str) -> String {
    let mut w = word.to_lowercase();
    // Cut and mend the one lower-case copy in place.
    match cut(&w) {
        Cut::Irregular(l) => {
            w.clear();
            w.push_str(l);
        }
        Cut::To(n) => w.truncate(n),
        Cut::ToY(n) => {
            w.truncate(n);
            w.push('y');
        }
    }
    w
}

/// `f` of [`lemma`]`(word)`, without allocating for a short ASCII word.
pub fn with_lemma<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const LONGEST: usize = 32;
    if !word.is_ascii() || word.len() > LONGEST {
        return f(&lemma(word));
    }
    let mut buf = [0u8; LONGEST];
    let n = word.len();
    buf[..n].copy_from_slice(word.as_bytes());
    buf[..n].make_ascii_lowercase();
    let (len, y) = match cut(std::str::from_utf8(&buf[..n]).unwrap_or_default()) {
        Cut::Irregular(l) => return f(l),
        Cut::To(len) => (len, false),
        Cut::ToY(len) => (len, true),
    };
    if y {
        // "ies" was cut: there is room for the "y".
        buf[len] = b'y';
    }
    f(std::str::from_utf8(&buf[..len + usize::from(y)]).unwrap_or_default())
}

/// How a lower-case noun becomes its lemma.
enum Cut {
    /// An irregular plural or a word that keeps its "s".
    Irregular(&'static str),
    /// Its first bytes.
    To(usize),
    /// Its first bytes and a "y" ("casualties" → "casualt" + "y").
    ToY(usize),
}

/// The lemma of an irregular plural or of a word that keeps its "s" (a `match`
/// compiles to a test of the length, then of the bytes).
fn irregular(w: &str) -> Option<&'static str> {
    Some(match w {
        "people" => "people",
        "persons" => "person",
        "men" => "man",
        "women" => "woman",
        "children" => "child",
        "lives" => "life",
        "feet" => "foot",
        "teeth" => "tooth",
        "mice" => "mouse",
        "geese" => "goose",
        "news" => "news",
        "series" => "series",
        "species" => "species",
        "personnel" => "personnel",
        "police" => "police",
        "sales" => "sales",
        "earnings" => "earnings",
        "exports" => "exports",
        "imports" => "imports",
        "deliveries" => "delivery",
        "crises" => "crisis",
        "analyses" => "analysis",
        "bus" => "bus",
        "buses" => "bus",
        "gas" => "gas",
        "status" => "status",
        "census" => "census",
        "virus" => "virus",
        "viruses" => "virus",
        "aircraft" => "aircraft",
        "thanks" => "thanks",
        _ => return None,
    })
}

fn cut(w: &str) -> Cut {
    // As `trim_end_matches("’s")`, then "'s", then apostrophes, without a string searcher.
    let mut w = w;
    while let Some(rest) = w.strip_suffix("’s") {
        w = rest;
    }
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    let w = w.trim_end_matches(['’', '\'']);
    if let Some(l) = irregular(w) {
        return Cut::Irregular(l);
    }
    if w.len() >= 5 && w.ends_with("ies") {
        return Cut::ToY(w.len() - 3);
    }
    if ["sses", "xes", "ches", "shes", "zzes"]
        .iter()
        .any(|ending| w.ends_with(ending))
    {
        return Cut::To(w.len() - 2);
    }
    if w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
    {
        return Cut::To(w.len() - 1);
    }
    Cut::To(w.len())
}

/// Each word of a phrase in dictionary form: "Prisoners of War" → "prisoner of war".
pub fn lemma_phrase(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    for (i, w) in phrase.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if matches!(w, "of" | "in" | "the") {
            out.push_str(w);
        } else {
            with_lemma(w, |l| out.push_str(l));
        }
    }
    out
}

/// Does the word look like a plural noun ("soldiers", "casualties", "people")?
pub fn looks_plural(word: &str) -> bool {
    with_lower(word, |lower| {
        matches!(
            lower,
            "people" | "men" | "women" | "children" | "personnel" | "police"
        ) || (lower.len() > 3
            && lower.ends_with('s')
            && !lower.ends_with("ss")
            && !lower.ends_with("us")
            && !lower.ends_with("is")
            && !lower.ends_with("’s")
            && !lower.ends_with("'s"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// build.rs reads the same lists from the file as the TOML parser does.
    #[test]
    fn the_prepared_lists_are_the_files() {
        let parsed: LexiconFile =
            toml::from_str(include_str!("../../data/figures/lexicon.toml")).expect("valid TOML");
        assert_eq!(LexiconFile::prepared(), parsed);
        assert!(!parsed.counted.is_empty() && !parsed.entities.is_empty());
    }

    #[test]
    fn lemmas_are_singular_and_lower_case() {
        assert_eq!(lemma("Soldiers"), "soldier");
        assert_eq!(lemma("casualties"), "casualty");
        assert_eq!(lemma("houses"), "house");
        assert_eq!(lemma("churches"), "church");
        assert_eq!(lemma("women"), "woman");
        assert_eq!(lemma("troops"), "troop");
        assert_eq!(lemma("status"), "status");
        assert_eq!(lemma_phrase("prisoners of war"), "prisoner of war");
    }

    #[test]
    fn synonyms_share_a_group() {
        let lex = Lexicon::builtin();
        let v = Vocabulary::new(lex, &[]);
        assert_eq!(v.thing("troop"), v.thing("soldier"));
        assert_eq!(v.thing("house"), v.thing("home"));
        assert_eq!(v.thing("captive"), v.thing("hostage"));
        assert!(lex.are_related(&v.thing("prisoner of war"), &v.thing("captive")));
        // A word in two related groups meets each group's words, and they do
        // not meet each other through it.
        assert!(lex.are_related(&v.thing("household"), &v.thing("home")));
        assert!(lex.are_related(&v.thing("household"), &v.thing("family")));
        assert!(!lex.are_related(&v.thing("home"), &v.thing("family")));
        // A thing and the wider thing it is one of, as a reporter writes them.
        assert!(lex.one_is_a_kind_of_other(&v.thing("vessel"), &v.thing("boat")));
        assert!(lex.one_is_a_kind_of_other(&v.thing("bus"), &v.thing("vehicle")));
        assert!(lex.one_is_a_kind_of_other(&v.thing("house"), &v.thing("building")));
        assert!(!lex.one_is_a_kind_of_other(&v.thing("bus"), &v.thing("car")));
        assert!(!lex.one_is_a_kind_of_other(&v.thing("bus"), &v.thing("route")));
        assert_ne!(v.thing("tank"), v.thing("soldier"));
        assert_eq!(lex.entity("north korean"), Some("north korea"));
    }

    #[test]
    fn newsroom_synonyms_join_or_make_groups() {
        let lex = Lexicon::builtin();
        let v = Vocabulary::new(
            lex,
            &[
                vec!["reservist".into(), "soldiers".into()],
                vec!["ballot".into(), "voting slip".into()],
            ],
        );
        assert_eq!(v.thing("reservist"), v.thing("troop"));
        assert_eq!(v.thing("voting slip"), v.thing("ballot"));
        assert_ne!(v.thing("ballot"), v.thing("vote"));
    }
}
