//! Who said it, on the layouts of published news: each pattern that once
//! raised a false unattributed-quote alarm stays silent, and a quotation
//! whose attribution is gone, with no speaker near it, is still flagged.
//! Every sentence here is written for these tests.

use copydesk::{quotes, Document, Finding, Format, Rule};

fn unattributed(text: &str) -> Vec<Finding> {
    let doc = Document::parse(text, Format::PlainText);
    quotes::check(&doc)
        .into_iter()
        .filter(|f| f.rule == Rule::UnattributedQuote)
        .collect()
}

#[track_caller]
fn silent(text: &str) {
    let found = unattributed(text);
    assert!(
        found.is_empty(),
        "expected no unattributed-quote finding in {text:?}, got {:?}",
        found
            .iter()
            .map(|f| &text[f.span.clone()])
            .collect::<Vec<_>>()
    );
}

#[track_caller]
fn flagged(text: &str) -> Vec<&str> {
    unattributed(text)
        .into_iter()
        .map(|f| &text[f.span])
        .collect()
}

/// Paragraphs of the writer's own prose around a test paragraph, with no
/// speaker and no quotation in them.
fn framed(middle: &str) -> String {
    format!(
        "The depot on Canal Street opened in 1962 and closed last spring.\n\n\
         {middle}\n\n\
         The buses now park on a field behind the leisure centre."
    )
}

// ---------------------------------------------------------------------------
// Speech verbs in every order, with pronouns, ages and roles between

#[test]
fn speech_verbs_beyond_said_credit_the_speaker() {
    for attribution in [
        "“The roof leaks in three places,” Okafor continued.",
        "“The roof leaks in three places,” agreed Okafor.",
        "Okafor agreed: “The roof leaks in three places.”",
        "“The roof leaks in three places,” she emailed.",
        "“The roof leaks in three places,” Okafor tweeted on Sunday.",
        "“The roof leaks in three places,” Okafor pointed out.",
        "“The roof leaks in three places,” she went on.",
        "“The roof leaks in three places,” Lindgren chimed in.",
        "“The roof leaks in three places,” Lindgren insisted.",
        "“The roof leaks in three places,” Alvarez, 31, recalled as she locked the gate.",
        "“The roof leaks in three places,” the caretaker quipped.",
        "“The roof leaks in three places,” he cautioned.",
        "“The roof leaks in three places,” the surveyor countered.",
        "“The roof leaks in three places,” she reckoned.",
        "“The roof leaks in three places,” Hannity pressed.",
    ] {
        // The quotation after it is credited only by the verb before it.
        let paragraph = format!("{attribution} “Nobody has been up there since the spring.”");
        silent(&framed(&paragraph));
    }
}

#[test]
fn a_verb_that_goes_on_to_act_does_not_report_speech() {
    // "continued to", "agreed to pay": the earlier sentence credits nobody.
    let text = framed(
        "Repairs continued to drag on through the winter. “Nobody has been up on that roof for years.”",
    );
    assert_eq!(
        flagged(&text),
        vec!["“Nobody has been up on that roof for years.”"]
    );
}

// ---------------------------------------------------------------------------
// The speaker named in a neighbouring sentence or paragraph

#[test]
fn a_person_the_sentence_before_is_about_goes_on_speaking() {
    silent(&framed(
        "“I kept the keys for twenty years,” said Haines, 52.\n\nAfter the sale he was moved to the bus garage in Leigh. “The first week, I slept in the cab.”",
    ));
}

#[test]
fn reported_speech_in_the_paragraph_before_credits_a_quote_paragraph() {
    silent(&framed(
        "Moreau said she was relieved that the vote had gone her way.\n\n“It has been a long two years for everyone on this street.”",
    ));
}

#[test]
fn a_credited_quote_ending_the_paragraph_before_is_continued() {
    silent(&framed(
        "“We expected a few dozen people,” said Haldane. “Four hundred came.”\n\n“We had to open the side hall and borrow chairs from the school.”",
    ));
}

#[test]
fn a_statement_reopened_paragraph_by_paragraph_stays_credited() {
    silent(&framed(
        "The operator said:\n\n“The depot was costing more than it earned.\n\n“The new site will take every bus we own.\n\n“We expect the move to be finished by June.”",
    ));
}

#[test]
fn the_next_paragraph_pointing_back_names_the_speaker() {
    silent(&framed(
        "“A town without a bus station is a town that has given up.”\n\nThat was how the councillor described it at Tuesday’s meeting.",
    ));
}

#[test]
fn the_next_paragraph_quoting_on_names_the_speaker() {
    silent(&framed(
        "“We will not move the market.”\n\n“It has been on this square since the war,” the stallholder added.",
    ));
}

#[test]
fn a_credit_line_after_the_quote_names_the_speaker() {
    silent(&framed(
        "“We need a depot, not another car park.”\n\n- Priya Raman, bus drivers’ union.",
    ));
}

