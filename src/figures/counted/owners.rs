//! Owners and places: whose a figure is and where it was counted.
//! Entities named by one or two words, places after the noun and subjects before the figure.

use super::*;
use crate::figures::extract;

/// Can a capitalised word after "in" or "at" name a place? Not a month or a
/// day ("in April", "on Monday").
pub(super) fn names_a_place(t: &Token<'_>) -> bool {
    !extract::is_month(t.text) && !t.text.ends_with("day")
}

impl Reader<'_, '_> {
    /// An entity named at `j` by one or two words ("Russian", "North Korean", "EU").
    pub(super) fn entity_at(&self, j: usize) -> Option<(String, usize)> {
        let toks = self.toks;
        let lex = self.vocab.lex;
        if let Some(second) = toks.get(j + 1).filter(|t| t.is_capitalised()) {
            let two = format!("{} {}", toks[j].text, second.stem()).to_lowercase();
            if let Some(e) = lex.entity(&two) {
                return Some((e.to_string(), 2));
            }
        }
        if let Some(e) = with_lower(toks[j].stem(), |one| lex.entity(one).map(str::to_string)) {
            return Some((e, 1));
        }
        let t = toks[j].stem();
        let acronym =
            t.chars().count() >= 2 && t.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
        acronym.then(|| (t.to_lowercase(), 1))
    }

    /// "in Syria", "for Barcelona": a place or team named just after the noun;
    /// or an area the text names without a name ("in the city", "In the rural
    /// wards, turnout reached …"), just after the noun or opening the sentence.
    pub(super) fn place_after(&self, end: usize) -> Option<String> {
        self.named_place_after(end)
            .or_else(|| self.area_at(end + 1, end + 7))
            .or_else(|| self.area_opening_sentence(end))
    }

    /// An area named by a common noun from token `from` on (before `limit`):
    /// "in the city", "across the rural wards". Its words, for telling it apart.
    pub(super) fn area_at(&self, from: usize, limit: usize) -> Option<String> {
        let toks = self.toks;
        let at = (from..limit.min(toks.len())).find(|&j| {
            let t = &toks[j];
            t.kind == Kind::Punct || any_is(t, &["in", "across", "throughout"])
        })?;
        if toks[at].kind == Kind::Punct || toks[at].sentence() != toks[from.min(at)].sentence() {
            return None;
        }
        let mut p = at + 1;
        if toks.get(p).is_some_and(|d| d.is("the")) {
            p += 1;
        }
        // Up to two lower-case words before the area's noun ("rural wards").
        let words: Vec<&Token<'_>> = toks[p..toks.len().min(p + 3)]
            .iter()
            .take_while(|t| t.kind == Kind::Word && !t.is_capitalised())
            .collect();
        let noun = words.iter().position(|t| any_is(t, AREAS))?;
        Some(
            words[..=noun]
                .iter()
                .map(|t| t.text.to_lowercase())
                .collect::<Vec<_>>()
                .join(" "),
        )
    }

    /// "In the rural wards, turnout reached 64.1%": an area that opens the
    /// sentence of token `end`, set off by a comma or not ("Across the state
    /// there have been …"); or a named place set off by a comma ("In York,
    /// 1,542 homes …", "At the Kelby plant, 621 workers …").
    pub(super) fn area_opening_sentence(&self, end: usize) -> Option<String> {
        let toks = self.toks;
        let start = context::sentence_start(toks, end)?;
        let opener = &toks[start];
        if !opener.is("in") && !opener.is("across") && !opener.is("at") {
            return None;
        }
        let comma = (start + 1..end.min(start + 9)).find(|&j| toks[j].is_punct(','));
        let area = if opener.is("at") {
            None
        } else {
            self.area_at(
                start,
                comma
                    .filter(|&c| c <= start + 5)
                    .map_or(end.min(start + 5), |c| c + 1),
            )
        };
        area.or_else(|| self.place_set_off(start + 1, comma?))
    }

