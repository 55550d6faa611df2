//! Names: finds mentions of people, places and organisations, and reports one
//! name spelled two ways or a well-known name spelled wrong.

mod consistency;
pub(crate) mod english;
mod gazetteer;
mod index;
mod listed;
mod listed_slips;
mod mentions;
pub(crate) mod ordinary;
mod pairs;
mod sorted_lines;
mod spelling;
mod variants;

pub mod inconsistent_name;
pub mod misspelled_name;

use crate::fasthash::FastSet as HashSet;
use std::cell::OnceCell;
use std::sync::Arc;

use crate::config::NameStyle;
use crate::document::Document;
use crate::finding::Finding;

pub(crate) use mentions::is_org_word;

use index::{name_words, Index, Listed};
use mentions::Mention;
use ordinary::is_ordinary;
pub(crate) use variants::fold;

/// A word no person is read as: a common English word, a place, an
/// organisation or a people's name ("street", "leeds", "nato", "welsh"), folded.
pub(crate) fn is_not_a_name(folded: &str) -> bool {
    english::is_english_word(folded)
        || gazetteer::is_place(folded)
        || gazetteer::is_organisation(folded)
        || gazetteer::is_demonym(folded)
}

/// Check a draft's names against the shipped reference list, the newsroom's
/// extra lists and its house style.
pub fn check(doc: &Document<'_>, style: &NameStyle) -> Vec<Finding> {
    let extra: Option<Arc<Index>> = if style.reference.is_empty() {
        None
    } else {
        // A broken extra list is reported where it is read (the workspace);
        // here it simply adds nobody.
        Index::extra(&style.reference).ok()
    };
    let mut indexes: Vec<&Index> = vec![Index::builtin()];
    if let Some(extra) = &extra {
        indexes.push(extra);
    }
    run(doc, style, &indexes)
}

/// Check against the given people only (no shipped list): for tests and tools
/// that bring their own reference list.
pub fn check_with_people(
    doc: &Document<'_>,
    style: &NameStyle,
    people: &[crate::reference::Person],
) -> Vec<Finding> {
    let index = Index::build(people.to_vec());
    run(doc, style, &[&index])
}

fn run(doc: &Document<'_>, style: &NameStyle, indexes: &[&Index]) -> Vec<Finding> {
    let (folded, parts, found) = mentions::find(doc).into_lists();
    let parts = mentions::with_folded(&folded, parts);
    let ctx = Context::new(doc, style, indexes, mentions::with_parts(&parts, found));
    let (mut findings, misspelled) = spelling::check(&ctx);
    findings.extend(consistency::check(&ctx, &misspelled));
    findings.sort_by_key(|f| (f.span.start, f.span.end));
    findings
}

/// A reference person found in a list: (which index, which person).
pub(crate) type PersonRef = (usize, usize);

/// What both name checks share: the mentions, the reference lists, the house style.
pub(crate) struct Context<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub mentions: Vec<Mention<'a>>,
    pub indexes: &'d [&'d Index],
    pub style: &'d NameStyle,
    /// `accept` names, as folded words.
    accepted: Vec<Vec<String>>,
    /// Per mention: the reference person it names with an accepted spelling.
    pub matched: Vec<Option<PersonRef>>,
    /// Per mention: the newsroom accepted it as written.
    pub accepted_mention: Vec<bool>,
    /// The reference people some mention names exactly.
    pub named: HashSet<PersonRef>,
    /// The words used somewhere other than first in a sentence, built once a check.
    inside: OnceCell<HashSet<&'a str>>,
    /// The letters beyond ASCII the draft's names are written with, lower case,
    /// sorted (worked out once, if asked).
    accented_letters: OnceCell<Vec<char>>,
}

