//! The findings: what a copy editor writes in the margin about a quotation,
//! and the quick-fixes that mend it.

use std::ops::Range;

use super::attribution;
use super::context::Context;
use super::marks::{Mark, Style};
use super::pairing::{Cut, Problem, Quotation};
use crate::finding::{Edit, Finding, Fix, Rule};

/// The placeholder a fix puts where the speaker's name belongs.
pub const WHO: &str = "[WHO]";

/// An opening mark never closed, a closing mark never opened, or a pair of
/// marks that do not match.
pub fn unclosed(cx: &Context<'_, '_>, problem: &Problem) -> Option<Finding> {
    match problem {
        Problem::Unclosed {
            open,
            para,
            runs_to,
            cut_by,
        } => Some(never_closed(cx, open, *para, *runs_to, *cut_by)),
        Problem::Orphan { close, para } => Some(never_opened(cx, close, *para)),
        Problem::Mismatched { open, close } => Some(mismatched(cx, open, close)),
        Problem::Backwards { mark, opens } => Some(backwards(cx, mark, *opens)),
        Problem::Nested { outer, inner } => nested(cx, outer, inner),
        Problem::Doubled { first, second } => Some(doubled(cx, first, second)),
        Problem::Crossed { first, second } => Some(crossed(first, second)),
    }
}

/// Two closing marks swapped: `‘a wall” on the border,’` — each closes the
/// other's quote.
fn crossed(first: &Mark, second: &Mark) -> Finding {
    let (a, b) = (first.closing_char(), second.closing_char());
    let message = format!(
        "Closing quotation marks swapped: {a} closes the quote opened with {}, and {b} the one opened with {}",
        second.opening_char(),
        first.opening_char()
    );
    Finding::new(Rule::UnclosedQuote, first.at..second.end(), message)
        .with_related(
            second.span(),
            "this mark and the first one belong the other way round",
        )
        .with_fix(Fix {
            title: format!("Swap the closing marks: {b} … {a}"),
            edits: vec![
                Edit {
                    span: first.span(),
                    text: b.to_string(),
                },
                Edit {
                    span: second.span(),
                    text: a.to_string(),
                },
            ],
        })
}

/// A mark typed the wrong way round: `the “review“ of`, `He says,” there`.
fn backwards(cx: &Context<'_, '_>, mark: &Mark, opens: bool) -> Finding {
    let prose = cx.prose();
    let (typed, right) = (&prose[mark.span()], right_char(mark, opens));
    let space_before = prose[..mark.at]
        .chars()
        .next_back()
        .is_some_and(char::is_whitespace);
    let line_start = prose[..mark.at]
        .chars()
        .rev()
        .find(|&c| c != ' ' && c != '\t')
        .is_none_or(|c| c == '\n');
    let after = &prose[mark.end()..];
    let spaces_after = after.len() - after.trim_start_matches([' ', '\t']).len();
    let edit = if opens && spaces_after > 0 {
        // `says,” there` becomes `says, “there`; `” … in` becomes `“… in`.
        let lead = if space_before || line_start { "" } else { " " };
        (mark.at..mark.end() + spaces_after, format!("{lead}{right}"))
    } else if !opens && space_before && ends_paragraph(cx, mark) {
        // `that. “` at the end of a paragraph becomes `that.”`.
        let spaces = prose[..mark.at].len() - prose[..mark.at].trim_end_matches([' ', '\t']).len();
        (mark.at - spaces..mark.end(), right.to_string())
    } else {
        (mark.span(), right.to_string())
    };
    let job = if opens { "Opening" } else { "Closing" };
    let message =
        format!("{job} quotation mark typed the wrong way round: {typed} where {right} belongs");
    Finding::new(Rule::UnclosedQuote, mark.span(), message).with_fix(Fix::replace(
        format!("Use {right}"),
        edit.0,
        edit.1,
    ))
}

/// Nothing but spaces follows `mark` in its paragraph.
fn ends_paragraph(cx: &Context<'_, '_>, mark: &Mark) -> bool {
    let end = cx
        .doc
        .paragraph_at(mark.at)
        .map_or(mark.end(), |p| cx.doc.paragraphs[p].span.end);
    cx.prose()[mark.end()..end.max(mark.end())]
        .trim()
        .is_empty()
}