    /// The place named in the subject that opens the sentence of the figure
    /// at `b`: "Teachers in England were offered a 6.5% rise", "Rents in
    /// Leeds rose 5.6%" (the subject's words, then "in" or "at" and a name,
    /// within its first five words and before any auxiliary).
    pub(super) fn place_in_subject(&self, b: usize) -> Option<String> {
        let toks = self.toks;
        let start = context::sentence_start(toks, b)?;
        let at = (start + 1..b.min(start + 5)).find(|&j| any_is(&toks[j], &["in", "at"]))?;
        let subject = toks[start..at].iter().enumerate().all(|(n, t)| {
            t.kind == Kind::Word
                && !t.has(words::AUXILIARIES)
                && !is_stop(t)
                && (n == 0 || !t.is_capitalised())
        });
        let place = toks
            .get(at + 1)
            .filter(|w| w.is_capitalised() && names_a_place(w))?;
        // ("Analysts at Brightwater said Larkin's 32% rise": the subject
        // of the saying, not of the figure.)
        let said = toks[at + 1..b].iter().any(|t| t.has(words::SPEECH));
        (subject && !said && at + 1 < b && place.sentence() == toks[b].sentence())
            .then(|| self.place_named_at(at + 1))
    }

    /// "a smaller plant at Dunmere, 40 miles away, where 1,350 staff make
    /// desserts": the place a relative "where" right before the figure (at
    /// token `b`, after at most a determiner) stands for, the nearest name
    /// before its comma within the sentence.
    pub(super) fn place_of_where(&self, b: usize) -> Option<String> {
        let toks = self.toks;
        let mut w = b.checked_sub(1)?;
        if is_determiner(&toks[w]) {
            w = w.checked_sub(1)?;
        }
        let comma = w.checked_sub(1)?;
        if !toks[w].is("where") || !toks[comma].is_punct(',') {
            return None;
        }
        let sentence = toks[w].sentence();
        let name = (comma.saturating_sub(10)..comma).rev().find(|&j| {
            let t = &toks[j];
            t.kind == Kind::Word
                && t.is_capitalised()
                && !tokens::opens_sentence(toks, j)
                && !is_stop(t)
                && names_a_place(t)
        })?;
        (toks[name].sentence() == sentence).then(|| self.place_named_at(name))
    }

    /// The place a capitalised word at `p` names: the entity it starts, or
    /// the word itself ("Kelby").
    pub(super) fn place_named_at(&self, p: usize) -> String {
        self.entity_at(p)
            .map(|(e, _)| e)
            .unwrap_or_else(|| self.toks[p].stem().to_lowercase())
    }

    /// The named place of an opening phrase from token `from` to the comma
    /// at `comma`: its first capitalised word after "the" ("York", "Kelby"
    /// of "the Kelby plant"), not a month, a day or a year.
    fn place_set_off(&self, from: usize, comma: usize) -> Option<String> {
        let toks = self.toks;
        let p = from + usize::from(toks.get(from).is_some_and(|t| t.is("the")));
        let place = toks.get(p).filter(|w| p < comma && w.is_capitalised())?;
        if extract::is_month(place.text) || place.stem().ends_with("day") {
            return None;
        }
        Some(self.place_named_at(p))
    }

    /// A place or holder named in a phrase right after a measure's noun at
    /// `head`, before the figure at `before`: "Sales at Tollard Brewing rose",
    /// "Council tax in Wrexley will go up" (what sets one firm's or town's
    /// measure apart from another's).
    pub(super) fn named_after_noun(&self, head: usize, before: usize) -> Option<String> {
        let toks = self.toks;
        let preposition = toks.get(head + 1)?;
        if !any_is(preposition, &["at", "in", "for", "from"]) {
            return None;
        }
        let mut p = head + 2;
        if toks.get(p).is_some_and(|d| d.is("the")) {
            p += 1;
        }
        let name = toks.get(p).filter(|w| {
            p < before
                && w.kind == Kind::Word
                && w.is_capitalised()
                && w.sentence() == preposition.sentence()
        })?;
        names_a_place(name).then(|| self.place_named_at(p))
    }

