//! Quantities in a paragraph's tokens: numerals, scale words, spelled-out
//! numbers, money, percentages and ages, each as an interval with its span.
//!
//! Years, dates, times, ordinals, phone numbers, addresses, scores, model and
//! reference numbers and postcodes are not quantities and are skipped here.

use crate::finding::Span;

use super::tokens::{Kind, Token};
use super::words::{self, with_lower};

/// What a quantity measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Count,
    Percent,
    /// Percentage points: never compared with percentages.
    Points,
    /// Money in one currency (ISO-like code, or "cent").
    Money(&'static str),
    /// A person's age in years.
    Age,
    /// A measurement in a named unit: glued on ("a 15,800-hectare fire"), or the
    /// unit a counted figure is read as ("18,500 hectares").
    Measure,
}

/// How the writer qualified the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hedge {
    Exact,
    About,
    Over,
    AtLeast,
    Nearly,
    UpTo,
    Range,
}

/// A scale word as the writer spelled it ("bn", " billion").
#[derive(Clone, Debug, PartialEq)]
pub struct Scale {
    pub factor: f64,
    pub text: String,
}

/// How the number was written, so a fix can write another value the same way.
#[derive(Clone, Debug, PartialEq)]
pub struct Style {
    pub words: bool,
    pub capital: bool,
    pub thousands: bool,
    pub decimals: usize,
    pub scale: Option<Scale>,
}

/// One quantity, with token indexes into its paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// First token including hedge words ("more than").
    pub hedge_start: usize,
    /// First token of the figure proper (currency sign or number).
    pub first: usize,
    /// Last token of the figure (scale word, "%", "cent", currency word, "old").
    pub last: usize,
    /// The number and its scale word: what a fix replaces.
    pub number: Span,
    /// The whole figure ("$4.2bn", "12 per cent", "43-year-old").
    pub span: Span,
    /// Value in units (scale applied).
    pub value: f64,
    /// Upper end of a range.
    pub upper: Option<f64>,
    pub unit: Unit,
    pub hedge: Hedge,
    pub style: Style,
}

impl Quantity {
    /// What its scale word multiplies the written number by (1 without one).
    pub fn scale_factor(&self) -> f64 {
        self.style.scale.as_ref().map_or(1.0, |s| s.factor)
    }

    /// Every value the writer's words allow, as a closed interval.
    pub fn interval(&self) -> (f64, f64) {
        let v = self.value;
        let h = self.tolerance();
        match self.hedge {
            Hedge::Exact => (v - h, v + h),
            Hedge::About => (v * 0.88 - h, v * 1.12 + h),
            Hedge::Over | Hedge::AtLeast => (v - h, f64::INFINITY),
            Hedge::Nearly => (v * 0.85 - h, v + h),
            Hedge::UpTo => (0.0, v + h),
            Hedge::Range => (v - h, self.upper.unwrap_or(v) + h),
        }
    }

    /// Can both be true, given the leeway each one's words and rounding leave
    /// ("42 per cent" and "42.1 per cent", "about 500" and "520")?
    pub fn overlaps(&self, other: &Quantity) -> bool {
        let (x, y) = (self.interval(), other.interval());
        x.0 <= y.1 && y.0 <= x.1
    }

    /// How far the true value may be from a rounded one.
    fn tolerance(&self) -> f64 {
        let factor = self.scale_factor();
        let written = self.value / factor;
        if self.unit == Unit::Age
            || (self.unit == Unit::Count
                && self.style.scale.is_none()
                && written < 1000.0
                && self.style.decimals == 0)
        {
            return 0.0;
        }
        let step = if self.style.decimals > 0 {
            10f64.powi(-(self.style.decimals as i32))
        } else if self.unit == Unit::Percent && written < 100.0 {
            // "80 per cent" is 80, not a figure rounded to the nearest ten.
            1.0
        } else {
            let mut step = 1.0;
            let mut w = written.round();
            while w >= 10.0 && w % 10.0 == 0.0 {
                step *= 10.0;
                w /= 10.0;
            }
            step
        };
        (step * factor * 0.49).min(self.value.abs() * 0.1)
    }

    /// The number is written exactly, with at least three significant digits:
    /// two such figures with the same value are the same quantity.
    pub fn is_precise(&self) -> bool {
        if self.hedge != Hedge::Exact {
            return false;
        }
        let factor = self.scale_factor();
        let written = format!("{}", self.value / factor);
        let significant = written
            .trim_start_matches(['0', '.'])
            .trim_end_matches(['0', '.'])
            .chars()
            .filter(char::is_ascii_digit)
            .count();
        significant >= 3
    }
}

/// Find every quantity in a paragraph's tokens, in order.
pub fn quantities(toks: &[Token<'_>]) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // "R36.8bn": rand, its sign written into the word.
        if toks[i].kind == Kind::Word
            && toks[i]
                .text
                .as_bytes()
                .get(1)
                .is_some_and(u8::is_ascii_digit)
        {
            if let Some(mut q) = rand(toks, i) {
                hedge(toks, &mut q);
                i = q.last + 1;
                out.push(q);
                continue;
            }
        }
        if !toks[i].may_start_quantity() {
            i += 1;
            continue;
        }
        let found = match toks[i].kind {
            Kind::Number => numeral(toks, i),
            Kind::Word => spelled(toks, i),
            Kind::Punct => None,
        };
        match found {
            Some(mut q) => {
                hedge(toks, &mut q);
                i = q.last + 1;
                out.push(q);
            }
            None => i += 1,
        }
    }
    out
}

fn lower(t: &Token<'_>) -> String {
    t.text.to_lowercase()
}

/// The word classes of a token's text in lower case (as `to_lowercase` gives it).
fn lower_classes(t: &Token<'_>) -> u32 {
    with_lower(t.text, words::classes)
}

fn word_at<'a>(toks: &'a [Token<'_>], i: usize) -> Option<&'a Token<'a>> {
    toks.get(i).filter(|t| t.kind == Kind::Word)
}

