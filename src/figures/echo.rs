//! Echoes: a later figure given as one already known ("the 330 nurses"), whose
//! neighbouring words repeat an earlier figure's and whose digits a slip of the keys turns into it.
//!
//! The reader ties a figure to what it counts only where the text says so
//! plainly, and leaves out many it cannot place ("voted to strike with 12,408
//! backing action"). An echo needs no such reading: it pairs two quantities of
//! one unit from the words around them alone, and so asks for stronger proof
//! of sameness than the reader's comparison does:
//! - the later figure refers back: "the", "its", "that" or the possessive
//!   of an owner the earlier sentence names ("Castell's 16.9 per cent stake"),
//!   a proportion of a whole ("two-thirds of the 1,583"), a noun's value ("the
//!   tally of 3,940", "the tally at 2,471") or "all 1,267 of them"; not a
//!   whole around a part ("137 of the 138 seats", "any of its 240") or a
//!   comparison ("than the", "exceeded the");
//! - both are given flat: no hedge ("about", "at least", a range), no part
//!   ("23 of the members", "including 40"), no old value ("down from 32.8%"),
//!   no changed measure, both or neither counted on top of another ("6,000
//!   more"), no condition ("if"), not a bare age set off by commas ("the
//!   driver, 32,"); both plans or neither ("could go up by", "offered a rise
//!   of 4.5%" … "the 5.4% offer");
//! - both are the size of a change the same way ("rose 4.7%" … "the 7.4%
//!   rise"), or both levels ("rose to 6.8%" … "the region's 8.6%"), or plans
//!   of which one names no way; and a change is not one of several of other
//!   sizes before it;
//! - a content word within a few words of one is within a few words of the
//!   other ("nurses" … "nurses", "voted" … "votes"), a measure's unit aside;
//!   where the reader read both under one noun (or two the lexicon groups) it
//!   judged them on that noun already, so the word must be another; where it
//!   read them under two nouns the lexicon does not group, one noun must
//!   stand beside the other figure ("1,847 votes" … "the 1,874 nurses who
//!   voted"), not merely a word of the setting ("18 buses" … "the 81 routes
//!   across the valley");
//! - the values cannot both hold ("42%" and "42.1%" can), and the digits
//!   are a strong slip apart (two swapped, one of three changed, a
//!   digit dropped, million for billion), or a weak one (one of two digits
//!   changed) where the word beside both is a common noun ("73 per cent …
//!   objected" … "the 78 per cent objection rate"), and no earlier quantity
//!   of the unit already has the later one's value (it may be what the later one restates);
//! - two measures' words do not name what each measures differently ("61.5
//!   metres wide" … "its 6.5 metres of cutter reach");
//! - neither sentence dates it to another time than the other's (the later one
//!   may take the earlier one's) or credits it to another source;
//! - where the reader read both, it found nothing that tells them apart (a
//!   place, a source, a time, an owner, "another").
//!
//! A bare reference, with nothing after it that says what it is ("the tally
//! of 3,940 had been checked", "most of the $47.1 billion,"), needs no word
//! beside both: it is tied to the one earlier figure of its unit a strong slip
//! from it, where its digits are three or more and no two earlier figures add
//! up to it.
//!
//! Two digits of three or more swapped, or one number under scale words a
//! thousand apart, seldom join unrelated figures (in PolNeAR's 840 training
//! articles, two such pairs, neither of one unit). Such a later figure needs
//! no reference back: given flat ("\"We had 381 objections,\" said …" after
//! "received 318 objections"), it is tied by the noun after both; referring
//! back, by the noun after it, whatever it is ("close 137 branches" … "the
//! 173 closures", "has 316 pupils" … "the school's 361 children"); either
//! only where nothing around them sets them apart ([`Tie`]). (In PolNeAR's
//! training split no count refers back to another count so apart.)

use std::hash::BuildHasher;

use rustc_hash::FxBuildHasher;

use crate::fasthash::{FastMap, FastSet};
use crate::finding::Span;

use super::conflicts::{self, Slip, Written};
use super::context::{self, Time};
use super::counted::{self, Figure};
use super::extract::{self, Hedge, Quantity, Unit};
use super::lexicon::{lemma, Lexicon, Vocabulary};
use super::tokens::{Kind, Token};
use super::words;

/// How many words either side of a figure, within its sentence, are its neighbours.
const REACH: usize = 4;

/// How far from a figure, in tokens, its sentence is read.
const SENTENCE_REACH: usize = 40;

/// How many earlier quantities a definite one is compared with.
const LOOKBACK: usize = 40;

/// Neighbours that say nothing of what a figure counts.
#[rustfmt::skip]
const EMPTY: &[&str] = &[
    "year", "month", "week", "day", "time", "total", "figure", "number", "cent", "percent",
    "million", "billion", "thousand", "hundred", "mr", "mrs", "ms", "dr", "one", "two",
];

/// Words after a figure that count it on top of another or apart from it
/// ("6,000 more", "40 others"); "380 extra nurses" are still the nurses a
/// later "the 380 nurses" means.
const INCREMENTS: &[&str] = &["more", "fewer", "less", "other", "others", "further"];

/// Nouns after a figure that make it a plan, an offer or a hope ("the 5.4% offer").
#[rustfmt::skip]
const PLAN_NOUNS: &[&str] = &[
    "offer", "proposal", "bid", "target", "pledge", "forecast", "projection", "goal", "aim",
    "promise", "prediction", "plan",
];

/// Words that move a sentence to another time than the one before it
/// ("The firm later won 36.8%", "It now has 1,348 members").
#[rustfmt::skip]
const MOVED_ON: &[&str] = &[
    "later", "now", "since", "again", "earlier", "previously", "formerly", "then",
];

/// Nouns for a number itself, which "at" gives the value of ("the tally at 2,471").
const NUMBER_NOUNS: &[&str] = &["tally", "total", "toll", "count", "figure", "number"];

/// Words for a proportion of a whole ("most of the $47.1 billion").
const PROPORTIONS: &[&str] = &[
    "most", "many", "much", "half", "majority", "rest", "bulk", "all", "each", "third", "thirds",
    "quarter", "quarters", "fifths", "tenths",
];

