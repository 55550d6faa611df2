//! The conflict shapes issue 14 names, each in more than one wording: money,
//! percentages, ages, counts under another noun, measures and headlines found,
//! and the look-alikes of each left silent.

#[path = "support/figure_checks.rs"]
mod figure_checks;

use figure_checks::{flags, silent};

// ---- money with a definite back-reference ----

#[test]
fn a_total_and_most_of_the_sum_referred_back_to() {
    flags(
        "Subsidy payments to growers totalled $41.7 billion in the year, the ministry said.\n\n\
         Auditors could not trace most of the $47.1 billion, their report found.\n",
        "$47.1 billion",
        "$41.7 billion",
    );
}

#[test]
fn a_fund_and_the_fund_named_by_its_size() {
    flags(
        "Ministers set up the recovery fund with €8.3bn of borrowed money.\n\n\
         Regional leaders said the €3.8bn fund would run dry within two years.\n",
        "€3.8bn",
        "€8.3bn",
    );
}

#[test]
fn a_thousands_abbreviation_against_the_full_figure() {
    flags(
        "The charity raised $45,200 at its spring gala, organisers said.\n\n\
         Volunteers will decide next month how to spend the $54.2k raised.\n",
        "$54.2k",
        "$45,200",
    );
}

#[test]
fn an_iso_code_against_a_symbol() {
    flags(
        "The lender agreed to pay USD 2.35 billion to settle the claims.\n\n\
         Lawyers for the plaintiffs said the $3.25 billion settlement was fair.\n",
        "$3.25 billion",
        "USD 2.35 billion",
    );
}

#[test]
fn money_look_alikes_stay_silent() {
    // Different owners.
    silent(
        "Northwind spent $41.7 million on research last year.\n\n\
         Its rival Eastgate spent $47.1 million on research.\n",
    );
    // Part of a whole.
    silent(
        "The bill provides $84.5 billion for roads.\n\n\
         Of that, $48.5 billion goes to motorway repairs.\n",
    );
    // A conversion.
    silent(
        "The club paid £62m ($78.5m) for the striker.\n\n\
         Fans said the $78.5m fee was too high.\n",
    );
    // A hypothetical.
    silent(
        "The scheme would cost up to $3.6 billion, officials said.\n\n\
         The agency spent $6.3 billion on housing last year.\n",
    );
}

// ---- percentages, points and percentages of other measures ----

#[test]
fn a_turnout_given_in_other_words() {
    flags(
        "Turnout in the referendum reached 63.4%, the electoral commission said.\n\n\
         Campaigners welcomed the 64.3% turnout as a sign of interest.\n",
        "64.3%",
        "63.4%",
    );
}

#[test]
fn a_pay_offer_and_the_offer_referred_back_to() {
    flags(
        "The health board has made nurses a pay offer of 5.4% for this year.\n\n\
         Union leaders said the 4.5% offer fell short of inflation.\n",
        "4.5%",
        "5.4%",
    );
}

#[test]
fn a_pay_rise_and_the_rise_referred_back_to() {
    flags(
        "Train drivers have been offered a 6.3% pay rise over two years.\n\n\
         The union said the 3.6% rise would be put to members.\n",
        "3.6%",
        "6.3%",
    );
}

#[test]
fn a_figure_that_restates_an_old_value_stays_silent() {
    // "the 4.5% offer" is the old offer, given as such before.
    silent(
        "The board raised its pay offer to 5.4% from 4.5% on Friday.\n\n\
         Nurses had rejected the 4.5% offer in a ballot last month.\n",
    );
    silent(
        "The toll rose to 57 on Sunday, up from 31 on Saturday.\n\n\
         Relatives of the 31 dead gathered at the town hall on Saturday night.\n",
    );
}

#[test]
fn rises_of_other_kinds_stay_silent() {
    silent("Drivers were offered a 6.3% pay rise.\n\nFares will see a 3.6% price rise in March.\n");
}

