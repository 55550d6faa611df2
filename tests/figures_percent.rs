//! Percentages read where a reporter names the measure another way: a rate
//! named by its own noun, a rate set off by commas, a stake held, a share referred back to.

#[path = "support/figure_checks.rs"]
mod figure_checks;

use figure_checks::{flags, silent};

// ---- a rate named by its own noun ("inflation of 3.2%") ----

#[test]
fn inflation_of_a_percentage_against_the_inflation_rate() {
    flags(
        "Inflation of 4.6 per cent hit shoppers in October, the bureau said.\n\n\
         Bakers blamed flour. The 6.4 per cent inflation rate is the highest since 2008.\n",
        "6.4 per cent",
        "4.6 per cent",
    );
}

#[test]
fn unemployment_rising_to_a_percentage_against_the_jobless_rate() {
    // "jobless" and "unemployment" name one rate.
    flags(
        "Unemployment rose to 8.3% in the third quarter.\n\n\
         Factories in the north shed the most workers. Economists said the 3.8% \
         jobless rate would worry the cabinet.\n",
        "3.8%",
        "8.3%",
    );
}

#[test]
fn rates_of_two_kinds_or_two_months_stay_silent() {
    // Inflation is no unemployment.
    silent(
        "Inflation of 4.6 per cent hit shoppers in October.\n\n\
         The 6.4 per cent unemployment rate is the highest since 2008.\n",
    );
    // Two months, two rates.
    silent(
        "Inflation was 4.6% in September, the bureau said.\n\n\
         Inflation of 6.4% in October surprised the markets.\n",
    );
    // A target, not a rate.
    silent(
        "Inflation is 4.6 per cent, the bureau said.\n\n\
         The central bank wants inflation to fall to 6.4 per cent first.\n",
    );
}

// ---- a rate set off by commas ("The jobless rate, 5.1%, …") ----

#[test]
fn a_rate_in_apposition_against_the_rate_referred_back_to() {
    flags(
        "The vacancy rate, 7.25%, was the lowest the agents had recorded.\n\n\
         Landlords raised rents. Tenants' groups said the 7.52% rate left \
         families with nowhere to go.\n",
        "7.52%",
        "7.25%",
    );
}

#[test]
fn two_rates_in_apposition_stay_silent() {
    silent(
        "The vacancy rate, 7.25%, was low in the old town.\n\n\
         The default rate, 7.52%, was high across the region.\n",
    );
}

// ---- whose rating: a possessive names the holder ----

#[test]
fn the_ratings_of_two_holders_stay_silent() {
    silent(
        "The premier's approval rating of 29% is the lowest of her term, a poll found.\n\n\
         The treasurer's approval rating of 92% is the highest in the cabinet, the \
         same poll found.\n",
    );
}

#[test]
fn a_holders_rating_against_the_rating_referred_back_to() {
    flags(
        "The premier's approval rating of 29% is her worst yet, the poll found.\n\n\
         Aides dismissed the 92% approval rating as a summer blip.\n",
        "92%",
        "29%",
    );
}

// ---- a stake held ("owns 27% of Harlow") ----

#[test]
fn a_stake_owned_against_the_owners_stake() {
    flags(
        "Vantor Group owns 34% of Elmside Brewing, its accounts show.\n\n\
         The group has not said if it will sell. Vantor's 43% stake is the largest.\n",
        "43%",
        "34%",
    );
}

#[test]
fn stakes_of_two_owners_or_in_two_firms_stay_silent() {
    // Two owners.
    silent(
        "Vantor Group owns 34% of Elmside Brewing, its accounts show.\n\n\
         Orrin Capital owns 43% of Elmside Brewing, a filing shows.\n",
    );
    // One owner, two firms.
    silent(
        "Vantor Group owns 34% of Elmside Brewing, its accounts show.\n\n\
         Vantor also holds 43% of Kestrel Maltings.\n",
    );
}

// ---- a share referred back to ("her 54.2% share") ----

#[test]
fn a_share_of_the_vote_against_her_share() {
    flags(
        "Moreau won 61.3% of the vote in the second round.\n\n\
         Turnout was low in the cities. Her 63.1% share is a record for the region.\n",
        "63.1%",
        "61.3%",
    );
}

#[test]
fn a_share_of_a_whole_against_the_share_of_that_whole() {
    flags(
        "Floods now cover 47 per cent of the valley, engineers said.\n\n\
         Pumps arrived on Tuesday. The 74 per cent share of the valley under \
         water has cut off three villages.\n",
        "74 per cent",
        "47 per cent",
    );
}

#[test]
fn shares_of_other_wholes_stay_silent() {
    // A share of seats is no share of the vote.
    silent(
        "Moreau won 61.3% of the vote in the second round.\n\n\
         Her party's 16.3% share of seats in the old chamber rose sharply.\n",
    );
    // A part of the valley and a part of the town.
    silent(
        "Floods now cover 47 per cent of the valley, engineers said.\n\n\
         They also cover 74 per cent of the town.\n",
    );
}

// ---- a change in a whole the lexicon does not name ----

#[test]
fn paying_more_for_a_thing_against_the_rise_for_it() {
    flags(
        "Tenants will pay 23.7% more for heating from October, the landlord said.\n\n\
         The council met on Tuesday. Councillors said the 27.3% rise for heating \
         was unfair.\n",
        "27.3%",
        "23.7%",
    );
}

#[test]
fn losing_a_share_of_its_own_whole_against_the_loss_in_it() {
    flags(
        "The Varn ice field has lost 41 per cent of its volume since 1970.\n\n\
         Snowfall has dwindled. Glaciologists said the 14 per cent loss in volume \
         would raise the river.\n",
        "14 per cent",
        "41 per cent",
    );
}

#[test]
fn changes_in_two_things_or_of_two_owners_stay_silent() {
    // Heating is no water.
    silent(
        "Tenants will pay 23.7% more for heating from October.\n\n\
         They will pay 27.3% more for water from November.\n",
    );
    // Two ice fields.
    silent(
        "The Varn ice field has lost 41 per cent of its volume since 1970.\n\n\
         The Oster ice field has lost 14 per cent of its volume in that time.\n",
    );
    // Two periods.
    silent(
        "Tenants will pay 23.7% more for heating from October.\n\n\
         In 2021 the landlord imposed a 27.3% rise for heating.\n",
    );
}

// ---- a winner named by a common noun; a share whose value was given ----

#[test]
fn a_winner_named_by_a_common_noun_against_her_share() {
    flags(
        "The challenger won 57.4% of the vote in the county, the returning officer said.\n\n\
         Counting finished before dawn. Her 54.7% share ended two decades of one-party rule.\n",
        "54.7%",
        "57.4%",
    );
}

#[test]
fn a_share_restating_the_value_another_winner_got_stays_silent() {
    // "Her 17.5% share" is the runner-up's 17.5%, not the winner's 71.5% mistyped.
    silent(
        "The challenger won 71.5% of the vote in the county.\n\n\
         The incumbent won 17.5% of the vote, the returning officer said.\n\n\
         Her 17.5% share was the worst for a sitting councillor.\n",
    );
    // Two winners named by common nouns.
    silent(
        "The challenger won 57.4% of the vote in the north ward.\n\n\
         The incumbent won 54.7% of the vote in the south ward.\n",
    );
}

#[test]
fn a_stake_once_owned_against_the_stake_owned_now_stays_silent() {
    silent(
        "Vantor Group owned 34% of Elmside Brewing before the share sale.\n\n\
         After the sale, Vantor owns 43% of Elmside Brewing, its accounts show.\n",
    );
}
