//! The `conflicting-figure` test files' common ground: a draft checked for
//! figures alone, its one finding, or its silence.

#![allow(dead_code)] // each test file uses what it needs

use copydesk::config::FigureStyle;
use copydesk::{figures, Document, Finding, Format};

/// The figure findings of a Markdown draft, with the default figure style.
pub fn check(text: &str) -> Vec<Finding> {
    check_with(text, &FigureStyle::default())
}

pub fn check_with(text: &str, style: &FigureStyle) -> Vec<Finding> {
    let doc = Document::parse(text, Format::Markdown);
    figures::check(&doc, style)
}

/// The draft's one finding (failing the test if there is not exactly one).
pub fn the_one(text: &str) -> Finding {
    let found = check(text);
    assert_eq!(
        found.len(),
        1,
        "expected one finding in {text:?}, got {found:#?}"
    );
    found.into_iter().next().expect("one finding")
}

/// Where the finding's first related location is, the other figure (failing
/// the test if it has none).
pub fn related_span(f: &Finding) -> std::ops::Range<usize> {
    f.related.first().expect("a related location").span.clone()
}

/// Fails the test if the draft has any figure finding.
pub fn silent(text: &str) {
    let found = check(text);
    assert!(
        found.is_empty(),
        "expected no finding in {text:?}, got {found:#?}"
    );
}

/// Asserts that the draft's one finding covers `flagged` and points to `related`
/// (each compared by its opening words: the phrase may run on to its noun).
pub fn flags(text: &str, flagged: &str, related: &str) {
    let f = the_one(text);
    let (span, rel) = (&text[f.span.clone()], &text[related_span(&f)]);
    assert!(
        span.starts_with(flagged) && rel.starts_with(related),
        "expected {flagged:?} against {related:?}, got {span:?} against {rel:?}"
    );
}
