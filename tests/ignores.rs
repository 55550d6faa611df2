//! Inline ignores: each directive form, unknown rules, directives that are
//! really code, and the "Ignore this finding" quick-fix.

use copydesk::config::Level;
use copydesk::ignores::{apply, ignore_fix};
use copydesk::{analyze, Config, Document, Finding, Format, Rule, Span};

/// The span of the `n`th (1-based) occurrence of `needle` in `text`.
fn nth(text: &str, needle: &str, n: usize) -> Span {
    let start = text
        .match_indices(needle)
        .nth(n - 1)
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("`{needle}` #{n} is not in the test text"));
    start..start + needle.len()
}

fn at(text: &str, needle: &str) -> Span {
    nth(text, needle, 1)
}

/// A hand-made finding of `rule` on `needle` (the checks are tested elsewhere).
fn finding(text: &str, rule: Rule, needle: &str) -> Finding {
    Finding::new(rule, at(text, needle), "test finding")
}

/// The texts of the findings that survive `apply`, with their rules.
fn surviving(text: &str, findings: Vec<Finding>) -> Vec<(Rule, String)> {
    let doc = Document::parse(text, Format::Markdown);
    let mut out: Vec<(Rule, String)> = apply(&doc, findings)
        .into_iter()
        .map(|f| (f.rule, text[f.span].to_string()))
        .collect();
    out.sort();
    out
}

fn pair(rule: Rule, s: &str) -> (Rule, String) {
    (rule, s.to_string())
}

#[test]
fn no_directive_changes_nothing() {
    let text = "“Alpha went on.\n\nBeta said “nothing”.\n";
    let found = surviving(text, vec![finding(text, Rule::UnclosedQuote, "“Alpha")]);
    assert_eq!(found, vec![pair(Rule::UnclosedQuote, "“Alpha")]);
}

#[test]
fn disable_next_line_silences_only_the_next_nonblank_line() {
    let text =
        "<!-- copydesk-disable-next-line unclosed-quote -->\n\n“Alpha went on.\n\n“Beta went on.\n";
    let found = surviving(
        text,
        vec![
            finding(text, Rule::UnclosedQuote, "“Alpha"),
            finding(text, Rule::UnclosedQuote, "“Beta"),
        ],
    );
    assert_eq!(found, vec![pair(Rule::UnclosedQuote, "“Beta")]);
}

#[test]
fn disable_next_line_silences_only_the_named_rule() {
    let text = "<!-- copydesk-disable-next-line unclosed-quote -->\n“Alpha met Smyth.\n";
    let found = surviving(
        text,
        vec![
            finding(text, Rule::UnclosedQuote, "“Alpha"),
            finding(text, Rule::MisspelledName, "Smyth"),
        ],
    );
    assert_eq!(found, vec![pair(Rule::MisspelledName, "Smyth")]);
}

#[test]
fn disable_next_line_without_rule_silences_every_rule() {
    let text = "<!-- copydesk-disable-next-line -->\n“Alpha met Smyth.\nGamma met Smyth.\n";
    let found = surviving(
        text,
        vec![
            finding(text, Rule::UnclosedQuote, "“Alpha"),
            finding(text, Rule::MisspelledName, "Smyth"),
            Finding::new(Rule::MisspelledName, nth(text, "Smyth", 2), "second"),
        ],
    );
    assert_eq!(found, vec![pair(Rule::MisspelledName, "Smyth")]);
}

#[test]
fn inline_disable_next_line_at_the_end_of_a_line_silences_the_next() {
    let text = "Delta spoke at length <!-- copydesk-disable-next-line unattributed-quote -->\nand “it was fine” all along.\n";
    let found = surviving(text, vec![finding(text, Rule::UnattributedQuote, "“it")]);
    assert_eq!(found, vec![]);
}

#[test]
fn disable_and_enable_bound_a_region() {
    let text = "“One.\n\n<!-- copydesk-disable unclosed-quote -->\n\n“Two.\n\n“Three.\n\n<!-- copydesk-enable unclosed-quote -->\n\n“Four.\n";
    let findings = ["“One", "“Two", "“Three", "“Four"]
        .iter()
        .map(|n| finding(text, Rule::UnclosedQuote, n))
        .collect();
    let found = surviving(text, findings);
    assert_eq!(
        found,
        vec![
            pair(Rule::UnclosedQuote, "“Four"),
            pair(Rule::UnclosedQuote, "“One")
        ]
    );
}

