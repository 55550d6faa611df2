//! Ages set off after a definite description rather than a name: "The mother
//! of two, 38,", "the president, who is 61,", "The nurse, aged 30,".

use super::*;

/// The description ending just before the comma at token `comma`: its article
/// ("the") and its head noun ("mother" of "the mother of two", "executive" of
/// "the chief executive", "grandmother" of "the grandmother-of-three"). Only a
/// definite description of one person: "A mother of two, 38," is someone new.
pub(super) fn description_before(toks: &[Token<'_>], comma: usize) -> Option<(usize, usize)> {
    let sentence = toks.get(comma)?.sentence();
    // Back to the article over lower-case words (a title mid-sentence too:
    // "the President, 61,"), "of" and hyphens.
    let mut article = comma;
    for _ in 0..7 {
        article = article.checked_sub(1)?;
        let t = &toks[article];
        if t.sentence() != sentence {
            return None;
        }
        if t.is("the") {
            break;
        }
        let joined = t.is_punct('-') && !t.space_before;
        let word = t.kind == Kind::Word && (!t.is_capitalised() || is_title(t));
        if !(joined || word) {
            return None;
        }
        // A small word ("who", "and") ends a clause, not a description, but a
        // number after "of" ("mother of two") belongs to it.
        let after_of =
            article >= 1 && (toks[article - 1].is("of") || toks[article - 1].is_punct('-'));
        if word && t.has(words::STOP) && !t.is("of") && !after_of {
            return None;
        }
    }
    if !toks[article].is("the") || article + 1 == comma {
        return None;
    }
    // The head: the word before "of" ("mother of two", "grandmother-of-three"),
    // else the last word ("the chief executive").
    let of = (article + 1..comma).find(|&i| toks[i].is("of"));
    let head = match of {
        Some(o) => (article + 1..o)
            .rev()
            .find(|&i| toks[i].kind == Kind::Word)?,
        None => comma - 1,
    };
    let noun = &toks[head];
    // One person, not a group or a thing ("the workers, 45,", "the firm, 60,").
    if noun.kind != Kind::Word || looks_plural(noun.text) || subject::names_a_thing(noun.text) {
        return None;
    }
    // Someone else's: "the president's wife, 71," or "the wife, 71," (a kin
    // noun says whose relative, not who), but "the mother of two" describes.
    let possessive = (article + 1..comma).any(|i| possessive(&toks[i]));
    if possessive || (of.is_none() && KIN.contains(&noun.text)) {
        return None;
    }
    Some((article, head))
}

/// Does this (lower-case) noun name a person by kin?
pub(super) fn is_kin(noun: &str) -> bool {
    KIN.contains(&noun)
}

/// Nouns that name a person by kin: "the wife" is someone's wife.
#[rustfmt::skip]
const KIN: &[&str] = &[
    "wife", "husband", "spouse", "partner", "son", "daughter", "child", "mother", "father",
    "brother", "sister", "widow", "widower", "grandson", "granddaughter", "grandmother",
    "grandfather", "aunt", "uncle", "niece", "nephew", "cousin", "girlfriend", "boyfriend",
    "fiance", "fiancee", "stepson", "stepdaughter", "stepmother", "stepfather", "mum", "dad",
];
