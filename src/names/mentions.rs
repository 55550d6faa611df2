//! Name mentions: runs of capitalised words read from the paragraphs' tokens,
//! with titles ("Mr", "Prime Minister") split off and possessives ("Putin’s") dropped.

use crate::fasthash::FastSet as HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use crate::document::{BlockKind, Document};
use crate::finding::Span;
use crate::tokens::{self, Kind as TokenKind, Shape};

use super::index::is_suffix;
use super::variants::{fold, fold_into};

/// A word list from `data/names/<name>.txt`, as `build.rs` wrote it out: a
/// `&[&str]` of its entries in the file's order.
macro_rules! word_list {
    ($name:literal) => {
        include!(concat!(env!("OUT_DIR"), "/word_lists/", $name, ".rs"))
    };
}

/// One word of a name as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part<'a> {
    pub span: Span,
    pub text: &'a str,
    /// Its folded form, kept in the one buffer of [`Found`].
    pub folded: &'a str,
    /// A lower-case particle such as "von", "der", "bin", "de".
    pub particle: bool,
    /// A single letter ("F." in "John F. Kennedy").
    pub initial: bool,
    /// Written in capitals throughout ("NATO", "ERDOGAN").
    pub all_caps: bool,
}

impl Part<'_> {
    /// A word that can carry a name on its own (not a particle or an initial).
    pub fn is_word(&self) -> bool {
        !self.particle && !self.initial
    }
}

/// A name as it appears once in the draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention<'a> {
    /// From the first to the last part, without title or possessive ending.
    pub span: Span,
    /// A slice of the one list of parts of [`Found`].
    pub parts: &'a [Part<'a>],
    /// Preceded by a personal title ("Mr", "President", "Cllr").
    pub titled: bool,
    /// Its first word opens a sentence or a quotation, where any word is capitalised.
    pub sentence_initial: bool,
    pub heading: bool,
    /// Names an organisation or a place ("Renmin University", "Station Road").
    pub org: bool,
}

impl<'a> Mention<'a> {
    /// The name as written, e.g. "Kim Jong-un".
    pub fn text(&self, doc: &Document<'a>) -> &'a str {
        let text: &'a str = doc.text;
        &text[self.span.clone()]
    }

    /// The parts that are words (no particles or initials).
    pub fn words(&self) -> impl Iterator<Item = &Part<'a>> {
        self.parts.iter().filter(|p| p.is_word())
    }

    pub fn word_count(&self) -> usize {
        self.words().count()
    }

    /// Do the folded parts run together give `key`? ("Kim Jong-un" and "Kim Jong Un"
    /// both give "kimjongun".) Compared in place, without building the key.
    pub fn key_is(&self, key: &str) -> bool {
        let mut rest = key;
        for p in self.parts {
            match rest.strip_prefix(p.folded) {
                Some(r) => rest = r,
                None => return false,
            }
        }
        rest.is_empty()
    }
}

/// Every mention of a draft before it is handed out: the parts of all mentions
/// in one list and their folded forms in one buffer, so no mention allocates.
pub struct Found<'a> {
    folded: String,
    /// Each part with its folded form as a range of `folded` (its own is empty).
    parts: Vec<(Part<'a>, Range<usize>)>,
    /// Each mention with its parts as a range of `parts` (its own are empty).
    mentions: Vec<(Mention<'a>, Range<usize>)>,
}

/// The parts of all mentions, each with its folded form as a range of the buffer.
pub type FoldedParts<'a> = Vec<(Part<'a>, Range<usize>)>;
/// The mentions, each with its parts as a range of the parts.
pub type MentionRanges<'a> = Vec<(Mention<'a>, Range<usize>)>;

impl<'a> Found<'a> {
    /// Taken apart: the folded forms' buffer, the parts and the mentions, for
    /// [`with_folded`] and [`with_parts`] to hand out without a copy.
    pub fn into_lists(self) -> (String, FoldedParts<'a>, MentionRanges<'a>) {
        (self.folded, self.parts, self.mentions)
    }

    /// The parts of all mentions, each holding its folded form.
    #[cfg(test)]
    pub fn parts(&self) -> Vec<Part<'_>> {
        let part = |(p, at): &(Part<'a>, Range<usize>)| Part {
            folded: &self.folded[at.clone()],
            ..p.clone()
        };
        self.parts.iter().map(part).collect()
    }

    /// The mentions, each holding its slice of `parts` (from [`Found::parts`]).
    #[cfg(test)]
    pub fn mentions<'p>(&self, parts: &'p [Part<'p>]) -> Vec<Mention<'p>>
    where
        'a: 'p,
    {
        let mention = |(m, at): &(Mention<'a>, Range<usize>)| Mention {
            parts: &parts[at.clone()],
            ..m.clone()
        };
        self.mentions.iter().map(mention).collect()
    }
}

/// The parts, each holding its folded form in `folded`. The list is turned
/// into the new one where it lies (the standard library collects a mapped
/// vector into its own allocation when the new items are no larger), so a
/// draft's parts are never held twice.
pub fn with_folded<'p>(folded: &'p str, parts: FoldedParts<'p>) -> Vec<Part<'p>> {
    let part = |(p, at): (Part<'p>, Range<usize>)| Part {
        folded: &folded[at],
        ..p
    };
    parts.into_iter().map(part).collect()
}