#[test]
fn disable_without_enable_runs_to_the_end() {
    let text = "“One.\n\n<!-- copydesk-disable -->\n\n“Two met Smyth.\n\nLast line “three.\n";
    let found = surviving(
        text,
        vec![
            finding(text, Rule::UnclosedQuote, "“One"),
            finding(text, Rule::UnclosedQuote, "“Two"),
            finding(text, Rule::MisspelledName, "Smyth"),
            finding(text, Rule::UnclosedQuote, "“three"),
        ],
    );
    assert_eq!(found, vec![pair(Rule::UnclosedQuote, "“One")]);
}

#[test]
fn enable_without_rule_ends_every_region_and_enable_of_one_rule_only_that_one() {
    let text = "<!-- copydesk-disable unclosed-quote misspelled-name -->\n\n“Two met Smyth.\n\n<!-- copydesk-enable misspelled-name -->\n\n“Three met Smyth.\n\n<!-- copydesk-enable -->\n\n“Four.\n";
    let found = surviving(
        text,
        vec![
            finding(text, Rule::UnclosedQuote, "“Two"),
            Finding::new(Rule::MisspelledName, nth(text, "Smyth", 1), "x"),
            finding(text, Rule::UnclosedQuote, "“Three"),
            Finding::new(Rule::MisspelledName, nth(text, "Smyth", 2), "x"),
            finding(text, Rule::UnclosedQuote, "“Four"),
        ],
    );
    assert_eq!(
        found,
        vec![
            pair(Rule::UnclosedQuote, "“Four"),
            pair(Rule::MisspelledName, "Smyth")
        ]
    );
}

#[test]
fn several_rules_separated_by_commas_or_spaces() {
    for list in [
        "unclosed-quote, misspelled-name",
        "unclosed-quote,misspelled-name",
        "unclosed-quote misspelled-name",
    ] {
        let text = format!(
            "<!-- copydesk-disable-next-line {list} -->\n“Alpha met Smyth about 40 boats.\n"
        );
        let found = surviving(
            &text,
            vec![
                finding(&text, Rule::UnclosedQuote, "“Alpha"),
                finding(&text, Rule::MisspelledName, "Smyth"),
                finding(&text, Rule::ConflictingFigure, "40 boats"),
            ],
        );
        assert_eq!(
            found,
            vec![pair(Rule::ConflictingFigure, "40 boats")],
            "{list}"
        );
    }
}

#[test]
fn a_reason_after_two_dashes_is_not_a_rule() {
    let text = "<!-- copydesk-disable-next-line unclosed-quote -- the quote runs on, as the desk agreed -->\n“Alpha.\n";
    let found = surviving(text, vec![finding(text, Rule::UnclosedQuote, "“Alpha")]);
    assert_eq!(found, vec![]);
}

#[test]
fn multi_line_comments_and_block_quotes_work() {
    let text = "<!--\n  copydesk-disable-next-line\n  unclosed-quote\n-->\n“Alpha.\n\n> <!-- copydesk-disable-next-line unclosed-quote -->\n> “Beta.\n";
    let found = surviving(
        text,
        vec![
            finding(text, Rule::UnclosedQuote, "“Alpha"),
            finding(text, Rule::UnclosedQuote, "“Beta"),
        ],
    );
    assert_eq!(found, vec![]);
}

