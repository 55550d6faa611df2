//! Which words of one article are weighed as one name: the pairs that share a
//! key, found through sorted keys in near-linear time rather than by trying every pair.

use std::hash::Hasher;

use crate::fasthash::Fnv;

/// A group of words sharing one key larger than this is not paired: such a key
/// is no evidence of one name, and the cap keeps the pairing linear.
const MAX_GROUP: usize = 12;

/// Every pair `(a, b)`, `a < b`, of distinct folded words `keys` that may be
/// one name spelled two ways: the same transliteration (`translits`), one
/// character apart at any place (a slip, a letter added or dropped, two
/// neighbours swapped: the words share a deletion key), or the same letters
/// reordered in a long word that keeps its first four ("Odebretch").
/// Candidates only: the caller judges each pair.
pub fn candidates(keys: &[&str], translits: &[&str]) -> Vec<(usize, usize)> {
    let mut keyed: Vec<(u64, usize)> = Vec::with_capacity(keys.len() * 9);
    for (n, (key, translit)) in keys.iter().zip(translits).enumerate() {
        keyed.push((hash(b'T', &[translit]), n));
        keyed.push((hash(b'D', &[key]), n));
        for (at, c) in key.char_indices() {
            keyed.push((hash(b'D', &[&key[..at], &key[at + c.len_utf8()..]]), n));
        }
        if let Some(anagram) = anagram_key(key) {
            keyed.push((anagram, n));
        }
    }
    keyed.sort_unstable();
    keyed.dedup();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for group in keyed.chunk_by(|x, y| x.0 == y.0) {
        if group.len() < 2 || group.len() > MAX_GROUP {
            continue;
        }
        for (x, &(_, a)) in group.iter().enumerate() {
            for &(_, b) in &group[x + 1..] {
                if a != b {
                    pairs.push((a.min(b), a.max(b)));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// FNV-1a of a kind byte and the parts run together (a collision only adds a
/// candidate, which the caller checks).
fn hash(kind: u8, parts: &[&str]) -> u64 {
    let mut h = Fnv::default();
    h.write(&[kind]);
    for part in parts {
        h.write(part.as_bytes());
    }
    h.finish()
}

/// For a word of seven letters or more: its first four letters and the rest
/// sorted, so "odebrecht" and "odebretch" meet.
fn anagram_key(key: &str) -> Option<u64> {
    let chars: Vec<char> = key.chars().collect();
    if chars.len() < 7 {
        return None;
    }
    let mut rest = chars[4..].to_vec();
    rest.sort_unstable();
    let mut h = Fnv::default();
    h.write(b"S");
    let mut buf = [0u8; 4];
    for c in &chars[..4] {
        h.write(c.encode_utf8(&mut buf).as_bytes());
    }
    h.write(b"|");
    for c in &rest {
        h.write(c.encode_utf8(&mut buf).as_bytes());
    }
    Some(h.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs_of(words: &[&str]) -> Vec<(String, String)> {
        candidates(words, words)
            .into_iter()
            .map(|(a, b)| (words[a].to_owned(), words[b].to_owned()))
            .collect()
    }

    #[test]
    fn one_character_apart_anywhere_is_a_candidate() {
        let words = [
            "boyle", "byole", "farage", "parage", "carter", "cartre", "merkel", "merke",
        ];
        let found = pairs_of(&words);
        for (a, b) in [
            ("boyle", "byole"),
            ("farage", "parage"),
            ("carter", "cartre"),
            ("merkel", "merke"),
        ] {
            assert!(
                found.contains(&(a.to_owned(), b.to_owned())),
                "{a}/{b}: {found:?}"
            );
        }
        assert!(!found.iter().any(|(a, b)| a == "boyle" && b == "carter"));
    }

    #[test]
    fn letters_reordered_in_a_long_word_are_a_candidate() {
        let found = pairs_of(&["odebrecht", "odebretch", "oderbecht"]);
        assert!(found.contains(&("odebrecht".to_owned(), "odebretch".to_owned())));
    }

    #[test]
    fn words_further_apart_are_not_paired() {
        assert!(pairs_of(&["obama", "osama", "romney"]).len() == 1);
        assert!(pairs_of(&["clinton", "clayton"]).is_empty());
    }
}
