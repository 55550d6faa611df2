//! The `conflicting-figure` rule end to end: conflicts found with their related
//! place and fixes, and the figures that only look alike left alone.

#[path = "support/figure_checks.rs"]
mod figure_checks;

use copydesk::config::FigureStyle;
use copydesk::{analyze, figures, Config, Document, Finding, Format, Rule};
use figure_checks::{check_with, related_span, silent, the_one};

/// The one finding of a draft, with the text it covers and the text its related entry covers.
fn one(text: &str) -> (Finding, &str, &str) {
    let f = the_one(text);
    assert_eq!(f.rule, Rule::ConflictingFigure);
    let related = related_span(&f);
    let (span, rel) = (&text[f.span.clone()], &text[related]);
    (f, span, rel)
}

// ---- conflicts found ----

#[test]
fn jobs_and_posts_are_one_count() {
    let (_, span, related) = one(
        "The carmaker is cutting 4,500 jobs at its two northern plants, it said.\n\n\
         Unions said the 4,800 posts were the backbone of the region's economy.\n",
    );
    assert_eq!(span, "4,800 posts");
    assert_eq!(related, "4,500 jobs");
}

#[test]
fn soldiers_and_troops_are_one_count() {
    let text = "The regime has sent 6,400 soldiers to the front, officials said.\n\n\
                Analysts say the move is a sign of deepening ties.\n\n\
                It began deploying 4,600 troops in the spring, the officials added.\n";
    let (f, span, related) = one(text);
    assert_eq!(span, "4,600 troops");
    assert_eq!(related, "6,400 soldiers");
    assert!(
        f.message.contains("4,600 troops here")
            && f.message.contains("6,400 soldiers in paragraph 1"),
        "{}",
        f.message
    );
    let fixed = f.fixes[0].apply(text);
    assert!(fixed.contains("deploying 6,400 troops"), "{fixed}");
    // The other direction is offered too, and only the number changes.
    let other = f.fixes[1].apply(text);
    assert!(other.contains("has sent 4,600 soldiers"), "{other}");
}

#[test]
fn soldiers_and_troops_far_apart_are_not_proven_one_count() {
    // No slip of the keyboard, no back-reference, values far apart: two deployments.
    silent(
        "The regime has sent 6,000 soldiers to the front, officials said.\n\n\
         It began deploying 9,000 troops in the spring, the officials added.\n",
    );
}

#[test]
fn a_digit_swapped_money_figure_keeps_its_style() {
    let text = "Harbour Foods reported revenue of $3.7bn for the year.\n\n\
                Its chief executive said the $7.3bn revenue showed the strategy was working.\n";
    let (f, span, related) = one(text);
    assert_eq!(span, "$7.3bn revenue");
    assert_eq!(related, "$3.7bn");
    assert!(f.fixes[0].apply(text).contains("the $3.7bn revenue"));
    assert_eq!(f.fixes[0].title, "Change to $3.7bn");
}

#[test]
fn a_money_figure_counts_its_measure_not_its_modifier() {
    let (_, span, related) = one(
        "Delhi signed a $4.2bn arms deal on Tuesday.\n\nThe $2.4bn arms deal includes 40 jets.\n",
    );
    assert_eq!(span, "$2.4bn arms deal");
    assert_eq!(related, "$4.2bn arms deal");
}

#[test]
fn currencies_and_scales_are_normalised() {
    // £1.2 billion and £1,200m are the same figure; £2.1bn is not.
    silent("The club's debt stood at £1.2 billion in June.\n\nIts £1,200m debt worries fans.\n");
    let (_, span, _) =
        one("The club's debt stood at £1.2 billion.\n\nIts £2.1bn debt worries fans.\n");
    assert_eq!(span, "£2.1bn debt");
}

#[test]
fn an_iso_code_and_a_sign_name_one_currency() {
    // "EUR 465 million in 2025": a loss in a year, not a ratio ("nine in 10").
    let (_, span, _) = one(
        "Harlow Freight swung to a net loss of EUR 465 million in 2025, it said.\n\n\
         The €456m loss included write-downs.\n",
    );
    assert_eq!(span, "€456m loss");
}

#[test]
fn either_side_of_a_ratio_counts_nothing() {
    // "nine in 10 drivers" is a share, not ten drivers.
    silent(
        "About 9 in 10 drivers backed the plan.\n\nThe 19 drivers who objected were outvoted.\n",
    );
    silent("Nine in 10 drivers backed the plan.\n\nThe 19 drivers who objected were outvoted.\n");
}

