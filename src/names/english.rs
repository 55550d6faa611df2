//! Common English words: is a capitalised word an ordinary word of the language
//! ("Bland", "Brown") rather than a name the article has not explained ("Cartre")?

/// The words of data/names/english-words.txt (SCOWL through Debian's wamerican,
/// see data/names/SOURCES.md): folded, sorted, one a line. Searched in place,
/// so nothing is parsed or relocated when a process starts.
static WORDS: &str = include_str!("../../data/names/english-words.txt");

/// Is this folded word a common English word (three letters or more)?
pub fn is_english_word(folded: &str) -> bool {
    let bytes = WORDS.as_bytes();
    // `lo` and `hi` stay at line starts; each step looks at the line around the middle.
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |p| lo + p + 1);
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| start + p);
        match WORDS[start..end].cmp(folded) {
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_are_known_and_slips_of_names_are_not() {
        for word in ["bland", "brown", "however", "aardvark", "zucchini", "there"] {
            assert!(is_english_word(word), "{word}");
        }
        for word in ["cartre", "yelen", "byole", "zzzz", "", "a"] {
            assert!(!is_english_word(word), "{word}");
        }
    }

    /// Every line is found: the file is sorted, as the search needs.
    #[test]
    fn every_listed_word_is_found() {
        let lines: Vec<&str> = WORDS.lines().collect();
        assert!(lines.windows(2).all(|w| w[0] < w[1]));
        assert!(lines.len() > 50_000);
        for word in lines.iter().step_by(97) {
            assert!(is_english_word(word), "{word}");
        }
        assert!(is_english_word(lines[0]) && is_english_word(lines[lines.len() - 1]));
    }
}