/// The mentions, each holding its slice of `parts` (from [`with_folded`]),
/// turned into the new list where they lie, as there.
pub fn with_parts<'p>(parts: &'p [Part<'p>], mentions: MentionRanges<'p>) -> Vec<Mention<'p>> {
    let mention = |(m, at): (Mention<'p>, Range<usize>)| Mention {
        parts: &parts[at],
        ..m
    };
    mentions.into_iter().map(mention).collect()
}

/// Find every name mention in the draft, in order.
pub fn find<'a>(doc: &Document<'a>) -> Found<'a> {
    let mut out = Found {
        folded: String::with_capacity(doc.text.len() / 8),
        parts: Vec::with_capacity(doc.text.len() / 30),
        mentions: Vec::with_capacity(doc.text.len() / 40),
    };
    // Scratch buffers, reused sentence after sentence.
    let mut words: Vec<NameWord> = Vec::new();
    let mut run: Vec<(usize, bool)> = Vec::new();
    for para in &doc.paragraphs {
        let heading = para.kind == BlockKind::Heading || is_title_case(&doc.prose, &para.tokens);
        for sentence in para.tokens.chunk_by(|a, b| a.sentence() == b.sentence()) {
            read_words(&doc.prose, sentence, &mut words);
            assemble(doc, &words, &mut run, heading, &mut out);
        }
    }
    out
}

/// A short paragraph in Title Case reads as a headline even with a full stop
/// ("Kasich Says He Will Stay In."): its capitals do not mark names, so the
/// name runs into the words after it. Every word but the small function words
/// opens with a capital, and there are at least three such words.
fn is_title_case(prose: &str, tokens: &[tokens::Token]) -> bool {
    const SMALL: &[&str] = word_list!("headline-small-words");
    let mut capitalised = 0;
    // The words between white space: runs of tokens with no space between them.
    let words = tokens.chunk_by(|_, next| !next.space_before);
    for (n, word) in words.enumerate() {
        if n >= 30 {
            return false;
        }
        let (Some(first), Some(last)) = (word.first(), word.last()) else {
            continue;
        };
        let word = &prose[first.start()..last.end()];
        let Some(first) = word.chars().find(|c| c.is_alphanumeric()) else {
            continue;
        };
        if first.is_uppercase() {
            capitalised += 1;
        } else if first.is_lowercase() {
            let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
            if !SMALL.iter().any(|w| w.eq_ignore_ascii_case(bare)) {
                return false;
            }
        }
    }
    capitalised >= 3
}

/// A word of the prose that can be part of a name, with what surrounds it.
/// (Other words are not kept: the word before one is simply not `joined`.)
#[derive(Clone, Debug, PartialEq, Eq)]
struct NameWord {
    /// The word without a possessive ending.
    span: Span,
    /// How it can take part in a name (a contraction such as "We’re" cannot).
    kind: Kind,
    /// Ends in ’s / 's, or in an apostrophe after s.
    possessive: bool,
    /// First in its sentence, or after an opening quotation mark, a colon or a dash.
    initial: bool,
    /// Followed directly by a full stop.
    period: bool,
    /// Only white space (or a full stop and white space) up to the next token.
    joined: bool,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐')
}

/// Read the words of one sentence that can be part of a name from its tokens
/// (`sentence`: the paragraph's tokens of that sentence), into `words`.
///
/// A name word is letters only, joined by an apostrophe or a hyphen between
/// two letters: "O’Neill-Smith" is one word, "Jong-un" joins three tokens, and
/// "G7" and "3M" part at the digit ("G", "M"). Most tokens are one name word
/// or none, told by their shape: only a token holding an apostrophe, a digit
/// or a character beyond ASCII is read character by character. (Measured on
/// a 556-word article, callgrind: reading every token's characters cost the
/// names check 536k instructions, these shapes and the stop after the last
/// capital 484k, the capitalised words' own path 473k; the old scanner 494k.)
fn read_words(prose: &str, sentence: &[tokens::Token], words: &mut Vec<NameWord>) {
    words.clear();
    // No word after the sentence's last capital can join a name (a particle
    // or "of" must reach one): reading stops after the last token that may
    // hold one, found by the tokens' shapes from the end.
    let Some(last) = sentence.iter().rposition(may_hold_a_capital) else {
        return;
    };
    // First in its sentence, or after an opening quotation mark, a colon or a dash.
    let mut initial = true;
    let mut i = 0;
    while let Some(t) = sentence.get(i).filter(|_| i <= last) {
        let plain = t.kind == TokenKind::Word && !t.shape.has(NOT_PLAIN);
        if t.kind == TokenKind::Punct {
            let after_space = i == 0 || t.space_before;
            between_words(char_at(prose, t.start()), after_space, &mut initial, words);
        } else if !plain || hyphen_after(prose, sentence, i) {
            i = read_token(prose, sentence, i, &mut initial, words);
            continue;
        } else if t.is_capitalised() {
            // A capitalised word of ASCII letters: the commonest name word.
            let next = sentence.get(i + 1).filter(|n| t.touches(n));
            let next = next.map_or(&[][..], |n| &prose.as_bytes()[n.start()..]);
            let apostrophe = matches!(next, [b'\'', ..] | [0xE2, 0x80, 0x99, ..]);
            let possessive = apostrophe && prose.as_bytes()[t.end() - 1] == b's';
            words.push(NameWord {
                span: t.span(),
                kind: Kind::Capital,
                possessive,
                initial: std::mem::replace(&mut initial, false),
                period: next.first() == Some(&b'.'),
                joined: !possessive,
            });
        } else if lower_case_kind(prose, t) == Kind::Other {
            // The commonest token: a word that only ends the name before.
            initial = false;
            if let Some(last) = words.last_mut() {
                last.joined = false;
            }
        } else {
            name_word(
                prose,
                sentence,
                i,
                t.start()..t.end(),
                None,
                false,
                &mut initial,
                words,
            );
        }
        i += 1;
    }
    if let Some(last) = words.last_mut() {
        last.joined = false;
    }
}