#[test]
fn a_speaker_named_somewhere_else_does_not_own_a_quote() {
    // The next paragraph names a new speaker without pointing back: the
    // quotation before it is nobody's.
    let text = framed(
        "Fares have risen twice since the depot closed. “We were told the new routes would be quicker.”\n\nA spokeswoman for the operator said timetables were under review.",
    );
    assert_eq!(
        flagged(&text),
        vec!["“We were told the new routes would be quicker.”"]
    );
}

#[test]
fn declining_to_comment_credits_nobody() {
    let text = framed(
        "The owner of the field declined to comment.\n\n“Nobody asked us before the buses arrived.”",
    );
    assert_eq!(
        flagged(&text),
        vec!["“Nobody asked us before the buses arrived.”"]
    );
}

#[test]
fn speech_still_to_come_credits_nobody() {
    let text = framed(
        "The review will ask why the depot was sold so cheaply.\n\n“Nobody asked us before the buses arrived.”",
    );
    assert_eq!(
        flagged(&text),
        vec!["“Nobody asked us before the buses arrived.”"]
    );
}

// ---------------------------------------------------------------------------
// Partial quotes in a clause whose subject is the source

#[test]
fn a_partial_quote_after_its_sources_verb_is_not_unattributed() {
    silent("The mayor likened the plan to “a blank cheque for whoever builds the depot next”.");
    silent("The inspectors found the wards “badly run and short of staff for most of the year”.");
    silent("The bank sees “a soft landing for us all, with rates falling by the autumn”.");
    silent("The advert targets “a rigged system that keeps bus fares high for working families”.");
    silent("She thanked the volunteers for “giving up their weekends to keep our shelter open”.");
}

#[test]
fn a_long_partial_quote_without_an_agent_is_still_flagged() {
    let text = "During the storm the warnings reached the coast “far too late for anyone in the caravans to leave”.";
    assert_eq!(
        flagged(text),
        vec!["“far too late for anyone in the caravans to leave”"]
    );
}

#[test]
fn a_quote_inside_a_noun_phrase_is_not_speech() {
    silent("The “longest standoff in the history of the county” may be over.");
}

// ---------------------------------------------------------------------------
// Documents as sources

#[test]
fn documents_and_statements_are_sources() {
    silent(&framed(
        "The operator issued a statement on Friday.\n\n“We regret the disruption and will publish new timetables next week.”",
    ));
    silent(&framed(
        "The senator’s first tweet of the day was short. “Bus fares are too high and everyone here knows it.”",
    ));
    silent("A footnote in the council’s report makes that clear: “The depot was never valued.”");
}

// ---------------------------------------------------------------------------
// Layouts: transcripts, Q&A, source tags, pull quotes, headlines

#[test]
fn a_labelled_turn_holds_its_quotes() {
    silent(&framed(
        "HOST: So what did the drivers say?\n\nA: They were blunt. ‘We will strike if the depot stays shut through the summer.’ That was the mood.",
    ));
}

#[test]
fn a_source_tag_after_the_quote_credits_it() {
    silent(&framed(
        "BUS DEPOT SOLD “The council has agreed to sell the Canal Street depot to a developer for housing.” [City Gazette]",
    ));
}

#[test]
fn a_pull_quote_with_its_credit_inside_the_marks_is_credited() {
    silent(&framed(
        "“We have waited long enough for a decent station in this town.\nMarta Lindqvist, residents’ group.”",
    ));
}

#[test]
fn a_headline_quoted_in_single_marks_in_double_mark_copy_is_a_title() {
    silent(
        "‘A depot for the people.’\n\nThe new depot opened on Monday. “It has taken ten years,” said the mayor. “It was worth it,” the driver added.",
    );
}

#[test]
fn a_run_of_quoted_questions_is_one_quotation() {
    silent(&framed(
        "The mayor’s first questioners were hostile: “Who sold the depot?” . . . “Why was nobody told?”",
    ));
}

// ---------------------------------------------------------------------------
// Not speech: sayings and titles

#[test]
fn an_adage_is_not_unattributed_speech() {
    silent("The old adage, “what gets measured gets managed by somebody else”, did not help the council.");
}

// ---------------------------------------------------------------------------
// The slip itself: a whole-sentence quote whose attribution was deleted

#[test]
fn a_bare_quote_with_no_speaker_nearby_is_flagged() {
    let text = framed("“We will keep the depot open until the new one is built.”");
    assert_eq!(
        flagged(&text),
        vec!["“We will keep the depot open until the new one is built.”"]
    );
}

#[test]
fn a_bare_quote_after_the_writers_own_sentences_is_flagged() {
    let text = framed(
        "Not everyone is convinced by the plan. The site floods most winters. “Nobody in their right mind would build houses down there.”",
    );
    assert_eq!(
        flagged(&text),
        vec!["“Nobody in their right mind would build houses down there.”"]
    );
}

#[test]
fn the_message_says_where_a_speaker_was_looked_for_and_no_fix_is_typed_in() {
    let text = framed("“We will keep the depot open until the new one is built.”");
    let found = unattributed(&text);
    assert_eq!(found.len(), 1);
    let message = &found[0].message;
    assert!(
        message.contains("its sentence, the sentences around it, or the paragraph it continues"),
        "{message}"
    );
    assert!(found[0].fixes.is_empty());
}