#[test]
fn unknown_rule_is_reported_with_the_nearest_rule_as_fix() {
    let text = "<!-- copydesk-disable-next-line unclosed-quotes -->\n“Alpha.\n";
    let doc = Document::parse(text, Format::Markdown);
    let out = apply(&doc, vec![finding(text, Rule::UnclosedQuote, "“Alpha")]);
    assert_eq!(out.len(), 2, "{out:?}");
    let unknown = out
        .iter()
        .find(|f| f.rule == Rule::UnknownDirective)
        .expect("the unknown rule is reported");
    assert_eq!(&text[unknown.span.clone()], "unclosed-quotes");
    for rule in Rule::ALL {
        assert!(
            unknown.message.contains(rule.as_str()),
            "{}",
            unknown.message
        );
    }
    assert_eq!(unknown.fixes.len(), 1);
    let fixed = unknown.fixes[0].apply(text);
    assert!(fixed.starts_with("<!-- copydesk-disable-next-line unclosed-quote -->"));
    // The unknown name silences nothing: the finding stays.
    assert!(out.iter().any(|f| f.rule == Rule::UnclosedQuote));
}

#[test]
fn unknown_rule_next_to_a_known_one_keeps_the_known_one() {
    let text = "<!-- copydesk-disable-next-line bogus, unclosed-quote -->\n“Alpha.\n";
    let found = surviving(text, vec![finding(text, Rule::UnclosedQuote, "“Alpha")]);
    assert_eq!(found, vec![pair(Rule::UnknownDirective, "bogus")]);
}

#[test]
fn far_fetched_unknown_rule_gets_no_suggestion() {
    let text = "<!-- copydesk-disable zebra -->\nText.\n";
    let doc = Document::parse(text, Format::Markdown);
    let out = apply(&doc, Vec::new());
    assert_eq!(out.len(), 1);
    assert!(out[0].fixes.is_empty(), "{:?}", out[0].fixes);
}

#[test]
fn misspelt_underscored_or_shortened_rule_ids_are_suggested() {
    for (written, meant) in [
        ("unattributed_quote", "unattributed-quote"),
        ("Misspelled-Name", "misspelled-name"),
        ("conflicting-figures", "conflicting-figure"),
        ("inconsistent", "inconsistent-name"),
    ] {
        let text = format!("<!-- copydesk-disable {written} -->\nText.\n");
        let doc = Document::parse(&text, Format::Markdown);
        let out = apply(&doc, Vec::new());
        assert_eq!(out.len(), 1, "{written}");
        assert_eq!(out[0].fixes.len(), 1, "{written}");
        assert_eq!(out[0].fixes[0].edits[0].text, meant);
    }
}

#[test]
fn misspelt_keyword_is_reported_and_other_copydesk_comments_are_not() {
    let text = "<!-- copydesk-disabel unclosed-quote -->\n“Alpha.\n\n<!-- copydesk-generated on Monday -->\n";
    let doc = Document::parse(text, Format::Markdown);
    let out = apply(&doc, vec![finding(text, Rule::UnclosedQuote, "“Alpha")]);
    let unknown: Vec<&Finding> = out
        .iter()
        .filter(|f| f.rule == Rule::UnknownDirective)
        .collect();
    assert_eq!(unknown.len(), 1, "{out:?}");
    assert_eq!(&text[unknown[0].span.clone()], "copydesk-disabel");
    assert_eq!(unknown[0].fixes[0].edits[0].text, "copydesk-disable");
    assert!(out.iter().any(|f| f.rule == Rule::UnclosedQuote));
}

#[test]
fn directives_in_code_are_not_directives() {
    let text = "```\n<!-- copydesk-disable -->\n```\n\n“Alpha.\n\nSee `<!-- copydesk-disable-next-line -->` here\n“Beta.\n\n    <!-- copydesk-disable-next-line -->\n\n“Gamma.\n\n```\n<!-- copydesk-disable nonsense -->\n```\n";
    let found = surviving(
        text,
        vec![
            finding(text, Rule::UnclosedQuote, "“Alpha"),
            finding(text, Rule::UnclosedQuote, "“Beta"),
            finding(text, Rule::UnclosedQuote, "“Gamma"),
        ],
    );
    assert_eq!(
        found,
        vec![
            pair(Rule::UnclosedQuote, "“Alpha"),
            pair(Rule::UnclosedQuote, "“Beta"),
            pair(Rule::UnclosedQuote, "“Gamma"),
        ]
    );
}