#[test]
fn an_interest_rate_and_the_rate_referred_back_to() {
    flags(
        "The central bank raised its main interest rate to 5.25% on Thursday.\n\n\
         Borrowers will feel the 5.52% rate within weeks, analysts warned.\n",
        "5.52%",
        "5.25%",
    );
}

#[test]
fn a_reservoir_level_and_the_level_referred_back_to() {
    flags(
        "The reservoir was at 38% of capacity on Monday, the water company said.\n\n\
         Engineers said the 83% level was the lowest for a decade.\n",
        "83%",
        "38%",
    );
}

#[test]
fn a_share_of_patients_and_the_figure_referred_back_to() {
    flags(
        "Only 61.7% of patients were seen within four hours in March.\n\n\
         Ministers called the 67.1% figure disappointing.\n",
        "67.1%",
        "61.7%",
    );
}

#[test]
fn a_reservoir_full_to_a_level() {
    flags(
        "The reservoir was 47% full on Monday, the water company said.\n\n\
         Engineers said the 74% level was the lowest since 1976.\n",
        "74%",
        "47%",
    );
}

#[test]
fn shares_of_voters_in_a_poll_stay_silent() {
    silent(
        "The poll found 45% of voters back the plan.\n\n\
         Among older voters, 54% of voters oppose the plan, the poll found.\n",
    );
}

#[test]
fn a_lead_in_points_referred_back_to() {
    flags(
        "The poll gives Labour a lead of 7.2 percentage points over the Conservatives.\n\n\
         The 2.7-point lead is the party's largest this year.\n",
        "2.7-point",
        "7.2 percentage points",
    );
    // Whatever word follows the points.
    flags(
        "The poll gives Labour a lead of 7.2 percentage points this week.\n\n\
         The 2.7-point lead is the party's largest this year.\n",
        "2.7-point",
        "7.2 percentage points",
    );
}

#[test]
fn percentage_look_alikes_stay_silent() {
    // Rates of different measures.
    silent("Inflation fell to 3.4% in May.\n\nThe central bank held its main rate at 4.3%.\n");
    // Different periods.
    silent("Turnout was 58.3% in the last election.\n\nThis time turnout was 53.8%.\n");
    // Different owners.
    silent("Nurses in Wales were offered 4.5%.\n\nNurses in Scotland were offered 5.4%.\n");
    // A share against a count.
    silent(
        "About 12.5% of staff will leave, the firm said.\n\nThe 125 staff who leave will get a bonus.\n",
    );
}

// ---- ages given two ways ----

#[test]
fn an_age_with_aged_and_the_n_year_old() {
    flags(
        "Maria Lopes, aged 64, has run the bakery since 1990.\n\n\
         The 46-year-old grandmother said she had no plans to retire.\n",
        "The 46-year-old",
        "Maria Lopes, aged 64",
    );
}

#[test]
fn an_n_year_old_name_and_the_name_in_apposition() {
    flags(
        "Police named the driver as 52-year-old Kevin Marsh.\n\n\
         Marsh, 53, was taken to hospital with minor injuries.\n",
        "Marsh, 53",
        "52-year-old",
    );
}

#[test]
fn an_age_against_a_decade_of_life() {
    flags(
        "Patel, 58, founded the firm with his brother.\n\n\
         Patel, who is in his late 40s, rarely gives interviews.\n",
        "in his late 40s",
        "Patel, 58",
    );
}

#[test]
fn an_age_in_brackets_and_the_n_year_old() {
    flags(
        "Derek Amos (61) was arrested at his home on Monday.\n\n\
         The 62-year-old was released on bail later that day.\n",
        "The 62-year-old",
        "Derek Amos (61)",
    );
}

#[test]
fn an_age_in_a_who_clause_and_in_apposition() {
    flags(
        "Kim, who is 45, has led the union since 2019.\n\n\
         Kim, 54, said members would vote on the offer next week.\n",
        "Kim, 54",
        "Kim, who is 45",
    );
}

