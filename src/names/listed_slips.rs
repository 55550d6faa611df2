//! A listed organisation or place spelled one letter off beside its right
//! spelling ("Manchester Untied" beside "Manchester United", "Toyta" beside "Toyota").

use crate::finding::{Finding, Span};

use super::consistency::{report, Form};
use super::english::is_english_word;
use super::gazetteer;
use super::ordinary::is_ordinary;
use super::variants::edit_distance;
use super::Context;

/// Shorter names are too often another real word one letter away.
const MIN_LETTERS: usize = 6;

/// Findings for every mention one edit from a name the gazetteer lists that the
/// article also writes right (the fix follows the gazetteer, not the majority),
/// and the words found right.
pub(super) fn check(ctx: &Context<'_, '_>) -> (Vec<Finding>, Vec<Span>) {
    // Each unmatched mention's folded words run together, in one buffer.
    let mut keys = String::new();
    let mut keyed: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    for (i, m) in ctx.mentions.iter().enumerate() {
        if ctx.matched[i].is_some() || ctx.accepted_mention[i] || m.parts.iter().any(|p| p.all_caps)
        {
            continue;
        }
        let start = keys.len();
        keys.extend(m.parts.iter().map(|p| p.folded));
        if keys.len() - start >= MIN_LETTERS {
            keyed.push((i, start..keys.len()));
        } else {
            keys.truncate(start);
        }
    }
    let listed = |k: &str| gazetteer::is_organisation(k) || gazetteer::is_place(k);
    let (right, other): (Vec<_>, Vec<_>) = keyed
        .iter()
        .map(|(i, r)| (*i, &keys[r.clone()]))
        .partition(|(_, k)| listed(k));
    let mut out = Vec::new();
    let mut right_spans = Vec::new();
    for &(j, slip) in &other {
        let Some(&(i, name)) = right.iter().find(|(_, name)| one_slip(slip, name)) else {
            continue;
        };
        let (m, n) = (&ctx.mentions[j], &ctx.mentions[i]);
        if m.parts.len() != n.parts.len() {
            continue;
        }
        // The one word that differs is the slip; the others pin the name.
        let mut differ = m
            .parts
            .iter()
            .zip(n.parts)
            .filter(|(a, b)| a.folded != b.folded);
        let (Some((wrong, written)), None) = (differ.next(), differ.next()) else {
            continue;
        };
        // Alone, the word must be no other word it could be ("Labor", "Chelsey").
        let alone = m.parts.len() == 1;
        let explained = is_ordinary(wrong.folded)
            || ctx.is_reference_word(wrong.folded)
            || gazetteer::is_demonym(wrong.folded)
            || is_english_word(wrong.folded);
        if alone && explained {
            continue;
        }
        let uses = |text: &str| {
            right
                .iter()
                .filter(|(_, k)| *k == name)
                .flat_map(|&(x, _)| ctx.mentions[x].parts.iter())
                .filter(|p| p.text == text)
                .map(|p| p.span.clone())
                .collect::<Vec<_>>()
        };
        let forms = [
            Form {
                text: wrong.text,
                spans: vec![wrong.span.clone()],
                preferred: false,
                reference: false,
            },
            Form {
                text: written.text,
                spans: uses(written.text),
                preferred: true,
                reference: true,
            },
        ];
        out.extend(report(&forms, "This name"));
        right_spans.extend(forms[1].spans.iter().cloned());
    }
    (out, right_spans)
}

/// One edit apart inside the word: the same first and last letters, so no
/// plural or people of the other ("Chicago Bull", "Koreans", "Germans").
fn one_slip(slip: &str, name: &str) -> bool {
    slip.as_bytes().first() == name.as_bytes().first()
        && slip.as_bytes().last() == name.as_bytes().last()
        && slip.len().abs_diff(name.len()) <= 1
        && edit_distance(slip, name) == 1
}
