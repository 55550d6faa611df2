//! The name checks against a small reference list of our own, so the tests do
//! not depend on the shipped list: misspelled-name, inconsistent-name, house style.

use copydesk::config::NameStyle;
use copydesk::document::{Document, Format};
use copydesk::names::{check, check_with_people};
use copydesk::reference::Person;
use copydesk::{Finding, Rule};

fn person(canonical: &str, variants: &[&str], description: &str) -> Person {
    Person {
        canonical: canonical.to_owned(),
        variants: variants.iter().map(|v| v.to_string()).collect(),
        wikidata: None,
        description: description.to_owned(),
    }
}

fn people() -> Vec<Person> {
    vec![
        person("Vladimir Putin", &[], "President of Russia"),
        person("Antony Blinken", &["Tony Blinken"], "US Secretary of State"),
        person("Anthony Albanese", &[], "Prime Minister of Australia"),
        person("Giorgia Meloni", &[], "Prime Minister of Italy"),
        person("Taylor Swift", &[], "American singer"),
        person("Xi Jinping", &["Xi Jin-ping"], "President of China"),
        person("Olaf Scholz", &[], "Chancellor of Germany"),
        person("Rahul Gandhi", &[], "Indian politician"),
        person("Sonia Gandhi", &[], "Indian politician"),
        person(
            "Recep Tayyip Erdoğan",
            &["Recep Tayyip Erdogan", "Tayyip Erdoğan"],
            "President of Turkey",
        ),
        person(
            "Ursula von der Leyen",
            &[],
            "President of the European Commission",
        ),
        person("Lionel Messi", &["Leo Messi"], "Argentine footballer"),
        person(
            "Volodymyr Zelenskyy",
            &["Volodymyr Zelensky", "Zelenskiy"],
            "President of Ukraine",
        ),
        person(
            "Kim Jong Un",
            &["Kim Jong-un"],
            "Supreme Leader of North Korea",
        ),
        person("Kim Yo Jong", &["Kim Yo-jong"], "Sister of Kim Jong Un"),
        person("Ed Miliband", &[], "British politician"),
        person("David Miliband", &[], "British politician"),
        person("Emmanuel Macron", &[], "President of France"),
        person("Ersin Tatar", &[], "Turkish Cypriot leader"),
        person("Thomas Sankara", &[], "President of Burkina Faso"),
        person("Mark Smith", &[], "Someone famous"),
        person("Adam Smith", &[], "Economist"),
        person("Antony Smith", &[], "Someone else famous"),
        person("Peter Hansom", &[], "Governor of Oregon"),
        person("Mira Castellanos", &[], "Chief executive of Voxatel"),
        person("Ramon Castellanos", &[], "Spanish footballer"),
        person("Teodor Castellanos", &[], "Chilean poet"),
        person("Myra Hollins", &[], "British novelist"),
        person("Inés Márquez", &["Ines Marquez"], "Uruguayan swimmer"),
        person("Calvin Dorsett", &[], "American senator"),
        person("Calvin Dorsett Jr.", &[], "American banker"),
    ]
}

fn run(text: &str) -> Vec<Finding> {
    run_with(text, &NameStyle::default())
}

fn run_with(text: &str, style: &NameStyle) -> Vec<Finding> {
    let doc = Document::parse(text, Format::PlainText);
    check_with_people(&doc, style, &people())
}

/// (rule, flagged text, replacement offered by the first fix).
fn summary(text: &str, findings: &[Finding]) -> Vec<(Rule, String, String)> {
    findings
        .iter()
        .map(|f| {
            let fix = f
                .fixes
                .first()
                .and_then(|x| x.edits.first())
                .map(|e| e.text.clone())
                .unwrap_or_default();
            (f.rule, text[f.span.clone()].to_owned(), fix)
        })
        .collect()
}

fn flags(text: &str) -> Vec<(Rule, String, String)> {
    summary(text, &run(text))
}

/// [`flags`] against a reference list of the test's own.
fn flags_with(text: &str, people: &[Person]) -> Vec<(Rule, String, String)> {
    let doc = Document::parse(text, Format::PlainText);
    summary(
        text,
        &check_with_people(&doc, &NameStyle::default(), people),
    )
}

fn one(rule: Rule, flagged: &str, fix: &str) -> Vec<(Rule, String, String)> {
    vec![(rule, flagged.to_owned(), fix.to_owned())]
}

use Rule::{InconsistentName as Inconsistent, MisspelledName as Misspelled};

// ---- misspelled-name -------------------------------------------------------

#[test]
fn given_name_slip_before_a_known_surname() {
    let text = "The minister met Vladamir Putin in the Kremlin on Tuesday.";
    let found = run(text);
    assert_eq!(
        summary(text, &found),
        one(Misspelled, "Vladamir", "Vladimir")
    );
    let f = &found[0];
    assert_eq!(
        f.message,
        "“Vladamir Putin” looks like a misspelling of Vladimir Putin (President of Russia)"
    );
    assert_eq!(f.fixes[0].title, "Change to Vladimir Putin");
    assert_eq!(f.acceptable_name.as_deref(), Some("Vladamir Putin"));
    assert_eq!(
        f.fixes[0].apply(text),
        "The minister met Vladimir Putin in the Kremlin on Tuesday."
    );
}

#[test]
fn ordinary_given_name_pinned_by_a_distinctive_surname() {
    assert_eq!(
        flags("Talks were led by Anthony Blinken, who flew in overnight."),
        one(Misspelled, "Anthony", "Antony")
    );
    assert_eq!(
        flags("In Rome, Georgia Meloni greeted the delegates."),
        one(Misspelled, "Georgia", "Giorgia")
    );
    assert_eq!(
        flags("Fans cheered as Leonel Messi walked out."),
        one(Misspelled, "Leonel", "Lionel")
    );
}

