//! Ordinary names: how common a given name is, and whether a word is a name a
//! real person could bear, from the lists embedded from data/names/.

// GIVEN_NAMES ((start, length, births, sex), sorted by name) and NAME_WORDS
// ((start, length), sorted), spans of TEXT, made by build.rs from
// data/names/given-names.tsv and data/names/name-words.txt: looked up by binary
// search, with nothing to parse or hash when a process starts. Spans rather
// than a `&str` each: those were 44,000 of the loader's relocations at every
// start (one article's `copydesk check` 7.0M -> 6.5M instructions, page faults 593 -> 377).
include!(concat!(env!("OUT_DIR"), "/ordinary_names.rs"));

/// The text of a span of [`TEXT`].
fn text(start: u32, len: u32) -> &'static str {
    TEXT.get(start as usize..(start + len) as usize)
        .unwrap_or_default()
}

/// Births from which a given name counts as ordinary (the list holds no rarer ones).
pub const ORDINARY_BIRTHS: u32 = 1000;

/// US births with this (folded) given name; 0 when rarer than [`ORDINARY_BIRTHS`].
pub fn given_births(folded: &str) -> u32 {
    given(folded).map_or(0, |i| GIVEN_NAMES[i].2)
}

/// The index of a (folded) given name in [`GIVEN_NAMES`].
fn given(folded: &str) -> Option<usize> {
    GIVEN_NAMES
        .binary_search_by(|&(start, len, _, _)| text(start, len).cmp(folded))
        .ok()
}

/// The sex a given name tells: that of at least 99 in 100 of its US bearers
/// ("alan", "helen"); none for a name both sexes bear ("andrea", "jordan").
pub fn given_sex(folded: &str) -> Option<GivenSex> {
    match GIVEN_NAMES[given(folded)?].3 {
        b'M' => Some(GivenSex::Male),
        b'F' => Some(GivenSex::Female),
        _ => None,
    }
}

/// The sex a given name tells ([`given_sex`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GivenSex {
    Female,
    Male,
}

/// A common given name ("anthony", "georgia").
pub fn is_common_given(folded: &str) -> bool {
    given_births(folded) >= ORDINARY_BIRTHS
}

/// A name a real person could bear: a common given name or a known name word
/// ("hartley", "sousa"); "vladamir" and "zelenksy" are not.
pub fn is_ordinary(folded: &str) -> bool {
    is_common_given(folded)
        || NAME_WORDS
            .binary_search_by(|&(start, len)| text(start, len).cmp(folded))
            .is_ok()
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

    #[test]
    fn names_tell_a_sex_only_when_nearly_all_bearers_share_it() {
        assert_eq!(given_sex("alan"), Some(GivenSex::Male));
        assert_eq!(given_sex("helen"), Some(GivenSex::Female));
        assert_eq!(given_sex("andrea"), None);
        assert_eq!(given_sex("jordan"), None);
        assert_eq!(given_sex("vladamir"), None);
    }

    /// The tables hold every line of the lists (build.rs sorted them for the search).
    #[test]
    fn every_listed_name_is_found() {
        let given = include_str!("../../data/names/given-names.tsv");
        for line in given.lines().filter(|l| !l.starts_with('#')) {
            if let Some((name, births)) = line.split_once('\t') {
                assert_eq!(
                    Ok(given_births(name)),
                    births.trim().parse::<u32>(),
                    "{name}"
                );
            }
        }
        let sexes = include_str!("../../data/names/given-name-sexes.tsv");
        for line in sexes.lines().filter(|l| !l.starts_with('#')) {
            if let Some((name, sex)) = line.split_once('\t') {
                let told = if sex == "M" {
                    GivenSex::Male
                } else {
                    GivenSex::Female
                };
                assert_eq!(given_sex(name), Some(told), "{name}");
            }
        }
        let words = include_str!("../../data/names/name-words.txt");
        for word in words
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            assert!(is_ordinary(word), "{word}");
        }
        let given = |i: usize| text(GIVEN_NAMES[i].0, GIVEN_NAMES[i].1);
        assert!((1..GIVEN_NAMES.len()).all(|i| given(i - 1) < given(i)));
        let word = |i: usize| text(NAME_WORDS[i].0, NAME_WORDS[i].1);
        assert!((1..NAME_WORDS.len()).all(|i| word(i - 1) < word(i)));
    }
}
