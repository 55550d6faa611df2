//! Who said it: speech verbs ("said", "told", "according to") and the
//! constructions that credit a speaker, or pointedly do not ("has been described as").

use crate::fasthash::FastSet;
use std::sync::OnceLock;

use crate::document::Word;
use crate::finding::Span;

/// Speech and communication verbs in the forms that report what someone said
/// or wrote, one verb a line; a phrasal verb's forms are separated by "|"
/// ("went on|goes on").
const SPEECH_VERBS: &str = include_str!("../../data/quotes/speech-verbs.txt");

/// Nouns for what a source said or wrote, which credit it after "in",
/// "during" or "at", or with an owner: "in a statement", "in remarks to
/// reporters", "during an interview", "the senator's first tweet".
const SOURCE_NOUNS: &[&str] = quote_list!("source-nouns");

/// Participles that, after "is/was/has been", present words without saying whose they are.
const PASSIVE_SPEECH: &[&str] = quote_list!("passive-speech");

/// Speech verbs that, after a comma inside a quote, show the writer forgot the
/// closing mark: "‘We will rebuild, he said".
const BREAK_VERBS: &[&str] = quote_list!("break-verbs");

const BE: &[&str] = &["are", "be", "been", "being", "is", "was", "were"];

type WordSet = FastSet<&'static [u8]>;

/// The speech words (verb forms and source nouns), a bitmask of the letters
/// they start with (a cheap first test that most words fail), and the phrasal
/// verbs as (verb, particle).
struct Lexicon {
    words: WordSet,
    initials: u32,
    phrasal: Vec<(&'static str, &'static str)>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let lines = SPEECH_VERBS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        let mut single: Vec<&'static str> = SOURCE_NOUNS.to_vec();
        let mut phrasal = Vec::new();
        for line in lines {
            if line.contains('|') {
                phrasal.extend(line.split('|').filter_map(|p| p.trim().split_once(' ')));
            } else {
                single.extend(line.split_whitespace());
            }
        }
        let initials = single
            .iter()
            .filter_map(|w| w.bytes().next())
            .fold(0u32, |mask, b| mask | initial_bit(b));
        Lexicon {
            words: single.iter().map(|w| w.as_bytes()).collect(),
            initials,
            phrasal,
        }
    })
}

/// The bit for a word's first letter (case-insensitive); 0 for other bytes.
fn initial_bit(b: u8) -> u32 {
    let b = b.to_ascii_lowercase();
    if b.is_ascii_lowercase() {
        1 << (b - b'a')
    } else {
        0
    }
}

/// Whether `word` is a speech word (in any capitalisation), returned lower-cased.
fn speech_word<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let lexicon = lexicon();
    let first = *word.as_bytes().first()?;
    if word.len() < 3 || initial_bit(first) & lexicon.initials == 0 {
        return None;
    }
    let lowered = ascii_lower(word, buf)?;
    lexicon
        .words
        .contains(lowered.as_bytes())
        .then_some(lowered)
}

/// An ASCII word in lower case, in `buf`; `None` for words no list here holds
/// (longer than the buffer, or not ASCII).
fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// Whether `word` is `other` (ASCII, lower case) in any capitalisation.
// Inlined: left to itself the compiler sometimes calls it out of line, which
// cost a quote-heavy 556-word article 18k of its 107k quotes instructions.
#[inline(always)]
fn is(word: &Word<'_>, other: &str) -> bool {
    word.text.eq_ignore_ascii_case(other)
}