/// Can a name word starting with a capital letter be read from this token?
/// Only from a capitalised word, or from letters after a digit or a
/// character beyond ASCII ("x7Smith", "3M", "éA").
#[inline]
fn may_hold_a_capital(t: &tokens::Token) -> bool {
    match t.kind {
        TokenKind::Word => t.shape.has(MAY_HOLD_CAPITAL),
        TokenKind::Number => t.end() - t.start() > t.digits(),
        TokenKind::Punct => false,
    }
}

/// Word tokens that may hold a capital letter starting a name word.
const MAY_HOLD_CAPITAL: Shape = Shape::CAPITALISED.with(Shape::DIGIT).with(Shape::NON_ASCII);

/// Word tokens read character by character: one holding an apostrophe, a
/// digit or a character beyond ASCII.
const NOT_PLAIN: Shape = Shape::APOSTROPHE.with(Shape::DIGIT).with(Shape::NON_ASCII);

/// A character between words (never white space): an opening mark makes the
/// next word initial, and only a full stop after an abbreviation keeps the
/// last word joined to the next.
#[inline]
fn between_words(c: char, after_space: bool, initial: &mut bool, words: &mut [NameWord]) {
    *initial =
        matches!(c, '“' | '‘' | '"' | ':' | '—' | '–' | '(' | '[') || (c == '\'' && after_space);
    if let Some(last) = words.last_mut() {
        if last.joined {
            last.joined = c == '.' && last.period;
        }
    }
}

/// Read the name words of the word or number token `i` character by
/// character (and of the tokens a hyphen or an apostrophe joins to it) into
/// `words`; the next token to read.
fn read_token(
    prose: &str,
    sentence: &[tokens::Token],
    mut i: usize,
    initial: &mut bool,
    words: &mut Vec<NameWord>,
) -> usize {
    let bytes = prose.as_bytes();
    let mut at = sentence[i].start();
    if sentence[i].kind == TokenKind::Number {
        // Its digits and separators: marks between words, read as one.
        between_words('0', false, initial, words);
        at += sentence[i].digits();
    }
    loop {
        let t = &sentence[i];
        if at >= t.end() {
            return i + 1;
        }
        let c = char_at(prose, at);
        if !c.is_alphabetic() {
            // A digit or a mark inside a word: "G7", "Ab²c", "G7’s".
            between_words(c, false, initial, words);
            at += c.len_utf8();
            continue;
        }
        let start = at;
        // The last apostrophe inside the word ("O’Donnell’s"), found while reading.
        let mut apostrophe_at: Option<usize> = None;
        // Whether a hyphen joins letters in it ("al-Assad", "Jong-un").
        let mut hyphened = false;
        loop {
            let t = &sentence[i];
            at = letters_end(prose, at, t.end(), &mut apostrophe_at);
            if at < t.end() {
                break;
            }
            // At the token's end, an apostrophe or hyphen token between it and
            // a word token, all touching, joins that word on.
            let (Some(mark), Some(next)) = (sentence.get(i + 1), sentence.get(i + 2)) else {
                break;
            };
            if !(t.touches(mark) && mark.touches(next) && next.is_word()) {
                break;
            }
            match bytes[mark.start()..] {
                [b'\'', ..] | [0xE2, 0x80, 0x99, ..] => apostrophe_at = Some(mark.start()),
                [b'-', ..] | [0xE2, 0x80, 0x90, ..] => hyphened = true,
                _ => break,
            }
            i += 2;
            at = next.start();
        }
        name_word(
            prose,
            sentence,
            i,
            start..at,
            apostrophe_at,
            hyphened,
            initial,
            words,
        );
    }
}

/// Keep the name word `word` (ending in token `i`, its last apostrophe at
/// `apostrophe_at`), unless it cannot be part of a name: then it only ends
/// the name before.
#[allow(clippy::too_many_arguments)]
#[inline]
fn name_word(
    prose: &str,
    sentence: &[tokens::Token],
    i: usize,
    word: Span,
    apostrophe_at: Option<usize>,
    hyphened: bool,
    initial: &mut bool,
    words: &mut Vec<NameWord>,
) {
    let (start, end) = (word.start, word.end);
    let t = &sentence[i];
    // The character straight after the word, if not white space.
    let next = if end < t.end() {
        Some(char_at(prose, end))
    } else {
        sentence
            .get(i + 1)
            .filter(|n| t.touches(n))
            .map(|n| char_at(prose, n.start()))
    };
    let mut name_end = end;
    let mut possessive = false;
    let mut contraction = false;
    if let Some(ap) = apostrophe_at {
        // Split "Putin’s" into ("Putin", "s"), at the last apostrophe.
        let tail = prose[ap..end].trim_start_matches(is_apostrophe);
        match tail {
            "s" => {
                possessive = true;
                name_end = ap;
            }
            // "We’re", "I’ve", "don’t".
            "ve" | "ll" | "re" | "d" | "m" | "t" => contraction = true,
            _ => {}
        }
    }
    // "Brussels’ position": an apostrophe closing a word in s.
    if next.is_some_and(is_apostrophe) && prose.as_bytes()[end - 1] == b's' {
        possessive = true;
    }
    let period = next == Some('.');
    let kind = if contraction {
        Kind::Other
    } else {
        kind(&prose[start..name_end], hyphened)
    };
    let word_initial = std::mem::replace(initial, false);
    if kind == Kind::Other {
        if let Some(last) = words.last_mut() {
            last.joined = false;
        }
        return;
    }
    words.push(NameWord {
        span: start..name_end,
        kind,
        possessive,
        initial: word_initial,
        period,
        joined: !possessive,
    });
}

