//! Quotations: finds quoted matter and checks that each quote is closed and
//! has a speaker (`unattributed-quote`, `unclosed-quote`).

use crate::document::Document;
use crate::finding::Finding;

pub fn check(_doc: &Document<'_>) -> Vec<Finding> {
    Vec::new()
}
