//! Hover: over a flagged span, explains the rule and the finding in Markdown,
//! and quotes every other mention the finding was compared with, by line.

use std::fmt::Write;

use ropey::Rope;
use tower_lsp_server::ls_types::{Hover, HoverContents, MarkupContent, MarkupKind};

use super::diagnostics::range;
use crate::finding::{Finding, Span};
use crate::position::Encoding;

/// Related mentions are quoted up to this many characters.
const QUOTE_CHARS: usize = 80;

/// The hover for byte `offset`, if a finding covers it.
pub(crate) fn hover(
    findings: &[Finding],
    text: &str,
    rope: &Rope,
    offset: usize,
    encoding: Encoding,
) -> Option<Hover> {
    let here: Vec<&Finding> = findings
        .iter()
        .filter(|f| covers(&f.span, offset))
        .collect();
    let first = here.first()?;
    let mut span = first.span.clone();
    let mut markdown = String::new();
    for (i, finding) in here.iter().enumerate() {
        if i > 0 {
            markdown.push_str("\n\n---\n\n");
        }
        span = span.start.min(finding.span.start)..span.end.max(finding.span.end);
        explain(&mut markdown, finding, text, rope);
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: markdown,
        }),
        range: Some(range(rope, &span, encoding)),
    })
}

fn covers(span: &Span, offset: usize) -> bool {
    (span.start <= offset && offset < span.end) || (span.is_empty() && span.start == offset)
}

fn explain(out: &mut String, finding: &Finding, text: &str, rope: &Rope) {
    let rule = finding.rule.doc();
    let _ = write!(
        out,
        "**{}** ({})\n\n{}\n\n{}\n\nNot flagged: {}",
        finding.rule,
        finding.severity,
        escape(&finding.message),
        rule.explanation,
        rule.not_flagged
    );
    if finding.related.is_empty() {
        return;
    }
    out.push_str("\n\nCompared with:\n");
    for related in &finding.related {
        let line = rope.byte_to_line(related.span.start.min(rope.len_bytes())) + 1;
        let quoted = text.get(related.span.clone()).unwrap_or_default();
        let _ = writeln!(
            out,
            "- line {line}: “{}” — {}",
            escape(&shorten(quoted)),
            escape(&related.message)
        );
    }
}

/// One line, at most [`QUOTE_CHARS`] characters.
fn shorten(text: &str) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    if flat.chars().count() <= QUOTE_CHARS {
        return flat;
    }
    let mut short: String = flat.chars().take(QUOTE_CHARS).collect();
    short.push('…');
    short
}

/// Escape the characters Markdown would take as markup.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Rule;

    #[test]
    fn hover_explains_and_quotes_related_mentions() {
        let text = "Jane Smith spoke.\n\nLater, Jane Smyth left.\n";
        let rope = Rope::from_str(text);
        let smyth = text.find("Smyth").unwrap_or_default();
        let smith = text.find("Smith").unwrap_or_default();
        let finding = Finding::new(
            Rule::InconsistentName,
            smyth..smyth + 5,
            "“Smyth” is spelled “Smith” elsewhere",
        )
        .with_related(smith..smith + 5, "spelled this way here");
        let found = [finding];
        let h = hover(&found, text, &rope, smyth + 2, Encoding::Utf16);
        let Some(Hover {
            contents: HoverContents::Markup(m),
            range: Some(r),
        }) = h
        else {
            panic!("expected a Markdown hover with a range");
        };
        assert!(m.value.contains("inconsistent-name"));
        assert!(m.value.contains(Rule::InconsistentName.explanation()));
        assert!(
            m.value.contains("line 1: “Smith” — spelled this way here"),
            "{}",
            m.value
        );
        assert_eq!(r.start.line, 2);
        assert!(hover(&found, text, &rope, 0, Encoding::Utf16).is_none());
    }
}
