//! `conflicting-figure` needs proof that two figures are one quantity: each kind
//! of figure found on such proof, and each pattern of look-alikes left silent.

#[path = "support/figure_checks.rs"]
mod figure_checks;

use figure_checks::{check, flags, related_span, silent, the_one};

/// The one finding of a draft, as (flagged text, related text, message).
fn one(text: &str) -> (String, String, String) {
    let f = the_one(text);
    let related = related_span(&f);
    (
        text[f.span].to_string(),
        text[related].to_string(),
        f.message,
    )
}

// ---- each kind of figure, found on proof ----

#[test]
fn money_referred_back_to_with_its_digits_swapped() {
    let (span, related, message) = one(
        "The agency was funded with £6.2bn from the Treasury, the minister said.\n\n\
         Critics said the £2.6bn agency had spent little of its budget.\n",
    );
    assert_eq!(span, "£2.6bn");
    assert_eq!(related, "£6.2bn");
    assert!(
        message.contains("£2.6bn here") && message.contains("£6.2bn in paragraph 1"),
        "{message}"
    );
}

#[test]
fn million_written_for_billion() {
    let (span, _, _) = one(
        "The fund manages $4.2 billion for the city pension scheme.\n\n\
         Trustees said the $4.2 million fund was well run.\n",
    );
    assert_eq!(span, "$4.2 million fund");
}

#[test]
fn a_turnout_and_the_turnout_referred_back_to() {
    let (span, related, _) = one("Turnout was 58.3% across the region, officials said.\n\n\
         The 53.8% turnout was the highest since 1992.\n");
    assert_eq!(span, "53.8% turnout");
    assert_eq!(related, "58.3%");
}

#[test]
fn an_age_in_apposition_and_the_n_year_old() {
    let (span, related, message) = one("Lula, 78, told supporters he would stand again.\n\n\
         The 79-year-old president said the economy had grown.\n");
    assert_eq!(span, "The 79-year-old");
    assert_eq!(related, "Lula, 78");
    assert!(message.starts_with("Lula's age"), "{message}");
}

#[test]
fn an_owner_is_named_in_the_letters_the_draft_uses() {
    let (_, _, message) = one(
        "The UN sent 3,000 peacekeepers to the border, officials said.\n\n\
         Days later the mission said the UN sent 3,500 peacekeepers to the border.\n",
    );
    assert!(message.starts_with("UN's peacekeepers"), "{message}");
}

#[test]
fn pupils_and_the_schools_children() {
    let (span, related, _) = one(
        "All 316 pupils at Hillside Primary were sent home on Tuesday.\n\n\
         Parents of the school's 361 children were told by text message.\n",
    );
    assert_eq!(span, "361 children");
    assert_eq!(related, "316 pupils");
}

#[test]
fn a_headline_against_the_body() {
    let (span, related, message) = one("# Council approves 245 new bus stops\n\n\
         The plan adds 254 bus stops across the city, the council said.\n");
    assert_eq!(span, "254 bus stops");
    assert_eq!(related, "245 new bus stops");
    assert!(message.contains("in the headline"), "{message}");
}

#[test]
fn a_split_vote_and_the_members_who_backed_it() {
    let (span, related, _) = one("The Senate voted 60-40 on Monday to pass the bill.\n\n\
         The 61 senators who backed the bill included two independents.\n");
    assert_eq!(span, "61 senators");
    assert_eq!(related, "60");
}

#[test]
fn a_near_count_of_a_thing_counted_once_referred_back_to() {
    // No slip of the keyboard, but "the" points back and the values are near.
    let (span, _, _) = one(
        "The ferry was carrying 27 passengers when it sank, the coastguard said.\n\n\
         Relatives of the 29 passengers gathered at the port overnight.\n",
    );
    assert_eq!(span, "29 passengers");
}

#[test]
fn a_sentence_restated_with_one_digit_changed() {
    let (span, _, _) = one(
        "It takes 1,237 delegates to win the nomination outright.\n\n\
         Polls close at eight in most states.\n\n\
         It takes 1,273 delegates to win the nomination outright.\n",
    );
    assert_eq!(span, "1,273 delegates");
}

#[test]
fn a_result_set_against_forecasts_is_no_forecast() {
    // "beating analysts' forecasts" measures the profit against them.
    flags(
        "Dunmore Bancorp reported quarterly net income of $362 million, beating analysts' forecasts.\n\n\
         The $326 million profit lifted the shares.\n",
        "$326 million",
        "$362 million",
    );
}

// ---- look-alikes left silent ----

#[test]
fn different_owners_of_one_measure() {
    silent("Shell made a profit of $3.2bn in the quarter.\n\nBP made a profit of $2.3bn in the quarter.\n");
}

