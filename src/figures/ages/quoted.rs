//! Ages people give of themselves in their own quoted words: "I'm 41 and I
//! can walk my round," Skovsgaard said.

use super::{speaker_at, Name};
use crate::figures::tokens::{Kind, Token};

/// Do the words right before token `b` say "I am": "I'm", "I’m", "I am"?
pub(super) fn first_person_be(toks: &[Token<'_>], b: usize) -> bool {
    let Some(before) = b.checked_sub(1).map(|i| &toks[i]) else {
        return false;
    };
    let i_before = |k: usize| b >= k && toks[b - k].text == "I";
    matches!(before.text, "I'm" | "I’m")
        || (before.is("am") && i_before(2))
        || (matches!(before.text, "'m" | "’m") && i_before(2))
}

/// How far, in tokens, the quotation's opening mark and its speaker are
/// looked for around the age (so a paragraph of many quotations stays linear).
const REACH: usize = 48;

/// Is token `at` inside a quotation: is the nearest quotation mark before it,
/// within [`REACH`] tokens, one that opens ("“", or a straight one glued to
/// the word after it)?
pub(super) fn inside_quotation(toks: &[Token<'_>], at: usize) -> bool {
    let from = at.saturating_sub(REACH);
    let Some(m) = (from..at)
        .rev()
        .find(|&i| toks[i].kind == Kind::Punct && matches!(toks[i].text, "\"" | "“" | "”"))
    else {
        return false;
    };
    match toks[m].text {
        "“" => true,
        "”" => false,
        _ => toks.get(m + 1).is_some_and(|n| !n.space_before),
    }
}

/// Whom a quotation around token `b` is credited to: the one person named as
/// speaking within [`REACH`] tokens either side ("Skovsgaard said", "said
/// Ingrid Holt"); none where the age stands outside a quotation, or two
/// people speak there.
pub(super) fn lone_speaker(toks: &[Token<'_>], b: usize) -> Option<Name> {
    if !inside_quotation(toks, b) {
        return None;
    }
    let mut speaker: Option<String> = None;
    for i in b.saturating_sub(REACH)..toks.len().min(b + REACH) {
        if let Some(who) = speaker_at(toks, i) {
            match &speaker {
                Some(s) if *s != who => return None,
                _ => speaker = Some(who),
            }
        }
    }
    speaker.map(|surname| Name {
        first: None,
        surname,
        alias: None,
    })
}
