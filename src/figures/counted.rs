//! What a figure counts and whose it is: the counted noun or the measure it
//! fills, its owner and place, and whether it is a current, comparable value.

use crate::finding::Span;

use super::conflicts;
use super::context::{self, clause_bounds, Time};
use super::extract::{Quantity, Unit};
use super::lexicon::{lemma, lemma_phrase, looks_plural, with_lemma, Vocabulary};
use super::tokens::{Kind, Token};
use super::words::{self, with_lower};

mod owners;
mod percent;
mod value;

/// What a figure is a value of. Two figures are compared only when this is equal.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Thing {
    pub unit: Unit,
    /// The counted thing or measure ("soldier", "dead", "net income", "age of bell").
    pub name: String,
    /// Words that narrow it ("affordable" homes), sorted, space-separated.
    pub modifiers: String,
}

/// A figure ready to be compared.
#[derive(Clone, Debug)]
pub struct Figure {
    pub q: Quantity,
    pub paragraph: usize,
    pub sentence: usize,
    pub thing: Thing,
    /// Whose it is: "North Korean troops", "Russia suffered", "Tesla's profit".
    pub owner: Option<String>,
    /// Where: "killed in Syria", "goals for Barcelona".
    pub place: Option<String>,
    pub time: Time,
    pub source: Option<String>,
    /// The words shown in messages ("8,000 soldiers").
    pub phrase: Span,
    /// Counted only as "people" ("112 people"): compared only with a figure of
    /// people whose digits are the same digits in another order.
    pub loose: bool,
    /// What it counts is a thing news counts once per story (a group of the
    /// lexicon, a money measure, a vote tally), not any plural noun.
    pub known: bool,
    /// Written as a definite reference to a figure already given: "the 121
    /// survivors", "its 14 hospitals", "the school's 361 children".
    pub definite: bool,
    /// The content words around it in its sentence (hashed, sorted): two
    /// figures restated in the same words share several.
    pub context: Vec<u32>,
    /// An entry of a list of key figures ("Revenue: $31.5bn"): the story's own
    /// period and sources, whatever its sentence said.
    pub listed: bool,
}

impl Figure {
    /// Its sentence, told apart from every other sentence of the draft.
    pub fn sentence_key(&self) -> (usize, usize) {
        (self.paragraph, self.sentence)
    }
}

/// A counted thing found next to a figure.
#[derive(Clone, Debug)]
struct Described {
    name: String,
    modifiers: Vec<String>,
    owner: Option<String>,
    place: Option<String>,
    /// Last token of the figure's noun phrase (the head noun, or the figure).
    end: usize,
    /// Only a generic noun ("people") with no status.
    loose: bool,
}

fn is_stop(t: &Token<'_>) -> bool {
    t.has(words::STOP)
}

fn any_is(t: &Token<'_>, words: &[&str]) -> bool {
    words.iter().any(|w| t.is(w))
}

/// Reads the figures of one paragraph.
pub struct Reader<'t, 'a> {
    /// The draft's text, for the digits of a figure as written.
    text: &'t str,
    toks: &'t [Token<'a>],
    qs: &'t [Quantity],
    vocab: &'t Vocabulary<'t>,
    paragraph: usize,
}