#[test]
fn part_and_whole() {
    silent(
        "The chain sold 4,200 stores to the group.\n\nThe merged group now has 24,000 stores.\n",
    );
    // A place the story named before is the story's own place, not a part's.
    let text = "Floodwater swept through Kelby overnight after the river burst its banks.\n\n\
                The water entered 412 homes, the council said on Tuesday.\n\n\
                Insurers said 421 homes in Kelby had been damaged.\n";
    assert_eq!(check(text).len(), 1, "{:#?}", check(text));
    // A part counted in a place the draft first names beside it.
    silent(
        "The charity runs 412 care homes, its report said.\n\n\
         The charity, which runs 142 care homes in Wales, is the largest in Britain.\n",
    );
}

#[test]
fn different_periods() {
    silent("The firm earned $1.2bn in the first quarter.\n\nFor the year it earned $2.1bn.\n");
    // A restrictive clause's time is the figure's own, however far along.
    silent(
        "The mill employs 1,300 people, the owners said.\n\n\
         The 3,100 people who lost their jobs when the mill shrank in 2008 were never rehired.\n",
    );
    // A period's possessive opening the sentence dates the event it names.
    silent(
        "Turnout in the county election on Thursday was 42.7%.\n\n\
         Last year's referendum on the new bridge drew a turnout of 47.2%.\n",
    );
}

#[test]
fn bounds_and_hypotheticals() {
    silent("The plan would protect up to 5 million people from deportation.\n\nThere are 11 million undocumented immigrants in the country.\n");
    silent("Once a petition passes 100,000 signatures, Parliament must consider it.\n\nThe petition had 563,000 signatures by Friday.\n");
    silent("The minister would not go above a $12 minimum wage this year.\n\nUnions want a $15 minimum wage.\n");
}

#[test]
fn plans_against_outcomes() {
    silent("The carmaker aims to cut 4,500 jobs by 2027.\n\nIt has cut 5,400 jobs so far, the union said.\n");
    // A forecast is no result, even one the result is then set against.
    silent(
        "Analysts had expected quarterly net income of $362 million from Dunmore Bancorp.\n\n\
         The $326 million profit it reported beat that, and lifted the shares.\n",
    );
}

#[test]
fn rates_against_totals() {
    silent("The club pays him $20m a year.\n\nHis contract is worth $200m, his agent said.\n");
}

#[test]
fn estimates_credited_to_different_sources() {
    silent("Police put the crowd at 18,000.\n\nOrganisers said 81,000 people marched.\n");
}

#[test]
fn a_conversion_is_one_figure() {
    silent("The miner paid R254bn ($13.8bn) for the assets.\n\nAnalysts said the $13.8bn deal was expensive.\n");
}

#[test]
fn each_family_has_its_own_children() {
    silent("Ms Alder has three children and lives in Leeds.\n\nMr Brook, whose two children attend the same school, agreed.\n");
}

#[test]
fn a_candidates_count_updated_later() {
    // A two-digit count with one digit changed is the kind of change an update makes.
    silent(
        "Cruz has 11 delegates so far, the party said on its website late on Tuesday night.\n\n\
         Update: Cruz has 17 delegates after the Nevada count.\n",
    );
}

#[test]
fn a_group_picked_out_by_rank_or_one_of_many() {
    silent("The first two states to vote are Iowa and New Hampshire.\n\nCandidates campaigned in four states this week.\n");
    silent("The company has 80,000 employees.\n\nOne employee said morale was low.\n");
}

#[test]
fn ranges_and_figures_a_power_of_ten_apart() {
    silent("He earned between $2,500 and $5,000 in interest.\n\nHe owns between $15,000 and $50,000 in stock.\n");
    silent("Shares worth $5,000 were sold in May, filings show.\n\nA further $50,000 of shares were sold in June.\n");
}

#[test]
fn near_counts_without_a_reference_or_shared_words() {
    silent("A crowd of 800 union members cheered inside the hall.\n\nAn overflow crowd of 1,000 supporters watched outside.\n");
    // A miner is not a thing counted once per story: near values need a slip.
    silent("Rescuers said 27 miners were trapped.\n\nFamilies of the 29 miners gathered at the gate.\n");
}

// ---- an age given with a name, after the same number given bare ----

#[test]
fn an_age_given_with_the_name_is_hers_whatever_came_before() {
    // "The 63-year-old" of paragraph 3 may be anyone's; "Lindqvist, aged 63"
    // is hers, and she was 36 in the first paragraph.
    flags(
        "Astrid Lindqvist, 36, has kept bees on the allotments since 2015.\n\n\
         The council wants the land back. Its housing chief, Colin Barr, said talks had failed.\n\n\
         The 63-year-old said she would take the fight to court.\n\n\
         Lindqvist, aged 63, says the hives have been there longer than the council.\n",
        "Lindqvist, aged 63",
        "Astrid Lindqvist, 36",
    );
}

