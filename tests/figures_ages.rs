//! Ages whose owner is the story's subject rather than the last name written:
//! "the 47-year-old" after sentences about things or other speakers, and "Aged 22, he".

#[path = "support/figure_checks.rs"]
mod figure_checks;

use figure_checks::{flags, silent, the_one};

// ---- the subject after sentences about things ----

/// The sentence before opens with a plural noun, and a person with another
/// age is named in between: the reference is still the subject's.
const AFTER_A_PLURAL: &str = "\
A builder who took deposits for kitchens he never fitted was jailed on Friday.

Owen Blake, aged 38, of Ferndale, admitted 14 counts of fraud at Cardiff Crown Court.

His former foreman, Victor Hale, 61, was cleared of any part in the scheme.

Customers lost a combined £96,000. Trading standards officers said more had come forward.

The AGE-year-old bowed his head as the sentence was passed.
";

#[test]
fn a_year_off_after_a_plural_subject() {
    flags(
        &AFTER_A_PLURAL.replace("AGE", "39"),
        "The 39-year-old",
        "Owen Blake, aged 38",
    );
}

#[test]
fn digits_swapped_after_a_plural_subject() {
    flags(
        &AFTER_A_PLURAL.replace("AGE", "83"),
        "The 83-year-old",
        "Owen Blake, aged 38",
    );
}

#[test]
fn an_inferred_person_gets_no_fix_a_named_one_does() {
    // Whom "the 39-year-old" means is inferred: writing over it could put one
    // person's age on another, so the finding offers no fix.
    let bare = the_one(&AFTER_A_PLURAL.replace("AGE", "39"));
    assert!(bare.fixes.is_empty(), "{:?}", bare.fixes);
    // Named on both sides, the age is one person's: both values are offered.
    let named = the_one(&AFTER_A_PLURAL.replace("The AGE-year-old", "Blake, 39,"));
    assert_eq!(named.fixes.len(), 2, "{:?}", named.fixes);
}

#[test]
fn an_age_no_slip_away_stays_silent() {
    // 44 is neither a year nor a swap from 38: maybe someone else.
    silent(&AFTER_A_PLURAL.replace("AGE", "44"));
    // The same age as written: nothing to report.
    silent(&AFTER_A_PLURAL.replace("AGE", "38"));
}

#[test]
fn another_person_named_since_stays_silent() {
    // A victim named after the subject, with no age of their own, may be the one meant.
    silent(
        "A builder who took deposits for kitchens he never fitted was jailed on Friday.\n\n\
         Owen Blake, aged 38, of Ferndale, admitted 14 counts of fraud.\n\n\
         Detectives traced the money with help from Carol Vance. The 39-year-old lost her savings.\n",
    );
}

#[test]
fn an_age_written_elsewhere_stays_silent() {
    // "a 39-year-old teacher" is someone else's age: the reference may be theirs.
    silent(
        "Owen Blake, aged 38, of Ferndale, admitted 14 counts of fraud.\n\n\
         Among those he cheated was a 39-year-old teacher from Barry.\n\n\
         Customers lost a combined £96,000.\n\n\
         The 39-year-old wept as she gave evidence.\n",
    );
}

#[test]
fn two_people_a_slip_from_the_age_stay_silent() {
    silent(
        "Owen Blake, aged 38, of Ferndale, admitted 14 counts of fraud.\n\n\
         His brother, Dylan Blake, 40, admitted two counts.\n\n\
         Customers lost a combined £96,000.\n\n\
         The 39-year-old showed no emotion.\n",
    );
}

#[test]
fn a_things_age_stays_silent() {
    // A firm, not a person, is a year older than the subject.
    silent(
        "Owen Blake, aged 38, of Ferndale, admitted 14 counts of fraud.\n\n\
         Blake had been a director of Ferndale Kitchens. He took over the 39-year-old firm in 2019.\n",
    );
    silent(&AFTER_A_PLURAL.replace(
        "The AGE-year-old bowed his head",
        "The 39-year-old company collapsed",
    ));
}

#[test]
fn a_description_after_the_age_is_not_taken_for_the_subject() {
    // "the 39-year-old party organiser" may bring in someone new: the story's
    // subject is taken only for an age standing alone for a person.
    silent(&AFTER_A_PLURAL.replace(
        "The AGE-year-old bowed his head",
        "The 39-year-old party organiser bowed his head",
    ));
}

// ---- the subject in another speaker's words ----

#[test]
fn counsel_speaking_of_the_defendant() {
    flags(
        "Jordan Pike, 19, of Hollins Street, admitted causing injury by dangerous driving.\n\n\
         His van struck Sean Lane, a 41-year-old postman, on the ring road. Pike had been drinking.\n\n\
         In a statement, Mr Lane said he could not work. Mr Lane said he still had nightmares.\n\n\
         In mitigation, Lorna Fairley said the 18-year-old had found work since.\n",
        "the 18-year-old",
        "Jordan Pike, 19",
    );
}

#[test]
fn a_speaker_named_earlier_is_a_rival() {
    // The witness was named in the paragraph before, with no age: silent.
    silent(
        "Jordan Pike, 19, of Hollins Street, admitted aggravated vehicle taking.\n\n\
         Prosecutors called Dennis Moor, who saw the crash.\n\n\
         In mitigation, Lorna Fairley said the 18-year-old had found work since.\n",
    );
}

#[test]
fn a_speaker_before_an_age_spoken_of_is_no_rival() {
    // The prosecutor spoke a paragraph before; the defence speaks of the age.
    flags(
        "# Charity treasurer admits theft\n\n\
         Nadia Ferris, 52, of Elm Row, admitted stealing £40,000 from the charity she ran.\n\n\
         Prosecutor Tom Glade told the court that Ferris had spent the money on holidays.\n\n\
         \"She betrayed people who trusted her,\" Mr Glade said.\n\n\
         Defending, Ruth Cole said the 25-year-old had repaid part of the money.\n",
        "the 25-year-old",
        "Nadia Ferris, 52",
    );
}

#[test]
fn someone_unaged_named_in_full_since_stays_silent() {
    // The woman burgled is named after the burglar: the age may be hers.
    silent(
        "# Burglar who targeted pensioner is jailed\n\n\
         Liam Foster, 23, of Mill Row, admitted burglary at Exeter Crown Court.\n\n\
         The court heard Foster broke into the bungalow of Edna Walsh while she slept.\n\n\
         The 32-year-old woke to find the back door open and called her son.\n",
    );
}

#[test]
fn someone_of_the_other_sex_named_since_is_no_rival() {
    // "her plans": the man she replaces is not the one the age means.
    flags(
        "# New head for Brook Lane school\n\n\
         Brook Lane Primary has appointed Sarah Okoro, 47, as its headteacher.\n\n\
         She replaces Martin Hale, who retired in July after 12 years.\n\n\
         The governors said the 74-year-old had impressed them with her plans for the library.\n",
        "the 74-year-old",
        "Sarah Okoro, 47",
    );
}

#[test]
fn the_previous_subject_of_the_other_sex_stays_silent() {
    // "he": the 52-year-old is not the woman the sentence before is about.
    silent(
        "# Postman pulls neighbour from flooded flat\n\n\
         Sam Okafor, 29, was on his round when he heard shouting from a basement flat.\n\n\
         He waded in and carried out the tenant, Mrs Vera Lund, 84, who could not climb the steps.\n\n\
         Mrs Lund was treated in hospital for cold and shock.\n\n\
         The 52-year-old postman, who was treated for a cut to his hand, said he had only done his job.\n",
    );
}

