//! Machine output: every finding of every file as one JSON array, with byte
//! offsets, 1-based lines and character columns (the shape the scorer reads).
//!
//! The array is streamed, one finding a line, so memory does not grow with the run.

use serde::Serialize;

use super::lines::LineIndex;
use crate::Finding;

/// One finding, as printed by `copydesk check --format json`.
#[derive(Debug, Serialize)]
pub struct JsonFinding<'a> {
    pub path: &'a str,
    pub rule: &'static str,
    pub severity: &'static str,
    pub message: &'a str,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub related: Vec<JsonRelated<'a>>,
    pub fixes: Vec<JsonFix<'a>>,
}

#[derive(Debug, Serialize)]
pub struct JsonRelated<'a> {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub message: &'a str,
}

#[derive(Debug, Serialize)]
pub struct JsonFix<'a> {
    pub title: &'a str,
    pub edits: Vec<JsonEdit<'a>>,
}

#[derive(Debug, Serialize)]
pub struct JsonEdit<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

/// One finding in the file `path` whose text is `text`, as a JSON object on one line.
pub fn finding(path: &str, text: &str, index: &LineIndex, f: &Finding) -> String {
    let at = index.locate(text, f.span.start);
    let json = JsonFinding {
        path,
        rule: f.rule.as_str(),
        severity: f.severity.as_str(),
        message: &f.message,
        start: f.span.start,
        end: f.span.end,
        line: at.line,
        column: at.column,
        related: f
            .related
            .iter()
            .map(|r| {
                let at = index.locate(text, r.span.start);
                JsonRelated {
                    start: r.span.start,
                    end: r.span.end,
                    line: at.line,
                    column: at.column,
                    message: &r.message,
                }
            })
            .collect(),
        fixes: f
            .fixes
            .iter()
            .map(|x| JsonFix {
                title: &x.title,
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
    };
    // Plain strings and numbers always serialise.
    serde_json::to_string(&json).unwrap_or_default()
}
