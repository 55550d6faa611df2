//! The document model: a draft's prose, as paragraphs and sentences with byte
//! spans into the original text, with code, URLs, markup and front matter masked out.
//!
//! `prose` is a copy of the text of exactly the same byte length in which every
//! byte that is not prose (Markdown syntax, code, link targets, HTML, front
//! matter, URLs) is a space and every line break inside a paragraph is a space.
//! Offsets into `prose` are offsets into the original text, so checks can run
//! regexes and word splitting on `prose` and report spans of the original.

use std::ops::Range;
use std::sync::OnceLock;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use regex::Regex;
use unicode_segmentation::UnicodeSegmentation;

use crate::finding::Span;
use crate::tokens::{self, Token};

/// How a draft is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Markdown,
    PlainText,
}

impl Format {
    /// Guess the format from a file name: `.md`/`.markdown` are Markdown, the rest plain text.
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") || lower.ends_with(".mdown") {
            Format::Markdown
        } else {
            Format::PlainText
        }
    }
}

/// What kind of block a paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// An ordinary paragraph of body copy.
    Body,
    /// A headline or subheading.
    Heading,
    /// A list item (bullet points, "key figures" boxes).
    ListItem,
    /// A table cell.
    TableCell,
}

/// One paragraph of prose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte span of the paragraph, trimmed of surrounding white space.
    pub span: Span,
    pub kind: BlockKind,
    /// Inside a Markdown block quote (`> …`): the whole paragraph is quoted matter.
    pub block_quote: bool,
    /// Byte spans of the sentences, in order, trimmed, covering the paragraph's prose.
    pub sentences: Vec<Span>,
    /// The paragraph's prose as tokens, in order: the one reading every check shares.
    pub tokens: Vec<Token>,
}

impl Paragraph {
    /// The words of `span` of this paragraph (see [`Document::words`]), each
    /// handed to `out` in order; `prose` is the document's.
    #[inline]
    pub fn words_in<'d>(&self, prose: &'d str, span: Span, mut out: impl FnMut(Word<'d>)) {
        let from = self.tokens.partition_point(|t| t.start() < span.start);
        let to = self.tokens.partition_point(|t| t.start() < span.end);
        let joiners = tokens::Joiners::Apostrophes;
        tokens::words(prose, &self.tokens[from..to], joiners, span.end, |w| {
            out(Word {
                text: &prose[w.clone()],
                span: w,
            })
        });
    }
}

/// A word with its byte span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    pub span: Range<usize>,
    pub text: &'a str,
}

/// A parsed draft.
#[derive(Clone, Debug)]
pub struct Document<'a> {
    /// The original text, exactly as the writer has it.
    pub text: &'a str,
    /// Same length as `text`; non-prose bytes are spaces (see the module docs).
    pub prose: String,
    pub format: Format,
    pub paragraphs: Vec<Paragraph>,
}

impl<'a> Document<'a> {
    pub fn parse(text: &'a str, format: Format) -> Document<'a> {
        let (prose, blocks) = match format {
            Format::Markdown => markdown_prose(text),
            Format::PlainText => plain_prose(text),
        };
        let mut prose = prose;
        mask_urls(&mut prose);
        let mut bounds = Vec::new();
        let mut scratch = Vec::new();
        let paragraphs = blocks
            .into_iter()
            .filter_map(|b| {
                let span = trim_span(&prose, b.span)?;
                let sentences = split_sentences(&prose, span.clone(), &mut bounds);
                let tokens = tokens::tokenize(&prose, span.clone(), &sentences, &mut scratch);
                Some(Paragraph {
                    span,
                    kind: b.kind,
                    block_quote: b.block_quote,
                    sentences,
                    tokens,
                })
            })
            .collect();
        Document {
            text,
            prose,
            format,
            paragraphs,
        }
    }

    /// The prose text of a span (masked: code and markup are spaces).
    pub fn prose_of(&self, span: Span) -> &str {
        &self.prose[span]
    }

    /// The words of a span of prose, with spans into the document: the token
    /// stream's words, apostrophes joining ("don’t"), hyphens parting.
    pub fn words(&self, span: Span) -> Vec<Word<'_>> {
        let mut out = Vec::new();
        self.words_in(span, |w| out.push(w));
        out
    }

    /// [`Document::words`], each handed to `out` in order.
    pub fn words_in<'d>(&'d self, span: Span, mut out: impl FnMut(Word<'d>)) {
        let first = self
            .paragraphs
            .partition_point(|p| p.span.end <= span.start);
        for p in self.paragraphs[first..]
            .iter()
            .take_while(|p| p.span.start < span.end)
        {
            p.words_in(&self.prose, span.clone(), &mut out);
        }
    }

