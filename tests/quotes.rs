//! The quote checks, rule by rule: this text gives these findings, this fix
//! gives this text. Every sentence here is written for these tests.

use copydesk::{quotes, Document, Finding, Format, Rule};

fn check(text: &str, format: Format) -> Vec<Finding> {
    let doc = Document::parse(text, format);
    let mut findings = quotes::check(&doc);
    findings.sort_by_key(|f| (f.span.start, f.span.end));
    findings
}

/// The text of each finding of `rule` in a Markdown draft.
fn flagged(text: &str, rule: Rule) -> Vec<&str> {
    flagged_as(text, rule, Format::Markdown)
}

fn flagged_as(text: &str, rule: Rule, format: Format) -> Vec<&str> {
    check(text, format)
        .into_iter()
        .filter(|f| f.rule == rule)
        .map(|f| &text[f.span])
        .collect()
}

/// No quote finding at all.
#[track_caller]
fn assert_clean(text: &str) {
    let findings = check(text, Format::Markdown);
    assert!(
        findings.is_empty(),
        "expected no findings in {text:?}, got {:#?}",
        findings
            .iter()
            .map(|f| (f.rule, &text[f.span.clone()], &f.message))
            .collect::<Vec<_>>()
    );
}

/// The text after applying the first fix of the only finding of `rule`.
#[track_caller]
fn fixed(text: &str, rule: Rule) -> String {
    let findings: Vec<Finding> = check(text, Format::Markdown)
        .into_iter()
        .filter(|f| f.rule == rule)
        .collect();
    assert_eq!(
        findings.len(),
        1,
        "one {rule} finding expected in {text:?}: {findings:#?}"
    );
    let fix = findings[0].fixes.first().expect("the finding offers a fix");
    fix.apply(text)
}

fn no_fix(text: &str, rule: Rule) -> bool {
    check(text, Format::Markdown)
        .iter()
        .filter(|f| f.rule == rule)
        .all(|f| f.fixes.is_empty())
}

const UNATTRIBUTED: Rule = Rule::UnattributedQuote;
const UNCLOSED: Rule = Rule::UnclosedQuote;

// ---------------------------------------------------------------------------
// unattributed-quote: attribution patterns that credit a speaker

#[test]
fn speaker_in_the_same_sentence() {
    assert_clean("“The bridge will reopen in spring,” the engineer said.");
    assert_clean("“The bridge will reopen in spring,” said Aisha Bello, the engineer.");
    assert_clean("The engineer said the bridge would “reopen in spring, weather permitting”.");
}

#[test]
fn every_speech_verb_credits_a_speaker() {
    for verb in [
        "said",
        "says",
        "told reporters",
        "added",
        "asked",
        "wrote",
        "warned",
        "insisted",
        "cautioned",
        "tweeted",
        "posted",
        "claimed",
        "argued",
        "explained",
        "replied",
        "noted",
        "declared",
        "announced",
        "urged",
        "stated",
        "recalled",
        "admitted",
        "has said",
    ] {
        let text = format!("“Nobody on this ward has slept for two days,” the nurse {verb}.");
        assert_clean(&text);
    }
}

#[test]
fn speakers_may_be_names_pronouns_or_descriptions() {
    assert_clean("“We expect the count to finish tonight,” she said.");
    assert_clean("“We expect the count to finish tonight,” officials said.");
    assert_clean("“We expect the count to finish tonight,” his chief of staff told reporters.");
    assert_clean("“We expect the count to finish tonight,” a senior official said.");
}

#[test]
fn according_to_and_statements_credit_a_source() {
    assert_clean("The harbour will close for a week, “or longer if the storm stalls”, according to the port authority.");
    assert_clean("The club said in a statement that it was “saddened beyond words by the news”.");
    assert_clean(
        "The mayor, in a post on X, called the closure “a necessary pain for the whole city”.",
    );
}

#[test]
fn colon_introductions_credit_the_quote() {
    assert_clean(
        "The minister told the chamber: “This bill will pass, and it will pass this week.”",
    );
    assert_clean(
        "Ms Okonjo put it plainly at the launch: “Nobody in this room wants another delay.”",
    );
}