#[test]
fn an_object_pronoun_tells_nothing_of_the_ages_sex() {
    let text = |verb: &str| {
        format!(
            "# Pensioner rescued from flooded flat\n\n\
             Sam Okafor, 29, was on his round when he heard shouting from a basement flat.\n\n\
             He waded in and carried out the tenant, Mrs Vera Lund, 84, who could not climb the steps.\n\n\
             Mrs Lund was treated in hospital for cold and shock.\n\n\
             The 52-year-old, who was kept in overnight, {verb} had only done what anyone would do.\n"
        )
    };
    // "told him": him is the rescuer; "she" is the one the age means.
    flags(&text("told him she"), "The 52-year-old", "Vera Lund, 84");
    // "said he": not the woman the sentence before is about.
    silent(&text("said he"));
}

// ---- the subject after sentences about a company ----

#[test]
fn a_role_after_the_age_may_be_someone_new() {
    // Greer runs Linwood, but "the 48-year-old chief executive" could as well
    // be Carrick's: a description is no proof of whom it means.
    silent(
        "# Linwood agrees sale to Carrick\n\n\
         Linwood Bakeries has agreed to be bought by Carrick for £410m.\n\n\
         Hannah Greer, 49, who has run Linwood since 2015, said the deal was right.\n\n\
         Carrick expects savings of £12m a year. Carrick owns 120 bakeries in the north.\n\n\
         For the 48-year-old chief executive, the sale ends a long turnaround.\n",
    );
    // The age standing alone for a person is hers.
    flags(
        "# Linwood agrees sale to Carrick\n\n\
         Linwood Bakeries has agreed to be bought by Carrick for £410m.\n\n\
         Hannah Greer, 49, who has run Linwood since 2015, said the deal was right.\n\n\
         Carrick expects savings of £12m a year. Carrick owns 120 bakeries in the north.\n\n\
         For the 48-year-old, the sale ends a long turnaround.\n",
        "the 48-year-old",
        "Hannah Greer, 49",
    );
}

// ---- "Aged 22, he …" ----

#[test]
fn aged_opening_a_sentence() {
    flags(
        "Rovers have signed the striker Tomas Ferro on a three-year deal.\n\n\
         Ferro, 25, scored 19 goals last season.\n\n\
         Ferro, who came through the youth ranks at Ostend, is the club's record signing. \
         Aged 26, he is also their oldest recruit this summer.\n",
        "Aged 26",
        "Ferro, 25",
    );
}

#[test]
fn aged_at_another_time_stays_silent() {
    silent(
        "Rovers have signed the striker Tomas Ferro on a three-year deal.\n\n\
         Ferro, 25, scored 19 goals last season.\n\n\
         Ferro joined the youth ranks at Ostend aged 52, his coach joked.\n",
    );
    silent(
        "Rovers have signed the striker Tomas Ferro on a three-year deal.\n\n\
         Ferro, 25, scored 19 goals last season.\n\n\
         Ferro is the club's record signing. Aged 25, he is also their oldest recruit.\n",
    );
}

#[test]
fn a_bare_age_someone_was_at_a_time_told_stays_silent() {
    // "At 31 she took …": the 31-year-old is her then, not a slip of 91.
    silent(
        "# Pioneering climber Rhona Bell dies at 91\n\n\
         Rhona Bell, who led the first all-woman team up Mount Kerrach, has died aged 91 at her home in Dunmore.\n\n\
         At 31 she took four friends and a borrowed tent to the mountain.\n\n\
         The 31-year-old had climbed for only three years, and newspapers called the attempt foolish.\n",
    );
}

// ---- someone the story described, not named ----

#[test]
fn the_age_of_someone_described_by_that_noun_earlier_stays_silent() {
    // The suspect is "a man" in the story, never named: "the 35-year-old man"
    // is him, not the shop worker named with her age.
    silent(
        "Jane Moreno, 34, was alone at the counter when a man came in with a knife.\n\n\
         She handed over the cash and the man ran off, police said.\n\n\
         Officers arrested a suspect on Saturday. The 35-year-old man was charged with robbery.\n",
    );
    silent(
        "Tom Fielding, 45, was riding home when a van hit him on Tuesday.\n\n\
         Paramedics took him to hospital. The driver stopped at the scene.\n\n\
         The 54-year-old driver was later arrested.\n",
    );
}

#[test]
fn the_age_alone_after_the_victim_is_hers() {
    // No one else is described or named: "the 46-year-old" is the cyclist.
    flags(
        "Tom Fielding, 45, was riding home when a van hit him on Tuesday.\n\n\
         Paramedics took him to hospital with a broken leg.\n\n\
         The 46-year-old is expected to recover.\n",
        "The 46-year-old",
        "Tom Fielding, 45",
    );
}

// ---- an age in a clause about a named person ----

/// A brewer named with her age; the last paragraph is filled in by each test.
const BREWER: &str = "\
Gwen Talbot, 52, has run the Marsh Lane brewery in Shropshire since her father retired.

The brewery's stout took the top prize at a trade show in Birmingham on Saturday.

LAST
";

#[test]
fn a_named_subject_is_an_age() {
    flags(
        &BREWER.replace("LAST", "Talbot is 53 and still brews every batch herself."),
        "53",
        "Gwen Talbot, 52",
    );
    flags(
        &BREWER.replace("LAST", "Ms Talbot is now 25."),
        "25",
        "Gwen Talbot, 52",
    );
}

#[test]
fn a_named_subject_is_a_year_old_noun() {
    flags(
        &BREWER.replace("LAST", "Talbot is a 53-year-old grandmother of three."),
        "53-year-old",
        "Gwen Talbot, 52",
    );
}

#[test]
fn a_named_subject_was_at_another_time_stays_silent() {
    // "was" gives an age at another time.
    silent(&BREWER.replace("LAST", "Talbot was 25 when she took over."));
    silent(&BREWER.replace("LAST", "Talbot was a 25-year-old chemist then."));
    // A number that is not her age: a measure runs on after it.
    silent(&BREWER.replace("LAST", "Talbot is 53 points clear of the runner-up."));
}

#[test]
fn a_subject_not_opening_the_sentence_stays_silent() {
    // "Talbot" here is part of another phrase: the subject is the cellar.
    silent(&BREWER.replace("LAST", "The cellar under Talbot is 53 metres long."));
    // A relative of hers is not her.
    silent(&BREWER.replace("LAST", "Her brother Owen is a 53-year-old farmer."));
}

#[test]
fn now_in_apposition_is_an_age() {
    flags(
        &BREWER.replace("LAST", "Talbot, now 53, says she will not sell."),
        "Talbot, now 53",
        "Gwen Talbot, 52",
    );
}

#[test]
fn at_an_age_with_the_present_is_an_age() {
    flags(
        &BREWER.replace(
            "LAST",
            "At 53, Talbot is the oldest head brewer in the county.",
        ),
        "At 53",
        "Gwen Talbot, 52",
    );
}

