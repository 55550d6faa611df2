//! The rule registry: one list of every rule copydesk knows, each pointing at
//! the module that documents it (what, why, example, fix safety) and checks it.
//!
//! Everything that needs to know the rules reads this list: the engine's order
//! of checks ([`crate::analyze`]), configuration, inline ignores, hover,
//! `copydesk explain`, and the README's table and editors' settings (a test
//! fails when those disagree with it). To add a rule, see ARCHITECTURE.md.

use std::fmt;
use std::str::FromStr;

use crate::config::Config;
use crate::document::Document;
use crate::finding::{Finding, Severity};

/// What a rule is, in a copy editor's words, and how it is checked.
/// Each rule's module holds one of these as `pub const RULE`.
#[derive(Clone, Copy, Debug)]
pub struct RuleDoc {
    /// The public, stable name (`repeated-word`): in output, settings and ignores.
    pub id: &'static str,
    /// The severity the rule has when nobody configured it.
    pub default_severity: Severity,
    /// One sentence: what the rule flags (the README's table).
    pub summary: &'static str,
    /// One paragraph: what the rule means and why it matters (hover, `explain`).
    pub explanation: &'static str,
    /// A short passage the rule flags.
    pub example: &'static str,
    /// What looks similar but is not flagged.
    pub not_flagged: &'static str,
    /// Whether the rule's fixes may be applied without reading them.
    pub fix_safety: FixSafety,
    /// Which check reports it.
    pub check: Check,
}

/// Whether a rule's quick-fixes can be applied unseen (`copydesk check --fix`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixSafety {
    /// The fix restores what the writer plainly meant and changes nothing else.
    Safe,
    /// The fix is the likeliest repair, but a person must confirm it.
    Unsafe,
    /// The rule offers no fix.
    None,
}

impl FixSafety {
    pub fn as_str(self) -> &'static str {
        match self {
            FixSafety::Safe => "safe",
            FixSafety::Unsafe => "unsafe",
            FixSafety::None => "none",
        }
    }
}

/// A check reads a parsed draft and returns the findings of its rules.
pub type CheckFn = fn(&Document<'_>, &Config) -> Vec<Finding>;

/// How a rule's findings come about.
#[derive(Clone, Copy, Debug)]
pub enum Check {
    /// By this function, which may also report rules marked [`Check::Alongside`] this one.
    By(CheckFn),
    /// By the check of another rule, in the same reading of the text.
    Alongside(Rule),
    /// By the engine itself, while it applies inline ignores.
    Engine,
}

/// Declares [`Rule`] from the registry below: the enum, `Rule::ALL` in the
/// order the checks run, and each rule's [`RuleDoc`].
macro_rules! registry {
    (
        elsewhere { $( $variant:ident => $($path:ident)::+ ),* $(,)? }
        here { $( $own:ident => $module:ident ),* $(,)? }
    ) => {
        $( pub mod $module; )*

        /// The checks copydesk runs. The id (`as_str`) is the public, stable name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $( $variant, )*
            $( $own, )*
        }

        impl Rule {
            const COUNT: usize = [$( stringify!($variant), )* $( stringify!($own), )*].len();

            /// Every rule, in the order their checks run.
            pub const ALL: [Rule; Rule::COUNT] = [$( Rule::$variant, )* $( Rule::$own, )*];

            /// What the rule is and how it is checked.
            pub fn doc(self) -> &'static RuleDoc {
                match self {
                    $( Rule::$variant => &$($path)::+::RULE, )*
                    $( Rule::$own => &$module::RULE, )*
                }
            }
        }
    };
}

registry! {
    // Rules documented beside the code of an existing check.
    elsewhere {
        UnattributedQuote => crate::quotes::unattributed_quote,
        UnclosedQuote => crate::quotes::unclosed_quote,
        ConflictingFigure => crate::figures::conflicting_figure,
        InconsistentName => crate::names::inconsistent_name,
        MisspelledName => crate::names::misspelled_name,
        UnknownDirective => crate::ignores::unknown_directive,
    }
    // Rules that are one file in `src/rules/`: documentation and check together.
    here {
        RepeatedWord => repeated_word,
        DuplicatedPassage => duplicated_passage,
        WeekdayDate => weekday_date,
    }
}

