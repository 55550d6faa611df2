//! Counts, money and percentages an editor knows for one quantity: vote margins
//! however written, nouns that count one thing, rupees in crore, a takeover's
//! premium, a share of the vote referred back to. Each shape flagged and silent.

#[path = "support/figure_checks.rs"]
mod figure_checks;

use figure_checks::{flags, silent, the_one};

// ---- a winner's margin, written three ways ----

#[test]
fn won_by_votes_against_her_majority() {
    flags(
        "The Greens gained the Millbrook seat on Friday by 3,517 votes.\n\n\
         Campaigners cheered as the result was read. Her 3,157 majority is the \
         largest the party has won there.\n",
        "3,157",
        "3,517",
    );
}

#[test]
fn a_margin_of_votes_against_the_hyphenated_margin() {
    flags(
        "The mayor was re-elected with a margin of 9,482 votes, officials said.\n\n\
         Supporters said the 9,842-vote margin showed the city wanted continuity.\n",
        "9,842",
        "9,482",
    );
}

#[test]
fn margins_of_other_contests_and_tallies_stay_silent() {
    // A margin and a tally are different numbers.
    silent(
        "The council approved the plan by 41 votes to 14 on Monday.\n\n\
         Ward 3 was won by 2,706 votes in May.\n",
    );
    // Two margins, not one written twice: no slip between them.
    silent(
        "Patel won the seat by 6,310 votes.\n\n\
         In 2019 her predecessor held it by 5,120 votes.\n",
    );
}

#[test]
fn a_vote_on_an_amendment_or_an_earlier_motion_is_another_vote() {
    let draft = |later: &str| {
        format!(
            "Councillors approved the £38.4m budget by 27 votes to 11 on Wednesday.\n\n\
             {later}\n"
        )
    };
    // The same vote, its tally swapped: flagged.
    flags(
        &draft("The budget, passed by 72 votes to 11, freezes parking charges."),
        "72 votes",
        "27 votes",
    );
    silent(&draft(
        "An amendment to save the mobile library was defeated by 72 votes to 11.",
    ));
    silent(&draft(
        "A similar motion fell by 72 votes to 11 last spring.",
    ));
}

#[test]
fn a_clause_of_time_opening_the_sentence_dates_its_figure() {
    let draft = |later: &str| {
        format!(
            "The Liberal Democrats held the Quayside ward with a majority of 518.\n\n\
             {later}\n"
        )
    };
    flags(
        &draft("Their majority of 581 was cheered at the count."),
        "581",
        "518",
    );
    silent(&draft(
        "When the ward was last fought in 2021, they held it with a majority of 581.",
    ));
}

#[test]
fn a_count_restated_with_its_owner_named_in_its_words() {
    let draft = |later: &str| {
        format!("Pellow Cricket Club has 318 members, its chairman said.\n\n{later}\n")
    };
    flags(
        &draft("The club now has 381 members and a waiting list."),
        "381 members",
        "318 members",
    );
    // A relative clause keeps its own time: the vote in June is not its.
    flags(
        &draft("The club, which has 381 members, will vote on the new pavilion in June."),
        "381 members",
        "318 members",
    );
    silent(&draft("The rival Ashby club has 381 members."));
    silent(&draft(
        "The club, which had 381 members in 2019, will vote on the new pavilion in June.",
    ));
}

// ---- rupees in crore ----

#[test]
fn net_profit_in_crore_against_the_profit_referred_back_to() {
    flags(
        "The lender reported a net profit of Rs 3,615 crore for the quarter.\n\n\
         Brokers said the Rs 3,165 crore profit beat their forecasts.\n",
        "Rs 3,165 crore",
        "Rs 3,615 crore",
    );
}

#[test]
fn crore_of_other_periods_stay_silent() {
    silent(
        "The lender reported a net profit of Rs 3,615 crore for the quarter, \
         up from Rs 3,165 crore a year earlier.\n",
    );
}

// ---- a takeover premium ----

#[test]
fn an_offer_premium_restated_with_a_changed_digit() {
    flags(
        "The bid of 410p a share is a 47% premium to Friday's close.\n\n\
         Some shareholders said the 41% premium was still too low.\n",
        "41% premium",
        "47% premium",
    );
}

#[test]
fn premiums_that_are_not_one_slip_apart_stay_silent() {
    silent(
        "The bid of 410p a share is a 47% premium to Friday's close.\n\n\
         Some shareholders said the 65% premium paid for a rival last year was the mark to beat.\n",
    );
}

// ---- a share of the vote referred back to ----

#[test]
fn the_share_of_votes_cast_against_the_vote_referred_back_to() {
    flags(
        "Results showed 61.4% of votes cast backed the merger.\n\n\
         The board said the 64.1% vote was a clear mandate.\n",
        "64.1% vote",
        "61.4% of votes",
    );
}

#[test]
fn a_share_of_voters_is_not_the_vote() {
    // A poll's share of voters is not the result's share of the vote.
    silent(
        "A survey found 61.4% of voters backed the merger.\n\n\
         The board said the 64.1% vote was a clear mandate.\n",
    );
}

// ---- nouns that count one thing ----

#[test]
fn homicides_restated_as_killings() {
    flags(
        "The city recorded 251 homicides last year, police said.\n\n\
         The mayor blamed gangs for most of the 215 killings.\n",
        "215 killings",
        "251 homicides",
    );
}

#[test]
fn killings_elsewhere_and_other_years_stay_silent() {
    silent(
        "The city recorded 251 homicides last year, police said.\n\n\
         In 2015 there were 512 killings.\n",
    );
}