#[test]
fn a_speaker_label_before_a_colon_credits_the_quote() {
    assert_clean("Mayor Okafor: “Every family will be back home by Christmas.”");
}

#[test]
fn a_neighbouring_sentence_may_name_the_speaker() {
    assert_clean(
        "The head teacher spoke to parents on Friday. “Every child will have a place by September.” She said the extension was funded.",
    );
    assert_clean(
        "“Every child will have a place by September.” The head teacher made the promise at the gates. She said the extension was funded.",
    );
}

#[test]
fn called_described_and_what_he_called() {
    assert_clean("The minister called it “the worst winter for the health service in decades”.");
    assert_clean("She described the ruling as “a victory for every tenant in the country”.");
    assert_clean(
        "He warned against what he called “a rush to judgment by people who should know better”.",
    );
    assert_clean(
        "The scheme, described by the mayor as “a lifeline for the high street”, starts in May.",
    );
}

#[test]
fn a_quote_continued_across_paragraphs_is_credited_once() {
    assert_clean(
        "“We lost the roof in the first hour,” said Tomasz Nowak, the farm's owner. “Then the barn went.\n\n“By morning there was nothing left standing. Nothing at all.”\n",
    );
}

#[test]
fn a_paragraph_ending_with_a_colon_introduces_the_next() {
    assert_clean("At the vigil, the priest read a message from the family:\n\n“We thank everyone who searched through the night for our son.”\n");
}

#[test]
fn a_paragraph_of_quotation_after_the_speakers_quote_continues_it() {
    assert_clean(
        "“The ferry was full before noon,” said the harbourmaster.\n\n“We turned away more than a hundred people, and some of them had waited since dawn.”\n",
    );
}

#[test]
fn a_colon_after_what_somebody_said_credits_its_owner() {
    assert_clean("She stepped off the bus in the rain. Her advice to the new recruits was short: ‘Listen first and talk later.’");
    assert_clean("The coach’s assessment: “We were second best all afternoon and we know it.”");
    assert_clean("The head teacher's answer at the meeting: “No child will lose a place.”");
    assert_clean("The nurses’ reply was blunt: “We cannot keep working double shifts.”");
}

#[test]
fn a_colon_after_a_contraction_or_a_thing_credits_nobody() {
    let text = "It’s simple: “Nobody leaves the hall until the count is done.”";
    assert_eq!(
        flagged(text, UNATTRIBUTED),
        vec!["“Nobody leaves the hall until the count is done.”"]
    );
}

#[test]
fn putting_it_some_way_is_speaking() {
    assert_clean("The goalkeeper put it more simply. “We threw it away in ten minutes.”");
    assert_clean("As one driver puts it, “the road is a river every single winter”.");
    let text = "The council put it on hold in March. “Nobody told the residents anything at all.”";
    assert_eq!(
        flagged(text, UNATTRIBUTED),
        vec!["“Nobody told the residents anything at all.”"]
    );
}

#[test]
fn more_ways_of_reporting_speech_credit_a_speaker() {
    for verb in [
        "retorted", "quipped", "conceded", "joked", "pleaded", "vowed", "echoed", "confided",
        "reasoned", "notes", "muttered",
    ] {
        let text = format!("“Nobody on this ward has slept for two days,” the nurse {verb}.");
        assert_clean(&text);
    }
    assert_clean(
        "The porter walked out, complaining that “nobody on this ward has slept for days”.",
    );
    assert_clean(
        "The ward is full, in the words of one porter, “to the last trolley in the corridor”.",
    );
}

// ---------------------------------------------------------------------------
// unattributed-quote: quotations with no speaker

#[test]
fn a_quote_with_no_speaker_in_its_paragraph_is_flagged() {
    let text = "The ferry service was suspended on Tuesday. Engineers are inspecting the ramp. “We have never seen damage like this before.”";
    assert_eq!(
        flagged(text, UNATTRIBUTED),
        vec!["“We have never seen damage like this before.”"]
    );
}

#[test]
fn a_paragraph_that_is_only_a_quote_is_flagged_after_unrelated_copy() {
    let text = "The landlord did not respond to requests for comment.\n\n“They knew about the damp for three winters and did nothing.”\n";
    assert_eq!(
        flagged(text, UNATTRIBUTED),
        vec!["“They knew about the damp for three winters and did nothing.”"]
    );
}

