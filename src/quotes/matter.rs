//! What quoted matter is: somebody's words, which need a speaker, or a term,
//! title, nickname, slogan or scare quote, which do not.

use super::attribution;
use super::context::Context;
use super::pairing::Quotation;
use crate::document::Word;
use crate::finding::Span;

/// The kind of thing between the marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Matter {
    /// Somebody's words, presented as such.
    Words,
    /// A coined term, scare quote, nickname, title or slogan; or a phrase too
    /// short or too loosely placed to be sure it is anyone's words.
    Term,
}

/// Words before a quotation that make it a name rather than speech.
const NAMING: &[&str] = quote_list!("naming");

/// Works and campaigns whose titles follow them.
const WORKS: &[&str] = quote_list!("works");

/// Small words that stay lower case in a title.
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "at", "by", "de", "del", "der", "el", "for", "from", "in", "la", "le", "of",
    "on", "or", "the", "to", "van", "von", "with",
];

/// Decide what a top-level quotation is. Only its first part decides how it
/// begins and its last part how it ends.
pub fn classify(cx: &Context<'_, '_>, q: &Quotation) -> Matter {
    let (Some(first), Some(last)) = (q.parts.first(), q.parts.last()) else {
        return Matter::Term;
    };
    let prose = cx.prose();
    let content_end = last.close.map_or(last.span.end, |c| c.at);
    let content = &prose[first.open.end()..content_end.max(first.open.end())];
    let words = content
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    if words < 2 || is_title(content) {
        return Matter::Term;
    }

    let open_sentence = cx.sentence(first.para, cx.sentence_at(first.para, first.span.start));
    let before = cx.words_outside(open_sentence.start.min(first.span.start)..first.span.start);
    if introduced_as_name(before) {
        return Matter::Term;
    }

    let prefix = &prose[open_sentence.start.min(first.span.start)..first.span.start];
    let close_sentence = cx.sentence(
        last.para,
        cx.sentence_at(last.para, last.span.end.saturating_sub(1)),
    );
    let suffix = &prose[last.span.end.min(close_sentence.end)..close_sentence.end];
    let no_words = |s: &str| !s.chars().any(char::is_alphanumeric);

    // A sentence (or more) of its own: “We will rebuild.”
    if no_words(prefix) && no_words(suffix) && words >= 3 {
        return Matter::Words;
    }
    // Introduced by a colon: Then came the reply: “We are going nowhere.”
    let starts_upper = content.trim_start().starts_with(char::is_uppercase);
    if prefix.trim_end().ends_with(':') && starts_upper && words >= 3 {
        return Matter::Words;
    }
    // Presented as words with nobody named: “has been described as ‘…’”.
    let after = cx.words_outside(last.span.end.min(close_sentence.end)..close_sentence.end);
    if attribution::passive_without_speaker(cx.prose(), before, after) {
        return Matter::Words;
    }
    // A claim, call or promise with nobody making it: “amid calls for ‘…’”.
    if words >= 3 && unowned_claim_before(before) {
        return Matter::Words;
    }
    // A quotation set into a sentence of the writer's own is somebody's words
    // when it speaks in person (“our cities”, “I will not resign”) or is too
    // long for a term or scare quote (“arrived far too late for anyone on the
    // hill”) — unless the clause before it has an agent, the source as its
    // subject or owner (“The mayor likened the plan to ‘…’”, “the ad
    // targets a ‘…’”, “his ‘…’ promise”). (A long one that opens with a
    // capital is more likely a title in sentence case: the blog post “Why
    // our town said no”.)
    let starts_lower = content.trim_start().starts_with(char::is_lowercase);
    let in_person = words >= 3 && speaks_in_person(content);
    let long = words >= LONG_PARTIAL && starts_lower;
    if (in_person || long) && !has_agent(prose, before) && !modified_noun(before) {
        return Matter::Words;
    }
    Matter::Term
}

/// Written sources whose wording a sentence may quote.
const DOCUMENTS: &[&str] = quote_list!("documents");

/// Sources that are not people, whose words a sentence may quote.
const SOURCES: &[&str] = quote_list!("sources");