#[test]
fn households_restated_as_homes_and_properties_as_homes() {
    flags(
        "About 18,600 households in the valley have no mains sewer.\n\n\
         The plan names the 16,800 homes still waiting for a connection.\n",
        "16,800 homes",
        "18,600 households",
    );
    flags(
        "The storm left 27,400 properties without power.\n\n\
         Engineers worked through the night to reach the 24,700 homes.\n",
        "24,700 homes",
        "27,400 properties",
    );
}

#[test]
fn tallies_and_payments_named_two_ways_are_one_count() {
    flags(
        "Ms Okafor took 2,318 votes, a clear win over the sitting member.\n\n\
         Her agent said the 2,381 ballots cast for her were a record for the ward.\n",
        "2,381 ballots",
        "2,318 votes",
    );
    flags(
        "Over three years the clerk made 273 transfers from the parish account.\n\n\
         The auditor said the 237 payments had gone unnoticed.\n",
        "237 payments",
        "273 transfers",
    );
    flags(
        "Fog grounded 154 departures at the airport on Tuesday.\n\n\
         The airport said the 145 flights would leave on Wednesday.\n",
        "145 flights",
        "154 departures",
    );
    flags(
        "The pharmacy gave 2,416 vaccinations in its first month.\n\n\
         Its owner said the 2,461 jabs had kept the village out of hospital.\n",
        "2,461 jabs",
        "2,416 vaccinations",
    );
    flags(
        "Police detained 137 people after the match.\n\n\
         Of the 173 people held overnight, 30 were charged.\n",
        "173 people",
        "137 people",
    );
    // Families and households are one count; families and homes are not.
    flags(
        "The flood forced 316 families from the estate.\n\n\
         The council is housing the 361 households in hotels.\n",
        "361 households",
        "316 families",
    );
    silent(
        "The flood forced 316 families from the estate.\n\n\
         The council is repairing the 361 homes on the other bank.\n",
    );
}

#[test]
fn a_candidate_who_won_with_a_tally_owns_it() {
    // "Reid won with 4,316 votes" is Reid's tally, as "Reid polled" is.
    flags(
        "Labour's Tom Reid won with 4,316 votes, ahead of the Green candidate.\n\n\
         Turnout was 31%.\n\n\
         Reid polled 4,361 votes, the lowest winning tally in the city for decades.\n",
        "4,361 votes",
        "4,316 votes",
    );
    silent(
        "Labour's Tom Reid won with 4,316 votes, ahead of the Green candidate.\n\n\
         Turnout was 31%.\n\n\
         The Green candidate, Ann Cole, polled 4,361 votes.\n",
    );
}

#[test]
fn households_and_homes_without_a_slip_stay_silent() {
    silent(
        "About 18,600 households in the valley have no mains sewer.\n\n\
         The plan names the 12,100 homes that will be connected first.\n",
    );
}

// ---- people a sum came from ----

#[test]
fn the_people_money_was_taken_from_are_counted() {
    flags(
        "She was convicted of stealing $2.6 million from 218 clients over a decade.\n\n\
         Several of her 281 clients wept in court.\n",
        "281 clients",
        "218 clients",
    );
}

#[test]
fn a_count_changed_from_its_old_value_stays_silent() {
    silent(
        "Membership rose to 163 members, up from 136 members.\n\n\
         The club said its 163 members would vote in June.\n",
    );
}

#[test]
fn a_count_of_where_something_is_done_from_is_current() {
    // "trades from 146 shops": where it trades, not an old value.
    flags(
        "The chain, which trades from 146 shops across Wales, said sales were flat.\n\n\
         Staff at all 164 shops will be told of the changes today.\n",
        "164 shops",
        "146 shops",
    );
    // "grew to 164 shops from 146": the old value stays one.
    silent(
        "The chain grew to 164 shops from 146 shops last year.\n\n\
         Staff at all 164 shops will be told of the changes today.\n",
    );
}

// ---- an estimate whose digits are swapped ----

#[test]
fn an_about_figure_with_two_digits_swapped() {
    flags(
        "About 47,200 passengers were stranded at the airport on Friday.\n\n\
         Staff handed out blankets to the 42,700 travellers overnight.\n",
        "42,700 travellers",
        "47,200 passengers",
    );
}

#[test]
fn an_about_figure_rounded_stays_silent() {
    silent(
        "About 47,200 passengers were stranded at the airport on Friday.\n\n\
         Staff handed out blankets to the 47,000 travellers overnight.\n",
    );
}

// ---- a sum a clause after it describes ----

#[test]
fn a_sum_a_clause_describes_is_not_proven_the_one_before() {
    // "the $2.45 million he owed" says which sum by its clause: another debt
    // as likely as the theft, so a slip of the digits proves nothing.
    silent(
        "The treasurer admitted taking $4.71 million from the club's accounts.\n\n\
         The judge also ordered him to repay the $4.17 million he owed in tax.\n",
    );
}

#[test]
fn a_sum_with_no_clause_pointing_back_stays_silent() {
    // Two sums with nothing to say they are one: a refund is not the theft.
    silent(
        "The treasurer admitted taking $4.71 million from the club's accounts.\n\n\
         Insurers later paid $4.17 million to members.\n",
    );
}

// ---- shillings written "KSh" ----

#[test]
fn kenyan_shillings_written_ksh() {
    flags(
        "Each winner takes home KSh 6.2 million in prize money.\n\n\
         Her coach said the KSh 2.6 million cheque would pay for a new house.\n",
        "KSh 2.6 million",
        "KSh 6.2 million",
    );
}

// ---- those a verb of harm names, with no noun ----

#[test]
fn a_headline_that_kills_a_bare_number() {
    flags(
        "# Landslides kill 63 in hill villages\n\n\
         Landslides after a week of rain have killed 36 people in three hill villages, \
         officials said on Monday.\n",
        "36 people",
        "63",
    );
}

