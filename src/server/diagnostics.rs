//! Diagnostics: turns the engine's findings (byte spans) into LSP diagnostics
//! (ranges in the negotiated encoding), and converts spans and ranges both ways.

use ropey::Rope;
use tower_lsp_server::ls_types::{
    self as lsp, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString, Uri,
};

use crate::finding::{Finding, Severity, Span};
use crate::position::{self, Encoding, Position};

/// What every diagnostic says it comes from.
pub(crate) const SOURCE: &str = "copydesk";

pub(crate) fn to_lsp_position(p: Position) -> lsp::Position {
    lsp::Position::new(p.line, p.character)
}

pub(crate) fn from_lsp_position(p: lsp::Position) -> Position {
    Position::new(p.line, p.character)
}

/// The LSP range of a byte span.
pub(crate) fn range(rope: &Rope, span: &Span, encoding: Encoding) -> lsp::Range {
    lsp::Range::new(
        to_lsp_position(position::to_position(rope, span.start, encoding)),
        to_lsp_position(position::to_position(rope, span.end, encoding)),
    )
}

/// The byte span of a client's range, clamped into the document.
pub(crate) fn span(rope: &Rope, range: lsp::Range, encoding: Encoding) -> Span {
    position::to_range_clamped(
        rope,
        from_lsp_position(range.start),
        from_lsp_position(range.end),
        encoding,
    )
}

pub(crate) fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
        Severity::Hint => DiagnosticSeverity::HINT,
    }
}

/// One finding as a diagnostic: code = rule id, related places with `uri`.
pub(crate) fn diagnostic(
    finding: &Finding,
    rope: &Rope,
    uri: &Uri,
    encoding: Encoding,
) -> Diagnostic {
    let related: Vec<DiagnosticRelatedInformation> = finding
        .related
        .iter()
        .map(|r| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), range(rope, &r.span, encoding)),
            message: r.message.clone(),
        })
        .collect();
    Diagnostic {
        range: range(rope, &finding.span, encoding),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.rule.as_str().to_owned())),
        code_description: None,
        source: Some(SOURCE.to_owned()),
        message: finding.message.clone(),
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

/// Whether two byte ranges touch (an empty range touches what it sits in or next to).
pub(crate) fn touches(a: &Span, b: &Span) -> bool {
    a.start <= b.end && b.start <= a.end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Rule;
    use std::str::FromStr;

    #[test]
    fn diagnostic_carries_rule_source_and_related_places() {
        let text = "😀 “Quote.\nLine two Smyth.\n";
        let rope = Rope::from_str(text);
        let uri = Uri::from_str("file:///d.md").unwrap_or_else(|e| panic!("{e}"));
        let start = text.find('“').unwrap_or_default();
        let smyth = text.find("Smyth").unwrap_or_default();
        let finding = Finding::new(
            Rule::UnclosedQuote,
            start..start + "“".len(),
            "never closed",
        )
        .with_related(smyth..smyth + 5, "compare");
        let d = diagnostic(&finding, &rope, &uri, Encoding::Utf16);
        assert_eq!(d.range.start, lsp::Position::new(0, 3));
        assert_eq!(d.range.end, lsp::Position::new(0, 4));
        assert_eq!(
            d.code,
            Some(NumberOrString::String("unclosed-quote".into()))
        );
        assert_eq!(d.source.as_deref(), Some("copydesk"));
        assert_eq!(d.severity, Some(DiagnosticSeverity::ERROR));
        let related = d.related_information.unwrap_or_default();
        assert_eq!(related[0].location.range.start, lsp::Position::new(1, 9));
        let d8 = diagnostic(&finding, &rope, &uri, Encoding::Utf8);
        assert_eq!(d8.range.start, lsp::Position::new(0, 5));
        assert_eq!(d8.range.end, lsp::Position::new(0, 8));
    }
}
