//! Conflicts: figures for the same thing (same entity, same time, no rival
//! sources) whose intervals cannot both hold, found by bucketing, not by
//! comparing every figure with every other.

use crate::fasthash::{FastMap, FastSet};

use crate::document::{ceil_char_boundary, floor_char_boundary, BlockKind, Document};
use crate::finding::{Finding, Fix, Rule, Span};

use super::context::Time;
use super::counted::{Figure, Thing};
use super::extract::{Hedge, Quantity, Unit};
use super::lexicon::Lexicon;
use super::render::restyle;
use super::words::{self, POSSESSIVES};

/// How many earlier figures of one bucket a figure is compared with.
const LOOKBACK: usize = 64;

/// A value the draft writes, where it writes it.
#[derive(Clone, Copy, Debug)]
pub struct Written {
    unit: Unit,
    value: f64,
    at: usize,
}

impl Written {
    /// A quantity of the draft's `text` as written. A bare whole number set
    /// off by commas or brackets ("her husband, 54, …") is written as an age.
    pub fn of(text: &str, q: &Quantity) -> Written {
        let set_off = text[..q.span.start].trim_end().ends_with([',', '('])
            && text[q.span.end..].trim_start().starts_with([',', ')', '.']);
        let bare_age = q.unit == Unit::Count
            && set_off
            && q.value.fract() == 0.0
            && (1.0..=120.0).contains(&q.value);
        Written {
            unit: if bare_age { Unit::Age } else { q.unit },
            value: q.value,
            at: q.span.start,
        }
    }

    /// The unit it is written in (an age for a bare number set off by commas).
    pub fn unit(&self) -> Unit {
        self.unit
    }

    pub fn value(&self) -> f64 {
        self.value
    }

    /// The byte where it starts.
    pub fn at(&self) -> usize {
        self.at
    }
}

/// Where the draft first writes each value that is not a current figure (an
/// old value or a base: "raised its offer to 5.4% from 4.5%"), by unit and
/// value. (`written` and `figures` are in document order.)
fn old_values(written: &[Written], figures: &[Figure]) -> FastMap<(Unit, u64), usize> {
    let mut first = FastMap::default();
    for w in written {
        let figure = figures
            .binary_search_by_key(&w.at, |g| g.q.span.start)
            .is_ok();
        if !figure {
            first.entry((w.unit, w.value.to_bits())).or_insert(w.at);
        }
    }
    first
}

/// Was `f`'s value written before it as an old value or a base ("the 4.5%
/// offer" after "from 4.5%")? Then it restates that mention, not a mistyped
/// other figure.
///
/// An age given with a name ("Okonkwo, aged 54") restates no other mention:
/// it is hers whatever was written before. An age read as someone's only from
/// the passage ("the 54-year-old") may be of whoever was given it bare before
/// ("her husband, 54, …").
fn written_before(old: &FastMap<(Unit, u64), usize>, f: &Figure) -> bool {
    let before = |unit: Unit| {
        old.get(&(unit, f.q.value.to_bits()))
            .is_some_and(|&at| at < f.q.span.start)
    };
    match f.thing.unit {
        _ if f.q.upper.is_some() => false,
        Unit::Age if !f.definite => false,
        Unit::Age => before(f.q.unit) || before(Unit::Age),
        _ => before(f.q.unit),
    }
}

/// The figures of a draft sorted into the buckets whose members are compared.
struct Buckets<'f> {
    /// One bucket per counted thing; owners are compared inside it.
    things: FastMap<&'f Thing, Vec<usize>>,
    /// And one per unit, scale and multiset of written digits, for mistyped
    /// figures: "$39.8 billion" … "the $38.9-billion deficit".
    typos: FastMap<(Unit, u64, [u32; 10]), Vec<usize>>,
    /// And one per group of related counted things ("crowd" and "fan",
    /// "home" and "property"), for a reference back under the other noun.
    related: FastMap<usize, Vec<usize>>,
}

impl<'f> Buckets<'f> {
    fn of(text: &str, lex: &Lexicon, figures: &'f [Figure]) -> Self {
        let mut things: FastMap<&Thing, Vec<usize>> = FastMap::default();
        let mut typos: FastMap<(Unit, u64, [u32; 10]), Vec<usize>> = FastMap::default();
        let mut related: FastMap<usize, Vec<usize>> = FastMap::default();
        for (i, f) in figures.iter().enumerate() {
            things.entry(&f.thing).or_default().push(i);
            if let Some(key) = digit_key(&f.q, f.thing.unit, digits(text, &f.q)) {
                typos.entry(key).or_default().push(i);
            }
            if f.thing.unit == Unit::Count {
                for &g in lex.related_groups(&f.thing.name) {
                    related.entry(g).or_default().push(i);
                }
            }
        }
        Buckets {
            things,
            typos,
            related,
        }
    }

    /// A definite figure that names its thing bare ("the £3.1m fund") refers
    /// back to the one thing of that name the text narrowed before it ("the
    /// trust's £2.4m winter fund"): for each, the earlier members of that
    /// thing's bucket and then the figure itself. None where the bare thing was
    /// given before (its own bucket holds the comparison) or where two
    /// narrowings of it were ("a winter fund", "a flood fund"): which one it
    /// means is not shown.
    fn bare_references(&self, figures: &[Figure]) -> Vec<Vec<usize>> {
        // Each name's narrowed buckets, found once (the draft stays linear).
        let mut narrowed: FastMap<(Unit, &str), Vec<&[usize]>> = FastMap::default();
        for (t, members) in &self.things {
            if !t.modifiers.is_empty() {
                narrowed.entry((t.unit, &t.name)).or_default().push(members);
            }
        }
        let mut out = Vec::new();
        for (i, f) in figures.iter().enumerate() {
            if !f.definite || !f.thing.modifiers.is_empty() || f.thing.unit == Unit::Age {
                continue;
            }
            if self.things.get(&f.thing).and_then(|m| m.first()) != Some(&i) {
                continue;
            }
            let Some(buckets) = narrowed.get(&(f.thing.unit, f.thing.name.as_str())) else {
                continue;
            };
            let mut before_it = buckets.iter().filter(|m| m.first().is_some_and(|&m| m < i));
            if let (Some(members), None) = (before_it.next(), before_it.next()) {
                let before = members.partition_point(|&m| m < i);
                let mut chain = members[..before].to_vec();
                chain.push(i);
                out.push(chain);
            }
        }
        out
    }
}

/// Can two figures of one thing bucket be compared?
fn thing_fits(lex: &Lexicon, g: &Figure, f: &Figure) -> bool {
    owners_meet(lex, g, f) && kinds_meet(g, f)
}

/// Can two figures of one digits bucket be compared: different as written, and
/// counting one thing?
fn typo_fits(text: &str, lex: &Lexicon, g: &Figure, f: &Figure) -> bool {
    let scale = |f: &Figure| f.q.style.scale.as_ref().map(|s| s.factor.to_bits());
    (!digits(text, &g.q).eq(digits(text, &f.q)) || scale(g) != scale(f))
        && same_count_mistyped(text, lex, g, f)
        && kinds_meet(g, f)
}

/// Can two figures of one related bucket be compared: counts of two related
/// things ("A crowd of 23,418" … "the 23,918 fans in the ground"), the later
/// a definite reference back, a plain slip apart? (Not ten times apart: "41,200
/// visitors" … "the 4,120 guests at its gala dinner" are a whole and a part.)
fn related_fits(text: &str, lex: &Lexicon, g: &Figure, f: &Figure) -> bool {
    g.thing.name != f.thing.name
        && f.definite
        && lex.are_related(&g.thing.name, &f.thing.name)
        && owners_meet(lex, g, f)
        && kinds_meet(g, f)
        && slip(text, &g.q, &f.q) == Slip::Strong
        && !tenfold(&g.q, &f.q)
}

/// Whether the figure at one index may be compared with the earlier one at another.
type Fits<'a> = dyn Fn(usize, usize) -> bool + 'a;

/// What one comparison pass knows of the whole draft.
struct Pass<'a, 'd> {
    doc: &'a Document<'d>,
    figures: &'a [Figure],
    old: FastMap<(Unit, u64), usize>,
    /// Every quantity the draft writes, in the order written.
    written: &'a [Written],
    headline: Option<usize>,
    /// Where the draft first names each figure's place (its last word) or
    /// owner (its first word), lower case, found in one pass over the text the first time a pair
    /// asks (most drafts never do: the pass cost a 600-word article's
    /// figures stage a fifth of its time when made for every draft).
    names_first: std::cell::OnceCell<FastMap<String, usize>>,
}

/// A figure about to be compared with the earlier members of its bucket.
struct Later<'m> {
    i: usize,
    earlier: &'m [usize],
    /// What a definite "the 121 survivors" refers back to: the nearest figure
    /// of the same thing given before it, in another sentence.
    antecedent: Option<usize>,
    /// The body's first figure of its thing, which restates the headline's.
    lead: bool,
    /// An earlier member gives its value (within what each allows): what a
    /// definite reference to it refers to.
    restated: bool,
    /// The antecedent is the only figure of its thing given before: a
    /// definite reference can mean no other.
    sole: bool,
}

/// Why two figures of one bucket were not found to conflict (`diagnose`).
#[derive(Debug)]
enum Gate {
    Fits,
    SameSentence,
    Another,
    Place,
    Source,
    Time,
    Overlap,
    WrittenBefore,
    Unproven(&'static str),
}

impl<'a, 'd> Pass<'a, 'd> {
    fn of(doc: &'a Document<'d>, figures: &'a [Figure], written: &'a [Written]) -> Self {
        Pass {
            doc,
            figures,
            old: old_values(written, figures),
            written,
            headline: headline_of(doc),
            names_first: std::cell::OnceCell::new(),
        }
    }

    /// "412 care homes" … "142 care homes in Wales": a later figure `f`
    /// counted in a place the draft first names in `f`'s own paragraph is a
    /// part in that place (not "its plant in Lyon" … "The Lyon plant employs
    /// 5,400 workers", nor a story about one town that names it in its lead,
    /// nor a reference back).
    fn part_in_a_place(&self, g: &Figure, f: &Figure, refers: bool) -> bool {
        let (None, Some(place)) = (&g.place, &f.place) else {
            return false;
        };
        // (A reference back may be narrowed where it happened, "the quake
        // was felt in the capital"; not one named by its place: "the £3.81m
        // extension at Brookhaven Primary" is that school's, another one.)
        // (Nor the lead restating the headline, which names no place: "£2m
        // for school extension" over "the £2m extension at Kelby Primary".)
        let restates_headline = self.headline == Some(g.paragraph);
        if (refers && (restates_headline || !named_by_place(self.doc.text, f))) || g.mentions(place)
        {
            return false;
        }
        self.first_named(place_word(place))
            .is_none_or(|at| at >= self.paragraph_start(f))
    }

    /// Where the draft first names `word` (a place's or an owner's), if it
    /// does: looked up in one pass over the text made for all figures.
    fn first_named(&self, word: &str) -> Option<usize> {
        self.names_first
            .get_or_init(|| names_first(self.doc.text, self.figures))
            .get(word)
            .copied()
    }

