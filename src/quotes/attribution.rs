//! Who said it: speech verbs ("said", "told", "according to") and the
//! constructions that credit a speaker, or pointedly do not ("has been described as").

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::document::Word;
use crate::finding::Span;

/// Verbs (in the forms that report speech) and nouns that credit words to a source.
const SPEECH_WORDS: &[&str] = &[
    "acknowledge",
    "acknowledged",
    "acknowledges",
    "add",
    "added",
    "adding",
    "adds",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "announce",
    "announced",
    "announces",
    "announcing",
    "answered",
    "appealed",
    "argue",
    "argued",
    "argues",
    "arguing",
    "ask",
    "asked",
    "asking",
    "asks",
    "assert",
    "asserted",
    "asserts",
    "blasted",
    "blogged",
    "boasted",
    "branded",
    "call",
    "called",
    "calling",
    "calls",
    "caution",
    "cautioned",
    "cautioning",
    "cautions",
    "chant",
    "chanted",
    "chanting",
    "chants",
    "characterised",
    "characterized",
    "claim",
    "claimed",
    "claiming",
    "claims",
    "commented",
    "complain",
    "complained",
    "complains",
    "concede",
    "conceded",
    "concedes",
    "conceding",
    "concluded",
    "condemned",
    "confirm",
    "confirmed",
    "confirms",
    "contend",
    "contended",
    "contends",
    "cried",
    "criticised",
    "criticized",
    "decried",
    "declare",
    "declared",
    "declares",
    "declaring",
    "demand",
    "demanded",
    "demanding",
    "demands",
    "denied",
    "denies",
    "denounced",
    "deny",
    "derided",
    "describe",
    "described",
    "describes",
    "describing",
    "dismissed",
    "dubbed",
    "emphasised",
    "emphasized",
    "exclaimed",
    "explain",
    "explained",
    "explaining",
    "explains",
    "hailed",
    "insist",
    "insisted",
    "insisting",
    "insists",
    "interview",
    "joked",
    "labeled",
    "labelled",
    "lamented",
    "maintained",
    "maintains",
    "mentioned",
    "mocked",
    "note",
    "noted",
    "noting",
    "observed",
    "opined",
    "plead",
    "pleaded",
    "pleading",
    "pledge",
    "pledged",
    "pledges",
    "pledging",
    "post",
    "posted",
    "posting",
    "praised",
    "predicted",
    "promise",
    "promised",
    "promises",
    "quipped",
    "quote",
    "quoted",
    "quoting",
    "read",
    "reading",
    "reads",
    "recall",
    "recalled",
    "recalling",
    "recalls",
    "recounted",
    "reiterated",
    "remarked",
    "replied",
    "replies",
    "reply",
    "replying",
    "reported",
    "responded",
    "responds",
    "reveal",
    "revealed",
    "reveals",
    "said",
    "sang",
    "say",
    "saying",
    "says",
    "scoffed",
    "screamed",
    "shout",
    "shouted",
    "shouting",
    "shouts",
    "sing",
    "singing",
    "sings",
    "slammed",
    "speak",
    "speaking",
    "speaks",
    "spoke",
    "statement",
    "stated",
    "stating",
    "stressed",
    "stresses",
    "suggest",
    "suggested",
    "suggests",
    "sung",
    "tell",
    "telling",
    "tells",
    "termed",
    "testified",
    "testify",
    "threatened",
    "told",
    "tweet",
    "tweeted",
    "tweeting",
    "tweets",
    "urge",
    "urged",
    "urges",
    "urging",
    "vow",
    "vowed",
    "vowing",
    "vows",
    "warn",
    "warned",
    "warning",
    "warns",
    "whispered",
    "wonder",
    "wondered",
    "write",
    "writes",
    "writing",
    "written",
    "wrote",
    "yelled",
];

/// Participles that, after "is/was/has been", present words without saying whose they are.
const PASSIVE_SPEECH: &[&str] = &[
    "accused",
    "attacked",
    "blasted",
    "branded",
    "called",
    "characterised",
    "characterized",
    "condemned",
    "criticised",
    "criticized",
    "decried",
    "denounced",
    "derided",
    "described",
    "dismissed",
    "hailed",
    "heralded",
    "labeled",
    "labelled",
    "lauded",
    "likened",
    "mocked",
    "portrayed",
    "praised",
    "quoted",
    "ridiculed",
    "said",
    "slammed",
    "termed",
    "touted",
    "welcomed",
];

/// Speech verbs that, after a comma inside a quote, show the writer forgot the
/// closing mark: "‘We will rebuild, he said".
const BREAK_VERBS: &[&str] = &[
    "added",
    "adds",
    "admitted",
    "argued",
    "asked",
    "asks",
    "cautioned",
    "claimed",
    "continued",
    "declared",
    "explained",
    "insisted",
    "insists",
    "noted",
    "recalled",
    "replied",
    "said",
    "says",
    "stressed",
    "tells",
    "told",
    "warned",
    "writes",
    "wrote",
];

const BE: &[&str] = &["are", "be", "been", "being", "is", "was", "were"];

fn speech_words() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| SPEECH_WORDS.iter().copied().collect())
}

