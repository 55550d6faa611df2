//! Measures, scale words and the things they measure: a figure given once and
//! referred back to with a slip, found; measures of different things, silent.

#[path = "support/figure_checks.rs"]
mod figure_checks;

use figure_checks::{flags, silent, the_one};

/// The titles of the draft's one finding's fixes.
fn fixes(text: &str) -> Vec<String> {
    the_one(text).fixes.into_iter().map(|f| f.title).collect()
}

// ---- a measure of a thing both name, referred back to ----

#[test]
fn a_quake_and_the_shake_referred_back_to() {
    flags(
        "A magnitude 5.8 earthquake shook the valley towns on Monday, officials said.\n\n\
         Farmers said Monday's magnitude 5.3 shake had cracked several water tanks.\n",
        "5.3 shake",
        "5.8 earthquake",
    );
}

#[test]
fn a_quake_and_another_quake_years_before() {
    silent(
        "A magnitude 5.8 earthquake shook the valley towns on Monday, officials said.\n\n\
         The region was last hit by a magnitude 6.1 quake in 1994.\n",
    );
}

#[test]
fn a_winning_margin_and_the_margin_referred_back_to() {
    flags(
        "Amos Rotich won the hill race by 16 seconds from his brother on Sunday.\n\n\
         His brother said the 19-second margin showed how close he had come.\n",
        "19-second margin",
        "16 seconds",
    );
}

#[test]
fn two_margins_in_two_races_not_referred_back() {
    silent(
        "Amos Rotich won the men's race by 16 seconds on Sunday.\n\n\
         In the junior race, Ruth Akinyi won by 19 seconds.\n",
    );
}

#[test]
fn a_river_peak_and_the_crest_referred_back_to() {
    flags(
        "The river at Kowhai bridge crested at 6.7 metres on Friday morning.\n\n\
         Engineers said Friday's 6.2-metre crest was the highest since records began.\n",
        "6.2-metre crest",
        "6.7 metres",
    );
}

#[test]
fn a_peak_and_a_normal_level() {
    silent(
        "The river at Kowhai bridge peaked at 6.7 metres on Friday morning.\n\n\
         Its usual winter level is about 1.6 metres, engineers said.\n",
    );
}

#[test]
fn a_weak_slip_without_a_back_reference_is_not_proof() {
    silent(
        "The river at Kowhai bridge crested at 6.7 metres on Friday morning.\n\n\
         A second crest of 6.2 metres is expected on Sunday.\n",
    );
}

// ---- millions and billions of one figure ----

#[test]
fn a_sum_in_billions_and_the_figure_in_millions() {
    flags(
        "Insurers put the cost of the storm at A$2.7 billion on Tuesday.\n\n\
         An industry spokesman said the A$2.7 million figure would rise as claims arrived.\n",
        "A$2.7 million",
        "A$2.7 billion",
    );
}

#[test]
fn millions_for_billions_is_fixed_with_the_scale_word() {
    let titles = fixes(
        "Insurers put the cost of the storm at A$2.7 billion on Tuesday.\n\n\
         An industry spokesman said the A$2.7 million figure would rise as claims arrived.\n",
    );
    assert!(
        titles.iter().all(|t| !t.contains("2700")),
        "a fix writes the other's scale word, not a thousand times the number: {titles:?}"
    );
    assert!(
        titles.iter().any(|t| t.ends_with("A$2.7 billion")),
        "{titles:?}"
    );
}

#[test]
fn a_budget_in_billions_and_the_spending_plan_in_millions() {
    // A budget is counted once per story, and "the … spending plan" refers
    // back to it: no word around them need be shared.
    flags(
        "Harbridge county commissioners approved a $3.6 billion budget on Monday night.\n\n\
         Commissioner Ellen Vasquez, who voted against, said the $3.6 million spending plan \
         relied on reserves.\n",
        "$3.6 million",
        "$3.6 billion",
    );
}

#[test]
fn a_budget_in_billions_and_a_plan_for_something_else_in_millions_stays_silent() {
    // Not a reference back: a sum of its own for another thing.
    silent(
        "Harbridge county commissioners approved a $3.6 billion budget on Monday night.\n\n\
         Commissioner Ellen Vasquez said a $3.6 million plan to resurface roads would follow.\n",
    );
}