    /// The paragraph that contains byte offset `at`, if any.
    pub fn paragraph_at(&self, at: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.span.end <= at);
        (i < self.paragraphs.len() && self.paragraphs[i].span.start <= at).then_some(i)
    }

    /// 1-based line number of a byte offset (for messages such as "in line 12").
    pub fn line_of(&self, at: usize) -> usize {
        self.text.as_bytes()[..at.min(self.text.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }
}

/// A block found by the format-specific pass, before sentence splitting.
struct Block {
    span: Span,
    kind: BlockKind,
    block_quote: bool,
}

/// The length of a UTF-8 byte-order mark at the start of `text` (0 without one).
fn bom_len(text: &str) -> usize {
    if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    }
}

/// Copy `range` of `text` into the prose buffer.
fn copy_into(prose: &mut [u8], text: &str, range: Range<usize>) {
    prose[range.clone()].copy_from_slice(&text.as_bytes()[range]);
}

fn markdown_prose(text: &str) -> (String, Vec<Block>) {
    let mut prose = vec![b' '; text.len()];
    let mut blocks = Vec::new();
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut quote_depth = 0usize;
    // The block being collected: (start, kind); prose is copied as text events arrive.
    let mut open: Option<(usize, BlockKind)> = None;
    let mut last_end = 0usize;
    // Depth of markup whose text is not prose (metadata, code blocks, images).
    let mut skip_depth = 0usize;
    // Tight list items have their text directly inside the item.
    let mut item_stack: Vec<Option<usize>> = Vec::new();

    // A byte-order mark would hide a heading's `#` from the parser.
    let bom = bom_len(text);
    for (event, range) in Parser::new_ext(&text[bom..], options).into_offset_iter() {
        let range = range.start + bom..range.end + bom;
        match event {
            Event::Start(Tag::MetadataBlock(_)) | Event::Start(Tag::CodeBlock(_)) => {
                skip_depth += 1
            }
            Event::End(TagEnd::MetadataBlock(_)) | Event::End(TagEnd::CodeBlock) => {
                skip_depth = skip_depth.saturating_sub(1)
            }
            Event::Start(Tag::Image { .. }) => skip_depth += 1,
            Event::End(TagEnd::Image) => skip_depth = skip_depth.saturating_sub(1),
            Event::Start(Tag::BlockQuote(_)) => quote_depth += 1,
            Event::End(TagEnd::BlockQuote(_)) => quote_depth = quote_depth.saturating_sub(1),
            Event::Start(Tag::Paragraph) => {
                close_block(&mut open, last_end, quote_depth, &mut blocks);
                open = Some((range.start, current_kind(&item_stack)));
            }
            Event::Start(Tag::Heading { .. }) => {
                close_block(&mut open, last_end, quote_depth, &mut blocks);
                open = Some((range.start, BlockKind::Heading));
            }
            Event::Start(Tag::TableCell) => {
                close_block(&mut open, last_end, quote_depth, &mut blocks);
                open = Some((range.start, BlockKind::TableCell));
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell) => {
                last_end = range.end;
                close_block(&mut open, last_end, quote_depth, &mut blocks);
            }
            Event::Start(Tag::Item) => {
                close_block(&mut open, last_end, quote_depth, &mut blocks);
                item_stack.push(Some(range.start));
            }
            Event::End(TagEnd::Item) => {
                last_end = range.end;
                close_block(&mut open, last_end, quote_depth, &mut blocks);
                item_stack.pop();
            }
            Event::Text(_) if skip_depth == 0 => {
                if open.is_none() {
                    // Text directly inside a tight list item.
                    open = Some((range.start, BlockKind::ListItem));
                }
                copy_into(&mut prose, text, range.clone());
                last_end = range.end;
            }
            Event::SoftBreak | Event::HardBreak if skip_depth == 0 => {
                last_end = range.end;
            }
            _ => {}
        }
    }
    close_block(&mut open, last_end, quote_depth, &mut blocks);
    // Only ASCII spaces were written over whole ranges, and text events end on
    // character boundaries, so the buffer is valid UTF-8; fall back to a lossy
    // copy rather than panic if that ever stops being true.
    let prose = String::from_utf8(prose)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    debug_assert_eq!(prose.len(), text.len());
    (prose, blocks)
}

fn current_kind(items: &[Option<usize>]) -> BlockKind {
    if items.is_empty() {
        BlockKind::Body
    } else {
        BlockKind::ListItem
    }
}