#[test]
fn a_bare_number_killed_of_a_group_stays_silent() {
    // "killed 12 of them" names a part, not the toll.
    silent(
        "# Landslides kill 63 in hill villages\n\n\
         Rescuers said one slide alone killed 36 of them near the river.\n",
    );
}

// ---- a money measure named by a compound ----

#[test]
fn a_pay_package_referred_back_to_as_the_package() {
    flags(
        "Investors voted down the $52.6 million pay package granted to the chief executive.\n\n\
         A union leader called the $56.2 million package an insult to staff.\n",
        "$56.2 million package",
        "$52.6 million pay package",
    );
}

#[test]
fn a_pay_package_and_a_rescue_package_stay_silent() {
    silent(
        "Investors voted down the $52.6 million pay package granted to the chief executive.\n\n\
         The state had earlier offered the firm a $25.6 million rescue package.\n",
    );
}

#[test]
fn margins_in_two_contests_stay_silent() {
    // One candidate's margins in two states, and in two rounds: no reference back.
    silent(
        "Smith won Ohio by 3,412 votes.\n\n\
         She won Michigan by 3,142 votes.\n",
    );
    silent(
        "Jones won the first round by 5,120 votes.\n\n\
         She won the runoff by 5,210 votes.\n",
    );
}

#[test]
fn a_change_by_some_votes_is_no_margin() {
    // The recount's change is not the margin the later reference restates.
    flags(
        "Okafor won the county by a margin of 2,307 votes.\n\n\
         A recount moved the totals by fewer than 30 votes.\n\n\
         Her 2,370-vote margin was the narrowest in a decade.\n",
        "2,370-vote margin",
        "2,307",
    );
}

#[test]
fn a_margin_in_another_state_referred_to_stays_silent() {
    silent(
        "Smith won Ohio by 3,412 votes.\n\n\
         Her 3,142-vote margin in Michigan was narrower.\n",
    );
}

#[test]
fn premiums_to_two_bases_stay_silent() {
    silent(
        "The 410p offer is a 38% premium to Friday's close.\n\n\
         It is a 36% premium to the three-month average price.\n",
    );
}

// ---- a change in percentage points ----

#[test]
fn a_change_in_points_referred_back_to() {
    flags(
        "This year 71% of pupils passed, up 14 percentage points on last year.\n\n\
         The head said the 41-point rise reflected a new reading scheme.\n",
        "41-point rise",
        "14 percentage points",
    );
}

#[test]
fn changes_in_points_of_two_groups_stay_silent() {
    silent(
        "Support for the plan rose 14 percentage points among women.\n\n\
         Among men it was up 41 percentage points.\n",
    );
}

// ---- a count whose noun stands apart from the number ----

#[test]
fn all_of_a_count_named_after_of() {
    flags(
        "Computer systems at all 18 of the trust's hospitals were shut down after Monday's attack.\n\n\
         Staff went back to paper records and some operations were cancelled.\n\n\
         By Wednesday the trust's 81 hospitals were taking emergency patients again.\n",
        "81 hospitals",
        "18",
    );
}

#[test]
fn a_part_named_after_of_is_no_whole() {
    silent(
        "Computer systems at 18 of the trust's hospitals were shut down after Monday's attack.\n\n\
         Staff went back to paper records and some operations were cancelled.\n\n\
         By Wednesday the trust's 81 hospitals were taking emergency patients again.\n",
    );
}

#[test]
fn the_number_of_cases_named_by_a_compound() {
    flags(
        "The number of confirmed measles cases in the county stands at 148, officials said on Thursday.\n\n\
         Most of those infected are young children who had not been vaccinated.\n\n\
         Officials said the 184 cases were linked to a single school.\n",
        "184 cases",
        "148",
    );
}

#[test]
fn cases_in_the_county_and_across_the_state() {
    silent(
        "The number of confirmed measles cases in the county stands at 148, officials said on Thursday.\n\n\
         Most of those infected are young children who had not been vaccinated.\n\n\
         Across the state there have been 184 cases, officials said.\n",
    );
}

#[test]
fn a_toll_and_the_toll_of_a_storm_dated_by_its_year() {
    silent(
        "The storm that struck the coast on Friday killed 136 people, officials said.\n\n\
         Thousands of homes along the shore were flooded.\n\n\
         The 1953 storm on the same coast is thought to have killed 163 people.\n",
    );
}

// ---- a thing restated under the wider thing it is one of ----

#[test]
fn buses_restated_as_the_vehicles_with_digits_swapped() {
    flags(
        "The transport authority keeps 238 buses in its depots.\n\n\
         Inspectors found faults on 40 of the 283 vehicles.\n",
        "283",
        "238",
    );
}

#[test]
fn dwellings_restated_as_the_buildings_with_digits_swapped() {
    flags(
        "The storm tore the roofs off 619 houses in the district.\n\n\
         Builders say all 691 buildings need new tiles before winter.\n",
        "691",
        "619",
    );
}

#[test]
fn things_of_one_kind_or_another_holder_stay_silent() {
    // Two kinds of vehicle are two counts, whatever their digits.
    silent(
        "The transport authority keeps 238 buses in its depots.\n\n\
         It also owns 283 cars, leased to its staff.\n",
    );
    // Another holder's homes are not the flats first counted.
    silent(
        "A housing trust has finished 472 flats by the canal.\n\n\
         The county's 427 homes across the water are due for new windows.\n",
    );
    // Routes are no kind of vehicle.
    silent(
        "The operator runs 27 buses in the valley.\n\n\
         Passengers can choose from 72 routes across the region.\n",
    );
}

// ---- people left homeless, and a plural noun opening the sentence ----