    /// Where the paragraph of figure `f` starts in the text.
    fn paragraph_start(&self, f: &Figure) -> usize {
        self.doc.paragraphs[f.paragraph].span.start
    }

    /// "The airport handled 1.2 million passengers" … "Corley Field, which
    /// handled 2.1 million passengers": a later figure `f` owned by a name
    /// the draft first gives in `f`'s own paragraph, where the earlier `g`
    /// has no owner and its words do not name it, is that newcomer's.
    fn owner_named_anew(&self, g: &Figure, f: &Figure) -> bool {
        let (None, Some(owner)) = (&g.owner, &f.owner) else {
            return false;
        };
        // (A headline names the story's subject by its story: "Depot to
        // cut 340 jobs" over "Harwell Finch will cut 430 jobs".)
        if g.mentions(owner) || self.headline == Some(g.paragraph) {
            return false;
        }
        self.first_named(owner_word(owner))
            .is_some_and(|at| at >= self.paragraph_start(f))
    }

    /// Does the sentence of the figure at index `i` write the earlier `g`'s
    /// value too, as another quantity of its unit? "will receive £4.3m this
    /// year from the government's £4.3bn fund" restates the headline's £4.3m
    /// beside the fund, and "will close 48 of its 84 stores" the headline's
    /// 48 beside the whole: neither is then a slip of it. (Reads the
    /// sentence's quantities only, found by binary search; the sentence is
    /// the document's own.)
    fn beside_its_value(&self, i: usize, g: &Figure) -> bool {
        let f = &self.figures[i];
        let Some(sentence) = self.doc.paragraphs[f.paragraph].sentences.get(f.sentence) else {
            return false;
        };
        let from = self.written.partition_point(|w| w.at < sentence.start);
        self.written[from..]
            .iter()
            .take_while(|w| w.at < sentence.end)
            .any(|w| {
                w.value == g.q.value
                    && w.unit == g.q.unit
                    && w.at != g.q.span.start
                    && w.at != f.q.span.start
            })
    }

    fn later<'m>(&self, members: &'m [usize], n: usize, fits: &Fits<'_>) -> Later<'m> {
        let i = members[n];
        let f = &self.figures[i];
        let earlier = &members[n.saturating_sub(LOOKBACK)..n];
        let antecedent = earlier
            .iter()
            .rev()
            .copied()
            .find(|&j| self.figures[j].sentence_key() != f.sentence_key() && fits(j, i));
        let lead = members
            .iter()
            .find(|&&m| Some(self.figures[m].paragraph) != self.headline)
            == Some(&i);
        let restated = earlier.iter().any(|&e| self.figures[e].q.overlaps(&f.q));
        // (Looked for among the earlier members only, so the pass stays
        // linear: one with more before it than those is never sole.)
        let sole = antecedent.is_some()
            && n <= LOOKBACK
            && earlier.iter().filter(|&&e| fits(e, i)).count() == 1;
        Later {
            i,
            earlier,
            antecedent,
            lead,
            restated,
            sole,
        }
    }

    /// Is the earlier figure `j` proven the same quantity as `later`, given
    /// another value?
    fn judge(&self, later: &Later<'_>, j: usize, fits: &Fits<'_>) -> Result<Clash, Gate> {
        let (g, f) = (&self.figures[j], &self.figures[later.i]);
        let text = self.doc.text;
        // A definite reference with no time of its own holds when the
        // figure it refers to holds.
        // So does a headline's figure, restated by the body's first one.
        let from_headline =
            later.lead && self.headline == Some(g.paragraph) && g.time == Time::Present;
        // (A weekday on the reference dates what happened to the figure,
        // "voted through the £47.2m budget on Thursday", not the period it
        // covers; against another weekday it is another day.)
        let own_day = matches!(f.time, Time::Day(_)) && !matches!(g.time, Time::Day(_));
        let refers =
            (f.definite && later.antecedent == Some(j) && (f.time.takes(&g.time) || own_day))
                || from_headline;
        if !fits(j, later.i) {
            return Err(Gate::Fits);
        }
        same_quantity(g, f, refers)?;
        if self.part_in_a_place(g, f, refers) || self.owner_named_anew(g, f) {
            return Err(Gate::Place);
        }
        // "The rest of the $8.5 million pool" after "borrow up to $5.8
        // million": the whole of which the smaller figure before is a part.
        // "fined a combined £9.9m" … "Eastmoor Water was fined £8.1m": a
        // total of several, against one of them.
        if combined(text, g) != combined(text, f) {
            return Err(Gate::Unproven("a combined total"));
        }
        if rest_of(text, f) && g.q.value < f.q.value {
            return Err(Gate::Unproven("the rest of a whole"));
        }
        // "2,900 international students … about a tenth of its 29,000
        // students": the earlier is the share of the later that the text names.
        if let Some(share) = fraction_of(text, f) {
            let part = f.q.value * share;
            if (g.q.value - part).abs() <= 0.25 * part {
                return Err(Gate::Unproven("the part a fraction names"));
            }
        }
        if g.q.overlaps(&f.q) && !estimate_mistyped(text, g, f) {
            return Err(Gate::Overlap);
        }
        // "Her 16.8% share" after two shares, one of them 16.8%, or "the
        // £6.2bn plan" after "a £6.2bn plan" and "Of the total, £2.6bn": a
        // figure referred back to refers to the earlier one that gives its value.
        // (A hedged one only gives a range: "about 38,500" is no value of
        // "the 35,800 travellers".)
        let restates_another = f.definite
            && if f.thing.unit == Unit::Percent {
                later.restated
            } else {
                later.earlier.iter().any(|&e| {
                    let o = &self.figures[e].q;
                    o.value == f.q.value && o.hedge != Hedge::Range
                })
            };
        if written_before(&self.old, f) || restates_another {
            return Err(Gate::WrittenBefore);
        }
        if self.beside_its_value(later.i, g) {
            return Err(Gate::Unproven("the other value beside it"));
        }
        // "the 19-year sentence" after sentences of 18 and 12 years: a definite
        // measure is no proof against one earlier value when another as near
        // to it could be the one it refers to.
        let gap = |o: &Figure| (o.q.value - f.q.value).abs();
        let ambiguous = f.thing.unit == Unit::Measure
            && f.definite
            && later.earlier.iter().any(|&e| {
                let o = &self.figures[e];
                e != j && kinds_meet(o, f) && !o.q.overlaps(&g.q) && gap(o) <= gap(g)
            });
        if ambiguous {
            return Err(Gate::Unproven("a reference to one of several"));
        }
        // "a £4.5m budget for parks" … "the £45m budget for roads": two things
        // the money or count is for.
        if let (Some(x), Some(y)) = (purpose(text, g), purpose(text, f)) {
            if x != y {
                return Err(Gate::Unproven("for two purposes"));
            }
        }
        // "2,180 metres long" … "its 2,810-metre-high twin": a length is no height.
        let ways = (g.thing.unit == Unit::Measure)
            .then(|| (dimension_after(text, g), dimension_after(text, f)));
        if let Some((Some(x), Some(y))) = ways {
            if x != y {
                return Err(Gate::Unproven("measured two ways"));
            }
        }
        let headline = self.headline.filter(|_| later.lead);
        let slipped = slip(text, &g.q, &f.q);
        // A definite measure whose value no earlier one has ("the 4 hours 32
        // minutes") refers back to one that a plain slip away has it.
        let mistyped_reference = f.thing.unit == Unit::Measure
            && f.definite
            && slipped == Slip::Strong
            && !later.restated;
        let evidence = Evidence::of(
            text,
            g,
            f,
            slipped,
            (
                later.antecedent == Some(j) || mistyped_reference,
                later.antecedent == Some(j) && later.sole,
            ),
            headline,
        );
        evidence.proves().map_err(Gate::Unproven)?;
        Ok(Clash {
            first: j,
            later: later.i,
            fixable: evidence.fixable(),
        })
    }
}

/// Report each figure that conflicts with an earlier one of the same thing.
pub fn report(doc: &Document<'_>, figures: &[Figure], written: &[Written]) -> Vec<Finding> {
    let lex = Lexicon::builtin();
    let buckets = Buckets::of(doc.text, lex, figures);
    let pass = Pass::of(doc, figures, written);
    let mut clashes: Vec<Clash> = Vec::new();
    let mut reported = vec![false; figures.len()];
    let mut scan = |members: &[usize], from: usize, fits: &Fits<'_>| {
        for n in from..members.len() {
            if reported[members[n]] {
                continue;
            }
            let later = pass.later(members, n, fits);
            // The nearest earlier figure that is proven the same quantity.
            let clash = later
                .earlier
                .iter()
                .rev()
                .find_map(|&j| pass.judge(&later, j, fits).ok());
            if let Some(c) = clash {
                reported[later.i] = true;
                clashes.push(c);
            }
        }
    };
    let thing_fits = |j: usize, i: usize| thing_fits(lex, &figures[j], &figures[i]);
    for members in buckets.things.values() {
        scan(members, 0, &thing_fits);
    }
    for members in buckets.bare_references(figures) {
        scan(&members, members.len() - 1, &thing_fits);
    }
    for members in buckets.typos.values() {
        scan(members, 0, &|j, i| {
            typo_fits(doc.text, lex, &figures[j], &figures[i])
        });
    }
    for members in buckets.related.values() {
        scan(members, 0, &|j, i| {
            related_fits(doc.text, lex, &figures[j], &figures[i])
        });
    }
    let numbers = if clashes.is_empty() {
        Vec::new()
    } else {
        paragraph_numbers(doc)
    };
    let marks = QuoteMarks::default();
    let mut findings: Vec<Finding> = clashes
        .into_iter()
        .map(|c| {
            finding(
                doc,
                (&numbers, &marks),
                &figures[c.first],
                &figures[c.later],
                c.fixable,
            )
        })
        .collect();
    findings.sort_by_key(|f| (f.span.start, f.span.end));
    findings
}

/// What a span with no quantity in it holds, by shape only: an ordinal
/// ("56th"), digits read as no quantity, or words alone ("in her fifties").
fn no_quantity(span: &str) -> &'static str {
    let ordinal = span.split_whitespace().any(|w| {
        let digits = w.trim_start_matches(|c: char| c.is_ascii_digit());
        digits.len() < w.len()
            && ["st", "nd", "rd", "th"]
                .iter()
                .any(|e| digits.starts_with(e))
    });
    if ordinal {
        "no quantity (an ordinal)"
    } else if let Some(d) = span.bytes().position(|b| b.is_ascii_digit()) {
        // What follows the first run of digits, by shape only.
        let after = span[d..]
            .bytes()
            .find(|b| !b.is_ascii_digit() && !b",.".contains(b));
        match after {
            Some(b) if b.is_ascii_alphabetic() => "no quantity (digits, letters glued)",
            Some(b'-') => "no quantity (digits, a hyphen)",
            Some(b':') => "no quantity (digits, a colon)",
            Some(b'/') => "no quantity (digits, a slash)",
            Some(b' ') => "no quantity (digits, a space)",
            None => "no quantity (digits alone)",
            Some(_) => "no quantity (digits, other)",
        }
    } else {
        "no quantity (words)"
    }
}

