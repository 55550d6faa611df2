//! Tokens of a paragraph's prose: words, numbers (with any letters glued to
//! them, as in "3bn" or "14th") and single punctuation marks, with byte spans.

use crate::document::Paragraph;
use std::cell::Cell;

use crate::byteblock::{self, HIGH_BITS};
use crate::finding::Span;

use super::extract::may_start_spelled;
use super::words;

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

/// One token: its text (a slice of the document's prose) and where it starts.
/// Kept small (32 bytes): a draft's tokens all stay alive while it is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Byte offset of the token in the document.
    start: u32,
    /// Index of the sentence in the paragraph.
    sentence: u32,
    /// For numbers: length of the digits part ("3bn" → 1). For words: the
    /// [`words`](super::words) classes it belongs to, as bits, looked up on
    /// first use (most tokens are never asked).
    info: Cell<u32>,
    pub kind: Kind,
    /// White space (or the paragraph start) comes right before it.
    pub space_before: bool,
    /// A word starting with an upper-case letter.
    capitalised: bool,
}

impl<'a> Token<'a> {
    /// Its byte span into the document.
    pub fn span(&self) -> Span {
        let start = self.start as usize;
        start..start + self.text.len()
    }

    /// Index of the sentence in the paragraph.
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }

    /// For numbers: length of the digits part ("3bn" → 1); 0 for other tokens.
    pub fn digits(&self) -> usize {
        if self.kind == Kind::Number {
            self.info.get() as usize
        } else {
            0
        }
    }

    #[inline]
    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    /// Could a quantity start here? A number, or a word that may start a
    /// spelled-out one ("a", "half", "seventy"); most words and no punctuation.
    #[inline]
    pub fn may_start_quantity(&self) -> bool {
        match self.kind {
            Kind::Number => true,
            Kind::Word => {
                let first = self.text.as_bytes().first();
                first.is_some_and(|&b| may_start_spelled(b, self.text.len()))
            }
            Kind::Punct => false,
        }
    }

    /// Does the word belong to a class ([`words::STOP`](super::words::STOP), …)?
    #[inline]
    pub fn has(&self, class: u32) -> bool {
        if self.kind != Kind::Word {
            return false;
        }
        let mut classes = self.info.get();
        if classes == UNKNOWN {
            classes = classes_of(self.text);
            self.info.set(classes);
        }
        classes & class != 0
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.text.starts_with(c)
    }

    /// Does the word without its possessive ending belong to an
    /// ASCII-compared class ([`words::MONTH`](super::words::MONTH), …)?
    pub fn stem_has(&self, class: u32) -> bool {
        let stem = self.stem();
        if stem.len() == self.text.len() {
            self.has(class)
        } else {
            words::ascii_classes(stem) & class != 0
        }
    }

    /// Starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.capitalised
    }

    /// The digits of a number token ("8,000" of "8,000"; "3" of "3bn").
    pub fn digits_text(&self) -> &'a str {
        &self.text[..self.digits()]
    }

    /// Letters glued after a number's digits ("bn" of "3bn").
    pub fn suffix(&self) -> &'a str {
        &self.text[self.digits()..]
    }

    /// A word without a possessive ending ("Bell" of "Bell’s").
    pub fn stem(&self) -> &'a str {
        // Every ending ends in "s" or in the last byte of "’": most words have neither.
        if !matches!(self.text.as_bytes().last(), Some(b's' | 0x99)) {
            return self.text;
        }
        self.text
            .strip_suffix("’s")
            .or_else(|| self.text.strip_suffix("'s"))
            .or_else(|| self.text.strip_suffix('’'))
            .unwrap_or(self.text)
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Split a paragraph of `prose` into tokens, tagging each with its sentence.
#[cfg(test)]
pub fn tokenize<'a>(prose: &'a str, para: &Paragraph) -> Vec<Token<'a>> {
    let mut out = Vec::new();
    tokenize_into(prose, para, &mut out);
    out
}

/// `classes` (of a word token) not looked up yet.
const UNKNOWN: u32 = u32::MAX;

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

