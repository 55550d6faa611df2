//! Ages given in a clause about a person: "Keller is 45", "Keller is a
//! 45-year-old nurse", "She is 45", "At 45, Keller is …" (present tense only).

use super::*;

/// Who a clause gives an age to: a name, or a pronoun left to the passage.
pub(super) enum Who {
    Named(Name),
    Pronoun,
    /// A definite description opening the sentence ("The new leader is 53"):
    /// its article's token and its head noun's.
    Described(usize, usize),
}

/// The subject of "… is" where "is" is token `is`: a name that opens its
/// sentence (after any titles: "Ms Lopes is"), or "He"/"She" opening it.
/// "was" gives an age at another time and is never read.
pub(super) fn subject_of_is(toks: &[Token<'_>], is: usize) -> Option<Who> {
    if !toks.get(is)?.is("is") {
        return None;
    }
    subject_of(toks, is)
}

/// How far back, in tokens, a death is looked for before "was".
const DEATH_REACH: usize = 60;

/// "Rosa Vale has died. She was 81.": "was" after a death gives the age at
/// death, the one the story gives the person. `was` is the verb's token; the
/// death is told in its sentence before it ("who was 81") or the sentence before.
pub(super) fn subject_of_was_at_death(toks: &[Token<'_>], was: usize) -> Option<Who> {
    if !toks.get(was)?.is("was") {
        return None;
    }
    let sentence = toks[was].sentence();
    let died = |t: &Token<'_>| t.is("died") || t.is("dies") || t.is("death");
    // This sentence up to the verb and the one before, as far as
    // [`DEATH_REACH`] tokens back (so a run of "was" stays linear).
    let told = toks[was.saturating_sub(DEATH_REACH)..was]
        .iter()
        .rev()
        .take_while(|t| t.sentence() + 1 >= sentence)
        .any(died);
    if !told {
        return None;
    }
    // "…, who was 81," after the name.
    subject_or_who(toks, was)
}

/// Whom the verb at token `verb` is said of: the name before ", who" where
/// it opens such a clause ("Pemberton, who turned 18 …"), else its subject
/// ([`subject_of`]).
fn subject_or_who(toks: &[Token<'_>], verb: usize) -> Option<Who> {
    if verb >= 3 && toks[verb - 1].is("who") && toks[verb - 2].is_punct(',') {
        return name_ending_at(toks, verb - 3).map(Who::Named);
    }
    subject_of(toks, verb)
}

/// "Fischer turned 40 last week", "The singer turned 40 this year": an age
/// reached lately ("last week", "on Monday", "in August") is the age now (but
/// not "turned 40 in 2019"). `turned` is
/// the verb's token, `next` the token after the number.
pub(super) fn subject_of_turned(toks: &[Token<'_>], turned: usize, next: usize) -> Option<Who> {
    if !toks.get(turned)?.is("turned") {
        return None;
    }
    let sentence = toks[turned].sentence();
    let here = |i: usize| toks.get(i).filter(|t| t.sentence() == sentence);
    let lately = here(next).is_some_and(|t| {
        t.is("yesterday")
            || t.is("today")
            || ((t.is("last") || t.is("this"))
                && here(next + 1).is_some_and(|w| w.kind == Kind::Word))
            || (t.is("on")
                && here(next + 1).is_some_and(|d| d.is_capitalised() && d.stem().ends_with("day")))
            // "turned 18 in August": within the year (a year, "in 2019", is not).
            || (t.is("in") && here(next + 1).is_some_and(|m| m.has(words::MONTH)))
    });
    if !lately {
        return None;
    }
    // "Pemberton, who turned 18 in August, said …".
    subject_or_who(toks, turned)
}

/// "Edna Fairley has died aged 98", "Great-grandmother Dorothy Quayle, who
/// …, died aged 97": an age at death is the age the story gives the person.
/// `aged` is the token of "aged". The subject opens the sentence, maybe after
/// a role ("Widow", "Former mayor"), and may be followed by a "who" clause.
pub(super) fn subject_of_died(toks: &[Token<'_>], aged: usize) -> Option<Who> {
    let died = died_before(toks, aged)?;
    let sentence = toks[died].sentence();
    let mut verb = died;
    if verb >= 1 && (toks[verb - 1].is("has") || toks[verb - 1].is("had")) {
        verb -= 1;
    }
    // Back over ", who … ," or a description set off by commas (", the
    // singer,") to the subject.
    if verb >= 1 && toks[verb - 1].is_punct(',') {
        let open = (0..verb - 1)
            .rev()
            .take_while(|&i| toks[i].sentence() == sentence)
            .find(|&i| toks[i].is_punct(','))?;
        let first = toks.get(open + 1)?;
        let described = ["the", "a", "an"].iter().any(|w| first.is(w))
            && toks[open + 2..verb - 1]
                .iter()
                .all(|t| t.kind == Kind::Word && !t.is_capitalised() && !t.is("of"));
        if !(first.is("who") || described) {
            return None;
        }
        verb = open;
    }
    let end = verb.checked_sub(1)?;
    if toks[end].sentence() != sentence {
        return None;
    }
    if toks[end].is("he") || toks[end].is("she") {
        return starts_sentence(toks, end).then_some(Who::Pronoun);
    }
    let name = name_ending_at(toks, end)?;
    let start = if name.first.is_some() { end - 1 } else { end };
    // A role of up to four words before the name ("Great-grandmother").
    let opening = (start.saturating_sub(4)..=start)
        .find(|&i| toks[i].sentence() == sentence && starts_sentence(toks, i))?;
    // ("The son of Dorothy Quayle has died aged 70" is the son's age; "The
    // singer Rosa Vale" is hers.)
    let role = if toks[opening].is("the") && opening < start {
        opening + 1
    } else {
        opening
    };
    toks[role..start]
        .iter()
        .all(|t| (t.kind == Kind::Word && !t.has(words::STOP | words::SPEECH)) || t.is_punct('-'))
        .then_some(Who::Named(name))
}

/// How many words of where or when may stand between "died" and its age
/// ("died at her home in Leeds aged 91").
const DEATH_SCENE: usize = 6;

/// The "died" (or "dies") whose age the words ending at token `before` (the
/// one before the figure) give: "died aged 98", "died at 98", "died at the
/// age of 98", "died peacefully at home aged 98", "died in hospital on
/// Sunday at the age of 98".
fn died_before(toks: &[Token<'_>], before: usize) -> Option<usize> {
    let t = toks.get(before)?;
    let sentence = t.sentence();
    let mut end = if t.is("aged") || t.is("at") {
        before
    } else if t.is("of")
        && before >= 3
        && toks[before - 1].is("age")
        && toks[before - 2].is("the")
        && toks[before - 3].is("at")
    {
        before - 3
    } else {
        return None;
    };
    let died = |i: usize| toks[i].is("died") || toks[i].is("dies");
    // Back over a scene of plain words ("at her home", "in hospital", "on
    // Sunday", "peacefully"), no figure or mark between.
    for _ in 0..=DEATH_SCENE {
        let i = end.checked_sub(1)?;
        let w = &toks[i];
        if w.sentence() != sentence || w.kind != Kind::Word {
            return None;
        }
        if died(i) {
            // ("died at 98" alone: "at" is the age's, not a scene's.)
            return Some(i);
        }
        end = i;
    }
    None
}

/// The subject that opens the sentence and ends just before the verb at `verb`.
fn subject_of(toks: &[Token<'_>], verb: usize) -> Option<Who> {
    let is = verb;
    let end = is.checked_sub(1)?;
    let t = &toks[end];
    if t.sentence() != toks[is].sentence() {
        return None;
    }
    if t.is("he") || t.is("she") {
        return starts_sentence(toks, end).then_some(Who::Pronoun);
    }
    let Some(name) = name_ending_at(toks, end) else {
        // "The new leader is 53": a description opening the sentence.
        let (article, head) = described::description_before(toks, is)?;
        return starts_sentence(toks, article).then_some(Who::Described(article, head));
    };
    let mut start = if name.first.is_some() { end - 1 } else { end };
    while start > 0 && is_title(&toks[start - 1]) && toks[start - 1].sentence() == t.sentence() {
        start -= 1;
    }
    starts_sentence(toks, start).then_some(Who::Named(name))
}

/// Verbs in the present that say an age "At 45," opening a sentence is the
/// subject's now ("At 45, Sousa is the oldest"), not at a past time ("At 19,
/// Sousa made his debut").
const PRESENT: &[&str] = &["is", "remains", "has", "becomes"];

/// "At 45, Keller is …" or "At 45, she is …": the subject of the clause after
/// the comma at token `comma`, where a present-tense verb follows it.
pub(super) fn subject_after_at(toks: &[Token<'_>], comma: usize) -> Option<Who> {
    let sentence = toks.get(comma)?.sentence();
    let first = toks.get(comma + 1).filter(|t| t.sentence() == sentence)?;
    let present = |i: usize| {
        toks.get(i)
            .is_some_and(|v| v.sentence() == sentence && PRESENT.iter().any(|w| v.is(w)))
    };
    if first.is("he") || first.is("she") {
        return present(comma + 2).then_some(Who::Pronoun);
    }
    let mut end = comma + 1;
    while toks.get(end + 1).is_some_and(is_name_word) && end < comma + 3 {
        end += 1;
    }
    let name = name_starting_at(toks, comma + 1)?;
    present(end + 1).then_some(Who::Named(name))
}

/// After an age read as a bare number: a mark that closes it ("Keller is
/// 45."), or "and"/"but" going on to another predicate ("is 45 and lives …").
pub(super) fn ends_predicate(toks: &[Token<'_>], last: usize) -> bool {
    let Some(after) = toks.get(last + 1) else {
        return true;
    };
    if after.kind == Kind::Punct {
        return after.is_punct(',') || after.is_punct('.') || after.is_punct(';');
    }
    (after.is("and") || after.is("but"))
        && toks
            .get(last + 2)
            .is_some_and(|n| n.kind == Kind::Word && !n.is_capitalised())
}

impl People {
    /// Whom "She is 45" means: the one person the passage (this paragraph up
    /// to the age and the two before) names, if they have an age of their own;
    /// none where two people are named or a pronoun of the other sex is used,
    /// since the pronoun may then mean someone else.
    pub(super) fn lone_referent(&self, paras: &[Parsed<'_, '_>], m: &Mention) -> Option<String> {
        if self.given.contains(&m.q.value.to_bits()) {
            return None;
        }
        // "Tom Ellis, 34, … His wife … She is 35": a pronoun of the other sex
        // in the passage puts a second, unnamed person in view.
        let own = paras[m.paragraph].0;
        let sentence = own[m.at].sentence();
        // The pronoun stands a few words from the age ("She is now 45", "At 45, she is").
        let near = m.at.saturating_sub(4)..own.len().min(m.at + 4);
        let she = own[near]
            .iter()
            .filter(|t| t.sentence() == sentence)
            .find(|t| t.is("he") || t.is("she"))?
            .is("she");
        let other: &[&str] = if she {
            &["he", "him", "his", "himself"]
        } else {
            &["she", "her", "hers", "herself"]
        };
        let mut one: Option<String> = None;
        for (p, range) in passage(paras, m.paragraph, m.at, 2) {
            let toks = paras[p].0;
            for i in range {
                let t = &toks[i];
                if t.kind == Kind::Word && other.iter().any(|w| t.is(w)) {
                    return None;
                }
                if t.kind != Kind::Word || !t.is_capitalised() {
                    continue;
                }
                let k = key(t);
                let id = match self.ids.get(&k) {
                    Some(id) => id.clone(),
                    None if self.persons(paras).contains(&k) || full_name_at(toks, i) => k,
                    None => continue,
                };
                match &one {
                    Some(o) if *o != id => return None,
                    _ => one = Some(id),
                }
            }
        }
        let id = one?;
        self.aged(&id).then_some(id)
    }
}

/// Is token `i` the last of two name words not after an article ("partner
/// Lena Horvat"): someone a pronoun may mean, whether or not known as a person.
pub(super) fn full_name_at(toks: &[Token<'_>], i: usize) -> bool {
    let sentence = toks[i].sentence();
    let same = |j: usize| toks[j].sentence() == sentence;
    let last = !toks
        .get(i + 1)
        .is_some_and(|n| is_name_word(n) && n.sentence() == sentence);
    last && i >= 1
        && is_name_word(&toks[i])
        && is_name_word(&toks[i - 1])
        && same(i - 1)
        && !(i >= 2
            && same(i - 2)
            && (toks[i - 2].is("the") || toks[i - 2].is("a") || toks[i - 2].is("an")))
        && !starts_sentence(toks, i - 1)
}