#[test]
fn an_age_that_changed_stays_silent() {
    silent(
        "Maria Lopes, 64, opened the bakery in 1990.\n\n\
         Lopes, who turned 65 in May, has no plans to retire.\n",
    );
}

#[test]
fn ages_of_different_people_stay_silent() {
    silent(
        "Lula, 78, met Bolsonaro on Friday.\n\n\
         The 69-year-old former president, Bolsonaro, did not speak afterwards.\n",
    );
    silent(
        "Ana Costa, 41, runs the shop with her mother, Rosa Costa, 67.\n\n\
         The family has owned it for decades.\n",
    );
}

// ---- counts under another noun ----

#[test]
fn homes_and_the_houses_referred_back_to() {
    flags(
        "The developer will build 1,240 homes on the former airfield.\n\n\
         Residents objected that the 1,420 houses would overwhelm local roads.\n",
        "1,420 houses",
        "1,240 homes",
    );
}

#[test]
fn homes_and_dwellings() {
    flags(
        "The council approved plans for 385 homes on Friday.\n\n\
         The 358 dwellings will include a care home and a school.\n",
        "358 dwellings",
        "385 homes",
    );
}

#[test]
fn staff_and_employees_of_one_firm() {
    flags(
        "Harlow Foods employs 2,760 staff at its three bakeries.\n\n\
         All of the firm's 2,670 employees will receive a bonus.\n",
        "2,670 employees",
        "2,760 staff",
    );
}

#[test]
fn a_strike_by_nurses_and_the_striking_nurses() {
    flags(
        "A strike by 5,300 nurses closed wards across the county on Monday.\n\n\
         Managers said the 3,500 striking nurses would lose a day's pay.\n",
        "3,500",
        "5,300 nurses",
    );
}

#[test]
fn buildings_and_the_structures_referred_back_to() {
    flags(
        "Inspectors said the tremor damaged 1,350 buildings in the old town.\n\n\
         Engineers will check each of the 1,530 structures before residents return.\n",
        "1,530 structures",
        "1,350 buildings",
    );
}

#[test]
fn miners_and_the_men_referred_back_to() {
    flags(
        "Rescuers reached 46 miners trapped by the flood on Sunday.\n\n\
         Families waited at the pit head for news of the 64 men.\n",
        "64 men",
        "46 miners",
    );
}

#[test]
fn a_workforce_given_as_people_and_as_its_strength() {
    flags(
        "The mill employs 2,450 people at its site on the river.\n\n\
         Managers told the 2,540-strong workforce on Monday the site would stay open.\n",
        "2,540-strong workforce",
        "2,450 people",
    );
}

#[test]
fn a_majority_and_the_n_vote_majority() {
    flags(
        "Hartley held the seat with a majority of 2,931 on Thursday.\n\n\
         Her 2,391-vote majority is the smallest in the county.\n",
        "2,391-vote majority",
        "2,931",
    );
}

#[test]
fn all_the_delegates_of_a_contest_in_the_headline_and_the_body() {
    flags(
        "# Reyes wins all 58 delegates in state primary\n\n\
         Governor Ana Reyes won the primary on Tuesday, taking all 85 delegates at stake.\n",
        "85 delegates",
        "58 delegates",
    );
}

#[test]
fn the_number_a_nomination_takes_given_twice() {
    flags(
        "It takes 1,237 delegates to win the nomination.\n\n\
         No candidate is on course to reach 1,273 delegates, the number needed to win.\n",
        "1,273 delegates",
        "1,237 delegates",
    );
    flags(
        "It takes 1,237 delegates to win the nomination.\n\n\
         Nobody is \u{201c}on course to win 1,273 delegates,\u{201d} the number needed, she said.\n",
        "1,273 delegates",
        "1,237 delegates",
    );
}

#[test]
fn the_numbers_two_contests_take_stay_silent() {
    silent(
        "It takes 2,383 delegates to win the Democratic nomination.\n\n\
         It takes 2,137 delegates to win the Republican nomination.\n",
    );
}