fn close_block(
    open: &mut Option<(usize, BlockKind)>,
    end: usize,
    quote_depth: usize,
    blocks: &mut Vec<Block>,
) {
    if let Some((start, kind)) = open.take() {
        if end > start {
            blocks.push(Block {
                span: start..end,
                kind,
                block_quote: quote_depth > 0,
            });
        }
    }
}

/// Plain text: paragraphs are separated by blank lines, or are single lines when
/// the lines of a block read as whole paragraphs rather than hard-wrapped prose.
fn plain_prose(text: &str) -> (String, Vec<Block>) {
    let mut blocks = Vec::new();
    let mut lines: Vec<Span> = Vec::new();
    let flush = |lines: &mut Vec<Span>, blocks: &mut Vec<Block>| {
        if lines.is_empty() {
            return;
        }
        if is_hard_wrapped(text, lines) {
            blocks.push(Block {
                span: lines[0].start..lines[lines.len() - 1].end,
                kind: BlockKind::Body,
                block_quote: false,
            });
        } else {
            for l in lines.iter() {
                blocks.push(Block {
                    span: l.clone(),
                    kind: plain_line_kind(&text[l.clone()]),
                    block_quote: false,
                });
            }
        }
        lines.clear();
    };
    // Lines holding only a copydesk directive comment are not prose (see
    // `ignores`): skipped here, blanked in the prose below.
    let mut directives: Vec<Span> = Vec::new();
    let may_have_directives = text.contains("copydesk-");
    let mut take = |line: Span, lines: &mut Vec<Span>| {
        if may_have_directives && crate::ignores::is_directive_line(&text[line.clone()]) {
            directives.push(line);
        } else {
            lines.push(line);
        }
    };
    // A byte-order mark is not part of the first line's text.
    let mut start = bom_len(text);
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        // Lines end at \n, \r\n and a lone \r (old Mac files), as editors count them.
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            let line = start..i;
            if text[line.clone()].trim().is_empty() {
                flush(&mut lines, &mut blocks);
            } else {
                take(line, &mut lines);
            }
            start = i + 1;
        }
    }
    if start < text.len() && !text[start..].trim().is_empty() {
        take(start..text.len(), &mut lines);
    }
    flush(&mut lines, &mut blocks);
    // Line breaks inside a hard-wrapped paragraph are spaces in the prose.
    let mut prose = text.as_bytes().to_vec();
    for line in &directives {
        for byte in &mut prose[line.clone()] {
            if !matches!(*byte, b'\n' | b'\r') {
                *byte = b' ';
            }
        }
    }
    for b in &blocks {
        for byte in &mut prose[b.span.clone()] {
            if matches!(*byte, b'\n' | b'\r') {
                *byte = b' ';
            }
        }
    }
    let prose = String::from_utf8(prose).unwrap_or_else(|_| text.to_owned());
    (prose, blocks)
}

/// A short line with no closing punctuation reads as a headline or subheading.
fn plain_line_kind(line: &str) -> BlockKind {
    let line = line.trim();
    let words = line.split_whitespace().count();
    let open_ended = !line.ends_with(['.', '?', '!', '"', '”', '’', '\'', ':', ';', ',']);
    if open_ended && (1..=16).contains(&words) {
        BlockKind::Heading
    } else {
        BlockKind::Body
    }
}

/// A block of several lines is hard-wrapped prose when its lines are short
/// and most of them stop mid-sentence.
fn is_hard_wrapped(text: &str, lines: &[Span]) -> bool {
    if lines.len() < 2 {
        return false;
    }
    let body = &lines[..lines.len() - 1];
    let long = body.iter().any(|l| text[l.clone()].chars().count() > 100);
    let mid_sentence = body
        .iter()
        .filter(|l| {
            let t = text[(*l).clone()].trim_end();
            !t.ends_with(['.', '?', '!', '"', '”', '’', '\'', ':'])
        })
        .count();
    !long && mid_sentence * 2 > body.len()
}

/// Blank out URLs and e-mail addresses in prose: they are not words.
fn mask_urls(prose: &mut String) {
    // Most drafts hold no URL or address: they never pay to compile the pattern.
    if next_url_anchor(prose.as_bytes(), 0).is_none() {
        return;
    }
    static URL: OnceLock<Regex> = OnceLock::new();
    let re = URL.get_or_init(|| {
        // ASCII word boundaries: a Unicode `\b` makes the regex engine give up
        // its fast DFA on any non-ASCII text (curly quotes), costing ~0.5 ms an article.
        Regex::new(r"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>()\[\]]+|(?-u:\b)[\w.+-]+@[\w-]+\.[\w.-]+(?-u:\b)")
            .expect("URL pattern is valid")
    });
    let ranges = url_matches(re, prose);
    if ranges.is_empty() {
        return;
    }
    let mut bytes = std::mem::take(prose).into_bytes();
    for r in ranges {
        // Keep a final full stop: it ends the sentence, not the URL.
        let mut end = r.end;
        while end > r.start && matches!(bytes[end - 1], b'.' | b',' | b';' | b':') {
            end -= 1;
        }
        for b in &mut bytes[r.start..end] {
            *b = b' ';
        }
    }
    *prose = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
}

