//! Word classes the figures check asks about again and again ("is this a
//! change verb?"), looked up once per token and kept as bits on the token.

use std::sync::OnceLock;

/// Possessive determiners: "of its surface area", "of their members".
pub const POSSESSIVES: &[&str] = &["its", "their", "his", "her", "our"];

/// Words that end a noun phrase after a number.
pub const STOP: u32 = 1 << 0;

/// change verbs.
pub const CHANGE_VERBS: u32 = 1 << 1;

/// projection.
pub const PROJECTION: u32 = 1 << 2;

/// superseded.
pub const SUPERSEDED: u32 = 1 << 3;

/// auxiliaries.
pub const AUXILIARIES: u32 = 1 << 4;

/// pronouns.
pub const PRONOUNS: u32 = 1 << 5;

/// Words after a figure that make it an addition, not a total ("6,000 more").
pub const ADDITIONAL: u32 = 1 << 6;

/// Verbs that put a measure at a figure ("the toll stands at 14").
pub const AT_LINKS: u32 = 1 << 7;

/// Words between a measure and its figure ("reached 14", "were worth €2bn").
pub const LINKS: u32 = 1 << 8;

/// Words after "N of" that make N a part ("11 of the victims").
pub const PARTITIVE: u32 = 1 << 9;

/// Words before a figure that make it a part or an extra ("including 133 tanks").
pub const PART_BEFORE: u32 = 1 << 10;

/// Nouns of a rate ("$2 a share", "three per game").
pub const RATE_NOUNS: u32 = 1 << 11;

/// Words between a count and its status ("people who were later confirmed dead").
pub const STATUS_FILLERS: u32 = 1 << 12;

/// Prepositions: a noun after one is not a clause's subject.
pub const PREPOSITIONS: u32 = 1 << 13;

/// Words of a change downwards.
pub const DOWN: u32 = 1 << 14;

/// Words of a change upwards.
pub const UP: u32 = 1 << 15;

/// Titles before a name ("Dr", "President").
pub const TITLE: u32 = 1 << 16;

/// Verbs of speech ("said", "told").
pub const SPEECH: u32 = 1 << 17;

/// Capitalised words that are not people even where a name could stand.
pub const NOT_PEOPLE: u32 = 1 << 18;

/// Month names and their abbreviations.
pub const MONTH: u32 = 1 << 19;

/// Days of the week.
pub const WEEKDAY: u32 = 1 << 20;

/// Words that may start or end a time marker ("last", "ago", "will").
pub const TIME_WORDS: u32 = 1 << 21;

/// Verbs that credit a figure to a source ("put", "estimated").
pub const CREDIT: u32 = 1 << 22;

/// "say" and "says".
pub const SAY: u32 = 1 << 23;

/// Words after a figure that start a clause about another event.
pub const EVENT_LINKS: u32 = 1 << 24;

/// Words before a number that make it a label ("Article 5").
pub const DESIGNATOR: u32 = 1 << 25;

/// Capitalised words that may start a sentence before a number without naming it.
pub const COMMON_CAPITALISED: u32 = 1 << 26;

/// Last words of a street address ("Street", "Ave").
pub const STREET_SUFFIX: u32 = 1 << 27;
/// Words that make what follows them in a clause a hypothetical or a condition.
pub const HYPOTHETICAL: u32 = 1 << 28;
/// Words that pick out part of a group by rank or order ("the first four states").
pub const RANKS: u32 = 1 << 29;
/// Words before "the" that make the figure after it a base compared with
/// ("fewer than the 1,320", "beat the 428 tonnes").
pub const COMPARED_WITH: u32 = 1 << 30;

/// Classes whose words are compared ASCII-case-insensitively: a word that only
/// lower-cases into one of them (with a Kelvin sign "\u{212A}") is not in them.
pub const ASCII_ONLY: u32 =
    TITLE | SPEECH | NOT_PEOPLE | MONTH | WEEKDAY | TIME_WORDS | CREDIT | SAY | EVENT_LINKS;

