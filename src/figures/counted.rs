//! What a figure counts and whose it is: the counted noun or the measure it
//! fills, its owner and place, and whether it is a current, comparable value.
//!
//! The reader's steps are split by concern: counted nouns and measures (`nouns`),
//! owners and places (`owners`), current values (`value`), percentages
//! (`percent`), measurements (`measure`), and definite references and context
//! words (`reference`).

use crate::finding::Span;

use super::conflicts;
use super::context::{self, clause_bounds, Time};
use super::extract::{Quantity, Unit};
use super::lexicon::{lemma, lemma_phrase, looks_plural, with_lemma, Vocabulary};
use super::tokens::{self, Kind, Token};
use super::words::{self, with_lower};

mod conversion;
mod elided;
mod measure;
mod nouns;
mod owners;
mod percent;
mod reference;
pub use reference::introduces_another;
mod threshold;
mod unnamed_change;
mod value;

/// What a figure is a value of. Two figures are compared only when this is equal.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Thing {
    pub unit: Unit,
    /// The counted thing or measure ("soldier", "dead", "net income", "age of bell").
    pub name: String,
    /// Words that narrow it ("affordable" homes), sorted, space-separated.
    pub modifiers: String,
}

/// A figure ready to be compared.
#[derive(Clone, Debug)]
pub struct Figure {
    pub q: Quantity,
    pub paragraph: usize,
    pub sentence: usize,
    pub thing: Thing,
    /// Whose it is: "North Korean troops", "Russia suffered", "Tesla's profit".
    pub owner: Option<String>,
    /// Where: "killed in Syria", "goals for Barcelona".
    pub place: Option<String>,
    pub time: Time,
    pub source: Option<String>,
    /// The words shown in messages ("8,000 soldiers").
    pub phrase: Span,
    /// Counted only as "people" ("112 people"): compared only with a figure of
    /// people whose digits are the same digits in another order.
    pub loose: bool,
    /// What it counts is a thing news counts once per story (a group of the
    /// lexicon, a money measure, a vote tally), not any plural noun.
    pub known: bool,
    /// Written as a definite reference to a figure already given: "the 121
    /// survivors", "its 14 hospitals", "the school's 361 children".
    pub definite: bool,
    /// The content words around it in its sentence (hashed, sorted): two
    /// figures restated in the same words share several.
    pub context: Vec<u32>,
    /// An entry of a list of key figures ("Revenue: $31.5bn"): the story's own
    /// period and sources, whatever its sentence said.
    pub listed: bool,
    /// Its clause introduces another of its kind ("a second fire has burned …",
    /// "another 300 homes"): not a figure given before.
    pub another: bool,
    /// The kind of a measure that comes in kinds ("interest" rate, "pay"
    /// offer): two figures of different kinds are different measures.
    pub kind: Option<String>,
    /// Its clause's subject, as written, head last ("Tarn bridge" of "The
    /// Tarn bridge is 1,240 metres long", "Keogh" of "Keogh, who was
    /// sentenced to 72 months,"): what a measure read by its unit alone is of.
    pub subject: Option<String>,
}

impl Figure {
    /// Are both figures' clauses about one subject, or two the lexicon
    /// groups ("fire", "blaze")?
    /// The words before the head must agree too: "the Tarn bridge" is "the
    /// bridge", "the county council" no "city council".
    pub fn same_subject(&self, other: &Figure) -> bool {
        let (Some(x), Some(y)) = (&self.subject, &other.subject) else {
            return false;
        };
        // A name written in full and short ("Kestrel Air", "Kestrel") is one.
        let name = |s: &str| s.split(' ').all(|w| w.starts_with(char::is_uppercase));
        let words = |s: &str| -> Vec<String> { s.split(' ').map(str::to_lowercase).collect() };
        // Every word of the shorter run is in the longer.
        let within = |a: &[String], b: &[String]| {
            let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
            short.iter().all(|w| long.contains(w))
        };
        let (names, x, y) = (name(x) && name(y), words(x), words(y));
        if names {
            return within(&x, &y);
        }
        let (Some((hx, mx)), Some((hy, my))) = (x.split_last(), y.split_last()) else {
            return false;
        };
        let (hx, hy) = (lemma(hx), lemma(hy));
        let heads = hx == hy || super::lexicon::Lexicon::builtin().are_related(&hx, &hy);
        heads && within(mx, my)
    }

