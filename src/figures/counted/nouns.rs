//! Counted things: the noun or measure a figure counts.
//! Nouns after the figure, measures it fills, tallies of votes and the words that narrow them.

use super::*;
use crate::figures::extract;

/// One name for a chamber and its members: "Senate" and "senators" vote as one.
fn chamber(lemma: &str) -> String {
    match lemma {
        "senate" => "senator".into(),
        "parliament" => "mp".into(),
        "congress" | "congressman" | "congresswoman" => "representative".into(),
        "council" => "councillor".into(),
        "jury" => "juror".into(),
        other => other.into(),
    }
}

/// "voted 60-40", "by a 60-40 vote": the first figure of a split vote (the
/// extractor reads only the votes in favour of such a pair).
fn is_split_vote(toks: &[Token<'_>], q: &Quantity) -> bool {
    let split = toks
        .get(q.last + 1)
        .is_some_and(|d| d.is_punct('-') && !d.space_before)
        && toks
            .get(q.last + 2)
            .is_some_and(|n| n.kind == Kind::Number && !n.space_before);
    split && extract::is_split_vote(toks, q.first)
}

/// Verbs whose noun is the money measure of the sum right after them.
const SUM_VERBS: &[(&str, &str)] = &[
    ("fined", "fine"),
    ("cost", "cost"),
    ("costs", "cost"),
    ("costing", "cost"),
];

/// Verbs of buying and signing, with the measure of the price they pay
/// "for": a firm is bought in a deal, a player signed for a fee.
const PRICE_VERBS: &[(&str, &str)] = &[
    ("bought", "deal"),
    ("buy", "deal"),
    ("buys", "deal"),
    ("buying", "deal"),
    ("acquired", "deal"),
    ("acquire", "deal"),
    ("acquires", "deal"),
    ("acquiring", "deal"),
    ("sold", "deal"),
    ("sell", "deal"),
    ("sells", "deal"),
    ("selling", "deal"),
    ("signed", "fee"),
    ("joined", "fee"),
];

/// How far before "for" a verb of [`PRICE_VERBS`] may stand: "agreed to be
/// bought by the American private equity firm Stonebridge Partners for".
const PRICE_REACH: usize = 10;

/// Words before a verb of [`SUM_VERBS`] that make its sum an estimate or a
/// plan, not a fact: "will cost", "could cost", "expected to cost".
const ESTIMATING: &[&str] = &[
    "will", "would", "could", "may", "might", "should", "to", "'ll",
];

/// The measure a verb of `table` ([`SUM_VERBS`], [`PRICE_VERBS`]) names, if `t` is one.
fn measure_named_by(table: &[(&str, &'static str)], t: &Token<'_>) -> Option<&'static str> {
    table.iter().find(|(v, _)| t.is(v)).map(|(_, n)| *n)
}

impl Reader<'_, '_> {
    /// What the figure at `k` counts, if anything comparable.
    pub(super) fn describe(&self, k: usize, previous: Option<&Described>) -> Option<Described> {
        let q = &self.qs[k];
        if let Some(d) = self.tally(k) {
            return Some(d);
        }
        if let Some(d) = self.margin(k) {
            return Some(d);
        }
        let after = q.last + 1;
        if self
            .toks
            .get(after)
            .is_some_and(|t| t.has(words::ADDITIONAL))
        {
            return None;
        }
        // "all 16 of its hospitals": the whole of a count, named after "of".
        if let Some(d) = self.whole_of(k) {
            return Some(d);
        }
        // "three storeys", "14 years": a measurement, not a count.
        let lex = self.vocab.lex;
        if self.toks[after..self.toks.len().min(after + 2)]
            .iter()
            .take_while(|t| t.kind == Kind::Word && !is_stop(t))
            .any(|t| with_lemma(t.text, |l| lex.is_unit(l)))
        {
            return None;
        }
        // "Morrow's majority of 2,931 makes him …": the measure named before "of"
        // is what the figure is, whatever word follows it.
        if q.hedge_start >= 2 && self.toks[q.hedge_start - 1].is("of") {
            // (A money word before a count names no count: "the loss of
            // 8,100 jobs" counts jobs.)
            let measure = self.measure_at(0, q.hedge_start - 2, q.last).filter(|d| {
                let (group, money) = (
                    self.vocab.group(&d.name).is_some(),
                    lex.is_financial(&d.name),
                );
                if q.unit == Unit::Count {
                    group && !money
                } else {
                    group || money
                }
            });
            if measure.is_some() {
                return self.measure_before(q.hedge_start, q.last, previous);
            }
        }
        if let Some(d) = self.noun_after(k, after) {
            let money = matches!(q.unit, Unit::Money(_));
            if !money || self.is_measure(&d.name) {
                return Some(d);
            }
        } else if let Some(status) = self
            .status_before(q.hedge_start)
            .filter(|_| q.unit == Unit::Count && !self.toks.get(after).is_some_and(|t| t.is("of")))
        {
            // "Floods kill 74", "the blast killed 12, police said": those the verb names.
            return Some(Described {
                name: self.vocab.thing(&status).into_owned(),
                modifiers: Vec::new(),
                owner: None,
                place: None,
                end: q.last,
                loose: false,
            });
        }
        if matches!(q.unit, Unit::Money(_)) {
            if let Some(d) = self.sum_named_by_verb(k) {
                return Some(d);
            }
        }
        self.measure_before(q.hedge_start, q.last, previous)
    }

    /// A sum the verb right before it names: "was fined £17,250" is a fine,
    /// "the roof, which cost £64,000," a cost ("cost the council £2m": one
    /// object of up to two words may stand between). Only verbs whose noun is
    /// the money measure itself ([`SUM_VERBS`]): "paid £40" names no measure;
    /// and not an estimate ("will cost £4m" is a forecast of the cost).
    fn sum_named_by_verb(&self, k: usize) -> Option<Described> {
        let toks = self.toks;
        let q = &self.qs[k];
        let b = q.hedge_start;
        let sentence = toks[q.first].sentence();
        let in_sentence = |t: &Token<'_>| t.kind == Kind::Word && t.sentence() == sentence;
        // The verb right before, or before an object of one or two words
        // opened by a pronoun or a determiner ("cost him", "cost the council").
        let named_by_verb = || {
            (1..=3).filter(|&n| n <= b).find_map(|n| {
                let v = b - n;
                let between = &toks[v + 1..b];
                let object = between
                    .iter()
                    .all(|t| in_sentence(t) && measure_named_by(SUM_VERBS, t).is_none())
                    && between
                        .first()
                        .is_none_or(|t| t.has(words::PRONOUNS) || is_determiner(t));
                // (Not an estimate or a plan: "will cost £36.5m", "is expected to cost".)
                let estimate = v >= 1 && any_is(&toks[v - 1], ESTIMATING);
                (object && !estimate && in_sentence(&toks[v]))
                    .then(|| measure_named_by(SUM_VERBS, &toks[v]))
                    .flatten()
            })
        };
        let name = self.price_after_for(b, sentence).or_else(named_by_verb)?;
        Some(Described {
            name: self.vocab.thing(name).into_owned(),
            modifiers: Vec::new(),
            owner: None,
            place: None,
            end: q.last,
            loose: false,
        })
    }

    /// The price a sum after "for" (at `b`) is, by the verb of buying or
    /// signing before it in its clause: "agreed to be bought by Stonebridge
    /// for £640m" is a deal's value, "joined from Harlow for £750,000" a
    /// transfer fee. (The verb within [`PRICE_REACH`] words, with no figure
    /// or clause break between.)
    fn price_after_for(&self, b: usize, sentence: usize) -> Option<&'static str> {
        let toks = self.toks;
        if b == 0 || !toks[b - 1].is("for") {
            return None;
        }
        let mut i = b - 1;
        while i > 0 && i + PRICE_REACH >= b {
            i -= 1;
            let t = &toks[i];
            if t.sentence() != sentence || t.kind != Kind::Word {
                return None;
            }
            if let Some(name) = measure_named_by(PRICE_VERBS, t) {
                return Some(name);
            }
        }
        None
    }

    /// "all 16 of its hospitals", "all 212 of the firm's staff": a count of
    /// the whole, its noun after "of" and a determiner (without "all", "16 of
    /// its hospitals" is a part of them).
    fn whole_of(&self, k: usize) -> Option<Described> {
        let toks = self.toks;
        let q = &self.qs[k];
        let after = q.last + 1;
        let whole = q.hedge_start >= 1
            && toks[q.hedge_start - 1].is("all")
            && toks.get(after).is_some_and(|o| o.is("of"));
        let det = toks.get(after + 1).filter(|d| whole && is_determiner(d))?;
        // A possessive names the owner ("the firm's"); "its" and "the" only point.
        let start = if det.is_capitalised() && det.is_possessive() {
            after + 1
        } else {
            after + 2
        };
        self.noun_after(k, start)
    }

    /// A winner's margin in votes: "took the seat by 4,826 votes", "her
    /// 1,496-vote margin", "a margin of 1,406". One per contest, and a story may
    /// report several: compared only with a reference back to it (conflicts.rs).
    fn margin(&self, k: usize) -> Option<Described> {
        let toks = self.toks;
        let q = &self.qs[k];
        if q.unit != Unit::Count {
            return None;
        }
        let is_votes = |i: usize| toks.get(i).is_some_and(|t| any_is(t, &["vote", "votes"]));
        // (A "majority" is read through the lexicon, and compared as one.)
        let is_margin = |i: usize| toks.get(i).is_some_and(|t| t.is("margin"));
        // "the 12,864-vote margin".
        // (The tokenizer glues "-vote" to the number.)
        let glued = toks[q.last].suffix().trim_start_matches('-') == "vote";
        let end = if glued && is_margin(q.last + 1) {
            q.last + 1
        // "with a margin of 12,684 votes", "a margin of 1,406".
        } else if q.hedge_start >= 2
            && toks[q.hedge_start - 1].is("of")
            && is_margin(q.hedge_start - 2)
            && (is_votes(q.last + 1) || !toks.get(q.last + 1).is_some_and(|t| t.kind == Kind::Word))
        {
            if is_votes(q.last + 1) {
                q.last + 1
            } else {
                q.last
            }
        // "won by 4,826 votes" (not a tally: "by 48 votes to 31", nor a change:
        // "the recount moved the totals by 40 votes").
        } else if q.hedge_start >= 1
            && toks[q.hedge_start - 1].is("by")
            && !toks[q.hedge_start.saturating_sub(6)..q.hedge_start]
                .iter()
                .any(|t| t.has(words::CHANGE_VERBS) && t.sentence() == toks[q.first].sentence())
            && is_votes(q.last + 1)
            && !toks
                .get(q.last + 2)
                .is_some_and(|t| any_is(t, &["to", "against", "-"]) || t.kind == Kind::Number)
        {
            q.last + 1
        } else {
            return None;
        };
        // The contest, won before "by" ("won Ohio by …") or named after ("… in Michigan").
        let contest = q
            .hedge_start
            .checked_sub(2)
            .filter(|_| toks[q.hedge_start - 1].is("by"))
            .filter(|&j| toks[j].is_capitalised() && toks[j].sentence() == toks[q.first].sentence())
            .map(|j| {
                let start = if j >= 1 && toks[j - 1].is_capitalised() {
                    j - 1
                } else {
                    j
                };
                self.entity_at(start)
                    .map_or_else(|| toks[j].stem().to_lowercase(), |(e, _)| e)
            });
        Some(Described {
            name: "margin".into(),
            modifiers: Vec::new(),
            owner: None,
            place: contest.or_else(|| self.place_after(end)),
            end,
            loose: false,
        })
    }

    /// The money measure that ends a compound begun at `j` ("pay package",
    /// "budget deficit"): the next word, when it names a money measure itself.
    fn compound_head(&self, j: usize) -> Option<String> {
        let (t, next) = (&self.toks[j], self.toks.get(j + 1)?);
        if next.kind != Kind::Word || next.is_capitalised() || next.sentence() != t.sentence() {
            return None;
        }
        let lex = self.vocab.lex;
        with_lower(next.text, |w| {
            with_lemma(w, |l| {
                (lex.is_financial(l) && !lex.is_anaphoric_measure(l)).then(|| l.to_string())
            })
        })
    }

    pub(super) fn is_measure(&self, name: &str) -> bool {
        self.vocab.group(name).is_some() || self.vocab.lex.is_financial(name)
    }

    /// The noun phrase after a figure: "8,000 soldiers", "10,000 North Korean troops",
    /// "16 people killed", "31 injured", "€4.2bn trade".
    pub(super) fn noun_after(&self, k: usize, start: usize) -> Option<Described> {
        let toks = self.toks;
        let q = &self.qs[k];
        let lex = self.vocab.lex;
        let sentence = toks[q.first].sentence();
        let mut modifiers = Vec::new();
        let mut owner = None;
        let mut j = start;
        let (head, head_end) = loop {
            if j >= toks.len() || j >= start + 5 || toks[j].sentence() != sentence {
                return None;
            }
            let t = &toks[j];
            match t.kind {
                Kind::Punct if t.is_punct('-') && !t.space_before && j > start => {
                    j += 1;
                    continue;
                }
                Kind::Punct | Kind::Number => return None,
                Kind::Word => {}
            }
            // A model's designation is a modifier: "48 F-35 fighter jets".
            if t.is_capitalised()
                && toks
                    .get(j + 1)
                    .is_some_and(|d| d.is_punct('-') && !d.space_before)
                && toks
                    .get(j + 2)
                    .is_some_and(|n| n.kind == Kind::Number && !n.space_before)
            {
                j += 3;
                continue;
            }
            if t.is_capitalised() {
                if let Some((entity, n)) = self.entity_at(j) {
                    owner = Some(entity);
                    j += n;
                    continue;
                }
            }
            if is_stop(t) {
                return None;
            }
            if let Some((phrase, n)) = self.lexicon_phrase(j) {
                break (phrase, j + n - 1);
            }
            // "1,240 full-time staff": the end of a hyphened modifier, though
            // a unit ("time"), qualifies the noun after it.
            let compound_end = j > start
                && toks[j - 1].is_punct('-')
                && !toks[j - 1].space_before
                && !t.space_before
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.kind == Kind::Word && n.sentence() == sentence);
            if compound_end {
                // One modifier, whole: "full-time" and "part-time" do not meet.
                let first = toks[j - 2].text.to_lowercase();
                if modifiers.last() == Some(&first) {
                    modifiers.pop();
                }
                modifiers.push(format!("{first}-{}", t.text.to_lowercase()));
                j += 1;
                continue;
            }
            let word = with_lower(t.text, |lower| {
                with_lemma(lower, |l| {
                    if lex.is_unit(l) {
                        return None;
                    }
                    let head = self.vocab.group(l).is_some()
                        || lex.is_financial(l)
                        || lex.is_status(lower)
                        || lex.is_generic(l)
                        || lex.is_anaphoric_measure(l)
                        // A money figure is of a measure: "$4.2bn arms deal" is a deal.
                        || (looks_plural(t.text)
                            && !t.is_capitalised()
                            && !matches!(q.unit, Unit::Money(_)));
                    Some(if head {
                        Ok(l.to_string())
                    } else {
                        Err(lower.to_string())
                    })
                })
            });
            match word? {
                // A money measure named by a compound: "$38.4 million pay package" is a
                // package (of pay), as "the $34.8 million package" is.
                Ok(l) if matches!(q.unit, Unit::Money(_)) => match self.compound_head(j) {
                    Some(h) => {
                        modifiers.push(t.text.to_lowercase());
                        break (h, j + 1);
                    }
                    None => break (l, j),
                },
                Ok(l) => break (l, j),
                Err(lower) => modifiers.push(lower),
            }
            j += 1;
        };
        modifiers.retain(|m| !lex.is_neutral(m));
        // "the €4.2bn trade": a money word that refers back to the measure named before.
        if matches!(q.unit, Unit::Money(_))
            && lex.is_anaphoric_measure(&head)
            && q.hedge_start >= 1
            && toks[q.hedge_start - 1].is("the")
        {
            return self.antecedent_measure(q.hedge_start - 1).map(|mut d| {
                d.end = head_end;
                d
            });
        }
        // What happened to them: "16 people killed", "killed 16 people", "31 injured".
        let status = self
            .status_after(head_end)
            .or_else(|| self.status_before(q.hedge_start));
        let head_is_status =
            lex.is_status(&head) || self.vocab.group(&head) == self.vocab.group("dead");
        let name = match status {
            Some(s) => {
                // ("employs 2,300 staff": the staff are the employees.)
                if !lex.is_generic(&head)
                    && !head_is_status
                    && self.vocab.thing(&head) != self.vocab.thing(&s)
                {
                    modifiers.push(self.vocab.thing(&head).into_owned());
                }
                self.vocab.thing(&s).into_owned()
            }
            None if lex.is_generic(&head) => {
                // "112 people": kept only for a figure that mistypes the same count.
                return Some(Described {
                    name: self.vocab.thing(&head).into_owned(),
                    modifiers: Vec::new(),
                    owner,
                    place: self.place_after(head_end),
                    end: head_end,
                    loose: true,
                });
            }
            None => self.vocab.thing(&head).into_owned(),
        };
        // A chamber's vote: "107 senators who voted in favour".
        if let Some(side) = self.voted_side(head_end) {
            if lex.is_legislator(&head) {
                return Some(Described {
                    name: side.into(),
                    modifiers: Vec::new(),
                    owner: Some(chamber(&head)),
                    place: None,
                    end: head_end,
                    loose: false,
                });
            }
        }
        Some(Described {
            name,
            modifiers,
            owner,
            place: self.place_after(head_end),
            end: head_end,
            loose: false,
        })
    }

    /// A known multi-word counted thing starting at `j` ("prisoners of war", "net income").
    pub(super) fn lexicon_phrase(&self, j: usize) -> Option<(String, usize)> {
        if !self.vocab.may_start_phrase(self.toks.get(j)?.text) {
            return None;
        }
        for n in [3usize, 2] {
            let Some(words) = self.toks.get(j..j + n) else {
                continue;
            };
            if !words.iter().all(|w| w.kind == Kind::Word) {
                continue;
            }
            let text: Vec<&str> = words.iter().map(|w| w.text).collect();
            let phrase = lemma_phrase(&text.join(" "));
            if self.vocab.group(&phrase).is_some() || self.vocab.lex.is_financial(&phrase) {
                return Some((phrase, n));
            }
        }
        None
    }

    /// "people killed", "people who were injured", "people confirmed dead".
    pub(super) fn status_after(&self, head_end: usize) -> Option<String> {
        let lex = self.vocab.lex;
        let mut j = head_end + 1;

        while j < self.toks.len() && j <= head_end + 4 {
            let t = &self.toks[j];
            if t.has(words::STATUS_FILLERS) {
                j += 1;
                continue;
            }
            return with_lower(t.text, |lower| {
                lex.is_status(lower).then(|| lower.to_string())
            });
        }
        None
    }

    /// "killed 16 people", "which injured 75 fans".
    pub(super) fn status_before(&self, start: usize) -> Option<String> {
        let t = self.toks.get(start.checked_sub(1)?)?;
        with_lower(t.text, |lower| {
            if !self.vocab.lex.is_status_verb(lower) {
                return None;
            }
            Some(match lower {
                "kill" | "kills" | "killing" => "killed".into(),
                "injuring" | "injures" => "injured".into(),
                "wounding" => "wounded".into(),
                // "employs about 2,300 people": its employees.
                "employ" | "employs" | "employed" | "employing" => "employee".into(),
                _ => lower.to_string(),
            })
        })
    }

    /// "voted in favour", "who voted against": which side a count of members took.
    pub(super) fn voted_side(&self, head_end: usize) -> Option<&'static str> {
        let toks = self.toks;
        let mut j = head_end + 1;
        if toks.get(j).is_some_and(|t| t.is("who")) {
            j += 1;
        }
        let verb = toks.get(j)?;
        if any_is(verb, &["backed", "supported", "approved"]) {
            return Some("votes in favour");
        }
        if verb.is("opposed") {
            return Some("votes against");
        }
        if !verb.is("voted") {
            return None;
        }
        let next = toks.get(j + 1)?;
        if next.is("against") {
            Some("votes against")
        } else if next.is("for")
            || (next.is("in")
                && toks
                    .get(j + 2)
                    .is_some_and(|f| f.is("favour") || f.is("favor")))
        {
            Some("votes in favour")
        } else {
            None
        }
    }

    /// "by 109 votes to 77": the votes for and against a motion.
    pub(super) fn tally(&self, k: usize) -> Option<Described> {
        let toks = self.toks;
        let q = &self.qs[k];
        let side = if toks.get(q.last + 1).is_some_and(|t| t.is("votes"))
            && toks.get(q.last + 2).is_some_and(|t| t.is("to"))
            && self
                .qs
                .get(k + 1)
                .is_some_and(|n| n.hedge_start == q.last + 3)
        {
            ("votes in favour", q.last + 1)
        } else if is_split_vote(toks, q) {
            ("votes in favour", q.last)
        } else if k >= 1
            && q.hedge_start >= 3
            && toks[q.hedge_start - 1].is("to")
            && toks[q.hedge_start - 2].is("votes")
            && self.qs[k - 1].last == q.hedge_start - 3
        {
            ("votes against", q.last)
        } else {
            return None;
        };
        // Whose votes: the chamber named in the sentence.
        let sentence = toks[q.first].sentence();
        let owner = toks
            .iter()
            .filter(|t| t.sentence() == sentence && t.kind == Kind::Word)
            .map(|t| lemma(t.text))
            .find(|l| self.vocab.lex.is_legislator(l))
            .map(|l| chamber(&l));
        Some(Described {
            name: side.0.into(),
            modifiers: Vec::new(),
            owner,
            place: None,
            end: side.1,
            loose: false,
        })
    }

    /// A measure the figure fills: "the death toll rose to 14", "net income fell to
    /// $1.13bn", "police put the crowd at 80,000", "Revenue: $21.3bn".
    pub(super) fn measure_before(
        &self,
        start: usize,
        last: usize,
        previous: Option<&Described>,
    ) -> Option<Described> {
        let toks = self.toks;
        let b = start;
        if b == 0 {
            return None;
        }
        let sentence = toks[b].sentence();
        let (clause_start, _) = clause_bounds(toks, b, sentence);
        let link = &toks[b - 1];
        // A list label: "Revenue: $21.3bn".
        if link.is_punct(':') {
            let label = &toks[clause_start..b - 1];
            if label.is_empty()
                || label.len() > 4
                || !label
                    .iter()
                    .all(|t| t.kind == Kind::Word || t.is_punct('-'))
            {
                return None;
            }
            return self.measure_at(clause_start, b - 2, last);
        }
        // "The number of patients waiting more than a year, 3,142, was …":
        // the count set off after the phrase that opens the sentence with what it counts.
        if link.is_punct(',') && toks.get(last + 1).is_some_and(|t| t.is_punct(',')) {
            let at = |i: usize, w: &str| toks.get(i).is_some_and(|t| t.is(w) && i < b);
            let n = clause_start + 1;
            if at(clause_start, "the") && (at(n, "number") || at(n, "total")) && at(n + 1, "of") {
                let s = n + 2 + usize::from(at(n + 2, "the"));
                return self.noun_phrase_at(s, n).map(|mut d| {
                    d.end = last;
                    d
                });
            }
        }
        if !linked_to_measure(toks, clause_start, b) {
            return None;
        }
        // "a death toll of 14", "sales of £1.2bn": the measure is the noun right before "of".
        if link.is("of") {
            return b
                .checked_sub(2)
                .and_then(|m| self.measure_at(clause_start, m, last));
        }
        // Walk back to the measure: "number of …" or "toll" first, anywhere in the
        // clause ("The number of people confirmed dead after … rose to 23"), then
        // a known measure noun near the figure.
        let floor = clause_start.max(b.saturating_sub(15));
        let walk = |j: usize| -> bool {
            // Skip figures on the way: "from 420 (to 350)", "fell 9% (to …)".
            let t = &toks[j];
            t.kind == Kind::Number
                && !(toks
                    .get(j + 1)
                    .is_some_and(|n| n.is_punct('%') || n.is("per"))
                    || (j >= 1 && toks[j - 1].is("from")))
        };
        let mut j = b - 1;
        while j > clause_start {
            j -= 1;
            let t = &toks[j];
            if walk(j) || t.is_punct(':') {
                break;
            }
            if t.is("toll") {
                return self.measure_at(floor, j, last).map(|d| Described {
                    modifiers: Vec::new(),
                    ..d
                });
            }
            if t.is("number") || t.is("total") || t.is("tally") || t.is("count") {
                if toks.get(j + 1).is_some_and(|o| o.is("of")) {
                    let mut s = j + 2;
                    if toks.get(s).is_some_and(|d| d.is("the")) {
                        s += 1;
                    }
                    return self.noun_phrase_at(s, j).map(|mut d| {
                        d.end = last;
                        d
                    });
                }
                // ("the total rose to 32": the count just given, as "the number".)
                if (t.is("number") || t.is("total"))
                    && j >= 1
                    && (toks[j - 1].is("the") || toks[j - 1].is("that") || toks[j - 1].is("this"))
                {
                    // "the number had risen to 57": the thing counted just before.
                    return previous.map(|p| Described {
                        end: last,
                        loose: false,
                        ..p.clone()
                    });
                }
            }
        }
        let mut j = b - 1;
        while j > floor {
            j -= 1;
            let t = &toks[j];
            if walk(j) || t.is_punct(':') {
                return None;
            }
            if t.kind != Kind::Word {
                continue;
            }
            if let Some(d) = self.measure_at(floor, j, last) {
                return Some(d);
            }
        }
        None
    }

    /// A measure noun ending at `j` ("net income", "death toll", "exports"), with
    /// the words before it that narrow it and the entity it belongs to.
    pub(super) fn measure_at(&self, floor: usize, j: usize, last: usize) -> Option<Described> {
        let toks = self.toks;
        let lex = self.vocab.lex;
        let t = toks.get(j).filter(|t| t.kind == Kind::Word)?;
        // "The new mayor, Sam Price, is 38": a capitalised word after
        // another is a name's, no measure.
        let in_a_name = t.is_capitalised()
            && j >= 1
            && toks[j - 1].kind == Kind::Word
            && toks[j - 1].is_capitalised()
            && toks[j - 1].sentence() == t.sentence();
        if in_a_name {
            return None;
        }
        let mut head_start = j;
        let mut name = None;
        if j >= 1 && toks[j - 1].kind == Kind::Word && self.vocab.may_start_phrase(toks[j - 1].text)
        {
            let phrase = lemma_phrase(&format!("{} {}", toks[j - 1].text, t.text));
            if self.vocab.group(&phrase).is_some() || lex.is_financial(&phrase) {
                name = Some(phrase);
                head_start = j - 1;
            }
        }
        let name = match name {
            Some(n) => n,
            None => with_lemma(t.text, |l| {
                let measure =
                    (self.vocab.group(l).is_some() || lex.is_financial(l)) && !lex.is_generic(l);
                measure.then(|| l.to_string())
            })?,
        };
        let (mut modifiers, mut owner) = self.premodifiers(floor, head_start);
        // "Shell made a profit of $3.2bn": the subject owns the measure.
        if owner.is_none() && head_start >= 1 && toks[head_start - 1].is("a") {
            owner = self.subject_owner(head_start - 1);
        }
        if !lex.is_financial(&name) {
            // "flood death toll", "confirmed dead": context, not a narrower count.
            modifiers.clear();
        }
        Some(Described {
            name: self.vocab.thing(&name).into_owned(),
            modifiers,
            owner,
            // "Sales at Tollard Brewing rose 14% to £82m": whose sales.
            place: self.named_after_noun(j, last),
            end: last,
            loose: false,
        })
    }

    /// A noun phrase after "the number of": "people confirmed dead", "North Korean soldiers".
    pub(super) fn noun_phrase_at(&self, s: usize, _number: usize) -> Option<Described> {
        let toks = self.toks;
        let lex = self.vocab.lex;
        let mut owner = None;
        let mut j = s;
        let mut modifiers = Vec::new();
        while j < toks.len() && j < s + 5 {
            let t = &toks[j];
            if t.kind != Kind::Word {
                return None;
            }
            if t.is_capitalised() {
                if let Some((e, n)) = self.entity_at(j) {
                    owner = Some(e);
                    j += n;
                    continue;
                }
            }
            let lower = t.text.to_lowercase();
            let l = lemma(&lower);
            // "measles cases", "flu deaths": a noun before the head is a modifier.
            let modifies_next = toks.get(j + 1).is_some_and(|n| {
                n.kind == Kind::Word
                    && !n.is_capitalised()
                    && !is_stop(n)
                    && with_lower(n.text, |w| {
                        with_lemma(w, |nl| self.vocab.group(nl).is_some())
                    })
            });
            let head = self.vocab.group(&l).is_some()
                || lex.is_status(&lower)
                || lex.is_generic(&l)
                || looks_plural(t.text);
            if head && !modifies_next {
                let status = self.status_after(j);
                let name = match status {
                    Some(s) => {
                        if !lex.is_generic(&l) && !lex.is_status(&lower) {
                            modifiers.push(self.vocab.thing(&l).into_owned());
                        }
                        self.vocab.thing(&s).into_owned()
                    }
                    None if lex.is_generic(&l) => return None,
                    None => self.vocab.thing(&l).into_owned(),
                };
                return Some(Described {
                    name,
                    modifiers,
                    owner,
                    place: self.place_after(j),
                    end: j,
                    loose: false,
                });
            }
            if is_stop(t) {
                return None;
            }
            modifiers.push(lower);
            j += 1;
        }
        None
    }

    /// Lower-case words right before a measure, and an entity or possessive before them:
    /// "EU pork exports" → (["pork"], "eu"); "Turkey's official death toll" → ([], "turkey").
    pub(super) fn premodifiers(
        &self,
        floor: usize,
        head_start: usize,
    ) -> (Vec<String>, Option<String>) {
        let toks = self.toks;
        let lex = self.vocab.lex;
        let mut modifiers = Vec::new();
        let mut owner = None;
        let mut j = head_start;
        while j > floor && j + 3 > head_start {
            j -= 1;
            let t = &toks[j];
            if t.kind != Kind::Word && !t.is_punct('-') {
                break;
            }
            if t.is_punct('-') {
                continue;
            }
            if t.is_capitalised() {
                let possessive = t.is_possessive();
                if let Some((e, _)) = self.entity_at(j) {
                    owner = Some(e);
                } else if possessive && !t.has(words::PRONOUNS) {
                    owner = Some(t.stem().to_lowercase());
                } else if j > floor && toks[j - 1].is_capitalised() {
                    // "North Korea's": try the two words.
                    if let Some((e, _)) = self.entity_at(j - 1) {
                        owner = Some(e);
                    }
                }
                break;
            }
            if is_stop(t) || t.text.ends_with("’s") || t.text.ends_with("'s") {
                break;
            }
            with_lower(t.text, |lower| {
                if !lex.is_neutral(lower) && !with_lemma(lower, |l| lex.is_generic(l)) {
                    modifiers.push(lower.to_string());
                }
            });
        }
        (modifiers, owner)
    }

    /// The money measure a "the €4.2bn trade" refers back to, in this sentence or the one before.
    pub(super) fn antecedent_measure(&self, before: usize) -> Option<Described> {
        let toks = self.toks;
        let lex = self.vocab.lex;
        let sentence = toks[before].sentence();
        let mut j = before;
        while j > 0 {
            j -= 1;
            if toks[j].sentence() + 1 < sentence {
                return None;
            }
            let t = &toks[j];
            if t.kind != Kind::Word {
                continue;
            }
            if with_lemma(t.text, |l| {
                lex.is_financial(l) && !lex.is_anaphoric_measure(l)
            }) {
                let floor = j.saturating_sub(4);
                return self.measure_at(floor, j, j);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::{read, token_at, with_reader};
    use super::{chamber, is_split_vote};

    /// The names of the things counted in `text`, in order.
    fn names(text: &str) -> Vec<String> {
        read(text).into_iter().map(|f| f.0).collect()
    }

    #[test]
    fn the_noun_after_a_figure_is_what_it_counts() {
        assert_eq!(names("The EU sent 500 doctors."), ["doctor"]);
        assert_eq!(names("Britain is sending 20,000 troops."), ["soldier"]);
    }

    #[test]
    fn a_status_after_people_names_the_count() {
        assert_eq!(names("He said 16 people were killed in Syria."), ["dead"]);
    }

    #[test]
    fn bare_people_are_counted_as_people() {
        assert_eq!(names("The crowd was 80,000 people."), ["people"]);
    }

    #[test]
    fn a_figure_can_fill_the_measure_before_it() {
        // (The percentage is the change in the same measure.)
        let found = read("Operating profit fell 24% to $1.2bn.");
        let names: Vec<(&str, &str)> = found.iter().map(|f| (f.0.as_str(), f.3.as_str())).collect();
        assert_eq!(
            names,
            [
                ("down in operating profit", "fell 24%"),
                ("operating profit", "$1.2bn")
            ],
            "{found:?}"
        );
    }

    #[test]
    fn a_chamber_and_its_members_share_a_name() {
        assert_eq!(chamber("senate"), "senator");
        assert_eq!(chamber("parliament"), "mp");
        assert_eq!(chamber("jury"), "juror");
        assert_eq!(chamber("senator"), "senator");
    }

    #[test]
    fn a_split_vote_is_told_from_a_plain_figure() {
        with_reader("The board voted 60-40 to sell.", |r| {
            assert!(is_split_vote(r.toks, &r.qs[0]));
        });
        with_reader("The board has 60 members.", |r| {
            assert!(!is_split_vote(r.toks, &r.qs[0]));
        });
    }

    #[test]
    fn a_known_phrase_of_several_words_is_one_thing() {
        with_reader("They freed 300 prisoners of war.", |r| {
            let j = token_at(r, "prisoners");
            assert_eq!(r.lexicon_phrase(j).map(|(_, n)| n), Some(3));
        });
    }
}