fn is_glued(toks: &[Token<'_>], i: usize) -> bool {
    toks.get(i).is_some_and(|t| !t.space_before)
}

#[rustfmt::skip]
pub(super) const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

pub fn is_month(word: &str) -> bool {
    // "May" and "March" are also ordinary words; callers see them next to numbers.
    words::ascii_classes(word) & words::MONTH != 0
}

/// Words before a number that make it a label, not a count ("Article 5", "page 12").
#[rustfmt::skip]
pub(super) const DESIGNATORS: &[&str] = &[
    "article", "section", "clause", "chapter", "page", "pages", "p", "pp", "paragraph", "para",
    "rule", "room", "flight", "route", "bus", "line", "platform", "gate", "no", "nos", "number",
    "case", "reference", "ref", "version", "v", "phase", "type", "grade", "level", "category",
    "stage", "season", "episode", "verse", "item", "exhibit", "vol", "volume", "issue", "unit",
    "apartment", "flat", "floor", "block", "lot", "plot", "district", "ward", "precinct",
    "division", "amendment", "resolution", "track", "tier", "size", "model", "code", "channel",
    "table", "figure", "fig", "step", "act", "title", "schedule", "annex", "appendix", "day",
    "week", "game", "round", "match", "heat", "leg", "class", "band", "zone", "terminal",
    "pier", "junction", "exit", "highway", "interstate", "suite", "box", "window", "row",
    "seat", "bed", "ward", "bay", "berth", "stand", "call", "dial", "phone", "hotline",
    "helpline", "tel", "fax", "ext", "extension", "covid", "g", "f", "mk", "series",
    "generation", "gen", "cat", "storm", "typhoon", "hurricane", "apollo", "boeing", "airbus",
    "iphone", "windows",
];

/// Capitalised words that may start a sentence before a number without naming it.
#[rustfmt::skip]
pub(super) const COMMON_CAPITALISED: &[&str] = &[
    "about", "around", "some", "nearly", "almost", "only", "just", "more", "fewer", "less",
    "over", "under", "up", "at", "between", "of", "in", "on", "by", "for", "with", "from", "to",
    "and", "but", "the", "a", "an", "all", "those", "these", "another", "approximately",
    "roughly", "estimated", "exactly", "perhaps", "still", "already", "among", "including",
    "plus", "another", "another", "as", "after", "before", "since", "until", "when", "while",
    "if", "although", "though", "because", "so", "yet", "or", "nor", "almost", "barely",
    "precisely", "than", "then", "there", "here", "now", "today", "yesterday", "also",
    "upwards", "nearly", "close", "well", "least", "most", "maybe", "another", "every", "each",
    "its", "their", "his", "her", "our", "my", "your", "we", "they", "he", "she", "it", "i", "i'm",
    "i’m",
    "you", "that", "this", "what", "which", "who", "whose", "where", "why", "how", "some",
    "revenue", "profit", "sales", "deliveries", "net", "total", "income", "aged",
];

#[rustfmt::skip]
pub(super) const STREET_SUFFIXES: &[&str] = &[
    "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "boulevard", "blvd", "drive",
    "dr", "way", "place", "pl", "square", "sq", "court", "ct", "terrace", "crescent", "close",
    "highway", "hwy", "parkway", "pkwy", "row", "gardens", "mews", "walk", "hill", "green",
];

#[rustfmt::skip]
const SPORTS_WORDS: &[&str] = &[
    "win", "draw", "defeat", "victory", "loss", "lead", "scoreline", "aggregate", "penalties",
    "thrashing", "triumph", "home", "away", "result", "margin",
];

/// Is the numeral at `i` something other than a quantity?
fn not_a_quantity(toks: &[Token<'_>], i: usize) -> bool {
    let t = &toks[i];
    let digits = t.digits_text();
    let suffix = t.suffix();
    let known = scale_suffix(suffix).is_some() || unit_suffix(suffix).is_some() || suffix == "pc";
    if !suffix.is_empty() && !known {
        return true; // ordinals, decades, times ("4am"), postcodes ("2PQ")
    }
    if digits.len() > 1 && digits.starts_with('0') && !digits.starts_with("0.") {
        return true; // codes and phone numbers
    }
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    let next = toks.get(i + 1);
    let glued_prev = prev.filter(|_| !t.space_before);
    let glued_next = next.filter(|n| !n.space_before);
    // ("145km/h" is a speed.)
    let per_hour = suffix == "km"
        && toks
            .get(i + 2)
            .is_some_and(|h| h.is("h") && !h.space_before);
    if glued_prev.is_some_and(|p| p.is_punct('/') || p.is_punct(':') || p.is_punct('#'))
        || (glued_next.is_some_and(|n| n.is_punct('/')) && !per_hour)
    {
        return true; // references ("23/01457/OUT"), times, "#3"
    }
    if glued_next.is_some_and(|n| n.is_punct(':'))
        && is_glued(toks, i + 2)
        && toks.get(i + 2).is_some_and(|n| n.kind == Kind::Number)
    {
        return true; // "4:17"
    }
    // Groups of digits side by side ("01632 960 418") are phone numbers.
    if prev.is_some_and(|p| p.kind == Kind::Number) || next.is_some_and(|n| n.kind == Kind::Number)
    {
        return true;
    }
    // "Covid-19", "F23-018472", the "1" of a "2-1" score: hyphenated onto something else.
    if glued_prev.is_some_and(|p| p.is_punct('-') || p.is_punct('–'))
        && i >= 2
        && toks[i - 2].kind != Kind::Punct
        && is_glued(toks, i - 1)
    {
        return true;
    }
    // Times: "3 a.m.", "11 pm", "0900 GMT".
    if let Some(n) = next.filter(|n| n.kind == Kind::Word) {
        let time_or_month = with_lower(n.text, |w| {
            let time = matches!(
                w,
                "am" | "pm"
                    | "gmt"
                    | "bst"
                    | "est"
                    | "edt"
                    | "et"
                    | "cet"
                    | "utc"
                    | "hrs"
                    | "o’clock"
                    | "o'clock"
            ) || ((w == "a" || w == "p")
                && toks.get(i + 2).is_some_and(|d| d.is_punct('.'))
                && toks.get(i + 3).is_some_and(|m| m.is("m")));
            // "13 May"
            time || (n.is_capitalised() && is_month(w))
        });
        if time_or_month {
            return true;
        }
    }
    // Dates: "May 13", "Feb. 6".
    if let Some(p) = prev {
        let month_before = (p.is_word() && p.is_capitalised() && is_month(p.text))
            || (p.is_punct('.')
                && i >= 2
                && toks[i - 2].is_capitalised()
                && is_month(toks[i - 2].text));
        if month_before {
            return true;
        }
    }
    // Years.
    let plain = !digits.contains([',', '.']);
    if plain && digits.len() == 4 && suffix.is_empty() {
        let y: u32 = digits.parse().unwrap_or(0);
        let money = prev.is_some_and(|p| p.kind == Kind::Punct && currency_sign(p.text).is_some());
        let percent = next.is_some_and(|n| n.is_punct('%') || n.is("per") || n.is("percent"));
        if (1800..=2100).contains(&y) && !money && !percent {
            return true;
        }
    }
    // Labels: "Article 5", "phase 3", "Boeing 737", "Model 3", "call 311"
    // (a currency code is no label: "USD 2.35 billion").
    if let Some(p) = prev.filter(|p| p.kind == Kind::Word && iso_currency(p.text).is_none()) {
        // An ASCII word's classes are the ones kept on its token.
        let (designator, label) = if p.text.is_ascii() {
            (
                p.has(words::DESIGNATOR),
                p.is_capitalised() && !p.has(words::COMMON_CAPITALISED | words::MONTH),
            )
        } else {
            with_lower(p.text, |w| {
                let classes = words::classes(w);
                (
                    classes & words::DESIGNATOR != 0,
                    p.is_capitalised() && classes & words::COMMON_CAPITALISED == 0 && !is_month(w),
                )
            })
        };
        if designator {
            return true;
        }
        if label
            && !names_a_nation(toks, i - 1)
            // "Harbor Point’s 80 per cent": a possessive owns the figure, it does not name it.
            && !p.is_possessive()
        {
            return true;
        }
    }
    if prev.is_some_and(|p| p.is_punct('.'))
        && i >= 2
        && (toks[i - 2].is("no") || toks[i - 2].is("p") || toks[i - 2].is("art"))
    {
        return true; // "No. 5"
    }
    // Addresses: "14 Market Street", "1200 Jefferson Ave."
    let mut j = i + 1;
    while j < toks.len() && j <= i + 3 && toks[j].is_capitalised() {
        if j > i + 1 && lower_classes(&toks[j]) & words::STREET_SUFFIX != 0 {
            return true;
        }
        j += 1;
    }
    false
}

/// Does the capitalised word at `j` end a nation's name ("sell Saudi Arabia 48 jets")?
/// A nation is not a model name, so the number after it is a count.
fn names_a_nation(toks: &[Token<'_>], j: usize) -> bool {
    let lex = super::lexicon::Lexicon::builtin();
    let text = toks[j].text;
    with_lower(text, |one| lex.entity(one).is_some())
        || (j >= 1
            && toks[j - 1].is_capitalised()
            && lex
                .entity(&format!(
                    "{} {}",
                    toks[j - 1].text.to_lowercase(),
                    text.to_lowercase()
                ))
                .is_some())
}

fn scale_suffix(s: &str) -> Option<f64> {
    with_lower(s, |s| match s {
        "k" => Some(1e3),
        "m" | "mn" | "mln" => Some(1e6),
        "bn" | "b" | "bln" => Some(1e9),
        "tn" | "trn" | "t" => Some(1e12),
        _ => None,
    })
}

/// A scale word as token `i` ("1.5 million", "$4.2 bn"): the scale, written
/// with its space, and where the word ends.
fn scale_after(toks: &[Token<'_>], i: usize) -> Option<(Scale, usize)> {
    let w = word_at(toks, i)?;
    let factor = scale_word(w.text)?;
    let text = format!(" {}", w.text);
    Some((Scale { factor, text }, w.span().end))
}

fn scale_word(s: &str) -> Option<f64> {
    with_lower(s, |s| match s {
        "thousand" => Some(1e3),
        "million" | "mn" => Some(1e6),
        "billion" | "bn" => Some(1e9),
        "trillion" | "tn" => Some(1e12),
        // South Asian scale words: "Rs 2,847 crore", "2.41 lakh people".
        "lakh" | "lakhs" => Some(1e5),
        "crore" | "crores" => Some(1e7),
        _ => None,
    })
}

fn currency_sign(s: &str) -> Option<&'static str> {
    match s {
        "$" => Some("USD"),
        "£" => Some("GBP"),
        "€" => Some("EUR"),
        "¥" => Some("JPY/CNY"),
        "₹" => Some("INR"),
        "₽" => Some("RUB"),
        "₩" => Some("KRW"),
        _ => None,
    }
}

/// A currency's ISO code written before an amount ("USD 2.35 billion"), in
/// the units the signs and words of the same currency are read in.
fn iso_currency(s: &str) -> Option<&'static str> {
    match s {
        "USD" => Some("USD"),
        "GBP" => Some("GBP"),
        "EUR" => Some("EUR"),
        "JPY" => Some("JPY"),
        "CNY" | "RMB" => Some("CNY"),
        // "Rs 2,847 crore": the rupee's abbreviation, written like a code.
        "INR" | "Rs" => Some("INR"),
        "RUB" => Some("RUB"),
        "KRW" => Some("KRW"),
        "AUD" => Some("AUD"),
        "CAD" => Some("CAD"),
        "NZD" => Some("NZD"),
        "HKD" => Some("HKD"),
        "SGD" => Some("SGD"),
        "BRL" => Some("BRL"),
        "ZAR" => Some("ZAR"),
        "CHF" => Some("CHF"),
        "SEK" => Some("SEK"),
        "NOK" => Some("NOK"),
        "DKK" => Some("DKK"),
        "MXN" => Some("MXN"),
        "NGN" => Some("NGN"),
        // (Kenyan copy writes the shilling "KSh".)
        "KES" | "KSh" => Some("KES"),
        _ => None,
    }
}

/// A unit glued to a number ("342km", "45kg"), by its full name. Only letters
/// no scale or ordinal uses ("m" is a million, "t" a trillion).
pub(super) fn unit_suffix(s: &str) -> Option<&'static str> {
    match s {
        "km" => Some("kilometre"),
        "kg" => Some("kilogram"),
        "cm" => Some("centimetre"),
        "mm" => Some("millimetre"),
        "mph" => Some("mph"),
        "kph" | "kmh" => Some("kmh"),
        "ha" => Some("hectare"),
        "lb" | "lbs" => Some("pound"),
        "oz" => Some("ounce"),
        "ft" => Some("foot"),
        "mi" => Some("mile"),
        "g" => Some("gram"),
        "mg" => Some("milligram"),
        "ml" => Some("millilitre"),
        "kW" => Some("kilowatt"),
        "MW" => Some("megawatt"),
        "GW" => Some("gigawatt"),
        // Durations as sports pages and listings abbreviate them ("2hr",
        // "+7.152sec"); "s" alone is a decade ("1990s"), "m" a million.
        "h" | "hr" | "hrs" => Some("hour"),
        "min" | "mins" => Some("minute"),
        "sec" | "secs" => Some("second"),
        // Temperatures ("44.6C"): upper case only, "c" and "f" are no units.
        "C" => Some("degree celsius"),
        "F" => Some("degree fahrenheit"),
        _ => None,
    }
}

fn dollar_prefix(s: &str) -> Option<&'static str> {
    match s {
        "US" | "U.S." => Some("USD"),
        "A" | "AU" => Some("AUD"),
        "C" | "CA" => Some("CAD"),
        "NZ" => Some("NZD"),
        "HK" => Some("HKD"),
        "S" => Some("SGD"),
        "R" => Some("BRL"),
        _ => None,
    }
}

