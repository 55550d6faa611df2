//! Names: finds mentions of people, places and organisations, and reports one
//! name spelled two ways or a well-known name spelled wrong.

mod consistency;
mod index;
mod mentions;
mod ordinary;
mod spelling;
mod variants;

use std::sync::Arc;

use crate::config::NameStyle;
use crate::document::Document;
use crate::finding::Finding;
use crate::reference::Person;

use index::{name_words, Index};
use mentions::Mention;
use variants::fold;

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
pub fn check_with_people(doc: &Document<'_>, style: &NameStyle, people: &[Person]) -> Vec<Finding> {
    let index = Index::build(people.to_vec());
    run(doc, style, &[&index])
}

fn run(doc: &Document<'_>, style: &NameStyle, indexes: &[&Index]) -> Vec<Finding> {
    let ctx = Context::new(doc, style, indexes);
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
}

impl<'d, 'a> Context<'d, 'a> {
    fn new(doc: &'d Document<'a>, style: &'d NameStyle, indexes: &'d [&'d Index]) -> Self {
        let mentions = mentions::find(doc);
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
        };
        ctx.matched = (0..ctx.mentions.len()).map(|i| ctx.reference_match(i)).collect();
        ctx
    }

    /// The reference person a mention names exactly (allowing case, diacritics
    /// and hyphens), also when a stray capitalised word leads it.
    fn reference_match(&self, i: usize) -> Option<PersonRef> {
        let m = &self.mentions[i];
        if m.word_count() < 2 {
            return None;
        }
        let n = m.parts.len();
        let windows = if n >= 3 { vec![0, 1] } else { vec![0] };
        for from in windows {
            let key: String = m.parts[from..].iter().map(|p| p.folded.as_str()).collect();
            for (x, ix) in self.indexes.iter().enumerate() {
                if let Some(&id) = ix.accepted(&key).first() {
                    return Some((x, ix.spelling(id).person));
                }
            }
        }
        None
    }

    pub fn person(&self, r: PersonRef) -> &Person {
        &self.indexes[r.0].people[r.1]
    }

    /// The newsroom accepted this mention as written (whole name or a part of one).
    pub fn is_accepted(&self, mention: usize) -> bool {
        let words: Vec<&str> = self.mentions[mention]
            .words()
            .map(|p| p.folded.as_str())
            .collect();
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
        self.style
            .accept
            .iter()
            .any(|a| a.trim() == text)
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
        self.indexes.iter().map(|ix| ix.people_with_last(folded)).sum()
    }
}

/// One word of one mention: (mention, part).
pub(crate) type Occurrence = (usize, usize);