#[test]
fn a_partial_quote_in_an_agentless_passive_is_flagged() {
    let text =
        "The new bypass has been described as “a motorway to nowhere that nobody asked for”.";
    assert_eq!(
        flagged(text, UNATTRIBUTED),
        vec!["“a motorway to nowhere that nobody asked for”"]
    );
    let text = "The landlord has been accused of “treating tenants like an inconvenience” by ignoring repairs.";
    assert_eq!(
        flagged(text, UNATTRIBUTED),
        vec!["“treating tenants like an inconvenience”"]
    );
    let text = "The scheme, dismissed as “a gimmick dressed up as policy”, will start in May.";
    assert_eq!(
        flagged(text, UNATTRIBUTED),
        vec!["“a gimmick dressed up as policy”"]
    );
}

#[test]
fn a_first_person_partial_quote_is_somebodys_words() {
    let text =
        "The closure came as a shock, and the decision was “a betrayal of our whole village”.";
    assert_eq!(
        flagged(text, UNATTRIBUTED),
        vec!["“a betrayal of our whole village”"]
    );
}

#[test]
fn an_unowned_claim_needs_a_source() {
    let text = "The board met in private amid calls for “a full and independent inquiry”.";
    assert_eq!(
        flagged(text, UNATTRIBUTED),
        vec!["“a full and independent inquiry”"]
    );
    assert_clean("The union's demand for “a full and independent inquiry” was rejected.");
}

#[test]
fn a_long_partial_quote_with_nobody_named_is_somebodys_words() {
    let text = "Last winter the sirens sounded in the valley “far too late for the families down by the river,” and two roads were cut off.";
    assert_eq!(
        flagged(text, UNATTRIBUTED),
        vec!["“far too late for the families down by the river,”"]
    );
}

#[test]
fn a_standalone_quote_after_a_title_in_quotes_is_not_a_continuation() {
    let text = "The review will ask whether staff followed the ‘Green Book’, and why an earlier warning from a fire officer was ignored.\n\n‘Nobody checked the exits once that night.’\n";
    assert_eq!(
        flagged(text, UNATTRIBUTED),
        vec!["‘Nobody checked the exits once that night.’"]
    );
}

#[test]
fn straight_and_single_marks_are_quotations_too() {
    let text = "Turnout was low in the east.\n\n\"Nobody came to ask us what we wanted.\"\n";
    assert_eq!(
        flagged(text, UNATTRIBUTED),
        vec!["\"Nobody came to ask us what we wanted.\""]
    );
    let text = "Turnout was low in the east.\n\n‘Nobody came to ask us what we wanted.’\n";
    assert_eq!(
        flagged(text, UNATTRIBUTED),
        vec!["‘Nobody came to ask us what we wanted.’"]
    );
}

#[test]
fn an_unattributed_message_quotes_the_opening_words() {
    let text = "Rain fell all week.\n\n“We will rebuild the whole street, house by house.”\n";
    let findings = check(text, Format::Markdown);
    assert_eq!(findings.len(), 1);
    assert_eq!(
        findings[0].message,
        "Quotation has no speaker: nobody is credited in its sentence, the sentences around it, \
         or the paragraph it continues; say who said it (“We will rebuild the whole street…”)"
    );
}

// ---------------------------------------------------------------------------
// unattributed-quote: traps that are not quotations

#[test]
fn apostrophes_are_never_quote_marks() {
    assert_clean("Putin’s envoy said they’re not ready, and we don’t expect a deal before the ’90s revival fades.");
    assert_clean("The Residents’ Association played rock ’n’ roll at the farmers’ market.");
    assert_clean(
        "Putin's envoy said they're not ready, and the Smiths' house stood empty in the '90s.",
    );
}

#[test]
fn elisions_typed_with_an_opening_mark_are_apostrophes() {
    assert_clean("Queues stretched round the block ‘til midnight.\n\nThe gates opened at dawn.\n");
}

#[test]
fn closing_marks_after_initialisms_and_numbers_are_not_orphans() {
    assert_clean("The U.S.’ position has not changed, officials said.");
    assert_clean("Crews laid a 6” pipe under the road, the council said.");
}