#[test]
fn at_an_age_in_the_past_stays_silent() {
    silent(&BREWER.replace("LAST", "At 25, Talbot left a job in a laboratory."));
    silent(&BREWER.replace("LAST", "At 53, the price of a pint is a record."));
}

// ---- a pronoun with one person in view ----

#[test]
fn she_is_with_one_person_named() {
    flags(
        &BREWER.replace("LAST", "She is 53 and has no plans to retire."),
        "53",
        "Gwen Talbot, 52",
    );
}

#[test]
fn she_is_with_two_people_named_stays_silent() {
    silent(
        "Gwen Talbot, 52, and her partner Rhian Moss run the Marsh Lane brewery.\n\n\
         Their stout took the top prize at a trade show on Saturday.\n\n\
         She is 53 and trained as a chemist.\n",
    );
    // "She was" is another time.
    silent(&BREWER.replace("LAST", "She was 25 when she took over."));
}

// ---- "the 45-year-old's" ----

#[test]
fn a_possessive_age_is_read() {
    flags(
        &BREWER.replace(
            "LAST",
            "The 53-year-old's son will join the firm next year.",
        ),
        "The 53-year-old",
        "Gwen Talbot, 52",
    );
}

#[test]
fn a_possessive_age_of_someone_else_stays_silent() {
    // "a 53-year-old visitor" is someone with that age: the possessive may be theirs.
    silent(&BREWER.replace(
        "LAST",
        "A 53-year-old visitor fell ill at the show. The 53-year-old's wife called for help.",
    ));
}

#[test]
fn the_noun_after_a_possessive_age_is_not_its_role() {
    // "the 45-year-old's lawyer" is the 45-year-old's, not the lawyer's age,
    // though the text names one lawyer, with an age of her own.
    silent(
        "# Driver cleared after crash\n\n\
         A driver was cleared on Monday of causing a crash on the coast road in Dunmore.\n\n\
         His lawyer, Ann Brook, 52, and the prosecutor, Tom Hale, 39, agreed the brakes had failed.\n\n\
         Outside court, the 45-year-old's lawyer said he would return to work.\n",
    );
}

// ---- a role noun the text gives one named person ----

#[test]
fn a_role_given_to_one_person_in_apposition() {
    flags(
        "Gwen Talbot, 52, a brewer from Ludlow, took the top prize on Saturday.\n\n\
         Judges praised the stout's dark fruit.\n\n\
         The 53-year-old brewer said the win was for her staff.\n",
        "The 53-year-old",
        "Gwen Talbot, 52",
    );
}

#[test]
fn a_role_before_the_name() {
    flags(
        "Brewer Gwen Talbot, 52, took the top prize on Saturday.\n\n\
         Judges praised the stout's dark fruit.\n\n\
         The 53-year-old brewer said the win was for her staff.\n",
        "The 53-year-old",
        "Gwen Talbot, 52",
    );
    flags(
        "The prize went to a small firm in Ludlow.\n\n\
         The brewer, Gwen Talbot, 52, has made stout since 1999.\n\n\
         The 25-year-old brewer said the win was for her staff.\n",
        "The 25-year-old",
        "Gwen Talbot, 52",
    );
}

#[test]
fn a_role_that_fits_two_people_stays_silent() {
    // Two brewers: the role is no proof of whom it means.
    silent(
        "Gwen Talbot, 52, a brewer from Ludlow, shared the top prize on Saturday.\n\n\
         Another brewer, Dai Pugh, took the award for bitter.\n\n\
         The 53-year-old brewer said the win was for the staff.\n",
    );
    // Brewers in the plural: no one in particular.
    silent(
        "Gwen Talbot, 52, a brewer from Ludlow, took the top prize on Saturday.\n\n\
         Brewers from across Wales entered the show.\n\n\
         The 53-year-old brewer said the win was for her staff.\n",
    );
}

#[test]
fn a_role_given_to_someone_without_an_age_stays_silent() {
    silent(
        "Gwen Talbot, 52, a judge at the show, tasted 140 beers on Saturday.\n\n\
         The prize went to Dai Pugh, a brewer from Ludlow.\n\n\
         The 53-year-old brewer said the win was for his staff.\n",
    );
}

// ---- one person under two spellings of a name ----

#[test]
fn a_hyphened_surname_is_one_person() {
    flags(
        "Carys Lloyd-Evans, 47, was elected leader of the county council on Tuesday.\n\n\
         The vote was close.\n\n\
         The 74-year-old Lloyd-Evans promised to reopen the libraries.\n",
        "74-year-old",
        "Carys Lloyd-Evans, 47",
    );
}

#[test]
fn two_people_with_one_hyphened_surname_stay_silent() {
    silent(
        "Carys Lloyd-Evans, 47, was elected leader of the county council on Tuesday.\n\n\
         Her husband, Rhodri Lloyd-Evans, sits on the same council.\n\n\
         The 74-year-old Rhodri Lloyd-Evans said he was proud of her.\n",
    );
}

#[test]
fn the_word_before_a_particle_names_the_person() {
    flags(
        "Joaquim Rocha da Cunha, 63, was sworn in as governor of Bahia on Monday.\n\n\
         Crowds gathered outside the palace.\n\n\
         The 36-year-old Rocha promised new schools in the interior.\n",
        "36-year-old",
        "Rocha da Cunha, 63",
    );
}

#[test]
fn a_word_before_two_particles_names_no_one_stays_silent() {
    // Two people share the word: "the 64-year-old Rocha" may be either.
    silent(
        "Joaquim Rocha da Cunha, 63, was sworn in as governor of Bahia on Monday.\n\n\
         His deputy is Ana Rocha dos Reis, a former mayor.\n\n\
         The 64-year-old Rocha promised new schools in the interior.\n",
    );
}

// ---- "years old" and "who is now" ----

#[test]
fn years_old_in_apposition_is_an_age() {
    flags(
        &BREWER.replace(
            "LAST",
            "Talbot, who is 53 years old, brews every batch herself.",
        ),
        "Talbot, who is 53 years old",
        "Gwen Talbot, 52",
    );
    flags(
        &BREWER.replace("LAST", "Talbot is 53 years old and has no plans to retire."),
        "53",
        "Gwen Talbot, 52",
    );
}

#[test]
fn years_old_at_another_time_or_of_a_thing_stays_silent() {
    silent(&BREWER.replace("LAST", "Talbot was 25 years old when she took over."));
    silent(&BREWER.replace("LAST", "The Marsh Lane brewery is 53 years old."));
}

#[test]
fn who_is_now_is_an_age() {
    flags(
        &BREWER.replace("LAST", "Talbot, who is now 53, says she will not sell."),
        "Talbot, who is now 53",
        "Gwen Talbot, 52",
    );
    // Someone else "who is now 53" is theirs.
    silent(&BREWER.replace(
        "LAST",
        "Her brewer, Dai Pugh, who is now 53, joined in 1990.",
    ));
}

#[test]
fn she_is_after_someone_of_the_other_sex_stays_silent() {
    // "His wife" is someone the pronoun may mean: the brewer is not the only one in view.
    silent(
        "Owen Talbot, 52, has run the Marsh Lane brewery since 1999.\n\n\
         His wife keeps the books and runs the shop.\n\n\
         She is 53 and trained as an accountant.\n",
    );
}

// ---- whom a reference means by the sex the text gives it ----

