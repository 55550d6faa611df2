//! The lookup index over reference people: every accepted spelling by its
//! folded key, by its words, and by a fuzzy key of its last word.

use crate::fasthash::{FastMap as HashMap, FastSet as HashSet};
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, OnceLock};

use crate::reference::{self, Person};

use super::variants::{fold, translit};
use crate::fasthash::Fnv;

/// One accepted spelling of a reference person, split into words.
#[derive(Clone, Debug)]
pub struct Spelling {
    pub person: usize,
    /// The words as the list writes them ("Vladimir", "Putin").
    pub parts: Vec<String>,
    pub folded: Vec<String>,
}

impl Spelling {
    pub fn last(&self) -> &str {
        self.folded.last().map_or("", String::as_str)
    }
}

/// Reference people, indexed for the name checks.
#[derive(Debug, Default)]
pub struct Index {
    pub people: Vec<Person>,
    pub spellings: Vec<Spelling>,
    by_key: HashMap<String, Vec<u32>>,
    by_word: HashMap<String, Vec<u32>>,
    /// Hashes of the deletion keys of last words (see [`fuzzy_keys`]) → spellings;
    /// built on the first fuzzy lookup, which most drafts never make. The
    /// built-in list has it prepared at build time instead ([`FUZZY_KEYS`]).
    by_last_fuzzy: OnceLock<HashMap<u64, Vec<u32>>>,
    /// This is the built-in list, whose fuzzy table build.rs prepared.
    prepared: bool,
    /// Per person: the folded first and last words of all their spellings
    /// (a handful each: a list is smaller and quicker to build than a set).
    firsts: Vec<Vec<String>>,
    lasts: Vec<Vec<String>>,
    /// Folded last word → how many people carry it.
    last_people: HashMap<String, u32>,
    first_words: HashSet<String>,
}

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
        let mut ix = Index {
            firsts: vec![Vec::new(); people.len()],
            lasts: vec![Vec::new(); people.len()],
            by_key: HashMap::with_capacity_and_hasher(capacity, Default::default()),
            by_word: HashMap::with_capacity_and_hasher(capacity, Default::default()),
            spellings: Vec::with_capacity(capacity),
            ..Index::default()
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
                let id = ix.spellings.len() as u32;
                ix.by_key.entry(folded.concat()).or_default().push(id);
                for w in &folded {
                    let ids = ix.by_word.entry(w.clone()).or_default();
                    if ids.last() != Some(&id) {
                        ids.push(id);
                    }
                }
                let last = &folded[folded.len() - 1];
                if folded.len() > 1 {
                    if !ix.firsts[p].contains(&folded[0]) {
                        ix.firsts[p].push(folded[0].clone());
                    }
                    ix.first_words.insert(folded[0].clone());
                }
                if !ix.lasts[p].contains(last) {
                    ix.lasts[p].push(last.clone());
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
                ix.spellings.push(Spelling {
                    person: p,
                    parts,
                    folded,
                });
            }
        }
        ix.last_people = last_owners
            .into_iter()
            .map(|(k, (count, _))| (k, count))
            .collect();
        ix.people = people;
        ix
    }

    /// The shipped list, indexed once per process.
    pub fn builtin() -> &'static Index {
        static INDEX: OnceLock<Index> = OnceLock::new();
        INDEX.get_or_init(|| Index {
            prepared: true,
            ..Index::build(reference::parse_compact(reference::EMBEDDED))
        })
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
        self.by_key.get(key).map_or(&[], Vec::as_slice)
    }

    /// Spellings that contain the folded word.
    pub fn with_word(&self, folded: &str) -> &[u32] {
        self.by_word.get(folded).map_or(&[], Vec::as_slice)
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
        if self.prepared {
            return FUZZY_KEYS
                .binary_search_by_key(&key, |&(hash, _, _)| hash)
                .map_or(&[][..], |i| {
                    let (_, start, len) = FUZZY_KEYS[i];
                    &FUZZY_IDS[start as usize..(start + len) as usize]
                });
        }
        let table = self.by_last_fuzzy.get_or_init(|| self.fuzzy_table());
        table.get(&key).map_or(&[][..], Vec::as_slice)
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
        self.last_people.get(folded).copied().unwrap_or(0)
    }

    /// Is this a first word of some reference person's name?
    pub fn is_first_word(&self, folded: &str) -> bool {
        self.first_words.contains(folded)
    }

    pub fn contains_word(&self, folded: &str) -> bool {
        self.by_word.contains_key(folded)
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
        assert!(ix.prepared);
        let built = ix.fuzzy_table();
        assert_eq!(built.len(), FUZZY_KEYS.len());
        for (key, ids) in &built {
            assert_eq!(ix.fuzzy(*key), ids.as_slice());
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
