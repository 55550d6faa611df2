//! `unattributed-quote`: a direct quotation with no speaker nearby. Checked by
//! [`crate::quotes::check`] (attribution in `attribution.rs`, report in `report.rs`).

use crate::finding::Severity;
use crate::rules::{Check, FixSafety, RuleDoc};

pub const RULE: RuleDoc = RuleDoc {
    id: "unattributed-quote",
    default_severity: Severity::Warning,
    summary: "A direct quotation with no speaker in its sentence, the neighbouring sentences of its paragraph, or the paragraph it continues. Scare quotes, coined terms, nicknames and titles are left alone.",
    explanation: "A direct quotation needs a speaker: name who said it in the same sentence, \
                  a neighbouring sentence of the paragraph, or the paragraph the quote continues. \
                  Scare quotes, coined terms, nicknames and titles are not flagged.",
    example: "The council voted to close the pool on Monday.\n\n\
              “Closing it punishes every child in the district who cannot afford a private club.”\n",
    not_flagged: "Scare quotes and coined terms (a “temporary” closure), nicknames, titles of works, \
                  and quotations whose speaker is named in the sentence, a neighbouring sentence \
                  of the paragraph, or the paragraph the quote continues.",
    // The fix inserts a placeholder speaker ("[WHO] said") for a person to fill in.
    fix_safety: FixSafety::Unsafe,
    check: Check::By(|doc, _| crate::quotes::check(doc)),
};