/// A quantity with what an echo needs of its neighbourhood.
#[derive(Debug)]
pub struct Mention {
    q: Quantity,
    paragraph: usize,
    sentence: usize,
    /// Content words within [`REACH`] of it, lower case and roughly stemmed
    /// (as hashes), with where each is written.
    near: Vec<(u64, Span)>,
    /// Introduced as already known ("the 330", "its 330", "Castell's 330").
    definite: bool,
    /// What the noun right after it counts, as the lexicon groups nouns
    /// ("pupils" and "students" count one thing).
    thing: Option<(String, Span)>,
    /// That noun's stem, as in `near`.
    noun: Option<u64>,
    /// Counted on top of another figure or apart from it ("6,000 more", "40 others").
    additional: bool,
    /// The size of a change, and which way ("rose 4.7%", "the 7.4% rise"),
    /// not a level ("rose to 4.7%", "Turnout was 61.4%").
    delta: Option<&'static str>,
    /// A plan, offer or hope, not a quantity that is ("expected to raise £4.2m").
    plan: bool,
    /// The owner of a possessive before it ("castell" of "Castell's 16.9 per cent").
    possessor: Option<String>,
    /// When it holds and on whose estimate, as far as its sentence says.
    time: Time,
    source: Option<String>,
    /// Its sentence (as far as [`SENTENCE_REACH`] tokens either side): whom and what it names.
    sentence_span: Span,
    /// Its sentence opens on a scene of its own: a preposition ("At the
    /// airport, …", "In the north, …").
    scene: bool,
    /// Its clause introduces another of a kind ("A second survey … asked").
    another: bool,
    /// Its sentence moves to another time by a word alone ("later",
    /// "now", "since"), which no time marker records.
    moved_on: bool,
    /// The unit a measure is in ("tonne" of "482-tonne" and of "428 tonnes").
    measure: Option<String>,
    /// What a measure measures, where its words say ("wide" of "61.5 metres
    /// wide", "reach" of "6.5 metres of cutter reach", "shipment" of "a
    /// 482-tonne shipment"), as a stem.
    dimension: Option<u64>,
    /// Nothing after it says what it is: its clause goes on with a verb or
    /// ends ("the 3,940 had been checked", "most of the $47.1 billion,"),
    /// not with words of its own ("the $1.52 million it spent").
    bare: bool,
}

/// Words after a figure that go on with its clause and say nothing of it.
const CLAUSE_GOES_ON: &[&str] = &[
    "was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "should",
];

/// Nouns that say of a figure only that it is one ("the 67.1 per cent figure",
/// "the 3,940 total"): after one, a definite figure is still bare.
const FIGURE_NOUNS: &[&str] = &["figure", "number", "total", "tally"];

/// A paragraph as the figures check holds it while reading it.
pub struct Paragraph<'p, 'a> {
    pub index: usize,
    pub toks: &'p [Token<'a>],
    pub quantities: &'p [Quantity],
    /// Each quantity as written ([`Written::of`]), in the same order.
    pub written: &'p [Written],
    /// The figures the reader read from it, in order.
    pub read: &'p [Figure],
}

