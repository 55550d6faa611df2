//! Ordinary names: how common a given name is, and whether a word is a name a
//! real person could bear, from the lists embedded from data/names/.

use crate::fasthash::{FastMap as HashMap, FastSet as HashSet};
use std::sync::OnceLock;

const GIVEN_NAMES: &str = include_str!("../../data/names/given-names.tsv");
const NAME_WORDS: &str = include_str!("../../data/names/name-words.txt");

/// Births from which a given name counts as ordinary (the list holds no rarer ones).
pub const ORDINARY_BIRTHS: u32 = 1000;

fn given_names() -> &'static HashMap<&'static str, u32> {
    static MAP: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();
    MAP.get_or_init(|| {
        GIVEN_NAMES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (name, births) = l.split_once('\t')?;
                Some((name, births.trim().parse().ok()?))
            })
            .collect()
    })
}

fn name_words() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        NAME_WORDS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect()
    })
}

/// US births with this (folded) given name; 0 when rarer than [`ORDINARY_BIRTHS`].
pub fn given_births(folded: &str) -> u32 {
    given_names().get(folded).copied().unwrap_or(0)
}

/// A common given name ("anthony", "georgia").
pub fn is_common_given(folded: &str) -> bool {
    given_births(folded) >= ORDINARY_BIRTHS
}

/// A name a real person could bear: a common given name or a known name word
/// ("hartley", "sousa"); "vladamir" and "zelenksy" are not.
pub fn is_ordinary(folded: &str) -> bool {
    is_common_given(folded) || name_words().contains(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_and_rare_names() {
        assert!(is_common_given("anthony"));
        assert!(given_births("anthony") > 100 * given_births("antony").max(1) / 2);
        assert!(is_ordinary("hartley"));
        assert!(is_ordinary("sousa"));
        assert!(!is_ordinary("vladamir"));
        assert!(!is_ordinary("zelenksy"));
        assert_eq!(given_births("vladamir"), 0);
    }
}
