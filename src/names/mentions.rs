//! Name mentions: runs of capitalised words in a draft's prose, with titles
//! ("Mr", "Prime Minister") split off and possessives ("Putin’s") dropped.

use crate::fasthash::FastSet as HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use crate::byteblock;
use crate::document::{BlockKind, Document};
use crate::finding::Span;

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

impl<'a> Found<'a> {
    /// The parts of all mentions, each holding its folded form.
    pub fn parts(&self) -> Vec<Part<'_>> {
        let part = |(p, at): &(Part<'a>, Range<usize>)| Part {
            folded: &self.folded[at.clone()],
            ..p.clone()
        };
        self.parts.iter().map(part).collect()
    }

    /// The mentions, each holding its slice of `parts` (from [`Found::parts`]).
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

/// Find every name mention in the draft, in order.
pub fn find<'a>(doc: &Document<'a>) -> Found<'a> {
    find_with::<true>(doc)
}

/// [`find`], with or without the tokeniser's jump over lower-case runs.
fn find_with<'a, const JUMP_LOWER_CASE: bool>(doc: &Document<'a>) -> Found<'a> {
    let mut out = Found {
        folded: String::with_capacity(doc.text.len() / 8),
        parts: Vec::with_capacity(doc.text.len() / 30),
        mentions: Vec::with_capacity(doc.text.len() / 40),
    };
    // Scratch buffers, reused sentence after sentence.
    let mut tokens: Vec<Token> = Vec::new();
    let mut run: Vec<(usize, bool)> = Vec::new();
    for para in &doc.paragraphs {
        let heading =
            para.kind == BlockKind::Heading || is_title_case(&doc.prose[para.span.clone()]);
        for sentence in &para.sentences {
            tokenize_with::<JUMP_LOWER_CASE>(doc, sentence.clone(), &mut tokens);
            assemble(doc, &tokens, &mut run, heading, &mut out);
        }
    }
    out
}

