//! `copydesk check --format jsonl -`: a stream of articles on stdin, one JSON
//! object a line, answered by one result line per article, in order.
//!
//! An article is `{"id": …, "text": …, "format": "markdown"|"text"}`; each result
//! is written as soon as it is done, so an archive is checked inside a batch
//! engine (Spark's `RDD.pipe`, Beam).
//!
//! A result is `{"id": …, "findings": [...]}` (findings as in `--format json`,
//! without `path`), or `{"id": …, "error": "…"}` for an article that could not
//! be read; blank lines are skipped.

use std::io::{self, BufRead, Read};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::json::{self, JsonFinding};
use super::lines::LineIndex;
use super::{Run, Status, StdinFormat, MAX_DRAFT_BYTES};
use crate::{analyze, Format};

/// One article of the stream.
#[derive(Deserialize)]
struct Article {
    #[serde(default)]
    id: Value,
    text: String,
    #[serde(default)]
    format: Option<String>,
}

#[derive(Serialize)]
struct Found<'a> {
    id: &'a Value,
    findings: Vec<JsonFinding<'a>>,
}

#[derive(Serialize)]
struct Failed<'a> {
    id: &'a Value,
    /// The line of the stream, when the article had no readable id.
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    error: String,
}

impl Run<'_> {
    /// Check every article of the stream on stdin.
    pub(super) fn stream(&mut self) {
        let dir = self.stdin_dir();
        let loaded = self.config_for(&dir);
        let default_format = match self.args.stdin_format {
            Some(StdinFormat::Text) => Format::PlainText,
            _ => Format::Markdown,
        };
        let stdin = io::stdin();
        let mut reader = stdin.lock();
        let mut line = Vec::new();
        let mut number = 0;
        loop {
            line.clear();
            match (&mut reader)
                .take(MAX_DRAFT_BYTES + 1)
                .read_until(b'\n', &mut line)
            {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    self.error(&format!("<stdin>: cannot read: {e}"));
                    break;
                }
            }
            number += 1;
            let result = if line.len() as u64 > MAX_DRAFT_BYTES {
                skip_rest_of_line(&mut reader, &line);
                self.failed(
                    &Value::Null,
                    number,
                    "the line is longer than the largest draft copydesk checks".into(),
                )
            } else if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            } else {
                match serde_json::from_slice::<Article>(&line) {
                    Err(e) => self.failed(&Value::Null, number, format!("not an article: {e}")),
                    Ok(article) => match format_of(article.format.as_deref(), default_format) {
                        Err(e) => self.failed(&article.id, number, e),
                        Ok(format) => {
                            let findings =
                                self.reportable(analyze(&article.text, format, &loaded.config));
                            self.article(&article, &findings)
                        }
                    },
                }
            };
            if !self.args.statistics {
                self.write(&result);
                self.flush();
            }
        }
    }

    /// The result line of a checked article.
    fn article(&mut self, article: &Article, findings: &[crate::Finding]) -> String {
        self.tally.files_checked += 1;
        if !findings.is_empty() {
            self.status = self.status.max(Status::Findings);
            self.tally.findings += findings.len();
            self.tally.files_with_findings += 1;
            self.statistics.add(findings);
        }
        let index = LineIndex::new(&article.text);
        let found = Found {
            id: &article.id,
            findings: findings
                .iter()
                .map(|f| json::value(None, &article.text, &index, f))
                .collect(),
        };
        let mut out = serde_json::to_string(&found).unwrap_or_default();
        out.push('\n');
        out
    }

    /// The result line of an article that could not be checked.
    fn failed(&mut self, id: &Value, number: usize, error: String) -> String {
        self.error(&format!("<stdin>:{number}: {error}"));
        let failed = Failed {
            id,
            line: id.is_null().then_some(number),
            error,
        };
        let mut out = serde_json::to_string(&failed).unwrap_or_default();
        out.push('\n');
        out
    }
}

fn format_of(name: Option<&str>, default: Format) -> Result<Format, String> {
    match name {
        None => Ok(default),
        Some("markdown" | "md") => Ok(Format::Markdown),
        Some("text" | "plaintext" | "txt") => Ok(Format::PlainText),
        Some(other) => Err(format!(
            "unknown format `{other}` (use \"markdown\" or \"text\")"
        )),
    }
}

/// Throw away the rest of an over-long line, so the next line is the next article.
fn skip_rest_of_line(reader: &mut impl BufRead, read: &[u8]) {
    if read.ends_with(b"\n") {
        return;
    }
    let mut sink = Vec::new();
    loop {
        sink.clear();
        match reader.take(1 << 20).read_until(b'\n', &mut sink) {
            Ok(0) | Err(_) => return,
            Ok(_) if sink.ends_with(b"\n") => return,
            Ok(_) => {}
        }
    }
}