    /// "in Syria", "for Barcelona": a place or team named just after the noun.
    pub(super) fn named_place_after(&self, end: usize) -> Option<String> {
        let toks = self.toks;
        let mut j = end + 1;
        let limit = end + 7;
        while j < toks.len() && j < limit {
            let t = &toks[j];
            if t.kind == Kind::Punct
                && (t.is_punct(',') || t.is_punct(';') || t.is_punct('(') || t.is_punct('.'))
            {
                return None;
            }
            if any_is(t, &["in", "for", "at", "from", "across", "throughout"]) {
                let mut p = j + 1;
                if toks.get(p).is_some_and(|d| d.is("the")) {
                    p += 1;
                }
                if let Some(place) = toks.get(p).filter(|w| w.is_capitalised()) {
                    return names_a_place(place).then(|| self.place_named_at(p));
                }
            }
            j += 1;
        }
        None
    }

    /// "Bayline said its $36m profit", "Acme reported their 400 jobs",
    /// "Malhotra said his 8,147 votes", "Delmont Engineering, which makes
    /// gearboxes, told its 1,530 workers": the proper-noun subject a
    /// possessive pronoun right before a figure stands for.
    pub(super) fn pronoun_owner(&self, start: usize) -> Option<String> {
        let toks = self.toks;
        let pronoun = &toks[start.checked_sub(1)?];
        if !any_is(pronoun, &["its", "their", "his", "her"]) {
            return None;
        }
        // The verb before it ("said", "reported", "has cut"), then its subject.
        // (Not a word of grammar: "Several of her 281 clients".)
        let verb = start.checked_sub(2)?;
        let v = &toks[verb];
        if v.kind != Kind::Word || v.is_capitalised() || v.has(words::PREPOSITIONS) {
            return None;
        }
        self.subject_of_verb(verb)
    }

    /// "Jennings's 8,417 votes", "Harlow's 412 members": a name's possessive
    /// right before a figure.
    pub(super) fn possessive_owner(&self, start: usize) -> Option<String> {
        let at = start.checked_sub(1)?;
        let t = &self.toks[at];
        let named = t.kind == Kind::Word
            && t.is_capitalised()
            && t.is_possessive()
            && !t.has(words::PRONOUNS | words::WEEKDAY | words::MONTH)
            && !any_is(t, &["today's", "yesterday's", "tomorrow's"]);
        if !named {
            return None;
        }
        // ("Ms Baird's 1,874 votes" are Anouk Baird's: the name without its title.)
        let name = self.subject_named_at(at);
        let untitled = name
            .split(' ')
            .skip_while(|w| words::ascii_classes(w) & words::TITLE != 0)
            .collect::<Vec<_>>()
            .join(" ");
        Some(if untitled.is_empty() { name } else { untitled })
    }

    /// "Russia suffered 600,000 casualties", "Britain is sending 20,000": the
    /// proper-noun subject of the verb right before a figure.
    pub(super) fn subject_owner(&self, start: usize) -> Option<String> {
        let toks = self.toks;
        let mut j = start.checked_sub(1)?;
        // "Reid won with 4,316 votes": the verb before "with"; "received a
        // £1.8m penalty": the verb before the article.
        let skipped = toks[j].is("with") || toks[j].is("a") || toks[j].is("an");
        if skipped && j >= 1 && toks[j - 1].kind == Kind::Word && !is_stop(&toks[j - 1]) {
            j -= 1;
        }
        if !is_subjects_verb(&toks[j]) {
            return None;
        }
        self.subject_of_verb(j)
    }