/// Every class with its words.
#[rustfmt::skip]
const CLASSES: &[(u32, &[&str])] = &[
    (STOP, &[
         "a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or",
         "but", "as", "than", "that", "which", "who", "whom", "whose", "this", "these", "those",
         "its", "their", "his", "her", "our", "my", "your", "is", "are", "was", "were", "be",
         "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might",
         "can", "must", "do", "does", "did", "not", "no", "more", "less", "fewer", "each", "per",
         "into", "onto", "over", "under", "after", "before", "since", "until", "while", "when",
         "where", "if", "so", "yet", "also", "only", "just", "still", "up", "down", "out", "off",
         "about", "around", "said", "says", "told", "say", "it", "they", "he", "she", "we", "you",
         "i", "them", "him", "us", "me", "there", "here", "then", "now", "ago", "earlier", "later",
         "apiece", "every", "all", "both", "either", "neither", "such", "what", "how", "why",
         "among", "between", "against", "toward", "towards", "through", "during", "within",
         "without", "across", "per", "including", "like", "plus", "minus", "via", "times", "once",
         "twice", "or", "nor", "last", "next", "past", "previous", "coming", "towards",
    ]),
    (CHANGE_VERBS, &[
         "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls", "falling",
         "dropped", "drop", "drops", "grew", "grown", "grow", "grows", "increased", "increase",
         "increases", "decreased", "decrease", "decreases", "climbed", "climb", "climbs", "jumped",
         "jump", "jumps", "cut", "cuts", "reduced", "reduce", "revised", "raised", "raise",
         "lowered", "slashed", "boosted", "surged", "soared", "plunged", "slumped", "declined",
         "decline", "declines", "shrank", "shrunk", "swelled", "doubled", "tripled", "halved", "up",
         "down", "changed", "moved", "went", "taking", "took", "bringing", "brought", "extended",
         "expanded", "reached", "reaches", "hit", "hits", "climbing", "dropping", "growing",
         "increasing", "decreasing", "jumping", "narrowed", "narrowing", "widened", "widening",
         "slipped", "dipped", "eased", "edged", "tumbled", "slid", "slide", "slides", "sliding",
         "shrinking", "soaring", "plunging", "surging",
    ]),
    (PROJECTION, &[
         "expect", "expected", "expects", "expecting", "expectation", "expectations", "forecast",
         "forecasts", "forecasted", "target", "targets", "targeted", "goal", "aim", "aims", "aimed",
         "promise", "promised", "promises", "pledge", "pledged", "pledges", "predict", "predicted",
         "predicts", "prediction", "projected", "projection", "projections", "hope", "hoped",
         "hopes", "hoping", "need", "needs", "needed", "required", "require", "want", "wants",
         "wanted", "could", "might", "potential", "potentially", "planned", "intends", "seeks",
         "sought", "asked", "demanded", "proposal", "proposed", "offer", "offered", "bid",
    ]),
    (SUPERSEDED, &[
         "initially", "originally", "previously", "formerly",
    ]),
    (AUXILIARIES, &[
         "has", "have", "had", "is", "are", "was", "were", "will", "would", "been", "also",
         "already", "reportedly", "now", "still", "officially",
    ]),
    (PRONOUNS, &[
         "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
         "the", "a", "an", "his", "her", "its", "their", "our", "officials", "police",
    ]),
    (ADDITIONAL, &[
         "more", "additional", "extra", "other", "others", "further", "fewer", "less",
    ]),
    (AT_LINKS, &[
         "valued", "priced", "set", "capped", "fixed", "stands", "stood", "put", "puts",
         "estimated", "estimates", "pegged", "placed", "is", "was", "remains", "remained",
    ]),
    (LINKS, &[
         "of", "reached", "hit", "totalled", "totaled", "totalling", "totaling", "numbered", "numbers", "was",
         "were", "is", "are", "worth", "stood", "reaching", "hitting", "hits", "reaches",
    ]),
    (PARTITIVE, &[
         "the", "them", "those", "these", "its", "their", "his", "her", "our", "whom", "which",
         "all", "us",
    ]),
    (PART_BEFORE, &[
         "including", "includes", "include", "included", "another", "extra", "additional", "every",
         "each", "per", "other", "remaining", "further",
    ]),
    (RATE_NOUNS, &[
         "head", "share", "person", "capita", "game", "season",
    ]),
    (STATUS_FILLERS, &[
         "who", "were", "was", "have", "has", "had", "been", "are", "is", "being", "confirmed",
         "reported", "later", "all", "remain", "remains", "remained", "still", "now",
    ]),
    (PREPOSITIONS, &[
         "from", "of", "in", "at", "to", "for", "by", "with", "on", "about",
    ]),
    (DOWN, &[
         "down", "fell", "fallen", "falls", "fall", "dropped", "drops", "declined", "declines",
         "decreased", "lost", "plunged", "slumped", "slid", "sank", "shrank", "tumbled", "dipped",
         // A headline's present tense: "Profits slide 18%", "Shares plunge 27%".
         "slide", "slides", "drop", "plunge", "plunges", "slump", "slumps", "tumble", "tumbles",
         "sink", "sinks", "dip", "dips",
    ]),
    (TITLE, super::ages::TITLES),
    (SPEECH, super::ages::SPEECH_VERBS),
    (NOT_PEOPLE, super::ages::NOT_PEOPLE),
    (MONTH, super::extract::MONTHS),
    (WEEKDAY, super::context::WEEKDAYS),
    (TIME_WORDS, &[
         "last", "next", "previous", "coming", "past", "earlier", "ago", "before", "end",
         "initially", "originally", "previously", "will", "shall",
    ]),
    (CREDIT, super::context::CREDIT_VERBS),
    (SAY, &["say", "says"]),
    (EVENT_LINKS, super::context::EVENT_LINKS),
    (DESIGNATOR, super::extract::DESIGNATORS),
    (COMMON_CAPITALISED, super::extract::COMMON_CAPITALISED),
    (STREET_SUFFIX, super::extract::STREET_SUFFIXES),
    (HYPOTHETICAL, &[
         "if", "once", "unless", "suppose", "supposing",
    ]),
    (COMPARED_WITH, &[
         "than", "beat", "beats", "beating", "exceeded", "exceeds", "exceeding", "topped",
         "surpassed", "surpasses", "outstripped", "eclipsed", "missed", "above", "below",
    ]),
    (RANKS, &[
         "first", "last", "next", "top", "final", "remaining", "leading", "biggest", "largest",
         "only",
    ]),
    (UP, &[
         "up", "rose", "risen", "rises", "rise", "gained", "gains", "jumped", "jumps", "climbed",
         "climbs", "increased", "increases", "grew", "grows", "surged", "soared", "advanced",
         "jump", "climb", "soar", "soars", "surge", "surges", "grow",
    ]),
];