/// The URL pattern's matches, as `find_iter` gives them, found by running it only
/// over the white-space-delimited tokens holding one of the literals `://`, `www.`
/// or `@` that every match contains: the pattern alone is too general for the
/// regex engine's literal prefilter, so it would walk every byte of the prose.
/// A match has no white space in it, so it lies inside such a token, and the
/// white space ending the token looks to the pattern's final `\b` like the end
/// of the text does.
fn url_matches(re: &Regex, prose: &str) -> Vec<Range<usize>> {
    let bytes = prose.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(a) = next_url_anchor(bytes, pos) {
        let token_start = bytes[pos..a.start]
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .map_or(pos, |i| pos + i + 1);
        let token_end = bytes[a.end..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(bytes.len(), |i| a.end + i);
        match re.find_at(&prose[..token_end], token_start) {
            Some(m) => {
                out.push(m.range());
                pos = m.end();
            }
            None => pos = token_end,
        }
    }
    out
}

/// The first `://`, `www.` (any case) or `@` at or after `from`, found with
/// `memchr` on the one byte each must contain. The three cannot overlap, so the
/// first hit of `:`, `.` or `@` is also the leftmost literal.
fn next_url_anchor(bytes: &[u8], from: usize) -> Option<Range<usize>> {
    let mut at = from;
    while let Some(i) = memchr::memchr3(b':', b'.', b'@', bytes.get(at..)?) {
        let hit = at + i;
        match bytes[hit] {
            b'@' => return Some(hit..hit + 1),
            b':' if bytes[hit + 1..].starts_with(b"//") => return Some(hit..hit + 3),
            b'.' if hit >= from + 3 && bytes[hit - 3..hit].eq_ignore_ascii_case(b"www") => {
                return Some(hit - 3..hit + 1)
            }
            _ => {}
        }
        at = hit + 1;
    }
    None
}

fn trim_span(prose: &str, span: Span) -> Option<Span> {
    let s = &prose[span.clone()];
    let lead = s.len() - trim_start(s).len();
    let trail = s.len() - trim_end(s).len();
    (lead + trail < s.len()).then(|| span.start + lead..span.end - trail)
}

/// The white space `char::is_whitespace` finds in ASCII: tab, line feed,
/// vertical tab, form feed, carriage return and space.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// `str::trim_start`, skipping ASCII white space a byte at a time and decoding
/// characters only when a non-ASCII one follows it.
fn trim_start(s: &str) -> &str {
    let ascii = s.bytes().take_while(|&b| is_ascii_space(b)).count();
    let rest = &s[ascii..];
    match rest.as_bytes().first() {
        Some(&b) if !b.is_ascii() => rest.trim_start(),
        _ => rest,
    }
}

/// `str::trim_end`, the same way from the end.
fn trim_end(s: &str) -> &str {
    let ascii = s.bytes().rev().take_while(|&b| is_ascii_space(b)).count();
    let rest = &s[..s.len() - ascii];
    match rest.as_bytes().last() {
        Some(&b) if !b.is_ascii() => rest.trim_end(),
        _ => rest,
    }
}

/// Words after which a full stop does not end a sentence.
/// Sorted, for a binary search.
const ABBREVIATIONS: &[&str] = &[
    "a.m", "adm", "approx", "apr", "assn", "aug", "ave", "blvd", "bros", "capt", "cllr", "cmdr",
    "co", "col", "corp", "d.c", "dec", "dept", "det", "dr", "e.g", "e.u", "est", "etc", "feb",
    "fig", "fri", "ft", "gen", "gov", "hon", "i.e", "inc", "insp", "jan", "jr", "jul", "jun", "lt",
    "ltd", "maj", "mar", "mon", "mr", "mrs", "ms", "mt", "no", "nos", "nov", "oct", "p.m", "pres",
    "prof", "rep", "rev", "sat", "sen", "sep", "sept", "sgt", "sr", "st", "sun", "supt", "thu",
    "thur", "thurs", "tue", "tues", "u.k", "u.n", "u.s", "univ", "v", "vs", "wed",
];

/// Split a paragraph into sentences (Unicode sentence boundaries, then mended
/// where a full stop belongs to an abbreviation or an initial, or where the
/// next piece starts in lower case, as after `“Why?” she asked`).
fn split_sentences(prose: &str, para: Span, bounds: &mut Vec<usize>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut start = para.start;
    sentence_bounds_into(&prose[para.clone()], bounds);
    let ends = bounds
        .iter()
        .map(|&b| para.start + b)
        .chain(std::iter::once(para.end));
    for end in ends {
        let piece = start..end;
        start = end;
        let Some(span) = trim_span(prose, piece) else {
            continue;
        };
        if let Some(prev) = out.last_mut() {
            if continues_sentence(&prose[prev.clone()], &prose[span.clone()]) {
                prev.end = span.end;
                continue;
            }
        }
        out.push(span);
    }
    out
}

/// Unicode (UAX #29) sentence boundaries inside `text`, without running the
/// segmenter over every character: a boundary inside a paragraph can only follow
/// a sentence terminator, so the segmenter is asked about a small window around
/// each terminator (the word before it, through the first letter after it),
/// which holds all the context its rules look at. Same answers, a tenth of the time.
#[cfg(test)]
fn sentence_bounds(text: &str) -> Vec<usize> {
    let mut bounds = Vec::new();
    sentence_bounds_into(text, &mut bounds);
    bounds
}

/// [`sentence_bounds`] into a reused buffer (cleared first). The common shapes
/// after a terminator are decided by [`plain_bound`] without the segmenter.
fn sentence_bounds_into(text: &str, bounds: &mut Vec<usize>) {
    bounds.clear();
    let bytes = text.as_bytes();
    let mut last_window_end = 0;
    let mut from = 0;
    while let Some((i, c)) = next_terminator(text, from) {
        let after = i + c.len_utf8();
        from = after;
        if i < last_window_end {
            continue;
        }
        let end = window_end(text, after);
        last_window_end = end;
        let mut push = |at: usize| {
            // A break at the very end of the window may only be the window's edge.
            if at > i && at < end && bounds.last().is_none_or(|&b| b < at) {
                bounds.push(at);
            }
        };
        match plain_bound(bytes, after, end) {
            Some(PlainBound::At(at)) => push(at),
            Some(PlainBound::None) => {}
            None => {
                let start = window_start(text, i);
                for (j, _) in text[start..end].split_sentence_bound_indices().skip(1) {
                    push(start + j);
                }
            }
        }
    }
}

/// The first sentence terminator at or after `from`, with its offset. ASCII ones
/// are found with `memchr`; the others, all non-ASCII, are looked for only in the
/// stretch before the next ASCII one, and only if it is not all ASCII.
fn next_terminator(text: &str, from: usize) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let ascii = memchr::memchr3(b'.', b'?', b'!', bytes.get(from..)?).map(|i| from + i);
    let limit = ascii.unwrap_or(bytes.len());
    if !bytes[from..limit].is_ascii() {
        let mut at = from;
        // Check the characters whose lead byte can start a terminator.
        while let Some(k) = bytes[at..limit]
            .iter()
            .position(|&b| may_lead_terminator(b))
        {
            at += k;
            if let Some(c) = text[at..]
                .chars()
                .next()
                .filter(|&c| is_sentence_terminator(c))
            {
                return Some((at, c));
            }
            at += 1;
        }
    }
    ascii.map(|i| (i, bytes[i] as char))
}