#[test]
fn an_orphan_single_closing_mark_after_punctuation_is_flagged() {
    let text = "The crowd cheered. We did it,’ the captain said.";
    assert_eq!(flagged(text, UNCLOSED), vec!["We did it,’"]);
}

#[test]
fn apostrophes_inside_single_quotes_do_not_end_them() {
    assert_clean("‘The Residents’ Association wasn’t consulted, and the farmers’ union wasn’t either,’ said Cllr Anne Roy.");
    assert_clean("The minister promised to ‘protect our farmers’ and to ‘stand by the fishermen’s families’.");
}

#[test]
fn scare_quotes_coined_terms_and_nicknames_are_not_quotations() {
    assert_clean("Officers classed the site as so-called ‘brownfield plus’ land.");
    assert_clean("The lender's “buy now, pay later” products have grown fast.");
    assert_clean("Known to fans as ‘The Wall’, the goalkeeper retired on Sunday.");
    assert_clean("The proposal, known in Whitehall as the ‘tidy-up clause’, was dropped.");
    assert_clean("The carmaker unveiled the “Roadrunner” on Thursday.");
}

#[test]
fn a_title_right_after_its_work_is_not_a_quotation() {
    assert_clean("The charity's report, “Homes we can afford”, found rents had doubled.");
    assert_clean("Their campaign “Keep our buses running” gathered 5,000 names.");
}

#[test]
fn signs_banners_and_titles_are_not_quotations() {
    assert_clean(
        "Protesters carried placards reading ‘Hands off our library’ and ‘Books not bulldozers’.",
    );
    assert_clean("A banner reading “Homes for people, not for profit” hung from the bridge.");
    assert_clean("The band closed with “Heart of the Valley” and the film “Long Road North” opens next week.");
}

#[test]
fn short_terms_and_capitalised_titles_stay_quiet_however_placed() {
    assert_clean("The “temporary” bridge has now stood for eleven years.");
    assert_clean("Her blog post “Why the village voted to close the school” went viral.");
    assert_clean(
        "The valley’s old name, meaning “the place where the two rivers meet”, is on the sign.",
    );
    assert_clean("Locals call it “the road that never ends in winter”.");
    assert_clean("His nickname, ‘the boy who never missed a bus’, followed him to Leeds.");
    assert_clean(
        "The new law requires councils to keep “a register of every empty home in the borough”.",
    );
}

#[test]
fn nested_quotes_belong_to_their_quotation() {
    assert_clean("“My mother told me, ‘Never sign anything you have not read,’ and she was right,” Mr Adeyemi said.");
    assert_clean("‘He shouted “Get out now!” and we ran,’ said the neighbour.");
    assert_clean("\"The sign said 'closed for repairs' and that was that,\" the driver said.");
}

#[test]
fn headings_are_not_checked_for_speakers() {
    assert_clean("# ‘We will not be moved’: tenants dig in\n\nTenants in Block C refused to leave, their lawyer said.\n");
}

#[test]
fn inch_marks_are_not_quotes() {
    assert_clean("The storm left 14\" of snow on the pass.");
}

// ---------------------------------------------------------------------------
// unattributed-quote: block quotes

#[test]
fn a_block_quote_introduced_by_a_colon_is_credited() {
    assert_clean(
        "In her ruling, the judge wrote:\n\n> The council failed in its duty. It must now act.\n",
    );
}

#[test]
fn a_block_quote_after_a_speaker_is_credited() {
    assert_clean("The coroner read a statement from the family.\n\n> He loved the sea and he died doing what he loved.\n");
}

#[test]
fn a_block_quote_may_carry_its_own_credit() {
    assert_clean("The vote is on Friday.\n\n> We will not accept this offer.\n>\n> — Priya Nair, union secretary\n");
    assert_clean("The vote is on Friday.\n\n> We will not accept this offer, she said.\n");
}

#[test]
fn a_block_quote_with_no_speaker_is_flagged() {
    let text =
        "The vote is on Friday.\n\n> We will not accept this offer under any circumstances.\n";
    assert_eq!(
        flagged(text, UNATTRIBUTED),
        vec!["We will not accept this offer under any circumstances."]
    );
}

