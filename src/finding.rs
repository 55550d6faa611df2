//! What a check reports: a rule, a severity, a byte range, a message, the
//! related places it was compared with, and the fixes that would resolve it.

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

/// Byte range into the original document text (UTF-8 offsets).
pub type Span = Range<usize>;

/// The checks copydesk runs. The id (`as_str`) is the public, stable name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    UnattributedQuote,
    UnclosedQuote,
    ConflictingFigure,
    InconsistentName,
    MisspelledName,
    /// An inline `copydesk-disable` comment that names no known rule.
    UnknownDirective,
}

impl Rule {
    pub const ALL: [Rule; 6] = [
        Rule::UnattributedQuote,
        Rule::UnclosedQuote,
        Rule::ConflictingFigure,
        Rule::InconsistentName,
        Rule::MisspelledName,
        Rule::UnknownDirective,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Rule::UnattributedQuote => "unattributed-quote",
            Rule::UnclosedQuote => "unclosed-quote",
            Rule::ConflictingFigure => "conflicting-figure",
            Rule::InconsistentName => "inconsistent-name",
            Rule::MisspelledName => "misspelled-name",
            Rule::UnknownDirective => "unknown-directive",
        }
    }

    /// The severity a rule has when nobody configured it.
    pub fn default_severity(self) -> Severity {
        match self {
            Rule::UnattributedQuote => Severity::Warning,
            Rule::UnclosedQuote => Severity::Error,
            Rule::ConflictingFigure => Severity::Warning,
            Rule::InconsistentName => Severity::Warning,
            Rule::MisspelledName => Severity::Error,
            Rule::UnknownDirective => Severity::Warning,
        }
    }

    /// What the rule means, in a copy editor's words (shown on hover).
    pub fn explanation(self) -> &'static str {
        match self {
            Rule::UnattributedQuote => {
                "A direct quotation needs a speaker: name who said it in the same sentence, \
                 a neighbouring sentence of the paragraph, or the paragraph the quote continues. \
                 Scare quotes, coined terms, nicknames and titles are not flagged."
            }
            Rule::UnclosedQuote => {
                "A quotation mark is opened and never closed, or closed and never opened. \
                 A quote that runs on into the next paragraph may leave its closing mark off, \
                 but the next paragraph must open with a fresh mark."
            }
            Rule::ConflictingFigure => {
                "The same quantity (the same thing counted, for the same entity, at the same time) \
                 appears twice with values that cannot both be true. Updates stated as such, \
                 different entities or dates, parts of a whole and rival estimates credited to \
                 their sources are not flagged."
            }
            Rule::InconsistentName => {
                "One name is spelled two ways in the same article. Pick one spelling (the house \
                 style, if the newsroom set one in copydesk.toml) and use it throughout."
            }
            Rule::MisspelledName => {
                "A well-known person's name is spelled differently from its established spelling. \
                 If the spelling is right for someone else, accept it in copydesk.toml."
            }
            Rule::UnknownDirective => {
                "A copydesk-disable or copydesk-enable comment names a rule copydesk does not know, \
                 so it silences nothing."
            }
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Rule {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Rule::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| {
                let known: Vec<_> = Rule::ALL.iter().map(|r| r.as_str()).collect();
                format!("unknown rule `{s}` (known rules: {})", known.join(", "))
            })
    }
}

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
/// Kept apart from the rule table above so a rule registry can take it over.
impl Rule {
    /// Whether the rule's fixes are safe when it offers exactly one replacement:
    /// a name's established or house spelling. A figure fix picks one of two
    /// figures and a quote fix guesses a speaker or where words end: those need
    /// a person.
    pub fn fixes_are_safe(self) -> bool {
        matches!(self, Rule::MisspelledName | Rule::InconsistentName)
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