#[test]
fn a_sum_in_millions_and_another_in_billions_not_referred_back() {
    silent(
        "The council will spend $1.4 million on new buses this year.\n\n\
         The state has promised $1.4 billion for rail over a decade.\n",
    );
}

#[test]
fn a_volume_in_billions_and_in_millions() {
    flags(
        "The reservoir lost 3.4 billion cubic metres of water over the summer.\n\n\
         Hydrologists said the 3.4 million cubic metres lost would take years to replace.\n",
        "3.4 million cubic metres",
        "3.4 billion cubic metres",
    );
}

#[test]
fn two_volumes_of_different_sizes() {
    silent(
        "The reservoir holds 3.4 billion cubic metres of water when full.\n\n\
         It released 4.3 million cubic metres over the weekend.\n",
    );
}

#[test]
fn a_runner_up_who_finished_second_refers_back_to_the_margin() {
    flags(
        "Ruth Akinyi won the women's race by 24 seconds on Sunday.\n\n\
         Mary Wanjiru, who finished second, said the 21-second margin hid how close it had been.\n",
        "21-second margin",
        "24 seconds",
    );
}

#[test]
fn a_second_margin_is_another_one() {
    silent(
        "Ruth Akinyi won the women's race by 24 seconds on Sunday.\n\n\
         Her sister won a second race by a 21-second margin an hour later.\n",
    );
}

#[test]
fn a_volume_and_a_part_of_it() {
    silent(
        "The plan sets a water allocation of 26.3 billion litres for the valley's farms \
         this year, well short of the 31.5 billion litres growers had sought. Dairy farms \
         would take 23 billion litres of that allocation, a billion litres less than last year.\n",
    );
}

// ---- a duration in two units ----

#[test]
fn a_duration_in_hours_and_minutes_referred_back_to() {
    let text =
        "Joseph Okoth finished the mountain ultramarathon in 6 hours 41 minutes on Sunday.\n\n\
                His 6 hours 14 minutes was a course record, the organisers said.\n";
    flags(text, "6 hours 14 minutes", "6 hours 41 minutes");
    assert!(
        fixes(text).is_empty(),
        "no fix writes a duration back from its minutes"
    );
}

#[test]
fn two_runners_durations_in_hours_and_minutes() {
    silent(
        "The men's winner finished the mountain ultramarathon in 6 hours 41 minutes.\n\n\
         The women's winner took 7 hours 14 minutes, a course record.\n",
    );
}

#[test]
fn hours_and_minutes_with_a_digit_changed_and_no_back_reference() {
    silent(
        "The flight from Auckland took 11 hours 35 minutes on Monday.\n\n\
         The return leg on Friday took 11 hours 55 minutes into a headwind.\n",
    );
}

#[test]
fn a_definite_duration_a_slip_away_from_one_before_the_nearest() {
    flags(
        "Trains between the two cities took 3 hours 48 minutes on average.\n\n\
         Coaches on the same route took 5 hours 10 minutes.\n\n\
         Commuters said the 3 hours 28 minutes they spent on the train was too long.\n",
        "3 hours 28 minutes",
        "3 hours 48 minutes",
    );
}

#[test]
fn a_definite_duration_that_restates_one_given_before() {
    silent(
        "Trains between the two cities took 3 hours 48 minutes on average.\n\n\
         The fastest service took 3 hours 28 minutes.\n\n\
         Commuters said the 3 hours 28 minutes of the fastest train was still too long.\n",
    );
}

#[test]
fn one_runner_s_time_and_another_named_as_hers() {
    silent(
        "Joseph Okoth won the men's race in 6 hours 41 minutes on Sunday.\n\n\
         In the women's race, Ann Chebet's 6 hours 44 minutes was a course record.\n",
    );
}

#[test]
fn one_runner_s_race_time_and_another_named_as_hers() {
    silent(
        "Joseph Okoth won the men's race in 2:11:41 on Sunday.\n\n\
         In the women's race, Ann Chebet's 2:11:14 was a course record.\n",
    );
}

#[test]
fn a_measure_named_as_its_owner_s_after_the_owner_s_sentence() {
    flags(
        "The front of the Kowhai Glacier has moved back 2.38 kilometres since 2010, a survey found.\n\n\
         Scientists said the Kowhai's 2.83-kilometre retreat was the fastest in the range.\n",
        "2.83-kilometre",
        "2.38 kilometres",
    );
}

