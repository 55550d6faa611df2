//! Figures: extracts quantities with what they count, and reports one quantity
//! given two incompatible values (`conflicting-figure`).
//!
//! A draft's paragraphs are tokenised ([`tokens`]), their quantities read as
//! intervals ([`extract`]), tied to what they count and whose it is ([`counted`],
//! [`ages`]), and compared within buckets of the same counted thing ([`conflicts`]).

mod ages;
mod conflicts;
mod context;
mod counted;
mod echo;
mod extract;
mod lexicon;
mod render;
mod tokens;
mod words;

pub mod conflicting_figure;

use crate::config::FigureStyle;
use crate::document::Document;
use crate::finding::{Finding, Span};

use counted::Reader;
use lexicon::{Lexicon, Vocabulary};

/// Find figures that give one quantity two values that cannot both be true.
pub fn check(doc: &Document<'_>, style: &FigureStyle) -> Vec<Finding> {
    let (mut written, mut mentions) = (Vec::new(), Vec::new());
    let figures = read_figures(doc, style, Some((&mut written, &mut mentions)), None);
    report(doc, &figures, &written, &mentions)
}

/// The conflicts among the figures the reader read, then the echoes
/// ([`echo`]) of figures it could not pair, each later figure reported once.
fn report(
    doc: &Document<'_>,
    figures: &[counted::Figure],
    written: &[conflicts::Written],
    mentions: &[echo::Mention],
) -> Vec<Finding> {
    let mut findings = conflicts::report(doc, figures, written);
    // The reader's findings, in order, with the furthest end of each prefix:
    // whether one meets a later echo is a binary search, not a walk (30,000
    // echoes took 1.58 s walking the findings and numbering the paragraphs for
    // each, 0.9–1.1 s this way).
    let mut furthest = 0;
    let ends: Vec<usize> = findings
        .iter()
        .map(|f| {
            furthest = furthest.max(f.span.end);
            furthest
        })
        .collect();
    let reported = |at: &Span| {
        let before = findings.partition_point(|f| f.span.start < at.end);
        before > 0 && ends[before - 1] > at.start
    };
    let headline = headline(doc, written);
    let echoes: Vec<_> = echo::echoes(doc.text, mentions, figures, written, headline.as_ref())
        .into_iter()
        .filter(|e| !reported(e.later.span()))
        .collect();
    if !echoes.is_empty() {
        let numbers = conflicts::paragraph_numbers(doc);
        for e in echoes {
            findings.push(conflicts::echo_finding(
                doc,
                &numbers,
                (e.first.span(), e.first.paragraph()),
                (e.later.span(), e.later.paragraph()),
                &match (&e.word, e.noun(doc.text)) {
                    (Some(_), Some(noun)) => format!("the {noun}"),
                    (Some(word), None) => {
                        format!("the figure beside “{}”", &doc.text[word.clone()])
                    }
                    (None, _) if e.bare => "the figure referred back to".to_string(),
                    (None, _) if e.first.is_change() => "the headline's change".to_string(),
                    (None, _) => "the headline's figure".to_string(),
                },
            ));
        }
        findings.sort_by_key(|f| (f.span.start, f.span.end));
    }
    findings
}

/// Do two byte ranges share a byte?
fn meets(x: &Span, y: &Span) -> bool {
    x.start < y.end && y.start < x.end
}

