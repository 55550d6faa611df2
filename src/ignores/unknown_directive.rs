//! `unknown-directive`: an inline `copydesk-disable` comment that names no
//! known rule. Reported by the engine while it applies the inline ignores.

use crate::finding::Severity;
use crate::rules::{Check, FixSafety, RuleDoc};

pub const RULE: RuleDoc = RuleDoc {
    id: "unknown-directive",
    default_severity: Severity::Warning,
    summary:
        "An inline `copydesk-disable` comment that names no known rule, so it silences nothing.",
    explanation:
        "A copydesk-disable or copydesk-enable comment names a rule copydesk does not know, \
                  so it silences nothing.",
    example: "<!-- copydesk-disable-next-line unatributed-quote -->\n\
              “We will rebuild,” the mayor said.\n",
    not_flagged: "HTML comments that are not copydesk directives, and comments inside code.",
    // The fix changes only the comment, but the nearest known rule or keyword
    // is a guess at what the editor meant.
    fix_safety: FixSafety::Unsafe,
    check: Check::Engine,
};