fn lower(word: &str) -> String {
    word.to_lowercase().replace('’', "'")
}

/// Whether a clause (the words of a sentence outside any quotation) credits a
/// speaker: a speech verb in the active voice or with an agent ("described by
/// the mayor as"), "according to", or "in a statement".
pub fn names_speaker(prose: &str, words: &[Word<'_>]) -> bool {
    let lowered: Vec<String> = words.iter().map(|w| lower(w.text)).collect();
    for (i, w) in lowered.iter().enumerate() {
        if w == "according" && lowered.get(i + 1).is_some_and(|n| n == "to") {
            return true;
        }
        if !speech_words().contains(w.as_str()) {
            continue;
        }
        // "so-called", "self-described": not speech.
        let start = words[i].span.start;
        if start > 0 && prose.as_bytes()[start - 1] == b'-' {
            continue;
        }
        if used_as_noun(w, &lowered[..i], words[..i].last()) {
            continue;
        }
        // "The scheme, described as ‘…’": a passive with its "is" left out.
        let reduced = PASSIVE_SPEECH.contains(&w.as_str())
            && lowered.get(i + 1).is_some_and(|n| n == "as" || n == "to")
            && prose[..start].trim_end().ends_with(',');
        if (reduced || is_passive(&lowered, i)) && !has_agent(&lowered[i + 1..]) {
            continue;
        }
        return true;
    }
    false
}

/// Speech words that are also nouns ("amid calls for", "the union's demand"),
/// read as nouns after a determiner, preposition or possessive.
fn used_as_noun(w: &str, before: &[String], prev: Option<&Word<'_>>) -> bool {
    const NOUNISH: &[&str] = &[
        "call", "calls", "claim", "claims", "demand", "demands", "note", "pledge", "pledges",
        "post", "promise", "promises", "quote", "read", "reply", "tweet", "urge", "vow", "vows",
        "warning",
    ];
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
    if !NOUNISH.contains(&w) {
        return false;
    }
    let possessive = prev.is_some_and(|p| p.text.ends_with("'s") || p.text.ends_with("’s"));
    possessive
        || before
            .last()
            .is_some_and(|b| DETERMINERS.contains(&b.as_str()))
}

/// Whether the words just before a quotation present it in the passive voice
/// with nobody named ("has been described as", "is said to be"), so the
/// quotation is somebody's words, but whose is not said. `after` are the
/// sentence's words after the quotation (searched for an agent: "by critics").
pub fn passive_without_speaker(prose: &str, before: &[Word<'_>], after: &[Word<'_>]) -> bool {
    let tail = &before[before.len().saturating_sub(6)..];
    let mut words: Vec<String> = tail.iter().map(|w| lower(w.text)).collect();
    let n = words.len();
    let ends_with = |from_end: usize, w: &str| n > from_end && words[n - 1 - from_end] == w;
    // The participle sits right before the quotation, or before "as", "of", "for" or "to be".
    let at =
        if ends_with(0, "as") || ends_with(0, "of") || ends_with(0, "for") || ends_with(0, "to") {
            n.checked_sub(2)
        } else if ends_with(0, "be") && ends_with(1, "to") {
            n.checked_sub(3)
        } else {
            n.checked_sub(1)
        };
    let Some(at) = at else {
        return false;
    };
    if !PASSIVE_SPEECH.contains(&words[at].as_str()) {
        return false;
    }
    // "The scheme, described as ‘…’": a passive with its "is" left out.
    let participle_start = tail[at].span.start;
    let after_comma = prose[..participle_start].trim_end().ends_with(',');
    words.extend(after.iter().map(|w| lower(w.text)));
    (after_comma || is_passive(&words, at)) && !has_agent(&words[at + 1..])
}

/// `words[i]` is a participle after a form of "to be", perhaps with adverbs between.
fn is_passive(words: &[String], i: usize) -> bool {
    let w = &words[i];
    let participle = w.ends_with("ed")
        || matches!(
            w.as_str(),
            "said" | "told" | "written" | "sung" | "read" | "spoken"
        );
    if !participle {
        return false;
    }
    for back in words[..i].iter().rev().take(3) {
        if BE.contains(&back.as_str()) {
            return true;
        }
        let adverb = back.ends_with("ly")
            || matches!(
                back.as_str(),
                "also" | "not" | "often" | "since" | "once" | "already" | "even" | "variously"
            );
        if !adverb {
            return false;
        }
    }
    false
}

/// "by" and a noun phrase (not "by keeping", which gives a reason, not an agent).
fn has_agent(after: &[String]) -> bool {
    after
        .windows(2)
        .any(|w| w[0] == "by" && !w[1].ends_with("ing"))
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
        let w = lower(word);
        if n == 0 && is_clause_opener(&w) {
            return false;
        }
        if BREAK_VERBS.contains(&w.as_str()) {
            if n > 0 {
                return true;
            }
            // "said Cllr Mehta", "said the spokesman"
            return tokens.next().is_some_and(|next| {
                let next = next.trim_matches(|c: char| !c.is_alphanumeric());
                next.starts_with(char::is_uppercase)
                    || matches!(
                        lower(next).as_str(),
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
        let words: Vec<Word<'_>> = doc.words(0..sentence.len()).collect();
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