/// Note every flat quantity of a paragraph with its neighbourhood (and, into
/// `skipped` where given, why each other quantity is not noted).
pub fn note(
    text: &str,
    vocab: &Vocabulary<'_>,
    p: &Paragraph<'_, '_>,
    out: &mut Vec<Mention>,
    mut skipped: Option<&mut Vec<(usize, &'static str)>>,
) {
    let mut skip = |q: &Quantity, why: &'static str| {
        if let Some(s) = skipped.as_deref_mut() {
            s.push((q.span.start, why));
        }
    };
    let (toks, paragraph) = (p.toks, p.index);
    // The read figures by where they start, to find a quantity's in log time.
    let mut read: Vec<(usize, &Figure)> = p.read.iter().map(|f| (f.q.span.start, f)).collect();
    read.sort_unstable_by_key(|&(at, _)| at);
    for (q, w) in p.quantities.iter().zip(p.written) {
        if q.style.words || q.unit == Unit::Age {
            skip(q, if q.style.words { "in words" } else { "an age" });
            continue;
        }
        // Only a flat figure of two digits or more can echo or be echoed (a
        // slip needs two digits); the rest cost no more.
        let digits = text[q.number.clone()]
            .bytes()
            .filter(u8::is_ascii_digit)
            .count();
        let set_off_age = w.unit() == Unit::Age;
        if q.hedge != Hedge::Exact || q.upper.is_some() || digits < 2 || set_off_age {
            skip(
                q,
                match () {
                    _ if set_off_age => "a bare age",
                    _ if digits < 2 => "one digit",
                    _ => "hedged",
                },
            );
            continue;
        }
        let sentence = toks[q.first].sentence();
        let in_sentence = |t: &&Token<'_>| t.sentence() == sentence;
        // Its sentence, as far as SENTENCE_REACH tokens either side.
        let lo = q.hedge_start.saturating_sub(SENTENCE_REACH);
        let hi = toks.len().min(q.last + 1 + SENTENCE_REACH);
        let start = q.hedge_start
            - toks[lo..q.hedge_start]
                .iter()
                .rev()
                .take_while(in_sentence)
                .count();
        let before = toks[start..q.hedge_start].iter().rev();
        let after = toks[q.last + 1..hi].iter().take_while(in_sentence);
        let prev = before.clone().next();
        let prev2 = before.clone().nth(1);
        let next = after.clone().next();
        let prev3 = before.clone().nth(2);
        // Either side of a ratio, "nine in 10 drivers", "one out of five":
        // no count of its own. (Not "a loss of EUR 465 million in 2025".)
        // (The paragraph's quantities are in order: a binary search, so a
        // paragraph of many ratios stays linear.)
        let number_at = |i: usize| {
            let k = p.quantities.partition_point(|o| o.first <= i);
            k > 0 && p.quantities[k - 1].last >= i
        };
        let h = q.hedge_start;
        let second = h >= 2 && toks[h - 1].is("in") && number_at(h - 2)
            || h >= 3 && toks[h - 1].is("of") && toks[h - 2].is("out") && number_at(h - 3);
        let first = next.is_some_and(|t| t.is("in") || t.is("out"))
            && toks.get(q.last + 2).is_some_and(|t| {
                t.is("of") || (number_at(q.last + 2) && !(t.digits() == 4 && t.suffix().is_empty()))
            });
        if (first || second) && q.unit == Unit::Count {
            skip(q, "a ratio");
            continue;
        }
        // "all 1,267 of them": the whole of a group given before.
        let all_of_them = prev.is_some_and(|t| t.is("all"))
            && next.is_some_and(|t| t.is("of"))
            && after
                .clone()
                .nth(1)
                .is_some_and(|t| ["them", "those", "these", "us"].iter().any(|w| t.is(w)));
        // ("27.4 per cent of Tollgate" is what the percentage is of, not a part.)
        let part = next.is_some_and(|t| t.is("of") && q.unit != Unit::Percent && !all_of_them)
            || prev.is_some_and(|t| t.has(words::PART_BEFORE))
            || super::context::after_a_whole_set_off(toks, q.hedge_start);
        let measure = measure_unit(vocab.lex, toks, q, next);
        let measured = measure.is_some();
        // "If Sanders had won half, he would have finished at 698.49 to Clinton's 696.57."
        let hypothetical = before.clone().any(|t| t.has(words::HYPOTHETICAL));
        let delta = match () {
            _ if part => Err("a part"),
            _ if super::counted::compared_with(toks, q.hedge_start) => Err("compared"),
            _ if hypothetical => Err("hypothetical"),
            // A measure's words name what it measures ("61.5 metres wide"),
            // not what a change changed ("The wait for a hip operation has been
            // cut to 36 weeks"): a changed measure stays out.
            // ("The crossing took 95 minutes", "Gusts reached 87 knots": a
            // verb that gives a measure its level is no change.)
            _ if measured
                && before.clone().take(3).any(|t| {
                    t.has(words::CHANGE_VERBS) && !LEVEL_VERBS.iter().any(|v| t.is(v))
                }) =>
            {
                Err("a change")
            }
            _ => change(before.clone(), after.clone()),
        };
        let delta = match delta {
            Ok(delta) => delta,
            Err(why) => {
                skip(q, why);
                continue;
            }
        };
        // A plan, an offer or a hope ("could go up by 6.9%", "offered a rise
        // of 4.5%", "the 5.4% offer"): echoed only by another.
        // (The noun two words on, a hyphened compound one: "the $3.4
        // million peak-sales forecast".)
        let mut words_on = 0;
        let mut hyphened = false;
        let plan = before.clone().take(5).any(|t| t.has(words::PROJECTION))
            || after
                .clone()
                .take(6)
                .take_while(|t| {
                    let joined = hyphened;
                    hyphened = t.is_punct('-') && !t.space_before;
                    if t.kind == Kind::Word && !joined {
                        words_on += 1;
                    }
                    (t.kind == Kind::Word || hyphened) && words_on <= 2
                })
                .any(|t| PLAN_NOUNS.iter().any(|n| t.is(n)));
        let possessive_of = |t: &&Token<'_>| t.kind == Kind::Word && t.is_possessive();
        let possessive = prev.filter(possessive_of);
        // "St Aldric's, which has 460 beds": the name the relative clause
        // right before it is of owns it, as a possessive would.
        let relative_owner = prev
            .filter(|t| t.kind == Kind::Word && !t.is_capitalised())
            .and(prev2.filter(|t| t.is("which") || t.is("who")))
            .and(prev3.filter(|t| t.is_punct(',')))
            .and(before.clone().nth(3))
            .filter(|t| t.kind == Kind::Word && t.is_capitalised() && !t.has(words::PRONOUNS));
        // ("all 68 delegates in the Ohio primary" gives a whole set, often a new one.)
        // ("a carrier whose €3.9bn in sales": the relative's owner's.)
        let determiner = |t: &Token<'_>| {
            ["the", "that", "this", "these", "those", "whose"]
                .iter()
                .chain(words::POSSESSIVES)
                .any(|d| t.is(d))
        };
        // "the count of 3,940", "Fenway's subsidy of £310,000": the value of
        // a thing already known.
        // So does "putting the tally at 2,471", for a word that names a number.
        let noun_of = (prev.is_some_and(|t| t.is("of"))
            && prev2.is_some_and(|t| t.kind == Kind::Word && !t.has(words::STOP))
            || prev.is_some_and(|t| t.is("at"))
                && prev2.is_some_and(|t| NUMBER_NOUNS.iter().any(|w| t.is(w))))
            && prev3.is_some_and(|t| determiner(t) || possessive_of(&t));
        // "137 of the 138 seats" and "the largest of any of its 240 schools"
        // give a whole around a part, often a new one; "two-thirds of the
        // 1,583", "most of the $47.1 billion" a proportion of a whole given before.
        // ("Every one of the 14,560 finishers" is all of them.)
        let every_one = prev3.is_some_and(|t| t.is("one"))
            && before.clone().nth(3).is_some_and(|t| t.is("every"));
        // ("Of the 71 homes cleared, residents of 14 …", opening its
        // sentence, is the whole given before, parts to follow.)
        let of_whole = prev2.is_some_and(|t| t.is("of"))
            && prev3.is_some()
            && !prev3.is_some_and(|t| PROPORTIONS.iter().any(|w| t.is(w)))
            && !every_one;
        let comparison = prev2.is_some_and(|t| t.has(words::COMPARED_WITH));
        // ("given that 2,140 households are waiting": a conjunction.)
        let conjunction = prev.is_some_and(|t| counted::is_conjunction_before(t, next));
        let definite = ((prev.is_some_and(determiner) && !conjunction || possessive.is_some())
            && !of_whole
            && !comparison)
            || noun_of
            || all_of_them;
        let content = |t: &&Token<'_>| t.kind == Kind::Word && !t.has(words::STOP);
        // A count of a unit ("142 millimetres") is a measure in it: the unit
        // is required of both, so it is no neighbour that shows sameness.
        let unit_after = measure.is_some() && q.unit == Unit::Count;
        let words_after = after.clone().skip(usize::from(unit_after));
        // The words after it first: a finding names the first word beside
        // both, and what a figure counts mostly follows it.
        let near: Vec<(u64, Span)> = words_after
            .clone()
            .filter(content)
            .take(REACH)
            .chain(before.clone().filter(content).take(REACH))
            .filter_map(|t| Some((stem(t.stem())?, t.span())))
            .collect();
        let dimension = measure
            .as_ref()
            .and_then(|_| dimension(q, words_after.clone()))
            .and_then(|t| stem(t.stem()));
        let last_in_sentence = after.clone().last();
        let sentence_span =
            toks[start].span().start..last_in_sentence.map_or(q.span.end, |t| t.span().end);
        // (A measure's unit is no noun of what it counts: "142 millimetres".)
        let noun =
            next.filter(|t| measure.is_none() && t.kind == Kind::Word && !t.has(words::STOP));
        // When and on whose word: as the reader read it, or read here.
        let figure = read.binary_search_by_key(&q.span.start, |&(at, _)| at);
        let (time, source) = match figure.ok().map(|i| read[i].1) {
            Some(f) => (f.time.clone(), f.source.clone()),
            None => {
                let markers = context::markers_near(toks, q.first, q.last);
                (
                    context::time_of(toks, &markers, q.first, q.last),
                    context::source_of(toks, q.first),
                )
            }
        };
        out.push(Mention {
            time,
            source,
            q: q.clone(),
            paragraph,
            sentence,
            near,
            definite,
            thing: noun.map(|t| (vocab.thing(&lemma(t.stem())).into_owned(), t.span())),
            noun: noun.and_then(|t| stem(t.stem())),
            additional: next.is_some_and(|t| INCREMENTS.iter().any(|w| t.is(w))),
            delta,
            plan,
            possessor: possessive
                .or(relative_owner)
                .map(|t| t.stem().to_lowercase()),
            sentence_span,
            // ("In all, 1,846 people signed" opens on no scene.)
            scene: toks[start].has(words::PREPOSITIONS)
                && toks
                    .get(start + 1)
                    .is_some_and(|t| t.is("the") || t.is_capitalised())
                && super::tokens::opens_sentence(toks, start),
            another: super::counted::introduces_another(toks, q.hedge_start, q.last),
            moved_on: before
                .clone()
                .chain(after.clone())
                .any(|t| MOVED_ON.iter().any(|w| t.is(w))),
            measure,
            dimension,
            bare: all_of_them
                || next.is_none_or(|t| {
                    // ("the 1,452, a record for a Sunday,": an apposition says what it is.)
                    let apposed = t.is_punct(',')
                        && after
                            .clone()
                            .nth(1)
                            .is_some_and(|n| n.is("a") || n.is("an") || n.is("the"));
                    (t.kind == Kind::Punct && !t.is_punct('(') && !t.is_punct('-') && !apposed)
                        || CLAUSE_GOES_ON.iter().any(|w| t.is(w))
                        || FIGURE_NOUNS.iter().any(|w| t.is(w))
                }),
        });
    }
}