#[test]
fn the_same_persons_age_given_twice() {
    let text = "Maria Keller, 58, founded the bakery in 1990.\n\n\
                Her staff describe a demanding but fair boss.\n\n\
                “I never planned to retire,” the 85-year-old said.\n";
    let (f, span, related) = one(text);
    assert_eq!(span, "the 85-year-old");
    assert_eq!(related, "Maria Keller, 58");
    assert!(f.fixes[0].apply(text).contains("the 58-year-old said"));
    assert!(f.fixes[1].apply(text).contains("Maria Keller, 85,"));
}

#[test]
fn a_named_age_and_an_age_before_the_name() {
    let (_, span, _) =
        one("Tomas Brandt, 61, chairs the board.\n\nThe 16-year-old Brandt joined at 20.\n");
    assert_eq!(span, "16-year-old");
}

#[test]
fn a_death_toll_and_a_later_count_of_the_dead() {
    let text = "# Storm toll rises\n\nThe death toll from the storm rose to 23 on Monday, up from 17, officials said.\n\n\
                Of the 32 people killed, most were in coastal villages.\n";
    let (_, span, related) = one(text);
    assert_eq!(span, "32 people");
    assert_eq!(related, "23");
}

#[test]
fn the_number_refers_to_what_was_counted_before() {
    let text = "Medics first treated 12 injured; by the evening the number had risen to 19.\n\n\
                The collapse, which injured 91 people, is under investigation.\n";
    let (_, span, related) = one(text);
    assert_eq!(span, "91 people");
    assert_eq!(related, "19");
}

#[test]
fn the_same_percentage_change_given_twice() {
    let text = "Sales fell 4.2% to $812.5m in the quarter.\n\n- Sales: $812.5m (down 2.4%)\n";
    let (f, span, _) = one(text);
    assert_eq!(span, "down 2.4%");
    assert!(f.fixes[0].apply(text).contains("(down 4.2%)"));
}

#[test]
fn words_and_numerals() {
    let text = "Police arrested seventy-two protesters outside the embassy.\n\n\
                Lawyers for the 27 protesters arrested say they will appeal.\n";
    let (f, span, _) = one(text);
    assert_eq!(span, "27 protesters");
    assert!(f.fixes[0].apply(text).contains("the 72 protesters"));
    assert!(f.fixes[1]
        .apply(text)
        .contains("arrested twenty-seven protesters"));
}

#[test]
fn a_chamber_vote_and_a_count_of_its_members() {
    let text = "Senators passed the bill by 61 votes to 39 on Thursday.\n\n\
                Among the 16 senators who voted against were three members of the governing party.\n";
    let (_, span, related) = one(text);
    assert_eq!(span, "16 senators");
    assert_eq!(related, "39");
}

#[test]
fn a_newsrooms_synonyms_join_counted_things() {
    let text =
        "The ministry called up 6,000 reservists.\n\nThe 6,600 conscripts report on Monday.\n";
    silent(text);
    let style = FigureStyle {
        synonyms: vec![vec!["reservist".into(), "conscript".into()]],
    };
    assert_eq!(check_with(text, &style).len(), 1);
}

#[test]
fn analyze_reports_the_rule() {
    let text = "The zoo received 41 animals.\n\nThe 14 animals arrived by train.\n";
    let found: Vec<Finding> = analyze(text, Format::Markdown, &Config::default())
        .into_iter()
        .filter(|f| f.rule == Rule::ConflictingFigure)
        .collect();
    assert_eq!(found.len(), 1);
    assert_eq!(&text[found[0].span.clone()], "14 animals");
}

// ---- figures that only look alike ----

#[test]
fn different_entities() {
    silent("Britain is sending 20,000 troops.\n\nGermany has committed 12,000 troops.\n\nIn all, 90,000 troops will take part.\n");
    silent("The strike killed 12 Ukrainian soldiers.\n\nA counter-attack killed 30 Russian soldiers.\n");
    silent("Delegations from 163 countries attended.\n\nTwo Syrian teams were turned away, and 11 countries sent no team.\n");
}

#[test]
fn different_times() {
    silent("The firm made a profit of $2.1bn last year.\n\nIts profit is $3.4bn.\n");
    silent("The last exercise on this scale, in 1988, involved 125,000 troops.\n\nThis one involves 90,000 troops.\n");
    silent("In April, 300 homes were flooded.\n\nThe storm flooded 1,200 homes.\n");
    silent("By the end of next year, the government will have built 450,000 homes.\n\nSo far 201,000 homes have been built.\n");
}

