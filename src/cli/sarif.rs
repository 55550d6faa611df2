//! SARIF 2.1.0 output (for GitHub code scanning and other SARIF viewers): one
//! log with one run, the rules as reporting descriptors and a result per finding.
//!
//! Each result carries its region, related places and fixes.
//!
//! Columns count Unicode code points (`columnKind`), as in the JSON output;
//! fixes and regions also carry exact UTF-8 byte offsets.

use serde_json::{json, Value};

use super::lines::LineIndex;
use crate::{Finding, Rule, Severity};

/// Where the SARIF 2.1.0 schema is published.
pub const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The results of a run, collected until the log is written at the end.
#[derive(Default)]
pub struct Sarif {
    results: Vec<Value>,
}

impl Sarif {
    /// Add the findings of the file `path` whose text is `text`.
    pub fn file(&mut self, path: &str, text: &str, index: &LineIndex, findings: &[Finding]) {
        let uri = uri(path);
        for f in findings {
            self.results.push(result(&uri, text, index, f));
        }
    }

    /// The whole log, pretty-printed.
    pub fn finish(&mut self) -> String {
        let rules: Vec<Value> = Rule::ALL.iter().map(|r| descriptor(*r)).collect();
        let log = json!({
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {
                    "driver": {
                        "name": "copydesk",
                        "version": env!("CARGO_PKG_VERSION"),
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": std::mem::take(&mut self.results),
            }],
        });
        let mut out = serde_json::to_string_pretty(&log).unwrap_or_default();
        out.push('\n');
        out
    }
}

fn descriptor(rule: Rule) -> Value {
    let explanation = rule.explanation();
    let short = explanation
        .split_once(". ")
        .map_or(explanation, |(first, _)| first);
    json!({
        "id": rule.as_str(),
        "name": rule.as_str(),
        "shortDescription": { "text": short.trim_end_matches('.').to_owned() + "." },
        "fullDescription": { "text": explanation },
        "help": { "text": explanation },
        "defaultConfiguration": { "level": level(rule.default_severity()) },
    })
}

fn result(uri: &str, text: &str, index: &LineIndex, f: &Finding) -> Value {
    let rule_index = Rule::ALL.iter().position(|r| *r == f.rule).unwrap_or(0);
    let related: Vec<Value> = f
        .related
        .iter()
        .enumerate()
        .map(|(i, r)| {
            json!({
                "id": i,
                "physicalLocation": physical(uri, text, index, &r.span),
                "message": { "text": r.message },
            })
        })
        .collect();
    let fixes: Vec<Value> = f
        .fixes
        .iter()
        .map(|fix| {
            let replacements: Vec<Value> = fix
                .edits
                .iter()
                .map(|e| {
                    json!({
                        "deletedRegion": {
                            "byteOffset": e.span.start,
                            "byteLength": e.span.end.saturating_sub(e.span.start),
                        },
                        "insertedContent": { "text": e.text },
                    })
                })
                .collect();
            json!({
                "description": { "text": fix.title },
                "artifactChanges": [{
                    "artifactLocation": { "uri": uri },
                    "replacements": replacements,
                }],
            })
        })
        .collect();
    let mut result = json!({
        "ruleId": f.rule.as_str(),
        "ruleIndex": rule_index,
        "level": level(f.severity),
        "message": { "text": f.message },
        "locations": [{ "physicalLocation": physical(uri, text, index, &f.span) }],
    });
    if !related.is_empty() {
        result["relatedLocations"] = Value::Array(related);
    }
    if !fixes.is_empty() {
        result["fixes"] = Value::Array(fixes);
    }
    result
}

fn physical(uri: &str, text: &str, index: &LineIndex, span: &std::ops::Range<usize>) -> Value {
    let at = index.locate(text, span.start);
    let to = index.locate(text, span.end);
    json!({
        "artifactLocation": { "uri": uri },
        "region": {
            "startLine": at.line,
            "startColumn": at.column,
            "endLine": to.line,
            "endColumn": to.column,
            "byteOffset": span.start,
            "byteLength": span.end.saturating_sub(span.start),
        },
    })
}

/// SARIF has no hint or info level: both are notes.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Hint => "note",
    }
}

/// A relative URI reference for a path as given: forward slashes, and every
/// byte outside the unreserved set and `/` percent-encoded.
pub fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_relative_uri_references() {
        assert_eq!(uri("./drafts/a b.md"), "drafts/a%20b.md");
        assert_eq!(uri("<stdin>"), "%3Cstdin%3E");
        assert_eq!(uri("Zürich.md"), "Z%C3%BCrich.md");
    }
}
