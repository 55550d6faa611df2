//! Inline ignores: `<!-- copydesk-disable-next-line RULE -->` and
//! `<!-- copydesk-disable/enable RULE -->` comments in Markdown and plain-text drafts.
//!
//! A directive is an HTML comment whose first word is one of the three keywords,
//! followed by rule ids separated by spaces or commas (none means every rule) and
//! optionally ` -- why`. In Markdown, comments inside code blocks and code spans are
//! text, not directives. Plain text has no comment syntax of its own, so there the
//! same comment counts when it stands alone on its line (it survives any editor
//! and is not read as prose).
//!
//! - `copydesk-disable-next-line` silences findings that start on the next non-blank line;
//! - `copydesk-disable` silences findings that start after it, until a matching
//!   `copydesk-enable` (or the end of the draft).

use std::sync::OnceLock;

use pulldown_cmark::{Event, Options, Parser, Tag};
use regex::Regex;

use crate::document::{BlockKind, Document, Format};
use crate::finding::{Finding, Fix, Rule, Span};

const DISABLE_NEXT_LINE: &str = "copydesk-disable-next-line";
const DISABLE: &str = "copydesk-disable";
const ENABLE: &str = "copydesk-enable";
const KEYWORDS: [&str; 3] = [DISABLE_NEXT_LINE, DISABLE, ENABLE];

/// Drop the findings silenced by directives; report directives naming unknown rules.
pub fn apply(doc: &Document<'_>, findings: Vec<Finding>) -> Vec<Finding> {
    apply_checked(doc, findings, |_| false)
}

/// [`apply`], and also report each disable directive that silences nothing,
/// when every rule it names was `checked` (a directive for a rule that did not
/// run may well be needed under another configuration).
pub fn apply_checked(
    doc: &Document<'_>,
    mut findings: Vec<Finding>,
    checked: impl Fn(Rule) -> bool,
) -> Vec<Finding> {
    // Most drafts have no directive at all: don't parse them a second time.
    if !doc.text.contains("copydesk-") {
        return findings;
    }
    let parsed = match doc.format {
        Format::Markdown => directives(doc.text),
        Format::PlainText => plain_directives(doc.text),
    };
    findings.extend(parsed.problems);
    if parsed.directives.is_empty() {
        return findings;
    }
    let reach = Reach::of(doc.text, &parsed.directives);
    let silenced = Silenced::from_reach(&reach);
    let unused = reach.unused(&findings);
    findings.retain(|f| !silenced.covers(f.rule, f.span.start));
    for i in unused {
        let d = &parsed.directives[i];
        if !d.named_unknown && d.rules.rules().all(|(_, rule)| checked(rule)) {
            findings.push(silences_nothing(doc.text, d));
        }
    }
    findings
}

/// Does `line` hold a copydesk directive and nothing else? In plain text such a
/// line is a directive, and not prose.
pub fn is_directive_line(line: &str) -> bool {
    let line = line.trim();
    line.starts_with("<!--") && line.ends_with("-->") && line.contains("copydesk-")
}

/// The "Ignore this finding" quick-fix: insert a disable-next-line comment
/// before the finding's line (in plain text, always on a line of its own).
///
/// The comment goes on a line of its own, indented like the finding's line (and
/// inside the same block quote). When the finding's line continues a paragraph,
/// a comment line there would split the paragraph in two, so the comment is put
/// at the end of the previous line instead, which silences the same line. Table
/// rows have no such place: no fix is offered there.
pub fn ignore_fix(doc: &Document<'_>, finding: &Finding) -> Option<Fix> {
    if finding.rule == Rule::UnknownDirective {
        return None;
    }
    let text = doc.text;
    let at = finding.span.start.min(text.len());
    if doc.format == Format::PlainText {
        // A line of its own, which plain text never reads as prose.
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let line = &text[line_start..line_end(text, at)];
        let indent = line.len() - line.trim_start().len();
        let insert = format!(
            "{}<!-- {DISABLE_NEXT_LINE} {} -->{}",
            &line[..indent],
            finding.rule,
            line_ending(text, at)
        );
        let title = format!("Ignore {} on this line", finding.rule);
        return Some(Fix::replace(title, line_start..line_start, insert));
    }
    let paragraph = doc.paragraph_at(at).map(|i| &doc.paragraphs[i]);
    if paragraph.is_some_and(|p| p.kind == BlockKind::TableCell) {
        return None;
    }
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let comment = format!("<!-- {DISABLE_NEXT_LINE} {} -->", finding.rule);
    let title = format!("Ignore {} on this line", finding.rule);
    let continues_paragraph = paragraph.is_some_and(|p| p.span.start < line_start);
    if !continues_paragraph {
        let line = &text[line_start..line_end(text, at)];
        let indent = line.len() - line.trim_start_matches([' ', '\t', '>']).len();
        let insert = format!("{}{comment}{}", &line[..indent], line_ending(text, at));
        return Some(Fix::replace(title, line_start..line_start, insert));
    }
    // Append to the previous line, before trailing white space (a hard break)
    // and before a backslash hard break.
    let prev_start = text[..line_start - 1].rfind('\n').map_or(0, |i| i + 1);
    let prev = text[prev_start..line_start - 1].trim_end();
    let mut insert_at = prev_start + prev.len();
    if prev.ends_with('\\') {
        insert_at -= 1;
    }
    let fix = Fix::replace(title, insert_at..insert_at, format!(" {comment}"));
    // The end of a line may sit inside a code span or raw HTML, where a comment
    // is not a directive: offer the fix only if it really silences the finding.
    silences(text, &fix, finding).then_some(fix)
}