/// Verbs of change that put a figure at a level rather than change it by
/// one: "the petition reached 3,412", "took 61.4% of the vote".
const LEVEL_VERBS: &[&str] = &[
    "reach", "reached", "reaches", "hit", "hits", "took", "takes", "taking",
];

/// Verbs that change their object by an amount and have no way of their own
/// among the words of change: "cut 340 jobs", "slashed its budget 12%".
const CUT_VERBS: &[(&str, &str)] = &[
    ("cut", "down"),
    ("cuts", "down"),
    ("slashed", "down"),
    ("reduced", "down"),
    ("lowered", "down"),
    ("boosted", "up"),
];

/// How a figure stands to a change its words tell of: the size of a change
/// that way ("rose 4.7%", "a 4.7% rise", "cut 340 jobs", "the 430 job cuts"),
/// or a level (`None`: "rose to 4.7%", "reached 3,412", "Turnout was
/// 61.4%"). Neither, and so no echo, is an old value ("up from 4.5%") or a
/// change that says no way ("revised 340").
fn change<'t, 'a: 't>(
    before: impl Iterator<Item = &'t Token<'a>> + Clone,
    after: impl Iterator<Item = &'t Token<'a>> + Clone,
) -> Result<Option<&'static str>, &'static str> {
    let near = before.clone().take(3);
    let prev = before.clone().next();
    if prev.is_some_and(|t| t.is("to")) {
        return Ok(None);
    }
    // "down from 32.8%", "from 4.5% to 5.4%"; but "objections from 2,417
    // people" and "messages from all 1,267 of them" are no change from anything.
    let changed_from = || {
        before
            .clone()
            .skip(1)
            .take(6)
            .any(|t| t.has(words::CHANGE_VERBS))
            || after.clone().take(3).any(|t| t.is("to"))
    };
    if prev.is_some_and(|t| t.is("from")) && changed_from() {
        return Err("an old value");
    }
    // A noun of change right after it, or one word on ("the 430 job cuts").
    let noun = after
        .take(2)
        .take_while(|t| t.kind == Kind::Word)
        .find_map(|t| {
            // ("waited more than 12 hours": a comparison, no change.)
            words::with_lower(t.text, |w| match w {
                "more" | "less" | "higher" | "lower" => None,
                _ => words::change_noun_direction(w)
                    .or_else(|| w.strip_suffix('s').and_then(words::change_noun_direction)),
            })
        });
    let Some((k, verb)) = near
        .clone()
        .enumerate()
        .find(|(_, t)| t.has(words::CHANGE_VERBS))
    else {
        return Ok(noun);
    };
    // "Affordable homes make up 22%": a particle of a verb that is no change.
    let made_up = (verb.is("up") || verb.is("down"))
        && before
            .clone()
            .nth(k + 1)
            .is_some_and(|t| ["make", "makes", "made", "making"].iter().any(|w| t.is(w)));
    if made_up {
        return Ok(noun);
    }
    let by = prev.is_some_and(|t| t.is("by"));
    let way = if verb.has(words::DOWN) {
        Some("down")
    } else if verb.has(words::UP) || (by && (verb.is("raised") || verb.is("raise"))) {
        Some("up")
    } else {
        CUT_VERBS
            .iter()
            .find(|(v, _)| verb.is(v))
            .map(|&(_, way)| way)
    };
    match way {
        Some(way) => Ok(Some(way)),
        None if LEVEL_VERBS.iter().any(|v| verb.is(v)) => Ok(noun),
        None => Err("a change"),
    }
}

/// The unit of a measure glued to its number ("482-tonne", "12km") or of a
/// count of a unit ("428 tonnes"), as a lemma.
fn measure_unit(
    lex: &Lexicon,
    toks: &[Token<'_>],
    q: &Quantity,
    next: Option<&Token<'_>>,
) -> Option<String> {
    match q.unit {
        Unit::Measure => {
            let t = &toks[q.last];
            let word = if t.kind == Kind::Number {
                t.suffix()
            } else {
                t.text
            };
            Some(lemma(word))
        }
        Unit::Count => next
            .filter(|t| t.kind == Kind::Word)
            .map(|t| lemma(t.text))
            .filter(|l| lex.is_unit(l)),
        _ => None,
    }
}

/// Words besides the adjectives ([`extract::WAY_ADJECTIVES`]) that say which
/// way a measure runs ("1,460 metres across", "2,000 metres below").
const WAY_ADVERBS: &[&str] = &["across", "away", "below", "above"];

/// What a measure measures, from the words after its unit (`after`): a
/// dimension ("61.5 metres wide"), the head of an "of" phrase ("6.5 metres of
/// cutter reach"), or the noun a glued measure qualifies ("a 482-tonne shipment").
fn dimension<'t, 'a: 't>(
    q: &Quantity,
    after: impl Iterator<Item = &'t Token<'a>> + Clone,
) -> Option<&'t Token<'a>> {
    // ("the 1,640-metre-long bridge": the way glued on after the unit.)
    let glued_dash = |t: &Token<'_>| t.is_punct('-') && !t.space_before;
    let after = after.skip_while(move |t| glued_dash(t));
    let first = after.clone().next()?;
    if first.kind != Kind::Word {
        return None;
    }
    let way = |d: &&str| first.is(d);
    if extract::WAY_ADJECTIVES.iter().any(way) || WAY_ADVERBS.iter().any(way) {
        return Some(first);
    }
    let glued = q.unit == Unit::Measure;
    if first.is("of") || glued {
        // The last word of the noun phrase: "cutter reach", "silt barge".
        let words = after.skip(usize::from(first.is("of")));
        return words
            .take_while(|t| {
                t.kind == Kind::Word && !t.has(words::PREPOSITIONS) && !t.has(words::AUXILIARIES)
            })
            .filter(|t| !t.has(words::STOP))
            .take(3)
            .last();
    }
    None
}