/// What the segmenter would say about the window after an ASCII terminator, when
/// the window has one of the common shapes.
enum PlainBound {
    /// One boundary, at this offset.
    At(usize),
    /// No boundary in the window.
    None,
}

/// Decide the common shapes after a terminator ending at `after` (its window
/// ending at `end`) without the segmenter, by the UAX #29 rules:
/// - an ASCII `.`, `?` or `!`, closing marks, spaces, opening marks, then an ASCII
///   letter: the sentence ends after the spaces (SB9–SB11), except that a full
///   stop followed by a lower-case letter does not end one (SB8);
/// - the terminator and closing marks (and spaces) at the end of the text: no
///   boundary before the end (SB9, SB10);
/// - a full stop then a digit, as in `2.6`, with only ASCII and no further
///   terminator or line break in the window: no boundary (SB6, and nothing after
///   it can reach back to the full stop).
///
/// Anything else is `None`: ask the segmenter.
fn plain_bound(bytes: &[u8], after: usize, end: usize) -> Option<PlainBound> {
    let terminator = *bytes.get(after.checked_sub(1)?)?;
    if !matches!(terminator, b'.' | b'?' | b'!') {
        return None;
    }
    let closed = skip_close(bytes, after);
    let bound = closed + bytes[closed..].iter().take_while(|&&b| b == b' ').count();
    if bound == bytes.len() {
        return Some(PlainBound::None);
    }
    if bound == closed {
        let plain_window = bytes[after..end]
            .iter()
            .all(|&b| b.is_ascii() && !matches!(b, b'.' | b'?' | b'!' | b'\n' | b'\r'));
        let decimal = terminator == b'.' && closed == after && bytes[after].is_ascii_digit();
        return (decimal && plain_window).then_some(PlainBound::None);
    }
    let letter = skip_close(bytes, bound);
    // Long runs reach the segmenter window's own limit: leave them to it.
    if letter - after > 200 {
        return None;
    }
    match bytes.get(letter)? {
        b'A'..=b'Z' => Some(PlainBound::At(bound)),
        b'a'..=b'z' if terminator == b'.' => Some(PlainBound::None),
        b'a'..=b'z' => Some(PlainBound::At(bound)),
        _ => None,
    }
}

