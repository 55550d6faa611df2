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
//!   not "of the" (a whole: "137 of the 138 seats") or "than the" (a comparison);
//! - both are given flat: no hedge ("about", "at least", a range), no part
//!   ("23 of the members", "including 40"), no change ("rose to", "from"),
//!   both or neither counted on top of another ("6,000 more"),
//!   no condition ("if"), not a bare age set off by commas ("the driver, 32,");
//! - a content word within a few words of one is within a few words of the
//!   other ("nurses" … "nurses", "voted" … "votes"), or the nouns after
//!   them count one thing as the lexicon groups nouns ("pupils" … "children");
//! - the values cannot both hold ("42%" and "42.1%" can), and the digits
//!   are a strong slip apart (two swapped, one of three changed, a
//!   digit dropped, million for billion), and no earlier quantity of the unit
//!   already has the later one's value (it may be what the later one restates);
//! - neither sentence dates it to another time than the other's (the later one
//!   may take the earlier one's) or credits it to another source;
//! - where the reader read both, it found nothing that tells them apart (a
//!   place, a source, a time, an owner, "another").

use crate::fasthash::FastSet;
use crate::finding::Span;

use super::conflicts::{self, Slip};
use super::context::{self, Time};
use super::counted::Figure;
use super::extract::{Hedge, Quantity, Unit};
use super::lexicon::{lemma, Lexicon, Vocabulary};
use super::tokens::{Kind, Token};
use super::words;

/// How many words either side of a figure, within its sentence, are its neighbours.
const REACH: usize = 4;

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

/// A quantity with what an echo needs of its neighbourhood.
#[derive(Debug)]
pub struct Mention {
    q: Quantity,
    paragraph: usize,
    sentence: usize,
    /// Content words within [`REACH`] of it, lower case and roughly stemmed,
    /// with where each is written.
    near: Vec<(String, Span)>,
    /// Given flat: no hedge, part, change, condition or set-off age.
    flat: bool,
    /// Introduced as already known ("the 330", "its 330", "Castell's 330").
    definite: bool,
    /// What the noun right after it counts, as the lexicon groups nouns
    /// ("pupils" and "students" count one thing).
    thing: Option<(String, Span)>,
    /// Counted on top of another figure or apart from it ("6,000 more", "40 others").
    additional: bool,
    /// The owner of a possessive before it ("castell" of "Castell's 16.9 per cent").
    possessor: Option<String>,
    /// When it holds and on whose estimate, as far as its sentence says.
    time: Time,
    source: Option<String>,
    /// Capitalised words of its sentence, lower case (who the sentence names).
    named: Vec<String>,
}

