//! `duplicated-passage`: a sentence or paragraph that appears twice in the
//! draft, word for word or nearly (a standfirst pasted again as the first
//! paragraph, a paragraph left behind after a rewrite).
//!
//! Sentences are compared by their words, lower-cased, so punctuation and
//! quotation marks do not hide a copy; "nearly" means beginning or ending with
//! the same three words and sharing at least four in five of their two-word
//! runs. A run of copied sentences is one finding, the whole paragraph when
//! every sentence of it is a copy.

use crate::config::Config;
use crate::document::{BlockKind, Document};
use crate::fasthash::FastMap;
use crate::finding::{Finding, Fix, Severity, Span};
use crate::rules::{Check, FixSafety, RuleDoc};

use super::Rule;

pub const RULE: RuleDoc = RuleDoc {
    id: "duplicated-passage",
    default_severity: Severity::Warning,
    summary: "A sentence or paragraph that appears twice in the article, word for word or nearly: a standfirst pasted again as the first paragraph, a paragraph left behind after a rewrite.",
    explanation: "The same sentence or paragraph appears twice in the draft, exactly or with a \
                  word or two changed. Readers notice, and a near copy often means one version \
                  was meant to replace the other: keep the right one.",
    example: "The council approved the new budget on Monday after a debate that lasted six hours.\n\n\
              Opposition members walked out before the vote.\n\n\
              The council approved the new budget on Monday after a debate that lasted six hours.\n",
    not_flagged: "Sentences under eight words (\"He declined to comment.\"), headlines and table \
                  cells, and sentences that share only part of their wording.",
    // The second copy may be the corrected one: a person must choose.
    fix_safety: FixSafety::Unsafe,
    check: Check::By(check),
};

/// Sentences shorter than this many words may repeat on purpose.
const MIN_WORDS: usize = 8;
/// Near copies need this many words, so that a changed word is a small part.
const MIN_NEAR_WORDS: usize = 12;
/// Share of two-word runs two near copies have in common, in fifths.
const NEAR_FIFTHS: usize = 4;
/// Sentences kept per first (or last) three words: more is boilerplate.
const CANDIDATE_CAP: usize = 8;

/// One sentence, as compared.
struct Sentence {
    span: Span,
    para: usize,
    /// The part of the draft it is in: live blogs repeat across entries on purpose.
    section: usize,
    /// Lower-cased words, joined by single spaces.
    words: String,
    count: usize,
}

/// Report every sentence or paragraph that copies an earlier one.
pub fn check(doc: &Document<'_>, _config: &Config) -> Vec<Finding> {
    let sentences = sentences(doc);
    let copies = copy_of(&sentences);
    let mut findings = Vec::new();
    let mut i = 0;
    while i < sentences.len() {
        let Some(original) = copies[i] else {
            i += 1;
            continue;
        };
        // Extend over the following sentences that copy the original's followers.
        let mut end = i;
        while end + 1 < sentences.len()
            && sentences[end + 1].para == sentences[i].para
            && copies[end + 1] == Some(original + (end + 1 - i))
            && sentences[original + (end + 1 - i)].para == sentences[original].para
        {
            end += 1;
        }
        findings.push(report(doc, &sentences, i..end + 1, original));
        i = end + 1;
    }
    findings
}

/// The body sentences worth comparing, in order.
fn sentences(doc: &Document<'_>) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut section = 0;
    for (para, p) in doc.paragraphs.iter().enumerate() {
        if is_section_break(doc.prose_of(p.span.clone())) {
            section += 1;
            continue;
        }
        if matches!(p.kind, BlockKind::Heading | BlockKind::TableCell) || is_pull_quote(doc, para)
        {
            continue;
        }
        let mut quotes = QuoteState::default();
        for span in &p.sentences {
            // Quotations are repeated on purpose: a pull quote, the words of a
            // quote given in the lede and again in full.
            let inside = quotes.open_at(&doc.prose, span.start);
            if inside || is_quoted(doc.prose_of(span.clone())) {
                continue;
            }
            let text = doc.prose_of(span.clone());
            let mut words = String::with_capacity(text.len());
            let count = normalise(text, &mut words);
            out.push(Sentence {
                span: span.clone(),
                para,
                section,
                words,
                count,
            });
        }
    }
    out
}

/// Write the words of `text` into `out`, lower-cased and parted by single
/// spaces (apostrophes kept, as `'`); return how many there are.
///
/// ASCII letters and the usual typographic marks are told apart without
/// Unicode's tables, which cost a few hundred instructions a character
/// (callgrind, a keystroke in a 1,445-word article: this check 683k -> 532k).
fn normalise(text: &str, out: &mut String) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for c in text.chars() {
        let alphanumeric = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            !matches!(c, '’' | '‘' | '“' | '”' | '—' | '–' | '…' | '\u{a0}') && c.is_alphanumeric()
        };
        if alphanumeric {
            if !in_word {
                if count > 0 {
                    out.push(' ');
                }
                count += 1;
                in_word = true;
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else if in_word && matches!(c, '\'' | '’') {
            out.push('\'');
        } else {
            in_word = false;
        }
    }
    count
}

