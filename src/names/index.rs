//! The lookup index over reference people: every accepted spelling by its
//! folded key, by its words, and by a fuzzy key of its last word.

use crate::fasthash::{FastMap as HashMap, FastSet as HashSet};
use std::borrow::Cow;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, OnceLock};

use crate::reference::{self, Person};

pub use super::listed::{Text, Words};
use super::variants::{fold, translit};
use crate::fasthash::Fnv;

/// What the name checks need to know of a listed person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    /// The established spelling, e.g. "Volodymyr Zelenskyy".
    pub canonical: Text,
    /// A short role, for messages ("President of Russia"); may be empty.
    pub description: Text,
}

/// One accepted spelling of a reference person, split into words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spelling {
    pub person: usize,
    /// The words as the list writes them ("Vladimir", "Putin").
    pub parts: Words,
    pub folded: Words,
}

impl Spelling {
    pub fn last(&self) -> &str {
        self.folded.last().unwrap_or("")
    }
}

/// Reference people, indexed for the name checks.
#[derive(Debug)]
pub struct Index {
    pub people: Cow<'static, [Listed]>,
    pub spellings: Cow<'static, [Spelling]>,
    /// Per person: the folded first and last words of all their spellings
    /// (a handful each: a list is smaller and quicker to build than a set).
    firsts: Cow<'static, [Words]>,
    lasts: Cow<'static, [Words]>,
    tables: Tables,
}

/// The index's maps: static tables written by build.rs for the built-in list,
/// hash maps built at run time for a newsroom's lists.
#[derive(Debug)]
enum Tables {
    Prepared,
    Built(Box<Built>),
}

#[derive(Debug, Default)]
struct Built {
    by_key: HashMap<String, Vec<u32>>,
    by_word: HashMap<String, Vec<u32>>,
    /// Hashes of the deletion keys of last words (see [`fuzzy_keys`]) → spellings;
    /// built on the first fuzzy lookup, which most drafts never make. The
    /// built-in list has it prepared at build time instead ([`FUZZY_KEYS`]).
    by_last_fuzzy: OnceLock<HashMap<u64, Vec<u32>>>,
    /// Folded last word → how many people carry it.
    last_people: HashMap<String, u32>,
    first_words: HashSet<String>,
}

/// A map from strings to id lists written by build.rs (`build/people_index.rs`):
/// open addressing over a power-of-two number of slots, each (key start, key
/// length, ids start, ids length) into `keys` and `ids`; a key sits at its
/// FNV-1a hash or the first free slot after it, and a free slot has no ids.
/// Offsets rather than `&str`s, so the loader has nothing to relocate in it
/// (see `listed`). Measured against building the index at run time
/// (callgrind, `copydesk check` of one 1,445-word article): 57.8M
/// instructions for the whole process before, 12.7M with the tables as
/// statics, 9.8M with the weekday-date pattern's digits ASCII and every
/// name and word of the list an offset into one string.
#[derive(Debug)]
struct Table {
    keys: &'static str,
    slots: &'static [(u32, u32, u32, u32)],
    ids: &'static [u32],
}

impl Table {
    fn get(&self, key: &str) -> Option<&'static [u32]> {
        let mask = self.slots.len() - 1;
        let mut h = Fnv::default();
        h.write(key.as_bytes());
        let mut at = h.finish() as usize & mask;
        loop {
            let (key_at, key_len, start, len) = self.slots[at];
            if len == 0 {
                return None;
            }
            if self.keys.get(key_at as usize..(key_at + key_len) as usize) == Some(key) {
                return Some(&self.ids[start as usize..(start + len) as usize]);
            }
            at = (at + 1) & mask;
        }
    }
}

// PEOPLE, SPELLINGS, FIRSTS, LASTS and the tables BY_KEY, BY_WORD,
// FIRST_WORDS and LAST_PEOPLE (its one id is the count): the built-in list,
// indexed by build.rs.
include!(concat!(env!("OUT_DIR"), "/people_index.rs"));

/// Split a name as a list writes it into words: "John F. Kennedy Jr." → John, F, Kennedy.
pub fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty() && !is_suffix(w))
        .map(str::to_owned)
        .collect()
}

