//! What a figure counts and whose it is: the counted noun or the measure it
//! fills, its owner and place, and whether it is a current, comparable value.

use crate::finding::Span;

use super::conflicts;
use super::context::{self, clause_bounds, Time};
use super::extract::{Quantity, Unit};
use super::lexicon::{lemma, lemma_phrase, looks_plural, with_lemma, Vocabulary};
use super::tokens::{Kind, Token};
use super::words::{self, with_lower};

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

/// Units that are not measurements: "three times", "5 per cent", "40 pence".
const NOT_MEASURES: &[&str] = &["time", "per", "percent", "cent", "penny", "pence"];

/// Words before "of" or "for" that make the figure a capacity: "room for 40".
const CAPACITY_NOUNS: &[&str] = &[
    "capacity", "licensed", "designed", "built", "rated", "room", "space", "seating",
];

/// Measures a percentage may be the size of, one per story and owner: "an 85 per
/// cent stake", "Turnout was 58.3%".
const PERCENT_MEASURES: &[&str] = &["stake", "turnout"];

/// Verbs for a share of the vote someone won.
const SHARE_VERBS: &[&str] = &[
    "won", "took", "got", "received", "secured", "polled", "garnered", "captured",
];

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

    /// An entity named at `j` by one or two words ("Russian", "North Korean", "EU").
    fn entity_at(&self, j: usize) -> Option<(String, usize)> {
        let toks = self.toks;
        let lex = self.vocab.lex;
        if let Some(second) = toks.get(j + 1).filter(|t| t.is_capitalised()) {
            let two = format!("{} {}", toks[j].text, second.stem()).to_lowercase();
            if let Some(e) = lex.entity(&two) {
                return Some((e.to_string(), 2));
            }
        }
        if let Some(e) = with_lower(toks[j].stem(), |one| lex.entity(one).map(str::to_string)) {
            return Some((e, 1));
        }
        let t = toks[j].stem();
        let acronym =
            t.chars().count() >= 2 && t.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
        acronym.then(|| (t.to_lowercase(), 1))
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

    /// "in Syria", "for Barcelona": a place or team named just after the noun.
    fn place_after(&self, end: usize) -> Option<String> {
        let toks = self.toks;
        let mut j = end + 1;
        let limit = end + 7;
        while j < toks.len() && j < limit {
            let t = &toks[j];
            if t.kind == Kind::Punct
                && (t.is_punct(',') || t.is_punct(';') || t.is_punct('(') || t.is_punct('.'))
            {
                return None;
            }
            if any_is(t, &["in", "for", "at", "from", "across", "throughout"]) {
                let mut p = j + 1;
                if toks.get(p).is_some_and(|d| d.is("the")) {
                    p += 1;
                }
                if let Some(place) = toks.get(p).filter(|w| w.is_capitalised()) {
                    if super::extract::is_month(place.text) || place.text.ends_with("day") {
                        return None;
                    }
                    return Some(
                        self.entity_at(p)
                            .map(|(e, _)| e)
                            .unwrap_or_else(|| place.stem().to_lowercase()),
                    );
                }
            }
            j += 1;
        }
        None
    }

    /// "Russia suffered 600,000 casualties", "Britain is sending 20,000": the
    /// proper-noun subject of the verb right before a figure.
    fn subject_owner(&self, start: usize) -> Option<String> {
        let toks = self.toks;
        let mut j = start.checked_sub(1)?;
        let verb = &toks[j];
        let possession = any_is(verb, &["has", "had", "have", "holds", "held"]);
        if verb.kind != Kind::Word || verb.is_capitalised() || (is_stop(verb) && !possession) {
            return None;
        }
        while j >= 1 && toks[j - 1].has(words::AUXILIARIES) {
            j -= 1;
        }
        // "Bush, for instance, is paying", "Sen. Kelly Ayotte, R-N.H., refunded":
        // the subject stands before a phrase set off by commas.
        if j >= 1 && toks[j - 1].is_punct(',') {
            let open = (j.saturating_sub(8)..j - 1)
                .rev()
                .find(|&i| toks[i].is_punct(','))?;
            j = open;
        }
        let subject = toks.get(j.checked_sub(1)?)?;
        if !subject.is_capitalised()
            || subject.has(words::PRONOUNS)
            || subject.sentence() != verb.sentence()
        {
            return None;
        }
        // "gratitude from Moscow has seen": a noun inside a phrase is not the subject.
        let before_subject = j.checked_sub(2).map(|i| &toks[i]);
        if before_subject.is_some_and(|p| p.has(words::PREPOSITIONS)) {
            return None;
        }
        let at = j - 1;
        if at >= 1 && toks[at - 1].is_capitalised() {
            if let Some((e, 2)) = self.entity_at(at - 1) {
                return Some(e);
            }
        }
        Some(
            self.entity_at(at)
                .map(|(e, _)| e)
                .unwrap_or_else(|| subject.stem().to_lowercase()),
        )
    }

    /// Does the figure starting at token `b` say how many something can take, not
    /// how many there are ("licensed to carry 200", "seats 53,000", "capacity of 90")?
    fn is_capacity(&self, b: usize) -> bool {
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

    /// Is the figure at `k` the current value of what it counts (not an old value,
    /// a projection, a part, a conversion or a rate)?
    fn is_current_value(&self, k: usize, d: &Described) -> bool {
        let toks = self.toks;
        let q = &self.qs[k];
        let b = q.hedge_start;
        let sentence = toks[q.first].sentence();
        let (cs, ce) = clause_bounds(toks, q.first, sentence);
        let prev = b.checked_sub(1).map(|p| &toks[p]);
        let end = d.end.max(q.last);
        let after = toks.get(end + 1);
        // Old values and comparison bases: "up from nine", "from $2.51bn", "than 40".
        if prev.is_some_and(|p| any_is(p, &["from", "than", "versus", "vs", "against"])) {
            return false;
        }
        if b >= 2 && toks[b - 2].is("compared") {
            return false;
        }
        // Superseded: "officials initially reported 31 injured".
        if toks[cs.max(b.saturating_sub(8))..b]
            .iter()
            .any(|t| t.has(words::SUPERSEDED))
        {
            return false;
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
            return false;
        }
        // Denied, not given: "would not go above a $12 minimum wage".
        // ("Officials have not said whether the three people killed …" denies the saying.)
        let near = &toks[cs.max(b.saturating_sub(4))..b];
        let negation = near.iter().rposition(|t| {
            t.is("not") || t.is("never") || t.text.ends_with("n't") || t.text.ends_with("n’t")
        });
        if negation.is_some_and(|n| {
            !near[n + 1..]
                .iter()
                .any(|t| t.has(words::SPEECH) || t.is("said") || t.is("whether"))
        }) {
            return false;
        }
        // One of a group, or a group picked out by rank: "one employee", "the
        // first four states", "the top two candidates".
        if q.value < 2.0 && q.unit == Unit::Count {
            return false;
        }
        if toks[b.saturating_sub(2)..b]
            .iter()
            .any(|t| t.has(words::RANKS))
        {
            return false;
        }
        // Capacities: "licensed to carry 200 passengers", "a capacity of 53,000".
        if self.is_capacity(b) {
            return false;
        }
        // Projections, targets, hopes: "expected about 40,000 troops".
        // (A definite "the 125,000 suspensions could include …" names a known
        // quantity: what may follow is about something else.)
        let definite = d.end > q.last && prev.is_some_and(is_determiner);
        let reach = if definite { b } else { ce.min(end + 7) };
        let window = &toks[cs.max(b.saturating_sub(6))..reach];
        if window.iter().any(|t| t.has(words::PROJECTION)) {
            return false;
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
            return false;
        }
        // A figure after a demonstrative refers back to one given before: "those 240 homes".
        if prev.is_some_and(|p| p.is("those") || p.is("these")) {
            return false;
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
            return false;
        }
        if prev.is_some_and(|p| p.has(words::PART_BEFORE)) {
            return false;
        }
        // The ends of a range written out: "between $2,500 and $5,000".
        if prev.is_some_and(|p| p.is("between"))
            || (prev.is_some_and(|p| p.is("and") || p.is("to"))
                && k >= 1
                && self.qs[k - 1].last + 2 == b
                && self.qs[k - 1].hedge_start >= 1
                && any_is(&toks[self.qs[k - 1].hedge_start - 1], &["between", "from"]))
        {
            return false;
        }
        if b >= 2
            && toks[b - 2].is("of")
            && prev.is_some_and(|p| any_is(p, &["whom", "which", "them"]))
        {
            return false;
        }
        if after.is_some_and(|a| any_is(a, &["each", "apiece", "a-piece"]))
            || (after.is_some_and(|a| a.is("from"))
                && toks.get(end + 2).is_some_and(|t| t.is("each")))
        {
            return false;
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
                return false;
            }
        }
        // Rates: "3,000 men a month", "$20m a year", "per capita".
        if after.is_some_and(|a| a.is("a") || a.is("per") || a.is("every") || a.is("each"))
            && toks.get(end + 2).is_some_and(|t| {
                with_lemma(t.text, |l| self.vocab.lex.is_unit(l)) || t.has(words::RATE_NOUNS)
            })
        {
            return false;
        }
        // Ratios: "nine in 10 people".
        if toks
            .get(q.last + 1)
            .is_some_and(|t| t.is("in") || t.is("out"))
            && toks
                .get(q.last + 2)
                .is_some_and(|t| t.kind == Kind::Number || t.is("of"))
        {
            return false;
        }
        if prev.is_some_and(|p| p.is("in")) && k >= 1 && self.qs[k - 1].last + 2 == b {
            return false;
        }
        // Conversions and alternatives: "$1.13bn (£600m)", "140,000, or roughly 14,000 jobs".
        if prev.is_some_and(|p| p.is_punct('(') || p.is("or"))
            && k >= 1
            && self.qs[k - 1].last + 3 >= b
        {
            return false;
        }
        true
    }

    /// A percentage that is a counted thing's size: "an 85 per cent stake", "its 80%
    /// holding in Rovers".
    fn percent_of(&self, k: usize) -> Option<Figure> {
        let toks = self.toks;
        let q = &self.qs[k];
        let head = toks.get(q.last + 1).filter(|t| t.kind == Kind::Word);
        let Some(head) = head else {
            return self.percent_of_measure_before(k);
        };
        let Some(name) = with_lemma(head.text, |l| self.vocab.group(l)) else {
            return self.percent_of_measure_before(k);
        };
        if !PERCENT_MEASURES.contains(&name) {
            return None;
        }
        let (cs, _) = clause_bounds(toks, q.first, toks[q.first].sentence());
        let (_, owner) = self.premodifiers(cs.max(q.hedge_start.saturating_sub(3)), q.hedge_start);
        Some(self.percent_figure(
            q,
            name.to_string(),
            owner,
            self.place_after(q.last + 1),
            self.time(q.hedge_start, q.last + 1),
            q.span.start..head.span().end,
        ))
    }

    /// A percentage a measure is said to be: "Turnout was 58.3%", "a turnout of 53.8%".
    fn percent_of_measure_before(&self, k: usize) -> Option<Figure> {
        let q = &self.qs[k];
        let d = self.measure_before(q.hedge_start, q.last, None)?;
        if !PERCENT_MEASURES.contains(&d.name.as_str()) {
            return None;
        }
        let before = self.toks[q.hedge_start.saturating_sub(4)..q.hedge_start]
            .iter()
            .any(|t| t.has(words::CHANGE_VERBS));
        if before {
            return None;
        }
        Some(self.percent_figure(
            q,
            d.name,
            d.owner,
            None,
            self.time(q.hedge_start, q.last),
            q.span.clone(),
        ))
    }

    /// A measurement in the unit right after it: "18,500 hectares", "a 15,800-hectare
    /// fire", "7.152 seconds". Loose: one story often measures several things in one
    /// unit, so only a measure whose digits are another's in another order is compared;
    /// one that can never be ("6 months") is not read at all.
    fn measure(&self, k: usize) -> Option<Figure> {
        let toks = self.toks;
        let q = &self.qs[k];
        if !conflicts::may_be_mistyped(self.text, q, Unit::Measure) {
            return None;
        }
        // The unit: glued on ("15,800-hectare", the quantity's last token) or next.
        let at = match q.unit {
            Unit::Measure => q.last,
            Unit::Count if !q.style.words => q.last + 1,
            _ => return None,
        };
        let t = toks.get(at).filter(|t| t.kind == Kind::Word)?;
        let unit = lemma(t.text);
        if !self.vocab.lex.is_unit(&unit) || NOT_MEASURES.contains(&unit.as_str()) {
            return None;
        }
        Some(Figure {
            q: q.clone(),
            paragraph: self.paragraph,
            sentence: toks[q.first].sentence(),
            thing: Thing {
                unit: Unit::Measure,
                name: unit,
                modifiers: String::new(),
            },
            owner: self.subject_owner(q.hedge_start),
            place: self.place_after(at + 1),
            time: self.time(q.hedge_start, at),
            source: context::source_of(toks, q.first),
            phrase: q.span.start..t.span().end,
            loose: true,
            known: false,
            definite: q.hedge_start >= 1 && is_determiner(&toks[q.hedge_start - 1]),
            context: self.context_words(q.first, at),
            listed: false,
        })
    }

    /// A share someone named won: "Bolsonaro took 43.2%", "Lula, who won 48.4% of
    /// the vote". Loose: shares of a first round and a run-off differ, so only a
    /// share whose digits are another's in another order is compared.
    fn percent_share(&self, k: usize) -> Option<Figure> {
        let toks = self.toks;
        let q = &self.qs[k];
        let v = q.hedge_start.checked_sub(1)?;
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
            || !subject.is_capitalised()
            || subject.has(words::PRONOUNS)
            || subject.sentence() != toks[v].sentence()
            || (s >= 1 && toks[s - 1].has(words::PREPOSITIONS))
        {
            return None;
        }
        let who = self
            .entity_at(s)
            .map(|(e, _)| e)
            .unwrap_or_else(|| subject.stem().to_lowercase());
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
    fn percent_figure(
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
            definite: q.hedge_start >= 1 && is_determiner(&toks[q.hedge_start - 1]),
        }
    }

    /// A percentage change written as a noun: "a 42% fall in operating profit",
    /// named as the verb form names it ("operating profit fell 24%").
    fn percent_change_noun(&self, k: usize) -> Option<Figure> {
        let toks = self.toks;
        let q = &self.qs[k];
        let noun = toks.get(q.last + 1).filter(|t| t.kind == Kind::Word)?;
        let direction = with_lower(noun.text, |w| match w {
            "fall" | "drop" | "decline" | "decrease" | "slump" | "cut" | "reduction" => {
                Some("down")
            }
            "rise" | "increase" | "jump" | "gain" | "growth" | "surge" => Some("up"),
            _ => None,
        })?;
        if !toks.get(q.last + 2).is_some_and(|t| t.is("in")) {
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
        let (end, measure) = (floor..toks.len().min(floor + 4))
            .take_while(|&j| toks[j].kind == Kind::Word && toks[j].sentence() == sentence)
            .find_map(|j| self.measure_at(floor, j, q.last).map(|d| (j, d)))?;
        Some(self.percent_figure(
            q,
            format!("{direction} in {}", measure.name),
            measure.owner,
            None,
            self.time(q.hedge_start, end),
            q.span.start..toks[end].span().end,
        ))
    }

    /// A percentage change: "down 8.5%", "fell 9% to $21.3bn", "profit fell 55%".
    fn percent_change(&self, k: usize) -> Option<Figure> {
        let toks = self.toks;
        let q = &self.qs[k];
        let mut v = q.hedge_start;
        if v >= 1 && toks[v - 1].is("by") {
            v -= 1;
        }
        let verb = v.checked_sub(1).map(|p| &toks[p])?;
        let direction = direction_of(verb)?;
        if toks.get(q.last + 1).is_some_and(|t| t.is("of")) {
            return None;
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
        let (name, owner) = match before.or(after) {
            Some(base) if base.is_precise() && base.unit != Unit::Percent => (
                format!("{direction} from {:?} {}", base.unit, base.value),
                None,
            ),
            Some(_) => return None,
            None => {
                let measure = self.measure_at(v.saturating_sub(6), v.checked_sub(2)?, q.last)?;
                (format!("{direction} in {}", measure.name), measure.owner)
            }
        };
        Some(self.percent_figure(
            q,
            name,
            owner,
            None,
            self.time(q.hedge_start, q.last),
            verb.span().start..q.span.end,
        ))
    }
}

fn direction_of(t: &Token<'_>) -> Option<&'static str> {
    if t.has(words::DOWN) {
        Some("down")
    } else if t.has(words::UP) {
        Some("up")
    } else {
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