#[test]
fn plain_text_directives_stand_alone_on_their_line() {
    let text = "<!-- copydesk-disable-next-line unclosed-quote -->\n“Alpha.\n\n“Beta <!-- copydesk-disable --> went.\n\n“Gamma.\n";
    let doc = Document::parse(text, Format::PlainText);
    let findings = vec![
        finding(text, Rule::UnclosedQuote, "“Alpha"),
        finding(text, Rule::UnclosedQuote, "“Beta"),
        finding(text, Rule::UnclosedQuote, "“Gamma"),
    ];
    let left: Vec<&str> = apply(&doc, findings)
        .into_iter()
        .map(|f| &text[f.span])
        .collect();
    // The mid-line comment is prose in plain text, not a directive.
    assert_eq!(left, vec!["“Beta", "“Gamma"]);
}

#[test]
fn a_plain_text_directive_line_is_not_prose() {
    let wrapped =
        "The council met on Monday and the mayor\nsaid the budget would pass this week.\n";
    let with_comment = "The council met on Monday and the mayor\n<!-- copydesk-disable-next-line -->\nsaid the budget would pass this week.\n";
    let plain = Document::parse(wrapped, Format::PlainText);
    let commented = Document::parse(with_comment, Format::PlainText);
    assert_eq!(plain.paragraphs.len(), 1);
    assert_eq!(
        commented.paragraphs.len(),
        1,
        "the comment split the paragraph"
    );
    let words = |d: &Document<'_>| {
        d.prose_of(d.paragraphs[0].span.clone())
            .split_whitespace()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    assert_eq!(words(&plain), words(&commented));
}

/// A draft whose only problem is an unclosed quotation, in plain text.
const PLAIN_UNCLOSED: &str = "Harbour bridge to reopen\n\nCouncil leader Maria Okafor said the repairs were on schedule.\n\nShe told reporters: “The crossing will carry traffic again by April, and we are sure of it.\n\nWork began in January.\n";

#[test]
fn the_ignore_fix_works_in_plain_text_after_reanalysis() {
    let config = Config::default();
    let findings = analyze(PLAIN_UNCLOSED, Format::PlainText, &config);
    let f = findings
        .iter()
        .find(|f| f.rule == Rule::UnclosedQuote)
        .unwrap_or_else(|| panic!("no unclosed quote in {findings:?}"));
    let doc = Document::parse(PLAIN_UNCLOSED, Format::PlainText);
    let fix = ignore_fix(&doc, f).expect("plain text findings can be ignored");
    let fixed = fix.apply(PLAIN_UNCLOSED);
    assert!(
        fixed.contains("\n<!-- copydesk-disable-next-line unclosed-quote -->\nShe told"),
        "{fixed}"
    );
    let after = analyze(&fixed, Format::PlainText, &config);
    assert!(after.is_empty(), "{after:?}");
}

#[test]
fn a_disable_comment_that_silences_nothing_is_reported() {
    let config = Config::default();
    // Silences the unclosed quote: used, so nothing is reported.
    let used = PLAIN_UNCLOSED.replace(
        "She told",
        "<!-- copydesk-disable-next-line unclosed-quote -->\nShe told",
    );
    assert_eq!(analyze(&used, Format::PlainText, &config), vec![]);
    // On the wrong line, or naming the wrong rule: silences nothing.
    for (draft, format) in [
        (
            PLAIN_UNCLOSED.replace(
                "Work began",
                "<!-- copydesk-disable-next-line unclosed-quote -->\nWork began",
            ),
            Format::PlainText,
        ),
        (
            PLAIN_UNCLOSED.replace(
                "She told",
                "<!-- copydesk-disable-next-line misspelled-name -->\nShe told",
            ),
            Format::Markdown,
        ),
        (
            PLAIN_UNCLOSED.replace("Work began", "<!-- copydesk-disable -->\n\nWork began"),
            Format::Markdown,
        ),
    ] {
        let found = analyze(&draft, format, &config);
        let unused: Vec<&Finding> = found
            .iter()
            .filter(|f| f.rule == Rule::UnknownDirective)
            .collect();
        assert_eq!(unused.len(), 1, "{draft}\n{found:?}");
        assert!(
            unused[0].message.contains("silences nothing"),
            "{:?}",
            unused[0]
        );
        assert!(draft[unused[0].span.clone()].starts_with("<!-- copydesk-disable"));
        // Its fix removes the comment line and nothing else.
        let removed = unused[0].fixes[0].apply(&draft);
        assert_eq!(
            removed.replace("\n\n\n", "\n\n"),
            PLAIN_UNCLOSED,
            "{removed}"
        );
    }
}