impl<'d, 'a> Context<'d, 'a> {
    fn new(
        doc: &'d Document<'a>,
        style: &'d NameStyle,
        indexes: &'d [&'d Index],
        mut mentions: Vec<Mention<'a>>,
    ) -> Self {
        let inside = OnceCell::new();
        if let Some(words) = drop_sentence_openers(&mut mentions, indexes) {
            let _ = inside.set(words);
        }
        let accepted = style
            .accept
            .iter()
            .map(|n| name_words(n).iter().map(|w| fold(w)).collect())
            .collect();
        let mut ctx = Context {
            doc,
            mentions,
            indexes,
            style,
            accepted,
            matched: Vec::new(),
            accepted_mention: Vec::new(),
            named: HashSet::default(),
            inside,
            accented_letters: OnceCell::new(),
        };
        let mut key = String::new();
        ctx.matched = (0..ctx.mentions.len())
            .map(|i| ctx.reference_match(i, &mut key))
            .collect();
        ctx.named = ctx.matched.iter().flatten().copied().collect();
        for i in 0..ctx.mentions.len() {
            if ctx.matched[i].is_none() && ctx.names_organisation(i, &mut key) {
                ctx.mentions[i].org = true;
            }
        }
        ctx.accepted_mention = (0..ctx.mentions.len())
            .map(|i| ctx.is_accepted(i))
            .collect();
        ctx
    }

    /// Does a mention name an organisation the gazetteer lists ("Tories",
    /// "Goldman Sachs", "Manchester United")? A single word that people also
    /// bear as a name ("Ford", "Dell") is left to the article to decide, and
    /// so is a founder's name the article makes a person's.
    fn names_organisation(&self, i: usize, key: &mut String) -> bool {
        let m = &self.mentions[i];
        if m.org {
            return false;
        }
        key.clear();
        m.parts.iter().for_each(|p| key.push_str(p.folded));
        if !gazetteer::is_organisation(key) {
            return false;
        }
        if m.word_count() == 1 {
            return !(is_ordinary(key) || self.is_reference_word(key));
        }
        // "Ralph Lauren said": a given name and a title or a speech verb make
        // the company's founder a person here.
        let given = m.parts[0].is_word() && ordinary::is_common_given(m.parts[0].folded);
        !(given && (m.titled || mentions::person_cue(self.doc, &m.span)))
    }

    /// The reference person a mention names exactly (allowing case, diacritics
    /// and hyphens), also when a stray capitalised word leads it.
    fn reference_match(&self, i: usize, key: &mut String) -> Option<PersonRef> {
        let m = &self.mentions[i];
        if m.word_count() < 2 {
            return None;
        }
        let n = m.parts.len();
        let windows: &[usize] = if n >= 3 { &[0, 1] } else { &[0] };
        for &from in windows {
            key.clear();
            key.extend(m.parts[from..].iter().map(|p| p.folded));
            for (x, ix) in self.indexes.iter().enumerate() {
                if let Some(&id) = ix.accepted(key).first() {
                    return Some((x, ix.spelling(id).person));
                }
            }
        }
        None
    }

    /// The words that appear somewhere other than at the start of a sentence
    /// (every word but the first of a sentence-initial mention).
    pub fn inside_words(&self) -> &HashSet<&'a str> {
        self.inside
            .get_or_init(|| words_inside_sentences(&self.mentions))
    }

    /// Would the draft write this letter beyond ASCII in a name? Yes if it
    /// writes it in some name; else by the accents it does write: a draft with
    /// "Inés Márquez" writes the accents of Western European languages (Latin-1)
    /// but, as many English papers do, not necessarily "ğ" ("Erdogan"), which
    /// it is offered only once some name has a letter beyond Latin-1 ("Wałęsa").
    pub fn writes_letter(&self, c: char) -> bool {
        let written = self.accented_letters.get_or_init(|| {
            let mut letters: Vec<char> = self
                .mentions
                .iter()
                .flat_map(|m| m.parts.iter())
                .flat_map(|p| p.text.chars())
                .filter(|c| !c.is_ascii() && c.is_alphabetic())
                .flat_map(char::to_lowercase)
                .collect();
            letters.sort_unstable();
            letters.dedup();
            letters
        });
        let latin1 = |c: char| u32::from(c) <= 0xFF;
        let c = c.to_lowercase().next().unwrap_or(c);
        written.binary_search(&c).is_ok()
            || if latin1(c) {
                !written.is_empty()
            } else {
                written.iter().any(|&w| !latin1(w))
            }
    }

    pub fn person(&self, r: PersonRef) -> &Listed {
        &self.indexes[r.0].people[r.1]
    }

    /// The newsroom accepted this mention as written (whole name or a part of one).
    pub fn is_accepted(&self, mention: usize) -> bool {
        if self.accepted.is_empty() {
            return false;
        }
        let words: Vec<&str> = self.mentions[mention].words().map(|p| p.folded).collect();
        !words.is_empty()
            && self.accepted.iter().any(|acc| {
                acc.len() >= words.len()
                    && acc
                        .windows(words.len())
                        .any(|w| w.iter().map(String::as_str).eq(words.iter().copied()))
            })
    }

    /// The newsroom accepted this single word as written ("accept = [\"Zelenskyy\"]").
    pub fn is_accepted_word(&self, text: &str) -> bool {
        self.style.accept.iter().any(|a| a.trim() == text)
    }

    /// Is a folded word part of some reference name?
    pub fn is_reference_word(&self, folded: &str) -> bool {
        self.indexes.iter().any(|ix| ix.contains_word(folded))
    }

    /// Is a folded word the first word of some reference name?
    pub fn is_reference_first(&self, folded: &str) -> bool {
        self.indexes.iter().any(|ix| ix.is_first_word(folded))
    }

    /// How many reference people carry this last word.
    pub fn people_with_last(&self, folded: &str) -> u32 {
        self.indexes
            .iter()
            .map(|ix| ix.people_with_last(folded))
            .sum()
    }
}

/// One word of one mention: (mention, part).
pub(crate) type Occurrence = (usize, usize);

