//! Percentage changes of things the lexicon does not name, and the bare "the 5.4%
//! rise" that refers back to one: read by grammar (subject, object), not by noun.

use super::percent::direction_of;
use super::*;
use crate::figures::words::change_noun_direction;

/// How many of the figures read before a bare "the 5.4% rise" it may refer to.
const LOOKBACK: usize = 64;

/// Verbs that say "go" before a particle of change: "will go up by 4.5%".
const PARTICLE_VERBS: &[&str] = &[
    "go", "goes", "going", "gone", "went", "come", "comes", "came", "coming",
];

/// Verbs that change their object by an amount ("cutting its budget by 12%"),
/// with the way they point.
const OBJECT_CHANGE_VERBS: &[(&str, &str)] = &[
    ("cut", "down"),
    ("cuts", "down"),
    ("cutting", "down"),
    ("slashed", "down"),
    ("slashing", "down"),
    ("slash", "down"),
    ("slashes", "down"),
    ("reduced", "down"),
    ("reducing", "down"),
    ("reduce", "down"),
    ("reduces", "down"),
    ("lowered", "down"),
    ("lowering", "down"),
    ("lower", "down"),
    ("lowers", "down"),
    ("raised", "up"),
    ("raising", "up"),
    ("raise", "up"),
    ("raises", "up"),
    ("increased", "up"),
    ("increasing", "up"),
    ("increase", "up"),
    ("increases", "up"),
    ("boosted", "up"),
    ("boosting", "up"),
    ("boost", "up"),
    ("boosts", "up"),
];

/// Is a word a plural of a common English noun, and no name's word as
/// written ("Shares", "Prices"; not "Williams", "Jones", "Stocks")?
fn is_common_plural(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(|singular| {
        is_common_word(word)
            && crate::names::english::is_english_word(&crate::names::fold(singular))
    })
}

/// The subject a verb of change is about: its head noun, the owner and place
/// among its words, and the common words before the head that narrow it.
struct Subject {
    head: String,
    owner: Option<String>,
    place: Option<String>,
    modifiers: Vec<String>,
}

impl Reader<'_, '_> {
    /// A percentage change of a thing named by grammar, not by the lexicon:
    /// the subject of a verb of change ("The economy grew 0.7%", "Council tax
    /// will go up by 4.5%") or the object of one ("is cutting its research
    /// budget by 12%"). Its own noun, so compared only on a slip and evidence.
    pub(super) fn unnamed_change(&self, k: usize) -> Option<Figure> {
        let toks = self.toks;
        let q = &self.qs[k];
        // ("rose 5% to 38%", "fell 12% of its value": the figure leads a phrase of its own.)
        if toks
            .get(q.last + 1)
            .is_some_and(|t| t.is("of") || t.is("to"))
        {
            return None;
        }
        let by = q.hedge_start >= 1 && toks[q.hedge_start - 1].is("by");
        let v = q.hedge_start - usize::from(by);
        let verb = v.checked_sub(1)?;
        let sentence = toks[q.first].sentence();
        let (cs, _) = clause_bounds(toks, q.first, sentence);
        if toks[cs.max(q.hedge_start.saturating_sub(6))..q.hedge_start]
            .iter()
            .any(|t| t.has(words::PROJECTION) || t.has(words::HYPOTHETICAL))
        {
            return None;
        }
        // The phrase runs from a verb of change ("up by 4.5%"); an object's
        // change is the figure alone ("budget by 12%" names no change).
        let (direction, subject, from) = match direction_of(&toks[verb]) {
            Some(d) => (d, self.changed_subject(verb, cs)?, toks[verb].span().start),
            None if by => {
                let (d, head) = self.changed_object(cs, verb)?;
                let subject = Subject {
                    head,
                    owner: None,
                    place: None,
                    modifiers: Vec::new(),
                };
                (d, subject, q.span.start)
            }
            None => return None,
        };
        let Subject {
            head,
            owner,
            place,
            modifiers,
        } = subject;
        let mut f = self.percent_figure(
            q,
            format!("{direction} in {head}"),
            owner,
            place,
            self.time(q.hedge_start, q.last),
            from..q.span.end,
        );
        f.known = false;
        f.thing.modifiers = modifiers.join(" ");
        Some(f)
    }