/// People and bodies that speak, as the subject of a clause that quotes them:
/// "The inspectors found the wards ‘…’", "the bank sees ‘…’".
const SPEAKERS: &[&str] = quote_list!("speakers");

/// Personal pronouns and possessives that make someone the agent of a clause.
const PERSONAL: &[&str] = &[
    "he", "her", "his", "i", "my", "our", "she", "their", "them", "they", "we",
];

/// Whether the words of a sentence before a quotation have an agent who may
/// be its source: a name (a capitalised word, not a sentence opener), a personal
/// pronoun or possessive, a possessive noun (“the senator’s answer”), a
/// person or body that speaks (“the inspectors found”), or a document (“the
/// law requires landlords to provide ‘…’”, “the report”).
pub fn has_agent(prose: &str, before: &[Word<'_>]) -> bool {
    before.iter().enumerate().any(|(i, w)| {
        let lower = w.text.to_lowercase();
        let after = &prose[w.span.end..];
        let base = lower.split(['\'', '’']).next().unwrap_or("");
        let opener = i == 0 && OPENERS.contains(&base);
        (w.text.starts_with(char::is_uppercase) && !opener)
            || PERSONAL.contains(&lower.as_str())
            || owner(&lower)
            || (lower.ends_with('s') && after.starts_with(['\'', '’']))
            || DOCUMENTS.contains(&lower.as_str())
            || SOURCES.contains(&lower.as_str())
            || SPEAKERS.contains(&lower.as_str())
    })
}

/// A determiner right before the quotation makes it a phrase inside a noun
/// phrase, not speech: the “longest standoff in our history”.
fn modified_noun(before: &[Word<'_>]) -> bool {
    const DETERMINERS: &[&str] = &["a", "an", "the", "this", "that", "these", "those"];
    before
        .last()
        .is_some_and(|w| DETERMINERS.iter().any(|d| w.text.eq_ignore_ascii_case(d)))
}

/// Words that open sentences without naming anybody.
const OPENERS: &[&str] = quote_list!("openers");

/// Words whose "’s" is a contraction, not an owner: "it’s", "that’s".
const NOT_OWNERS: &[&str] = &[
    "he", "here", "how", "it", "let", "she", "that", "there", "what", "where", "who",
];

/// A possessive noun ("the senator’s"), not a contraction ("it’s").
fn owner(lower: &str) -> bool {
    let stem = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"));
    stem.is_some_and(|s| !NOT_OWNERS.contains(&s))
}

/// Whether a quotation is presented as somebody's words while saying whose
/// they are not: “has been described as ‘…’”, “amid calls for ‘…’”. A speaker
/// named elsewhere nearby does not own such words.
pub fn presented_without_owner(cx: &Context<'_, '_>, q: &Quotation) -> bool {
    let (Some(first), Some(last)) = (q.parts.first(), q.parts.last()) else {
        return false;
    };
    let open_sentence = cx.sentence(first.para, cx.sentence_at(first.para, first.span.start));
    let before = cx.words_outside(open_sentence.start.min(first.span.start)..first.span.start);
    let close_sentence = cx.sentence(
        last.para,
        cx.sentence_at(last.para, last.span.end.saturating_sub(1)),
    );
    let after = cx.words_outside(last.span.end.min(close_sentence.end)..close_sentence.end);
    attribution::passive_without_speaker(cx.prose(), before, after) || unowned_claim_before(before)
}

/// How many words make a partial quotation too long to be a term or scare quote.
const LONG_PARTIAL: usize = 6;

/// The words before a quotation make it a name: "known as", "a sign reading",
/// "so-called", or a work's noun right before its title ("the report ‘…’").
fn introduced_as_name(before: &[Word<'_>]) -> bool {
    let named = before.iter().rev().take(4).any(|w| {
        let w = w.text.to_lowercase();
        NAMING.contains(&w.as_str()) || w == "so-called" || w == "styled"
    });
    let work = before
        .last()
        .is_some_and(|w| WORKS.contains(&w.text.to_lowercase().as_str()));
    let so_called = before.len() >= 2
        && before[before.len() - 1].text.eq_ignore_ascii_case("called")
        && before[before.len() - 2].text.eq_ignore_ascii_case("so");
    named || so_called || work
}

/// Whether the quoted `span` (marks included) of paragraph `para` is a name,
/// title or single word rather than anybody's words: `the ‘Purple Book’`.
pub fn is_name(cx: &Context<'_, '_>, para: usize, span: Span) -> bool {
    let prose = cx.prose();
    let inner = prose[span.clone()]
        .trim_start_matches(['“', '‘', '"', '\''])
        .trim_end_matches(['”', '’', '"', '\'']);
    let words = inner
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    let sentence = cx.sentence(para, cx.sentence_at(para, span.start));
    let before = cx.words_outside(sentence.start.min(span.start)..span.start);
    words < 2 || is_title(inner) || introduced_as_name(before)
}

/// Whether the quoted `span` of paragraph `p` reads as somebody's words: three
/// words or more, and not a name or title.
pub fn is_speech(cx: &Context<'_, '_>, p: usize, span: Span) -> bool {
    let inner = cx.prose()[span.clone()]
        .trim_start_matches(['“', '‘', '"', '\''])
        .trim_end_matches(['”', '’', '"', '\'']);
    let words = inner
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    words >= 3 && !is_name(cx, p, span)
}

/// Nouns for things people say, which a quotation may fill in.
const CLAIM_NOUNS: &[&str] = quote_list!("claim-nouns");

/// The quotation completes a claim-noun that nobody owns: "amid claims of",
/// "calls for", "warnings that" (but not "the union's demand for", "his promise of").
fn unowned_claim_before(before: &[Word<'_>]) -> bool {
    let lowered = |i: usize| before[i].text.to_lowercase();
    let Some(last) = before.len().checked_sub(1) else {
        return false;
    };
    let preposition = matches!(
        lowered(last).as_str(),
        "of" | "for" | "that" | "to" | "about"
    );
    let Some(noun_at) = last.checked_sub(usize::from(preposition)) else {
        return false;
    };
    if !CLAIM_NOUNS.contains(&lowered(noun_at).as_str()) {
        return false;
    }
    let owned = noun_at.checked_sub(1).is_some_and(|i| {
        let t = before[i].text;
        t.ends_with("'s")
            || t.ends_with("’s")
            || t.ends_with(['\'', '’'])
            || (i > 0 && t.starts_with(char::is_uppercase))
            || matches!(
                lowered(i).as_str(),
                "his" | "her" | "their" | "its" | "my" | "our" | "your"
            )
    });
    !owned
}

/// First- or second-person words, as only a speaker uses them.
fn speaks_in_person(content: &str) -> bool {
    content
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .enumerate()
        .any(|(i, w)| {
            if w == "I" || w.starts_with("I'") || w.starts_with("I’") {
                return true;
            }
            let lowered = w.to_lowercase();
            let as_written = w == lowered || (i <= 1 && w.chars().skip(1).all(char::is_lowercase));
            as_written
                && matches!(
                    lowered.replace('’', "'").as_str(),
                    "me" | "my"
                        | "mine"
                        | "myself"
                        | "we"
                        | "we're"
                        | "we've"
                        | "we'll"
                        | "we'd"
                        | "us"
                        | "our"
                        | "ours"
                        | "ourselves"
                        | "you"
                        | "your"
                        | "you're"
                        | "you've"
                        | "you'll"
                        | "yours"
                )
        })
}

/// Title case with no sentence inside: “The Tortured Poets Department”, “Shake It Off”.
fn is_title(content: &str) -> bool {
    let body = content.trim().trim_end_matches([',', '.', '!', '?']);
    if body.contains(['.', '!', '?', ';', ':']) {
        return false;
    }
    let mut any = false;
    for word in body.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = word.chars().next() else {
            continue;
        };
        any = true;
        let small = TITLE_SMALL_WORDS.contains(&word.to_lowercase().as_str());
        if !(first.is_uppercase() || first.is_ascii_digit() || small) {
            return false;
        }
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_capitalised_without_sentences() {
        assert!(is_title("The Tortured Poets Department."));
        assert!(is_title("Shake It Off,"));
        assert!(!is_title("We will rebuild."));
        assert!(!is_title("Go Home. Now."));
    }
}