#[test]
fn the_year_old_after_a_relative_of_that_age_stays_silent() {
    // "The 63-year-old" is the husband given as 63 just before, not her.
    silent(
        "Astrid Lindqvist, 36, has kept bees on the allotments since 2015.\n\n\
         Her husband, 63, helps with the honey.\n\n\
         The 63-year-old said the couple would take the fight to court.\n",
    );
}

#[test]
fn a_bare_reference_to_the_one_thing_narrowed_before() {
    // "the £3.1m fund" can only be the winter fund: the one fund the story named.
    let (span, related, _) = one(
        "The trust's £2.4m winter fund paid for 46 extra beds, its director said.\n\n\
         Staff said the £3.1m fund had been spent in full.\n",
    );
    assert_eq!(span, "£3.1m fund");
    assert_eq!(related, "£2.4m winter fund");
}

#[test]
fn a_bare_reference_after_two_narrowed_things_stays_silent() {
    // A winter fund and a flood fund: which one "the fund" means is not shown.
    figure_checks::silent(
        "The trust's £2.4m winter fund paid for 46 extra beds, its director said.\n\n\
         The council's £1.9m flood fund opened in May.\n\n\
         Staff said the £3.1m fund had been spent in full.\n",
    );
}

#[test]
fn a_time_after_a_definite_figure_dates_its_verb() {
    // "next month" is when the vote is, not when the budget holds.
    let (span, related, _) = one(
        "The county's budget for next year is £536m, the finance chief said.\n\n\
         Councillors will vote on the £563m budget next month.\n",
    );
    assert_eq!(span, "£563m budget");
    assert_eq!(related, "£536m");
    // With a preposition the time is the figure's own: another year's budget.
    figure_checks::silent(
        "The county's budget for next year is £536m, the finance chief said.\n\n\
         Councillors compared it with the £563m budget of 2019.\n",
    );
}

#[test]
fn a_measure_named_before_of_is_definite() {
    // "The region's jobless rate of 3.7%" refers back to the rate given.
    let f = the_one(
        "Unemployment in the region stands at 7.3%, official figures show.\n\n\
         The region's jobless rate of 3.7% is the highest in the country.\n",
    );
    assert!(
        f.message
            .starts_with("the region's unemployment rate: 3.7% here"),
        "{}",
        f.message
    );
}

#[test]
fn people_who_attended_are_the_crowd() {
    let (span, related, _) = one(
        "About 36,000 people attended the two-day show, its organisers said.\n\n\
         Organisers said attendance of 63,000 was a record.\n",
    );
    assert_eq!(span, "63,000");
    assert_eq!(related, "36,000 people");
}

#[test]
fn voters_who_turned_out_are_the_turnout() {
    let (span, related, _) = one(
        "Just 31.4% of voters turned out for the mayoral election.\n\n\
         The turnout of 34.1% was the lowest since the post was created.\n",
    );
    assert_eq!(span, "34.1%");
    assert_eq!(related, "31.4% of voters");
    // Another year's turnout is another turnout.
    figure_checks::silent(
        "Just 31.4% of voters turned out for the mayoral election in May.\n\n\
         In 2019, 34.1% of voters turned out for the same contest.\n",
    );
}

#[test]
fn the_loss_of_jobs_counts_the_jobs() {
    let (span, related, _) = one("The carmaker will cut 2,600 jobs at its Swindon plant.\n\n\
         Unions condemned the loss of 6,200 jobs at the plant.\n");
    assert_eq!(span, "6,200 jobs");
    assert_eq!(related, "2,600 jobs");
    // A part of the cuts, at one plant, is no restatement of them all.
    figure_checks::silent(
        "The carmaker will cut 2,600 jobs across its European plants.\n\n\
         In Swindon, unions condemned the loss of 620 jobs at the plant.\n",
    );
}

#[test]
fn a_definite_rate_of_this_year_is_a_new_figure() {
    figure_checks::silent(
        "Unemployment in the region stood at 7.3% in 2020.\n\n\
         The region's jobless rate of 3.7% this year is the lowest for a decade.\n",
    );
}

#[test]
fn a_share_of_those_cast_is_a_share_of_the_vote() {
    let f = the_one(
        "Rhian Moss polled 2,205 votes, or 38.2 per cent of those cast.\n\n\
         Analysts said Ms Moss's 32.8 per cent share was a record for her party.\n",
    );
    assert!(
        f.message
            .starts_with("Moss's share: 32.8 per cent share here"),
        "{}",
        f.message
    );
}