impl Rule {
    /// The public, stable id (`unclosed-quote`).
    pub fn as_str(self) -> &'static str {
        self.doc().id
    }

    /// The severity a rule has when nobody configured it.
    pub fn default_severity(self) -> Severity {
        self.doc().default_severity
    }

    /// What the rule means, in a copy editor's words (shown on hover).
    pub fn explanation(self) -> &'static str {
        self.doc().explanation
    }

    /// Whether the rule's fixes may be applied without a person reading them.
    pub fn fix_safety(self) -> FixSafety {
        self.doc().fix_safety
    }

    /// The rules whose findings this rule's check reports (itself first), when
    /// it has a check of its own.
    pub fn reported_with(self) -> impl Iterator<Item = Rule> {
        Rule::ALL.into_iter().filter(move |&r| {
            r == self || matches!(r.doc().check, Check::Alongside(owner) if owner == self)
        })
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

/// Run every check that reports at least one enabled rule, in registry order.
pub fn run_checks(doc: &Document<'_>, config: &Config) -> Vec<Finding> {
    let mut findings = Vec::new();
    for rule in Rule::ALL {
        if let Check::By(run) = rule.doc().check {
            if rule.reported_with().any(|r| config.enabled(r)) {
                findings.extend(run(doc, config));
            }
        }
    }
    findings
}

/// The whole documentation of a rule as plain text (`copydesk explain RULE`).
pub fn describe(rule: Rule) -> String {
    let doc = rule.doc();
    let mut out = format!(
        "{id} (default: {severity}; fix: {fix})\n\n{explanation}\n\nExample:\n",
        id = doc.id,
        severity = doc.default_severity,
        fix = doc.fix_safety.as_str(),
        explanation = doc.explanation,
    );
    for line in doc.example.lines() {
        out.push_str("    ");
        out.push_str(line);
        out.push('\n');
    }
    out.push_str("\nNot flagged: ");
    out.push_str(doc.not_flagged);
    out.push('\n');
    out
}

/// `copydesk explain [RULE]`: the rule's documentation, or without a rule the
/// table of every rule (the README's).
pub fn explain(rule: Option<&str>) -> Result<String, String> {
    match rule {
        Some(id) => id.parse::<Rule>().map(describe),
        None => Ok(markdown_table()),
    }
}

/// The README's table of rules, one row per rule in registry order.
pub fn markdown_table() -> String {
    let mut out =
        String::from("| id | default | fix | what it flags |\n| --- | --- | --- | --- |\n");
    for rule in Rule::ALL {
        let doc = rule.doc();
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            doc.id,
            doc.default_severity,
            doc.fix_safety.as_str(),
            doc.summary
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case_and_round_trip() {
        for (i, rule) in Rule::ALL.into_iter().enumerate() {
            let id = rule.as_str();
            assert!(
                id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{id}"
            );
            assert_eq!(id.parse::<Rule>(), Ok(rule));
            assert!(Rule::ALL[..i].iter().all(|r| r.as_str() != id), "{id}");
        }
    }

    #[test]
    fn every_rule_is_documented_in_full() {
        for rule in Rule::ALL {
            let doc = rule.doc();
            for (what, text) in [
                ("summary", doc.summary),
                ("explanation", doc.explanation),
                ("example", doc.example),
                ("not_flagged", doc.not_flagged),
            ] {
                assert!(text.trim().len() > 10, "{}: {what} is missing", doc.id);
            }
            assert!(
                !doc.summary.contains('|'),
                "{}: a | breaks the table",
                doc.id
            );
        }
    }

    #[test]
    fn every_rule_is_reported_by_some_check() {
        for rule in Rule::ALL {
            match rule.doc().check {
                Check::By(_) | Check::Engine => {}
                Check::Alongside(owner) => assert!(
                    matches!(owner.doc().check, Check::By(_)),
                    "{rule} is reported alongside {owner}, which has no check"
                ),
            }
        }
    }

    #[test]
    fn each_rule_example_is_flagged_by_that_rule() {
        // The example in the docs must be true: checked with the year it names.
        let mut config = Config::default();
        config.today = Some(crate::rules::weekday_date::Date::new(2025, 6, 1));
        for rule in Rule::ALL {
            if rule == Rule::UnknownDirective {
                continue; // its example is a comment, which only Markdown has: below
            }
            let found = crate::analyze(rule.doc().example, crate::Format::PlainText, &config);
            assert!(
                found.iter().any(|f| f.rule == rule),
                "{rule}: its example is not flagged: {found:?}"
            );
        }
        let found = crate::analyze(
            Rule::UnknownDirective.doc().example,
            crate::Format::Markdown,
            &config,
        );
        assert!(found.iter().any(|f| f.rule == Rule::UnknownDirective));
    }

    #[test]
    fn describe_says_everything() {
        let text = describe(Rule::RepeatedWord);
        assert!(text.starts_with("repeated-word (default: warning; fix: safe)"));
        assert!(text.contains(Rule::RepeatedWord.explanation()));
        assert!(text.contains("Not flagged:"));
    }
}
