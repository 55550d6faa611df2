//! Measurements: a figure in a unit ("342km", "a 45-minute speech", "2:04:51"),
//! a term ("jailed for 18 years"), an earthquake's magnitude and a lead or a
//! change in points, each read with what it measures.

use super::*;
use crate::figures::extract;

/// Words before a race time that make it a record or a best, not a result:
/// "her personal best of 1:58.91", "the championship record of 2:09.14".
const RECORD_WORDS: &[&str] = &["record", "best", "pb", "standard", "qualifying"];

/// Rounds of an event, named near a race time: "ran 1:46.05 to win his
/// semi-final", "took the final in 1:45.06".
const ROUNDS: &[&str] = &[
    "heat",
    "heats",
    "semi",
    "semi-final",
    "semifinal",
    "final",
    "round",
];

/// What a race time starting at token `b` and ending at `at` is, by the
/// words of its clause: "record" (up to four words before it, but not a
/// record it was run "in"), a round (within six words either side), else
/// "result". A time in hours (`hours`) is a road race's, run in no rounds:
/// "to run 2:06:41 in this heat" names the weather.
fn race_time_kind(toks: &[Token<'_>], b: usize, at: usize, hours: bool) -> String {
    let sentence = toks[b].sentence();
    let in_sentence = |t: &&Token<'_>| t.sentence() == sentence && t.kind != Kind::Punct;
    // (Not one the race was run in: "won in a course record of 2:08:41".)
    let before = toks[b.saturating_sub(4)..b].iter().filter(in_sentence);
    let run_in = toks[b.saturating_sub(6)..b]
        .iter()
        .filter(in_sentence)
        .any(|t| t.is("in"));
    if !run_in && before.clone().any(|t| any_is(t, RECORD_WORDS)) {
        return "record".into();
    }
    // A round named as a noun: "took the final in", "won his semi-final.";
    // not "the final three kilometres", "the final lap".
    let round = |i: usize| {
        let t = &toks[i];
        let noun = toks
            .get(i + 1)
            .is_none_or(|n| n.kind == Kind::Punct || is_stop(n) || n.sentence() != t.sentence());
        (!hours && t.sentence() == sentence && noun && any_is(t, ROUNDS)).then_some(t)
    };
    (b.saturating_sub(6)..b)
        .chain(at + 1..toks.len().min(at + 7))
        .find_map(round)
        .map_or_else(
            || "result".into(),
            |t| t.text.to_lowercase().replace("semifinal", "semi-final"),
        )
}

/// How many different digits a figure is written with ("45" two, "44" one).
fn distinct_digits(text: &str, q: &Quantity) -> usize {
    let mut seen = [false; 10];
    for b in text[q.number.clone()].bytes().filter(u8::is_ascii_digit) {
        seen[usize::from(b - b'0')] = true;
    }
    seen.iter().filter(|&&s| s).count()
}

/// Units that are not measurements: "three times", "5 per cent", "40 pence".
const NOT_MEASURES: &[&str] = &["time", "per", "percent", "cent", "penny", "pence"];

/// What a lead or margin is given in points of: "a 7.2-point lead", "a lead
/// of 7.2 percentage points".
const POINT_MEASURES: &[&str] = &["lead", "margin", "advantage", "gap"];

/// Nouns a measure before them gives the winning margin of: "a 21-stroke
/// victory" is won by 21 strokes.
const WINS: &[&str] = &["victory", "win"];

/// Words before a unit that make it another unit, by their one name: an area
/// or a volume ("square", "cubic"), a sea mile ("nautical"); "metric" tons
/// are tonnes, the unit itself.
const POWERS: &[(&str, &str)] = &[
    ("square", "square"),
    ("sq", "square"),
    ("cubic", "cubic"),
    ("nautical", "nautical"),
    ("metric", ""),
];

/// Verbs that give a level's highest point: "the river crested at 8.4 metres"
/// measures the crest.
const PEAK_VERBS: &[&str] = &[
    "peaked", "peaking", "peaks", "crested", "cresting", "crests",
];

/// Units that are the same unit under other names ("km" and "kilometres").
const UNIT_NAMES: &[(&str, &str)] = &[
    ("kilometer", "kilometre"),
    ("km", "kilometre"),
    ("meter", "metre"),
    ("kilo", "kilogram"),
    ("kg", "kilogram"),
    ("liter", "litre"),
    ("feet", "foot"),
    ("ton", "tonne"),
    ("kmh", "kmh"),
];

/// One name for each unit: "kilometres", "kilometers" and "km" are one unit.
fn unit_name(lemma: &str) -> &str {
    UNIT_NAMES
        .iter()
        .find(|(w, _)| *w == lemma)
        .map_or(lemma, |(_, n)| n)
}

/// Words after a measure that make it a time: "20 years ago".
const TIME_AFTER: &[&str] = &["ago", "earlier", "later", "old", "older"];

/// The forms of "be" that make a verb after them passive: "was banned".
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Words a clause may open after, so that a determiner after them opens its
/// subject: "said the trail runs 23 miles", "and the hearing lasted".
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "said", "says", "while", "because", "as", "after", "when", "since", "so",
];