/// Why the figures in two byte ranges of a draft were or were not found to
/// conflict, in a few words: for counting which gate stops the conflicts an
/// annotated set expects (`examples/gates.rs`), without reading the drafts.
pub fn diagnose(
    doc: &Document<'_>,
    figures: &[Figure],
    written: &[Written],
    left_out: &[(usize, &'static str)],
    first: &Span,
    second: &Span,
) -> String {
    let meets = |x: &Span, y: &Span| x.start < y.end && y.start < x.end;
    if report(doc, figures, written)
        .iter()
        .any(|f| meets(&f.span, first) || meets(&f.span, second))
    {
        return "found".into();
    }
    let inside = |r: &Span| {
        figures
            .iter()
            .position(|f| r.start <= f.q.span.start && f.q.span.end <= r.end)
    };
    let (Some(a), Some(b)) = (inside(first), inside(second)) else {
        // A number read as a quantity but given no counted thing, or none read.
        let within = |r: &Span, at: usize| r.start <= at && at < r.end;
        let why = |r: &Span| match inside(r) {
            Some(_) => "figure",
            None => match left_out.iter().find(|(at, _)| within(r, *at)) {
                Some((_, why)) => why,
                None => match written.iter().find(|w| within(r, w.at)) {
                    Some(w) if w.unit == Unit::Age => "age: no person",
                    Some(_) => "left out",
                    None => no_quantity(&doc.text[r.clone()]),
                },
            },
        };
        return format!("unread: {} / {}", why(first), why(second));
    };
    let (j, i) = (a.min(b), a.max(b));
    if i == j {
        return "one figure".into();
    }
    let lex = Lexicon::builtin();
    let buckets = Buckets::of(doc.text, lex, figures);
    let pass = Pass::of(doc, figures, written);
    let (g, f) = (&figures[j], &figures[i]);
    let thing_fits = |j: usize, i: usize| thing_fits(lex, &figures[j], &figures[i]);
    let typo_fits = |j: usize, i: usize| typo_fits(doc.text, lex, &figures[j], &figures[i]);
    let typo_members = digit_key(&f.q, f.thing.unit, digits(doc.text, &f.q))
        .and_then(|key| buckets.typos.get(&key));
    let paths: [(&str, Option<&Vec<usize>>, &Fits); 2] = [
        ("thing", buckets.things.get(&f.thing), &thing_fits),
        ("digits", typo_members, &typo_fits),
    ];
    let mut gates = Vec::new();
    for (name, members, fits) in paths {
        let Some(members) = members else { continue };
        let (Some(m), Some(n)) = (
            members.iter().position(|&x| x == j),
            members.iter().position(|&x| x == i),
        ) else {
            continue;
        };
        let gate = if n - m > LOOKBACK {
            "lookback".to_string()
        } else {
            match pass.judge(&pass.later(members, n, fits), j, fits) {
                Ok(_) => "proven, another reported".into(),
                Err(Gate::Unproven(why)) => format!("unproven: {why}"),
                Err(Gate::Overlap) => format!(
                    "overlap{} ({:?}{} / {:?}{})",
                    if g.q.interval() == f.q.interval() {
                        ", same value"
                    } else {
                        ""
                    },
                    g.q.hedge,
                    if g.q.style.scale.is_some() {
                        " scaled"
                    } else {
                        ""
                    },
                    f.q.hedge,
                    if f.q.style.scale.is_some() {
                        " scaled"
                    } else {
                        ""
                    },
                ),
                Err(Gate::Fits) if name == "digits" => {
                    format!("fits ({})", unfit(doc.text, lex, g, f))
                }
                Err(gate) => format!("{gate:?}").to_lowercase(),
            }
        };
        gates.push(format!("{name}: {gate}"));
    }
    if !gates.is_empty() {
        return gates.join("; ");
    }
    let (x, y) = (&g.thing, &f.thing);
    if x.unit != y.unit {
        format!("apart: {:?} vs {:?}", x.unit, y.unit)
    } else if x.name != y.name {
        format!(
            "apart: {:?} nouns differ{}",
            x.unit,
            if lex.are_related(&x.name, &y.name) || lex.one_is_a_kind_of_other(&x.name, &y.name) {
                " (related)"
            } else {
                ""
            }
        )
    } else {
        format!("apart: {:?} modifiers differ", x.unit)
    }
}

/// Why two figures of one digits bucket may not be compared, for counting
/// where misses are lost.
fn unfit(text: &str, lex: &Lexicon, g: &Figure, f: &Figure) -> &'static str {
    let (x, y) = (&g.thing, &f.thing);
    let mistyped = same_count_mistyped(text, lex, g, f);
    if digits(text, &g.q).eq(digits(text, &f.q)) && g.q.style.scale == f.q.style.scale {
        "same digits"
    } else if x.unit != y.unit {
        "units differ"
    } else if matches!((&g.owner, &f.owner), (Some(a), Some(b)) if !one_name(a, b)) {
        "owners differ"
    } else if x.name != y.name && !mistyped {
        if lex.are_related(&x.name, &y.name) || lex.one_is_a_kind_of_other(&x.name, &y.name) {
            "nouns differ (related)"
        } else if x.name == "figure" || y.name == "figure" {
            "nouns differ (one a figure)"
        } else {
            match (lex.is_people_noun(&x.name), lex.is_people_noun(&y.name)) {
                (true, true) => "nouns differ (people both)",
                (false, false) => "nouns differ (people neither)",
                _ => "nouns differ (people one)",
            }
        }
    } else if !mistyped {
        "modifiers differ"
    } else if !kinds_meet(g, f) {
        "kinds differ"
    } else {
        "?"
    }
}

/// Every pair of figures one digits bucket compares (the same unit and scale,
/// the same digits in another order), by their number spans: for measuring
/// how often real copy writes such pairs that are not one quantity.
pub fn swapped_pairs(doc: &Document<'_>, figures: &[Figure]) -> Vec<(Span, Span)> {
    let buckets = Buckets::of(doc.text, Lexicon::builtin(), figures);
    let mut pairs = Vec::new();
    for members in buckets.typos.values() {
        for (n, &i) in members.iter().enumerate() {
            for &j in &members[n.saturating_sub(LOOKBACK)..n] {
                let (g, f) = (&figures[j], &figures[i]);
                if !digits(doc.text, &g.q).eq(digits(doc.text, &f.q)) {
                    pairs.push((g.q.span.clone(), f.q.span.clone()));
                }
            }
        }
    }
    pairs.sort_by_key(|(a, b)| (a.start, b.start));
    pairs
}

/// Two figures found to be one quantity given two values.
struct Clash {
    first: usize,
    later: usize,
    /// Sameness strong enough to offer a one-click fix.
    fixable: bool,
}

/// What the text shows about whether two figures (with nothing against it:
/// same counted thing, no rival owners, places, sources or times) are one quantity.
#[derive(Debug)]
struct Evidence {
    /// Digits that one slip of the keyboard turns into the other's.
    typo: bool,
    /// … plainly so.
    strong_typo: bool,
    /// Ten times apart in the same two digits ("2,300" and "23,000"): a
    /// dropped or added digit, or two figures of one story that differ so
    /// (real copy writes such pairs often), so proof only with a reference back.
    tenfold: bool,
    /// The same number under scale words a thousand apart ("$1.2 million",
    /// "$1.2 billion"): a slip, or two sums of different size a story may well
    /// give ("$1.2 million on buses" … "the $1.2 billion rail line"); unless the
    /// later one is "the $1.2 million figure", the value just given.
    scale_only: bool,
    /// Both count a thing news counts once per story (lexicon, money measure, tally).
    known: bool,
    /// The later one is a definite reference ("the 121 survivors") to the earlier.
    back_reference: bool,
    /// … and the earlier is the one figure of its thing given before it.
    sole_reference: bool,
    /// Content words the two sentences share around the figures (three when
    /// a short sentence's every word is shared).
    shared_words: usize,
    /// Both clauses are about one subject ("The Tarn bridge is 1,240 metres
    /// long" … "The bridge, which stretches 1,420 metres,"), or two the
    /// lexicon groups ("fire", "blaze").
    same_subject: bool,
    /// The word before each figure is one verb ("runs 38 libraries" …
    /// "which runs 83 libraries"; not "has closed 83 libraries").
    same_verb: bool,
    /// No words after either figure's phrase narrow it ("142 care homes in
    /// Scotland", "1,425 staff on temporary contracts"): each ends its phrase.
    unnarrowed: bool,
    /// Both belong to one named owner ("Cruz has …", "Tesla's profit"), or
    /// the owner named for one is named in the other's words.
    same_owner: bool,
    /// Neither has an owner named.
    unowned: bool,
    /// The later is narrowed by words right after it ("the 230 staff at its
    /// Derby plant", "the 460 families it helped in December"): a part.
    narrowed: bool,
    /// One is the headline's, the other the body's.
    headline: bool,
    /// Both are dated by the same words ("last year", "in 2019").
    same_time: bool,
    /// A person's age, tied to the person by name or by the passage.
    age: bool,
    /// The later age is a bare "the 47-year-old", its person inferred from the passage.
    inferred_person: bool,
    /// One of them is a range ("in her 70s"): no value to write over the other.
    range: bool,
    /// The sides of a chamber's vote.
    tally: bool,
    /// One of them is a winner's margin ("by 4,826 votes") or a change in
    /// points: a story may give one for each contest or measure, so only a
    /// mistyped reference back to it (or the headline's, restated) proves one.
    margin: bool,
    /// One of them counts only "people" or a sum of money with no measure named.
    loose: bool,
    /// One of them is a share of a group ("61.7% of patients"): polls give
    /// many, so only a mistyped back-reference to it proves one.
    share: bool,
    /// One of them is a bound ("more than 70", "up to 5 million", "at least 501").
    bound: bool,
    /// Both measure one thing they name ("the 13-second margin", "a
    /// magnitude 6.4 earthquake"), not just a unit.
    named_measure: bool,
    /// The values are within 30% (or two) of each other ("8,000" and "10,000"), as two
    /// reports of one quantity are, and unlike a part and its whole.
    near: bool,
}

impl Evidence {
    /// What the text shows of the earlier figure `g` and the later `f`, whose
    /// digits are `slipped` apart; `antecedent`: `g` is what `f` refers back
    /// to, and `sole`: the only figure of its thing before `f`.
    fn of(
        text: &str,
        g: &Figure,
        f: &Figure,
        slipped: Slip,
        (antecedent, sole): (bool, bool),
        headline: Option<usize>,
    ) -> Self {
        Evidence {
            typo: slipped != Slip::None,
            strong_typo: slipped == Slip::Strong,
            tenfold: slipped == Slip::None && tenfold(&g.q, &f.q),
            scale_only: {
                g.q.scale_factor() != f.q.scale_factor()
                    && digits(text, &g.q).eq(digits(text, &f.q))
                    && !(f.definite && names_the_number(text, f))
            },
            known: g.known && f.known,
            // (A measure named as someone's refers to no one else's: "won in
            // 6 hours 41 minutes" … "Chebet's 6 hours 44 minutes".)
            back_reference: f.definite
                && antecedent
                && (g.thing.unit != Unit::Measure || one_owner(g, f)),
            // (Only a percentage's: counts and sums far apart under one noun
            // are often a part and its whole, "810 jobs" of "the 1,800 jobs".)
            sole_reference: f.definite && sole && g.thing.unit == Unit::Percent,
            shared_words: {
                // A sum whose words name the other's measure shares that word
                // with it: "The fund manages $4.2 billion" … "the $4.2 million fund".
                let names_measure = |s: &Figure, m: &Figure| {
                    s.thing.name == "sum" && m.thing.name != "sum" && s.mentions(&m.thing.name)
                };
                let measure = usize::from(names_measure(g, f) || names_measure(f, g));
                // A short sentence restated whole shares all its few words.
                let n = shared(&g.context, &f.context) + measure;
                let fewest = g.context.len().min(f.context.len());
                if n >= 2 && n == fewest {
                    n.max(3)
                } else {
                    n
                }
            },
            // (Or one's owner named in the other's words: "Dunmere Rowing Club
            // has 412 members" … "The club, which has 421 members".)
            same_owner: (g.owner.is_some() || f.owner.is_some()) && one_owner(g, f),
            unowned: g.owner.is_none() && f.owner.is_none(),
            narrowed: narrowed_after(text, g, f),
            same_verb: verb_before(text, g).is_some_and(|v| Some(v) == verb_before(text, f)),
            unnarrowed: ends_its_phrase(text, g) && ends_its_phrase(text, f),
            same_subject: g.same_subject(f) && !tenses_differ(text, g, f) && {
                let (x, y) = (dimension_after(text, g), dimension_after(text, f));
                x.is_none() || y.is_none() || x == y
            },
            headline: headline.is_some_and(|h| (g.paragraph == h) != (f.paragraph == h)),
            same_time: matches!((&g.time, &f.time), (Time::Other(a), Time::Other(b)) if a == b),
            age: g.thing.unit == Unit::Age,
            inferred_person: g.thing.unit == Unit::Age && (g.definite || f.definite),
            range: g.q.hedge == Hedge::Range || f.q.hedge == Hedge::Range,
            tally: f.thing.name.starts_with("votes "),
            margin: [g, f]
                .iter()
                .any(|x| x.thing.name == "margin" || x.thing.name.ends_with(" in points")),
            loose: g.loose || f.loose,
            share: [g, f].iter().any(|x| x.thing.name.starts_with("share of ")),
            bound: is_bound(&g.q) || is_bound(&f.q),
            named_measure: g.thing.unit == Unit::Measure && g.kind.is_some() && g.kind == f.kind,
            // (Percentages of one measure differ by little in any story: only a slip shows them one.)
            // (Nor do the numbers two contests take: "It takes 2,383 delegates" for
            // one party's nomination and 1,237 for the other's.)
            near: g.q.unit != Unit::Percent && !is_threshold(g) && !is_threshold(f) && {
                let (a, b) = (g.q.value.abs(), f.q.value.abs());
                a.max(b) - a.min(b) <= (0.3 * a.min(b)).max(2.0)
            },
        }
    }

    /// Pieces of evidence, besides the digits, that the two are one quantity.
    fn support(&self) -> usize {
        [
            self.back_reference,
            self.shared_words >= 3,
            self.same_owner || (self.same_subject && self.same_verb && self.unnarrowed),
            self.headline,
            self.same_time,
        ]
        .iter()
        .filter(|&&b| b)
        .count()
    }

    /// Is it shown that the two are one quantity? A person's age or a vote tally
    /// is tied to its owner already. A thing counted once per story needs a slip
    /// of the keyboard between the digits, or a near value and one more piece of
    /// evidence; any other noun a slip and evidence; "people", a bare sum of money
    /// or a measure a plain slip and a back-reference, the headline or the same
    /// words around it. A bound ("more than 70") is weighed only with such proof.
    fn proves(&self) -> Result<(), &'static str> {
        // Each way of proving it, and the name a failure goes by (`diagnose`).
        let holds = |proven: bool, name: &'static str| if proven { Ok(()) } else { Err(name) };
        if self.age || self.tally {
            return Ok(());
        }
        // A thousandfold slip holds only where the two share a word around
        // them, or one is the headline's: nothing else tells the two sums apart.
        // (Or where the later refers back to a thing counted once per story:
        // "approved a $1.24 billion budget" … "the $1.24 million spending plan".)
        if self.scale_only
            && self.shared_words == 0
            && !self.headline
            && !(self.known && self.back_reference)
        {
            return Err("scale only");
        }
        // "employs about 2,300 people" … "Kwelera's 23,000 workers".
        // (Whose, where either is owned, named for both: "Kwelera's 23,000 workers".)
        if self.tenfold
            && self.back_reference
            && self.known
            && !self.bound
            && !self.loose
            && (self.same_owner || self.unowned)
            && (!self.narrowed || self.headline)
        {
            return Ok(());
        }
        let restated = self.back_reference || self.shared_words >= 3 || self.headline;
        if self.share {
            return holds(self.strong_typo && self.back_reference, "share");
        }
        if self.margin {
            return holds(
                self.typo && (self.back_reference || self.headline),
                "margin",
            );
        }
        // A measure of a thing both name, referred back to, needs only a slip:
        // "won by 18 seconds" … "the 13-second margin".
        if self.named_measure && self.back_reference && self.typo && !self.bound {
            return Ok(());
        }
        // (A measure read by its unit alone is of what its clause is about.)
        if self.loose {
            return holds(self.strong_typo && (restated || self.same_subject), "loose");
        }
        if self.bound {
            return holds(
                (self.typo && restated)
                    || (self.known && self.near && (self.back_reference || self.shared_words >= 1)),
                "bound",
            );
        }
        if self.known {
            // "Turnout was 31.4%" … "The 38% turnout": a definite reference to
            // the one figure of its thing given before is to that figure.
            return holds(
                self.typo
                    || self.sole_reference
                    || (self.near
                        && (self.back_reference || self.shared_words >= 1 || self.support() >= 1)),
                if self.near {
                    "known, near, no support"
                } else {
                    "known, far, no slip"
                },
            );
        }
        holds(
            (self.strong_typo && self.support() >= 1)
                || (self.typo && self.support() >= 2)
                // "Shares rose 6.4%" … "The 6.9% gain": a slip, and a reference
                // that can mean only that one figure.
                || (self.typo && self.sole_reference),
            match (self.typo, self.support()) {
                (false, _) => "unknown noun, no slip",
                (true, 0) => "unknown noun, slip, no support",
                _ => "unknown noun, weak slip, one support",
            },
        )
    }

    /// Is the sameness strong enough to offer writing one value over the other?
    /// An age the text ties to its person by name on both sides; never through
    /// a bare "the 47-year-old", whose person is inferred: a wrong guess would
    /// write one person's age over another's.
    fn fixable(&self) -> bool {
        (self.age && !self.range && !self.inferred_person)
            || (self.strong_typo
                && ((self.known && !self.loose) || self.back_reference || self.support() >= 1))
    }
}

