//! misspelled-name: a mention that nearly matches a well-known person's name
//! but is none of its accepted spellings ("Vladamir Putin", "Ghandi").

use crate::document::{ceil_char_boundary, floor_char_boundary};
use crate::fasthash::{FastMap as HashMap, FastSet as HashSet};
use unicode_normalization::UnicodeNormalization;

use crate::finding::{Edit, Finding, Fix, Rule};

use super::gazetteer;
use super::index::Index;
use super::mentions::{person_cue, Mention};
use super::ordinary::{given_births, is_common_given, is_ordinary, ORDINARY_BIRTHS};
use super::variants::{edit_distance, fold, likeness, Likeness};
use super::{Context, Occurrence, PersonRef};

/// A word of a mention that should be spelled as a reference person spells it.
#[derive(Clone, Debug)]
struct Slip {
    at: Occurrence,
    /// The right spelling of the word.
    fix: String,
    person: PersonRef,
    /// The whole name, corrected ("Vladimir Putin").
    corrected: String,
}

/// Misspelled-name findings, and the words they cover (which the consistency
/// check then leaves alone).
pub(super) fn check(ctx: &Context<'_, '_>) -> (Vec<Finding>, HashSet<Occurrence>) {
    let mut slips: Vec<Slip> = Vec::new();
    // Per mention: the person it is a slip for (looked up, never searched for).
    let mut slipped: Vec<Option<PersonRef>> = vec![None; ctx.mentions.len()];
    let mut seen: Vec<u32> = Vec::new(); // scratch for full_name_slip
    for (i, slip_of) in slipped.iter_mut().enumerate() {
        let m = &ctx.mentions[i];
        if ctx.matched[i].is_some() || m.org || ctx.accepted_mention[i] {
            continue;
        }
        if let Some(slip) = full_name_slip(ctx, i, &mut seen) {
            *slip_of = Some(slip.person);
            slips.push(slip);
        }
    }
    // Surnames on their own ("Ghandi said"), or after a given name nobody in
    // the list has; each written word is weighed once, however often it recurs.
    let mut weighed: HashMap<&str, Option<(PersonRef, String)>> = HashMap::default();
    for i in 0..ctx.mentions.len() {
        let m = &ctx.mentions[i];
        if ctx.matched[i].is_some() || m.org || ctx.accepted_mention[i] || slipped[i].is_some() {
            continue;
        }
        if let Some(slip) = surname_slip(ctx, i, &slipped, &mut weighed) {
            slipped[i] = Some(slip.person);
            slips.push(slip);
        }
    }
    // Names the list knows, with an accent it never writes ("Sergio Peréz").
    for i in 0..ctx.mentions.len() {
        if let Some(slip) = misplaced_accent(ctx, i) {
            slips.push(slip);
        }
    }
    let covered: HashSet<Occurrence> = slips.iter().map(|s| s.at).collect();
    (findings(ctx, &slips), covered)
}

/// One finding per slip. The fix for every occurrence of one misspelling goes
/// on its first finding only (one edit list per name, not one per finding), and
/// the related mentions of each person are gathered once.
fn findings(ctx: &Context<'_, '_>, slips: &[Slip]) -> Vec<Finding> {
    let written = |s: &Slip| ctx.mentions[s.at.0].parts[s.at.1].text;
    let mut groups: HashMap<(&str, &str), Vec<usize>> = HashMap::default();
    for (n, s) in slips.iter().enumerate() {
        groups
            .entry((s.fix.as_str(), written(s)))
            .or_default()
            .push(n);
    }
    let mut throughout: Vec<Option<Fix>> = vec![None; slips.len()];
    for members in groups.values().filter(|g| g.len() > 1) {
        let mut edits: Vec<Edit> = members
            .iter()
            .map(|&n| Edit {
                span: ctx.mentions[slips[n].at.0].parts[slips[n].at.1]
                    .span
                    .clone(),
                text: slips[n].fix.clone(),
            })
            .collect();
        edits.sort_by_key(|e| e.span.start);
        let first = members
            .iter()
            .copied()
            .min_by_key(|&n| ctx.mentions[slips[n].at.0].parts[slips[n].at.1].span.start)
            .unwrap_or(members[0]);
        throughout[first] = Some(Fix {
            title: format!("Use {} throughout", slips[first].fix),
            edits,
        });
    }
    let mut related: HashMap<PersonRef, Vec<usize>> = HashMap::default();
    for s in slips {
        related
            .entry(s.person)
            .or_insert_with(|| mentions_of(ctx, s.person, RELATED + 1));
    }
    slips
        .iter()
        .zip(throughout)
        .map(|(s, all)| finding(ctx, s, all, &related[&s.person]))
        .collect()
}

