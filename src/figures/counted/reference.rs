//! References and context: how a figure is tied to the words around it.
//! Definite references to figures already given, restating words, and new values of a change.

use super::*;

impl Figure {
    /// Do the words around this figure name `owner` ("Tatshenlin" in "The
    /// Tatshenlin Glacier has pulled back 1.62 kilometres")? Its last word is looked for.
    pub(in crate::figures) fn mentions(&self, owner: &str) -> bool {
        let last = owner.rsplit(' ').next().unwrap_or(owner);
        with_lemma(last, |l| self.context.binary_search(&word_hash(l)).is_ok())
    }
}

/// How many tokens either side of a figure its context words are read from.
const CONTEXT_REACH: usize = 20;

/// A word's hash for comparing contexts (FNV-1a, folded to 32 bits).
fn word_hash(w: &str) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in w.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h ^ (h >> 32)) as u32
}

/// How far outside a definite reference's own words a time marker may stand
/// and still be its time ("last year's $4bn profit", "the 300 homes in 2019").
const OWN_TIME_REACH: usize = 2;

impl Reader<'_, '_> {
    /// When the figure at `k` holds. A definite reference ("the 25,000 posts to
    /// go") names a figure already given, so the time of the clause around it
    /// ("would show next year") is its verb's, not the figure's: only a time in
    /// its own phrase counts, and without one it is the figure it refers to.
    pub(super) fn time_of_figure(&self, k: usize, d: &Described) -> Time {
        let q = &self.qs[k];
        self.time_as(q.hedge_start, d.end.max(q.last), self.is_definite(k, d))
    }

    /// When a figure spanning tokens `from..=to` holds; for a `definite`
    /// reference only a time in its own phrase counts, and not the modal of
    /// the verb after it ("the 358 dwellings will include a school").
    pub(super) fn time_as(&self, from: usize, to: usize, definite: bool) -> Time {
        let to = self.through_restrictive_clause(to);
        if !definite {
            return self.time(from, to);
        }
        let toks = self.toks;
        let (lo, hi) = (from.saturating_sub(OWN_TIME_REACH), to + OWN_TIME_REACH);
        let mut markers = context::markers_near(toks, from, to);
        // After the object of a verb to come, a time with no preposition
        // dates the verb ("will vote on the £421m budget next month"), one
        // with a preposition the figure ("the £421m budget of 2019"); after a
        // subject it is the figure's own ("the 381 cancellations on Tuesday were").
        let own_preposition = |at: usize| {
            [at, at.wrapping_sub(1)]
                .iter()
                .filter_map(|&i| toks.get(i))
                .any(|t| any_is(t, &["in", "for", "of", "from", "since", "during", "by"]))
        };
        // (The clause is read only where a time follows the figure.)
        let to_come = markers.iter().any(|m| m.at > to) && {
            let (clause_start, _) = clause_bounds(toks, from, toks[from].sentence());
            toks[clause_start..from]
                .iter()
                .any(|t| any_is(t, &["will", "would", "shall"]))
        };
        // (A time opening the sentence dates all of it, references too.)
        let opener = context::Opener::of(toks, from);
        markers.retain(|m| {
            let modal = m.at > to && (toks[m.at].is("will") || toks[m.at].is("shall"));
            let verbs_time = to_come && m.at > to && !own_preposition(m.at);
            (m.at >= lo && m.at <= hi && !modal && !verbs_time)
                || opener.is_some_and(|o| o.dates(toks, m.at, from))
        });
        context::time_of(toks, &markers, from, to)
    }

