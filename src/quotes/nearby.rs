//! Where else a quotation's speaker may be named: anywhere in its paragraph,
//! the paragraph it continues, the paragraph that follows, or a source tag.

use super::attribution;
use super::context::Context;
use super::matter;
use super::pairing::{Part, Quotation};

/// Whether the text around a quotation credits a speaker or a source, looked
/// for beyond the sentences next to it: any sentence of a paragraph it runs
/// through; a clause introducing it with a colon; a source tag after it
/// ("[Reuters]"); for a quotation that opens its paragraph, the paragraph
/// before (a speaker named there, or quoted words there: the same voice
/// going on); for one that ends its paragraph, the opening sentence of the
/// paragraph after ("That was how the mayor put it.").
pub fn speaker_around(cx: &Context<'_, '_>, q: &Quotation) -> bool {
    let (Some(first), Some(last)) = (q.parts.first(), q.parts.last()) else {
        return false;
    };
    if matter::presented_without_owner(cx, q) {
        return false;
    }
    if q.parts.iter().any(|part| around_credits(cx, part)) {
        return true;
    }
    if introduced_by_clause(cx, first) || source_tag_follows(cx, last) {
        return true;
    }
    if follows_a_quotation(cx, first) || headline_style(cx, q) || doubled_mark(cx, first) {
        return true;
    }
    if labelled(cx, first.para) || credit_inside(cx, q) {
        return true;
    }
    let opens = first.span.start == cx.doc.paragraphs[first.para].span.start;
    if opens && first.para > 0 && continues(cx, first.para - 1) {
        return true;
    }
    if first.para > 0 && about_them(cx, first) && continues(cx, first.para - 1) {
        return true;
    }
    let ends = cx.prose()[last.span.end..cx.doc.paragraphs[last.para].span.end]
        .trim()
        .is_empty();
    let next = last.para + 1;
    let whole = opens && ends;
    ends && next < cx.doc.paragraphs.len()
        && (opening_credits(cx, next)
            || credit_line(cx, next)
            || (whole && quote_goes_on(cx, next)))
}

/// Two single marks typed for a double one (`''` as in typewritten copy),
/// read as a single quotation inside another: its real extent is unknown.
fn doubled_mark(cx: &Context<'_, '_>, part: &Part) -> bool {
    let before = &cx.prose()[..part.span.start];
    before.ends_with(['\'', '’', '‘']) || cx.prose()[part.span.end..].starts_with(['\'', '’'])
}

/// How many words a credit line may have: `Josh Smith, Policy Institute.`
const CREDIT_WORDS: usize = 8;

/// A quotation whose last line, inside the marks, names its source (a pull
/// quote): `“We will rebuild.` / `Jo Smith, council leader.”`
fn credit_inside(cx: &Context<'_, '_>, q: &Quotation) -> bool {
    let Some(last) = q.parts.last() else {
        return false;
    };
    let text = cx.prose()[last.span.clone()].trim_end_matches(['”', '"', '’', '\'']);
    q.parts.len() >= 2
        && text.starts_with(char::is_uppercase)
        && text.split_whitespace().count() <= CREDIT_WORDS
}

