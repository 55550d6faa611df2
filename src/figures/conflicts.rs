//! Conflicts: figures for the same thing (same entity, same time, no rival
//! sources) whose intervals cannot both hold, found by bucketing, not by
//! comparing every figure with every other.

use crate::fasthash::FastMap;

use crate::document::{BlockKind, Document};
use crate::finding::{Finding, Fix, Rule};

use super::counted::{Figure, Thing};
use super::extract::{Hedge, Quantity, Unit};
use super::lexicon::Lexicon;
use super::render::restyle;

/// How many earlier figures of one bucket a figure is compared with.
const LOOKBACK: usize = 24;

/// Report each figure that conflicts with an earlier one of the same thing.
pub fn report(doc: &Document<'_>, figures: &[Figure]) -> Vec<Finding> {
    let lex = Lexicon::builtin();
    // One bucket per counted thing; owners are compared inside it.
    let mut buckets: FastMap<&Thing, Vec<usize>> = FastMap::default();
    // And one per unit, scale and multiset of written digits, for mistyped figures:
    // "$39.8 billion" … "the $38.9-billion deficit".
    let mut typos: FastMap<(Unit, u64, [u32; 10]), Vec<usize>> = FastMap::default();
    for (i, f) in figures.iter().enumerate() {
        if !f.loose {
            buckets.entry(&f.thing).or_default().push(i);
        }
        if let Some(key) = digit_key(&f.q, f.thing.unit, digits(doc.text, &f.q)) {
            typos.entry(key).or_default().push(i);
        }
    }
    let mut clashes: Vec<(usize, usize)> = Vec::new();
    let mut reported = vec![false; figures.len()];
    let mut scan = |members: &[usize], fits: &dyn Fn(usize, usize) -> bool| {
        for (n, &i) in members.iter().enumerate() {
            if reported[i] {
                continue;
            }
            let f = &figures[i];
            let earlier = &members[n.saturating_sub(LOOKBACK)..n];
            let clash = earlier.iter().copied().find(|&j| {
                let g = &figures[j];
                fits(j, i) && same_quantity(g, f) && !overlaps(g, f)
            });
            if let Some(j) = clash {
                reported[i] = true;
                clashes.push((j, i));
            }
        }
    };
    for members in buckets.values() {
        scan(members, &|j, i| owners_meet(lex, &figures[j], &figures[i]));
    }
    for members in typos.values() {
        scan(members, &|j, i| {
            !digits(doc.text, &figures[j].q).eq(digits(doc.text, &figures[i].q))
                && same_count_mistyped(lex, &figures[j], &figures[i])
        });
    }
    // Each paragraph's number as an editor counts them (headings not counted).
    let mut numbers = Vec::new();
    if !clashes.is_empty() {
        let mut n = 0;
        for p in &doc.paragraphs {
            n += usize::from(p.kind != BlockKind::Heading);
            numbers.push(n);
        }
    }
    let mut findings: Vec<Finding> = clashes
        .into_iter()
        .map(|(j, i)| finding(doc, &numbers, &figures[j], &figures[i]))
        .collect();
    findings.sort_by_key(|f| (f.span.start, f.span.end));
    findings
}

/// Can two figures of one counted thing belong to one owner? The same owner, or
/// one named only for one of them, unless that one is a nation or bloc: "Britain's
/// 20,000 troops" are a part of an exercise's "90,000 troops", but "Harbor's 80 per
/// cent holding" is the "85 per cent stake" the article is about.
fn owners_meet(lex: &Lexicon, a: &Figure, b: &Figure) -> bool {
    match (a.owner.as_deref(), b.owner.as_deref()) {
        (Some(x), Some(y)) => x == y,
        (Some(o), None) | (None, Some(o)) => lex.entity(o).is_none(),
        (None, None) => true,
    }
}