// ---------------------------------------------------------------------------
// unclosed-quote

#[test]
fn an_opening_mark_never_closed_is_flagged() {
    let text = "‘We will not sell the land, a spokesman for the estate said on Monday.\n\nThe sale was due to complete in June.\n";
    assert_eq!(flagged(text, UNCLOSED), vec!["‘We will not sell the land,"]);
    let text = "\"The numbers speak for themselves, the chief executive said.\n";
    assert_eq!(
        flagged(text, UNCLOSED),
        vec!["\"The numbers speak for themselves,"]
    );
}

#[test]
fn a_straight_single_quote_left_open_past_its_speaker_is_flagged() {
    let text = "'The numbers speak for themselves, the chief executive said.\n\nShares fell.\n";
    assert_eq!(
        flagged(text, UNCLOSED),
        vec!["'The numbers speak for themselves,"]
    );
    // A lone straight mark that may be an apostrophe stays silent.
    assert_clean("The '90s are back, and the Smiths' house is for sale.\n\n'Tis the season.\n");
}

#[test]
fn a_quote_cut_short_by_the_next_quote_is_flagged() {
    let text = "“The report is wrong, said the chair. She called it “a hatchet job”.";
    assert_eq!(flagged(text, UNCLOSED), vec!["“The report is wrong,"]);
}

#[test]
fn a_nested_quote_left_open_when_its_outer_quote_closes_is_flagged() {
    let text = "The judge told the jury: “As the defence put it, ‘nobody saw the van that night.”";
    assert_eq!(
        flagged(text, UNCLOSED),
        vec!["‘nobody saw the van that night."]
    );
    // Elisions and apostrophes inside a quote are not nested quotes.
    assert_clean(
        "“We grew up on rock ‘n’ roll in the ‘90s, and the Smiths’ shop sold it all,” she said.",
    );
}

#[test]
fn a_closing_mark_never_opened_is_flagged() {
    let text = "She thanked the crew. We could not have done it without them,” she said.";
    assert_eq!(
        flagged(text, UNCLOSED),
        vec!["We could not have done it without them,”"]
    );
    let text = "She thanked the crew. We could not have done it without them,\" she said.";
    assert_eq!(
        flagged(text, UNCLOSED),
        vec!["We could not have done it without them,\""]
    );
}

#[test]
fn a_quote_closed_with_the_wrong_mark_is_flagged() {
    let text = "“The tide turned faster than anyone expected,’ the skipper said.";
    assert_eq!(
        flagged(text, UNCLOSED),
        vec!["“The tide turned faster than anyone expected,’"]
    );
}

#[test]
fn the_multi_paragraph_convention_is_not_an_unclosed_quote() {
    assert_clean("“The first week was chaos,” the nurse said. “Nobody knew where anything was.\n\n“By the second week we had a system.”\n");
    assert_clean("‘The first week was chaos,’ the nurse said. ‘Nobody knew where anything was.\n\n‘By the second week we had a system.’\n");
}

#[test]
fn a_quote_left_open_when_the_next_paragraph_does_not_reopen_is_flagged() {
    let text = "“The first week was chaos,” the nurse said. “Nobody knew where anything was.\n\nThe hospital opened in March.\n";
    assert_eq!(
        flagged(text, UNCLOSED),
        vec!["“Nobody knew where anything was."]
    );
}

#[test]
fn an_unclosed_quote_is_not_also_unattributed() {
    let text = "The road was closed.\n\n“Nobody told us anything about the closure.\n\nThe council apologised.\n";
    assert_eq!(flagged(text, UNCLOSED).len(), 1);
    assert!(flagged(text, UNATTRIBUTED).is_empty());
}

#[test]
fn an_unclosed_message_says_what_is_wrong() {
    let text = "‘We will not sell the land, a spokesman said.\n";
    let findings = check(text, Format::Markdown);
    assert_eq!(findings.len(), 1);
    assert!(
        findings[0].message.starts_with("Quotation is never closed"),
        "{}",
        findings[0].message
    );
    assert_eq!(&text[findings[0].related[0].span.clone()], ",");
}

