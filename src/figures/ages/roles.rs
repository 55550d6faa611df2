//! Role nouns the text ties to one named person: "The 45-year-old teacher"
//! after "Martina Keller, a teacher at …", "teacher Martina Keller", "the teacher, Martina Keller,".

use super::*;

/// What the draft says, before an age, of the noun that follows it.
pub(super) enum Role {
    /// The noun is not used before: nothing to go on.
    Unused,
    /// Every earlier use of the noun names this one person (by [`Name`]).
    Held(Name),
    /// The noun under a rank ("assistant coach") where the text gives the
    /// role without it ("coach") to a named person: someone else.
    Other,
    /// The noun is used for two people, or for no one in particular or in
    /// the plural after its holder was named ("a nurse" after "nurse Priya Shah").
    Open,
}

/// How far back (in paragraphs) the noun's earlier uses are read: an
/// obituary's "the 96-year-old great-grandmother" may look back to its lead
/// ten paragraphs up. (The passage's token window bounds the cost.)
const REACH: usize = 12;

/// The noun right after the age ending at token `last` of `paragraph` ("the
/// 45-year-old teacher") and whom its earlier uses tie it to.
pub(super) fn role_of(paras: &[Parsed<'_, '_>], paragraph: usize, last: usize) -> Role {
    let toks = paras[paragraph].0;
    // (After a possessive, "the 45-year-old's lawyer", the noun is someone else.)
    let Some(noun) = subject::noun_after_age(toks, last) else {
        return Role::Unused;
    };
    // The head of a compound: "handler" of "the 64-year-old baggage handler".
    let sentence = noun.sentence();
    let mut head = last + 1;
    // "grandmother" of "great-grandmother".
    let glued = |i: usize| toks.get(i).is_some_and(|t| !t.space_before);
    if toks.get(head + 1).is_some_and(|t| t.is_punct('-'))
        && glued(head + 1)
        && glued(head + 2)
        && toks.get(head + 2).is_some_and(|t| t.kind == Kind::Word)
    {
        head += 2;
    }
    let compound_end = head + 2;
    while head < compound_end
        && toks.get(head + 1).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.is_capitalised()
                && t.sentence() == sentence
                && !t.has(words::STOP | words::SPEECH)
                && !t.text.ends_with("ed")
        })
    {
        head += 1;
    }
    // (Or no compound: "the 45-year-old teacher wept".)
    let role = match role_before(paras, paragraph, last, head) {
        found @ (Role::Held(_) | Role::Other) => found,
        _ if head != last + 1 => role_before(paras, paragraph, last, last + 1),
        other => other,
    };
    // "Priya Malhotra, 29, … won with 1,847 votes" … "the 30-year-old
    // winner": the one the text says did it.
    match role {
        Role::Unused => {
            doer_before(paras, paragraph, last, noun.text).map_or(Role::Unused, Role::Held)
        }
        role => role,
    }
}

/// Agent nouns whose verb's past is irregular.
#[rustfmt::skip]
const IRREGULAR_DOERS: &[(&str, &str)] = &[
    ("winner", "won"), ("loser", "lost"), ("leader", "led"), ("buyer", "bought"),
    ("seller", "sold"), ("driver", "drove"), ("holder", "held"), ("keeper", "kept"),
    ("fighter", "fought"), ("builder", "built"), ("shooter", "shot"), ("finder", "found"),
    ("swimmer", "swam"), ("rider", "rode"), ("runner", "ran"), ("singer", "sang"),
];

/// Is `word` a form of the verb the agent noun `noun` is made from ("won"
/// of "winner", "founded" of "founder", "invested" of "investor")?
fn does(noun: &str, word: &str) -> bool {
    if IRREGULAR_DOERS
        .iter()
        .any(|&(n, past)| n == noun && word == past)
    {
        return true;
    }
    let Some(stem) = noun.strip_suffix("er").or_else(|| noun.strip_suffix("or")) else {
        return false;
    };
    if stem.len() < 3 {
        return false;
    }
    // "winn" → "win": a consonant doubled before the ending.
    let b = stem.as_bytes();
    let single = match b {
        [.., x, y] if x == y && !b"aeiou".contains(y) => &stem[..stem.len() - 1],
        _ => stem,
    };
    // "founder" → "founded", "organiser" → "organised" (the stem before
    // "-er" takes "-ed"), "winner" → "wins".
    let past = |s: &str| word.strip_suffix("ed") == Some(s);
    past(stem) || past(single) || word.strip_suffix('s') == Some(single)
}