/// The mark that does the job `mark` did, typed the right way round.
fn right_char(mark: &Mark, opens: bool) -> char {
    if opens {
        mark.opening_char()
    } else {
        mark.closing_char()
    }
}

/// Double marks inside a double-quoted quotation: one finding for the
/// quotation, offering single marks for every quote inside it.
fn nested(cx: &Context<'_, '_>, outer: &Mark, inner: &[(Mark, Mark)]) -> Option<Finding> {
    let (first_open, first_close) = inner.first()?;
    let single = |m: &Mark, opens: bool| match (m.style, opens) {
        (Style::Curly, true) => '‘',
        (Style::Curly, false) => '’',
        (Style::Straight, _) => '\'',
    };
    let shown = excerpt(
        first_open.opening_char(),
        &cx.prose()[first_open.end()..first_close.at.max(first_open.end())],
        Some(first_close.closing_char()),
    );
    let message = format!(
        "Double quotation marks inside a quotation in double marks: use single marks for the quote inside ({shown})"
    );
    let edits = inner
        .iter()
        .flat_map(|(open, close)| {
            [
                Edit {
                    span: open.span(),
                    text: single(open, true).to_string(),
                },
                Edit {
                    span: close.span(),
                    text: single(close, false).to_string(),
                },
            ]
        })
        .collect();
    let mut finding = Finding::new(
        Rule::UnclosedQuote,
        first_open.at..first_close.end(),
        message,
    )
    .with_related(outer.span(), "the quotation around it opens here");
    for (open, close) in &inner[1..] {
        finding = finding.with_related(
            open.at..close.end(),
            "another quote inside it in double marks",
        );
    }
    Some(finding.with_fix(Fix {
        title: "Use single marks inside the quotation".into(),
        edits,
    }))
}

/// The same opening mark typed twice: `““We`.
fn doubled(cx: &Context<'_, '_>, first: &Mark, second: &Mark) -> Finding {
    let typed = &cx.prose()[first.span()];
    let message = format!("Opening quotation mark typed twice: delete one {typed}");
    Finding::new(Rule::UnclosedQuote, first.at..second.end(), message).with_fix(Fix::replace(
        format!("Delete the second {typed}"),
        first.end()..second.end(),
        String::new(),
    ))
}

fn mismatched(cx: &Context<'_, '_>, open: &Mark, close: &Mark) -> Finding {
    let right = open.closing_char();
    let shown = excerpt(
        open.opening_char(),
        &cx.prose()[open.end()..close.at.max(open.end())],
        Some(close.closing_char()),
    );
    let message = format!(
        "Quotation opens with {} but closes with {}: close it with {right} ({shown})",
        open.opening_char(),
        close.closing_char()
    );
    Finding::new(Rule::UnclosedQuote, open.at..close.end(), message)
        .with_related(
            close.span(),
            "this closing mark does not match the opening one",
        )
        .with_fix(Fix::replace(
            format!("Close the quotation with {right}"),
            close.span(),
            right.to_string(),
        ))
}

fn never_closed(
    cx: &Context<'_, '_>,
    open: &Mark,
    para: usize,
    runs_to: usize,
    cut_by: Cut,
) -> Finding {
    let prose = cx.prose();
    let runs_to = runs_to.max(open.end());
    let brk = attribution::break_in(prose, open.end()..runs_to);
    let sentence_end = cx.sentence(para, cx.sentence_at(para, open.at)).end;
    let end = brk.unwrap_or_else(|| sentence_end.clamp(open.end(), runs_to));
    let close = open.closing_char();
    let shown = excerpt(open.opening_char(), &prose[open.end()..end], None);
    let why = match cut_by {
        Cut::NextQuote => "another quotation opens before it ends",
        Cut::ParagraphEnd => paragraph_end(cx, para),
        Cut::OuterClose => "the quotation around it closes first",
        Cut::PastSpeaker => "the quoted words run on past the speaker to the paragraph's end",
    };
    let message = format!(
        "Quotation is never closed: {why}. Add the closing {close} where the quoted words end ({shown})"
    );
    let mut finding = Finding::new(Rule::UnclosedQuote, open.at..end, message);
    if let Some(b) = brk {
        finding = finding.with_related(
            b - 1..b,
            "the quoted words probably end here, before the speaker",
        );
        if closing_here_is_safe(cx, open, para, b) {
            finding = finding.with_fix(Fix::replace(
                format!("Close the quotation: insert {close}"),
                b..b,
                close.to_string(),
            ));
        }
    }
    finding
}