#[test]
fn a_sum_referred_back_to_with_a_place_before_its_noun() {
    flags(
        "The budget includes a $2.6 billion rebuild of the Nelson hospital.\n\n\
         The $2.6 million Nelson rebuild will start next year, the minister said.\n",
        "$2.6 million",
        "$2.6 billion",
    );
}

#[test]
fn a_new_sum_with_a_place_before_its_noun() {
    silent(
        "The budget includes a $2.6 billion rebuild of the Nelson hospital.\n\n\
         A $2.6 million Nelson library will open next year, the minister said.\n",
    );
}

#[test]
fn a_drop_by_a_measure_is_no_margin() {
    silent(
        "Anna Ruru won the 200 metres by 0.41 seconds on Saturday.\n\n\
         Her best time dropped by 0.47 seconds over the season.\n\n\
         Coaches said the 0.41-second margin was her widest of the year.\n",
    );
}

#[test]
fn the_same_number_in_millions_and_billions_for_two_things_stays_silent() {
    // Nothing ties the buses' millions to the rail line's billions: two sums.
    silent(
        "The city will spend $1.2 million on new buses this year, the mayor said.\n\n\
         Work on the $1.2 billion rail line is due to begin in the spring.\n",
    );
}

#[test]
fn a_measure_set_against_an_earlier_event_stays_silent() {
    // "since the magnitude 4.6 tremor that shook the town in 2019": another quake.
    silent(
        "A magnitude 6.4 earthquake struck off the coast on Monday, the survey said.\n\n\
         It was the strongest since the magnitude 4.6 tremor that shook the town in 2019.\n",
    );
    silent(
        "A magnitude 6.4 earthquake struck off the coast on Monday, the survey said.\n\n\
         It was far stronger than the magnitude 4.6 tremor felt there last winter.\n",
    );
}

// ---- units abbreviated and glued on ("13hr 42min", "44.6C", "148 km/h") ----

#[test]
fn a_swim_time_in_hours_and_minutes_given_twice() {
    flags(
        "Lena Okoro swam the North Channel in 11hr 53min on Tuesday, her coach said.\n\n\
         A support boat stayed beside her through the night.\n\n\
         Her time of 11hr 35min is the second fastest by a woman this year.\n",
        "11hr 35min",
        "11hr 53min",
    );
}

#[test]
fn two_swimmers_two_times_in_hours_and_minutes() {
    silent(
        "Lena Okoro swam the North Channel in 11hr 53min on Tuesday, her coach said.\n\n\
         A support boat stayed beside her through the night.\n\n\
         Her training partner, Ivo Rask, gave up after 11hr 35min in the cold.\n",
    );
}

#[test]
fn a_lap_in_minutes_and_seconds_with_decimals() {
    flags(
        "Tomas Berg set the fastest lap at Zolder in 1min 42.7sec on Saturday.\n\n\
         The Belgian said the car had been hard to handle in the wind.\n\n\
         Berg's 1min 47.2sec lap earned him the bonus point.\n",
        "1min 47.2sec",
        "1min 42.7sec",
    );
}

#[test]
fn a_record_temperature_referred_back_to() {
    flags(
        "The thermometer at Mildura airport read 47.3C on Sunday, the weather bureau said.\n\n\
         Power use across Victoria hit a record as households ran air conditioners.\n\n\
         The bureau said the reading of 43.7C was the hottest in the town since 1906.\n",
        "43.7C",
        "47.3C",
    );
}

#[test]
fn two_towns_two_temperatures() {
    silent(
        "The thermometer at Mildura airport read 47.3C on Sunday, the weather bureau said.\n\n\
         Power use across Victoria hit a record as households ran air conditioners.\n\n\
         In Swan Hill, 150km to the south, it reached 43.7C.\n",
    );
}

#[test]
fn a_margin_named_before_of_referred_back_to() {
    flags(
        "Ada Lunde won the sprint in Ruka by 0.36 seconds on Friday.\n\n\
         The Norwegian had been third at the halfway mark.\n\n\
         Her winning margin of 0.63 seconds was her largest this winter.\n",
        "0.63 seconds",
        "0.36 seconds",
    );
}

#[test]
fn a_margin_in_another_race_named_before_of() {
    silent(
        "Ada Lunde won the sprint in Ruka by 0.36 seconds on Friday.\n\n\
         The Norwegian had been third at the halfway mark.\n\n\
         Last winter she lost the same race by a margin of 0.63 seconds.\n",
    );
}