#[test]
fn the_homeless_of_the_headline_against_the_body() {
    let text = "# Storm leaves 3,600 homeless\n\n\
                Landslides have left 6,300 people homeless in the hill districts, the army said.\n";
    flags(text, "6,300 people", "3,600 homeless");
    // A plural noun that opens a sentence names no owner of the figure.
    let f = figure_checks::the_one(text);
    assert!(!f.message.contains("Landslides's"), "{}", f.message);
}

#[test]
fn the_homeless_of_another_storm_stay_silent() {
    silent(
        "# Storm leaves 3,600 homeless\n\n\
         The storm has left 3,600 people homeless, the army said. A cyclone in 2019 \
         left 6,300 homeless.\n",
    );
}

// ---- a count filled by the noun that says what it counts ----

#[test]
fn a_town_population_against_its_residents() {
    flags(
        "Kelby's population stands at 6,240 after a decade of growth.\n\n\
         The mayor, Joan Tate, wants a second primary school. A bypass has \
         been promised since 2011.\n\n\
         A leaflet will go to all 6,420 residents this month.\n",
        "6,420",
        "6,240",
    );
}

#[test]
fn enrolment_and_membership_against_the_pupils_and_members() {
    flags(
        "Enrollment at Lakeside Elementary stands at 418, the district said.\n\n\
         Principal Mark Ruiz said classes would stay small.\n\n\
         The school's 481 pupils return on Tuesday.\n",
        "481",
        "418",
    );
    flags(
        "The choir's membership has grown to 153 in two years.\n\n\
         Its conductor, Ella Moss, credits a new rehearsal room. All 135 \
         members will sing at the abbey in May.\n",
        "135",
        "153",
    );
}

#[test]
fn a_workforce_that_numbers_against_the_employees() {
    flags(
        "The mill's workforce numbers 2,360, most of them on two shifts.\n\n\
         Managers have asked for overtime. All 2,630 employees will get a pay \
         rise in April.\n",
        "2,630",
        "2,360",
    );
}

#[test]
fn attendance_at_a_final_against_the_crowd() {
    flags(
        "Attendance at Sunday's final was 27,450, the league said.\n\n\
         The home side won on penalties.\n\n\
         The crowd of 27,540 was a record for the ground.\n",
        "27,540",
        "27,450",
    );
}

#[test]
fn populations_and_memberships_of_others_stay_silent() {
    // Another town's residents.
    silent(
        "Kelby's population stands at 6,240 after a decade of growth.\n\n\
         Nearby Ashfold, with 6,420 residents, has two schools.\n",
    );
    // Another club's members.
    silent(
        "The choir's membership has grown to 153 in two years.\n\n\
         A rival choir in the city says it has 135 members.\n",
    );
    // The pupils of one year group are a part of the roll.
    silent(
        "Enrollment at Lakeside Elementary stands at 418, the district said.\n\n\
         Of those, 81 pupils are in kindergarten.\n",
    );
}

// ---- a count restated with its noun left out ----

#[test]
fn a_bare_count_after_the_restates_the_count_before_it() {
    flags(
        "The food bank fed 472 households over the holidays.\n\n\
         Its coordinator, Sue Park, said donations had fallen. A supermarket \
         chain has promised to help.\n\n\
         Of the 427, nearly a third had never asked for help before.\n",
        "427",
        "472",
    );
    flags(
        "The port turned away 358 lorries on Monday as checks slowed.\n\n\
         Hauliers blamed new paperwork. Most of the 385 were carrying food.\n",
        "385",
        "358",
    );
}

#[test]
fn a_bare_count_said_to_be_another_or_a_total_stays_silent() {
    // A clause says which: a set the text has not given.
    silent(
        "The food bank fed 472 households over the holidays.\n\n\
         Of the 427 who signed up in advance, most came twice.\n",
    );
    // Another number in between is the one restated.
    silent(
        "The food bank fed 472 households over the holidays.\n\n\
         It has 61 volunteers. Of the 427, a third were students.\n",
    );
    // No "the": a new figure, not a reference.
    silent(
        "The food bank fed 472 households over the holidays.\n\n\
         Last year it fed 427, a spokeswoman said.\n",
    );
}

// ---- a vote split after the verb a chamber decides by ----

#[test]
fn a_bill_passed_by_a_split_against_the_vote_referred_back_to() {
    flags(
        "The state Senate passed the budget 27-21 on Friday.\n\n\
         Senator Ruth Ames called it a betrayal of rural schools.\n\n\
         The 72-21 vote sends the bill to the governor.\n",
        "72",
        "27",
    );
}

#[test]
fn a_split_of_another_vote_stays_silent() {
    silent(
        "The state Senate passed the budget 27-21 on Friday.\n\n\
         A year earlier a similar bill failed 21-27.\n",
    );
}

#[test]
fn a_bare_count_of_those_inside_against_the_crowd_before_it() {
    flags(
        "The crowd of 31,460 was the biggest of the season.\n\n\
         Many of the 34,160 inside the ground had queued since dawn.\n",
        "34,160",
        "31,460",
    );
}

#[test]
fn the_total_brought_to_a_count_is_the_count_just_given() {
    flags(
        "The floods have killed 198 people in the valley. Rescuers found 15 \
         more on Wednesday, bringing the total across the region to 213.\n\n\
         The mayor, Rui Costa, declared three days of mourning.\n\n\
         All 231 dead will be named by the weekend, police said.\n",
        "231",
        "213",
    );
}

#[test]
fn a_count_glued_to_its_number_against_the_body() {
    flags(
        "# Council approves 380-home estate\n\n\
         Plans for 830 houses on farmland north of the town were approved on Tuesday.\n",
        "830 houses",
        "380-home",
    );
}

