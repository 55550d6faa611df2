//! The one token stream: each paragraph's prose read once, when the document is
//! parsed, into words, numbers and punctuation marks with byte spans and shapes.
//!
//! Every check reads these tokens instead of scanning the prose itself. A word
//! starts with a letter and runs over letters and digits, taking in an
//! apostrophe before a letter ("don’t", "O’Neill") and one after a plural "s"
//! ("officials’"); a hyphen is a token of its own, so "Jong-un" is three
//! tokens. A number starts with a digit and takes in thousands separators, a
//! decimal point and the letters glued after it ("8,000.5", "3bn", "14th").
//! Anything else that is not white space is a one-character punctuation token.
//! Checks that read words differently (joined across a hyphen, split at a
//! digit) build their own views from these tokens (as [`words`] does).

use crate::byteblock::{self, HIGH_BITS};
use crate::finding::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Starts with a letter: "soldiers", "Jong", "G7", "Bell’s".
    Word,
    /// Starts with a digit: "8,000", "1.5", "3bn", "14th", "2PQ".
    Number,
    /// One character that is neither: "$", "%", "-", ",", "“".
    Punct,
}

/// What a token looks like, as bits (see the constants below).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shape(u8);

impl Shape {
    /// A word whose first letter is upper case ("Putin", "NATO", "É").
    pub const CAPITALISED: Shape = Shape(1);
    /// A word holding an ASCII digit ("G7", "B2B"); numbers are not marked.
    /// Found with the letters, eight bytes at a time, for about 5k
    /// instructions of a 556-word article's parse (callgrind); the names
    /// check reads most words by their shape alone thanks to it.
    pub const DIGIT: Shape = Shape(1 << 1);
    /// A word holding an apostrophe (' or ’): "don’t", "officials’".
    pub const APOSTROPHE: Shape = Shape(1 << 4);
    /// Holds a character outside ASCII.
    pub const NON_ASCII: Shape = Shape(1 << 5);
    /// A punctuation token that is a quotation mark or apostrophe: " ' ‘ ’ “ ”.
    pub const QUOTE_MARK: Shape = Shape(1 << 6);

    /// Has any of `bits`.
    pub const fn has(self, bits: Shape) -> bool {
        self.0 & bits.0 != 0
    }

    /// These bits and `bits`.
    pub const fn with(self, bits: Shape) -> Shape {
        Shape(self.0 | bits.0)
    }
}

/// One token of a paragraph. Kept small (20 bytes): offsets, not slices, since
/// the tokens live in the document beside the prose they point into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the token in the document.
    start: u32,
    len: u32,
    /// Index of the sentence in the paragraph.
    sentence: u32,
    /// For numbers: length of the digits part ("3bn" → 1); 0 for other tokens.
    digits: u32,
    pub kind: Kind,
    pub shape: Shape,
    /// White space (or the paragraph start) comes right before it.
    pub space_before: bool,
}

impl Token {
    /// Its byte span into the document.
    pub fn span(&self) -> Span {
        let start = self.start as usize;
        start..start + self.len as usize
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        (self.start + self.len) as usize
    }

    /// Its text in `prose` (the document's prose or text).
    pub fn text<'a>(&self, prose: &'a str) -> &'a str {
        &prose[self.span()]
    }

    /// Index of the sentence in the paragraph.
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }

    /// For numbers: length of the digits part ("3bn" → 1); 0 for other tokens.
    pub fn digits(&self) -> usize {
        self.digits as usize
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// A word or a number: letters or digits.
    pub fn is_alphanumeric(&self) -> bool {
        self.kind != Kind::Punct
    }

    /// A word starting with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.shape.has(Shape::CAPITALISED)
    }

    /// A word with upper-case letters and no lower-case one ("NATO", "ERDOGAN").
    /// Read from the text when asked: working it out for every word as the
    /// paragraph is read cost more than a third of the tokeniser again
    /// (57k instructions on a 556-word article, callgrind).
    pub fn is_all_caps(&self, prose: &str) -> bool {
        let word = self.text(prose);
        if self.shape.has(Shape::NON_ASCII) {
            word.chars().any(char::is_uppercase) && !word.chars().any(char::is_lowercase)
        } else {
            word.bytes().any(|b| b.is_ascii_uppercase())
                && !word.bytes().any(|b| b.is_ascii_lowercase())
        }
    }

    /// A word or number holding an ASCII digit ("G7", "3bn").
    pub fn has_digit(&self) -> bool {
        self.kind == Kind::Number || self.shape.has(Shape::DIGIT)
    }

    /// Nothing between the end of `self` and the start of `next`.
    pub fn touches(&self, next: &Token) -> bool {
        self.end() == next.start()
    }
}