fn currency_word(s: &str) -> Option<&'static str> {
    with_lower(s, |s| match s {
        "dollar" | "dollars" => Some("USD"),
        "euro" | "euros" => Some("EUR"),
        "pound" | "pounds" | "sterling" => Some("GBP"),
        "yuan" | "renminbi" => Some("CNY"),
        "rouble" | "roubles" | "ruble" | "rubles" => Some("RUB"),
        "yen" => Some("JPY"),
        "rupee" | "rupees" => Some("INR"),
        "cents" | "cent" | "pence" | "p" => Some("cent"),
        _ => None,
    })
}

/// The value of a numeral's digits, whether it has thousands separators, and
/// how many decimals it has.
fn parse_digits(digits: &str) -> Option<(f64, bool, usize)> {
    // A whole number of up to 15 digits is exact in an f64: no float parsing needed.
    let mut whole = 0u64;
    let mut count = 0;
    let mut thousands = false;
    let mut plain = !digits.is_empty();
    for b in digits.bytes() {
        match b {
            b'0'..=b'9' => {
                whole = whole * 10 + u64::from(b - b'0');
                count += 1;
            }
            b',' => thousands = true,
            _ => plain = false,
        }
        if count > 15 || !plain {
            plain = false;
            break;
        }
    }
    if plain {
        return Some((whole as f64, thousands, 0));
    }
    let thousands = digits.contains(',');
    let clean: String = digits.chars().filter(|c| *c != ',').collect();
    let decimals = clean.split_once('.').map_or(0, |(_, d)| d.len());
    clean.parse::<f64>().ok().map(|v| (v, thousands, decimals))
}

