//! Current values: whether a figure is what its thing counts now.
//! Not a capacity, an old value, a projection, a part, a conversion or a rate.

use super::*;

/// Words before "of" or "for" that make the figure a capacity: "room for 40".
const CAPACITY_NOUNS: &[&str] = &[
    "capacity", "licensed", "designed", "built", "rated", "room", "space", "seating",
];

/// Words that set a figure against a projection rather than make it one:
/// "beating expectations", "ahead of forecasts", "higher than expected".
const MEASURED_AGAINST: &[&str] = &[
    "beat",
    "beats",
    "beating",
    "topped",
    "topping",
    "exceeded",
    "exceeding",
    "exceeds",
    "missed",
    "missing",
    "misses",
    "surpassed",
    "surpassing",
    "above",
    "below",
    "ahead",
    "short",
    "than",
];

impl Reader<'_, '_> {
    /// Does the figure starting at token `b` say how many something can take, not
    /// how many there are ("licensed to carry 200", "seats 53,000", "capacity of 90")?
    pub(super) fn is_capacity(&self, b: usize) -> bool {
        let toks = self.toks;
        let Some(p1) = b.checked_sub(1).map(|i| &toks[i]) else {
            return false;
        };
        let p2 = b.checked_sub(2).map(|i| &toks[i]);
        if any_is(
            p1,
            &["carry", "hold", "seat", "accommodate", "house", "fit"],
        ) {
            return p2.is_some_and(|p| any_is(p, &["to", "can", "could", "cannot"]));
        }
        if any_is(p1, &["of", "for"]) {
            return p2.is_some_and(|p| any_is(p, CAPACITY_NOUNS));
        }
        any_is(p1, &["holds", "seats", "accommodates", "sleeps"])
    }

