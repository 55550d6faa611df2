//! `weekday-date`: a weekday that contradicts the date beside it ("Friday,
//! Nov. 26" in a year when Nov. 26 is a Thursday), with the calendar it needs.
//!
//! The year is the one written after the date; failing that, the year nearest
//! the draft's own date (front matter `date:`, or a full date in its opening
//! lines), or nearest today when the configuration brings today's date in
//! ([`crate::Config::today`]; the engine never reads a clock). Any year written
//! in the pair's paragraph (and, when the year comes from today, anywhere in
//! the draft), or the year after it, that makes the pair agree keeps the check
//! silent: a wrong alarm is worse than a missed one.

use std::sync::OnceLock;

use regex::{Captures, Regex};

use crate::config::Config;
use crate::document::Document;
use crate::finding::{Finding, Fix, Severity, Span};
use crate::rules::{Check, FixSafety, RuleDoc};

use super::Rule;

pub const RULE: RuleDoc = RuleDoc {
    id: "weekday-date",
    default_severity: Severity::Warning,
    summary: "A weekday that contradicts the date beside it (\"Thursday, Nov. 26, 2021\": that day was a Friday). Without a year beside the date, the draft's own date, or else today's, sets it.",
    explanation: "A weekday and a date are given together but do not agree in that year: one of \
                  them is wrong, and readers may turn up on the wrong day. The year is the one \
                  written after the date, else the year nearest the draft's date (front matter \
                  `date:` or a dateline), else the year nearest today for a date without one.",
    example: "The council will meet on Thursday, Nov. 26, 2021, to vote on the budget.\n",
    not_flagged: "Pairs that agree in a year written in their paragraph (or, without a date for \
                  the draft, anywhere in it), or the year after it; ranges \
                  (\"Friday and Saturday, Nov. 26-27\"), dates that do not exist, and dates with \
                  no year anywhere when today's date is not known.",
    // The weekday may be right and the date wrong: a person must decide.
    fix_safety: FixSafety::Unsafe,
    check: Check::By(check),
};

/// A day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