/// Whether closing the quote opened by `open` at `b` (before the speaker
/// found there) surely keeps the reporter's words out of it. Not when the
/// words before `b` may be the start of the speaker's description (`…
/// priority, the bespectacled, 71-year-old diplomat said`), nor, in a later
/// sentence than the opening mark's, when the speaker's clause goes on
/// (`… fees. Asked if he meant it, Trump replied, “Well…`): there the
/// reporter's words may come first.
fn closing_here_is_safe(cx: &Context<'_, '_>, open: &Mark, para: usize, b: usize) -> bool {
    let prose = cx.prose();
    let before = prose[open.end()..b - 1].trim_end();
    let fragment = before
        .rfind(',')
        .map_or(before, |c| before[c + 1..].trim_start());
    let mut words = fragment.split_whitespace();
    let determiner = words.next().is_some_and(|w| {
        ["the", "a", "an", "his", "her", "their", "its"]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
    });
    if determiner && fragment.split_whitespace().count() <= 2 {
        return false;
    }
    let opened_in = cx.sentence_at(para, open.at);
    let broken_in = cx.sentence_at(para, b - 1);
    let same_paragraph = open.at >= cx.doc.paragraphs[para].span.start;
    if same_paragraph && opened_in == broken_in {
        return true;
    }
    let rest = &prose[b..cx.sentence(para, broken_in).end.max(b)];
    const SHORT_CLAUSE: usize = 6;
    rest.split_whitespace().count() <= SHORT_CLAUSE && !rest.contains(['“', '"', '‘', '\''])
}

/// Why a quote open at the end of paragraph `para` is not carried on: said
/// of the next paragraph only what is true of it.
fn paragraph_end(cx: &Context<'_, '_>, para: usize) -> &'static str {
    let Some(next) = cx.doc.paragraphs.get(para + 1) else {
        return "the text ends without it";
    };
    let opens_with_mark = cx.prose()[next.span.clone()]
        .trim_start()
        .starts_with(['“', '‘', '"', '\'', '”', '’']);
    if opens_with_mark {
        "the paragraph ends without it"
    } else {
        "the paragraph ends without it, and the next paragraph does not reopen it"
    }
}

fn never_opened(cx: &Context<'_, '_>, close: &Mark, para: usize) -> Finding {
    let prose = cx.prose();
    let sentence = cx.sentence(para, cx.sentence_at(para, close.at));
    let from = sentence.start.min(close.at);
    // Start after any other mark earlier in the sentence.
    let start = prose[from..close.at]
        .char_indices()
        .rfind(|&(_, c)| matches!(c, '“' | '”' | '‘' | '"'))
        .map_or(from, |(i, c)| from + i + c.len_utf8());
    let start = start + (prose[start..close.at].len() - prose[start..close.at].trim_start().len());
    let opener = close.opening_char();
    let shown = excerpt('…', &prose[start..close.at], Some(close.closing_char()));
    let message = format!(
        "Closing {} has no opening mark: show where the quotation starts with {opener} ({shown})",
        close.closing_char()
    );
    let mut finding = Finding::new(Rule::UnclosedQuote, start..close.end(), message);
    // The start is clear when the quote fills the sentence up to its speaker:
    // `I miss her every day,” he said.`
    let whole_sentence = start == sentence.start
        && prose[start..].starts_with(char::is_uppercase)
        && close.after_punctuation
        && attribution::speaker_follows(&prose[close.end()..sentence.end.max(close.end())]);
    if whole_sentence {
        finding = finding.with_fix(Fix::replace(
            format!("Open the quotation: insert {opener}"),
            start..start,
            opener.to_string(),
        ));
    }
    finding
}

