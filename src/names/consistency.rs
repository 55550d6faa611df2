//! inconsistent-name: one name spelled two ways in one article (Zelensky and
//! Zelenskyy, Kim Jong-un and Kim Jong Un), and spellings against house style.

use crate::fasthash::FastSet as HashSet;

use crate::fasthash::FastMap as HashMap;

use crate::finding::{Edit, Finding, Fix, Rule, Span};

use super::english::is_english_word;
use super::gazetteer;
use super::index::name_words;
use super::listed_slips;
use super::mentions::{person_cue, Mention};
use super::ordinary::{is_common_given, is_ordinary};
use super::pairs;
use super::variants::{
    edit_distance, fold, fold_into, likeness, same_translit, translit_into, Likeness,
};
use super::{Context, Occurrence, PersonRef};

pub(super) fn check(ctx: &Context<'_, '_>, misspelled: &HashSet<Occurrence>) -> Vec<Finding> {
    let mut findings = house_style(ctx, misspelled);
    // Where the gazetteer knows the right spelling, its fix comes first, and
    // the words it found right are never flagged by the checks after it.
    let (listed, right) = listed_slips::check(ctx);
    let add = |new: Vec<Finding>, findings: &mut Vec<Finding>| {
        for f in new {
            if !findings.iter().any(|g| overlaps(&g.span, &f.span))
                && !right.iter().any(|r| overlaps(r, &f.span))
            {
                findings.push(f);
            }
        }
    };
    let house = findings.len();
    for f in listed {
        if !findings[..house].iter().any(|g| overlaps(&g.span, &f.span)) {
            findings.push(f);
        }
    }
    add(joined_differently(ctx, misspelled), &mut findings);
    add(accents_and_case(ctx, misspelled), &mut findings);
    add(variant_spellings(ctx, misspelled), &mut findings);
    add(possessive_forms(ctx), &mut findings);
    add(hyphened_slips(ctx, misspelled), &mut findings);
    findings
}

/// "anti-Catsro", "the Clinton-Kaie ticket": a capitalised part of a hyphened
/// word one edit from a surname the article introduces and uses more than
/// once. The part must be no word a person is known to bear, no English word
/// and no place, so "Coca-Cola" or "Anglo-Saxon" never come into it.
fn hyphened_slips(ctx: &Context<'_, '_>, misspelled: &HashSet<Occurrence>) -> Vec<Finding> {
    // (folded, as written, where) of each capitalised part of a hyphened word.
    let mut segments: Vec<(String, &str, Span)> = Vec::new();
    for (i, m) in ctx.mentions.iter().enumerate() {
        if !usable(ctx, i) {
            continue;
        }
        for (k, p) in m.parts.iter().enumerate() {
            if !has_hyphen(p.text) || !comparable(ctx, misspelled, (i, k)) {
                continue;
            }
            let mut pieces: Vec<std::ops::Range<usize>> = Vec::new();
            let mut from = 0;
            for (at, c) in p.text.char_indices() {
                if c == '-' || c == '‐' {
                    pieces.push(from..at);
                    from = at + c.len_utf8();
                }
            }
            pieces.push(from..p.text.len());
            for r in pieces {
                let piece = &p.text[r.clone()];
                let start = p.span.start + r.start;
                if !piece.starts_with(char::is_uppercase) {
                    continue;
                }
                let folded = fold(piece);
                if char_count(&folded) >= 3 {
                    segments.push((folded, piece, start..start + piece.len()));
                }
            }
        }
    }
    segments.extend(after_lower_prefix(ctx.doc));
    if segments.is_empty() {
        return Vec::new();
    }
    let mut surnames = introduced_surnames(ctx, misspelled);
    // "anti-Castro" is a use of the surname too.
    for (folded, text, span) in &segments {
        if let Some(s) = surnames
            .iter_mut()
            .find(|s| s.folded == folded && s.text == *text)
        {
            s.spans.push(span.clone());
        }
    }
    let mut keys: Vec<&str> = segments.iter().map(|(f, _, _)| f.as_str()).collect();
    let first_surname = keys.len();
    keys.extend(surnames.iter().map(|s| s.folded));
    let mut translit_text = String::new();
    let mut bounds = Vec::with_capacity(keys.len());
    for k in &keys {
        let start = translit_text.len();
        translit_into(k, &mut translit_text);
        bounds.push(start..translit_text.len());
    }
    let translits: Vec<&str> = bounds.iter().map(|r| &translit_text[r.clone()]).collect();
    let mut out = Vec::new();
    for (a, b) in pairs::candidates(&keys, &translits) {
        if a >= first_surname || b < first_surname {
            continue;
        }
        let (folded, text, span) = &segments[a];
        let surname = &surnames[b - first_surname];
        let explained = is_english_word(folded)
            || is_ordinary(folded)
            || ctx.is_reference_word(folded)
            || gazetteer::is_place(folded)
            || gazetteer::is_organisation(folded)
            || gazetteer::is_demonym(folded);
        if explained || edit_distance(folded, surname.folded) != 1 || surname.spans.len() < 2 {
            continue;
        }
        let forms = [
            Form {
                text,
                spans: vec![span.clone()],
                preferred: false,
                reference: false,
            },
            Form {
                text: surname.text,
                spans: surname.spans.clone(),
                preferred: false,
                reference: false,
            },
        ];
        out.extend(report(&forms, "This name"));
    }
    out
}

/// "pro-Yanukovych", "anti-Castro": a capitalised word after a lower-case
/// prefix and a hyphen, which the name finder does not read as a name.
fn after_lower_prefix<'a>(doc: &crate::document::Document<'a>) -> Vec<(String, &'a str, Span)> {
    let text: &'a str = doc.text;
    let bytes = doc.prose.as_bytes();
    let mut out = Vec::new();
    for at in memchr::memchr_iter(b'-', bytes) {
        let lower_before = at > 0 && bytes[at - 1].is_ascii_lowercase();
        let upper_after = bytes.get(at + 1).is_some_and(u8::is_ascii_uppercase);
        if !lower_before || !upper_after {
            continue;
        }
        let start = at + 1;
        let end = bytes[start..]
            .iter()
            .position(|b| !b.is_ascii_alphabetic())
            .map_or(bytes.len(), |n| start + n);
        let Some(word) = text.get(start..end) else {
            continue;
        };
        // The prefix must be a word of its own ("pro", "anti"), not "e-Mail".
        let prefix_len = bytes[..at]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_lowercase())
            .count();
        if prefix_len >= 2
            && word.len() >= 3
            && word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        {
            out.push((fold(word), word, start..end));
        }
    }
    out
}