/// Would `fix`, applied to the draft, silence `finding`? (Checked for the
/// insertions whose effect depends on the surrounding markup.)
fn silences(text: &str, fix: &Fix, finding: &Finding) -> bool {
    let fixed = fix.apply(text);
    let shift: isize = fix
        .edits
        .iter()
        .filter(|e| e.span.end <= finding.span.start)
        .map(|e| e.text.len() as isize - e.span.len() as isize)
        .sum();
    let Some(at) = finding.span.start.checked_add_signed(shift) else {
        return false;
    };
    let parsed = directives(&fixed);
    Silenced::from_directives(&fixed, &parsed.directives).covers(finding.rule, at)
}

/// A directive as written: which kind, which rules, where.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Directive {
    kind: Kind,
    rules: RuleSet,
    /// The whole comment, `<!--` to `-->`.
    span: Span,
    /// It named a rule that does not exist (already reported as such).
    named_unknown: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    DisableNextLine,
    Disable,
    Enable,
}

/// A set of rules, as bits in the order of [`Rule::ALL`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct RuleSet(u8);

impl RuleSet {
    const EVERY: RuleSet = RuleSet((1 << Rule::ALL.len()) - 1);

    fn bit(rule: Rule) -> u8 {
        let i = Rule::ALL.iter().position(|r| *r == rule).unwrap_or(0);
        1 << i
    }

    fn insert(&mut self, rule: Rule) {
        self.0 |= Self::bit(rule);
    }

    fn rules(self) -> impl Iterator<Item = (usize, Rule)> {
        Rule::ALL
            .into_iter()
            .enumerate()
            .filter(move |(i, _)| self.0 & (1 << i) != 0)
    }
}

/// The directives of a draft and the problems found in them.
struct Parsed {
    directives: Vec<Directive>,
    problems: Vec<Finding>,
}

/// Find the directives in the HTML (block or inline) of a Markdown draft.
fn directives(text: &str) -> Parsed {
    let mut parsed = Parsed {
        directives: Vec::new(),
        problems: Vec::new(),
    };
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let is_html = matches!(event, Event::Start(Tag::HtmlBlock) | Event::InlineHtml(_));
        if is_html && text[range.clone()].contains("copydesk-") {
            for m in comment_pattern().captures_iter(&text[range.clone()]) {
                let (Some(whole), Some(body)) = (m.get(0), m.get(1)) else {
                    continue;
                };
                let comment = range.start + whole.start()..range.start + whole.end();
                read_comment(text, comment, range.start + body.start(), &mut parsed);
            }
        }
    }
    parsed
}

/// Find the directives of a plain-text draft: comments alone on their line.
fn plain_directives(text: &str) -> Parsed {
    let mut parsed = Parsed {
        directives: Vec::new(),
        problems: Vec::new(),
    };
    let mut start = 0;
    while start < text.len() {
        let end = line_end(text, start);
        let line = &text[start..end];
        if is_directive_line(line) {
            for m in comment_pattern().captures_iter(line) {
                let (Some(whole), Some(body)) = (m.get(0), m.get(1)) else {
                    continue;
                };
                let comment = start + whole.start()..start + whole.end();
                read_comment(text, comment, start + body.start(), &mut parsed);
            }
        }
        start = end + 1;
    }
    parsed
}

fn comment_pattern() -> &'static Regex {
    static COMMENT: OnceLock<Regex> = OnceLock::new();
    COMMENT.get_or_init(|| Regex::new(r"(?s)<!--(.*?)-->").expect("comment pattern is valid"))
}

fn word_pattern() -> &'static Regex {
    static WORD: OnceLock<Regex> = OnceLock::new();
    WORD.get_or_init(|| Regex::new(r"[^\s,]+").expect("word pattern is valid"))
}

