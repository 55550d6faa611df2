//! `repeated-word`: a word typed twice ("the the"), also across an opening
//! quotation mark or a line break ("a “a gift").
//!
//! Two neighbouring words of a paragraph match when they are the same word in
//! any case and nothing but white space, and at most one opening quotation
//! mark, stands between them. Grammatical doubles ("had had", "that that",
//! "what it is is"), the doubles people say on purpose ("very very", "no no"),
//! numbers, and capitalised pairs, which are names ("Walla Walla"), are not typos.

use crate::config::Config;
use crate::document::Document;
use crate::finding::{Finding, Fix, Severity, Span};
use crate::rules::{Check, FixSafety, RuleDoc};
use crate::tokens::{self, Joiners};

use super::Rule;

pub const RULE: RuleDoc = RuleDoc {
    id: "repeated-word",
    default_severity: Severity::Warning,
    summary: "A word typed twice (\"the the\"), also across a line break or an opening quotation mark (\"a “a gift\"). Grammatical doubles (\"had had\", \"that that\") and names (\"Walla Walla\") are left alone.",
    explanation: "The same word appears twice in a row, with only white space or an opening \
                  quotation mark between: a slip of the keyboard, or of an edit that retyped a \
                  word already there. Delete one of them.",
    example: "The minister said the the plan would be published next week.\n",
    not_flagged: "Grammatical doubles (\"had had\", \"that that\", \"gave her her keys\", \"what it \
                  is is\", \"moved in in 1979\", \"the first first lady\"), doubles said on purpose (\"very very\", \"no no\"), numbers, words \
                  parted by punctuation (\"sorry, sorry\"), and capitalised pairs, which are \
                  names (\"Walla Walla\", \"Sirhan Sirhan\").",
    // Deleting one of two identical words restores what the writer meant.
    fix_safety: FixSafety::Safe,
    check: Check::By(check),
};

/// Doubles that are grammatical ("she had had enough", "he said that that was
/// wrong", "gave her her keys", "they do do it") or said on purpose.
const MEANT: &[&str] = &[
    "bang", "blah", "bye", "chop", "do", "far", "first", "ha", "had", "hee", "her", "ho", "hush", "knock",
    "la", "long", "many", "night", "no", "now", "oh", "ooh", "pooh", "really", "so", "that", "there",
    "tick", "tsk", "tut", "very", "well", "yeah", "yum",
];

/// A phrasal verb's particle followed by the preposition of the same form:
/// "they came in in 1979", "she signed on on Friday", "it took off off the coast".
const PARTICLES: &[&str] = &[
    "around", "down", "in", "off", "on", "out", "over", "through", "up",
];

/// Copulas that double in a pseudo-cleft: "what it is is a disgrace".
const CLEFT: &[&str] = &["is", "was"];

/// Report every word typed twice in a row.
pub fn check(doc: &Document<'_>, _config: &Config) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut words: Vec<Span> = Vec::new();
    for paragraph in &doc.paragraphs {
        words.clear();
        let (tokens, end) = (&paragraph.tokens, paragraph.span.end);
        tokens::words(&doc.prose, tokens, Joiners::ApostrophesAndHyphens, end, |w| {
            words.push(w)
        });
        for (i, pair) in words.windows(2).enumerate() {
            let (first, second) = (&pair[0], &pair[1]);
            if let Some(finding) = judge(doc, &words[..i], first, second) {
                findings.push(finding);
            }
        }
    }
    findings
}

/// The finding for `first` followed by `second`, if that is a typed-twice word.
fn judge(doc: &Document<'_>, before: &[Span], first: &Span, second: &Span) -> Option<Finding> {
    // Most neighbours differ in length or first letter: decide those cheaply.
    let bytes = doc.text.as_bytes();
    if first.len() != second.len()
        || !bytes[first.start].eq_ignore_ascii_case(&bytes[second.start])
    {
        return None;
    }
    let a = &doc.text[first.clone()];
    let b = &doc.text[second.clone()];
    // The same word, or a sentence's first word and its lower-case double
    // ("The the"); other mixes of case are different words ("first FIRST Global").
    let sentence_start = b.chars().all(|c| !c.is_uppercase())
        && a.chars().skip(1).eq(b.chars().skip(1))
        && a.chars().next().map(|c| c.to_lowercase().to_string()) == b.chars().next().map(String::from);
    if a != b && !sentence_start {
        return None;
    }
    let mark = gap_mark(&doc.text[first.end..second.start])?;
    let lower = a.to_lowercase();
    if a.chars().any(|c| c.is_numeric())
        || (starts_upper(a) && starts_upper(b))
        || MEANT.contains(&lower.as_str())
        || PARTICLES.contains(&lower.as_str())
        || (CLEFT.contains(&lower.as_str()) && after_what(doc, before))
    {
        return None;
    }
    let message = format!("“{a}” is typed twice");
    let finding = Finding::new(Rule::RepeatedWord, first.start..second.end, message);
    // The fix replaces the whole span with what stays, so that `--fix` sees one
    // edit over the finding.
    let span = first.start..second.end;
    let fix = match mark {
        // Keep the quotation whole: drop the word before its opening mark.
        Some(mark) if a == b => Some(Fix::replace(
            format!("Delete the first “{a}”"),
            span,
            &doc.text[first.end + mark..second.end],
        )),
        Some(_) => None,
        None => Some(Fix::replace(format!("Delete the second “{b}”"), span, a)),
    };
    Some(match fix {
        Some(fix) => finding.with_fix(fix),
        None => finding,
    })
}