/// Which marks join two runs of letters and digits into one word of a [`words`] view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Joiners {
    /// An apostrophe (' or ’): "don’t", "1990's".
    Apostrophes,
    /// An apostrophe or a hyphen (- or ‐): "don’t", "well-known".
    ApostrophesAndHyphens,
}

/// The words of `tokens` as runs of letters and digits: tokens that touch are
/// one word, and so are two joined by one of `joiners` between them; a number's
/// thousands separators and decimal point part it ("8,000" is "8" and "000"),
/// and a plural possessive's apostrophe is left out ("officials’" is
/// "officials"). Spans are cut at `limit`. Each is handed to `out`, in order.
pub fn words(
    prose: &str,
    tokens: &[Token],
    joiners: Joiners,
    limit: usize,
    mut out: impl FnMut(Span),
) {
    let bytes = prose.as_bytes();
    // The word being read: its start, while the tokens still join it.
    let mut open: Option<usize> = None;
    let mut i = 0;
    while let Some(t) = tokens.get(i) {
        if !is_alphanumeric(prose, t) {
            i += 1;
            continue;
        }
        let mut start = open.unwrap_or(t.start());
        let end = t.end().min(limit);
        // A number's separators end one word and start the next.
        if t.kind == Kind::Number && t.digits() > 1 {
            let digits = t.start()..(t.start() + t.digits()).min(end);
            for at in digits.filter(|&at| matches!(bytes[at], b',' | b'.')) {
                out(start..at);
                start = at + 1;
            }
        }
        let next = tokens
            .get(i + 1)
            .filter(|n| t.touches(n) && n.start() < limit);
        // A plural possessive's apostrophe joins only a digit straight after it.
        let possessive = t.kind == Kind::Word
            && t.shape.has(Shape::APOSTROPHE)
            && prose[..t.end()].ends_with(['\'', '’']);
        match next {
            Some(n) if is_alphanumeric(prose, n) => {
                open = Some(start);
                i += 1;
                continue;
            }
            Some(n) if !possessive && is_joiner(prose, n, joiners) => {
                let after = tokens
                    .get(i + 2)
                    .filter(|m| n.touches(m) && m.start() < limit);
                if after.is_some_and(|m| is_alphanumeric(prose, m)) {
                    open = Some(start);
                    i += 2;
                    continue;
                }
            }
            _ => {}
        }
        // A word ending in a plural possessive's apostrophe ends before it.
        let mut end = end;
        if possessive && end == t.end() {
            if bytes[end - 1] == b'\'' {
                end -= 1;
            } else if prose[..end].ends_with('’') {
                end -= '’'.len_utf8();
            }
        }
        out(start..end);
        open = None;
        i += 1;
    }
}

/// A word or number, or a one-character token that is a letter or digit all
/// the same (a superscript "²", a digit of another script).
#[inline]
fn is_alphanumeric(prose: &str, t: &Token) -> bool {
    if t.kind != Kind::Punct {
        return true;
    }
    if !t.shape.has(Shape::NON_ASCII) || t.shape.has(Shape::QUOTE_MARK) {
        return false;
    }
    // U+2000–U+203F (dashes, ellipses), common in copy, hold no letter or digit.
    let bytes = &prose.as_bytes()[t.start()..];
    if bytes.starts_with(&[0xE2, 0x80]) {
        return false;
    }
    t.text(prose)
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
}