/// "Later Kim Jong-un left": a capitalised word that opens a sentence before a
/// name the draft or the reference list knows is not part of it, unless it is
/// a name itself (an ordinary or reference name, a slip of one, or the given
/// name written with that surname elsewhere). Hands back the words used inside
/// sentences when it needed them: dropping an opener does not change them.
fn drop_sentence_openers<'a>(
    mentions: &mut [Mention<'a>],
    indexes: &[&Index],
) -> Option<HashSet<&'a str>> {
    let (drop, inside) = sentence_openers_to_drop(mentions, indexes);
    for (m, drop) in mentions.iter_mut().zip(drop) {
        if drop {
            m.parts = &m.parts[1..];
            m.span.start = m.parts[0].span.start;
            m.sentence_initial = false;
        }
    }
    inside
}

/// Which mentions lose their first word (decided before any is changed), and
/// the words used inside sentences if they were needed.
fn sentence_openers_to_drop<'a>(
    mentions: &[Mention<'a>],
    indexes: &[&Index],
) -> (Vec<bool>, Option<HashSet<&'a str>>) {
    let mut drop = vec![false; mentions.len()];
    // Only an opener that is a word and no ordinary one can be dropped: without
    // one, the lookups below are not built at all.
    let candidate = |m: &Mention<'_>| {
        m.sentence_initial
            && m.parts.len() >= 2
            && m.parts[0].is_word()
            && !ordinary::is_ordinary(m.parts[0].folded)
    };
    if !mentions.iter().any(candidate) {
        return (drop, None);
    }
    // The keys of mentions not opening a sentence, run together in one buffer.
    let mut joined = String::new();
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::with_capacity(mentions.len());
    for m in mentions.iter().filter(|m| !m.sentence_initial) {
        let start = joined.len();
        joined.extend(m.parts.iter().map(|p| p.folded));
        ranges.push(start..joined.len());
    }
    let mut keys: HashSet<&str> =
        HashSet::with_capacity_and_hasher(ranges.len(), Default::default());
    keys.extend(ranges.iter().map(|r| &joined[r.clone()]));
    // (last word, first word) of every full name, sorted: one list, not a Vec per surname.
    let mut full_names: Vec<(&str, &str)> = Vec::with_capacity(mentions.len());
    for m in mentions {
        if m.word_count() >= 2 {
            let last = m.parts[m.parts.len() - 1].folded;
            full_names.push((last, m.parts[0].folded));
        }
    }
    let inside = words_inside_sentences(mentions);
    full_names.sort_unstable();
    // The same pairs once each, for the walks over a surname's given names: a
    // long draft that repeats a name would otherwise walk every repeat for
    // every opener (quadratic); `full_names` keeps the repeats for the count.
    let mut distinct = full_names.clone();
    distinct.dedup();
    let mut rest = String::new();
    for (m, drop) in mentions.iter().zip(drop.iter_mut()) {
        if !candidate(m) {
            continue;
        }
        let first = m.parts[0].folded;
        rest.clear();
        rest.extend(m.parts[1..].iter().map(|p| p.folded));
        let last = m.parts[m.parts.len() - 1].folded;
        let known_rest = keys.contains(rest.as_str())
            || indexes.iter().any(|ix| !ix.accepted(&rest).is_empty())
            || with_last(&full_names, last).len() > 1;
        if !known_rest || inside.contains(first) {
            continue;
        }
        let near = |a: &str, b: &str| variants::likeness(a, b) != variants::Likeness::Different;
        let given_elsewhere = with_last(&distinct, last)
            .iter()
            .any(|&(_, f)| f != first && near(first, f));
        let reference_given = indexes.iter().any(|ix| {
            ix.contains_word(first)
                || ix.with_word(last).iter().any(|&id| {
                    ix.spelling(id)
                        .folded
                        .first()
                        .is_some_and(|f| near(first, f))
                })
        });
        *drop = !given_elsewhere && !reference_given;
    }
    (drop, Some(inside))
}

/// Every word of the mentions but the first of a sentence-initial one.
fn words_inside_sentences<'a>(mentions: &[Mention<'a>]) -> HashSet<&'a str> {
    let parts = mentions.iter().map(|m| m.parts.len()).sum();
    let mut words = HashSet::with_capacity_and_hasher(parts, Default::default());
    for m in mentions {
        let skip = usize::from(m.sentence_initial);
        words.extend(m.parts.iter().skip(skip).map(|p| p.folded));
    }
    words
}

/// The full names (last word, first word) with this last word, from a sorted list.
fn with_last<'l, 'w>(full_names: &'l [(&'w str, &'w str)], last: &str) -> &'l [(&'w str, &'w str)] {
    let from = full_names.partition_point(|&(l, _)| l < last);
    let to = full_names.partition_point(|&(l, _)| l <= last);
    &full_names[from..to]
}
