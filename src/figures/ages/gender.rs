//! Whom "the 54-year-old" means when the text gives the person's sex: the one
//! person in view whom a pronoun ("said she") or a noun ("the mother of two") can mean.

use super::*;

/// A person's sex as the text gives it: by a title, a pronoun or a noun.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Sex {
    Female,
    Male,
}

/// Nouns that name a woman or a man (general English, singular).
#[rustfmt::skip]
const FEMALE_NOUNS: &[&str] = &[
    "woman", "girl", "mother", "mum", "mom", "wife", "daughter", "sister", "grandmother",
    "granddaughter", "widow", "aunt", "niece", "lady", "actress", "businesswoman",
    "chairwoman", "spokeswoman", "policewoman", "congresswoman", "queen", "princess", "bride",
    "girlfriend", "stepmother", "schoolgirl", "duchess", "countess", "stepdaughter",
];
#[rustfmt::skip]
const MALE_NOUNS: &[&str] = &[
    "man", "boy", "father", "dad", "husband", "son", "brother", "grandfather", "grandson",
    "widower", "uncle", "nephew", "gentleman", "businessman", "chairman", "spokesman",
    "policeman", "congressman", "king", "prince", "groom", "boyfriend", "stepfather",
    "schoolboy", "duke", "stepson",
];
/// Titles before a name that give the person's sex ("Mr", "Dame").
const FEMALE_TITLES: &[&str] = &[
    "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister",
];
const MALE_TITLES: &[&str] = &[
    "mr", "sir", "lord", "king", "prince", "father", "sheikh", "emir",
];

/// The sex a lower-case noun names ("mother", "men"), if any.
pub(super) fn noun_sex(t: &Token<'_>) -> Option<Sex> {
    if t.kind != Kind::Word || t.is_capitalised() {
        return None;
    }
    let text = t.text;
    let singular = match text {
        "women" => "woman",
        "men" => "man",
        _ => text.strip_suffix('s').unwrap_or(text),
    };
    let any = |list: &[&str]| list.contains(&text) || list.contains(&singular);
    if any(FEMALE_NOUNS) {
        Some(Sex::Female)
    } else if any(MALE_NOUNS) {
        Some(Sex::Male)
    } else {
        None
    }
}

/// The sex of a subject pronoun ("he", "she").
fn subject_pronoun(t: &Token<'_>) -> Option<Sex> {
    match () {
        () if t.is("she") => Some(Sex::Female),
        () if t.is("he") => Some(Sex::Male),
        () => None,
    }
}

fn title_sex(t: &Token<'_>) -> Option<Sex> {
    let is = |list: &[&str]| list.iter().any(|w| t.is(w));
    match () {
        () if is(FEMALE_TITLES) => Some(Sex::Female),
        () if is(MALE_TITLES) => Some(Sex::Male),
        () => None,
    }
}

/// The sex a given name, as written or as a key, tells
/// ([`crate::names::ordinary::given_sex`]).
fn given_sex(name: &str) -> Option<Sex> {
    use crate::names::ordinary::GivenSex;
    match crate::names::ordinary::given_sex(&crate::names::fold(name))? {
        GivenSex::Female => Some(Sex::Female),
        GivenSex::Male => Some(Sex::Male),
    }
}