    /// The head of its clause's subject, as written ("bridge").
    pub fn subject_head(&self) -> Option<&str> {
        self.subject.as_deref().and_then(|s| s.rsplit(' ').next())
    }
}

impl Figure {
    /// Its sentence, told apart from every other sentence of the draft.
    pub fn sentence_key(&self) -> (usize, usize) {
        (self.paragraph, self.sentence)
    }
}

/// A counted thing found next to a figure.
#[derive(Clone, Debug)]
struct Described {
    name: String,
    modifiers: Vec<String>,
    owner: Option<String>,
    place: Option<String>,
    /// Last token of the figure's noun phrase (the head noun, or the figure).
    end: usize,
    /// Only a generic noun ("people") with no status.
    loose: bool,
}

fn is_stop(t: &Token<'_>) -> bool {
    t.has(words::STOP)
}

/// Verbs that give a rise as an offer, not as a fact: "offered staff a rise".
const OFFER_VERBS: &[&str] = &[
    "offer", "offers", "offered", "offering", "proposed", "proposes",
];

/// How far before a percentage a verb of [`OFFER_VERBS`] may stand, in its
/// clause: "has offered its support staff a rise of", "offered a 2.8 per
/// cent rise to porters and an 8.2 per cent rise to".
const OFFER_REACH: usize = 16;

/// Is a word, capitalised or not, a common English word and no name's
/// ("Food", "Shares"; not "Price", "Marlow", "Jones")?
fn is_common_word(word: &str) -> bool {
    let folded = crate::names::fold(word);
    crate::names::english::is_english_word(&folded) && !crate::names::ordinary::is_ordinary(&folded)
}

fn any_is(t: &Token<'_>, words: &[&str]) -> bool {
    t.is_any(words)
}

/// Does the word before the figure at `b` (b ≥ 1) link it to a measure named
/// earlier in its clause, which starts at `clause_start`: "to" after a verb of
/// change ("rose to"), "at" after a verb that sets a value ("put the crowd
/// at"), or a linking word ("was", "of")? The verbs are looked for within
/// eight words.
fn linked_to_measure(toks: &[Token<'_>], clause_start: usize, b: usize) -> bool {
    let link = &toks[b - 1];
    let near = || toks[clause_start.max(b.saturating_sub(8))..b - 1].iter();
    if link.is("to") {
        near().any(|t| t.has(words::CHANGE_VERBS))
    } else if link.is("at") {
        // ("With turnout at 38.9%, …": the measure is that.)
        let with = b >= 3 && toks[b - 3].is("with") && toks[b - 2].kind == Kind::Word;
        with || near().any(|t| t.has(words::AT_LINKS))
    } else {
        link.has(words::LINKS)
    }
}

/// Reads the figures of one paragraph.
pub struct Reader<'t, 'a> {
    /// The draft's text, for the digits of a figure as written.
    text: &'t str,
    toks: &'t [Token<'a>],
    qs: &'t [Quantity],
    vocab: &'t Vocabulary<'t>,
    paragraph: usize,
}

