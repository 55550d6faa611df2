//! `inconsistent-name`: one name spelled two ways in the same article. Checked
//! by [`crate::names::check`] (comparison in `consistency.rs`).

use crate::finding::Severity;
use crate::rules::{Check, FixSafety, RuleDoc};

pub const RULE: RuleDoc = RuleDoc {
    id: "inconsistent-name",
    default_severity: Severity::Warning,
    summary: "One name spelled two ways in the same article (\"Lindqvist\" and \"Lindquist\"), or a listed organisation or place one letter off beside its right spelling (\"the Untied Nations\"), where the fix follows the gazetteer.",
    explanation: "One name is spelled two ways in the same article. Pick one spelling (the house \
                  style, if the newsroom set one in copydesk.toml) and use it throughout.",
    example: "Chief executive Henrik Lindqvist told analysts the plant had lost money.\n\n\
              Lindquist said he expected few workers to take up the offer.\n",
    not_flagged: "Two different people who share a name's first letters, a name and its \
                  possessive or plural, and the spellings a newsroom accepts in copydesk.toml.",
    // Safe when one spelling is plainly right (the house style, or the
    // established one); `--fix` applies it only when it is the one choice offered.
    fix_safety: FixSafety::Safe,
    check: Check::By(|doc, config| crate::names::check(doc, &config.names)),
};