    /// The head noun of the subject of the verb of change at `verb` (in the
    /// clause from `cs`), with an owner among its words: "Council tax in
    /// Wrexley will go up" gives "tax", "The economy grew" "economy".
    fn changed_subject(&self, verb: usize, cs: usize) -> Option<Subject> {
        let toks = self.toks;
        let mut s = verb;
        if s >= 1 && toks[s].has(words::UP | words::DOWN) && any_is(&toks[s - 1], PARTICLE_VERBS) {
            s -= 1;
        }
        let j = self.past_auxiliaries(s);
        let start = (cs.max(j.saturating_sub(6))..j)
            .rev()
            .take_while(|&i| toks[i].kind == Kind::Word)
            .last()?;
        // The subject's head stands before any phrase that follows it ("tax in Wrexley").
        let head = (start..j)
            .find(|&i| toks[i].has(words::PREPOSITIONS))
            .unwrap_or(j)
            .checked_sub(1)
            .filter(|&i| i >= start)?;
        let t = &toks[head];
        // A capital that only opens the sentence names no one ("Shares in Acme fell").
        let opens = tokens::opens_sentence(toks, head);
        // ("Shares rose 6.4%", "Prices fell": a common plural opening the
        // sentence right before its verb is that thing, not a name.)
        let common_plural = opens && head + 1 == j && is_common_plural(t.text);
        let named = t.is_capitalised() && !(opens && head + 1 < j) && !common_plural;
        if named || is_stop(t) || t.has(words::PRONOUNS) || t.is_possessive() {
            return None;
        }
        let noun = with_lower(t.text, |w| with_lemma(w, |l| l.to_string()));
        // The common words before the head narrow it: "food" of "Food prices
        // on their own were up" (a capital only opening the sentence).
        let modifiers = toks[start..head]
            .iter()
            .enumerate()
            .filter(|(n, w)| {
                let opening =
                    *n == 0 && tokens::opens_sentence(toks, start) && is_common_word(w.text);
                (!w.is_capitalised() || opening)
                    && !is_stop(w)
                    && !w.has(words::PRONOUNS)
                    && !w.is_possessive()
            })
            .map(|(_, w)| w.text.to_lowercase())
            .collect();
        Some(Subject {
            head: noun,
            owner: self.owner_before(start, head),
            place: self.named_after_noun(head, verb),
            modifiers,
        })
    }

    /// The way a verb that changes its object points and the object's head
    /// noun, from the clause start `cs` to `last`, the word before "by":
    /// "cutting its research budget by 12%" gives ("down", "budget").
    fn changed_object(&self, cs: usize, last: usize) -> Option<(&'static str, String)> {
        let toks = self.toks;
        let floor = cs.max(last.saturating_sub(5));
        let verb = (floor..last).rev().find(|&i| {
            OBJECT_CHANGE_VERBS
                .iter()
                .any(|(w, _)| toks[i].is(w) && !toks[i].is_capitalised())
        })?;
        let direction = OBJECT_CHANGE_VERBS
            .iter()
            .find(|(w, _)| toks[verb].is(w))?
            .1;
        let object = &toks[verb + 1..=last];
        if object.is_empty() || object.iter().any(|t| t.kind != Kind::Word) {
            return None;
        }
        let t = &toks[last];
        if t.is_capitalised() || is_stop(t) || t.has(words::PRONOUNS) || t.is_possessive() {
            return None;
        }
        Some((
            direction,
            with_lower(t.text, |w| with_lemma(w, |l| l.to_string())),
        ))
    }

    /// "The 5.4% rise", "the 21 per cent cut": a definite noun of change that
    /// names nothing refers back to the change given before in its direction,
    /// when every earlier one in that direction changes one thing.
    pub(super) fn change_referred_back(&self, k: usize, earlier: &[Figure]) -> Option<Figure> {
        let toks = self.toks;
        let q = &self.qs[k];
        let definite = q.hedge_start >= 1 && is_determiner(&toks[q.hedge_start - 1]);
        let noun = toks.get(q.last + 1).filter(|t| t.kind == Kind::Word)?;
        let direction = change_noun_direction(noun.text)?;
        // "the 12% rise in rents" names its thing; "the 4.5% rise" does not.
        let named = toks
            .get(q.last + 2)
            .is_some_and(|t| t.kind == Kind::Word && any_is(t, &["in", "for", "on", "of"]));
        if !definite || named {
            return None;
        }
        // (Among the last figures read, as the comparison looks back only so
        // far: a draft of many such references stays linear.)
        let prefix = format!("{direction} in ");
        let recent = &earlier[earlier.len().saturating_sub(LOOKBACK)..];
        let mut changes = recent
            .iter()
            .rev()
            .filter(|g| g.thing.unit == Unit::Percent && g.thing.name.starts_with(&prefix));
        let last = changes.next()?;
        if changes.any(|g| g.thing != last.thing || g.owner != last.owner) {
            return None;
        }
        let mut f = self.percent_figure(
            q,
            last.thing.name.clone(),
            last.owner.clone(),
            None,
            self.time(q.hedge_start, q.last + 1),
            q.span.start..noun.span().end,
        );
        f.known = last.known;
        f.kind = last.kind.clone();
        Some(f)
    }
}