    /// The subject of the clause a figure starting at token `b` stands in, as
    /// written, its head last: the antecedent of a relative clause set off by
    /// commas with the words before it ("Keogh, who was sentenced to 72
    /// months"), else the words that open the sentence before its first small
    /// word or verb ("The Tarn bridge is …", "Darren Keogh was jailed …",
    /// "The county council runs 38 …"). None for a pronoun, or a sentence
    /// that opens any other way.
    pub(super) fn subject_of(&self, b: usize) -> Option<String> {
        const DETERMINERS: &[&str] = &["the", "a", "an", "this", "that", "its", "his", "her"];
        let toks = self.toks;
        let sentence = toks.get(b)?.sentence();
        let word = |t: &Token<'_>| {
            t.kind == Kind::Word
                && t.sentence() == sentence
                && !is_stop(t)
                && !t.has(words::AUXILIARIES)
                && !t.text.ends_with("ly")
        };
        let written =
            |run: &[Token<'_>]| run.iter().map(|t| t.stem()).collect::<Vec<_>>().join(" ");
        // Back to a relative pronoun after a comma, within the sentence and
        // before a semicolon (commas between are passed: "which runs 83
        // libraries, 12 museums and 40 parks").
        let mut i = b;
        for _ in 0..12 {
            let Some(p) = i.checked_sub(1) else { break };
            let t = &toks[p];
            if t.sentence() != sentence || t.is_punct(';') {
                break;
            }
            if any_is(t, &["which", "who", "where"]) {
                let head = p
                    .checked_sub(2)
                    .filter(|&h| toks[p - 1].is_punct(',') && word(&toks[h]))?;
                let words = (head.saturating_sub(3)..=head)
                    .rev()
                    .take_while(|&k| word(&toks[k]))
                    .count();
                return Some(written(&toks[head + 1 - words..=head]));
            }
            i = p;
        }
        let start = context::sentence_start(toks, b)?;
        let mut j = start;
        // (Not where the figure itself opens the sentence with a determiner:
        // "a maximum of 10 people" opening a table's cell.)
        if j < b
            && toks
                .get(j)
                .is_some_and(|t| DETERMINERS.iter().any(|d| t.is(d)))
        {
            j += 1;
        }
        // (The run must end on a small word, "is", "has", "on": "The Marlow
        // festival drew 41,500" may end on its verb.)
        let run = toks[j..b].iter().take_while(|t| word(t)).count();
        let ends_on_small_word = toks
            .get(j + run)
            .is_some_and(|t| t.kind == Kind::Word && (is_stop(t) || t.has(words::AUXILIARIES)));
        if (1..=4).contains(&run) && ends_on_small_word {
            return Some(written(&toks[j..j + run]));
        }
        // "The county council runs 38 libraries": the run's last word is
        // its verb where a number or an article follows it.
        let object = toks
            .get(j + run)
            .is_some_and(|t| t.kind == Kind::Number || any_is(t, &["the", "a", "an"]));
        ((2..=5).contains(&run) && object).then(|| written(&toks[j..j + run - 1]))
    }

    /// The last token of a restrictive relative clause right after token
    /// `to` ("the 1,800 workers who lost their jobs at the plant in 2009"), or
    /// `to`: the clause says which ones, and when, as the figure's own words.
    fn through_restrictive_clause(&self, to: usize) -> usize {
        /// How far a restrictive clause is read.
        const CLAUSE_REACH: usize = 16;
        let toks = self.toks;
        let Some(relative) = toks.get(to + 1) else {
            return to;
        };
        if !any_is(relative, &["who", "that", "which"])
            || relative.sentence() != toks[to].sentence()
        {
            return to;
        }
        // Its verb (with its auxiliaries), then its words up to a punctuation
        // mark or the main clause's verb ("who voted in favour were …").
        let sentence = relative.sentence();
        let verb = (to + 2..toks.len())
            .find(|&k| !toks[k].has(words::AUXILIARIES))
            .unwrap_or(to + 2);
        (verb..toks.len().min(to + 2 + CLAUSE_REACH))
            .take_while(|&k| {
                let t = &toks[k];
                t.sentence() == sentence
                    && t.kind != Kind::Punct
                    && (k == verb || !t.has(words::AUXILIARIES))
            })
            .last()
            .unwrap_or(to)
    }