impl<'t, 'a> Reader<'t, 'a> {
    pub fn new(
        text: &'t str,
        toks: &'t [Token<'a>],
        qs: &'t [Quantity],
        vocab: &'t Vocabulary<'t>,
        paragraph: usize,
    ) -> Self {
        Reader {
            text,
            toks,
            qs,
            vocab,
            paragraph,
        }
    }

    /// When the figure spanning tokens `from..=to` holds.
    pub fn time(&self, from: usize, to: usize) -> Time {
        let (toks, qs) = (self.toks, self.qs);
        let mut markers = context::markers_near(toks, from, to);
        // "from $2.51bn a year earlier": the time of the old value, not of the sentence.
        markers.retain(|m| {
            !qs.iter().any(|q| {
                q.last + 1 == m.at
                    && q.hedge_start >= 1
                    && any_is(&toks[q.hedge_start - 1], &["from", "than"])
            })
        });
        context::time_of(toks, &markers, from, to)
    }

    /// Every comparable count, money and percentage-change figure of the paragraph.
    pub fn figures(&self, out: &mut Vec<Figure>) {
        // This paragraph's figures start here; an update replaces only them.
        let first_of_paragraph = out.len();
        let mut previous: Option<Described> = None;
        for k in 0..self.qs.len() {
            let q = &self.qs[k];
            match q.unit {
                Unit::Percent => {
                    let f = self
                        .percent_change(k)
                        .or_else(|| self.percent_change_noun(k))
                        .or_else(|| self.percent_of(k));
                    if let Some(f) = f.or_else(|| self.percent_share(k)) {
                        out.push(f);
                    }
                    continue;
                }
                Unit::Measure => {
                    out.extend(self.measure(k));
                    continue;
                }
                Unit::Age | Unit::Points => continue,
                Unit::Count | Unit::Money(_) => {}
            }
            let d = match self.describe(k, previous.as_ref()) {
                Some(d) => d,
                // A sum of money with no measure named: "returns $43,100 in
                // questionable funds". Compared only as a mistyped figure.
                None if matches!(q.unit, Unit::Money(_)) => Described {
                    name: "sum".into(),
                    modifiers: Vec::new(),
                    owner: None,
                    place: None,
                    end: q.last,
                    loose: true,
                },
                None => {
                    out.extend(self.measure(k));
                    continue;
                }
            };
            if !self.is_current_value(k, &d) {
                if !d.loose {
                    previous = Some(d);
                }
                continue;
            }
            let toks = self.toks;
            let phrase_end = if d.end > q.last && d.end <= q.last + 4 {
                toks[d.end].span().end
            } else {
                q.span.end
            };
            let mut modifiers: Vec<&str> = d.modifiers.iter().map(String::as_str).collect();
            modifiers.sort_unstable();
            modifiers.dedup();
            let figure = Figure {
                q: q.clone(),
                paragraph: self.paragraph,
                sentence: toks[q.first].sentence(),
                thing: Thing {
                    unit: q.unit,
                    name: d.name.clone(),
                    modifiers: modifiers.join(" "),
                },
                owner: d
                    .owner
                    .clone()
                    .or_else(|| self.subject_owner(q.hedge_start)),
                place: d.place.clone(),
                time: self.time(q.hedge_start, d.end.max(q.last)),
                source: context::source_of(toks, q.first),
                phrase: q.span.start..phrase_end,
                loose: d.loose,
                known: self.is_known(&d.name),
                definite: self.is_definite(k, &d),
                context: self.context_words_but(q.first, d.end.max(q.last), &d.name),
                listed: q.hedge_start >= 1 && toks[q.hedge_start - 1].is_punct(':'),
            };
            // "… 31 injured; by Sunday the number had risen to 57": the update
            // replaces what the paragraph said before.
            if self.is_update(q.hedge_start) && !figure.loose {
                let kept: Vec<Figure> = out
                    .drain(first_of_paragraph..)
                    .filter(|g| !(g.thing == figure.thing && g.owner == figure.owner))
                    .collect();
                out.extend(kept);
            }
            out.push(figure);
            // Kept whole (modifiers unsorted) for a later "the number had risen to 57".
            if !d.loose {
                previous = Some(d);
            }
        }
    }

    /// Is a counted thing one news counts once per story: a group of the
    /// lexicon, a money measure or a side of a vote?
    fn is_known(&self, name: &str) -> bool {
        let lex = self.vocab.lex;
        (self.vocab.group(name).is_some() && !lex.is_per_person(name) && !lex.is_per_entity(name))
            || self.vocab.lex.is_financial(name)
            || name.starts_with("votes ")
    }

    /// Is the figure at `k` written as a definite reference to one already given:
    /// "the 121 survivors", "its 14 hospitals", "Harbor's 80 per cent holding",
    /// "the audience of 18.1 million"? Not when a clause or phrase after the noun
    /// says which ones ("the 13 states where polls were held", "the 35 states that
    /// have not voted"): that introduces a new group.
    fn is_definite(&self, k: usize, d: &Described) -> bool {
        let toks = self.toks;
        let q = &self.qs[k];
        let Some(before) = q.hedge_start.checked_sub(1).map(|i| &toks[i]) else {
            return false;
        };
        if d.end > q.last {
            let restricted = toks.get(d.end + 1).is_some_and(|t| {
                any_is(
                    t,
                    &["who", "that", "which", "where", "whose", "whom", "with"],
                )
            });
            return is_determiner(before) && !restricted;
        }
        // "the £2.6bn agency": a sum of money named by what it is for.
        if d.name == "sum" {
            return is_determiner(before)
                && toks
                    .get(q.last + 1)
                    .is_some_and(|t| t.kind == Kind::Word && !t.is_capitalised() && !is_stop(t));
        }
        // "The audience of 18.1 million", "the death toll of 14".
        before.is("of")
            && q.hedge_start >= 3
            && (is_determiner(&toks[q.hedge_start - 3])
                || (q.hedge_start >= 4 && is_determiner(&toks[q.hedge_start - 4])))
    }

    /// The content words of the figure's sentence near tokens `from..=to`
    /// (the figure and its noun left out), hashed and sorted.
    fn context_words(&self, from: usize, to: usize) -> Vec<u32> {
        self.context_words_but(from, to, "")
    }

    /// [`Self::context_words`] without the words of the counted thing's `name`
    /// ("the crowd of 800" and "a crowd of 1,000" share no word but their thing).
    fn context_words_but(&self, from: usize, to: usize, name: &str) -> Vec<u32> {
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
    fn is_update(&self, start: usize) -> bool {
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

    /// What the figure at `k` counts, if anything comparable.
    fn describe(&self, k: usize, previous: Option<&Described>) -> Option<Described> {
        let q = &self.qs[k];
        if let Some(d) = self.tally(k) {
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
            let measure = self
                .measure_at(0, q.hedge_start - 2, q.last)
                .filter(|d| self.vocab.group(&d.name).is_some() || lex.is_financial(&d.name));
            if measure.is_some() {
                return self.measure_before(q.hedge_start, q.last, previous);
            }
        }
        if let Some(d) = self.noun_after(k, after) {
            let money = matches!(q.unit, Unit::Money(_));
            if !money || self.is_measure(&d.name) {
                return Some(d);
            }
        }
        self.measure_before(q.hedge_start, q.last, previous)
    }

    fn is_measure(&self, name: &str) -> bool {
        self.vocab.group(name).is_some() || self.vocab.lex.is_financial(name)
    }

    /// The noun phrase after a figure: "8,000 soldiers", "10,000 North Korean troops",
    /// "16 people killed", "31 injured", "€4.2bn trade".
    fn noun_after(&self, k: usize, start: usize) -> Option<Described> {
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
                if !lex.is_generic(&head) && !head_is_status {
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
    fn lexicon_phrase(&self, j: usize) -> Option<(String, usize)> {
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
    fn status_after(&self, head_end: usize) -> Option<String> {
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
    fn status_before(&self, start: usize) -> Option<String> {
        let t = self.toks.get(start.checked_sub(1)?)?;
        with_lower(t.text, |lower| {
            if !self.vocab.lex.is_status_verb(lower) {
                return None;
            }
            Some(match lower {
                "kills" | "killing" => "killed".into(),
                "injuring" | "injures" => "injured".into(),
                "wounding" => "wounded".into(),
                _ => lower.to_string(),
            })
        })
    }

    /// "voted in favour", "who voted against": which side a count of members took.
    fn voted_side(&self, head_end: usize) -> Option<&'static str> {
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
    fn tally(&self, k: usize) -> Option<Described> {
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
    fn measure_before(
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
        let before_link = |n: usize| toks[clause_start.max(b.saturating_sub(n))..b - 1].iter();
        let linked = if link.is("to") {
            before_link(8).any(|t| t.has(words::CHANGE_VERBS))
        } else if link.is("at") {
            before_link(8).any(|t| t.has(words::AT_LINKS))
        } else {
            link.has(words::LINKS)
        };
        if !linked {
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
                if t.is("number")
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
    fn measure_at(&self, floor: usize, j: usize, last: usize) -> Option<Described> {
        let toks = self.toks;
        let lex = self.vocab.lex;
        let t = toks.get(j).filter(|t| t.kind == Kind::Word)?;
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
            place: None,
            end: last,
            loose: false,
        })
    }

    /// A noun phrase after "the number of": "people confirmed dead", "North Korean soldiers".
    fn noun_phrase_at(&self, s: usize, _number: usize) -> Option<Described> {
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
            if self.vocab.group(&l).is_some()
                || lex.is_status(&lower)
                || lex.is_generic(&l)
                || looks_plural(t.text)
            {
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
    fn premodifiers(&self, floor: usize, head_start: usize) -> (Vec<String>, Option<String>) {
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
                let possessive = t.text != t.stem();
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
    fn antecedent_measure(&self, before: usize) -> Option<Described> {
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

/// How many tokens either side of a figure its context words are read from.
const CONTEXT_REACH: usize = 20;

/// "the", "its", "their", "this", or a possessive ("Harbor Point's"): what
/// makes a figure after it a definite reference.
fn is_determiner(t: &Token<'_>) -> bool {
    t.kind == Kind::Word
        && (any_is(
            t,
            &["the", "its", "their", "his", "her", "our", "this", "that"],
        ) || (t.text != t.stem() && !t.has(words::PRONOUNS)))
}

/// The last token of a figure's phrase that ends at byte `phrase.end`.
fn phrase_last(toks: &[Token<'_>], phrase: &Span, last: usize) -> usize {
    let mut j = last;
    while toks.get(j + 1).is_some_and(|t| t.span().end <= phrase.end) {
        j += 1;
    }
    j
}

/// A word's hash for comparing contexts (FNV-1a, folded to 32 bits).
fn word_hash(w: &str) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in w.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h ^ (h >> 32)) as u32
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
    split
        && (q.first >= 1 && any_is(&toks[q.first - 1], &["voted", "vote"])
            || toks.get(q.last + 3).is_some_and(|v| v.is("vote")))
}

/// Reads the one paragraph of `text` and hands its reader to `f` (for the tests
/// of this module's parts).
#[cfg(test)]
fn with_reader<R>(text: &str, f: impl FnOnce(&Reader<'_, '_>) -> R) -> R {
    use super::lexicon::Lexicon;
    use super::{extract, tokens};
    use crate::document::{Document, Format};
    let doc = Document::parse(text, Format::PlainText);
    let vocab = Vocabulary::new(Lexicon::builtin(), &[]);
    let toks = tokens::tokenize(&doc.prose, &doc.paragraphs[0]);
    let qs = extract::quantities(&toks);
    f(&Reader::new(doc.text, &toks, &qs, &vocab, 0))
}

/// The index of the first token `word` in a reader's paragraph.
#[cfg(test)]
fn token_at(r: &Reader<'_, '_>, word: &str) -> usize {
    r.toks.iter().position(|t| t.text == word).unwrap()
}

/// Every figure a reader finds in `text`, as (name, owner, place, text).
#[cfg(test)]
#[allow(clippy::type_complexity)]
fn read(text: &str) -> Vec<(String, Option<String>, Option<String>, String)> {
    with_reader(text, |r| {
        let mut out = Vec::new();
        r.figures(&mut out);
        out.into_iter()
            .map(|f| (f.thing.name, f.owner, f.place, text[f.phrase].to_string()))
            .collect()
    })
}