/// The quantities left out, by the byte where each starts, with why: by the
/// reader, and as echoes ([`echo::note`]). For measuring only.
#[derive(Default)]
struct LeftOut {
    reader: Vec<(usize, &'static str)>,
    echo: Vec<(usize, &'static str)>,
}

/// Every figure of the draft read with what it counts, in document order;
/// and, into `written`, every quantity the draft writes (old values and
/// bases included), as the values a later figure may restate.
///
/// Each paragraph's figures are read from its own tokens, in one buffer reused
/// paragraph after paragraph. Only ages are read across paragraphs ("the
/// 43-year-old" is someone named earlier), so only a draft that mentions an
/// age has every paragraph's tokens held at once: a whole draft's tokens took
/// 350 MB of a 50 MB draft (32 bytes a token), which mentions none.
fn read_figures(
    doc: &Document<'_>,
    style: &FigureStyle,
    mut written: Option<(&mut Vec<conflicts::Written>, &mut Vec<echo::Mention>)>,
    mut left_out: Option<&mut LeftOut>,
) -> Vec<counted::Figure> {
    let vocab = Vocabulary::new(Lexicon::builtin(), &style.synonyms);
    let mut figures = Vec::new();
    let mut quantities = Vec::with_capacity(doc.paragraphs.len());
    let mut toks = Vec::new();
    let mut any_age = false;
    for (i, p) in doc.paragraphs.iter().enumerate() {
        toks.clear();
        tokens::tokenize_into(&doc.prose, p, &mut toks);
        let qs = extract::quantities(&toks);
        let read_before = figures.len();
        if !qs.is_empty() {
            let reader = Reader::new(doc.text, &toks, &qs, &vocab, i);
            match left_out.as_deref_mut() {
                Some(notes) => reader.figures_noting(&mut figures, &mut notes.reader),
                None => reader.figures(&mut figures),
            }
        }
        if let Some((written, mentions)) = written.as_mut() {
            let written_before = written.len();
            written.extend(qs.iter().map(|q| conflicts::Written::of(doc.text, q)));
            let paragraph = echo::Paragraph {
                index: i,
                toks: &toks,
                quantities: &qs,
                written: &written[written_before..],
                read: &figures[read_before..],
            };
            let skipped = left_out.as_deref_mut().map(|notes| &mut notes.echo);
            echo::note(doc.text, &vocab, &paragraph, mentions, skipped);
        }
        any_age = any_age || ages::mentions_an_age(&toks, &qs);
        quantities.push(qs);
    }
    if any_age {
        drop(toks);
        // Every paragraph's tokens, in one buffer sized to hold them exactly.
        let count = doc.paragraphs.iter().map(|p| p.tokens.len()).sum();
        let mut all = Vec::with_capacity(count);
        let mut bounds = Vec::with_capacity(doc.paragraphs.len());
        for p in &doc.paragraphs {
            let start = all.len();
            tokens::tokenize_into(&doc.prose, p, &mut all);
            bounds.push(start..all.len());
        }
        let parsed: Vec<ages::Parsed<'_, '_>> = bounds
            .into_iter()
            .zip(quantities)
            .map(|(r, qs)| (&all[r], qs))
            .collect();
        let note = |at: usize, why: &'static str| {
            if let Some(notes) = left_out.as_deref_mut() {
                notes.reader.push((at, why));
            }
        };
        figures.extend(ages::ages(&parsed, headline_unstopped(doc), note));
    }
    figures.sort_by_key(|f| f.q.span.start);
    figures
}

/// The draft's headline, as echoes read it.
fn headline(doc: &Document<'_>, written: &[conflicts::Written]) -> Option<echo::Headline> {
    if !headline_unstopped(doc) {
        return None;
    }
    let p = conflicts::headline_of(doc)?;
    let end = doc.paragraphs.get(p)?.span.end;
    Some(echo::Headline::of(p, end, written))
}

/// Does the draft open with a headline written as one, with no full stop (a
/// short first sentence of plain text may be the lead)?
fn headline_unstopped(doc: &Document<'_>) -> bool {
    conflicts::headline_of(doc)
        .and_then(|p| doc.paragraphs.get(p))
        .and_then(|p| doc.text.get(p.span.clone()))
        .is_some_and(|text| !text.trim_end().ends_with('.'))
}

/// Why the figures in two byte ranges were or were not found to conflict, in
/// a few words (for counting, over an annotated set, where misses are lost).
#[doc(hidden)]
pub fn diagnose(doc: &Document<'_>, style: &FigureStyle, first: &Span, second: &Span) -> String {
    let (mut written, mut mentions) = (Vec::new(), Vec::new());
    let mut left_out = LeftOut::default();
    let figures = read_figures(
        doc,
        style,
        Some((&mut written, &mut mentions)),
        Some(&mut left_out),
    );
    let found = report(doc, &figures, &written, &mentions);
    if found
        .iter()
        .any(|f| meets(&f.span, first) || meets(&f.span, second))
    {
        return "found".into();
    }
    let reader = conflicts::diagnose(doc, &figures, &written, &left_out.reader, first, second);
    let echo = echo::diagnose(
        doc.text,
        &mentions,
        &left_out.echo,
        &figures,
        &written,
        headline(doc, &written).as_ref(),
        (first, second),
    );
    format!("{reader} | {echo}")
}

/// Every pair of figures whose digits are one another's in another order (same
/// unit and scale), by their number spans (for measuring real copy).
#[doc(hidden)]
pub fn swapped_pairs(doc: &Document<'_>, style: &FigureStyle) -> Vec<(Span, Span)> {
    let figures = read_figures(doc, style, None, None);
    conflicts::swapped_pairs(doc, &figures)
}

/// Every quantity the reader left out, by the byte where it starts, with why
/// (for measuring, on real copy, which readings are missing).
#[doc(hidden)]
pub fn left_out(doc: &Document<'_>, style: &FigureStyle) -> Vec<(usize, &'static str)> {
    let mut notes = LeftOut::default();
    read_figures(doc, style, None, Some(&mut notes));
    notes.reader
}

/// Every pair of quantities of one unit, read or not, whose digits one plain
/// slip turns into the other's (for measuring how rare such pairs are in real copy).
#[doc(hidden)]
pub fn raw_slips(doc: &Document<'_>) -> Vec<(Span, Span)> {
    let mut all = Vec::new();
    let mut toks = Vec::new();
    for p in &doc.paragraphs {
        toks.clear();
        tokens::tokenize_into(&doc.prose, p, &mut toks);
        all.extend(extract::quantities(&toks));
    }
    let mut pairs = Vec::new();
    for (n, b) in all.iter().enumerate() {
        for a in &all[n.saturating_sub(40)..n] {
            if a.unit == b.unit
                && a.value != b.value
                && a.scale_factor() == b.scale_factor()
                && !a.style.words
                && !b.style.words
                && conflicts::slip(doc.text, a, b) == conflicts::Slip::Strong
            {
                pairs.push((a.span.clone(), b.span.clone()));
            }
        }
    }
    pairs
}

/// Every comparable figure of a draft with what it was read as, one per line
/// (for diagnosing a missed or false conflict).
#[doc(hidden)]
pub fn explain(doc: &Document<'_>, style: &FigureStyle) -> Vec<String> {
    read_figures(doc, style, None, None)
        .iter()
        .map(|f| {
            format!(
                "p{} {:?} {:?}/{:?} [{}] owner={:?} place={:?} time={:?} source={:?} known={} definite={} loose={} {:?}",
                f.paragraph,
                &doc.text[f.phrase.clone()],
                f.thing.unit,
                f.thing.name,
                f.thing.modifiers,
                f.owner,
                f.place,
                f.time,
                f.source,
                f.known,
                f.definite,
                f.loose,
                f.q.interval()
            )
        })
        .collect()
}