/// Words that, right after a figure's phrase, open words narrowing what it
/// counts to a part: where ("at its Derby plant"), whose ("of its parent
/// company"), which ("who waited", "it helped").
const NARROWING: &[&str] = &[
    "at", "of", "in", "on", "from", "across", "with", "within", "outside", "inside", "who", "that",
    "which", "whom", "it", "they", "we", "he", "she",
];

/// Is the later figure's phrase followed by words that narrow it to a part
/// ([`NARROWING`], or a participle opening a phrase) of what the earlier `g`
/// counts? A date is no narrowing: "assessing the 187 properties on Tuesday"
/// says when, not which.
fn narrowed_after(text: &str, g: &Figure, f: &Figure) -> bool {
    let mut words = text[f.phrase.end..].split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    // "the 96 homes set aside for social rent", "the 40 beds kept in reserve";
    // not "build 740 homes" … "the 74 homes built in three phases", which
    // restates the verb the earlier figure was given with.
    if let Some(forms) = participle_forms(first) {
        let restated = forms.iter().any(|w| g.mentions(w));
        return words.next().is_some_and(|w| OPENS_A_PHRASE.contains(&w)) && !restated;
    }
    if !NARROWING.contains(&first) {
        return false;
    }
    let dates = matches!(first, "on" | "in") && words.next().is_some_and(is_a_date);
    !dates
}

/// Past participles that do not end in "-ed" ("set aside", "kept"), each
/// with its verb's plain form.
#[rustfmt::skip]
const IRREGULAR_PARTICIPLES: &[(&str, &str)] = &[
    ("set", "set"), ("built", "build"), ("kept", "keep"), ("held", "hold"), ("left", "leave"),
    ("sold", "sell"), ("made", "make"), ("given", "give"), ("taken", "take"), ("put", "put"),
    ("paid", "pay"), ("won", "win"), ("lost", "lose"), ("bought", "buy"), ("brought", "bring"),
    ("sent", "send"), ("spent", "spend"), ("run", "run"), ("seen", "see"), ("found", "find"),
    ("chosen", "choose"),
];

/// The forms a past participle's verb may take around another figure
/// ("built": "built", "build"; "earmarked": "earmarked", "earmark"), or None
/// where the word is no past participle.
fn participle_forms(word: &str) -> Option<[&str; 3]> {
    if let Some(&(p, plain)) = IRREGULAR_PARTICIPLES.iter().find(|(p, _)| *p == word) {
        return Some([p, plain, plain]);
    }
    let regular = word.len() > 4 && word.bytes().all(|b| b.is_ascii_lowercase());
    let stem = word.strip_suffix("ed").filter(|_| regular)?;
    // "flooded": "flood"; "damaged": "damage".
    Some([word, stem, &word[..word.len() - 1]])
}

/// Words that open a phrase after a participle ("set aside", "kept in").
#[rustfmt::skip]
const OPENS_A_PHRASE: &[&str] = &[
    "aside", "for", "in", "at", "on", "by", "to", "from", "under", "as", "with", "during",
    "since", "before", "after", "across", "into", "over", "up",
];

/// A weekday, a month or a year ("Tuesday", "March,", "2027."), as the word
/// after "on" or "in".
fn is_a_date(word: &str) -> bool {
    let word = word.trim_end_matches(|c: char| c.is_ascii_punctuation());
    let year = word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && (word.starts_with("19") || word.starts_with("20"));
    year || words::ascii_classes(word) & (words::WEEKDAY | words::MONTH) != 0
}

/// What a figure's phrase says it is for, right after it: the noun of "for
/// parks", "for the new roads" (lower case, as written).
fn purpose<'t>(text: &'t str, f: &Figure) -> Option<&'t str> {
    let mut words = text[f.phrase.end..]
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty());
    let prep = words.next()?;
    if prep != "for" {
        return None;
    }
    // Past an article and up to two modifiers, to the noun before a break.
    let mut last = None;
    for w in words.take(4) {
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if bare.is_empty() || !bare.chars().all(|c| c.is_lowercase() || c == '-') {
            break;
        }
        if !matches!(bare, "the" | "a" | "an" | "its" | "their") {
            last = Some(bare);
        }
        if bare.len() < w.len() {
            break;
        }
    }
    last
}