/// A numeral at `i` ("8,000", "$3bn", "12 per cent", "10-12", "72-year-old").
fn numeral(toks: &[Token<'_>], i: usize) -> Option<Quantity> {
    let t = &toks[i];
    if let Some(q) = race_time(toks, i)
        .or_else(|| three_unit_duration(toks, i))
        .or_else(|| two_unit_duration(toks, i))
    {
        return Some(q);
    }
    if not_a_quantity(toks, i) {
        return None;
    }
    let (mut value, thousands, decimals) = parse_digits(t.digits_text())?;
    let mut first = i;
    let mut last = i;
    let mut unit = Unit::Count;
    let mut scale = scale_suffix(t.suffix()).map(|f| Scale {
        factor: f,
        text: t.suffix().to_string(),
    });
    // "342km": a measure in the unit glued on.
    if unit_suffix(t.suffix()).is_some() {
        let mut q = compound(toks, i, i, value, Unit::Measure, thousands, decimals);
        q.number = t.span().start..t.span().start + t.digits_text().len();
        return Some(q);
    }
    // A currency's code before it: "USD 2.35 billion".
    if i >= 1 && t.space_before {
        if let Some(code) = iso_currency(toks[i - 1].text) {
            first = i - 1;
            unit = Unit::Money(code);
        }
    }
    // Currency sign glued before: "$3bn", "US$4.2bn", "£600m".
    if i >= 1 && !t.space_before {
        if let Some(code) = currency_sign(toks[i - 1].text) {
            first = i - 1;
            unit = Unit::Money(code);
            if code == "USD" && i >= 2 && !toks[i - 1].space_before {
                if let Some(c) = dollar_prefix(toks[i - 2].text) {
                    first = i - 2;
                    unit = Unit::Money(c);
                }
            }
        }
    }
    let mut number_end = t.span().end;
    let mut upper = None;
    let mut hedge = Hedge::Exact;
    // Ranges, scores and phone numbers: "10-12", "3-1", "573-555-0142".
    if is_glued(toks, i + 1)
        && toks
            .get(i + 1)
            .is_some_and(|d| d.is_punct('-') || d.is_punct('–'))
        && is_glued(toks, i + 2)
    {
        let other = &toks[i + 2];
        if other.kind == Kind::Word {
            // "72-year-old"; other compounds ("6-km", "15,800-hectare") are measures, not counts.
            return age_compound(toks, i, value, thousands, decimals)
                .or_else(|| measure_compound(toks, i, value, thousands, decimals));
        }
        if other.kind != Kind::Number || !other.suffix().is_empty() {
            return None;
        }
        if toks
            .get(i + 3)
            .is_some_and(|d| d.is_punct('-') && !d.space_before)
        {
            return None; // phone number
        }
        let (hi, _, _) = parse_digits(other.digits_text())?;
        if is_split_vote(toks, i) {
            // "voted 60-40": the votes in favour, read alone.
            return Some(compound(
                toks,
                i,
                i,
                value,
                Unit::Count,
                thousands,
                decimals,
            ));
        }
        if is_score(toks, i, value, hi) || hi <= value {
            return None;
        }
        upper = Some(hi);
        hedge = Hedge::Range;
        last = i + 2;
        number_end = other.span().end;
    }
    // "10 to 12" and "between 10 and 12".
    if upper.is_none() {
        let between = i >= 1 && toks[i - 1].is("between");
        let joiner = if between { "and" } else { "to" };
        let from = i >= 1 && toks[i - 1].is("from");
        if toks.get(i + 1).is_some_and(|w| w.is(joiner))
            && toks
                .get(i + 2)
                .is_some_and(|n| n.kind == Kind::Number && n.suffix().is_empty())
            && (between || !from)
            && !not_a_quantity(toks, i + 2)
        {
            if let Some((hi, _, _)) = parse_digits(toks[i + 2].digits_text()) {
                if hi > value {
                    upper = Some(hi);
                    hedge = Hedge::Range;
                    last = i + 2;
                    number_end = toks[i + 2].span().end;
                }
            }
        }
    }
    // A scale word: "1.5 million", "$4.2 bn".
    if scale.is_none() {
        if let Some((s, end)) = scale_after(toks, last + 1) {
            scale = Some(s);
            last += 1;
            number_end = end;
        } else if word_at(toks, last + 1)
            .is_some_and(|w| w.is("thousands") || w.is("millions") || w.is("billions"))
        {
            return None;
        }
    }
    let factor = scale.as_ref().map_or(1.0, |s| s.factor);
    value *= factor;
    if let Some(hi) = upper.as_mut() {
        *hi *= factor;
    }
    // Percentages and currency words after the number; "6.2pc" as British
    // papers glue the abbreviation on.
    if last == i && t.suffix() == "pc" {
        unit = Unit::Percent;
    }
    match toks.get(last + 1) {
        Some(p) if p.is_punct('%') => {
            last += 1;
            unit = Unit::Percent;
        }
        Some(p) if p.is("per") && toks.get(last + 2).is_some_and(|c| c.is("cent")) => {
            last += 2;
            unit = Unit::Percent;
        }
        Some(p) if p.is("percent") || p.is("pc") => {
            last += 1;
            unit = Unit::Percent;
        }
        Some(p)
            if p.is("percentage")
                && toks
                    .get(last + 2)
                    .is_some_and(|c| c.is("points") || c.is("point")) =>
        {
            last += 2;
            unit = Unit::Points;
        }
        // "a 4.6 percentage-point fall".
        Some(p)
            if p.is("percentage")
                && toks
                    .get(last + 2)
                    .is_some_and(|h| h.is_punct('-') && !h.space_before)
                && toks
                    .get(last + 3)
                    .is_some_and(|c| (c.is("points") || c.is("point")) && !c.space_before) =>
        {
            last += 3;
            unit = Unit::Points;
        }
        Some(w) if w.kind == Kind::Word && unit == Unit::Count => {
            if let Some(code) = currency_word(w.text) {
                let weight = (code == "GBP" && toks.get(last + 2).is_some_and(|o| o.is("of")))
                    || (code == "cent" && w.is("p") && !is_glued(toks, last + 1));
                if !weight {
                    last += 1;
                    unit = Unit::Money(code);
                }
            }
        }
        _ => {}
    }
    if unit == Unit::Percent
        && toks
            .get(last + 1)
            .is_some_and(|p| p.is("points") || p.is("point"))
    {
        last += 1;
        unit = Unit::Points;
    }
    Some(Quantity {
        hedge_start: first,
        first,
        last,
        number: t.span().start..number_end,
        span: toks[first].span().start..toks[last].span().end,
        value,
        upper,
        unit,
        hedge,
        style: Style {
            words: false,
            capital: false,
            thousands,
            decimals,
            scale,
        },
    })
}

/// An amount in rand written with its sign ("R36.8bn", "R254 billion",
/// "R1.2m"): the tokens split it at the point, so it is read from its parts.
/// Only with a scale or three digits or more ("R2" names a model).
fn rand(toks: &[Token<'_>], i: usize) -> Option<Quantity> {
    let t = &toks[i];
    let rest = t.text.strip_prefix('R')?;
    let digits_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (whole, suffix) = rest.split_at(digits_len);
    let mut last = i;
    let mut number_end = t.span().end;
    let mut text = whole.to_string();
    let mut suffix = suffix;
    let mut decimals = 0;
    // "R36" "." "8bn"
    if suffix.is_empty()
        && toks
            .get(i + 1)
            .is_some_and(|d| d.is_punct('.') && !d.space_before)
    {
        if let Some(n) = toks
            .get(i + 2)
            .filter(|n| n.kind == Kind::Number && !n.space_before)
        {
            text = format!("{whole}.{}", n.digits_text());
            decimals = n.digits_text().len();
            suffix = n.suffix();
            last = i + 2;
            number_end = n.span().end;
        }
    }
    if whole.is_empty()
        || text.contains(',')
        || toks
            .get(last + 1)
            .is_some_and(|d| d.is_punct('-') && !d.space_before)
    {
        return None;
    }
    let mut value: f64 = text.parse().ok()?;
    let mut scale = match suffix {
        "" => None,
        s => Some(Scale {
            factor: scale_suffix(s)?,
            text: s.to_string(),
        }),
    };
    if scale.is_none() {
        if let Some((s, end)) = scale_after(toks, last + 1) {
            scale = Some(s);
            last += 1;
            number_end = end;
        }
    }
    if scale.is_none() && whole.len() < 3 {
        return None;
    }
    value *= scale.as_ref().map_or(1.0, |s| s.factor);
    let start = t.span().start;
    Some(Quantity {
        hedge_start: i,
        first: i,
        last,
        number: start + 1..number_end,
        span: start..number_end,
        value,
        upper: None,
        unit: Unit::Money("ZAR"),
        hedge: Hedge::Exact,
        style: Style {
            words: false,
            capital: false,
            thousands: false,
            decimals,
            scale,
        },
    })
}

/// A time in hours, minutes and seconds ("2:04:51", "1:58:07.3"): a race's
/// duration, in seconds. (Two parts, "4:17", are as often a time of day.)
fn race_time(toks: &[Token<'_>], i: usize) -> Option<Quantity> {
    let part = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == Kind::Number && !t.space_before && t.suffix().is_empty())
    };
    let colon = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.is_punct(':') && !t.space_before)
    };
    let h = &toks[i];
    if i >= 1 && toks[i - 1].is_punct(':') && !h.space_before {
        return None;
    }
    if h.suffix().is_empty() && h.digits() <= 2 && colon(i + 1) && !colon(i + 3) {
        return minutes_and_seconds(toks, i);
    }
    if !(h.suffix().is_empty() && h.digits() <= 2 && colon(i + 1) && colon(i + 3)) {
        return None;
    }
    let (m, s) = (part(i + 2)?, part(i + 4)?);
    if m.digits() != 2 || colon(i + 5) || s.digits_text().split('.').next()?.len() != 2 {
        return None;
    }
    let (hv, _, _) = parse_digits(h.digits_text())?;
    let (mv, _, _) = parse_digits(m.digits_text())?;
    let (sv, _, decimals) = parse_digits(s.digits_text())?;
    if mv >= 60.0 || sv >= 60.0 {
        return None;
    }
    let mut q = compound(
        toks,
        i,
        i + 4,
        hv * 3600.0 + mv * 60.0 + sv,
        Unit::Measure,
        false,
        decimals,
    );
    q.number = q.span.clone();
    Some(q)
}

