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
mod extract;
mod lexicon;
mod render;
mod tokens;
mod words;

pub mod conflicting_figure;

use crate::config::FigureStyle;
use crate::document::Document;
use crate::finding::Finding;

use counted::Reader;
use lexicon::{Lexicon, Vocabulary};

/// Find figures that give one quantity two values that cannot both be true.
pub fn check(doc: &Document<'_>, style: &FigureStyle) -> Vec<Finding> {
    let mut written = Vec::new();
    let figures = read_figures(doc, style, Some(&mut written));
    conflicts::report(doc, &figures, &written)
}

/// Every figure of the draft read with what it counts, in document order;
/// and, into `written`, every quantity the draft writes (old values and
/// bases included), as the values a later figure may restate.
fn read_figures(
    doc: &Document<'_>,
    style: &FigureStyle,
    written: Option<&mut Vec<conflicts::Written>>,
) -> Vec<counted::Figure> {
    let vocab = Vocabulary::new(Lexicon::builtin(), &style.synonyms);
    // One buffer for the whole draft's tokens; each paragraph reads its own slice.
    let mut toks = Vec::with_capacity(doc.prose.len() / 4 + 8);
    let mut bounds = Vec::with_capacity(doc.paragraphs.len());
    for p in &doc.paragraphs {
        let start = toks.len();
        tokens::tokenize_into(&doc.prose, p, &mut toks);
        bounds.push(start..toks.len());
    }
    let parsed: Vec<ages::Parsed<'_, '_>> = bounds
        .into_iter()
        .map(|r| {
            let toks = &toks[r];
            (toks, extract::quantities(toks))
        })
        .collect();
    if let Some(written) = written {
        written.extend(
            parsed
                .iter()
                .flat_map(|(_, qs)| qs)
                .map(conflicts::Written::of),
        );
    }
    let mut figures = Vec::new();
    for (i, (toks, qs)) in parsed.iter().enumerate() {
        if !qs.is_empty() {
            Reader::new(doc.text, toks, qs, &vocab, i).figures(&mut figures);
        }
    }
    figures.extend(ages::ages(&parsed));
    figures.sort_by_key(|f| f.q.span.start);
    figures
}

/// Every comparable figure of a draft with what it was read as, one per line
/// (for diagnosing a missed or false conflict).
#[doc(hidden)]
pub fn explain(doc: &Document<'_>, style: &FigureStyle) -> Vec<String> {
    read_figures(doc, style, None)
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
