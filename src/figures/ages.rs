//! Ages of people: "Putin, 72,", "72-year-old Putin", "Bell, a 34-year-old
//! mechanic", and "the 43-year-old" tied to the person the passage is about.

use crate::fasthash::{FastMap, FastSet};
use crate::finding::Span;

use super::context::Time;
use super::counted::{Figure, Thing};
use super::extract::{Hedge, Quantity, Unit};
use super::lexicon::looks_plural;
use super::tokens::{self, Kind, Token};
use super::words::{self, with_lower};

mod copula;
mod decades;
mod described;
mod gender;
mod quoted;
mod roles;
mod subject;

use copula::Who;
use subject::Subject;

/// A paragraph's tokens and quantities.
pub type Parsed<'t, 'a> = (&'t [Token<'a>], Vec<Quantity>);

/// Endings of English nouns for someone who does something ("driver",
/// "pianist", "inspector").
pub(super) const AGENT_ENDINGS: &[&str] = &["er", "or", "ist", "ian", "ant", "ent"];

#[rustfmt::skip]
pub(super) const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "judge", "justice", "president", "senator", "sen", "rep", "gov", "governor", "mayor",
    "cllr", "councillor", "chancellor", "minister", "secretary", "general", "gen", "col",
    "capt", "sgt", "lt", "maj", "chief", "premier", "king", "queen", "prince", "princess",
    "pope", "rev", "bishop", "father", "sister", "inspector", "det", "officer", "coach",
    "prime", "st", "saint", "commissioner", "ambassador", "sheikh", "emir", "chairman",
];

#[rustfmt::skip]
pub(super) const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "added", "asked", "wrote", "writes", "warned", "explained",
    "insisted", "admitted", "argued", "replied", "testified", "recalled", "noted", "stated",
];

/// Capitalised words that are not people even where a name could stand.
#[rustfmt::skip]
pub(super) const NOT_PEOPLE: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "police",
    "officials", "authorities", "government", "ministry", "company", "spokesman", "spokeswoman",
    "spokesperson", "but", "and", "as", "in", "on", "at", "by", "for", "of", "when", "after",
    "before", "while", "some", "many", "both", "others", "his", "her", "their", "our", "its",
    "one", "two", "who", "which", "what", "there", "here", "then", "now",
];

fn is_title(t: &Token<'_>) -> bool {
    t.has(words::TITLE)
}

fn is_speech_verb(t: &Token<'_>) -> bool {
    t.has(words::SPEECH)
}

fn is_name_word(t: &Token<'_>) -> bool {
    t.is_capitalised()
        && !t.has(words::TITLE | words::NOT_PEOPLE)
        && !t.stem_has(words::MONTH)
        && !t.stem().ends_with("day")
}

fn key(t: &Token<'_>) -> String {
    t.stem().to_lowercase()
}

/// A person's name as written next to an age: surname and maybe a first name.
#[derive(Clone, Debug)]
struct Name {
    first: Option<String>,
    surname: String,
    /// The word before a particle ("Lula" of "Lula da Silva"), which names the person too.
    alias: Option<String>,
}

/// An age in the text and whom it belongs to (or, for "the 43-year-old", not yet known).
struct Mention {
    paragraph: usize,
    q: Quantity,
    phrase: Span,
    /// Token of the age, for the window of the passage before a bare reference.
    at: usize,
    name: Option<Name>,
    /// Given with "he" or "she" ("She is 45"): only a lone person in the passage is meant.
    pronoun: bool,
    /// Set off after a description, the token of its head noun ("mother" of
    /// "The mother of two, 38,"): whom the noun means is whom the age is of.
    head: Option<usize>,
    /// Brings someone unnamed into the story by a noun ("A 71-year-old man
    /// was rescued", "A woman aged 64 has been charged"): the noun's lemma
    /// (`head` is where it is written).
    introduces: Option<String>,
    /// Given in the person's own quoted words ("I'm 41"): whoever slipped,
    /// no fix rewrites a quotation.
    quoted: bool,
    /// A headline's person named by a common noun ("Man, 47, jailed"): the
    /// story's subject, if anyone.
    headline_noun: bool,
}