/// Split a paragraph of `prose` into tokens, tagging each with its sentence, and
/// append them to `out` (one buffer holds a whole draft's tokens).
pub fn tokenize_into<'a>(prose: &'a str, para: &Paragraph, out: &mut Vec<Token<'a>>) {
    let text = &prose[para.span.clone()];
    let bytes = text.as_bytes();
    let base = para.span.start;
    let mut sentence = 0usize;
    // Where the current sentence ends (after the last one: never).
    let sentence_end = |s: usize| {
        if s + 1 < para.sentences.len() {
            para.sentences[s].end
        } else {
            usize::MAX
        }
    };
    let mut next_sentence_at = sentence_end(0);
    let mut space_before = true;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        let mut info = UNKNOWN;
        let mut capitalised = false;
        let (kind, end) = match BYTE_CLASS[usize::from(b)] {
            SPACE => {
                space_before = true;
                i += 1;
                continue;
            }
            LETTER => {
                capitalised = b.is_ascii_uppercase();
                (Kind::Word, word_end(text, i + 1))
            }
            DIGIT => {
                let digits_end = digits_end(bytes, i + 1);
                info = (digits_end - start) as u32;
                (Kind::Number, letters_end(text, digits_end))
            }
            NON_ASCII => {
                let (c, len) = char_at(text, i);
                if c.is_whitespace() {
                    space_before = true;
                    i += len;
                    continue;
                }
                if c.is_alphabetic() {
                    capitalised = c.is_uppercase();
                    (Kind::Word, word_end(text, i + len))
                } else {
                    (Kind::Punct, i + len)
                }
            }
            _ => (Kind::Punct, i + 1),
        };
        while next_sentence_at <= base + start {
            sentence += 1;
            next_sentence_at = sentence_end(sentence);
        }
        out.push(Token {
            text: &text[start..end],
            // Offsets and counts fit 32 bits: drafts are far below 4 GB.
            start: (base + start) as u32,
            sentence: sentence as u32,
            info: Cell::new(info),
            kind,
            space_before,
            capitalised,
        });
        space_before = false;
        i = end;
    }
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
#[inline(always)]
fn word_end(text: &str, end: usize) -> usize {
    let bytes = text.as_bytes();
    let end = alnum_run_end(bytes, end);
    match bytes.get(end) {
        // Most words end at an ASCII byte other than an apostrophe.
        Some(&b) if !b.is_ascii() || b == b'\'' => word_end_past(text, end),
        _ => end,
    }
}

/// [`word_end`] past a non-ASCII character or an apostrophe at `end`.
#[inline(never)]
fn word_end_past(text: &str, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        end = alnum_run_end(bytes, end);
        let Some(&b) = bytes.get(end) else {
            return end;
        };
        // Any other ASCII byte but an apostrophe ends the word.
        if b.is_ascii() && b != b'\'' {
            return end;
        }
        let (n, l) = char_at(text, end);
        if !n.is_ascii() && n.is_alphanumeric() {
            end += l;
            continue;
        }
        if !is_apostrophe(n) {
            return end;
        }
        if end + l < bytes.len() && is_letter(char_at(text, end + l).0) {
            end += l;
        } else {
            // A plural possessive ("officials’"): keep the apostrophe.
            if text[..end].ends_with('s') {
                end += l;
            }
            return end;
        }
    }
}

/// The first byte from `at` that is not an ASCII letter or digit, eight bytes
/// at a time while eight remain (most words end within the first eight).
#[inline(always)]
fn alnum_run_end(bytes: &[u8], mut at: usize) -> usize {
    while let Some(chunk) = bytes.get(at..at + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let others = !ascii_alnum_bytes(u64::from_le_bytes(chunk)) & HIGH_BITS;
        if others != 0 {
            return at + (others.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while bytes
        .get(at)
        .is_some_and(|&b| matches!(BYTE_CLASS[usize::from(b)], DIGIT | LETTER))
    {
        at += 1;
    }
    at
}

/// The high bit set in each byte of `x` that is an ASCII letter or digit.
fn ascii_alnum_bytes(x: u64) -> u64 {
    let ascii = !x & HIGH_BITS;
    let low = x & !HIGH_BITS;
    // Letters folded to lower case: 'a'..='z'.
    let folded = low | 0x2020_2020_2020_2020;
    (byteblock::in_range(folded, b'a', b'z') | byteblock::in_range(low, b'0', b'9')) & ascii
}

/// The word classes of a word, lower-cased without allocating where it can.
fn classes_of(word: &str) -> u32 {
    if word.is_ascii() {
        return words::ascii_classes(word);
    }
    if word.len() > 16 {
        return 0;
    }
    // "’ll" and other words with curly apostrophes.
    words::classes(&word.to_lowercase()) & !words::ASCII_ONLY
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
        tokenize(&doc.prose, &doc.paragraphs[0])
            .iter()
            .map(|t| t.text.to_string())
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
    fn eight_byte_letter_test_agrees_with_the_byte_test() {
        for b in 0..=255u8 {
            for lane in [0, 3, 7] {
                let mut chunk = [b'a'; 8];
                chunk[lane] = b;
                let got = (ascii_alnum_bytes(u64::from_le_bytes(chunk)) >> (lane * 8)) & 0x80 != 0;
                assert_eq!(got, b.is_ascii_alphanumeric(), "byte {b:#x} in lane {lane}");
            }
        }
        assert_eq!(alnum_run_end(b"abcdefghij k", 0), 10);
        assert_eq!(alnum_run_end(b"ab1d, e", 1), 4);
    }

    #[test]
    fn a_comma_list_of_numbers_is_not_one_number() {
        assert_eq!(
            texts("1,2 and 3,45"),
            ["1", ",", "2", "and", "3", ",", "45"]
        );
    }
}
