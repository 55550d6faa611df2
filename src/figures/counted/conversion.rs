//! Conversions: a sum given in a second currency in brackets ("$1.13bn (£600m)")
//! is the same figure, read with what the first one counts and whose it is.

use super::*;

impl Reader<'_, '_> {
    /// The figure at `k` as a conversion of `last`, the paragraph's figure read
    /// just before it: money in another currency, in brackets right after it.
    pub(super) fn conversion(&self, k: usize, last: Option<&Figure>) -> Option<Figure> {
        let q = &self.qs[k];
        let main = &self.qs[k.checked_sub(1)?];
        let last = last.filter(|f| f.q.span == main.span)?;
        let opened = q.hedge_start >= 1 && self.toks[q.hedge_start - 1].is_punct('(');
        let other_currency = matches!(
            (main.unit, q.unit),
            (Unit::Money(a), Unit::Money(b)) if a != b
        );
        if !opened || !other_currency || main.last + 2 != q.hedge_start {
            return None;
        }
        Some(Figure {
            q: q.clone(),
            thing: Thing {
                unit: q.unit,
                ..last.thing.clone()
            },
            phrase: q.span.clone(),
            definite: false,
            ..last.clone()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::read;

    #[test]
    fn a_sum_in_a_second_currency_is_read_as_the_first() {
        let found = read("The chain was sold for $1.13bn (£600m) in cash on Friday.");
        let texts: Vec<&str> = found.iter().map(|f| f.3.as_str()).collect();
        assert_eq!(texts, ["$1.13bn", "£600m"], "{found:?}");
        assert_eq!(found[0].0, found[1].0);
    }

    #[test]
    fn a_bracketed_figure_in_the_same_currency_is_no_conversion() {
        let found = read("The chain was sold for $1.13bn ($600m in cash) on Friday.");
        assert!(found.iter().all(|f| f.3 != "$600m"), "{found:?}");
    }
}