    /// Does the clause before token `b` introduce another of a kind ("a second
    /// fire has burned 14,200 hectares", "a separate survey found 41%")?
    pub(super) fn introduces_another(&self, b: usize, last: usize) -> bool {
        introduces_another(self.toks, b, last)
    }
}

/// Does the clause before token `b` of `toks` introduce another of a kind
/// ("a second fire has burned 14,200 hectares", "a separate survey found 41%"),
/// or a phrase after the figure ending at `last` place it at another ("the
/// 361 homes on the other bank", "its 120 staff at another site")?
pub fn introduces_another(toks: &[Token<'_>], b: usize, last: usize) -> bool {
    at_another(toks, last) || another_before(toks, b)
}

/// Prepositions that open a phrase placing what a figure counts.
const PLACING: &[&str] = &["on", "at", "in", "across", "along", "from", "beyond"];

/// Does a phrase within a few words after the figure ending at `last`
/// place what it counts at another of a kind: a preposition, then "the
/// other", "its other" or "another" ("the 361 homes on the other bank")?
fn at_another(toks: &[Token<'_>], last: usize) -> bool {
    let Some(sentence) = toks.get(last).map(Token::sentence) else {
        return false;
    };
    let end = toks.len().min(last + 7);
    let phrase = &toks[last + 1..end];
    let len = phrase
        .iter()
        .take_while(|t| t.sentence() == sentence && t.kind != Kind::Punct)
        .count();
    phrase[..len].windows(3).any(|w| {
        any_is(&w[0], PLACING) && (w[1].is("another") || (is_determiner(&w[1]) && w[2].is("other")))
    })
}

/// Does the clause before token `b` introduce another of a kind?
fn another_before(toks: &[Token<'_>], b: usize) -> bool {
    let Some(t) = toks.get(b) else { return false };
    let (cs, _) = clause_bounds(toks, b, t.sentence());
    // ("next" names another only when no period follows: "next month" is a time.)
    let period = |i: usize| {
        toks.get(i + 1).is_some_and(|n| {
            any_is(
                n,
                &[
                    "year", "month", "week", "day", "quarter", "season", "time", "round", "spring",
                    "summer", "autumn", "winter", "weekend", "decade",
                ],
            )
        })
    };
    // ("second" names another only before what it counts: "a second crest",
    // not "finished second, said …".)
    let placing = |i: usize| {
        toks.get(i + 1)
            .is_none_or(|n| n.kind == Kind::Punct || is_stop(n))
    };
    // "An amendment … was rejected by 13 votes to 30", "a similar motion",
    // "an earlier ballot": another of its kind than the one given.
    let indefinite_other = |i: usize| {
        (toks[i].is("a") || toks[i].is("an"))
            && toks.get(i + 1).is_some_and(|n| {
                any_is(
                    n,
                    &[
                        "amendment",
                        "similar",
                        "earlier",
                        "previous",
                        "prior",
                        "later",
                    ],
                )
            })
    };
    // "The council also approved a $2.7 million settlement": one more,
    // brought in with its article.
    let also_a = b >= 1
        && (toks[b - 1].is("a") || toks[b - 1].is("an"))
        && toks[cs..b].iter().any(|t| t.is("also"));
    also_a
        || (cs..b).any(|i| {
            let t = &toks[i];
            indefinite_other(i)
                || (t.is("next") && !period(i))
                || (t.is("second") && !placing(i))
                || any_is(
                    t,
                    &[
                        "another",
                        "separate",
                        "rival",
                        "different",
                        "neighbouring",
                        "neighboring",
                    ],
                )
        })
}

impl Reader<'_, '_> {
    /// Is the figure at `k` written as a definite reference to one already given:
    /// "the 121 survivors", "its 14 hospitals", "Harbor's 80 per cent holding",
    /// "the audience of 18.1 million"? Not when a clause or phrase after the noun
    /// says which ones ("the 13 states where polls were held", "the 35 states that
    /// have not voted"): that introduces a new group.
    pub(super) fn is_definite(&self, k: usize, d: &Described) -> bool {
        /// Prepositions that may follow a sum already given ("spent the
        /// $680,000 on cars", "repay the £41,000 within a year").
        const SUM_PREPOSITIONS: &[&str] = &["on", "in", "into", "within", "to", "over"];
        let toks = self.toks;
        let q = &self.qs[k];
        let Some(before) = q.hedge_start.checked_sub(1).map(|i| &toks[i]) else {
            return false;
        };
        if dated_this(toks, q.hedge_start) {
            return false;
        }
        if d.end > q.last {
            let restricted = toks.get(d.end + 1).is_some_and(|t| {
                any_is(
                    t,
                    &["who", "that", "which", "where", "whose", "whom", "with"],
                )
            });
            // ("the loss of 8,100 jobs": a definite noun of what befell them.)
            let of_determined = measure_of_undated(toks, q.hedge_start, d.end);
            return (determines(before, toks.get(d.end)) || of_determined) && !restricted;
        }
        // "the £2.6bn agency": a sum of money named by what it is for.
        // So is "most of the $47.1 billion," a sum already given.
        // ("the $1.2 million Launceston rebuild": a place may name it too.)
        if d.name == "sum" {
            let named = |n: &usize| {
                toks.get(*n).is_some_and(|t| {
                    t.kind == Kind::Word && t.is_capitalised() && !t.is_possessive()
                })
            };
            let next = (q.last + 1..q.last + 3)
                .find(|n| !named(n))
                .unwrap_or(q.last + 3);
            return is_determiner(before)
                && toks.get(next).is_none_or(|t| {
                    (t.kind == Kind::Word && !t.is_capitalised() && !is_stop(t))
                        || [',', '.', ';'].iter().any(|&c| t.is_punct(c))
                        // "spent the $680,000 on cars": the sum, then what was done with it.
                        || any_is(t, SUM_PREPOSITIONS)
                });
        }
        measure_of_determined(toks, q.hedge_start)
    }

    /// The content words of the figure's sentence near tokens `from..=to`
    /// (the figure and its noun left out), hashed and sorted.
    pub(super) fn context_words(&self, from: usize, to: usize) -> Vec<u32> {
        self.context_words_but(from, to, "")
    }

    /// [`Self::context_words`] without the words of the counted thing's `name`
    /// ("the crowd of 800" and "a crowd of 1,000" share no word but their thing).
    pub(super) fn context_words_but(&self, from: usize, to: usize, name: &str) -> Vec<u32> {
        let toks = self.toks;
        let sentence = toks[from].sentence();
        let lo = from.saturating_sub(CONTEXT_REACH);
        let hi = toks.len().min(to + 1 + CONTEXT_REACH);
        let mut out: Vec<u32> = toks[lo..hi]
            .iter()
            .enumerate()
            .filter(|&(i, t)| {
                let i = lo + i;
                (i < from || i > to)
                    && t.kind == Kind::Word
                    && t.sentence() == sentence
                    && t.text.len() > 2
                    && !is_stop(t)
                    && !t.has(words::AUXILIARIES)
            })
            .filter_map(|(_, t)| {
                with_lower(t.stem(), |w| {
                    with_lemma(w, |l| {
                        let own = !name.is_empty() && name.split(' ').any(|n| n == l);
                        (!own).then(|| word_hash(l))
                    })
                })
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Is the figure at `start` the new value of a change ("rose to 57", "reached 57")?
    pub(super) fn is_update(&self, start: usize) -> bool {
        let toks = self.toks;
        let Some(link) = start.checked_sub(1).map(|i| &toks[i]) else {
            return false;
        };
        if link.is("reached") || link.is("hit") {
            return true;
        }
        link.is("to")
            && toks[start.saturating_sub(4)..start - 1]
                .iter()
                .any(|t| t.has(words::CHANGE_VERBS) && !t.is("taking") && !t.is("cut"))
    }
}

/// Is the figure starting at token `start` the value of a definite measure
/// named before "of": "The audience of 18.1 million", "the death toll of
/// 14", "the region's jobless rate of 4.6%"?
pub(super) fn measure_of_determined(toks: &[Token<'_>], start: usize) -> bool {
    start >= 3
        && toks[start - 1].is("of")
        && (is_determiner(&toks[start - 3]) || (start >= 4 && is_determiner(&toks[start - 4])))
}

/// [`measure_of_determined`], for a figure at tokens `start..=last` with no
/// time of its own near it: "the region's jobless rate of 4.6% this year"
/// dates a new figure, not the one given before.
pub(super) fn measure_of_undated(toks: &[Token<'_>], start: usize, last: usize) -> bool {
    // ("of 4.6% this year": just after the measure's value, its own time.)
    let this_after = (last + 1..last + 4).any(|i| this_period_at(toks, i));
    measure_of_determined(toks, start)
        && !this_after
        && !dated_this(toks, start)
        && context::markers_near(toks, start, last).is_empty()
}

/// Does "this year", "this winter" open the clause of the figure starting
/// at token `start`? Such a figure is the period's own, not a reference to
/// one given for another time ("This winter the crews hope to finish the
/// 1,650 tonnes" after "cleared 1,850 tonnes in 2019"). (After a count the
/// words date its verb: "will go to all 6,420 residents this month".)
pub(super) fn dated_this(toks: &[Token<'_>], start: usize) -> bool {
    let Some(t) = toks.get(start) else {
        return false;
    };
    let (from, _) = clause_bounds(toks, start, t.sentence());
    this_period_at(toks, from)
}

/// Is "this" and a period word ("this winter") at token `i`?
fn this_period_at(toks: &[Token<'_>], i: usize) -> bool {
    toks.get(i).is_some_and(|w| w.is("this"))
        && toks.get(i + 1).is_some_and(|p| context::is_period(p))
}

#[cfg(test)]
mod tests {
    use super::super::{with_reader, Figure};
    use super::word_hash;

    /// Every figure a reader finds in `text`.
    fn figures(text: &str) -> Vec<Figure> {
        with_reader(text, |r| {
            let mut out = Vec::new();
            r.figures(&mut out);
            out
        })
    }

    #[test]
    fn a_figure_after_the_is_a_definite_reference() {
        let found = figures("Rescuers found the 121 survivors on the beach.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].definite);
    }

    #[test]
    fn a_figure_after_a_is_not_a_definite_reference() {
        let found = figures("Rescuers found 121 survivors on the beach.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(!found[0].definite);
    }

    #[test]
    fn a_new_value_follows_a_verb_of_change() {
        with_reader("The toll rose to 57 and then 60 more died.", |r| {
            assert!(r.is_update(r.qs[0].hedge_start));
            assert!(!r.is_update(r.qs[1].hedge_start));
        });
    }

    #[test]
    fn context_words_leave_out_the_counted_thing() {
        with_reader("Police said the crowd of 800 marched.", |r| {
            let q = &r.qs[0];
            let all = r.context_words(q.first, q.last);
            let but = r.context_words_but(q.first, q.last, "crowd");
            assert!(all.contains(&word_hash("crowd")));
            assert!(!but.contains(&word_hash("crowd")));
            assert!(all.windows(2).all(|w| w[0] <= w[1]));
        });
    }

    #[test]
    fn word_hashes_tell_words_apart() {
        assert_eq!(word_hash("crowd"), word_hash("crowd"));
        assert_ne!(word_hash("crowd"), word_hash("crowds"));
    }
}