#[test]
fn a_glued_count_of_another_thing_stays_silent() {
    silent(
        "# Council approves 380-home estate\n\n\
         The 830 objectors to the plan said they would appeal.\n",
    );
}

#[test]
fn the_number_of_a_thing_set_off_by_commas() {
    // "The number of …, 2,716, was …": the count set off after what it counts,
    // named in the message as the earlier phrase names it.
    let f = the_one(
        "The board said 2,761 patients were waiting for a hip operation.\n\n\
         The number of patients on the waiting list, 2,716, was the highest since 2009.\n",
    );
    assert!(
        f.message.starts_with("the patients: 2,716 here"),
        "{}",
        f.message
    );
}

#[test]
fn two_sites_named_before_their_nouns_are_two_owners() {
    // "The Harrow depot" and "the firm's smaller Kingsley depot, with its …"
    // employ their own staff.
    silent(
        "The Harrow depot employs 2,410 people.\n\n\
         The firm's smaller Kingsley depot, with its 2,140 staff, is covered by another deal.\n",
    );
    // The same depot's staff, restated, still conflict.
    flags(
        "The Harrow depot employs 2,410 people, the company said.\n\n\
         Managers said the depot's 2,140 staff would keep their jobs.\n",
        "2,140 staff",
        "2,410 people",
    );
}

// ---- one subject, one verb: a count restated ----

#[test]
fn a_count_restated_by_one_subject_with_one_verb() {
    let draft = |later: &str| {
        format!("The county council runs 38 libraries and plans to close nine.\n\n{later}\n")
    };
    flags(
        &draft("The council, which runs 83 libraries, says the rest will open shorter hours."),
        "83 libraries",
        "38 libraries",
    );
    // Another council, another verb, or a part in a place.
    silent(&draft(
        "The city council, which runs 83 libraries, disagreed.",
    ));
    silent(&draft(
        "The council, which has closed 83 libraries, says it has no choice.",
    ));
    silent(&draft(
        "The council, which runs 83 libraries in the north, says the rest will open shorter hours.",
    ));
}

// ---- a count in a period: a rate restated ----

#[test]
fn a_rate_restated_by_its_subject() {
    let draft = |later: &str| {
        format!("Harbour Ferries carries 2.6 million passengers a year.\n\n{later}\n")
    };
    flags(
        &draft(
            "Harbour Ferries, which carries 6.2 million passengers a year, will cut two routes.",
        ),
        "6.2 million passengers a year",
        "2.6 million passengers a year",
    );
    // A plan, another carrier, another period: other rates.
    silent(&draft(
        "It hopes to carry 6.2 million passengers a year by 2030.",
    ));
    silent(&draft("Its rival carries 6.2 million passengers a year."));
    silent(&draft("Harbour Ferries, which carries 6.2 million passengers a month in summer, will cut two routes."));
}

#[test]
fn a_count_of_cuts_is_named_with_its_noun_of_change() {
    let text = "The council will cut 260 jobs by April, its leader said.\n\n\
                Unions said the 620 job cuts would close every library.\n";
    let f = the_one(text);
    assert_eq!(&text[f.span.clone()], "620 job cuts");
    assert!(
        f.message.starts_with("the job cuts: 620 job cuts here"),
        "{}",
        f.message
    );
}

#[test]
fn a_named_place_opening_the_sentence_is_the_figures_place() {
    // "In Harwich, 2,615 homes" … "In Dovercourt, 2,651 homes": each
    // sentence's opening phrase names where its homes are.
    silent(
        "In Harwich, 2,615 homes lost power when the storm hit.\n\n\
         In Dovercourt, 2,651 homes were without power until Friday.\n",
    );
    silent(
        "At the Brandon depot, 734 workers voted to strike.\n\n\
         At the Lakenheath depot, 743 workers backed the action.\n",
    );
}

#[test]
fn a_name_that_is_also_a_measure_is_no_measure() {
    // "Alan Price is 62": Price is the greengrocer's name, not what 62 is.
    silent(
        "Greengrocer Alan Price is 62 and has run the stall since 1990.\n\n\
         The price he charges for apples is 26, he said.\n",
    );
}

#[test]
fn newsroom_names_for_one_count() {
    // Firms are businesses, and saplings trees, when a slip joins their digits.
    flags(
        "The scheme has lent money to 517 firms in the valley since 2021.\n\n\
         The 571 businesses it has lent to employ about 6,000 people.\n",
        "571 businesses",
        "517 firms",
    );
    flags(
        "Volunteers planted 2,370 trees along the canal on Sunday.\n\n\
         The 2,730 saplings are mostly hawthorn and hazel, the trust said.\n",
        "2,730 saplings",
        "2,370 trees",
    );
    // A park's trees and next year's saplings are two counts.
    silent(
        "The park has 2,370 trees.\n\n\
         The council will plant 2,730 saplings next year.\n",
    );
}

#[test]
fn a_hyphened_modifier_ending_in_a_unit_still_counts_the_noun() {
    // "full-time staff": "time" is a unit, but here it qualifies the staff.
    flags(
        "Tollard Brewing has 1,240 full-time staff at its Orrin plant.\n\n\
         Unions said the 1,420 full-time staff would strike in May.\n",
        "1,420 full-time staff",
        "1,240 full-time staff",
    );
    // Full-time and part-time staff are two counts.
    silent(
        "Tollard Brewing has 1,240 full-time staff at its Orrin plant.\n\n\
         It also employs 1,420 part-time staff there.\n",
    );
}

// ---- a firm's employees, and a digit dropped or added ----

#[test]
fn people_a_firm_employs_are_its_workers() {
    flags(
        "Castlereagh Tiles employs 1,840 people at three sites.\n\n\
         Unions said the future of the firm's 1,480 workers was in doubt.\n",
        "1,480 workers",
        "1,840 people",
    );
}