/// A woman given her age, a man named after her: "says she" can mean only her.
const SHE_AFTER_A_MAN: &str = "\
Ines Carvalho, 36, runs the only ferry across the estuary.

The harbour board wants to replace it with a bridge. Its chairman, Mr Hugh Pender, said he expected work to begin in the spring.

Pender added that the crossing would be free for residents.

The AGE-year-old skipper says she will keep sailing until the last day.
";

#[test]
fn a_pronoun_only_one_named_person_fits() {
    flags(
        &SHE_AFTER_A_MAN.replace("AGE", "63"),
        "The 63-year-old",
        "Ines Carvalho, 36",
    );
}

#[test]
fn a_pronoun_two_named_people_fit_stays_silent() {
    // A second woman, given no age, may be the one meant.
    silent(
        &SHE_AFTER_A_MAN
            .replace("AGE", "63")
            .replace("Mr Hugh Pender, said he", "Ms Rhona Pender, said she"),
    );
}

#[test]
fn a_pronoun_with_an_unnamed_woman_in_view_stays_silent() {
    // "his wife" is a woman the text does not name: the pronoun may mean her.
    silent(
        &SHE_AFTER_A_MAN
            .replace("AGE", "63")
            .replace("Pender added that", "Pender and his wife both said that"),
    );
}

#[test]
fn by_sex_alone_the_ages_must_be_a_slip_apart() {
    // 52 is no slip from 36: it may be someone the text never names.
    silent(&SHE_AFTER_A_MAN.replace("AGE", "52"));
}

#[test]
fn the_pronoun_of_the_other_sex_finds_no_one() {
    // "says he": the only man named has no stated age.
    silent(
        &SHE_AFTER_A_MAN
            .replace("AGE", "63")
            .replace("says she", "says he"),
    );
}

#[test]
fn a_man_told_by_his_own_words_and_a_listener() {
    // "Mr" and "said he" make Pender a man; "told the inquiry he" is the
    // reference's own pronoun, after a listener.
    let text = "\
Tomasz Wolny, 58, has kept bees on the allotments for a decade.

His neighbour, Mrs Edna Price, complained to the council about swarms. She said they had stung her grandchildren.

The 85-year-old told the inquiry he had never lost a hive.
";
    flags(text, "The 85-year-old", "Tomasz Wolny, 58");
    // Someone new and unnamed, "a beekeeper from the next village", may be him.
    silent(&text.replace(
        "She said they",
        "A beekeeper from the next village was there. She said they",
    ));
}

// ---- ages set off after a description ----

#[test]
fn a_described_age_takes_the_person_the_role_names() {
    let text = "\
Head teacher Gwen Ellis, 49, will retire in July after eleven years at the school.

Governors have begun looking for a successor. Their chair, Martin Oduya, said he hoped to appoint one by Easter.

The head teacher, who is 94, said she would miss the pupils most.
";
    flags(text, "The head teacher, who is 94", "Gwen Ellis, 49");
    flags(
        &text.replace("who is 94", "aged 48"),
        "The head teacher, aged 48",
        "Gwen Ellis, 49",
    );
    // "A" brings in someone new.
    silent(&text.replace("The head teacher, who is 94", "A head teacher, who is 94"));
}

#[test]
fn a_described_age_with_a_role_two_people_hold_stays_silent() {
    silent(
        "Head teacher Gwen Ellis, 49, will retire in July.\n\n\
         She will hand over to the head teacher of a nearby school, Rosa Brandt.\n\n\
         The head teacher, who is 94, said the pupils were in good hands.\n",
    );
}

#[test]
fn a_description_of_a_woman_by_a_noun() {
    // "mother of three" gives the sex; the only other person named is a man.
    let text = "\
Priya Nair, 41, lost her stall at the covered market when it closed in March.

The market's manager, Mr Keith Dunmore, said he had found space for eleven traders.

The mother of three, 14, says she has been left with nothing.
";
    flags(text, "The mother of three, 14", "Priya Nair, 41");
}

#[test]
fn a_relatives_described_age_stays_silent() {
    // "the senator's husband" and "the widow" are someone's kin, not a description of who.
    let text = "\
Senator Alma Torres, 66, toured the flooded valley on Sunday.

The senator's husband, 67, stayed in the capital.
";
    silent(text);
    silent(&text.replace("The senator's husband, 67,", "The widow, 67,"));
}

#[test]
fn a_description_opening_a_copula_sentence() {
    let text = "\
Skipper Dara Quinn, 31, has led the lifeboat crew since 2019.

Crews were called out 46 times last year.

The skipper is 32 and works as an electrician when not at sea.
";
    flags(text, "The skipper is 32", "Dara Quinn, 31");
}

// ---- an age reached lately ----

#[test]
fn an_age_turned_lately_is_the_age_now() {
    let text = "\
The jockey Carl Moreno, 45, will ride in his last race on Saturday.

Trainers at the course said he had been the most reliable rider of his time.

Moreno turned 44 last month and says his knees have had enough.
";
    flags(text, "44", "Carl Moreno, 45");
    // "turned 44 in 2020" is another time: nothing to compare.
    silent(&text.replace("turned 44 last month", "turned 44 in 2020"));
}

#[test]
fn a_pronoun_that_fits_someone_named_since_stays_silent() {
    // "His deputy, Ms Yara Feld," is named after the man with an age: "said
    // she" may be hers (two digits swapped is no proof of whose it is).
    silent(
        "Anton Reiss, 52, has conducted the city orchestra since 2014.\n\n\
         His deputy, Ms Yara Feld, said rehearsals for the winter season had begun.\n\n\
         The 25-year-old said she would stay with the orchestra for another year.\n",
    );
}

#[test]
fn someone_known_by_one_name_may_be_the_one_meant() {
    // "her training partner Zofka" has one name and no title: still someone
    // the pronoun may mean.
    let text = "\
Ines Carvalho, 36, runs the only ferry across the estuary.

The harbour board wants a bridge instead. Its chairman, Mr Hugh Pender, said he expected work to begin in the spring.

Carvalho sails with her deckhand WHO on most crossings.

The 63-year-old says she will keep sailing until the last day.
";
    flags(
        &text.replace(" WHO", ""),
        "The 63-year-old",
        "Ines Carvalho, 36",
    );
    silent(&text.replace("WHO", "Zofka"));
}

// ---- a role the headline or lead speaks of before naming its holder ----

#[test]
fn a_role_in_the_plural_before_its_holder_is_named() {
    flags(
        "# Cleaners walk out at city hospital\n\n\
         Cleaner Ruth Okonjo, who is 58, has worked on the wards for 19 years.\n\n\
         Managers said talks would resume on Monday.\n\n\
         The 85-year-old cleaner said staff had been left with no choice.\n",
        "The 85-year-old",
        "Ruth Okonjo, who is 58",
    );
}

#[test]
fn the_head_of_a_compound_role() {
    flags(
        "Forklift driver Alan Birch, 41, was trapped for two hours.\n\n\
         Firefighters cut through the racking to free him.\n\n\
         The 14-year-old forklift driver is recovering in hospital.\n",
        "The 14-year-old",
        "Alan Birch, 41",
    );
}

#[test]
fn a_full_name_among_others_of_the_surname() {
    flags(
        "Mill worker Edna Fairley has died aged 98.\n\n\
         Her son, Colin Fairley, 67, a retired joiner, said she loved the village.\n\n\
         Her husband, Walter Fairley, died in 2011.\n\n\
         The 76-year-old joiner said the funeral would be on Friday.\n",
        "The 76-year-old",
        "Colin Fairley, 67",
    );
}

