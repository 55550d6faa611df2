//! One line a finding: `--format short` (`path:line:col: rule: message`) and
//! `--format github` (workflow commands GitHub Actions shows as annotations).

use super::lines::LineIndex;
use crate::{Finding, Severity};

/// `path:line:col: rule: message`
pub fn short(path: &str, text: &str, index: &LineIndex, f: &Finding) -> String {
    let at = index.locate(text, f.span.start);
    format!(
        "{path}:{}:{}: {}: {}\n",
        at.line,
        at.column,
        f.rule,
        one_line(&f.message)
    )
}

/// `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`
pub fn github(path: &str, text: &str, index: &LineIndex, f: &Finding) -> String {
    let at = index.locate(text, f.span.start);
    let to = index.locate(text, f.span.end);
    let command = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Hint => "notice",
    };
    format!(
        "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
        property(path),
        at.line,
        at.column,
        to.line,
        to.column,
        property(&format!("copydesk {}", f.rule)),
        data(&f.message)
    )
}

/// Messages are one line already; make sure of it for line-based readers.
fn one_line(message: &str) -> String {
    message.replace(['\r', '\n'], " ")
}

/// Escape a workflow command's message.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a workflow command's property value.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Rule;

    #[test]
    fn github_commands_escape_what_would_end_them() {
        let text = "a, b: 50% off\n";
        let f = Finding::new(Rule::UnclosedQuote, 0..4, "50% of 2\nlines");
        let line = github("x,y:z.md", text, &LineIndex::new(text), &f);
        assert_eq!(
            line,
            "::error file=x%2Cy%3Az.md,line=1,col=1,endLine=1,endColumn=5,\
             title=copydesk unclosed-quote::50%25 of 2%0Alines\n"
        );
        let short = short("x.md", text, &LineIndex::new(text), &f);
        assert_eq!(short, "x.md:1:1: unclosed-quote: 50% of 2 lines\n");
    }
}