/// Past a run of UAX #29 `Close` characters from `at`: ASCII quotes and brackets,
/// and the curly quotes U+2018..U+201F.
fn skip_close(bytes: &[u8], mut at: usize) -> usize {
    loop {
        match bytes.get(at..) {
            Some([b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}', ..]) => at += 1,
            Some([0xE2, 0x80, 0x98..=0x9F, ..]) => at += 3,
            _ => return at,
        }
    }
}

/// Whether `b` is the first byte of a non-ASCII [`is_sentence_terminator`]
/// character (a test checks it against every such character).
fn may_lead_terminator(b: u8) -> bool {
    matches!(b, 0xD8 | 0xDB | 0xE0 | 0xE2 | 0xE3 | 0xEF)
}

fn is_sentence_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '?'
            | '!'
            | '。'
            | '！'
            | '？'
            | '｡'
            | '‼'
            | '‽'
            | '⁇'
            | '⁈'
            | '⁉'
            | '।'
            | '॥'
            | '؟'
            | '۔'
    )
}

/// The largest char boundary of `text` at or before `at` (the text's end if
/// past it). (`str::floor_char_boundary` is newer than the crate's MSRV.)
pub fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest char boundary of `text` at or after `at` (the text's end if
/// past it).
pub fn ceil_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Back to the start of the word before the terminator (and one character more).
fn window_start(text: &str, terminator: usize) -> usize {
    let before = &text[..terminator];
    let word = before
        .char_indices()
        .rev()
        .take(64)
        .find(|(_, c)| c.is_whitespace())
        .map_or(before.len().saturating_sub(64), |(i, _)| i);
    // Keep the cut on a character boundary.
    let w = floor_char_boundary(text, word.min(terminator));
    before[..w].char_indices().next_back().map_or(0, |(i, _)| i)
}

/// Forward past further terminators, closing marks and spaces to the first
/// letter after them, plus one character.
fn window_end(text: &str, after: usize) -> usize {
    let mut letters = 0;
    for (i, c) in text[after..].char_indices() {
        if c.is_alphabetic() {
            letters += 1;
            if letters == 2 {
                return after + i + c.len_utf8();
            }
        } else if letters > 0 {
            return after + i;
        }
        if i > 256 {
            return after + i;
        }
    }
    text.len()
}

/// Whether `word`, lower-cased, is in [`ABBREVIATIONS`]; without a lower-case
/// copy on the heap for ASCII words (non-ASCII ones such as the Kelvin sign `K`
/// can still lower-case to one).
fn is_abbreviation(word: &str) -> bool {
    const LONGEST: usize = 6;
    if word.is_ascii() {
        if word.len() > LONGEST {
            return false;
        }
        let mut buf = [0u8; LONGEST];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        ABBREVIATIONS
            .binary_search_by(|a| a.as_bytes().cmp(lower))
            .is_ok()
    } else {
        ABBREVIATIONS
            .binary_search(&word.to_lowercase().as_str())
            .is_ok()
    }
}

fn continues_sentence(prev: &str, next: &str) -> bool {
    let first = next.chars().find(|c| c.is_alphanumeric());
    let starts_lower = next
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
        || (first.is_some_and(|c| c.is_lowercase()) && next.starts_with(['(', '[']));
    if starts_lower {
        return true;
    }
    let Some(stripped) = prev.strip_suffix('.') else {
        return false;
    };
    let last_word = stripped
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    // A single initial ("John F. Kennedy"), or a known abbreviation.
    (last_word.chars().count() == 1 && last_word.chars().all(char::is_uppercase))
        || is_abbreviation(last_word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str, format: Format) -> Vec<String> {
        let doc = Document::parse(text, format);
        doc.paragraphs
            .iter()
            .flat_map(|p| p.sentences.iter().map(|s| text[s.clone()].to_string()))
            .collect()
    }

    #[test]
    fn prose_keeps_offsets_and_masks_markup() {
        let text = "# Head line\n\nSee `code` and [the link](https://example.com/x) now.\n";
        let doc = Document::parse(text, Format::Markdown);
        assert_eq!(doc.prose.len(), text.len());
        assert!(!doc.prose.contains("code"));
        assert!(!doc.prose.contains("example"));
        assert!(doc.prose.contains("the link"));
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.paragraphs[0].kind, BlockKind::Heading);
        assert_eq!(&text[doc.paragraphs[0].span.clone()], "Head line");
    }

    #[test]
    fn front_matter_and_code_blocks_are_not_prose() {
        let text = "---\ntitle: \"Quoted\"\n---\n\nBody text.\n\n```\n\"not prose\"\n```\n";
        let doc = Document::parse(text, Format::Markdown);
        assert_eq!(doc.paragraphs.len(), 1);
        assert_eq!(&text[doc.paragraphs[0].span.clone()], "Body text.");
    }

    #[test]
    fn block_quotes_are_marked() {
        let text = "He said:\n\n> We will rebuild.\n> All of it.\n";
        let doc = Document::parse(text, Format::Markdown);
        assert!(!doc.paragraphs[0].block_quote);
        assert!(doc.paragraphs[1].block_quote);
        let quoted = doc.prose_of(doc.paragraphs[1].span.clone());
        assert!(quoted.starts_with("We will rebuild."));
        assert!(quoted.ends_with("All of it."));
        assert!(!quoted.contains('>'));
        assert_eq!(doc.paragraphs[1].sentences.len(), 2);
    }

    #[test]
    fn abbreviation_list_is_sorted_and_short() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(ABBREVIATIONS.iter().all(|a| a.len() <= 6 && a.is_ascii()));
        assert!(is_abbreviation("Dr") && is_abbreviation("SEPT") && is_abbreviation("u.s"));
        assert!(!is_abbreviation("Drs") && !is_abbreviation("approxim"));
    }

    #[test]
    fn every_terminator_has_a_known_lead_byte() {
        for c in ('\u{80}'..=char::MAX).filter(|&c| is_sentence_terminator(c)) {
            let mut buf = [0; 4];
            assert!(
                may_lead_terminator(c.encode_utf8(&mut buf).as_bytes()[0]),
                "{c}"
            );
        }
    }

    #[test]
    fn trimming_matches_the_standard_library() {
        for s in [
            "",
            "  ",
            " a ",
            "\u{a0}a\u{3000}",
            "\t\x0b b\u{2009} \r\n",
            "é ",
            " ¶",
            "a\u{85}",
        ] {
            assert_eq!(trim_start(s), s.trim_start(), "{s:?}");
            assert_eq!(trim_end(s), s.trim_end(), "{s:?}");
        }
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let s = sentences(
            "Mr. Smith met Dr. Jones at 9 a.m. on Monday. John F. Kennedy was not there. “Why?” she asked.",
            Format::PlainText,
        );
        assert_eq!(
            s,
            vec![
                "Mr. Smith met Dr. Jones at 9 a.m. on Monday.",
                "John F. Kennedy was not there.",
                "“Why?” she asked."
            ]
        );
    }

    #[test]
    fn plain_text_lines_are_paragraphs_unless_wrapped() {
        let doc = Document::parse(
            "Storm hits coast\nOne whole paragraph.\nAnother paragraph.\n",
            Format::PlainText,
        );
        assert_eq!(doc.paragraphs.len(), 3);
        assert_eq!(doc.paragraphs[0].kind, BlockKind::Heading);
        assert_eq!(doc.paragraphs[1].kind, BlockKind::Body);
        let doc = Document::parse(
            "A paragraph that is wrapped\nat a short width because\nit was typed that way.\n\nNext.",
            Format::PlainText,
        );
        assert_eq!(doc.paragraphs.len(), 2);
    }

    proptest::proptest! {
        /// The windowed segmentation agrees with running the segmenter over the whole text.
        #[test]
        fn windowed_sentence_bounds_match_the_segmenter(
            text in "([A-Za-z]{1,6}|[ .?!,;:'\"“”’‘()\\[\\]{}0-9-]|Mr\\.|U\\.S\\.|…|。|é|—|\u{a0}){0,60}"
        ) {
            let full: Vec<usize> = text
                .split_sentence_bound_indices()
                .skip(1)
                .map(|(i, _)| i)
                .collect();
            proptest::prop_assert_eq!(sentence_bounds(&text), full);
        }

        /// The byte scan for URL literals finds what the literal regex finds, in order.
        #[test]
        fn url_anchors_match_the_literal_regex(
            text in "([a-z]{1,4}|[wW]{1,4}|[ .:/@]|://|www\\.|WwW\\.|é|“){0,40}",
            from in 0usize..8,
        ) {
            let literal = Regex::new(r"(?i)://|www\.|@").expect("valid");
            let from = (0..=from.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            let mut pos = from;
            let mut want = Vec::new();
            while let Some(m) = literal.find_at(&text, pos) {
                want.push(m.range());
                pos = m.end();
            }
            let mut got = Vec::new();
            let mut pos = from;
            while let Some(r) = next_url_anchor(text.as_bytes(), pos) {
                pos = r.end;
                got.push(r);
            }
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn urls_are_masked() {
        let doc = Document::parse("Read https://x.org/a\"b now.", Format::PlainText);
        assert!(!doc.prose.contains("x.org"));
    }

    #[test]
    fn crlf_lines_are_paragraphs() {
        let text = "First line.\r\nSecond line.\r\n";
        let doc = Document::parse(text, Format::PlainText);
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(&text[doc.paragraphs[1].span.clone()], "Second line.");
    }

    #[test]
    fn lone_carriage_returns_end_lines_too() {
        let text = "A first line here.\r\rA second line here.\rA third one.\r";
        let doc = Document::parse(text, Format::PlainText);
        let paragraphs: Vec<&str> = doc
            .paragraphs
            .iter()
            .map(|p| &text[p.span.clone()])
            .collect();
        assert_eq!(
            paragraphs,
            ["A first line here.", "A second line here.", "A third one."]
        );
    }

    #[test]
    fn a_byte_order_mark_changes_no_paragraph() {
        for (format, text) in [
            (
                Format::Markdown,
                "# The headline\n\nOne paragraph.\n\nAnother one.\n",
            ),
            (
                Format::PlainText,
                "The headline\n\nOne paragraph.\n\nAnother one.\n",
            ),
        ] {
            let with = format!("\u{feff}{text}");
            let plain = Document::parse(text, format);
            let marked = Document::parse(&with, format);
            let shape = |d: &Document<'_>, shift: usize| -> Vec<(BlockKind, Span)> {
                d.paragraphs
                    .iter()
                    .map(|p| (p.kind, p.span.start - shift..p.span.end - shift))
                    .collect()
            };
            assert_eq!(shape(&marked, 3), shape(&plain, 0), "{format:?}");
            assert_eq!(marked.paragraphs[0].kind, BlockKind::Heading);
        }
    }
}

/// `DUMP=path cargo test --lib dump_document -- --ignored --nocapture` prints a
/// draft's paragraphs and sentences, to see what the checks see.
#[cfg(test)]
#[test]
#[ignore]
fn dump_document() {
    let Ok(path) = std::env::var("DUMP") else {
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let doc = Document::parse(&text, Format::from_path(&path));
    for (i, p) in doc.paragraphs.iter().enumerate() {
        println!("¶{i} {:?} quote={} {:?}", p.kind, p.block_quote, p.span);
        for s in &p.sentences {
            println!("    [{}]", &doc.prose[s.clone()]);
        }
    }
}

/// `DUMP=path cargo test --release --lib time_document -- --ignored --nocapture`
/// times parsing (a rough look; the benchmarks are the measure).
#[cfg(test)]
#[test]
#[ignore]
fn time_document() {
    let Ok(path) = std::env::var("DUMP") else {
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let format = Format::from_path(&path);
    let n = 2000;
    let t = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(Document::parse(&text, format));
    }
    println!("parse: {:?}", t.elapsed() / n);
    let doc = Document::parse(&text, format);
    let t = std::time::Instant::now();
    let mut bounds = Vec::new();
    for _ in 0..n {
        for p in &doc.paragraphs {
            std::hint::black_box(split_sentences(&doc.prose, p.span.clone(), &mut bounds));
        }
    }
    println!("sentences: {:?}", t.elapsed() / n);
    let t = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(crate::analyze_document(&doc, &crate::Config::default()));
    }
    println!("checks: {:?}", t.elapsed() / n);
}