/// The written digits of a figure in the draft's `text`, as typed ("39.8" → "398").
fn digits<'d>(text: &'d str, q: &Quantity) -> impl Iterator<Item = u8> + 'd {
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
    // A measure is compared only this way, so it needs more digits to go on.
    let fewest = if unit == Unit::Measure { 3 } else { 2 };
    if len < fewest || counts.iter().filter(|&&n| n > 0).count() < 2 {
        return None;
    }
    let scale = q.style.scale.as_ref().map_or(1.0, |s| s.factor);
    Some((unit, scale.to_bits(), counts))
}

/// Heads that say only "people".
const PEOPLE: &[&str] = &["people", "person", "individual"];

/// Could two figures whose digits are a permutation of each other count one thing?
/// The same thing (whatever narrows it), "people" and a noun for people, or two
/// related names ("prisoners", "captives"); never two owners.
fn same_count_mistyped(lex: &Lexicon, a: &Figure, b: &Figure) -> bool {
    if a.thing.unit != b.thing.unit {
        return false;
    }
    if matches!((&a.owner, &b.owner), (Some(x), Some(y)) if x != y) {
        return false;
    }
    let (x, y) = (a.thing.name.as_str(), b.thing.name.as_str());
    if x == y {
        return true;
    }
    let people = |n: &str| PEOPLE.contains(&n);
    let person = |n: &str| people(n) || lex.is_people_noun(n);
    ((people(x) && person(y)) || (people(y) && person(x))) || lex.are_related(x, y)
}

/// Could `a` and `b` be values of one quantity at one time, on one authority?
fn same_quantity(a: &Figure, b: &Figure) -> bool {
    let differ =
        |x: &Option<String>, y: &Option<String>| matches!((x, y), (Some(x), Some(y)) if x != y);
    // One person's age may be given twice in one sentence ("McConnell, 83, … The 82-year-old").
    ((a.paragraph, a.sentence) != (b.paragraph, b.sentence) || a.thing.unit == Unit::Age)
        && !differ(&a.place, &b.place)
        && !differ(&a.source, &b.source)
        && a.time.compatible(&b.time)
}

fn overlaps(a: &Figure, b: &Figure) -> bool {
    let (x, y) = (a.q.interval(), b.q.interval());
    x.0 <= y.1 && y.0 <= x.1
}

/// Where a figure stands, in an editor's words.
fn location(doc: &Document<'_>, numbers: &[usize], f: &Figure, from: &Figure) -> String {
    let kind = doc.paragraphs[f.paragraph].kind;
    if f.paragraph == from.paragraph {
        return "earlier in this paragraph".into();
    }
    if kind == BlockKind::Heading {
        return if f.paragraph == 0 {
            "in the headline".into()
        } else {
            "in a heading".into()
        };
    }
    format!("in paragraph {}", numbers[f.paragraph])
}

fn finding(doc: &Document<'_>, numbers: &[usize], first: &Figure, later: &Figure) -> Finding {
    let text = |f: &Figure| {
        doc.text[f.phrase.clone()]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let message = format!(
        "{} conflicts with {} {}",
        text(later),
        text(first),
        location(doc, numbers, first, later)
    );
    let mut finding = Finding::new(Rule::ConflictingFigure, later.phrase.clone(), message)
        .with_related(
            first.phrase.clone(),
            format!("{} is given here", text(first)),
        );
    if let Some(fix) = change(doc, later, first, "Change to") {
        finding = finding.with_fix(fix);
    }
    if let Some(fix) = change(doc, first, later, &format!("Change {} to", text(first))) {
        finding = finding.with_fix(fix);
    }
    finding
}

/// A fix that writes `to`'s value into `this` figure, in `this` figure's style.
fn change(doc: &Document<'_>, this: &Figure, to: &Figure, title: &str) -> Option<Fix> {
    if !matches!(to.q.hedge, Hedge::Exact | Hedge::About) {
        return None;
    }
    let new = restyle(&this.q, to.q.value, &to.q);
    let span = this.q.number.clone();
    let shown = format!(
        "{}{}{}",
        &doc.text[this.q.span.start..span.start],
        new,
        &doc.text[span.end..this.q.span.end]
    );
    Some(Fix::replace(format!("{title} {shown}"), span, new))
}
