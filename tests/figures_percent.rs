//! Percentages read where a reporter names the measure another way: a rate
//! named by its own noun, a rate set off by commas, a stake held, a share referred back to.

#[path = "support/figure_checks.rs"]
mod figure_checks;

use figure_checks::{flags, silent, the_one};

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
fn a_rate_that_will_rise_to_a_value_is_the_rate_not_a_rise() {
    // "rise" after "will" is the verb: the value is the rate's.
    let found = the_one(
        "# Lender raises rate\n\n\
         The standard variable rate will rise to 4.75% in May, Marlow Vale said.\n\n\
         Borrowers on the 4.57% rate face higher payments, the lender said.\n",
    );
    assert!(found.message.starts_with("the rate:"), "{}", found.message);
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
fn the_jobless_rate_is_given_once_a_slip_of_a_digit_is_enough() {
    // The unemployment rate is one figure per place and period, like a turnout.
    flags(
        "# Jobless rate climbs\n\n\
         The jobless rate in Kelby climbed to 5.3% in the three months to June, the bureau said.\n\n\
         The bureau said factories had shed the most workers.\n\n\
         \"A 5.8% jobless rate is a warning,\" said economist Tom Reyes.\n",
        "5.8%",
        "5.3%",
    );
    // Another town's rate is its own.
    silent(
        "# Jobless rate climbs\n\n\
         The jobless rate in Kelby climbed to 5.3% in the three months to June, the bureau said.\n\n\
         The bureau said factories had shed the most workers.\n\n\
         In neighbouring Ashby, the jobless rate is 5.8%, the bureau said.\n",
    );
}

#[test]
fn a_firms_margin_is_given_once() {
    flags(
        "# Kellby margin shrinks\n\n\
         Kellby Foods said its gross margin narrowed to 7.4% in the half-year as costs rose.\n\n\
         Shares fell 3% in early trading.\n\n\
         \"A 7.9% margin is thin for a grocer,\" said analyst Mia Pratt.\n",
        "7.9% margin",
        "7.4%",
    );
    // A rival's margin is its own.
    silent(
        "# Kellby margin shrinks\n\n\
         Kellby Foods said its gross margin narrowed to 7.4% in the half-year as costs rose.\n\n\
         Shares fell 3% in early trading.\n\n\
         Its rival Dunmore Foods reported a margin of 7.9% last month.\n",
    );
}

#[test]
fn a_headlines_present_tense_change_against_the_bodys() {
    // "slide" is a verb of change.
    flags(
        "# Brightwell profits slide 18% as buyers hold back\n\n\
         Brightwell Homes said profits fell 16% in the year to June.\n\n\
         The builder completed 3,410 homes.\n",
        "fell 16%",
        "slide 18%",
    );
}

#[test]
fn a_reservoirs_level_is_its_own() {
    // The reservoir named in the subject and the one set off before "at" are
    // one holder: a swap of digits with one holder is proof.
    let text = |holder: &str| {
        format!(
            "# Hosepipe ban looms as reservoir falls\n\n\
             The Tarnmoor reservoir, which serves 90,000 homes, fell to just 42% full, the water company said.\n\n\
             Engineers have cut pressure at night to save water.\n\n\
             A regulator's report said {holder}, at 24% of capacity, was the lowest in the region.\n"
        )
    };
    flags(&text("Tarnmoor"), "24% of capacity", "42% full");
    silent(&text("Brackwell"));
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

// ---- a percentage glued to "pc", as British papers print it ----

#[test]
fn a_glued_pc_rate_against_the_rate_referred_back_to() {
    flags(
        "Unemployment in Cumbria stood at 3.7pc in the spring, the statisticians said.\n\n\
         Farm jobs held up. Council leaders welcomed the 7.3pc jobless rate on Monday.\n",
        "7.3pc",
        "3.7pc",
    );
}

#[test]
fn glued_pc_rates_of_two_kinds_stay_silent() {
    silent(
        "Unemployment in Cumbria stood at 3.7pc in the spring.\n\n\
         Council leaders said the 7.3pc inflation rate hurt pensioners most.\n",
    );
}

// ---- a poll's measure, told apart by what it backs or among whom ----

#[test]
fn support_for_a_scheme_against_the_support_referred_back_to() {
    flags(
        "Backing for the new reservoir reached 27 per cent in the water board's survey.\n\n\
         Farmers downstream fear flooding. Board members said the 72 per cent support \
         settled the matter.\n",
        "72 per cent",
        "27 per cent",
    );
}

#[test]
fn an_approval_given_as_a_bare_noun_against_its_restatement() {
    flags(
        "A survey gives the harbour plan 29% approval among traders.\n\n\
         The plan moves the fish market. The council leader said the 92% approval \
         was a clear mandate.\n",
        "92%",
        "29%",
    );
}

#[test]
fn support_for_two_schemes_or_among_two_groups_stays_silent() {
    silent(
        "Backing for the new reservoir reached 27 per cent in the water board's survey.\n\n\
         Farmers downstream fear flooding. The 72 per cent support for the ring road \
         was the survey's other finding.\n",
    );
    silent(
        "Support among pensioners stood at 27% in the board's survey.\n\n\
         Students were keener: the 72% support among students surprised the board.\n",
    );
}

// ---- a rate kept, reported or averaged at a value ----

#[test]
fn a_rate_left_at_a_value_against_the_rate_referred_back_to() {
    flags(
        "The central bank left its benchmark rate at 6.25% on Wednesday.\n\n\
         Exporters had hoped for a cut. Importers said the 6.52% benchmark rate was \
         the highest in the region.\n",
        "6.52%",
        "6.25%",
    );
}

#[test]
fn occupancy_averaged_against_the_occupancy_rate() {
    flags(
        "Occupancy at the island's campsites averaged 63.8 per cent in August.\n\n\
         Ferry fares rose again. Site owners said the 68.3 per cent occupancy rate \
         kept them afloat.\n",
        "68.3 per cent",
        "63.8 per cent",
    );
}

#[test]
fn occupancy_of_two_towns_stays_silent() {
    silent(
        "Occupancy at the island's campsites averaged 63.8 per cent in August.\n\n\
         On the mainland, Oban's campsites reported a 68.3 per cent occupancy rate \
         in July.\n",
    );
}

// ---- a stake's holder named as the subject of "holds a" ----

#[test]
fn a_stake_held_against_the_holders_stake() {
    flags(
        "Quorn Capital holds a 17.4 per cent stake in Dalby Mills, filings show.\n\n\
         Dalby makes flour for bakers in the Midlands. Quorn's 14.7 per cent stake \
         gives it a seat on the board.\n",
        "14.7 per cent",
        "17.4 per cent",
    );
}

#[test]
fn stakes_of_two_holders_in_one_firm_stay_silent() {
    silent(
        "Quorn Capital holds a 17.4 per cent stake in Dalby Mills, filings show.\n\n\
         Dalby makes flour for bakers. A family trust, Ashwell, ranks next. Ashwell's \
         14.7 per cent stake dates from the 1990s.\n",
    );
}

// ---- a change of a thing the lexicon does not name, and "the 5% rise" ----

#[test]
fn a_subjects_change_against_the_bare_rise_referred_back_to() {
    flags(
        "Bus fares in Leeds will go up by 6.9% in January, the operator said.\n\n\
         Passenger groups were dismayed. Students said the 9.6% rise would \
         price them off the buses.\n",
        "9.6%",
        "up by 6.9%",
    );
}

#[test]
fn an_objects_cut_against_the_bare_cut_referred_back_to() {
    flags(
        "The trust is cutting its library budget by 13 per cent next year.\n\n\
         Branch staff learnt of it by email. Readers said the 31 per cent cut \
         would close two branches.\n",
        "31 per cent",
        "13 per cent",
    );
}

#[test]
fn a_bare_change_with_two_changes_before_or_against_another_direction_stays_silent() {
    // Two rises before: which one "the rise" means is a guess.
    silent(
        "Parking charges in Leeds rise by 4.2% in January.\n\n\
         Bus fares will go up by 6.9% at the same time, the operator said.\n\n\
         Students said the 9.6% rise would price them off the buses.\n",
    );
    // A rise is no cut.
    silent(
        "The trust is cutting its library budget by 13 per cent next year.\n\n\
         Readers noted the 31 per cent rise in the trust's own pay bill.\n",
    );
}

#[test]
fn a_forecast_change_against_the_bare_rise_stays_silent() {
    // A change that could come is not the change made.
    silent(
        "Bus fares in Leeds could go up by 6.9% in January, the operator said.\n\n\
         Passenger groups were dismayed. Students said the 9.6% rise would \
         price them off the buses.\n",
    );
}

// ---- a lead in percentage points, linked to its value by a verb ----

#[test]
fn a_lead_that_stood_at_points_against_the_lead_referred_back_to() {
    flags(
        "Councillor Ida Brandt's lead over the mayor was 5.8 percentage points in \
         the Courier's final poll.\n\n\
         The mayor toured the markets on Saturday. Brandt's team said the 8.5-point \
         lead would hold.\n",
        "8.5-point",
        "5.8 percentage points",
    );
}

#[test]
fn leads_of_two_candidates_stay_silent() {
    silent(
        "Councillor Ida Brandt's lead over the mayor was 5.8 percentage points in \
         the Courier's final poll.\n\n\
         In the county race, Tom Hale's lead over his rival was 8.5 percentage points.\n",
    );
}

#[test]
fn a_sentence_opening_subject_against_the_bare_drop() {
    // "Shares" is capitalised only because it opens the sentence.
    flags(
        "Shares in Pellow Marine fell 6.2% on Thursday after a profit warning.\n\n\
         The boatbuilder blamed steel prices. By the close, the 2.6% drop had \
         cost investors £40m.\n",
        "2.6%",
        "fell 6.2%",
    );
}

#[test]
fn a_drop_after_two_firms_stocks_fell_stays_silent() {
    silent(
        "Orrin Yachts' stock fell 1.9% on Thursday morning.\n\n\
         Shares in Pellow Marine fell 6.2% after a profit warning.\n\n\
         By the close, the 2.6% drop had cost investors £40m.\n",
    );
}

// ---- a change in points, however its size is given ----

#[test]
fn a_change_in_points_given_by_by_of_or_a_hyphened_unit() {
    // "raised rates by 0.25 percentage points" is a rise, not a margin.
    flags(
        "The central bank raised rates by 0.25 percentage points to 4.75%.\n\n\
         It was the sixth rise in a row.\n\n\
         The 0.52-point increase had been expected.\n",
        "0.52-point",
        "0.25 percentage points",
    );
    // "fell by 6.4 points" … "the fall of 4.6 points".
    flags(
        "Turnout fell by 6.4 points to 48.2%.\n\n\
         Officials blamed the rain.\n\n\
         The fall of 4.6 points was the largest in the region.\n",
        "4.6 points",
        "6.4 points",
    );
    // "a 4.6 percentage-point fall".
    flags(
        "Turnout fell by 6.4 points to 48.2%.\n\n\
         Officials blamed the rain.\n\n\
         The 4.6 percentage-point fall was the largest in the region.\n",
        "4.6 percentage-point",
        "6.4 points",
    );
    // A fall is no rise, and a margin "by 6.4 points" no change.
    silent(
        "Turnout fell by 6.4 points to 48.2%.\n\n\
         Officials blamed the rain.\n\n\
         The 4.6-point rise in postal votes was the largest in the region.\n",
    );
}

#[test]
fn with_a_measure_at_a_value() {
    // "With turnout at 41.7%": the turnout is that.
    flags(
        "Turnout in the Marston by-election was 41.2%.\n\n\
         With turnout at 41.7%, the result was a blow to the council's leaders.\n",
        "41.7%",
        "41.2%",
    );
    // Another place's turnout, set off by "in", stays apart.
    silent(
        "Turnout in the Marston by-election was 41.2%.\n\n\
         In the Fenby by-election, with turnout at 41.7%, the Greens held the seat.\n",
    );
}

#[test]
fn a_change_to_a_rounded_level_is_the_change_in_the_measure_named_before() {
    // "rose 14% to £82m": the change in profits, whatever level it reached.
    flags(
        "Tollard Brewing said profits rose 14% to £82m in the year to March.\n\n\
         The 41% rise was driven by sales abroad, the company said.\n",
        "41% rise",
        "rose 14%",
    );
    // Another measure's change is another change.
    silent(
        "Tollard Brewing said sales rose 14% to £82m in the year to March.\n\n\
         Profits rose 41% on lower costs, the company said.\n",
    );
}

#[test]
fn two_firms_named_after_the_measure_stay_silent() {
    // "Sales at Tollard Brewing" and "Sales at Marlow Foods": two firms' sales.
    let draft = |second: &str| {
        format!(
            "Sales at Tollard Brewing rose 14% last year.\n\n\
             Sales at {second} rose 41% last year, its chairman said.\n"
        )
    };
    silent(&draft("Marlow Foods"));
    // The same firm's, referred to anew, are one change.
    flags(&draft("the brewer"), "rose 41%", "rose 14%");
    // So with the level each reached.
    silent(
        "Sales at Tollard Brewing rose 14% to £82m last year.\n\n\
         Sales at Marlow Foods rose 41% to £28m last year, its chairman said.\n",
    );
}

#[test]
fn shares_of_the_vote_are_each_party_s_own() {
    let draft = |second: &str| {
        format!(
            "Labour's share of the vote rose to 38.4% in the Marston ward.\n\n\
             {second} 34.8%, the returning officer said.\n"
        )
    };
    silent(&draft("The Conservatives' share of the vote was"));
    flags(&draft("Labour's share of the vote was"), "34.8%", "38.4%");
}

// ---- a percentage referred back to, far from the one given before ----

#[test]
fn the_turnout_referred_back_to_far_from_the_one_given() {
    // No slip between 27.6 and 35: the reference can mean only the one
    // turnout the story gave.
    flags(
        "Turnout in the Oakhurst South by-election was 27.6%, the returning officer said.\n\n\
         Both main parties blamed the weather. The 35% turnout was the lowest for a decade.\n",
        "35%",
        "27.6%",
    );
}

#[test]
fn a_far_turnout_with_another_before_it_or_of_another_year_stays_silent() {
    // Two turnouts given before: the reference may mean either.
    silent(
        "Turnout in the Oakhurst South by-election was 27.6%.\n\n\
         At the general election, turnout in the ward was 61%.\n\n\
         The 35% turnout was the lowest for a decade.\n",
    );
    // A turnout of another year is another turnout.
    silent(
        "Turnout in the Oakhurst South by-election was 27.6%.\n\n\
         The 35% turnout in 2019 was the lowest for a decade.\n",
    );
    // Not a reference back: a turnout given anew.
    silent(
        "Turnout in the Oakhurst South by-election was 27.6%.\n\n\
         Organisers of the referendum said a 35% turnout would make the result binding.\n",
    );
}

#[test]
fn a_change_referred_back_to_with_a_digit_changed() {
    // One change in the shares before it: "the 6.9% gain" can mean only that.
    flags(
        "Shares in Dunmore Bancorp rose 6.4% on Wednesday after its results.\n\n\
         The 6.9% gain was the stock's biggest one-day move since 2023.\n",
        "6.9% gain",
        "rose 6.4%",
    );
}

#[test]
fn a_change_referred_back_to_after_two_changes_stays_silent() {
    // Two rises in the shares before it: the reference may mean either.
    silent(
        "Shares in Dunmore Bancorp rose 6.4% on Wednesday after its results.\n\n\
         Shares in Dunmore Bancorp had risen 2.9% on Tuesday.\n\n\
         The 6.9% gain was the stock's biggest one-day move since 2023.\n",
    );
}

#[test]
fn a_percentage_set_against_another_stays_silent() {
    // "well below the 4.2% rate": the rate it is compared with, elsewhere.
    silent(
        "Inflation in Portugal fell to 2.4% in May, official figures show.\n\n\
         That is well below the 4.2% rate recorded in Spain for the same month.\n",
    );
    // "up sharply on the 13% turnout": the turnout it rose from.
    silent(
        "Turnout in Thursday's Brackley East by-election was 31%, officials said.\n\n\
         That was up sharply on the 13% turnout recorded at the previous contest.\n",
    );
}

// ---- a change of a thing named by a common plural, and a part of a whole ----

#[test]
fn shares_opening_the_sentence_and_the_gain_referred_back_to() {
    // "Shares" only capitalised to open the sentence is the thing that rose.
    flags(
        "Carrow Bank reported a record profit on Tuesday.\n\n\
         Shares rose 6.4% after the bank also said it would buy back stock.\n\n\
         The 6.9% gain was the stock's biggest one-day move since March.\n",
        "6.9% gain",
        "rose 6.4%",
    );
}

#[test]
fn two_firms_shares_or_a_wider_index_stay_apart() {
    silent(
        "Kelby Mining said output had recovered. Shares rose 8.2%.\n\n\
         Harrow Gold said its mine had flooded. Shares fell 2.8%.\n\n\
         The 2.8% fall wiped £40m off its value.\n",
    );
    silent(
        "Shares rose 6.4% on Monday.\n\n\
         The 4.6% rise in the FTSE 100 index this month has been led by miners.\n",
    );
}

#[test]
fn a_narrowed_change_given_flat_is_a_part_of_the_whole() {
    // "food prices" are a part of "prices", whether or not the word opens
    // the sentence.
    silent(
        "Prices rose 4.3% in the year to March, the statistics office said.\n\n\
         Food prices rose 3.4% over the same period.\n",
    );
    silent(
        "Prices rose 4.3% in the year to March, the statistics office said.\n\n\
         It said food prices rose 3.4% over the same period.\n",
    );
    // Also where the words after the subject keep its verb away.
    silent(
        "# Shop prices keep rising\n\n\
         Prices in corner shops rose by 3.4% in the year to March, the monitor said.\n\n\
         Food prices on their own were up 4.3% on a year earlier, the monitor found.\n",
    );
}

// ---- a rise offered is the offer ----

#[test]
fn a_rise_offered_and_the_offer_referred_back_to() {
    flags(
        "The board has offered its cleaners a rise of 4.7 per cent, backdated to April.\n\n\
         The union's regional secretary said the 4.2 per cent offer fell short.\n",
        "4.2 per cent offer",
        "4.7 per cent",
    );
}

#[test]
fn offers_to_two_groups_or_an_offer_revised_stay_apart() {
    silent(
        "The trust offered a 2.6 per cent rise to porters and a 6.2 per cent rise to cleaners.\n\n\
         The 6.2 per cent offer was the largest in its history.\n",
    );
    silent(
        "The firm has offered a 4.5 per cent rise, up from its first offer of 3.5 per cent.\n\n\
         The union said the 4.5 per cent offer was still too low.\n",
    );
    silent(
        "The company offered a 4.1 per cent rise in the first round of talks.\n\n\
         After a strike, the revised 4.7 per cent offer was accepted.\n",
    );
}

#[test]
fn a_place_in_the_subject_sets_an_offer_apart() {
    // "Teachers in England" places the first offer; "In Wales" the second.
    silent(
        "Teachers in England were offered a 6.5 per cent rise.\n\n\
         In Wales, the 5.6 per cent offer was accepted on Friday.\n",
    );
    // With no place on the reference, it is still the offer given before.
    flags(
        "Teachers in England were offered a 6.5 per cent rise on Monday.\n\n\
         The unions said the 5.6 per cent offer was too low.\n",
        "5.6 per cent offer",
        "6.5 per cent",
    );
}

// ---- a change whose measure is written around a name or a compound ----

#[test]
fn sales_at_a_named_firm_and_the_change_in_them_referred_back_to() {
    flags(
        "Sales at Hobbs Crossley rose 14% in the year to March, the bakery chain said.\n\n\
         Bankers said the 41% rise in sales at Hobbs Crossley would ease talks on its loans.\n",
        "41% rise",
        "rose 14%",
    );
}

#[test]
fn a_change_in_a_hyphened_measure_against_the_change_given() {
    flags(
        "Like-for-like sales rose 12% in the quarter, the grocer said on Tuesday.\n\n\
         Shares jumped after the 21% rise in like-for-like sales beat forecasts.\n",
        "21% rise",
        "rose 12%",
    );
}

#[test]
fn a_change_in_one_town_and_the_change_named_in_another_stay_silent() {
    silent(
        "Rents in Harrogate rose 4.7% in the year to June, the agency said.\n\n\
         To the south, the 7.4% rise in rents in Wakefield was the fastest in the county.\n",
    );
}

#[test]
fn the_place_of_a_speaker_s_subject_is_not_the_figure_s() {
    flags(
        "Profits at Tolland Inns rose 27% in the half-year, the group said.\n\n\
         Analysts at Marrow Capital said Tolland's 72% rise in profits beat forecasts.\n",
        "72% rise",
        "rose 27%",
    );
}

#[test]
fn a_change_in_a_town_s_measure_named_before_its_noun() {
    let draft = |town: &str| {
        format!(
            "Rents in Marsham rose 6.2% in the year to May, the index said.\n\n\
             The 6.7% rise in {town} rents was the fastest in the county.\n"
        )
    };
    flags(&draft("Marsham"), "6.7% rise", "rose 6.2%");
    silent(&draft("Kelby"));
}
