//! Quotations: finds quoted matter and checks that each quote is closed and
//! has a speaker (`unattributed-quote`, `unclosed-quote`).
//!
//! Marks are read paragraph by paragraph ([`marks`]), paired into quotations
//! across paragraphs ([`pairing`]); each top-level quotation of someone's words
//! ([`matter`]) must credit a speaker nearby ([`attribution`]).

/// A word list of `data/quotes/<name>.txt`, made a `&[&str]` by build.rs.
macro_rules! quote_list {
    ($name:literal) => {
        include!(concat!(
            env!("OUT_DIR"),
            "/word_lists/quotes/",
            $name,
            ".rs"
        ))
    };
}

mod attribution;
mod context;
mod marks;
mod markup;
mod matter;
mod nearby;
mod pairing;
mod report;
pub mod unattributed_quote;
pub mod unclosed_quote;

use std::ops::Range;

use crate::document::{BlockKind, Document, Word};
use crate::finding::Finding;

use context::Context;
use matter::Matter;
use pairing::{Part, Quotation, Status};

/// Check every quotation of a draft.
pub fn check(doc: &Document<'_>) -> Vec<Finding> {
    let pairing = pairing::pair(doc);
    let cx = Context::new(doc, &pairing);
    let mut findings: Vec<Finding> = pairing
        .problems
        .iter()
        .filter_map(|p| report::unclosed(&cx, p))
        .collect();
    for q in &pairing.quotations {
        if is_checked(&cx, q)
            && !is_attributed(&cx, q)
            && !nearby::speaker_around(&cx, q)
            && matter::classify(&cx, q) == Matter::Words
        {
            findings.extend(report::unattributed(&cx, q));
        }
    }
    for run in block_quotes(doc) {
        if !block_is_attributed(&cx, run.clone()) {
            findings.extend(report::unattributed_block(&cx, run));
        }
    }
    findings
}

/// A closed, top-level quotation in body copy (not a headline, table or block quote).
fn is_checked(cx: &Context<'_, '_>, q: &Quotation) -> bool {
    let in_body = q.parts.iter().all(|part| {
        let p = &cx.doc.paragraphs[part.para];
        matches!(p.kind, BlockKind::Body | BlockKind::ListItem) && !p.block_quote
    });
    q.depth == 0 && q.status == Status::Closed && in_body
}

/// How many sentences either side of a quotation may name its speaker
/// (sentences that are all quotation are passed over).
const NEARBY: usize = 2;

/// Whether a speaker is credited for a quotation, in any paragraph it runs through.
fn is_attributed(cx: &Context<'_, '_>, q: &Quotation) -> bool {
    q.parts.iter().any(|part| part_is_attributed(cx, part))
}

/// A speaker is credited in the part's sentences or nearby sentences of its
/// paragraph; by a colon introduction ("Sunak said: “…”") or a credit line
/// after it ("— Jane Doe"); or, for a paragraph that opens with the quote, by
/// a paragraph before that introduces it with a colon or that ends with the
/// same speaker's attributed quote.
fn part_is_attributed(cx: &Context<'_, '_>, part: &Part) -> bool {
    let para = part.para;
    let count = cx.doc.paragraphs[para].sentences.len();
    let first = cx.sentence_at(para, part.span.start);
    let last = cx.sentence_at(para, part.span.end.saturating_sub(1));
    let credits = |i: usize| cx.names_speaker(para, i);
    if (first..=last).any(credits) {
        return true;
    }
    let before = (0..first)
        .rev()
        .filter(|&i| !cx.all_quoted(para, i))
        .take(NEARBY);
    let after = (last + 1..count)
        .filter(|&i| !cx.all_quoted(para, i))
        .take(NEARBY);
    if before.chain(after).any(credits) {
        return true;
    }
    if colon_names_speaker(cx, part, first) || credit_line_follows(cx, part, last) {
        return true;
    }
    let opens_paragraph = part.span.start == cx.doc.paragraphs[para].span.start;
    let all_quoted = (0..count).all(|i| cx.all_quoted(para, i));
    opens_paragraph
        && para > 0
        && (introduces(cx, para - 1) || (all_quoted && ends_with_credited_quote(cx, para - 1)))
}

/// `Sunak said on Wednesday: “…”`, `She continued: “…”`: a colon introduction
/// after a name or a personal pronoun; or after what somebody said, named by
/// its owner: `His answer was simple: “…”`, `The mayor’s reply: “…”`.
fn colon_names_speaker(cx: &Context<'_, '_>, part: &Part, first: usize) -> bool {
    let sentence = cx.sentence(part.para, first);
    let start = sentence.start.min(part.span.start);
    if !cx.prose()[start..part.span.start].trim_end().ends_with(':') {
        return false;
    }
    let words = cx.words_outside(start..part.span.start);
    let capitalised = |w: &Word<'_>| w.text.starts_with(char::is_uppercase);
    // A speaker's label: "Mayor Jones: “…”".
    let label = !words.is_empty() && words.len() <= 4 && words.iter().all(capitalised);
    label
        || words.iter().enumerate().any(|(i, w)| {
            ["he", "she", "they", "we", "i"]
                .iter()
                .any(|p| w.text.eq_ignore_ascii_case(p))
                || (i > 0 && capitalised(w))
                || is_possessive(w.text, &cx.prose()[w.span.end..])
        })
}

