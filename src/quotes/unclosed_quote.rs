//! `unclosed-quote`: a quotation mark opened and never closed, or closed and
//! never opened. Reported by the quotes check, from the pairing of marks (`pairing.rs`).

use crate::finding::{Rule, Severity};
use crate::rules::{Check, FixSafety, RuleDoc};

pub const RULE: RuleDoc = RuleDoc {
    id: "unclosed-quote",
    default_severity: Severity::Error,
    summary: "A quotation mark opened and never closed (apart from a quote running on into a next paragraph that reopens with a fresh mark), or closed and never opened.",
    explanation: "A quotation mark is opened and never closed, or closed and never opened. \
                  A quote that runs on into the next paragraph may leave its closing mark off, \
                  but the next paragraph must open with a fresh mark.",
    example: "She told reporters: “The crossing will carry traffic again by April.\n\n\
              Work began in January after inspectors found cracks.\n",
    not_flagged: "A quotation continued into the next paragraph, which by convention leaves the \
                  first paragraph's closing mark off and opens the next with a fresh mark; \
                  apostrophes and the marks of inches and feet.",
    // Where the missing mark belongs is a guess.
    fix_safety: FixSafety::Unsafe,
    check: Check::Alongside(Rule::UnattributedQuote),
};