#[test]
fn an_age_at_death_and_a_hyphened_role_far_below() {
    flags(
        "Great-grandmother Nora Pell, who ran the village shop for forty years, has died aged 93.\n\n\
         She was born above the shop in 1933.\n\n\
         Her daughter said she had served four generations of the village.\n\n\
         Neighbours left flowers at the door.\n\n\
         The parish council will plant a tree in her name.\n\n\
         The 39-year-old great-grandmother will be buried on Friday.\n",
        "The 39-year-old",
        "aged 93",
    );
}

#[test]
fn an_age_at_death_of_someone_the_subject_is_kin_to_is_not_theirs() {
    silent(
        "The son of Nora Pell has died aged 71.\n\n\
         Mrs Pell said she was heartbroken.\n\n\
         The 17-year-old great-grandmother lives in the village.\n",
    );
}

#[test]
fn a_role_taken_as_the_sentence_opens_with_the_name() {
    flags(
        "Omar Haddad, 47, took over as coach in the summer.\n\n\
         The club chairman, Ken Ross, 61, said results had improved.\n\n\
         The 49-year-old coach said the squad deserved the credit.\n",
        "The 49-year-old",
        "Omar Haddad, 47",
    );
}

#[test]
fn a_role_under_another_rank_is_another_role() {
    // "a deputy" or "the assistant coach" is not "the coach", and leaves
    // whom "the coach" means to the one holder the text names.
    flags(
        "Omar Haddad, 47, took over as coach in the summer.\n\n\
         He had been an assistant coach at two clubs.\n\n\
         The 49-year-old coach said the squad deserved the credit.\n",
        "The 49-year-old",
        "Omar Haddad, 47",
    );
    // Nor is the head's age that of "the deputy head".
    silent(
        "Omar Haddad, 47, took over as coach in the summer.\n\n\
         The 48-year-old assistant coach said the squad deserved the credit.\n",
    );
}

#[test]
fn an_age_at_death_told_three_more_ways() {
    // A role before the name, a description set off after it, and "was"
    // after the death.
    flags(
        "The potter Ines Marlow has died aged 91.\n\n\
         Marlow made tableware for three generations of diners.\n\n\
         The 19-year-old founded her studio above a bakery.\n",
        "The 19-year-old",
        "aged 91",
    );
    flags(
        "Ines Marlow, the potter, has died aged 91.\n\n\
         Marlow made tableware for three generations of diners.\n\n\
         The 92-year-old worked until the spring.\n",
        "The 92-year-old",
        "aged 91",
    );
    flags(
        "The potter Ines Marlow has died. She was 91.\n\n\
         Marlow made tableware for three generations of diners.\n\n\
         Marlow, 92, worked until the spring.\n",
        "Marlow, 92",
        "91",
    );
    // "was" with no death before it is an age at some other time.
    silent(
        "The potter Ines Marlow opened a studio. She was 19.\n\n\
         Marlow, 91, still works there.\n",
    );
}

#[test]
fn an_age_in_a_sentence_that_opens_with_a_year_is_an_age_then() {
    silent(
        "The potter Ines Marlow has died aged 91.\n\n\
         In 1952, Marlow, 19, opened a studio above a bakery.\n",
    );
    // A year later in the sentence dates the event, not the age.
    flags(
        "The potter Ines Marlow has died aged 91.\n\n\
         Marlow, 19, had sold her studio in 2019.\n",
        "Marlow, 19",
        "aged 91",
    );
}

#[test]
fn a_verb_in_the_present_after_a_bare_age_leaves_it_bare() {
    // "the 32-year-old collects" is the person in view; "the 32-year-old
    // twins" are two people the text has not named.
    let draft = |after: &str| {
        format!(
            "Tomas Rivas won the coastal half-marathon on Sunday.\n\n\
             Rivas, 23, broke the course record by 40 seconds.\n\n\
             \"I felt strong,\" he said. \"The wind helped.\"\n\n\
             His margin was the widest in years, and the 32-year-old {after}\n"
        )
    };
    flags(&draft("collects a bonus."), "the 32-year-old", "Rivas, 23");
    silent(&draft("twins finished second and third."));
}

#[test]
fn a_headline_word_before_a_surname_is_no_first_name() {
    // "Debutant Rivas" in the headline and "Tomas Rivas" in the body are one
    // man, whose age the body gives twice.
    let draft = |headline: &str| {
        format!(
            "# {headline}\n\n\
             Chile's Tomas Rivas won the coastal half-marathon on Sunday.\n\n\
             Rivas, 23, broke the course record by 40 seconds.\n\n\
             \"I felt strong,\" he said. \"The wind helped.\"\n\n\
             His margin was the widest in years, and the 32-year-old collects a bonus.\n"
        )
    };
    flags(
        &draft("Debutant Rivas wins half-marathon"),
        "the 32-year-old",
        "Rivas, 23",
    );
    // Two Rivases in the body are two people: the bare age is neither's.
    silent(&format!(
        "{}\nHis brother Pablo Rivas, 27, was fourth.\n",
        draft("Debutant Rivas wins half-marathon").replace("His margin", "The margin")
    ));
}

#[test]
fn an_age_reached_in_a_month_named_in_a_who_clause_but_not_in_a_year_long_past() {
    let draft = |when: &str| {
        format!(
            "Lena Ortiz took five wickets as Hallam won the cup on Sunday.\n\n\
             The 21-year-old bowled unchanged for ten overs.\n\n\
             Ortiz, who turned 20 in {when}, said she had not slept.\n"
        )
    };
    flags(&draft("May"), "20", "The 21-year-old");
    silent(&draft("2019"));
}

// ---- the one person in view of the reference's sex ----

/// A lede that opens on "A carer who …", the carer named after it, a
/// prosecutor and a judge in between; the judge is the "She" who speaks to
/// the reference. AGE and the names are filled in by each test.
const BY_SEX: &str = "\
A carer who took £41,000 from the pensioners she looked after has been jailed.

Maureen Tolland, 47, of Quarry Lane, Ashby, made 230 withdrawals from their accounts over three years, Leicester Crown Court heard.

Prosecutor PROSECUTOR said Tolland had spent the money on holidays and a caravan on the Norfolk coast.

Judge Ruth Ellery said the thefts were cruel. She told the AGE-year-old grandmother that only prison would do.
";

#[test]
fn the_lede_s_a_carer_is_the_woman_named_after_it() {
    let draft = BY_SEX
        .replace("AGE", "48")
        .replace("PROSECUTOR", "Alan Whitby");
    flags(&draft, "the 48-year-old", "Maureen Tolland, 47");
}

#[test]
fn a_man_s_given_name_keeps_him_out_of_a_woman_s_age() {
    // "Alan" is a man's name, "Karen" a woman's: she could be the grandmother meant.
    let draft = BY_SEX.replace("AGE", "48");
    flags(
        &draft.replace("PROSECUTOR", "Alan Whitby"),
        "the 48-year-old",
        "Maureen Tolland, 47",
    );
    silent(&draft.replace("PROSECUTOR", "Karen Whitby"));
    // A name both sexes bear tells nothing: she may be the one meant.
    silent(&draft.replace("PROSECUTOR", "Jordan Whitby"));
}

