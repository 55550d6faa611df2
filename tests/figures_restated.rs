//! How news copy restates one quantity: each restatement `conflicting-figure`
//! reads as the same figure, with the look-alikes it must leave silent.

use copydesk::config::FigureStyle;
use copydesk::{figures, Document, Finding, Format};

fn check(text: &str) -> Vec<Finding> {
    let doc = Document::parse(text, Format::Markdown);
    figures::check(&doc, &FigureStyle::default())
}

/// The flagged text of a draft's one finding.
fn flagged(text: &str) -> String {
    let found = check(text);
    assert_eq!(
        found.len(),
        1,
        "expected one finding in {text:?}, got {found:#?}"
    );
    text[found[0].span.clone()].to_string()
}

fn silent(text: &str) {
    let found = check(text);
    assert!(
        found.is_empty(),
        "expected no finding in {text:?}, got {found:#?}"
    );
}

// ---- a definite reference takes the time of the figure it refers to ----

#[test]
fn a_plan_dated_by_its_deadline_and_the_posts_to_go() {
    assert_eq!(
        flagged(
            "The brewer said it would close two sites and cut 18,000 jobs by 2030.\n\n\
             Unions said the 81,000 posts to go would hurt the region for years.\n",
        ),
        "81,000 posts"
    );
}

#[test]
fn last_years_profit_and_the_profit_referred_back_to() {
    assert_eq!(
        flagged(
            "The ferry operator made a profit of $63.4 million last year.\n\n\
             Its owners said the $36.4 million profit would be paid out as a dividend.\n",
        ),
        "$36.4 million profit"
    );
}

#[test]
fn a_definite_reference_dated_in_its_own_words_is_another_period() {
    silent(
        "The ferry operator made a profit of $63.4 million in 2022.\n\n\
         Its owners said the $36.4 million profit in 2023 came from fewer sailings.\n",
    );
}

#[test]
fn a_definite_reference_to_another_owners_figure() {
    silent(
        "Northwind Ferries made a profit of $63.4 million last year.\n\n\
         Rival Bayline said its $36.4 million profit showed the market was shrinking.\n",
    );
}