/// A surname the article introduces: the last word of a person's full name,
/// or a word written alone after a title; with every use of it as written.
struct Surname<'t> {
    folded: &'t str,
    text: &'t str,
    spans: Vec<Span>,
}

fn introduced_surnames<'t>(
    ctx: &'t Context<'_, '_>,
    misspelled: &HashSet<Occurrence>,
) -> Vec<Surname<'t>> {
    let mut introduced: HashSet<&str> = HashSet::default();
    for (i, m) in ctx.mentions.iter().enumerate() {
        let Some(last) = m.parts.last() else { continue };
        let full = m.word_count() >= 2 && !m.heading && is_person(ctx, i);
        if usable(ctx, i) && !m.org && (full || (m.word_count() == 1 && m.titled)) {
            introduced.insert(last.folded);
        }
    }
    let mut at: HashMap<&str, usize> = HashMap::default();
    let mut out: Vec<Surname<'_>> = Vec::new();
    for (i, m) in ctx.mentions.iter().enumerate() {
        if !usable(ctx, i) || m.org {
            continue;
        }
        for (k, p) in m.parts.iter().enumerate() {
            if !introduced.contains(p.folded) || !comparable(ctx, misspelled, (i, k)) {
                continue;
            }
            let n = *at.entry(p.folded).or_insert_with(|| {
                out.push(Surname {
                    folded: p.folded,
                    text: p.text,
                    spans: Vec::new(),
                });
                out.len() - 1
            });
            if out[n].text == p.text {
                out[n].spans.push(p.span.clone());
            }
        }
    }
    out
}

/// "St James’s Park" against "St James’ Park": a name whose inner possessive
/// is written two ways (a capitalised word before and after it).
fn possessive_forms(ctx: &Context<'_, '_>) -> Vec<Finding> {
    let prose = ctx.doc.prose.as_str();
    // (word, next word) → forms of the possessive word with the apostrophe.
    let mut names: HashMap<(String, String), Vec<Form<'_>>> = HashMap::default();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // Apostrophes found a byte at a time: '\'' or '’' (which starts with 0xE2, a lead byte).
    for at in memchr::memchr2_iter(b'\'', 0xE2, prose.as_bytes()) {
        let c = match prose[at..].chars().next() {
            Some(c @ ('’' | '\'')) => c,
            _ => continue,
        };
        let head = &prose[..at];
        let word_start = head
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &head[word_start..];
        if word.chars().count() < 3 || !word.ends_with('s') || !capitalised(word) {
            continue;
        }
        let rest = &prose[at + c.len_utf8()..];
        let (end, rest) = match rest.strip_prefix('s') {
            Some(r) if !r.starts_with(char::is_alphabetic) => (at + c.len_utf8() + 1, r),
            Some(_) => continue,
            None => (at + c.len_utf8(), rest),
        };
        let Some(after) = rest.strip_prefix(' ') else {
            continue;
        };
        let next: &str = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let before = head[..word_start].strip_suffix(' ').unwrap_or("");
        let prev: &str = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if !capitalised(next) || !capitalised(prev) || next.len() < 2 {
            continue;
        }
        let key = (fold(word), fold(next));
        let forms = names.entry(key).or_default();
        add_form(forms, &prose[word_start..end], word_start..end);
    }
    let mut out = Vec::new();
    for (_, mut forms) in names {
        if forms.len() < 2 {
            continue;
        }
        let shapes: Vec<bool> = forms.iter().map(|f| f.text.ends_with('s')).collect();
        if shapes.iter().all(|&x| x) || shapes.iter().all(|&x| !x) {
            continue; // only the apostrophe differs: typography, not spelling
        }
        forms.sort_by_key(|f| f.spans[0].start);
        out.extend(report(&forms, "This name"));
    }
    out
}

fn overlaps(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Can this mention take part in the comparison at all?
fn usable(ctx: &Context<'_, '_>, i: usize) -> bool {
    !ctx.accepted_mention[i]
}

/// Can this word of a mention be compared?
fn comparable(ctx: &Context<'_, '_>, misspelled: &HashSet<Occurrence>, at: Occurrence) -> bool {
    let p = &ctx.mentions[at.0].parts[at.1];
    p.is_word()
        && !p.all_caps
        && (misspelled.is_empty() || !misspelled.contains(&at))
        && !ctx.is_accepted_word(p.text)
}

/// One spelling's occurrences, for picking the spelling that wins.
pub(super) struct Form<'t> {
    pub text: &'t str,
    pub spans: Vec<Span>,
    /// The newsroom's house spelling, or an accepted spelling of a reference
    /// person or of the gazetteer.
    pub preferred: bool,
    pub reference: bool,
}

/// The spelling to keep: house style, then the most used, then the reference
/// spelling, then the first written.
fn winner(forms: &[Form<'_>]) -> usize {
    let mut best = 0;
    for (k, f) in forms.iter().enumerate().skip(1) {
        let b = &forms[best];
        let key = |f: &Form<'_>| {
            (
                f.preferred,
                f.spans.len(),
                f.reference,
                std::cmp::Reverse(f.spans[0].start),
            )
        };
        if key(f) > key(b) {
            best = k;
        }
    }
    best
}