#[test]
fn the_role_beside_a_name_pins_an_ordinary_slip() {
    assert_eq!(
        flags("Gov. Peter Hanson signed the water bill on Friday."),
        one(Misspelled, "Hanson", "Hansom")
    );
    assert_eq!(
        flags("The bill passed, and the Oregon governor, Peter Hanson, signed it."),
        one(Misspelled, "Hanson", "Hansom")
    );
    // No role: a Peter Hanson is just someone.
    assert!(flags("Peter Hanson, a retired carpenter, mended the fence.").is_empty());
}

#[test]
fn a_shared_surname_does_not_pin_a_given_name_people_bear() {
    // Several people are called Castellanos; Myra is a name of its own, so a
    // Myra Castellanos may be anyone (a relative, a namesake)...
    assert!(flags("Shares rose after Myra Castellanos announced the merger.").is_empty());
    assert!(flags("Ramon Castellanos scored twice for the visitors.").is_empty());
    // ...unless the article ties her to the listed Mira: her role beside the name,
    assert_eq!(
        flags("Voxatel's chief executive, Myra Castellanos, announced the merger."),
        one(Misspelled, "Myra", "Mira")
    );
    // or the listed person named correctly elsewhere.
    let text = "Mira Castellanos spoke first. Later Myra Castellanos took questions.";
    assert_eq!(flags(text), one(Misspelled, "Myra", "Mira"));
}

#[test]
fn a_relative_with_a_name_of_her_own_is_left_alone() {
    let people = vec![
        person("Donald Trump", &[], "President of the United States"),
        person("Ivanka Trump", &[], "Senior Adviser to the US President"),
        person("Judd Trump", &[], "English snooker player"),
    ];
    let text = "Mr. Trump's first wife, Ivana Trump, wrote a memoir in the 1990s.";
    let doc = Document::parse(text, Format::PlainText);
    assert!(check_with_people(&doc, &NameStyle::default(), &people).is_empty());
}

#[test]
fn a_stray_word_beside_the_name_does_not_pin_it() {
    // The initial before "Rick Martin" and the surname after "Saleh" are not
    // words of the listed names they were lined up with.
    let people = vec![
        person("Ricky Martin", &[], "Puerto Rican singer"),
        person("Dean Martin", &[], "American singer"),
        person("Mohamed Salah", &["Mohammed Salah"], "Egyptian footballer"),
    ];
    for text in [
        "The county chairman, C. Rick Martin, backed the slate.",
        "Mohammed Saleh Zayada, 62, was a retired engineer.",
    ] {
        let doc = Document::parse(text, Format::PlainText);
        assert!(
            check_with_people(&doc, &NameStyle::default(), &people).is_empty(),
            "{text}"
        );
    }
}

#[test]
fn an_accent_the_name_never_has() {
    assert_eq!(
        flags("In the final, Inés Marqúez led from the first length."),
        one(Misspelled, "Marqúez", "Márquez")
    );
    // With the right accents or none at all, the name is fine.
    assert!(flags("In the final, Inés Márquez led from the first length.").is_empty());
    assert!(flags("In the final, Ines Marquez led from the first length.").is_empty());
}

#[test]
fn a_junior_suffix_names_the_son() {
    let text = "The bank's chairman, Calvin Dorset Jr., resigned on Monday.";
    let found = run(text);
    assert_eq!(summary(text, &found), one(Misspelled, "Dorset", "Dorsett"));
    assert!(
        found[0].message.contains("American banker"),
        "{}",
        found[0].message
    );
    let text = "Senator Calvin Dorset voted against the bill.";
    let found = run(text);
    assert!(
        found[0].message.contains("American senator"),
        "{}",
        found[0].message
    );
}

#[test]
fn rare_spelling_of_a_common_given_name() {
    assert_eq!(
        flags("Tickets for the Tayler Swift shows sold out in minutes."),
        one(Misspelled, "Tayler", "Taylor")
    );
}

#[test]
fn surname_slip_after_a_known_given_name() {
    assert_eq!(
        flags("Chinese President Xi Jingping arrived late."),
        one(Misspelled, "Jingping", "Jinping")
    );
    assert_eq!(
        flags("German Chancellor Olaf Sholz disagreed."),
        one(Misspelled, "Sholz", "Scholz")
    );
}

#[test]
fn middle_names_and_particles() {
    assert_eq!(
        flags("President Recep Tayyib Erdoğan opened the bridge."),
        one(Misspelled, "Tayyib", "Tayyip")
    );
    assert_eq!(
        flags("The plan came from Ursula von der Leyden, who chairs the body."),
        one(Misspelled, "Leyden", "Leyen")
    );
}

#[test]
fn distinctive_surname_alone() {
    let text = "Crowds gathered in Delhi. Ghandi said the vote was a turning point, and Ghandi left early.";
    let found = run(text);
    assert_eq!(
        summary(text, &found),
        vec![
            (Misspelled, "Ghandi".to_owned(), "Gandhi".to_owned()),
            (Misspelled, "Ghandi".to_owned(), "Gandhi".to_owned()),
        ]
    );
    let all = found[0]
        .fixes
        .iter()
        .find(|f| f.title == "Use Gandhi throughout");
    assert_eq!(all.map(|f| f.edits.len()), Some(2));
}

#[test]
fn surname_alone_joins_the_misspelled_full_name() {
    let text = "Rahul Ghandi led the march. Later Ghandi spoke to reporters.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found.iter().all(|f| f.rule == Misspelled));
    assert!(
        found[1].message.contains("Rahul Gandhi"),
        "{}",
        found[1].message
    );
}

#[test]
fn variant_surname_with_misspelled_given_name() {
    assert_eq!(
        flags("Italy hosted Volodomyr Zelensky for a day of talks."),
        one(Misspelled, "Volodomyr", "Volodymyr")
    );
}

#[test]
fn consistent_misspelling_is_only_misspelled() {
    let text = "Vladamir Putin spoke first. Later, Vladamir Putin left. Putin did not return.";
    let found = run(text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found.iter().all(|f| f.rule == Misspelled));
    assert!(found[0]
        .fixes
        .iter()
        .any(|f| f.title == "Use Vladimir throughout"));
    assert!(
        !found[0].related.is_empty(),
        "the other mentions of Putin are related"
    );
}