/// Do two measures' words name what they measure differently ("61.5 metres
/// wide" … "6.5 metres of cutter reach"), neither word beside the other figure?
fn measure_apart(a: &Mention, b: &Mention) -> bool {
    match (a.dimension, b.dimension) {
        (Some(x), Some(y)) => {
            x != y && !b.near.iter().any(|(w, _)| *w == x) && !a.near.iter().any(|(w, _)| *w == y)
        }
        _ => false,
    }
}

/// Does a sentence name `who` (lower case, no possessive ending) in a word of its own?
fn names(sentence: &str, who: &str) -> bool {
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|w| {
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w)
        })
        .any(|w| w.to_lowercase() == who)
}

/// Does the earlier mention's sentence name the owner of the later one's
/// possessive, if it has one ("Castell's 16.9 per cent")?
fn owner_named(text: &str, a: &Mention, b: &Mention) -> bool {
    b.possessor
        .as_deref()
        .is_none_or(|o| names(&text[a.sentence_span.clone()], o))
}

/// Are two mentions in one unit: one currency, percentages, plain counts,
/// or measures in one named unit (a count of tonnes is a measure in tonnes)?
fn one_unit(a: &Mention, b: &Mention) -> bool {
    match (&a.measure, &b.measure) {
        (Some(x), Some(y)) => x == y,
        (None, None) => a.q.unit == b.q.unit,
        _ => false,
    }
}

/// A word's rough stem ("nurses" → "nurs", "voted" → "vot", "finishers" →
/// "finish"), or none for a
/// word that says nothing of what is counted.
/// Kept as a hash: stems are compared, never shown. (Hashing a stem instead
/// of keeping it as a `String`, with the cheap tests of a quantity first, took
/// `note` from 18.4k to 13.2k instructions a run on a PolNeAR article.)
fn stem(word: &str) -> Option<u64> {
    words::with_lower(word, |lower| {
        if lower.len() < 3 || EMPTY.contains(&lower) {
            return None;
        }
        let mut s = lower;
        // The doing and its noun: "cancelled" and "cancellations",
        // "evacuated" and "evacuation".
        if let Some(rest) = s.strip_suffix("ions").or_else(|| s.strip_suffix("ion")) {
            if rest.len() >= 5 {
                s = rest;
            }
        }
        for suffix in ["ies", "es", "s", "ed", "ing", "e"] {
            // ("pass", "loss", "bonus", "analysis" end in no plural "s".)
            let singular_s = ["ss", "us", "is"].iter().any(|e| s.ends_with(e));
            if suffix == "s" && singular_s {
                continue;
            }
            if s.len() >= suffix.len() + 3 {
                if let Some(rest) = s.strip_suffix(suffix) {
                    s = rest;
                    break;
                }
            }
        }
        // The one who does it and the doing: "finisher" and "finished",
        // "renewal" and "renewed".
        for suffix in ["er", "al"] {
            if s.len() >= suffix.len() + 5 {
                if let Some(rest) = s.strip_suffix(suffix) {
                    s = rest;
                    break;
                }
            }
        }
        // ("evacuat", "cancellat": the verb's stem.)
        if let Some(rest) = s.strip_suffix("at").filter(|r| r.len() >= 5) {
            s = rest;
        }
        // ("cancell", "admitt": one consonant doubled before an ending.)
        let b = s.as_bytes();
        let doubled = match b {
            [.., x, y] if x == y => !b"aeious".contains(y) && (*y != b'l' || b.len() >= 6),
            _ => false,
        };
        if doubled && b.len() >= 5 {
            s = &s[..s.len() - 1];
        }
        Some(FxBuildHasher.hash_one(s))
    })
}

/// A later mention that echoes an earlier one, with where the later one's
/// neighbourhood writes the word they share.
pub struct Echo<'m> {
    pub first: &'m Mention,
    pub later: &'m Mention,
    /// The word beside both that shows them one, where one does; none for
    /// a headline's figure restated by the lead, or a bare reference.
    pub word: Option<Span>,
    /// The later one refers back with nothing after it but its digits to tie
    /// it ("most of the $47.1 billion"): see [`bare_reference`].
    pub bare: bool,
}

impl Echo<'_> {
    /// The noun both count, as the later one writes it, where they name one
    /// ("6,370 pupils a day" … "6,730 pupils"): what a message calls them.
    pub fn noun<'t>(&self, text: &'t str) -> Option<&'t str> {
        let (a, b) = (self.first, self.later);
        let (Some((x, _)), Some((y, at))) = (&a.thing, &b.thing) else {
            return None;
        };
        (a.noun.is_some() && a.noun == b.noun && x == y).then(|| &text[at.clone()])
    }
}

impl Mention {
    pub fn span(&self) -> &Span {
        &self.q.span
    }

    pub fn paragraph(&self) -> usize {
        self.paragraph
    }

    /// Is it the size of a change ("rose 4.7%"), not a level?
    pub fn is_change(&self) -> bool {
        self.delta.is_some()
    }
}

/// Every definite mention that echoes an earlier one a slip of the keys away,
/// and every one in the lead that echoes the headline, paired with the
/// nearest such. `figures` (in document order) are the reader's; `text` is
/// the draft's.
/// (`written` is every quantity of the draft, as written, in document order.)
pub fn echoes<'m>(
    text: &str,
    mentions: &'m [Mention],
    figures: &[Figure],
    written: &[Written],
    headline: Option<&Headline>,
) -> Vec<Echo<'m>> {
    let figure_at = |q: &Quantity| {
        figures
            .binary_search_by_key(&q.span.start, |f| f.q.span.start)
            .ok()
            .map(|i| &figures[i])
    };
    let first = first_written(written);
    let mut out = Vec::new();
    for (n, b) in mentions.iter().enumerate() {
        let leads = headline.is_some_and(|h| h.leads(b));
        if restates(&first, b) {
            continue;
        }
        let earlier = &mentions[n.saturating_sub(LOOKBACK)..n];
        if !(b.definite || leads) && conflicts::digits(text, &b.q).count() < 3 {
            continue;
        }
        if one_of_several_changes(earlier, b) {
            continue;
        }
        let found = earlier.iter().rev().find_map(|a| {
            let from_headline = headline.is_some_and(|h| h.gives(a));
            let (ga, fb) = (figure_at(&a.q), figure_at(&b.q));
            if let (Some(g), Some(f)) = (ga, fb) {
                if conflicts::placed_apart(text, g, f) {
                    return None;
                }
            }
            let tie = Tie::of(text, (a, ga), (b, fb), from_headline, written);
            if tie == Tie::None {
                return None;
            }
            let slip = comparable(text, a, b).ok()?;
            let word = match evidence(a, b, ga, fb, tie) {
                Ok(word) => Some(word.clone()),
                Err(_) if from_headline && Headline::needs_no_word(a) => None,
                Err(_) => return None,
            };
            if !slip_holds(text, slip, word.as_ref()) {
                return None;
            }
            Some(Echo {
                first: a,
                later: b,
                word,
                bare: false,
            })
        });
        out.extend(found.or_else(|| bare_reference(text, earlier, b, &figure_at)));
    }
    out
}

