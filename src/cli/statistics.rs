//! `--statistics`: how many findings each rule made, and how many of them
//! `--fix` would fix, instead of the findings themselves.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::json;

use crate::{Finding, Rule};

/// Counts per rule over a run.
#[derive(Default)]
pub struct Statistics {
    /// Rule → (findings, of which with a safe fix).
    counts: BTreeMap<Rule, (usize, usize)>,
}

impl Statistics {
    pub fn add(&mut self, findings: &[Finding]) {
        for f in findings {
            let entry = self.counts.entry(f.rule).or_default();
            entry.0 += 1;
            entry.1 += usize::from(f.safe_fix().is_some());
        }
    }

    /// Rules by count, most first: `  12  misspelled-name  (10 fixable)`.
    pub fn text(&self) -> String {
        let width = self
            .counts
            .values()
            .map(|(n, _)| n.to_string().len())
            .max()
            .unwrap_or(1);
        let name_width = self
            .counts
            .keys()
            .map(|r| r.as_str().len())
            .max()
            .unwrap_or(0);
        let mut out = String::new();
        for (rule, (count, fixable)) in self.sorted() {
            let mut line = format!("{count:>width$}  {:<name_width$}", rule.as_str());
            if fixable > 0 {
                let _ = write!(line, "  ({fixable} fixable with --fix)");
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }

    /// `[{"rule": …, "count": …, "fixable": …}]`, most first.
    pub fn json(&self) -> String {
        let rows: Vec<_> = self
            .sorted()
            .into_iter()
            .map(|(rule, (count, fixable))| {
                json!({ "rule": rule.as_str(), "count": count, "fixable": fixable })
            })
            .collect();
        let mut out = serde_json::to_string_pretty(&rows).unwrap_or_default();
        out.push('\n');
        out
    }

    fn sorted(&self) -> Vec<(Rule, (usize, usize))> {
        let mut rows: Vec<_> = self.counts.iter().map(|(r, c)| (*r, *c)).collect();
        rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(&b.0)));
        rows
    }
}