/// Acts a court or a body orders for a time, by the one name their terms
/// share: "jailed for 18 years" and "the 19-year sentence" are one term, and so
/// are "disqualified for six years" and "the five-year ban".
const TERMS: &[(&str, &str)] = &[
    ("jail", "sentence"),
    ("imprison", "sentence"),
    ("prison", "sentence"),
    ("disqualify", "ban"),
    ("disqualification", "ban"),
];

/// Verbs that hand a term to someone: "the 15-year ban given to", "the
/// sentence she passed on", "imposed on".
const HANDED: &[&str] = &["given", "handed", "imposed", "passed"];

/// The person a term ending at token `end` is handed to, by surname: "the
/// 15-year ban given to his former assistant, Kerry Vance", "the 17-year
/// sentence she passed on his supplier, Jason Kerr".
fn recipient_after(toks: &[Token<'_>], end: usize) -> Option<String> {
    let sentence = toks.get(end)?.sentence();
    let near = |i: usize| toks.get(i).filter(|t| t.sentence() == sentence);
    // The verb within three words ("she passed on"), then "to" or "on".
    let verb = (end + 1..end + 4).find(|&i| near(i).is_some_and(|t| any_is(t, HANDED)))?;
    near(verb + 1).filter(|t| t.is("to") || t.is("on"))?;
    // The name within eight words on: its last word.
    let start = (verb + 2..verb + 10).find(|&i| {
        near(i).is_some_and(|t| t.kind == Kind::Word && t.is_capitalised() && !is_stop(t))
    })?;
    let mut last = start;
    while near(last + 1).is_some_and(|t| t.kind == Kind::Word && t.is_capitalised()) {
        last += 1;
    }
    Some(toks[last].stem().to_lowercase())
}

/// How far back from "for" a court's act on someone may stand: "banned
/// him from acting as a company director for 12 years".
const TERM_ACT_REACH: usize = 9;

/// The term a court's act names, where a past-tense verb of [`TERMS`] or
/// "banned" stands within [`TERM_ACT_REACH`] words before token `end` (the
/// word before "for"), with only words between and an object right after it.
fn term_act_before(toks: &[Token<'_>], end: usize, sentence: usize) -> Option<String> {
    let floor = end.saturating_sub(TERM_ACT_REACH);
    let mut i = end;
    loop {
        let t = &toks[i];
        if t.kind != Kind::Word || t.sentence() != sentence {
            return None;
        }
        let term = with_lower(t.text, act_of)
            .map(|act| term_of(&act))
            .filter(|term| TERMS.iter().any(|(_, n)| n == term));
        if let Some(term) = term {
            // (Acting on someone: "jailed him", "banned the driver".)
            let object = toks
                .get(i + 1)
                .is_some_and(|o| any_is(o, &["him", "her", "them", "the"]));
            return object.then_some(term);
        }
        if i == floor {
            return None;
        }
        i -= 1;
    }
}

/// The name of the term an act or a noun names ("jail" → "sentence").
fn term_of(act: &str) -> String {
    TERMS
        .iter()
        .find(|(w, _)| *w == act)
        .map_or(act, |(_, t)| t)
        .to_string()
}

/// The act a past participle names, as its noun is spelt: "banned" → "ban",
/// "jailed" → "jail" (a verb whose noun is spelt otherwise names nothing
/// another measure will share).
fn act_of(participle: &str) -> Option<String> {
    if let Some(stem) = participle.strip_suffix("ied") {
        // "married" → "marry"
        return (stem.len() >= 2).then(|| format!("{stem}y"));
    }
    let base = participle.strip_suffix("ed")?;
    let b = base.as_bytes();
    let doubled =
        b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] && b"bdgmnprt".contains(&b[b.len() - 1]);
    let base = if doubled {
        &base[..base.len() - 1]
    } else {
        base
    };
    // "sentenced" → "sentence": no English stem ends in a bare "c".
    let e = if base.ends_with('c') { "e" } else { "" };
    (base.len() >= 3).then(|| format!("{base}{e}"))
}

impl Reader<'_, '_> {
    /// A measurement in the unit right after it: "18,500 hectares", "a 15,800-hectare
    /// fire", "342km", "7.152 seconds", "a magnitude 6.4 earthquake". Loose: one
    /// story often measures several things in one unit, so only a measure whose
    /// digits are another's in another order is compared. One of fewer digits
    /// ("a 45-minute speech") is read only with the thing it measures, and
    /// compared only with a measure of that thing; one that names none ("6
    /// months") is not read at all.
    pub(super) fn measure(&self, k: usize) -> Option<Figure> {
        let toks = self.toks;
        let q = &self.qs[k];
        if q.unit == Unit::Points {
            return self.points(k, q.last);
        }
        let magnitude = self.is_magnitude(k);
        let at = match q.unit {
            _ if magnitude => q.last,
            Unit::Measure => q.last,
            Unit::Count if !q.style.words => q.last + 1,
            _ => return None,
        };
        let t = toks.get(at)?;
        // "145km/h" (or "145 km/h"): the unit runs on past the number.
        let glued = q.unit == Unit::Measure && t.kind == Kind::Number;
        let per_hour = (glued || t.is("km"))
            && toks
                .get(at + 1)
                .is_some_and(|s| s.is_punct('/') && !s.space_before)
            && toks
                .get(at + 2)
                .is_some_and(|h| h.is("h") && !h.space_before);
        let at = if per_hour { at + 2 } else { at };
        // "1,460 square kilometres", "1,640-square-kilometre": an area; "2.1
        // billion cubic metres": a volume.
        let power = |t: &Token<'_>| POWERS.iter().find(|(w, _)| t.is(w)).map(|(_, p)| *p);
        let before = (t.kind == Kind::Word
            && toks.get(at + 1).is_some_and(|u| u.kind == Kind::Word))
        .then(|| power(t))
        .flatten();
        let hyphened = || {
            (q.unit == Unit::Measure && at >= 2 && toks[at - 1].is_punct('-'))
                .then(|| power(&toks[at - 2]))
                .flatten()
        };
        let power = before.or_else(hyphened);
        let (t, at) = match () {
            () if before.is_some() => (&toks[at + 1], at + 1),
            () => (t, at),
        };
        // "a 450-home estate": a count of a thing the lexicon counts, glued
        // to its number as a measure's unit would be.
        let hyphened_word = q.unit == Unit::Measure && at >= 1 && toks[at - 1].is_punct('-');
        let counted_group = (hyphened_word && t.kind == Kind::Word)
            .then(|| lemma(t.text))
            .filter(|l| !self.vocab.lex.is_unit(l))
            .and_then(|l| self.vocab.group(&l).map(str::to_string));
        let counted = counted_group.is_some();
        let unit = if magnitude {
            "magnitude".to_string()
        } else if per_hour {
            "kmh".to_string()
        } else if glued && t.suffix().is_empty() && q.last > q.first
            || extract::in_three_parts(&self.text[q.number.clone()])
        {
            // "2:04:51", "2hr 04min 51sec": a race time, in seconds.
            "race time".to_string()
        } else if q.unit == Unit::Measure && extract::in_two_parts(&self.text[q.number.clone()]) {
            // "4 hours 52 minutes": a duration in two units.
            "duration".to_string()
        } else {
            match t.kind {
                // "342km"
                Kind::Number => extract::unit_suffix(t.suffix())?.to_string(),
                Kind::Word => {
                    let l = lemma(t.text);
                    if l == "magnitude" {
                        l
                    } else if let Some(group) = counted_group {
                        group
                    } else if !self.vocab.lex.is_unit(&l) || NOT_MEASURES.contains(&l.as_str()) {
                        return None;
                    } else if let Some(power) = power.filter(|p| !p.is_empty()) {
                        format!("{power} {}", unit_name(&l))
                    } else {
                        unit_name(&l).to_string()
                    }
                }
                Kind::Punct => return None,
            }
        };
        if unit == "point" {
            return self.points(k, at);
        }
        // A part of a measure already given: "14 billion gallons of that
        // mandate", "40 hectares of the park".
        if toks.get(at + 1).is_some_and(|o| o.is("of"))
            && toks.get(at + 2).is_some_and(is_determiner)
        {
            return None;
        }
        // What it measures, named right after a measure written as a modifier.
        let modifier = magnitude || q.unit == Unit::Measure;
        // A conversion in brackets ("a 26.2-mile (42.2km) course") measures
        // the noun after the bracket.
        let bracketed = q.hedge_start >= 1
            && toks[q.hedge_start - 1].is_punct('(')
            && toks.get(at + 1).is_some_and(|c| c.is_punct(')'));
        // ("the 1,640-metre-long bridge" measures the bridge.)
        let way = extract::glued_way(toks, at);
        let next = match way {
            _ if bracketed => at + 2,
            Some(w) => w + 1,
            None => at + 1,
        };
        let modifier = modifier || bracketed;
        // What a noun counts, as the lexicon groups nouns.
        let thing_of = |n: &Token<'_>| {
            with_lower(n.text, |w| {
                with_lemma(w, |l| self.vocab.thing(l).into_owned())
            })
        };
        let named = toks
            .get(next)
            .filter(|n| {
                modifier
                    && n.kind == Kind::Word
                    && !n.is_capitalised()
                    && !is_stop(n)
                    && n.sentence() == t.sentence()
            })
            .map(thing_of);
        // "An earthquake of magnitude 6.4 struck": the noun before "of
        // magnitude" is what it measures, not the verb after it.
        let of_magnitude = magnitude
            && q.hedge_start >= 3
            && toks[q.hedge_start - 2].is("of")
            && toks[q.hedge_start - 3].kind == Kind::Word
            && !is_stop(&toks[q.hedge_start - 3]);
        // "Gusts of 97mph hit the coast", "a depth of 29km below": the noun
        // before "of" is what it measures, not the word after the unit.
        // (Only a short one's: a longer one is compared without its noun,
        // so "a depth of 7,284 metres" meets "the 7,248-metre sighting".)
        let short = !conflicts::may_be_mistyped(self.text, q, Unit::Measure);
        let of_noun = (short && !magnitude && q.hedge_start == q.first)
            .then(|| self.measured_before_of(q.first))
            .flatten();
        let named_before = of_magnitude || of_noun.is_some();
        let named = if of_magnitude {
            Some(thing_of(&toks[q.hedge_start - 3]))
        } else {
            of_noun.or(named)
        };
        let named = named.map(|n| {
            if WINS.contains(&n.as_str()) {
                "margin".to_string()
            } else {
                term_of(&n)
            }
        });
        // "beat Lind by 0.38 seconds": a winning margin.
        // ("The river rose by 1.4 metres" is a change, not a margin.)
        let by = q.hedge_start >= 1
            && toks[q.hedge_start - 1].is("by")
            && !(q.hedge_start >= 2
                && toks[q.hedge_start - 2].has(words::CHANGE_VERBS | words::DOWN | words::UP));
        let head = named.clone().or_else(|| by.then(|| "margin".to_string()));
        // "peaked at 8.4 metres": the level's peak.
        let peaked = q.hedge_start >= 2
            && toks[q.hedge_start - 1].is("at")
            && PEAK_VERBS.iter().any(|v| toks[q.hedge_start - 2].is(v));
        let head = head.or_else(|| peaked.then(|| self.vocab.thing("peak").into_owned()));
        // "a winning margin of 0.74 seconds": what a short measure measures,
        // named before "of" (a longer one is read without it; a bound, "gusts
        // of up to 90mph", is no value of it).
        let head = head.or_else(|| {
            (short && q.hedge_start == q.first)
                .then(|| self.measured_before_of(q.first))
                .flatten()
        });
        // "4 million gallons of partly treated sewage": a short amount in a
        // scale word measures the stuff named after its "of". (Not "7
        // hectares of land", which "the 17-hectare site" may well be: a
        // stuff and a thing are no two kinds.)
        let head = head.or_else(|| {
            (short && q.style.scale.is_some())
                .then(|| self.substance_after(at))
                .flatten()
        });
        // "The hearing lasted 47 minutes": what a short measure measures, the
        // subject of the verb right before it.
        let head = head.or_else(|| {
            short
                .then(|| self.measured_subject(q.hedge_start, at))
                .flatten()
        });
        // (A term a court or body sets is read whatever its digits: "jailed for
        // 11 years" may be the term a later "the 12-year sentence" means.)
        let term = head
            .as_deref()
            .is_some_and(|h| TERMS.iter().any(|(_, t)| *t == h));
        // (One digit and a scale word, "4 million gallons", may still be
        // mistyped as "4 billion".)
        let scaled = q.style.scale.is_some();
        if short && (head.is_none() || (distinct_digits(self.text, q) < 2 && !term && !scaled)) {
            return None;
        }
        let det = if magnitude {
            q.hedge_start.checked_sub(2)
        } else {
            q.hedge_start.checked_sub(1)
        };
        // "the 54-minute address", or "his time of 2:04:15".
        let b = q.hedge_start;
        let of_measure = b >= 3
            && toks[b - 1].is("of")
            && (is_determiner(&toks[b - 3]) || (b >= 4 && is_determiner(&toks[b - 4])));
        let end = if short && named.is_some() && !named_before {
            next
        } else {
            at
        };
        // Not a reference to one already given: one a clause after it says
        // which ("the magnitude 4.6 tremor that shook the town in 2019"), or one
        // another is set against ("the strongest since the 4.6 tremor").
        let said_which = (end + 1..end + 3)
            .filter_map(|i| toks.get(i))
            .find(|t| t.kind == Kind::Word)
            .is_some_and(|t| any_is(t, &["that", "which", "who", "when", "where"]));
        let before_det = det.and_then(|d| d.checked_sub(1)).map(|i| &toks[i]);
        let determined = det.is_some_and(|d| is_determiner(&toks[d]));
        // A measure given as known after a comparison is its base, no value
        // of its own: "beat the 428 tonnes the contract had set", "than the".
        if determined && before_det.is_some_and(|t| t.has(words::COMPARED_WITH)) {
            return None;
        }
        let set_against = before_det.is_some_and(|t| t.is("since") || t.is("than"));
        let dated = super::reference::dated_this(toks, q.hedge_start);
        let definite = (determined || of_measure) && !said_which && !set_against && !dated;
        // "Chebet's 6 hours 44 minutes": whose the measure is, named before it
        // ("Saturday's magnitude 6.7 shake" is dated, not owned).
        let possessor = det
            .map(|d| &toks[d])
            .filter(|p| p.is_capitalised() && p.is_possessive() && !p.has(words::PRONOUNS));
        // ("the 15-year ban given to his assistant, Kerry Vance": whose term.)
        let recipient = term.then(|| recipient_after(toks, end)).flatten();
        // "the 12.4-kilometre Dunmere Link": the named thing it measures
        // (by the last word of its name, as owners are).
        let in_sentence = |k: usize| {
            toks.get(k).filter(|n| {
                n.kind == Kind::Word && n.is_capitalised() && n.sentence() == t.sentence()
            })
        };
        let named_thing = (modifier && in_sentence(next).is_some()).then(|| {
            let mut k = next;
            while in_sentence(k + 1).is_some() {
                k += 1;
            }
            toks[k].stem().to_lowercase()
        });
        let owner = recipient
            .or_else(|| possessor.map(|p| p.stem().to_lowercase()))
            .or(named_thing)
            .or_else(|| self.subject_owner(q.hedge_start))
            .filter(|o| !context::WEEKDAYS.contains(&o.as_str()));
        // (A race time is a result, a record or best, or a round's.)
        let kind = if unit == "race time" {
            let hours = extract::in_three_parts(&self.text[q.number.clone()]);
            Some(race_time_kind(toks, q.hedge_start, at, hours))
        } else {
            head.clone()
        };
        Some(Figure {
            q: q.clone(),
            paragraph: self.paragraph,
            sentence: toks[q.first].sentence(),
            thing: Thing {
                unit: if counted { Unit::Count } else { Unit::Measure },
                name: unit,
                modifiers: if short {
                    head.clone().unwrap_or_default()
                } else {
                    String::new()
                },
            },
            // ("Saturday's magnitude 6.7 shake" is dated, not owned.)
            owner,
            // ("The Miller Ridge fire had burned 4,512 acres": its site.)
            place: self.place_after(at + 1).or_else(|| {
                self.subject_site(q.hedge_start)
                    .filter(|_| self.subject_opens(q.hedge_start))
            }),
            time: self.time_as(q.hedge_start, end, definite),
            source: context::source_of(toks, q.first),
            phrase: q.span.start..toks[end].span().end,
            loose: !counted,
            known: counted,
            definite,
            context: self.context_words(q.first, end),
            listed: false,
            another: self.introduces_another(q.hedge_start, q.last),
            // "the 342km pipeline" and "the 324km road" measure two things.
            kind,
            subject: self.subject_of(q.hedge_start),
        })
    }

    /// The noun a measure starting at token `b` is given "of" ("a margin of
    /// 0.74 seconds"), if it is a common noun and not itself a unit ("hours
    /// of").
    fn measured_before_of(&self, b: usize) -> Option<String> {
        let toks = self.toks;
        if b < 2 || !toks[b - 1].is("of") {
            return None;
        }
        let n = &toks[b - 2];
        // (Capitalised only as the sentence's first word: "Gusts of 97mph".)
        let opens = b == 2 || toks[b - 3].sentence() != n.sentence();
        let common = n.kind == Kind::Word
            && (!n.is_capitalised() || opens)
            && !is_stop(n)
            && n.sentence() == toks[b].sentence();
        if !common {
            return None;
        }
        with_lower(n.text, |w| {
            with_lemma(w, |l| {
                (!self.vocab.lex.is_unit(l)).then(|| self.vocab.thing(l).into_owned())
            })
        })
    }

    /// The stuff an amount in the unit at `unit` is of, named by a short
    /// run of common words after "of": "gallons of partly treated sewage"
    /// gives "sewage", "tonnes of grain" "grain" ("of the park" is a part of
    /// something given before, read elsewhere).
    fn substance_after(&self, unit: usize) -> Option<String> {
        let toks = self.toks;
        toks.get(unit + 1).filter(|t| t.is("of"))?;
        let head = &toks[self.plain_phrase_head(unit + 2)?];
        with_lower(head.text, |w| {
            with_lemma(w, |l| {
                (!self.vocab.lex.is_unit(l)).then(|| self.vocab.thing(l).into_owned())
            })
        })
    }

    /// The thing a measure starting at token `b` is the size of when it is
    /// the object of its subject's verb: "the hearing lasted 47 minutes", "the
    /// new trail runs 23 miles", "the session ran for 74 minutes". The subject
    /// is a common noun opened by a determiner, right before the verb; a verb
    /// of change measures the change ("the river rose 14 feet"), not the thing.
    fn measured_subject(&self, b: usize, unit: usize) -> Option<String> {
        let toks = self.toks;
        let sentence = toks.get(b)?.sentence();
        // "20 years ago", "three months later": a time, not a measure; "20
        // minutes of clips" measures the clips.
        if toks
            .get(unit + 1)
            .is_some_and(|t| any_is(t, TIME_AFTER) || t.is("of"))
        {
            return None;
        }
        let moves = words::CHANGE_VERBS | words::DOWN | words::UP;
        let mut j = b.checked_sub(1)?;
        let during = toks[j].is("for");
        // "the crossing has been cut to 35 minutes": the level the subject
        // is brought to is its measure.
        let brought = toks[j].is("to") && j >= 1 && toks[j - 1].has(moves);
        // "was sentenced to 18 years": the sentence.
        let sentenced = toks[j].is("to") && j >= 1 && toks[j - 1].is("sentenced");
        if during || brought || sentenced {
            j = j.checked_sub(1)?;
        }
        // "was banned from driving for six years": the ban.
        if during && toks[j].is("driving") && j >= 2 && toks[j - 1].is("from") {
            j -= 2;
        }
        // "jailed him for six years", "banned him from acting as a director
        // for 12 years": a court's act on someone, a few words back, whose
        // term the time is.
        if during {
            if let Some(term) = term_act_before(toks, j, sentence) {
                return Some(term);
            }
        }
        let verb = &toks[j];
        if verb.kind != Kind::Word
            || verb.is_capitalised()
            || is_stop(verb)
            || (verb.has(moves) && !brought)
            || verb.sentence() != sentence
        {
            return None;
        }
        let subject_end = self.past_auxiliaries(j);
        // "she was banned for 18 months": how long a passive verb's act
        // lasts measures the act (the ban), not its subject.
        let passive = toks[subject_end..j].iter().any(|t| any_is(t, BE));
        if (during || sentenced) && passive {
            return with_lower(verb.text, act_of).map(|act| term_of(&act));
        }
        let j = subject_end;
        let n = j.checked_sub(1)?;
        let noun = &toks[n];
        let common = |t: &Token<'_>| {
            t.kind == Kind::Word && !t.is_capitalised() && !is_stop(t) && t.sentence() == sentence
        };
        if !common(noun) || with_lemma(noun.text, |l| self.vocab.lex.is_unit(l)) {
            return None;
        }
        // The subject opens with a determiner, at most three words before its
        // noun, and is no noun inside a phrase ("the wait for a hip
        // operation has been cut": the operation is not what was cut).
        let opening = (n.saturating_sub(4)..n)
            .rev()
            .take_while(|&i| common(&toks[i]) || is_determiner(&toks[i]))
            .filter(|&i| is_determiner(&toks[i]))
            .last();
        // ("the relationship that dates back 20 years": a determiner
        // inside a clause opens no subject.)
        let opens_clause = |d: usize| {
            d == 0 || {
                let p = &toks[d - 1];
                p.sentence() != sentence || p.kind == Kind::Punct || any_is(p, CLAUSE_OPENERS)
            }
        };
        if !opening.is_some_and(opens_clause) {
            return None;
        }
        Some(with_lower(noun.text, |w| {
            with_lemma(w, |l| self.vocab.thing(l).into_owned())
        }))
    }

    /// Is the figure at `k` an earthquake's magnitude: "magnitude 6.4", "a
    /// 6.4-magnitude quake"?
    pub(super) fn is_magnitude(&self, k: usize) -> bool {
        let q = &self.qs[k];
        q.style.decimals == 1
            && q.hedge_start >= 1
            && self.toks[q.hedge_start - 1].is("magnitude")
            && q.value < 10.0
    }

    /// A lead or margin in points: "a 7.2-point lead", "a lead of 7.2
    /// percentage points". The unit is the token at `at`.
    fn points(&self, k: usize, at: usize) -> Option<Figure> {
        let toks = self.toks;
        let q = &self.qs[k];
        let lead = |t: &Token<'_>| POINT_MEASURES.iter().any(|m| t.is(m));
        let end = if q.unit == Unit::Points { q.last } else { at };
        // "11 points clear (of Arsenal)": a lead, named by the adjective;
        // "the 19-point victory": the winning lead.
        let after = toks
            .get(end + 1)
            .filter(|t| lead(t) || t.is("clear") || any_is(t, WINS));
        // "Her lead over Dillard stood at 4.3 percentage points": a lead named
        // earlier in the clause, linked to the figure by a verb.
        let (cs, _) = clause_bounds(toks, q.first, toks[q.first].sentence());
        let b = q.hedge_start;
        let linked = (q.unit == Unit::Points && b >= 1 && linked_to_measure(toks, cs, b))
            .then(|| {
                (cs.max(b.saturating_sub(8))..b - 1)
                    .rev()
                    .find(|&m| lead(&toks[m]))
            })
            .flatten();
        // "a lead of 7.2 points", "beat Hull by 13 points".
        let named = after.is_some() || linked.is_some() || {
            let b = q.hedge_start;
            (b >= 2 && toks[b - 1].is("of") && lead(&toks[b - 2]))
                // ("fell by 13 points" and "raised rates by 0.25 points" are
                // changes, not margins.)
                || (b >= 2 && toks[b - 1].is("by") && self.changed_by(b - 1).is_none())
        };
        if !named {
            return self.points_change(k, end);
        }
        let last = if after.is_some() { end + 1 } else { end };
        let definite = q.hedge_start >= 1 && is_determiner(&toks[q.hedge_start - 1]);
        // Whose lead: words before the number, or before the lead's noun.
        let named_at = linked.unwrap_or(q.hedge_start);
        let (_, owner) = self.premodifiers(cs.max(named_at.saturating_sub(3)), named_at);
        let mut f = self.percent_figure(
            q,
            "lead".into(),
            owner.or_else(|| self.subject_owner(q.hedge_start)),
            None,
            self.time_as(q.hedge_start, last, definite),
            q.span.start..toks[last].span().end,
        );
        f.thing.unit = Unit::Points;
        f.known = false;
        Some(f)
    }

    /// The way a change goes whose size "by" at token `by` gives: the verb
    /// of change up to three words before it ("fell by", "raised rates by").
    fn changed_by(&self, by: usize) -> Option<&'static str> {
        let toks = self.toks;
        let sentence = toks[by].sentence();
        (by.saturating_sub(3)..by)
            .rev()
            .map(|i| &toks[i])
            .take_while(|t| t.sentence() == sentence && t.kind == Kind::Word)
            .find_map(|t| {
                super::percent::direction_of(t)
                    .or_else(|| (t.is("raised") || t.is("raise") || t.is("raises")).then_some("up"))
            })
    }

    /// A change in percentage points: "up 12 percentage points", "the 21-point
    /// rise". Named by its direction alone, so compared only with a mistyped
    /// reference back to it or the headline's (conflicts.rs).
    fn points_change(&self, k: usize, end: usize) -> Option<Figure> {
        let toks = self.toks;
        let q = &self.qs[k];
        let b = q.hedge_start;
        let change_noun = |t: &Token<'_>| {
            with_lower(t.text, |w| match w {
                "rise" | "increase" | "jump" | "gain" => Some("up"),
                "fall" | "drop" | "decline" | "slide" => Some("down"),
                _ => None,
            })
        };
        let noun = toks.get(end + 1).and_then(change_noun);
        // "fell 6.4 points", "fell by 6.4 points", "a fall of 6.4 points".
        let before = b.checked_sub(1).and_then(|p| {
            super::percent::direction_of(&toks[p])
                .or_else(|| toks[p].is("by").then(|| self.changed_by(p)).flatten())
                .or_else(|| {
                    (toks[p].is("of") && p >= 1)
                        .then(|| change_noun(&toks[p - 1]))
                        .flatten()
                })
        });
        let direction = noun.or(before)?;
        let last = if noun.is_some() { end + 1 } else { end };
        // "the 4.6-point fall", "the fall of 4.6 points".
        let definite = b >= 1
            && (is_determiner(&toks[b - 1])
                || (toks[b - 1].is("of") && b >= 3 && is_determiner(&toks[b - 3])));
        let mut f = self.percent_figure(
            q,
            format!("{direction} in points"),
            None,
            None,
            self.time_as(b, last, definite),
            q.span.start..toks[last].span().end,
        );
        f.thing.unit = Unit::Points;
        f.known = false;
        f.definite = definite;
        Some(f)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{read, read_one as one};

    #[test]
    fn a_measurement_is_read_in_its_unit() {
        assert_eq!(
            one("The fire burned 18,500 hectares of forest.").0,
            "hectare"
        );
    }

    #[test]
    fn one_unit_under_its_other_names() {
        assert_eq!(one("The pipeline runs 342km to the coast.").0, "kilometre");
        assert_eq!(
            one("Work on the 324-kilometre pipeline began.").0,
            "kilometre"
        );
    }

    #[test]
    fn a_short_measure_is_read_only_with_what_it_measures() {
        assert_eq!(one("She gave a 45-minute speech.").0, "minute");
        assert!(read("She spoke for 45 minutes.").is_empty());
    }
}
