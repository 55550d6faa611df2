//! unclosed-quote on the patterns of published copy: one slip gives one
//! finding that names it, and every fix gives the copy it should.

use copydesk::{quotes, Document, Finding, Format, Rule};

fn findings(text: &str, format: Format) -> Vec<Finding> {
    let doc = Document::parse(text, format);
    let mut found: Vec<Finding> = quotes::check(&doc)
        .into_iter()
        .filter(|f| f.rule == Rule::UnclosedQuote)
        .collect();
    found.sort_by_key(|f| f.span.start);
    found
}

#[track_caller]
fn silent(text: &str) {
    for format in [Format::Markdown, Format::PlainText] {
        let found = findings(text, format);
        assert!(
            found.is_empty(),
            "expected no unclosed-quote in {text:?}, got {:#?}",
            found
                .iter()
                .map(|f| (&text[f.span.clone()], &f.message))
                .collect::<Vec<_>>()
        );
    }
}

/// The one finding of `text`.
#[track_caller]
fn one(text: &str) -> Finding {
    let mut found = findings(text, Format::Markdown);
    assert_eq!(
        found.len(),
        1,
        "one finding expected in {text:?}: {found:#?}"
    );
    found.remove(0)
}

/// Fails unless the finding's message has these words.
#[track_caller]
fn says(finding: &Finding, words: &str) {
    assert!(finding.message.contains(words), "{}", finding.message);
}

/// Fails if the finding's message has these words.
#[track_caller]
fn never_says(finding: &Finding, words: &str) {
    assert!(!finding.message.contains(words), "{}", finding.message);
}

/// The text after the first fix of the one finding.
#[track_caller]
fn fixed(text: &str) -> String {
    let finding = one(text);
    let fix = finding.fixes.first().expect("the finding offers a fix");
    fix.apply(text)
}

// ---------------------------------------------------------------------------
// Double marks inside double marks

#[test]
fn double_marks_nested_in_double_marks_give_one_finding_that_says_so() {
    let text = "“The minister called the deal “a good start” on Friday,” the union said.";
    let finding = one(text);
    assert_eq!(&text[finding.span.clone()], "“a good start”");
    says(&finding, "single marks");
    never_says(&finding, "never closed");
}

#[test]
fn the_nested_fix_sets_the_inner_quotes_in_single_marks() {
    assert_eq!(
        fixed("“They called the plan “reckless” and “late,” and we agree,” Okafor said."),
        "“They called the plan ‘reckless’ and ‘late,’ and we agree,” Okafor said."
    );
    assert_eq!(
        fixed("She tweeted, \"Witnesses heard him shout \"run!\" as the roof fell.\""),
        "She tweeted, \"Witnesses heard him shout 'run!' as the roof fell.\""
    );
}

#[test]
fn curly_marks_inside_a_quote_in_straight_marks_are_nested_across_reopened_paragraphs() {
    let text = "The council said:\n\n\"Residents asked for a \u{201c}safe crossing\u{201d} near the school.\n\n\"Work starts in May.\"\n";
    let finding = one(text);
    assert_eq!(&text[finding.span.clone()], "“safe crossing”");
}

#[test]
fn an_outer_quote_cut_short_is_still_never_closed() {
    // Two openers and one closer: the first quote was never closed.
    let text = "The report called it “a mess, and the mayor said “we will fix it.”";
    let finding = one(text);
    assert!(
        finding.message.starts_with("Quotation is never closed"),
        "{}",
        finding.message
    );
}

// ---------------------------------------------------------------------------
// Mismatched pairs and marks typed the wrong way round

#[test]
fn a_straight_mark_closing_a_curly_single_quote_is_a_mismatch() {
    let text = "“He looked at me and said, ‘Keep going,'” Lindqvist recalled.";
    let finding = one(text);
    says(&finding, "opens with ‘ but closes with '");
    assert_eq!(
        fixed(text),
        "“He looked at me and said, ‘Keep going,’” Lindqvist recalled."
    );
}