#[test]
fn voters_who_took_part_are_the_turnout() {
    let (span, related, _) = one("Turnout was 41.7%, the returning officer said.\n\n\
         Only 47.1% of voters took part, the lowest share on record.\n");
    assert_eq!(span, "47.1% of voters");
    assert_eq!(related, "41.7%");
    // The last contest's turnout is another turnout.
    figure_checks::silent(
        "Turnout was 41.7%, the returning officer said.\n\n\
         Only 47.1% of voters took part in the last contest here.\n",
    );
}

#[test]
fn the_rest_of_a_whole_is_no_restatement_of_its_part() {
    // The loan is a part of the fund; "the rest of" says so.
    figure_checks::silent(
        "The trust may borrow up to $4.7 million for the new ward.\n\n\
         The rest of the $7.4 million fund will come from donors.\n",
    );
}

#[test]
fn a_clause_opened_by_this_season_dates_its_figure() {
    // "This winter" dates the tonnes still to clear, not the 2019 campaign's.
    figure_checks::silent(
        "The harbour board's last campaign, in 2019, cleared 2,740 tonnes of silt.\n\n\
         This winter the crews hope to finish the 2,470 tonnes still in the channel.\n",
    );
}

#[test]
fn a_definite_figure_after_a_negation_is_still_given() {
    // "would not appeal against the £6.3m penalty" denies the appeal, not the penalty.
    flags(
        "The water firm was fined £3.6m for polluting the River Fenn.\n\n\
         The company said it would not appeal against the £6.3m penalty.\n",
        "£6.3m",
        "£3.6m",
    );
    // An indefinite one after a negation is denied: no value was given.
    silent(
        "The water firm was fined £3.6m for polluting the River Fenn.\n\n\
         The company said it would not pay a £6.3m penalty if one were set.\n",
    );
}

// ---- a sum named by the verb before it ----

#[test]
fn a_fine_and_the_penalty_referred_back_to_with_a_digit_dropped() {
    // "fined £12,750" is a fine; "the £1,750 penalty" the same fine.
    flags(
        "The club was fined £12,750 after crowd trouble at the derby.\n\n\
         Its treasurer said the £1,750 penalty would come out of the youth budget.\n",
        "£1,750 penalty",
        "£12,750",
    );
}

#[test]
fn a_transfer_fee_and_the_fee_referred_back_to() {
    // "joined … for £850,000" pays a fee.
    flags(
        "The winger, who joined from Selby for £850,000 in August, scored twice.\n\n\
         The chairman admitted the £85,000 fee had been a bargain.\n",
        "£85,000 fee",
        "£850,000",
    );
}

#[test]
fn a_price_paid_for_a_firm_and_the_deal_referred_back_to() {
    flags(
        "Arden Foods has agreed to buy the crisp maker Pellow's for £3.4 billion.\n\n\
         The £3.4 million deal is expected to close in June.\n",
        "£3.4 million deal",
        "£3.4 billion",
    );
}

#[test]
fn a_cost_estimated_is_no_cost_against_the_cost_paid() {
    silent(
        "The footbridge was expected to cost £18.5m when work began.\n\n\
         It cost £15.8m in the end, the council said.\n",
    );
    silent(
        "The council says the footbridge will cost £18.5m.\n\n\
         Engineers hired by residents say it will cost £15.8m.\n",
    );
}

#[test]
fn two_fines_of_two_parties_or_two_signings_stay_apart() {
    silent(
        "The driver was fined £1,200 by Kelby magistrates.\n\n\
         His employer, Dunmore Haulage, was fined £12,000 for failing to check his hours.\n",
    );
    silent(
        "Rovers signed Tom Adeyemi for £1.2m on Monday.\n\n\
         On Tuesday they signed his brother Sam for £2.1m from Harlow.\n",
    );
    silent(
        "Marlow Foods has agreed to buy Tollgate Brewing for £46.5m.\n\n\
         Marlow bought a smaller brewer, Reid & Sons, for £4.65m in 2021.\n",
    );
}

// ---- the present named as a period ----

#[test]
fn this_year_is_set_against_last_year_not_taken_from_it() {
    silent(
        "The council offered its staff a 3.8 per cent rise last year.\n\n\
         This year the 3.2 per cent offer has angered the union.\n",
    );
    // "This year the £4.63m budget" refers back to one approved in March:
    // "this year" is set only against the year before or after.
    flags(
        "Kelby Council approved a £4.36m roads budget in March.\n\n\
         This year the £4.63m roads budget has paid for 40 miles of resurfacing.\n",
        "£4.63m",
        "£4.36m",
    );
    // ("this year" is the article's present: a reference with no time of
    // its own still meets it.)
    flags(
        "Carrow Bank said profit rose 6.4% this year.\n\n\
         The 6.9% rise was its largest since 2019.\n",
        "6.9% rise",
        "rose 6.4%",
    );
}
