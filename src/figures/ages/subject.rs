//! The story's subject: whom "the 47-year-old" means when the passage names no
//! one else, the first person given an age, where the two ages are a slip apart.

use super::*;

/// Paragraphs looked back through for the subject's last mention.
pub(super) const REACH: usize = 8;

/// The first person the story gives an age, as a bare reference may mean them.
pub(super) struct Subject {
    /// Person id (as [`People::id_of_name`] gives it).
    pub id: String,
    /// The words the text names them by: surname and first name.
    pub keys: Vec<String>,
    /// The age given with their name.
    pub age: f64,
    /// Where that age is written: paragraph and token.
    pub at: (usize, usize),
}

impl Subject {
    /// The person of the draft's first age given with a name (in years, not a decade).
    pub fn first(mentions: &[Mention], people: &People) -> Option<Subject> {
        let m = mentions
            .iter()
            .filter(|m| m.name.is_some())
            .min_by_key(|m| (m.paragraph, m.at))?;
        let name = m.name.as_ref()?;
        if m.q.hedge == Hedge::Range {
            return None;
        }
        let id = people.id_of_name(name)?;
        let keys = std::iter::once(name.surname.clone())
            .chain(name.first.clone())
            .collect();
        Some(Subject {
            id,
            keys,
            age: m.q.value,
            at: (m.paragraph, m.at),
        })
    }
}

/// Two ages one slip apart: a year ("46", "47") or two digits swapped ("56", "65").
pub(super) fn slipped(a: f64, b: f64) -> bool {
    if a == b || a.fract() != 0.0 || b.fract() != 0.0 {
        return false;
    }
    let swapped = |x: f64| {
        let x = x as u32;
        (10..100).contains(&x).then(|| (x % 10) * 10 + x / 10)
    };
    (a - b).abs() == 1.0 || swapped(a).is_some_and(|s| f64::from(s) == b)
}

impl People {
    /// "The 47-year-old" at token `at` of `paragraph` as the story's subject:
    /// their age and `value` are a slip apart and no one else's are, and no other
    /// person without a stated age is named since the subject last was, but as a
    /// speaker where the age is spoken of: "Mr Ogun said …" a paragraph before
    /// "Defending, Ms Holt said the 24-year-old …".
    pub(super) fn story_subject(
        &self,
        paras: &[Parsed<'_, '_>],
        m: &Mention,
    ) -> Result<String, &'static str> {
        let (paragraph, at, value) = (m.paragraph, m.at, m.q.value);
        let s = self.subject.as_ref().ok_or("age: no story subject")?;
        if (paragraph, at) <= s.at || !slipped(value, s.age) {
            return Err("age: not the subject's, a slip away");
        }
        // "The 42-year-old head baker, who trained in Lyon": a description
        // may bring in someone new; only an age standing for a person alone
        // ("The 47-year-old showed no emotion") is taken for the subject's.
        if describes_with_a_noun(paras[paragraph].0, m.q.last) {
            return Err("age: a description, not the subject's");
        }
        if self
            .stated
            .iter()
            .any(|(id, age)| *id != s.id && (*age == value || slipped(value, *age)))
        {
            return Err("age: another's a slip away");
        }
        // "Ms Holt said the 24-year-old …": the age is spoken of, so whoever
        // spoke before is not whom it means.
        // (Read only when such a speaker is met.)
        let own = paras[paragraph].0;
        let spoken_of = || {
            (0..at)
                .rev()
                .take_while(|&i| own[i].sentence() == own[at].sentence())
                .any(|i| speaks(own, i))
        };
        for (p, range) in passage(paras, paragraph, at, REACH).into_iter().rev() {
            let toks = paras[p].0;
            for i in range.rev() {
                let t = &toks[i];
                if t.kind != Kind::Word || !t.is_capitalised() {
                    continue;
                }
                let (subject, rival) = with_lower(t.stem(), |k| {
                    let rival = self.persons(paras).contains(k) && !self.ages.contains_key(k);
                    (s.keys.iter().any(|x| x == k), rival)
                });
                // ("Her granddaughter, Freya Holbrook," after "Agnes Holbrook,
                // 91,": the subject's surname after another given name is
                // someone else, a rival where the draft gives them no age.)
                let other_given = i >= 1
                    && is_name_word(&toks[i - 1])
                    && !is_title(&toks[i - 1])
                    && crate::names::ordinary::is_common_given(&crate::names::fold(
                        toks[i - 1].text,
                    ))
                    && toks[i - 1].sentence() == t.sentence()
                    && self
                        .first_name_of(&s.id)
                        .is_some_and(|first| !toks[i - 1].text.eq_ignore_ascii_case(first))
                    && with_lower(toks[i - 1].text, |first| {
                        with_lower(t.stem(), |surname| {
                            !self.ages.contains_key(&format!("{first} {surname}"))
                        })
                    });
                if subject && other_given {
                    return Err("age: another of the subject's surname named since");
                }
                if subject {
                    return Ok(s.id.clone());
                }
                if rival && !(speaks(toks, i) && spoken_of()) {
                    return Err("age: another named since the subject");
                }
            }
        }
        Err("age: the subject not named in reach")
    }
}