#[test]
fn changes_stated_as_such() {
    silent("Officials initially reported 31 injured; by evening the number had risen to 48.\n\n48 people were injured.\n");
    silent("The developer cut the number of homes from 420 to 350.\n\nThe 350 homes will be built in phases.\n");
    silent(
        "Profit rose to $52m, up from $40m a year earlier.\n\nThe $52m profit beat forecasts.\n",
    );
}

#[test]
fn parts_and_wholes() {
    silent("The plan includes 105 affordable homes.\n\nIn all, 350 homes would be built.\n");
    silent("The sides agreed to swap 1,200 prisoners, 600 from each side.\n\nThe 1,200 prisoners will cross on Friday.\n");
    silent("The flood killed 16 people.\n\nEleven of the victims were found in one street.\n\nOf the 16 people killed, five died in cars.\n");
    silent(
        "At least 1,100 vehicles will take part, including 133 tanks and 533 armoured vehicles.\n",
    );
}

#[test]
fn conversions_and_alternatives() {
    silent("He is paid $20.4m (£16m) a year.\n\nThe deal is worth $1.13bn (£900m).\n\nThe $1.13bn deal closes in May.\n");
    silent("It will cut 10% of its workforce of about 140,000, or roughly 14,000 jobs.\n");
}

#[test]
fn rival_estimates_credited_to_their_sources() {
    silent("Police put the crowd at about 80,000.\n\nOrganisers put the crowd at 200,000.\n");
    silent("According to police, 80,000 protesters marched.\n\nAccording to the organisers, 200,000 protesters marched.\n");
}

#[test]
fn ages_of_different_people() {
    silent("Ana Ruiz, 34, and Carl Bauer, 43, run the shop.\n\n“We never close,” the 43-year-old said.\n");
    silent("Modi, 73, spoke first.\n\nLater Rahul Gandhi spoke. “Jobs first,” Gandhi said.\n\nThe 53-year-old then left.\n");
    silent(
        "Prof Lorenzo Conti, 68, wrote the report.\n\nHis colleague Paola Conti, 52, disagreed.\n",
    );
}

#[test]
fn compatible_bounds() {
    silent("More than 70 animals were sent.\n\nThe 74 animals arrived on Friday.\n");
    silent("About 8,000 soldiers crossed.\n\nThe 8,100 soldiers were seen at dawn.\n");
    silent("Nearly 500 fans were hurt.\n\nThe 480 fans hurt were treated.\n");
}

#[test]
fn projections_and_targets() {
    silent("Officials expected about 40,000 visitors.\n\nIn the end 65,000 visitors came.\n");
    silent("The party needs 272 seats.\n\nIt won 303 seats.\n");
}

#[test]
fn counts_that_are_not_quantities_or_not_counts() {
    silent("The meeting ran for more than 14 hours.\n\nThe 41-hour meeting ended at dawn.\n");
    silent("Smith won 12,400 votes.\n\nJones won 9,800 votes.\n");
    silent("A Boeing 737 and 14 jets landed in 2019.\n\nThe 14th Street bridge and 1200 Jefferson Ave. were closed; call 311.\n");
    silent("They won 3-1.\n\nThey drew 2-2 in the 14 games before.\n");
}

// ---- digits typed in another order ----

#[test]
fn people_and_a_noun_for_people_with_swapped_digits_are_one_count() {
    let (_, span, related) = one(
        "Coastguard crews pulled 214 people from a sinking ferry on Sunday.\n\n\
         The 241 survivors were taken to hospitals along the coast.\n",
    );
    assert_eq!(span, "241 survivors");
    assert_eq!(related, "214 people");
}

#[test]
fn a_narrowing_word_does_not_hide_swapped_digits() {
    let (_, span, related) = one("The maker is withdrawing 52 batches of its eye drops.\n\n\
         Regulators said the 25 affected batches were sold in pharmacies.\n");
    assert_eq!(span, "25 affected batches");
    assert_eq!(related, "52 batches");
}

#[test]
fn related_names_with_swapped_digits_are_one_count() {
    let (_, span, _) = one("The two sides freed 1,300 prisoners on Sunday.\n\n\
         Observers watched the release of the 3,100 captives at the border.\n");
    assert_eq!(span, "3,100 captives");
}