#[test]
fn a_speed_written_with_and_without_a_space() {
    flags(
        "Storm Petra brought gusts of 163 km/h to the island of Sylt overnight.\n\n\
         Ferries stayed in port and schools were closed.\n\n\
         The 136km/h gust was the strongest on the island in a decade.\n",
        "136km/h",
        "163 km/h",
    );
}

#[test]
fn a_speed_in_km_per_hour_is_no_distance() {
    silent(
        "Volunteers walked 148 km along the coast path to raise funds for the lifeboat.\n\n\
         On the last day they faced gusts of 184 km/h near the headland.\n",
    );
}

#[test]
fn a_reference_as_near_to_two_earlier_margins_proves_neither() {
    silent(
        "Amos Rotich won the men's hill race by 18 seconds on Sunday.\n\n\
         In the women's race, Ruth Akinyi won by 12 seconds.\n\n\
         Organisers said the 19-second margin showed how hard the course was.\n",
    );
}

#[test]
fn a_distance_at_sea_in_nautical_miles() {
    flags(
        "Four rowers from Cork landed in Antigua on Thursday after rowing 2,618 nautical miles.\n\n\
         They lost their water maker in the second week.\n\n\
         The crew said the 2,168 nautical miles had tested them to the limit.\n",
        "2,168 nautical miles",
        "2,618 nautical miles",
    );
}

#[test]
fn a_crossing_and_a_planned_crossing_in_nautical_miles() {
    silent(
        "Four rowers from Cork landed in Antigua on Thursday after rowing 2,618 nautical miles.\n\n\
         They lost their water maker in the second week.\n\n\
         Next winter they plan a crossing of 2,168 nautical miles from Lagos.\n",
    );
}

#[test]
fn metric_tons_are_tonnes() {
    flags(
        "Farmers in the region harvested 7,350 metric tons of cocoa this season, the ministry said.\n\n\
         Prices at the farm gate rose for the first time in three years.\n\n\
         Exporters said the 7,530 tonnes of cocoa would barely cover their contracts.\n",
        "7,530 tonnes",
        "7,350 metric tons",
    );
}

#[test]
fn two_harvests_in_metric_tons_and_tonnes() {
    silent(
        "Farmers in the region harvested 7,350 metric tons of cocoa this season, the ministry said.\n\n\
         Prices at the farm gate rose for the first time in three years.\n\n\
         Neighbouring Togo harvested 7,530 tonnes in the same season.\n",
    );
}

#[test]
fn power_in_megawatts_glued_on() {
    flags(
        "Ministers have approved a 480MW wind farm off the Norfolk coast.\n\n\
         Building work is due to begin next spring.\n\n\
         The 408MW wind farm will be the largest in the region.\n",
        "408MW",
        "480MW",
    );
}

#[test]
fn two_plants_in_megawatts() {
    silent(
        "Ministers have approved a 480MW wind farm off the Norfolk coast.\n\n\
         Building work is due to begin next spring.\n\n\
         A rival firm is building a 408MW solar park in Lincolnshire.\n",
    );
}

#[test]
fn a_lead_given_as_points_clear() {
    flags(
        "Arsenal are 12 points clear at the top of the table after beating Fulham on Sunday.\n\n\
         Bukayo Saka scored both goals after the break.\n\n\
         The 21-point lead is the largest any side has held at this stage.\n",
        "21-point lead",
        "12 points clear",
    );
}

#[test]
fn a_lead_points_clear_and_another_league_leader() {
    silent(
        "Arsenal are 12 points clear at the top of the table after beating Fulham on Sunday.\n\n\
         Bukayo Saka scored both goals after the break.\n\n\
         In Spain, Barcelona hold a 21-point lead over Real Madrid.\n",
    );
}

// ---- a short measure named by the subject of its verb ----

#[test]
fn a_debate_that_lasted_minutes_against_the_debate_referred_back_to() {
    flags(
        "The council debate lasted 38 minutes on Thursday night.\n\n\
         Councillor Ann Reid walked out before the vote. The mayor, Tom Hart, \
         called the protest theatre.\n\n\
         Residents watching online said the 83-minute debate settled nothing.\n",
        "83-minute",
        "38 minutes",
    );
}

