//! copydesk reads news drafts the way a copy editor does: quotes without a
//! speaker, figures that disagree, names spelled two ways or wrong.
//!
//! The engine is pure: [`analyze`] takes a draft's text and settings and
//! returns [`Finding`]s with byte spans. The language server (`server`) and the
//! command line (`cli`) only translate between it and the outside world.

pub mod config;
pub mod document;
pub mod finding;
pub mod tokens;

mod byteblock;
mod fasthash;

pub mod figures;
pub mod ignores;
pub mod names;
pub mod quotes;
pub mod reference;
pub mod rules;

pub mod cli;
pub mod house_style;
pub mod position;
pub mod server;
pub mod workspace;

pub use config::Config;
pub use document::{Document, Format};
pub use finding::{Edit, Finding, Fix, Related, Rule, Severity, Span};

use config::Level;

/// Check a whole draft. Pure and deterministic; findings are sorted by position.
pub fn analyze(text: &str, format: Format, config: &Config) -> Vec<Finding> {
    let doc = Document::parse(text, format);
    analyze_document(&doc, config)
}

/// Check an already parsed draft.
pub fn analyze_document(doc: &Document<'_>, config: &Config) -> Vec<Finding> {
    let findings = rules::run_checks(doc, config);
    let mut findings = ignores::apply_checked(doc, findings, |rule| config.enabled(rule));
    findings.retain_mut(|f| match config.level(f.rule) {
        Level::Off => false,
        Level::On(severity) => {
            f.severity = severity;
            true
        }
    });
    findings.sort_by(|a, b| {
        (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule))
    });
    findings
}