/// The way a noun of change points ("a 12% cut", "the 4.5% rise").
pub fn change_noun_direction(word: &str) -> Option<&'static str> {
    with_lower(word, |w| match w {
        "fall" | "drop" | "decline" | "decrease" | "slump" | "cut" | "reduction" | "loss"
        | "less" | "lower" => Some("down"),
        "rise" | "increase" | "jump" | "gain" | "growth" | "surge" | "more" | "higher" => {
            Some("up")
        }
        _ => None,
    })
}

/// The classes of a lower-case word (0 for most words).
pub fn classes(lower: &str) -> u32 {
    classes_of_bytes(lower.as_bytes())
}

/// Longest word [`with_lower`] lower-cases on the stack.
const LONGEST: usize = 32;

/// The classes of a word compared ASCII-case-insensitively (0 for a non-ASCII word).
pub fn ascii_classes(word: &str) -> u32 {
    // A word too long to pack is in no class either.
    let Some((key, len)) = pack(word.as_bytes()) else {
        return 0;
    };
    if key & HIGH_BITS != 0 {
        return 0;
    }
    table().get(ascii_lowercase(key), len)
}

/// `f` of the word in lower case (as `str::to_lowercase` gives it), without
/// allocating for a short ASCII word.
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if !word.is_ascii() || word.len() > LONGEST {
        return f(&word.to_lowercase());
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(word);
    }
    let mut buf = [0u8; LONGEST];
    for (d, b) in buf.iter_mut().zip(word.bytes()) {
        *d = b.to_ascii_lowercase();
    }
    match std::str::from_utf8(&buf[..word.len()]) {
        Ok(lower) => f(lower),
        Err(_) => f(&word.to_lowercase()),
    }
}

/// The classes of a lower-case word given as bytes.
pub fn classes_of_bytes(lower: &[u8]) -> u32 {
    pack(lower).map_or(0, |(key, len)| table().get(key, len))
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(Table::build)
}

/// Longest word of a class, in bytes: a word fits one `u128`.
const KEY_BYTES: usize = 16;

/// Open-addressed table of the class words, each packed into one integer, so a
/// lookup is a multiply and a compare instead of hashing and comparing bytes.
struct Table {
    /// (packed word, its length, classes); length 0 marks an empty slot.
    slots: Vec<(u128, u8, u32)>,
    shift: u32,
}

impl Table {
    const SLOT_BITS: u32 = 11;