#[test]
fn a_canal_that_runs_miles_against_the_canal_referred_back_to() {
    flags(
        "The restored canal runs 27 miles through three counties.\n\n\
         Volunteers spent a decade clearing locks. Boat owner Jim Platt said \
         trade along the towpath had doubled.\n\n\
         The 72-mile canal reopens to traffic in June.\n",
        "72-mile",
        "27 miles",
    );
}

#[test]
fn measures_of_other_things_or_a_change_stay_silent() {
    // The subject measured is another thing than the one referred back to.
    silent(
        "The council debate lasted 38 minutes on Thursday night.\n\n\
         Councillor Ann Reid walked out before the vote.\n\n\
         The 83-minute meeting of the planning board followed.\n",
    );
    // A person's verb measures no thing of hers: "covered" is her walk, not
    // the canal.
    silent(
        "The volunteer covered 27 miles on foot in two days.\n\n\
         The 72-mile canal reopens to traffic in June.\n",
    );
    // A verb of change measures the change, not the river.
    silent(
        "The river rose 14 feet overnight, the agency said.\n\n\
         Sandbags were handed out in the town centre.\n\n\
         The 41-foot river bank was never breached.\n",
    );
}

// ---- a winning margin in strokes ----

#[test]
fn a_win_by_strokes_against_the_victory_referred_back_to() {
    flags(
        "Amy Brook won the Irish Open by 13 strokes on Sunday.\n\n\
         The Scot had led by four after the first round.\n\n\
         Her 31-stroke victory is a record for the event.\n",
        "31-stroke",
        "13 strokes",
    );
}

#[test]
fn a_record_margin_of_another_player_stays_silent() {
    silent(
        "Amy Brook won the Irish Open by 13 strokes on Sunday.\n\n\
         The Scot had led by four after the first round.\n\n\
         The record, a 31-stroke victory by a Swede, still stands.\n",
    );
}

// ---- a duration of a passive verb's act, a level a change brings ----

#[test]
fn suspended_for_months_against_the_ban_referred_back_to() {
    flags(
        "The jockey was banned for 21 days after the race at Ascot.\n\n\
         Stewards said he had used his whip above the permitted level. His \
         trainer, Kate Lowe, said he would not appeal.\n\n\
         The 12-day ban starts on Monday.\n",
        "12-day",
        "21 days",
    );
}

#[test]
fn a_prison_term_and_a_driving_ban_told_two_ways() {
    // "jailed for", "sentenced to" and "the N-year sentence" are one term.
    flags(
        "A care home manager who stole from residents was sentenced to 16 years on Friday.\n\n\
         The court heard she had forged 40 cheques.\n\n\
         Her family said the 61-year sentence was out of all proportion.\n",
        "61-year",
        "16 years",
    );
    flags(
        "The driver was banned from driving for 18 months and fined £900.\n\n\
         Magistrates heard he had been over the limit.\n\n\
         The 16-month ban starts today.\n",
        "16-month",
        "18 months",
    );
    // A term of a few digits is read too: the later sentence is the deputy's.
    flags(
        "The treasurer was jailed for 14 years for stealing from the fund.\n\n\
         His deputy was jailed for 11 years.\n\n\
         Prosecutors said the 12-year sentence for the deputy was too lenient.\n",
        "12-year",
        "11 years",
    );
}

#[test]
fn a_short_measure_named_before_of_opening_a_sentence() {
    // "Gusts of 97mph hit": the gusts are measured, not the hitting.
    flags(
        "Gusts of 97mph hit the harbour on Friday, forecasters said.\n\n\
         Two ferries stayed in port.\n\n\
         The 79mph gusts were the strongest in a decade.\n",
        "79mph",
        "97mph",
    );
    // Two places' gusts, neither referred back to, are two measures.
    silent(
        "Gusts of 97mph hit the harbour on Friday, forecasters said.\n\n\
         Inland, gusts of 79mph brought down trees.\n",
    );
}

#[test]
fn two_people_jailed_for_different_terms_stay_silent() {
    silent(
        "The treasurer was jailed for 14 years for stealing from the fund.\n\n\
         His deputy was jailed for 12 years.\n",
    );
}

#[test]
fn a_wait_cut_to_weeks_against_the_wait_referred_back_to() {
    flags(
        "The average wait has been cut to 36 weeks at the city's hospitals.\n\n\
         Health minister Paul Dean credited new theatres.\n\n\
         Surgeons say the 63-week wait was never realistic.\n",
        "63-week",
        "36 weeks",
    );
}