/// The [`kind`] of a word token of ASCII letters without a digit or an
/// apostrophe, the first in lower case. A word of eight letters or fewer is
/// read as one number to tell "of" and "the" in a few instructions.
#[inline]
fn lower_case_kind(prose: &str, t: &tokens::Token) -> Kind {
    // Particles run five letters at most ("della"); "of" and "the" are shorter.
    let len = t.end() - t.start();
    if len > 5 {
        return Kind::Other;
    }
    let Some(eight) = prose.as_bytes()[t.start()..].first_chunk::<8>() else {
        return kind(t.text(prose), false);
    };
    // The word's bytes, the bytes after it cleared.
    let shift = (8 - len) * 8;
    let word = (u64::from_le_bytes(*eight) << shift) >> shift;
    if word == packed(b"of") || word == packed(b"the") {
        Kind::TitleJoiner
    } else if is_particle(t.text(prose)) {
        Kind::Particle
    } else {
        Kind::Other
    }
}

/// A word of eight bytes or fewer as one number, its first byte lowest.
const fn packed(word: &[u8]) -> u64 {
    let mut x = 0u64;
    let mut i = word.len();
    while i > 0 {
        i -= 1;
        x = (x << 8) | word[i] as u64;
    }
    x
}

/// Is token `i` followed by a hyphen (- or ‐) touching it?
#[inline]
fn hyphen_after(prose: &str, sentence: &[tokens::Token], i: usize) -> bool {
    match (sentence.get(i), sentence.get(i + 1)) {
        (Some(t), Some(next)) if t.touches(next) => matches!(
            prose.as_bytes()[next.start()..],
            [b'-', ..] | [0xE2, 0x80, 0x90, ..]
        ),
        _ => false,
    }
}

/// The end of the letters from `at` up to `end` (a token's end), taking in an
/// apostrophe between two letters and noting the last one in `apostrophe_at`.
#[inline]
fn letters_end(prose: &str, mut at: usize, end: usize, apostrophe_at: &mut Option<usize>) -> usize {
    let bytes = prose.as_bytes();
    loop {
        // ASCII letters, the common case, a byte at a time.
        while at < end && bytes[at].is_ascii_alphabetic() {
            at += 1;
        }
        if at >= end {
            return at;
        }
        let c = char_at(prose, at);
        if c.is_alphabetic() {
            at += c.len_utf8();
        } else if is_apostrophe(c)
            && at + c.len_utf8() < end
            && char_at(prose, at + c.len_utf8()).is_alphabetic()
        {
            *apostrophe_at = Some(at);
            at += c.len_utf8();
        } else {
            return at;
        }
    }
}

/// The character at a byte offset (a char boundary), cheaply for ASCII.
#[inline]
fn char_at(s: &str, at: usize) -> char {
    let b = s.as_bytes()[at];
    if b < 0x80 {
        char::from(b)
    } else {
        s[at..].chars().next().unwrap_or(' ')
    }
}

/// How a token can take part in a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Starts with a capital letter (or a particle joined to one: "al-Assad").
    Capital,
    Particle,
    /// "of" or "the" inside a title ("Secretary of State").
    TitleJoiner,
    Other,
}

fn kind(word: &str, hyphened: bool) -> Kind {
    let bytes = word.as_bytes();
    let capital = match bytes.first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    };
    if capital {
        return Kind::Capital;
    }
    // Particles run five letters at most ("della"): longer words skip the test.
    if bytes.len() <= 5 && is_particle(word) {
        return Kind::Particle;
    }
    if hyphened && is_hyphened_particle(word) {
        return Kind::Capital;
    }
    if word == "of" || word == "the" {
        return Kind::TitleJoiner;
    }
    Kind::Other
}

/// "al-Assad": a particle (five letters at most) hyphened to a capital.
fn is_hyphened_particle(word: &str) -> bool {
    let head_end = word.len().min(6);
    if !has_early_hyphen(word.as_bytes()) {
        return false;
    }
    let Some((at, h)) = word
        .char_indices()
        .take_while(|&(at, _)| at < head_end)
        .find(|&(_, c)| is_hyphen(c))
    else {
        return false;
    };
    let (head, tail) = (&word[..at], &word[at + h.len_utf8()..]);
    is_particle(head) && tail.chars().next().is_some_and(char::is_uppercase)
}

/// Cheap test: a hyphen ('-', or '‐' which starts with 0xE2) in the first six bytes.
fn has_early_hyphen(bytes: &[u8]) -> bool {
    for &b in &bytes[..bytes.len().min(6)] {
        if b == b'-' || b == 0xE2 {
            return true;
        }
    }
    false
}