#[test]
fn counts_under_another_noun_that_differ_in_kind_stay_silent() {
    // A part of a whole.
    silent("The trust employs 6,200 staff.\n\nSome 2,600 nurses will strike on Monday.\n");
    // Another owner.
    silent("Harlow Foods employs 2,760 staff.\n\nIts rival Brant Mills has 2,670 employees.\n");
    // A plan against an outcome.
    silent("The council plans to build 450 homes by 2030.\n\nSo far 540 houses have been built.\n");
    // Men of another group.
    silent("Rescuers reached 46 miners on Sunday.\n\nA further 64 men were still underground.\n");
    // A strength of another body.
    silent(
        "The mill employs 2,450 people.\n\nThe town's 2,540-strong police force is stretched.\n",
    );
    // A majority in another seat.
    silent(
        "Hartley held her seat with a majority of 2,931.\n\nIn the next seat Mr Dunn won a 2,391-vote majority.\n",
    );
    // All the delegates of another state.
    silent("Reyes won all 58 delegates in Ohio on Tuesday.\n\nShe also took all 85 delegates in Florida.\n");
}

// ---- measures ----

#[test]
fn an_area_and_the_fire_named_by_its_area() {
    flags(
        "The fire has burned 12,400 hectares of forest since Tuesday.\n\n\
         Crews hope to contain the 14,200-hectare blaze by the weekend.\n",
        "14,200-hectare",
        "12,400 hectares",
    );
}

#[test]
fn a_distance_in_an_abbreviated_unit_and_in_words() {
    flags(
        "The new pipeline will run 342km from the coast to the refinery.\n\n\
         Work on the 324-kilometre pipeline starts next year.\n",
        "324-kilometre",
        "342km",
    );
}

#[test]
fn a_speech_and_the_address_named_by_its_length() {
    flags(
        "The president gave a 45-minute speech to the assembly on Tuesday.\n\n\
         In the 54-minute address she did not mention the war.\n",
        "54-minute",
        "45-minute",
    );
}

#[test]
fn a_weight_and_the_weight_referred_back_to() {
    flags(
        "Customs officers seized 1.85 tonnes of cocaine at the port.\n\n\
         The 1.58-tonne haul was hidden in banana crates.\n",
        "1.58-tonne",
        "1.85 tonnes",
    );
}

#[test]
fn a_winning_time_and_the_time_referred_back_to() {
    flags(
        "Okafor won the 200 metres in 19.87 seconds on Saturday.\n\n\
         Her 19.78-second run was the fastest of the year.\n",
        "19.78-second",
        "19.87 seconds",
    );
}

#[test]
fn a_quake_magnitude_given_twice() {
    flags(
        "A magnitude 6.4 earthquake struck the coast early on Monday.\n\n\
         The magnitude 4.6 quake damaged hundreds of homes.\n",
        "4.6",
        "6.4",
    );
}

#[test]
fn a_race_time_in_hours_minutes_and_seconds() {
    flags(
        "Kiprono won the marathon in 2:04:51, a course record.\n\n\
         His time of 2:04:15 beat the old mark by almost a minute.\n",
        "2:04:15",
        "2:04:51",
    );
}

#[test]
fn a_winning_margin_and_the_margin_referred_back_to() {
    flags(
        "Lind beat Okafor by 1.42 seconds in the downhill on Sunday.\n\n\
         The 1.24-second margin was the widest of the season.\n",
        "1.24-second",
        "1.42 seconds",
    );
}

#[test]
fn a_wind_speed_with_its_unit_glued_on() {
    flags(
        "Gusts of 154km/h were recorded on the coast overnight.\n\n\
         The 145km/h gusts brought down power lines across the county.\n",
        "145km/h",
        "154km/h",
    );
}

#[test]
fn rand_amounts_referred_back_to() {
    flags(
        "The utility will receive R36.8bn in support from the treasury this year.\n\n\
         Economists said the R38.6bn lifeline would not fix the grid.\n",
        "R38.6bn",
        "R36.8bn",
    );
}

