//! How news copy restates one quantity: each restatement `conflicting-figure`
//! reads as the same figure, with the look-alikes it must leave silent.

#[path = "support/figure_checks.rs"]
mod figure_checks;

use figure_checks::{check, flags, silent, the_one};

/// The flagged text of a draft's one finding.
fn flagged(text: &str) -> String {
    text[the_one(text).span].to_string()
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

// ---- a sum converted in brackets is one figure ----

#[test]
fn a_converted_sum_and_its_later_back_reference() {
    assert_eq!(
        flagged(
            "The grocer made a profit of $1.13bn (£600m) in the year to March.\n\n\
             Shareholders said the £660m profit was a record for the chain.\n",
        ),
        "£660m profit"
    );
}

#[test]
fn a_converted_sum_restated_as_given() {
    silent(
        "The grocer made a profit of $1.13bn (£600m) in the year to March.\n\n\
         Shareholders said the £600m profit was a record for the chain.\n",
    );
}

#[test]
fn a_conversion_is_not_a_second_value_of_the_first_currency() {
    silent(
        "The grocer made a profit of $1.13bn (£600m) in the year to March.\n\n\
         Shareholders said the $1.13bn profit was a record for the chain.\n",
    );
}

// ---- counts under another noun of the same thing ----

#[test]
fn staff_and_the_employees_referred_back_to() {
    assert_eq!(
        flagged(
            "The insurer employs 12,500 staff across the region, it said on Monday.\n\n\
             A union official said the insurer's 15,200 employees deserved a pay rise.\n",
        ),
        "15,200 employees"
    );
}

#[test]
fn travellers_and_the_passengers_referred_back_to() {
    assert_eq!(
        flagged(
            "Snow stranded 2,140 travellers at the airport overnight.\n\n\
             Staff handed out blankets to the 2,410 passengers until the runway reopened.\n",
        ),
        "2,410 passengers"
    );
}

#[test]
fn two_firms_staff_are_two_counts() {
    silent(
        "Harlow Mutual employs 12,500 staff across the region, it said on Monday.\n\n\
         Rival Penfold said its 15,200 employees would not be affected.\n",
    );
}

// ---- an age given as a decade of life ----

#[test]
fn an_age_and_a_decade_of_life_it_is_not_in() {
    let found = check(
        "Margaret Holloway, 64, will leave the board in March, the company said.\n\n\
         Holloway, who is in her 70s, founded the firm in a garage.\n",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        &"Margaret Holloway, 64, will leave the board in March, the company said.\n\n\
          Holloway, who is in her 70s, founded the firm in a garage.\n"[found[0].span.clone()],
        "in her 70s"
    );
    // A range has no one value to write over the other.
    assert!(found[0].fixes.is_empty(), "{:?}", found[0].fixes);
}

#[test]
fn a_narrowed_decade_against_an_age() {
    assert_eq!(
        flagged(
            "Tomas Reyes, 41, was appointed coach on Tuesday.\n\n\
             Reyes, in his late 40s, played for the club for a decade.\n",
        ),
        "in his late 40s"
    );
}

#[test]
fn an_age_inside_its_decade() {
    silent(
        "Margaret Holloway, 74, will leave the board in March, the company said.\n\n\
         Holloway, who is in her 70s, founded the firm in a garage.\n",
    );
    silent(
        "Tomas Reyes, 41, was appointed coach on Tuesday.\n\n\
         Reyes, in his early 40s, played for the club for a decade.\n",
    );
}

#[test]
fn a_decade_of_life_at_another_time_or_of_another_person() {
    silent(
        "Margaret Holloway, 64, will leave the board in March, the company said.\n\n\
         Holloway, who was in her 30s when she founded the firm, built it up alone.\n",
    );
    silent(
        "Margaret Holloway, 64, will leave the board in March, the company said.\n\n\
         Her successor, Penrose, in his 70s, joined last year.\n",
    );
}

#[test]
fn a_decade_written_as_a_word() {
    assert_eq!(
        flagged(
            "Tomas Reyes, 41, was appointed coach on Tuesday.\n\n\
             Reyes, who is in his fifties, played for the club for a decade.\n",
        ),
        "in his fifties"
    );
    silent(
        "Tomas Reyes, 54, was appointed coach on Tuesday.\n\n\
             Reyes, who is in his fifties, played for the club for a decade.\n",
    );
    // "now in his sixties": the present, said twice.
    assert_eq!(
        flagged(
            "Tomas Reyes, 41, was appointed coach on Tuesday.\n\n\
             Reyes, now in his sixties, played for the club for a decade.\n",
        ),
        "in his sixties"
    );
}

#[test]
fn a_decade_of_life_given_to_a_role_the_text_gives_one_person() {
    let draft = |role: &str| {
        format!(
            "Ines Valdez, 38, a retired midwife, won the Harrow seat with 3,118 votes.\n\n\
             {role}, who is in her fifties, campaigned on the maternity ward's closure.\n"
        )
    };
    assert_eq!(
        flagged(&draft("The midwife")),
        "The midwife, who is in her fifties"
    );
    // A role the text gives no one, or under a rank: perhaps someone else.
    silent(&draft("The candidate"));
    silent(&draft("The former midwife"));
}

// ---- the number a goal takes ----

#[test]
fn a_threshold_restated_with_its_digits_swapped() {
    assert_eq!(
        flagged(
            "Ana Ruiz needs 2,383 delegates to win the party's nomination outright.\n\n\
             Her aides said she would pass the 2,338 delegates needed before the convention.\n",
        ),
        "2,338 delegates"
    );
}

#[test]
fn a_threshold_and_the_delegates_still_to_win() {
    silent(
        "Ana Ruiz needs 2,383 delegates to win the party's nomination outright.\n\n\
         She has 1,545 so far and needs 838 delegates to clinch it.\n",
    );
}

#[test]
fn a_threshold_is_not_a_count_won() {
    silent(
        "Ana Ruiz needs 2,383 delegates to win the party's nomination outright.\n\n\
         Her rival has won 2,338 delegates, by the party's count.\n",
    );
}

// ---- a definite figure is a known quantity, whatever may follow it ----

#[test]
fn a_death_toll_referred_back_to_that_could_rise() {
    assert_eq!(
        flagged(
            "The landslide killed 214 people in the hill villages, officials said.\n\n\
             Rescuers warned that the death toll of 241 could rise as roads reopened.\n",
        ),
        "241"
    );
}

#[test]
fn a_toll_that_could_reach_a_number_is_a_guess() {
    silent(
        "The landslide killed 214 people in the hill villages, officials said.\n\n\
         Rescuers warned that the death toll could reach 241 as roads reopened.\n",
    );
}

// ---- a crowd counted as the fans in it ----

#[test]
fn a_crowd_and_the_fans_referred_back_to() {
    assert_eq!(
        flagged(
            "A crowd of 45,000 saw the cup final at the riverside ground on Saturday.\n\n\
             Stewards thanked the 54,000 fans for leaving calmly.\n",
        ),
        "54,000 fans"
    );
}

#[test]
fn a_crowd_and_fans_counted_for_something_else() {
    silent(
        "A crowd of 45,000 saw the cup final at the riverside ground on Saturday.\n\n\
         Organisers said 54,000 fans had applied for tickets in the ballot.\n",
    );
}

// ---- a long name, and the n-year-old its owner is later called ----

#[test]
fn a_long_name_with_an_age_and_the_n_year_old_after_it() {
    assert_eq!(
        flagged(
            "Luiz Inacio Lula da Silva, 78, landed in Lisbon on Monday.\n\n\
             The 79-year-old president met bankers on Tuesday.\n",
        ),
        "The 79-year-old"
    );
    silent(
        "Luiz Inacio Lula da Silva, 78, landed in Lisbon on Monday.\n\n\
         The 78-year-old president met bankers on Tuesday.\n",
    );
}

// ---- a headline's figure, undated, is the body's ----

#[test]
fn a_headline_figure_against_last_years_in_the_body() {
    assert_eq!(
        flagged(
            "# Haulier's profit falls to £1.2bn\n\n\
             The haulier made a profit of £2.1bn last year, it said on Thursday.\n",
        ),
        "£2.1bn"
    );
}

#[test]
fn a_headline_figure_and_the_bodys_old_value_or_another_year() {
    silent(
        "# Haulier's profit rises to £2.1bn\n\n\
         The haulier made a profit of £2.1bn last year, up from £1.2bn a year earlier.\n",
    );
    silent(
        "# Haulier's profit fell to £1.2bn in 2019\n\n\
         The haulier made a profit of £2.1bn last year, it said on Thursday.\n",
    );
}

// ---- "the n-year-old" followed by a nationality, not a name ----

#[test]
fn the_n_year_old_followed_by_a_nationality() {
    assert_eq!(
        flagged(
            "The club named Paolo Conti as coach on Monday. Conti, 52, played there for years.\n\n\
             The 53-year-old Italian said he was proud.\n",
        ),
        "The 53-year-old"
    );
    silent(
        "The club named Paolo Conti as coach on Monday. Conti, 52, played there for years.\n\n\
         The 52-year-old Italian said he was proud.\n",
    );
}

#[test]
fn a_threshold_given_twice_in_the_same_form() {
    assert_eq!(
        flagged(
            "Ana Ruiz needs 2,383 delegates to win on the first ballot at the convention.\n\n\
             A candidate needs 3,283 delegates to clinch the nomination, party rules say.\n",
        ),
        "3,283 delegates"
    );
}

#[test]
fn two_candidates_still_short_by_different_numbers() {
    silent(
        "Ruiz needs 386 delegates to clinch the nomination, by the party's count.\n\n\
         Marlow needs 368 delegates to clinch it, his aides said.\n",
    );
}

// ---- a projection's participle after the noun makes a definite figure a projection ----

#[test]
fn the_passengers_forecast_for_next_year_are_not_last_years() {
    silent(
        "The airline carried 4.52 million passengers last year, it said.\n\n\
         The 5.42 million passengers forecast for next year would be a record.\n",
    );
}

// ---- a figure given as known after a comparison is its base ----

#[test]
fn an_outcome_that_beat_the_target() {
    silent(
        "Crews removed 482 tonnes of silt from the channel last week.\n\n\
         That beat the 428 tonnes the contract had set for the week.\n",
    );
}

#[test]
fn a_count_that_exceeded_the_one_before() {
    silent(
        "The festival sold 6,480 tickets on its opening day.\n\n\
         Sales on Sunday exceeded the 6,840 tickets sold a year ago by a wide margin.\n",
    );
}

#[test]
fn a_sum_referred_back_to_before_a_preposition() {
    // "the $680,000 on …" is the sum given before, whatever follows it.
    assert_eq!(
        flagged(
            "A solicitor took $460,000 from a client account, the tribunal found.\n\n\
             Dara Finch, 52, did not attend the hearing.\n\n\
             Investigators said Finch spent the $640,000 on a villa in Spain.\n"
        ),
        "$640,000"
    );
    // A sum with no article before it is a new one.
    silent(
        "A solicitor took $460,000 from a client account, the tribunal found.\n\n\
         Dara Finch, 52, did not attend the hearing.\n\n\
         Investigators said Finch spent $640,000 on a villa in Spain.\n",
    );
}

#[test]
fn a_weekday_on_a_reference_back_dates_the_event_not_the_figure() {
    // The budget is next year's; Thursday is when it was voted through.
    flags(
        "The council has set a budget of £38.6m for next year.\n\n\
         Councillors voted through the £36.8m budget on Thursday night.\n",
        "£36.8m budget",
        "£38.6m",
    );
    // Two weekdays are two days.
    silent(
        "Police arrested 258 people at the festival on Saturday.\n\n\
         The 285 arrests on Sunday were mostly for drugs.\n",
    );
}