/// Does the figure's phrase end where its clause goes on or stops (a
/// comma, a full stop, "and"), with no words after it that narrow it?
fn ends_its_phrase(text: &str, f: &Figure) -> bool {
    let rest = text[f.phrase.end..].trim_start();
    rest.is_empty()
        || rest.starts_with([',', '.', ';', ':', ')', '"', '”'])
        || ["and ", "but "].iter().any(|w| rest.starts_with(w))
}

/// The word right before a figure as a verb's plain form: "runs" and "run"
/// are "run", "has" and "had" are "have", "is" and "was" are "be".
fn verb_before(text: &str, f: &Figure) -> Option<String> {
    let word = text[..f.q.span.start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .filter(|w| !w.is_empty())?
        .to_lowercase();
    let plain = match word.as_str() {
        "has" | "have" | "had" | "having" => "have".to_string(),
        "is" | "are" | "was" | "were" | "be" | "been" => "be".to_string(),
        w => w
            .strip_suffix("ed")
            .or_else(|| w.strip_suffix("ing"))
            .or_else(|| w.strip_suffix('s'))
            .filter(|stem| stem.len() >= 3)
            .unwrap_or(w)
            .to_string(),
    };
    Some(plain)
}

/// Do the two figures' clauses put them in different tenses ("The bridge is
/// 1,240 metres long" … "The bridge was 1,420 metres long before the
/// rebuild", "has 312 animals" … "had 321 animals when it opened")? Read from
/// the nearest "is", "was", "has", "had", "will" before each, within its clause.
fn tenses_differ(text: &str, g: &Figure, f: &Figure) -> bool {
    tenses_differ_at(text, g.q.span.start, f.q.span.start)
}

/// Do the clauses of the figures starting at bytes `a` and `b` of `text` put
/// them in different tenses ([`tenses_differ`])?
pub(super) fn tenses_differ_at(text: &str, a: usize, b: usize) -> bool {
    let tense = |at: usize| {
        text[..at]
            .rsplit(|c: char| !c.is_alphanumeric() && c != ',' && c != '.' && c != ';')
            .filter(|w| !w.is_empty())
            .take(6)
            .take_while(|w| !w.contains([',', '.', ';']) && !w.eq_ignore_ascii_case("which"))
            .find_map(|w| match w.to_lowercase().as_str() {
                "was" | "were" | "had" => Some("past"),
                "is" | "are" | "has" | "have" => Some("present"),
                "will" => Some("future"),
                _ => None,
            })
    };
    matches!((tense(a), tense(b)), (Some(x), Some(y)) if x != y)
}

/// Which way a measure runs, by the word after it: "1,240 metres long" (or
/// "across") a length, "wide" a width, "deep" or "below" a depth, "high",
/// "tall" or "above" a height, "from" or "away" a distance from something.
fn dimension_after(text: &str, f: &Figure) -> Option<&'static str> {
    const WAYS: &[(&str, &str)] = &[
        ("long", "length"),
        ("across", "length"),
        ("wide", "width"),
        ("deep", "depth"),
        ("below", "depth"),
        ("high", "height"),
        ("tall", "height"),
        ("above", "height"),
        ("from", "distance"),
        ("away", "distance"),
    ];
    // ("the 1,640-metre-long bridge": the way glued on after the unit.)
    let word = text[f.phrase.end..]
        .trim_start()
        .trim_start_matches('-')
        .split(|c: char| !c.is_alphabetic())
        .next()?;
    WAYS.iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, way)| way)
}

/// Does the figure's phrase end in a word for the number itself ("the A$2.7
/// million figure", "the sum")? Such a definite phrase points back to the value
/// just given and names nothing else it could be.
fn names_the_number(text: &str, f: &Figure) -> bool {
    const NUMBER_WORDS: &[&str] = &["amount", "figure", "sum", "total"];
    // The word that ends the phrase, or the one right after it.
    let phrase = &text[f.phrase.clone()];
    let last = phrase.rsplit(|c: char| !c.is_alphabetic()).next();
    let after = text[f.phrase.end..]
        .trim_start_matches([' ', '-'])
        .split(|c: char| !c.is_alphabetic())
        .next();
    [last, after]
        .into_iter()
        .flatten()
        .any(|w| NUMBER_WORDS.iter().any(|n| w.eq_ignore_ascii_case(n)))
}

/// Is the figure written as a whole of which the rest is told ("the rest
/// of the $8.5 million pool", "the remainder of the 640 homes")?
fn rest_of(text: &str, f: &Figure) -> bool {
    let before = just_before(text, f).to_ascii_lowercase();
    [
        "rest of the",
        "remainder of the",
        "balance of the",
        "rest of its",
        "remainder of its",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// Is the figure written as the total of several ("a combined £9.9m", "a
/// combined 4,100 jobs")?
fn combined(text: &str, f: &Figure) -> bool {
    just_before(text, f).ends_with("combined")
}

/// The words right before a figure, as written: the 24 bytes before it, so
/// that a draft of many figures stays linear.
fn just_before<'t>(text: &'t str, f: &Figure) -> &'t str {
    let from = floor_char_boundary(text, f.q.span.start.saturating_sub(24));
    text[from..f.q.span.start].trim_end()
}

/// The share of the figure a fraction before it names ("a tenth of its
/// 29,000 students": 0.1), if one does.
fn fraction_of(text: &str, f: &Figure) -> Option<f64> {
    let before = just_before(text, f).to_ascii_lowercase();
    let whole = before
        .strip_suffix(" of its")
        .or_else(|| before.strip_suffix(" of the"))?;
    let fractions = [
        ("half", 0.5),
        ("third", 1.0 / 3.0),
        ("quarter", 0.25),
        ("fifth", 0.2),
        ("tenth", 0.1),
    ];
    // (The fraction's own word: "half of the", not "on behalf of the".)
    let word = whole.rsplit([' ', '-']).next()?;
    fractions
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, share)| share)
}

/// The number a goal takes ("needs 2,383 delegates to win"), read as a threshold.
fn is_threshold(f: &Figure) -> bool {
    f.thing.modifiers.split(' ').any(|m| m == "needed")
}

/// A bound, not a value: "more than 70", "up to 5 million", "at least 501".
fn is_bound(q: &Quantity) -> bool {
    matches!(
        q.hedge,
        Hedge::Over | Hedge::AtLeast | Hedge::UpTo | Hedge::Nearly
    )
}

/// Content words two sorted hash lists share.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// How plainly one figure's written digits are a slip of the keyboard away from
/// the other's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Slip {
    None,
    /// One of two digits changed ("16" and "14"): common between unrelated figures.
    Weak,
    /// Two digits swapped, one of three or more changed, a digit dropped or
    /// doubled, a misplaced point, "million" for "billion".
    Strong,
}

/// Could one slip of the keyboard turn one figure's written digits into the
/// other's? Figures in words, single digits and figures a power of ten apart
/// ("5,000" and "50,000") cannot show it; but ten apart in three or more
/// digits that are not zeros ("1,450" and "145", "£2.35m" and "£235,000")
/// is a zero or a point slipped: across PolNeAR's 840 training articles no
/// two figures are a power of ten apart so (111 pairs are, in two digits).
pub fn slip(text: &str, a: &Quantity, b: &Quantity) -> Slip {
    if a.style.words && b.style.words {
        return Slip::None;
    }
    let scale = Quantity::scale_factor;
    // A number in words ("seventy-two") shows the digits it stands for.
    let written = |q: &Quantity| -> Vec<u8> {
        if q.style.words {
            format!("{}", q.value / scale(q))
                .bytes()
                .filter(u8::is_ascii_digit)
                .collect()
        } else {
            digits(text, q).collect()
        }
    };
    let (mut x, mut y) = (written(a), written(b));
    let (sx, sy) = (scale(a), scale(b));
    // "$4.2 million" for "$4.2 billion".
    if sx != sy && same_number_a_thousandfold_apart(&x, &y, a, b) {
        return Slip::Strong;
    }
    // ("4 million gallons" and "4 billion gallons": one digit, so a weak slip.)
    if x.len() == 1 && x == y && a_thousand_apart(a, b) {
        return Slip::Weak;
    }
    let (va, vb) = (a.value.abs(), b.value.abs());
    let ratio = va.max(vb) / va.min(vb).max(f64::MIN_POSITIVE);
    if (ratio.log10() - ratio.log10().round()).abs() < 1e-9 {
        return if tenfold(a, b) && significant_digits(va).len() >= 3 {
            Slip::Strong
        } else {
            Slip::None
        };
    }
    if sx != sy {
        // "$54.2k" for "$45,200": the digits of the values, not of the
        // numbers, in figures within a factor of ten of each other.
        if va.max(vb) >= 10.0 * va.min(vb) || a.style.decimals > 3 || b.style.decimals > 3 {
            return Slip::None;
        }
        let whole = |v: f64| -> Vec<u8> {
            format!("{v:.0}")
                .bytes()
                .rev()
                .skip_while(|&c| c == b'0')
                .collect::<Vec<u8>>()
                .into_iter()
                .rev()
                .collect()
        };
        (x, y) = (whole(va), whole(vb));
        if x.len() != y.len() {
            return Slip::None;
        }
    }
    let significant = |d: &[u8], q: &Quantity| {
        if q.style.decimals > 0 {
            d.len()
        } else {
            d.iter().rev().skip_while(|&&c| c == b'0').count()
        }
    };
    if significant(&x, a).max(significant(&y, b)) < 2 || x.len().min(y.len()) < 2 {
        return Slip::None;
    }
    if x.len() == y.len() {
        // "€3.9m" and "€19m": a digit changed and the point moved is two slips.
        if sx == sy && a.style.decimals != b.style.decimals {
            return Slip::None;
        }
        let diff: Vec<usize> = (0..x.len()).filter(|&i| x[i] != y[i]).collect();
        return match diff[..] {
            [_] if x.len() >= 3 => Slip::Strong,
            [_] => Slip::Weak,
            [i, j] if swapped_pair(&x, &y, i, j) => Slip::Strong,
            _ => Slip::None,
        };
    }
    let (long, short) = if x.len() > y.len() {
        (&x, &y)
    } else {
        (&y, &x)
    };
    // ("15,000" and "1,000" differ by more than a dropped digit.)
    if long.len() != short.len() + 1 || significant(&x, a).min(significant(&y, b)) < 2 {
        return Slip::None;
    }
    let dropped = (0..long.len()).any(|k| long[..k] == short[..k] && long[k + 1..] == short[k..]);
    if dropped {
        Slip::Strong
    } else {
        Slip::None
    }
}

/// Are two figures in figures ten times apart, with the same significant digits?
fn tenfold(a: &Quantity, b: &Quantity) -> bool {
    let (va, vb) = (a.value.abs(), b.value.abs());
    let ratio = va.max(vb) / va.min(vb).max(f64::MIN_POSITIVE);
    (ratio - 10.0).abs() < 1e-6
        && !a.style.words
        && !b.style.words
        && significant_digits(va) == significant_digits(vb)
}

