//! Quotation marks in a paragraph: which characters open or close a quote and
//! which are apostrophes instead (possessives, contractions, elisions like ’90s).

use crate::document::Paragraph;
use crate::finding::Span;
use crate::tokens::{Kind as TokenKind, Shape};

/// Double marks (“ ” ") or single marks (‘ ’ ').
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    Double,
    Single,
}

/// Typographic (curly) marks tell opening from closing; straight ones do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Curly,
    Straight,
}

/// What a mark does, as far as its neighbours tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Open,
    /// Closes a quote, or is an orphan closer: no apostrophe stands here.
    Close,
    /// A closing single mark before a word: either a quote ends here or it is
    /// the apostrophe of a plural possessive ("the farmers’ union").
    CloseOrApostrophe,
    /// A straight double mark with the same kind of character on both sides.
    Either,
}

/// One quotation mark in the prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Byte offset of the mark in the document.
    pub at: usize,
    pub len: usize,
    pub family: Family,
    pub style: Style,
    pub role: Role,
    /// Follows `,` `.` `?` `!` or `…`: a closing mark that no apostrophe could be.
    pub after_punctuation: bool,
    /// Follows a digit, as an inch or seconds mark does (`12"`).
    pub after_digit: bool,
    /// Typed the wrong way round: a `“` doing a closing mark's job
    /// (`the “review“ of`), or a `”` or `’` opening a quote (`”Sorry`).
    pub backwards: bool,
}

impl Mark {
    pub fn end(&self) -> usize {
        self.at + self.len
    }

    pub fn span(&self) -> Span {
        self.at..self.end()
    }

    /// The character that opens a quote of this mark's kind.
    pub fn opening_char(&self) -> char {
        match (self.family, self.style) {
            (Family::Double, Style::Curly) => '“',
            (Family::Single, Style::Curly) => '‘',
            (Family::Double, Style::Straight) => '"',
            (Family::Single, Style::Straight) => '\'',
        }
    }

    /// The character that closes a quote of this mark's kind.
    pub fn closing_char(&self) -> char {
        match (self.family, self.style) {
            (Family::Double, Style::Curly) => '”',
            (Family::Single, Style::Curly) => '’',
            (Family::Double, Style::Straight) => '"',
            (Family::Single, Style::Straight) => '\'',
        }
    }

    /// Whether this mark can start a quotation of `family`.
    pub fn can_open(&self, family: Family) -> bool {
        self.family == family && matches!(self.role, Role::Open | Role::Either)
    }
}

/// The quotation marks of a paragraph, in order. Apostrophes are left out.
#[cfg(test)]
pub fn scan(text: &str) -> Vec<Mark> {
    let doc = crate::document::Document::parse(text, crate::document::Format::PlainText);
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        scan_into(&doc.prose, p, &mut out);
    }
    out
}

/// Like [`scan`], appending to `out`. The candidates come from the paragraph's
/// tokens: punctuation tokens that are quotation marks, and the apostrophes
/// inside words ("officials’", where a quote may also close). Each is then
/// judged by the characters around it, which the tokens do not carry (an
/// invisible character is passed over, an inch mark follows feet, an elision
/// such as ’90s follows).
pub fn scan_into(prose: &str, para: &Paragraph, out: &mut Vec<Mark>) {
    let span = para.span.clone();
    let text = &prose[span.clone()];
    let bytes = text.as_bytes();
    // Only quotation marks and words with an apostrophe have either bit.
    const MAY_HOLD_MARK: Shape = Shape::QUOTE_MARK.with(Shape::APOSTROPHE);
    for t in para.tokens.iter().filter(|t| t.shape.has(MAY_HOLD_MARK)) {
        if t.shape.has(Shape::QUOTE_MARK) {
            judge(text, span.start, t.start() - span.start, out);
        } else if t.kind == TokenKind::Word && t.shape.has(Shape::APOSTROPHE) {
            let word = t.start() - span.start..t.end() - span.start;
            let mut i = word.start;
            while let Some(k) = memchr::memchr2(b'\'', 0xE2, &bytes[i..word.end]) {
                i += k;
                if bytes[i] == b'\'' || bytes[i..].starts_with("’".as_bytes()) {
                    judge(text, span.start, i, out);
                }
                i += 1;
            }
        }
    }
}