/// Things news gives an age ("the 60-year-old firm", "the 44-year-old club"):
/// a bare age that runs on to one is not a person's. (Sorted, for a binary search.)
#[rustfmt::skip]
const THINGS: &[&str] = &[
    "agency", "agreement", "aircraft", "airport", "album", "alliance", "arena", "ban", "bank",
    "boat", "book", "brand", "bridge", "building", "business", "campaign", "canal", "car",
    "case", "center", "centre", "chain", "chapel", "charity", "church", "club", "college",
    "company", "complex", "computer", "conflict", "constitution", "contract", "course", "dam",
    "deal", "design", "dispute", "dynasty", "engine", "estate", "event", "facility", "factory",
    "farm", "festival", "feud", "film", "firm", "fleet", "foundation", "franchise", "fund",
    "garden", "government", "ground", "group", "home", "hospital", "hotel", "house",
    "institute", "institution", "jail", "jet", "landmark", "law", "league", "library", "line",
    "machine", "magazine", "market", "marriage", "mill", "mine", "monument", "mosque",
    "movement", "museum", "mystery", "network", "newspaper", "order", "organisation",
    "organization", "paper", "park", "party", "pipeline", "plane", "plant", "policy", "port",
    "practice", "prison", "program", "programme", "property", "race", "railroad", "railway",
    "reactor", "record", "regime", "restaurant", "rivalry", "road", "rule", "scheme", "school",
    "series", "ship", "shop", "show", "site", "song", "stadium", "station", "statue", "store",
    "structure", "system", "tax", "temple", "terminal", "theater", "theatre", "tournament",
    "tower", "track", "tradition", "treaty", "tree", "trust", "tunnel", "union", "university",
    "vehicle", "venue", "vessel", "war",
];

/// Is this (lower-case) noun one of the [`THINGS`] news gives an age?
pub(super) fn names_a_thing(noun: &str) -> bool {
    THINGS.binary_search(&noun).is_ok()
}

/// Does the bare age ending at token `last` ("the 60-year-old firm") run on to a
/// thing rather than a person? Read over up to three lower-case words; a noun
/// for a person first ("the 57-year-old chief executive") keeps it a person's.
pub(super) fn ages_a_thing(toks: &[Token<'_>], last: usize) -> bool {
    if possessive(&toks[last]) {
        return false;
    }
    let lex = crate::figures::lexicon::Lexicon::builtin();
    let sentence = toks[last].sentence();
    for (k, t) in toks[last + 1..].iter().take(3).enumerate() {
        if t.kind != Kind::Word || t.is_capitalised() || t.sentence() != sentence {
            return false;
        }
        // (A noun after an age is singular: no lemma needed.)
        if t.has(words::TITLE) || lex.is_people_noun(t.text) || lex.is_generic(t.text) {
            return false;
        }
        // The phrase's head, not a noun before another ("the 45-year-old party
        // leader"): what follows is no word, a small word or a verb in the past.
        let head = toks.get(last + 1 + k + 1).is_none_or(|n| {
            n.kind != Kind::Word
                || n.is_capitalised()
                || n.has(words::STOP | words::SPEECH)
                || n.text.ends_with("ed")
        });
        if head && THINGS.binary_search(&t.text).is_ok() {
            return true;
        }
    }
    false
}

/// Does the bare age ending at token `last` run on to a lower-case word that
/// is not a verb or a small word ("the 42-year-old head baker", not "the
/// 47-year-old showed" or "the 24-year-old had")?
fn describes_with_a_noun(toks: &[Token<'_>], last: usize) -> bool {
    noun_after_age(toks, last).is_some()
}

/// The noun a bare age ending at token `last` runs on to ("the 42-year-old
/// head baker", "the 45-year-old teacher"): the lower-case word after it, not
/// a verb or a small word; none after a possessive age.
pub(super) fn noun_after_age<'t, 'a>(toks: &'t [Token<'a>], last: usize) -> Option<&'t Token<'a>> {
    word_after_age(toks, last).filter(|t| {
        !t.has(words::STOP | words::SPEECH) && !t.text.ends_with("ed") && !present_verb(t.text)
    })
}

/// A verb of the present after a bare age ("the 32-year-old collects", "the
/// 54-year-old lives"): a word in -s after one person's age that is no plural
/// of people ("the 18-year-old twins", "the 40-year-old workers").
fn present_verb(word: &str) -> bool {
    if !looks_plural(word) {
        return false;
    }
    let lex = crate::figures::lexicon::Lexicon::builtin();
    crate::figures::lexicon::with_lemma(word, |l| {
        let agent = AGENT_ENDINGS
            .iter()
            .chain(&["man", "woman"])
            .any(|e| l.ends_with(e));
        !(lex.is_people_noun(l) || agent || super::described::is_kin(l) || l == "twin")
    })
}

/// The lower-case word right after a bare age ending at token `last`, in its
/// sentence ("the 42-year-old head baker"); none after a possessive age
/// ("the 45-year-old's lawyer"), whose next word is someone else.
fn word_after_age<'t, 'a>(toks: &'t [Token<'a>], last: usize) -> Option<&'t Token<'a>> {
    if possessive(&toks[last]) {
        return None;
    }
    toks.get(last + 1).filter(|t| {
        t.kind == Kind::Word && !t.is_capitalised() && t.sentence() == toks[last].sentence()
    })
}