/// Read one comment whose body starts at `body_start`; record it if it is a directive.
fn read_comment(text: &str, comment: Span, body_start: usize, parsed: &mut Parsed) {
    let body = &text[body_start..comment.end - "-->".len()];
    let mut words = word_pattern().find_iter(body);
    let Some(first) = words.next() else {
        return;
    };
    let keyword_span = body_start + first.start()..body_start + first.end();
    let kind = match first.as_str() {
        DISABLE_NEXT_LINE => Kind::DisableNextLine,
        DISABLE => Kind::Disable,
        ENABLE => Kind::Enable,
        other => {
            if let Some(problem) = unknown_keyword(other, keyword_span) {
                parsed.problems.push(problem);
            }
            return;
        }
    };
    let mut rules = RuleSet::default();
    let mut named = false;
    let mut named_unknown = false;
    for word in words {
        if word.as_str().starts_with("--") {
            break; // the rest is the writer's reason
        }
        if word.as_str() == ">" {
            continue; // a block quote marker on a continuation line
        }
        named = true;
        let span = body_start + word.start()..body_start + word.end();
        match word.as_str().parse::<Rule>() {
            Ok(rule) => rules.insert(rule),
            Err(_) => {
                named_unknown = true;
                parsed.problems.push(unknown_rule(word.as_str(), span));
            }
        }
    }
    parsed.directives.push(Directive {
        kind,
        rules: if named { rules } else { RuleSet::EVERY },
        span: comment,
        named_unknown,
    });
}

/// A rule id nobody knows: say which ones exist and suggest the nearest.
fn unknown_rule(word: &str, span: Span) -> Finding {
    let known: Vec<&str> = Rule::ALL.iter().map(|r| r.as_str()).collect();
    let finding = Finding::new(
        Rule::UnknownDirective,
        span.clone(),
        format!(
            "`{word}` is not a copydesk rule, so this comment silences nothing for it \
             (known rules: {})",
            known.join(", ")
        ),
    );
    match nearest(word, &known) {
        Some(id) => finding.with_fix(Fix::replace(format!("Change to `{id}`"), span, id)),
        None => finding,
    }
}

/// `copydesk-disabel`: a misspelt keyword. Only reported when it is close to a
/// real one; another `copydesk-…` comment may be someone else's business.
fn unknown_keyword(word: &str, span: Span) -> Option<Finding> {
    let id = nearest(word, &KEYWORDS)?;
    let finding = Finding::new(
        Rule::UnknownDirective,
        span.clone(),
        format!(
            "`{word}` is not a copydesk directive, so this comment silences nothing \
             (use {}, {} or {})",
            DISABLE_NEXT_LINE, DISABLE, ENABLE
        ),
    );
    Some(finding.with_fix(Fix::replace(format!("Change to `{id}`"), span, id)))
}

/// The candidate closest to `word` (ignoring case and `_` for `-`), if it is
/// close enough to be what the writer meant and no other candidate is as close.
fn nearest<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let word = word.to_lowercase().replace('_', "-");
    let mut scored: Vec<(usize, &str)> = candidates
        .iter()
        .map(|c| (strsim::damerau_levenshtein(&word, c), *c))
        .collect();
    scored.sort();
    let (best, id) = *scored.first()?;
    let unique = scored.get(1).is_none_or(|(next, _)| *next > best);
    if unique && best <= 3.min(word.chars().count() / 3 + 1) {
        return Some(id);
    }
    // A unique prefix: `unattributed` for `unattributed-quote`.
    let mut prefixed = candidates
        .iter()
        .filter(|c| word.len() >= 4 && c.starts_with(word.as_str()));
    match (prefixed.next(), prefixed.next()) {
        (Some(id), None) => Some(id),
        _ => None,
    }
}

/// Where each directive reaches: for each directive and each rule it names, the
/// byte range in which it silences that rule's findings.
struct Reach {
    /// (directive index, rule index in [`Rule::ALL`], range)
    ranges: Vec<(usize, usize, Span)>,
    kinds: Vec<Kind>,
}

impl Reach {
    fn of(text: &str, directives: &[Directive]) -> Reach {
        let mut ranges = Vec::new();
        // For each rule, the open `copydesk-disable` (directive index, where it starts).
        let mut open: Vec<Option<(usize, usize)>> = vec![None; Rule::ALL.len()];
        for (k, d) in directives.iter().enumerate() {
            match d.kind {
                Kind::DisableNextLine => {
                    if let Some(line) = next_nonblank_line(text, d.span.end) {
                        for (i, _) in d.rules.rules() {
                            ranges.push((k, i, line.clone()));
                        }
                    }
                }
                Kind::Disable => {
                    for (i, _) in d.rules.rules() {
                        open[i].get_or_insert((k, d.span.end));
                    }
                }
                Kind::Enable => {
                    for (i, _) in d.rules.rules() {
                        if let Some((opened_by, start)) = open[i].take() {
                            ranges.push((opened_by, i, start..d.span.start));
                        }
                    }
                }
            }
        }
        for (i, opened) in open.into_iter().enumerate() {
            if let Some((opened_by, start)) = opened {
                ranges.push((opened_by, i, start..usize::MAX));
            }
        }
        Reach {
            ranges,
            kinds: directives.iter().map(|d| d.kind).collect(),
        }
    }