#[test]
fn a_digit_added_to_a_count_referred_back_to() {
    flags(
        "Castlereagh, founded in 1952, employs about 2,300 people.\n\n\
         The union said it would fight for Castlereagh's 23,000 workers.\n",
        "23,000 workers",
        "2,300 people",
    );
}

#[test]
fn counts_ten_times_apart_not_referred_back_stay_silent() {
    // A part and the group's whole, each given anew.
    silent(
        "Castlereagh Tiles employs 230 people at its Lisburn plant.\n\n\
         Its parent group has 2,300 employees across Europe.\n",
    );
    // Two firms.
    silent(
        "Castlereagh Tiles employs about 2,300 people.\n\n\
         The union also represents Harland Glass's 23,000 workers.\n",
    );
}

// ---- a count referred back to under a related noun ----

#[test]
fn a_crowd_and_the_fans_referred_back_to_with_a_digit_changed() {
    flags(
        "A crowd of 31,462 watched Brackley Town beat Orford 2-0 on Saturday.\n\n\
         Manager Dee Harker thanked the 31,962 fans in the ground for their patience.\n",
        "31,962 fans",
        "31,462",
    );
}

#[test]
fn related_counts_without_a_reference_or_a_plain_slip_stay_silent() {
    // Not a reference back: fans counted anew.
    silent(
        "A crowd of 31,462 watched Brackley Town beat Orford 2-0 on Saturday.\n\n\
         Some 31,962 fans watched the reverse fixture in March.\n",
    );
    // Far apart, and no slip: the fans who stayed are a part of the crowd.
    silent(
        "A crowd of 31,462 watched Brackley Town beat Orford 2-0 on Saturday.\n\n\
         Manager Dee Harker thanked the 12,000 fans who stayed to the end.\n",
    );
}

#[test]
fn homes_and_the_homes_referred_back_to_with_a_digit_dropped() {
    // "next spring" dates the work; it brings in no other scheme.
    flags(
        "A plan to build 740 homes on the old Hexley gasworks has been approved.\n\n\
         Work is expected to start next spring, with the 74 homes built in three phases.\n",
        "74 homes",
        "740 homes",
    );
}

#[test]
fn ten_times_apart_and_narrowed_to_a_part_stays_silent() {
    // "at its Derby plant": the staff of one site, a part of the firm's.
    silent(
        "Kelso Engineering employs 2,300 people.\n\n\
         The 230 staff at its Derby plant will strike on Monday.\n",
    );
    // Related nouns ten times apart: a whole and a part, not one count.
    silent(
        "The museum had 41,200 visitors last year.\n\n\
         The 4,120 guests at its gala dinner raised £80,000.\n",
    );
}

#[test]
fn a_related_noun_restating_the_first_clause_with_a_digit_dropped() {
    // "flooded" restates the first sentence's verb, and a date after the
    // reference says when, not which.
    flags(
        "Officials said 2,140 homes had been flooded in the storm.\n\n\
         Loss adjusters began visiting the 214 flooded properties on Wednesday.\n",
        "214",
        "2,140",
    );
}

#[test]
fn ten_times_apart_and_narrowed_by_a_participle_or_a_new_word_stays_silent() {
    // "set aside for social rent": a part of the homes, the same noun.
    silent(
        "The developer will build 960 homes on the old airfield, the council said.\n\n\
         A housing trust will let the 96 homes set aside for social rent.\n",
    );
    // "affordable" narrows the related noun to a part: a tenth of new homes
    // is a common share, so ten times apart under two nouns is no slip.
    silent(
        "The developer will build 960 homes on the old airfield, the council said.\n\n\
         The 96 affordable properties will be let by a housing trust.\n",
    );
}

#[test]
fn the_next_scheme_is_another() {
    silent(
        "A plan to build 740 homes on the old Hexley gasworks has been approved.\n\n\
         The next scheme, with the 74 properties on Mill Lane, goes to committee in May.\n",
    );
}

// ---- a loss named two ways ----

#[test]
fn a_net_loss_and_the_loss_referred_back_to() {
    flags(
        "Harwick Stoves reported a third-quarter net loss of $24.6 million on Thursday.\n\n\
         Its finance chief said the $246 million loss included the cost of closing a plant.\n",
        "$246 million",
        "$24.6 million",
    );
}

#[test]
fn losses_of_two_periods_stay_silent() {
    silent(
        "Harwick Stoves reported a third-quarter net loss of $24.6 million on Thursday.\n\n\
         It lost $246 million in 2019, when it last closed a plant.\n",
    );
}

// ---- nouns a story counts one thing by ----

#[test]
fn jobs_cut_and_the_roles_referred_back_to() {
    // "roles" are the jobs; a zero dropped is a slip.
    flags(
        "Corvane said it would cut 1,200 jobs at its head office.\n\n\
         The 120 roles would go over the next 18 months, it said.\n",
        "120 roles",
        "1,200 jobs",
    );
}

#[test]
fn new_roles_and_runners_who_started_are_other_counts() {
    silent(
        "Corvane said it would cut 1,200 jobs at its head office.\n\n\
         It will also create 120 new roles at its Leeds plant.\n",
    );
    silent(
        "Organisers said 18,400 runners started the race.\n\n\
         The 16,000 finishers came from 96 countries.\n",
    );
}

// ---- the present said between an old date and the figure ----

#[test]
fn a_count_said_to_be_now_is_not_dated_by_the_year_before_it() {
    let draft = |now: &str| {
        format!(
            "Holm Lane Primary, opened in 1968 for 300 pupils, {now} 537 pupils, the council said.\n\n\
             The head said the new wing would give 573 pupils room to learn.\n"
        )
    };
    flags(&draft("now teaches"), "573 pupils", "537 pupils");
    // (Without "now", the count is the one of 1968.)
    silent(&draft("taught"));
}

