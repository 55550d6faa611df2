//! Figures: extracts quantities with what they count, and reports one quantity
//! given two incompatible values (`conflicting-figure`).

use crate::config::FigureStyle;
use crate::document::Document;
use crate::finding::Finding;

pub fn check(_doc: &Document<'_>, _style: &FigureStyle) -> Vec<Finding> {
    Vec::new()
}
