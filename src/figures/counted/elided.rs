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
        // ("The 400m" is a race, or a measure whose unit is glued on: no
        // bare number.)
        if !toks[q.hedge_start - 1].is("the") || !toks[q.first].suffix().is_empty() {
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
            || last.thing.unit != Unit::Count
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

#[cfg(test)]
mod tests {
    use super::super::read;

    /// The texts of the figures read in `text`.
    fn phrases(text: &str) -> Vec<String> {
        read(text).into_iter().map(|f| f.3).collect()
    }

    #[test]
    fn a_bare_number_restates_the_count_before_it() {
        let found = read("The shelter took in 361 dogs last year. Of the 316, half were rehomed.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, found[1].0);
    }

    #[test]
    fn a_number_with_a_glued_unit_or_after_a_measure_restates_nothing() {
        // "The 400m" is a race; the measure before it is no count.
        let found = phrases("The park covers 40 sq km. She ran the 400m in 51.3sec.");
        assert!(!found.iter().any(|p| p.contains("400")), "{found:?}");
        let found = phrases("The park covers 40 sq km. Of the 400, most is woodland.");
        assert!(!found.iter().any(|p| p.contains("400")), "{found:?}");
    }
}