#[test]
fn a_percentage_change_written_as_a_noun_is_the_verb_form_s_change() {
    let (_, span, related) = one(
        "Harlow Motors reported a 36% fall in operating profit for the quarter.\n\n\
         Chief executive Mara Voss said the 31% drop in operating profit reflected weaker demand.\n",
    );
    assert_eq!(span, "31% drop in operating profit");
    assert_eq!(related, "36% fall in operating profit");
    let (_, span, _) = one(
        "Operating profit fell 36% in the quarter, the company said.\n\n\
         Analysts said the 31% drop in operating profit was the steepest in years.\n",
    );
    assert_eq!(span, "31% drop in operating profit");
}

#[test]
fn percentage_changes_of_other_measures_or_forecasts_stay_silent() {
    silent("Revenue fell 12% in the quarter.\n\nThe 18% drop in operating profit was worse.\n");
    silent("Profit rose 4% last year.\n\nThe firm is expected to report a 9% rise in profit next year.\n");
}

#[test]
fn a_capacity_is_not_a_count_of_what_is_there() {
    silent("The ferry was licensed to carry 150 passengers.\n\nIt was carrying 186 passengers when it sank, officials said.\n");
    silent("The arena has a capacity of 21,000 fans.\n\nOnly 17,500 fans came to the final, the club said.\n");
}

#[test]
fn the_number_of_far_back_in_its_clause_is_what_a_figure_counts() {
    let text = "The ferry was carrying 120 passengers when it capsized, the coastguard said.\n\n\
                The number of people confirmed dead after the passenger ferry overturned in rough seas \
                off the island's northern tip rose to 23, officials said.\n\n\
                Hospitals were treating 40 survivors.\n\n\
                The 32 dead included four children, the coastguard said.\n";
    let (_, span, related) = one(text);
    assert_eq!(span, "32 dead");
    assert_eq!(related, "23");
}

#[test]
fn swapped_digits_of_different_things_stay_silent() {
    silent("The council approved 124 homes on Tuesday.\n\nIt also approved 142 parking spaces.\n");
    silent("The blaze destroyed 36 homes.\n\nOfficials said 63 people were hurt.\n");
    silent("The school has 312 students.\n\nIts 123 teachers went on strike.\n");
    silent("About 250 people attended.\n\nOrganisers sold 520 tickets.\n");
}

#[test]
fn a_measure_glued_to_its_unit_with_swapped_digits_is_one_measure() {
    let text = "Crews said the grass fire had burnt 12,600 hectares of scrub near the dam.\n\n\
                Residents were told the 16,200-hectare fire could reach the town within hours.\n";
    let (f, span, related) = one(text);
    assert_eq!(span, "16,200-hectare");
    assert_eq!(related, "12,600 hectares");
    assert!(f.fixes[0].apply(text).contains("the 12,600-hectare fire"));
}

#[test]
fn measures_that_differ_otherwise_stay_silent() {
    // Different digits: a fire grows, a second blaze is another fire.
    silent("The fire had burnt 4,200 hectares.\n\nA separate 1,900-hectare blaze was contained.\n");
    // Too few digits to say one is the other mistyped.
    silent("The ferry sails 12 miles each way.\n\nThe 21-mile crossing takes an hour.\n");
    // Different units, and a measure of the day before.
    silent("The storm dropped 130 millimetres of rain.\n\nWinds reached 310 kilometres an hour.\n");
    silent("The fire had burnt 5,400 hectares by Friday.\n\nOn Sunday it covered 4,500 hectares, officials said.\n");
    // Compounds that are not measures.
    silent("He served a 14-year term.\n\nThe 41-year-old spoke to reporters.\n");
}

#[test]
fn a_vote_share_with_swapped_digits_is_one_share() {
    let (_, span, related) = one(
        "Ortega took 38.6% in the first round, ahead of three rivals.\n\n\
         Analysts said Ortega, who won 36.8% of the vote, would need centrist support.\n",
    );
    assert_eq!(span, "36.8% of the vote");
    assert_eq!(related, "38.6%");
}

#[test]
fn a_vote_share_restating_a_tally_is_the_winners_share() {
    // "won 41,382 votes, or 53.5% of the vote": the share is won too.
    let text = "Ada Koperska won 41,382 votes, or 53.5% of the vote, in Sunday's election.\n\n\
                WHO, who won 35.5% of the vote, thanked her volunteers.\n";
    let flagged = text.replace("WHO", "Koperska");
    let (_, span, related) = one(&flagged);
    assert_eq!(span, "35.5% of the vote");
    assert_eq!(related, "53.5% of the vote");
    // Another winner's share stays apart.
    silent(&text.replace("WHO", "Her rival Piotr Lasek"));
}