#[test]
fn another_act_or_another_measure_of_the_subject_stays_silent() {
    // A passive verb's duration measures its act, not the jockey.
    silent(
        "The jockey was banned for 21 days after the race at Ascot.\n\n\
         The 12-day meeting at Ascot starts on Monday.\n",
    );
    // A noun inside a phrase is not the subject measured.
    silent(
        "The wait for a hip operation has been cut to 36 weeks.\n\n\
         Surgeons say the 63-week operation was never realistic.\n",
    );
    // A change by, not to: the change, not the wait.
    silent(
        "The average wait for a hip operation has been cut by 36 weeks.\n\n\
         Surgeons say the 63-week wait was never realistic.\n",
    );
}

#[test]
fn a_magnitude_given_after_the_noun_it_measures() {
    flags(
        "An earthquake of magnitude 5.8 struck the coast before dawn.\n\n\
         Seismologists said the 5.3-magnitude quake was shallow.\n",
        "5.3-magnitude quake",
        "5.8",
    );
}

// ---- a measure read by its unit alone, of what both clauses are about ----

#[test]
fn a_measure_restated_of_one_subject() {
    let draft = |later: &str| {
        format!("The Kelvale viaduct is 1,460 metres long, the rail company said.\n\n{later}\n")
    };
    let text = draft("The viaduct, which spans 1,640 metres of marsh, reopens in May.");
    flags(&text, "1,640 metres", "1,460 metres");
    assert!(
        the_one(&text)
            .message
            .starts_with("the viaduct: 1,640 metres here"),
        "{}",
        the_one(&text).message
    );
    // Another subject, or another way the measure runs.
    silent(&draft(
        "The old road bridge, which spans 1,640 metres, will close.",
    ));
    silent(&draft("The viaduct stands 1,640 metres from the station."));
    // Another tense, another time.
    silent(&draft(
        "The viaduct, which was 1,640 metres long before the rebuild, reopens in May.",
    ));
}

#[test]
fn a_term_restated_of_one_person() {
    let text = "Bryony Tallis was jailed for 38 months at Exeter Crown Court on Monday.\n\n\
                Tallis, who was sentenced to 83 months, shook her head in the dock.\n";
    flags(text, "83 months", "38 months");
    assert!(
        the_one(text).message.starts_with("Tallis's sentence"),
        "{}",
        the_one(text).message
    );
    silent(
        "Bryony Tallis was jailed for 38 months at Exeter Crown Court on Monday.\n\n\
         Her co-accused, who was sentenced to 83 months, shook his head in the dock.\n",
    );
}

#[test]
fn a_race_time_in_hours_minutes_and_seconds() {
    // Three parts, glued or written out, are one race time, as "2:07:31" is.
    flags(
        "Amara Dube won the city marathon in 2hr 07min 31sec on Sunday.\n\n\
         Her 2hr 07min 13sec was a course record, the organisers said.\n",
        "2hr 07min 13sec",
        "2hr 07min 31sec",
    );
    flags(
        "Amara Dube won the city marathon in 2:07:31 on Sunday.\n\n\
         Her 2hr 07min 13sec was a course record, the organisers said.\n",
        "2hr 07min 13sec",
        "2:07:31",
    );
    // Two runners' times stay apart.
    silent(
        "Amara Dube won the women's race in 2 hours, 27 minutes and 31 seconds.\n\n\
         The men's winner, Isaac Tum, ran 2 hours, 7 minutes and 31 seconds.\n",
    );
}

#[test]
fn a_race_time_in_minutes_and_seconds_with_a_fraction() {
    // "4:12.36": minutes, seconds and hundredths, one swimmer's time.
    flags(
        "Tamsin Orrell won the 400m individual medley in 4:12.36 on Friday.\n\n\
         Orrell's 4:12.63 was a championship record.\n",
        "4:12.63",
        "4:12.36",
    );
    // Two swimmers' times stay apart.
    silent(
        "Tamsin Orrell won the 400m individual medley in 4:12.36 on Friday.\n\n\
         Her team-mate Ada Fenwick was second in 4:12.63.\n",
    );
    // A best, a record or another round's time is another quantity.
    silent(
        "Tamsin Orrell won the 400m individual medley in 4:12.36 on Friday.\n\n\
         Her personal best of 4:12.63 was set two years ago.\n",
    );
    silent(
        "Tamsin Orrell swam 4:12.63 to win her heat on Friday morning.\n\n\
         She took the final in 4:12.36 that evening.\n",
    );
    // A record the race was run in is the race's time; "the final three
    // lengths" names no round.
    flags(
        "Tamsin Orrell won the 400m individual medley in a championship record of 4:12.36.\n\n\
         Orrell's 4:12.63 came after she pulled clear over the final three lengths.\n",
        "4:12.63",
        "4:12.36",
    );
    // Without a fraction, "4:12" may be a time of day: not read.
    silent(
        "The heats began at 4:12 on Friday.\n\n\
         The final began at 4:21 on Saturday.\n",
    );
}

