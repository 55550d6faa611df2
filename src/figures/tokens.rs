//! The figures check's view of a paragraph's tokens (the document's one token
//! stream, [`crate::tokens`]): each with its text and its word classes, looked up once.

use crate::document::Paragraph;
use std::cell::Cell;

use crate::finding::Span;
pub use crate::tokens::Kind;

use super::extract::may_start_spelled;
use super::words;

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

    /// Is this token, ignoring case, one of `words`?
    pub fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
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
        // Every ending ends in "s", "'" or the last byte of "’": most words have none.
        if !matches!(self.text.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
            return self.text;
        }
        self.text
            .strip_suffix("’s")
            .or_else(|| self.text.strip_suffix("'s"))
            .or_else(|| self.text.strip_suffix('’'))
            // ("Greens'": a plural's straight apostrophe.)
            .or_else(|| self.text.strip_suffix('\'').filter(|s| s.ends_with('s')))
            .unwrap_or(self.text)
    }

    /// Does the word end in a possessive ("Bell’s", "Greens'")?
    pub fn is_possessive(&self) -> bool {
        self.stem().len() < self.text.len()
    }
}

/// Does token `i` open its sentence (no token of the sentence before it)?
pub fn opens_sentence(toks: &[Token<'_>], i: usize) -> bool {
    i == 0 || toks[i - 1].sentence() != toks[i].sentence()
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

/// The paragraph's tokens from the document's one token stream, each with its
/// text and room for the word classes this check looks up, appended to `out`
/// (one buffer holds a whole draft's tokens).
pub fn tokenize_into<'a>(prose: &'a str, para: &Paragraph, out: &mut Vec<Token<'a>>) {
    out.extend(para.tokens.iter().map(|t| Token {
        text: t.text(prose),
        start: t.start() as u32,
        sentence: t.sentence() as u32,
        info: Cell::new(if t.kind == Kind::Number {
            t.digits() as u32
        } else {
            UNKNOWN
        }),
        kind: t.kind,
        space_before: t.space_before,
        capitalised: t.is_capitalised(),
    }));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};

    /// Figures reads the paragraph's shared tokens (whose lexing is tested in
    /// `crate::tokens`), one for one, in the same places.
    #[test]
    fn figures_reads_the_shared_tokens_one_for_one() {
        let text = "It cost $3bn, or 8,000.5 units; Bell’s 43-year-old aide said “no”.";
        let doc = Document::parse(text, Format::PlainText);
        let paragraph = &doc.paragraphs[0];
        let ours: Vec<&str> = tokenize(&doc.prose, paragraph)
            .iter()
            .map(|t| t.text)
            .collect();
        let shared: Vec<&str> = paragraph
            .tokens
            .iter()
            .map(|t| t.text(&doc.prose))
            .collect();
        assert_eq!(ours, shared);
        assert!(ours.contains(&"8,000.5") && ours.contains(&"Bell’s"));
    }
}