#[test]
fn a_curly_mark_closing_a_straight_single_quote_is_a_mismatch() {
    let text = "\"She just asked, 'Where is the ferry?’\" Moreau said.";
    assert_eq!(
        fixed(text),
        "\"She just asked, 'Where is the ferry?'\" Moreau said."
    );
}

#[test]
fn a_closing_mark_typed_as_an_opening_mark_is_named_and_turned() {
    let text = "Engineers asked for an “urgent survey“ of the pier and a new budget.";
    let finding = one(text);
    says(&finding, "wrong way round");
    assert_eq!(
        fixed(text),
        "Engineers asked for an “urgent survey” of the pier and a new budget."
    );
    assert_eq!(
        fixed("“We are nearly there,“ said the foreman."),
        "“We are nearly there,” said the foreman."
    );
    // At the end of a paragraph, with a stray space before it.
    assert_eq!(
        fixed("“The tide is out,” he said. “We wait. “\n\nThe boats stayed in.\n"),
        "“The tide is out,” he said. “We wait.”\n\nThe boats stayed in.\n"
    );
}

#[test]
fn an_opening_mark_typed_as_a_closing_mark_is_named_and_turned() {
    assert_eq!(
        fixed("Readers replied within minutes.\n\n”Thank you for the warning!” wrote one.\n"),
        "Readers replied within minutes.\n\n“Thank you for the warning!” wrote one.\n"
    );
    // The mark on the wrong side of its space as well.
    assert_eq!(
        fixed("The mayor says,” nobody will lose a home.”"),
        "The mayor says, “nobody will lose a home.”"
    );
    // A paragraph opening with an elided quote.
    assert_eq!(
        fixed("The paper was blunt.\n\n” … the port must reopen,” it wrote.\n"),
        "The paper was blunt.\n\n“… the port must reopen,” it wrote.\n"
    );
}

#[test]
fn a_single_opening_mark_typed_backwards_is_named_and_turned() {
    assert_eq!(
        fixed("“’Night Shift,’” she said, naming her favourite show."),
        "“‘Night Shift,’” she said, naming her favourite show."
    );
    assert_eq!(
        fixed("They gave the scheme a ‘poor‘ rating last year."),
        "They gave the scheme a ‘poor’ rating last year."
    );
}

#[test]
fn swapped_closing_marks_are_one_finding_and_the_fix_swaps_them() {
    let text = "“The plan is to build ‘a proper sea wall” along the front,’ the mayor wrote.";
    let finding = one(text);
    says(&finding, "swapped");
    assert_eq!(
        fixed(text),
        "“The plan is to build ‘a proper sea wall’ along the front,” the mayor wrote."
    );
}

#[test]
fn invisible_direction_marks_do_not_hide_a_backwards_mark() {
    let text = "Replies poured in.\n\n\u{202a}”Stay safe, everyone!” posted a reader.\n";
    assert_eq!(
        fixed(text),
        "Replies poured in.\n\n\u{202a}“Stay safe, everyone!” posted a reader.\n"
    );
}

#[test]
fn an_opening_mark_typed_twice_is_one_finding_and_the_fix_deletes_one() {
    assert_eq!(
        fixed("The draft reads: ““Every child deserves a school place.”"),
        "The draft reads: “Every child deserves a school place.”"
    );
}

#[test]
fn backwards_and_misplaced_apostrophes_stay_silent() {
    silent("On CBS‘ morning show she said the ’Murica jokes were old.");
    silent("The Smiths’ farm and the Joneses’ barn were sold in the ’90s.");
}

// ---------------------------------------------------------------------------
// Not quotation marks at all

#[test]
fn apostrophes_after_initialisms_and_figures_are_not_marks() {
    silent("That takes the party to 314 e.v.’s, and the 1990’s were worse.");
    silent("The Ph.D.'s were awarded after the M.A.'s.");
}