/// How many other mentions of the person a finding points to.
const RELATED: usize = 5;

/// The first `limit` mentions of a person: the full name as listed, or the
/// surname alone.
fn mentions_of(ctx: &Context<'_, '_>, person: PersonRef, limit: usize) -> Vec<usize> {
    let ix = ctx.indexes[person.0];
    ctx.mentions
        .iter()
        .enumerate()
        .filter(|&(j, other)| {
            ctx.matched[j] == Some(person)
                || (other.word_count() == 1
                    && ix.is_last_of(person.1, other.parts[other.parts.len() - 1].folded))
        })
        .map(|(j, _)| j)
        .take(limit)
        .collect()
}

/// How a mention's word lines up with a spelling's word.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Align {
    Equal,
    Near(usize),
}

/// "Vladamir Putin", "Olaf Sholz", "Recep Tayyib Erdoğan": all words but one match.
/// (`seen` is scratch, reused mention after mention.)
fn full_name_slip(ctx: &Context<'_, '_>, i: usize, seen: &mut Vec<u32>) -> Option<Slip> {
    let m = &ctx.mentions[i];
    if m.word_count() < 2 {
        return None;
    }
    let junior = followed_by_junior(ctx, m);
    let n = m.parts.len();
    let headline = m.heading || m.parts.iter().all(|p| p.all_caps);
    // ((distance, more words lined up first), slip): "Jim Yung Kim" is a slip of
    // "Jim Yong Kim" before it is one of "Young Kim".
    let mut best: Option<((usize, std::cmp::Reverse<usize>), Slip)> = None;
    let mut ambiguous = false;
    // In a headline, a name the list knows exactly ("… Nominates Jim Yong Kim")
    // is not read as a slip of another ("Young Kim").
    let exact = if headline {
        exact_names(ctx, m)
    } else {
        Vec::new()
    };
    for (x, ix) in ctx.indexes.iter().enumerate() {
        seen.clear();
        for p in m.words() {
            for &id in ix.with_word(p.folded) {
                let s = ix.spelling(id);
                let k = s.parts.len();
                // Headlines run words together ("VLADAMIR PUTIN VISITS THE ZOO"):
                // try the name at every place there; elsewhere at the start, or
                // after one stray leading word.
                let mut froms = if k > n {
                    continue;
                } else if headline {
                    0..n - k + 1
                } else if k == n {
                    0..1
                } else if n >= 3 && k == n - 1 {
                    1..2
                } else {
                    continue;
                };
                // A spelling that does not fit here fails again for any other word:
                // only spellings that fit are remembered, and aligned once.
                if seen.contains(&id) {
                    continue;
                }
                seen.push(id);
                let Some((from, (part, dist))) = froms.find_map(|from| {
                    if exact.iter().any(|r| r.start < from + k && from < r.end) {
                        return None;
                    }
                    Some((
                        from,
                        align(ix, s.person, &m.parts[from..from + k], &s.folded)?,
                    ))
                }) else {
                    continue;
                };
                let part = part + from;
                let window = from..from + k;
                if !plausible_slip(ctx, m, part, window, &s.folded[part - from], (x, s.person)) {
                    continue;
                }
                let fix = in_style(ctx, &s.parts[part - from], m.parts[part].text);
                let corrected = corrected_name(ctx, m, part, &fix);
                let slip = Slip {
                    at: (i, part),
                    fix,
                    person: (x, s.person),
                    corrected,
                };
                let rank = (dist, std::cmp::Reverse(k));
                match &best {
                    Some((d, b)) if *d == rank => {
                        if fold(&b.fix) != fold(&slip.fix) || b.at != slip.at {
                            ambiguous = true;
                        } else if is_junior(ctx.person(slip.person)) == junior
                            && is_junior(ctx.person(b.person)) != junior
                        {
                            // "… Jr." names the son; without it, the father.
                            best = Some((rank, slip));
                        }
                    }
                    Some((d, _)) if *d < rank => {}
                    _ => {
                        best = Some((rank, slip));
                        ambiguous = false;
                    }
                }
            }
        }
    }
    if ambiguous {
        return None;
    }
    best.map(|(_, s)| s)
}

