//! Conflicts: figures for the same thing (same entity, same time, no rival
//! sources) whose intervals cannot both hold, found by bucketing, not by
//! comparing every figure with every other.

use crate::fasthash::FastMap;

use crate::document::{BlockKind, Document};
use crate::finding::{Finding, Fix, Rule};

use super::counted::{Figure, Thing};
use super::extract::Hedge;
use super::render::restyle;

/// How many earlier figures of one bucket a figure is compared with.
const LOOKBACK: usize = 24;

/// Report each figure that conflicts with an earlier one of the same thing.
pub fn report(doc: &Document<'_>, figures: &[Figure]) -> Vec<Finding> {
    // One bucket per counted thing and owner: "Britain's 20,000 troops" are not the
    // whole exercise's "90,000 troops", nor "two Syrian teams" the "163 teams".
    let mut buckets: FastMap<(&Thing, Option<&str>), Vec<usize>> = FastMap::default();
    for (i, f) in figures.iter().enumerate() {
        buckets
            .entry((&f.thing, f.owner.as_deref()))
            .or_default()
            .push(i);
    }
    let mut findings = Vec::new();
    for members in buckets.values() {
        for (n, &i) in members.iter().enumerate() {
            let f = &figures[i];
            let earlier = &members[n.saturating_sub(LOOKBACK)..n];
            let clash = earlier
                .iter()
                .map(|&j| &figures[j])
                .find(|g| same_quantity(g, f) && !overlaps(g, f));
            if let Some(g) = clash {
                findings.push(finding(doc, g, f));
            }
        }
    }
    findings.sort_by_key(|f| (f.span.start, f.span.end));
    findings
}

/// Could `a` and `b` be values of one quantity at one time, on one authority?
fn same_quantity(a: &Figure, b: &Figure) -> bool {
    let differ =
        |x: &Option<String>, y: &Option<String>| matches!((x, y), (Some(x), Some(y)) if x != y);
    (a.paragraph, a.sentence) != (b.paragraph, b.sentence)
        && !differ(&a.place, &b.place)
        && !differ(&a.source, &b.source)
        && a.time.compatible(&b.time)
}

fn overlaps(a: &Figure, b: &Figure) -> bool {
    let (x, y) = (a.q.interval(), b.q.interval());
    x.0 <= y.1 && y.0 <= x.1
}

/// Where a figure stands, in an editor's words.
fn location(doc: &Document<'_>, f: &Figure, from: &Figure) -> String {
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
    let n = doc.paragraphs[..=f.paragraph]
        .iter()
        .filter(|p| p.kind != BlockKind::Heading)
        .count();
    format!("in paragraph {n}")
}

fn finding(doc: &Document<'_>, first: &Figure, later: &Figure) -> Finding {
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
        location(doc, first, later)
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
