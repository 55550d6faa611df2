//! Inline ignores: `<!-- copydesk-disable-next-line RULE -->` and
//! `<!-- copydesk-disable/enable RULE -->` comments in Markdown drafts.

use crate::document::Document;
use crate::finding::{Finding, Fix};

/// Drop the findings silenced by directives; report directives naming unknown rules.
pub fn apply(_doc: &Document<'_>, findings: Vec<Finding>) -> Vec<Finding> {
    findings
}

/// The "Ignore this finding" quick-fix: insert a disable-next-line comment
/// before the finding's line. `None` where comments are not possible (plain text).
pub fn ignore_fix(_doc: &Document<'_>, _finding: &Finding) -> Option<Fix> {
    None
}
