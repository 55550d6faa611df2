//! Spelling equivalence: when two spellings of a name are one name written two
//! ways (case, diacritics, hyphens, transliteration, a slip of an edit or two).

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lower case, diacritics removed, apostrophes, hyphens and full stops dropped:
/// "Erdoğan" → "erdogan", "Jong-Un" → "jongun", "O’Donnell" → "odonnell".
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// [`fold`], appended to a buffer the caller reuses.
pub fn fold_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        // One pass: the marks dropped, every other byte lowered.
        out.reserve(word.len());
        for b in word.bytes() {
            if !matches!(b, b'\'' | b'-' | b'.') {
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
        return;
    }
    for c in word.nfd() {
        if is_combining_mark(c) || matches!(c, '\'' | '’' | '-' | '‐' | '.') {
            continue;
        }
        match c {
            'ı' | 'İ' => out.push('i'),
            'ł' | 'Ł' => out.push('l'),
            'ø' | 'Ø' => out.push('o'),
            'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'þ' | 'Þ' => out.push_str("th"),
            _ => out.extend(c.to_lowercase()),
        }
    }
}

/// A coarse key under which common transliteration and spelling swaps agree:
/// Mac/Mc, y/i, w/v, z/s (so -cz-/-cs-), ks/x, ph/f, ck/k, an h after a hard
/// consonant (Gandhi/Ghandi), and doubled letters (Zelensky/Zelenskyy).
/// Takes a folded word.
pub fn translit(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    translit_into(folded, &mut out);
    out
}

/// [`translit`], appended to a buffer the caller reuses; an ASCII word (most
/// are) a byte at a time.
pub fn translit_into(folded: &str, out: &mut String) {
    if !folded.is_ascii() {
        out.extend(translit_chars(folded));
        return;
    }
    let body = mc_body(folded);
    if body.len() != folded.len() {
        out.push_str("mc");
    }
    let letter = |i: usize| body.as_bytes().get(i).map(|&b| swap_letter(char::from(b)));
    let mut last: Option<char> = None;
    let mut i = 0;
    while let Some(c) = letter(i) {
        let (emit, pair) = merge_pair(c, letter(i + 1));
        i += 1 + usize::from(pair);
        if last != Some(emit) {
            last = Some(emit);
            out.push(emit);
        }
    }
}

/// The word without a leading "mac" (before three letters or more) or "mc".
fn mc_body(folded: &str) -> &str {
    match folded.strip_prefix("mac") {
        Some(rest) if rest.len() >= 3 => rest,
        _ => folded.strip_prefix("mc").unwrap_or(folded),
    }
}

/// Do two folded words share a transliteration key? (No allocation.)
pub fn same_translit(a: &str, b: &str) -> bool {
    translit_chars(a).eq(translit_chars(b))
}

/// The characters of [`translit`]'s key, produced lazily.
pub fn translit_chars(folded: &str) -> impl Iterator<Item = char> + '_ {
    let body = mc_body(folded);
    let prefix = if body.len() != folded.len() { "mc" } else { "" };
    prefix.chars().chain(TranslitBody {
        chars: body.chars().map(swap_letter).peekable(),
        last: None,
    })
}

fn swap_letter(c: char) -> char {
    match c {
        'y' => 'i',
        'w' => 'v',
        'z' => 's',
        c => c,
    }
}

/// What a (swapped) letter becomes given the one after it, and whether the two
/// merge: "ks" → "x", "ph" → "f", "ck" → "k", "kh" → "k" and the like.
fn merge_pair(c: char, next: Option<char>) -> (char, bool) {
    match (c, next) {
        ('k', Some('s')) => ('x', true),
        ('p', Some('h')) => ('f', true),
        ('c', Some('k')) => ('k', true),
        (c, Some('h')) if matches!(c, 'b' | 'd' | 'g' | 'k' | 'r' | 't' | 'j') => (c, true),
        (c, _) => (c, false),
    }
}

/// The body of a transliteration key: pairs merged, doubled letters once.
struct TranslitBody<I: Iterator<Item = char>> {
    chars: std::iter::Peekable<I>,
    /// The last character emitted from the body (the "mc" prefix does not count).
    last: Option<char>,
}

impl<I: Iterator<Item = char>> Iterator for TranslitBody<I> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        loop {
            let c = self.chars.next()?;
            let next = self.chars.peek().copied();
            let (emit, pair) = merge_pair(c, next);
            if pair {
                self.chars.next();
            }
            if self.last != Some(emit) {
                self.last = Some(emit);
                return Some(emit);
            }
        }
    }
}

