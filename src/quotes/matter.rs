//! What quoted matter is: somebody's words, which need a speaker, or a term,
//! title, nickname, slogan or scare quote, which do not.

use super::attribution;
use super::context::Context;
use super::pairing::Quotation;

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
const NAMING: &[&str] = &[
    "banner",
    "billed",
    "brand",
    "caption",
    "captioned",
    "dubbed",
    "entitled",
    "hashtag",
    "headline",
    "headlined",
    "known",
    "label",
    "marked",
    "motto",
    "named",
    "nicknamed",
    "placard",
    "placards",
    "read",
    "reading",
    "reads",
    "sign",
    "signs",
    "slogan",
    "stamped",
    "tagline",
    "theme",
    "title",
    "titled",
    "word",
    "words",
];

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
    let before = cx.words_outside(first.para, open_sentence.start..first.span.start);
    let named = before
        .iter()
        .rev()
        .take(4)
        .any(|w| NAMING.contains(&w.text.to_lowercase().as_str()));
    if named {
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
    let after = cx.words_outside(
        last.para,
        last.span.end.min(close_sentence.end)..close_sentence.end,
    );
    if attribution::passive_without_speaker(&before, &after) {
        return Matter::Words;
    }
    Matter::Term
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