/// Generational suffixes, which are not part of the name proper.
pub fn is_suffix(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    ["jr", "sr", "ii", "iii", "iv"]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(w))
}

// FUZZY_KEYS (hash, start, length into FUZZY_IDS, sorted by hash) and
// FUZZY_IDS: the built-in list's fuzzy table, made by build.rs.
include!(concat!(env!("OUT_DIR"), "/fuzzy_surnames.rs"));

/// The hashes of `key` and of every key one character shorter (the deletion
/// keys of `variants::deletion_keys`): two words sharing one are at most two edits
/// apart. Hashed rather than spelled out, so the table needs no string per key;
/// a collision only adds a candidate, and every candidate is verified.
fn fuzzy_keys(key: &str, mut each: impl FnMut(u64)) {
    let hash = |parts: [&str; 2]| {
        let mut h = Fnv::default();
        for part in parts {
            h.write(part.as_bytes());
        }
        h.finish()
    };
    each(hash([key, ""]));
    for (at, c) in key.char_indices() {
        each(hash([&key[..at], &key[at + c.len_utf8()..]]));
    }
}

impl Index {
    pub fn build(people: Vec<Person>) -> Index {
        let capacity = people.len() * 2;
        let mut firsts: Vec<Words> = vec![Words::Empty; people.len()];
        let mut lasts: Vec<Words> = vec![Words::Empty; people.len()];
        let mut spellings: Vec<Spelling> = Vec::with_capacity(capacity);
        let mut t = Built {
            by_key: HashMap::with_capacity_and_hasher(capacity, Default::default()),
            by_word: HashMap::with_capacity_and_hasher(capacity, Default::default()),
            ..Built::default()
        };
        // Folded last word → (people carrying it, the last of them counted);
        // a person's spellings come one after another, so each counts once.
        let mut last_owners: HashMap<String, (u32, usize)> =
            HashMap::with_capacity_and_hasher(people.len(), Default::default());
        for (p, person) in people.iter().enumerate() {
            for name in std::iter::once(&person.canonical).chain(&person.variants) {
                let parts = name_words(name);
                if parts.is_empty() {
                    continue;
                }
                let folded: Vec<String> = parts.iter().map(|w| fold(w)).collect();
                let id = spellings.len() as u32;
                t.by_key.entry(folded.concat()).or_default().push(id);
                for w in &folded {
                    let ids = t.by_word.entry(w.clone()).or_default();
                    if ids.last() != Some(&id) {
                        ids.push(id);
                    }
                }
                let last = &folded[folded.len() - 1];
                if folded.len() > 1 {
                    if !firsts[p].iter().any(|w| *w == folded[0]) {
                        firsts[p].push(folded[0].clone());
                    }
                    t.first_words.insert(folded[0].clone());
                }
                if !lasts[p].iter().any(|w| w == last) {
                    lasts[p].push(last.clone());
                }
                match last_owners.get_mut(last.as_str()) {
                    Some((count, owner)) if *owner != p => {
                        *count += 1;
                        *owner = p;
                    }
                    Some(_) => {}
                    None => {
                        last_owners.insert(last.clone(), (1, p));
                    }
                }
                spellings.push(Spelling {
                    person: p,
                    parts: Words::Owned(parts),
                    folded: Words::Owned(folded),
                });
            }
        }
        t.last_people = last_owners
            .into_iter()
            .map(|(k, (count, _))| (k, count))
            .collect();
        Index {
            people: people
                .into_iter()
                .map(|p| Listed {
                    canonical: Text::Owned(p.canonical),
                    description: Text::Owned(p.description),
                })
                .collect(),
            spellings: Cow::Owned(spellings),
            firsts: Cow::Owned(firsts),
            lasts: Cow::Owned(lasts),
            tables: Tables::Built(Box::new(t)),
        }
    }