/// A value's digits with no leading or trailing zeros, to six places
/// ("1,450" and "0.145" are both "145").
fn significant_digits(v: f64) -> String {
    format!("{v:.6}")
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .trim_matches('0')
        .to_string()
}

/// Are two figures' written digits the same three or more digits with two of
/// them swapped ("1,392" and "1,329"), in one scale and to one decimal place?
/// Of all slips this one least often joins two unrelated figures: across the
/// 840 articles of PolNeAR's training split, two pairs of figures of three
/// digits or more are so apart, and never two of one unit (where one of three
/// digits changed joins nineteen pairs of counts of one noun).
pub fn transposed(text: &str, a: &Quantity, b: &Quantity) -> bool {
    if a.style.words || b.style.words || a.style.decimals != b.style.decimals {
        return false;
    }
    if a.scale_factor() != b.scale_factor() {
        return false;
    }
    let (x, y): (Vec<u8>, Vec<u8>) = (digits(text, a).collect(), digits(text, b).collect());
    if x.len() != y.len() || x.len() < 3 {
        return false;
    }
    let mut diff = (0..x.len()).filter(|&i| x[i] != y[i]);
    match (diff.next(), diff.next(), diff.next()) {
        (Some(i), Some(j), None) => swapped_pair(&x, &y, i, j),
        _ => false,
    }
}

/// Are the digits at `i` and `j` of two runs of one length each other's
/// ("1392", "1329")? With no other place differing, one is the other
/// with those two swapped.
fn swapped_pair(x: &[u8], y: &[u8], i: usize, j: usize) -> bool {
    x[i] == y[j] && x[j] == y[i]
}

/// Are `x` and `y`, the digits of `a` and `b` as written, one number of two
/// digits or more under scales a thousand apart ("$4.2 million", "$4.2
/// billion"), the same number before each ("R62m" is not "R6.2bn" mistyped)?
fn same_number_a_thousandfold_apart(x: &[u8], y: &[u8], a: &Quantity, b: &Quantity) -> bool {
    x == y && x.len() >= 2 && a_thousand_apart(a, b)
}

/// Are two figures one number under scale words a thousand apart, of any
/// number of digits ("4 million", "4 billion")?
fn a_thousand_apart(a: &Quantity, b: &Quantity) -> bool {
    let (sx, sy) = (a.scale_factor(), b.scale_factor());
    let same_number = (a.value / sx - b.value / sy).abs() < 1e-9 * (a.value / sx).abs().max(1.0);
    same_number && sx.max(sy) / sx.min(sy) == 1000.0
}

/// Are two figures one number of two or more digits under scale words a
/// thousand apart ("£14 million", "£14 billion")? Like two digits swapped,
/// a slip that seldom joins unrelated figures: no two figures of PolNeAR's
/// 840 training articles (596 with a scale word) are so apart.
pub fn thousandfold(text: &str, a: &Quantity, b: &Quantity) -> bool {
    // (The cheap tests first: most pairs an echo asks about share a scale.)
    let scaled_apart = a.style.scale.is_some()
        && b.style.scale.is_some()
        && a.scale_factor() != b.scale_factor()
        && a.style.decimals == b.style.decimals;
    scaled_apart && {
        let (x, y): (Vec<u8>, Vec<u8>) = (digits(text, a).collect(), digits(text, b).collect());
        same_number_a_thousandfold_apart(&x, &y, a, b)
    }
}

/// The paragraph that is the draft's headline: a heading first, or (in plain
/// text) a first paragraph of one short sentence.
pub(super) fn headline_of(doc: &Document<'_>) -> Option<usize> {
    let first = doc.paragraphs.first()?;
    if first.kind == BlockKind::Heading {
        return Some(0);
    }
    // Markdown marks its headline; plain text may end one with a full stop.
    if doc.format != crate::document::Format::PlainText {
        return None;
    }
    let text = doc.text.get(first.span.clone())?;
    let words = text.split_whitespace().count();
    let sentences = text
        .trim_end_matches(['.', '!', '?', '"', '”', '’', '\''])
        .matches(['.', '!', '?'])
        .count();
    (words <= 12 && sentences == 0 && doc.paragraphs.len() > 1).then_some(0)
}

/// Is the later figure `f` of a place it is named by ("the £3.81m extension
/// at Brookhaven Primary") that the earlier `g` neither has nor names: one
/// thing there, another than `g`'s?
pub(super) fn placed_apart(text: &str, g: &Figure, f: &Figure) -> bool {
    f.place.as_ref().is_some_and(|place| {
        g.place.as_ref() != Some(place) && named_by_place(text, f) && !g.mentions(place)
    })
}

/// Is a figure's phrase followed right away by the place it is of ("the
/// £3.81m extension at Brookhaven Primary")?
fn named_by_place(text: &str, f: &Figure) -> bool {
    // (Past a noun or two the phrase did not take in: "£3.81m extension at".)
    let mut words = text[f.phrase.end..].split_whitespace().peekable();
    for _ in 0..2 {
        if words.peek().is_some_and(|w| {
            w.chars().all(|c| c.is_lowercase()) && !["at", "in", "for"].contains(w)
        }) {
            words.next();
        }
    }
    let preposition = words
        .next()
        .is_some_and(|w| ["at", "in", "for"].contains(&w));
    let mut next = words.next().unwrap_or_default();
    if next == "the" {
        next = words.next().unwrap_or_default();
    }
    preposition && next.starts_with(char::is_uppercase)
}

/// Are two owners' keys one name, whole or shortened: "selkie ferries" and
/// "selkie" are, "harlow mills" and "kelby mills" are not?
fn one_name(x: &str, y: &str) -> bool {
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    short == long || short.split(' ').all(|w| long.split(' ').any(|l| l == w))
}

/// Can two figures of one counted thing belong to one owner? The same owner, or
/// one named only for one of them, unless that one is a nation or bloc: "Britain's
/// 20,000 troops" are a part of an exercise's "90,000 troops", but "Harbor's 80 per
/// cent holding" is the "85 per cent stake" the article is about.
fn owners_meet(lex: &Lexicon, a: &Figure, b: &Figure) -> bool {
    match (a.owner.as_deref(), b.owner.as_deref()) {
        (Some(x), Some(y)) => one_name(x, y),
        (Some(o), None) | (None, Some(o)) => lex.entity(o).is_none(),
        (None, None) => true,
    }
}

/// Are two figures plainly one owner's: the same owner or none, or an owner
/// named for one that the other's words name too ("The Tatshenlin Glacier has
/// pulled back 1.62 kilometres" … "the Tatshenlin's 1.26-kilometre retreat")?
fn one_owner(a: &Figure, b: &Figure) -> bool {
    match (a.owner.as_deref(), b.owner.as_deref()) {
        (x, y) if x == y => true,
        (Some(x), Some(y)) if one_name(x, y) => true,
        (None, Some(o)) => a.mentions(o),
        (Some(o), None) => b.mentions(o),
        _ => false,
    }
}

/// Can two figures of a measure that comes in kinds be of one kind? The same
/// kind, or a kind named for only one of them ("the 5.52% rate").
fn kinds_meet(a: &Figure, b: &Figure) -> bool {
    match (&a.kind, &b.kind) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// The written digits of a figure in the draft's `text`, as typed ("39.8" → "398").
pub(super) fn digits<'d>(text: &'d str, q: &Quantity) -> impl Iterator<Item = u8> + 'd {
    text[q.number.clone()]
        .bytes()
        .filter(u8::is_ascii_digit)
        .skip_while(|&b| b == b'0')
}

/// Could a figure of `unit` read from `q` in the draft's `text` be compared as a
/// mistyped figure? A measure is compared only that way, so one that cannot need
/// not be read further ("6 months" has too few digits).
pub fn may_be_mistyped(text: &str, q: &Quantity, unit: Unit) -> bool {
    digit_key(q, unit, digits(text, q)).is_some()
}

/// The bucket of figures that may be one figure with its digits swapped: same
/// unit and scale word, same digits in any order (at least two different digits),
/// the digits kept as how many times each is written.
fn digit_key(
    q: &Quantity,
    unit: Unit,
    written: impl Iterator<Item = u8>,
) -> Option<(Unit, u64, [u32; 10])> {
    if q.style.words || q.hedge == Hedge::Range || unit == Unit::Age {
        return None;
    }
    let mut counts = [0u32; 10];
    let mut len = 0;
    for d in written {
        counts[usize::from(d - b'0')] += 1;
        len += 1;
    }
    // Millions may be billions mistyped ("$1.2 billion" … "the $1.2 million
    // figure"): the big scale words share one bucket, and `slip` tells them apart.
    let scale = q.scale_factor();
    let big = scale >= 1e6;
    let scale = if big { 1e6 } else { scale };
    // A measure is compared only this way, so it needs more digits to go on,
    // unless it is counted in millions ("2.1 billion cubic metres").
    let fewest = if unit == Unit::Measure && !big { 3 } else { 2 };
    if len < fewest || counts.iter().filter(|&&n| n > 0).count() < 2 {
        return None;
    }
    Some((unit, scale.to_bits(), counts))
}

/// Heads that say only "people".
const PEOPLE: &[&str] = &["people", "person", "individual", "man", "woman"];

/// Could two figures whose digits are a permutation of each other count one thing?
/// The same thing (whatever narrows it), "people" and a noun for people, or two
/// related names ("prisoners", "captives"); never two owners.
fn same_count_mistyped(text: &str, lex: &Lexicon, a: &Figure, b: &Figure) -> bool {
    if a.thing.unit != b.thing.unit {
        return false;
    }
    if matches!((&a.owner, &b.owner), (Some(x), Some(y)) if !one_name(x, y)) {
        return false;
    }
    let (x, y) = (a.thing.name.as_str(), b.thing.name.as_str());
    if x == y {
        // A "pay package" is no "rescue package": words narrowing both must meet.
        // A bare one meets a narrowed one ("the fund" after "the winter
        // fund"; a headline's "900 jobs" and the body's "900 full-time
        // jobs"); but two changes given flat do not: "Prices rose 4.3%" is
        // the whole that "food prices rose 3.4%" is a part of.
        let (m, n) = (&a.thing.modifiers, &b.thing.modifiers);
        if m.is_empty() || n.is_empty() {
            let changes = a.thing.unit == Unit::Percent && !a.definite && !b.definite;
            return (m.is_empty() && n.is_empty()) || !changes;
        }
        return m.split(' ').any(|w| n.split(' ').any(|v| v == w));
    }
    // A sum with no measure named and a measure of money: "agreed to pay USD
    // 2.35 billion" … "the $3.25 billion settlement".
    if matches!(a.thing.unit, Unit::Money(_)) && (x == "sum" || y == "sum") {
        return true;
    }
    // "61.7% of patients" … "the 67.1% figure".
    if a.thing.unit == Unit::Percent && b.definite && y == "figure" {
        return true;
    }
    let people = |n: &str| PEOPLE.contains(&n);
    let person = |n: &str| people(n) || lex.is_people_noun(n);
    // "146 buses" … "all 164 vehicles": a thing and the wider thing it is one
    // of, the later one plainly referring back ("the council's 261 homes" are
    // not the 216 flats a developer built).
    let kind_of_other = refers_plainly(text, b) && lex.one_is_a_kind_of_other(x, y);
    ((people(x) && person(y)) || (people(y) && person(x))) || lex.are_related(x, y) || kind_of_other
}

