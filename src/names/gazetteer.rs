//! The gazetteer: places (countries, regions, capitals, big cities) and
//! organisations (parties, companies, clubs, universities) no person is read as.

/// Place names, folded, words run together, one a line in byte order
/// (data/places/places.txt, built by scripts/build-gazetteer.py).
const PLACES: &str = include_str!("../../data/places/places.txt");

/// Organisation names, folded the same way (data/organisations/organisations.txt,
/// built by scripts/build-organisations.py): listed companies, parties and
/// their nicknames, sports clubs, universities, agencies.
const ORGANISATIONS: &str = include_str!("../../data/organisations/organisations.txt");

use super::sorted_lines::SortedLines;

/// The two lists with where each two-letter start begins, worked out when the
/// binary is compiled.
static PLACE_LINES: SortedLines = SortedLines::new(PLACES);
static ORGANISATION_LINES: SortedLines = SortedLines::new(ORGANISATIONS);

/// Is this folded word (or folded words run together) a place the gazetteer knows?
/// A binary search over the embedded lines: nothing is built at start-up.
pub fn is_place(folded: &str) -> bool {
    PLACE_LINES.contains(folded)
}

/// Is this folded word (or folded words run together) an organisation the
/// gazetteer knows ("tories", "boeing", "manchesterunited")?
pub fn is_organisation(folded: &str) -> bool {
    ORGANISATION_LINES.contains(folded)
}

/// A word for the people of a place the gazetteer knows ("Libyan",
/// "Cuban", "Brazilian", "Mexican", "Japanese"), by its common endings.
pub fn is_demonym(folded: &str) -> bool {
    // "Americans": the plural of one.
    let folded = folded
        .strip_suffix('s')
        .filter(|f| f.len() >= 4)
        .unwrap_or(folded);
    const ENDINGS: &[(&str, &[&str])] = &[
        ("n", &[""]),
        ("ian", &["", "ia", "y"]),
        ("an", &["a", "o", "e", ""]),
        ("ese", &["", "a"]),
        ("i", &["", "istan"]),
        ("ish", &["", "ey", "land"]),
    ];
    ENDINGS.iter().any(|(ending, stems)| {
        folded.strip_suffix(ending).is_some_and(|base| {
            base.len() >= 3 && stems.iter().any(|stem| is_place(&format!("{base}{stem}")))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_countries_states_and_cities() {
        for place in [
            "japan", "texas", "shanghai", "bayern", "ontario", "newyork", "saopaulo",
        ] {
            assert!(is_place(place), "{place}");
        }
    }

    #[test]
    fn does_not_know_people_or_slips() {
        for word in ["tebas", "putin", "obamu", "", "zzzz", "a"] {
            assert!(!is_place(word), "{word}");
        }
    }

    #[test]
    fn knows_parties_companies_clubs_and_universities() {
        for name in [
            "tories",
            "gop",
            "dems",
            "boeing",
            "goldmansachs",
            "manchesterunited",
            "harvard",
            "nato",
        ] {
            assert!(is_organisation(name), "{name}");
        }
        for word in ["thialand", "obama", "untied", "", "japan"] {
            assert!(!is_organisation(word), "{word}");
        }
    }

    #[test]
    fn demonyms_are_known_by_their_endings() {
        for word in [
            "cubans",
            "cuban",
            "brazilian",
            "mexican",
            "japanese",
            "libyan",
        ] {
            assert!(is_demonym(word), "{word}");
        }
        for word in ["obama", "cartre", "thialand", "mario"] {
            assert!(!is_demonym(word), "{word}");
        }
    }

    #[test]
    fn every_listed_place_and_organisation_is_found() {
        // The shipped files are sorted, so every line of them is found.
        for line in PLACES.lines().filter(|l| !l.starts_with('#')) {
            assert!(is_place(line), "{line}");
        }
        for line in ORGANISATIONS.lines().filter(|l| !l.starts_with('#')) {
            assert!(is_organisation(line), "{line}");
        }
    }
}