/// Findings for every losing form: change this one, or use the winner throughout.
pub(super) fn report(forms: &[Form<'_>], what: &str) -> Vec<Finding> {
    let w = winner(forms);
    let right = forms[w].text;
    let throughout: Vec<Edit> = {
        let mut edits: Vec<Edit> = forms
            .iter()
            .enumerate()
            .filter(|&(k, _)| k != w)
            .flat_map(|(_, f)| {
                f.spans.iter().map(|s| Edit {
                    span: s.clone(),
                    text: right.to_owned(),
                })
            })
            .collect();
        edits.sort_by_key(|e| e.span.start);
        edits
    };
    let first_loser = throughout.first().map_or(0, |e| e.span.start);
    let mut out = Vec::new();
    for (k, f) in forms.iter().enumerate() {
        if k == w {
            continue;
        }
        for span in &f.spans {
            let message = format!(
                "{what} is spelled “{}” here but “{right}” elsewhere in this article",
                f.text
            );
            let mut finding = Finding::new(Rule::InconsistentName, span.clone(), message).with_fix(
                Fix::replace(format!("Change to {right}"), span.clone(), right),
            );
            // One edit list per name: on the first finding only.
            if throughout.len() > 1 && span.start == first_loser {
                finding = finding.with_fix(Fix {
                    title: format!("Use {right} throughout"),
                    edits: throughout.clone(),
                });
            }
            for s in forms[w].spans.iter().take(3) {
                finding = finding.with_related(s.clone(), format!("spelled “{right}” here"));
            }
            finding.acceptable_name = Some(f.text.to_owned());
            out.push(finding);
        }
    }
    out
}

fn is_reference_spelling(ctx: &Context<'_, '_>, folded_key: &str, text: &str) -> bool {
    ctx.indexes.iter().any(|ix| {
        ix.accepted(folded_key)
            .iter()
            .any(|&id| ix.spelling(id).parts.join(" ") == text)
            || ix
                .with_word(folded_key)
                .iter()
                .any(|&id| ix.spelling(id).parts.iter().any(|p| p == text))
    })
}

/// "Kim Jong-un" against "Kim Jong Un": the same letters, joined differently.
fn joined_differently(ctx: &Context<'_, '_>, _misspelled: &HashSet<Occurrence>) -> Vec<Finding> {
    // The mentions' keys, run together in one buffer (no String per mention).
    let mut joined = String::new();
    let mut keyed: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    for (i, m) in ctx.mentions.iter().enumerate() {
        if m.parts.len() < 2 && !has_hyphen(m.parts[0].text) {
            continue;
        }
        if m.parts.iter().any(|p| p.all_caps) || !usable(ctx, i) {
            continue;
        }
        let start = joined.len();
        joined.extend(m.parts.iter().map(|p| p.folded));
        keyed.push((i, start..joined.len()));
    }
    // Grouped by key in one sorted list (each group in mention order), not a Vec per key.
    let mut groups: Vec<(&str, usize)> = keyed.into_iter().map(|(i, r)| (&joined[r], i)).collect();
    groups.sort_unstable();
    let mut out = Vec::new();
    for group in groups.chunk_by(|a, b| a.0 == b.0) {
        if group.len() < 2 {
            continue;
        }
        let key = group[0].0;
        let members: Vec<usize> = group.iter().map(|&(_, i)| i).collect();
        // "African-Americans" and "African Americans" name a group of people,
        // not one person or body, and newsrooms hyphenate them either way.
        if ends_in_demonym(&ctx.mentions[members[0]]) {
            continue;
        }
        // Shape: the words and how they are joined, ignoring case and accents.
        let mut shapes: Vec<(String, Vec<usize>)> = Vec::new();
        for &i in &members {
            let shape = shape(&ctx.mentions[i], ctx);
            match shapes.iter_mut().find(|(s, _)| *s == shape) {
                Some((_, v)) => v.push(i),
                None => shapes.push((shape, vec![i])),
            }
        }
        if shapes.len() < 2 {
            continue;
        }
        let forms: Vec<Form<'_>> = shapes
            .iter()
            .map(|(_, ms)| {
                let text = most_common_text(ctx, ms);
                Form {
                    text,
                    spans: ms.iter().map(|&i| ctx.mentions[i].span.clone()).collect(),
                    preferred: ctx.style.prefer.iter().any(|p| p.trim() == text),
                    reference: is_reference_spelling(ctx, key, text),
                }
            })
            .collect();
        out.extend(report(&forms, "This name"));
    }
    out
}

/// Does the mention end in a word for a people ("Cuban-Americans", "Muslim American")?
fn ends_in_demonym(m: &Mention<'_>) -> bool {
    m.parts.last().is_some_and(|p| {
        p.text
            .rsplit(['-', '‐'])
            .next()
            .is_some_and(|last| gazetteer::is_demonym(&last.to_lowercase()))
    })
}

/// Does a word hold a hyphen ('-' or '‐', which starts with the byte 0xE2)?
fn has_hyphen(word: &str) -> bool {
    word.bytes().any(|b| b == b'-' || b == 0xE2) && word.contains(['-', '‐'])
}

fn shape(m: &Mention<'_>, _ctx: &Context<'_, '_>) -> String {
    let mut s = String::new();
    for (k, p) in m.parts.iter().enumerate() {
        if k > 0 {
            s.push(' ');
        }
        for (n, segment) in p.text.split(['-', '‐']).enumerate() {
            if n > 0 {
                s.push('-');
            }
            fold_into(segment, &mut s);
        }
    }
    s
}

fn most_common_text<'a>(ctx: &Context<'_, 'a>, mentions: &[usize]) -> &'a str {
    let mut counts: Vec<(&'a str, usize)> = Vec::new();
    for &i in mentions {
        let t = ctx.mentions[i].text(ctx.doc);
        match counts.iter_mut().find(|(s, _)| *s == t) {
            Some((_, n)) => *n += 1,
            None => counts.push((t, 1)),
        }
    }
    counts.iter().max_by_key(|(_, n)| *n).map_or("", |(t, _)| t)
}

/// "José" against "Jose", "Jong-Un" against "Jong-un": the same word with other
/// accents or capitals.
/// How many distinct words a table of the draft's name words is sized for up
/// front: twice the mentions, up to 4,096 (an article's few thousand words);
/// past that it grows with what it holds, as a long draft repeats its names
/// (sized for twice the mentions, one table took 21.5 MB on a draft of one
/// article repeated to 8 MB, for a few hundred distinct words).
fn up_front(ctx: &Context<'_, '_>) -> usize {
    (2 * ctx.mentions.len()).min(4096)
}

fn accents_and_case(ctx: &Context<'_, '_>, misspelled: &HashSet<Occurrence>) -> Vec<Finding> {
    // Only a folded word written more than one way can need a finding.
    let mut occurrences: Vec<Occurrence> = Vec::new();
    // (first text, varies); looked up only, so sized up front.
    let mut spelled: HashMap<&str, (&str, bool)> =
        HashMap::with_capacity_and_hasher(up_front(ctx), Default::default());
    let mut any_varies = false;
    for (i, m) in ctx.mentions.iter().enumerate() {
        if !usable(ctx, i) {
            continue;
        }
        for (k, p) in m.parts.iter().enumerate() {
            if comparable(ctx, misspelled, (i, k)) && p.folded.len() >= 2 {
                occurrences.push((i, k));
                let (first, varies) = spelled.entry(p.folded).or_insert((p.text, false));
                *varies |= *first != p.text;
                any_varies |= *varies;
            }
        }
    }
    if !any_varies {
        return Vec::new();
    }
    let mut groups: HashMap<&str, Vec<Occurrence>> = HashMap::default();
    for &(i, k) in &occurrences {
        let folded = ctx.mentions[i].parts[k].folded;
        if spelled[folded].1 {
            groups.entry(folded).or_default().push((i, k));
        }
    }
    let mut out = Vec::new();
    for (folded, occs) in groups {
        let mut forms: Vec<Form<'_>> = Vec::new();
        // Headings may capitalise differently: they count only for accents.
        let mut heading_only: Vec<(&str, Span)> = Vec::new();
        for &(i, k) in &occs {
            let p = &ctx.mentions[i].parts[k];
            if ctx.mentions[i].heading {
                heading_only.push((p.text, p.span.clone()));
                continue;
            }
            add_form(&mut forms, p.text, p.span.clone());
        }
        for (text, span) in heading_only {
            let case_only = forms
                .iter()
                .position(|f| f.text.to_lowercase() == text.to_lowercase());
            match case_only {
                Some(at) => forms[at].spans.push(span),
                None => add_form(&mut forms, text, span),
            }
        }
        if forms.len() < 2 {
            continue;
        }
        for f in &mut forms {
            f.spans.sort_by_key(|s| s.start);
            f.preferred = preferred_word(ctx, f.text);
            f.reference = is_reference_spelling(ctx, folded, f.text);
        }
        forms.sort_by_key(|f| f.spans[0].start);
        out.extend(report(&forms, "This name"));
    }
    out
}

fn add_form<'t>(forms: &mut Vec<Form<'t>>, text: &'t str, span: Span) {
    match forms.iter_mut().find(|f| f.text == text) {
        Some(f) => f.spans.push(span),
        None => forms.push(Form {
            text,
            spans: vec![span],
            preferred: false,
            reference: false,
        }),
    }
}

fn preferred_word(ctx: &Context<'_, '_>, text: &str) -> bool {
    ctx.style
        .prefer
        .iter()
        .any(|p| name_words(p).iter().any(|w| w == text))
}

/// What the article tells about one folded word.
#[derive(Default)]
struct Word<'t> {
    forms: Vec<Form<'t>>,
    /// Used in a mention that is evidently a person's name.
    person: bool,
    /// Used only inside organisation or place names.
    org_only: bool,
    /// As the last word of a full name; the first words it came with.
    as_last: Vec<&'t str>,
    /// As the first word of a full name; the last words it came with.
    as_first: Vec<&'t str>,
    /// On its own ("Mr Souza said").
    alone: bool,
    /// On its own after a title that goes with a given name ("Prince Mohammad").
    titled_alone: bool,
    /// On its own after any title ("Mr. Obama", "President Obama").
    after_title: bool,
    /// Somewhere other than alone at the start of a sentence.
    evidence: bool,
    /// In a headline, where Title Case runs a name into the words after it.
    in_heading: bool,
    /// Alone at the start of a sentence somewhere.
    opens_sentence: bool,
    /// Reference people whose accepted spellings use it here.
    people: Vec<PersonRef>,
}