#[test]
fn the_speaker_of_the_reference_s_sentence_is_not_the_one_spoken_to() {
    // Without "She told", the judge is in view as the grandmother too.
    let draft = BY_SEX
        .replace("AGE", "48")
        .replace("PROSECUTOR", "Alan Whitby")
        .replace("She told the 48-year-old", "The 48-year-old");
    silent(&draft);
}

#[test]
fn a_shared_surname_is_told_apart_by_given_name() {
    // Her husband shares her surname; only she can be the grandmother.
    let draft = format!(
        "{}\nHer husband, Derek Tolland, 52, was cleared of any part in it.\n",
        BY_SEX
            .replace("AGE", "48")
            .replace("PROSECUTOR", "Alan Whitby")
    );
    flags(&draft, "the 48-year-old", "Maureen Tolland, 47");
}

#[test]
fn a_firm_that_bears_a_surname_is_nobody() {
    // "Garside & Sons" is the agency, "the Norfolk coast" a place: neither is a person in view.
    let draft = BY_SEX
        .replace("AGE", "48")
        .replace("PROSECUTOR", "Alan Whitby")
        .replace("from their accounts", "through the agency Garside & Sons");
    flags(&draft, "the 48-year-old", "Maureen Tolland, 47");
}

// ---- a role the text gives by its verb ----

#[test]
fn the_winner_is_the_one_who_won() {
    flags(
        "The Greens have taken the Marsh End seat from Labour.\n\n\
         Tamsin Okoro, 34, a midwife who lives on the Orchard estate, won with 2,112 votes. \
         Labour's Neil Carver polled 1,870.\n\n\
         The 35-year-old winner said she would start on the bus cuts at once.\n",
        "The 35-year-old",
        "Tamsin Okoro, 34",
    );
}

#[test]
fn a_winner_when_two_people_won_stays_silent() {
    // Two races, two winners, each a slip from 42: which one "the winner"
    // is the text does not show.
    silent(
        "Crowds lined the harbour for the town's first swim festival.\n\n\
         Ellis Brand, 41, won the men's mile and Nadia Sorel, 43, won the women's.\n\n\
         The water was colder than last year.\n\n\
         The 42-year-old winner said the crowd had kept her going.\n",
    );
}

#[test]
fn a_founder_is_the_one_who_founded_it() {
    flags(
        "A bakery chain that began in a garage has been sold.\n\n\
         Ruth Adebayo, 58, founded Crumb & Co in 1998 with a loan from her sister.\n\n\
         The 56-year-old founder will stay on as an adviser.\n",
        "The 56-year-old",
        "Ruth Adebayo, 58",
    );
}

#[test]
fn a_sentence_about_two_people_given_ages_is_about_neither_alone() {
    // "The 45-year-old runner-up" is neither Hale, 31, nor anyone the sentence
    // before opens with: no one is 45, and 45 is a slip from neither age.
    let text = "Crowds lined the seafront for the town's first 10km race.\n\n\
         Tom Hale, 31, won the race, and Ayo Bello, 24, finished second.\n\n\
         The AGE-year-old runner-up said she would be back next year.\n";
    silent(&text.replace("AGE", "45"));
    // 25 is a year from Bello's 24 and no slip from Hale's 31: of the two
    // named as often, it can only be hers.
    flags(
        &text.replace("AGE", "25"),
        "The 25-year-old",
        "Ayo Bello, 24",
    );
}

#[test]
fn now_opening_a_sentence_gives_the_age_now() {
    flags(
        "Ada Brennan, who is 92, has run the village shop since 1961.\n\n\
         She married at 20. Now 29, she still opens the shop at seven.\n",
        "Now 29",
        "Ada Brennan, who is 92",
    );
}

// ---- places and bodies are no one in view ----

/// A hometown after the age ("41, from Selby") and a village after "near"
/// name places, not people known by one name: the baker is still the only
/// man in view when "he" speaks.
const HOMETOWN: &str = "\
Owen Tarrant, 41, from Selby, took first prize at the national bread awards on Saturday.

The contest drew 340 entries. Judges tasted every loaf at a hall near Carlow.

The AGE-year-old baker said he would keep baking by hand.
";

#[test]
fn a_hometown_and_a_village_are_places() {
    flags(
        &HOMETOWN.replace("AGE", "44"),
        "The 44-year-old",
        "Owen Tarrant, 41",
    );
    silent(&HOMETOWN.replace("AGE", "41"));
}

#[test]
fn someone_named_with_a_single_word_is_still_in_view() {
    // "a call from Kasia": a woman known by one name, who may be the one
    // "she" means.
    let draft = "\
Mara Quint, 35, runs the bakery on Holt Street.

On Tuesday she took a call from Kasia about the order. Customers queued from 6am.

The 36-year-old said she had never seen a queue like it.
";
    silent(draft);
}

/// A speaker whose title runs on from a council's name, or who is set off by
/// commas, speaks of the story's subject; "Parish" is a given name, but
/// "Ashby Parish Council" is a body.
const SPEAKER: &str = "\
Shopkeeper Anil Mehta, 70, has been given a community award for keeping the village store open through the floods.

Mehta opened the shop in 1979. Villagers nominated him after the river burst its banks.

SPEAKER the 71-year-old had been \"a lifeline\".
";

#[test]
fn a_council_s_chairman_speaks_of_the_subject() {
    for speaker in [
        "Ashby Parish Council chairman Tom Reed said",
        "The parish council chairman, Tom Reed, said",
    ] {
        flags(
            &SPEAKER.replace("SPEAKER", speaker),
            "the 71-year-old",
            "Anil Mehta, 70",
        );
    }
}

#[test]
fn someone_else_named_in_between_keeps_the_age_unplaced() {
    // Tom Reed, with no age of his own, is named before the speaker's sentence:
    // the 71-year-old may be him.
    let draft = SPEAKER
        .replace("Villagers nominated him", "Tom Reed nominated him")
        .replace("SPEAKER", "A neighbour said");
    silent(&draft);
}

// ---- two more ways to give an age ----

#[test]
fn an_age_after_is_aged_and_after_a_bare_age() {
    let draft = |second: &str| {
        format!(
            "Colm Raftery, 66, has run the ferry to Inishcarra since 1994.\n\n\
             The crossing takes 40 minutes in fair weather. {second}\n"
        )
    };
    flags(
        &draft("Raftery is aged 69 and has no plans to stop."),
        "69",
        "Colm Raftery, 66",
    );
    flags(
        &draft("Raftery, age 68, has no plans to stop."),
        "Raftery, age 68",
        "Colm Raftery, 66",
    );
    silent(&draft("Raftery is aged 66 and has no plans to stop."));
}

// ---- an age at death, given with a scene between ----

#[test]
fn an_age_at_death_at_the_age_of() {
    // "died at the age of 84" after "died aged 87": the age the story gives.
    flags(
        "The poet Iris Mallon has died aged 87, her family said.\n\n\
         Mallon died at home in Whitby at the age of 84 after a short illness.\n",
        "at the age of 84",
        "aged 87",
    );
    // A pronoun opening the sentence, further from the age than a few words.
    flags(
        "The poet Iris Mallon has died aged 87, her family said.\n\n\
         She died peacefully in hospital at the age of 78, her publisher said.\n",
        "at the age of 78",
        "aged 87",
    );
}

