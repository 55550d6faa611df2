//! Thresholds: "needs 2,383 delegates to win", "the 1,237 delegates needed to
//! clinch": the number a goal takes is one quantity of the story, not a hope.

use super::*;

/// Words that make a number the one a goal takes.
const NEEDED: &[&str] = &["need", "needs", "needed", "required"];

impl Reader<'_, '_> {
    /// Is the figure at `k` the number needed for a goal: "needs N things to
    /// win" or "N things needed (to …)"? Read as its own quantity (a counted
    /// thing narrowed by "needed"), compared only with the same threshold.
    pub(super) fn is_threshold(&self, k: usize, d: &Described) -> bool {
        let toks = self.toks;
        let q = &self.qs[k];
        let end = d.end.max(q.last);
        if d.end <= q.last || q.hedge != crate::figures::extract::Hedge::Exact {
            return false;
        }
        let after = |n: usize| toks.get(end + n);
        let in_sentence = |t: &Token<'_>| t.sentence() == toks[q.first].sentence();
        // "N delegates needed (to clinch)", "N delegates, the number needed".
        if after(1).is_some_and(|t| in_sentence(t) && any_is(t, NEEDED)) {
            return true;
        }
        // (A closing quotation mark may stand after the comma: "… 1,437 delegates,” the number needed.)
        let quote = usize::from(after(2).is_some_and(|t| t.is_punct('”') || t.is_punct('"')));
        if after(1).is_some_and(|t| t.is_punct(','))
            && after(2 + quote).is_some_and(|t| t.is("the"))
            && after(3 + quote).is_some_and(|t| t.is("number"))
            && after(4 + quote).is_some_and(|t| in_sentence(t) && any_is(t, NEEDED))
        {
            return true;
        }
        // "It takes N delegates to win".
        let b = q.hedge_start;
        if b >= 2
            && any_is(&toks[b - 1], &["takes", "take", "took"])
            && toks[b - 2].is("it")
            && after(1).is_some_and(|t| in_sentence(t) && t.is("to"))
        {
            return true;
        }
        // "needs N delegates to win" ("needs the 2,383 delegates …" too).
        let mut b = q.hedge_start;
        if b >= 1 && toks[b - 1].is("the") {
            b -= 1;
        }
        b >= 1
            && any_is(&toks[b - 1], NEEDED)
            && after(1).is_some_and(|t| in_sentence(t) && t.is("to"))
            && after(2).is_some_and(|t| t.kind == Kind::Word && !is_stop(t))
    }
}

#[cfg(test)]
mod tests {
    use super::super::read;

    #[test]
    fn the_number_a_goal_takes_is_read_as_a_threshold() {
        let found = read("She needs 2,383 delegates to win the nomination.");
        assert_eq!(found.len(), 1, "{found:?}");
        let found = read("She is short of the 2,383 delegates needed to win.");
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_hope_is_still_no_figure() {
        assert!(read("She hopes to win 2,383 delegates by June.").is_empty());
        assert!(read("The campaign needs more volunteers and 300 buses.").is_empty());
    }
}