/// "Zelensky" against "Zelenskyy", "Sousa" against "Souza", "Kowalczyk" against
/// "Kowalczik": one name spelled two ways, judged by how the article uses them.
fn variant_spellings(ctx: &Context<'_, '_>, misspelled: &HashSet<Occurrence>) -> Vec<Finding> {
    // The words that can be compared, where they occur, and each distinct one once.
    let mut occurrences: Vec<Occurrence> = Vec::new();
    let mut distinct: HashSet<&str> =
        HashSet::with_capacity_and_hasher(up_front(ctx), Default::default());
    // Words spelled with ä, ö or ü: the word with ae, oe, ue for them.
    let mut umlaut: HashMap<&str, String> = HashMap::default();
    for (i, m) in ctx.mentions.iter().enumerate() {
        if !usable(ctx, i) {
            continue;
        }
        for (k, p) in m.parts.iter().enumerate() {
            if !comparable(ctx, misspelled, (i, k)) || char_count(p.folded) < 3 {
                continue;
            }
            occurrences.push((i, k));
            distinct.insert(p.folded);
            if !p.text.is_ascii() && p.text.contains(['ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü']) {
                umlaut
                    .entry(p.folded)
                    .or_insert_with(|| fold(&expand_umlauts(p.text)));
            }
        }
    }
    let keys: Vec<&str> = {
        let mut k: Vec<&str> = distinct.into_iter().collect();
        k.sort_unstable();
        k
    };
    // Bucket by first letter (variants agree there), then by length.
    // The transliteration keys, in one buffer (no String per word).
    let mut translit_text = String::new();
    let mut bounds: Vec<std::ops::Range<usize>> = Vec::with_capacity(keys.len());
    for k in &keys {
        let start = translit_text.len();
        translit_into(k, &mut translit_text);
        bounds.push(start..translit_text.len());
    }
    let translits: Vec<&str> = bounds.iter().map(|r| &translit_text[r.clone()]).collect();
    let lengths: Vec<usize> = keys.iter().map(|k| char_count(k)).collect();
    // Pairs of words spelled alike: only these are weighed as one name.
    let mut alike: Vec<(usize, usize, Pair)> = Vec::new();
    let mut candidates = pairs::candidates(&keys, &translits);
    // "Söder"/"Soeder" with more than one umlaut: looked up directly.
    for (n, key) in keys.iter().enumerate() {
        if let Some(Ok(m)) = umlaut.get(key).map(|u| keys.binary_search(&u.as_str())) {
            candidates.push((n.min(m), n.max(m)));
        }
    }
    candidates.sort_unstable();
    candidates.dedup();
    for (a, b) in candidates {
        if let Some(kind) = pair_kind(&keys, &translits, &lengths, &umlaut, a, b) {
            alike.push((a, b, kind));
        }
    }
    if alike.is_empty() {
        return Vec::new();
    }
    let wanted: HashSet<&str> = alike
        .iter()
        .flat_map(|&(a, b, _)| [keys[a], keys[b]])
        .collect();
    let words = word_uses(ctx, &occurrences, &wanted);
    let mut parent: Vec<usize> = (0..keys.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for &(a, b, kind) in &alike {
        let (wa, wb) = (&words[keys[a]], &words[keys[b]]);
        let joined = match kind {
            Pair::Umlaut => umlaut_pair(wa, wb),
            Pair::Alike(short) => same_name(keys[a], keys[b], wa, wb, short),
            Pair::Swapped => {
                company_pair(wa, wb, keys[a], keys[b])
                    || (edit_distance(keys[a], keys[b]) == 1
                        && slip_pair(ctx, keys[a], keys[b], wa, wb))
            }
            Pair::Slip => slip_pair(ctx, keys[a], keys[b], wa, wb),
        };
        if joined {
            let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
            parent[ra] = rb;
        }
    }
    // Clusters of two words or more, each in word order.
    let mut by_root: Vec<(usize, usize)> =
        (0..keys.len()).map(|n| (root(&mut parent, n), n)).collect();
    by_root.sort_unstable();
    let clusters = by_root
        .chunk_by(|x, y| x.0 == y.0)
        .filter(|c| c.len() >= 2)
        .map(|c| c.iter().map(|&(_, n)| n).collect::<Vec<usize>>());
    let mut out = Vec::new();
    for members in clusters {
        let mut forms: Vec<Form<'_>> = Vec::new();
        for &n in &members {
            let w = &words[keys[n]];
            for f in &w.forms {
                forms.push(Form {
                    text: f.text,
                    spans: f.spans.clone(),
                    preferred: preferred_word(ctx, f.text),
                    reference: is_reference_spelling(ctx, keys[n], f.text),
                });
            }
        }
        // Accents and capitals within one folded word are the other check's.
        let w = winner(&forms);
        let wf = fold(forms[w].text);
        let losers: Vec<Form<'_>> = forms
            .into_iter()
            .enumerate()
            .filter(|(k, f)| *k == w || fold(f.text) != wf)
            .map(|(_, f)| f)
            .collect();
        if losers.len() >= 2 {
            out.extend(report(&losers, "This name"));
        }
    }
    out
}

/// What the article tells about each wanted word, from its occurrences.
fn word_uses<'t>(
    ctx: &'t Context<'_, '_>,
    occurrences: &[Occurrence],
    wanted: &HashSet<&str>,
) -> HashMap<&'t str, Word<'t>> {
    let mut words: HashMap<&str, Word<'_>> = HashMap::default();
    let mut person = (usize::MAX, false); // (mention, is a person), for runs of one mention
    for &(i, k) in occurrences {
        let m = &ctx.mentions[i];
        let p = &m.parts[k];
        if !wanted.contains(p.folded) {
            continue;
        }
        if person.0 != i {
            person = (i, is_person(ctx, i));
        }
        let n = m.parts.len();
        let multi = m.word_count() >= 2 && !m.heading;
        let w = words.entry(p.folded).or_insert_with(|| Word {
            org_only: true,
            ..Word::default()
        });
        add_form(&mut w.forms, p.text, p.span.clone());
        w.person |= person.1;
        w.org_only &= m.org;
        if multi && k == n - 1 && !m.org {
            w.as_last.push(m.parts[0].folded);
            // "Actor Clint Howard": the word before the surname is the given name too.
            if let Some(given) = m.parts[1..k].iter().rev().find(|p| p.is_word()) {
                w.as_last.push(given.folded);
            }
        }
        if multi && k == 0 && !m.org {
            w.as_first.push(m.parts[n - 1].folded);
        }
        w.alone |= m.word_count() == 1;
        // Only a headline's first name word can have run into the words after it.
        w.in_heading |= m.heading && k == 0;
        w.opens_sentence |= m.sentence_initial && m.word_count() == 1;
        w.titled_alone |= m.word_count() == 1 && m.titled && given_name_title(ctx, &m.span);
        w.after_title |= m.word_count() == 1 && m.titled;
        if !w.evidence {
            w.evidence = !(m.sentence_initial && m.word_count() == 1)
                || is_ordinary(p.folded)
                || unexplained_word(p.folded)
                || person_cue(ctx.doc, &m.span)
                || possessive_after(ctx.doc, &m.span);
        }
        if let Some(r) = ctx.matched[i] {
            if !w.people.contains(&r) {
                w.people.push(r);
            }
        }
    }
    words
}