#[test]
fn a_vote_tally_and_the_split_vote_referred_back_to() {
    flags(
        "MPs backed the bill by 312 votes to 287 on Tuesday night.\n\n\
         After the 321-287 vote, ministers said the law would take effect in June.\n",
        "321",
        "312",
    );
}

#[test]
fn a_headlines_turnout_against_the_bodys() {
    flags(
        "# Turnout hits 63.4% in city vote\n\n\
         Turnout in the mayoral election was 64.3%, the highest since 2002, officials said.\n",
        "64.3%",
        "63.4%",
    );
}

#[test]
fn a_headlines_majority_against_the_bodys() {
    flags(
        "# Hartley holds Cleve Vale with majority of 2,931\n\n\
         Sara Hartley kept the seat for Labour on Thursday with a majority of 2,391.\n",
        "2,391",
        "2,931",
    );
}

#[test]
fn a_salary_in_thousands_and_in_full() {
    flags(
        "The new chief executive will be paid a salary of £450k a year from May.\n\n\
         Unions called the £540,000 salary an insult to staff.\n",
        "£540,000",
        "£450k",
    );
}

#[test]
fn race_times_and_winds_of_different_things_stay_silent() {
    silent("Kiprono won in 2:04:51.\n\nThe women's race was won in 2:15:04.\n");
    silent("Gusts of 154km/h hit the coast.\n\nInland, gusts reached 145km/h.\n");
    // A rate against an annual total.
    silent("He is paid £45k a month.\n\nHis £540,000 salary is the highest in the sector.\n");
}

#[test]
fn an_area_in_square_kilometres() {
    flags(
        "The new national park covers 1,460 square kilometres of moorland.\n\n\
         Farmers inside the 1,640-square-kilometre park fear new rules.\n",
        "1,640",
        "1,460 square kilometres",
    );
}

#[test]
fn a_margin_of_under_a_second_referred_back_to() {
    flags(
        "Okafor beat Lind by 0.38 seconds in the final.\n\n\
         The 0.83-second margin was the narrowest of the championships.\n",
        "0.83-second",
        "0.38 seconds",
    );
}

#[test]
fn a_strike_and_the_stoppage_named_by_its_length() {
    flags(
        "Rail workers began a 72-hour strike on Monday morning.\n\n\
         Commuters faced delays throughout the 27-hour stoppage.\n",
        "27-hour",
        "72-hour",
    );
}

#[test]
fn a_win_by_points_and_the_margin_referred_back_to() {
    flags(
        "Leeds beat Hull by 13 points on Saturday.\n\n\
         The 31-point margin lifted Leeds to second in the table.\n",
        "31-point",
        "13 points",
    );
}

#[test]
fn measures_of_different_things_stay_silent() {
    silent(
        "The fire has burned 12,400 hectares.\n\nA second fire to the north has burned 14,200 hectares.\n",
    );
    silent("She spoke for 45 minutes on Tuesday.\n\nOn Wednesday she spoke for 54 minutes.\n");
    silent("The bridge is 1,250 metres long.\n\nThe tunnel under the river runs 1,520 metres.\n");
    // A conversion.
    silent("The trail is 26 miles (42km) long.\n\nThe 42km trail opened in May.\n");
    // Two things measured in one unit, each named.
    silent(
        "Work began on the 342km pipeline in March.\n\nThe 324km road beside it opens in June.\n",
    );
}

// ---- headlines ----

#[test]
fn a_headlines_profit_against_the_bodys() {
    flags(
        "# Brightwell profit climbs to £264m\n\n\
         Brightwell, the builder, reported a pre-tax profit of £246m for the year on Tuesday.\n",
        "£246m",
        "£264m",
    );
}

// ---- the new readers' look-alikes, each in its own story ----