/// Optimal-string-alignment distance (insertions, deletions, substitutions and
/// swaps of neighbours), counted in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    // Names are short: on the stack up to 32 characters, on the heap beyond.
    const MAX: usize = 32;
    let (mut a_buf, mut b_buf) = (['\0'; MAX], ['\0'; MAX]);
    match (chars_into(a, &mut a_buf), chars_into(b, &mut b_buf)) {
        (Some(la), Some(lb)) => {
            let mut rows = [0usize; 3 * (MAX + 1)];
            osa_distance(&a_buf[..la], &b_buf[..lb], &mut rows)
        }
        _ => {
            let a: Vec<char> = a.chars().collect();
            let b: Vec<char> = b.chars().collect();
            let mut rows = vec![0usize; 3 * (b.len() + 1)];
            osa_distance(&a, &b, &mut rows)
        }
    }
}

/// The characters of `s` into `buf`, and how many; `None` when they do not fit.
fn chars_into(s: &str, buf: &mut [char]) -> Option<usize> {
    let mut n = 0;
    for c in s.chars() {
        *buf.get_mut(n)? = c;
        n += 1;
    }
    Some(n)
}

/// [`edit_distance`] over characters, with `rows` (zeroed, at least three times
/// `b.len() + 1` long) as the working space.
fn osa_distance(a: &[char], b: &[char], rows: &mut [usize]) -> usize {
    if a.is_empty() || b.is_empty() {
        return a.len().max(b.len());
    }
    let width = b.len() + 1;
    let (mut prev2, rest) = rows.split_at_mut(width);
    let (mut prev, rest) = rest.split_at_mut(width);
    let mut cur = &mut rest[..width];
    for (j, d) in prev.iter_mut().enumerate() {
        *d = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// How many edits a slip in a word of this many characters may make.
pub fn allowed_edits(chars: usize) -> usize {
    match chars {
        0..=3 => 0,
        4..=8 => 1,
        _ => 2,
    }
}

/// How two folded spellings of one name part relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Likeness {
    /// The same after folding (case, diacritics, hyphens).
    Same,
    /// The same under transliteration swaps (Zelensky/Zelenskyy, Sousa/Souza).
    Transliterated,
    /// An edit or two apart, as a slip would make them.
    Slip(usize),
    Different,
}

/// Compare two folded spellings.
pub fn likeness(a: &str, b: &str) -> Likeness {
    if a == b {
        return Likeness::Same;
    }
    // Slips and transliterations keep the first letter (up to w/v, y/i, z/s):
    // tested before the lengths are counted, as it turns most pairs away.
    let first = |w: &str| {
        w.chars().next().map(|c| match c {
            'w' => 'v',
            'y' => 'i',
            'z' => 's',
            c => c,
        })
    };
    if first(a) != first(b) {
        // "Pharage"/"Farage": a first letter that only the transliteration
        // shares (compared lazily: most pairs part at the first letter).
        return if a.len().min(b.len()) >= 5 && same_translit(a, b) {
            Likeness::Transliterated
        } else {
            Likeness::Different
        };
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la.min(lb) < 4 || la.abs_diff(lb) > 3 {
        return Likeness::Different;
    }
    if same_translit(a, b) {
        return Likeness::Transliterated;
    }
    if la.abs_diff(lb) > 2 {
        return Likeness::Different;
    }
    let d = edit_distance(a, b);
    if d <= allowed_edits(la.max(lb)) {
        Likeness::Slip(d)
    } else {
        Likeness::Different
    }
}

/// The keys one deletion away from `key`, and `key` itself: two words whose keys
/// share one are at most two edits apart (a cheap fuzzy index). The index keeps
/// their hashes (`index::fuzzy_keys`); this spelled-out form is its test's reference.
#[cfg(test)]
pub fn deletion_keys(key: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = key.char_indices().collect();
    let mut out = Vec::with_capacity(chars.len() + 1);
    out.push(key.to_owned());
    for &(at, c) in &chars {
        let mut k = String::with_capacity(key.len());
        k.push_str(&key[..at]);
        k.push_str(&key[at + c.len_utf8()..]);
        if !out.contains(&k) {
            out.push(k);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_diacritics_and_joiners() {
        assert_eq!(fold("Erdoğan"), "erdogan");
        assert_eq!(fold("José"), "jose");
        assert_eq!(fold("Jong-Un"), "jongun");
        assert_eq!(fold("O’Donnell"), "odonnell");
        assert_eq!(fold("Yılmaz"), "yilmaz");
        assert_eq!(fold("Łukasz"), "lukasz");
    }

    #[test]
    fn transliteration_swaps_agree() {
        let t = |a: &str| translit(&fold(a));
        assert_eq!(t("Zelensky"), t("Zelenskyy"));
        assert_eq!(t("Zelenskiy"), t("Zelenskyy"));
        assert_eq!(t("McAllister"), t("MacAllister"));
        assert_eq!(t("Kowalczyk"), t("Kowalczik"));
        assert_eq!(t("Kowalczyk"), t("Kowalcsyk"));
        assert_eq!(t("Sousa"), t("Souza"));
        assert_eq!(t("Gandhi"), t("Ghandi"));
        assert_eq!(t("Aleksandr"), t("Alexandr"));
        assert_eq!(t("Reynolds"), t("Reinolds"));
        assert_ne!(t("Marsh"), t("Marshall"));
        assert_ne!(t("Russia"), t("Russian"));
        assert_ne!(t("Mack"), t("Mick"));
    }

    #[test]
    fn byte_and_character_keys_agree() {
        // The pair check buckets words by the lazy key's first letter and
        // compares the byte-built keys: the two must be one key.
        for w in [
            "mcallister",
            "macdonald",
            "mac",
            "mc",
            "ksenia",
            "philips",
            "ckx",
            "khan",
            "zelenskyy",
            "wyatt",
            "yy",
        ] {
            assert_eq!(translit_chars(w).collect::<String>(), translit(w), "{w}");
        }
    }

    /// The first, allocating implementation: the lazy key must agree with it.
    fn translit_reference(folded: &str) -> String {
        let body = match folded.strip_prefix("mac") {
            Some(rest) if rest.len() >= 3 => rest,
            _ => folded.strip_prefix("mc").unwrap_or(folded),
        };
        let prefixed = body.len() != folded.len();
        let mapped: Vec<char> = body.chars().map(swap_letter).collect();
        let mut out = String::new();
        if prefixed {
            out.push_str("mc");
        }
        let mut i = 0;
        while i < mapped.len() {
            let c = mapped[i];
            let next = mapped.get(i + 1).copied();
            let (emit, skip) = match (c, next) {
                ('k', Some('s')) => ('x', 2),
                ('p', Some('h')) => ('f', 2),
                ('c', Some('k')) => ('k', 2),
                (c, Some('h')) if matches!(c, 'b' | 'd' | 'g' | 'k' | 'r' | 't' | 'j') => (c, 2),
                (c, _) => (c, 1),
            };
            if !out.ends_with(emit) || out.len() == usize::from(prefixed) * 2 {
                out.push(emit);
            }
            i += skip;
        }
        out
    }

    #[test]
    fn lazy_transliteration_matches_the_reference() {
        let words = include_str!("../../data/names/name-words.txt")
            .lines()
            .chain(include_str!("../../data/names/given-names.tsv").lines())
            .map(|l| l.split('\t').next().unwrap_or(""))
            .map(fold)
            .chain(
                [
                    "", "m", "mc", "mac", "macc", "mccain", "mackay", "maccabe", "mcch", "ksks",
                    "phph", "ckck", "khh", "hh", "yyi", "wvw", "zss", "ssz", "kks", "bhb", "łódź",
                    "zoë", "müller", "straße",
                ]
                .iter()
                .map(|w| fold(w)),
            );
        let mut n = 0;
        for w in words {
            assert_eq!(translit(&w), translit_reference(&w), "{w}");
            n += 1;
        }
        assert!(n > 1000);
    }

    #[test]
    fn edit_distance_counts_swaps_once() {
        assert_eq!(edit_distance("zelenksy", "zelensky"), 1);
        assert_eq!(edit_distance("vladamir", "vladimir"), 1);
        assert_eq!(edit_distance("jingping", "jinping"), 1);
        assert_eq!(edit_distance("marsh", "marshall"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn likeness_is_strict_for_short_words() {
        assert_eq!(likeness("mark", "mary"), Likeness::Slip(1));
        assert_eq!(likeness("tom", "tim"), Likeness::Different);
        assert_eq!(likeness("jose", "jose"), Likeness::Same);
        assert_eq!(likeness("leyden", "leyen"), Likeness::Slip(1));
        assert_eq!(likeness("marsh", "marshall"), Likeness::Different);
        assert_eq!(likeness("zelensky", "zelenskyy"), Likeness::Transliterated);
    }

    #[test]
    fn deletion_keys_meet_for_one_edit() {
        let a = deletion_keys("zelenksi");
        let b = deletion_keys("zelenski");
        assert!(a.iter().any(|k| b.contains(k)));
    }
}