fn is_particle(word: &str) -> bool {
    // Byte patterns: matched by a decision tree on the bytes, not string by string.
    matches!(
        word.as_bytes(),
        b"al"
            | b"bin"
            | b"bint"
            | b"da"
            | b"das"
            | b"de"
            | b"del"
            | b"della"
            | b"den"
            | b"der"
            | b"des"
            | b"di"
            | b"do"
            | b"dos"
            | b"du"
            | b"el"
            | b"ibn"
            | b"la"
            | b"le"
            | b"ten"
            | b"ter"
            | b"van"
            | b"von"
            | b"zu"
    )
}

fn assemble<'a>(
    doc: &Document<'a>,
    tokens: &[NameWord],
    run: &mut Vec<(usize, bool)>, // (token, part of a title), reused run after run
    heading: bool,
    out: &mut Found<'a>,
) {
    let text: &'a str = doc.text;
    let word = |t: &NameWord| -> &'a str { &text[t.span.clone()] };
    // Can a name continue from token `i` (a particle run must reach a capital)?
    let reaches_capital = |mut i: usize| -> bool {
        while i < tokens.len() {
            match tokens[i].kind {
                Kind::Capital => return true,
                Kind::Particle if tokens[i].joined => i += 1,
                _ => return false,
            }
        }
        false
    };
    let mut i = 0;
    while i < tokens.len() {
        if !(tokens[i].kind == Kind::Capital
            || (tokens[i].kind == Kind::Particle && reaches_capital(i)))
        {
            i += 1;
            continue;
        }
        // Collect the run [i, j).
        run.clear();
        run.push((i, false));
        let mut j = i + 1;
        while j < tokens.len() {
            let prev = &tokens[j - 1];
            let prev_word = word(prev);
            let period_ok =
                !prev.period || is_title_abbreviation(prev_word) || is_initial(prev_word);
            if !prev.joined || prev.possessive || !period_ok {
                break;
            }
            match tokens[j].kind {
                Kind::Capital => run.push((j, false)),
                Kind::Particle if reaches_capital(j) => run.push((j, false)),
                Kind::TitleJoiner if is_title(prev_word) => {
                    // "Secretary of State", "Chancellor of the Exchequer".
                    let mut k = j;
                    while k < tokens.len()
                        && tokens[k].kind == Kind::TitleJoiner
                        && tokens[k].joined
                    {
                        k += 1;
                    }
                    if k < tokens.len() && tokens[k].kind == Kind::Capital {
                        run.extend((j..=k).map(|x| (x, true)));
                        j = k + 1;
                        continue;
                    }
                    break;
                }
                _ => break,
            }
            j += 1;
        }
        build(doc, tokens, run, heading, out);
        i = j;
    }
}

/// Add the mention a run of words holds, if any, to `out`.
fn build<'a>(
    doc: &Document<'a>,
    tokens: &[NameWord],
    run: &[(usize, bool)],
    heading: bool,
    out: &mut Found<'a>,
) {
    let text: &'a str = doc.text;
    let word = |i: usize| -> &'a str { &text[tokens[i].span.clone()] };
    // Leading function words capitalised at the start of a sentence, but not
    // a given name that is also one before a person's surname ("Will Doyle said").
    let mut from = 0;
    while from < run.len()
        && is_stopword(word(run[from].0))
        && !given_name_opener(doc, tokens, run, from)
    {
        from += 1;
    }
    // Everything up to the last title word that has a name after it is title.
    let mut name_from = from;
    let mut titled = false;
    // Generational suffixes ("Jr") are not names: "Martin Luther King Jr" has no title.
    let end = run.len()
        - run
            .iter()
            .rev()
            .take_while(|&&(t, _)| is_suffix(word(t)))
            .count();
    let run = &run[..end];
    for (k, &(t, in_title)) in run
        .iter()
        .enumerate()
        .take(run.len().saturating_sub(1))
        .skip(from)
    {
        if in_title || is_title(word(t)) {
            name_from = k + 1;
            titled = true;
        }
    }
    // A title's own continuation ("of State") is part of the title too.
    while name_from < run.len() && run[name_from].1 {
        name_from += 1;
    }
    let name = &run[name_from..];
    // Trailing particles cannot end a name.
    let name_len = name
        .iter()
        .rposition(|&(t, _)| tokens[t].kind == Kind::Capital)
        .map_or(0, |p| p + 1);
    let name = &name[..name_len];
    if name.is_empty() {
        return;
    }
    let (first_part, first_folded) = (out.parts.len(), out.folded.len());
    for &(t, _) in name {
        let w = word(t);
        let at = out.folded.len();
        fold_into(w, &mut out.folded);
        let part = Part {
            span: tokens[t].span.clone(),
            text: w,
            folded: "",
            particle: tokens[t].kind == Kind::Particle,
            initial: is_initial(w),
            all_caps: !w.chars().any(char::is_lowercase)
                && w.chars().filter(|c| c.is_alphabetic()).count() > 1,
        };
        out.parts.push((part, at..out.folded.len()));
    }
    let parts = &out.parts[first_part..];
    if !parts.iter().any(|(p, at)| p.is_word() && at.len() >= 2) {
        out.parts.truncate(first_part);
        out.folded.truncate(first_folded);
        return;
    }
    let first = name[0].0;
    // "Senate Bill" is a thing, "Bill Gates" a person: an organisation word
    // that is a common given name counts only as the last word.
    let last = parts.len() - 1;
    let org = parts.iter().enumerate().any(|(k, (p, _))| {
        is_org_word(p.text) && (k == last || !super::ordinary::is_common_given(&fold(p.text)))
    });
    let mention = Mention {
        span: parts[0].0.span.start..parts[parts.len() - 1].0.span.end,
        sentence_initial: !titled && from == 0 && tokens[first].initial,
        titled,
        heading,
        org,
        parts: &[],
    };
    out.mentions.push((mention, first_part..out.parts.len()));
}