    fn build() -> Table {
        let mut table = Table {
            slots: vec![(0, 0, 0); 1 << Self::SLOT_BITS],
            shift: 64 - Self::SLOT_BITS,
        };
        for (class, list) in CLASSES {
            for w in *list {
                let (key, len) = pack(w.as_bytes()).expect("class words are short");
                let mut i = table.home(key, len);
                loop {
                    let slot = &mut table.slots[i];
                    if slot.1 == 0 {
                        *slot = (key, len, *class);
                        break;
                    }
                    if slot.0 == key && slot.1 == len {
                        slot.2 |= class;
                        break;
                    }
                    i = (i + 1) & (table.slots.len() - 1);
                }
            }
        }
        table
    }

    fn home(&self, key: u128, len: u8) -> usize {
        let mixed = (key as u64) ^ ((key >> 64) as u64).rotate_left(29) ^ u64::from(len);
        (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The classes of the word packed into `key` and `len`.
    fn get(&self, key: u128, len: u8) -> u32 {
        let mut i = self.home(key, len);
        loop {
            let slot = &self.slots[i];
            if slot.1 == 0 {
                return 0;
            }
            if slot.0 == key && slot.1 == len {
                return slot.2;
            }
            i = (i + 1) & (self.slots.len() - 1);
        }
    }
}

/// A word of 1 to 16 bytes as one integer (little-endian, zero-padded) and its
/// length (none for other words), read in two overlapping loads, not a byte copy.
fn pack(word: &[u8]) -> Option<(u128, u8)> {
    let n = word.len();
    let load8 = |at: usize| {
        word.get(at..at + 8)?
            .try_into()
            .ok()
            .map(u64::from_le_bytes)
    };
    let load4 = |at: usize| {
        word.get(at..at + 4)?
            .try_into()
            .ok()
            .map(u32::from_le_bytes)
    };
    let key = match n {
        0 => return None,
        1..=3 => word
            .iter()
            .enumerate()
            .fold(0u128, |key, (k, &b)| key | u128::from(b) << (8 * k)),
        4..=7 => {
            // The two loads overlap on the same bytes, so or-ing them is safe.
            let (a, b) = (load4(0)?, load4(n - 4)?);
            u128::from(u64::from(a) | u64::from(b) << (8 * (n - 4)))
        }
        8 => u128::from(load8(0)?),
        9..=KEY_BYTES => {
            // The last eight bytes, shifted down so that byte 8 comes first.
            let high = load8(n - 8)? >> (8 * (KEY_BYTES - n));
            u128::from(load8(0)?) | u128::from(high) << 64
        }
        _ => return None,
    };
    Some((key, n as u8))
}

/// The high bit of every byte of a packed word: set only by a non-ASCII byte.
const HIGH_BITS: u128 = u128::from_le_bytes([0x80; KEY_BYTES]);

/// A packed ASCII word in lower case, all bytes at once: adding 0x3F to a byte
/// sets its high bit from "A" up, adding 0x25 from past "Z" (no byte carries over).
fn ascii_lowercase(key: u128) -> u128 {
    let ones = u128::from_le_bytes([1; KEY_BYTES]);
    let from_a = key + ones * u128::from(0x80 - b'A');
    let past_z = key + ones * u128::from(0x80 - b'Z' - 1);
    let upper = from_a & !past_z & HIGH_BITS;
    key | upper >> 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_is_a_byte_copy_and_lower_cases_only_letters() {
        let all: Vec<u8> = (1..128).collect();
        let lengths = [1, 2, 3, 4, 5, 7, 8, 9, 15, 16];
        for word in lengths.iter().flat_map(|&n| all.chunks(n)) {
            let mut buf = [0u8; KEY_BYTES];
            buf[..word.len()].copy_from_slice(word);
            let (key, len) = pack(word).expect("short");
            assert_eq!(key, u128::from_le_bytes(buf), "{word:?}");
            assert_eq!(usize::from(len), word.len());
            buf.make_ascii_lowercase();
            assert_eq!(ascii_lowercase(key), u128::from_le_bytes(buf), "{word:?}");
        }
        assert_eq!(pack(&[b'a'; 17]), None);
        assert_eq!(pack(b""), None);
        assert_eq!(ascii_classes("THE"), classes("the"));
        assert_eq!(ascii_classes("Th\u{e9}"), 0);
    }

    #[test]
    fn a_word_can_be_in_several_classes() {
        assert_ne!(classes("up") & UP, 0);
        assert_ne!(classes("up") & CHANGE_VERBS, 0);
        assert_ne!(classes("the") & STOP, 0);
        assert_eq!(classes("soldiers"), 0);
    }
}