/// For each sentence, the earlier sentence it copies (exactly, else nearly).
///
/// Exact copies are found by their words; near copies among the sentences that
/// begin or end with the same three words, since a changed word or two leaves
/// one end or the other alone.
fn copy_of(sentences: &[Sentence]) -> Vec<Option<usize>> {
    let mut exact: FastMap<&str, usize> = FastMap::default();
    let mut by_start: FastMap<&str, Vec<usize>> = FastMap::default();
    let mut by_end: FastMap<&str, Vec<usize>> = FastMap::default();
    let mut copies = vec![None; sentences.len()];
    for (i, s) in sentences.iter().enumerate() {
        if s.count < MIN_WORDS {
            continue;
        }
        if let Some(&first) = exact.get(s.words.as_str()) {
            copies[i] = (sentences[first].section == s.section).then_some(first);
            continue;
        }
        exact.insert(&s.words, i);
        if s.count < MIN_NEAR_WORDS {
            continue;
        }
        let (start, end) = ends(&s.words);
        let candidates = by_start.get(start).into_iter().chain(by_end.get(end));
        copies[i] = candidates
            .flatten()
            .copied()
            .filter(|&j| sentences[j].section == s.section && similar(&sentences[j].words, &s.words))
            .min();
        for (map, key) in [(&mut by_start, start), (&mut by_end, end)] {
            let list = map.entry(key).or_default();
            if list.len() < CANDIDATE_CAP {
                list.push(i);
            }
        }
    }
    copies
}

/// The first three and the last three words.
fn ends(words: &str) -> (&str, &str) {
    let start = words.match_indices(' ').nth(2).map_or(words, |(i, _)| &words[..i]);
    let end = words.rmatch_indices(' ').nth(2).map_or(words, |(i, _)| &words[i + 1..]);
    (start, end)
}

/// The two sentences share at least four in five of the larger one's two-word runs.
fn similar(a: &str, b: &str) -> bool {
    let (ra, rb) = (runs(a), runs(b));
    let (mut x, mut y, mut shared) = (0, 0, 0);
    while x < ra.len() && y < rb.len() {
        match ra[x].cmp(&rb[y]) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                x += 1;
                y += 1;
            }
        }
    }
    shared * 5 >= ra.len().max(rb.len()) * NEAR_FIFTHS
}

/// The distinct two-word runs of a sentence's words, sorted.
fn runs(words: &str) -> Vec<(&str, &str)> {
    let w: Vec<&str> = words.split(' ').collect();
    let mut out: Vec<(&str, &str)> = w.windows(2).map(|t| (t[0], t[1])).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// A paragraph that parts the entries of a live blog: a time of day
/// ("8:35 p.m.") or a rule ("___", "* * *"), with nothing else.
fn is_section_break(prose: &str) -> bool {
    let text = prose.trim().trim_end_matches('.');
    if text.len() > 16 {
        return false;
    }
    if !text.chars().any(char::is_alphanumeric) {
        return true;
    }
    let lower = text.to_ascii_lowercase();
    let clock = lower.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':');
    clock.len() < lower.len()
        && lower.as_bytes()[0].is_ascii_digit()
        && matches!(
            clock.trim().trim_end_matches(" et").trim_end_matches(" edt").trim_end_matches(" est"),
            "a.m" | "p.m" | "am" | "pm" | "a.m." | "p.m."
        )
}

/// A pull quote: a paragraph that is one quoted sentence set apart, credited
/// by a short line with no full stop ("Jane Doe, Mayor of Springfield").
fn is_pull_quote(doc: &Document<'_>, para: usize) -> bool {
    let p = &doc.paragraphs[para];
    let [.., body, credit] = p.sentences.as_slice() else {
        return false;
    };
    let credit_text = doc.prose_of(credit.clone()).trim();
    let words = credit_text.split_whitespace().count();
    body.start == p.span.start
        && (1..=10).contains(&words)
        && !credit_text.ends_with(['.', '?', '!'])
        && credit_text.starts_with(|c: char| c.is_uppercase())
}

/// The sentence opens or closes with a quotation mark.
fn is_quoted(text: &str) -> bool {
    const MARKS: [char; 5] = ['“', '”', '"', '«', '»'];
    let text = text.trim();
    let tail = text.trim_end_matches(['.', ',', '?', '!', ')']);
    text.starts_with(MARKS)
        || text.starts_with("''")
        || tail.ends_with(MARKS)
        || tail.ends_with("''")
}

/// Whether a quotation is open, read through a paragraph once, sentence by sentence.
#[derive(Default)]
struct QuoteState {
    read_to: Option<usize>,
    open: bool,
}

