//! Percentages: stakes, turnouts, measures that come in kinds, shares and changes.
//! A percentage read as a measure's size ("a 4.5% pay offer"), a vote share or a change.

use super::owners::names_a_place;
use super::*;
use crate::figures::words::change_noun_direction;
use crate::figures::words::POSSESSIVES;

fn lower(t: &Token<'_>) -> String {
    t.text.to_lowercase()
}

/// Measures a percentage may be the size of, one per story and owner: "an 85 per
/// cent stake", "Turnout was 58.3%" (counted groups of the lexicon).
const PERCENT_MEASURES: &[&str] = &["stake", "turnout", "premium"];

/// Percentage measures one per story that are no counted thing: a takeover
/// offer's "38% premium".
const PERCENT_ONLY: &[&str] = &["premium"];

/// Measures that come in kinds ("pay" offer, "interest" rate), told apart by
/// the word before them: "a pay offer of 5.4%", "the main interest rate".
/// A level stated as a share of capacity is a level.
const KINDED_MEASURES: &[(&str, &str)] = &[
    ("offer", "offer"),
    ("rate", "rate"),
    ("level", "level"),
    ("capacity", "level"),
    ("rating", "rating"),
    ("rise", "rise"),
    ("increase", "rise"),
    ("full", "level"),
    // A poll's measures, told apart by what they back ("support for the levy").
    ("support", "support"),
    ("backing", "support"),
    ("approval", "rating"),
    // "the 67.1% figure": whatever percentage it refers back to.
    ("figure", "figure"),
    // "Labour's share of the vote rose to 38.4%", "The firm's market share
    // is 12.6%": told apart by what it is a share of.
    ("share", "share"),
    // "Its gross margin narrowed to 7.4%", "a 7.9% margin": what a firm keeps
    // of its sales (a winner's margin is counted in votes or points).
    ("margin", "profit margin"),
];

/// Rates named by their own noun, with no "rate" after it ("inflation of 3.2%",
/// "Unemployment stood at 4.7 per cent"): each is the rate of its kind
/// ([`kind_of_rate`]).
const SELF_NAMED_RATES: &[&str] = &["inflation", "unemployment", "joblessness", "occupancy"];

/// Verbs that keep or sum up a rate at a value: "left its cash rate at 4.35%",
/// "Inflation came in at 2.9%", "Occupancy averaged 81.4%".
const RATE_SETTERS: &[&str] = &[
    "left",
    "leaves",
    "kept",
    "keeps",
    "held",
    "holds",
    "maintained",
    "came",
    "comes",
];
/// Words before a verb: "will rise", "to increase".
const MODALS: &[&str] = &[
    "will", "would", "could", "may", "might", "should", "must", "can", "to", "did", "does",
];
const AVERAGED: &[&str] = &["averaged", "averages", "averaging"];

/// Is a measure of `name` and `kind` one a story gives one value of for its
/// place, firm and period, as it gives one turnout: the inflation rate, the
/// unemployment rate ("jobless rate"), a firm's profit margin?
fn given_once(name: &str, kind: Option<&str>) -> bool {
    name == "profit margin" || matches!(kind, Some("inflation" | "unemployment"))
}

/// The kind a word before a rate names, told the same way for words that name
/// one rate ("jobless rate", "unemployment rate").
fn kind_of_rate(word: String) -> String {
    match word.as_str() {
        "jobless" | "joblessness" => "unemployment".into(),
        _ => word,
    }
}

/// Nouns that, written definitely after a percentage ("her 54.2% share", "the
/// 36 per cent proportion"), name only a part of something given before: a
/// percentage is itself a share, so they refer back as "the 67.1% figure" does.
const SHARE_WORDS: &[&str] = &["share", "proportion", "percentage", "portion"];

/// Periods, whose possessive dates a figure ("this year's rate").
const PERIODS: &[&str] = &[
    "day",
    "week",
    "month",
    "quarter",
    "year",
    "decade",
    "season",
    "today",
    "yesterday",
];

/// Verbs of holding: "owns 27% of Harlow Mining" is a stake in Harlow Mining.
/// In the present only: "owned 34% before the share sale" was another stake.
const HOLDING_VERBS: &[&str] = &["own", "owns", "hold", "holds", "control", "controls"];

/// Verbs for a share of the vote someone won.
const SHARE_VERBS: &[&str] = &[
    "won", "took", "got", "received", "secured", "polled", "garnered", "captured",
];