/// "Cartre however said": a capitalised word that is no English word is a
/// name even when it opens a sentence, where any word has a capital.
fn unexplained_word(folded: &str) -> bool {
    !is_english_word(folded)
}

/// "Boylle’s question": a possessive after the word marks a name even at the
/// start of a sentence.
fn possessive_after(doc: &crate::document::Document<'_>, span: &Span) -> bool {
    let after = &doc.prose[span.end..];
    ["’s ", "'s ", "’ ", "' "]
        .iter()
        .any(|p| after.starts_with(p))
}

/// Is the mention evidently a person's name?
fn is_person(ctx: &Context<'_, '_>, i: usize) -> bool {
    let m = &ctx.mentions[i];
    if m.titled || ctx.matched[i].is_some() {
        return true;
    }
    if m.org || m.heading {
        return false;
    }
    // "Kudo said", "Whitcombe told reporters".
    if person_cue(ctx.doc, &m.span) {
        return true;
    }
    if m.word_count() < 2 {
        return false;
    }
    let first = &m.parts[0].folded;
    is_common_given(first) || ctx.is_reference_first(first)
}

/// How two candidate words ([`pairs::candidates`]) may be one name, if at all.
fn pair_kind(
    keys: &[&str],
    translits: &[&str],
    lengths: &[usize],
    umlaut: &HashMap<&str, String>,
    a: usize,
    b: usize,
) -> Option<Pair> {
    let short = lengths[a] < 4 || lengths[b] < 4;
    let first_letters = translits[a].chars().next() == translits[b].chars().next();
    // Short words: only a doubled letter ("Lal"/"Lall").
    let same_key = translits[a] == translits[b] && (!short || lengths[a] != lengths[b]);
    let umlauts = umlaut.get(keys[a]).is_some_and(|u| u == keys[b])
        || umlaut.get(keys[b]).is_some_and(|u| u == keys[a]);
    let one_edit = || edit_distance(keys[a], keys[b]) == 1;
    if umlauts {
        Some(Pair::Umlaut)
    } else if same_key
        || (!short && (one_slip(keys[a], keys[b]) || ending_variant(keys[a], keys[b])))
    {
        Some(Pair::Alike(short))
    } else if !short && first_letters && swapped_letters(keys[a], keys[b]) {
        Some(Pair::Swapped)
    } else if lengths[a].max(lengths[b]) >= 4 && one_edit() {
        Some(Pair::Slip)
    } else {
        None
    }
}