/// Whether a clause (the words of a sentence outside any quotation) credits a
/// speaker: a speech verb in the active voice or with an agent ("described by
/// the mayor as"), "according to", or "in a statement".
pub fn names_speaker(prose: &str, words: &[Word<'_>]) -> bool {
    credits(prose, words, Reading::Loose)
}

/// Whether a clause reports that somebody spoke, read strictly, for a
/// quotation in another paragraph: speech verbs that may be nouns ("an
/// earlier warning", "endless calls") or that name a thing ("what
/// forecasters call") do not count.
pub fn reports_speech(prose: &str, words: &[Word<'_>]) -> bool {
    credits(prose, words, Reading::Strict)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    Loose,
    Strict,
}

/// "will ask", "would say": speech still to come credits nothing said here.
fn not_yet(words: &[Word<'_>], i: usize) -> bool {
    const MODALS: &[&str] = &["could", "may", "might", "shall", "should", "will", "would"];
    i.checked_sub(1)
        .is_some_and(|p| MODALS.iter().any(|m| is(&words[p], m)))
}

/// Verbs that name a thing as much as report speech: "what they call".
const NAMING_VERBS: &[&str] = &[
    "branded", "call", "called", "calling", "calls", "dubbed", "labeled", "labelled", "termed",
];

fn credits(prose: &str, words: &[Word<'_>], reading: Reading) -> bool {
    for (i, word) in words.iter().enumerate() {
        if is(word, "according") && words.get(i + 1).is_some_and(|n| is(n, "to")) {
            return true;
        }
        if puts_it(words, i) || in_the_words_of(words, i) || phrasal_speech(prose, words, i) {
            return true;
        }
        if ends_clause_speaking(prose, words, i) {
            return true;
        }
        let mut buf = [0u8; 24];
        let Some(w) = speech_word(word.text, &mut buf) else {
            continue;
        };
        // "so-called", "self-described": not speech.
        let start = word.span.start;
        if start > 0 && prose.as_bytes()[start - 1] == b'-' {
            continue;
        }
        if SOURCE_NOUNS.contains(&w) {
            if in_a_source(words, i) {
                return true;
            }
            continue;
        }
        if used_as_noun(w, words, i) || goes_on_to_act(w, words, i) || negated(words, i) {
            continue;
        }
        if reading == Reading::Strict
            && (NAMING_VERBS.contains(&w) || is_nounish(w) || not_yet(words, i))
        {
            continue;
        }
        // "The scheme, described as ‘…’": a passive with its "is" left out.
        let reduced = PASSIVE_SPEECH.contains(&w)
            && words.get(i + 1).is_some_and(|n| is(n, "as") || is(n, "to"))
            && prose[..start].trim_end().ends_with(',');
        if (reduced || is_passive(prose, words, i)) && !has_agent(&words[i + 1..]) {
            continue;
        }
        return true;
    }
    false
}

/// Verbs that report speech only where they end the clause:
/// "Hannity pressed.", "Hollande retaliated.", not "pressed ahead".
const CLAUSE_FINAL: &[&str] = &["pressed", "retaliated"];

fn ends_clause_speaking(prose: &str, words: &[Word<'_>], i: usize) -> bool {
    let w = &words[i];
    if !CLAUSE_FINAL.iter().any(|c| is(w, c)) {
        return false;
    }
    let rest = prose[w.span.end..].trim_start();
    rest.is_empty() || rest.starts_with(['.', ',', ';', ':', '“', '"'])
}

/// A phrasal speech verb: "pointed out", "chimed in", and "went on" where it
/// ends the clause ("…,” she went on.", not "went on to win").
fn phrasal_speech(prose: &str, words: &[Word<'_>], i: usize) -> bool {
    let Some(next) = words.get(i + 1) else {
        return false;
    };
    let hit = lexicon()
        .phrasal
        .iter()
        .find(|(verb, particle)| is(&words[i], verb) && is(next, particle));
    let Some((_, particle)) = hit else {
        return false;
    };
    let ends_clause = || {
        let rest = prose[next.span.end..].trim_start();
        !rest.starts_with(char::is_alphanumeric)
    };
    *particle != "on" || ends_clause()
}

/// "put it bluntly", "as the coach put it", "puts it this way": a speaker's
/// way of saying something (but not "put it on hold", "put it into law").
fn puts_it(words: &[Word<'_>], i: usize) -> bool {
    const PLACES: &[&str] = &[
        "aside", "away", "back", "down", "forward", "in", "into", "off", "on", "onto", "out",
        "over", "through", "together", "up",
    ];
    ["put", "puts", "putting"].iter().any(|p| is(&words[i], p))
        && words.get(i + 1).is_some_and(|n| is(n, "it"))
        && !words
            .get(i + 2)
            .is_some_and(|n| PLACES.iter().any(|p| is(n, p)))
}

/// "in a statement", "during an interview with", "Trump's first tweet",
/// "issued a statement": the source noun `words[i]` after "in", "with",
/// "during", "at", an owner or a verb of issuing (a word or two between).
fn in_a_source(words: &[Word<'_>], i: usize) -> bool {
    const OWNERS: &[&str] = &["her", "his", "their"];
    const ISSUED: &[&str] = &["issued", "published", "released", "sent", "signed"];
    words[..i].iter().rev().take(3).any(|w| {
        ISSUED.iter().any(|v| is(w, v))
            || is(w, "in")
            || is(w, "with")
            || is(w, "during")
            || is(w, "at")
            || OWNERS.iter().any(|o| is(w, o))
            || w.text.ends_with("'s")
            || w.text.ends_with("’s")
    })
}

/// "in the words of the prosecutor".
fn in_the_words_of(words: &[Word<'_>], i: usize) -> bool {
    is(&words[i], "words")
        && i >= 2
        && is(&words[i - 2], "in")
        && is(&words[i - 1], "the")
        && words.get(i + 1).is_some_and(|n| is(n, "of"))
}

/// "declined to comment", "did not respond", "never said": speech that did
/// not happen credits nobody.
fn negated(words: &[Word<'_>], i: usize) -> bool {
    const NOT: &[&str] = &[
        "cannot",
        "couldn't",
        "couldn’t",
        "didn't",
        "didn’t",
        "never",
        "not",
        "won't",
        "won’t",
        "wouldn't",
        "wouldn’t",
    ];
    const REFUSED: &[&str] = &["declined", "declining", "refused", "refusing"];
    let back = |n: usize| i.checked_sub(n).map(|j| &words[j]);
    back(1).is_some_and(|w| NOT.iter().any(|n| is(w, n)))
        || (back(1).is_some_and(|w| is(w, "to"))
            && back(2).is_some_and(|w| REFUSED.iter().any(|r| is(w, r))))
}

/// "continued to rise", "agreed to pay", "continued delivering": verbs that
/// report speech only when they do not go on to another verb. `w` is
/// `words[i]` in lower case.
/// (", prompting cheers" after a comma is another clause.)
fn goes_on_to_act(w: &str, words: &[Word<'_>], i: usize) -> bool {
    const CARRY_ON: &[&str] = &["agreed", "agrees", "continued", "continues"];
    CARRY_ON.contains(&w)
        && words.get(i + 1).is_some_and(|n| {
            let directly = words[i].span.end + 1 == n.span.start;
            directly && (is(n, "to") || n.text.ends_with("ing"))
        })
}

/// Speech words that are also nouns: "amid calls for", "the union's demand".
const NOUNISH: &[&str] = quote_list!("nounish");

fn is_nounish(w: &str) -> bool {
    NOUNISH.contains(&w)
}

/// Speech words that are also nouns ("amid calls for", "the union's demand"),
/// read as nouns after a determiner, preposition or possessive. `w` is
/// `words[i]` in lower case.
fn used_as_noun(w: &str, words: &[Word<'_>], i: usize) -> bool {
    const DETERMINERS: &[&str] = &[
        "a",
        "after",
        "amid",
        "an",
        "any",
        "despite",
        "first",
        "following",
        "for",
        "fresh",
        "growing",
        "her",
        "his",
        "its",
        "last",
        "latest",
        "many",
        "my",
        "new",
        "no",
        "of",
        "our",
        "over",
        "recent",
        "renewed",
        "repeated",
        "several",
        "some",
        "such",
        "the",
        "their",
        "these",
        "this",
        "those",
        "with",
        "your",
    ];
    if !is_nounish(w) {
        return false;
    }
    let Some(prev) = i.checked_sub(1).map(|p| &words[p]) else {
        return false;
    };
    prev.text.ends_with("'s")
        || prev.text.ends_with("’s")
        || DETERMINERS.iter().any(|d| is(prev, d))
}

/// Whether the words just before a quotation present it in the passive voice
/// with nobody named ("has been described as", "is said to be"), so the
/// quotation is somebody's words, but whose is not said. `after` are the
/// sentence's words after the quotation (searched for an agent: "by critics").
pub fn passive_without_speaker(prose: &str, before: &[Word<'_>], after: &[Word<'_>]) -> bool {
    let n = before.len();
    let ends_with = |from_end: usize, w: &str| n > from_end && is(&before[n - 1 - from_end], w);
    // The participle sits right before the quotation, or before "as", "of", "for", "to" or "to be".
    let at = if ["as", "of", "for", "to"].iter().any(|w| ends_with(0, w)) {
        n.checked_sub(2)
    } else if ends_with(0, "be") && ends_with(1, "to") {
        n.checked_sub(3)
    } else {
        n.checked_sub(1)
    };
    let Some(at) = at else {
        return false;
    };
    if !PASSIVE_SPEECH.iter().any(|p| is(&before[at], p)) {
        return false;
    }
    // "The scheme, described as ‘…’": a passive with its "is" left out.
    // ("Nordhaus, an engineer, welcomed ‘…’" is active: a reduced passive
    // goes on with "as" or "to": "The scheme, described as ‘…’".)
    let after_comma = at + 1 < n && prose[..before[at].span.start].trim_end().ends_with(',');
    let agent = has_agent(&before[at + 1..]) || has_agent(after);
    (after_comma || is_passive(prose, before, at)) && !agent
}

/// `words[i]` is a participle after a form of "to be", perhaps with adverbs
/// between (not across a quotation: `are “…,” said Jones` is active).
fn is_passive(prose: &str, words: &[Word<'_>], i: usize) -> bool {
    let w = &words[i];
    let participle = w.text.ends_with("ed")
        || ["said", "told", "written", "sung", "read", "spoken"]
            .iter()
            .any(|p| is(w, p));
    if !participle {
        return false;
    }
    let mut after = w.span.start;
    for back in words[..i].iter().rev().take(3) {
        let gap = prose.get(back.span.end..after).unwrap_or("");
        if gap.contains(['“', '”', '"', '‘', '’']) && gap.trim().len() > 1 {
            return false;
        }
        after = back.span.start;
        if BE.iter().any(|b| is(back, b)) {
            return true;
        }
        let adverb = back.text.ends_with("ly")
            || [
                "also",
                "not",
                "often",
                "since",
                "once",
                "already",
                "even",
                "variously",
            ]
            .iter()
            .any(|a| is(back, a));
        if !adverb {
            return false;
        }
    }
    false
}

/// "by" and a noun phrase (not "by keeping", which gives a reason, not an agent).
fn has_agent(after: &[Word<'_>]) -> bool {
    after
        .windows(2)
        .any(|w| is(&w[0], "by") && !w[1].text.ends_with("ing"))
}

/// Where a quotation that was never closed probably ends: just after the comma
/// (or ? or !) that is followed by its speaker, as in "‘We will rebuild, the
/// mayor said". Returns the offset just after that punctuation.
pub fn break_in(prose: &str, range: Span) -> Option<usize> {
    let text = prose.get(range.clone())?;
    text.char_indices()
        .filter(|&(_, c)| matches!(c, ',' | '?' | '!'))
        .find(|&(i, c)| {
            let after = &text[i + c.len_utf8()..];
            after.starts_with(char::is_whitespace) && introduces_speaker(after)
        })
        .map(|(i, c)| range.start + i + c.len_utf8())
}

/// Whether the text after a closing mark names who spoke: `” he said.`
pub fn speaker_follows(after: &str) -> bool {
    introduces_speaker(after)
}

/// Whether `after` (the text after a comma) opens with a speaker and a speech
/// verb: "he said", "a senior official said", "said Cllr Mehta".
fn introduces_speaker(after: &str) -> bool {
    let mut tokens = after.split_whitespace();
    for n in 0..7 {
        let Some(token) = tokens.next() else {
            return false;
        };
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() {
            return false;
        }
        let mut buf = [0u8; 24];
        let w = ascii_lower(word, &mut buf).unwrap_or("");
        if n == 0 && is_clause_opener(w) {
            return false;
        }
        if BREAK_VERBS.contains(&w) {
            if n > 0 {
                return true;
            }
            // "said Cllr Mehta", "said the spokesman"
            return tokens.next().is_some_and(|next| {
                let next = next.trim_matches(|c: char| !c.is_alphanumeric());
                let mut buf = [0u8; 24];
                next.starts_with(char::is_uppercase)
                    || matches!(
                        ascii_lower(next, &mut buf).unwrap_or(""),
                        "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "he"
                            | "she"
                            | "they"
                    )
            });
        }
        let stops = token
            .trim_end_matches(['”', '’', '"', '\''])
            .ends_with(['.', ';', ':', ',', '!', '?']);
        if stops || token.contains(['“', '‘', '"']) {
            return false;
        }
    }
    false
}

/// Words that start a clause of the quote itself rather than its attribution.
fn is_clause_opener(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "but"
            | "or"
            | "so"
            | "because"
            | "which"
            | "that"
            | "who"
            | "when"
            | "while"
            | "if"
            | "as"
            | "then"
            | "though"
            | "although"
            | "yet"
            | "i"
            | "we"
            | "you"
            | "nor"
            | "where"
            | "unless"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};

    fn speaker(sentence: &str) -> bool {
        let doc = Document::parse(sentence, Format::PlainText);
        let words: Vec<Word<'_>> = doc.words(0..sentence.len());
        names_speaker(&doc.prose, &words)
    }

    #[test]
    fn active_speech_names_a_speaker() {
        assert!(speaker("The minister told reporters on Monday"));
        assert!(speaker("according to the ministry"));
        assert!(speaker("The scheme has been described by the mayor as"));
        assert!(speaker("what he called"));
    }

    #[test]
    fn passives_and_so_called_do_not() {
        assert!(!speaker("The plan has been described as"));
        assert!(!speaker("the so-called"));
        assert!(!speaker(
            "The firm has been accused of cutting corners by keeping gates shut"
        ));
    }

    #[test]
    fn breaks_find_the_forgotten_close() {
        let t = "We will not move, a senior official said, and left.";
        assert_eq!(
            break_in(t, 0..t.len()),
            Some(t.find(',').map_or(0, |i| i + 1))
        );
        let t = "It is done, said Cllr Mehta.";
        assert!(break_in(t, 0..t.len()).is_some());
        let t = "We came, and they said nothing.";
        assert_eq!(break_in(t, 0..t.len()), None);
    }
}
