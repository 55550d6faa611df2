//! Tokens of a paragraph's prose: words, numbers (with any letters glued to
//! them, as in "3bn" or "14th") and single punctuation marks, with byte spans.

use crate::document::Paragraph;
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

/// One token with its byte span into the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub span: Span,
    pub text: &'a str,
    pub kind: Kind,
    /// White space (or the paragraph start) comes right before it.
    pub space_before: bool,
    /// Index of the sentence in the paragraph.
    pub sentence: usize,
    /// For numbers: length of the digits part ("3bn" → 1).
    pub digits: usize,
}

impl<'a> Token<'a> {
    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.text.starts_with(c)
    }

    /// Starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.kind == Kind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The digits of a number token ("8,000" of "8,000"; "3" of "3bn").
    pub fn digits_text(&self) -> &'a str {
        &self.text[..self.digits]
    }

    /// Letters glued after a number's digits ("bn" of "3bn").
    pub fn suffix(&self) -> &'a str {
        &self.text[self.digits..]
    }

    /// A word without a possessive ending ("Bell" of "Bell’s").
    pub fn stem(&self) -> &'a str {
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
pub fn tokenize<'a>(prose: &'a str, para: &Paragraph) -> Vec<Token<'a>> {
    let text = &prose[para.span.clone()];
    let base = para.span.start;
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut sentence = 0usize;
    let mut chars = text.char_indices().peekable();
    let mut space_before = true;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            space_before = true;
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        let mut digits = 0;
        let kind = if c.is_ascii_digit() {
            // Digits, thousands separators and a decimal point, then glued letters.
            let bytes = text.as_bytes();
            while end < text.len() {
                let b = bytes[end];
                if b.is_ascii_digit() {
                    end += 1;
                } else if b == b',' && is_thousands_group(bytes, end + 1) {
                    end += 4;
                } else if b == b'.' && end + 1 < text.len() && bytes[end + 1].is_ascii_digit() {
                    end += 1;
                } else {
                    break;
                }
            }
            digits = end - start;
            while let Some(&(j, n)) = chars.peek() {
                if j < end {
                    chars.next();
                } else if n.is_alphabetic() {
                    end = j + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            Kind::Number
        } else if c.is_alphabetic() {
            while let Some(&(j, n)) = chars.peek() {
                let after = &text[j + n.len_utf8()..];
                let letter_follows = after.chars().next().is_some_and(char::is_alphabetic);
                if n.is_alphanumeric() || (is_apostrophe(n) && letter_follows) {
                    end = j + n.len_utf8();
                    chars.next();
                } else if is_apostrophe(n) && text[..j].ends_with('s') {
                    // A plural possessive ("officials’"): keep the apostrophe.
                    end = j + n.len_utf8();
                    chars.next();
                    break;
                } else {
                    break;
                }
            }
            Kind::Word
        } else {
            Kind::Punct
        };
        let span = base + start..base + end;
        while sentence + 1 < para.sentences.len() && para.sentences[sentence].end <= span.start {
            sentence += 1;
        }
        out.push(Token {
            span,
            text: &text[start..end],
            kind,
            space_before,
            sentence,
            digits,
        });
        space_before = false;
    }
    out
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
    fn a_comma_list_of_numbers_is_not_one_number() {
        assert_eq!(
            texts("1,2 and 3,45"),
            ["1", ",", "2", "and", "3", ",", "45"]
        );
    }
}