#[test]
fn a_disable_comment_for_a_rule_switched_off_is_not_reported() {
    let mut config = Config::default();
    config.set_level(Rule::MisspelledName, Level::Off);
    let draft = PLAIN_UNCLOSED.replace(
        "She told",
        "<!-- copydesk-disable-next-line misspelled-name -->\nShe told",
    );
    let found = analyze(&draft, Format::PlainText, &config);
    assert!(
        found.iter().all(|f| f.rule != Rule::UnknownDirective),
        "{found:?}"
    );
}

/// Apply the ignore fix for `f` and check that the finding, moved by the
/// insertion, is silenced in the fixed text. Returns the fixed text.
fn fix_and_recheck(text: &str, f: &Finding) -> String {
    let doc = Document::parse(text, Format::Markdown);
    let fix = ignore_fix(&doc, f).expect("Markdown findings can be ignored");
    assert_eq!(fix.edits.len(), 1);
    let fixed = fix.apply(text);
    let shift = fixed.len() - text.len();
    let moved = Finding::new(f.rule, f.span.start + shift..f.span.end + shift, "moved");
    assert_eq!(&fixed[moved.span.clone()], &text[f.span.clone()]);
    let doc = Document::parse(&fixed, Format::Markdown);
    assert_eq!(
        apply(&doc, vec![moved]),
        vec![],
        "still flagged in:\n{fixed}"
    );
    // The paragraph structure is unchanged: the comment is not prose.
    let before = Document::parse(text, Format::Markdown);
    assert_eq!(doc.paragraphs.len(), before.paragraphs.len(), "{fixed}");
    fixed
}

#[test]
fn ignore_fix_inserts_a_comment_line_before_the_finding() {
    let text = "Intro line.\n\n“Alpha went on.\n";
    let f = finding(text, Rule::UnclosedQuote, "“Alpha");
    let fixed = fix_and_recheck(text, &f);
    assert_eq!(
        fixed,
        "Intro line.\n\n<!-- copydesk-disable-next-line unclosed-quote -->\n“Alpha went on.\n"
    );
    let doc = Document::parse(text, Format::Markdown);
    let fix = ignore_fix(&doc, &f).expect("fix");
    assert!(fix.title.contains("unclosed-quote"), "{}", fix.title);
}

#[test]
fn ignore_fix_uses_crlf_in_crlf_documents() {
    let text = "Intro line.\r\n\r\nThey called it “a disaster.\r\n";
    let f = finding(text, Rule::UnclosedQuote, "“a");
    let fixed = fix_and_recheck(text, &f);
    assert_eq!(
        fixed,
        "Intro line.\r\n\r\n<!-- copydesk-disable-next-line unclosed-quote -->\r\nThey called it “a disaster.\r\n"
    );
}

#[test]
fn ignore_fix_on_a_last_line_without_break_uses_the_documents_ending() {
    let text = "Intro.\r\n\r\n“Alpha";
    let f = finding(text, Rule::UnclosedQuote, "“Alpha");
    let fixed = fix_and_recheck(text, &f);
    assert_eq!(
        fixed,
        "Intro.\r\n\r\n<!-- copydesk-disable-next-line unclosed-quote -->\r\n“Alpha"
    );
}

#[test]
fn ignore_fix_keeps_indentation_and_block_quotes() {
    let text = "- First point.\n\n  “Alpha went on.\n\n> Quoted.\n>\n> “Beta went on.\n";
    let fixed = fix_and_recheck(text, &finding(text, Rule::UnclosedQuote, "“Alpha"));
    assert!(
        fixed.contains("\n  <!-- copydesk-disable-next-line unclosed-quote -->\n  “Alpha"),
        "{fixed}"
    );
    let fixed = fix_and_recheck(text, &finding(text, Rule::UnclosedQuote, "“Beta"));
    assert!(
        fixed.contains(">\n> <!-- copydesk-disable-next-line unclosed-quote -->\n> “Beta"),
        "{fixed}"
    );
}