#[test]
fn feet_and_inches_are_not_quotation_marks() {
    silent("“I am only 5’9”, but he is 6’2”,” the guard said.");
    silent("\"He is 6'2\" and fast,\" the coach said.");
}

#[test]
fn marks_inside_markup_tags_are_not_quotation_marks() {
    silent("Watch the video at <a href=\"https://example.org/v\">example.org</a>.");
    silent("<tweet tweet-author=\"@someone\" tweet-date=\"May 4, 2016\n\">We did it.<tweet/>.");
    silent("See <a href=”https://example.org/x” target=”_blank”>the thread</a>.");
}

// ---------------------------------------------------------------------------
// The reopen-each-paragraph convention

#[test]
fn a_quote_reopened_after_an_attribution_inside_it_continues() {
    // The speaker named inside the quote reports what someone else said.
    silent("The review found:\n\n\"Half the budget went on consultants. Then, in 2019, the board said that the rest would follow.\n\n\"That leaves nothing for repairs.\"\n");
}

#[test]
fn the_convention_holds_across_an_interjected_paragraph() {
    silent("HALE: We have to talk about the budget first, and then we can talk about the roads.\n\n“Let me finish. The roads come after the schools.\n\n(CROSSTALK)\n\n“Every one of them,” Hale said.\n");
    // An aside between the paragraphs is no licence to leave a quote open.
    let text = "“Let me finish. The roads come after the schools.\n\n(CROSSTALK)\n\nThe debate ended at ten.\n";
    assert_eq!(findings(text, Format::Markdown).len(), 1);
}

#[test]
fn a_quote_running_on_through_lines_without_its_marks_is_closed_where_it_ends() {
    let text = "The statement in full:\n\"We thank the volunteers.\nThe search ends tonight.\nThe families have been told.\"\n";
    assert!(findings(text, Format::PlainText).is_empty());
}

#[test]
fn a_quote_run_past_its_speaker_says_so_and_not_that_the_next_paragraph_fails() {
    let text = "“We have no more beds, the matron said.\n\n“Nobody is turned away,” she added.\n";
    let finding = one(text);
    says(&finding, "past the speaker");
    never_says(&finding, "next paragraph");
    assert_eq!(
        fixed(text),
        "“We have no more beds,” the matron said.\n\n“Nobody is turned away,” she added.\n"
    );
}

#[test]
fn the_last_paragraph_is_not_said_to_have_a_next_one() {
    let finding = one("The mayor was brief.\n\n“We will rebuild the bridge by spring.\n");
    says(&finding, "the text ends");
    never_says(&finding, "next paragraph");
}

#[test]
fn the_unclosed_fix_does_not_swallow_the_reporters_words() {
    // No speaker after the quoted words: no fix rather than a guess.
    let text = "The club wrote that the ground was “unsafe for the rest of the season, and it said the games would move.\n\nFans were told by email.\n";
    let finding = one(text);
    assert!(finding.fixes.is_empty(), "{:#?}", finding.fixes);
}

#[test]
fn no_fix_where_the_reporters_words_may_come_before_the_speaker() {
    // A later sentence whose speaker's clause goes on with a new quote.
    let text = "“We never promised to pay the fees. Asked about the bill, the mayor replied, “Not this year.”";
    let finding = one(text);
    assert!(finding.fixes.is_empty(), "{:#?}", finding.fixes);
    // A speaker described with a comma: the break may fall inside the description.
    let text = "“Climate came first from day one, the tall, grey-haired envoy said.\n\nShe leaves in June.\n";
    let finding = one(text);
    assert!(finding.fixes.is_empty(), "{:#?}", finding.fixes);
}

#[test]
fn a_multi_sentence_quote_is_closed_before_a_short_attribution() {
    assert_eq!(
        fixed("“The storm took the roof. We slept in the school hall, she said.\n\nThe roof was fixed in May.\n"),
        "“The storm took the roof. We slept in the school hall,” she said.\n\nThe roof was fixed in May.\n"
    );
}