/// Quoted words with no speaker.
pub fn unattributed(cx: &Context<'_, '_>, q: &Quotation) -> Option<Finding> {
    let open = q.open()?;
    let close = q.close()?;
    let span = q.span();
    let shown = excerpt(
        open.opening_char(),
        &cx.prose()[open.end()..close.at.max(open.end())],
        Some(close.closing_char()),
    );
    let message = format!("Quotation has no speaker: add who said it ({shown})");
    let mut finding = Finding::new(Rule::UnattributedQuote, span, message);
    if let Some(fix) = speaker_placeholder(cx, q, close) {
        finding = finding.with_fix(fix);
    }
    Some(finding)
}

/// The fix for a quotation without a speaker: a `[WHO] said` placeholder after
/// the closing mark, punctuated so the sentence still reads:
///
/// - `“We will rebuild.”` becomes `“We will rebuild,” [WHO] said.`
/// - `“Why?”` becomes `“Why?” [WHO] said.`
/// - `‘We will rebuild’.` becomes `‘We will rebuild’, [WHO] said.`
/// - `hailed as ‘a triumph’ and` becomes `hailed as ‘a triumph’, [WHO] said, and`
fn speaker_placeholder(cx: &Context<'_, '_>, q: &Quotation, close: &Mark) -> Option<Fix> {
    let prose = cx.prose();
    let last = q.parts.last()?;
    let sentence = cx.sentence(last.para, cx.sentence_at(last.para, close.at));
    let rest = &prose[close.end()..sentence.end.max(close.end())];
    let ends_sentence = !rest.chars().any(char::is_alphanumeric);
    let at = close.end();
    let insert = |text: String| Edit { span: at..at, text };
    let edits = match prose[..close.at].chars().next_back() {
        Some('.') => {
            let stop = if ends_sentence { "." } else { "" };
            vec![
                Edit {
                    span: close.at - 1..close.at,
                    text: ",".into(),
                },
                insert(format!(" {WHO} said{stop}")),
            ]
        }
        Some('?' | '!') => {
            let stop = if rest.trim().is_empty() { "." } else { "" };
            vec![insert(format!(" {WHO} said{stop}"))]
        }
        Some(',') => vec![insert(format!(" {WHO} said,"))],
        _ => match rest.trim_start().chars().next() {
            None | Some('.' | '?' | '!' | ';' | ',' | ':' | ')') => {
                vec![insert(format!(", {WHO} said"))]
            }
            Some(_) => vec![insert(format!(", {WHO} said,"))],
        },
    };
    Some(Fix {
        title: format!("Add a speaker: {WHO} said"),
        edits,
    })
}

/// A Markdown block quotation (paragraphs `paras`) with no speaker.
pub fn unattributed_block(cx: &Context<'_, '_>, paras: Range<usize>) -> Option<Finding> {
    let first = cx.doc.paragraphs.get(paras.start)?;
    let last = cx.doc.paragraphs.get(paras.end.checked_sub(1)?)?;
    let span = first.span.start..last.span.end;
    let shown = excerpt('“', &cx.prose()[span.clone()], Some('”'));
    let message = format!(
        "Block quotation has no speaker: introduce it with who said it, or end it with a “— Name” line ({shown})"
    );
    let at = last.span.end;
    Some(
        Finding::new(Rule::UnattributedQuote, span, message).with_fix(Fix::replace(
            format!("Add a speaker line: — {WHO}"),
            at..at,
            format!("\n> — {WHO}"),
        )),
    )
}

/// The first few words of quoted text, for a message: `“We will rebuild the town…”`.
fn excerpt(open: char, content: &str, close: Option<char>) -> String {
    const SHOWN: usize = 6;
    let words: Vec<&str> = content.split_whitespace().take(SHOWN + 1).collect();
    let close = close.map(String::from).unwrap_or_default();
    if words.len() <= SHOWN {
        return format!("{open}{}{close}", words.join(" "));
    }
    let head = words[..SHOWN].join(" ");
    let head = head.trim_end_matches([',', ';', ':', '.', '—', '–', '-']);
    format!("{open}{head}…{close}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_short() {
        assert_eq!(
            excerpt('“', "We will rebuild.", Some('”')),
            "“We will rebuild.”"
        );
        assert_eq!(
            excerpt(
                '‘',
                "We will rebuild the whole town, every street of it",
                None
            ),
            "‘We will rebuild the whole town…"
        );
    }
}