#[test]
fn a_measure_before_a_name_measures_the_named_thing() {
    // "the 12.4-kilometre Dunmere Link" is the Link's length, not the new road's.
    silent(
        "The new road is 14.2 kilometres long and runs from Stennet to the coast.\n\n\
         Its opening eases the town's older bypass. The 12.4-kilometre Dunmere Link, \
         which carries traffic west, has been resurfaced twice.\n",
    );
    // Named on both sides, it is one measure, and the message names it whole.
    let f = the_one(
        "The Dunmere Link is 14.2 kilometres long, the council said.\n\n\
         Resurfacing the 12.4-kilometre Dunmere Link will take a year.\n",
    );
    assert!(f.message.starts_with("Dunmere Link's"), "{}", f.message);
}

#[test]
fn a_measure_with_the_way_it_runs_glued_on() {
    // "1,640-metre-long": the unit and the way it runs, hyphened on.
    flags(
        "The viaduct over the Calder is 2,180 metres long, engineers said.\n\n\
         Trains will cross the 2,810-metre-long viaduct from March.\n",
        "2,810-metre",
        "2,180 metres",
    );
    flags(
        "The old sea wall at Porthkell stands 35 metres high.\n\n\
         Storms in January damaged the 53-metre-high wall in two places.\n",
        "53-metre",
        "35",
    );
    // Two ways: a length is no height.
    silent(
        "The new dam is 2,180 metres long, the authority said.\n\n\
         Its 2,810-metre-high twin in the next valley was finished in 1971.\n",
    );
}

#[test]
fn a_measure_a_verb_gives_its_level_is_no_change() {
    // "took 95 minutes", "reached 87 knots": the level, referred back to.
    flags(
        "The crossing from Skerry took 95 minutes on Friday in high winds.\n\n\
         Passengers said the 59-minute crossing was the worst they had known.\n",
        "59-minute",
        "95",
    );
    flags(
        "Gusts reached 87 knots at Skerry Point during the storm.\n\n\
         The 78-knot gusts brought down power lines across the island.\n",
        "78-knot",
        "87",
    );
    // A measure a verb changes stays out.
    silent(
        "The crossing from Skerry was cut by 95 minutes when the new ferry came.\n\n\
         Passengers said the 59-minute crossing was a relief.\n",
    );
}

// ---- a court's act on someone, and the term it sets ----

#[test]
fn banned_him_for_a_term_against_the_ban_referred_back_to() {
    flags(
        "Magistrates banned him from keeping animals for 12 years on Tuesday.\n\n\
         The RSPCA said the 15-year ban was the longest it had seen in the county.\n",
        "15-year ban",
        "12 years",
    );
}

#[test]
fn a_time_that_is_not_the_terms_stays_silent() {
    // "for 12 years" is how long he ran the sanctuary, not the ban.
    silent(
        "Magistrates banned him from the sanctuary, which he had run for 12 years.\n\n\
         The RSPCA said the 15-year ban was the longest it had seen in the county.\n",
    );
}

// ---- what the money is for ----

#[test]
fn budgets_for_two_purposes_stay_silent() {
    silent(
        "The council approved a £4.5m budget for parks on Tuesday.\n\n\
         The £45m budget for roads goes to a vote next week.\n",
    );
}

#[test]
fn a_budget_for_one_purpose_against_the_budget_referred_back_to() {
    flags(
        "The council approved a £4.5m budget for parks on Tuesday.\n\n\
         Opposition councillors said the £45m budget left little for play areas.\n",
        "£45m",
        "£4.5m",
    );
}

#[test]
fn a_term_handed_to_someone_else_stays_silent() {
    silent(
        "Gang leader Carl Mottram was jailed for 11 years at Leeworth Crown Court on Monday.\n\n\
         The judge said the 17-year sentence she passed on his supplier, Jason Kerr, reflected a larger trade.\n",
    );
    silent(
        "Trainer Gordon Lisle was banned for 12 years by the regulator on Wednesday.\n\n\
         The 15-year ban given to his former assistant, Kerry Vance, still stands.\n",
    );
}