/// How many digits a bare reference must write to be tied by its digits
/// alone: two-digit values a slip apart are too common to mean one figure.
const BARE_DIGITS: usize = 3;

/// "most of the $47.1 billion" after "payments totalled $41.7 billion": a
/// definite figure that names nothing after it and shares no word with any
/// earlier one, tied to the one earlier figure of its unit its digits are a
/// strong slip from (of three digits or more). Two such earlier figures, or
/// none, tie it to nothing; nor is it tied where two earlier figures add up to
/// it (a whole never written out), or where words of its own follow it ("the
/// $1.52 million it spent").
fn bare_reference<'m, 'f>(
    text: &str,
    earlier: &'m [Mention],
    b: &'m Mention,
    figure_at: &impl Fn(&Quantity) -> Option<&'f Figure>,
) -> Option<Echo<'m>> {
    if !b.definite
        || !b.bare
        || b.q.style.words
        || conflicts::digits(text, &b.q).count() < BARE_DIGITS
    {
        return None;
    }
    // "The union says 340 posts are vacant; the trust puts the number at
    // 210": a figure of its unit in its own sentence is what it is set against.
    let just_before =
        |a: &Mention| one_unit(a, b) && (a.paragraph, a.sentence) == (b.paragraph, b.sentence);
    if earlier.iter().any(just_before) {
        return None;
    }
    // "£1.25m from the council and £1.1m from donors … the £2.35m": the
    // whole of two parts given before, which no one wrote out.
    let scaled = |m: &Mention| (m.q.value * 100.0).round() as i64;
    let same_unit = |a: &&Mention| one_unit(a, b) && a.q.scale_factor() == b.q.scale_factor();
    let values: FastSet<i64> = earlier.iter().filter(same_unit).map(scaled).collect();
    if values.iter().any(|v| values.contains(&(scaled(b) - v))) {
        return None;
    }
    let mut candidates = earlier.iter().filter(|a| {
        comparable(text, a, b) == Ok(Slip::Strong)
            && match (figure_at(&a.q), figure_at(&b.q)) {
                (Some(g), Some(f)) => conflicts::may_be_one(g, f),
                _ => true,
            }
    });
    let first = candidates.next()?;
    if candidates.next().is_some() {
        return None;
    }
    Some(Echo {
        first,
        later: b,
        word: None,
        bare: true,
    })
}

/// A draft's headline, as an echo reads it: a figure there whose value the
/// body never writes, and which the lead gives a slip of the keys away, is one
/// of the two mistyped ("Ferry sinks with 214 aboard" over "241 passengers").
pub struct Headline {
    /// The headline's paragraph.
    paragraph: usize,
    /// The values the body writes, by unit.
    body: FastSet<(Unit, u64)>,
}

/// How many of the body's paragraphs are its lead, restating the headline.
const LEAD: usize = 2;

impl Headline {
    /// The headline at `paragraph`, ending at byte `end`, of a draft whose
    /// quantities are `written`.
    pub fn of(paragraph: usize, end: usize, written: &[Written]) -> Headline {
        let body = written
            .iter()
            .filter(|w| w.at() >= end)
            .map(|w| (w.unit(), w.value().to_bits()))
            .collect();
        Headline { paragraph, body }
    }

    /// Is the mention in the headline, with a value the body never writes?
    fn gives(&self, a: &Mention) -> bool {
        a.paragraph == self.paragraph && !self.body.contains(&(a.q.unit, a.q.value.to_bits()))
    }

    /// Is the mention in the lead?
    fn leads(&self, b: &Mention) -> bool {
        b.paragraph > self.paragraph && b.paragraph <= self.paragraph + LEAD
    }

    /// May the headline's figure echo in the lead with no word beside both?
    /// A change may, the same way ("profit rises 21%" over "net profit of Rs
    /// 2,847 crore, up 12%"), and so may a figure of three digits or more
    /// ("Ferry sinks with 214 aboard" over "listed 241 passengers"); two
    /// digits may match another count by chance.
    fn needs_no_word(a: &Mention) -> bool {
        a.delta.is_some() || a.q.value.abs() >= 100.0
    }
}

/// Is `b` "the 9.6% rise" after two rises of other sizes ("rise by 4.2%" …
/// "go up by 6.9%")? Which one it means is a guess.
fn one_of_several_changes(earlier: &[Mention], b: &Mention) -> bool {
    let Some(way) = b.delta else { return false };
    let mut values = earlier
        .iter()
        .filter(|a| {
            a.delta == Some(way) && a.plan == b.plan && a.q.unit == b.q.unit && !a.q.overlaps(&b.q)
        })
        .map(|a| a.q.value.to_bits());
    values
        .next()
        .is_some_and(|first| values.any(|v| v != first))
}

/// Where each value is first written, whatever its hedge.
fn first_written(written: &[Written]) -> FastMap<(Unit, u64), usize> {
    let mut first: FastMap<(Unit, u64), usize> = FastMap::default();
    for w in written {
        first
            .entry((w.unit(), w.value().to_bits()))
            .or_insert(w.at());
    }
    first
}

/// Was the later mention's value written before it (what it may restate)?
fn restates(first: &FastMap<(Unit, u64), usize>, b: &Mention) -> bool {
    first
        .get(&(b.q.unit, b.q.value.to_bits()))
        .is_some_and(|&at| at < b.q.span.start)
}