/// An apostrophe (' ’) or, with [`Joiners::ApostrophesAndHyphens`], a hyphen (- ‐).
#[inline]
fn is_joiner(prose: &str, t: &Token, joiners: Joiners) -> bool {
    if t.kind != Kind::Punct {
        return false;
    }
    let hyphens = joiners == Joiners::ApostrophesAndHyphens;
    match &prose.as_bytes()[t.start()..] {
        [b'\'', ..] | [0xE2, 0x80, 0x99, ..] => true,
        [b'-', ..] | [0xE2, 0x80, 0x90, ..] => hyphens,
        _ => false,
    }
}

/// Dashes, curly quotes, bullets, ellipses and other marks of Unicode's General
/// Punctuation block (U+2010–U+2027, U+2030–U+205E): neither letters nor white
/// space, which is known without the Unicode tables. Common in copy; asking
/// the tables about each cost 12k instructions of a 556-word article's 290k
/// parse (callgrind).
#[inline]
fn is_punctuation_mark(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// [`BYTE_CLASS`] of ASCII white space, as `char::is_whitespace` has it.
const SPACE: u8 = 1;
/// [`BYTE_CLASS`] of an ASCII digit.
const DIGIT: u8 = 2;
/// [`BYTE_CLASS`] of an ASCII letter.
const LETTER: u8 = 3;
/// [`BYTE_CLASS`] of a byte of a multi-byte character.
const NON_ASCII: u8 = 4;

/// The class of every byte, for the tokeniser's ASCII fast paths (0: ASCII
/// punctuation and control characters).
static BYTE_CLASS: [u8; 256] = {
    let mut table = [NON_ASCII; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        table[i] = if matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
            SPACE
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b.is_ascii_alphabetic() {
            LETTER
        } else {
            0
        };
        i += 1;
    }
    table
};

/// Split the paragraph `span` of `prose`, whose sentences are `sentences`, into
/// tokens, tagging each with its sentence.
pub fn tokenize(prose: &str, span: Span, sentences: &[Span]) -> Vec<Token> {
    let text = &prose[span.clone()];
    let bytes = text.as_bytes();
    let base = span.start;
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut sentence = 0usize;
    // Where the current sentence ends (after the last one: never).
    let sentence_end = |s: usize| {
        if s + 1 < sentences.len() {
            sentences[s].end
        } else {
            usize::MAX
        }
    };
    let mut next_sentence_at = sentence_end(0);
    let mut space_before = true;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        let mut digits = 0;
        let (kind, end, shape) = match BYTE_CLASS[usize::from(b)] {
            SPACE => {
                space_before = true;
                i += 1;
                continue;
            }
            LETTER => {
                let (end, mut shape) = word_end(text, i + 1);
                if b.is_ascii_uppercase() {
                    shape = shape.with(Shape::CAPITALISED);
                }
                (Kind::Word, end, shape)
            }
            DIGIT => {
                let digits_end = digits_end(bytes, i + 1);
                digits = (digits_end - start) as u32;
                (
                    Kind::Number,
                    letters_end(text, digits_end),
                    Shape::default(),
                )
            }
            NON_ASCII => {
                let (c, len) = char_at(text, i);
                if !is_punctuation_mark(c) && c.is_whitespace() {
                    space_before = true;
                    i += len;
                    continue;
                }
                if !is_punctuation_mark(c) && c.is_alphabetic() {
                    let (end, mut shape) = word_end(text, i + len);
                    shape = shape.with(Shape::NON_ASCII);
                    if c.is_uppercase() {
                        shape = shape.with(Shape::CAPITALISED);
                    }
                    (Kind::Word, end, shape)
                } else {
                    let shape = if matches!(c, '‘' | '’' | '“' | '”') {
                        Shape::QUOTE_MARK.with(Shape::NON_ASCII)
                    } else {
                        Shape::NON_ASCII
                    };
                    (Kind::Punct, i + len, shape)
                }
            }
            _ => {
                let shape = if matches!(b, b'"' | b'\'') {
                    Shape::QUOTE_MARK
                } else {
                    Shape::default()
                };
                (Kind::Punct, i + 1, shape)
            }
        };
        while next_sentence_at <= base + start {
            sentence += 1;
            next_sentence_at = sentence_end(sentence);
        }
        out.push(Token {
            // Offsets and counts fit 32 bits: drafts are far below 4 GB.
            start: (base + start) as u32,
            len: (end - start) as u32,
            sentence: sentence as u32,
            digits,
            kind,
            shape,
            space_before,
        });
        space_before = false;
        i = end;
    }
    out
}