/// The runs of two words or more of a mention that spell a listed name exactly.
fn exact_names(ctx: &Context<'_, '_>, m: &Mention<'_>) -> Vec<std::ops::Range<usize>> {
    let n = m.parts.len();
    let mut out = Vec::new();
    let mut key = String::new();
    for from in 0..n {
        for to in from + 2..=n.min(from + 5) {
            key.clear();
            key.extend(m.parts[from..to].iter().map(|p| p.folded));
            if ctx.indexes.iter().any(|ix| !ix.accepted(&key).is_empty()) {
                out.push(from..to);
            }
        }
    }
    out
}

/// Is the mention followed by "Jr." ("Robert F. Kennedy Jr.")?
fn followed_by_junior(ctx: &Context<'_, '_>, m: &Mention<'_>) -> bool {
    let after = ctx.doc.prose[m.span.end..].trim_start_matches([',', ' ']);
    let word = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    word.eq_ignore_ascii_case("jr")
}

/// Does the person's name carry "Jr."?
fn is_junior(person: &super::index::Listed) -> bool {
    person
        .canonical
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.eq_ignore_ascii_case("jr"))
}

/// Line a mention's parts up with a spelling's: exactly one word a slip away,
/// everything else the same. Returns (part index, distance).
fn align(
    ix: &Index,
    person: usize,
    parts: &[super::mentions::Part<'_>],
    spelling: &super::index::Words,
) -> Option<(usize, usize)> {
    if parts.len() != spelling.len() {
        return None;
    }
    let last = parts.len() - 1;
    let mut near: Option<(usize, usize)> = None;
    for (k, (p, s)) in parts.iter().zip(spelling).enumerate() {
        let a = if p.folded == s
            || (k == last && ix.is_last_of(person, p.folded))
            || (k == 0 && ix.is_first_of(person, p.folded))
        {
            Align::Equal
        } else if !p.is_word() {
            return None;
        } else {
            match likeness(p.folded, s) {
                Likeness::Same => Align::Equal,
                Likeness::Transliterated => Align::Near(1),
                Likeness::Slip(d) => Align::Near(d),
                Likeness::Different if short_slip(p.folded, s) => Align::Near(1),
                Likeness::Different => return None,
            }
        };
        if let Align::Near(d) = a {
            if near.is_some() {
                return None;
            }
            near = Some((k, d));
        }
    }
    near
}

/// "Jhn"/"John", "Cok"/"Cook": one edit where a word has fewer than four
/// letters (too short for [`likeness`] on its own), the first letter kept.
fn short_slip(written: &str, right: &str) -> bool {
    let (a, b) = (written.chars().count(), right.chars().count());
    a.min(b) >= 2
        && a.max(b) >= 3
        && a.min(b) < 4
        && written.chars().next() == right.chars().next()
        && edit_distance(written, right) == 1
}

/// Could the differing word be a slip for this person rather than another
/// person's ordinary name? "Anthony Smith" is someone else; "Anthony Blinken"
/// is pinned down by its distinctive surname, "Tayler Swift" by its rare spelling
/// of a common name. A written word that is itself a name people bear ("Ivana
/// Trump" beside the listed "Ivanka Trump") needs the other words of the name
/// (`window`, as lined up with the listed spelling) to single out one listed
/// person, a role in context, or the person named correctly in the article.
fn plausible_slip(
    ctx: &Context<'_, '_>,
    m: &Mention<'_>,
    part: usize,
    window: std::ops::Range<usize>,
    right: &str,
    person: PersonRef,
) -> bool {
    let wrong = &m.parts[part].folded;
    let listed = ctx.person(person);
    let short = wrong.chars().count() < 4 || right.chars().count() < 4;
    let tied = || role_in_context(ctx, m, listed) || ctx.named.contains(&person);
    if short {
        // "Jhn McCain", "Tim Cok": a short word is a slip only where the name is
        // pinned, and opens the mention ("Take Down Trump" is no "Don Trump").
        return window.start == 0 && (pinned_by_rest(ctx, m, part, &window) || tied());
    }
    if ctx.is_reference_word(wrong) && ctx.is_reference_first(wrong) && part == 0 {
        // Another reference person's first name: only a slip when the rest pins it.
        return pinned_by_rest(ctx, m, part, &window) || tied();
    }
    if !is_ordinary(wrong) {
        return true;
    }
    let rare_spelling =
        is_common_given(right) && given_births(wrong).saturating_mul(10) <= given_births(right);
    rare_spelling || pinned_by_rest(ctx, m, part, &window) || tied()
}

/// Words too general to tie a name to one person's role.
const ROLE_STOPWORDS: &[&str] = &[
    "the", "and", "for", "from", "with", "former", "since", "also", "who", "his", "her", "its",
    "their", "new", "first", "said", "says", "told", "that", "this", "was", "has", "had", "will",
    "party", "member", "leader",
];

/// The mention's neighbourhood names the person's role or organisation, as
/// the list describes them: "Gov. Gavin Newsome", "Nvidia’s Jenson Huang",
/// "Home Minister Amit Shaw".
fn role_in_context(ctx: &Context<'_, '_>, m: &Mention<'_>, person: &super::index::Listed) -> bool {
    if person.description.is_empty() {
        return false;
    }
    let mut described: Vec<String> = person
        .description
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(fold)
        .filter(|w| !ROLE_STOPWORDS.contains(&w.as_str()))
        .collect();
    // A "CEO" is written out as "chief executive" too.
    if described.iter().any(|w| w == "ceo") {
        described.push("executive".to_owned());
    }
    if described.is_empty() {
        return false;
    }
    let prose = ctx.doc.prose.as_str();
    let from = ceil_char_boundary(prose, m.span.start.saturating_sub(48));
    let to = floor_char_boundary(prose, m.span.end + 32);
    let before = &prose[from..m.span.start];
    let after = &prose[m.span.end..to];
    let split = |c: char| !c.is_alphanumeric() && c != '\'' && c != '’';
    let abbreviation = |w: &str| -> Option<&'static str> {
        Some(match w {
            "gov" => "governor",
            "sen" => "senator",
            "rep" => "representative",
            "secretary" | "sec" => "secretary",
            "pm" => "prime",
            _ => return None,
        })
    };
    let words = before
        .split(split)
        .rev()
        .filter(|w| !w.is_empty())
        .take(4)
        .chain(after.split(split).filter(|w| !w.is_empty()).take(4));
    words.into_iter().any(|w| {
        let w = w.split(['\'', '’']).next().unwrap_or(w);
        if !w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() < 4 {
            return false;
        }
        let f = fold(w);
        let f = abbreviation(&f).map_or(f, str::to_owned);
        // `described` holds no stopwords, so a match is never one.
        f.chars().count() >= 3 && described.contains(&f)
    })
}

