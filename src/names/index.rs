//! The lookup index over reference people: every accepted spelling by its
//! folded key, by its words, and by a fuzzy key of its last word.

use crate::fasthash::{FastMap as HashMap, FastSet as HashSet};
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, OnceLock};

use crate::reference::{self, Person};

use super::variants::{deletion_keys, fold, translit};

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
    by_last_fuzzy: HashMap<String, Vec<u32>>,
    /// Per person: the folded first and last words of all their spellings.
    firsts: Vec<HashSet<String>>,
    lasts: Vec<HashSet<String>>,
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

impl Index {
    pub fn build(people: Vec<Person>) -> Index {
        let mut ix = Index {
            firsts: vec![HashSet::default(); people.len()],
            lasts: vec![HashSet::default(); people.len()],
            ..Index::default()
        };
        let mut last_owner: HashMap<String, HashSet<usize>> = HashMap::default();
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
                let last = folded[folded.len() - 1].clone();
                if folded.len() > 1 {
                    ix.firsts[p].insert(folded[0].clone());
                    ix.first_words.insert(folded[0].clone());
                }
                ix.lasts[p].insert(last.clone());
                last_owner.entry(last.clone()).or_default().insert(p);
                if last.chars().count() >= 5 {
                    for k in deletion_keys(&translit(&last)) {
                        let ids = ix.by_last_fuzzy.entry(k).or_default();
                        if ids.last() != Some(&id) {
                            ids.push(id);
                        }
                    }
                }
                ix.spellings.push(Spelling {
                    person: p,
                    parts,
                    folded,
                });
            }
        }
        ix.last_people = last_owner
            .into_iter()
            .map(|(k, v)| (k, v.len() as u32))
            .collect();
        ix.people = people;
        ix
    }

    /// The shipped list, indexed once per process.
    pub fn builtin() -> &'static Index {
        static INDEX: OnceLock<Index> = OnceLock::new();
        INDEX.get_or_init(|| Index::build(reference::builtin().to_vec()))
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
        let key = translit(folded);
        let mut probe = String::with_capacity(key.len());
        let look = |k: &str, out: &mut Vec<u32>| {
            if let Some(ids) = self.by_last_fuzzy.get(k) {
                for &id in ids {
                    if !out.contains(&id) {
                        out.push(id);
                    }
                }
            }
        };
        look(&key, &mut out);
        for (at, c) in key.char_indices() {
            probe.clear();
            probe.push_str(&key[..at]);
            probe.push_str(&key[at + c.len_utf8()..]);
            look(&probe, &mut out);
        }
        out
    }

    pub fn spelling(&self, id: u32) -> &Spelling {
        &self.spellings[id as usize]
    }

    /// Is `folded` an accepted first (or last) word of this person?
    pub fn is_first_of(&self, person: usize, folded: &str) -> bool {
        self.firsts[person].contains(folded)
    }

    pub fn is_last_of(&self, person: usize, folded: &str) -> bool {
        self.lasts[person].contains(folded)
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