/// Paragraph `p` is a credit line: `— Jane Doe`, `-Mayor Jones, at the rally.`
fn credit_line(cx: &Context<'_, '_>, p: usize) -> bool {
    let text = cx.prose()[cx.doc.paragraphs[p].span.clone()].trim_start();
    let rest = text.strip_prefix(['—', '–', '―', '-']).map(str::trim_start);
    rest.is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// Paragraph `p` opens with quoted words whose speaker its first sentences
/// name: a paragraph of quotation before it is the same voice, its credit
/// postponed. (A quotation after the writer's own sentences may be somebody
/// else's.)
fn quote_goes_on(cx: &Context<'_, '_>, p: usize) -> bool {
    let para = &cx.doc.paragraphs[p];
    let opens_quoted = cx
        .quoted_in(p, para.span.clone())
        .next()
        .is_some_and(|q| q.start == para.span.start);
    opens_quoted && (0..para.sentences.len().min(2)).any(|i| cx.names_speaker(p, i))
}

/// The quotation follows another in its paragraph with nothing but
/// punctuation between: `“Is it over?” … “Have you lost?”` — one run of
/// quoted words, credited (or not) as a whole.
fn follows_a_quotation(cx: &Context<'_, '_>, part: &Part) -> bool {
    let para = cx.doc.paragraphs[part.para].span.clone();
    let Some(previous) = cx
        .quoted_in(part.para, para.start..part.span.start)
        .filter(|q| q.end <= part.span.start)
        .last()
    else {
        return false;
    };
    let between = &cx.prose()[previous.end..part.span.start];
    !between.chars().any(char::is_alphanumeric)
}

/// How many words a paragraph may have to read as a headline or section title.
const HEADLINE_WORDS: usize = 12;

/// A headline or section title quoting someone in single marks, in copy
/// that quotes in double marks (the American style): `‘A change warrior.’`
fn headline_style(cx: &Context<'_, '_>, q: &Quotation) -> bool {
    let Some(first) = q.parts.first() else {
        return false;
    };
    let single = |span: &std::ops::Range<usize>| cx.prose()[span.start..].starts_with(['‘', '\'']);
    if q.parts.len() != 1 || !single(&first.span) {
        return false;
    }
    let para = cx.doc.paragraphs[first.para].span.clone();
    if cx.prose()[para.clone()].split_whitespace().count() > HEADLINE_WORDS {
        return false;
    }
    let (mut singles, mut doubles) = (0usize, 0usize);
    for (p, paragraph) in cx.doc.paragraphs.iter().enumerate() {
        for quoted in cx.quoted_in(p, paragraph.span.clone()) {
            if single(quoted) {
                singles += 1;
            } else {
                doubles += 1;
            }
        }
    }
    doubles > singles
}

/// How many sentences of its own paragraph either side of a quotation may
/// name its speaker.
const AROUND: usize = 3;

/// How many closing sentences of the paragraph before may name the speaker
/// of a quotation that opens its paragraph.
const CLOSING: usize = 2;

/// Whether a sentence of the part's paragraph within [`AROUND`] of it credits a speaker.
fn around_credits(cx: &Context<'_, '_>, part: &Part) -> bool {
    let count = cx.doc.paragraphs[part.para].sentences.len();
    let first = cx.sentence_at(part.para, part.span.start);
    let last = cx.sentence_at(part.para, part.span.end.saturating_sub(1));
    let from = first.saturating_sub(AROUND);
    let to = (last + AROUND + 1).min(count);
    (from..to).any(|i| cx.names_speaker(part.para, i))
}

/// Whether paragraph `p` opens by pointing back at the quotation before it
/// and crediting it: “That was how the mayor put it.”, “Those were the
/// words of …”, “So said the coach.” (A speaker merely named there may be
/// somebody new.)
fn opening_credits(cx: &Context<'_, '_>, p: usize) -> bool {
    const BACK: &[&str] = &["that", "these", "this", "those", "so", "such"];
    let Some(span) = cx.doc.paragraphs[p].sentences.first().cloned() else {
        return false;
    };
    let points_back = cx
        .words_outside(span)
        .first()
        .is_some_and(|w| BACK.iter().any(|b| w.text.eq_ignore_ascii_case(b)));
    points_back && cx.names_speaker(p, 0)
}

/// The closing sentences of paragraph `p` name a speaker or quote somebody's
/// words, so a quotation opening the paragraph after it may be the same voice
/// going on.
fn continues(cx: &Context<'_, '_>, p: usize) -> bool {
    let count = cx.doc.paragraphs[p].sentences.len();
    if (0..count).all(|i| cx.all_quoted(p, i)) || labelled(cx, p) || reopens(cx, p) {
        return true;
    }
    (count.saturating_sub(CLOSING)..count).any(|i| {
        let span = cx.sentence(p, i);
        attribution::reports_speech(cx.prose(), cx.words_outside(span.clone()))
            || cx
                .quoted_in(p, span)
                .any(|quoted| matter::is_speech(cx, p, quoted.clone()))
    })
}

/// Paragraph `p` opens with a quotation mark that it does not close: a
/// quotation running on over paragraphs, each reopened (`Ward stated:` /
/// `"…` / `"…` / `"…"`), which the paragraph after goes on with.
fn reopens(cx: &Context<'_, '_>, p: usize) -> bool {
    let span = cx.doc.paragraphs[p].span.clone();
    let text = cx.prose()[span].trim_end();
    let opens = text.starts_with(['"', '“', '‘']);
    let closes = text.trim_end_matches(['.', ')']).ends_with(['"', '”', '’']);
    opens && !closes
}

/// Paragraph `p` opens with a speaker's label: `HOST: …`, `Mayor Jones: “…”`.
fn labelled(cx: &Context<'_, '_>, p: usize) -> bool {
    let span = cx.doc.paragraphs[p].span.clone();
    let text = &cx.prose()[span];
    let Some((label, _)) = text.split_once(':') else {
        return false;
    };
    let words: Vec<&str> = label.split_whitespace().collect();
    (1..=4).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// The sentence just before the quotation, in its paragraph, is about a
/// person by pronoun (“Why was he out in the heat?”, “After his sentence,
/// she was deported.”): the speaker of the paragraph before still holds the floor.
fn about_them(cx: &Context<'_, '_>, part: &Part) -> bool {
    const PERSONAL: &[&str] = &["he", "him", "his", "she", "her"];
    let at = cx.sentence_at(part.para, part.span.start);
    let Some(before) = at.checked_sub(1) else {
        return false;
    };
    let span = cx.sentence(part.para, before);
    if span.end > part.span.start {
        return false;
    }
    cx.words_outside(span)
        .iter()
        .any(|w| PERSONAL.iter().any(|p| w.text.eq_ignore_ascii_case(p)))
}

/// `The statement ended on a warning: “…”`, `He leaned in and boomed: “…”`: a
/// clause introduces the quotation with a colon, and has an agent who may
/// be its source (not `It’s simple: “…”`).
fn introduced_by_clause(cx: &Context<'_, '_>, part: &Part) -> bool {
    let sentence = cx.sentence(part.para, cx.sentence_at(part.para, part.span.start));
    let start = sentence.start.min(part.span.start);
    let prefix = &cx.prose()[start..part.span.start];
    let words = cx.words_outside(start..part.span.start);
    prefix.trim_end().ends_with(':') && matter::has_agent(cx.prose(), words)
}

/// How many words a source tag may have: `[Reuters]`, `(The Times of London)`.
const TAG_WORDS: usize = 6;

/// A source in brackets right after the quotation: `“…” [Wire service]`.
fn source_tag_follows(cx: &Context<'_, '_>, part: &Part) -> bool {
    if part.close.is_none() {
        return false;
    }
    let para_end = cx.doc.paragraphs[part.para].span.end;
    let after = cx.prose()[part.span.end.min(para_end)..para_end].trim_start();
    let after = after.trim_start_matches(['.', ',']).trim_start();
    let Some(inner) = after.strip_prefix(['[', '(']) else {
        return false;
    };
    let Some(end) = inner.find([']', ')']) else {
        return false;
    };
    let tag = &inner[..end];
    let words = tag.split_whitespace().count();
    tag.starts_with(char::is_uppercase) && (1..=TAG_WORDS).contains(&words)
}
