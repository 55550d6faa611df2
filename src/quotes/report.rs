//! The findings: what a copy editor writes in the margin about a quotation,
//! and the quick-fixes that mend it.

use std::ops::Range;

use super::attribution;
use super::context::Context;
use super::marks::Mark;
use super::pairing::{Cut, Problem, Quotation};
use crate::finding::{Finding, Fix, Rule};

/// An opening mark never closed, or a closing mark never opened.
pub fn unclosed(cx: &Context<'_, '_>, problem: &Problem) -> Finding {
    match problem {
        Problem::Unclosed {
            open,
            para,
            runs_to,
            cut_by,
        } => never_closed(cx, open, *para, *runs_to, *cut_by),
        Problem::Orphan { close, para } => never_opened(cx, close, *para),
        Problem::Mismatched { open, close } => mismatched(cx, open, close),
    }
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
        Cut::ParagraphEnd => {
            "the paragraph ends without it, and the next paragraph does not reopen it"
        }
        Cut::OuterClose => "the quotation around it closes first",
    };
    let message = format!(
        "Quotation is never closed: {why}. Add the closing {close} where the quoted words end ({shown})"
    );
    let mut finding = Finding::new(Rule::UnclosedQuote, open.at..end, message);
    if let Some(b) = brk {
        finding = finding
            .with_related(
                b - 1..b,
                "the quoted words probably end here, before the speaker",
            )
            .with_fix(Fix::replace(
                format!("Close the quotation: insert {close}"),
                b..b,
                close.to_string(),
            ));
    }
    finding
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

/// Quoted words with no speaker. No fix is offered: only the writer knows
/// the speaker, and a placeholder typed into the copy ("[WHO] said") would
/// be wrong copy wherever it landed.
pub fn unattributed(cx: &Context<'_, '_>, q: &Quotation) -> Option<Finding> {
    let open = q.open()?;
    let close = q.close()?;
    let shown = excerpt(
        open.opening_char(),
        &cx.prose()[open.end()..close.at.max(open.end())],
        Some(close.closing_char()),
    );
    let message = format!(
        "Quotation has no speaker: nobody is credited in its sentence, the sentences around it, \
         or the paragraph it continues; say who said it ({shown})"
    );
    Some(Finding::new(Rule::UnattributedQuote, q.span(), message))
}

/// A Markdown block quotation (paragraphs `paras`) with no speaker.
pub fn unattributed_block(cx: &Context<'_, '_>, paras: Range<usize>) -> Option<Finding> {
    let first = cx.doc.paragraphs.get(paras.start)?;
    let last = cx.doc.paragraphs.get(paras.end.checked_sub(1)?)?;
    let span = first.span.start..last.span.end;
    let shown = excerpt('“', &cx.prose()[span.clone()], Some('”'));
    let message = format!(
        "Block quotation has no speaker: nobody is credited in the paragraph before it, inside it \
         or after it; introduce it with who said it, or end it with a “— Name” line ({shown})"
    );
    Some(Finding::new(Rule::UnattributedQuote, span, message))
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