/// How many characters a word has (its length, for an ASCII word).
fn char_count(word: &str) -> usize {
    if word.is_ascii() {
        word.len()
    } else {
        word.chars().count()
    }
}

/// One edit apart in words of six letters or more that agree at both ends
/// ("Kristin"/"Kristen"; not "Sweden"/"Swedes").
fn one_slip(a: &str, b: &str) -> bool {
    let (la, lb) = (char_count(a), char_count(b));
    la.min(lb) >= 6
        && la.abs_diff(lb) <= 1
        && a.chars().next() == b.chars().next()
        && a.chars().last() == b.chars().last()
        && edit_distance(a, b) == 1
}

/// How two words came to be compared.
#[derive(Clone, Copy)]
enum Pair {
    /// "Söder"/"Soeder".
    Umlaut,
    /// Transliteration, a slip or a silent ending; `true` for three-letter words.
    Alike(bool),
    /// "Odebrecht"/"Odebretch".
    Swapped,
    /// One edit in a short word or at either end ("Isas"/"Issa", "Walke"/"Walker").
    Slip,
}

/// Is the mention preceded by a title that goes with a given name ("Prince",
/// "Sheikh", "Pope"), not a surname ("Mr", "President")?
fn given_name_title(ctx: &Context<'_, '_>, span: &Span) -> bool {
    let before = ctx.doc.prose[..span.start].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    [
        "prince", "princess", "king", "queen", "sheikh", "sheik", "emir", "sultan", "pope",
        "crown", "lady", "sir", "dame",
    ]
    .contains(&word.as_str())
}

/// "Söder" written "Soeder": the German spelling without umlauts.
fn expand_umlauts(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'Ä' => out.push_str("Ae"),
            'Ö' => out.push_str("Oe"),
            'Ü' => out.push_str("Ue"),
            c => out.push(c),
        }
    }
    out
}

/// One word is the other with a silent ending: a final h after a vowel
/// ("Kudoh"/"Kudo", "al-Hayyah"/"al-Hayya") or a final e after a consonant
/// ("Kishore"/"Kishor", "Whitcombe"/"Whitcomb"); the shorter has four letters or more.
fn ending_variant(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    let Some(end) = long.strip_prefix(short) else {
        return false;
    };
    let before = short.chars().last();
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    short.chars().count() >= 4
        && match end {
            "h" => before.is_some_and(vowel),
            "e" => before.is_some_and(|c| !vowel(c) && c != 'y'),
            _ => false,
        }
}

/// The same letters with a neighbouring group reordered, in a long word that
/// keeps its first four letters ("Odebretch"/"Odebrecht").
fn swapped_letters(a: &str, b: &str) -> bool {
    if a.len() != b.len() || a.chars().count() < 7 || a == b {
        return false;
    }
    if !a.chars().take(4).eq(b.chars().take(4)) {
        return false;
    }
    let mut x: Vec<char> = a.chars().collect();
    let mut y: Vec<char> = b.chars().collect();
    // The words differ only within four neighbouring letters.
    let first = x.iter().zip(&y).position(|(p, q)| p != q).unwrap_or(0);
    let last = x.len()
        - 1
        - x.iter()
            .rev()
            .zip(y.iter().rev())
            .position(|(p, q)| p != q)
            .unwrap_or(0);
    if last - first > 3 {
        return false;
    }
    x.sort_unstable();
    y.sort_unstable();
    x == y
}

/// A company or other name written with letters swapped: both spellings rare
/// words, named outside sentence openings.
fn company_pair(wa: &Word<'_>, wb: &Word<'_>, a: &str, b: &str) -> bool {
    wa.evidence
        && wb.evidence
        && !is_ordinary(a)
        && !is_ordinary(b)
        && (wa.people.is_empty() || wb.people.is_empty())
}