#[test]
fn capitals_in_headlines() {
    let text = "VLADAMIR PUTIN VISITS THE ZOO\n\nThe visit was short.";
    let doc = Document::parse(text, Format::Markdown);
    let found = check_with_people(&doc, &NameStyle::default(), &people());
    assert_eq!(
        summary(text, &found),
        one(Misspelled, "VLADAMIR", "VLADIMIR")
    );
}

#[test]
fn reference_people_are_not_misspellings_of_each_other() {
    assert!(flags("Anthony Albanese met Antony Blinken in Canberra.").is_empty());
    assert!(flags("Kim Jong Un and his sister, Kim Yo Jong, watched the launch.").is_empty());
    assert!(flags("Ed Miliband and David Miliband sat apart.").is_empty());
}

#[test]
fn ordinary_names_a_real_person_could_bear() {
    // Both words are ordinary names and the surname is common: someone else.
    assert!(flags("Mary Smith, a teacher, said the roof leaked.").is_empty());
    assert!(flags("Anthony Smith, 42, was fined.").is_empty());
    // A given name nobody in the list has: another person, whatever the surname.
    assert!(flags("Priya Ghandi, a nurse, said the ward was full.").is_empty());
}

#[test]
fn places_and_organisations_near_surnames() {
    assert!(
        flags("Talks moved from Qatar to Ankara, then to Moscow and Moscow’s suburbs.").is_empty()
    );
    assert!(flags("The Kremlin said the Moscow talks were useful.").is_empty());
}

#[test]
fn sentence_initial_words_are_not_names_by_themselves() {
    assert!(flags("Macaron sales rose in Paris this year.").is_empty());
}

#[test]
fn accepted_names_are_never_flagged() {
    let style = NameStyle {
        accept: vec!["Tayler Swift".to_owned()],
        ..NameStyle::default()
    };
    let text = "Tayler Swift, a local baker, won the prize. Swift said she was delighted.";
    assert!(run_with(text, &style).is_empty());
    // An accepted name does not excuse a different slip.
    let text = "Tayler Swift met Vladamir Putin.";
    assert_eq!(
        summary(text, &run_with(text, &style)),
        one(Misspelled, "Vladamir", "Vladimir")
    );
}

#[test]
fn newsroom_reference_lists_are_used() {
    let style = NameStyle {
        reference: vec![(
            "local.tsv".to_owned(),
            "# our people\nZbigniew Nowakowski\t\t\tMayor of Fairford\n".to_owned(),
        )],
        ..NameStyle::default()
    };
    let text = "The Mayor, Zbigniew Nowakowsky, opened the bridge.";
    let doc = Document::parse(text, Format::PlainText);
    let found = check(&doc, &style);
    assert_eq!(
        summary(text, &found),
        one(Misspelled, "Nowakowsky", "Nowakowski")
    );
    assert!(found[0].message.contains("Mayor of Fairford"));
}

// ---- inconsistent-name -----------------------------------------------------

#[test]
fn doubled_letter_minority_is_flagged() {
    let text =
        "President Volodymyr Zelenskyy arrived. Mr Zelensky said little. Zelenskyy left at noon.";
    let found = run(text);
    assert_eq!(
        summary(text, &found),
        one(Inconsistent, "Zelensky", "Zelenskyy")
    );
    let f = &found[0];
    assert_eq!(f.fixes[0].title, "Change to Zelenskyy");
    assert_eq!(f.related.len(), 2);
    assert_eq!(f.acceptable_name.as_deref(), Some("Zelensky"));
}

#[test]
fn hyphen_and_space_in_one_name() {
    let text =
        "Kim Jong Un inspected the site. Later Kim Jong-un left, and Kim Jong Un’s aides stayed.";
    assert_eq!(flags(text), one(Inconsistent, "Kim Jong-un", "Kim Jong Un"));
}

#[test]
fn a_people_hyphenated_two_ways_is_no_name() {
    // Newsrooms write "Korean-Americans" and "Korean Americans" alike: a
    // group of people, not one person's or body's name.
    let text = "Many Korean-Americans voted early. Turnout among Korean Americans rose. \
                Filipino Americans and Filipino-Americans were polled too.";
    assert!(flags(text).is_empty(), "{:?}", flags(text));
    // A name whose last word is no people's is still read.
    let text = "The Smoot-Hawley tariff returned. Critics of Smoot Hawley said so.";
    assert_eq!(
        flags(text),
        one(Inconsistent, "Smoot Hawley", "Smoot-Hawley")
    );
}

#[test]
fn capitals_inside_a_name() {
    let text =
        "Rival groups backed Kim Jong-Un. Critics of Kim Jong-un spoke. Kim Jong-un did not reply.";
    assert_eq!(flags(text), one(Inconsistent, "Jong-Un", "Jong-un"));
}

#[test]
fn dropped_diacritics() {
    let text = "Judge José Ortega presided. Lawyers asked Judge Jose Ortega for leniency. José Ortega refused.";
    assert_eq!(flags(text), one(Inconsistent, "Jose", "José"));
    let text =
        "Recep Tayyip Erdoğan spoke. Critics say Erdogan’s policies failed. Erdoğan disagreed.";
    assert_eq!(flags(text), one(Inconsistent, "Erdogan", "Erdoğan"));
}

#[test]
fn mac_and_mc() {
    let text = "Cllr Fiona McAllister chaired the meeting. Cllr MacAllister then adjourned it. Cllr McAllister said sorry.";
    assert_eq!(flags(text), one(Inconsistent, "MacAllister", "McAllister"));
}

#[test]
fn transliteration_swaps() {
    let text = "Dana Kowalczyk runs the agency. “Stay home,” Kowalczik said. Kowalczyk added more.";
    assert_eq!(flags(text), one(Inconsistent, "Kowalczik", "Kowalczyk"));
    let text = "Anna Vaksberg wrote the report. Ms Vaxberg said it was late. Vaksberg apologised.";
    assert_eq!(flags(text), one(Inconsistent, "Vaxberg", "Vaksberg"));
    let text =
        "Foreign Minister Sergey Lavrov met him. Sergei Lavrov left. Sergey Lavrov returned.";
    assert_eq!(flags(text), one(Inconsistent, "Sergei", "Sergey"));
}

