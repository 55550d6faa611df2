//! `misspelled-name`: a well-known person's name spelled differently from its
//! established spelling. Reported by the names check (`spelling.rs`).

use crate::finding::{Rule, Severity};
use crate::rules::{Check, FixSafety, RuleDoc};

pub const RULE: RuleDoc = RuleDoc {
    id: "misspelled-name",
    default_severity: Severity::Error,
    summary: "A well-known person's name spelled differently from its established spelling (\"Emanuel Macron\"), even when it is spelled that way throughout.",
    explanation: "A well-known person's name is spelled differently from its established spelling. \
                  If the spelling is right for someone else, accept it in copydesk.toml.",
    example: "French President Emanuel Macron called the decision brutal.\n",
    not_flagged: "Other accepted spellings of the same person (transliterations on the reference \
                  list), names the newsroom accepts in copydesk.toml, and people the text shows \
                  to be someone else.",
    // One suggestion, the established spelling of the person the text names
    // (`--fix` applies it only when it is the one choice offered).
    fix_safety: FixSafety::Safe,
    check: Check::Alongside(Rule::InconsistentName),
};