/// Does the bare age ending at token `last` of `paragraph` run on to a noun for
/// a person ("the 35-year-old man", "the 54-year-old driver") that the story
/// has already used, in lower case, for someone ("a man came in", "The driver
/// stopped")? Then it describes that someone, whom the text need not name: the
/// victim named with her age is not the suspect. Looks back at most [`REACH`]
/// paragraphs.
pub(super) fn describes_someone_earlier(
    paras: &[Parsed<'_, '_>],
    paragraph: usize,
    last: usize,
) -> bool {
    let lex = crate::figures::lexicon::Lexicon::builtin();
    let toks = &paras[paragraph].0;
    let Some(noun) =
        word_after_age(toks, last).filter(|t| lex.is_people_noun(t.text) || lex.is_generic(t.text))
    else {
        return false;
    };
    let same = |t: &Token<'_>| t.kind == Kind::Word && t.text.eq_ignore_ascii_case(noun.text);
    passage(paras, paragraph, last, REACH)
        .into_iter()
        .any(|(p, range)| paras[p].0[range].iter().any(same))
}

impl People {
    /// The surnames of every person the draft names as one (read once, when first asked).
    pub(super) fn persons(&self, paras: &[Parsed<'_, '_>]) -> &FastSet<String> {
        self.persons.get_or_init(|| {
            let mut persons = FastSet::default();
            for (toks, _) in paras {
                persons.extend((0..toks.len()).filter_map(|i| person_at(toks, i)));
            }
            persons
        })
    }
}

/// Is token `i` part of a name followed by a speech verb ("Rachel Holt said",
/// "…, Rachel Holt, said")?
fn speaks(toks: &[Token<'_>], i: usize) -> bool {
    let mut end = i;
    while toks
        .get(end + 1)
        .is_some_and(|t| is_name_word(t) && t.sentence() == toks[i].sentence())
    {
        end += 1;
    }
    // ("The chairman, Tom Reed, said": a name set off by commas.)
    let verb = if toks.get(end + 1).is_some_and(|t| t.is_punct(',')) {
        end + 2
    } else {
        end + 1
    };
    toks.get(verb).is_some_and(is_speech_verb)
}

/// Is token `i` a surname after a title or a common given name ("Mr Reed",
/// "Ivy Carrick"): a person, whatever the sentence does with them?
pub(super) fn named_in_full(toks: &[Token<'_>], i: usize) -> bool {
    i >= 1
        && toks[i - 1].sentence() == toks[i].sentence()
        && toks[i - 1].is_capitalised()
        && (is_title(&toks[i - 1])
            || with_lower(toks[i - 1].stem(), crate::names::ordinary::is_common_given))
        && person_at(toks, i).is_some()
}

/// A person named at token `i`, by their surname: a speaker, someone with a
/// title, or a common first name and a surname ("Jane Doe"); never a name
/// after an article ("the Margaret River property", "The National Authority
/// said") or one with a word of a body ("Ashby Parish Council").
pub(super) fn person_at(toks: &[Token<'_>], i: usize) -> Option<String> {
    let t = &toks[i];
    if !is_name_word(t) {
        return None;
    }
    let sentence = t.sentence();
    let mut start = i;
    while start > 0 && is_name_word(&toks[start - 1]) && toks[start - 1].sentence() == sentence {
        start -= 1;
    }
    let article = start
        .checked_sub(1)
        .map(|p| &toks[p])
        .is_some_and(|b| b.sentence() == sentence && (b.is("the") || b.is("a") || b.is("an")));
    // ("Ashby Parish Council": a body, though "Parish" is a given name.)
    let body = || {
        let mut end = i;
        while toks
            .get(end + 1)
            .is_some_and(|n| is_name_word(n) && n.sentence() == sentence)
        {
            end += 1;
        }
        (start..=end).any(|k| crate::names::is_org_word(toks[k].stem()))
    };
    if article || body() {
        return None;
    }
    if let Some(k) = speaker_at(toks, i) {
        return Some(k);
    }
    let last = !toks
        .get(i + 1)
        .is_some_and(|n| is_name_word(n) && n.sentence() == sentence);
    let given = i > start
        && with_lower(toks[i - 1].stem(), |l| {
            crate::names::ordinary::is_common_given(l)
        });
    (last && given).then(|| key(t))
}

#[cfg(test)]
mod tests {
    use super::slipped;

    #[test]
    fn things_are_sorted_for_the_search() {
        assert!(super::THINGS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn ages_a_slip_apart() {
        assert!(slipped(46.0, 47.0));
        assert!(slipped(56.0, 65.0));
        assert!(!slipped(46.0, 48.0));
        assert!(!slipped(24.0, 32.0));
        assert!(!slipped(47.0, 47.0));
        assert!(!slipped(5.0, 50.0));
    }
}