    /// The period of a rate read after a figure's noun ("a year" of "4.8
    /// million passengers a year"), for a count of a thing (not "people"):
    /// per year, month, week or day only.
    pub(super) fn period_of_rate(&self, k: usize, d: &Described) -> Option<&'static str> {
        const PERIODS: &[&str] = &["year", "month", "week", "day"];
        if d.loose || self.qs[k].unit != Unit::Count || d.end <= self.qs[k].last {
            return None;
        }
        let toks = self.toks;
        let a = toks.get(d.end + 1).filter(|t| t.is("a") || t.is("per"))?;
        let period = toks
            .get(d.end + 2)
            .filter(|t| t.sentence() == a.sentence())?;
        PERIODS.iter().copied().find(|p| period.is(p))
    }

    /// Is the figure at `k` the current value of what it counts (not an old value,
    /// a projection, a part, a conversion or a rate)? If not, what it is instead.
    pub(super) fn is_current_value(&self, k: usize, d: &Described) -> Result<(), &'static str> {
        let toks = self.toks;
        let q = &self.qs[k];
        let b = q.hedge_start;
        let sentence = toks[q.first].sentence();
        let (cs, ce) = clause_bounds(toks, q.first, sentence);
        let prev = b.checked_sub(1).map(|p| &toks[p]);
        let end = d.end.max(q.last);
        let after = toks.get(end + 1);
        // Old values and comparison bases: "up from nine", "from $2.51bn", "than 40".
        // A "from" where nothing in the clause changes is no base where it
        // names people something came from ("$3.8m taken from 153 investors"),
        // or a place something is done from, with no figure before it in its
        // sentence ("trades from 146 stores").
        let unchanged_from = prev.is_some_and(|p| p.is("from"))
            && !toks[cs..b]
                .iter()
                .any(|t| t.has(words::CHANGE_VERBS | words::UP | words::DOWN));
        let source_people = !d.loose && self.vocab.lex.is_people_noun(&d.name);
        let first_in_sentence = !(k >= 1 && toks[self.qs[k - 1].first].sentence() == sentence);
        let not_a_base = unchanged_from && (source_people || first_in_sentence);
        if prev.is_some_and(|p| any_is(p, &["from", "than", "versus", "vs", "against"]))
            && !not_a_base
        {
            return Err("old value or base");
        }
        if b >= 2 && toks[b - 2].is("compared") {
            return Err("compared");
        }
        // A figure given as known after a comparison is its base: "fewer than the
        // 1,320 it hired", "beat the 428 tonnes the contract had set".
        if super::after_a_comparison(toks, b) {
            return Err("compared");
        }
        // Superseded: "officials initially reported 31 injured".
        if toks[cs.max(b.saturating_sub(8))..b]
            .iter()
            .any(|t| t.has(words::SUPERSEDED))
        {
            return Err("superseded");
        }
        // Hypotheticals and conditions: "would deport all 11 million", "once a
        // petition tops 100,000", "if turnout reaches 60%".
        // (A comma closes the condition: "If approved, the 530 houses …" is the plan.)
        if toks[cs..b]
            .iter()
            .rev()
            .take_while(|t| !t.is_punct(','))
            .any(|t| t.has(words::HYPOTHETICAL))
        {
            return Err("hypothetical");
        }
        // What would have been: "the challenger would have led the 696.57 votes".
        let clause = &toks[cs..b];
        if clause
            .windows(2)
            .any(|w| any_is(&w[0], &["would", "could", "might", "should"]) && w[1].is("have"))
        {
            return Err("hypothetical");
        }
        // Denied, not given: "would not go above a $12 minimum wage".
        // ("Officials have not said whether the three people killed …" denies the saying;
        // "would not appeal against the £6.3m penalty" the act, not the penalty, which
        // a definite figure takes as given.)
        let near = &toks[cs.max(b.saturating_sub(4))..b];
        let negation = near.iter().rposition(|t| {
            t.is("not") || t.is("never") || t.text.ends_with("n't") || t.text.ends_with("n’t")
        });
        let given = b >= 1 && toks[b - 1].is("the");
        if !given
            && negation.is_some_and(|n| {
                !near[n + 1..]
                    .iter()
                    .any(|t| t.has(words::SPEECH) || t.is("said") || t.is("whether"))
            })
        {
            return Err("denied");
        }
        // One of a group, or a group picked out by rank: "one employee", "the
        // first four states", "the top two candidates".
        if q.value < 2.0 && q.unit == Unit::Count {
            return Err("one of a group");
        }
        // ("The final was watched by 41,200": a rank word before the linking
        // verb names the event, not a rank of the count.)
        let linked = b >= 1 && toks[b - 1].has(words::LINKS);
        if !linked
            && toks[b.saturating_sub(2)..b]
                .iter()
                .any(|t| t.has(words::RANKS))
        {
            return Err("ranked");
        }
        // Capacities: "licensed to carry 200 passengers", "a capacity of 53,000".
        if self.is_capacity(b) {
            return Err("capacity");
        }
        // Projections, targets, hopes: "expected about 40,000 troops".
        // (A definite "the 125,000 suspensions could include …" names a known
        // quantity: what may follow is about something else.)
        let definite = (d.end > q.last && prev.is_some_and(|p| determines(p, toks.get(d.end))))
            || self.is_definite(k, d);
        // (Nor what the clause's verb may do to it: "could not trace the $47bn".)
        let (from, reach) = if definite {
            (b.saturating_sub(1), b)
        } else {
            (b.saturating_sub(6), ce.min(end + 7))
        };
        // ("The deal, which values the firm at £46.2m, is expected to
        // complete": a relative clause's figure is its own verb's, not the
        // projection's of the clause around it.)
        let (from, reach) = match context::relative_clause_around(toks, b, end) {
            Some(r) => (from.max(r.start), reach.min(r.end)),
            None => (from, reach),
        };
        // But a projection's participle right after the noun qualifies it,
        // definite or not: "the 5.42 million passengers forecast for next year".
        let qualified = toks.get(end + 1).is_some_and(|t| {
            t.has(words::PROJECTION) && (t.text.ends_with("ed") || t.is("forecast"))
        });
        // (A figure set against a projection is no projection: "net income of
        // $418 million, beating analysts' expectations", "higher than forecast".)
        let projected = |i: usize| {
            toks[i].has(words::PROJECTION)
                && !toks[i.saturating_sub(3).max(cs)..i]
                    .iter()
                    .any(|t| any_is(t, MEASURED_AGAINST))
        };
        let from = cs.max(from);
        if (qualified || (from..reach).any(projected)) && !self.is_threshold(k, d) {
            return Err("projection");
        }
        // Parts: "11 of the victims", "including 133 tanks", "600 from each side".
        // ("43 lots of its drug" counts lots: the "of" follows a noun, not the figure.)
        if after.is_some_and(|a| a.is("of"))
            && toks.get(end + 2).is_some_and(|t| {
                if d.end <= q.last {
                    t.has(words::PARTITIVE)
                } else {
                    any_is(t, &["them", "us", "whom", "which", "those", "these"])
                        || (t.is("the")
                            && toks.get(end + 3).is_some_and(|n| n.kind == Kind::Number))
                }
            })
        {
            return Err("part");
        }
        // A figure after a demonstrative refers back to one given before: "those 240 homes".
        if prev.is_some_and(|p| p.is("those") || p.is("these")) {
            return Err("demonstrative");
        }
        // "The 240 homes that were flooded": a restrictive clause names a part.
        if d.end > q.last
            && after.is_some_and(|a| a.is("that") || a.is("who") || a.is("which"))
            && toks
                .get(end + 2)
                .is_some_and(|t| t.is("were") || t.is("was") || t.is("had") || t.is("have"))
            && b >= 1
            && toks[b - 1].is("the")
        {
            return Err("restrictive clause");
        }
        if prev.is_some_and(|p| p.has(words::PART_BEFORE)) {
            return Err("part before");
        }
        // The ends of a range written out: "between $2,500 and $5,000".
        if prev.is_some_and(|p| p.is("between"))
            || (prev.is_some_and(|p| p.is("and") || p.is("to"))
                && k >= 1
                && self.qs[k - 1].last + 2 == b
                && self.qs[k - 1].hedge_start >= 1
                && any_is(&toks[self.qs[k - 1].hedge_start - 1], &["between", "from"]))
        {
            return Err("range ends");
        }
        if b >= 2
            && toks[b - 2].is("of")
            && prev.is_some_and(|p| any_is(p, &["whom", "which", "them"]))
        {
            return Err("of which");
        }
        if after.is_some_and(|a| any_is(a, &["each", "apiece", "a-piece"]))
            || (after.is_some_and(|a| a.is("from"))
                && toks.get(end + 2).is_some_and(|t| t.is("each")))
        {
            return Err("each");
        }
        // "Of the 16 people killed, at least five died …": what follows the whole is a
        // part, unless the figure counts a noun of its own ("Of the 40 homes, 12 cars …").
        if toks[cs].is("of")
            && k >= 1
            && self.qs[k - 1].first > cs
            && toks[self.qs[k - 1].first].sentence() == sentence
        {
            let own_noun = d.end > q.last && !d.loose && d.name != "dead" && {
                with_lemma(toks[d.end].text, |noun| {
                    !self.vocab.lex.is_generic(noun)
                        && with_lemma(toks[self.qs[k - 1].last + 1].text, |other| noun != other)
                })
            };
            if !own_noun {
                return Err("part of a whole");
            }
        }
        if super::context::after_a_whole_set_off(toks, b) {
            return Err("part of a whole");
        }
        // Rates: "3,000 men a month", "$20m a year", "per capita". (A salary
        // "of £450k a year" is the salary: a year is the period it is given for.)
        let annual = |t: &Token<'_>| d.name == "salary" && (t.is("year") || t.is("annum"));
        if after.is_some_and(|a| a.is("a") || a.is("per") || a.is("every") || a.is("each"))
            && toks.get(end + 2).is_some_and(|t| {
                (with_lemma(t.text, |l| self.vocab.lex.is_unit(l)) || t.has(words::RATE_NOUNS))
                    && !annual(t)
            })
        {
            return Err("rate");
        }
        // Ratios: "nine in 10 people". (Not "a loss of EUR 465 million in
        // 2025": money is no ratio, and "in" a year is when.)
        let a_year = |t: &Token<'_>| {
            t.digits() == 4 && t.suffix().is_empty() && !t.digits_text().contains([',', '.'])
        };
        if toks
            .get(q.last + 1)
            .is_some_and(|t| t.is("in") || t.is("out"))
            && toks
                .get(q.last + 2)
                .is_some_and(|t| (t.kind == Kind::Number && !a_year(t)) || t.is("of"))
            && !matches!(q.unit, Unit::Money(_))
        {
            return Err("ratio");
        }
        if prev.is_some_and(|p| p.is("in")) && k >= 1 && self.qs[k - 1].last + 2 == b {
            return Err("in a ratio");
        }
        // Conversions and alternatives: "$1.13bn (£600m)", "140,000, or roughly 14,000 jobs".
        if prev.is_some_and(|p| p.is_punct('(') || p.is("or"))
            && k >= 1
            && self.qs[k - 1].last + 3 >= b
        {
            return Err("conversion");
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::{read, with_reader};

    #[test]
    fn room_for_a_number_is_a_capacity() {
        with_reader("The stadium seats 53,000 and the bus can carry 60.", |r| {
            assert!(r.is_capacity(r.qs[0].hedge_start));
            assert!(r.is_capacity(r.qs[1].hedge_start));
        });
    }

    #[test]
    fn a_plain_count_is_no_capacity() {
        with_reader("The crowd was 80,000 people.", |r| {
            assert!(!r.is_capacity(r.qs[0].hedge_start));
        });
    }

    #[test]
    fn a_capacity_is_not_read_as_a_figure() {
        assert!(read("The stadium seats 53,000 fans.").is_empty());
    }

    #[test]
    fn an_old_value_is_left_out() {
        let found = read("Police said 40 people were arrested, up from 30 people last year.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].3, "40 people");
    }
}