/// A possessive that can own words: "his", "their", "the mayor’s", "the
/// players’" (not "it’s", "there’s", "let’s").
fn is_possessive(word: &str, after: &str) -> bool {
    const DETERMINERS: &[&str] = &["his", "her", "their", "its", "my", "our"];
    const NOT_OWNERS: &[&str] = &[
        "it", "that", "there", "here", "what", "he", "she", "let", "who", "where", "how",
    ];
    if DETERMINERS.iter().any(|d| word.eq_ignore_ascii_case(d)) {
        return true;
    }
    // A plural's apostrophe is not part of the word: "players" then ’.
    let plural = word.ends_with('s') && after.starts_with(['\'', '’']);
    let stem = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or(plural.then_some(word));
    stem.is_some_and(|stem| {
        stem.chars().count() > 1 && !NOT_OWNERS.iter().any(|n| stem.eq_ignore_ascii_case(n))
    })
}

/// A credit after the quote: `“…” — Jane Doe`, or a short line naming the
/// source with no sentence of its own: `“…” Anonymous blogger, “Post title”`.
fn credit_line_follows(cx: &Context<'_, '_>, part: &Part, last: usize) -> bool {
    if part.close.is_none() {
        return false;
    }
    let prose = cx.prose();
    let sentence = cx.sentence(part.para, last);
    let dashed = |text: &str| {
        let rest = text
            .strip_prefix(['—', '–', '―'])
            .or_else(|| text.strip_prefix("--"))
            .or_else(|| text.strip_prefix("- "));
        rest.is_some_and(|r| r.trim_start().starts_with(char::is_uppercase))
    };
    if dashed(prose[part.span.end.min(sentence.end)..sentence.end].trim_start()) {
        return true;
    }
    let next = last + 1;
    if next >= cx.doc.paragraphs[part.para].sentences.len() {
        return false;
    }
    let span = cx.sentence(part.para, next);
    let text = prose[span.clone()].trim();
    let words = cx.words_outside(span);
    let unfinished = !text
        .trim_end_matches(['”', '’', '"', '\'', ')'])
        .ends_with(['.', '!', '?']);
    dashed(text)
        || (!words.is_empty()
            && words.len() <= 5
            && text.starts_with(char::is_uppercase)
            && unfinished)
}

/// Paragraph `p` ends with a quotation credited to its speaker: a paragraph
/// of quotation that follows is taken as the same speaker going on. (A title
/// or name in quotation marks is not a quotation: `the ‘Purple Book’`.)
fn ends_with_credited_quote(cx: &Context<'_, '_>, p: usize) -> bool {
    let Some(last) = cx.doc.paragraphs[p].sentences.len().checked_sub(1) else {
        return false;
    };
    let span = cx.sentence(p, last);
    let quotes_words = cx
        .quoted_in(p, span.clone())
        .any(|q| !matter::is_name(cx, p, q.clone()));
    quotes_words && attribution::names_speaker(cx.prose(), cx.words_outside(span))
}

/// Paragraph `p` ends with a colon, introducing what follows.
fn introduces(cx: &Context<'_, '_>, p: usize) -> bool {
    let span = cx.doc.paragraphs[p].span.clone();
    cx.prose()[span].trim_end().ends_with(':')
}

/// Runs of consecutive Markdown block-quote paragraphs.
fn block_quotes(doc: &Document<'_>) -> Vec<Range<usize>> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        if !p.block_quote {
            continue;
        }
        match runs.last_mut() {
            Some(run) if run.end == i => run.end = i + 1,
            _ => runs.push(i..i + 1),
        }
    }
    runs
}

/// A block quotation is credited by the paragraph before it (a colon, or a
/// speaker), by a "— Name" line or a speaker inside it, or by the paragraph after it.
fn block_is_attributed(cx: &Context<'_, '_>, run: Range<usize>) -> bool {
    let credits_in = |p: usize| {
        let span = cx.doc.paragraphs[p].span.clone();
        let words = cx.words_outside(span);
        attribution::names_speaker(cx.prose(), words)
    };
    if let Some(prev) = run.start.checked_sub(1) {
        if introduces(cx, prev) || credits_in(prev) {
            return true;
        }
    }
    let signed = run.clone().any(|p| {
        cx.doc.paragraphs[p].sentences.iter().any(|s| {
            let text = cx.prose()[s.clone()].trim_start();
            text.starts_with(['—', '–', '―']) || text.starts_with("--")
        })
    });
    if signed || run.clone().any(credits_in) {
        return true;
    }
    cx.doc.paragraphs.get(run.end).is_some_and(|next| {
        let first = next.sentences.first().cloned().unwrap_or(next.span.clone());
        let words = cx.words_outside(first);
        attribution::names_speaker(cx.prose(), words)
    })
}