/// A time in minutes and seconds with a fraction of a second ("2:07.48",
/// "12:51.3"): a race's duration, in seconds. (A time of day has no fraction.)
fn minutes_and_seconds(toks: &[Token<'_>], i: usize) -> Option<Quantity> {
    let s = toks
        .get(i + 2)
        .filter(|t| t.kind == Kind::Number && !t.space_before && t.suffix().is_empty())?;
    let (whole, fraction) = s.digits_text().split_once('.')?;
    if whole.len() != 2 || fraction.is_empty() || fraction.len() > 3 {
        return None;
    }
    let (mv, _, _) = parse_digits(toks[i].digits_text())?;
    let (sv, _, decimals) = parse_digits(s.digits_text())?;
    if sv >= 60.0 {
        return None;
    }
    let mut q = compound(
        toks,
        i,
        i + 2,
        mv * 60.0 + sv,
        Unit::Measure,
        false,
        decimals,
    );
    q.number = q.span.clone();
    Some(q)
}

/// Time units that a duration gives in two parts: "4 hours 52 minutes", "3
/// minutes and 12 seconds", "13hr 42min", "4h 12m" (the larger unit, the
/// smaller, how many make one).
const TWO_UNITS: &[(&[&str], &[&str], f64)] =
    &[(HOURS, MINUTES_AFTER_HOURS, 60.0), (MINUTES, SECONDS, 60.0)];

/// The ways a duration's parts are written. A lone "m" is minutes only
/// after hours ("4h 12m"); first, it is metres.
const HOURS: &[&str] = &["hour", "hours", "hr", "hrs", "h"];
const MINUTES: &[&str] = &["minute", "minutes", "min", "mins"];
const MINUTES_AFTER_HOURS: &[&str] = &["minute", "minutes", "min", "mins", "m"];
const SECONDS: &[&str] = &["second", "seconds", "sec", "secs", "s"];

/// The unit of a duration's part at token `k`: the word written `apart`
/// after its number, or the letters glued to it ("hr" of "13hr").
fn part_unit(toks: &[Token<'_>], k: usize, apart: Option<&str>) -> String {
    apart.map_or_else(|| toks[k].suffix().to_string(), str::to_lowercase)
}

/// One part of a duration at token `k`: its number and its unit, written
/// apart ("4 hours") or glued ("4hr"). Only the smaller part may have decimals
/// ("52.3sec").
fn duration_part<'t>(
    toks: &'t [Token<'_>],
    k: usize,
    decimals: bool,
) -> Option<(&'t str, Option<&'t str>, usize)> {
    let t = toks.get(k).filter(|t| t.kind == Kind::Number)?;
    let digits = t.digits_text();
    let plain = digits.bytes().all(|b| b.is_ascii_digit())
        || (decimals && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
    if !plain {
        return None;
    }
    if t.suffix().is_empty() {
        let unit = toks.get(k + 1).filter(|u| u.kind == Kind::Word)?;
        Some((digits, Some(unit.text), k + 1))
    } else {
        Some((digits, None, k))
    }
}

/// "4 hours 52 minutes", "13hr 42min", "1min 52.3sec": one duration, in the
/// smaller unit, its number written across both parts.
fn two_unit_duration(toks: &[Token<'_>], i: usize) -> Option<Quantity> {
    let unit_of = |k: usize, apart: Option<&str>| part_unit(toks, k, apart);
    let (big, apart, end) = duration_part(toks, i, false)?;
    let unit = unit_of(i, apart);
    let (_, smaller, per) = TWO_UNITS
        .iter()
        .find(|(larger, _, _)| larger.contains(&unit.as_str()))?;
    let j = if toks.get(end + 1).is_some_and(|t| t.is("and")) {
        end + 2
    } else {
        end + 1
    };
    // Written the same way: both glued ("13hr 42min") or both apart.
    let (small, small_apart, last) = duration_part(toks, j, true)?;
    if apart.is_some() != small_apart.is_some()
        || !smaller.contains(&unit_of(j, small_apart).as_str())
    {
        return None;
    }
    let (bv, _, _) = parse_digits(big)?;
    let (sv, _, decimals) = parse_digits(small)?;
    if sv >= *per {
        return None;
    }
    let mut q = compound(toks, i, last, bv * per + sv, Unit::Measure, false, decimals);
    q.number = toks[i].span().start..toks[j].span().start + small.len();
    Some(q)
}

/// "2hr 06min 41sec", "2h 6m 41s", "2 hours, 6 minutes and 41 seconds": a
/// race's duration in three parts, each written the same way, in seconds
/// (as "2:06:41" is).
fn three_unit_duration(toks: &[Token<'_>], i: usize) -> Option<Quantity> {
    let unit_of = |k: usize, apart: Option<&str>| part_unit(toks, k, apart);
    // The next part after token `end`, past a comma or "and".
    let next = |end: usize| {
        let mut j = end + 1;
        while toks.get(j).is_some_and(|t| t.is_punct(',') || t.is("and")) && j < end + 3 {
            j += 1;
        }
        j
    };
    let (h, h_apart, end) = duration_part(toks, i, false)?;
    if !HOURS.contains(&unit_of(i, h_apart).as_str()) {
        return None;
    }
    let j = next(end);
    let (m, m_apart, end) = duration_part(toks, j, false)?;
    let k = next(end);
    let (sec, s_apart, last) = duration_part(toks, k, true)?;
    let one_way = h_apart.is_some() == m_apart.is_some() && m_apart.is_some() == s_apart.is_some();
    if !one_way
        || !MINUTES_AFTER_HOURS.contains(&unit_of(j, m_apart).as_str())
        || !SECONDS.contains(&unit_of(k, s_apart).as_str())
    {
        return None;
    }
    let (hv, _, _) = parse_digits(h)?;
    let (mv, _, _) = parse_digits(m)?;
    let (sv, _, decimals) = parse_digits(sec)?;
    if mv >= 60.0 || sv >= 60.0 {
        return None;
    }
    let value = hv * 3600.0 + mv * 60.0 + sv;
    let mut q = compound(toks, i, last, value, Unit::Measure, false, decimals);
    q.number = toks[i].span().start..toks[k].span().start + sec.len();
    Some(q)
}

/// Is a duration's number written in three parts, "2hr 04min 51" or "2 hours,
/// 4 minutes and 51"?
pub fn in_three_parts(number: &str) -> bool {
    number
        .split(|c: char| !c.is_ascii_digit() && c != '.')
        .filter(|run| run.bytes().any(|b| b.is_ascii_digit()))
        .count()
        == 3
}

/// Is a figure's number written in two parts, "2:04:51" or "4 hours 52"?
pub fn in_two_parts(number: &str) -> bool {
    number.contains(':')
        || number
            .trim_start_matches(|c: char| !c.is_alphabetic())
            .contains(|c: char| c.is_ascii_digit())
}

/// Verbs a chamber decides by, right before the split of its vote: "voted
/// 60-40", "the bill passed 212-198", "councillors approved it 7-2".
const VOTE_VERBS: &[&str] = &[
    "voted", "vote", "passed", "approved", "rejected", "adopted", "carried", "failed",
];

/// "voted 60-40", "passed the budget 212-198", "a 218-214 vote", "by a vote
/// of 51-49": the two sides of a vote, not a range. `i` is the first number's
/// token; the verb may have its object between ("approved the plan 7-2").
pub(super) fn is_split_vote(toks: &[Token<'_>], i: usize) -> bool {
    let before = |back: usize| i.checked_sub(back).map(|j| &toks[j]);
    let decided = (1..=4)
        .map_while(|back| before(back).filter(|t| t.kind == Kind::Word && !t.is("to")))
        .any(|t| VOTE_VERBS.iter().any(|v| t.is(v)));
    decided
        || (before(1).is_some_and(|t| t.is("of")) && before(2).is_some_and(|t| t.is("vote")))
        || toks.get(i + 3).is_some_and(|v| v.is("vote"))
}

/// "3-1 win", "a 3-3 draw", "won 4-2": a score, not a range.
fn is_score(toks: &[Token<'_>], i: usize, a: f64, b: f64) -> bool {
    if a > 30.0 || b > 30.0 {
        return false;
    }
    let before = toks[i.saturating_sub(3)..i].iter().any(|t| {
        let w = lower(t);
        matches!(
            w.as_str(),
            "a" | "an"
                | "the"
                | "won"
                | "lost"
                | "beat"
                | "drew"
                | "win"
                | "defeat"
                | "victory"
                | "trailing"
                | "leading"
        )
    });
    let after = toks
        .get(i + 3)
        .is_some_and(|t| SPORTS_WORDS.contains(&lower(t).as_str()) || t.is("on") || t.is("in"));
    before || after
}

/// "a 15,800-hectare fire", "the 7.512-second margin": a measure in the unit
/// glued on (whether the word is a unit is for the reader of figures to say).
fn measure_compound(
    toks: &[Token<'_>],
    i: usize,
    value: f64,
    thousands: bool,
    decimals: usize,
) -> Option<Quantity> {
    toks.get(i + 2)?;
    // "a 1,640-square-kilometre park": an area, its unit in two words.
    if toks[i + 2].is("square")
        && toks.get(i + 3).is_some_and(|d| d.is_punct('-'))
        && is_glued(toks, i + 3)
        && is_glued(toks, i + 4)
        && toks.get(i + 4).is_some_and(|u| u.kind == Kind::Word)
        && !toks
            .get(i + 5)
            .is_some_and(|d| d.is_punct('-') && !d.space_before)
    {
        return Some(compound(
            toks,
            i,
            i + 4,
            value,
            Unit::Measure,
            thousands,
            decimals,
        ));
    }
    // "a 15-year-old": a longer compound; but "the 1,640-metre-long
    // bridge" is a measure in its unit, the way it runs glued on.
    if toks
        .get(i + 3)
        .is_some_and(|d| d.is_punct('-') && !d.space_before)
        && glued_way(toks, i + 2).is_none()
    {
        return None;
    }
    // "the 2,540-strong workforce", "a 2,391-vote majority": a count of what follows.
    if toks[i + 2].is("strong") || toks[i + 2].is("vote") {
        return Some(compound(
            toks,
            i,
            i + 2,
            value,
            Unit::Count,
            thousands,
            decimals,
        ));
    }
    Some(compound(
        toks,
        i,
        i + 2,
        value,
        Unit::Measure,
        thousands,
        decimals,
    ))
}

/// Adjectives after a measure's unit that say which way it runs ("61.5
/// metres wide"); they may be glued on ("1,640-metre-long", "a
/// 30-metre-high wall").
pub(super) const WAY_ADJECTIVES: &[&str] = &["wide", "long", "deep", "high", "tall", "thick"];

/// The token of the way a measure runs, glued on after its unit at `unit`
/// ("-long" in "1,640-metre-long"), if there is one.
pub(super) fn glued_way(toks: &[Token<'_>], unit: usize) -> Option<usize> {
    let dash = toks.get(unit + 1).is_some_and(|d| d.is_punct('-'));
    let way = toks
        .get(unit + 2)
        .is_some_and(|w| WAY_ADJECTIVES.iter().any(|g| w.is(g)));
    (dash && way && is_glued(toks, unit + 1) && is_glued(toks, unit + 2)).then_some(unit + 2)
}

/// "72-year-old": an age.
fn age_compound(
    toks: &[Token<'_>],
    i: usize,
    value: f64,
    thousands: bool,
    decimals: usize,
) -> Option<Quantity> {
    let year = toks.get(i + 2)?;
    let dash = toks.get(i + 3)?;
    let old = toks.get(i + 4)?;
    // "the 45-year-old's lawyer": the possessive is the age's owner's.
    if !(year.is("year")
        && dash.is_punct('-')
        && old.stem().eq_ignore_ascii_case("old")
        && !dash.space_before
        && !old.space_before)
    {
        return None;
    }
    if decimals > 0 || value <= 0.0 || value > 125.0 {
        return None;
    }
    Some(compound(
        toks,
        i,
        i + 4,
        value,
        Unit::Age,
        thousands,
        decimals,
    ))
}

/// The exact figure written in digits at token `i` and hyphened on through token `last`.
fn compound(
    toks: &[Token<'_>],
    i: usize,
    last: usize,
    value: f64,
    unit: Unit,
    thousands: bool,
    decimals: usize,
) -> Quantity {
    Quantity {
        hedge_start: i,
        first: i,
        last,
        number: toks[i].span(),
        span: toks[i].span().start..toks[last].span().end,
        value,
        upper: None,
        unit,
        hedge: Hedge::Exact,
        style: Style {
            words: false,
            capital: false,
            thousands,
            decimals,
            scale: None,
        },
    }
}

/// Could a word of `len` bytes whose first byte is `first` start a number in
/// words ("a", "an", "half" or a [`small_number`])? The tokeniser asks it of every word.
#[inline]
pub(super) fn may_start_spelled(first: u8, len: usize) -> bool {
    len < 16 && SPELLED_SHAPES[usize::from(first)] >> len & 1 != 0
}

/// For every first byte, the lengths (as bits) of the words that may start a number in words.
static SPELLED_SHAPES: [u16; 256] = {
    let mut table = [0u16; 256];
    let mut b = 0;
    while b < 256 {
        let first = (b as u8).to_ascii_lowercase();
        let mut len = 0;
        while len < 16 {
            if matches!((first, len), (b'a', 1 | 2) | (b'h', 4)) || small_number_shape(first, len) {
                table[b] |= 1 << len;
            }
            len += 1;
        }
        b += 1;
    }
    table
};

/// Could `w` be a word [`small_number`] reads? (Its length and first letter say:
/// a cheaper test than `small_number`'s own, asked of every word.)
fn may_be_small_number(w: &str) -> bool {
    let Some(first) = w.as_bytes().first() else {
        return false;
    };
    small_number_shape(first.to_ascii_lowercase(), w.len())
}

/// The first letters (lower case) and lengths of the words [`small_number`] reads.
const fn small_number_shape(first: u8, len: usize) -> bool {
    matches!(
        (first, len),
        (b'z', 4)
            | (b'o', 3)
            | (b't', 3 | 5 | 6 | 8)
            | (b'f', 4 | 5 | 7 | 8)
            | (b's', 3 | 5 | 7 | 9)
            | (b'e', 5 | 6 | 8)
            | (b'n', 4 | 6 | 8)
    )
}

fn small_number(w: &str) -> Option<f64> {
    // Candidates by length and first two letters, so most words cost one comparison.
    let b = w.as_bytes();
    if !(3..=9).contains(&b.len()) {
        return None;
    }
    let key = (
        b.len(),
        b[0].to_ascii_lowercase(),
        b[1].to_ascii_lowercase(),
    );
    let candidates: &[(&str, u8)] = match key {
        (4, b'z', b'e') => &[("zero", 0)],
        (3, b'o', b'n') => &[("one", 1)],
        (3, b't', b'w') => &[("two", 2)],
        (3, b't', b'e') => &[("ten", 10)],
        (5, b't', b'h') => &[("three", 3)],
        (6, b't', b'w') => &[("twelve", 12), ("twenty", 20)],
        (6, b't', b'h') => &[("thirty", 30)],
        (8, b't', b'h') => &[("thirteen", 13)],
        (4, b'f', b'o') => &[("four", 4)],
        (4, b'f', b'i') => &[("five", 5)],
        (5, b'f', b'o') => &[("forty", 40)],
        (5, b'f', b'i') => &[("fifty", 50)],
        (7, b'f', b'i') => &[("fifteen", 15)],
        (8, b'f', b'o') => &[("fourteen", 14)],
        (3, b's', b'i') => &[("six", 6)],
        (5, b's', b'e') => &[("seven", 7)],
        (5, b's', b'i') => &[("sixty", 60)],
        (7, b's', b'i') => &[("sixteen", 16)],
        (7, b's', b'e') => &[("seventy", 70)],
        (9, b's', b'e') => &[("seventeen", 17)],
        (5, b'e', b'i') => &[("eight", 8)],
        (6, b'e', b'l') => &[("eleven", 11)],
        (6, b'e', b'i') => &[("eighty", 80)],
        (8, b'e', b'i') => &[("eighteen", 18)],
        (4, b'n', b'i') => &[("nine", 9)],
        (6, b'n', b'i') => &[("ninety", 90)],
        (8, b'n', b'i') => &[("nineteen", 19)],
        _ => return None,
    };
    candidates
        .iter()
        .find(|(word, _)| word.eq_ignore_ascii_case(w))
        .map(|(_, n)| f64::from(*n))
}

/// A number in words at `i`: "seventy-four", "a dozen", "half a million", "two hundred".
fn spelled(toks: &[Token<'_>], i: usize) -> Option<Quantity> {
    let t0 = &toks[i];
    // Most words are none of "a", "an", "half" or a small number: one length
    // and first-letter test each, before anything else is asked of them.
    let lead = match t0.text.len() {
        1 => t0.is("a"),
        2 => t0.is("an"),
        4 => t0.is("half"),
        _ => false,
    };
    if !lead && !may_be_small_number(t0.text) {
        return None;
    }
    let mut j = i;
    let mut total = 0.0;
    let mut current: f64;
    let mut scale_text: Option<(f64, String)> = None;
    // Leading "a"/"an"/"half a" before a scale word or "dozen".
    let next_scale = |k: usize| word_at(toks, k).and_then(|w| scale_word(w.text).map(|f| (f, w)));
    let half = lead && t0.text.len() == 4;
    if lead {
        let (k, base) = if half {
            if !word_at(toks, i + 1).is_some_and(|a| a.is("a")) {
                return None;
            }
            (i + 2, 0.5)
        } else {
            (i + 1, 1.0)
        };
        if word_at(toks, k).is_some_and(|d| d.is("dozen")) {
            return Some(words_quantity(toks, i, k, 12.0 * base, None));
        }
        let (f, w) = next_scale(k)?;
        if f < 1e6 && !half {
            return None; // "a thousand" is too vague to compare
        }
        return Some(words_quantity(
            toks,
            i,
            k,
            base * f,
            Some((f, format!(" {}", w.text))),
        ));
    }
    current = small_number(t0.text)?;
    loop {
        // "seventy-four"
        if current >= 20.0
            && current % 10.0 == 0.0
            && toks
                .get(j + 1)
                .is_some_and(|d| d.is_punct('-') && !d.space_before)
        {
            if let Some(u) = word_at(toks, j + 2).and_then(|w| small_number(w.text)) {
                if u < 10.0 {
                    current += u;
                    j += 2;
                    continue;
                }
            }
        }
        let Some(n) = word_at(toks, j + 1) else { break };
        // (None of these words has a letter that only lower-cases into ASCII, as
        // the Kelvin sign does into "k": comparing ASCII cases is comparing lower cases.)
        if n.is("hundred") {
            current *= 100.0;
            j += 1;
            // "two hundred and fifty"
            if word_at(toks, j + 1).is_some_and(|a| a.is("and")) {
                if let Some(u) = word_at(toks, j + 2).and_then(|w| small_number(w.text)) {
                    current += u;
                    j += 2;
                }
            }
            continue;
        }
        if n.is("dozen") {
            current *= 12.0;
            j += 1;
            continue;
        }
        if let Some(f) = scale_word(n.text) {
            total += current * f;
            current = 0.0;
            scale_text = Some((f, format!(" {}", n.text)));
            j += 1;
            if let Some(u) = word_at(toks, j + 1).and_then(|w| small_number(w.text)) {
                current = u;
                j += 1;
                continue;
            }
            break;
        }
        if n.is("hundreds") || n.is("thousands") || n.is("millions") || n.is("dozens") {
            return None;
        }
        break;
    }
    // "five-year", "three-and-a-half-hour": compounds are measures.
    if toks
        .get(j + 1)
        .is_some_and(|d| d.is_punct('-') && !d.space_before)
    {
        return None;
    }
    let value = total + current;
    Some(words_quantity(toks, i, j, value, scale_text))
}

fn words_quantity(
    toks: &[Token<'_>],
    i: usize,
    last: usize,
    value: f64,
    scale: Option<(f64, String)>,
) -> Quantity {
    let span = toks[i].span().start..toks[last].span().end;
    Quantity {
        hedge_start: i,
        first: i,
        last,
        number: span.clone(),
        span,
        value,
        upper: None,
        unit: Unit::Count,
        hedge: Hedge::Exact,
        style: Style {
            words: true,
            capital: toks[i].is_capitalised(),
            thousands: false,
            decimals: 0,
            scale: scale.map(|(factor, text)| Scale { factor, text }),
        },
    }
}

/// Words before a figure that bound it, longest first.
const HEDGES: &[(&[&str], Hedge)] = &[
    (&["no", "more", "than"], Hedge::UpTo),
    (&["no", "fewer", "than"], Hedge::AtLeast),
    (&["no", "less", "than"], Hedge::AtLeast),
    (&["a", "little", "under"], Hedge::Nearly),
    (&["a", "little", "over"], Hedge::Over),
    (&["more", "than"], Hedge::Over),
    (&["greater", "than"], Hedge::Over),
    (&["upwards", "of"], Hedge::Over),
    (&["in", "excess", "of"], Hedge::Over),
    (&["at", "least"], Hedge::AtLeast),
    (&["a", "minimum", "of"], Hedge::AtLeast),
    (&["just", "over"], Hedge::Over),
    (&["just", "under"], Hedge::Nearly),
    (&["close", "to"], Hedge::Nearly),
    (&["up", "to"], Hedge::UpTo),
    (&["as", "many", "as"], Hedge::UpTo),
    (&["as", "much", "as"], Hedge::UpTo),
    (&["as", "few", "as"], Hedge::AtLeast),
    (&["at", "most"], Hedge::UpTo),
    (&["a", "maximum", "of"], Hedge::UpTo),
    (&["fewer", "than"], Hedge::UpTo),
    (&["less", "than"], Hedge::UpTo),
    (&["an", "estimated"], Hedge::About),
    (&["nearly"], Hedge::Nearly),
    (&["almost"], Hedge::Nearly),
    (&["about"], Hedge::About),
    (&["around"], Hedge::About),
    (&["roughly"], Hedge::About),
    (&["approximately"], Hedge::About),
    (&["some"], Hedge::About),
    (&["estimated"], Hedge::About),
    (&["circa"], Hedge::About),
    (&["approx"], Hedge::About),
    (&["under"], Hedge::UpTo),
    (&["below"], Hedge::UpTo),
    (&["over"], Hedge::Over),
    (&["above"], Hedge::Over),
];

/// The last word of every phrase in [`HEDGES`] (a test keeps the two in step).
#[rustfmt::skip]
const HEDGE_ENDS: &[&str] = &[
    "than", "under", "over", "of", "least", "to", "as", "most", "estimated", "nearly",
    "almost", "about", "around", "roughly", "approximately", "some", "circa", "approx",
    "below", "above",
];

/// Read the hedge words right before a figure ("more than 70").
fn hedge(toks: &[Token<'_>], q: &mut Quantity) {
    if q.hedge == Hedge::Range {
        if q.first >= 1 && toks[q.first - 1].is("between") {
            q.hedge_start = q.first - 1;
        }
        return;
    }
    // Every phrase ends in a word next to the figure; most figures follow no such word.
    let Some(prev) = q.first.checked_sub(1).map(|k| &toks[k]) else {
        return;
    };
    if prev.kind != Kind::Word || !HEDGE_ENDS.iter().any(|w| prev.is(w)) {
        return;
    }
    for (phrase, h) in HEDGES {
        let n = phrase.len();
        if q.first < n {
            continue;
        }
        let start = q.first - n;
        // From the word next to the figure back, so most phrases fail at once.
        let matches = phrase
            .iter()
            .rev()
            .zip(toks[start..q.first].iter().rev())
            .all(|(w, t)| t.is(w));
        if !matches {
            continue;
        }
        // "handed over 450,000 homes": a verb's particle, not a bound.
        let particle = (*phrase == ["over"] || *phrase == ["up", "to"])
            && start >= 1
            && [
                "handed", "hand", "hands", "handing", "took", "take", "taken", "taking", "turned",
                "turn", "won", "carried", "signed", "given", "gave", "gives", "add", "added",
                "adds", "adding", "brought", "bring", "bringing",
            ]
            .iter()
            .any(|v| toks[start - 1].is(v));
        if !particle {
            q.hedge = *h;
            q.hedge_start = start;
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};
    use crate::figures::tokens::tokenize;

    /// (figure text, value, unit, hedge) of every quantity in a one-paragraph text.
    fn found(text: &str) -> Vec<(String, f64, Unit, Hedge)> {
        let doc = Document::parse(text, Format::PlainText);
        let toks = tokenize(&doc.prose, &doc.paragraphs[0]);
        quantities(&toks)
            .into_iter()
            .map(|q| (text[q.span.clone()].to_string(), q.value, q.unit, q.hedge))
            .collect()
    }

    fn values(text: &str) -> Vec<f64> {
        found(text).into_iter().map(|f| f.1).collect()
    }

    #[test]
    fn hedge_ends_are_the_last_words_of_the_hedges() {
        let mut ends: Vec<&str> = HEDGES
            .iter()
            .filter_map(|(p, _)| p.last().copied())
            .collect();
        ends.sort_unstable();
        ends.dedup();
        let mut listed = HEDGE_ENDS.to_vec();
        listed.sort_unstable();
        assert_eq!(ends, listed);
    }

    #[test]
    fn every_small_number_passes_the_cheap_filter() {
        let words = "zero one two three four five six seven eight nine ten eleven twelve \
                     thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty \
                     thirty forty fifty sixty seventy eighty ninety";
        for w in words.split_whitespace() {
            assert!(small_number(w).is_some(), "{w}");
            assert!(may_be_small_number(w), "{w}");
            assert!(may_be_small_number(&w.to_uppercase()), "{w}");
        }
        for w in words
            .split_whitespace()
            .chain(["a", "an", "half", "A", "An", "Half"])
        {
            for w in [w.to_string(), w.to_uppercase()] {
                assert!(may_start_spelled(w.as_bytes()[0], w.len()), "{w}");
            }
        }
    }

    #[test]
    fn numerals_with_separators_and_decimals() {
        assert_eq!(
            values("They sent 8,000 soldiers and 1.5 tonnes of food."),
            [8000.0, 1.5]
        );
        assert_eq!(values("A crowd of 1,250,000 gathered."), [1_250_000.0]);
    }

    #[test]
    fn scale_words_and_news_abbreviations() {
        assert_eq!(values("1.5 million people"), [1.5e6]);
        assert_eq!(values("2.4 trillion yen"), [2.4e12]);
        assert_eq!(values("about 10k runners"), [1e4]);
        let f = found("It paid $3bn and £600m for €1.2 billion of assets.");
        assert_eq!(f[0].1, 3e9);
        assert_eq!(f[0].2, Unit::Money("USD"));
        assert_eq!(
            f[1],
            ("£600m".to_string(), 6e8, Unit::Money("GBP"), Hedge::Exact)
        );
        assert_eq!(f[2].0, "€1.2 billion");
        assert_eq!(f[2].2, Unit::Money("EUR"));
        let f = found("a US$4.2bn deal and ¥500 billion");
        assert_eq!(f[0].0, "US$4.2bn");
        assert_eq!(f[0].2, Unit::Money("USD"));
        assert_eq!(f[1].2, Unit::Money("JPY/CNY"));
    }

    #[test]
    fn currency_words() {
        let f = found("It cost 300 dollars, 40 euros, 12 pounds, 900 yuan and 5,000 roubles.");
        let units: Vec<Unit> = f.iter().map(|f| f.2).collect();
        assert_eq!(
            units,
            [
                Unit::Money("USD"),
                Unit::Money("EUR"),
                Unit::Money("GBP"),
                Unit::Money("CNY"),
                Unit::Money("RUB")
            ]
        );
        // A weight, not money.
        assert_eq!(found("5 pounds of rice")[0].2, Unit::Count);
    }

    #[test]
    fn codes_rand_glued_units_and_race_times() {
        let f = found("It paid USD 2.35 billion and R36.8bn, then R254 billion.");
        assert_eq!(f[0].0, "USD 2.35 billion");
        assert_eq!(f[0].2, Unit::Money("USD"));
        assert_eq!((f[1].0.as_str(), f[1].1), ("R36.8bn", 36.8e9));
        assert_eq!(f[1].2, Unit::Money("ZAR"));
        assert_eq!(f[2].1, 254e9);
        // "R2" is a name, not money.
        assert!(values("The R2 unit failed.").is_empty());
        let f = found("a 342km pipeline, gusts of 154km/h and a time of 2:04:51");
        let units: Vec<Unit> = f.iter().map(|f| f.2).collect();
        assert_eq!(units, [Unit::Measure, Unit::Measure, Unit::Measure]);
        assert_eq!(f[2].1, 2.0 * 3600.0 + 4.0 * 60.0 + 51.0);
        // A time of day in two parts is not a duration.
        assert!(values("It began at 4:17 and ended at 16:40.").is_empty());
    }

    #[test]
    fn spelled_out_numbers() {
        assert_eq!(values("seventy animals"), [70.0]);
        assert_eq!(values("Seventy-four animals"), [74.0]);
        assert_eq!(values("two bears"), [2.0]);
        assert_eq!(values("a dozen leaders"), [12.0]);
        assert_eq!(values("half a million people"), [500_000.0]);
        assert_eq!(values("two hundred and fifty homes"), [250.0]);
        assert_eq!(values("three million voters"), [3e6]);
        assert!(values("dozens of people and thousands of fans").is_empty());
        assert!(values("a five-year plan").is_empty());
    }

    #[test]
    fn percentages_and_points() {
        let f = found(
            "up 12%, then 12 per cent, then 12 percent, then 12pc, then 2.5 percentage points",
        );
        let units: Vec<Unit> = f.iter().map(|f| f.2).collect();
        assert_eq!(
            units,
            [
                Unit::Percent,
                Unit::Percent,
                Unit::Percent,
                Unit::Percent,
                Unit::Points
            ]
        );
        assert!(f.iter().take(4).all(|f| f.1 == 12.0));
    }

    #[test]
    fn ages() {
        let f = found("the 72-year-old said");
        assert_eq!(
            f,
            [("72-year-old".to_string(), 72.0, Unit::Age, Hedge::Exact)]
        );
        // Other compounds are measures in the unit glued on.
        let units: Vec<Unit> = found("a 45-minute delay on a 6-km route")
            .into_iter()
            .map(|f| f.2)
            .collect();
        assert_eq!(units, [Unit::Measure, Unit::Measure]);
    }

    #[test]
    fn a_duration_in_two_units_is_one_measure() {
        let f = found("waited 4 hours 52 minutes, then 3 minutes and 12 seconds");
        assert_eq!(
            f,
            [
                (
                    "4 hours 52 minutes".to_string(),
                    292.0,
                    Unit::Measure,
                    Hedge::Exact
                ),
                (
                    "3 minutes and 12 seconds".to_string(),
                    192.0,
                    Unit::Measure,
                    Hedge::Exact
                ),
            ]
        );
        // Not a duration: more minutes than make an hour.
        assert_eq!(found("2 hours 75 minutes").len(), 2);
    }

    #[test]
    fn a_duration_abbreviated_and_glued_is_one_measure() {
        let f = found("crossed in 13hr 42min, then 4h 12m, a lap of 1min 52.3sec");
        let values: Vec<f64> = f.iter().map(|q| q.1).collect();
        assert_eq!(values, [822.0, 252.0, 112.3]);
        assert!(f.iter().all(|q| q.2 == Unit::Measure), "{f:?}");
        // Written two ways, the parts are no one duration ("1m" is a million).
        assert!(found("after 13hr 42 minutes").iter().all(|q| q.1 != 822.0));
        assert_eq!(found("raised 4m 12s").len(), 0);
    }

    #[test]
    fn abbreviated_units_glued_on_are_measures() {
        for text in [
            "a lead of 7.152sec",
            "it reached 44.6C",
            "ran for 3hr",
            "walked 12mi",
        ] {
            let f = found(text);
            assert_eq!(f.len(), 1, "{text}: {f:?}");
            assert_eq!(f[0].2, Unit::Measure, "{text}");
        }
        // Decades and lower-case letters are no units.
        assert!(found("in the 1990s, grade 4c").is_empty());
    }

    #[test]
    fn hedges_bound_the_figure() {
        let hedges: Vec<Hedge> = found(
            "more than 70, over 70, at least 70, nearly 70, almost 70, about 70, around 70, roughly 70, some 70, an estimated 70, up to 70, fewer than 70, under 70",
        )
        .into_iter()
        .map(|f| f.3)
        .collect();
        use Hedge::*;
        assert_eq!(
            hedges,
            [
                Over, Over, AtLeast, Nearly, Nearly, About, About, About, About, About, UpTo, UpTo,
                UpTo
            ]
        );
    }

    #[test]
    fn intervals_overlap_as_the_words_allow() {
        let doc = Document::parse(
            "more than 70, then 74, about 8,000, then 8,100, 8,000 and 10,000",
            Format::PlainText,
        );
        let toks = tokenize(&doc.prose, &doc.paragraphs[0]);
        let q = quantities(&toks);
        let overlap = |a: &Quantity, b: &Quantity| {
            let (x, y) = (a.interval(), b.interval());
            x.0 <= y.1 && y.0 <= x.1
        };
        assert!(overlap(&q[0], &q[1]));
        assert!(overlap(&q[2], &q[3]));
        assert!(!overlap(&q[4], &q[5]));
    }

    #[test]
    fn ranges() {
        let f = found("between 10 and 12 people, 10-12 people, 10 to 12 people");
        assert_eq!(f.len(), 3);
        for q in f {
            assert_eq!(q.1, 10.0);
            assert_eq!(q.3, Hedge::Range);
        }
    }

    #[test]
    fn not_quantities() {
        for text in [
            "It happened in 2019.",
            "It opened on May 13 and closed on 5 March, or Feb. 6.",
            "The quake struck at 4:17 a.m. and again at 11 pm and 4am.",
            "It finished 19th, on the 14th, in the 1950s.",
            "Call 573-555-0142 or 01632 960 418.",
            "Write to 14 Market Street or 1200 Jefferson Ave.",
            "They won 2-1 after a 3-3 draw.",
            "A Boeing 737 carried Model 3 cars to the G7 during Covid-19.",
            "See Article 50, section 12 and page 4.",
            "The application, reference 23/01457/OUT, was approved.",
            "Write to Ashcombe AS1 2PQ.",
            "Case number F23-018472 was heard.",
        ] {
            assert!(values(text).is_empty(), "{text}: {:?}", found(text));
        }
    }
}