/// "Isas said" beside "Darrell Issa": one edit apart where the stricter pairs
/// do not reach (short words, a slip at either end). Only the rarer spelling can
/// be the slip, so it must be no word a name list or the gazetteer knows
/// (neither is a place: "Sweden"/"Swedes", "Russia"/"Russian"), no plural or
/// demonym of the other ("the Obamas", "Asian"), and the article must pin both on one person.
fn slip_pair(ctx: &Context<'_, '_>, a: &str, b: &str, wa: &Word<'_>, wb: &Word<'_>) -> bool {
    let uses = |w: &Word<'_>| w.forms.iter().map(|f| f.spans.len()).sum::<usize>();
    let (rare, common, n_rare, n_common) = if uses(wa) <= uses(wb) {
        (a, b, uses(wa), uses(wb))
    } else {
        (b, a, uses(wb), uses(wa))
    };
    let (w_rare, w_common) = if rare == a { (wa, wb) } else { (wb, wa) };
    if n_rare >= n_common || n_common < 2 {
        return false;
    }
    // "Mark Cuba" beside "Mark Cuban" is pinned, "Barry Bennetts" is a plural.
    let plurals = rare.strip_suffix('s') == Some(common) || common.strip_suffix('s') == Some(rare);
    if (same_given_name(w_rare, w_common) && !plurals)
        || unintroduced_slip(rare, common, w_rare, w_common)
    {
        return true;
    }
    let known = |w: &str| is_ordinary(w) || ctx.is_reference_word(w);
    // A place name is no slip, but a surname that is also a place ("Joe
    // Madison", "Elizabeth Warren") is compared as the name it is here.
    let place_only = |w: &str, used: &Word<'_>| gazetteer::is_place(w) && used.as_last.is_empty();
    !known(rare)
        && !gazetteer::is_place(rare)
        && !gazetteer::is_organisation(rare)
        && !place_only(common, w_common)
        && !plural(a, b)
        && !plural(b, a)
        && (same_name(a, b, wa, wb, true) || both_titled_surnames(wa, wb))
}

/// "Obamas" of "Obama"; "Asian" of "Asia", "Korean" of "Korea".
fn plural(x: &str, y: &str) -> bool {
    x.strip_suffix('s') == Some(y) || (x.strip_suffix('n') == Some(y) && y.ends_with('a'))
}

/// "Senator Harry Reed" beside "Senator Harry Reid" twice: the same given name
/// before surnames one edit apart is one person, whatever the words mean
/// (the caller leaves out plurals: "the Barry Bennetts of the world").
fn same_given_name(rare: &Word<'_>, common: &Word<'_>) -> bool {
    rare.person
        && common.person
        && !rare.org_only
        && rare
            .as_last
            .iter()
            .any(|g| is_common_given(g) && common.as_last.contains(g))
}

/// "Mr. Bown said" or "Dyle said" beside "Joseph Brown" / "Will Doyle": a
/// surname used once, alone, as a person's (after a title, or with a speech
/// verb), that the article never introduces with a given name, one edit from
/// a surname it does introduce. News copy names a person in full before the
/// surname alone, so the lone one is the slip, even when it is a real name.
fn unintroduced_slip(rare: &str, common: &str, w_rare: &Word<'_>, w_common: &Word<'_>) -> bool {
    let lone = w_rare.as_last.is_empty()
        && w_rare.as_first.is_empty()
        && (w_rare.alone || w_rare.in_heading);
    // Untitled, a common word, a place or its people, or an abbreviation
    // ("Jan.") could be what the sentence means.
    let plain_name = w_rare.after_title
        || (char_count(rare) >= 4
            && !is_english_word(rare)
            && !gazetteer::is_place(rare)
            && !gazetteer::is_organisation(rare)
            && !gazetteer::is_demonym(rare));
    // A headline's word is as much a person's as the article's surname, when
    // it is no word a person is known to bear ("Putni Says Talks Must Wait").
    let headline_name = w_rare.in_heading && !is_ordinary(rare);
    // Untitled and without a speech verb ("Like Coker, Menendez …"), the
    // word must be a name that no sentence opening explains.
    let named_mid_sentence = !w_rare.after_title && !w_rare.opens_sentence;
    lone && plain_name
        && (w_rare.person || headline_name || named_mid_sentence)
        && w_rare.evidence
        && !w_rare.org_only
        && uses_of(w_rare) == 1
        && w_common.person
        && !w_common.org_only
        && w_common.as_first.is_empty()
        && (!w_common.as_last.is_empty() || w_common.after_title)
        && !plural(rare, common)
        && (w_rare.after_title
            || (w_rare.person && !w_common.as_last.is_empty())
            || !plural(common, rare))
}

fn uses_of(w: &Word<'_>) -> usize {
    w.forms.iter().map(|f| f.spans.len()).sum()
}

/// "President Obaam" beside "Mr. Obama": both written alone after a title, as
/// a surname is, and neither ever as a given name.
fn both_titled_surnames(wa: &Word<'_>, wb: &Word<'_>) -> bool {
    let surname_only = |w: &Word<'_>| w.after_title && w.as_first.is_empty() && !w.org_only;
    wa.evidence && wb.evidence && surname_only(wa) && surname_only(wb) && (wa.person || wb.person)
}

/// "Söder" and "Soeder": one of them a person, and not two reference people.
fn umlaut_pair(wa: &Word<'_>, wb: &Word<'_>) -> bool {
    (wa.person || wb.person || wa.alone || wb.alone)
        && !(wa.org_only && wb.org_only)
        && (wa.people.is_empty()
            || wb.people.is_empty()
            || wa.people.iter().any(|p| wb.people.contains(p)))
}