/// Do the words around a mention say it is a person ("Ghandi said",
/// "said Ghandi", "Souza, who …")?
pub fn person_cue(doc: &Document<'_>, span: &Span) -> bool {
    let after = &doc.prose[span.end..];
    let after = after
        .strip_prefix("’s")
        .or_else(|| after.strip_prefix("'s"))
        .unwrap_or(after);
    let after = after.trim_start().trim_start_matches(',').trim_start();
    let next_end = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    // "Kowal also said", "Kowal quickly added": past one adverb to the verb.
    let adverb = &after[..next_end];
    if adverb.ends_with("ly") || in_cue_list(adverb, ADVERBS) {
        let rest = after[next_end..].trim_start();
        let end = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        if in_cue_list(&rest[..end], PERSON_CUES_AFTER) {
            return true;
        }
    }
    let before = doc.prose[..span.start].trim_end();
    let prev_start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |at| {
        at + before[at..].chars().next().map_or(0, char::len_utf8)
    });
    in_cue_list(&after[..next_end], PERSON_CUES_AFTER)
        || (in_cue_list(&before[prev_start..], PERSON_CUES_BEFORE) && !names_a_role(after))
}

/// Does the text after a name go on with a role and the name of its holder
/// ("said Rovers manager Dermot Hanlon", "said Acme spokeswoman Jo Reyes"):
/// one or two lower-case words, none a small word, then a capitalised one?
/// Then the name is a body's or a place's, and the speaker is the one after.
fn names_a_role(after: &str) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "and", "or", "in", "on", "at", "of", "to", "from", "for", "by", "with",
        "after", "before", "during", "as", "when", "while", "that", "who", "which", "last", "this",
        "told", "said", "says", "added", "is", "was", "has", "had",
    ];
    let mut words = after.split_whitespace();
    for _ in 0..2 {
        let Some(word) = words.next() else {
            return false;
        };
        if !word.chars().all(char::is_alphabetic) {
            return false;
        }
        if !word.starts_with(char::is_lowercase) || in_cue_list(word, SMALL) {
            return false;
        }
        let next = words.clone().next().unwrap_or_default();
        if next.starts_with(char::is_uppercase) {
            return true;
        }
    }
    false
}

/// Is the word, in lower case, one of the (lower-case) cue words?
fn in_cue_list(word: &str, list: &[&str]) -> bool {
    if word.is_ascii() {
        list.iter().any(|cue| cue.eq_ignore_ascii_case(word))
    } else {
        list.contains(&word.to_lowercase().as_str())
    }
}

/// Words after a name that say it is a person ("Ghandi said", "Souza, who").
const PERSON_CUES_AFTER: &[&str] = word_list!("person-cues-after");

/// Adverbs that may stand between a name and its speech verb.
const ADVERBS: &[&str] = word_list!("speech-adverbs");

/// Words before a name that say it is a person ("said Ghandi").
const PERSON_CUES_BEFORE: &[&str] = word_list!("person-cues-before");

fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Look a word up in a word list without regard to case (lists are lower case).
fn in_list(
    word: &str,
    list: &'static OnceLock<HashSet<&'static [u8]>>,
    words: &'static [&'static str],
) -> bool {
    let set = list.get_or_init(|| words.iter().map(|w| w.as_bytes()).collect());
    let mut buf = [0u8; 20];
    if word.len() > buf.len() || !word.is_ascii() {
        return false;
    }
    for (b, c) in buf.iter_mut().zip(word.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    set.contains(&buf[..word.len()])
}

/// Personal titles and the offices written before a name.
pub fn is_title(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static [u8]>> = OnceLock::new();
    in_list(word, &SET, TITLES) || is_title_abbreviation(word)
}

fn is_title_abbreviation(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static [u8]>> = OnceLock::new();
    in_list(word, &SET, TITLE_ABBREVIATIONS)
}

fn is_stopword(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static [u8]>> = OnceLock::new();
    in_list(word, &SET, STOPWORDS)
}

/// "Will Doyle said", "Mark Hale, who …": a stopword that is also a common
/// given name, before the one capitalised word that ends the run, with a word
/// after the name that says it is a person's.
fn given_name_opener(
    doc: &Document<'_>,
    tokens: &[NameWord],
    run: &[(usize, bool)],
    at: usize,
) -> bool {
    let [(opener, _), (surname, _)] = run[at..] else {
        return false;
    };
    let span = tokens[opener].span.start..tokens[surname].span.end;
    super::ordinary::is_common_given(&fold(&doc.text[tokens[opener].span.clone()]))
        && tokens[surname].kind == Kind::Capital
        && person_cue(doc, &span)
}

pub(crate) fn is_org_word(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| ORG_WORDS.iter().copied().collect())
        .contains(word)
}

/// Abbreviated personal titles ("Mr", "Dr"), lower case.
const TITLE_ABBREVIATIONS: &[&str] = word_list!("title-abbreviations");

/// Personal titles and the offices written before a name, lower case.
const TITLES: &[&str] = word_list!("titles");