#[test]
fn a_term_handed_to_the_same_person_against_the_term_given() {
    flags(
        "Gang leader Carl Mottram was jailed for 11 years at Leeworth Crown Court on Monday.\n\n\
         The judge said the 17-year sentence she passed on Mottram reflected his leading role.\n",
        "17-year sentence",
        "11 years",
    );
}

// ---- an amount of a substance, named after "of" ----

#[test]
fn an_amount_of_sewage_and_the_amount_referred_back_to_a_thousand_times_over() {
    let text = "The treatment works pumped 6 million gallons of untreated sewage into the estuary on Friday.\n\n\
         Inspectors said the 6 billion gallons of sewage had killed fish along two miles of shore.\n";
    flags(text, "6 billion gallons", "6 million gallons");
    assert!(
        the_one(text).message.starts_with("the sewage:"),
        "named by what it measures: {}",
        the_one(text).message
    );
}

#[test]
fn amounts_of_two_substances_stay_silent() {
    silent(
        "The treatment works pumped 6 million gallons of untreated sewage into the estuary on Friday.\n\n\
         Forecasters said the 6 billion gallons of rain that fell over the weekend had swamped drains.\n",
    );
}

#[test]
fn a_store_and_a_daily_draw_of_one_substance_stay_silent() {
    silent(
        "The Marl Edge reservoir holds 6 billion gallons of water when full, the company said.\n\n\
         The town draws 6 million gallons of water from it every day in summer.\n",
    );
}

#[test]
fn a_road_race_time_run_in_this_heat_is_the_result_not_a_round() {
    flags(
        "Dismas Okoth won the Harbour Marathon in 2:06:14 on Sunday, the organisers said.\n\n\
         The race director said the 2:06:41 Okoth ran in this heat was world class.\n",
        "2:06:41",
        "2:06:14",
    );
}

#[test]
fn a_win_by_points_and_the_victory_referred_back_to() {
    flags(
        "The Hawks beat Carrow Vale by 21 points at Millstead Park on Saturday.\n\n\
         Coach Ben Lye said the 12-point victory flattered his side.\n",
        "12-point victory",
        "21 points",
    );
    silent(
        "The Hawks beat Carrow Vale by 21 points at Millstead Park on Saturday.\n\n\
         Coach Ben Lye recalled last season's 12-point victory over Dunmore.\n",
    );
}

// ---- a bare sum, and where it is spent ----

#[test]
fn two_sums_spent_at_two_named_places_stay_silent() {
    silent(
        "The £3.18m extension at Brookfield Primary opened in 2022, the council said.\n\n\
         Work on the £3.81m extension at Linden Road, its sister school, starts in May.\n",
    );
}

#[test]
fn one_sum_spent_at_one_named_place_against_the_sum_given() {
    flags(
        "The £3.18m extension at Brookfield Primary opened in 2022, the council said.\n\n\
         Governors said the £3.81m extension at Brookfield Primary had been worth the wait.\n",
        "£3.81m",
        "£3.18m",
    );
}

#[test]
fn two_bare_sums_of_two_things_introduced_stay_silent() {
    silent(
        "The transport department has approved a $2.4 billion western extension of the Kelby \
         ring road, the department said.\n\n\
         The department has also commissioned a $2.4 million feasibility study into a possible \
         eastern extension of the ring road.\n",
    );
}

#[test]
fn a_bare_sum_referred_back_to_by_another_noun() {
    flags(
        "Holmwood Primary is to get a £3.62m extension after its results improved.\n\n\
         Councillor Ann Pryce said the £3.26m project would be finished by the spring.\n",
        "£3.26m",
        "£3.62m",
    );
}

#[test]
fn two_named_fires_areas_stay_silent() {
    // Each area burned belongs to the fire named in its subject.
    silent(
        "# Two wildfires burn in Harlan County\n\n\
         The Juniper Gap fire had burned 3,718 acres by Wednesday evening and was 40% contained, \
         according to the state forestry department. About 15 miles to the east, the Owl Creek \
         fire had burned 3,178 acres and was 5% contained.\n\n\
         Evacuation orders remain in place for homes along Route 4.\n",
    );
}
