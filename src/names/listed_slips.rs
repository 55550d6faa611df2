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

/// How many names of the same ends and length a key is compared with, so the
/// check stays linear on long documents.
const MAX_NEIGHBOURS: usize = 16;

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
    // Slips keep both ends and the length within one: sorted that way, the
    // names a key can be a slip of follow it.
    let ends = |k: &str| (k.as_bytes()[0], k.as_bytes()[k.len() - 1], k.len());
    let mut distinct: Vec<&str> = keyed.iter().map(|(_, r)| &keys[r.clone()]).collect();
    distinct.sort_unstable_by(|a, b| ends(a).cmp(&ends(b)).then(a.cmp(b)));
    distinct.dedup();
    // Only names one slip apart are looked up in the gazetteer.
    let listed = |k: &str| gazetteer::is_organisation(k) || gazetteer::is_place(k);
    let mut slips: Vec<(&str, &str)> = Vec::new(); // (slip, name)
    for (x, &a) in distinct.iter().enumerate() {
        let (first, last, len) = ends(a);
        for &b in distinct[x + 1..].iter().take(MAX_NEIGHBOURS) {
            let (f, l, n) = ends(b);
            if (f, l) != (first, last) || n > len + 1 {
                break;
            }
            if edit_distance(a, b) != 1 {
                continue;
            }
            // Neither listed as a whole ("Washingtton Post"): the word that
            // differs decides, below.
            match (listed(a), listed(b)) {
                (true, false) => slips.push((b, a)),
                (false, true) => slips.push((a, b)),
                (false, false) => slips.extend([(a, b), (b, a)]),
                (true, true) => {}
            }
        }
    }
    let mut out = Vec::new();
    let mut right_spans = Vec::new();
    // The mentions by key, so each key's are found by a search, not a walk.
    let mut by_key: Vec<(&str, usize)> =
        keyed.iter().map(|(i, r)| (&keys[r.clone()], *i)).collect();
    by_key.sort_unstable();
    for &(slip, name) in &slips {
        let Some(&(_, i)) = with_key(&by_key, name).first() else {
            continue;
        };
        for &(_, j) in with_key(&by_key, slip) {
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
            // The name is listed, or the word of it that differs is and the
            // slip is not ("Washington Post", "Washingtton Post").
            let known = listed(name)
                || (listed(written.folded)
                    && !listed(wrong.folded)
                    && same_ends(wrong.folded, written.folded));
            if !known {
                continue;
            }
            // Alone, the word must be no other word it could be ("Labor", "Chelsey").
            let alone = m.parts.len() == 1;
            let explained = is_ordinary(wrong.folded)
                || ctx.is_reference_word(wrong.folded)
                || gazetteer::is_demonym(wrong.folded)
                || is_english_word(wrong.folded);
            if alone && explained {
                continue;
            }
            let uses: Vec<Span> = with_key(&by_key, name)
                .iter()
                .flat_map(|&(_, x)| ctx.mentions[x].parts.iter())
                .filter(|p| p.text == written.text)
                .map(|p| p.span.clone())
                .collect();
            let forms = [
                Form {
                    text: wrong.text,
                    spans: vec![wrong.span.clone()],
                    preferred: false,
                    reference: false,
                },
                Form {
                    text: written.text,
                    spans: uses,
                    preferred: true,
                    reference: true,
                },
            ];
            out.extend(report(&forms, "This name"));
            right_spans.extend(forms[1].spans.iter().cloned());
        }
    }
    (out, right_spans)
}

/// The mentions (sorted by key) whose key is `key`.
fn with_key<'k>(by_key: &'k [(&'k str, usize)], key: &str) -> &'k [(&'k str, usize)] {
    let from = by_key.partition_point(|&(x, _)| x < key);
    let to = from + by_key[from..].partition_point(|&(x, _)| x == key);
    &by_key[from..to]
}

/// The same first and last letters.
fn same_ends(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.first() == b.first() && a.last() == b.last()
}