// ---- owners named in several words ----

#[test]
fn two_owners_sharing_a_last_word_stay_apart() {
    silent(
        "Harlow Mills has 412 staff, its owner said.\n\n\
         Kelby Mills has 421 staff, according to its accounts.\n",
    );
    silent(
        "Leeds United have 41 players on their books.\n\n\
         Newcastle United have 14 players out on loan.\n",
    );
}

#[test]
fn an_owner_named_short_is_the_owner_named_in_full() {
    flags(
        "Kestrel Air carries 4.8 million passengers a year from Kelby.\n\n\
         Kestrel, which carries 8.4 million passengers a year, said it would cut flights.\n",
        "8.4 million",
        "4.8 million",
    );
}

#[test]
fn a_relative_clause_s_figure_belongs_to_the_name_before_it() {
    silent(
        "Ashby Fold Primary, which has 412 pupils, will share a head with Kelby Primary.\n\n\
         Kelby Primary has 421 pupils on its roll.\n",
    );
    // (And its clause is its own: "is expected" after it forecasts nothing of it.)
    flags(
        "Harlow Mills has 412 staff, its owner said.\n\n\
         Harlow, which has 421 staff, is expected to open a shop in May.\n",
        "421 staff",
        "412 staff",
    );
}

#[test]
fn a_definite_sum_named_by_a_place_first_named_with_it_is_another() {
    silent(
        "Pupils at Ferndale Primary moved into the school's £3.18m extension on Monday.\n\n\
         The council said work on the £3.81m extension at Brookhaven Primary was three months late.\n",
    );
}

#[test]
fn a_period_s_possessive_after_than_dates_its_figure() {
    silent(
        "Rivermouth beat Calder Park by 23 points on Saturday.\n\n\
         The result was less emphatic than last season's 32-point win over the same side.\n",
    );
}

#[test]
fn a_plural_s_straight_apostrophe_owns_the_figure_after_it() {
    // ("Greens' 16.8" is the Greens' figure, not a label like "Boeing 737".)
    flags(
        "The Greens' 16.8 per cent share was a record, officials said.\n\n\
         The Greens' 18.6 per cent share was their best since 1994.\n",
        "18.6 per cent",
        "16.8 per cent",
    );
}

#[test]
fn one_more_brought_in_with_also_and_its_article_stays_silent() {
    let first = "The council approved a $4.3 million settlement with the Marsh family.\n\n";
    silent(&format!(
        "{first}The council also approved a $3.4 million settlement with the Price family.\n"
    ));
    flags(
        &format!("{first}The council said the $3.4 million settlement would come from reserves.\n"),
        "$3.4 million",
        "$4.3 million",
    );
}

#[test]
fn an_owner_first_named_after_an_unowned_figure_is_a_newcomer() {
    silent(
        "Airport traffic recovers\n\n\
         Eastwold Airport director Ann Hale said new routes would start in May.\n\n\
         The airport handled 3.4 million passengers last year, up 9% on 2023.\n\n\
         The airline had also considered Marston Field, which handled 4.3 million passengers last year.\n",
    );
}

// ---- a headline names neither place nor owner ----

#[test]
fn a_lead_naming_the_headline_s_place_restates_it() {
    flags(
        "# Council backs £4.6m school extension\n\n\
         Councillors approved the £6.4m extension at Kelby Primary on Tuesday, the council said.\n\n\
         Work will start in May.\n",
        "£6.4m",
        "£4.6m",
    );
}

#[test]
fn an_owner_first_named_after_the_headline_is_the_headline_s() {
    flags(
        "# Firm to cut 340 jobs at depot\n\n\
         The depot will close in March.\n\n\
         Harwell Finch will cut 430 jobs at the depot, the company said on Tuesday.\n",
        "430 jobs",
        "340 jobs",
    );
}

#[test]
fn a_part_after_its_whole_set_off_stays_silent() {
    // "Of its present fleet, 126 aircraft …": a part of the 162, not a slip.
    silent(
        "# Harbour Air orders new jets\n\n\
         Harbour Air, which flies 162 aircraft, said on Tuesday it had ordered 20 jets. \
         Of its present fleet, 126 aircraft are turboprops, with the rest small jets.\n\n\
         The airline did not say what the order cost.\n",
    );
}

// ---- whose a count is: two owners' counts kept apart ----

#[test]
fn that_before_a_plural_is_a_conjunction_not_a_reference() {
    // "given that 3,160 families are waiting" introduces a count; it does not
    // refer back to the 1,360 homes.
    silent(
        "Plans for 1,360 homes on the edge of Marlow Green were approved on Monday.\n\n\
         A housing charity said the plans fell short, given that 3,160 families are on \
         the district's waiting list.\n",
    );
}

#[test]
fn a_possessive_pronoun_names_the_subject_past_a_clause() {
    // Two candidates, two tallies; "his" is the winner who speaks, and
    // "Orla Keane's" names the other.
    silent(
        "In Ward 3, teacher Orla Keane received 6,295 votes.\n\n\
         In Ward 5, shopkeeper Tomas Brandt won with 6,925 votes.\n\n\
         Brandt said his 6,925 votes showed the ward wanted change.\n\n\
         Officials said Keane's 6,295 votes were the most for any newcomer.\n",
    );
    // "Corbel Tools, which makes drills, told its 2,810 workers": the firm
    // past the relative clause, not another firm's 2,180 staff.
    silent(
        "Ashgrove Castings said it would hire 40 more people. The firm now employs \
         2,180 staff.\n\n\
         Corbel Tools, which makes drills for builders, told its 2,810 workers that \
         shifts would be cut.\n",
    );
}