/// "… said she", "… says that he", "… told reporters she": the pronoun a
/// speech verb reports its speaker by. A few lower-case words may stand before the verb ("the
/// 54-year-old baker says she"), none of them a name.
fn speaker_pronoun(toks: &[Token<'_>], from: usize) -> Option<Sex> {
    let sentence = toks.get(from)?.sentence();
    let here = |i: usize| toks.get(i).filter(|t| t.sentence() == sentence);
    let mut i = from;
    for _ in 0..4 {
        let t = here(i)?;
        if is_speech_verb(t) {
            break;
        }
        let skip = t.is_punct(',') || (t.kind == Kind::Word && !t.is_capitalised());
        if !skip || t.has(words::STOP) || subject_pronoun(t).is_some() {
            return None;
        }
        i += 1;
    }
    if !here(i).is_some_and(is_speech_verb) {
        return None;
    }
    let mut j = i + 1;
    // "told reporters she", "told the court he": a listener in lower case.
    while j < i + 3
        && here(j).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.is_capitalised()
                && subject_pronoun(t).is_none()
                && !t.is("that")
        })
    {
        j += 1;
    }
    if here(j).is_some_and(|t| t.is("that")) {
        j += 1;
    }
    here(j).and_then(subject_pronoun)
}

/// The sex of the person a bare or described age at token `end` (its last
/// token) stands for: the noun it runs on to or is set by ("the 54-year-old
/// mother", "The mother of two, 38,"), else the pronoun that reports them
/// ("The 36-year-old said he").
pub(super) fn reference_sex(toks: &[Token<'_>], head: Option<usize>, end: usize) -> Option<Sex> {
    let noun = head.or_else(|| {
        let i = end + 1;
        subject::noun_after_age(toks, end).map(|_| i)
    });
    if let Some(sex) = noun.and_then(|i| noun_sex(&toks[i])) {
        return Some(sex);
    }
    decade_pronoun(toks, end).or_else(|| speaker_pronoun(toks, end + 1))
}

/// The sex the first personal pronoun after token `end` in its sentence gives
/// ("The 32-year-old, who turned professional late, said she …", "impressed
/// them with her plans").
pub(super) fn pronoun_after(toks: &[Token<'_>], end: usize) -> Option<Sex> {
    let sentence = toks.get(end)?.sentence();
    // Only a subject or a possessive: an object ("told her", "thanked him")
    // is someone else. ("her" is a possessive before a word of its noun
    // phrase, "her plans", not before a word of grammar, "told her the news".)
    let possessive_her = |i: usize| {
        toks.get(i + 1).is_some_and(|n| {
            n.kind == Kind::Word && n.sentence() == sentence && !n.has(words::STOP)
        })
    };
    (end + 1..toks.len())
        .take_while(|&i| toks[i].sentence() == sentence)
        .find_map(|i| {
            let t = &toks[i];
            match () {
                () if t.is("she") || (t.is("her") && possessive_her(i)) => Some(Sex::Female),
                () if t.is("he") || t.is("his") => Some(Sex::Male),
                () => None,
            }
        })
}

/// The sex the title or given name before a surname at token `i` gives ("Mr
/// Reed", "Colin Baird").
pub(super) fn sex_of_named(toks: &[Token<'_>], i: usize) -> Option<Sex> {
    let before = toks.get(i.checked_sub(1)?)?;
    title_sex(before).or_else(|| given_sex(before.text))
}

/// The sex a decade of life at token `end` is given by: "in her 50s", "in
/// his late sixties".
fn decade_pronoun(toks: &[Token<'_>], end: usize) -> Option<Sex> {
    decades::decade_of(toks.get(end)?)?;
    let before = toks[end.saturating_sub(3)..end].iter().rev();
    let pronoun = before
        .take_while(|t| !t.is("in"))
        .find(|t| t.is("his") || t.is("her"))?;
    Some(if pronoun.is("her") {
        Sex::Female
    } else {
        Sex::Male
    })
}

/// What the passage says of one named person's sex.
#[derive(Default)]
struct Told {
    female: bool,
    male: bool,
}

/// Is token `h` a hyphen glued between two name words ("Raftery-Boateng")?
fn hyphened(toks: &[Token<'_>], h: usize) -> bool {
    let glued = |k: usize| toks.get(k).is_some_and(|t| !t.space_before);
    h >= 1
        && toks.get(h).is_some_and(|t| t.is_punct('-'))
        && glued(h)
        && glued(h + 1)
        && toks.get(h + 1).is_some_and(is_name_word)
        && is_name_word(&toks[h - 1])
}

/// The people named in the passage before a reference, in order, with what
/// the text tells of each one's sex; the sexes of anyone unnamed in view
/// ("her husband": male; "a driver": either); and whom the reference's own
/// sentence opens with.
pub(super) struct InView {
    told: FastMap<String, Told>,
    order: Vec<String>,
    unnamed: Vec<Sex>,
    own_subject: Option<String>,
}

impl InView {
    /// Could a reference of `sex` mean the named person `id`: not told of
    /// the other sex, nor the subject of the reference's own sentence?
    fn fits(&self, id: &str, sex: Sex) -> bool {
        self.told.get(id).is_none_or(|t| t.fits(sex)) && self.own_subject.as_deref() != Some(id)
    }

    /// Is the named person `id` told of only the other sex than `sex`?
    pub(super) fn told_otherwise(&self, id: &str, sex: Sex) -> bool {
        self.told.get(id).is_some_and(|t| !t.fits(sex))
    }

    /// Is no one unnamed of `sex`, or of either, in view?
    fn none_unnamed(&self, sex: Sex) -> bool {
        !self.unnamed.contains(&sex)
    }

    /// Could a reference of `sex` mean person `id`: named in the passage,
    /// fitting it ([`InView::fits`]), with no one unnamed of that sex or of
    /// either in view ([`People::by_sex`]'s reading)?
    pub(super) fn may_mean(&self, id: &str, sex: Sex) -> bool {
        self.none_unnamed(sex) && self.order.iter().any(|o| o == id) && self.fits(id, sex)
    }
}

impl Told {
    fn add(&mut self, sex: Sex) {
        match sex {
            Sex::Female => self.female = true,
            Sex::Male => self.male = true,
        }
    }

    /// Could the person be of `sex`? Yes unless the text says only the other.
    fn fits(&self, sex: Sex) -> bool {
        match sex {
            Sex::Female => self.female || !self.male,
            Sex::Male => self.male || !self.female,
        }
    }
}

/// Does the person noun at token `i` of paragraph `p` open the story's first
/// sentence ("A bookkeeper who stole £278,000 … has been jailed")? News
/// introduces its subject that way and names them in the next paragraph: the
/// lede's "a bookkeeper" is the person named after it, not someone else.
fn opens_the_lede(toks: &[Token<'_>], p: usize, i: usize) -> bool {
    // (The paragraph's first sentence starts at its first token.)
    p <= 1
        && i <= 2
        && toks
            .first()
            .is_some_and(|t| t.sentence() == toks[i].sentence() && (t.is("a") || t.is("an")))
}

/// Two ages a keyboard slip apart: a year, two digits swapped, or one digit
/// changed ("45", "48"). A reference tied to someone by sex alone must be one.
pub(super) fn slip_apart(a: f64, b: f64) -> bool {
    if subject::slipped(a, b) {
        return true;
    }
    let (x, y) = (format!("{a}"), format!("{b}"));
    x.len() == y.len() && x.bytes().zip(y.bytes()).filter(|(p, q)| p != q).count() == 1
}

impl People {
    /// [`People::by_sex`] for mention `m`, where the age given the person it
    /// finds is a slip from the reference's.
    pub(super) fn by_sex_slipped(
        &self,
        paras: &[Parsed<'_, '_>],
        m: &Mention,
        sex: Sex,
    ) -> Option<String> {
        self.slipped_in_view(&self.in_view(paras, m.paragraph, m.at), m, sex)
    }

    /// [`People::by_sex_slipped`], for a passage already read.
    pub(super) fn slipped_in_view(&self, view: &InView, m: &Mention, sex: Sex) -> Option<String> {
        // "Tom Birch, 72, … His son Peter, 44, … The 27-year-old farmer":
        // of several of that sex, all aged, the one whose age it is a slip of.
        let ids = self.by_sex(view, sex)?;
        self.the_one_slipped(ids.iter().map(String::as_str), m.q.value)
            .map(str::to_string)
    }

    /// Whom a reference of `sex` may mean, of those `view` has in view: the
    /// people named in the passage (up to [`subject::REACH`] paragraphs back)
    /// the text does not give the other sex, where each has an age of their
    /// own (or the one, told by a shared surname's given name); none where
    /// someone unnamed of that sex ("her husband", "a woman") or of either ("a
    /// driver") is in view too.
    fn by_sex(&self, view: &InView, sex: Sex) -> Option<Vec<String>> {
        if !view.none_unnamed(sex) {
            return None;
        }
        let mut fit = view.order.iter().filter(|id| view.fits(id, sex));
        let one = fit.next()?;
        if let Some(two) = fit.next() {
            let several: Vec<String> = [one, two].into_iter().chain(fit).cloned().collect();
            // (Someone unaged among them may be the one the age is given.)
            return several.iter().all(|id| self.aged(id)).then_some(several);
        }
        if self.aged(one) {
            return Some(vec![one.clone()]);
        }
        // "Denise Arkwright" and her husband "Graham Arkwright": the one of
        // that surname whose given name tells the sex.
        self.of_surname_by_sex(one, sex).map(|id| vec![id])
    }

    /// Who is in view of a reference ending before token `end` of
    /// `paragraph`, and what the text tells of their sex.
    pub(super) fn in_view(&self, paras: &[Parsed<'_, '_>], paragraph: usize, end: usize) -> InView {
        let lex = crate::figures::lexicon::Lexicon::builtin();
        let mut told: FastMap<String, Told> = FastMap::default();
        let mut order: Vec<String> = Vec::new();
        let mut unnamed: Vec<Sex> = Vec::new();
        // Who the reference's own sentence opens with, by name or by "She"
        // after one person: "She told the 53-year-old grandmother" is about
        // someone else than "she".
        let mut own_subject: Option<String> = None;
        let own_sentence = paras[paragraph].0.get(end).map(Token::sentence);
        for (p, range) in passage(paras, paragraph, end, subject::REACH) {
            let toks = paras[p].0;
            // The people named in the sentence before and in this one.
            let (mut before, mut current): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
            let mut sentence = usize::MAX;
            for i in range {
                let t = &toks[i];
                if t.sentence() != sentence {
                    sentence = t.sentence();
                    before = std::mem::take(&mut current);
                }
                let opens_own = p == paragraph && Some(sentence) == own_sentence;
                if let Some(s) = subject_pronoun(t).filter(|_| starts_sentence(toks, i)) {
                    // "Gary Doyle said … He declined": the one person just named.
                    if let [only] = before.as_slice() {
                        told.entry(only.clone()).or_default().add(s);
                        if opens_own {
                            own_subject = Some(only.clone());
                        }
                    }
                    continue;
                }
                if let Some(s) = noun_sex(t) {
                    match roles::holder(toks, i) {
                        Some(name) => {
                            let id = self.ids.get(&name.surname).cloned().unwrap_or(name.surname);
                            // ("His nephew Dylan Pryce": someone in view, of that sex.)
                            told.entry(id.clone())
                                .or_insert_with(|| {
                                    order.push(id);
                                    Told::default()
                                })
                                .add(s);
                        }
                        None => unnamed.push(s),
                    }
                    continue;
                }
                if t.kind == Kind::Word
                    && !t.is_capitalised()
                    && (lex.is_people_noun(t.text) || agentive(toks, i))
                {
                    // "a driver", "an officer": someone new, of either sex.
                    let a = |k: usize| i >= k && (toks[i - k].is("a") || toks[i - k].is("an"));
                    // ("A former teacher, the 24-year-old said": the reference's own.)
                    let apposed = toks.get(i + 1).is_some_and(|n| n.is_punct(','))
                        && toks.get(i + 2).is_some_and(|n| n.is("the"));
                    // ("she was a careful driver": what someone is, not someone new.)
                    let article = if a(1) { i - 1 } else { i.saturating_sub(2) };
                    let predicate = article >= 1
                        && [
                            "is", "was", "are", "were", "be", "been", "became", "becomes",
                        ]
                        .iter()
                        .any(|c| toks[article - 1].is(c));
                    if (a(1) || a(2))
                        && !apposed
                        && !predicate
                        && roles::holder(toks, i).is_none()
                        && !opens_the_lede(toks, p, i)
                        // ("We wanted a partner with deep pockets," she
                        // said: a quotation's "a partner" brings no one into the story.)
                        && !super::quoted::inside_quotation(toks, i)
                    {
                        unnamed.extend([Sex::Female, Sex::Male]);
                    }
                    continue;
                }
                let Some(id) = self.person_named_at(paras, toks, i) else {
                    continue;
                };
                let entry = told.entry(id.clone()).or_insert_with(|| {
                    order.push(id.clone());
                    Told::default()
                });
                // "Colin Hebden, 71," anywhere in the story: a man.
                if let Some(s) = self.first_names.get(&id).and_then(|f| given_sex(f)) {
                    entry.add(s);
                }
                let mut start = surname_start(toks, i);
                while start > 0
                    && is_name_word(&toks[start - 1])
                    && toks[start - 1].sentence() == sentence
                {
                    start -= 1;
                }
                if let Some(s) = start.checked_sub(1).and_then(|b| title_sex(&toks[b])) {
                    entry.add(s);
                }
                // "Alan Whitcombe": a given name nearly all its bearers share the sex of.
                // (The name may run on from a capitalised word before it: "Prosecutor Alan Whitcombe".)
                if let Some(s) = (start..i).find_map(|k| given_sex(toks[k].text)) {
                    entry.add(s);
                }
                if let Some(s) = speaker_pronoun(toks, i + 1) {
                    entry.add(s);
                }
                let titled = start >= 1 && is_title(&toks[start - 1]);
                if opens_own && starts_sentence(toks, start - usize::from(titled)) {
                    own_subject = Some(id.clone());
                }
                if !current.contains(&id) {
                    current.push(id);
                }
            }
        }
        InView {
            told,
            order,
            unnamed,
            own_subject,
        }
    }

    /// The one person of a shared surname given an age with a first name of
    /// `sex`, by their full-name id ("denise arkwright").
    fn of_surname_by_sex(&self, surname: &str, sex: Sex) -> Option<String> {
        if !self.shared.contains_key(surname) {
            return None;
        }
        let mut fit = self.ages.keys().filter(|id| {
            id.strip_suffix(surname)
                .and_then(|first| first.strip_suffix(' '))
                .is_some_and(|first| !first.contains(' ') && given_sex(first) == Some(sex))
        });
        let one = fit.next()?;
        fit.next().is_none().then(|| one.clone())
    }

    /// The person named at token `i`, by id, where `i` is the last word of the
    /// name: someone given an age or speaking, or read as a person (a title, a
    /// common first name, two name words not after an article).
    pub(super) fn person_named_at(
        &self,
        paras: &[Parsed<'_, '_>],
        toks: &[Token<'_>],
        i: usize,
    ) -> Option<String> {
        let t = &toks[i];
        if t.kind != Kind::Word || !is_name_word(t) {
            return None;
        }
        let next = toks.get(i + 1);
        if next.is_some_and(|n| is_name_word(n) && n.sentence() == t.sentence() && !n.is_punct('-'))
            || hyphened(toks, i + 1)
        {
            return None;
        }
        // Not "Dale Street" or "Gold Coast Trust": a word of the name makes it a place or a body.
        let mut s = i;
        loop {
            if crate::names::is_org_word(toks[s].stem()) {
                return None;
            }
            // ("Imelda Raftery-Boateng": one name, through its hyphen.)
            if s >= 2 && hyphened(toks, s - 1) {
                s -= 2;
                continue;
            }
            match s.checked_sub(1) {
                Some(b) if is_name_word(&toks[b]) && toks[b].sentence() == t.sentence() => s = b,
                _ => break,
            }
        }
        // "Hebden & Sons": a firm, whoever else bears the name; "of Quarry
        // Lane, Ashby": an address.
        let in_sentence = |k: usize| toks.get(k).filter(|x| x.sentence() == t.sentence());
        if in_sentence(i + 1).is_some_and(|n| n.is_punct('&')) || in_address(toks, s) {
            return None;
        }
        let k = key(t);
        if let Some(id) = self.ids.get(&k) {
            return Some(id.clone());
        }
        // ("farmed at Hallow End", "near Kings Lynn": two name words after a
        // preposition of place are a place, unless known as someone.)
        let after_place = s >= 1 && PLACE_BEFORE.iter().any(|w| toks[s - 1].is(w));
        if self.persons(paras).contains(&k) || (copula::full_name_at(toks, i) && !after_place) {
            return Some(k);
        }
        // "her friend Kasia": one name word inside a sentence may be someone
        // known by a single name, unless it is a word, a place or a body.
        // Not a place by where it stands: "the Yorkshire coast", an
        // address's town ("of Mill Road, Cragton").
        // Nor one after a preposition of place ("near Carlow", "in Selby").
        let placed = i >= 1
            && (toks[i - 1].is("the") || PLACE_BEFORE.iter().any(|w| toks[i - 1].is(w)))
            || (i >= 2
                && toks[i - 1].is_punct(',')
                && crate::names::is_org_word(toks[i - 2].stem()));
        let single = s == i && !starts_sentence(toks, i) && !placed;
        let someone = with_lower(t.stem(), |w| {
            crate::names::ordinary::is_common_given(w) || !crate::names::is_not_a_name(w)
        });
        (single && someone).then_some(k)
    }
}

/// Prepositions a single capitalised word after is a place, not someone
/// known by one name ("in Selby", "near Carlow"; "from" is a place only
/// after an age: "a call from Kasia").
const PLACE_BEFORE: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "above",
    "below",
    "beyond",
    "across",
    "around",
    "throughout",
];

/// Does the name starting at token `start` give an address after an age:
/// "Maureen Tolland, 47, of Quarry Lane, Ashby," or "Owen Tarrant, 41,
/// from Selby," (the street, then the town)?
fn in_address(toks: &[Token<'_>], start: usize) -> bool {
    let after_age = |s: usize| {
        s >= 3
            && (toks[s - 1].is("of") || toks[s - 1].is("from"))
            && toks[s - 2].is_punct(',')
            && toks[s - 3].kind == Kind::Number
    };
    if after_age(start) {
        return true;
    }
    // The town after the street.
    if start < 2 || !toks[start - 1].is_punct(',') {
        return false;
    }
    let mut b = start - 1;
    while b > 0 && is_name_word(&toks[b - 1]) && start - b < 5 {
        b -= 1;
    }
    b < start - 1 && after_age(b)
}

/// A noun that may name someone by what they do ("a sprinter from Leeds",
/// "an inspector", "a pianist"): an English agent ending on the head of its
/// phrase (not "a former teacher"). Read only after "a" or "an", as someone
/// new in view; a word it takes in wrongly ("a number") only keeps a
/// reference silent.
fn agentive(toks: &[Token<'_>], i: usize) -> bool {
    let word = toks[i].text;
    let head = toks.get(i + 1).is_none_or(|n| {
        n.kind != Kind::Word || n.is_capitalised() || n.has(words::STOP | words::SPEECH)
    });
    head && word.len() >= 5 && AGENT_ENDINGS.iter().any(|e| word.ends_with(e))
}