#[test]
fn ignore_fix_on_a_wrapped_line_does_not_split_the_paragraph() {
    let text = "The mayor spoke for an hour\nand called it “a disaster.\n";
    let fixed = fix_and_recheck(text, &finding(text, Rule::UnclosedQuote, "“a"));
    assert_eq!(
        fixed,
        "The mayor spoke for an hour <!-- copydesk-disable-next-line unclosed-quote -->\nand called it “a disaster.\n"
    );
    // A hard break (two trailing spaces) is kept.
    let text = "The mayor spoke for an hour  \nand called it “a disaster.\n";
    let fixed = fix_and_recheck(text, &finding(text, Rule::UnclosedQuote, "“a"));
    assert!(fixed.contains("hour <!-- copydesk-disable-next-line unclosed-quote -->  \n"));
}

#[test]
fn ignore_fix_is_not_offered_where_it_cannot_work() {
    let text = "| Who | Said |\n| --- | --- |\n| Alpha | “went on |\n";
    let doc = Document::parse(text, Format::Markdown);
    let f = finding(text, Rule::UnclosedQuote, "“went");
    assert_eq!(
        ignore_fix(&doc, &f),
        None,
        "a comment line would break the table"
    );
    let text = "<!-- copydesk-disable-next-line bogus -->\nText.\n";
    let doc = Document::parse(text, Format::Markdown);
    let unknown = apply(&doc, Vec::new());
    assert_eq!(unknown.len(), 1);
    assert_eq!(ignore_fix(&doc, &unknown[0]), None);
}

#[test]
fn ignore_fix_is_not_offered_when_the_previous_line_ends_inside_code() {
    let text = "The mayor typed `rm\n-rf` and called it “a disaster.\n";
    let doc = Document::parse(text, Format::Markdown);
    let f = finding(text, Rule::UnclosedQuote, "“a");
    assert_eq!(ignore_fix(&doc, &f), None);
}

/// The whole loop with the real checks: analyse, take the ignore fix of one
/// finding, apply it, analyse again: that finding is gone and nothing new appears.
fn ignored_after_reanalysis(text: &str, rule: Rule) {
    let config = copydesk::Config::default();
    let before = copydesk::analyze(text, Format::Markdown, &config);
    let target = before
        .iter()
        .find(|f| f.rule == rule)
        .unwrap_or_else(|| panic!("the checks should flag {rule} in:\n{text}\ngot {before:?}"));
    let doc = Document::parse(text, Format::Markdown);
    let fix = ignore_fix(&doc, target).expect("an ignore fix");
    let fixed = fix.apply(text);
    let after = copydesk::analyze(&fixed, Format::Markdown, &config);
    assert_eq!(
        after.len(),
        before.len() - 1,
        "before: {before:?}\nafter: {after:?}\nin:\n{fixed}"
    );
    assert!(
        after.iter().all(|f| f.rule != rule),
        "{after:?}\nin:\n{fixed}"
    );
}

#[test]
fn an_unclosed_quote_is_ignored_after_reanalysis() {
    ignored_after_reanalysis(
        "The ferry ran late.\n\nThe skipper called the delay “a scandal that nobody will fix.\n\nPassengers waited.\n",
        Rule::UnclosedQuote,
    );
}

#[test]
fn an_unattributed_quote_is_ignored_after_reanalysis_with_crlf() {
    ignored_after_reanalysis(
        "The ferry ran late.\r\n\r\n“Nobody told us anything. We waited for hours on the pier.”\r\n\r\nPassengers waited.\r\n",
        Rule::UnattributedQuote,
    );
}

#[test]
fn a_quote_on_a_wrapped_line_is_ignored_after_reanalysis() {
    ignored_after_reanalysis(
        "The ferry ran late.\n\nThe skipper, who has run the crossing for years,\ncalled the delay “a scandal that nobody will fix.\n\nPassengers waited.\n",
        Rule::UnclosedQuote,
    );
}
