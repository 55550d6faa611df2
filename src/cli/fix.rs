//! `--fix` and `--diff`: applies the safe fixes of a draft's findings (see
//! [`Finding::safe_fix`]) and re-checks, until no safe fix is left.

use crate::config::Config;
use crate::finding::{safe_edits, Edit};
use crate::{analyze, Format};

/// At most this many rounds of fix-and-recheck: a fix that made another safe
/// fix appear again and again would otherwise never stop.
const MAX_ROUNDS: usize = 8;

/// A draft with its safe fixes applied.
pub struct Fixed {
    pub text: String,
    /// How many findings were fixed.
    pub count: usize,
}

/// Apply the safe fixes to `text` until none is left.
pub fn apply_safe(text: &str, format: Format, config: &Config) -> Fixed {
    let mut fixed = Fixed {
        text: text.to_owned(),
        count: 0,
    };
    for _ in 0..MAX_ROUNDS {
        let findings = analyze(&fixed.text, format, config);
        let edits = safe_edits(&findings);
        if edits.is_empty() {
            break;
        }
        fixed.count += edits.len();
        fixed.text = apply_edits(&fixed.text, &edits);
    }
    fixed
}

/// Apply sorted, non-overlapping `edits` to `text`.
fn apply_edits(text: &str, edits: &[&Edit]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for e in edits {
        let (Some(before), true) = (
            text.get(last..e.span.start),
            text.is_char_boundary(e.span.end),
        ) else {
            continue;
        };
        out.push_str(before);
        out.push_str(&e.text);
        last = e.span.end;
    }
    out.push_str(&text[last..]);
    out
}

/// A unified diff of a draft before and after its fixes (empty when unchanged).
pub fn unified_diff(name: &str, before: &str, after: &str) -> String {
    if before == after {
        return String::new();
    }
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Finding, Fix, Rule};

    fn name_finding(rule: Rule, text: &str, word: &str, fixes: &[(&str, &str)]) -> Finding {
        let at = text.find(word).expect("word in text");
        let mut f = Finding::new(rule, at..at + word.len(), "test");
        for (title, to) in fixes {
            f = f.with_fix(Fix::replace(*title, at..at + word.len(), *to));
        }
        f
    }

    #[test]
    fn only_names_with_one_choice_and_no_placeholder_are_safe() {
        let text = "Emanuel Macron met Lindquist.";
        let one = name_finding(Rule::MisspelledName, text, "Emanuel", &[("a", "Emmanuel")]);
        assert!(one.safe_fix().is_some());
        let two = name_finding(
            Rule::InconsistentName,
            text,
            "Lindquist",
            &[("a", "Lindqvist"), ("b", "Lindkvist")],
        );
        assert!(two.safe_fix().is_none(), "two spellings to pick from");
        let figure = name_finding(Rule::ConflictingFigure, text, "Lindquist", &[("a", "x")]);
        assert!(figure.safe_fix().is_none());
        let placeholder = name_finding(Rule::MisspelledName, text, "Emanuel", &[("a", "[WHO]")]);
        assert!(placeholder.safe_fix().is_none());
        // "Change to" and "Use … throughout" agree: still one choice.
        let mut throughout = one.clone();
        throughout.fixes.push(Fix {
            title: "Use Emmanuel throughout".into(),
            edits: vec![Edit {
                span: one.span.clone(),
                text: "Emmanuel".into(),
            }],
        });
        assert!(throughout.safe_fix().is_some());
    }

    #[test]
    fn overlapping_edits_keep_the_first_and_the_rest_apply() {
        let text = "Emanuel Macron met Lindquist.";
        let a = name_finding(Rule::MisspelledName, text, "Emanuel", &[("a", "Emmanuel")]);
        let b = name_finding(Rule::MisspelledName, text, "Emanuel Macron", &[("b", "X")]);
        let c = name_finding(
            Rule::InconsistentName,
            text,
            "Lindquist",
            &[("c", "Lindqvist")],
        );
        let findings = vec![a, b, c];
        let edits = safe_edits(&findings);
        assert_eq!(edits.len(), 2);
        assert_eq!(apply_edits(text, &edits), "Emmanuel Macron met Lindqvist.");
    }

    #[test]
    fn the_diff_shows_the_changed_line_with_context() {
        let diff = unified_diff("d.md", "one\ntwo\nthree\n", "one\n2\nthree\n");
        assert!(
            diff.starts_with("--- a/d.md\n+++ b/d.md\n@@ -1,3 +1,3 @@\n"),
            "{diff}"
        );
        assert!(diff.contains("\n-two\n+2\n"), "{diff}");
        assert_eq!(unified_diff("d.md", "same\n", "same\n"), "");
    }
}
