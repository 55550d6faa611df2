//! Quotations: finds quoted matter and checks that each quote is closed and
//! has a speaker (`unattributed-quote`, `unclosed-quote`).
//!
//! Marks are read paragraph by paragraph ([`marks`]), paired into quotations
//! across paragraphs ([`pairing`]); each top-level quotation of someone's words
//! ([`matter`]) must credit a speaker nearby ([`attribution`]).

mod attribution;
mod context;
mod marks;
mod matter;
mod pairing;
mod report;

use std::ops::Range;

use crate::document::{BlockKind, Document};
use crate::finding::Finding;

use context::Context;
use matter::Matter;
use pairing::{Quotation, Status};

pub use report::WHO;

/// Check every quotation of a draft.
pub fn check(doc: &Document<'_>) -> Vec<Finding> {
    let pairing = pairing::pair(doc);
    let cx = Context::new(doc, &pairing);
    let mut findings: Vec<Finding> = pairing
        .problems
        .iter()
        .map(|p| report::unclosed(&cx, p))
        .collect();
    for q in &pairing.quotations {
        if needs_speaker(&cx, q) && !is_attributed(&cx, q) {
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

/// A closed, top-level quotation of somebody's words in body copy.
fn needs_speaker(cx: &Context<'_, '_>, q: &Quotation) -> bool {
    let in_body = q.parts.iter().all(|part| {
        let p = &cx.doc.paragraphs[part.para];
        matches!(p.kind, BlockKind::Body | BlockKind::ListItem) && !p.block_quote
    });
    q.depth == 0
        && q.status == Status::Closed
        && in_body
        && matter::classify(cx, q) == Matter::Words
}

/// Whether a speaker is credited in a quotation's sentences, the neighbouring
/// sentences of its paragraphs (past sentences that are all quotation), or a
/// paragraph before it that ends with a colon.
fn is_attributed(cx: &Context<'_, '_>, q: &Quotation) -> bool {
    q.parts.iter().any(|part| {
        let para = part.para;
        let count = cx.doc.paragraphs[para].sentences.len();
        let first = cx.sentence_at(para, part.span.start);
        let last = cx.sentence_at(para, part.span.end.saturating_sub(1));
        let credits = |i: usize| {
            let words = cx.words_outside(para, cx.sentence(para, i));
            attribution::names_speaker(cx.prose(), &words)
        };
        if (first..=last).any(credits) {
            return true;
        }
        let before = (0..first).rev().find(|&i| !cx.all_quoted(para, i));
        let after = (last + 1..count).find(|&i| !cx.all_quoted(para, i));
        if before.is_some_and(credits) || after.is_some_and(credits) {
            return true;
        }
        let opens_paragraph = part.span.start == cx.doc.paragraphs[para].span.start;
        opens_paragraph && para > 0 && introduces(cx, para - 1)
    })
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
        let words = cx.words_outside(p, span);
        attribution::names_speaker(cx.prose(), &words)
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
        let words = cx.words_outside(run.end, first);
        attribution::names_speaker(cx.prose(), &words)
    })
}