/// Add the mark at byte `i` of the paragraph's `text` (which starts at `base` in
/// the document) to `out`, if it is a quotation mark and not an apostrophe.
fn judge(text: &str, base: usize, i: usize, out: &mut Vec<Mark>) {
    let bytes = text.as_bytes();
    let len = if bytes[i].is_ascii() { 1 } else { 3 };
    let c = text[i..].chars().next().unwrap_or(' ');
    let prev = text[..i].chars().rev().find(|&p| !is_invisible(p));
    let rest = text[i + len..].trim_start_matches(is_invisible);
    if is_inch_mark(c, &text[..i]) {
        return;
    }
    if let Some(Kind {
        family,
        style,
        role,
        backwards,
    }) = classify(c, prev, rest)
    {
        out.push(Mark {
            at: base + i,
            len,
            family,
            style,
            role,
            after_punctuation: after_stop(prev),
            after_digit: prev.is_some_and(|p| p.is_ascii_digit()),
            backwards,
        });
    }
}

/// What a character is as a quotation mark.
struct Kind {
    family: Family,
    style: Style,
    role: Role,
    backwards: bool,
}

impl Kind {
    fn new(family: Family, style: Style, role: Role) -> Kind {
        Kind {
            family,
            style,
            role,
            backwards: false,
        }
    }

    fn backwards(self) -> Kind {
        Kind {
            backwards: true,
            ..self
        }
    }
}

fn classify(c: char, prev: Option<char>, rest: &str) -> Option<Kind> {
    use Family::{Double, Single};
    use Style::{Curly, Straight};
    let next = rest.chars().next();
    let word_before = prev.is_some_and(char::is_alphanumeric);
    let word_after = next.is_some_and(char::is_alphanumeric);
    let open_before = prev.is_none_or(opens_before);
    let close_after = next.is_none_or(closes_after);
    // An opening mark at the end of its paragraph, or stuck to the word
    // before it and followed by a space or a stop, cannot open anything.
    let ends_words = rest.trim().is_empty()
        || (prev.is_some_and(|p| !p.is_whitespace() && !opens_quote(p))
            && next.is_none_or(|n| n.is_whitespace() || ",.;:!?)]}[<".contains(n)));
    // `’s` after an initialism or a figure is an apostrophe: the e.v.’s, 1970’s.
    let plural_s = rest.starts_with('s')
        && !rest[1..].starts_with(char::is_alphanumeric)
        && prev.is_some_and(|p| !p.is_whitespace() && !opens_quote(p));
    match c {
        // A mark typed the wrong way round still does the job its place gives it:
        // `decision.“ However` and `the “review“ of` close, ` ”Hello` opens.
        '“' if (after_stop(prev) && close_after) || ends_words => {
            Some(Kind::new(Double, Curly, Role::Close).backwards())
        }
        '“' => Some(Kind::new(Double, Curly, Role::Open)),
        '”' if prev.is_none_or(char::is_whitespace) && word_after => {
            Some(Kind::new(Double, Curly, Role::Open).backwards())
        }
        // `” … in the end` opening a paragraph.
        '”' if prev.is_none() && rest.trim_start().starts_with(['…', '.']) => {
            Some(Kind::new(Double, Curly, Role::Open).backwards())
        }
        '”' => Some(Kind::new(Double, Curly, Role::Close)),
        '‘' => {
            // ‘90s, ‘til and rock ‘n’ roll typed with the wrong mark; don‘t.
            let elision = is_elision(rest) || rest.starts_with("n’");
            let inside_word = word_before && word_after;
            if elision || inside_word {
                return None;
            }
            // `the ‘grade D-‘ rating`: a closing mark typed the wrong way round
            // (or an apostrophe, `CBS‘ show`, which pairing leaves alone).
            let closes = prev.is_some_and(|p| !p.is_whitespace() && !opens_quote(p))
                && next.is_none_or(|n| n.is_whitespace() || ",.;:!?)".contains(n));
            if closes {
                return Some(Kind::new(Single, Curly, Role::Close).backwards());
            }
            Some(Kind::new(Single, Curly, Role::Open))
        }
        '’' | '\'' if plural_s => None,
        // `“’House of Cards,’”`: an opening mark typed the wrong way round
        // (pairing keeps it only if it closes; ’90s and ’em are elisions).
        '’' if open_before && word_after && !is_elision(rest) && !rest.starts_with("n’") => {
            Some(Kind::new(Single, Curly, Role::Open).backwards())
        }
        '’' => closing_single(prev, rest, open_before, word_before, word_after)
            .map(|role| Kind::new(Single, Curly, role)),
        '"' => {
            let role = match (open_before, close_after) {
                (true, false) => Role::Open,
                (false, true) => Role::Close,
                _ => Role::Either,
            };
            Some(Kind::new(Double, Straight, role))
        }
        '\'' => {
            if word_before && word_after {
                return None; // don't, Putin's
            }
            if open_before && word_after {
                return (!is_elision(rest)).then_some(Kind::new(Single, Straight, Role::Open));
            }
            closing_single(prev, rest, open_before, word_before, word_after)
                .map(|role| Kind::new(Single, Straight, role))
        }
        _ => None,
    }
}