#[test]
fn an_age_not_at_death_stays_silent() {
    // Another's death, an age at another time, an address.
    silent(
        "The poet Iris Mallon, 87, read at the festival.\n\n\
         Her husband died in 2001 at the age of 78.\n",
    );
    silent(
        "The poet Iris Mallon, 87, read at the festival.\n\n\
         Mallon began writing at the age of 78, she said.\n",
    );
    silent(
        "The poet Iris Mallon, 87, read at the festival.\n\n\
         A later guest, Tom Reed, died at 78 Church Street in 1990.\n",
    );
}

// ---- someone brought in unnamed, with an age ----

#[test]
fn someone_unnamed_and_the_noun_they_were_brought_in_by() {
    flags(
        "A 58-year-old woman was rescued from a flooded car near Selby on Monday.\n\n\
         Firefighters said the woman, 85, had been trapped for an hour.\n",
        "the woman, 85",
        "A 58-year-old woman",
    );
    let message = the_one(
        "A 58-year-old woman was rescued from a flooded car near Selby on Monday.\n\n\
         Firefighters said the woman, 85, had been trapped for an hour.\n",
    )
    .message;
    assert!(message.starts_with("the woman's age: "), "{message}");
    flags(
        "A man aged 36 has been charged with burglary in Tadcaster.\n\n\
         The 63-year-old man will appear before magistrates on Friday.\n",
        "The 63-year-old",
        "A man aged 36",
    );
    // Where no one is named, a bare age is the one person brought in.
    flags(
        "A pedestrian, 27, was hurt when a van mounted the pavement in Ripon.\n\n\
         The 72-year-old was taken to hospital, police said.\n",
        "The 72-year-old",
        "A pedestrian, 27",
    );
}

#[test]
fn two_brought_in_by_one_noun_or_a_named_person_stay_silent() {
    silent(
        "A 36-year-old man and a 63-year-old man were arrested in Tadcaster.\n\n\
         The man, 63, was released on bail.\n",
    );
    silent(
        "A woman aged 64 was hurt in a crash. Her daughter, Jo Bell, 46, was driving.\n\n\
         The 46-year-old was unhurt, police said.\n",
    );
    silent(
        "A man aged 71 was rescued from the sea at Filey.\n\n\
         A teenager, 17, who raised the alarm, was praised by the coastguard.\n",
    );
}

// ---- who else is in view ----

#[test]
fn what_someone_is_brings_no_one_new_into_view() {
    // "she was a careful driver" says what Nadia Ferris was; no other woman
    // is in view when "the 43-year-old mother" comes.
    flags(
        "Nadia Ferris, 34, was cycling to work when a lorry hit her near Tolley Bridge.\n\n\
         Her brother said she was a careful rider. Police want to hear from witnesses.\n\n\
         The 43-year-old mother of two died in hospital on Tuesday.\n",
        "The 43-year-old",
        "Nadia Ferris, 34",
    );
    // A woman brought in with "a" is someone new, and may be the one meant.
    silent(
        "Nadia Ferris, 34, was cycling to work when a lorry hit her near Tolley Bridge.\n\n\
         Her brother said a nurse stopped to help. Police want to hear from witnesses.\n\n\
         The 43-year-old mother of two stayed with her until paramedics came.\n",
    );
}

#[test]
fn an_unaged_speaker_before_the_subject_named_again() {
    let text = |speaker_last: bool| {
        let said = if speaker_last {
            "Chairman Peter Teague welcomed the appointment"
        } else {
            "Chairman Peter Teague said Abara was the right choice"
        };
        format!(
            "Wrexford Athletic have appointed Daniel Abara, 45, as head coach.\n\n\
             Abara replaces Ian Colley, who left in March. {said}.\n\n\
             The 54-year-old has coached in Norway and Sweden.\n"
        )
    };
    // The coach is named after the chairman: the age is his, a slip away.
    flags(&text(false), "The 54-year-old", "Daniel Abara, 45");
    // The chairman is named last: the age may be his, given for the first time.
    silent(&text(true));
}

// ---- by sex, among several of that sex ----

/// Two men named with ages, then a bare age that is a slip of one of theirs.
const TWO_MEN: &str = "\
Owen Carrick has kept sheep on the fells above Brackenby for half a century.

Carrick, now 68, still walks the flock each morning. His nephew Dylan Pryce, 35, keeps the accounts.

The AGE-year-old farmer says he has no plans to sell.
";

#[test]
fn of_two_aged_men_the_one_whose_age_it_is_a_slip_of() {
    flags(
        &TWO_MEN.replace("AGE", "86"),
        "The 86-year-old",
        "Carrick, now 68",
    );
}

#[test]
fn of_two_aged_men_a_slip_of_both_or_of_neither_stays_silent() {
    // 65 is a digit from 68 and from 35: either may be meant.
    silent(&TWO_MEN.replace("AGE", "65"));
    // 52 is no slip from either: it may be someone the text never names.
    silent(&TWO_MEN.replace("AGE", "52"));
}

#[test]
fn of_two_men_one_unaged_stays_silent() {
    // The nephew has no stated age: the 86-year-old may be him.
    silent(
        &TWO_MEN
            .replace("AGE", "86")
            .replace("Dylan Pryce, 35,", "Dylan Pryce"),
    );
}

#[test]
fn two_name_words_after_a_preposition_of_place_are_a_place() {
    // "at Ravensgill Head" names no one who might be the farmer.
    flags(
        &TWO_MEN.replace("AGE", "86").replace(
            "His nephew Dylan Pryce, 35, keeps the accounts.",
            "He was born at Ravensgill Head.",
        ),
        "The 86-year-old",
        "Carrick, now 68",
    );
}

// ---- an age in the person's own quoted words ----

const IN_HER_WORDS: &str = "\
Marguerite Oyelaran, 58, has driven the number 12 bus through Hexley for two decades.

\"I'm AGE and I still love the early shift,\" Oyelaran said.
";

#[test]
fn an_age_in_the_speakers_own_words_against_the_one_given() {
    let f = the_one(&IN_HER_WORDS.replace("AGE", "85"));
    assert_eq!(&IN_HER_WORDS.replace("AGE", "85")[f.span.clone()], "I'm 85");
    // Whoever slipped, no fix rewrites a quotation: the one offered writes
    // the quoted age over the other.
    assert_eq!(f.fixes.len(), 1, "{f:#?}");
    assert!(f.fixes[0]
        .apply(&IN_HER_WORDS.replace("AGE", "85"))
        .starts_with("Marguerite Oyelaran, 85,"));
    flags(
        &IN_HER_WORDS
            .replace("\"I'm AGE and", "“I am 57, and")
            .replace(",\" Oyelaran", ",” Oyelaran"),
        "I am 57",
        "Marguerite Oyelaran, 58",
    );
}

#[test]
fn an_age_in_quoted_words_credited_to_no_one_or_to_two_stays_silent() {
    // The same age: nothing to flag.
    silent(&IN_HER_WORDS.replace("AGE", "58"));
    // Two speakers in the paragraph: the words may be either's.
    silent(&IN_HER_WORDS.replace("AGE", "85").replace(
        "Oyelaran said.",
        "Oyelaran said. Her supervisor Colin Marsh said the same.",
    ));
    // Not in a quotation: a writer's own "I'm".
    silent(&IN_HER_WORDS.replace("AGE", "85").replace("\"", ""));
    // "I'm 85th on the list" is no age.
    silent(&IN_HER_WORDS.replace("AGE and I still love the early shift", "85th on the list"));
}

