//! What a check reports: a rule, a severity, a byte range, a message, the
//! related places it was compared with, and the fixes that would resolve it.

use std::fmt;
use std::ops::Range;

/// Byte range into the original document text (UTF-8 offsets).
pub type Span = Range<usize>;

/// The checks copydesk runs: declared by the registry, where each rule's
/// documentation and check are listed ([`crate::rules`]).
pub use crate::rules::{FixSafety, Rule};

/// How loudly a finding is shown. `Off` rules are not run at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Hint,
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Hint => "hint",
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Another place in the document that explains a finding
/// ("the other spelling is here", "the other figure is here").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub span: Span,
    pub message: String,
}

/// One text replacement: `span` of the original text becomes `text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub text: String,
}

/// A quick-fix: a title for the menu and the edits it makes, applied together.
/// Edits never overlap and are sorted by position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<Edit>,
}

impl Fix {
    /// A fix that replaces one span.
    pub fn replace(title: impl Into<String>, span: Span, text: impl Into<String>) -> Fix {
        Fix {
            title: title.into(),
            edits: vec![Edit {
                span,
                text: text.into(),
            }],
        }
    }

    /// Apply the fix to `text`, returning the new text.
    pub fn apply(&self, text: &str) -> String {
        let mut edits: Vec<&Edit> = self.edits.iter().collect();
        edits.sort_by_key(|e| (e.span.start, e.span.end));
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for e in edits {
            out.push_str(&text[last..e.span.start]);
            out.push_str(&e.text);
            last = e.span.end;
        }
        out.push_str(&text[last..]);
        out
    }
}

/// A problem found in a draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub span: Span,
    pub message: String,
    pub related: Vec<Related>,
    pub fixes: Vec<Fix>,
    /// For name findings: the spelling as written, which a newsroom may declare
    /// right in `copydesk.toml` (`[names] accept`). The server offers that action.
    pub acceptable_name: Option<String>,
}

impl Finding {
    /// A finding with the rule's default severity, no related places and no fixes.
    pub fn new(rule: Rule, span: Span, message: impl Into<String>) -> Finding {
        Finding {
            rule,
            severity: rule.default_severity(),
            span,
            message: message.into(),
            related: Vec::new(),
            fixes: Vec::new(),
            acceptable_name: None,
        }
    }

    pub fn with_related(mut self, span: Span, message: impl Into<String>) -> Finding {
        self.related.push(Related {
            span,
            message: message.into(),
        });
        self
    }

    pub fn with_fix(mut self, fix: Fix) -> Finding {
        self.fixes.push(fix);
        self
    }
}

/// Which fixes may be applied without a person looking (`copydesk check --fix`).
impl Rule {
    /// Whether the rule's fixes are safe when it offers exactly one replacement:
    /// the registry's [`FixSafety`] for the rule (see each rule's module).
    pub fn fixes_are_safe(self) -> bool {
        self.fix_safety() == FixSafety::Safe
    }
}

impl Finding {
    /// The fix `--fix` applies: for a rule whose fixes are safe, the fix that
    /// replaces just the finding's span, when every fix offered puts the same
    /// text there (one choice; "throughout" variants agree) and that text is no
    /// `[PLACEHOLDER]`.
    pub fn safe_fix(&self) -> Option<&Fix> {
        if !self.rule.fixes_are_safe() {
            return None;
        }
        let own = self
            .fixes
            .iter()
            .find(|fix| matches!(fix.edits.as_slice(), [edit] if edit.span == self.span))?;
        let text = &own.edits[0].text;
        let overlaps = |e: &Edit| e.span.start < self.span.end && self.span.start < e.span.end;
        let one_choice = self
            .fixes
            .iter()
            .flat_map(|fix| &fix.edits)
            .filter(|e| overlaps(e) || e.span == self.span)
            .all(|e| e.span == self.span && &e.text == text);
        let placeholder = text.contains('[') && text.contains(']');
        (one_choice && !placeholder).then_some(own)
    }
}

/// The edits of the findings' safe fixes, sorted, without overlaps (the first
/// of two overlapping edits wins; the other is left for the next round).
pub fn safe_edits(findings: &[Finding]) -> Vec<&Edit> {
    let mut edits: Vec<&Edit> = findings
        .iter()
        .filter_map(Finding::safe_fix)
        .flat_map(|fix| &fix.edits)
        .collect();
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    let mut kept: Vec<&Edit> = Vec::with_capacity(edits.len());
    for e in edits {
        match kept.last() {
            Some(last) if e.span.start < last.span.end || e.span == last.span => {}
            _ => kept.push(e),
        }
    }
    kept
}