    /// The proper-noun subject of the verb at token `verb`, past its
    /// auxiliaries and a phrase or relative clause set off by commas.
    fn subject_of_verb(&self, verb: usize) -> Option<String> {
        let toks = self.toks;
        let sentence = toks[verb].sentence();
        let mut j = self.past_auxiliaries(verb);
        // "The company currently employs": an adverb between them (not
        // "Italy has", a name).
        let adverb =
            |t: &Token<'_>| t.kind == Kind::Word && !t.is_capitalised() && t.text.ends_with("ly");
        if j >= 1 && adverb(&toks[j - 1]) {
            j = self.past_auxiliaries(j - 1);
        }
        // "Bush, for instance, is paying", "Sen. Kelly Ayotte, R-N.H., refunded":
        // the subject stands before a phrase set off by commas.
        if j >= 1 && toks[j - 1].is_punct(',') {
            let open = (j.saturating_sub(8)..j - 1)
                .rev()
                .find(|&i| toks[i].is_punct(','))?;
            // "Its neighbour, Dale Valley Water, received": the name set off
            // is the subject's.
            let set_off = &toks[open + 1..j - 1];
            let a_name = !set_off.is_empty()
                && set_off
                    .iter()
                    .all(|t| t.kind == Kind::Word && t.is_capitalised() && !is_stop(t));
            if a_name && !tokens::opens_sentence(toks, open + 1) {
                return Some(self.subject_named_at(j - 2));
            }
            j = open;
        }
        // "Farrow Cross, which has 460 beds,": the name the clause is about.
        if j >= 3
            && toks[j - 1].is_any(&["which", "who"])
            && toks[j - 2].is_punct(',')
            && toks[j - 3].is_capitalised()
            && toks[j - 3].sentence() == sentence
        {
            j -= 2;
        }
        let subject = toks.get(j.checked_sub(1)?)?;
        // "Harwick Precision said … The company employs 1,350 staff": the
        // firm a sentence before names.
        if j >= 2 && any_is(subject, FIRMS) && toks[j - 2].is("the") {
            return self.firm_named_before(j - 2);
        }
        // ("To run 2:06:41 in this heat": a word of grammar capitalised to
        // open the sentence names no one.)
        if !subject.is_capitalised()
            || subject.has(words::PRONOUNS)
            || is_stop(subject)
            || subject.sentence() != sentence
        {
            return None;
        }
        // "gratitude from Moscow has seen": a noun inside a phrase is not the subject.
        let before_subject = j.checked_sub(2).map(|i| &toks[i]);
        if before_subject.is_some_and(|p| p.has(words::PREPOSITIONS)) {
            return None;
        }
        let at = j - 1;
        // "Floods have left …", "Coastguards counted …": a plural common noun
        // opening the sentence is capitalised for its place only, and names no one.
        if tokens::opens_sentence(toks, at)
            && self.entity_at(at).is_none()
            && is_plural_common_noun(subject.text)
        {
            return None;
        }
        Some(self.subject_named_at(at))
    }

