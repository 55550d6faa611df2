//! Writing a value the way the writer wrote the figure it replaces: numerals or
//! words, thousands separators, decimals and scale ("€2.4bn" → "€4.2bn").

use super::extract::Quantity;

/// `value` (in units) written in the style of `this`, borrowing `other`'s scale
/// and decimals where `this` has none of its own.
pub fn restyle(this: &Quantity, value: f64, other: &Quantity) -> String {
    if this.style.words && value.fract() == 0.0 && (0.0..100.0).contains(&value) {
        let w = words(value as u32);
        return if this.style.capital {
            capitalise(&w)
        } else {
            w
        };
    }
    let (scale, digits) = match (&this.style.scale, &other.style.scale) {
        (Some(s), _) if value / s.factor >= 0.1 => {
            let same = other
                .style
                .scale
                .as_ref()
                .is_some_and(|o| o.factor == s.factor);
            (
                Some(s.text.as_str()),
                decimals(value / s.factor, same.then_some(other.style.decimals)),
            )
        }
        (_, Some(o)) => (
            Some(o.text.as_str()),
            decimals(value / o.factor, Some(other.style.decimals)),
        ),
        _ => (None, decimals(value, Some(other.style.decimals))),
    };
    let separate = scale.is_none()
        && (value >= 10_000.0
            || (value >= 1000.0 && (this.style.thousands || other.style.thousands)));
    let mut out = if separate {
        group_thousands(&digits)
    } else {
        digits
    };
    if let Some(s) = scale {
        out.push_str(s);
    }
    out
}

/// A number with `keep` decimals, or as few as it needs (at most three).
fn decimals(v: f64, keep: Option<usize>) -> String {
    match keep {
        Some(d) if d > 0 => format!("{v:.d$}"),
        _ => {
            let s = format!("{v:.3}");
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    }
}

fn group_thousands(digits: &str) -> String {
    let (int, frac) = digits
        .split_once('.')
        .map_or((digits, None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(digits.len() + 4);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

fn words(n: u32) -> String {
    const UNITS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    match n {
        0..=19 => UNITS[n as usize].to_string(),
        _ => {
            let tens = TENS[(n / 10 - 2) as usize];
            match n % 10 {
                0 => tens.to_string(),
                u => format!("{tens}-{}", UNITS[u as usize]),
            }
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};
    use crate::figures::extract::quantities;
    use crate::figures::tokens::tokenize;

    fn qs(text: &str) -> Vec<Quantity> {
        let doc = Document::parse(text, Format::PlainText);
        quantities(&tokenize(&doc.prose, &doc.paragraphs[0]))
    }

    #[test]
    fn keeps_the_writers_style() {
        let q = qs("€2.4bn then €4.2bn, 8,000 and 10,000, seventy and 74, $1.31 billion and $950m");
        assert_eq!(restyle(&q[0], q[1].value, &q[1]), "4.2bn");
        assert_eq!(restyle(&q[3], q[2].value, &q[2]), "8,000");
        assert_eq!(restyle(&q[2], q[3].value, &q[3]), "10,000");
        assert_eq!(restyle(&q[4], q[5].value, &q[5]), "seventy-four");
        assert_eq!(restyle(&q[6], q[7].value, &q[7]), "0.95 billion");
    }
}