impl QuoteState {
    /// Whether a quotation opened earlier in the paragraph is still open at `at`.
    fn open_at(&mut self, prose: &str, at: usize) -> bool {
        let from = *self.read_to.get_or_insert(at);
        let mut chars = prose[from..at].chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '“' | '«' => self.open = true,
                '”' | '»' => self.open = false,
                '"' => self.open = !self.open,
                '\'' if chars.peek() == Some(&'\'') => {
                    chars.next();
                    self.open = !self.open;
                }
                _ => {}
            }
        }
        self.read_to = Some(at);
        self.open
    }
}

/// The finding for the copied sentences `run`, which copy those from `original` on.
fn report(
    doc: &Document<'_>,
    sentences: &[Sentence],
    run: std::ops::Range<usize>,
    original: usize,
) -> Finding {
    let first = &sentences[run.start];
    let last = &sentences[run.end - 1];
    let para = &doc.paragraphs[first.para];
    let whole_paragraph = para.sentences.first() == Some(&first.span)
        && para.sentences.last() == Some(&last.span);
    let exact = run
        .clone()
        .all(|k| sentences[k].words == sentences[original + (k - run.start)].words);
    let what = match (whole_paragraph, run.len()) {
        (true, _) => "This paragraph",
        (false, 1) => "This sentence",
        (false, _) => "These sentences",
    };
    let how = if exact { "repeats" } else { "nearly repeats" };
    let earlier = sentences[original].span.start..sentences[original + run.len() - 1].span.end;
    let span = first.span.start..last.span.end;
    let finding = Finding::new(
        Rule::DuplicatedPassage,
        span.clone(),
        format!(
            "{what} {how} a passage of paragraph {}",
            sentences[original].para + 1
        ),
    )
    .with_related(earlier, "first given here");
    // Only a word-for-word copy can go without losing anything.
    let deletion = if whole_paragraph {
        paragraph_deletion(doc, first.para)
    } else {
        sentence_deletion(doc, span)
    };
    match deletion.filter(|_| exact) {
        Some(cut) => finding.with_fix(Fix::replace("Delete the repeated passage", cut, "")),
        None => finding,
    }
}

/// The paragraph with the line breaks that part it from the one before, when
/// only white space lies between them (no markup that would go with it).
fn paragraph_deletion(doc: &Document<'_>, para: usize) -> Option<Span> {
    let this = &doc.paragraphs[para].span;
    let before = doc.paragraphs[..para].last()?.span.end;
    doc.text[before..this.start]
        .chars()
        .all(char::is_whitespace)
        .then_some(before..this.end)
}

/// The sentences with the white space before them (after them, at the start
/// of a paragraph).
fn sentence_deletion(doc: &Document<'_>, span: Span) -> Option<Span> {
    let text = doc.text;
    let lead = text[..span.start].len() - text[..span.start].trim_end().len();
    if lead > 0 && !text[span.start - lead..span.start].contains('\n') {
        return Some(span.start - lead..span.end);
    }
    let trail = text[span.end..].len() - text[span.end..].trim_start().len();
    (!text[span.end..span.end + trail].contains('\n')).then(|| span.start..span.end + trail)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Format;

    fn found(text: &str) -> Vec<Finding> {
        check(&Document::parse(text, Format::Markdown), &Config::default())
    }

    const LEDE: &str = "The harbour board voted on Tuesday to sell the old ferry terminal to a hotel group.";

    #[test]
    fn a_repeated_paragraph_is_one_finding_and_its_fix_deletes_it() {
        let text = format!("{LEDE}\n\nThe sale ends a decade of argument.\n\n{LEDE}\n");
        let f = found(&text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.starts_with("This paragraph repeats"), "{}", f[0].message);
        assert_eq!(f[0].related[0].span, 0..LEDE.len());
        assert_eq!(
            f[0].fixes[0].apply(&text),
            format!("{LEDE}\n\nThe sale ends a decade of argument.\n")
        );
    }

    #[test]
    fn a_repeated_sentence_inside_a_paragraph_goes_with_its_space() {
        let text = format!("{LEDE} Nobody objected. {LEDE}\n");
        let f = found(&text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            f[0].fixes[0].apply(&text),
            format!("{LEDE} Nobody objected.\n")
        );
    }

    #[test]
    fn punctuation_and_case_do_not_hide_a_copy() {
        let text = format!("{}\n\nMore news.\n\n{LEDE}\n", LEDE.trim_end_matches('.'));
        assert_eq!(found(&text).len(), 1);
    }

    #[test]
    fn a_near_copy_is_found_but_not_fixed() {
        let near = LEDE.replace("Tuesday", "Wednesday");
        let text = format!("{LEDE}\n\n{near}\n");
        let f = found(&text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("nearly repeats"));
        assert!(f[0].fixes.is_empty());
    }

    #[test]
    fn short_sentences_and_different_ones_are_left_alone() {
        let text = "He declined to comment.\n\nThe board met.\n\nHe declined to comment.\n\n\
                    The harbour board voted on Tuesday to buy a new ferry for the island route.\n";
        let with_lede = format!("{LEDE}\n\n{text}");
        assert!(found(&with_lede).is_empty(), "{:?}", found(&with_lede));
    }
}