impl<'t, 'a> Reader<'t, 'a> {
    pub fn new(
        text: &'t str,
        toks: &'t [Token<'a>],
        qs: &'t [Quantity],
        vocab: &'t Vocabulary<'t>,
        paragraph: usize,
    ) -> Self {
        Reader {
            text,
            toks,
            qs,
            vocab,
            paragraph,
        }
    }

    /// When the figure spanning tokens `from..=to` holds.
    pub fn time(&self, from: usize, to: usize) -> Time {
        let (toks, qs) = (self.toks, self.qs);
        let mut markers = context::markers_near(toks, from, to);
        // "from $2.51bn a year earlier": the time of the old value, not of the sentence.
        // (The paragraph's quantities are in order, so the one ending right
        // before a marker is a binary search: a walk over all of them made a
        // paragraph of 16,000 dated figures take 0.81 s, 8,000 0.18 s.)
        markers.retain(|m| {
            let i = qs.partition_point(|q| q.last + 1 < m.at);
            !qs.get(i).is_some_and(|q| {
                q.last + 1 == m.at
                    && q.hedge_start >= 1
                    && any_is(&toks[q.hedge_start - 1], &["from", "than"])
            })
        });
        context::time_of(toks, &markers, from, to)
    }

    /// A rise a verb of offering gives ("has offered staff a rise of 3.8
    /// per cent", "offered a 4.5 per cent pay rise") is the offer a later "the
    /// 3.2 per cent offer" means, not a rise that happened.
    fn offered(&self, mut f: Figure) -> Figure {
        if f.thing.name != "rise" {
            return f;
        }
        let toks = self.toks;
        let q = &f.q;
        let sentence = toks[q.first].sentence();
        let offered = (q.hedge_start.saturating_sub(OFFER_REACH)..q.hedge_start)
            .rev()
            .map(|i| &toks[i])
            .take_while(|t| t.sentence() == sentence && !t.is_punct(';'))
            .any(|t| any_is(t, OFFER_VERBS));
        if offered {
            f.thing.name = "offer".into();
        }
        f
    }

    /// Every comparable count, money and percentage-change figure of the paragraph.
    pub fn figures(&self, out: &mut Vec<Figure>) {
        self.read(out, false, |_, _| {});
    }

    /// As [`Reader::figures`], saying of each quantity left out (by the byte it
    /// starts at) why: for counting, over an annotated set, where misses are lost.
    pub fn figures_noting(&self, out: &mut Vec<Figure>, notes: &mut Vec<(usize, &'static str)>) {
        self.read(out, true, |k, why| notes.push((self.qs[k].span.start, why)));
    }

    /// The noun a bare sum ending at token `last` is of: the last of a run
    /// of up to three plain lower-case words right after it ("$1.3 billion
    /// northern extension of" gives "extension"), as a lemma.
    fn noun_after_sum(&self, last: usize) -> Option<String> {
        let head = self.plain_phrase_head(last + 1)?;
        Some(with_lower(self.toks[head].text, lemma))
    }

    /// The last word of a short noun phrase from token `from` on: one to
    /// three plain lower-case words (no stop word, preposition or
    /// auxiliary), in the sentence of the token before it ("northern
    /// extension", "partly treated sewage"); a longer run is a clause, not a
    /// noun phrase.
    pub(super) fn plain_phrase_head(&self, from: usize) -> Option<usize> {
        let toks = self.toks;
        let sentence = toks.get(from.checked_sub(1)?)?.sentence();
        let plain = |t: &Token<'_>| {
            t.kind == Kind::Word
                && !t.is_capitalised()
                && t.sentence() == sentence
                && !is_stop(t)
                && !t.has(words::PREPOSITIONS | words::AUXILIARIES)
        };
        let run = toks[from..].iter().take(4).take_while(|t| plain(t)).count();
        (1..=3).contains(&run).then(|| from + run - 1)
    }

    /// Why a count found no noun, by the word after its number: for
    /// counting where misses are lost (the gates example), not for judging.
    fn why_no_noun(&self, k: usize) -> &'static str {
        let toks = self.toks;
        let q = &self.qs[k];
        let Some(t) = toks
            .get(q.last + 1)
            .filter(|t| t.sentence() == toks[q.first].sentence())
        else {
            return "count: no noun (sentence ends)";
        };
        let lex = self.vocab.lex;
        match t.kind {
            _ if t.has(words::ADDITIONAL) => "count: no noun (a further)",
            Kind::Punct => "count: no noun (punctuation)",
            Kind::Number => "count: no noun (a number)",
            Kind::Word if t.is("of") => "count: no noun (of)",
            Kind::Word if is_stop(t) => "count: no noun (a stop word)",
            Kind::Word if with_lemma(&t.text.to_lowercase(), |l| lex.is_unit(l)) => {
                "count: no noun (a unit)"
            }
            Kind::Word if t.is_capitalised() => "count: no noun (a name)",
            Kind::Word if looks_plural(t.text) => "count: no noun (a plural unread)",
            Kind::Word => "count: no noun (a word)",
        }
    }

    /// (`noting`: say in detail why a figure is left out, which costs a look-up.)
    fn read(
        &self,
        out: &mut Vec<Figure>,
        noting: bool,
        mut left_out: impl FnMut(usize, &'static str),
    ) {
        // This paragraph's figures start here; an update replaces only them.
        let first_of_paragraph = out.len();
        let mut previous: Option<Described> = None;
        let mut push =
            |out: &mut Vec<Figure>, k: usize, f: Option<Figure>, why: &'static str| match f {
                Some(f) => out.push(f),
                None => left_out(k, why),
            };
        for k in 0..self.qs.len() {
            let q = &self.qs[k];
            match q.unit {
                Unit::Percent if compared_with(self.toks, q.hedge_start) => {
                    push(out, k, None, "percent: compared");
                    continue;
                }
                Unit::Percent => {
                    let f = self
                        .percent_change(k)
                        .or_else(|| self.change_referred_back(k, out))
                        .or_else(|| self.percent_change_noun(k))
                        .or_else(|| self.percent_of(k))
                        .or_else(|| self.percent_share(k))
                        .or_else(|| self.unnamed_change(k))
                        .map(|f| self.offered(f))
                        .map(|mut f| {
                            f.place = f.place.or_else(|| self.place_in_subject(q.hedge_start));
                            f
                        });
                    push(out, k, f, "percent: no reading");
                    continue;
                }
                Unit::Measure | Unit::Points => {
                    push(out, k, self.measure(k), "measure: no reading");
                    continue;
                }
                Unit::Age => continue,
                Unit::Count | Unit::Money(_) => {}
            }
            // "A magnitude 6.4 earthquake": a measure named before the number.
            if self.is_magnitude(k) {
                push(out, k, self.measure(k), "magnitude: no reading");
                continue;
            }
            if let Some(f) = self.conversion(k, out[first_of_paragraph..].last()) {
                out.push(f);
                continue;
            }
            let d = match self.describe(k, previous.as_ref()) {
                Some(d) => d,
                // A sum of money with no measure named: "returns $43,100 in
                // questionable funds". Compared only as a mistyped figure.
                None if matches!(q.unit, Unit::Money(_)) => Described {
                    name: "sum".into(),
                    modifiers: Vec::new(),
                    owner: None,
                    // ("the £2.54m project at Elm Road": where it is spent.)
                    place: self.named_place_after(q.last),
                    end: q.last,
                    loose: true,
                },
                None => {
                    if let Some(f) = self.elided(k, out) {
                        out.push(f);
                        continue;
                    }
                    let why = if noting {
                        self.why_no_noun(k)
                    } else {
                        "count: no noun"
                    };
                    push(out, k, self.measure(k), why);
                    continue;
                }
            };
            // "carries 4.8 million passengers a year": a count in a period,
            // read as a thing of its own ("passenger a year").
            let mut per = None;
            if let Err(why) = self.is_current_value(k, &d) {
                per = (why == "rate")
                    .then(|| self.period_of_rate(k, &d))
                    .flatten();
                if per.is_none() {
                    push(out, k, None, why);
                    if !d.loose {
                        previous = Some(d);
                    }
                    continue;
                }
            }
            let toks = self.toks;
            // (A rate's phrase runs on through its period: "4.8 million passengers a year".)
            let phrase_end = if per.is_some() {
                toks[d.end + 2].span().end
            } else if d.end > q.last && d.end <= q.last + 4 {
                // ("the 430 job cuts": the phrase runs on through its noun of change.)
                let change = toks.get(d.end + 1).filter(|t| {
                    t.kind == Kind::Word
                        && t.sentence() == toks[d.end].sentence()
                        && words::change_noun_direction(t.text.strip_suffix('s').unwrap_or(t.text))
                            .is_some()
                });
                change.unwrap_or(&toks[d.end]).span().end
            } else {
                q.span.end
            };
            let name = match per {
                Some(period) => format!("{} a {period}", d.name),
                None => d.name.clone(),
            };
            let mut modifiers: Vec<&str> = d.modifiers.iter().map(String::as_str).collect();
            // The number a goal takes is one number per story, like a known thing.
            let threshold = self.is_threshold(k, &d);
            if threshold {
                modifiers.push("needed");
            }
            modifiers.sort_unstable();
            modifiers.dedup();
            let figure = Figure {
                q: q.clone(),
                paragraph: self.paragraph,
                sentence: toks[q.first].sentence(),
                thing: Thing {
                    unit: q.unit,
                    name: name.clone(),
                    modifiers: modifiers.join(" "),
                },
                owner: d
                    .owner
                    .clone()
                    .or_else(|| self.subject_owner(q.hedge_start))
                    .or_else(|| self.pronoun_owner(q.hedge_start))
                    .or_else(|| self.possessive_owner(q.hedge_start)),
                place: d
                    .place
                    .clone()
                    .or_else(|| self.subject_site(q.hedge_start))
                    .or_else(|| self.place_of_where(q.hedge_start)),
                time: self.time_of_figure(k, &d),
                source: context::source_of(toks, q.first),
                phrase: q.span.start..phrase_end,
                loose: d.loose,
                // (A rate of a thing counted once per story is counted anew each period.)
                known: threshold || (per.is_none() && self.is_known(&d.name)),
                definite: self.is_definite(k, &d),
                context: self.context_words_but(q.first, d.end.max(q.last), &name),
                listed: q.hedge_start >= 1 && toks[q.hedge_start - 1].is_punct(':'),
                another: self.introduces_another(q.hedge_start, q.last),
                // ("a $1.3 billion extension" and "a $1.3 million study": a
                // bare sum is of the noun right after it, where one follows;
                // a definite one may name again what it refers back to, "the
                // £2.54m project" of "a £2.45m extension".)
                kind: (d.loose && name == "sum" && !self.is_definite(k, &d))
                    .then(|| self.noun_after_sum(q.last))
                    .flatten(),
                subject: self.subject_of(q.hedge_start),
            };
            // "… 31 injured; by Sunday the number had risen to 57": the update
            // replaces what the paragraph said before.
            if self.is_update(q.hedge_start) && !figure.loose {
                let kept: Vec<Figure> = out
                    .drain(first_of_paragraph..)
                    .filter(|g| !(g.thing == figure.thing && g.owner == figure.owner))
                    .collect();
                out.extend(kept);
            }
            out.push(figure);
            // Kept whole (modifiers unsorted) for a later "the number had risen to 57".
            if !d.loose {
                previous = Some(d);
            }
        }
    }

    /// Is a counted thing one news counts once per story: a group of the
    /// lexicon, a money measure or a side of a vote?
    fn is_known(&self, name: &str) -> bool {
        let lex = self.vocab.lex;
        (self.vocab.group(name).is_some() && !lex.is_per_person(name) && !lex.is_per_entity(name))
            || self.vocab.lex.is_financial(name)
            || name.starts_with("votes ")
    }
}