/// Is the figure introduced by a plain determiner ("the 164 vehicles", "all
/// 164", "its 164"), not by a holder's name ("the council's 164")?
fn refers_plainly(text: &str, f: &Figure) -> bool {
    let before = text[..f.q.span.start].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    ["the", "all", "these", "those"]
        .iter()
        .chain(POSSESSIVES)
        .any(|d| d.eq_ignore_ascii_case(word))
}

/// Could `a` and `b` be values of one quantity at one time, on one authority?
/// (`b` `refers` back to `a` with no time of its own: it takes `a`'s.)
fn same_quantity(a: &Figure, b: &Figure, refers: bool) -> Result<(), Gate> {
    let differ =
        |x: &Option<String>, y: &Option<String>| matches!((x, y), (Some(x), Some(y)) if x != y);
    // One person's age may be given twice in one sentence ("McConnell, 83, … The 82-year-old").
    // A list of key figures gives the story's own period, on the story's sources.
    let listed = a.listed || b.listed;
    if a.sentence_key() == b.sentence_key() && a.thing.unit != Unit::Age {
        Err(Gate::SameSentence)
    } else if a.another || b.another {
        Err(Gate::Another)
    } else if differ(&a.place, &b.place) {
        Err(Gate::Place)
    } else if !listed && differ(&a.source, &b.source) {
        Err(Gate::Source)
    } else if !listed && !refers && !a.time.compatible(&b.time) {
        Err(Gate::Time)
    } else {
        Ok(())
    }
}

/// The word an owner's name is looked for by: its first ("corley" of
/// "corley field").
fn owner_word(owner: &str) -> &str {
    owner.split(' ').next().unwrap_or(owner)
}

/// The word a place is looked for by: its last ("wales" of "north wales").
fn place_word(place: &str) -> &str {
    place.rsplit(' ').next().unwrap_or(place)
}

/// Where the text first names each figure's place ([`place_word`]) or owner
/// ([`owner_word`]): one pass over the text's words, however many figures.
fn names_first(text: &str, figures: &[Figure]) -> FastMap<String, usize> {
    // (And the first word of each owner's name, "corley" of "corley field".)
    let wanted: FastSet<&str> = figures
        .iter()
        .filter_map(|f| f.place.as_deref())
        .map(place_word)
        .chain(
            figures
                .iter()
                .filter_map(|f| f.owner.as_deref())
                .map(owner_word),
        )
        .collect();
    let mut first = FastMap::default();
    if wanted.is_empty() {
        return first;
    }
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        // (Where the word starts, as an offset into the text it splits.)
        let at = word.as_ptr() as usize - text.as_ptr() as usize;
        super::words::with_lower(word, |lower| {
            if wanted.contains(lower) && !first.contains_key(lower) {
                first.insert(lower.to_string(), at);
            }
        });
    }
    first
}

/// "About 38,500" … "35,800": a round-about figure whose every written digit
/// is the other's, swapped. An estimate is not rewritten digit by digit, so the
/// hedge's leeway does not cover the slip.
fn estimate_mistyped(text: &str, a: &Figure, b: &Figure) -> bool {
    let about = |q: &Quantity| q.hedge == Hedge::About;
    let swapped = {
        let (x, y): (Vec<u8>, Vec<u8>) =
            (digits(text, &a.q).collect(), digits(text, &b.q).collect());
        let diff: Vec<usize> = (0..x.len().min(y.len()))
            .filter(|&i| x[i] != y[i])
            .collect();
        x.len() == y.len()
            && x.len() >= 3
            && matches!(diff[..], [i, j] if j == i + 1 && x[i] == y[j] && x[j] == y[i])
    };
    (about(&a.q) || about(&b.q)) && a.q.upper.is_none() && b.q.upper.is_none() && swapped
}

/// Where a figure stands, in an editor's words.
/// (`numbers` gives each paragraph's number as an editor counts them: [`paragraph_numbers`].)
fn location(doc: &Document<'_>, numbers: &[usize], paragraph: usize, from: usize) -> String {
    let kind = doc.paragraphs[paragraph].kind;
    if paragraph == from {
        return "earlier in this paragraph".into();
    }
    if kind == BlockKind::Heading {
        return if paragraph == 0 {
            "in the headline".into()
        } else {
            "in a heading".into()
        };
    }
    format!("in paragraph {}", numbers[paragraph])
}

/// Each paragraph's number as an editor counts them (headings not counted).
pub fn paragraph_numbers(doc: &Document<'_>) -> Vec<usize> {
    let mut n = 0;
    doc.paragraphs
        .iter()
        .map(|p| {
            n += usize::from(p.kind != BlockKind::Heading);
            n
        })
        .collect()
}

/// Could two figures the reader read be one quantity, as far as it can tell:
/// no place, source, time, owner, kind or "another" that sets them apart?
/// (`b`, the later, refers back to `a`: with no time of its own, it takes `a`'s.)
pub fn may_be_one(a: &Figure, b: &Figure) -> bool {
    let owners_differ = matches!((&a.owner, &b.owner), (Some(x), Some(y)) if !one_name(x, y));
    // A later figure with no time of its own takes the earlier one's.
    let refers = b.time.takes(&a.time);
    same_quantity(a, b, refers).is_ok() && !owners_differ && kinds_meet(a, b)
}

/// The finding for a later quantity that echoes an earlier one
/// ([`super::echo`]): no fix, as the text shows their sameness only by their words.
/// `what` names what the two give (`numbers`: [`paragraph_numbers`]).
pub fn echo_finding(
    doc: &Document<'_>,
    numbers: &[usize],
    first: (&Span, usize),
    later: (&Span, usize),
    what: &str,
) -> Finding {
    unfixed(doc, numbers, what, first, later)
}