/// The end of a number's digits, thousands separators and decimal point from `end`.
fn digits_end(bytes: &[u8], mut end: usize) -> usize {
    while end < bytes.len() {
        let b = bytes[end];
        if b.is_ascii_digit() {
            end += 1;
        } else if b == b',' && is_thousands_group(bytes, end + 1) {
            end += 4;
        } else if b == b'.' && end + 1 < bytes.len() && bytes[end + 1].is_ascii_digit() {
            end += 1;
        } else {
            break;
        }
    }
    end
}

/// The end of the letters glued to a number's digits ("bn" of "3bn") from `end`.
fn letters_end(text: &str, mut end: usize) -> usize {
    while end < text.len() {
        let (n, l) = char_at(text, end);
        if !is_letter(n) {
            break;
        }
        end += l;
    }
    end
}

/// The end of a word whose first character ends before `end`: letters and
/// digits, and an apostrophe inside it or after a plural "s".
/// With it, the shape bits met on the way: [`Shape::DIGIT`],
/// [`Shape::APOSTROPHE`] and [`Shape::NON_ASCII`].
#[inline(always)]
fn word_end(text: &str, end: usize) -> (usize, Shape) {
    let bytes = text.as_bytes();
    let (end, shape) = alnum_run_end(bytes, end);
    match bytes.get(end) {
        // Most words end at an ASCII byte other than an apostrophe.
        Some(&b) if !b.is_ascii() || b == b'\'' => word_end_past(text, end, shape),
        _ => (end, shape),
    }
}

/// [`word_end`] past a non-ASCII character or an apostrophe at `end`, with
/// the `shape` met before it.
#[inline(never)]
fn word_end_past(text: &str, mut end: usize, mut shape: Shape) -> (usize, Shape) {
    let bytes = text.as_bytes();
    loop {
        let (run_end, digits) = alnum_run_end(bytes, end);
        end = run_end;
        shape = shape.with(digits);
        let Some(&b) = bytes.get(end) else {
            return (end, shape);
        };
        // Any other ASCII byte but an apostrophe ends the word.
        if b.is_ascii() && b != b'\'' {
            return (end, shape);
        }
        let (n, l) = char_at(text, end);
        if !n.is_ascii() && !is_punctuation_mark(n) && n.is_alphanumeric() {
            shape = shape.with(Shape::NON_ASCII);
            end += l;
            continue;
        }
        if !is_apostrophe(n) {
            return (end, shape);
        }
        let inside = end + l < bytes.len() && is_letter(char_at(text, end + l).0);
        // A plural possessive ("officials’") keeps its apostrophe too.
        if !inside && !text[..end].ends_with('s') {
            return (end, shape);
        }
        end += l;
        shape = shape.with(Shape::APOSTROPHE);
        if n != '\'' {
            shape = shape.with(Shape::NON_ASCII);
        }
        if !inside {
            return (end, shape);
        }
    }
}

/// The first byte from `at` that is not an ASCII letter or digit, eight bytes
/// at a time while eight remain (most words end within the first eight),
/// and [`Shape::DIGIT`] if a digit came before it.
#[inline(always)]
fn alnum_run_end(bytes: &[u8], mut at: usize) -> (usize, Shape) {
    let mut digits = 0;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let (alnum, digit) = ascii_alnum_bytes(u64::from_le_bytes(chunk));
        let others = !alnum & HIGH_BITS;
        if others != 0 {
            // The bytes before the first other one.
            let before = (others & others.wrapping_neg()) - 1;
            digits |= digit & before;
            let end = at + (others.trailing_zeros() / 8) as usize;
            return (end, digit_shape(digits));
        }
        digits |= digit;
        at += 8;
    }
    loop {
        match bytes.get(at).map(|&b| BYTE_CLASS[usize::from(b)]) {
            Some(DIGIT) => digits = 1,
            Some(LETTER) => {}
            _ => return (at, digit_shape(digits)),
        }
        at += 1;
    }
}

