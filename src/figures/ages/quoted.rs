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

/// Is token `at` inside a quotation of its paragraph (an odd number of
/// straight marks before it, or a curly one opened and not closed)?
fn inside_quotation(toks: &[Token<'_>], at: usize) -> bool {
    let mut open = false;
    for t in &toks[..at] {
        if t.kind != Kind::Punct {
            continue;
        }
        match t.text {
            "\"" => open = !open,
            "“" => open = true,
            "”" => open = false,
            _ => {}
        }
    }
    open
}

/// Whom a quotation around token `b` is credited to: the one person the
/// paragraph names as speaking ("Skovsgaard said", "said Ingrid Holt"); none
/// where the age stands outside a quotation, or two people speak.
pub(super) fn lone_speaker(toks: &[Token<'_>], b: usize) -> Option<Name> {
    if !inside_quotation(toks, b) {
        return None;
    }
    let mut speaker: Option<String> = None;
    for i in 0..toks.len() {
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