/// The way a word of change points ("fell", "up"): "down", "up" or neither.
pub(super) fn direction_of(t: &Token<'_>) -> Option<&'static str> {
    if t.has(words::DOWN) {
        Some("down")
    } else if t.has(words::UP) {
        Some("up")
    } else {
        None
    }
}

impl Reader<'_, '_> {
    /// A percentage that is a counted thing's size: "an 85 per cent stake", "its 80%
    /// holding in Rovers".
    pub(super) fn percent_of(&self, k: usize) -> Option<Figure> {
        let toks = self.toks;
        let q = &self.qs[k];
        let head = toks.get(q.last + 1).filter(|t| t.kind == Kind::Word);
        let Some(head) = head else {
            return self.percent_of_measure_before(k);
        };
        let (cs, _) = clause_bounds(toks, q.first, toks[q.first].sentence());
        let floor = cs.max(q.hedge_start.saturating_sub(3));
        let owner = self.owner_before(floor, q.hedge_start);
        let definite = q.hedge_start >= 1 && is_determiner(&toks[q.hedge_start - 1]);
        // "her 54.2% share": a part of something given before, referred back
        // to; "the 36% share of the province" names what it is a part of.
        if definite && any_is(head, SHARE_WORDS) {
            if toks.get(q.last + 2).is_some_and(|t| t.is("of")) {
                return self.share_of(k, q.last + 2).map(|mut f| {
                    f.definite = true;
                    f
                });
            }
            let mut f = self.percent_figure(
                q,
                "figure".into(),
                owner,
                None,
                self.time_as(q.hedge_start, q.last + 1, definite),
                q.span.start..head.span().end,
            );
            f.known = false;
            return Some(f);
        }
        // "38% of capacity": the level of what is filled.
        if head.is("of") {
            let Some(of) = toks.get(q.last + 2).filter(|t| t.is("capacity")) else {
                return self
                    .percent_of_measure_before(k)
                    .or_else(|| self.stake_held(k))
                    .or_else(|| self.share_of_group(k));
            };
            let owner = owner.or_else(|| self.level_holder(q.hedge_start));
            let mut f = self.percent_figure(
                q,
                "level".into(),
                owner,
                None,
                self.time(q.hedge_start, q.last + 2),
                q.span.start..of.span().end,
            );
            f.known = false;
            return Some(f);
        }
        // "a 4.5% pay offer", "the 5.52% rate".
        let kinded = match self.kinded_measure(q.last + 1) {
            Some(name) => Some((None, (q.last + 1, name))),
            None => match self.kinded_measure(q.last + 2) {
                Some(name) if !is_stop(head) => {
                    Some((Some(kind_of_rate(lower(head))), (q.last + 2, name)))
                }
                _ => None,
            },
        };
        // "the 53.7% vote": a share of the vote, referred back to.
        if definite && head.is("vote") {
            return self.share_of_group(k);
        }
        let group = with_lower(head.text, |w| {
            with_lemma(w, |l| {
                self.vocab
                    .group(l)
                    .or_else(|| PERCENT_ONLY.iter().copied().find(|m| *m == l))
            })
        });
        if group.is_none() || kinded.is_some() {
            let Some((kind, at)) = kinded else {
                return self.percent_of_measure_before(k);
            };
            if self.intended(q.hedge_start) {
                return None;
            }
            let (end, name) = at;
            let owner = match name {
                "level" => owner.or_else(|| self.level_holder(q.hedge_start)),
                _ => owner,
            };
            let mut f = self.percent_figure(
                q,
                name.into(),
                owner,
                self.place_after(end),
                self.time_as(q.hedge_start, end, definite),
                q.span.start..toks[end].span().end,
            );
            f.kind = kind.or_else(|| self.object_kind(end));
            f.known = given_once(name, f.kind.as_deref());
            return Some(f);
        }
        let name = group?;
        if !PERCENT_MEASURES.contains(&name) {
            return None;
        }
        // "Halvard Group holds a 29.5% stake": the holder is the subject.
        let owner = owner.or_else(|| self.holder_of_indefinite(q.hedge_start));
        let mut f = self.percent_figure(
            q,
            name.to_string(),
            owner,
            self.place_after(q.last + 1),
            self.time(q.hedge_start, q.last + 1),
            q.span.start..head.span().end,
        );
        if PERCENT_ONLY.contains(&name) {
            f.kind = self.premium_base(q.last + 1);
        }
        Some(f)
    }

    /// What a premium is measured against, the words after "to" or "over" it
    /// ("a 38% premium to Friday's close"): premiums to two bases are two measures.
    fn premium_base(&self, head: usize) -> Option<String> {
        let toks = self.toks;
        if !toks
            .get(head + 1)
            .is_some_and(|t| t.is("to") || t.is("over"))
        {
            return None;
        }
        let words: Vec<String> = toks[head + 2..]
            .iter()
            .take_while(|t| t.kind == Kind::Word || t.is_punct('-'))
            .filter(|t| t.kind == Kind::Word && !t.is("the"))
            .take(4)
            .map(|t| t.stem().to_lowercase())
            .collect();
        (!words.is_empty()).then(|| words.join(" "))
    }

    /// A share of a group: "61.7% of patients were seen within four hours".
    /// Polls give many such shares in one story, so it is compared only with
    /// a figure that refers back to it ("the 67.1% figure") and mistypes it.
    fn share_of_group(&self, k: usize) -> Option<Figure> {
        self.share_of(k, self.qs[k].last + 1)
    }

    /// A share of the group named after the "of" at token `of` ("61.7% of
    /// patients", "the 36% share of the province"); or "the 53.7% vote".
    fn share_of(&self, k: usize, of: usize) -> Option<Figure> {
        let toks = self.toks;
        let q = &self.qs[k];
        // "61.7% of patients", or "the 53.7% vote" (a share of the votes);
        // "41.6 per cent of those cast" is one too.
        let vote = toks.get(of).filter(|t| t.is("vote")).or_else(|| {
            let cast = toks.get(of + 1).is_some_and(|t| t.is("those"))
                && toks.get(of + 2).is_some_and(|t| t.is("cast"));
            cast.then(|| &toks[of + 2])
        });
        let mut j = of + 1;
        let determined = toks
            .get(j)
            .is_some_and(|t| t.is("the") || t.is("all") || any_is(t, POSSESSIVES));
        if determined {
            j += 1;
        }
        // "of patients", or a whole with a determiner: "of the province", "of its mass".
        let noun = vote.or_else(|| {
            toks.get(j).filter(|t| {
                t.kind == Kind::Word
                    && !t.is_capitalised()
                    && !is_stop(t)
                    && (looks_plural(t.text) || determined)
                    && !t.is("vote")
            })
        })?;
        let j = if vote.is_some() { of } else { j };
        // "28.7% of voters turned out" (or "took part"), "31% of the
        // electorate voted": the turnout.
        let electors = any_is(noun, &["voters", "electors", "electorate", "voter"]);
        let turned_out = toks
            .get(j + 1)
            .is_some_and(|t| t.is("turned") || t.is("took"))
            && toks.get(j + 2).is_some_and(|t| t.is("out") || t.is("part"))
            || toks.get(j + 1).is_some_and(|t| t.is("voted"));
        if electors && turned_out {
            return Some(self.percent_figure(
                q,
                "turnout".into(),
                None,
                None,
                self.time(q.hedge_start, j + 1),
                q.span.start..noun.span().end,
            ));
        }
        let name = if vote.is_some() {
            format!("share of {}", self.vocab.thing("vote"))
        } else {
            with_lower(noun.text, |w| {
                with_lemma(w, |l| format!("share of {}", self.vocab.thing(l)))
            })
        };
        let mut f = self.percent_figure(
            q,
            name,
            None,
            None,
            self.time(q.hedge_start, j),
            q.span.start..noun.span().end,
        );
        f.known = false;
        f.loose = true;
        Some(f)
    }

    /// A stake someone holds, said with a verb of holding: "Pemberton owns 27%
    /// of Harlow Mining". Its owner is the named subject, its place the firm held.
    fn stake_held(&self, k: usize) -> Option<Figure> {
        let toks = self.toks;
        let q = &self.qs[k];
        let verb = toks.get(q.hedge_start.checked_sub(1)?)?;
        if !any_is(verb, HOLDING_VERBS) || self.intended(q.hedge_start) {
            return None;
        }
        let held = toks.get(q.last + 2).filter(|t| t.is_capitalised())?;
        let owner = self.holder_named_before(q.hedge_start - 1)?;
        let place = self
            .entity_at(q.last + 2)
            .map(|(e, _)| e)
            .unwrap_or_else(|| held.stem().to_lowercase());
        Some(self.percent_figure(
            q,
            "stake".into(),
            Some(owner),
            Some(place),
            self.time(q.hedge_start, q.last + 2),
            q.span.start..held.span().end,
        ))
    }

    /// The named subject of a verb of holding right before "a" at `b - 1`
    /// ("Halvard Group holds a 29.5% stake"), whose stake it is.
    fn holder_of_indefinite(&self, b: usize) -> Option<String> {
        let toks = self.toks;
        let article = toks.get(b.checked_sub(1)?)?;
        let verb = b.checked_sub(2)?;
        if !(article.is("a") || article.is("an")) || !any_is(&toks[verb], HOLDING_VERBS) {
            return None;
        }
        self.holder_named_before(verb)
    }

    /// The named subject of the verb at `verb` ("Pemberton Holdings owns"),
    /// keyed as an entity or by its name's first word, as later mentions
    /// shorten a firm's name ("Pemberton's 72% stake").
    fn holder_named_before(&self, verb: usize) -> Option<String> {
        let toks = self.toks;
        let j = self.past_auxiliaries(verb);
        let last = j.checked_sub(1)?;
        let named = |t: &Token<'_>| {
            t.kind == Kind::Word
                && t.is_capitalised()
                && !t.has(words::PRONOUNS)
                && t.sentence() == toks[verb].sentence()
        };
        if !named(&toks[last]) {
            return None;
        }
        let mut first = last;
        while first >= 1 && last - first < 4 && named(&toks[first - 1]) {
            first -= 1;
        }
        // "In Leeds, Pemberton owns": a name inside a phrase is not the subject.
        if first >= 1 && toks[first - 1].has(words::PREPOSITIONS) {
            return None;
        }
        Some(
            self.entity_at(first)
                .map(|(e, _)| e)
                .unwrap_or_else(|| toks[first].stem().to_lowercase()),
        )
    }

    /// Whose change a verb at `verb` tells, from the subject phrase right
    /// before it: a name inside it ("The Varn ice field has lost"), else its
    /// head noun ("The glacier has lost"): two subjects, two changes.
    fn subject_phrase_owner(&self, verb: usize) -> Option<String> {
        let toks = self.toks;
        let j = self.past_auxiliaries(verb);
        let sentence = toks[verb].sentence();
        let phrase: Vec<&Token<'_>> = toks[j.saturating_sub(4)..j]
            .iter()
            .rev()
            .take_while(|t| t.kind == Kind::Word && t.sentence() == sentence && !is_stop(t))
            .collect();
        let name = phrase
            .iter()
            .find(|t| t.is_capitalised() && !t.has(words::PRONOUNS));
        name.or(phrase.first())
            .filter(|t| !t.has(words::PRONOUNS))
            .map(|t| t.stem().to_lowercase())
    }

    /// Whose a measure named by the words from `floor` to `end` is: an owner
    /// among its premodifiers ("Tesla's", "the Fed's"), else a lower-case
    /// possessive holder ("the governor's").
    pub(super) fn owner_before(&self, floor: usize, end: usize) -> Option<String> {
        let (_, owner) = self.premodifiers(floor, end);
        owner.or_else(|| self.possessive_holder(floor, end))
    }

    /// A holder named by a lower-case possessive among the words from `floor`
    /// to `end` ("the governor's approval rating"): whose measure it is. A
    /// period's possessive ("last year's rate") says when, not whose.
    fn possessive_holder(&self, floor: usize, end: usize) -> Option<String> {
        self.toks[floor..end]
            .iter()
            .rev()
            .take_while(|t| t.kind == Kind::Word)
            .find(|t| {
                t.is_possessive()
                    && !t.is_capitalised()
                    && !t.has(words::PRONOUNS)
                    && !PERIODS.iter().any(|p| t.stem().eq_ignore_ascii_case(p))
            })
            .map(|t| t.stem().to_lowercase())
    }

    /// Is the figure starting at token `b` what someone wants, expects or aims
    /// for ("The union wants a 5.4% pay rise")? An offer or a proposal is
    /// itself the measure compared, so those words do not count.
    fn intended(&self, b: usize) -> bool {
        let toks = self.toks;
        let Some(t) = toks.get(b) else { return false };
        let (cs, _) = clause_bounds(toks, b, t.sentence());
        toks[cs.max(b.saturating_sub(6))..b].iter().any(|t| {
            t.has(words::PROJECTION)
                && !any_is(t, &["offer", "offered", "proposal", "proposed", "bid"])
        })
    }

    /// What a measure named at `j` is of, or among whom, where the words after
    /// it say ("support for the levy", "approval among women", "share of the
    /// vote"): backing for two things, or of two groups, is two measures.
    fn object_kind(&self, j: usize) -> Option<String> {
        let toks = self.toks;
        if !toks
            .get(j + 1)
            .is_some_and(|t| t.is("for") || t.is("among") || t.is("of"))
        {
            return None;
        }
        let mut o = j + 2;
        if toks
            .get(o)
            .is_some_and(|t| t.is("the") || any_is(t, POSSESSIVES))
        {
            o += 1;
        }
        let t = toks
            .get(o)
            .filter(|t| t.kind == Kind::Word && t.sentence() == toks[j].sentence())?;
        if is_stop(t) || t.has(words::PRONOUNS) {
            return None;
        }
        Some(with_lower(t.stem(), |w| with_lemma(w, |l| l.to_string())))
    }

    /// The measure of [`KINDED_MEASURES`] the word at `j` names, if it is one.
    fn kinded_measure(&self, j: usize) -> Option<&'static str> {
        let t = self.toks.get(j).filter(|t| t.kind == Kind::Word)?;
        with_lower(t.text, |w| {
            with_lemma(w, |l| {
                KINDED_MEASURES
                    .iter()
                    .find(|(m, _)| *m == l)
                    .map(|(_, name)| *name)
            })
        })
    }

    /// A measure that comes in kinds, named in the clause before the figure
    /// and linked to it: "a pay offer of 5.4%", "raised its main interest rate
    /// to 5.25%", "Turnout in the referendum reached 63.4%". With the measure's
    /// name, its kind (the word before it), its owner and the token it ends at.
    fn kinded_measure_before(
        &self,
        b: usize,
        last: usize,
    ) -> Option<(&'static str, Option<String>, Option<String>)> {
        let toks = self.toks;
        if b == 0 || b >= toks.len() {
            return None;
        }
        let (cs, _) = clause_bounds(toks, b, toks[b].sentence());
        let floor = cs.max(b.saturating_sub(8));
        // "The jobless rate, 5.1%, was unchanged", "the jobless rate (5.1%)":
        // the figure set off right after the measure's name.
        let apposition = b >= 2
            && b - 2 >= floor
            && (toks[b - 1].is_punct(',') || toks[b - 1].is_punct('('))
            && toks
                .get(last + 1)
                .is_none_or(|t| t.is_punct(',') || t.is_punct(')') || t.is_punct('.'))
            && self.measure_named_at(b - 2).is_some();
        let near = &toks[floor.min(b - 1)..b - 1];
        let set = (toks[b - 1].is("at") && near.iter().any(|t| any_is(t, RATE_SETTERS)))
            || any_is(&toks[b - 1], AVERAGED);
        if !apposition && !set && !linked_to_measure(toks, cs, b) {
            return None;
        }
        let mut j = b - 1;
        while j > floor {
            j -= 1;
            let t = &toks[j];
            if t.kind != Kind::Word {
                return None;
            }
            if let Some((name, own_kind)) = self.measure_named_at(j) {
                let kind = own_kind
                    .or_else(|| {
                        j.checked_sub(1)
                            .map(|i| &toks[i])
                            .filter(|w| {
                                w.kind == Kind::Word
                                    && !w.is_capitalised()
                                    && !is_stop(w)
                                    && !w.has(words::PRONOUNS)
                                    && !w.is_possessive()
                                    && !self.vocab.lex.is_neutral(&lower(w))
                            })
                            .map(|w| kind_of_rate(lower(w)))
                    })
                    .or_else(|| self.object_kind(j));
                let owner = self.owner_before(floor, j);
                return Some((name, kind, owner));
            }
        }
        None
    }

    /// The measure the word at `j` names, with the kind it names by itself:
    /// "rate" ("interest rate"), or "rate" of inflation ("inflation").
    fn measure_named_at(&self, j: usize) -> Option<(&'static str, Option<String>)> {
        let named = match self.kinded_measure(j) {
            Some(name) => Some((name, None)),
            None => {
                let t = self.toks.get(j).filter(|t| t.kind == Kind::Word)?;
                SELF_NAMED_RATES
                    .iter()
                    .find(|w| t.is(w))
                    .map(|w| ("rate", Some(kind_of_rate((*w).to_string()))))
            }
        };
        // "The rate will rise to 4.75%": a verb after a modal or "to" names no
        // measure. (Asked only of a word that would: most words name none.)
        named.filter(|_| !(j >= 1 && any_is(&self.toks[j - 1], MODALS)))
    }

    /// A percentage a measure is said to be: "Turnout was 58.3%", "a turnout of 53.8%".
    pub(super) fn percent_of_measure_before(&self, k: usize) -> Option<Figure> {
        let q = &self.qs[k];
        let kinded = self
            .kinded_measure_before(q.hedge_start, q.last)
            .filter(|_| !self.intended(q.hedge_start));
        if let Some((name, kind, owner)) = kinded {
            let mut f = self.percent_figure(
                q,
                name.into(),
                owner,
                None,
                self.time(q.hedge_start, q.last),
                q.span.clone(),
            );
            f.known = given_once(name, kind.as_deref());
            f.kind = kind;
            return Some(f);
        }
        let d = self.measure_before(q.hedge_start, q.last, None)?;
        if !PERCENT_MEASURES.contains(&d.name.as_str()) {
            return None;
        }
        // "Turnout rose 5%" is a change; "reached 63.4%", "rose to 64%" a value.
        let valued =
            self.toks[q.hedge_start - 1].has(words::LINKS) || self.toks[q.hedge_start - 1].is("to");
        let before = self.toks[q.hedge_start.saturating_sub(4)..q.hedge_start]
            .iter()
            .any(|t| t.has(words::CHANGE_VERBS));
        if before && !valued {
            return None;
        }
        // ("Turnout was 61.4% in the city", "Turnout in the rural wards
        // reached 64.1%": where it was counted.)
        let place = self
            .place_after(q.last)
            .or_else(|| self.area_at(q.hedge_start.saturating_sub(6), q.hedge_start))
            .or_else(|| self.area_opening_sentence(q.hedge_start))
            // ("Turnout in the Marston by-election was 41.2%".)
            .or_else(|| {
                let start = context::sentence_start(self.toks, q.hedge_start)?;
                self.named_place_after(start)
                    .filter(|_| start + 1 < q.hedge_start)
            });
        Some(self.percent_figure(
            q,
            d.name,
            d.owner,
            place,
            self.time(q.hedge_start, q.last),
            q.span.clone(),
        ))
    }

    /// A share someone named won: "Bolsonaro took 43.2%", "Lula, who won 48.4% of
    /// the vote". Loose: shares of a first round and a run-off differ, so only a
    /// share whose digits are another's in another order is compared.
    pub(super) fn percent_share(&self, k: usize) -> Option<Figure> {
        let toks = self.toks;
        let q = &self.qs[k];
        let mut v = q.hedge_start.checked_sub(1)?;
        // "won 41,382 votes, or 53.5% of the vote": the share restates the
        // tally, and is won by the tally's verb.
        let restated = toks[v].is("or")
            && v >= 1
            && toks[v - 1].is_punct(',')
            && k >= 1
            && toks
                .get(self.qs[k - 1].last + 1)
                .is_some_and(|t| any_is(t, &["votes", "ballots"]) && self.qs[k - 1].last + 3 == v);
        if restated {
            v = self.qs[k - 1].hedge_start.checked_sub(1)?;
        }
        if !any_is(&toks[v], SHARE_VERBS) {
            return None;
        }
        // "took 12% of the market" is a share of something else.
        let mut end = q.last;
        if toks.get(q.last + 1).is_some_and(|t| t.is("of")) {
            let vote = (q.last + 2..q.last + 4).find(|&i| {
                toks.get(i)
                    .is_some_and(|t| any_is(t, &["vote", "votes", "ballots"]))
            })?;
            if !toks[q.last + 2..vote].iter().all(|t| t.is("the")) {
                return None;
            }
            end = vote;
        }
        // The winner: "Bolsonaro took", "Bolsonaro, who won".
        let mut s = v.checked_sub(1)?;
        if toks[s].is("who") && s >= 2 && toks[s - 1].is_punct(',') {
            s -= 2;
        }
        let subject = &toks[s];
        if subject.kind != Kind::Word
            || subject.has(words::PRONOUNS)
            || is_stop(subject)
            || subject.sentence() != toks[v].sentence()
            || (s >= 1 && toks[s - 1].has(words::PREPOSITIONS))
        {
            return None;
        }
        // "The incumbent won 52.4%": a winner named by a common noun, whose
        // phrase (a name in it, or its head) tells two winners apart.
        let who = if subject.is_capitalised() {
            self.entity_at(s)
                .map(|(e, _)| e)
                .unwrap_or_else(|| subject.stem().to_lowercase())
        } else {
            if !toks[..s].last().is_some_and(|t| any_is(t, &["the", "a"])) {
                return None;
            }
            self.subject_phrase_owner(s + 1)?
        };
        // The winner is the owner: shares of a first round and a run-off differ,
        // so only a mistyped share is compared.
        let mut f = self.percent_figure(
            q,
            "share won".into(),
            Some(who),
            None,
            self.time(q.hedge_start, end),
            q.span.start..toks[end].span().end,
        );
        f.known = false;
        Some(f)
    }

    /// A percentage figure of a named measure.
    pub(super) fn percent_figure(
        &self,
        q: &Quantity,
        name: String,
        owner: Option<String>,
        place: Option<String>,
        time: Time,
        phrase: Span,
    ) -> Figure {
        let toks = self.toks;
        Figure {
            q: q.clone(),
            paragraph: self.paragraph,
            sentence: toks[q.first].sentence(),
            thing: Thing {
                unit: Unit::Percent,
                name,
                modifiers: String::new(),
            },
            owner,
            place,
            time,
            source: context::source_of(toks, q.first),
            context: self.context_words(q.first, phrase_last(toks, &phrase, q.last)),
            listed: q.hedge_start >= 1 && toks[q.hedge_start - 1].is_punct(':'),
            phrase,
            loose: false,
            known: true,
            definite: q.hedge_start >= 1 && is_determiner(&toks[q.hedge_start - 1])
                || super::reference::measure_of_undated(toks, q.hedge_start, q.last),
            another: self.introduces_another(q.hedge_start, q.last),
            kind: None,
            subject: None,
        }
    }

    /// The word before the measure noun at `j`, lower-cased, where it opens
    /// the sentence, is capitalised only for that and is a common word, no
    /// name ("Food prices", not "Tesco prices" or "Price rises").
    fn opening_common_word(&self, j: usize) -> Option<String> {
        let toks = self.toks;
        let w = j.checked_sub(1)?;
        let t = &toks[w];
        (t.kind == Kind::Word
            && t.is_capitalised()
            && tokens::opens_sentence(toks, w)
            && !t.is_possessive()
            && self.entity_at(w).is_none()
            && is_common_word(t.text))
        .then(|| t.text.to_lowercase())
    }

    /// A percentage change written as a noun: "a 42% fall in operating profit",
    /// named as the verb form names it ("operating profit fell 24%").
    pub(super) fn percent_change_noun(&self, k: usize) -> Option<Figure> {
        let toks = self.toks;
        let q = &self.qs[k];
        let noun = toks.get(q.last + 1).filter(|t| t.kind == Kind::Word)?;
        let direction = change_noun_direction(noun.text)?;
        // "a 12% rise in sales", "12.8% more for water", "the 12.3% rise for water".
        if !toks
            .get(q.last + 2)
            .is_some_and(|t| any_is(t, &["in", "for", "on"]))
        {
            return None;
        }
        // "is expected to report a 5% rise in profit": a forecast.
        let sentence = toks[q.first].sentence();
        let (cs, _) = clause_bounds(toks, q.first, sentence);
        if toks[cs.max(q.hedge_start.saturating_sub(6))..q.hedge_start]
            .iter()
            .any(|t| t.has(words::PROJECTION))
        {
            return None;
        }
        let floor = q.last + 3;
        // ("a 5% fall in like-for-like sales": hyphens join a compound's words.)
        let joined = |t: &Token<'_>| t.kind == Kind::Word || (t.is_punct('-') && !t.space_before);
        let measured = (floor..toks.len().min(floor + 8))
            .take_while(|&j| joined(&toks[j]) && toks[j].sentence() == sentence)
            .filter(|&j| toks[j].kind == Kind::Word)
            .take(4)
            .find_map(|j| self.measure_at(floor, j, q.last).map(|d| (j, d)));
        let Some((end, measure)) = measured else {
            let (cs, _) = clause_bounds(toks, q.first, sentence);
            let near = cs.max(q.hedge_start.saturating_sub(3));
            let owner = self.owner_before(near, q.hedge_start);
            return self.change_of_whole(q, direction, floor, owner);
        };
        // ("the 6.5% rise in prices in Manchester": where, after the measure.)
        let place = measure
            .place
            .or_else(|| self.named_after_noun(end, end + 5));
        Some(self.percent_figure(
            q,
            format!("{direction} in {}", measure.name),
            measure.owner,
            place,
            self.time(q.hedge_start, end),
            q.span.start..toks[end].span().end,
        ))
    }

    /// A change in a thing the lexicon does not know as a measure, named by the
    /// head noun of the words from `from` on: "the 12.3% rise for water", "lost
    /// 38 per cent of its surface area". Not a thing counted once per story, so
    /// it is compared only on a slip and evidence of sameness.
    fn change_of_whole(
        &self,
        q: &Quantity,
        direction: &str,
        from: usize,
        owner: Option<String>,
    ) -> Option<Figure> {
        // ("the 5.8% rise in Kelby rents": the place named before the noun.)
        let toks = self.toks;
        let named = toks[from.min(toks.len())..]
            .iter()
            .take(3)
            .take_while(|t| t.kind == Kind::Word && t.is_capitalised())
            .count();
        let place_before =
            (named > 0 && names_a_place(&toks[from])).then(|| self.place_named_at(from));
        let (end, head) = self.head_noun(from + if place_before.is_some() { named } else { 0 })?;
        let mut f = self.percent_figure(
            q,
            format!("{direction} in {head}"),
            owner,
            // ("the 7.4% rise in rents in Wakefield": where, after it.)
            place_before.or_else(|| self.named_after_noun(end, end + 5)),
            self.time(q.hedge_start, end),
            q.span.start..self.toks[end].span().end,
        );
        f.known = false;
        Some(f)
    }

    /// The head of a short lower-case noun phrase starting at `from` (after a
    /// determiner): "its surface area" gives "area", "water from July" "water".
    fn head_noun(&self, from: usize) -> Option<(usize, String)> {
        let toks = self.toks;
        let sentence = toks.get(from)?.sentence();
        let mut j = from;
        if toks
            .get(j)
            .is_some_and(|t| t.is("the") || any_is(t, POSSESSIVES))
        {
            j += 1;
        }
        let noun = |t: &Token<'_>| {
            t.kind == Kind::Word
                && t.sentence() == sentence
                && !t.is_capitalised()
                && !is_stop(t)
                && !t.has(words::PREPOSITIONS)
                && !t.has(words::AUXILIARIES)
                && !t.has(words::CHANGE_VERBS)
                && !t.has(words::LINKS)
                && !t.has(words::SPEECH)
        };
        let run = toks[j.min(toks.len())..]
            .iter()
            .take(2)
            .take_while(|t| noun(t))
            .count();
        let end = (j + run).checked_sub(1).filter(|_| run > 0)?;
        let head = with_lower(toks[end].text, |w| with_lemma(w, |l| l.to_string()));
        Some((end, head))
    }

    /// The noun before a place or firm named right before a verb, whose name
    /// ends at `j`: "Sales" of "Sales at Tollard Brewing rose", "Sales at
    /// the brewer rose".
    fn noun_before_name(&self, j: usize) -> Option<usize> {
        let toks = self.toks;
        let sentence = toks[j].sentence();
        let name =
            |t: &Token<'_>| t.kind == Kind::Word && t.is_capitalised() && t.sentence() == sentence;
        let common = |t: &Token<'_>| {
            t.kind == Kind::Word && !t.is_capitalised() && !is_stop(t) && t.sentence() == sentence
        };
        let named = toks[..=j]
            .iter()
            .rev()
            .take(5)
            .take_while(|t| name(t))
            .count();
        // ("the brewer", "the new owner": one referred to by a common noun.)
        let words = if named > 0 {
            named
        } else {
            let run = toks[..=j]
                .iter()
                .rev()
                .take(2)
                .take_while(|t| common(t))
                .count();
            let the = (j + 1).checked_sub(run + 1).filter(|_| run > 0)?;
            if !toks[the].is("the") {
                return None;
            }
            run + 1
        };
        let at = (j + 1).checked_sub(words + 1)?;
        (any_is(&toks[at], &["at", "in", "for", "from"])
            && at >= 1
            && toks[at - 1].kind == Kind::Word)
            .then(|| at - 1)
    }

    /// A percentage change: "down 8.5%", "fell 9% to $21.3bn", "profit fell 55%".
    pub(super) fn percent_change(&self, k: usize) -> Option<Figure> {
        let toks = self.toks;
        let q = &self.qs[k];
        let mut v = q.hedge_start;
        if v >= 1 && toks[v - 1].is("by") {
            v -= 1;
        }
        let verb = v.checked_sub(1).map(|p| &toks[p])?;
        let direction = direction_of(verb)?;
        if toks.get(q.last + 1).is_some_and(|t| t.is("of")) {
            // "lost 38 per cent of its surface area": a change in its own whole.
            let own = toks.get(q.last + 2).is_some_and(|t| any_is(t, POSSESSIVES));
            if !own || v != q.hedge_start {
                return None;
            }
            let owner = self
                .subject_owner(q.hedge_start)
                .or_else(|| self.subject_phrase_owner(v - 1));
            return self.change_of_whole(q, direction, q.last + 2, owner);
        }
        let sentence = toks[q.first].sentence();
        // The value that changed, right before ("386,810, down 8.5%") or after ("9% to $21.3bn").
        let before = (k >= 1 && v >= 2 && (toks[v - 2].is_punct(',') || toks[v - 2].is_punct('(')))
            .then(|| &self.qs[k - 1])
            .filter(|p| toks[p.first].sentence() == sentence && p.last + 8 >= v - 2)
            .filter(|p| {
                toks[p.last + 1..v - 2]
                    .iter()
                    .all(|t| t.kind != Kind::Number)
            });
        let after = toks
            .get(q.last + 1)
            .filter(|t| t.is("to"))
            .and_then(|_| self.qs.get(k + 1))
            .filter(|n| n.hedge_start == q.last + 2);
        let (name, owner, place, modifiers) = match before.or(after) {
            Some(base) if base.is_precise() && base.unit != Unit::Percent => (
                format!("{direction} from {:?} {}", base.unit, base.value),
                None,
                None,
                Vec::new(),
            ),
            // ("386,810, down 8.5%" against "about 390,000, down 8%": a rounded
            // value names no one change; but after the verb, "profits rose
            // 14% to £82m" is still the change in the profits named before.)
            Some(base) if before.is_some() || base.unit == Unit::Percent => return None,
            _ => {
                let j = v.checked_sub(2)?;
                let (floor, j) = match self.noun_before_name(j) {
                    Some(noun) => (noun.saturating_sub(4), noun),
                    None => (v.saturating_sub(6), j),
                };
                let mut measure = self.measure_at(floor, j, q.last)?;
                // ("Food prices rose 3.4%": a common word capitalised only
                // to open the sentence narrows the change like any other.)
                if let Some(w) = self.opening_common_word(j) {
                    measure.modifiers.push(w);
                }
                (
                    format!("{direction} in {}", measure.name),
                    measure.owner,
                    measure.place,
                    measure.modifiers,
                )
            }
        };
        let mut f = self.percent_figure(
            q,
            name,
            owner,
            place,
            self.time(q.hedge_start, q.last),
            verb.span().start..q.span.end,
        );
        // ("Food prices rose 3.4%" is a part of "Prices rose 4.3%", not it.)
        let mut modifiers = modifiers;
        modifiers.sort_unstable();
        modifiers.dedup();
        f.thing.modifiers = modifiers.join(" ");
        Some(f)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{read_one as one, token_at, with_reader};
    use super::direction_of;

    #[test]
    fn a_stake_is_the_size_of_a_holding() {
        let (name, _, place, phrase) = one("The firm holds an 85 per cent stake in Rovers.");
        assert_eq!(name, "stake");
        assert_eq!(place.as_deref(), Some("rovers"));
        assert_eq!(phrase, "85 per cent stake");
    }

    #[test]
    fn turnout_is_a_percentage_measure() {
        assert_eq!(one("Turnout was 58.3%.").0, "turnout");
    }

    #[test]
    fn a_share_won_belongs_to_the_winner() {
        let (name, owner, _, _) = one("Bolsonaro took 43.2% of the vote.");
        assert_eq!(name, "share won");
        assert_eq!(owner.as_deref(), Some("bolsonaro"));
    }

    #[test]
    fn a_change_written_as_a_noun_is_named_as_its_verb() {
        let (name, _, _, _) = one("A 42% fall in operating profit hit the shares.");
        assert_eq!(name, "down in operating profit");
    }

    #[test]
    fn words_of_change_give_their_direction() {
        with_reader("Sales were down 8.5% and costs went up 2%.", |r| {
            assert_eq!(direction_of(&r.toks[token_at(r, "down")]), Some("down"));
            assert_eq!(direction_of(&r.toks[token_at(r, "up")]), Some("up"));
            assert_eq!(direction_of(&r.toks[token_at(r, "Sales")]), None);
        });
    }
}