#[test]
fn plain_text_lines_are_paragraphs_for_the_convention() {
    let text = "‘We have one road in and one road out,’ said the farmer. ‘When it floods, we are cut off.\n‘Nobody has ever fixed the drain.’\nThe council said repairs were planned.\n";
    assert!(check(text, Format::PlainText).is_empty());
    let text = "‘When it floods, we are cut off, the farmer said.\nThe council said repairs were planned.\n";
    assert_eq!(
        flagged_as(text, UNCLOSED, Format::PlainText),
        vec!["‘When it floods, we are cut off,"]
    );
}

// ---------------------------------------------------------------------------
// Quick-fixes

#[test]
fn no_speaker_placeholder_is_typed_into_the_copy() {
    // Only the writer knows the speaker: a "[WHO] said" in the copy is wrong
    // copy, at the end of a sentence or in its middle.
    for text in [
        "Rain fell all week.\n\n“We will rebuild every house.”\n",
        "Rain fell all week.\n\n“Who is going to pay for all of this?”\n",
        "The plan has been hailed as ‘the best idea in a generation’ and as a model.",
    ] {
        assert_eq!(
            check(text, Format::Markdown)
                .iter()
                .filter(|f| f.rule == UNATTRIBUTED)
                .count(),
            1,
            "{text:?}"
        );
        assert!(no_fix(text, UNATTRIBUTED), "{text:?}");
    }
}

#[test]
fn the_unclosed_fix_closes_the_quote_before_its_speaker() {
    assert_eq!(
        fixed("‘We will not sell the land, a spokesman said.\n", UNCLOSED),
        "‘We will not sell the land,’ a spokesman said.\n"
    );
    assert_eq!(
        fixed(
            "\"The numbers speak for themselves, said the chief executive.\n",
            UNCLOSED
        ),
        "\"The numbers speak for themselves,\" said the chief executive.\n"
    );
}

#[test]
fn the_orphan_fix_opens_the_quote_at_the_sentence_start() {
    assert_eq!(
        fixed(
            "She thanked the crew. We could not have done it without them,” she said.",
            UNCLOSED
        ),
        "She thanked the crew. “We could not have done it without them,” she said."
    );
}

#[test]
fn the_mismatch_fix_uses_the_matching_mark() {
    assert_eq!(
        fixed(
            "“The tide turned faster than anyone expected,’ the skipper said.",
            UNCLOSED
        ),
        "“The tide turned faster than anyone expected,” the skipper said."
    );
}

#[test]
fn no_fix_when_the_end_of_the_quote_is_unclear() {
    assert!(no_fix(
        "“Nobody told us anything about the closure.\n\nThe council apologised.\n",
        UNCLOSED
    ));
}

#[test]
fn a_block_quote_without_a_speaker_is_flagged_without_a_placeholder() {
    let text = "The vote is on Friday.\n\n> We will not accept this offer.\n";
    assert_eq!(
        flagged(text, UNATTRIBUTED),
        vec!["We will not accept this offer."]
    );
    assert!(no_fix(text, UNATTRIBUTED));
}

// ---------------------------------------------------------------------------
// Any draft: no panic, spans and fixes on character boundaries

mod any_draft {
    use super::*;
    use proptest::prelude::*;

    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "“",
            "”",
            "‘",
            "’",
            "\"",
            "'",
            " ",
            " ",
            " ",
            "\n",
            "\n\n",
            ",",
            ".",
            "?",
            ":",
            "—",
            "said",
            "he",
            "We",
            "will",
            "farmers",
            "s",
            "90",
            "é",
            "> ",
            "# ",
            "- ",
            "U.S.",
            "according to",
            "described as",
            "has been",
        ])
    }

    proptest! {
        #[test]
        fn findings_stay_on_character_boundaries(pieces in prop::collection::vec(piece(), 0..60)) {
            let text: String = pieces.concat();
            for format in [Format::Markdown, Format::PlainText] {
                for f in check(&text, format) {
                    prop_assert!(f.span.start <= f.span.end && f.span.end <= text.len());
                    prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
                    for fix in &f.fixes {
                        for e in &fix.edits {
                            prop_assert!(e.span.end <= text.len());
                            prop_assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
                        }
                        let _ = fix.apply(&text);
                    }
                }
            }
        }
    }
}