/// Note every quantity of a paragraph's `toks` with its neighbourhood.
pub fn note(
    text: &str,
    vocab: &Vocabulary<'_>,
    toks: &[Token<'_>],
    qs: &[Quantity],
    paragraph: usize,
    out: &mut Vec<Mention>,
) {
    for q in qs {
        if q.style.words || q.unit == Unit::Age {
            continue;
        }
        let sentence = toks[q.first].sentence();
        let in_sentence = |t: &&Token<'_>| t.sentence() == sentence;
        let before = toks[..q.hedge_start].iter().rev().take_while(in_sentence);
        let after = toks[q.last + 1..].iter().take_while(in_sentence);
        let content = |t: &&Token<'_>| t.kind == Kind::Word && !t.has(words::STOP);
        let near: Vec<(String, Span)> = before
            .clone()
            .filter(content)
            .take(REACH)
            .chain(after.filter(content).take(REACH))
            .filter_map(|t| Some((stem(t.stem())?, t.span())))
            .collect();
        let prev = toks[..q.hedge_start].last().filter(in_sentence);
        let prev2 = q
            .hedge_start
            .checked_sub(2)
            .map(|i| &toks[i])
            .filter(in_sentence);
        let next = toks.get(q.last + 1).filter(in_sentence);
        let possessive = prev.filter(|t| t.kind == Kind::Word && t.stem().len() < t.text.len());
        let determiner = prev.is_some_and(|t| {
            // ("all 68 delegates in the Ohio primary" gives a whole set, often a new one.)
            ["the", "that", "this", "these", "those"]
                .iter()
                .chain(words::POSSESSIVES)
                .any(|d| t.is(d))
        });
        let whole_or_comparison = prev2.is_some_and(|t| t.is("of") || t.is("than"));
        // ("27.4 per cent of Tollgate" is what the percentage is of, not a part.)
        let part = next.is_some_and(|t| t.is("of") && q.unit != Unit::Percent)
            || prev.is_some_and(|t| t.has(words::PART_BEFORE));
        // "If Sanders had won half, he would have finished at 698.49 to Clinton's 696.57."
        let conditional = before.clone().any(|t| t.has(words::HYPOTHETICAL));
        let change = before.clone().take(3).any(|t| {
            t.has(words::CHANGE_VERBS | words::PROJECTION | words::HYPOTHETICAL) || t.is("from")
        });
        let set_off_age = conflicts::Written::of(text, q).unit() == Unit::Age;
        let named = toks
            .iter()
            .filter(|t| t.sentence() == sentence && t.kind == Kind::Word && t.is_capitalised())
            .map(|t| t.stem().to_lowercase())
            .collect();
        let markers = context::markers_near(toks, q.first, q.last);
        out.push(Mention {
            time: context::time_of(toks, &markers, q.first, q.last),
            source: context::source_of(toks, q.first),
            q: q.clone(),
            paragraph,
            sentence,
            near,
            flat: q.hedge == Hedge::Exact
                && q.upper.is_none()
                && !part
                && !change
                && !conditional
                && !set_off_age,
            definite: (determiner || possessive.is_some()) && !whole_or_comparison,
            thing: next
                .filter(|t| t.kind == Kind::Word && !t.has(words::STOP))
                .map(|t| (vocab.thing(&lemma(t.stem())).into_owned(), t.span())),
            additional: next.is_some_and(|t| INCREMENTS.iter().any(|w| t.is(w))),
            possessor: possessive.map(|t| t.stem().to_lowercase()),
            named,
        });
    }
}

/// Can both be true, given the leeway each one's rounding leaves ("42 per
/// cent" and "42.1 per cent")?
fn overlaps(a: &Quantity, b: &Quantity) -> bool {
    let (x, y) = (a.interval(), b.interval());
    x.0 <= y.1 && y.0 <= x.1
}

/// A word's rough stem ("nurses" → "nurs", "voted" → "vot"), or none for a
/// word that says nothing of what is counted.
fn stem(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    if lower.len() < 3 || EMPTY.contains(&lower.as_str()) {
        return None;
    }
    let mut s = lower.as_str();
    for suffix in ["ies", "es", "s", "ed", "ing", "e"] {
        if s.len() > suffix.len() + 3 {
            if let Some(rest) = s.strip_suffix(suffix) {
                s = rest;
                break;
            }
        }
    }
    Some(s.to_string())
}

/// A later mention that echoes an earlier one, with where the later one's
/// neighbourhood writes the word they share.
pub struct Echo<'m> {
    pub first: &'m Mention,
    pub later: &'m Mention,
    pub word: Span,
}

impl Mention {
    pub fn span(&self) -> &Span {
        &self.q.span
    }

    pub fn paragraph(&self) -> usize {
        self.paragraph
    }
}

/// Every definite mention that echoes an earlier one a slip of the keys away,
/// paired with the nearest such. `figures` (in document order) are the
/// reader's; `text` is the draft's.
pub fn echoes<'m>(text: &str, mentions: &'m [Mention], figures: &[Figure]) -> Vec<Echo<'m>> {
    let figure_at = |q: &Quantity| {
        figures
            .binary_search_by_key(&q.span.start, |f| f.q.span.start)
            .ok()
            .map(|i| &figures[i])
    };
    let lex = Lexicon::builtin();
    let mut seen: FastSet<(Unit, u64)> = FastSet::default();
    let mut out = Vec::new();
    for (n, b) in mentions.iter().enumerate() {
        let restates = seen.contains(&(b.q.unit, b.q.value.to_bits()));
        seen.insert((b.q.unit, b.q.value.to_bits()));
        if restates || !b.definite || !b.flat {
            continue;
        }
        let found = mentions[n.saturating_sub(LOOKBACK)..n]
            .iter()
            .rev()
            .find_map(|a| {
                let comparable = a.flat
                    && a.q.unit == b.q.unit
                    && a.q.scale_factor() == b.q.scale_factor()
                    && !overlaps(&a.q, &b.q)
                    && a.additional == b.additional
                    && (a.paragraph, a.sentence) != (b.paragraph, b.sentence)
                    && b.possessor.as_ref().is_none_or(|o| a.named.contains(o))
                // A reference with no time of its own takes the earlier figure's.
                && (b.time == Time::Present || a.time.compatible(&b.time))
                && (a.source.is_none() || b.source.is_none() || a.source == b.source)
                    && conflicts::slip(text, &a.q, &b.q) == Slip::Strong;
                if !comparable {
                    return None;
                }
                let word = match (&a.thing, &b.thing) {
                    (Some((x, _)), Some((y, at))) if x == y || lex.are_related(x, y) => at,
                    _ => {
                        &b.near
                            .iter()
                            .find(|(w, _)| a.near.iter().any(|(v, _)| v == w))?
                            .1
                    }
                };
                if let (Some(g), Some(f)) = (figure_at(&a.q), figure_at(&b.q)) {
                    if !conflicts::may_be_one(g, f) {
                        return None;
                    }
                }
                Some(Echo {
                    first: a,
                    later: b,
                    word: word.clone(),
                })
            });
        out.extend(found);
    }
    out
}