    /// The name opening the nearest earlier sentence of the paragraph, before
    /// the sentence that opens at token `opener` with "The company": what the
    /// company is. None where that sentence opens with no name.
    fn firm_named_before(&self, opener: usize) -> Option<String> {
        let toks = self.toks;
        if !tokens::opens_sentence(toks, opener) {
            return None;
        }
        let before = opener.checked_sub(1)?;
        let start = (0..=before)
            .rev()
            .take_while(|&i| toks[i].sentence() == toks[before].sentence())
            .last()?;
        let named = |t: &Token<'_>| {
            t.kind == Kind::Word && t.is_capitalised() && !is_stop(t) && !t.has(words::PRONOUNS)
        };
        let last = (start..before)
            .take_while(|&i| named(&toks[i]) && !toks[i].is_possessive())
            .last()?;
        Some(self.subject_named_at(last))
    }

    /// Where the verb at token `verb` starts with its auxiliaries ("has been
    /// cut"): the token right after its subject.
    pub(super) fn past_auxiliaries(&self, verb: usize) -> usize {
        let mut j = verb;
        while j >= 1 && self.toks[j - 1].has(words::AUXILIARIES) {
            j -= 1;
        }
        j
    }

    /// The site a count belongs to, named before the head noun of its
    /// subject: "The Corran site employs 1,930 people", "The firm's older
    /// Westbrook site, with its 1,390 staff," (by its key: "corran"). Read
    /// as the figure's place, so two sites' counts are not compared, and
    /// never as its owner ("the Lyon plant's workers" are not Lyon's).
    pub(super) fn subject_site(&self, start: usize) -> Option<String> {
        let toks = self.toks;
        // "… site employs 1,930": the verb right before the figure.
        let end = if start >= 1 && is_subjects_verb(&toks[start - 1]) {
            self.past_auxiliaries(start - 1)
        // "…, with its 1,390 staff,": the phrase set off after the subject.
        } else if start >= 4
            && any_is(&toks[start - 1], &["its", "their"])
            && toks[start - 2].is("with")
            && toks[start - 3].is_punct(',')
        {
            start - 3
        } else {
            return None;
        };
        self.named_head_before(end)
            .map(|at| toks[at].stem().to_lowercase())
    }

    /// Does the subject of the verb right before token `start` open its
    /// clause, in no phrase after a preposition ("The Miller Ridge fire had
    /// burned", "To the north, the Cedar Flat fire had burned"; not "A farm
    /// in the Corran valley discharged")?
    pub(super) fn subject_opens(&self, start: usize) -> bool {
        let toks = self.toks;
        let Some(verb) = start.checked_sub(1) else {
            return false;
        };
        let Some(open) = context::sentence_start(toks, verb) else {
            return false;
        };
        let from = (open..verb)
            .rev()
            .find(|&i| toks[i].is_punct(','))
            .map_or(open, |comma| comma + 1);
        !toks[from..verb].iter().any(|t| t.has(words::PREPOSITIONS))
    }

    /// The name in a subject "the [words] Name noun" ending just before
    /// token `end` ("The Corran site", "The company's older Westbrook
    /// site"): the capitalised word before a lower-case head noun, in a
    /// phrase opened by "the" or a possessive within four words.
    fn named_head_before(&self, end: usize) -> Option<usize> {
        let toks = self.toks;
        let head = toks.get(end.checked_sub(1)?)?;
        let name = end.checked_sub(2)?;
        let named = &toks[name];
        let plain_noun = head.kind == Kind::Word && !head.is_capitalised() && !is_stop(head);
        if !plain_noun || !named.is_capitalised() || named.sentence() != head.sentence() {
            return None;
        }
        if tokens::opens_sentence(toks, name) || named.has(words::PRONOUNS) {
            return None;
        }
        let opened = (name.saturating_sub(4)..name)
            .rev()
            .take_while(|&i| toks[i].sentence() == head.sentence())
            .any(|i| is_determiner(&toks[i]));
        opened.then_some(name)
    }

    /// Whose a level at token `b` is ("31% full", "13% of capacity"): the name
    /// it is set off after ("Fellside, at 13% of capacity,"), or the name in
    /// the subject of the verb before it ("The Fellside reservoir, which
    /// supplies 180,000 homes, fell to just 31% full").
    pub(super) fn level_holder(&self, b: usize) -> Option<String> {
        let toks = self.toks;
        let sentence = toks.get(b)?.sentence();
        let name = |i: usize| {
            let t = &toks[i];
            t.kind == Kind::Word
                && t.is_capitalised()
                && t.sentence() == sentence
                && !t.has(words::PRONOUNS)
                && !is_stop(t)
                && !is_common_word(t.stem())
        };
        if b >= 3 && toks[b - 1].is("at") && toks[b - 2].is_punct(',') && name(b - 3) {
            return Some(self.subject_named_at(b - 3));
        }
        let mut j = b.checked_sub(1)?;
        while j > 0
            && toks[j].is_any(&[
                "just", "only", "barely", "about", "around", "nearly", "to", "at",
            ])
        {
            j -= 1;
        }
        let verb = &toks[j];
        if !(verb.has(words::CHANGE_VERBS)
            || verb.has(words::LINKS)
            || verb.is_any(&["stood", "stands"]))
        {
            return None;
        }
        let mut s = j.checked_sub(1)?;
        // (A clause set off by commas between the subject and its verb.)
        if toks[s].is_punct(',') {
            let open = (s.saturating_sub(10)..s)
                .rev()
                .find(|&i| toks[i].is_punct(','))?;
            s = open.checked_sub(1)?;
        }
        (s.saturating_sub(2)..=s)
            .rev()
            .take_while(|&i| toks[i].kind == Kind::Word && toks[i].sentence() == sentence)
            .find(|&i| name(i))
            .map(|i| self.subject_named_at(i))
    }

    /// The owner a capitalised subject at `at` names: a two-word entity ending
    /// there ("North Korea"), an entity of one word, or the word itself.
    fn subject_named_at(&self, at: usize) -> String {
        let toks = self.toks;
        if at >= 1 && toks[at - 1].is_capitalised() {
            if let Some((e, 2)) = self.entity_at(at - 1) {
                return e;
            }
        }
        if let Some((e, _)) = self.entity_at(at) {
            return e;
        }
        // "Harlow Mills" and "Kelby Mills": a name of several words is all
        // of them, so two that share a last word stay two.
        let sentence = toks[at].sentence();
        let words = toks[..=at]
            .iter()
            .rev()
            .take(4)
            .take_while(|t| {
                t.kind == Kind::Word
                    && t.is_capitalised()
                    && t.sentence() == sentence
                    && !is_stop(t)
            })
            .count()
            .max(1);
        toks[at + 1 - words..=at]
            .iter()
            .map(|t| t.stem().to_lowercase())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// May the word right before a figure be the verb its subject does or has
/// ("Russia suffered", "The Corran site employs", "Harlow has")? A lower-case
/// word, not a small one but a verb of having.
fn is_subjects_verb(t: &Token<'_>) -> bool {
    let possession = any_is(t, &["has", "had", "have", "holds", "held"]);
    t.kind == Kind::Word && !t.is_capitalised() && (!is_stop(t) || possession)
}

/// Common nouns by which a story refers back to the firm or body it named
/// ("The company", "The club").
#[rustfmt::skip]
const FIRMS: &[&str] = &[
    "company", "firm", "group", "business", "chain", "retailer", "bank", "club", "school",
    "charity", "carmaker", "airline", "manufacturer", "insurer", "lender", "supermarket",
    "developer", "hospital", "university", "college", "trust", "council", "operator",
];

/// Common nouns for an area a figure may be counted in ("in the city", "in
/// the rural wards"): a part and its whole, or two parts, are not one figure.
#[rustfmt::skip]
const AREAS: &[&str] = &[
    "city", "cities", "town", "towns", "village", "villages", "county", "counties",
    "region", "regions", "province", "provinces", "district", "districts", "ward", "wards",
    "suburb", "suburbs", "borough", "boroughs", "capital", "countryside", "constituency",
    "constituencies", "north", "south", "east", "west", "north-east", "north-west",
    "south-east", "south-west", "centre", "center", "state", "states", "area", "areas",
];

/// A plural of an ordinary English noun ("Floods", "Coastguards"), not a name.
fn is_plural_common_noun(word: &str) -> bool {
    let lower = word.to_lowercase();
    let singular = lemma(&lower);
    singular != lower && crate::names::english::is_english_word(&singular)
}

#[cfg(test)]
mod tests {
    use super::super::{read, token_at, with_reader};

    fn owner_and_place(text: &str) -> (Option<String>, Option<String>) {
        let found = read(text);
        assert_eq!(found.len(), 1, "{found:?}");
        (found[0].1.clone(), found[0].2.clone())
    }

    #[test]
    fn two_capitalised_words_name_one_entity() {
        with_reader("Officials in North Korean towns counted 12 deaths.", |r| {
            let j = token_at(r, "North");
            assert_eq!(r.entity_at(j), Some(("north korea".to_string(), 2)));
        });
    }

    #[test]
    fn an_acronym_is_an_entity_of_its_own() {
        with_reader("The WHO counted 12 deaths.", |r| {
            let j = token_at(r, "WHO");
            assert_eq!(r.entity_at(j), Some(("who".to_string(), 1)));
        });
    }

    #[test]
    fn the_subject_before_the_verb_owns_the_figure() {
        let (owner, _) = owner_and_place("Britain is sending 20,000 troops.");
        assert_eq!(owner.as_deref(), Some("britain"));
    }

    #[test]
    fn an_adverb_before_the_verb_is_passed_but_a_name_in_ly_is_the_subject() {
        let (owner, _) = owner_and_place("Donnelly has 2,450 members.");
        assert_eq!(owner.as_deref(), Some("donnelly"));
        let (owner, _) = owner_and_place("Harwick Precision currently employs 1,350 staff.");
        assert_eq!(owner.as_deref(), Some("harwick precision"));
    }

    #[test]
    fn a_word_of_grammar_opening_the_sentence_owns_nothing() {
        let (owner, _) = owner_and_place("To run 2:06:41 in that wind is rare.");
        assert_eq!(owner, None);
        let (owner, _) = owner_and_place("Okoth ran 2:06:41 in that wind.");
        assert_eq!(owner.as_deref(), Some("okoth"));
    }

    #[test]
    fn a_place_named_after_the_noun_is_where_it_was_counted() {
        let (owner, place) = owner_and_place("He said 16 people were killed in Syria.");
        assert_eq!(owner, None);
        assert_eq!(place.as_deref(), Some("syria"));
    }
}