/// The one person the passage before the age at token `last` of `paragraph`
/// says did what the agent noun `noun` names: the subject of its verb, a
/// name opening the sentence and followed by the verb or by a comma that
/// closes what is said of the name ("Malhotra, 29, a teacher, won"). None
/// for no one or for two.
fn doer_before(
    paras: &[Parsed<'_, '_>],
    paragraph: usize,
    last: usize,
    noun: &str,
) -> Option<Name> {
    let noun = noun.to_lowercase();
    let mut doer: Option<Name> = None;
    for (p, range) in passage(paras, paragraph, last, REACH) {
        let toks = paras[p].0;
        for v in range {
            let t = &toks[v];
            if t.kind != Kind::Word || t.is_capitalised() || !with_lower(t.text, |w| does(&noun, w))
            {
                continue;
            }
            let start = super::super::context::sentence_start_within(toks, v, usize::MAX);
            let mut first = start.unwrap_or(v);
            while toks.get(first).is_some_and(|t| is_title(t)) && first < v {
                first += 1;
            }
            // The verb follows the name or a comma closing what is said of
            // it; of several people given an age in the sentence ("Brand,
            // 41, won … and Sorel, 29, won"), the nearest.
            let aged_before = (first..v).rev().find_map(|k| aged_name_at(toks, k));
            let right_after = (first + 1..=first + 3)
                .find(|&i| !toks.get(i).is_some_and(is_name_word))
                .is_some_and(|i| i == v);
            let name = match aged_before {
                Some(name) if toks[v - 1].is_punct(',') => name,
                _ if right_after || toks[v - 1].is_punct(',') => {
                    let Some(name) = name_starting_at(toks, first) else {
                        continue;
                    };
                    name
                }
                _ => continue,
            };
            match &doer {
                Some(d) if d.surname != name.surname => return None,
                _ => doer = Some(name),
            }
        }
    }
    doer
}

/// Whom the earlier uses (before token `end` of `paragraph`) of the role noun
/// at token `at` of `paragraph` tie it to ("The nurse, aged 30," after "Nurse
/// Priya Shah"). A use under another rank is another role: "a deputy head" says
/// nothing of who "the head" is, nor "the head" of who "the deputy head" is.
pub(super) fn role_before(
    paras: &[Parsed<'_, '_>],
    paragraph: usize,
    end: usize,
    at: usize,
) -> Role {
    let own = paras[paragraph].0;
    let rank = rank_of(own, at);
    match uses_before(paras, paragraph, end, &own[at], rank) {
        // "The 48-year-old assistant coach" when the text names the coach:
        // someone else.
        Role::Unused if rank.is_some() => {
            match uses_before(paras, paragraph, end, &own[at], None) {
                Role::Held(_) => Role::Other,
                _ => Role::Unused,
            }
        }
        role => role,
    }
}

/// Whom the earlier uses of `noun` under `rank` tie it to.
fn uses_before(
    paras: &[Parsed<'_, '_>],
    paragraph: usize,
    end: usize,
    noun: &Token<'_>,
    rank: Option<&str>,
) -> Role {
    let mut held: Option<Name> = None;
    for (p, range) in passage(paras, paragraph, end, REACH) {
        let toks = paras[p].0;
        for j in range {
            let t = &toks[j];
            if t.kind != Kind::Word {
                continue;
            }
            // ("the 20-year-old apprentice's mother": the apprentice.)
            let role = noun.stem();
            let (same, plural) = if t.is(role) {
                (true, false)
            } else {
                // "teachers", "firemen": more than one, so no one in particular.
                let plural = looks_plural(t.text)
                    && super::super::lexicon::with_lemma(t.text, |l| l == role);
                (plural, plural)
            };
            if !same || rank_of(toks, j) != rank {
                continue;
            }
            // "Handlers walk out", "an elderly widow": a headline or lead may
            // speak of the role before naming its holder; used so after the
            // holder is named, it may mean someone else.
            let Some(name) = (!plural).then(|| holder(toks, j)).flatten() else {
                if held.is_some() {
                    return Role::Open;
                }
                continue;
            };
            match &held {
                Some(h) if h.surname != name.surname => return Role::Open,
                _ => held = Some(name),
            }
        }
    }
    held.map_or(Role::Unused, Role::Held)
}