/// [`Shape::DIGIT`] if `digits` is not 0.
#[inline(always)]
fn digit_shape(digits: u64) -> Shape {
    if digits != 0 {
        Shape::DIGIT
    } else {
        Shape::default()
    }
}

/// The high bit set in each byte of `x` that is an ASCII letter or digit, and
/// in each that is an ASCII digit.
#[inline(always)]
fn ascii_alnum_bytes(x: u64) -> (u64, u64) {
    let ascii = !x & HIGH_BITS;
    let low = x & !HIGH_BITS;
    // Letters folded to lower case: 'a'..='z'.
    let folded = low | 0x2020_2020_2020_2020;
    let digits = byteblock::in_range(low, b'0', b'9') & ascii;
    (
        (byteblock::in_range(folded, b'a', b'z') & ascii) | digits,
        digits,
    )
}

/// The character at byte `i` (a char boundary) and its length, ASCII first.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b.is_ascii() {
        return (b as char, 1);
    }
    let c = text[i..].chars().next().unwrap_or(' ');
    (c, c.len_utf8())
}

fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

/// `bytes[at..at+3]` are digits not followed by another digit: a thousands group.
fn is_thousands_group(bytes: &[u8], at: usize) -> bool {
    at + 3 <= bytes.len()
        && bytes[at..at + 3].iter().all(u8::is_ascii_digit)
        && bytes.get(at + 3).is_none_or(|b| !b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};

    fn texts(s: &str) -> Vec<String> {
        let doc = Document::parse(s, Format::PlainText);
        doc.paragraphs[0]
            .tokens
            .iter()
            .map(|t| t.text(&doc.prose).to_string())
            .collect()
    }

    #[test]
    fn numbers_keep_separators_and_glued_letters() {
        assert_eq!(
            texts("It cost $3bn, or 8,000.5 units, on the 14th."),
            [
                "It", "cost", "$", "3bn", ",", "or", "8,000.5", "units", ",", "on", "the", "14th",
                "."
            ]
        );
    }

    #[test]
    fn words_keep_apostrophes_and_split_hyphens() {
        assert_eq!(
            texts("Bell’s 43-year-old officials’ car"),
            ["Bell’s", "43", "-", "year", "-", "old", "officials’", "car"]
        );
    }

    #[test]
    fn a_comma_list_of_numbers_is_not_one_number() {
        assert_eq!(
            texts("1,2 and 3,45"),
            ["1", ",", "2", "and", "3", ",", "45"]
        );
    }

    #[test]
    fn tokens_carry_their_shape_sentence_and_spacing() {
        let doc = Document::parse(
            "NATO met Kim. “Don’t,” he said in G7 talks with officials’ officials.",
            Format::PlainText,
        );
        let toks = &doc.paragraphs[0].tokens;
        let find = |w: &str| {
            toks.iter()
                .find(|t| t.text(&doc.prose) == w)
                .unwrap_or_else(|| panic!("no token {w}"))
        };
        assert!(find("NATO").is_all_caps(&doc.prose) && find("NATO").is_capitalised());
        assert!(find("Kim").is_capitalised() && !find("Kim").is_all_caps(&doc.prose));
        assert!(!find("met").is_capitalised());
        assert!(find("Don’t").shape.has(Shape::APOSTROPHE));
        assert!(find("G7").has_digit() && !find("Kim").has_digit());
        assert!(find("officials’").shape.has(Shape::APOSTROPHE));
        assert!(!find("officials").shape.has(Shape::APOSTROPHE));
        assert!(find("“").shape.has(Shape::QUOTE_MARK));
        assert!(!find(",").shape.has(Shape::QUOTE_MARK));
        assert_eq!((find("Kim").sentence(), find("said").sentence()), (0, 1));
        assert!(find("“").space_before && !find("Don’t").space_before);
    }

    #[test]
    fn punctuation_marks_are_neither_letters_nor_white_space() {
        for c in ('\u{2000}'..='\u{206F}').filter(|&c| is_punctuation_mark(c)) {
            assert!(!c.is_whitespace() && !c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn eight_byte_letter_test_agrees_with_the_byte_test() {
        for b in 0..=255u8 {
            for lane in [0, 3, 7] {
                let mut chunk = [b'a'; 8];
                chunk[lane] = b;
                let (alnum, digits) = ascii_alnum_bytes(u64::from_le_bytes(chunk));
                let got = (alnum >> (lane * 8)) & 0x80 != 0;
                assert_eq!(got, b.is_ascii_alphanumeric(), "byte {b:#x} in lane {lane}");
                let digit = (digits >> (lane * 8)) & 0x80 != 0;
                assert_eq!(digit, b.is_ascii_digit(), "byte {b:#x} in lane {lane}");
            }
        }
        let digit = Shape::DIGIT;
        assert_eq!(alnum_run_end(b"abcdefghij k", 0), (10, Shape::default()));
        assert_eq!(alnum_run_end(b"ab1d, e", 1), (4, digit));
        assert_eq!(alnum_run_end(b"abcdefgh, 1", 0), (8, Shape::default()));
        assert_eq!(alnum_run_end(b"abcdefgh9, 1", 0), (9, digit));
        assert_eq!(
            alnum_run_end(b"abcdefg, 1xxxxxxxx", 0),
            (7, Shape::default())
        );
        assert_eq!(alnum_run_end(b"a1", 0), (2, digit));
    }

    /// The character-by-character reading of words the token views must agree
    /// with: letters and digits, joined by a `joiner` between two of them (the
    /// quote checks' reading before the token stream, and `repeated-word`'s).
    fn words_by_char(text: &str, joiner: impl Fn(char) -> bool) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let joins = joiner(c)
                && start.is_some()
                && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
            if c.is_alphanumeric() {
                start.get_or_insert(i);
            } else if !joins {
                if let Some(s) = start.take() {
                    out.push(s..i);
                }
            }
        }
        out.extend(start.map(|s| s..text.len()));
        out
    }

    fn token_words(text: &str, joiners: Joiners) -> Vec<Span> {
        let doc = Document::parse(text, Format::PlainText);
        let mut got = Vec::new();
        for p in &doc.paragraphs {
            words(&doc.prose, &p.tokens, joiners, p.span.end, |w| got.push(w));
        }
        got
    }

    fn prose(text: &str) -> String {
        Document::parse(text, Format::PlainText).prose.to_string()
    }

    proptest::proptest! {
        #[test]
        fn the_apostrophe_word_view_agrees_with_a_char_scan(
            text in "[a-zA-Z0-9 '’\\-é“”.,ß—]{0,40}"
        ) {
            proptest::prop_assert_eq!(
                token_words(&text, Joiners::Apostrophes),
                words_by_char(&prose(&text), is_apostrophe)
            );
        }

        #[test]
        fn a_word_holds_a_digit_where_its_text_does(
            text in "[a-zA-Z0-9 '’\\-é.,ß²]{0,40}"
        ) {
            let doc = Document::parse(&text, Format::PlainText);
            for t in doc.paragraphs.iter().flat_map(|p| &p.tokens) {
                let digit = t.text(&doc.prose).bytes().any(|b| b.is_ascii_digit());
                proptest::prop_assert_eq!(t.has_digit(), digit, "{:?}", t.text(&doc.prose));
            }
        }

        #[test]
        fn the_apostrophe_and_hyphen_word_view_agrees_with_a_char_scan(
            text in "[a-zA-Z0-9 '’\\-‐é“”.,ß—]{0,40}"
        ) {
            proptest::prop_assert_eq!(
                token_words(&text, Joiners::ApostrophesAndHyphens),
                words_by_char(&prose(&text), |c| matches!(c, '\'' | '’' | '-' | '‐'))
            );
        }
    }
}