// ---- of two named as often, the one whose age it is a slip of ----

const TWO_BOSSES: &str = "\
Brightwater Foods chief executive Anneliese Marchetti, 58, will run the merged group, and its finance director, Kwame Asante-Boateng, 41, will retire.

The AGE-year-old has led Brightwater since 2016.
";

#[test]
fn of_two_named_as_often_the_one_whose_age_it_is_a_slip_of() {
    flags(
        &TWO_BOSSES.replace("AGE", "53"),
        "The 53-year-old",
        "Anneliese Marchetti, 58",
    );
    flags(
        &TWO_BOSSES.replace("AGE", "14"),
        "The 14-year-old",
        "Kwame Asante-Boateng, 41",
    );
}

#[test]
fn of_two_named_as_often_a_slip_of_both_or_of_neither_stays_silent() {
    // 51 is a digit from 58 and from 41.
    silent(&TWO_BOSSES.replace("AGE", "51"));
    // 66 is no slip from either.
    silent(&TWO_BOSSES.replace("AGE", "66"));
    // An age of a thing, not a person: "The 53-year-old bakery".
    silent(&TWO_BOSSES.replace("AGE", "53").replace(
        "has led Brightwater since 2016",
        "bakery still bakes her recipes",
    ));
}

#[test]
fn someone_new_brought_in_as_a_witness_may_be_the_bare_age() {
    silent(
        "Cyclist Dana Royle, 38, was hurt when a van struck her on Mill Road on Thursday.\n\n\
         Police said a new witness came forward on Monday. The 83-year-old told officers she saw the van overtake a bus.\n",
    );
}

// ---- a headline's person named by a common noun ----

#[test]
fn a_headline_man_against_the_story_subjects_age() {
    flags(
        "# Man, 47, jailed for stealing from clients\n\n\
         Derek Hollis, 44, of Mereford, was jailed for six years at Carver Crown Court.\n",
        "Derek Hollis, 44",
        "Man, 47",
    );
}

#[test]
fn a_headline_noun_with_an_age_no_slip_from_the_subjects_or_anothers_stays_silent() {
    // 63 is no slip from 44: the headline may mean someone else.
    silent(
        "# Woman, 63, hurt in crash\n\n\
         Derek Hollis, 44, of Mereford, was driving the van, police said.\n",
    );
    // 45 is a year from 44, but the body gives another person that age.
    silent(
        "# Man, 45, rescued from river\n\n\
         Derek Hollis, 44, pulled a man from the river on Sunday. The man, Tom Reed, 45, is recovering.\n",
    );
}

// ---- "The 63-year-old said she …" right after a sentence about her ----

/// A woman given an age, then a sentence that opens with her name, then a
/// bare reference with "she": the reference is hers, whatever the gap between
/// the ages (the sentence before says whom it means, not the digits).
const AFTER_HER_SENTENCE: &str = "\
# Board changes at Hollin Packaging

OPENER, 58, will join the board of Delvane when the merger closes. \"We wanted a partner with deep pockets,\" she told reporters.

Ostrander has run Hollin since 2016.AND The AGE-year-old said she had no plans to retire.
";

fn after_her(opener: &str, and: &str, age: &str) -> String {
    AFTER_HER_SENTENCE
        .replace("OPENER", opener)
        .replace("AND", and)
        .replace("AGE", age)
}

#[test]
fn a_sexed_reference_right_after_a_sentence_about_her_is_hers() {
    flags(
        &after_her("Marguerite Ostrander", "", "63"),
        "The 63-year-old",
        "Marguerite Ostrander, 58",
    );
    // Her firm and her role before her name: still the sentence's subject.
    flags(
        &after_her("Hollin chief executive Marguerite Ostrander", "", "63"),
        "The 63-year-old",
        "Marguerite Ostrander, 58",
    );
    // The same age: nothing to report.
    silent(&after_her("Marguerite Ostrander", "", "58"));
}

#[test]
fn a_sexed_reference_with_another_woman_in_the_sentence_before_stays_silent() {
    // "her deputy Petra" may be the 63-year-old.
    silent(&after_her(
        "Marguerite Ostrander",
        " She hired her deputy Petra last year.",
        "63",
    ));
    silent(&after_her(
        "Marguerite Ostrander",
        " Ostrander and Ms Petra Voss share the job.",
        "63",
    ));
}

#[test]
fn a_sexed_reference_after_a_sentence_about_a_man_stays_silent() {
    // "Ostrander" is a man here: "she" cannot mean him.
    silent(&after_her("Mr Karl Ostrander", "", "63").replace("she told", "he told"));
}

// ---- an age before a role with a possessive ----

const APPRENTICE: &str = "\
Rescuers freed six men trapped in a collapsed tunnel at Dunmere quarry on Tuesday.

The youngest, apprentice Tobias Rook, 19, had joined the quarry in March.

Engineers said the roof had failed along an old fault.

The AGE-year-old apprentice's mother, Greta Rook, said he had phoned her from the surface.
";

#[test]
fn an_age_before_a_possessive_role_is_the_role_holders() {
    // "The 20-year-old apprentice's mother, Greta Rook,": the age is the
    // apprentice's, not the mother's.
    flags(
        &APPRENTICE.replace("AGE", "20"),
        "The 20-year-old",
        "Tobias Rook, 19",
    );
    silent(&APPRENTICE.replace("AGE", "19"));
}

// ---- someone a possessive brings in by name ----

const GRANDSON: &str = "\
# Grandmother and grandson graduate together

Marion Tate, 82, completed a diploma in local history at Wrenfield College on Friday.

SENTENCE The 28-year-old will start a degree in the autumn.
";

#[test]
fn a_relative_named_after_a_possessive_is_whom_the_next_age_means() {
    // "Her grandson, Callum Tate, finished …": the 28-year-old is Callum,
    // though 28 is 82 with its digits swapped.
    silent(&GRANDSON.replace(
        "SENTENCE",
        "Her grandson, Callum Tate, finished his course in art and design.",
    ));
    // Someone who only speaks leaves her in view: the age is hers.
    flags(
        &GRANDSON.replace(
            "SENTENCE",
            "Her tutor, Ian Pryce, said she had never missed a class.",
        ),
        "The 28-year-old",
        "Marion Tate, 82",
    );
}

// ---- an age a relative clause gives ("who at 57 has taught") ----

#[test]
fn an_age_in_a_relative_clause_against_the_age_given() {
    flags(
        "Groundsman Elwyn Pask, 63, said the pitch had flooded twice this winter.\n\n\
         Mr Pask, who at 68 still cuts the grass by hand, said the club could not afford drains.\n",
        "at 68",
        "Elwyn Pask, 63",
    );
}

#[test]
fn an_age_in_a_relative_clause_of_another_person_stays_silent() {
    silent(
        "Groundsman Elwyn Pask, 63, said the pitch had flooded twice this winter.\n\n\
         His deputy, Tom Reddy, who at 68 still cuts the grass by hand, said the club could not afford drains.\n",
    );
}