/// Is the name at token `i` given with the role it holds: "her deckhand
/// Zofka", "his nephew Dylan", "teacher Martina Keller" (a possessive before the
/// role noun, or a noun for people)?
pub(super) fn named_by_role(toks: &[Token<'_>], i: usize) -> bool {
    let Some(noun) = i.checked_sub(1).map(|b| &toks[b]) else {
        return false;
    };
    if noun.kind != Kind::Word || noun.is_capitalised() || noun.sentence() != toks[i].sentence() {
        return false;
    }
    let possessive = i >= 2
        && ["her", "his", "their", "my", "our"]
            .iter()
            .any(|w| toks[i - 2].is(w));
    let lex = crate::figures::lexicon::Lexicon::builtin();
    possessive || lex.is_people_noun(noun.text) || gender::noun_sex(noun).is_some()
}

/// Words before a role noun that make it another role, held by someone else.
const RANKS: &[&str] = &[
    "deputy",
    "assistant",
    "vice",
    "associate",
    "former",
    "ex",
    "previous",
    "outgoing",
    "incoming",
];

/// The rank word before the role noun at token `j` ("deputy" of "deputy head",
/// "vice-president"), if any.
fn rank_of<'a>(toks: &[Token<'a>], j: usize) -> Option<&'a str> {
    let before = j.checked_sub(1).map(|i| &toks[i])?;
    let word = if before.is_punct('-') && !before.space_before && !toks[j].space_before {
        toks.get(j.checked_sub(2)?)?
    } else {
        before
    };
    (word.kind == Kind::Word && word.sentence() == toks[j].sentence())
        .then(|| RANKS.iter().find(|r| word.is(r)).copied())
        .flatten()
}

/// The person the role noun at token `j` is said of: "teacher Martina Keller"
/// (the noun before the name), "the teacher, Martina Keller," (set off by a
/// comma), "Martina Keller, 44, a teacher at …" (in apposition after the name,
/// with an age between or not) and "Keller is a teacher".
pub(super) fn holder(toks: &[Token<'_>], j: usize) -> Option<Name> {
    let sentence = toks[j].sentence();
    let here = |i: usize| toks.get(i).filter(|t| t.sentence() == sentence);
    // The noun before the name, or before a comma and the name.
    let after = here(j + 1)?;
    if is_name_word(after) {
        return name_starting_at(toks, j + 1);
    }
    if after.is_punct(',') && here(j + 2).is_some_and(is_name_word) {
        let mut end = j + 2;
        while here(end + 1).is_some_and(is_name_word) && end < j + 4 {
            end += 1;
        }
        let closes = here(end + 1).is_none_or(|t| t.is_punct(',') || t.is_punct('.'));
        return closes.then(|| name_starting_at(toks, j + 2)).flatten();
    }
    // "Carol Asante, 54, took over as head": the name opening the sentence.
    let article = |t: &Token<'_>| t.is("a") || t.is("an") || t.is("the");
    let as_at = match j.checked_sub(1).and_then(here) {
        Some(t) if article(t) => j.checked_sub(2),
        _ => j.checked_sub(1),
    };
    if as_at.and_then(here).is_some_and(|t| t.is("as")) {
        let start = (0..j)
            .rev()
            .take_while(|&i| toks[i].sentence() == sentence)
            .last()?;
        return name_starting_at(toks, start);
    }
    // After the name: back over up to three lower-case words to an article.
    let mut a = j;
    for _ in 0..4 {
        a = a.checked_sub(1)?;
        let t = here(a)?;
        if t.is("a") || t.is("an") || t.is("the") {
            break;
        }
        if t.kind != Kind::Word || t.is_capitalised() {
            return None;
        }
    }
    if !(toks[a].is("a") || toks[a].is("an") || toks[a].is("the")) {
        return None;
    }
    let before = a.checked_sub(1)?;
    if here(before)?.is("is") || toks[before].is("was") {
        // "Keller is a teacher", "Nwosu, 50, was a surgeon".
        let mut n = before.checked_sub(1)?;
        if toks[n].is_punct(',')
            && n >= 3
            && toks[n - 1].kind == Kind::Number
            && toks[n - 2].is_punct(',')
        {
            n -= 3;
        }
        return name_ending_at(toks, n).filter(|_| toks[n].sentence() == sentence);
    }
    if !toks[before].is_punct(',') {
        return None;
    }
    // "Keller, 44, a teacher": an age between the name and the role.
    let mut n = before.checked_sub(1)?;
    if toks[n].kind == Kind::Number && n >= 2 && toks[n - 1].is_punct(',') {
        n -= 2;
    }
    name_ending_at(toks, n).filter(|_| toks[n].sentence() == sentence)
}
