//! The draft as the quote checks read it: each paragraph's sentences, and the
//! words that lie outside quotation marks (where a speaker can be named).

use std::cell::OnceCell;

use super::attribution;
use super::pairing::{Pairing, Status};
use crate::document::{Document, Word};
use crate::finding::Span;

pub struct Context<'d, 'a> {
    pub doc: &'d Document<'a>,
    /// Per paragraph, its top-level quoted spans, sorted by start.
    quoted: Vec<Vec<Span>>,
    /// Per paragraph, its words outside quotation marks, in order (the words
    /// of any span are a slice of them); tokenized when first asked for.
    outside: Vec<OnceCell<Vec<Word<'d>>>>,
    /// Per paragraph, the index of its first sentence among all sentences.
    first_sentence: Vec<usize>,
    /// Per sentence (in document order), whether it credits a speaker; worked out when first asked.
    names_speaker: Vec<OnceCell<bool>>,
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
        let mut first_sentence = Vec::with_capacity(doc.paragraphs.len());
        let mut total = 0;
        for p in &doc.paragraphs {
            first_sentence.push(total);
            total += p.sentences.len();
        }
        Context {
            doc,
            outside: vec![OnceCell::new(); quoted.len()],
            quoted,
            first_sentence,
            names_speaker: vec![OnceCell::new(); total],
        }
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

    /// The words that start within `span` (inside one paragraph) and are not quoted.
    pub fn words_outside(&self, span: Span) -> &[Word<'d>] {
        let Some(para) = self.doc.paragraph_at(span.start) else {
            return &[];
        };
        let words = self.outside[para].get_or_init(|| {
            let prose: &'d str = &self.doc.prose;
            let paragraph = &self.doc.paragraphs[para];
            let mut words = Vec::with_capacity(paragraph.tokens.len());
            for gap in gaps(&self.quoted[para], paragraph.span.clone()) {
                paragraph.words_in(prose, gap, |w| words.push(w));
            }
            words
        });
        let from = words.partition_point(|w| w.span.start < span.start);
        let to = words.partition_point(|w| w.span.start < span.end);
        &words[from..to.max(from)]
    }

    /// The quoted spans (top-level and nested) of paragraph `para` that overlap `span`.
    pub fn quoted_in(&self, para: usize, span: Span) -> impl Iterator<Item = &Span> + '_ {
        self.quoted[para]
            .iter()
            .filter(move |q| q.start < span.end && q.end > span.start)
    }

    /// Whether sentence `index` of paragraph `para` has no words outside quotations.
    pub fn all_quoted(&self, para: usize, index: usize) -> bool {
        self.words_outside(self.sentence(para, index)).is_empty()
    }

    /// Whether sentence `index` of paragraph `para` credits a speaker outside its quotations.
    pub fn names_speaker(&self, para: usize, index: usize) -> bool {
        let work = || {
            let words = self.words_outside(self.sentence(para, index));
            attribution::names_speaker(self.prose(), words)
        };
        match self.names_speaker.get(self.first_sentence[para] + index) {
            Some(cell) => *cell.get_or_init(work),
            None => work(),
        }
    }
}

/// The stretches of `span` between the `quoted` spans (sorted by start;
/// nested spans lie inside earlier ones).
fn gaps(quoted: &[Span], span: Span) -> impl Iterator<Item = Span> + '_ {
    let mut at = span.start;
    let mut next = quoted.iter();
    std::iter::from_fn(move || {
        while at < span.end {
            let Some(q) = next.next() else {
                let gap = at..span.end;
                at = span.end;
                return Some(gap);
            };
            if q.end <= at {
                continue;
            }
            if q.start >= span.end {
                let gap = at..span.end;
                at = span.end;
                return Some(gap);
            }
            let gap = at..q.start.max(at);
            at = q.end;
            if !gap.is_empty() {
                return Some(gap);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_outside_skip_quotations() {
        use crate::document::Format;
        let text = "“One two,” she said, calling it “three” and more.";
        let doc = Document::parse(text, Format::PlainText);
        let pairing = super::super::pairing::pair(&doc);
        let cx = Context::new(&doc, &pairing);
        let got: Vec<&str> = cx
            .words_outside(0..text.len())
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(got, vec!["she", "said", "calling", "it", "and", "more"]);
    }

    #[test]
    fn words_keep_inner_apostrophes() {
        let text = "So-called “grey belt”: don’t, Putin's 90s, 8,000 officials’.";
        let doc = Document::parse(text, crate::document::Format::PlainText);
        let got: Vec<&str> = doc.words(0..text.len()).iter().map(|w| w.text).collect();
        assert_eq!(
            got,
            vec![
                "So",
                "called",
                "grey",
                "belt",
                "don’t",
                "Putin's",
                "90s",
                "8",
                "000",
                "officials"
            ]
        );
    }
}
