//! The draft as the quote checks read it: each paragraph's sentences, and the
//! words that lie outside quotation marks (where a speaker can be named).

use super::pairing::{Pairing, Status};
use crate::document::{Document, Word};
use crate::finding::Span;

pub struct Context<'d, 'a> {
    pub doc: &'d Document<'a>,
    /// Per paragraph, the spans of its top-level quoted matter, in order.
    quoted: Vec<Vec<Span>>,
}

impl<'d, 'a> Context<'d, 'a> {
    pub fn new(doc: &'d Document<'a>, pairing: &Pairing) -> Self {
        let mut quoted: Vec<Vec<Span>> = vec![Vec::new(); doc.paragraphs.len()];
        for q in &pairing.quotations {
            match q.status {
                Status::Closed | Status::Open => {
                    for part in &q.parts {
                        quoted[part.para].push(part.span.clone());
                    }
                }
                // An unclosed quote's extent is a guess: hide only its mark.
                Status::Unclosed => {
                    for part in &q.parts {
                        quoted[part.para].push(part.open.span());
                    }
                }
                Status::Dropped => {}
            }
        }
        for spans in &mut quoted {
            spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
        }
        Context { doc, quoted }
    }

    pub fn prose(&self) -> &'d str {
        &self.doc.prose
    }

    /// Index of the sentence of paragraph `para` that holds offset `at`
    /// (the nearest one when `at` falls between sentences).
    pub fn sentence_at(&self, para: usize, at: usize) -> usize {
        let sentences = &self.doc.paragraphs[para].sentences;
        sentences
            .partition_point(|s| s.end <= at)
            .min(sentences.len().saturating_sub(1))
    }

    pub fn sentence(&self, para: usize, index: usize) -> Span {
        self.doc.paragraphs[para]
            .sentences
            .get(index)
            .cloned()
            .unwrap_or_else(|| self.doc.paragraphs[para].span.clone())
    }

    /// The words of `span` (inside paragraph `para`) that are not quoted.
    pub fn words_outside(&self, para: usize, span: Span) -> Vec<Word<'d>> {
        let quoted = &self.quoted[para];
        self.doc
            .words(span)
            .filter(|w| {
                !quoted
                    .iter()
                    .any(|q| q.start <= w.span.start && w.span.end <= q.end)
            })
            .collect()
    }

    /// Whether sentence `index` of paragraph `para` has no words outside quotations.
    pub fn all_quoted(&self, para: usize, index: usize) -> bool {
        let span = self.sentence(para, index);
        self.words_outside(para, span).is_empty()
    }
}