/// What stands between two words, when it is only white space with at most one
/// opening quotation mark just before the second word: `Some(None)` for white
/// space alone, `Some(Some(offset of the mark in the gap))` with a mark.
fn gap_mark(gap: &str) -> Option<Option<usize>> {
    let mark = gap.char_indices().find(|(_, c)| !c.is_whitespace());
    let Some((at, c)) = mark else {
        return (!gap.is_empty()).then_some(None);
    };
    let opening = matches!(c, '“' | '‘' | '"' | '\'' | '«' | '„');
    let last = at + c.len_utf8() == gap.len();
    (opening && last && at > 0).then_some(Some(at))
}

/// The paragraph's words so far end in "what … is" or "all … is" (a pseudo-cleft).
fn after_what(doc: &Document<'_>, before: &[Span]) -> bool {
    before.iter().rev().take(4).any(|w| {
        let word = &doc.text[w.clone()];
        word.eq_ignore_ascii_case("what") || word.eq_ignore_ascii_case("all")
    })
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Format;

    fn found(text: &str) -> Vec<Finding> {
        check(&Document::parse(text, Format::Markdown), &Config::default())
    }

    fn fixed(text: &str) -> String {
        let f = found(text);
        assert_eq!(f.len(), 1, "{f:?}");
        f[0].fixes[0].apply(text)
    }

    #[test]
    fn a_doubled_word_is_found_and_one_copy_deleted() {
        assert_eq!(fixed("He said the the plan failed.\n"), "He said the plan failed.\n");
        assert_eq!(fixed("The the plan failed.\n"), "The plan failed.\n");
        assert_eq!(fixed("It was about\nabout time.\n"), "It was about time.\n");
    }

    #[test]
    fn the_fix_is_one_choice_over_the_finding_so_fix_may_apply_it() {
        for text in ["It was the the end.\n", "It was a “a gift” then.\n"] {
            let f = found(text);
            assert_eq!(f.len(), 1, "{text}");
            let fix = f[0].safe_fix().unwrap_or_else(|| panic!("{text}: no safe fix"));
            assert_eq!(fix.edits[0].span, f[0].span);
        }
    }

    #[test]
    fn across_an_opening_quotation_mark_the_quote_stays_whole() {
        let text = "They called it a “a gift to the people” on Monday.\n";
        let f = found(text);
        assert_eq!(f.len(), 1);
        assert_eq!(&text[f[0].span.clone()], "a “a");
        assert_eq!(
            f[0].fixes[0].apply(text),
            "They called it “a gift to the people” on Monday.\n"
        );
    }

    #[test]
    fn grammatical_and_meant_doubles_are_left_alone() {
        for text in [
            "She had had enough of the delays.\n",
            "He said that that was wrong.\n",
            "They gave her her keys back.\n",
            "The family moved in in 1979.\n",
            "She would be the first first lady to run.\n",
            "What it is is a disgrace.\n",
            "It was very very cold, she said.\n",
            "The trip to Walla Walla took a day.\n",
            "The vote was 10 10 on the first count.\n",
            "It was the first FIRST robotics contest.\n",
            "Sorry, sorry, he said.\n",
            "It was the end. The next day began.\n",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn a_stammered_copula_is_still_a_slip() {
        assert_eq!(found("“The problem is is the money,” she said.\n").len(), 1);
    }

    #[test]
    fn code_between_two_words_is_not_white_space() {
        assert!(found("Run the `the` command.\n").is_empty());
    }
}