/// "Sergio Peréz": a name the list knows, written with an accent that none of
/// the person's spellings has (an accent-free spelling is always fine).
fn misplaced_accent(ctx: &Context<'_, '_>, i: usize) -> Option<Slip> {
    let (x, person) = ctx.matched[i]?;
    let m = &ctx.mentions[i];
    if m.org || ctx.accepted_mention[i] {
        return None;
    }
    let ix = ctx.indexes[x];
    for (k, p) in m.parts.iter().enumerate() {
        if p.text.is_ascii() || !p.is_word() || ctx.is_accepted_word(p.text) {
            continue;
        }
        let written: String = p.text.nfc().collect::<String>().to_lowercase();
        let mut accented: Option<&str> = None;
        let mut known = false;
        for &id in ix.with_word(p.folded) {
            let s = ix.spelling(id);
            if s.person != person {
                continue;
            }
            for (w, f) in s.parts.iter().zip(s.folded.iter()) {
                if f != p.folded {
                    continue;
                }
                if w.to_lowercase() == written {
                    known = true;
                } else if !w.is_ascii() && accented.is_none() {
                    accented = Some(w);
                }
            }
        }
        if known {
            continue;
        }
        let right = accented?;
        let fix = cased_like(right, p.text);
        return Some(Slip {
            at: (i, k),
            corrected: corrected_name(ctx, m, k, &fix),
            fix,
            person: (x, person),
        });
    }
    None
}