/// Is a definite figure starting at token `b` given after a word of
/// comparison, as its base: "fewer than the 1,320 it hired", "well below the
/// 4.2% rate recorded in the UK"?
pub(super) fn after_a_comparison(toks: &[Token<'_>], b: usize) -> bool {
    b >= 2 && is_determiner(&toks[b - 1]) && toks[b - 2].has(words::COMPARED_WITH)
}

/// Is a definite figure starting at token `b` what another is set against:
/// after a word of comparison, or "up sharply on the 13% turnout of 2019"?
/// (Asked of percentages by the reader, and of every figure by the echo.)
pub(super) fn compared_with(toks: &[Token<'_>], b: usize) -> bool {
    let moved_on = || {
        b >= 2
            && is_determiner(&toks[b - 1])
            && toks[b - 2].is("on")
            && toks[b.saturating_sub(5)..b - 2]
                .iter()
                .any(|t| t.has(words::UP | words::DOWN))
    };
    // "short of the club's record of 9,840": a record is the mark a figure
    // is set against (not "a record crowd of 9,840", this one's).
    let a_record = b >= 2 && toks[b - 1].is("of") && toks[b - 2].is_any(&["record", "best"]);
    after_a_comparison(toks, b) || moved_on() || a_record
}

/// "the", "its", "their", "this", or a possessive ("Harbor Point's"): what
/// makes a figure after it a definite reference.
fn is_determiner(t: &Token<'_>) -> bool {
    t.kind == Kind::Word
        && (any_is(
            t,
            &[
                "the", "its", "their", "his", "her", "our", "this", "that", "all",
            ],
        ) || (t.is_possessive() && !t.has(words::PRONOUNS)))
}

/// Does the determiner-like word `t` make a figure counting the noun `noun`
/// definite? Not a conjunction ([`is_conjunction_before`]).
fn determines(t: &Token<'_>, noun: Option<&Token<'_>>) -> bool {
    is_determiner(t) && !is_conjunction_before(t, noun)
}

/// Is `t` a "that" or "this" before a figure counting the plural `noun`: a
/// conjunction, not a demonstrative ("given that 2,140 households are waiting")?
pub(super) fn is_conjunction_before(t: &Token<'_>, noun: Option<&Token<'_>>) -> bool {
    any_is(t, &["that", "this"])
        && noun.is_some_and(|n| n.kind == Kind::Word && looks_plural(n.text))
}

/// The last token of a figure's phrase that ends at byte `phrase.end`.
fn phrase_last(toks: &[Token<'_>], phrase: &Span, last: usize) -> usize {
    let mut j = last;
    while toks.get(j + 1).is_some_and(|t| t.span().end <= phrase.end) {
        j += 1;
    }
    j
}

/// Reads the one paragraph of `text` and hands its reader to `f` (for the tests
/// of this module's parts).
#[cfg(test)]
fn with_reader<R>(text: &str, f: impl FnOnce(&Reader<'_, '_>) -> R) -> R {
    use super::lexicon::Lexicon;
    use super::{extract, tokens};
    use crate::document::{Document, Format};
    let doc = Document::parse(text, Format::PlainText);
    let vocab = Vocabulary::new(Lexicon::builtin(), &[]);
    let toks = tokens::tokenize(&doc.prose, &doc.paragraphs[0]);
    let qs = extract::quantities(&toks);
    f(&Reader::new(doc.text, &toks, &qs, &vocab, 0))
}

/// The index of the first token `word` in a reader's paragraph.
#[cfg(test)]
fn token_at(r: &Reader<'_, '_>, word: &str) -> usize {
    r.toks.iter().position(|t| t.text == word).unwrap()
}

/// Every figure a reader finds in `text`, as (name, owner, place, text).
#[cfg(test)]
#[allow(clippy::type_complexity)]
fn read(text: &str) -> Vec<(String, Option<String>, Option<String>, String)> {
    with_reader(text, |r| {
        let mut out = Vec::new();
        r.figures(&mut out);
        out.into_iter()
            .map(|f| (f.thing.name, f.owner, f.place, text[f.phrase].to_string()))
            .collect()
    })
}

/// The single figure of `text` as (name, owner, place, phrase).
#[cfg(test)]
fn read_one(text: &str) -> (String, Option<String>, Option<String>, String) {
    let mut found = read(text);
    assert_eq!(found.len(), 1, "{found:?}");
    found.remove(0)
}
