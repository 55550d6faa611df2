//! Ages given as a decade of life: "Holloway, in her 70s,", "Holloway, who is
//! in his early sixties", "the candidate, who is in her 50s": a range of ages,
//! which an exact age given elsewhere must fall in.

use super::*;
use crate::figures::extract::Style;

/// Decades of life written as words.
const DECADE_WORDS: &[(&str, u32)] = &[
    ("twenties", 20),
    ("thirties", 30),
    ("forties", 40),
    ("fifties", 50),
    ("sixties", 60),
    ("seventies", 70),
    ("eighties", 80),
    ("nineties", 90),
];

/// The first year of the decade token `t` writes: "70s" or "seventies".
pub(super) fn decade_of(t: &Token<'_>) -> Option<u32> {
    if t.kind == Kind::Word {
        return DECADE_WORDS
            .iter()
            .find(|(w, _)| t.is(w))
            .map(|&(_, decade)| decade);
    }
    if t.kind != Kind::Number || t.suffix() != "s" {
        return None;
    }
    let decade: u32 = t.digits_text().parse().ok()?;
    (decade.is_multiple_of(10) && (20..=110).contains(&decade)).then_some(decade)
}

/// The decade-of-life age whose number is token `i` of a paragraph, tied to the
/// name it describes; only in the present ("who was in her 30s" is another time).
pub(super) fn decade_mention(toks: &[Token<'_>], i: usize, paragraph: usize) -> Option<Mention> {
    let t = &toks[i];
    let decade = decade_of(t)?;
    // "early", "mid-", "late" narrow the decade.
    let mut j = i.checked_sub(1)?;
    if toks[j].is_punct('-') {
        j = j.checked_sub(1)?;
    }
    let (low, high) = match () {
        () if toks[j].is("early") => (0, 4),
        () if toks[j].is("mid") => (3, 7),
        () if toks[j].is("late") => (6, 9),
        () => (0, 9),
    };
    if high - low < 9 {
        j = j.checked_sub(1)?;
    }
    let pronoun = &toks[j];
    let into = &toks[j.checked_sub(1)?];
    if !(pronoun.is("his") || pronoun.is("her") || pronoun.is("their")) || !into.is("in") {
        return None;
    }
    // "Holloway, in her 70s", "Holloway, who is in her 70s", "Holloway is in her 70s"
    // ("now in her 70s" too).
    let mut k = j.checked_sub(2)?;
    if toks[k].is("now") {
        k = k.checked_sub(1)?;
    }
    if toks[k].is("is") {
        k = k.checked_sub(1)?;
        if toks[k].is("who") {
            k = k.checked_sub(1)?;
            if !toks[k].is_punct(',') {
                return None;
            }
            k = k.checked_sub(1)?;
        }
    } else if toks[k].is_punct(',') {
        k = k.checked_sub(1)?;
    } else {
        return None;
    }
    if toks[k].sentence() != t.sentence() {
        return None;
    }
    // "The first-time candidate, who is in her 50s,": a description, not a name.
    let (name, described) = match name_ending_at(toks, k) {
        Some(name) => (Some(name), None),
        None if toks.get(k + 1).is_some_and(|c| c.is_punct(',')) => {
            (None, Some(described::description_before(toks, k + 1)?))
        }
        None => return None,
    };
    let q = Quantity {
        hedge_start: j - 1,
        first: i,
        last: i,
        number: t.span(),
        span: t.span(),
        value: f64::from(decade + low),
        upper: Some(f64::from(decade + high)),
        unit: Unit::Age,
        hedge: Hedge::Range,
        style: Style {
            words: false,
            capital: false,
            thousands: false,
            decimals: 0,
            scale: None,
        },
    };
    // A description's phrase and place open with its article.
    let (start, at) = match described {
        Some((article, _)) => (toks[article].span().start, article),
        None => (into.span().start, i),
    };
    Some(Mention {
        paragraph,
        phrase: start..t.span().end,
        at,
        name,
        pronoun: false,
        head: described.map(|(_, head)| head),
        introduces: None,
        quoted: false,
        headline_noun: false,
        q,
    })
}
