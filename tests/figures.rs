//! The `conflicting-figure` rule end to end: conflicts found with their related
//! place and fixes, and the figures that only look alike left alone.

use copydesk::config::FigureStyle;
use copydesk::{figures, Document, Format};

/// Print how every figure of the draft named by `FIGURES_EXPLAIN` was read.
#[test]
#[ignore = "diagnostic: FIGURES_EXPLAIN=path cargo test --test figures -- --ignored --nocapture"]
fn explain_a_draft() {
    let Ok(path) = std::env::var("FIGURES_EXPLAIN") else {
        return;
    };
    let text = std::fs::read_to_string(&path).expect("readable draft");
    let doc = Document::parse(&text, Format::from_path(&path));
    for line in figures::explain(&doc, &FigureStyle::default()) {
        println!("{line}");
    }
}