/// Could the later mention `b` be the earlier `a` mistyped, as far as their
/// units, values, places in the draft, times and sources go? If so, how
/// plain a slip their digits are (never none); else why not.
fn comparable(text: &str, a: &Mention, b: &Mention) -> Result<Slip, &'static str> {
    let check = |ok: bool, why: &'static str| if ok { Ok(()) } else { Err(why) };
    check(one_unit(a, b), "units differ")?;
    check(!measure_apart(a, b), "measures apart")?;
    check(
        a.q.scale_factor() == b.q.scale_factor() || conflicts::thousandfold(text, &a.q, &b.q),
        "scales differ",
    )?;
    check(!a.q.overlaps(&b.q), "overlap")?;
    check(a.additional == b.additional, "one additional")?;
    // (An offer or a target names no way: "a pay rise of 4.5%" is offered,
    // and "the 5.4% offer" is of that rise.)
    let plan_of_a_change = a.plan && b.plan && (a.delta.is_none() || b.delta.is_none());
    check(
        a.delta == b.delta || plan_of_a_change,
        "a change and a level",
    )?;
    check(a.plan == b.plan, "a plan and an outcome")?;
    check(
        (a.paragraph, a.sentence) != (b.paragraph, b.sentence),
        "same sentence",
    )?;
    check(owner_named(text, a, b), "owner not named")?;
    // A reference with no time of its own takes the earlier figure's.
    check(
        b.time.takes(&a.time) || a.time.compatible(&b.time),
        "times differ",
    )?;
    check(
        a.source.is_none() || b.source.is_none() || a.source == b.source,
        "sources differ",
    )?;
    let slip = conflicts::slip(text, &a.q, &b.q);
    check(slip != Slip::None, "no slip")?;
    Ok(slip)
}

/// What ties a later mention to an earlier one before any word beside both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tie {
    /// Nothing: it neither refers back nor has the earlier one's digits swapped.
    None,
    /// It refers back ("the 330 nurses", or the lead restating the headline).
    Reference,
    /// It refers back, and its digits are the earlier one's swapped: the
    /// noun after it is word enough, the same as the earlier one's or not
    /// ("close 137 branches" … "the 173 closures"), where nothing sets the
    /// two apart ([`alike`]) and its sentence does not open on a scene of
    /// its own ("At the airport, …, forecasters measured the 124
    /// millimetres").
    SwappedReference,
    /// It does not refer back, and its digits are the earlier one's swapped:
    /// tied only by the noun after both ("has 2,350 members" … "a club with
    /// 3,250 members").
    Swapped,
}

impl Tie {
    /// How the later mention `b` is tied to the earlier `a` (with the
    /// reader's figures of each, where it read them).
    fn of(
        text: &str,
        (a, ga): (&Mention, Option<&Figure>),
        (b, fb): (&Mention, Option<&Figure>),
        from_headline: bool,
        written: &[Written],
    ) -> Tie {
        let refers = b.definite || from_headline;
        match (refers, swapped(text, a, b, written)) {
            (true, true) if alike(text, (a, ga), (b, fb), true) => Tie::SwappedReference,
            (true, _) => Tie::Reference,
            (false, true) if alike(text, (a, ga), (b, fb), false) => Tie::Swapped,
            (false, _) => Tie::None,
        }
    }
}

/// Is nothing around two mentions tied by their digits alone set them
/// apart: one time ("in 2019" … "in 2023", "later", "now", "is" … "was"),
/// no scene of its own ("In York, …") or other place ("142 care homes in
/// Wales"), not another of a kind ("A second survey"), one subject where
/// the reader found both and the later one does not refer back ("The
/// northern line" … "The southern line"), and not a thing every candidate
/// or person has a count of ("won with 4,316 votes" … "Cole polled 4,361
/// votes")? (`refers`: the later one refers back.)
fn alike(
    text: &str,
    (a, ga): (&Mention, Option<&Figure>),
    (b, fb): (&Mention, Option<&Figure>),
    refers: bool,
) -> bool {
    apart(text, (a, ga), (b, fb), refers).is_none()
}

/// What sets two mentions apart, where something does ([`alike`]).
fn apart(
    text: &str,
    (a, ga): (&Mention, Option<&Figure>),
    (b, fb): (&Mention, Option<&Figure>),
    refers: bool,
) -> Option<&'static str> {
    let lex = Lexicon::builtin();
    // (A reference back with no time of its own takes the earlier one's.)
    let one_time = a.time == b.time
        || (refers && a.time.compatible(&b.time))
        || (refers && b.time.takes(&a.time));
    // ("runs 412 care homes" … "runs 142 care homes in Wales": a part in a place.)
    let subjects_meet = match (ga, fb) {
        (Some(g), Some(f)) if g.place != f.place => false,
        // (A reference back says what it is of; the subject of its sentence
        // may be a speaker's: "Unions said the 173 closures would …".)
        (Some(g), Some(f)) if !refers && g.subject.is_some() && f.subject.is_some() => {
            g.same_subject(f)
        }
        _ => true,
    };
    let owned_by_each = |m: &Mention| {
        m.thing
            .as_ref()
            .is_some_and(|(x, _)| lex.is_per_entity(x) || lex.is_per_person(x))
    };
    // A measure of what both name ("1,460 metres long" … "1,640 metres
    // long"), not "stands 1,640 metres from the station".
    let one_dimension =
        a.measure.is_none() || (a.dimension.is_some() && a.dimension == b.dimension);
    [
        (!one_time, "times differ"),
        (
            conflicts::tenses_differ_at(text, a.q.span.start, b.q.span.start),
            "tenses differ",
        ),
        (!one_dimension, "dimensions differ"),
        (a.moved_on || b.moved_on, "moved on"),
        (a.scene || b.scene, "a scene"),
        (b.another, "another"),
        (!subjects_meet, "subjects differ"),
        (owned_by_each(a) || owned_by_each(b), "owned by each"),
    ]
    .into_iter()
    .find_map(|(differ, why)| differ.then_some(why))
}

/// Is the later mention `b` the earlier `a` with two digits swapped, or its
/// number under a scale word a thousand apart, each given flat
/// ([`conflicts::transposed`], [`conflicts::thousandfold`])? Such a slip
/// ties a later figure that does not refer back ("a club with 3,250
/// members" after "has 2,350 members") where the noun after both is one.
/// Not where `b`'s sentence gives `a`'s value too: "Of the 3.18 million
/// passengers, 1.38 million flew" is a part of it.
fn swapped(text: &str, a: &Mention, b: &Mention, written: &[Written]) -> bool {
    let whole_beside = || {
        let at = written.partition_point(|w| w.at() < b.sentence_span.start);
        written[at..]
            .iter()
            .take_while(|w| w.at() < b.sentence_span.end)
            .any(|w| w.unit() == a.q.unit && w.value() == a.q.value)
    };
    a.q.hedge == Hedge::Exact
        && b.q.hedge == Hedge::Exact
        && (conflicts::transposed(text, &a.q, &b.q) || conflicts::thousandfold(text, &a.q, &b.q))
        && !whole_beside()
}