#[test]
fn shares_of_other_things_or_other_winners_stay_silent() {
    silent("Ortega took 38.6% in the first round.\n\nIn the run-off Ortega won 52.1%.\n");
    silent("Ortega took 38.6% in the first round.\n\nHis rival Vargas won 36.8%.\n");
    silent("Ortega took 38.6% of the market.\n\nThe firm later won 36.8% of the market.\n");
}

// ---- owners, stakes, aircraft ----

#[test]
fn a_possessive_owner_meets_the_same_unowned_figure() {
    let (_, span, _) = one(
        "Okafor won the seat with a majority of 3,050 over the Greens.\n\n\
         Okafor’s majority of 3,400 was the largest in the county.\n",
    );
    assert!(span.contains("3,400"), "{span}");
}

#[test]
fn a_stake_is_a_percentage_of_one_thing() {
    let (_, span, related) = one(
        "The deal gives Northwind Capital a 75 per cent stake in the club.\n\n\
         Regulators are reviewing Northwind’s 70 per cent holding.\n",
    );
    assert_eq!(span, "70 per cent holding");
    assert_eq!(related, "75 per cent stake");
    silent("Apex bought a 20% stake in Orla.\n\nIt already had a 10% stake in Brann.\n");
}

#[test]
fn a_count_after_a_nation_and_a_model_name_is_read() {
    let (_, span, related) = one(
        "Officials said the government would sell Norway 36 F-16 fighter jets.\n\n\
         Critics said the 63 fighters were too many.\n",
    );
    assert_eq!(span, "63 fighters");
    assert!(related.starts_with("36"), "{related}");
}

// ---- parts and back-references ----

#[test]
fn a_restrictive_clause_or_a_demonstrative_names_a_part() {
    silent(
        "The storm damaged about 900 homes across the region. The 150 homes that were flooded \
         will be empty for months.\n\nOf those 150 homes, 40 were in the old town.\n",
    );
    silent("The rebels fired 24 shells. Four shells of them hit a school.\n");
}

#[test]
fn every_film_has_its_own_count_of_awards() {
    silent("“Harbour Lights” won four awards.\n\nThe film won two awards, both for its music.\n");
}

// ---- ages ----

#[test]
fn the_n_year_old_is_the_subject_of_the_sentences_before() {
    let (_, span, related) = one(
        "Maria Alvarez won the sprint title. Alvarez, 31, crossed the line first. \
         “I felt strong,” she said.\n\nThe 33-year-old thanked her coach.\n",
    );
    assert_eq!(span, "The 33-year-old");
    assert_eq!(related, "Alvarez, 31");
    let (_, span, _) = one(
        "Sen. Ada Hurst, 77, voted for the bill and said it was \"long overdue.\" \
         The 76-year-old did not take questions.\n",
    );
    assert_eq!(span, "The 76-year-old");
}

#[test]
fn the_n_year_old_after_someone_without_an_age_stays_silent() {
    silent(
        "Lena Ortiz, 29, won the first race.\n\n\
         Tom Reyes won the final after a long wait. The 35-year-old thanked his family.\n",
    );
}

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

/// Print how long the check takes on the draft named by `FIGURES_TIME` (run in release).
#[test]
#[ignore = "diagnostic: FIGURES_TIME=path cargo test --release --test figures -- --ignored --nocapture"]
fn time_a_draft() {
    let Ok(path) = std::env::var("FIGURES_TIME") else {
        return;
    };
    let text = std::fs::read_to_string(&path).expect("readable draft");
    let doc = Document::parse(&text, Format::from_path(&path));
    let style = FigureStyle::default();
    let runs = 2000;
    let start = std::time::Instant::now();
    let mut found = 0;
    for _ in 0..runs {
        found += figures::check(std::hint::black_box(&doc), &style).len();
    }
    let each = start.elapsed() / runs;
    println!(
        "{path}: {} words, {each:?} per check, {} findings",
        text.split_whitespace().count(),
        found / runs as usize
    );
}

#[test]
fn a_table_cell_opening_with_a_bound_is_read_without_a_panic() {
    // A Markdown table's cell is a sentence of its own; its figure may open
    // it with "a" ("a maximum of 10 people"), a determiner before nothing.
    silent("| limit | actual |\n|---|---|\n| a maximum of 10 people | 9 people were on site |\n");
}
