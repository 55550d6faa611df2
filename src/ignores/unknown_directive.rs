//! `unknown-directive`: an inline `copydesk-disable` comment that silences
//! nothing. Reported by the engine while it applies the inline ignores.

use crate::finding::Severity;
use crate::rules::{Check, FixSafety, RuleDoc};

pub const RULE: RuleDoc = RuleDoc {
    id: "unknown-directive",
    default_severity: Severity::Warning,
    summary: "An inline `copydesk-disable` comment that silences nothing: it names no known \
              rule, or no finding of the rules it names starts where it reaches.",
    explanation:
        "A copydesk-disable or copydesk-enable comment names a rule copydesk does not know, \
                  or none of the findings it names starts where it reaches (the slip was \
                  corrected, or the comment names the wrong rule), so it silences nothing. A \
                  comment for a rule that did not run is not reported: another configuration \
                  may need it.",
    example: "<!-- copydesk-disable-next-line unatributed-quote -->\n\
              “We will rebuild,” the mayor said.\n",
    not_flagged: "HTML comments that are not copydesk directives, comments inside code, and \
                  disable comments for a rule that is switched off.",
    // The fix changes only the comment, but the nearest known rule or keyword
    // is a guess at what the editor meant.
    fix_safety: FixSafety::Unsafe,
    check: Check::Engine,
};