/// Does a `slip` between two comparable mentions' digits show them one,
/// given `word`, the word beside both? A strong slip does; a weak one ("73
/// per cent" … "the 78 per cent objection rate") only on a common noun of
/// what they count: a name ("Clinton's 46 percent"), a verb ("backed",
/// "earned"), "worth" or "vote" stands beside every poll's or count's
/// figures ("with 41% of the vote" … "with 48% of vote": two candidates').
fn slip_holds(text: &str, slip: Slip, word: Option<&Span>) -> bool {
    if slip == Slip::Strong {
        return true;
    }
    word.is_some_and(|word| {
        let w = &text[word.clone()];
        let lower = w.chars().next().is_some_and(char::is_lowercase);
        let verb = w.ends_with("ed") || w.ends_with("ing");
        let everyones = ["worth", "vote", "votes"];
        lower && !verb && !everyones.iter().any(|e| w.eq_ignore_ascii_case(e))
    })
}

/// The word that shows two comparable mentions count one thing (where the
/// later one's neighbourhood writes it), given the reader's figures for each
/// where it read them. (Else why none does.)
fn evidence<'m>(
    a: &'m Mention,
    b: &'m Mention,
    ga: Option<&Figure>,
    fb: Option<&Figure>,
    tie: Tie,
) -> Result<&'m Span, &'static str> {
    let lex = Lexicon::builtin();
    let shared = |w: u64, of: &'m Mention| of.near.iter().find(|(v, _)| *v == w);
    let echoed = |x: &'m Mention, y: &'m Mention| x.noun.and_then(|n| shared(n, y));
    // A word beside both, other than the nouns in `but`.
    let common = |but: &[Option<u64>]| {
        b.near
            .iter()
            .find(|(w, _)| !but.contains(&Some(*w)) && shared(*w, a).is_some())
            .map(|(_, at)| at)
    };
    // A noun counts only where the reader read the figure as
    // counting it ("with 12,408 backing action" counts no "backing").
    let thing = |m: &'m Mention, read: Option<&Figure>| read.and(m.thing.as_ref());
    let word = match (thing(a, ga), thing(b, fb)) {
        // One noun, or two the lexicon groups: the reader compared
        // them on those and found no proof, so the noun is none; a
        // word of the setting beside both must give it.
        // (A later figure that does not refer back, its digits the
        // earlier one's swapped, is tied by the noun: "has 2,350 members"
        // … "a club with 3,250 members".)
        (Some((x, _)), Some((y, at))) if x == y || lex.are_related(x, y) => match tie {
            Tie::Swapped => at,
            _ => common(&[a.noun, b.noun])
                .or((tie == Tie::SwappedReference).then_some(at))
                .ok_or("no word beside both but the noun")?,
        },
        // Two nouns the lexicon does not group ("18 buses" … "the
        // 81 routes across the valley"): one must stand beside the
        // other figure ("1,847 votes" … "the 1,874 nurses who
        // voted"), not merely share a word of the setting.
        // A figure that does not refer back is tied only by the noun after
        // both: a verb or word of the setting beside both ("handled 7.36
        // million" … "handled 7.63 million", "will pay 23.7% more for
        // heating" … "will pay 27.3% more for water") stands beside many
        // figures of other things.
        // (The same word right after both is their noun, read or not: "592
        // crew aboard" … "All 529 crew were".)
        _ if tie == Tie::Swapped => match (&b.thing, a.noun.is_some() && a.noun == b.noun) {
            (Some((_, at)), true) => at,
            _ => return Err("not definite, no noun after both"),
        },
        (Some(_), Some((_, at))) => match (echoed(a, b), echoed(b, a)) {
            (Some((_, word)), _) => word,
            (None, Some(_)) => at,
            // ("The bank will close 137 branches" … "the 173 closures", "has
            // 316 pupils" … "the school's 361 children": a reference back
            // whose digits are swapped may name the count anew.)
            (None, None) if tie == Tie::SwappedReference => at,
            (None, None) => return Err("two nouns, neither beside the other"),
        },
        _ => common(&[]).ok_or("no word beside both")?,
    };
    if let (Some(g), Some(f)) = (ga, fb) {
        if !conflicts::may_be_one(g, f) {
            return Err("read apart");
        }
    }
    Ok(word)
}

/// Why the mentions in two byte ranges do or do not echo, in a few words
/// (`examples/gates.rs`: counting what stops the conflicts an annotated set
/// expects, without reading the drafts).
pub fn diagnose(
    text: &str,
    mentions: &[Mention],
    skipped: &[(usize, &'static str)],
    figures: &[Figure],
    written: &[Written],
    headline: Option<&Headline>,
    (first, second): (&Span, &Span),
) -> String {
    let inside = |r: &Span| {
        mentions
            .iter()
            .position(|m| r.start <= m.q.span.start && m.q.span.end <= r.end)
    };
    let (Some(x), Some(y)) = (inside(first), inside(second)) else {
        let noted = |r: &Span| match inside(r) {
            Some(_) => "noted",
            None => skipped
                .iter()
                .find(|(at, _)| r.start <= *at && *at < r.end)
                .map_or("no quantity", |(_, why)| why),
        };
        return format!("echo: {} / {}", noted(first), noted(second));
    };
    let (a, b) = (&mentions[x.min(y)], &mentions[x.max(y)]);
    let figure_at = |q: &Quantity| {
        figures
            .binary_search_by_key(&q.span.start, |f| f.q.span.start)
            .ok()
            .map(|i| &figures[i])
    };
    let earlier = &mentions[x.max(y).saturating_sub(LOOKBACK)..x.max(y)];
    let from_headline = headline.is_some_and(|h| h.gives(a) && h.leads(b));
    let tie = Tie::of(
        text,
        (a, figure_at(&a.q)),
        (b, figure_at(&b.q)),
        from_headline,
        written,
    );
    if tie == Tie::None {
        let (fa, fb) = (figure_at(&a.q), figure_at(&b.q));
        let exact = a.q.hedge == Hedge::Exact && b.q.hedge == Hedge::Exact;
        return match swapped(text, a, b, written) {
            true => match apart(text, (a, fa), (b, fb), false) {
                Some(why) => format!("echo: not definite, swapped: {why}"),
                None => "echo: not definite, swapped".into(),
            },
            false if !exact => "echo: not definite, hedged".into(),
            false => "echo: not definite".into(),
        };
    }
    let why = if restates(&first_written(written), b) {
        "value written before"
    } else if one_of_several_changes(earlier, b) {
        "one of several changes"
    } else {
        match comparable(text, a, b) {
            Err(why) => why,
            Ok(slip) => match evidence(a, b, figure_at(&a.q), figure_at(&b.q), tie) {
                Err(why) if !(from_headline && Headline::needs_no_word(a)) => why,
                word if !slip_holds(text, slip, word.ok()) => "a weak slip, no noun beside both",
                _ => "echoes",
            },
        }
    };
    format!("echo: {why}")
}
