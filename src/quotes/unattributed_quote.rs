//! `unattributed-quote`: a direct quotation with no speaker nearby. Checked by
//! [`crate::quotes::check`] (attribution in `attribution.rs`, report in `report.rs`).

use crate::finding::Severity;
use crate::rules::{Check, FixSafety, RuleDoc};

pub const RULE: RuleDoc = RuleDoc {
    id: "unattributed-quote",
    default_severity: Severity::Warning,
    summary: "A direct quotation with no speaker in its sentence, the sentences around it, or the paragraph it continues. Scare quotes, coined terms, nicknames and titles are left alone.",
    explanation: "A direct quotation needs a speaker: name who said it in the same sentence, \
                  a sentence around it, or the paragraph the quote continues (or credit it \
                  with a line such as “— Name”). Scare quotes, coined terms, nicknames and \
                  titles are not flagged.",
    example: "The council voted to close the pool on Monday.\n\n\
              “Closing it punishes every child in the district who cannot afford a private club.”\n",
    not_flagged: "Scare quotes and coined terms (a “temporary” closure), nicknames, titles of works, \
                  sayings, headlines; partial quotes in a clause whose subject is the source \
                  (the mayor likened the plan to “a blank cheque”); and quotations whose speaker \
                  or document is named in the sentence, the sentences around it, the paragraph \
                  the quote continues, a paragraph that points back to it, a credit line or a \
                  transcript label.",
    // Only the writer knows the speaker: a placeholder typed into the copy
    // would be wrong copy, so no fix is offered.
    fix_safety: FixSafety::None,
    check: Check::By(|doc, _| crate::quotes::check(doc)),
};