/// Every comparable age in the document, tied to a person; `headline` says
/// the first paragraph is the draft's headline.
pub fn ages(
    paras: &[Parsed<'_, '_>],
    headline: bool,
    mut left_out: impl FnMut(usize, &'static str),
) -> Vec<Figure> {
    let mut mentions = find_mentions(paras);
    if mentions.is_empty() {
        return Vec::new();
    }
    // "Man, 47, jailed for fraud": a headline's person named by a common noun.
    for m in mentions.iter_mut().filter(|m| headline && m.paragraph == 0) {
        let noun = m
            .name
            .as_ref()
            .filter(|n| n.first.is_none() && n.alias.is_none());
        if noun.is_some_and(|n| names_no_one(&n.surname)) {
            m.name = None;
            m.headline_noun = true;
        }
    }
    let people = People::collect(paras, &mentions, headline);
    let mut out = Vec::new();
    for m in &mentions {
        let person = match &m.name {
            // The story's subject, the first given an age in the body, where
            // the two ages are a slip apart and no one else is that age.
            None if m.headline_noun => people.subject.as_ref().and_then(|s| {
                let others = mentions.iter().filter(|o| o.q.value == m.q.value).count();
                (gender::slip_apart(s.age, m.q.value) && others == 1).then(|| s.id.clone())
            }),
            Some(name) => people.id_of_name(name),
            None if m.pronoun => people.lone_referent(paras, m),
            None if m.introduces.is_some() => people.introduced_by(m),
            None => people
                .referent(paras, m)
                .map_err(|why| left_out(m.q.span.start, why))
                .ok(),
        };
        let Some(person) = person else { continue };
        let toks = &paras[m.paragraph].0;
        out.push(Figure {
            q: m.q.clone(),
            paragraph: m.paragraph,
            sentence: toks[m.q.first].sentence(),
            thing: Thing {
                unit: Unit::Age,
                name: format!("age of {person}"),
                modifiers: String::new(),
            },
            owner: None,
            place: None,
            time: Time::Present,
            source: None,
            phrase: m.phrase.clone(),
            loose: false,
            known: true,
            // (Definite: the person is inferred, and no fix is offered.)
            definite: m.name.is_none() || m.quoted,
            context: Vec::new(),
            listed: false,
            another: false,
            kind: None,
            subject: None,
        });
    }
    out
}

/// Does this paragraph (its tokens and quantities) mention an age? Only then
/// does [`ages`] need every paragraph of the draft (the figures check holds
/// them all at once).
pub fn mentions_an_age(toks: &[Token<'_>], qs: &[Quantity]) -> bool {
    let mut found = Vec::new();
    paragraph_mentions(toks, qs, 0, &mut found);
    !found.is_empty()
}

fn find_mentions(paras: &[Parsed<'_, '_>]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (p, (toks, qs)) in paras.iter().enumerate() {
        paragraph_mentions(toks, qs, p, &mut out);
    }
    out
}

/// The age mentions of paragraph `p`, appended to `out`.
fn paragraph_mentions(toks: &[Token<'_>], qs: &[Quantity], p: usize, out: &mut Vec<Mention>) {
    for q in qs {
        if let Some(m) = mention(toks, q, p).filter(|m| !of_another_time(toks, m)) {
            out.push(m);
        }
    }
    // "in her 70s" or "in her seventies": a number with a glued "s", or a
    // word in "-ies" (checked here, cheaply, for every token).
    let decade = |t: &Token<'_>| {
        t.kind == Kind::Number && t.text.ends_with('s')
            || t.kind == Kind::Word && t.text.ends_with("ies") && decades::decade_of(t).is_some()
    };
    for i in (0..toks.len()).filter(|&i| decade(&toks[i])) {
        out.extend(decades::decade_mention(toks, i, p));
    }
}

/// Is the age someone was at another time? A sentence that opens with a year
/// ("In 1961, Vale, 18, won …") dates every age in it. A year later in the
/// sentence dates the event, not the age ("Asante, 54, took over in January
/// 2024", "The 65-year-old had been on bail since his arrest in 2020").
fn of_another_time(toks: &[Token<'_>], m: &Mention) -> bool {
    // The sentence's start, looked for as far as DATED_REACH tokens back (so a
    // run of ages in one long sentence stays linear; one that far in is not dated).
    let Some(start) = super::context::sentence_start_within(toks, m.q.first, DATED_REACH) else {
        return false;
    };
    // "In 1961," or "By 2019," before the age, set off by a comma.
    (start..m.q.first.min(start + 3)).any(|i| {
        super::context::is_year(&toks[i]) && toks.get(i + 1).is_some_and(|t| t.is_punct(','))
    })
}

/// How far back, in tokens, an age's sentence is read for a year opening it.
const DATED_REACH: usize = 60;

/// The name whose last word is at `end`, read backwards ("Marcus Bell", "Ms
/// Meloni", "Anna Smith-Jones", "Lula da Silva").
/// The name an age at token `k` is set off after: "Brand" of "Ellis Brand,
/// 41," (the age between commas).
fn aged_name_at(toks: &[Token<'_>], k: usize) -> Option<Name> {
    let aged = k >= 2
        && toks[k].kind == Kind::Number
        && toks[k - 1].is_punct(',')
        && toks.get(k + 1).is_some_and(|c| c.is_punct(','));
    aged.then(|| name_ending_at(toks, k - 2)).flatten()
}

fn name_ending_at(toks: &[Token<'_>], end: usize) -> Option<Name> {
    let last = toks.get(end).filter(|t| is_name_word(t))?;
    let start = surname_start(toks, end);
    let before = |k: usize| {
        start
            .checked_sub(k)
            .map(|i| &toks[i])
            .filter(|t| t.sentence() == last.sentence())
    };
    let first = before(1)
        .filter(|t| is_name_word(t) && !t.is_punct('-'))
        .map(key);
    // "Lula da Silva": the word before the particle names the person too.
    let particle = before(1).is_some_and(|t| NAME_PARTICLES.contains(&t.text));
    let alias = before(2).filter(|t| particle && is_name_word(t)).map(key);
    Some(Name {
        first,
        surname: key(last),
        alias,
    })
}

/// Where the surname whose last piece is token `end` starts: the first piece
/// of a hyphened surname ("Smith" of "Smith-Jones"), else `end` itself.
fn surname_start(toks: &[Token<'_>], end: usize) -> usize {
    let mut s = end;
    while s >= 2
        && toks[s - 1].is_punct('-')
        && !toks[s - 1].space_before
        && !toks[s].space_before
        && is_name_word(&toks[s - 2])
        && toks[s - 2].sentence() == toks[s].sentence()
    {
        s -= 2;
    }
    s
}

/// The name starting at `start`, read forwards ("72-year-old Vladimir Putin",
/// "61-year-old Anna Smith-Jones").
fn name_starting_at(toks: &[Token<'_>], start: usize) -> Option<Name> {
    if !is_name_word(toks.get(start)?) {
        return None;
    }
    let glued = |i: usize| toks.get(i).is_some_and(|t| !t.space_before);
    let (mut end, mut words) = (start, 0);
    loop {
        if toks.get(end + 1).is_some_and(|t| t.is_punct('-'))
            && glued(end + 1)
            && glued(end + 2)
            && toks.get(end + 2).is_some_and(is_name_word)
        {
            end += 2;
        } else if words < 2 && toks.get(end + 1).is_some_and(is_name_word) {
            end += 1;
            words += 1;
        } else {
            break;
        }
    }
    name_ending_at(toks, end)
}

fn mention(toks: &[Token<'_>], q: &Quantity, paragraph: usize) -> Option<Mention> {
    let b = q.hedge_start;
    let make = |name: Option<Name>, phrase: Span| Mention {
        paragraph,
        q: q.clone(),
        phrase,
        at: q.first,
        name,
        pronoun: false,
        head: None,
        introduces: None,
        quoted: false,
        headline_noun: false,
    };
    let told = |who: Who, phrase: Span| match who {
        Who::Named(name) => make(Some(name), phrase),
        Who::Pronoun => Mention {
            pronoun: true,
            ..make(None, phrase)
        },
        Who::Described(article, head) => Mention {
            at: article,
            head: Some(head),
            ..make(None, toks[article].span().start..phrase.end)
        },
    };
    match q.unit {
        Unit::Count => {
            let whole = q.value.fract() == 0.0 && (1.0..120.0).contains(&q.value);
            if !whole
                || q.hedge != Hedge::Exact
                || q.style.scale.is_some()
                || q.style.thousands
                || q.style.words
            {
                return None;
            }
            // "67 years old": the age runs on through "old".
            let years_old = toks.get(q.last + 1).is_some_and(|t| t.is("years"))
                && toks.get(q.last + 2).is_some_and(|t| t.is("old"));
            let last = q.last + if years_old { 2 } else { 0 };
            let after = toks.get(last + 1);
            // "A man aged 71 was rescued", "A cyclist, 58, was hurt": someone
            // unnamed brought in.
            let set_off =
                toks[b.saturating_sub(1)].is_punct(',') && after.is_some_and(|t| t.is_punct(','));
            let noun =
                (b >= 3 && (toks[b - 1].is("aged") || set_off) && is_article_a(&toks[b - 3]))
                    .then(|| one_person_noun(&toks[b - 2]))
                    .flatten();
            if noun.is_some() {
                return Some(Mention {
                    at: b - 3,
                    head: Some(b - 2),
                    introduces: noun,
                    ..make(None, toks[b - 3].span().start..q.span.end)
                });
            }
            // "Keller is 45", "She is 45 and lives …", "Keller is now 45", "Keller is aged 45".
            if b >= 2 && copula::ends_predicate(toks, last) {
                // ("Keller is aged 45": the age after "aged".)
                let is = if toks[b - 1].is("now") || toks[b - 1].is("aged") {
                    b - 2
                } else {
                    b - 1
                };
                if let Some(who) = copula::subject_of_is(toks, is) {
                    return Some(told(who, q.span.clone()));
                }
                // "Rosa Vale has died. She was 81."
                if let Some(who) = copula::subject_of_was_at_death(toks, b - 1) {
                    return Some(told(who, q.span.clone()));
                }
            }
            // "Edna Fairley has died aged 98", "… died at home at the age of
            // 98" (the age closing its clause: not "died at 10 Downing Street").
            let closes_clause = after.is_none_or(|t| {
                t.kind == Kind::Punct
                    || ["on", "in", "after", "following", "and"]
                        .iter()
                        .any(|w| t.is(w))
            });
            if let Some(who) = b
                .checked_sub(1)
                .filter(|_| closes_clause)
                .and_then(|aged| copula::subject_of_died(toks, aged))
            {
                let opens = if toks[b - 1].is("of") { b - 4 } else { b - 1 };
                let phrase = toks[opens].span().start..q.span.end;
                let mut m = told(who, phrase);
                // ("She died at her home at the age of 86": the pronoun that
                // opens the sentence may stand further off than a few words.)
                if m.pronoun {
                    m.at = super::context::sentence_start(toks, b).unwrap_or(m.at);
                }
                return Some(m);
            }
            // "Fischer turned 40 last week": 39 until then, so an age of 39
            // given elsewhere is the age before (no conflict), 41 is not.
            if let Some(who) = b
                .checked_sub(1)
                .and_then(|v| copula::subject_of_turned(toks, v, last + 1))
            {
                let mut m = told(who, q.span.clone());
                m.q.value = q.value - 1.0;
                m.q.upper = Some(q.value);
                m.q.hedge = Hedge::Range;
                return Some(m);
            }
            // "I'm 41 and I can walk my round," Skovsgaard said: the age of
            // the one person the paragraph credits with speaking.
            if quoted::first_person_be(toks, b)
                && after.is_none_or(|t| t.kind == Kind::Punct || t.is("and") || t.is("now"))
            {
                let says = quoted::lone_speaker(toks, b)?;
                let opens = b - if toks[b - 1].is("am") { 2 } else { 1 };
                return Some(Mention {
                    quoted: true,
                    ..make(Some(says), toks[opens].span().start..q.span.end)
                });
            }
            // "Mrs Orrin, who at 57 has taught there for decades": the age
            // a relative clause gives its name, before the clause's verb.
            let who_at = b >= 4
                && toks[b - 1].is("at")
                && toks[b - 2].is("who")
                && toks[b - 3].is_punct(',')
                && after.is_some_and(|t| t.kind == Kind::Word && !t.is_capitalised());
            if who_at {
                let name = name_ending_at(toks, b - 4)?;
                return Some(make(Some(name), toks[b - 1].span().start..q.span.end));
            }
            let closes = after.is_none_or(|t| {
                t.kind == Kind::Punct
                    && (t.is_punct(',') || t.is_punct('.') || t.is_punct(';') || t.is_punct(')'))
            });
            if !closes {
                return None;
            }
            // "Aged 22, he is …" or "Aged 22, Okafor is …", opening a sentence;
            // "Now 81, she still walks …" too.
            let opener = |t: &Token<'_>| t.is("aged") || t.is("now");
            if b >= 1 && opener(&toks[b - 1]) && starts_sentence(toks, b - 1) {
                let phrase = toks[b - 1].span().start..q.span.end;
                let comma = after.filter(|t| t.is_punct(','))?;
                let next = toks
                    .get(last + 2)
                    .filter(|t| t.sentence() == comma.sentence())?;
                if next.is("he") || next.is("she") {
                    return Some(make(None, phrase));
                }
                return name_starting_at(toks, last + 2).map(|n| make(Some(n), phrase));
            }
            // "At 45, Keller is the oldest …" (but "At 19, Sousa made his debut").
            if b >= 1 && toks[b - 1].is("at") && starts_sentence(toks, b - 1) {
                let phrase = toks[b - 1].span().start..q.span.end;
                after.filter(|t| t.is_punct(','))?;
                return copula::subject_after_at(toks, last + 1).map(|who| told(who, phrase));
            }
            // "Bell, 34,", "Bell, aged 34,", "Bell, age 34,", "Bell, now 34,",
            // "Bell, who is 34," or "Bell (34)".
            // ("Bell, who is now 34," too.)
            let k = if b >= 1 && toks[b - 1].is("now") {
                b - 1
            } else {
                b
            };
            let comma = if k >= 1 && (toks[k - 1].is("aged") || toks[k - 1].is("age")) {
                k.checked_sub(2)?
            } else if k >= 3 && toks[k - 1].is("is") && toks[k - 2].is("who") {
                k - 3
            } else {
                k.checked_sub(1)?
            };
            let bracket = toks[comma].is_punct('(') && after.is_some_and(|t| t.is_punct(')'));
            if !(toks[comma].is_punct(',') || bracket) || comma == 0 {
                return None;
            }
            let Some(name) = name_ending_at(toks, comma - 1) else {
                // "The mother of two, 38,": a description, not a name.
                let (article, head) = described::description_before(toks, comma)?;
                let end = if bracket {
                    after?.span().end
                } else {
                    q.span.end
                };
                return Some(Mention {
                    at: article,
                    head: Some(head),
                    ..make(None, toks[article].span().start..end)
                });
            };
            // The phrase opens with the name's first word ("Lloyd-Evans",
            // "Rocha da Cunha", "Carys Lloyd-Evans").
            let surname = surname_start(toks, comma - 1);
            let start = if name.first.is_some() || name.alias.is_some() {
                surname.saturating_sub(1 + usize::from(name.alias.is_some()))
            } else {
                surname
            };
            let end = if bracket || years_old {
                after.filter(|_| bracket).unwrap_or(&toks[last]).span().end
            } else {
                q.span.end
            };
            Some(make(Some(name), toks[start].span().start..end))
        }
        Unit::Age if possessive(&toks[q.last]) => {
            // "the 45-year-old's lawyer": the age stands alone for its owner.
            let article = b.checked_sub(1).map(|i| &toks[i])?;
            article
                .is("the")
                .then(|| make(None, article.span().start..q.span.end))
        }
        Unit::Age => {
            // "72-year-old Putin" (but "a 29-year-old Berlin woman" names a place,
            // and "the 53-year-old Italian" a nationality).
            let nationality = |n: &Name| {
                n.first.is_none()
                    && super::lexicon::Lexicon::builtin()
                        .entity(&n.surname)
                        .is_some()
            };
            if let Some(name) = name_starting_at(toks, q.last + 1).filter(|n| !nationality(n)) {
                let mut end = q.last + 1;
                while toks.get(end + 1).is_some_and(is_name_word) && end < q.last + 3 {
                    end += 1;
                }
                let lex = super::lexicon::Lexicon::builtin();
                let noun_after = toks.get(end + 1).is_some_and(|t| {
                    t.kind == Kind::Word
                        && !t.is_capitalised()
                        && super::lexicon::with_lemma(t.text, |l| {
                            lex.is_people_noun(l) || lex.is_generic(l)
                        })
                });
                if noun_after {
                    return None;
                }
                return Some(make(Some(name), q.span.clone()));
            }
            let article = b.checked_sub(1).map(|i| &toks[i])?;
            // "Keller is a 45-year-old mother of two", "She is a 45-year-old nurse".
            if (article.is("a") || article.is("an")) && b >= 2 {
                if let Some(who) = copula::subject_of_is(toks, b - 2) {
                    return Some(told(who, q.span.clone()));
                }
            }
            // "Bell, a 34-year-old mechanic"
            if (article.is("a") || article.is("an") || article.is("the"))
                && b >= 3
                && toks[b - 2].is_punct(',')
            {
                if let Some(name) = name_ending_at(toks, b - 3) {
                    return Some(make(Some(name), q.span.clone()));
                }
            }
            // "the 69-year-old former president, Bolsonaro,": named in apposition.
            if article.is("the") {
                if let Some(name) = apposed_name(toks, q.last + 1) {
                    return Some(make(Some(name), q.span.clone()));
                }
            }
            // "A 71-year-old man was rescued": someone unnamed brought in.
            if is_article_a(article) {
                // (The noun after an age is the token right after it.)
                let noun = subject::noun_after_age(toks, q.last)?;
                let lemma = one_person_noun(noun)?;
                return Some(Mention {
                    at: b - 1,
                    head: Some(q.last + 1),
                    introduces: Some(lemma),
                    ..make(None, article.span().start..noun.span().end)
                });
            }
            // "the 43-year-old": someone already named (but "the 60-year-old firm" is no one).
            if article.is("the") && !subject::ages_a_thing(toks, q.last) {
                return Some(make(None, article.span().start..q.span.end));
            }
            None
        }
        _ => None,
    }
}

/// The tokens read before token `at` of `paragraph` for whom an age means:
/// the paragraph up to it and up to `reach` paragraphs before, at most
/// [`WINDOW`] tokens in all (so a draft of thousands of ages stays linear).
/// Gives each paragraph's index and the range of its tokens, oldest first.
fn passage(
    paras: &[Parsed<'_, '_>],
    paragraph: usize,
    at: usize,
    reach: usize,
) -> Vec<(usize, std::ops::Range<usize>)> {
    let mut budget = WINDOW;
    let mut out = Vec::new();
    for p in (paragraph.saturating_sub(reach)..=paragraph).rev() {
        let end = if p == paragraph { at } else { paras[p].0.len() };
        let start = end.saturating_sub(budget);
        out.push((p, start..end));
        budget -= end - start;
        if budget == 0 {
            break;
        }
    }
    out.reverse();
    out
}

/// Tokens read back from an age at most, whatever the paragraphs' length.
const WINDOW: usize = 1_500;

/// The id of someone unnamed, by the noun the story brought them in by
/// ("the man"; `conflicts::what` names their age by it).
fn unnamed(noun: &str) -> String {
    format!("the {noun}")
}

/// "a" or "an".
fn is_article_a(t: &Token<'_>) -> bool {
    t.is("a") || t.is("an")
}

/// Nouns for one person that neither the lexicon's people nouns nor an
/// agent's ending give.
#[rustfmt::skip]
const ONE_PERSON: &[&str] = &[
    "man", "woman", "boy", "girl", "pensioner", "teenager", "motorist", "pedestrian",
];

/// The lemma of a lower-case noun for one person ("man", "woman",
/// "cyclist", "pensioner"), as "A 71-year-old man" brings someone in with.
fn one_person_noun(t: &Token<'_>) -> Option<String> {
    if t.kind != Kind::Word || t.is_capitalised() || looks_plural(t.text) {
        return None;
    }
    super::lexicon::with_lemma(t.text, |l| names_one_person(l).then(|| l.to_string()))
}

/// Does a lemma name one person: a people noun of the lexicon, one of
/// [`ONE_PERSON`], or an agent's ending ("cyclist", "pensioner")?
fn names_one_person(lemma: &str) -> bool {
    let lex = super::lexicon::Lexicon::builtin();
    lex.is_people_noun(lemma)
        || ONE_PERSON.contains(&lemma)
        || AGENT_ENDINGS
            .iter()
            .any(|e| lemma.ends_with(e) && lemma.len() > e.len() + 2)
}

/// Is a headline's "name" a common noun for one person ("Man", "Teenager",
/// "Pensioner"), naming no one?
fn names_no_one(word: &str) -> bool {
    super::lexicon::with_lemma(word, names_one_person)
}

/// "45-year-old's": an age with a possessive ending.
fn possessive(last: &Token<'_>) -> bool {
    last.stem().len() != last.text.len()
}

/// The name set off by commas after a description that starts at `from`
/// ("former president, Jair Bolsonaro, said"): up to four lower-case words, a
/// comma, the name and a closing comma or full stop.
fn apposed_name(toks: &[Token<'_>], from: usize) -> Option<Name> {
    let sentence = toks.get(from)?.sentence();
    let comma = (from..toks.len().min(from + 5)).find(|&j| {
        let t = &toks[j];
        t.kind != Kind::Word || t.is_capitalised() || t.sentence() != sentence
    })?;
    // ("The 20-year-old apprentice's mother, Adaeze Oduya,": the name is
    // the mother's; the age, the apprentice's.)
    if !toks[comma].is_punct(',') || comma == from || toks[from..comma].iter().any(possessive) {
        return None;
    }
    let mut end = comma + 1;
    while toks.get(end + 1).is_some_and(is_name_word) && end < comma + 3 {
        end += 1;
    }
    let closes = toks
        .get(end + 1)
        .is_some_and(|t| t.is_punct(',') || t.is_punct('.'));
    if !closes || !toks.get(comma + 1).is_some_and(is_name_word) {
        return None;
    }
    name_ending_at(toks, end)
}

/// The people of a document, as far as ages need them: who is named with an
/// age, who speaks, and which surnames belong to more than one person.
struct People {
    /// Surname (or a named person's first name) → person id (their surname).
    ids: FastMap<String, String>,
    /// Person id → the ages given directly, each value once.
    ages: FastMap<String, Vec<f64>>,
    /// Every age the draft writes but a bare "the 43-year-old" (with a name or
    /// not: "a 91-year-old widow"), as `f64` bits (ages are whole and positive).
    given: FastSet<u64>,
    /// Surnames seen with two different first names ("Lorenzo Conti", "Paola Conti").
    shared: FastMap<String, bool>,
    /// Surnames of people the text names as people (see [`subject::person_at`]),
    /// read only once a bare reference may be the story's subject's.
    persons: std::cell::OnceCell<FastSet<String>>,
    /// The word before a particle → the surname it goes with ("lula" → "silva"),
    /// None where it goes with two.
    aliases: FastMap<String, Option<String>>,
    /// Every age given with a name, by person id.
    stated: Vec<(String, f64)>,
    /// The first person given an age.
    subject: Option<Subject>,
    /// Person id → the first name an age was given with ("Colin Hebden, 71,").
    first_names: FastMap<String, String>,
    /// A noun someone unnamed is brought in by with an age ("A 71-year-old
    /// man") → where, or none where two are brought in by it.
    introduced: FastMap<String, Option<(usize, usize)>>,
}

impl People {
    fn collect(paras: &[Parsed<'_, '_>], mentions: &[Mention], headline: bool) -> People {
        let mut ids: FastMap<String, String> = FastMap::default();
        let mut firsts: FastMap<String, String> = FastMap::default();
        let mut shared: FastMap<String, bool> = FastMap::default();
        // Speakers and other people's first names matter only to "the 43-year-old";
        // without one, only the first names of the surnames given with an age do.
        let bare = mentions.iter().any(|m| m.name.is_none());
        let surnames: FastSet<&str> = mentions
            .iter()
            .filter_map(|m| m.name.as_ref().map(|n| n.surname.as_str()))
            .collect();
        // The surnames' lengths as bits (63 for any longer): an ASCII word keeps its
        // length in lower case, so most words need no lookup.
        let lengths = surnames
            .iter()
            .fold(0u64, |bits, s| bits | 1 << s.len().min(63));
        let may_be_surname =
            |stem: &str| !stem.is_ascii() || lengths & (1 << stem.len().min(63)) != 0;
        for (p, (toks, _)) in paras.iter().enumerate() {
            for i in 0..toks.len() {
                let t = &toks[i];
                // Only a capitalised word is a name word (here and in `speaker_at`).
                let named = t.is_capitalised() && {
                    let stem = t.stem();
                    may_be_surname(stem) && with_lower(stem, |k| surnames.contains(k))
                };
                if !(bare || named) {
                    continue;
                }
                // "Lorenzo Conti": remember first names per surname, from the
                // body: a headline capitalises its first word or every word
                // ("Debutant Kiprop wins"), and names no one the body does not.
                let s = surname_start(toks, i);
                if s >= 1
                    && is_name_word(t)
                    && is_name_word(&toks[s - 1])
                    && !toks[s - 1].is_punct('-')
                    && toks[s - 1].sentence() == t.sentence()
                    && !(headline && p == 0)
                {
                    let first = key(&toks[s - 1]);
                    let entry = firsts.entry(key(t)).or_insert_with(|| first.clone());
                    if *entry != first {
                        shared.insert(key(t), true);
                    }
                }
                if let Some(name) = speaker_at(toks, i) {
                    ids.entry(name.clone()).or_insert(name);
                }
            }
        }
        let mut ages: FastMap<String, Vec<f64>> = FastMap::default();
        let mut aliases: FastMap<String, Option<String>> = FastMap::default();
        for m in mentions {
            let Some(name) = &m.name else { continue };
            ids.insert(name.surname.clone(), name.surname.clone());
            if let Some(first) = &name.first {
                ids.entry(first.clone())
                    .or_insert_with(|| name.surname.clone());
            }
            // (Each value once: an age given a thousand times is one value
            // to weigh a bare age against, not a thousand.)
            let mut add = |id: String| {
                let values = ages.entry(id).or_default();
                if !values.contains(&m.q.value) {
                    values.push(m.q.value);
                }
            };
            add(name.surname.clone());
            // "Peter Quayle, 71," among other Quayles: his by his full name.
            if let Some(first) = &name.first {
                add(format!("{first} {}", name.surname));
            }
            if let Some(alias) = &name.alias {
                let to = aliases
                    .entry(alias.clone())
                    .or_insert_with(|| Some(name.surname.clone()));
                if to.as_ref() != Some(&name.surname) {
                    *to = None;
                }
            }
        }
        if !aliases.is_empty() {
            drop_shared_aliases(paras, &mut aliases);
        }
        // Ages written without a name ("a 91-year-old widow") are someone's too.
        let bare_at: FastSet<(usize, usize)> = mentions
            .iter()
            .filter(|m| m.name.is_none() && m.introduces.is_none())
            .map(|m| (m.paragraph, m.q.first))
            .collect();
        let bare_at = &bare_at;
        let unnamed = paras.iter().enumerate().flat_map(|(p, (_, qs))| {
            qs.iter()
                .filter(move |q| q.unit == Unit::Age && !bare_at.contains(&(p, q.first)))
                .map(|q| q.value)
        });
        // "At 28 he set out …": an age someone was at a time the story tells.
        let at_a_time = paras.iter().flat_map(|(toks, qs)| {
            qs.iter()
                .filter(|q| {
                    q.unit == Unit::Count
                        && q.hedge == Hedge::Exact
                        && q.hedge_start >= 1
                        && toks[q.hedge_start - 1].is("at")
                        && starts_sentence(toks, q.hedge_start - 1)
                })
                .map(|q| q.value)
        });
        // (Only a bare reference asks.)
        let given = if bare {
            let named = ages.values().flatten().copied();
            named
                .chain(unnamed)
                .chain(at_a_time)
                .map(f64::to_bits)
                .collect()
        } else {
            FastSet::default()
        };
        let mut people = People {
            aliases,
            ids,
            ages,
            given,
            shared,
            persons: std::cell::OnceCell::new(),
            stated: Vec::new(),
            subject: None,
            first_names: FastMap::default(),
            introduced: FastMap::default(),
        };
        for m in mentions {
            if let Some(noun) = &m.introduces {
                people
                    .introduced
                    .entry(noun.clone())
                    .and_modify(|at| *at = None)
                    .or_insert(Some((m.paragraph, m.at)));
            }
        }
        // (Not a surname two people share: its first name would be either's.)
        people.first_names = mentions
            .iter()
            .filter_map(|m| m.name.as_ref())
            .filter(|n| !people.shared.contains_key(&n.surname))
            .filter_map(|n| Some((n.surname.clone(), n.first.clone()?)))
            .collect();
        if bare {
            people.stated = mentions
                .iter()
                .filter_map(|m| {
                    let name = m.name.as_ref()?;
                    let id = people.id_of_name(name);
                    Some((id.unwrap_or_else(|| name.surname.clone()), m.q.value))
                })
                .collect();
            people.subject = Subject::first(mentions, &people);
        }
        people
    }

    /// The given name the draft writes for person `id`: the one an age was
    /// given with, or the first word of a full-name id ("agnes" of "agnes
    /// holbrook", where two share the surname).
    fn first_name_of<'s>(&'s self, id: &'s str) -> Option<&'s str> {
        self.first_names
            .get(id)
            .map(String::as_str)
            .or_else(|| id.rsplit_once(' ').map(|(first, _)| first))
    }

    /// Is `id` a person the draft gives an age with their name, and the only
    /// one of that surname (so a bare age may be compared with theirs)?
    fn aged(&self, id: &str) -> bool {
        // (A full name, "peter quayle", is an id only where the surname is shared.)
        self.ages.contains_key(id) && (id.contains(' ') || !self.shared.contains_key(id))
    }

    /// Is `id` given an age a slip from `value` (see [`gender::slip_apart`])?
    fn slipped_from(&self, id: &str, value: f64) -> bool {
        self.ages
            .get(id)
            .is_some_and(|ages| ages.iter().any(|&a| gender::slip_apart(a, value)))
    }

    /// Of the people `ids`, the one given an age a slip from `value`; none
    /// where two are, or none is.
    fn the_one_slipped<'i>(
        &self,
        ids: impl IntoIterator<Item = &'i str>,
        value: f64,
    ) -> Option<&'i str> {
        let mut slips = ids.into_iter().filter(|id| self.slipped_from(id, value));
        let one = slips.next()?;
        slips.next().is_none().then_some(one)
    }

    /// "Marguerite Ostrander, 58, will join the board. The 63-year-old said
    /// she …": the person the sentence before is about, where they have an age
    /// of their own and the reference's sex can mean them in `view`
    /// ([`gender::InView::may_mean`]).
    fn previous_subject_of_sex(
        &self,
        paras: &[Parsed<'_, '_>],
        m: &Mention,
        view: &gender::InView,
        sex: gender::Sex,
    ) -> Option<String> {
        let (p, sentence) = sentence_before(paras, m.paragraph, m.at)?;
        let toks = paras[p].0;
        let j = past_titles(toks, sentence.start, sentence.end);
        let j = role_named_after(toks, j, sentence.end).unwrap_or(j);
        let id = self.ids.get(&name_starting_at(toks, j)?.surname)?;
        if !self.aged(id) || !view.may_mean(id, sex) {
            return None;
        }
        // ("Carvalho sails with her deckhand Zofka": she may be the one meant.)
        let someone_else = sentence.clone().any(|i| {
            self.person_named_at(paras, toks, i).is_some_and(|o| {
                o != *id
                    && (self.ages.contains_key(&o)
                        || self.persons(paras).contains(&o)
                        || roles::named_by_role(toks, i))
            })
        });
        (!someone_else).then(|| id.clone())
    }

    /// The person `name` means, where the draft gives them an age of their own.
    fn aged_by_name(&self, name: &Name) -> Option<String> {
        let id = self.id_of_name(name)?;
        self.aged(&id).then_some(id)
    }

    /// The id of someone unnamed that mention `m` brings in ("A 71-year-old
    /// man"): "the man", where no one else is brought in by that noun.
    fn introduced_by(&self, m: &Mention) -> Option<String> {
        let noun = m.introduces.as_deref()?;
        let at = (*self.introduced.get(noun)?)?;
        (at == (m.paragraph, m.at)).then(|| unnamed(noun))
    }

    /// Whom "the man, 17," or "the 46-year-old woman" at mention `m` means,
    /// by `noun`, where no one is named: the one unnamed person brought in
    /// before it by that noun with an age of their own ("A 71-year-old man").
    fn introduced_earlier(&self, m: &Mention, noun: &Token<'_>) -> Option<String> {
        let noun = one_person_noun(noun)?;
        let at = (*self.introduced.get(&noun)?)?;
        (at < (m.paragraph, m.at)).then(|| unnamed(&noun))
    }

    /// The one person brought in unnamed with an age before mention `m`, where
    /// the story brings in no one else so.
    fn lone_introduced(&self, m: &Mention) -> Option<String> {
        let mut before = self.introduced.iter();
        let (noun, at) = before.next()?;
        let at = (*at)?;
        (before.next().is_none() && at < (m.paragraph, m.at)).then(|| unnamed(noun))
    }

    /// The person an age with a written name belongs to, unless the surname is shared.
    fn id_of_name(&self, name: &Name) -> Option<String> {
        // "the 79-year-old Lula" after "Lula da Silva, 78,".
        if let (None, Some(Some(id))) = (&name.first, self.aliases.get(&name.surname)) {
            if !self.shared.contains_key(id) {
                return Some(id.clone());
            }
        }
        if self.shared.contains_key(&name.surname) {
            return name.first.as_ref().map(|f| format!("{f} {}", name.surname));
        }
        Some(name.surname.clone())
    }

    /// Whom a bare "the 43-year-old" means: the person the sentences before it
    /// are about; the story's subject, where the two ages are a slip apart (see
    /// [`People::story_subject`]); else the person named most often in the passage
    /// before it (this paragraph and the two before), if that is clearly one
    /// person whose age is given elsewhere.
    fn referent(&self, paras: &[Parsed<'_, '_>], m: &Mention) -> Result<String, &'static str> {
        let (paragraph, at, value) = (m.paragraph, m.at, m.q.value);
        // Someone in the article is that age: the reference may well be to them.
        if self.given.contains(&value.to_bits()) {
            return Err("age: someone is that age");
        }
        let toks = paras[paragraph].0;
        // "The 32-year-old twins", "the 18-year-old students": more than one
        // person, none of them named.
        if m.head.is_none()
            && subject::noun_after_age(toks, m.q.last).is_some_and(|n| looks_plural(n.text))
        {
            return Err("age: several people");
        }
        // "The nurse, aged 30,": whom the description means, by the role the
        // text gives someone or, where it gives it no one, by sex.
        if let Some(head) = m.head {
            return match roles::role_before(paras, paragraph, at, head) {
                roles::Role::Held(name) => {
                    self.aged_by_name(&name).ok_or("age: role's holder unaged")
                }
                roles::Role::Open => Err("age: role open"),
                roles::Role::Other => Err("age: role of another"),
                roles::Role::Unused => {
                    let sex = gender::reference_sex(toks, Some(head), m.q.last)
                        .ok_or("age: description: no sex")?;
                    self.by_sex_slipped(paras, m, sex)
                        .or_else(|| self.introduced_earlier(m, &toks[head]))
                        .ok_or("age: description: by sex, none")
                }
            };
        }
        // "Martina Keller, a teacher, …" … "the 45-year-old teacher": the one
        // person the text gives that role.
        match roles::role_of(paras, paragraph, m.q.last) {
            roles::Role::Held(name) => {
                return self.aged_by_name(&name).ok_or("age: role's holder unaged")
            }
            roles::Role::Other => return Err("age: role of another"),
            // Used for no one in particular or for several: the checks below decide.
            roles::Role::Open | roles::Role::Unused => {}
        }
        // "a man came in … The 35-year-old man was charged": someone the story
        // has described by that noun, not the person it named.
        // (Unless that someone was brought in with an age: "A woman aged 64
        // … The 46-year-old woman".)
        if subject::describes_someone_earlier(paras, paragraph, m.q.last) {
            return subject::noun_after_age(toks, m.q.last)
                .and_then(|noun| self.introduced_earlier(m, noun))
                .ok_or("age: describes someone earlier");
        }
        // "The 54-year-old says she …": the one person in view of that sex.
        if let Some(sex) = gender::reference_sex(toks, None, m.q.last) {
            // (The passage is read for whom it has in view once, for both readings.)
            let view = self.in_view(paras, paragraph, at);
            return self
                .slipped_in_view(&view, m, sex)
                .or_else(|| self.previous_subject_of_sex(paras, m, &view, sex))
                .ok_or("age: by sex, none");
        }
        // "Brody, 51, delivered … The 52-year-old used …": the person a previous
        // sentence is about, when one opens with a name; none if they have no stated age.
        if let Some((subject, first)) = previous_subject(paras, paragraph, at) {
            // ("Her granddaughter, Freya Holbrook," after "Agnes Holbrook, 91,":
            // another given name before the surname is someone else.)
            let another = |id: &String| {
                first
                    .as_ref()
                    .zip(self.first_name_of(id))
                    .is_some_and(|(a, b)| !a.eq_ignore_ascii_case(b))
            };
            if self.ids.get(&subject).is_some_and(another) {
                return Err("age: previous subject another of the surname");
            }
            let Some(id) = self.ids.get(&subject) else {
                // A sentence about a thing ("Liquidators have …", "Bramley holds …")
                // leaves the story's subject in view; one about someone else does not.
                if self.persons(paras).contains(&subject) {
                    return Err("age: previous subject someone unaged");
                }
                return self.story_subject(paras, m);
            };
            // (Unaged, they may be the one the age introduces; but not where
            // the story's subject is named after them, and the age is a slip
            // from the subject's: "Hale said Okoro was the right choice. The
            // 54-year-old has coached in Spain" after "Okoro, 45,".)
            if !self.aged(id) {
                return self
                    .story_subject(paras, m)
                    .map_err(|_| "age: previous subject unaged");
            }
            // "Mr Lane, 41, said … Ms Holt said the 18-year-old …": an age a slip
            // from the story's subject's (and no one else's) is theirs.
            // (Unless the age is no slip of theirs and a pronoun after it is
            // of the other sex: "Mrs Lund was treated … The 52-year-old
            // postman, who …, said he".)
            return match self.story_subject(paras, m) {
                Ok(subject) => Ok(subject),
                Err(_)
                    if self.slipped_from(id, m.q.value)
                        || self.pronoun_fits(paras, m, id, pronoun_after(paras, m)) =>
                {
                    Ok(id.clone())
                }
                Err(_) => Err("age: the pronoun is of the other sex"),
            };
        }
        if let Ok(id) = self.story_subject(paras, m) {
            return Ok(id);
        }
        let mut counts: FastMap<&str, usize> = FastMap::default();
        for (p, range) in passage(paras, paragraph, at, 2) {
            for t in &paras[p].0[range] {
                if t.kind == Kind::Word && t.is_capitalised() {
                    if let Some(id) = self.ids.get(&key(t)) {
                        *counts.entry(id.as_str()).or_default() += 1;
                    }
                }
            }
        }
        let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let Some(&(winner, n)) = ranked.first() else {
            // "A woman aged 64 has been charged … The 46-year-old will
            // appear": the one person brought in unnamed, where no one is named.
            return self.lone_introduced(m).ok_or("age: no one named before");
        };
        if ranked.get(1).is_some_and(|(_, m)| *m == n) {
            // "Ingrid Sandoval, 58, … Teodor Nwachukwu, 49. The 53-year-old":
            // of those named as often, the one whose age it is a slip of.
            // (Only an age standing for a person: not "The 85-year-old bakery".)
            let lex = super::lexicon::Lexicon::builtin();
            let for_a_person = subject::noun_after_age(toks, m.q.last).is_none_or(|n| {
                lex.is_people_noun(n.text) || AGENT_ENDINGS.iter().any(|e| n.text.ends_with(e))
            });
            let tied = ranked.iter().take_while(|r| r.1 == n).map(|r| r.0);
            let one = self
                .the_one_slipped(tied, value)
                .filter(|_| for_a_person)
                .ok_or("age: two named as often")?;
            return self.last_named_of(paras, m, one);
        }
        if !self.aged(winner) {
            return Err("age: most named unaged");
        }
        self.last_named_of(paras, m, winner)
    }

    /// Could the age at `m` be `id`'s by `sex`, the first pronoun after it in
    /// its sentence ([`pronoun_after`])? ("Mrs Pell was treated … The
    /// 26-year-old delivery driver said he": not hers.)
    fn pronoun_fits(
        &self,
        paras: &[Parsed<'_, '_>],
        m: &Mention,
        id: &str,
        sex: Option<gender::Sex>,
    ) -> bool {
        sex.is_none_or(|sex| {
            !self
                .in_view(paras, m.paragraph, m.at)
                .told_otherwise(id, sex)
        })
    }

    /// `id`, unless the age's sentence gives the other sex by a pronoun, or
    /// someone without an age is named in full ("Ivy Carrick", "Mr Rees")
    /// after `id` was last named and before the age at `m`: the age may as
    /// well be theirs ("… at the home of Ivy Carrick. The 91-year-old woke").
    fn last_named_of(
        &self,
        paras: &[Parsed<'_, '_>],
        m: &Mention,
        id: &str,
    ) -> Result<String, &'static str> {
        let own = paras[m.paragraph].0[m.at].sentence();
        // ("She replaces Colin Baird. … the 25-year-old had impressed them
        // with her plans": a man named since is no rival for her.)
        let sex = pronoun_after(paras, m);
        if !self.pronoun_fits(paras, m, id, sex) {
            return Err("age: the pronoun is of the other sex");
        }
        for (p, range) in passage(paras, m.paragraph, m.at, 2).into_iter().rev() {
            let toks = paras[p].0;
            for i in range.rev() {
                let t = &toks[i];
                if t.kind != Kind::Word || !t.is_capitalised() {
                    continue;
                }
                let named = self.ids.get(&key(t)).map(String::as_str);
                if named == Some(id) {
                    return Ok(id.to_string());
                }
                // ("Sandoval said Quellby's …": a surname before a name is no
                // given name; "Judge Amanda Roe told the 44-year-old": the one
                // speaking to or of the age is not whom it means.)
                let in_full = subject::named_in_full(toks, i)
                    && !self.ids.contains_key(&key(&toks[i - 1]))
                    && !(p == m.paragraph && t.sentence() == own)
                    && sex
                        .zip(gender::sex_of_named(toks, i))
                        .is_none_or(|(a, b)| a == b);
                if in_full && !named.is_some_and(|n| self.aged(n)) {
                    return Err("age: someone unaged named since");
                }
            }
        }
        Ok(id.to_string())
    }
}

/// The sex the first subject or possessive pronoun after the age of `m` in
/// its sentence gives ([`gender::pronoun_after`]).
fn pronoun_after(paras: &[Parsed<'_, '_>], m: &Mention) -> Option<gender::Sex> {
    gender::pronoun_after(paras[m.paragraph].0, m.q.last)
}

/// Forgets an alias the draft also writes before another surname ("Maria da
/// Costa" and "Maria dos Santos", "Maria Lopes"): it may then mean either.
fn drop_shared_aliases(paras: &[Parsed<'_, '_>], aliases: &mut FastMap<String, Option<String>>) {
    for (toks, _) in paras {
        for i in 0..toks.len() {
            let t = &toks[i];
            if !t.is_capitalised() || t.kind != Kind::Word {
                continue;
            }
            let Some(to) = with_lower(t.stem(), |k| aliases.get_mut(k)) else {
                continue;
            };
            let next = |k: usize| toks.get(i + k).filter(|n| n.sentence() == t.sentence());
            let particle = next(1).is_some_and(|n| NAME_PARTICLES.contains(&n.text));
            let from = if particle { i + 2 } else { i };
            let surname = name_starting_at(toks, from).map(|n| n.surname);
            let own = surname.as_deref() == Some(key(t).as_str());
            if !own && to.is_some() && surname != *to {
                *to = None;
            }
        }
    }
}

/// A person named as a speaker at token `i`: "Marshall said", "said Karen Liu",
/// "Judge José Ortega".
fn speaker_at(toks: &[Token<'_>], i: usize) -> Option<String> {
    let t = &toks[i];
    if !is_name_word(t) {
        return None;
    }
    let next = toks.get(i + 1);
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    let sentence_start = prev.is_none_or(|p| p.sentence() != t.sentence());
    if next.is_some_and(is_speech_verb) && !(sentence_start && looks_plural(t.text)) {
        return Some(key(t));
    }
    // The last word of a name after a title or after "said".
    let last_of_name = !next.is_some_and(|n| is_name_word(n));
    let introduced = prev.is_some_and(|p| is_title(p) || is_speech_verb(p))
        || (i >= 2
            && is_name_word(&toks[i - 1])
            && (is_title(&toks[i - 2]) || is_speech_verb(&toks[i - 2])));
    (last_of_name && introduced).then(|| key(t))
}

/// Is token `i` the first of a sentence? The sentence numbers say so, or a
/// closing quotation mark after a full stop does ("… for anybody." The 82-year-old).
fn starts_sentence(toks: &[Token<'_>], i: usize) -> bool {
    if tokens::opens_sentence(toks, i) {
        return true;
    }
    let closing = |t: &Token<'_>| {
        t.kind == Kind::Punct && (t.is_punct('"') || t.is_punct('”') || t.is_punct('’'))
    };
    let end = |t: &Token<'_>| t.is_punct('.') || t.is_punct('?') || t.is_punct('!');
    i >= 2 && toks[i].is_capitalised() && closing(&toks[i - 1]) && end(&toks[i - 2])
}

/// The person the sentences before token `at` are about: the name that opens the
/// nearest sentence opening with a name ("Brody, 51, delivered …", "Sen. Mitch
/// McConnell, 83, …"), passing over sentences that open with a quotation or a
/// pronoun. None when a sentence in between opens any other way.
fn previous_subject(
    paras: &[Parsed<'_, '_>],
    paragraph: usize,
    at: usize,
) -> Option<(String, Option<String>)> {
    const PRONOUNS: &[&str] = &["he", "she", "they", "his", "her", "their", "it"];
    let mut seen = 0;
    for (p, range) in passage(paras, paragraph, at, 1).into_iter().rev() {
        let toks = &paras[p].0;
        let mut end = range.end;
        if p == paragraph {
            // The sentence of the reference itself is not looked at.
            while end > range.start && !starts_sentence(toks, end) {
                end -= 1;
            }
        }
        for s in (range.start..end)
            .rev()
            .filter(|&i| starts_sentence(toks, i))
        {
            seen += 1;
            if seen > 6 {
                return None;
            }
            let j = past_titles(toks, s, end);
            let t = toks.get(j).filter(|_| j < end)?;
            if t.kind == Kind::Punct {
                // A quotation: whoever speaks, it is not a new subject.
                continue;
            }
            // "Her granddaughter, Freya Holbrook, finished …": a sentence
            // about someone its possessive brings in by name.
            let named_by_role = ["his", "her", "their"]
                .iter()
                .any(|w| t.is(w))
                .then(|| {
                    let mut k = j + 1;
                    while k < end
                        && k <= j + 3
                        && toks[k].kind == Kind::Word
                        && !toks[k].is_capitalised()
                    {
                        k += 1;
                    }
                    if k < end && toks[k].is_punct(',') {
                        k += 1;
                    }
                    // (Not one who speaks: "Her coach, Ian Pryce, said she had
                    // trained" is about her still.)
                    let sentence = toks[j].sentence();
                    let speaks = toks[k..end]
                        .iter()
                        .take_while(|x| x.sentence() == sentence)
                        .any(|x| x.has(words::SPEECH));
                    (k > j + 1 && k < end && is_name_word(&toks[k]) && !speaks).then_some(k)
                })
                .flatten();
            let j = match named_by_role {
                Some(k) => k,
                None if PRONOUNS.iter().any(|w| t.is(w)) => continue,
                None if !is_name_word(t) => return None,
                None => j,
            };
            let j = role_named_after(toks, j, end).unwrap_or(j);
            let name = name_starting_at(toks, j)?;
            // "Tom Hale, 31, won … and Ayo Bello, 24, finished second": a
            // sentence about two people given ages is about neither alone.
            let sentence = toks[s].sentence();
            let second_aged = (s..end)
                .take_while(|&k| toks[k].sentence() == sentence)
                .filter_map(|k| aged_name_at(toks, k))
                .any(|other| other.surname != name.surname);
            if second_aged {
                return None;
            }
            return Some((whole_name_end(toks, j).unwrap_or(name.surname), name.first));
        }
    }
    None
}

/// The first token from `start` (before `end`) past the titles a sentence
/// may open its subject's name with ("Sen. Mitch McConnell", "Dr Rao").
fn past_titles(toks: &[Token<'_>], start: usize, end: usize) -> usize {
    let mut j = start;
    while j < end && (is_title(&toks[j]) || toks[j].is_punct('.')) {
        j += 1;
    }
    j
}

/// The tokens of the sentence right before the one token `at` of
/// `paragraph` stands in (the last of the paragraph before, where it opens its
/// own), by paragraph.
fn sentence_before(
    paras: &[Parsed<'_, '_>],
    paragraph: usize,
    at: usize,
) -> Option<(usize, std::ops::Range<usize>)> {
    // (Each sentence is read back at most a window's length, so a draft of
    // one endless sentence stays linear.)
    let toks = paras[paragraph].0;
    let at = at.min(toks.len());
    let own = (at.saturating_sub(WINDOW)..=at)
        .rev()
        .find(|&i| i == 0 || starts_sentence(toks, i))?;
    let (p, end) = if own > 0 {
        (paragraph, own)
    } else {
        let p = paragraph.checked_sub(1)?;
        (p, paras[p].0.len())
    };
    let toks = paras[p].0;
    let last = end.checked_sub(1)?;
    let start = (last.saturating_sub(WINDOW)..=last)
        .rev()
        .find(|&i| i == 0 || starts_sentence(toks, i))?;
    Some((p, start..end))
}

/// Where the name of the person starts in a sentence opening at token `j`
/// with a firm's or a place's name and their role: "Kwelera chief executive
/// Thandeka Nyathikazi, 58, will join …" (one to three lower-case words
/// between, none a small word or a verb in -ed); none otherwise.
fn role_named_after(toks: &[Token<'_>], j: usize, end: usize) -> Option<usize> {
    let sentence = toks[j].sentence();
    let mut k = j;
    while k < end && is_name_word(&toks[k]) {
        k += 1;
    }
    let first_role = k;
    while k < end
        && k < first_role + 3
        && toks[k].kind == Kind::Word
        && !toks[k].is_capitalised()
        && !toks[k].has(words::STOP | words::SPEECH)
        && !toks[k].text.ends_with("ed")
    {
        k += 1;
    }
    let named = toks.get(k).filter(|t| k < end && t.sentence() == sentence);
    (k > first_role && named.is_some_and(is_name_word)).then_some(k)
}

/// Particles inside a name ("Lula da Silva", "van der Berg").
const NAME_PARTICLES: &[&str] = &[
    "da", "de", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "bin",
    "al", "la", "le",
];

/// The last word of a long name that starts at `start` ("Luiz Inacio Lula da
/// Silva" → "silva"), where it runs past the words a name is read from.
fn whole_name_end(toks: &[Token<'_>], start: usize) -> Option<String> {
    let sentence = toks[start].sentence();
    let mut last = start;
    let mut k = start + 1;
    while let Some(t) = toks.get(k).filter(|t| t.sentence() == sentence) {
        if is_name_word(t) {
            last = k;
        } else if !NAME_PARTICLES.iter().any(|p| t.is(p)) {
            break;
        }
        k += 1;
    }
    (last > start + 2).then(|| key(&toks[last]))
}
