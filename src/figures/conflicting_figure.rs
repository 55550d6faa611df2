//! `conflicting-figure`: one quantity given two values that cannot both be
//! true. Checked by [`crate::figures::check`] (comparison in `conflicts.rs`).

use crate::finding::Severity;
use crate::rules::{Check, FixSafety, RuleDoc};

pub const RULE: RuleDoc = RuleDoc {
    id: "conflicting-figure",
    default_severity: Severity::Warning,
    summary: "The same quantity given two values that cannot both be true: \"4,500 workers\" and later \"5,400 employees\" at the same company. Updates stated as such, different entities or dates, parts of a whole and rival estimates credited to their sources are not flagged.",
    explanation: "The same quantity (the same thing counted, for the same entity, at the same time) \
                  appears twice with values that cannot both be true. Updates stated as such, \
                  different entities or dates, parts of a whole and rival estimates credited to \
                  their sources are not flagged. A later figure given as one already known \
                  (\"the 330 nurses\") that is a typing slip from an earlier one with the \
                  same words beside it is flagged too, without a fix, and so is a later \
                  figure given flat whose digits are an earlier one's with two swapped \
                  (\"received 318 objections\" … \"We had 381 objections\"), where \
                  nothing around them sets them apart; referring back, such a figure may \
                  name the count anew (\"has 316 pupils\" … \"the school's 361 \
                  children\"). Ten apart in three or more digits (\"£64.2m\" … \"the \
                  £6.42m profit\") is read as a slipped zero or point.",
    example: "The carmaker will close its plant in Lyon, putting 4,500 workers out of a job.\n\n\
              The closure of the plant will cost 5,400 workers their jobs, the company said.\n",
    not_flagged: "Updates stated as such (\"rose from 10 to 12\"), different entities or dates, \
                  a part against its whole, compatible bounds (\"more than 70\" and \"74\"), and \
                  rival estimates each credited to its source.",
    // Which of the two figures is right is for the reporter to find out.
    fix_safety: FixSafety::Unsafe,
    check: Check::By(|doc, config| crate::figures::check(doc, &config.figures)),
};