#[test]
fn surname_alone_referring_back_to_an_introduced_person() {
    // Both spellings are ordinary surnames, but Souza only refers back to Sousa.
    let text = "Ricardo Sousa leads the service. Mr Sousa said nine were hurt. Mr Souza said an inquiry would follow.";
    assert_eq!(flags(text), one(Inconsistent, "Souza", "Sousa"));
}

#[test]
fn fix_all_replaces_every_minority_spelling() {
    let text = "Anna Petrowski spoke. Petrowsky said no. Petrowski agreed. Petrowsky left. Petrowski stayed.";
    let found = run(text);
    assert_eq!(found.len(), 2);
    let all = found[0]
        .fixes
        .iter()
        .find(|f| f.title == "Use Petrowski throughout")
        .expect("a fix for every mention");
    assert_eq!(
        all.apply(text),
        "Anna Petrowski spoke. Petrowski said no. Petrowski agreed. Petrowski left. Petrowski stayed."
    );
}

#[test]
fn ties_flag_the_later_spelling() {
    let text = "Marta Kowalska opened. Kowalsca closed.";
    // "Kowalsca" is a slip away and later: flagged, though it opens a sentence,
    // for it is no English word.
    assert_eq!(flags(text), one(Inconsistent, "Kowalsca", "Kowalska"));
    let text = "Lena Zaharova opened. Ms Zakharova closed.";
    assert_eq!(flags(text), one(Inconsistent, "Zakharova", "Zaharova"));
}

#[test]
fn silent_endings_and_umlauts() {
    assert_eq!(
        flags("The harbour master, Aiko Satoh, closed the port. Sato said the ferries would wait."),
        one(Inconsistent, "Sato", "Satoh")
    );
    assert_eq!(
        flags("Councillor Rhona Fenwicke chaired the meeting. Fenwick told reporters it had gone well. Fenwicke agreed."),
        one(Inconsistent, "Fenwick", "Fenwicke")
    );
    assert_eq!(
        flags("Jürgen Kötter chairs the works council. Kötter said pay talks would resume, and Koetter later confirmed it."),
        one(Inconsistent, "Koetter", "Kötter")
    );
}

#[test]
fn short_names_differ_only_by_a_doubled_letter() {
    assert_eq!(
        flags("The candidate, Anjali Sen, spoke first. Senn said the count was fair. Sen thanked her team."),
        one(Inconsistent, "Senn", "Sen")
    );
    // Different short names, or a doubled letter with nothing tying them together, stay silent.
    assert!(flags("Kim Dale spoke to Kym Ross after the match.").is_empty());
    assert!(flags("Tom Senn arrived. Later, Anjali Sen spoke.").is_empty());
}

#[test]
fn a_titled_given_name_refers_back() {
    assert_eq!(
        flags(
            "Prince Abdullah bin Fahd arrived on Monday. Prince Abdallah later met the minister."
        ),
        one(Inconsistent, "Abdallah", "Abdullah")
    );
}

#[test]
fn letters_swapped_in_a_company_name() {
    assert_eq!(
        flags("Shares in Vantrecht fell sharply. Analysts said Vantretch had overpaid, and Vantrecht declined to comment."),
        one(Inconsistent, "Vantretch", "Vantrecht")
    );
}

#[test]
fn a_possessive_inside_a_place_name() {
    assert_eq!(
        flags("Fans filled St Agnes’s Hall. Later, St Agnes’ Hall emptied, and St Agnes’s Hall was locked."),
        one(Inconsistent, "Agnes’", "Agnes’s")
    );
    // Only the apostrophe's shape differs: typography, not spelling.
    assert!(flags("Fans filled St Agnes’s Hall. Later, St Agnes's Hall emptied.").is_empty());
}

#[test]
fn different_people_with_similar_names() {
    assert!(flags("Kim Jong Un watched. Kim Yo Jong spoke. Kim Jong Un left.").is_empty());
    assert!(flags("Ed Miliband and his brother David Miliband disagreed. Ed won.").is_empty());
    assert!(flags("Mark Jones and Mary Jones, his wife, agreed.").is_empty());
    assert!(flags("Dean Ross thanked Dena Ross for the cake.").is_empty());
    assert!(flags("Tom Hartley chairs the group. His brother, Peter Hartley, farms the land. Hartley declined to comment.").is_empty());
    assert!(flags(
        "Prosecutor Kevin Marsh spoke. Defence lawyer Angela Marshall replied. Marsh objected."
    )
    .is_empty());
    assert!(flags("Carl Jensen and Karl Jensen are cousins.").is_empty());
    assert!(flags("Jon Smith met John Smith.").is_empty());
    assert!(flags("Maria Lopez and Mario Lopez ran the shop.").is_empty());
}

#[test]
fn places_and_word_forms_are_not_variants() {
    assert!(flags("Sweden and the Swedes agreed. Austria and Australia did not.").is_empty());
    assert!(
        flags("Slovenia and Slovakia signed. Russia and the Russian envoy refused.").is_empty()
    );
    assert!(flags("She studied at Columbia University before moving to Colombia.").is_empty());
    assert!(flags("Moscow said nothing. Moscow’s mayor did. The Kremlin was silent.").is_empty());
    assert!(flags("The Ministry of Defence and Defense Secretary Lloyd Austin spoke.").is_empty());
}

#[test]
fn both_accepted_spellings_in_one_article_are_still_inconsistent() {
    let text = "Volodymyr Zelensky spoke. Mr Zelenskiy left. Zelensky returned.";
    assert_eq!(flags(text), one(Inconsistent, "Zelenskiy", "Zelensky"));
}

// ---- house style -----------------------------------------------------------

