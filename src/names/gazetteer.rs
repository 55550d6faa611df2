//! The gazetteer: places (countries, regions, capitals, big cities) and
//! organisations (parties, companies, clubs, universities) no person is read as.

/// Place names, folded, words run together, one a line in byte order
/// (data/places/places.txt, built by scripts/build-gazetteer.py).
const PLACES: &str = include_str!("../../data/places/places.txt");

/// Organisation names, folded the same way (data/organisations/organisations.txt,
/// built by scripts/build-organisations.py): listed companies, parties and
/// their nicknames, sports clubs, universities, agencies.
const ORGANISATIONS: &str = include_str!("../../data/organisations/organisations.txt");

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

/// Lines sorted bytewise, with where the lines of each two-letter start
/// ("aa" to "zz") begin, so a look-up searches a handful of lines, not all.
struct SortedLines {
    text: &'static str,
    /// `starts[b]`: the first line whose first two bytes are not below those
    /// of bucket `b` ("aa" is 0, "ab" 1, ... "zz" 675); `starts[676]` is the end.
    starts: [u32; BUCKETS + 1],
}

const BUCKETS: usize = 26 * 26;

impl SortedLines {
    const fn new(text: &'static str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = [bytes.len() as u32; BUCKETS + 1];
        let (mut bucket, mut at) = (0, 0);
        while at < bytes.len() {
            let first = (
                bytes[at],
                if at + 1 < bytes.len() {
                    bytes[at + 1]
                } else {
                    0
                },
            );
            while bucket < BUCKETS && !above(bucket_letters(bucket), first) {
                starts[bucket] = at as u32;
                bucket += 1;
            }
            while at < bytes.len() && bytes[at] != b'\n' {
                at += 1;
            }
            at += 1;
        }
        SortedLines { text, starts }
    }

    fn contains(&self, wanted: &str) -> bool {
        let range = match wanted.as_bytes() {
            [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] => {
                let bucket = usize::from(a - b'a') * 26 + usize::from(b - b'a');
                self.starts[bucket] as usize..self.starts[bucket + 1] as usize
            }
            [] => return false,
            _ => 0..self.text.len(),
        };
        sorted_lines_contain(self.text, range, wanted)
    }
}

/// The two letters of a bucket.
const fn bucket_letters(bucket: usize) -> (u8, u8) {
    (b'a' + (bucket / 26) as u8, b'a' + (bucket % 26) as u8)
}

/// Is the pair `x` above the pair `y`, comparing bytes in order?
const fn above(x: (u8, u8), y: (u8, u8)) -> bool {
    x.0 > y.0 || (x.0 == y.0 && x.1 > y.1)
}

/// Binary search for a whole line among the lines of `text` (sorted bytewise)
/// that start within `range`, whose ends are line starts or the end.
fn sorted_lines_contain(text: &str, range: std::ops::Range<usize>, wanted: &str) -> bool {
    let bytes = text.as_bytes();
    let (mut lo, mut hi) = (range.start, range.end);
    // Invariant: every line starting before `lo` is less than `wanted`, every
    // line starting at or after `hi` greater; `lo` is always a line start.
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = line_start(bytes, mid).max(lo);
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |n| start + n);
        match text[start..end].cmp(wanted) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => {
                if start == lo {
                    return false;
                }
                hi = start;
            }
        }
    }
    false
}

/// Where the line holding byte `at` starts.
fn line_start(bytes: &[u8], at: usize) -> usize {
    memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |n| n + 1)
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
    fn the_search_finds_every_line_and_nothing_between() {
        let lines = SortedLines::new("# note\nab\nalpha\nbeta\nbzé\nbé\ndelta\ngamma\nomega\nzz\n");
        for w in [
            "ab", "alpha", "beta", "bzé", "bé", "delta", "gamma", "omega", "zz",
        ] {
            assert!(lines.contains(w), "{w}");
        }
        for w in [
            "aaa", "alph", "alphaa", "c", "epsilon", "zeta", "", "b", "zzz", "é",
        ] {
            assert!(!lines.contains(w), "{w}");
        }
        // The shipped files are sorted, so every line of them is found.
        for line in PLACES.lines().filter(|l| !l.starts_with('#')) {
            assert!(is_place(line), "{line}");
        }
        for line in ORGANISATIONS.lines().filter(|l| !l.starts_with('#')) {
            assert!(is_organisation(line), "{line}");
        }
    }
}