    /// The shipped list, indexed by build.rs: nothing to build at run time.
    pub fn builtin() -> &'static Index {
        static INDEX: Index = Index {
            people: Cow::Borrowed(&PEOPLE),
            spellings: Cow::Borrowed(&SPELLINGS),
            firsts: Cow::Borrowed(&FIRSTS),
            lasts: Cow::Borrowed(&LASTS),
            tables: Tables::Prepared,
        };
        &INDEX
    }

    /// A newsroom's extra lists, parsed and indexed; the last few are cached by content.
    pub fn extra(lists: &[(String, String)]) -> Result<Arc<Index>, String> {
        type Cache = Mutex<Vec<(u64, Arc<Index>)>>;
        static CACHE: OnceLock<Cache> = OnceLock::new();
        let mut h = DefaultHasher::new();
        lists.hash(&mut h);
        let hash = h.finish();
        let cache = CACHE.get_or_init(|| Mutex::new(Vec::new()));
        if let Ok(cached) = cache.lock() {
            if let Some((_, ix)) = cached.iter().find(|(k, _)| *k == hash) {
                return Ok(ix.clone());
            }
        }
        let mut people = Vec::new();
        for (source, text) in lists {
            people.extend(reference::parse_tsv(source, text)?);
        }
        let ix = Arc::new(Index::build(people));
        if let Ok(mut cached) = cache.lock() {
            if cached.len() >= 4 {
                cached.remove(0);
            }
            cached.push((hash, ix.clone()));
        }
        Ok(ix)
    }

    /// Spellings whose folded words run together to `key` ("kimjongun").
    pub fn accepted(&self, key: &str) -> &[u32] {
        match &self.tables {
            Tables::Prepared => BY_KEY.get(key).unwrap_or(&[]),
            Tables::Built(t) => t.by_key.get(key).map_or(&[], Vec::as_slice),
        }
    }

    /// Spellings that contain the folded word.
    pub fn with_word(&self, folded: &str) -> &[u32] {
        match &self.tables {
            Tables::Prepared => BY_WORD.get(folded).unwrap_or(&[]),
            Tables::Built(t) => t.by_word.get(folded).map_or(&[], Vec::as_slice),
        }
    }

    /// Spellings whose last word is perhaps a slip away from `folded` (verify!).
    pub fn near_last(&self, folded: &str) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        fuzzy_keys(&translit(folded), |key| {
            for &id in self.fuzzy(key) {
                if !out.contains(&id) {
                    out.push(id);
                }
            }
        });
        out
    }

    /// The spellings under one fuzzy key.
    fn fuzzy(&self, key: u64) -> &[u32] {
        match &self.tables {
            Tables::Prepared => FUZZY_KEYS
                .binary_search_by_key(&key, |&(hash, _, _)| hash)
                .map_or(&[][..], |i| {
                    let (_, start, len) = FUZZY_KEYS[i];
                    &FUZZY_IDS[start as usize..(start + len) as usize]
                }),
            Tables::Built(t) => t
                .by_last_fuzzy
                .get_or_init(|| self.fuzzy_table())
                .get(&key)
                .map_or(&[][..], Vec::as_slice),
        }
    }

    /// Every spelling whose last word has five letters or more, under each of
    /// its fuzzy keys.
    fn fuzzy_table(&self) -> HashMap<u64, Vec<u32>> {
        let mut table: HashMap<u64, Vec<u32>> = HashMap::default();
        for (id, spelling) in self.spellings.iter().enumerate() {
            let last = spelling.last();
            if last.chars().count() < 5 {
                continue;
            }
            let id = id as u32;
            fuzzy_keys(&translit(last), |key| {
                let ids = table.entry(key).or_default();
                if ids.last() != Some(&id) {
                    ids.push(id);
                }
            });
        }
        table
    }

    pub fn spelling(&self, id: u32) -> &Spelling {
        &self.spellings[id as usize]
    }

    /// Is `folded` an accepted first (or last) word of this person?
    pub fn is_first_of(&self, person: usize, folded: &str) -> bool {
        self.firsts[person].iter().any(|w| w == folded)
    }

    pub fn is_last_of(&self, person: usize, folded: &str) -> bool {
        self.lasts[person].iter().any(|w| w == folded)
    }

    /// How many people in the list have this last word.
    pub fn people_with_last(&self, folded: &str) -> u32 {
        match &self.tables {
            Tables::Prepared => LAST_PEOPLE.get(folded).map_or(0, |count| count[0]),
            Tables::Built(t) => t.last_people.get(folded).copied().unwrap_or(0),
        }
    }

    /// Is this a first word of some reference person's name?
    pub fn is_first_word(&self, folded: &str) -> bool {
        match &self.tables {
            Tables::Prepared => FIRST_WORDS.get(folded).is_some(),
            Tables::Built(t) => t.first_words.contains(folded),
        }
    }

    pub fn contains_word(&self, folded: &str) -> bool {
        !self.with_word(folded).is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::super::variants::deletion_keys;
    use super::*;

    #[test]
    fn fuzzy_keys_hash_the_deletion_keys() {
        for word in ["zelensky", "aab", "erdogan", "ñandú", "x"] {
            let mut hashed = Vec::new();
            fuzzy_keys(word, |k| hashed.push(k));
            hashed.sort_unstable();
            hashed.dedup();
            let mut spelled: Vec<u64> = deletion_keys(word)
                .iter()
                .map(|k| {
                    let mut h = Fnv::default();
                    h.write(k.as_bytes());
                    h.finish()
                })
                .collect();
            spelled.sort_unstable();
            assert_eq!(hashed, spelled, "{word}");
        }
    }

    /// The table build.rs prepared is the one `Index::build` would make.
    #[test]
    fn the_prepared_fuzzy_table_is_the_built_one() {
        let ix = Index::builtin();
        assert!(matches!(ix.tables, Tables::Prepared));
        let built = ix.fuzzy_table();
        assert_eq!(built.len(), FUZZY_KEYS.len());
        for (key, ids) in &built {
            assert_eq!(ix.fuzzy(*key), ids.as_slice());
        }
    }

    /// The index build.rs prepared answers every lookup as the index built at
    /// run time from the same list does.
    #[test]
    fn the_prepared_index_is_the_built_one() {
        let prepared = Index::builtin();
        let built = Index::build(reference::parse_compact(reference::EMBEDDED));
        assert_eq!(prepared.people, built.people);
        assert_eq!(prepared.spellings, built.spellings);
        assert_eq!(prepared.firsts, built.firsts);
        assert_eq!(prepared.lasts, built.lasts);
        let Tables::Built(t) = &built.tables else {
            panic!("Index::build made a prepared index");
        };
        let occupied = |table: &Table| table.slots.iter().filter(|s| s.3 > 0).count();
        assert_eq!(occupied(&BY_KEY), t.by_key.len());
        for (key, ids) in &t.by_key {
            assert_eq!(prepared.accepted(key), ids.as_slice(), "{key}");
        }
        assert_eq!(occupied(&BY_WORD), t.by_word.len());
        for (word, ids) in &t.by_word {
            assert_eq!(prepared.with_word(word), ids.as_slice(), "{word}");
        }
        assert_eq!(occupied(&LAST_PEOPLE), t.last_people.len());
        for (word, &count) in &t.last_people {
            assert_eq!(prepared.people_with_last(word), count, "{word}");
        }
        assert_eq!(occupied(&FIRST_WORDS), t.first_words.len());
        for word in &t.first_words {
            assert!(prepared.is_first_word(word), "{word}");
        }
        for absent in ["", "zzzqx", "vladimirputin "] {
            assert!(prepared.accepted(absent).is_empty());
            assert!(!prepared.contains_word(absent));
            assert_eq!(prepared.people_with_last(absent), 0);
            assert!(!prepared.is_first_word(absent));
        }
    }

    #[test]
    fn near_last_finds_a_slip_of_a_listed_surname() {
        let people = reference::parse_tsv(
            "test",
            "Olaf Scholz\t\tQ61053\tChancellor\nAna Lopes\t\t\tHarbour master\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let ix = Index::build(people);
        let found: Vec<&str> = ix
            .near_last("sholz")
            .into_iter()
            .map(|id| ix.spelling(id).last())
            .collect();
        assert_eq!(found, ["scholz"]);
        assert!(ix.near_last("smith").is_empty());
    }
}