/// Two folded words spelled alike: are they one name, as the article uses them?
/// Short words (three letters) must be pinned by how they are used.
fn same_name(a: &str, b: &str, wa: &Word<'_>, wb: &Word<'_>, short: bool) -> bool {
    if !wa.evidence || !wb.evidence {
        return false;
    }
    // "Back in 2008" beside "President Baack": a common word never used as a
    // name here is not one, unless the other is a surname introduced in full
    // ("Bidden’s interviews" beside "Joe Biden").
    let bare_word = |k: &str, w: &Word<'_>, other: &Word<'_>| {
        !w.person
            && w.as_last.is_empty()
            && w.as_first.is_empty()
            && other.as_last.is_empty()
            && is_english_word(k)
    };
    if bare_word(a, wa, wb) || bare_word(b, wb, wa) {
        return false;
    }
    if !(wa.person || wb.person) || wa.org_only || wb.org_only {
        return false;
    }
    // Both exactly spelled reference names, of different people.
    if !wa.people.is_empty()
        && !wb.people.is_empty()
        && !wa.people.iter().any(|p| wb.people.contains(p))
    {
        return false;
    }
    // Used in the same role with companions that agree ("Dana Kowalczyk" and
    // "Dana Kowalczik"), or with companions that disagree (two people).
    let agree = |x: &[&str], y: &[&str]| {
        x.iter()
            .any(|p| y.iter().any(|q| likeness(p, q) != Likeness::Different))
    };
    let mut pinned = false;
    // Different given names make two people ("Clint Howard", "Ron Howard"),
    // unless one surname is no word a person is known to bear ("Ron Howarrd").
    if !wa.as_last.is_empty() && !wb.as_last.is_empty() {
        if !agree(&wa.as_last, &wb.as_last) && !unattested_slip(a, b, wa, wb, short) {
            return false;
        }
        pinned = true;
    }
    if !wa.as_first.is_empty() && !wb.as_first.is_empty() {
        if !agree(&wa.as_first, &wb.as_first) {
            return false;
        }
        pinned = true;
    }
    // A given name on one side and a surname on the other: two people.
    let only_first = |w: &Word<'_>| !w.as_first.is_empty() && w.as_last.is_empty() && !w.alone;
    let only_last = |w: &Word<'_>| w.as_first.is_empty() && (!w.as_last.is_empty() || w.alone);
    let titled_given =
        |alone: &Word<'_>, full: &Word<'_>| alone.titled_alone && !full.as_first.is_empty();
    if (only_first(wa) && only_last(wb) && !titled_given(wb, wa))
        || (only_first(wb) && only_last(wa) && !titled_given(wa, wb))
    {
        return false;
    }
    // A surname used alone that refers back to one introduced in full.
    // "Prince Mohammad" after "Mohammed bin Salman": titled, by the given name.
    let back_reference = |alone: &Word<'_>, full: &Word<'_>| {
        alone.as_last.is_empty()
            && alone.as_first.is_empty()
            && alone.alone
            && (!full.as_last.is_empty()
                || full.after_title && full.as_first.is_empty()
                || (alone.titled_alone && !full.as_first.is_empty()))
    };
    pinned |= back_reference(wa, wb) || back_reference(wb, wa);
    if short || (is_ordinary(a) && is_ordinary(b)) {
        return pinned;
    }
    true
}

/// "Ron Howarrd" beside "Clint Howard" twice: two given names, but the
/// surname written once is no word a person is known to bear, so it is the
/// slip, not a relative. Only long words, with common given names on both sides.
fn unattested_slip(a: &str, b: &str, wa: &Word<'_>, wb: &Word<'_>, short: bool) -> bool {
    let attested = |k: &str| is_ordinary(k) || is_english_word(k);
    let once = |w: &Word<'_>| uses_of(w) == 1;
    let given = |w: &Word<'_>| w.as_last.iter().any(|g| is_common_given(g));
    !short
        && given(wa)
        && given(wb)
        && ((once(wa) && !attested(a) && uses_of(wb) >= 2)
            || (once(wb) && !attested(b) && uses_of(wa) >= 2))
}

/// House style: any other spelling of a preferred name is flagged.
fn house_style(ctx: &Context<'_, '_>, misspelled: &HashSet<Occurrence>) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    for preferred in &ctx.style.prefer {
        let words = name_words(preferred);
        if words.is_empty() {
            continue;
        }
        let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
        let key = folded.concat();
        let house = words.join(" ");
        // Word aliases: the same word under transliteration, or another accepted
        // spelling of the same reference person.
        let mut aliases: Vec<(String, String)> = Vec::new(); // (folded alias, house word)
        for ix in ctx.indexes {
            let Some(&id) = ix.accepted(&key).first() else {
                continue;
            };
            let person = ix.spelling(id).person;
            for s in ix.spellings.iter().filter(|s| s.person == person) {
                if s.folded.len() == folded.len() {
                    for (a, h) in s.folded.iter().zip(&words) {
                        if *a != fold(h) {
                            aliases.push((a.to_string(), h.clone()));
                        }
                    }
                } else if s.folded.len() == 1 && folded.len() > 1 {
                    aliases.push((s.folded[0].to_string(), words[words.len() - 1].clone()));
                }
            }
        }
        let mut hits: Vec<(Span, String, String)> = Vec::new(); // (span, written, house)
        for (i, m) in ctx.mentions.iter().enumerate() {
            if !usable(ctx, i) || m.parts.iter().any(|p| p.all_caps) {
                continue;
            }
            let written = m.text(ctx.doc);
            if m.key_is(&key) && m.word_count() >= 2 {
                if written != house {
                    hits.push((m.span.clone(), written.to_owned(), house.clone()));
                }
                continue;
            }
            for (k, p) in m.parts.iter().enumerate() {
                if !comparable(ctx, misspelled, (i, k)) {
                    continue;
                }
                let word_hit = words.iter().zip(&folded).find(|(w, f)| {
                    p.text != w.as_str()
                        && f.chars().count() >= 4
                        && (p.folded == **f || same_translit(p.folded, f))
                });
                let target = word_hit.map(|(w, _)| w.clone()).or_else(|| {
                    aliases
                        .iter()
                        .find(|(a, h)| *a == p.folded && p.text != h.as_str())
                        .map(|(_, h)| h.clone())
                });
                if let Some(t) = target {
                    hits.push((p.span.clone(), p.text.to_owned(), t));
                }
            }
        }
        if hits.is_empty() {
            continue;
        }
        let throughout: Vec<Edit> = hits
            .iter()
            .map(|(s, _, t)| Edit {
                span: s.clone(),
                text: t.clone(),
            })
            .collect();
        for (span, written, target) in &hits {
            if out.iter().any(|f| overlaps(&f.span, span)) {
                continue;
            }
            let mut f = Finding::new(
                Rule::InconsistentName,
                span.clone(),
                format!("House style spells this name “{house}”, not “{written}”"),
            )
            .with_fix(Fix::replace(
                format!("Change to {target}"),
                span.clone(),
                target.clone(),
            ));
            if throughout.len() > 1 {
                let mut edits = throughout.clone();
                edits.sort_by_key(|e| e.span.start);
                f = f.with_fix(Fix {
                    title: format!("Use {house} throughout"),
                    edits,
                });
            }
            f.acceptable_name = Some(written.clone());
            out.push(f);
        }
    }
    out
}