/// Marks and brackets after which a mark opens rather than closes: `(‘`, `“‘`.
fn opens_quote(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '“' | '‘' | '"' | '\'' | '—' | '–')
}

/// Characters that take no room and carry no meaning here: direction marks
/// and zero-width spaces pasted in from social media (U+200B–U+200F,
/// U+202A–U+202E, U+2060, U+FEFF).
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}' | '\u{FEFF}')
}

/// A double mark after feet and inches (`6’2”`, `5'11"`): a measure, not a quote.
fn is_inch_mark(c: char, before: &str) -> bool {
    if !matches!(c, '”' | '"') {
        return false;
    }
    let inches = before.trim_end_matches(|p: char| p.is_ascii_digit());
    let digits = before.len() - inches.len();
    (1..=2).contains(&digits)
        && inches
            .strip_suffix(['’', '\''])
            .is_some_and(|feet| feet.ends_with(|p: char| p.is_ascii_digit()))
}

/// A ’ (or ') that is not inside a word: a closing mark, or an apostrophe.
fn closing_single(
    prev: Option<char>,
    rest: &str,
    open_before: bool,
    word_before: bool,
    word_after: bool,
) -> Option<Role> {
    if word_before && word_after {
        return None; // don’t, Newell’s
    }
    if open_before {
        // ’90s, ’em, or a stray mark between spaces.
        return None;
    }
    if after_stop(prev) {
        return Some(Role::Close);
    }
    let following = rest.trim_start();
    match following.chars().next() {
        None => Some(Role::Close),
        Some(n) if following.len() < rest.len() && n.is_alphanumeric() => {
            Some(Role::CloseOrApostrophe)
        }
        Some(n) if n.is_alphanumeric() => None,
        Some(_) => Some(Role::Close),
    }
}

/// Follows punctuation that ends quoted words: `,` `.` `?` `!` `…`.
fn after_stop(prev: Option<char>) -> bool {
    prev.is_some_and(|p| matches!(p, ',' | '.' | '?' | '!' | '…'))
}

/// Characters after which a mark opens a quote.
fn opens_before(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '(' | '[' | '{' | '—' | '–' | '-' | '/' | '‘' | '“' | '"' | '\''
        )
}

/// Characters before which a mark closes a quote.
fn closes_after(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '…' | '’' | '”'
        )
}

/// A straight apostrophe that starts a word: '90s, 'em, 'til, rock 'n' roll.
fn is_elision(rest: &str) -> bool {
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let word = &rest[..len];
    ["em", "til", "tis", "twas", "cause", "bout", "cos", "n"]
        .iter()
        .any(|e| word.eq_ignore_ascii_case(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<(char, Role)> {
        scan(text)
            .into_iter()
            .map(|m| (text[m.at..].chars().next().unwrap_or(' '), m.role))
            .collect()
    }

    #[test]
    fn candidates_are_found_in_long_runs() {
        let text = "abcdefghijklmnopqrstuvwxyz “quoted” and 'single' abcdefgh\"";
        let found: Vec<usize> = scan(text).iter().map(|m| m.at).collect();
        let expected: Vec<usize> = text
            .char_indices()
            .filter(|&(_, c)| matches!(c, '“' | '”' | '\'' | '"'))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn elisions_typed_with_the_opening_mark_are_not_marks() {
        assert!(roles("wait ‘til Friday, the ‘90s").is_empty());
        assert_eq!(roles("rock ‘n’ roll"), vec![('’', Role::CloseOrApostrophe)]);
        assert_eq!(
            roles("‘tilted’"),
            vec![('‘', Role::Open), ('’', Role::Close)]
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert!(roles("Putin’s don’t they’re ’90s Newell’s").is_empty());
        // The second mark of ’n’ may end a quote; pairing decides (see pairing tests).
        assert_eq!(roles("rock ’n’ roll"), vec![('’', Role::CloseOrApostrophe)]);
        assert!(roles("Putin's don't '90s 'em").is_empty());
    }

    #[test]
    fn plural_possessive_is_ambiguous() {
        assert_eq!(
            roles("the Residents’ Association"),
            vec![('’', Role::CloseOrApostrophe)]
        );
        assert_eq!(
            roles("‘we won,’ she"),
            vec![('‘', Role::Open), ('’', Role::Close)]
        );
    }

    #[test]
    fn straight_double_marks_read_their_neighbours() {
        assert_eq!(
            roles("said \"we won,\" and"),
            vec![('"', Role::Open), ('"', Role::Close)]
        );
        assert_eq!(roles("a \" b"), vec![('"', Role::Either)]);
    }

    #[test]
    fn curly_marks_typed_backwards_follow_their_place() {
        assert_eq!(roles("decision.“ Then"), vec![('“', Role::Close)]);
        assert_eq!(roles("said ”Go"), vec![('”', Role::Open)]);
    }
}