#[test]
fn house_spelling_wins_even_when_consistent() {
    let style = NameStyle {
        prefer: vec!["Volodymyr Zelenskyy".to_owned(), "Kim Jong Un".to_owned()],
        ..NameStyle::default()
    };
    let text = "Volodymyr Zelensky met envoys. Zelensky said Kim Jong-un was a threat.";
    let found = run_with(text, &style);
    assert_eq!(
        summary(text, &found),
        vec![
            (Inconsistent, "Zelensky".to_owned(), "Zelenskyy".to_owned()),
            (Inconsistent, "Zelensky".to_owned(), "Zelenskyy".to_owned()),
            (
                Inconsistent,
                "Kim Jong-un".to_owned(),
                "Kim Jong Un".to_owned()
            ),
        ]
    );
    assert!(found[0].message.contains("House style"));
}

#[test]
fn house_spelling_beats_the_majority() {
    let style = NameStyle {
        prefer: vec!["Zelenskyy".to_owned()],
        ..NameStyle::default()
    };
    let text = "Mr Zelensky spoke. Zelensky left. Zelenskyy returned.";
    let found = run_with(text, &style);
    assert_eq!(found.len(), 2);
    assert!(found
        .iter()
        .all(|f| f.fixes[0].edits[0].text == "Zelenskyy"));
}

#[test]
fn accepted_spelling_silences_the_inconsistency() {
    let style = NameStyle {
        accept: vec!["Kowalczik".to_owned()],
        ..NameStyle::default()
    };
    let text = "Dana Kowalczyk runs the agency. Kowalczik said so. Kowalczyk added more.";
    assert!(run_with(text, &style).is_empty());
}

