//! Machine output: every finding of every file as one JSON array (or one object
//! a line), with byte offsets, 1-based lines and character columns.
//!
//! The array is streamed, one finding a line, so memory does not grow with the run.

use serde::Serialize;

use super::lines::LineIndex;
use crate::Finding;

/// One finding, as printed by `copydesk check --format json`.
#[derive(Debug, Serialize)]
pub struct JsonFinding<'a> {
    /// The file; left out in the findings of a streamed article (which has an id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<&'a str>,
    pub rule: &'static str,
    pub severity: &'static str,
    pub message: &'a str,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub related: Vec<JsonRelated<'a>>,
    pub fixes: Vec<JsonFix<'a>>,
}

#[derive(Debug, Serialize)]
pub struct JsonRelated<'a> {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub message: &'a str,
}

#[derive(Debug, Serialize)]
pub struct JsonFix<'a> {
    pub title: &'a str,
    /// `copydesk check --fix` applies this fix.
    pub safe: bool,
    pub edits: Vec<JsonEdit<'a>>,
}

#[derive(Debug, Serialize)]
pub struct JsonEdit<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

/// One finding of the file `path` whose text is `text`, as a JSON value.
pub fn value<'a>(
    path: Option<&'a str>,
    text: &str,
    index: &LineIndex,
    f: &'a Finding,
) -> JsonFinding<'a> {
    let at = index.locate(text, f.span.start);
    let to = index.locate(text, f.span.end);
    let safe = f.safe_fix();
    JsonFinding {
        path,
        rule: f.rule.as_str(),
        severity: f.severity.as_str(),
        message: &f.message,
        start: f.span.start,
        end: f.span.end,
        line: at.line,
        column: at.column,
        end_line: to.line,
        end_column: to.column,
        related: f
            .related
            .iter()
            .map(|r| {
                let at = index.locate(text, r.span.start);
                let to = index.locate(text, r.span.end);
                JsonRelated {
                    start: r.span.start,
                    end: r.span.end,
                    line: at.line,
                    column: at.column,
                    end_line: to.line,
                    end_column: to.column,
                    message: &r.message,
                }
            })
            .collect(),
        fixes: f
            .fixes
            .iter()
            .map(|x| JsonFix {
                title: &x.title,
                safe: safe.is_some_and(|s| std::ptr::eq(s, x)),
                edits: x
                    .edits
                    .iter()
                    .map(|e| JsonEdit {
                        start: e.span.start,
                        end: e.span.end,
                        text: &e.text,
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// One finding in the file `path` whose text is `text`, as a JSON object on one line.
pub fn finding(path: &str, text: &str, index: &LineIndex, f: &Finding) -> String {
    // Plain strings and numbers always serialise.
    serde_json::to_string(&value(Some(path), text, index, f)).unwrap_or_default()
}
