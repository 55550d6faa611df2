//! A count whose noun is left out because it was just given: "took in 361
//! dogs … Of the 316, half were rehomed" restates the count before it.

use super::*;

/// Words that may follow an elided count's number and leave it bare: its
/// verb's auxiliaries ("the 316 were"), or where those counted are ("the
/// 53,000 inside the ground"); not a clause that says which ("the 316 who
/// applied"), a part ("the 316 of them") or a noun the reader did not know.
const BARE_AFTER: &[&str] = &[
    "were", "was", "are", "is", "have", "had", "has", "will", "in", "inside", "at",
];

/// How many paragraphs back the count an elided one restates may stand.
const REACH: usize = 3;

impl Reader<'_, '_> {
    /// The figure at `k` as a reference to the count read just before it, when
    /// it is "the" and a bare number ("Of the 316, about half"): a definite
    /// number with no noun can only restate a count already given, and the
    /// nearest one given is the one it restates. Compared only as a mistyped
    /// figure (loose): another value there may be one the text never gave.
    pub(super) fn elided(&self, k: usize, earlier: &[Figure]) -> Option<Figure> {
        let toks = self.toks;
        let q = &self.qs[k];
        if q.unit != Unit::Count || q.style.words || q.hedge_start == 0 {
            return None;
        }
        if !toks[q.hedge_start - 1].is("the") {
            return None;
        }
        let bare = toks.get(q.last + 1).is_none_or(|t| {
            t.is_punct(',') || t.is_punct('.') || t.is_punct(';') || any_is(t, BARE_AFTER)
        });
        if !bare {
            return None;
        }
        // The count given last: the quantity right before this one in its
        // paragraph, or the last read in the paragraphs before.
        let last = earlier.last()?;
        let nearest = match k.checked_sub(1) {
            Some(p) => last.q.span == self.qs[p].span,
            None => last.paragraph + REACH >= self.paragraph,
        };
        let sentence = toks[q.first].sentence();
        if !nearest
            || last.q.unit != Unit::Count
            || last.sentence_key() == (self.paragraph, sentence)
        {
            return None;
        }
        Some(Figure {
            q: q.clone(),
            paragraph: self.paragraph,
            sentence,
            phrase: q.span.clone(),
            time: self.time_as(q.hedge_start, q.last, true),
            source: context::source_of(toks, q.first),
            loose: true,
            definite: true,
            context: self.context_words(q.first, q.last),
            listed: false,
            another: false,
            subject: None,
            ..last.clone()
        })
    }
}