#[test]
fn the_company_is_the_firm_named_a_sentence_before() {
    // "The company currently employs 4,730 staff" is Halden Marine's; the
    // later "Pellow Yards employs 4,370 workers" is another yard's.
    silent(
        "Halden Marine said on Tuesday that it had won a £60m order. The company \
         currently employs 4,730 staff.\n\n\
         Across the river, Pellow Yards employs 4,370 workers.\n",
    );
}

// ---- a reference back to a value the story gives ----

#[test]
fn a_reference_restating_a_value_given_before_refers_to_it() {
    // "the £7.4bn plan" restates the plan's £7.4bn, not "£4.7bn" mistyped.
    silent(
        "# Authority unveils £7.4bn five-year plan\n\n\
         The Harrowfield authority has published a £7.4bn five-year transport plan.\n\n\
         Of the total, £4.7bn is earmarked for new tram lines.\n\n\
         Councillors asked whether the £4.7bn capital programme was affordable.\n\n\
         A consultation on the £7.4bn plan runs until March.\n",
    );
    // "The $4,600 cap" is the limit given before, not the average mistyped.
    silent(
        "Tenants can receive up to $4,600 towards overdue rent. The average award \
         has been $4,060, the housing department said.\n\n\
         The $4,600 cap has not changed since the scheme began.\n",
    );
}

#[test]
fn a_hedged_figure_is_no_value_a_reference_restates() {
    // "about 46,200 passengers" gives a range, not the 42,600's value.
    flags(
        "Airlines cancelled 380 flights, leaving about 46,200 passengers stranded.\n\n\
         Officials said the 42,600 travellers caught up in the storm should check \
         their airline's app.\n",
        "42,600",
        "46,200",
    );
}

#[test]
fn a_deficit_and_the_shortfall_are_one_sum() {
    // Million for billion, under the deficit's other name.
    flags(
        "The Alderbank pension scheme has a deficit of £3.4 billion, an actuarial \
         review found.\n\n\
         Critics asked how the £3.4 million shortfall would be closed.\n",
        "£3.4 million",
        "£3.4 billion",
    );
}

#[test]
fn an_outbreaks_cases_are_its_patients() {
    // Two digits swapped, the cases referred back to as patients: read as
    // one count, so the message names it (not "the figure beside …").
    let text = "The trust said 264 cases of norovirus had been confirmed on its wards.\n\n\
                A consultant said most of the 246 patients affected had recovered within days.\n";
    flags(text, "246", "264");
    let found = the_one(text);
    assert!(
        found.message.starts_with("the patients:"),
        "{}",
        found.message
    );
}

#[test]
fn a_sentence_giving_both_values_gives_two_sums() {
    // The body restates the headline's £2.8m beside the national £2.8bn fund:
    // the fund is no slip of the headline's figure.
    silent(
        "# Marlow Vale gets £2.8m from national roads fund\n\n\
         Marlow Vale Council will receive £2.8m this year from the government's \
         £2.8bn fund for road repairs, ministers confirmed.\n",
    );
}

#[test]
fn a_part_given_beside_its_whole_restates_the_headline() {
    // The lead writes the headline's 36 beside the whole of 63: the 63 stores
    // are no slip of the headline's 36.
    silent(
        "# Pennock's to close 36 stores\n\n\
         Pennock's Home will close 36 of its 63 stores by the end of March, the \
         retailer said on Wednesday.\n\n\
         \"Its 63 stores were never going to compete on price,\" an analyst said.\n",
    );
}

#[test]
fn a_count_in_a_where_clause_is_counted_at_its_place() {
    // "a plant at Tarnby, 30 miles away, where 2,640 staff": Tarnby's staff,
    // not the main site's 2,460 workers mistyped.
    silent(
        "Corrin Foods will cut jobs at its main bakery, which employs 2,460 workers.\n\n\
         The firm also runs a smaller plant at Tarnby, 30 miles away, where 2,640 \
         staff make pies. That site is unaffected.\n",
    );
}

#[test]
fn a_fraction_of_the_whole_names_the_part_given_before() {
    // "about a tenth of its 46,000 students" is the whole of which the 4,600
    // are the tenth the sentence names.
    silent(
        "The university has 4,600 international students this year, down from \
         5,100 last year. They make up about a tenth of its 46,000 students, but \
         pay far higher fees.\n",
    );
}

#[test]
fn a_message_names_the_noun_after_of_our() {
    // "All 370 of our pupils": the message calls them "the pupils".
    let found = the_one(
        "Ashby Road Primary, which has 1,370 pupils, will close for repairs.\n\n\
         \"All 370 of our pupils will be moved in stages,\" the head said.\n",
    );
    assert!(
        found.message.starts_with("the pupils:"),
        "{}",
        found.message
    );
}

#[test]
fn a_combined_total_and_two_owners_fines_stay_apart() {
    // "a combined £7.7m" is both fines; "Its neighbour, Tarnside Water,"
    // names whose the £1.6m penalty is, not Harrowby's £6.1m mistyped.
    silent(
        "Two water companies have been fined a combined £7.7m for polluting the \
         River Lune.\n\n\
         Harrowby Water was fined £6.1m at Lancaster Crown Court. Its neighbour, \
         Tarnside Water, received a £1.6m penalty for two offences.\n",
    );
}

#[test]
fn a_titled_possessive_is_the_person_named_in_full() {
    // "Ms Lund's 2,563 votes" are Petra Lund's 2,536 with two digits swapped.
    flags(
        "Petra Lund polled 2,536 votes, beating Tom Ayres, who took 1,904.\n\n\
         Ms Lund's 2,563 votes were the most won by her party in the ward.\n",
        "2,563",
        "2,536",
    );
}