/// The other words of the name (within the `window` lined up with the listed
/// spelling) single out one person: a distinctive word that only one listed
/// person carries, or two or more matching words ("Ursula von der …").
fn pinned_by_rest(
    ctx: &Context<'_, '_>,
    m: &Mention<'_>,
    part: usize,
    window: &std::ops::Range<usize>,
) -> bool {
    let others: Vec<&super::mentions::Part<'_>> = m.parts[window.clone()]
        .iter()
        .enumerate()
        .filter(|&(k, _)| k + window.start != part)
        .map(|(_, p)| p)
        .collect();
    if others.len() >= 2 {
        return true;
    }
    others.iter().any(|p| {
        p.is_word()
            && p.folded.chars().count() >= 4
            && given_births(p.folded) < ORDINARY_BIRTHS
            && ctx.people_with_last(p.folded) <= 1
    })
}

/// "Ghandi" or "Mr Sholz": a surname on its own that is no ordinary name and a
/// slip away from a reference surname. (`slipped`: per mention, the person it
/// was found a slip for so far; `weighed`: each written word's verdict, so a
/// word that recurs is weighed once.)
fn surname_slip<'a>(
    ctx: &Context<'_, 'a>,
    i: usize,
    slipped: &[Option<PersonRef>],
    weighed: &mut HashMap<&'a str, Option<(PersonRef, String)>>,
) -> Option<Slip> {
    let m = &ctx.mentions[i];
    // With a given name no reference person has, it is someone else ("Axel Witsel").
    if m.parts.len() != 1 {
        return None;
    }
    let part = 0;
    let word = &m.parts[part];
    if !word.is_word() || word.all_caps || m.heading {
        return None;
    }
    let folded = word.folded;
    if m.sentence_initial && m.word_count() == 1 && !ctx.inside_words().contains(folded) {
        return None;
    }
    let (person, right) = weighed
        .entry(folded)
        .or_insert_with(|| surname_fix(ctx, folded, slipped))
        .clone()?;
    let fix = in_style(ctx, &right, word.text);
    Some(Slip {
        at: (i, part),
        corrected: corrected_name(ctx, m, part, &fix),
        fix,
        person,
    })
}

/// The listed person (and their surname as written) that a lone word is a slip
/// of, if the article makes the word a person's and no one else bears it.
fn surname_fix(
    ctx: &Context<'_, '_>,
    folded: &str,
    slipped: &[Option<PersonRef>],
) -> Option<(PersonRef, String)> {
    if folded.chars().count() < 5
        || is_ordinary(folded)
        || ctx.is_reference_word(folded)
        || gazetteer::is_place(folded)
        || gazetteer::is_organisation(folded)
    {
        return None;
    }
    let mut choice: Option<(PersonRef, String, usize)> = None; // (person, spelling word, distance)
    for (x, ix) in ctx.indexes.iter().enumerate() {
        for id in ix.near_last(folded) {
            let s = ix.spelling(id);
            if folded.chars().next() != s.last().chars().next()
                || folded.chars().last() != s.last().chars().last()
            {
                continue; // slips keep the ends: "Qatar" is not "Tatar"
            }
            let d = match likeness(folded, s.last()) {
                Likeness::Transliterated => 1,
                Likeness::Slip(d) => d,
                _ => continue,
            };
            let right = s.parts[s.parts.len() - 1].to_string();
            match &choice {
                Some((_, _, best)) if *best < d => {}
                Some((_, w, best)) if *best == d => {
                    if fold(w) != fold(&right) {
                        return None; // two different surnames fit: stay silent
                    }
                }
                _ => choice = Some(((x, s.person), right, d)),
            }
        }
    }
    let (mut person, right, _) = choice?;
    // A place or a thing can sit a letter away from a surname ("Qatar", "Tatar"):
    // ask for a sign that the word names a person.
    if !names_a_person(ctx, folded, slipped) {
        return None;
    }
    // Someone in the article who is not a reference person bears this surname
    // or one a slip away: that is their name (or the consistency check's business).
    for (j, other) in ctx.mentions.iter().enumerate() {
        if other.word_count() < 2 || ctx.matched[j].is_some() || slipped[j].is_some() {
            continue;
        }
        let last = &other.parts[other.parts.len() - 1].folded;
        if likeness(last, folded) != Likeness::Different {
            return None;
        }
    }
    // Prefer the person this article names elsewhere.
    let right_folded = fold(&right);
    for (j, other) in ctx.mentions.iter().enumerate() {
        if let Some(p) = ctx.matched[j].or(slipped[j]) {
            if ctx.indexes[p.0].is_last_of(p.1, &right_folded) && other.word_count() >= 2 {
                person = p;
                break;
            }
        }
    }
    Some((person, right))
}