/// The words of a span of the draft on one line.
fn one_line(doc: &Document<'_>, span: &Span) -> String {
    doc.text[span.clone()]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A finding on the later of two figures (each a span and its paragraph) that
/// say `what` two ways, pointing at the first, with no fix yet.
fn unfixed(
    doc: &Document<'_>,
    numbers: &[usize],
    what: &str,
    first: (&Span, usize),
    later: (&Span, usize),
) -> Finding {
    let message = format!(
        "{what}: {} here, {} {}",
        one_line(doc, later.0),
        one_line(doc, first.0),
        location(doc, numbers, first.1, later.1)
    );
    Finding::new(Rule::ConflictingFigure, later.0.clone(), message).with_related(
        first.0.clone(),
        format!("{} is given here", one_line(doc, first.0)),
    )
}

fn finding(
    doc: &Document<'_>,
    (numbers, marks): (&[usize], &QuoteMarks),
    first: &Figure,
    later: &Figure,
    fixable: bool,
) -> Finding {
    let quoted = |f: &Figure| marks.inside(doc, f);
    let mut finding = unfixed(
        doc,
        numbers,
        &what_both(doc, first, later),
        (&first.phrase, first.paragraph),
        (&later.phrase, later.paragraph),
    );
    if !fixable {
        return finding;
    }
    // (No fix rewrites someone's quoted words: "I'm 41," she said.)
    if let Some(fix) = change(doc, later, first, "Change to").filter(|_| !quoted(later)) {
        finding = finding.with_fix(fix);
    }
    if let Some(fix) = change(
        doc,
        first,
        later,
        &format!("Change {} to", one_line(doc, &first.q.span)),
    )
    .filter(|_| !quoted(first))
    {
        finding = finding.with_fix(fix);
    }
    finding
}

/// The quotation marks of the paragraphs a fix asks about, each with whether
/// a quotation is open after it (an odd number of straight marks, or a curly
/// one opened and not closed; each paragraph starts closed). Each paragraph is
/// read once, when first asked, so many findings in one paragraph stay linear
/// and a draft whose findings offer no fix reads none.
#[derive(Default)]
struct QuoteMarks(std::cell::RefCell<FastMap<usize, Vec<(usize, bool)>>>);

impl QuoteMarks {
    /// Does the figure stand inside a quotation of its paragraph?
    fn inside(&self, doc: &Document<'_>, f: &Figure) -> bool {
        let Some(p) = doc.paragraphs.get(f.paragraph) else {
            return false;
        };
        let mut read = self.0.borrow_mut();
        let marks = read.entry(f.paragraph).or_insert_with(|| {
            let mut open = false;
            let text = doc.text.get(p.span.clone()).unwrap_or_default();
            // ('"' is one byte; '“' and '”' start with 0xE2: memchr finds
            // either far faster than reading every character.)
            memchr::memchr2_iter(b'"', 0xE2, text.as_bytes())
                .filter_map(|at| {
                    open = match &text.as_bytes()[at..] {
                        [b'"', ..] => !open,
                        [0xE2, 0x80, 0x9C, ..] => true,
                        [0xE2, 0x80, 0x9D, ..] => false,
                        _ => return None,
                    };
                    Some((p.span.start + at, open))
                })
                .collect()
        });
        let before = marks.partition_point(|&(at, _)| at < f.q.span.start);
        before.checked_sub(1).is_some_and(|k| marks[k].1)
    }
}

/// What the later figure gives, named as its own phrase names it, or as the
/// earlier one's does where its own names nothing ("3,142" after "3,412 patients").
fn what_both(doc: &Document<'_>, first: &Figure, later: &Figure) -> String {
    // A measure read by its unit alone is named by what both clauses are
    // about: "the bridge", "Keogh".
    // ("Keogh's sentence" for a measure of a kind.)
    let by_unit = |f: &Figure| f.thing.unit == Unit::Measure && f.owner.is_none();
    if let Some(subject) = later.subject_head().filter(|_| {
        by_unit(first) && by_unit(later) && first.kind == later.kind && first.same_subject(later)
    }) {
        let subject = with_article(subject);
        return match &later.kind {
            Some(kind) => format!("{subject}'s {kind}"),
            None => subject,
        };
    }
    let bare = |f: &Figure| f.phrase.end <= f.q.span.end;
    if bare(later) && !bare(first) && first.owner == later.owner {
        what(doc, first)
    } else {
        what(doc, later)
    }
}

/// What two figures both give, in an editor's words: "Bell's age", "North
/// Korea's troops", "the passengers", "the figure".
fn what(doc: &Document<'_>, f: &Figure) -> String {
    if let Some(person) = f.thing.name.strip_prefix("age of ") {
        // ("the man": someone unnamed, by the noun the story brought them in by.)
        if person.starts_with("the ") {
            return format!("{person}'s age");
        }
        return format!("{}'s age", as_written(doc, f, person, Whole::Surname));
    }
    if f.thing.name.starts_with("votes ") {
        return format!("the {}", f.thing.name);
    }
    // The words of its phrase after the number: "troops", "stealth fighters";
    // "pupils" of "140 of our pupils".
    let mut words: Vec<&str> = doc.text[f.q.span.end.min(f.phrase.end)..f.phrase.end]
        .trim_start_matches(['-', ' '])
        .split_whitespace()
        .collect();
    if words.len() > 2 && words[0] == "of" && DETERMINERS_OF.contains(&words[1]) {
        words.drain(..2);
    }
    let noun = words.join(" ");
    let name = &f.thing.name;
    let noun = if f.thing.unit == Unit::Percent {
        // "down in operating profit", "down from Money(USD) 812500000", "share won".
        match name.split_once(" in ") {
            Some((_, measure)) => format!("change in {measure}"),
            None if name.starts_with("up ") || name.starts_with("down ") => "change".into(),
            // ("Petch's 46.1 per cent share": named as written.)
            None if name == "figure" && !noun.is_empty() => noun.clone(),
            // ("the unemployment rate", "the inflation rate".)
            None if name == "rate" => match &f.kind {
                Some(kind) => format!("{kind} rate"),
                None => name.clone(),
            },
            None => name.clone(),
        }
    } else if noun.is_empty() {
        name.clone()
    } else if let Some(kind) = f.kind.as_ref().filter(|_| measured_in_unit_only(f, &noun)) {
        // ("the sewage" of "4 million gallons of sewage", "the depth".)
        kind.clone()
    } else {
        noun
    };
    match &f.owner {
        Some(o) => format!(
            "{}'s {noun}",
            with_article(&as_written(doc, f, o, Whole::Name))
        ),
        None => format!("the {noun}"),
    }
}

/// Words between "of" and a noun that a message leaves out ("of our pupils").
const DETERMINERS_OF: &[&str] = &["the", "its", "our", "their", "his", "her", "my", "your"];

/// Is a figure a measure whose phrase after its number (`noun`) names only
/// its unit ("4 million gallons"), the thing it measures read from around it?
fn measured_in_unit_only(f: &Figure, noun: &str) -> bool {
    let unit = &f.thing.name;
    f.thing.unit == Unit::Measure
        && (noun.is_empty() || noun == unit || noun.strip_suffix('s') == Some(unit))
}

/// A name as a message writes it: a common noun with its article ("the
/// region", "the bridge"), a proper one bare ("Keogh").
fn with_article(name: &str) -> String {
    if name.starts_with(char::is_lowercase) {
        format!("the {name}")
    } else {
        name.to_string()
    }
}

/// An owner or person, whose key is folded to lower case, as the figure's
/// paragraph writes it ("EU", "McCain"); capitalised word by word where the
/// paragraph does not name it in those letters (the key is a canonical form,
/// such as the country of a demonym).
/// (Only the paragraph's bytes within [`SPELLING_REACH`] of the figure are read,
/// so a paragraph of thousands of findings stays linear.)
fn as_written(doc: &Document<'_>, f: &Figure, key: &str, whole: Whole) -> String {
    let near = doc.paragraph_at(f.q.span.start).map(|i| {
        let span = &doc.paragraphs[i].span;
        let start = span
            .start
            .max(f.q.span.start.saturating_sub(SPELLING_REACH));
        let end = span.end.min(f.q.span.end + SPELLING_REACH);
        &doc.text[floor_char_boundary(doc.text, start)..ceil_char_boundary(doc.text, end)]
    });
    near.and_then(|p| find_word_folded(p, key).map(|w| whole.of(p, w)))
        .map_or_else(|| capitalise_words(key), str::to_owned)
}

/// How much of a name before its last word a message writes.
#[derive(Clone, Copy)]
enum Whole {
    /// A person's surname, with the pieces hyphened before it ("Raftery-Boateng").
    Surname,
    /// An owner's whole name ("Dunmere Link" for "Link": owners are keyed
    /// by their last word), past the capitalised words right before it but
    /// an article, a title or a sentence's first word.
    Name,
}

impl Whole {
    /// The name ending with `word` (a slice of `text`), as `text` writes it.
    fn of<'t>(self, text: &'t str, word: &'t str) -> &'t str {
        let surname = with_hyphened_start(text, word);
        let Whole::Name = self else {
            return surname;
        };
        let end = surname.as_ptr() as usize - text.as_ptr() as usize + surname.len();
        let mut start = end - surname.len();
        while let Some(before) = text[..start].strip_suffix(' ') {
            let word = before.rsplit(' ').next().unwrap_or_default();
            let rest = before[..before.len() - word.len()].trim_end();
            let opens = rest.is_empty() || rest.ends_with(['.', '!', '?', '\n']);
            let title = super::words::classes(&word.to_lowercase()) & super::words::TITLE != 0;
            if word.is_empty()
                || !word.starts_with(char::is_uppercase)
                || !word.chars().all(char::is_alphabetic)
                || opens
                || title
                || ["The", "A", "An"].contains(&word)
            {
                break;
            }
            start = before.len() - word.len();
        }
        &text[start..end]
    }
}

/// A surname as written with the pieces hyphened before it: "Raftery-Boateng"
/// for "Boateng" (`word` a slice of `text`).
fn with_hyphened_start<'t>(text: &'t str, word: &'t str) -> &'t str {
    let end = word.as_ptr() as usize - text.as_ptr() as usize + word.len();
    let mut start = end - word.len();
    while let Some(before) = text[..start].strip_suffix('-') {
        let piece = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        if !piece.starts_with(char::is_uppercase) {
            break;
        }
        start = before.len() - piece.len();
    }
    &text[start..end]
}

/// How many bytes either side of a figure the spelling of its owner is looked
/// for: 20,000 ages in one paragraph took 72 s when each finding lower-cased
/// the whole paragraph, 0.2 s read this way.
const SPELLING_REACH: usize = 2_000;

/// The first place `text` spells the lower-case words `key`, whole words, in
/// any case. Only letters that fold to one byte-for-byte equal length are
/// compared, so the slice returned is exactly the text's.
fn find_word_folded<'t>(text: &'t str, key: &str) -> Option<&'t str> {
    let same_width = |c: char| c.to_lowercase().map(char::len_utf8).sum::<usize>() == c.len_utf8();
    if key.is_empty() || !text.chars().all(same_width) {
        return None;
    }
    let folded = text.to_lowercase();
    let is_word = |c: char| c.is_alphanumeric();
    folded.match_indices(key).map(|(at, _)| at).find_map(|at| {
        let end = at + key.len();
        let before = folded[..at].chars().next_back().is_some_and(is_word);
        let after = folded[end..].chars().next().is_some_and(is_word);
        (!before && !after && text.is_char_boundary(at) && text.is_char_boundary(end))
            .then(|| &text[at..end])
    })
}

fn capitalise_words(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A fix that writes `to`'s value into `this` figure, in `this` figure's style.
fn change(doc: &Document<'_>, this: &Figure, to: &Figure, title: &str) -> Option<Fix> {
    // (A race time, "2:04:51", or a duration in two units, "4 hours 52
    // minutes", is not written back from its seconds or minutes.)
    let clock = |f: &Figure| super::extract::in_two_parts(&doc.text[f.q.number.clone()]);
    if !matches!(to.q.hedge, Hedge::Exact | Hedge::About) || clock(this) || clock(to) {
        return None;
    }
    // "$1.2 million" for "$1.2 billion": the scale word is what changes.
    let factor = |f: &Figure| f.q.style.scale.as_ref().map(|s| s.factor);
    let rescaled = factor(this).is_some() && factor(to).is_some() && factor(this) != factor(to);
    let new = if rescaled {
        restyle(&to.q, to.q.value, &to.q)
    } else {
        restyle(&this.q, to.q.value, &to.q)
    };
    let span = this.q.number.clone();
    let shown = format!(
        "{}{}{}",
        &doc.text[this.q.span.start..span.start],
        new,
        &doc.text[span.end..this.q.span.end]
    );
    Some(Fix::replace(format!("{title} {shown}"), span, new))
}

#[cfg(test)]
mod tests {
    #[test]
    fn owners_are_named_as_the_text_writes_them() {
        use super::find_word_folded;
        assert_eq!(find_word_folded("The EU's exports rose.", "eu"), Some("EU"));
        assert_eq!(
            find_word_folded("Sen. John McCain said", "mccain"),
            Some("McCain")
        );
        assert_eq!(find_word_folded("a Europe-wide deal", "eu"), None);
        assert_eq!(
            find_word_folded("in North Korea's army", "north korea"),
            Some("North Korea")
        );
        // A letter that changes width when folded: no guessing at offsets.
        assert_eq!(find_word_folded("İstanbul's EU talks", "eu"), None);
    }

    use super::*;
    use crate::document::Format;
    use crate::figures::extract::quantities;
    use crate::figures::tokens::tokenize;

    /// The slip between the first two figures of a one-paragraph text.
    fn slip_in(text: &str) -> Slip {
        let doc = Document::parse(text, Format::PlainText);
        let q = quantities(&tokenize(&doc.prose, &doc.paragraphs[0]));
        slip(text, &q[0], &q[1])
    }

    #[test]
    fn slips_of_the_keyboard() {
        assert_eq!(slip_in("482 tonnes and 428 tonnes"), Slip::Strong); // swapped
        assert_eq!(slip_in("482 tonnes and 432 tonnes"), Slip::Strong); // one of three changed
        assert_eq!(slip_in("1,237 and 137"), Slip::Strong); // dropped
        assert_eq!(slip_in("1,337 and 13,337"), Slip::Strong); // doubled
        assert_eq!(slip_in("$4.2 million and $4.2 billion"), Slip::Strong);
        assert_eq!(slip_in("seventy-two and 27"), Slip::Strong);
        assert_eq!(slip_in("16 and 14"), Slip::Weak); // one of two changed

        // A power of ten apart in three digits or more: a zero or the point slipped.
        assert_eq!(slip_in("1,450 and 145"), Slip::Strong);
        assert_eq!(slip_in("£64.2m and £6.42m"), Slip::Strong);
        assert_eq!(slip_in("£2.35m and £235,000"), Slip::Strong);
    }

    #[test]
    fn differences_no_slip_makes() {
        assert_eq!(slip_in("8,000 and 10,000"), Slip::None);
        assert_eq!(slip_in("$5,000 and $50,000"), Slip::None); // a power of ten
        assert_eq!(slip_in("$15 million and $150 million"), Slip::None); // in two digits
        assert_eq!(slip_in("1,450 and 1,450,000"), Slip::None); // a thousandfold
        assert_eq!(slip_in("15,000 and 1,000"), Slip::None);
        assert_eq!(slip_in("three and two"), Slip::None);
        assert_eq!(slip_in("7 and 9"), Slip::None);
        assert_eq!(slip_in("$10 million and $60 million"), Slip::None);
        assert_eq!(slip_in("R6.2bn and R62m"), Slip::None); // the point moved too
        assert_eq!(slip_in("€3.9m and €19m"), Slip::None); // a digit changed, the point moved
        assert_eq!(slip_in("€3.9m and €1.9m"), Slip::Weak);
        assert_eq!(slip_in("1.45% and 1.5%"), Slip::Strong); // a digit dropped, the point kept
    }
}