#[test]
fn kinds_periods_and_days_keep_new_readings_apart() {
    // Rates of two kinds.
    silent(
        "The bank cut its base rate to 4.75% on Thursday.\n\n\
         Lenders said the average mortgage rate was 5.47% in the same week.\n",
    );
    // An offer and a demand.
    silent("Nurses were offered a 4.5% pay rise.\n\nThe union had demanded a 5.4% rise in pay.\n");
    // Turnout at two elections.
    silent("Turnout was 63.4%, officials said.\n\nIn 2019 turnout was 64.3%.\n");
    // Leads in two months.
    silent(
        "In May the party had a 7.2-point lead.\n\nBy June its lead had shrunk to a 2.7-point lead.\n",
    );
    // Two speeches on two days.
    silent(
        "She gave a 45-minute speech on Monday.\n\nOn Tuesday she gave a 54-minute speech in Leeds.\n",
    );
    // Margins of two races.
    silent("Okafor won the 100m by 0.38 seconds.\n\nIn the relay the team lost by 0.83 seconds.\n");
    // Race times of two years.
    silent("Kiprono won in 2:04:51 on Sunday.\n\nLast year he won in 2:04:15.\n");
    // Two magnitudes: a quake and its aftershock.
    silent(
        "A magnitude 6.4 earthquake struck on Monday.\n\nA magnitude 4.6 aftershock followed an hour later.\n",
    );
}

#[test]
fn the_silence_patterns_hold_for_the_new_readings() {
    // Different entities.
    silent(
        "Labour has a 7.2-point lead in Wales.\n\nThe Conservatives hold a 2.7-point lead in Scotland.\n",
    );
    // Different periods.
    silent("The jobless rate was 5.4% in May.\n\nIn June the jobless rate was 4.5%.\n");
    // A bound.
    silent(
        "Nurses were offered a pay rise of up to 5.4%.\n\nMost will get the 4.5% rise in April.\n",
    );
    // A plan against an outcome.
    silent(
        "The union wants a 5.4% pay rise for its members.\n\nThe 4.5% rise agreed on Friday ends the dispute.\n",
    );
    // Estimates credited to different sources.
    silent(
        "Officials put turnout at 63.4%.\n\nThe opposition said the 64.3% turnout was inflated, according to its count.\n",
    );
    // A conversion.
    silent("The 26.2-mile (42.2km) course is flat.\n\nThe 24.2km loop is hillier.\n");
}

// ---- a time that opens the sentence ----

#[test]
fn a_time_opening_the_sentence_dates_an_earlier_event() {
    // "In March, an attack … killed 74": the time, however far from the figure,
    // dates another attack.
    silent(
        "Gunmen killed 47 people in the village on Sunday, officials said.\n\n\
         In March, an attack on a crowded market in a nearby town killed 74 people.\n",
    );
    // Without it, the same attack's toll given twice is queried.
    flags(
        "Gunmen killed 47 people in the village on Sunday, officials said.\n\n\
         The attack on the crowded market in the village killed 74 people, the mayor said.\n",
        "74 people",
        "47 people",
    );
}

#[test]
fn a_toll_dated_by_since_when_is_an_earlier_event() {
    // "since 2011, when a quake killed 63": the clause is set in 2011.
    silent(
        "The earthquake killed 36 people in the province, the government said on Tuesday.\n\n\
         It was the deadliest in the region since 2011, when a quake killed 63 people.\n",
    );
}

// ---- areas named without a name ----

#[test]
fn a_whole_and_its_part_named_as_areas_stay_silent() {
    // The city's turnout and the rural wards' are two figures.
    silent(
        "Turnout was 61.4% in the city, up from 46.1% at the last election.\n\n\
         In the rural wards, turnout reached 64.1%.\n",
    );
    silent(
        "Turnout was 61.4% in the city, up from 46.1% at the last election.\n\n\
         Turnout in the rural wards reached 64.1%.\n",
    );
    // The same area given twice is one figure.
    flags(
        "Turnout was 61.4% in the city, up from 46.1% at the last election.\n\n\
         Turnout in the city reached 64.1%, officials said.\n",
        "64.1%",
        "61.4%",
    );
}