/// Is the word, somewhere in the article, a person's surname: after a title or
/// a given name, in a name already found misspelled, or with "said" or "who"?
fn names_a_person(ctx: &Context<'_, '_>, folded: &str, slipped: &[Option<PersonRef>]) -> bool {
    ctx.mentions.iter().enumerate().any(|(j, m)| {
        let n = m.parts.len();
        m.parts[n - 1].folded == folded
            && ((m.titled && !after_weak_title(ctx, &m.span))
                || slipped[j].is_some()
                || (m.word_count() >= 2 && !m.org && is_common_given(m.parts[0].folded))
                || person_cue(ctx.doc, &m.span))
    })
}

/// Title words that also open the names of things ("Executive Order",
/// "General Motors", "Major League", "Crown Estate"): after one of these, a
/// capitalised word is not thereby a person.
const WEAK_TITLES: &[&str] = &[
    "executive",
    "general",
    "major",
    "chief",
    "acting",
    "assistant",
    "deputy",
    "vice",
    "prime",
    "crown",
    "officer",
];

/// Is the title word right before the mention one of the [`WEAK_TITLES`]?
fn after_weak_title(ctx: &Context<'_, '_>, span: &crate::finding::Span) -> bool {
    let before = ctx.doc.prose[..span.start].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    WEAK_TITLES.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The mention's name with one word replaced.
fn corrected_name(ctx: &Context<'_, '_>, m: &Mention<'_>, part: usize, fix: &str) -> String {
    let text = m.text(ctx.doc);
    let p = &m.parts[part];
    let (a, b) = (p.span.start - m.span.start, p.span.end - m.span.start);
    format!("{}{}{}", &text[..a], fix, &text[b..])
}

/// `right` as the draft would write it: in capitals where the word is, and
/// without the accents the draft writes in no name ("Erdogan" in a draft that
/// writes no "ğ"). A letter that stays beyond ASCII without its accent (an
/// "ø", an "ł") is kept as it is.
fn in_style(ctx: &Context<'_, '_>, right: &str, written: &str) -> String {
    let fix = cased_like(right, written);
    if fix.is_ascii() {
        return fix;
    }
    let mut out = String::with_capacity(fix.len());
    for c in fix.chars() {
        if c.is_ascii() || ctx.writes_letter(c) {
            out.push(c);
            continue;
        }
        let plain: String = c
            .nfd()
            .filter(|m| !unicode_normalization::char::is_combining_mark(*m))
            .collect();
        if plain.is_ascii() && !plain.is_empty() {
            out.push_str(&plain);
        } else {
            out.push(c);
        }
    }
    out
}

/// Write `right` in capitals when the draft wrote the word in capitals.
fn cased_like(right: &str, written: &str) -> String {
    let letters = written.chars().filter(|c| c.is_alphabetic()).count();
    if letters > 1 && !written.chars().any(char::is_lowercase) {
        right.to_uppercase()
    } else {
        right.to_owned()
    }
}

fn finding(
    ctx: &Context<'_, '_>,
    slip: &Slip,
    throughout: Option<Fix>,
    related: &[usize],
) -> Finding {
    let m = &ctx.mentions[slip.at.0];
    let part = &m.parts[slip.at.1];
    let person = ctx.person(slip.person);
    let written = m.text(ctx.doc);
    let role = if person.description.is_empty() {
        String::new()
    } else {
        format!(" ({})", person.description)
    };
    let message = format!(
        "“{written}” looks like a misspelling of {}{role}",
        person.canonical
    );
    let mut f =
        Finding::new(Rule::MisspelledName, part.span.clone(), message).with_fix(Fix::replace(
            format!("Change to {}", slip.corrected),
            part.span.clone(),
            slip.fix.clone(),
        ));
    if let Some(all) = throughout {
        f = f.with_fix(all);
    }
    // Other mentions of the same person.
    for &j in related.iter().filter(|&&j| j != slip.at.0).take(RELATED) {
        f = f.with_related(
            ctx.mentions[j].span.clone(),
            format!("{} is named here", person.canonical),
        );
    }
    f.acceptable_name = Some(written.to_owned());
    f
}
