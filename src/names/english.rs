//! Common English words: is a capitalised word an ordinary word of the language
//! ("Bland", "Brown") rather than a name the article has not explained ("Cartre")?

use super::sorted_lines;

/// The words of data/names/english-words.txt (SCOWL through Debian's wamerican,
/// see data/names/SOURCES.md): folded, sorted, one a line. Searched in place,
/// so nothing is parsed or relocated when a process starts.
static WORDS: &str = include_str!("../../data/names/english-words.txt");

/// Is this folded word a common English word (three letters or more)?
pub fn is_english_word(folded: &str) -> bool {
    // Too long a list for the two-letter index at compile time (the constant
    // evaluation runs past rustc's limit): searched whole.
    sorted_lines::contains_line(WORDS, folded)
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