impl Date {
    /// A date; the caller vouches that it exists (see [`Date::checked`]).
    pub const fn new(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// The date, if it exists (no 30 February).
    pub fn checked(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Days since 1 January 1970 (negative before it).
    pub fn days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1 January 1970.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// 0 for Monday … 6 for Sunday.
    pub fn weekday(self) -> usize {
        // 1 January 1970 was a Thursday (3).
        (self.days() + 3).rem_euclid(7) as usize
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// Report every weekday that contradicts its date.
pub fn check(doc: &Document<'_>, config: &Config) -> Vec<Finding> {
    let prose = doc.prose.as_str();
    if !may_pair(prose) {
        return Vec::new();
    }
    let pairs: Vec<Captures<'_>> = pair_pattern().captures_iter(prose).collect();
    if pairs.is_empty() {
        return Vec::new();
    }
    // The draft's own date is firm; today is only a guess at when it was written,
    // so then any year the draft mentions may be the one meant.
    let (reference, everywhere) = match draft_date(doc) {
        Some(date) => (Some((date, Year::FromDraft)), Vec::new()),
        None => (config.today.map(|d| (d, Year::FromToday)), mentioned_years(prose)),
    };
    pairs
        .iter()
        .filter_map(|caps| {
            let at = caps.get(0)?.start();
            let paragraph = doc.paragraph_at(at).map(|i| doc.paragraphs[i].span.clone());
            let mut mentioned = mentioned_years(doc.prose_of(paragraph.unwrap_or(at..at)));
            mentioned.extend(&everywhere);
            judge(prose, caps, reference, &mentioned)
        })
        .collect()
}

/// Could [`pair_pattern`] match here: a weekday with a digit, or the first
/// three letters of a month, in the 12 bytes after it (the pattern allows
/// at most ", (" and a space, then "the ", before the day)? Three drafts in
/// four name a weekday but few give its date, and most never need the
/// pattern compiled (1.7M instructions, a third of checking one article).
fn may_pair(prose: &str) -> bool {
    const MONTHS: [&[u8]; 12] = [
        b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov",
        b"Dec",
    ];
    let bytes = prose.as_bytes();
    WEEKDAYS.iter().any(|day| {
        memchr::memmem::find_iter(bytes, day.as_bytes()).any(|at| {
            let from = at + day.len();
            let after = &bytes[from..bytes.len().min(from + 12)];
            after.iter().any(u8::is_ascii_digit)
                || after.windows(3).any(|w| MONTHS.contains(&w))
        })
    })
}

/// A weekday, a comma or bracket, then a date: "Friday, Nov. 26", "Friday
/// (26 November 2021)", "Friday, the 26th of November". Digits are ASCII
/// (`[0-9]`, not Unicode's `\d`, whose other digits never parsed as a day or
/// year anyway): compiling the pattern fell from 3.2M instructions to 1.7M.
fn pair_pattern() -> &'static Regex {
    static PAIR: OnceLock<Regex> = OnceLock::new();
    PAIR.get_or_init(|| {
        let month = r"(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";
        let pattern = format!(
            r"(?-u:\b)(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,|,? \(| ) ?(?:(?:the )?(?P<day1>[0-9]{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<month1>{month})|(?P<month2>{month}) (?P<day2>[0-9]{{1,2}})(?:st|nd|rd|th)?)(?-u:\b)(?P<year>,? [0-9]{{4}}(?-u:\b))?"
        );
        Regex::new(&pattern).expect("weekday-date pattern is valid")
    })
}

/// Whether the pair agrees, and the finding when it does not.
fn judge(
    prose: &str,
    caps: &Captures<'_>,
    reference: Option<(Date, Year)>,
    mentioned: &[i32],
) -> Option<Finding> {
    let weekday_m = caps.name("weekday")?;
    let whole = caps.get(0)?;
    if in_range(prose, weekday_m.start(), whole.end()) {
        return None;
    }
    let (day_m, month_m) = match (caps.name("day1"), caps.name("month1")) {
        (Some(d), Some(m)) => (d, m),
        _ => (caps.name("day2")?, caps.name("month2")?),
    };
    let month = month_number(month_m.as_str())?;
    let day: u8 = day_m.as_str().parse().ok()?;
    let written = WEEKDAYS.iter().position(|w| *w == weekday_m.as_str())?;
    let explicit = caps
        .name("year")
        .and_then(|y| y.as_str().trim_start_matches([',', ' ']).parse::<i32>().ok());
    let (year, how) = match explicit {
        Some(year) => (year, Year::Written),
        None => {
            let (reference, how) = reference?;
            let year = nearest_year(reference, month, day)?;
            // Any year the draft mentions that makes the pair agree: unsure, so silent.
            let agrees_elsewhere = mentioned.iter().any(|&y| {
                [y, y + 1].into_iter().any(|y| {
                    Date::checked(y, month, day).is_some_and(|d| d.weekday() == written)
                })
            });
            if agrees_elsewhere {
                return None;
            }
            (year, how)
        }
    };
    let date = Date::checked(year, month, day)?;
    let actual = date.weekday();
    if actual == written {
        return None;
    }
    let date_text = &prose[month_m.start().min(day_m.start())..month_m.end().max(day_m.end())];
    let message = match how {
        Year::Written => format!(
            "{date_text}, {year} is a {}, not a {}",
            WEEKDAYS[actual], WEEKDAYS[written]
        ),
        Year::FromDraft => format!(
            "{date_text} is a {} in {year}, the year of the draft's date, not a {}",
            WEEKDAYS[actual], WEEKDAYS[written]
        ),
        Year::FromToday => format!(
            "{date_text} is a {} in {year}, not a {} (the draft gives no year; {year} is the nearest to today's date)",
            WEEKDAYS[actual], WEEKDAYS[written]
        ),
    };
    let span: Span = weekday_m.start()..whole.end();
    let mut finding = Finding::new(Rule::WeekdayDate, span, message).with_fix(Fix::replace(
        format!("Change to {}", WEEKDAYS[actual]),
        weekday_m.range(),
        WEEKDAYS[actual],
    ));
    if let Some(fix) = nearest_day_fix(date, written, &day_m) {
        finding = finding.with_fix(fix);
    }
    Some(finding)
}

/// How the year of a pair was found.
#[derive(Clone, Copy)]
enum Year {
    /// Written after the date.
    Written,
    /// The year nearest the draft's own date.
    FromDraft,
    /// The year nearest today's date.
    FromToday,
}

/// The fix that keeps the weekday and moves the day to the nearest date that
/// has it, within the same month.
fn nearest_day_fix(date: Date, weekday: usize, day: &regex::Match<'_>) -> Option<Fix> {
    let shift = (weekday as i64 - date.weekday() as i64 + 7).rem_euclid(7);
    let shift = if shift > 3 { shift - 7 } else { shift };
    let moved = Date::from_days(date.days() + shift);
    (moved.month == date.month).then(|| {
        Fix::replace(
            format!("Change the day to {}", moved.day),
            day.range(),
            moved.day.to_string(),
        )
    })
}

/// Part of a range or list of days ("Friday and Saturday, Nov. 26 and 27",
/// "Friday, Nov. 26-28"): the weekday need not be the first date's.
fn in_range(prose: &str, weekday_start: usize, end: usize) -> bool {
    let before = prose[..weekday_start].trim_end();
    let last_word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or_default();
    let joined_before = ["and", "or", "to", "through", "&"].contains(&last_word)
        || before.ends_with(['-', '–', '—']);
    let after = &prose[end..];
    let joined_after = after.starts_with(['-', '–', '—', '/'])
        || [" and ", " or ", " to ", " through ", " & "]
            .iter()
            .any(|w| after.starts_with(w) && after[w.len()..].starts_with(|c: char| c.is_ascii_digit()));
    joined_before || joined_after
}

fn month_number(name: &str) -> Option<u8> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let key = name.get(..3)?.to_ascii_lowercase();
    NAMES.iter().position(|n| *n == key).map(|i| i as u8 + 1)
}

/// The year that puts `month`/`day` where news would have it from `reference`:
/// this year unless that is more than a month ahead, then last year; a date in
/// the first weeks of next year when the reference is in the last weeks of this one.
fn nearest_year(reference: Date, month: u8, day: u8) -> Option<i32> {
    let r = reference.days();
    let this = Date::checked(reference.year, month, day)?;
    if this.days() <= r + 31 {
        return Some(reference.year);
    }
    let next = Date::checked(reference.year + 1, month, day);
    if next.is_some_and(|d| d.days() - r <= 62) {
        return Some(reference.year + 1);
    }
    Date::checked(reference.year - 1, month, day).map(|d| d.year)
}

/// The draft's own date: front matter `date: 2021-11-20`, or a full date
/// (with its year) in the draft's first two paragraphs, as in a dateline.
fn draft_date(doc: &Document<'_>) -> Option<Date> {
    front_matter_date(doc.text).or_else(|| {
        let end = doc.paragraphs.get(1).or(doc.paragraphs.first())?.span.end;
        dateline_date(&doc.prose[..end])
    })
}

fn front_matter_date(text: &str) -> Option<Date> {
    let body = text.strip_prefix("---")?;
    let end = body.find("\n---")?;
    body[..end].lines().find_map(|line| {
        let value = line.trim().strip_prefix("date:")?.trim().trim_matches(['"', '\'']);
        iso_date(value)
    })
}

fn iso_date(value: &str) -> Option<Date> {
    let mut parts = value.get(..10)?.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    Date::checked(year, month, day)
}

fn dateline_date(opening: &str) -> Option<Date> {
    static FULL: OnceLock<Regex> = OnceLock::new();
    let re = FULL.get_or_init(|| {
        Regex::new(
            r"(?-u:\b)(?:(?P<month1>[A-Z][a-z]{2,8})\.? (?P<day1>[0-9]{1,2}), (?P<year1>[0-9]{4})|(?P<day2>[0-9]{1,2}) (?P<month2>[A-Z][a-z]{2,8}) (?P<year2>[0-9]{4})|(?P<iso>[0-9]{4}-[0-9][0-9]-[0-9][0-9]))(?-u:\b)",
        )
        .expect("dateline pattern is valid")
    });
    re.captures_iter(opening).find_map(|c| {
        if let Some(iso) = c.name("iso") {
            return iso_date(iso.as_str());
        }
        let (month, day, year) = match c.name("month1") {
            Some(m) => (m, c.name("day1")?, c.name("year1")?),
            None => (c.name("month2")?, c.name("day2")?, c.name("year2")?),
        };
        let month = month_number(month.as_str()).filter(|_| is_month_name(month.as_str()))?;
        Date::checked(year.as_str().parse().ok()?, month, day.as_str().parse().ok()?)
    })
}

/// A full month name or its usual abbreviation ("Nov", "Sept"), not any word
/// that starts like one ("Mayor", "Decision").
fn is_month_name(word: &str) -> bool {
    const FULL: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    FULL.iter()
        .any(|m| *m == word || (word.len() <= 4 && m.starts_with(word)))
}

/// Every year from 1900 to 2099 written as a number in the prose.
fn mentioned_years(prose: &str) -> Vec<i32> {
    static YEAR: OnceLock<Regex> = OnceLock::new();
    let re = YEAR.get_or_init(|| {
        Regex::new(r"(?-u:\b)(?:19|20)[0-9][0-9](?-u:\b)").expect("year pattern is valid")
    });
    let mut years: Vec<i32> = re
        .find_iter(prose)
        .filter_map(|m| m.as_str().parse().ok())
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Format;

    fn findings(text: &str, today: Option<Date>) -> Vec<Finding> {
        let doc = Document::parse(text, Format::Markdown);
        let mut config = Config::default();
        config.today = today;
        check(&doc, &config)
    }

    /// The cheap look before the pattern never turns away a draft the pattern
    /// would match, at any spacing the pattern allows.
    #[test]
    fn the_quick_look_passes_every_pair_the_pattern_finds() {
        let texts = [
            "We met on Friday, Nov. 26, 2021 at noon.",
            "We met on Friday (the 26th of November).",
            "We met on Friday, (the 3rd of May).",
            "The vote is on Sunday September 5.",
            "The vote is on Sunday, Sept. 5.",
            "Monday, 26 November 2021 was cold.",
            "On Tuesday the council met; in May it voted.",
            "On Wednesday, the mayor spoke about 2021.",
            "Thursday was quiet. Saturday too.",
            "The Friday meeting took 9 hours.",
        ];
        for text in texts {
            let matched = pair_pattern().is_match(text);
            assert!(!matched || may_pair(text), "{text}");
        }
        assert!(may_pair("Friday, Nov. 26"));
        assert!(!may_pair("On Tuesday the council met; in May it voted."));
        assert!(!may_pair("Thursday was quiet. Saturday too."));
        assert!(!may_pair(""));
    }

    #[test]
    fn calendar_round_trips_and_knows_weekdays() {
        for days in [-800_000, -1, 0, 1, 10_957, 19_000, 20_789, 400_000] {
            assert_eq!(Date::from_days(days).days(), days);
        }
        // 1 January 2000 was a Saturday; 29 February 2024 a Thursday.
        assert_eq!(Date::new(2000, 1, 1).weekday(), 5);
        assert_eq!(Date::new(2024, 2, 29).weekday(), 3);
        assert_eq!(Date::checked(2023, 2, 29), None);
        assert_eq!(Date::checked(2000, 2, 29), Some(Date::new(2000, 2, 29)));
    }

    #[test]
    fn a_written_year_decides() {
        // 26 November 2021 was a Friday.
        assert!(findings("We meet on Friday, Nov. 26, 2021, at noon.\n", None).is_empty());
        let found = findings("We meet on Thursday, Nov. 26, 2021, at noon.\n", None);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("is a Friday, not a Thursday"));
        let fixed = found[0].fixes[0].apply("We meet on Thursday, Nov. 26, 2021, at noon.\n");
        assert_eq!(fixed, "We meet on Friday, Nov. 26, 2021, at noon.\n");
        let moved = found[0].fixes[1].apply("We meet on Thursday, Nov. 26, 2021, at noon.\n");
        assert_eq!(moved, "We meet on Thursday, Nov. 25, 2021, at noon.\n");
    }

    #[test]
    fn british_order_and_brackets_are_read() {
        assert_eq!(findings("It opens on Monday 26 November 2021.\n", None).len(), 1);
        assert_eq!(findings("It opens on Monday (26 November 2021).\n", None).len(), 1);
        assert!(findings("It opens on Friday 26 November 2021.\n", None).is_empty());
    }

    #[test]
    fn without_a_year_today_decides_and_unknown_today_is_silent() {
        let text = "The vote is on Thursday, Nov. 26.\n";
        assert!(findings(text, None).is_empty());
        // In 2021, Nov. 26 was a Friday.
        let found = findings(text, Some(Date::new(2021, 12, 1)));
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("in 2021"), "{}", found[0].message);
        // A date months ahead of today is last year's.
        let found = findings(text, Some(Date::new(2022, 2, 1)));
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("in 2021"), "{}", found[0].message);
    }

    #[test]
    fn the_drafts_own_date_beats_today() {
        let text = "---\ndate: 2021-11-20\n---\n\nThe vote is on Thursday, Nov. 26.\n";
        let found = findings(text, Some(Date::new(2030, 1, 1)));
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("in 2021"));
        let dateline = "Published November 20, 2021\n\nThe vote is on Friday, Nov. 26.\n";
        assert!(findings(dateline, Some(Date::new(2030, 1, 1))).is_empty());
    }

    #[test]
    fn a_year_the_draft_mentions_that_fits_keeps_it_silent() {
        // 26 November 2020 was a Thursday.
        let text = "After the 2020 election, the vote came on Thursday, Nov. 26.\n";
        assert!(findings(text, Some(Date::new(2021, 12, 1))).is_empty());
        let elsewhere = "The vote came on Thursday, Nov. 26.\n\nIt was the first since 2020.\n";
        assert!(findings(elsewhere, Some(Date::new(2021, 12, 1))).is_empty());
        // With the draft's own date, only a year beside the pair counts.
        let dated = format!("---\ndate: 2021-11-20\n---\n\n{elsewhere}");
        assert_eq!(findings(&dated, None).len(), 1);
    }

    #[test]
    fn ranges_and_impossible_dates_are_silent() {
        let today = Some(Date::new(2021, 12, 1));
        assert!(findings("Open Friday and Saturday, Nov. 26 and 27.\n", today).is_empty());
        assert!(findings("Open Thursday, Nov. 26-28.\n", today).is_empty());
        // "for" ends in "or" but joins nothing.
        assert_eq!(findings("This is the report for Thursday, Nov. 26.\n", today).len(), 1);
        assert!(findings("Due on Monday, Feb. 30.\n", today).is_empty());
        assert!(findings("Said on Monday, May be late.\n", today).is_empty());
    }
}