/// Function words (days, months, common verbs) that, capitalised at the start
/// of a sentence, are dropped from the front of a run of capitals; lower case.
const STOPWORDS: &[&str] = word_list!("stopwords");

/// Words that make a capitalised run an organisation or a place.
const ORG_WORDS: &[&str] = word_list!("org-words");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    #[test]
    fn title_case_lines_read_as_headlines() {
        let title_case = |text: &str| {
            let doc = Document::parse(text, Format::PlainText);
            is_title_case(&doc.prose, &doc.paragraphs[0].tokens)
        };
        assert!(title_case("Kasich Says He Will Stay In the Race."));
        assert!(title_case("Rubio Hits Back at Trump Over Tax Plan"));
        assert!(!title_case("Kasich said he would stay in the race."));
        assert!(!title_case("Mr. Kasich spoke to Iowa Farm Bureau members."));
        let doc = Document::parse(
            "Kasich Says He Will Stay In.\n\nKasich said so on Friday.\n",
            Format::PlainText,
        );
        let found = find(&doc);
        let parts = found.parts();
        let heading: Vec<bool> = found.mentions(&parts).iter().map(|m| m.heading).collect();
        assert_eq!(heading, vec![true, false]);
    }

    fn names(text: &str) -> Vec<String> {
        let doc = Document::parse(text, Format::PlainText);
        let found = find(&doc);
        let parts = found.parts();
        found
            .mentions(&parts)
            .iter()
            .map(|m| {
                let mut s = m.text(&doc).to_string();
                if m.titled {
                    s.insert(0, '+');
                }
                if m.sentence_initial {
                    s.insert(0, '^');
                }
                s
            })
            .collect()
    }

    #[test]
    fn titles_and_possessives_are_split_off() {
        assert_eq!(
            names("On Monday Prime Minister Narendra Modi met Mr. Zelenskyy’s envoy and US Secretary of State Antony Blinken."),
            vec!["+Narendra Modi", "+Zelenskyy", "+Antony Blinken"]
        );
    }

    #[test]
    fn particles_hyphens_and_initials_stay_in_the_name() {
        assert_eq!(
            names("It was Ursula von der Leyen, then Kim Jong-un and John F. Kennedy, and Bashar al-Assad."),
            vec!["Ursula von der Leyen", "Kim Jong-un", "John F. Kennedy", "Bashar al-Assad"]
        );
        assert_eq!(
            names("Talks with Ms von der Leyen ended."),
            vec!["^Talks", "+von der Leyen"]
        );
    }

    #[test]
    fn sentence_starts_are_marked_and_function_words_dropped() {
        assert_eq!(
            names("Critics say Erdogan’s government failed. The Kremlin said nothing. “Putin must go,” he said."),
            vec!["^Critics", "Erdogan", "Kremlin", "^Putin"]
        );
    }

    #[test]
    fn punctuation_and_contractions_break_names() {
        assert_eq!(
            names("We’re told Sousa, Silva and O’Donnell agreed. I’ve seen it."),
            vec!["Sousa", "Silva", "O’Donnell"]
        );
    }

    #[test]
    fn suffixes_are_not_names_and_end_titles() {
        assert_eq!(
            names("They honoured Martin Luther King Jr and King Charles."),
            vec!["Martin Luther King", "+Charles"]
        );
    }

    /// The character-by-character reading of a sentence's name words that the
    /// token reading must agree with (the names check's own scanner before it
    /// read the token stream): letters only, an apostrophe or a hyphen
    /// between two letters joining them.
    fn words_by_char(doc: &Document<'_>, sentence: Span) -> Vec<NameWord> {
        let prose = &doc.prose[sentence.clone()];
        let at_char = |at: usize| prose.get(at..).and_then(|rest| rest.chars().next());
        let mut words: Vec<NameWord> = Vec::new();
        let mut initial = true;
        let mut i = 0;
        while let Some(c) = at_char(i) {
            if !c.is_alphabetic() {
                let after_space = prose[..i]
                    .chars()
                    .next_back()
                    .is_none_or(char::is_whitespace);
                if matches!(c, '“' | '‘' | '"' | ':' | '—' | '–' | '(' | '[')
                    || (c == '\'' && after_space)
                {
                    initial = true;
                } else if !c.is_whitespace() {
                    initial = false;
                }
                if let Some(last) = words.last_mut() {
                    if last.joined {
                        last.joined = c.is_whitespace() || (c == '.' && last.period);
                    }
                }
                i += c.len_utf8();
                continue;
            }
            let at = i;
            let mut j = i + c.len_utf8();
            let mut apostrophe_at = None;
            let mut hyphened = false;
            while let Some(c) = at_char(j) {
                if c.is_alphabetic() {
                    j += c.len_utf8();
                } else if is_apostrophe(c) || is_hyphen(c) {
                    match at_char(j + c.len_utf8()) {
                        Some(n) if n.is_alphabetic() => {
                            if is_apostrophe(c) {
                                apostrophe_at = Some(j);
                            } else {
                                hyphened = true;
                            }
                            j += c.len_utf8() + n.len_utf8();
                        }
                        _ => break,
                    }
                } else {
                    break;
                }
            }
            let (mut name_end, mut possessive, mut contraction) = (j, false, false);
            if let Some(ap) = apostrophe_at {
                let tail = prose[ap..j].trim_start_matches(is_apostrophe);
                match tail {
                    "s" => (possessive, name_end) = (true, ap),
                    "ve" | "ll" | "re" | "d" | "m" | "t" => contraction = true,
                    _ => {}
                }
            }
            let next = at_char(j);
            if next.is_some_and(is_apostrophe) && prose.as_bytes()[j - 1] == b's' {
                possessive = true;
            }
            let kind = if contraction {
                Kind::Other
            } else {
                kind(&prose[at..name_end], hyphened)
            };
            let word_initial = std::mem::replace(&mut initial, false);
            i = j;
            if kind == Kind::Other {
                if let Some(last) = words.last_mut() {
                    last.joined = false;
                }
                continue;
            }
            words.push(NameWord {
                span: sentence.start + at..sentence.start + name_end,
                kind,
                possessive,
                initial: word_initial,
                period: next == Some('.'),
                joined: !possessive,
            });
        }
        if let Some(last) = words.last_mut() {
            last.joined = false;
        }
        words
    }

    /// A headline by the words between white space, the reading
    /// [`is_title_case`] must agree with.
    fn title_case_by_words(text: &str) -> bool {
        const SMALL: &[&str] = word_list!("headline-small-words");
        let mut capitalised = 0;
        for (n, word) in text.split_whitespace().enumerate() {
            if n >= 30 {
                return false;
            }
            let Some(first) = word.chars().find(|c| c.is_alphanumeric()) else {
                continue;
            };
            if first.is_uppercase() {
                capitalised += 1;
            } else if first.is_lowercase() {
                let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
                if !SMALL.iter().any(|w| w.eq_ignore_ascii_case(bare)) {
                    return false;
                }
            }
        }
        capitalised >= 3
    }

    /// The mentions [`find`] gives, and those of the character-by-character reading.
    fn by_tokens_and_by_chars(text: &str, format: Format) -> (String, String) {
        let doc = Document::parse(text, format);
        let mut by_chars = Found {
            folded: String::new(),
            parts: Vec::new(),
            mentions: Vec::new(),
        };
        let mut run = Vec::new();
        for p in &doc.paragraphs {
            let heading =
                p.kind == BlockKind::Heading || title_case_by_words(&doc.prose[p.span.clone()]);
            for s in &p.sentences {
                let words = words_by_char(&doc, s.clone());
                assemble(&doc, &words, &mut run, heading, &mut by_chars);
            }
        }
        let by_tokens = find(&doc);
        let (token_parts, char_parts) = (by_tokens.parts(), by_chars.parts());
        (
            format!("{:?}", by_tokens.mentions(&token_parts)),
            format!("{:?}", by_chars.mentions(&char_parts)),
        )
    }

    proptest::proptest! {
        /// The token reading finds exactly the mentions the character-by-character
        /// reading finds, on text with digits in words, apostrophes, hyphens,
        /// initials, scripts beyond Latin, emoji, line breaks and CR.
        #[test]
        fn the_token_reading_finds_the_mentions_a_char_scan_finds(
            text in "((de|van|of|the|said|é|Gaulle|Assad|Leyen|Mr|O'Neill|Ávila|G7|3M|x9Y|J|K|s|Jones|李|😀|NATO|Ab²c|٣|ß|ǅ|ab7de|abcdefghij7Smith|former|eBay|iPhone9|al|bin|don|t)( | |, |\\. |\\.|: | \\(|\\) |'|’|’s |-|‐| “|” |\n\n|\r| — |\\[|\"|\r\n|\u{a0}|\\?|!)){0,40}"
        ) {
            let (by_tokens, by_chars) = by_tokens_and_by_chars(&text, Format::PlainText);
            proptest::prop_assert_eq!(by_tokens, by_chars);
            let (by_tokens, by_chars) = by_tokens_and_by_chars(&text, Format::Markdown);
            proptest::prop_assert_eq!(by_tokens, by_chars);
        }
    }

    #[test]
    fn digits_part_name_words_and_headlines_read_by_their_words() {
        assert_eq!(
            names("the G7 met 3M’s chief Mike Roman, Jones7Smith and x9de Gaulle, not O’Neill-Smith’s aide."),
            vec!["Mike Roman", "Jones", "Smith", "de Gaulle", "O’Neill-Smith"]
        );
        for text in [
            "G7 LEADERS MEET AS 3M FALLS",
            "Kasich Says He Will Stay In.",
            "Trump said so.",
        ] {
            let doc = Document::parse(text, Format::PlainText);
            let para = &doc.paragraphs[0];
            assert_eq!(
                is_title_case(&doc.prose, &para.tokens),
                title_case_by_words(&doc.prose[para.span.clone()]),
                "{text}"
            );
        }
    }

    #[test]
    fn lower_case_runs_keep_only_the_particles_that_reach_a_capital() {
        assert_eq!(
            names("It said that de Gaulle and then van der Berg, the ex-President, met al-Assad."),
            vec!["de Gaulle", "van der Berg", "al-Assad"]
        );
        assert_eq!(
            names("we saw him with de, then 'van Dijk' and (de la Cruz)."),
            vec!["^van Dijk", "^de la Cruz"]
        );
        assert_eq!(
            names("the talks: von der Leyen spoke"),
            vec!["^von der Leyen"]
        );
    }

    #[test]
    fn organisations_are_marked() {
        let doc = Document::parse(
            "He studied at Renmin University in Beijing.",
            Format::PlainText,
        );
        let found = find(&doc);
        let parts = found.parts();
        let found = found.mentions(&parts);
        assert!(found[0].org);
        assert!(!found[1].org);
    }
}