/// A short paragraph in Title Case reads as a headline even with a full stop
/// ("Kasich Says He Will Stay In."): its capitals do not mark names, so the
/// name runs into the words after it. Every word but the small function words
/// opens with a capital, and there are at least three such words.
fn is_title_case(text: &str) -> bool {
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

/// A word of the prose that can be part of a name, with what surrounds it.
/// (Other words are not kept: the word before one is simply not `joined`.)
#[derive(Clone, Debug)]
struct Token {
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

/// With `JUMP_LOWER_CASE`, runs of lower-case prose are passed over by
/// [`pass_lower_run`]; a test checks that this finds the same mentions as
/// reading them word by word.
fn tokenize_with<const JUMP_LOWER_CASE: bool>(
    doc: &Document<'_>,
    sentence: Span,
    tokens: &mut Vec<Token>,
) {
    let prose = &doc.prose[sentence.clone()];
    let bytes = prose.as_bytes();
    let base = sentence.start;
    tokens.clear();
    // No word after the sentence's last capital can join a name (a particle or
    // "of" must reach one): the scan stops once past it.
    let Some(last_capital) = last_capital(prose) else {
        return;
    };
    let mut initial = true;
    let mut i = 0;
    while let Some(&b) = bytes.get(i).filter(|_| i <= last_capital) {
        // A space, the commonest byte between words, changes nothing: a joined
        // token stays joined and the next word is as initial as this point.
        if b == b' ' {
            i += 1;
            continue;
        }
        // Lower-case words cannot start a name: jump to where a capital may.
        if JUMP_LOWER_CASE && b.is_ascii_lowercase() {
            let end = lower_run_end(bytes, i);
            if end > i {
                pass_lower_run(prose, base, i..end, &mut initial, tokens);
                i = end;
                continue;
            }
        }
        // Between words: ASCII a byte at a time, other characters decoded.
        let c = if b.is_ascii_alphabetic() {
            'a'
        } else if b < 0x80 {
            char::from(b)
        } else {
            prose[i..].chars().next().unwrap_or(' ')
        };
        if !c.is_alphabetic() {
            if matches!(c, '“' | '‘' | '"' | ':' | '—' | '–' | '(' | '[')
                || (c == '\'' && prev_is_space(prose, i))
            {
                initial = true;
            } else if !c.is_whitespace() {
                initial = false;
            }
            if let Some(last) = tokens.last_mut() {
                if last.joined {
                    last.joined = c.is_whitespace() || (c == '.' && last.period);
                }
            }
            i += c.len_utf8();
            continue;
        }
        let at = i;
        let mut j = i + c.len_utf8();
        // The last apostrophe inside the word ("O’Donnell’s"), found while scanning.
        let mut apostrophe_at: Option<usize> = None;
        // Whether a hyphen joins letters in it ("al-Assad", "Jong-un").
        let mut hyphened = false;
        loop {
            // ASCII letters, the common case, a byte at a time.
            while bytes.get(j).is_some_and(u8::is_ascii_alphabetic) {
                j += 1;
            }
            let Some(c) = char_at(prose, j) else { break };
            if c.is_alphabetic() {
                j += c.len_utf8();
            } else if is_apostrophe(c) || is_hyphen(c) {
                match char_at(prose, j + c.len_utf8()) {
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
        let mut name_end = j;
        let mut possessive = false;
        let mut contraction = false;
        if let Some(ap) = apostrophe_at {
            // Split "Putin’s" into ("Putin", "s"), at the last apostrophe.
            let head = &prose[at..ap];
            let tail = prose[ap..j].trim_start_matches(is_apostrophe);
            match tail {
                "s" => {
                    possessive = true;
                    name_end = ap;
                }
                "ve" | "ll" | "re" | "d" | "m" | "t" => contraction = true,
                _ => {}
            }
            if head.ends_with("n") && tail == "t" {
                contraction = true;
            }
        }
        // "Brussels’ position": an apostrophe closing a word in s.
        let next = char_at(prose, j);
        if let Some(apostrophe) = next.filter(|&c| is_apostrophe(c)) {
            if bytes[j - 1] == b's' {
                let after = char_at(prose, j + apostrophe.len_utf8());
                if after.is_none_or(|c| !c.is_alphabetic()) {
                    possessive = true;
                }
            }
        }
        let period = next == Some('.');
        let kind = if contraction {
            Kind::Other
        } else {
            kind(&prose[at..name_end], hyphened)
        };
        let word_initial = std::mem::replace(&mut initial, false);
        i = j;
        if kind == Kind::Other {
            // Not kept: a word that cannot be in a name only ends the one before.
            if let Some(last) = tokens.last_mut() {
                last.joined = false;
            }
            continue;
        }
        tokens.push(Token {
            span: base + at..base + name_end,
            kind,
            possessive,
            initial: word_initial,
            period,
            joined: !possessive,
        });
    }
    if let Some(last) = tokens.last_mut() {
        last.joined = false;
    }
}

/// Where a run of lower-case prose from a word start at `from` ends: before the
/// word holding the next ASCII capital or non-ASCII byte (`from` if that is the first).
fn lower_run_end(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(block) = bytes.get(at..at + 8) {
        if may_hold_capital(block) {
            break;
        }
        at += 8;
    }
    let mut end = bytes[at..]
        .iter()
        .position(|&b| b >= 0x80 || b.is_ascii_uppercase())
        .map_or(bytes.len(), |p| at + p);
    // Back to a point between words: no word runs over other ASCII bytes.
    while end > from && matches!(bytes[end - 1], b'a'..=b'z' | b'-' | b'\'') {
        end -= 1;
    }
    end
}

/// Take in a run of lower-case ASCII prose (from a word start to a point between
/// words) as the word-by-word scan would, keeping only what it could use: the
/// particles and "of"/"the" joined up to the run's end, where a capital may follow.
/// Any other word in it, kept or not, only ends the name before, so is not kept.
fn pass_lower_run(
    prose: &str,
    base: usize,
    run: Range<usize>,
    initial: &mut bool,
    tokens: &mut Vec<Token>,
) {
    let bytes = prose.as_bytes();
    let is_space = |b: u8| char::from(b).is_whitespace();
    // The state after a stretch, set by its last byte that is not white space.
    let initial_after = |end: usize| -> bool {
        let Some(at) = bytes[run.start..end].iter().rposition(|&b| !is_space(b)) else {
            return *initial;
        };
        let at = run.start + at;
        match bytes[at] {
            b'"' | b':' | b'(' | b'[' => true,
            b'\'' => at == 0 || is_space(bytes[at - 1]),
            _ => false,
        }
    };
    // The joined particles before the end, found backwards.
    let first = tokens.len();
    let mut next = run.end;
    loop {
        // Only white space, or full stops straight after the word, keeps it joined.
        let mut end = next;
        while end > run.start && (is_space(bytes[end - 1]) || bytes[end - 1] == b'.') {
            end -= 1;
        }
        if end == run.start || end == next || !bytes[end - 1].is_ascii_alphabetic() {
            break;
        }
        let period = bytes[end] == b'.';
        if !period && bytes[end..next].contains(&b'.') {
            break;
        }
        let mut start = end;
        while start > run.start && bytes[start - 1].is_ascii_alphabetic() {
            start -= 1;
        }
        // A hyphen or an apostrophe after a letter makes it part of a longer word.
        if start > run.start + 1
            && matches!(bytes[start - 1], b'-' | b'\'')
            && bytes[start - 2].is_ascii_alphabetic()
        {
            break;
        }
        let kind = kind(&prose[start..end], false);
        if kind == Kind::Other {
            break;
        }
        tokens.push(Token {
            span: base + start..base + end,
            kind,
            possessive: false,
            initial: false,
            period,
            joined: true,
        });
        next = start;
    }
    tokens[first..].reverse();
    if next > run.start || first == tokens.len() {
        if let Some(before) = first.checked_sub(1).and_then(|at| tokens.get_mut(at)) {
            before.joined = false;
        }
    }
    if let Some(chained) = tokens.get_mut(first) {
        chained.initial = initial_after(next);
    }
    *initial = initial_after(run.end);
}

/// Where the last capital letter of a text is (any non-ASCII letter counts, to
/// be safe): the last word that can take part in a name holds it.
fn last_capital(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut end = bytes.len();
    // Eight bytes at a time from the end; only a block that may hold one is read byte by byte.
    while end > 0 {
        let start = end.saturating_sub(8);
        if may_hold_capital(&bytes[start..end]) {
            let found = (start..end).rev().find(|&at| {
                let b = bytes[at];
                b.is_ascii_uppercase()
                    || (b >= 0xC0 && char_at(text, at).is_some_and(char::is_alphabetic))
            });
            if found.is_some() {
                return found;
            }
        }
        end = start;
    }
    None
}

/// Could a block of eight bytes hold an ASCII capital or a non-ASCII character?
/// (A shorter block always may.)
fn may_hold_capital(block: &[u8]) -> bool {
    let Ok(block) = <[u8; 8]>::try_from(block) else {
        return true;
    };
    let x = u64::from_le_bytes(block);
    x & byteblock::HIGH_BITS != 0 || byteblock::in_range(x, b'A', b'Z') != 0
}

/// The character at a byte offset (a char boundary), cheaply for ASCII.
fn char_at(s: &str, at: usize) -> Option<char> {
    let b = *s.as_bytes().get(at)?;
    if b < 0x80 {
        Some(char::from(b))
    } else {
        s[at..].chars().next()
    }
}

fn prev_is_space(s: &str, at: usize) -> bool {
    s[..at].chars().next_back().is_none_or(char::is_whitespace)
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
    tokens: &[Token],
    run: &mut Vec<(usize, bool)>, // (token, part of a title), reused run after run
    heading: bool,
    out: &mut Found<'a>,
) {
    let text: &'a str = doc.text;
    let word = |t: &Token| -> &'a str { &text[t.span.clone()] };
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
    tokens: &[Token],
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
        || in_cue_list(&before[prev_start..], PERSON_CUES_BEFORE)
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
    tokens: &[Token],
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

fn is_org_word(word: &str) -> bool {
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
        assert!(is_title_case("Kasich Says He Will Stay In the Race."));
        assert!(is_title_case("Rubio Hits Back at Trump Over Tax Plan"));
        assert!(!is_title_case("Kasich said he would stay in the race."));
        assert!(!is_title_case(
            "Mr. Kasich spoke to Iowa Farm Bureau members."
        ));
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

    proptest::proptest! {
        /// Jumping over lower-case runs finds exactly the mentions the word-by-word scan finds.
        #[test]
        fn the_lower_case_jump_changes_no_mention(
            text in "((de|van|der|von|al|bin|la|of|the|and|ex|it|we|said|é|Gaulle|Assad|Berg|Leyen|President|Mr|O'Neill|Ávila)( | | | |, |\\. |: | \\(|\\) |'|’s |-| “|” |\n\n| — |\\[)){0,30}"
        ) {
            let doc = Document::parse(&text, Format::PlainText);
            let (jumped, walked) = (find_with::<true>(&doc), find_with::<false>(&doc));
            let (jumped_parts, walked_parts) = (jumped.parts(), walked.parts());
            proptest::prop_assert_eq!(
                jumped.mentions(&jumped_parts),
                walked.mentions(&walked_parts)
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
    fn the_last_capital_is_found_a_block_at_a_time() {
        assert_eq!(last_capital("said the company on tuesday"), None);
        assert_eq!(
            last_capital("the Zoo and a long tail of lowercase words"),
            Some(4)
        );
        assert_eq!(last_capital("A"), Some(0));
        assert_eq!(last_capital("near Zürich at night, “they” said"), Some(6));
        assert_eq!(last_capital("in café ’n’ bars [today]@"), Some(6));
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