    /// The disabling directives (by index) under which none of `findings` starts.
    fn unused(&self, findings: &[Finding]) -> Vec<usize> {
        let mut starts: Vec<Vec<usize>> = vec![Vec::new(); Rule::ALL.len()];
        for f in findings {
            starts[rule_index(f.rule)].push(f.span.start);
        }
        for list in &mut starts {
            list.sort_unstable();
        }
        let mut used = vec![false; self.kinds.len()];
        for (k, i, range) in &self.ranges {
            let list = &starts[*i];
            let first = list.partition_point(|&s| s < range.start);
            if list.get(first).is_some_and(|&s| s < range.end) {
                used[*k] = true;
            }
        }
        (0..self.kinds.len())
            .filter(|&k| self.kinds[k] != Kind::Enable && !used[k])
            .collect()
    }
}

fn rule_index(rule: Rule) -> usize {
    Rule::ALL.iter().position(|r| *r == rule).unwrap_or(0)
}

/// A disable directive under which no finding starts: it silences nothing, so
/// either the slip it was written for is gone or it names the wrong rule.
fn silences_nothing(text: &str, d: &Directive) -> Finding {
    let keyword = match d.kind {
        Kind::DisableNextLine => DISABLE_NEXT_LINE,
        Kind::Disable | Kind::Enable => DISABLE,
    };
    let named: Vec<&str> = if d.rules == RuleSet::EVERY {
        Vec::new()
    } else {
        d.rules.rules().map(|(_, r)| r.as_str()).collect()
    };
    let what = if named.is_empty() {
        "no finding".to_owned()
    } else {
        format!("no {} finding", named.join(" or "))
    };
    let place = match d.kind {
        Kind::DisableNextLine => "on the next line",
        Kind::Disable | Kind::Enable => "after it",
    };
    let message = format!(
        "This {keyword} comment silences nothing: {what} starts {place}; remove it, or name the rule that fires there"
    );
    let finding = Finding::new(Rule::UnknownDirective, d.span.clone(), message);
    // The comment, and its line when it stands alone there.
    let line_start = text[..d.span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = line_end(text, d.span.end);
    let removal = if text[line_start..d.span.start].trim().is_empty()
        && text[d.span.end..end].trim().is_empty()
    {
        line_start..(end + 1).min(text.len())
    } else {
        let before = text[line_start..d.span.start].trim_end().len() + line_start;
        before..d.span.end
    };
    finding.with_fix(Fix::replace("Remove this comment", removal, ""))
}

/// For each rule, the byte ranges in which its findings are silenced,
/// sorted and merged so a finding is looked up by binary search.
struct Silenced {
    ranges: Vec<Vec<Span>>,
}

impl Silenced {
    fn from_reach(reach: &Reach) -> Silenced {
        let mut ranges: Vec<Vec<Span>> = vec![Vec::new(); Rule::ALL.len()];
        for (_, i, range) in &reach.ranges {
            ranges[*i].push(range.clone());
        }
        for list in &mut ranges {
            merge(list);
        }
        Silenced { ranges }
    }

    fn from_directives(text: &str, directives: &[Directive]) -> Silenced {
        Silenced::from_reach(&Reach::of(text, directives))
    }

    fn covers(&self, rule: Rule, at: usize) -> bool {
        let list = &self.ranges[rule_index(rule)];
        let k = list.partition_point(|r| r.end <= at);
        k < list.len() && list[k].start <= at
    }
}

fn merge(list: &mut Vec<Span>) {
    list.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Span> = Vec::with_capacity(list.len());
    for r in list.drain(..) {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    *list = merged;
}

/// The first line after the one containing `at` with something on it
/// (its bytes, without the line break).
fn next_nonblank_line(text: &str, at: usize) -> Option<Span> {
    let mut start = text[at..].find('\n').map(|i| at + i + 1)?;
    while start < text.len() {
        let end = line_end(text, start);
        if !text[start..end].trim().is_empty() {
            return Some(start..end);
        }
        start = end + 1;
    }
    None
}

/// The end of the line containing `at` (the offset of its `\n`, or the end of text).
fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i)
}

/// The line ending used at `at`'s line, else the draft's first one, else LF.
fn line_ending(text: &str, at: usize) -> &'static str {
    let end = line_end(text, at);
    let end = if end < text.len() {
        end
    } else {
        match text.find('\n') {
            Some(i) => i,
            None => return "\n",
        }
    };
    if text[..end].ends_with('\r') {
        "\r\n"
    } else {
        "\n"
    }
}