/// `NAMES_TIMING=draft.md cargo test --release --test names timing -- --ignored --nocapture`
/// prints how long the name check takes on a draft (never asserted).
#[test]
#[ignore]
fn timing() {
    let Ok(path) = std::env::var("NAMES_TIMING") else {
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let doc = Document::parse(&text, Format::from_path(&path));
    let style = NameStyle::default();
    let _ = check(&doc, &style); // build the indexes once
    let runs: u32 = std::env::var("NAMES_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(2000);
    let start = std::time::Instant::now();
    for _ in 0..runs {
        std::hint::black_box(check(&doc, &style));
    }
    let each = start.elapsed() / runs;
    println!(
        "{path}: {} words, {each:?} per check",
        text.split_whitespace().count()
    );
}

#[test]
fn a_place_is_never_a_misspelled_person() {
    let people = vec![
        person("Javier Tebas", &[], "President of La Liga"),
        person("Shah Jahan", &[], "Mughal emperor"),
    ];
    let run = |text: &str| flags_with(text, &people);
    // A state and a country, even where the text reads like a person's.
    assert!(run("Senator Ada Lowe of Texas said the bill would pass.").is_empty());
    assert!(run("Officials said Japan would send ships to the strait.").is_empty());
    // A surname that is no place is still checked.
    assert_eq!(
        run("Mr. Tebbas said the league would appeal."),
        one(Misspelled, "Tebbas", "Tebas")
    );
}

#[test]
fn a_given_name_that_is_also_a_modal_opens_a_full_name() {
    let people = vec![person("Roddy Doyle", &[], "Irish author")];
    let run = |text: &str| flags_with(text, &people);
    // "Will Doyle said": the spokesman is no listed author; his surname's slip
    // is his, not the author's.
    assert_eq!(
        run("Will Doyle said the plan was sound. Doyle said the vote would come soon. Later, Dolye said more."),
        one(Inconsistent, "Dolye", "Doyle")
    );
    // A modal opening a question stays a modal (nothing says a person
    // follows), and the author's slip is still caught.
    assert_eq!(
        run("Will Doyle win the prize this year? Roddy Doyle hopes so. Dolye has not said."),
        one(Inconsistent, "Dolye", "Doyle")
    );
}

#[test]
fn a_party_company_or_club_is_never_a_misspelled_person() {
    let people = vec![
        person("Dara Torres", &[], "American swimmer"),
        person("Anna Boeling", &[], "Swedish diplomat"),
        person("Tom Villar", &[], "Spanish cyclist"),
    ];
    let run = |text: &str| flags_with(text, &people);
    // A party's nickname, a company and a club, where a speech verb follows
    // as it would a person's name.
    assert!(run("In the end the Tories said the vote would wait.").is_empty());
    assert!(run("A week later Boeing said the jets were late.").is_empty());
    assert!(run("Fans cheered as Aston Villa said the coach would stay.").is_empty());
    // Beside the person the party's nickname is close to, it is still no variant.
    assert!(
        run("Dara Torres swam on Sunday. Torres said she was tired. The Tories said nothing.")
            .is_empty()
    );
    // A surname the gazetteer does not list is still checked.
    assert_eq!(
        run("Ms. Tores said the race had been hard."),
        one(Misspelled, "Tores", "Torres")
    );
}

#[test]
fn a_listed_club_company_or_place_one_letter_off_its_right_spelling() {
    // The club's other word pins the name, even where the slip is a word.
    assert_eq!(
        flags("Manchester United won at home. Later, Manchester Untied lost away."),
        one(Inconsistent, "Untied", "United")
    );
    assert_eq!(
        flags("Volkswagen cut jobs. The union said Volkswagn had broken its word."),
        one(Inconsistent, "Volkswagn", "Volkswagen")
    );
    // A listed word inside a name the gazetteer does not list as a whole.
    assert_eq!(
        flags("The Washington Post ran the story first. A Washingtton Post editor said so."),
        one(Inconsistent, "Washingtton", "Washington")
    );
    // The fix follows the gazetteer, not the majority.
    let text =
        "Floods hit Thialand again. Thialand has had rain for weeks. Thailand asked for help.";
    assert_eq!(
        flags(text),
        vec![
            (Inconsistent, "Thialand".to_owned(), "Thailand".to_owned()),
            (Inconsistent, "Thialand".to_owned(), "Thailand".to_owned()),
        ]
    );
}

#[test]
fn a_surname_that_also_names_a_university_is_still_a_persons() {
    // "Brown" is a university too, but a name people bear is left to the
    // article: after "Mr." it is a man's, and its slip is caught.
    assert_eq!(
        flags("Mr. Brown said the vote would wait. Mr. Brown left early. Later, Mr. Brwon told reporters he would not move."),
        one(Inconsistent, "Brwon", "Brown")
    );
}

#[test]
fn a_company_named_for_its_founder_is_a_person_where_the_text_makes_one() {
    let nobody: Vec<copydesk::reference::Person> = Vec::new();
    let text = "Ralph Lauren said the new line would sell. Ralph Lauren added that sales rose. Later, Ralph Laurne said more.";
    let doc = Document::parse(text, Format::PlainText);
    assert_eq!(
        summary(
            text,
            &check_with_people(&doc, &NameStyle::default(), &nobody)
        ),
        one(Inconsistent, "Laurne", "Lauren")
    );
}

#[test]
fn a_word_beside_a_listed_name_that_is_a_word_of_its_own_is_no_slip() {
    // A plural, the people of a place, another party's own spelling.
    for text in [
        "The Chicago Bulls won. A Chicago Bull fan cheered.",
        "Korea held talks. Korean officials said little.",
        "Germany voted. Germans said they were tired.",
        "Labour met on Monday. Labor, its Australian cousin, met too.",
    ] {
        assert!(flags(text).is_empty(), "{text}: {:?}", flags(text));
    }
}

#[test]
fn a_title_that_opens_the_name_of_a_thing_does_not_make_a_person() {
    let people = vec![person(
        "Robert Onder",
        &[],
        "US Representative from Missouri",
    )];
    let run = |text: &str| flags_with(text, &people);
    assert!(run("The White House may act by Executive Order within weeks.").is_empty());
    assert!(run("Critics said President Executive Order would follow.").is_empty());
    assert_eq!(
        run("Rep. Onderr said he would vote against it."),
        one(Misspelled, "Onderr", "Onder")
    );
}

#[test]
fn a_listed_name_in_a_headline_is_not_a_slip_of_another() {
    let people = vec![
        person("Jim Yong Kim", &[], "President of the World Bank"),
        person("Young Kim", &[], "US Representative from California"),
    ];
    let run = |text: &str| flags_with(text, &people);
    assert!(run("Senators Back Jim Yong Kim for Second Term\n\nThe vote was close.").is_empty());
    // A real slip in a Title Case headline is still found, name run into the verb.
    assert_eq!(
        run("Senators Back Jim Yung Kim for Second Term\n\nThe vote was close."),
        one(Misspelled, "Yung", "Yong")
    );
}

#[test]
fn a_short_surname_slipped_once_beside_its_full_mention() {
    let text = "Rep. Dara Issa opened the hearing.\n\nIssa asked about the budget. \
                Isas said later that the agency had failed.\n\nIssa left early.";
    assert_eq!(flags(text), one(Inconsistent, "Isas", "Issa"));
    // A slip at the last letter of a longer surname.
    let text = "Nadia Okafor runs the clinic.\n\nOkafor said funding was short. \
                The board backed her, Okafo said. Okafor thanked them.";
    assert_eq!(flags(text), one(Inconsistent, "Okafo", "Okafor"));
}

#[test]
fn plurals_demonyms_places_and_two_names_are_not_slips() {
    // A family named in the plural.
    assert!(flags(
        "Tom Harlow spoke first.\n\nHarlow thanked the crowd. The Harlows left at ten. Harlow stayed."
    )
    .is_empty());
    // A place and its people.
    assert!(flags(
        "Leaders from Asia met in Lima.\n\nAsia's growth slowed, and Asian markets fell. Asia recovered."
    )
    .is_empty());
    // Two spellings that are each a name people bear: two people.
    assert!(flags(
        "Ann Ward chairs the panel.\n\nWard said the vote was close. Wade, her deputy, agreed. Ward left."
    )
    .is_empty());
}

#[test]
fn a_titled_surname_slipped_beside_the_titled_surname() {
    let text = "Mr. Tovar met the envoys.\n\nThe talks, Mr. Tovar said, went well. \
                Critics said President Tovra had given too much away.";
    assert_eq!(flags(text), one(Inconsistent, "Tovra", "Tovar"));
}

#[test]
fn a_slip_in_a_name_of_three_letters_is_found_where_the_name_is_pinned() {
    let people = vec![
        person("John McCain", &[], "US Senator from Arizona"),
        person("Tim Cook", &[], "Chief executive of Apple"),
        person("Tim Cooke", &[], "Irish rower"),
        person("Bill Cook", &[], "American inventor"),
    ];
    let run = |text: &str| flags_with(text, &people);
    // A distinctive surname pins the given name.
    assert_eq!(
        run("The deal was struck with Jhn McCain on Tuesday."),
        one(Misspelled, "Jhn", "John")
    );
    // The role beside the name pins a short surname.
    assert_eq!(
        run("Apple chief executive Tim Cok said sales rose."),
        one(Misspelled, "Cok", "Cook")
    );
    // Without either, a short name is someone else's.
    assert!(run("A neighbour, Tim Cok, said he heard nothing.").is_empty());
    assert!(run("The shop is run by Jon McCann and his sister.").is_empty());
    // A headline word before the name is no short slip of its first word.
    let people = vec![person("Donald Trump", &["Don Trump"], "US President")];
    let text = "Reporters Set Out To Take Down Trump\n\nDonald Trump said the story was false.";
    let doc = Document::parse(text, Format::PlainText);
    assert!(check_with_people(&doc, &NameStyle::default(), &people).is_empty());
}

#[test]
fn chief_executive_is_the_role_of_a_ceo() {
    let people = vec![
        person("Jensen Huang", &[], "Co-founder and CEO of Nvidia"),
        person("Huang Xiaoming", &["Xiaoming Huang"], "Chinese actor"),
    ];
    let text = "Chief Executive Jenson Huang said demand was strong.";
    let doc = Document::parse(text, Format::PlainText);
    assert_eq!(
        summary(
            text,
            &check_with_people(&doc, &NameStyle::default(), &people)
        ),
        one(Misspelled, "Jenson", "Jensen")
    );
}

#[test]
fn a_given_name_that_is_also_an_organisation_word_leaves_the_check_on() {
    let people = vec![person("Bill Maher", &[], "American television host")];
    let run = |text: &str| flags_with(text, &people);
    let text = "The host, Bill Maher, said it was wrong.\n\nMaher said so again. \
                She disagreed, and Mhaer said no.";
    assert_eq!(run(text), one(Misspelled, "Mhaer", "Maher"));
    assert_eq!(
        run("Viewers of Bill Mahre were told to wait."),
        one(Misspelled, "Mahre", "Maher")
    );
    // As the last word, "Bill" still makes a thing: no person to compare.
    assert!(run("The Maher Bill passed. The Mahre Bill failed.").is_empty());
}

#[test]
fn a_possessive_marks_a_name_at_the_start_of_a_sentence() {
    let text = "Coach Nadia Okafor spoke first.\n\nOkafor thanked the crowd. \
                Okafro's plan was praised. Okafor left.";
    assert_eq!(flags(text), one(Inconsistent, "Okafro", "Okafor"));
    // Without it, a capital at the start of a sentence proves nothing for an
    // English word.
    let text = "Coach Nadia Corder spoke first.\n\nCorder thanked the crowd. \
                Border was praised. Corder left.";
    assert!(flags(text).is_empty());
}

#[test]
fn a_speech_verb_after_an_adverb_marks_a_name() {
    let text = "Coach Nadia Okafor spoke first.\n\nOkafor thanked the crowd. \
                Okafro also said the plan was sound. Okafor left.";
    assert_eq!(flags(text), one(Inconsistent, "Okafro", "Okafor"));
}

#[test]
fn one_fix_for_every_occurrence_per_name_not_per_finding() {
    let text = "In Delhi, Ghandi said the vote mattered, and Ghandi left before Ghandi returned.";
    let found = run(text);
    assert_eq!(found.len(), 3);
    let with_all: Vec<usize> = found
        .iter()
        .map(|f| {
            f.fixes
                .iter()
                .filter(|x| x.title == "Use Gandhi throughout")
                .count()
        })
        .collect();
    assert_eq!(with_all, vec![1, 0, 0]);
    let text = "Anna Petrowski spoke. Petrowsky said no. Petrowski agreed. Petrowsky left. Petrowski stayed.";
    let found = run(text);
    let with_all: Vec<usize> = found.iter().map(|f| f.fixes.len()).collect();
    assert_eq!(with_all, vec![2, 1]);
}

#[test]
fn the_fix_follows_the_drafts_accent_style() {
    // Written without accents throughout: the fix has none either.
    let text = "Recep Tayyip Erdogan spoke. Later Recep Tayyip Erdgan left.";
    assert_eq!(flags(text), one(Misspelled, "Erdgan", "Erdogan"));
    // A draft that writes the accents of Western European names keeps those,
    // but, like many English papers, is not assumed to write a Turkish "ğ".
    let text = "Inés Márquez swam. Recep Tayyip Erdgan watched.";
    assert_eq!(flags(text), one(Misspelled, "Erdgan", "Erdogan"));
    let text = "Recep Tayyip Erdogan spoke in Baden-Württemberg. Later Recep Tayyip Erdgan left.";
    assert_eq!(flags(text), one(Misspelled, "Erdgan", "Erdogan"));
    // One that writes letters beyond those is offered the name as spelled.
    let text = "Lech Wałęsa swam. Recep Tayyip Erdgan watched.";
    assert_eq!(flags(text), one(Misspelled, "Erdgan", "Erdoğan"));
    let text = "José Mujica read. Inés Marqez swam.";
    assert_eq!(flags(text), one(Misspelled, "Marqez", "Márquez"));
}

// ---- inconsistent-name: a lone surname that opens a sentence ---------------

#[test]
fn a_lone_surname_opening_a_sentence_is_read_as_a_name() {
    let text = "The council hired Orla Petheridge in May. Petheridge said the budget was tight. \
                Pethridge has since cut two posts.";
    assert_eq!(flags(text), one(Inconsistent, "Pethridge", "Petheridge"));
    // Two letters swapped, no speech verb after the slip.
    let text = "Coach Dana Kemberly arrived late. Kemberly said little. \
                Kebmerly however stayed for the vote.";
    assert_eq!(flags(text), one(Inconsistent, "Kebmerly", "Kemberly"));
}

#[test]
fn a_common_word_opening_a_sentence_is_no_slip_of_a_name() {
    // "Giant" is one letter from "Grant" but an English word.
    let text = "The mayor, Marla Grant, opened the bridge. Grant said it was overdue. \
                Giant cranes stood by the river.";
    assert!(flags(text).is_empty());
}

#[test]
fn a_changed_first_letter_is_a_slip_of_an_introduced_name() {
    let text = "The talks were chaired by Ivo Tarrasch. Tarrasch said both sides had moved. \
                Later, Sarrasch said a deal was close.";
    assert_eq!(flags(text), one(Inconsistent, "Sarrasch", "Tarrasch"));
}

// ---- inconsistent-name: surnames the article never introduces --------------

#[test]
fn a_titled_surname_never_introduced_is_a_slip_even_when_a_real_name() {
    let text = "Senator Harriet Reid spoke first. Ms. Reid said the vote was close. \
                Later Ms. Reed said the bill would pass.";
    assert_eq!(flags(text), one(Inconsistent, "Reed", "Reid"));
    // Introduced in full, she is someone else.
    let text = "Senator Harriet Reid spoke first. Ms. Reid said the vote was close. \
                Her colleague Jack Reed disagreed. Mr. Reed said the bill would fail.";
    assert!(flags(text).is_empty());
}

#[test]
fn a_quoted_surname_never_introduced_is_a_slip() {
    let text = "The spokesman, Michael Briggs, called it a draw. Briggs said both sides gained. \
                Biggs said the talks would resume.";
    assert_eq!(flags(text), one(Inconsistent, "Biggs", "Briggs"));
    let text = "The spokesman, Michael Briggs, called it a draw. Briggs said both sides gained. \
                The analyst Anna Biggs said the talks would resume.";
    assert!(flags(text).is_empty());
}

#[test]
fn the_same_given_name_pins_surnames_one_letter_apart() {
    let text =
        "Senator Harry Reid opened. Senator Harry Reid closed. Then Senator Harry Reed left.";
    assert_eq!(flags(text), one(Inconsistent, "Reed", "Reid"));
    // A plural is a figure of speech, not a slip.
    let text = "He blamed Barry Bennett. Bennett said nothing. \
                “It is the Barry Bennetts of the world,” he said.";
    assert!(flags(text).is_empty());
}

#[test]
fn a_surname_that_is_also_a_place_is_compared_as_a_surname() {
    let text = "The host, Joe Madison, laughed. Madison said it was comic relief. \
                Madisno said the mood changed.";
    assert_eq!(flags(text), one(Inconsistent, "Madisno", "Madison"));
}

#[test]
fn a_slip_inside_a_hyphened_word() {
    let text = "Voters met Tim Kaine on Friday. Kaine said he was ready. \
                The Clinton-Kaie ticket leads in the polls.";
    assert_eq!(flags(text), one(Inconsistent, "Kaie", "Kaine"));
    let text = "Voters met Tim Kaine on Friday. Kaine said he was ready. \
                Early Anglo-Saxon coins and a Coca-Cola sign were on show.";
    assert!(flags(text).is_empty());
}

#[test]
fn an_unknown_surname_beside_a_relative_is_the_slip() {
    let text = "The actor Clint Howard spoke. Howard said he votes early. \
                His brother Ron Howarrd stayed home.";
    assert_eq!(flags(text), one(Inconsistent, "Howarrd", "Howard"));
    // Given names that are not common ones: two people.
    let text = "Wong Kwok-hing won. Leung Kwok-hung won. Leung Kwok-hung thanked voters.";
    assert!(flags(text).is_empty());
}

#[test]
fn every_variant_is_reported_the_headline_included() {
    // Title Case runs the headline's surname into the words after it.
    let text = "Okoor Says Talks Must Wait\n\nMayor Ada Okoro said on Monday that talks \
                must wait. Okoro spoke at city hall. Okoro left early.\n";
    assert_eq!(flags(text), one(Inconsistent, "Okoor", "Okoro"));
    // With a slip in the body too, both are reported.
    let text = "Dorrance Says Talks Must Wait\n\nMayor Ilse Dorrence said on Monday that talks \
                must wait. Dorrence spoke at city hall. Dorence left early.\n";
    assert_eq!(
        flags(text),
        vec![
            (Inconsistent, "Dorrance".to_owned(), "Dorrence".to_owned()),
            (Inconsistent, "Dorence".to_owned(), "Dorrence".to_owned()),
        ]
    );
    // A headline word that is an ordinary name stays silent.
    let text = "Morris Says Talks Must Wait\n\nMayor Ilse Dorrence said on Monday that talks \
                must wait. Dorrence spoke at city hall.\n";
    assert!(flags(text).is_empty());
}

#[test]
fn a_surname_named_mid_sentence_and_never_introduced_is_a_slip() {
    let text = "Senator Bob Corker wrote the bill. Corker said it was fair. \
                Like Coker, the other sponsors wanted a vote.";
    assert_eq!(flags(text), one(Inconsistent, "Coker", "Corker"));
    // A people's name, an abbreviated month: no surname at all.
    let text = "Many Muslim Americans voted. Muslim Americans said so. \
                The American people agreed.";
    assert!(flags(text).is_empty());
    let text = "Banks in San Juan were shut. San Juan said so. The test comes on Jan. 1.";
    assert!(flags(text).is_empty());
}

#[test]
fn the_same_given_name_pins_a_surname_that_is_also_a_place() {
    let text = "The investor Mark Cuban spoke. Cuban said he might run. \
                Mark Cuba, who owns a team, laughed.";
    assert_eq!(flags(text), one(Inconsistent, "Cuba", "Cuban"));
}

#[test]
fn a_full_name_in_a_short_line_is_no_headline_slip() {
    let text = "Pollsters Mark Blum and Jon Cohen wrote first.\n\nMore from Blum and Cohen.\n\n\
                Nate Cohn explains the polls [Times]\n";
    assert!(flags(text).is_empty());
}

#[test]
fn a_slip_after_a_lower_case_prefix() {
    let text = "The exiles opposed Fidel Castro. Many grew up in anti-Castro homes. \
                The fiercely anti-Catsro vote held.";
    assert_eq!(flags(text), one(Inconsistent, "Catsro", "Castro"));
    let text = "The exiles opposed Fidel Castro. Castro ruled for decades. \
                A pro-Moscow group and an anti-Trump rally met.";
    assert!(flags(text).is_empty());
}

#[test]
fn a_first_letter_only_the_transliteration_shares() {
    let people = [person("Nigel Farage", &[], "British politician")];
    let check = |text: &str| {
        let doc = Document::parse(text, Format::PlainText);
        summary(
            text,
            &check_with_people(&doc, &NameStyle::default(), &people),
        )
    };
    assert_eq!(
        check("The rally was led by Nigel Pharage on Monday."),
        one(Misspelled, "Pharage", "Farage")
    );
    // Another first letter is another name.
    assert!(check("The rally was led by Nigel Garage on Monday.").is_empty());
}

#[test]
fn a_club_before_its_officer_after_said_is_no_person() {
    // "said Hollens manager Dev Rana": the speaker is the manager; "Hollens"
    // is his club, though a letter away from a listed surname (Myra Hollins).
    let text = "Hollens won again on Saturday.\n\n\
                \"We keep going,\" said Hollens manager Dev Rana. Hollens play at home next.";
    assert_eq!(flags(text), vec![]);
    // Said of the name itself, it is a person's: the slip is flagged.
    let text = "Crowds gathered in London.\n\n\"We keep going,\" said Hollens on Saturday.";
    assert_eq!(flags(text), one(Misspelled, "Hollens", "Hollins"));
}
