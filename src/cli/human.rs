//! Output for people: each finding in the rustc style — `warning[rule]: message`,
//! the source line with a caret, the related places, and `help:` for each fix.

use annotate_snippets::{AnnotationKind, Level, Origin, Renderer, Snippet};

use super::lines::{floor_char_boundary, LineIndex};
use crate::{Finding, Severity};

/// Renders findings, in colour or not.
pub struct Human {
    renderer: Renderer,
    color: bool,
}

impl Human {
    pub fn new(color: bool) -> Human {
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        Human { renderer, color }
    }

    /// One finding of the file `path` whose text is `text`, ending in a newline.
    pub fn finding(&self, path: &str, text: &str, index: &LineIndex, f: &Finding) -> String {
        if Excerpt::too_long(text, index, f) {
            return self.located(path, text, index, f);
        }
        let excerpt = Excerpt::around(text, index, f);
        let source = &text[excerpt.start..excerpt.end];
        let rebase = |span: &std::ops::Range<usize>| {
            let start = floor_char_boundary(text, span.start).clamp(excerpt.start, excerpt.end);
            let end = floor_char_boundary(text, span.end).clamp(start, excerpt.end);
            start - excerpt.start..end - excerpt.start
        };
        let mut snippet = Snippet::source(source)
            .line_start(excerpt.first_line + 1)
            .path(path)
            .annotation(AnnotationKind::Primary.span(rebase(&f.span)));
        for r in &f.related {
            snippet = snippet.annotation(
                AnnotationKind::Context
                    .span(rebase(&r.span))
                    .label(r.message.as_str()),
            );
        }
        let mut group = level(f.severity)
            .primary_title(f.message.as_str())
            .id(f.rule.as_str())
            .element(snippet);
        for fix in &f.fixes {
            group = group.element(Level::HELP.message(fix.title.as_str()));
        }
        let mut out = self.renderer.render(&[group]);
        out.push_str("\n\n");
        out
    }

    /// A finding whose lines are too long to show, by where it and its
    /// related places stand: `--> path:line:column`, each related place a note.
    fn located(&self, path: &str, text: &str, index: &LineIndex, f: &Finding) -> String {
        let at = |offset: usize| index.locate(text, offset);
        let here = at(f.span.start);
        let mut group = level(f.severity)
            .primary_title(f.message.as_str())
            .id(f.rule.as_str())
            .element(Origin::path(path).line(here.line).char_column(here.column));
        for r in &f.related {
            let there = at(r.span.start);
            group = group.element(Level::NOTE.message(format!(
                "{} (line {}, column {})",
                r.message, there.line, there.column
            )));
        }
        for fix in &f.fixes {
            group = group.element(Level::HELP.message(fix.title.as_str()));
        }
        let mut out = self.renderer.render(&[group]);
        out.push_str("\n\n");
        out
    }

    /// The closing line: "3 findings in 2 files (5 files checked)", saying what
    /// `--fix` fixed (when `fixing`) or could fix.
    pub fn summary(&self, tally: &Tally, fixing: bool) -> String {
        let mut line = if tally.findings == 0 {
            format!(
                "no findings ({} checked)",
                plural(tally.files_checked, "file")
            )
        } else {
            format!(
                "{} in {}",
                plural(tally.findings, "finding"),
                plural(tally.files_with_findings, "file")
            )
        };
        if tally.findings > 0 && tally.files_checked != tally.files_with_findings {
            line.push_str(&format!(
                " ({} checked)",
                plural(tally.files_checked, "file")
            ));
        }
        if fixing {
            line = format!("fixed {}; {line}", plural(tally.fixed, "finding"));
        } else if tally.fixable > 0 {
            line.push_str(&format!("; {} fixable with --fix", tally.fixable));
        }
        if tally.errors > 0 {
            line.push_str(&format!("; {}", plural(tally.errors, "error")));
        }
        if self.color {
            format!("\x1b[1m{line}\x1b[0m\n")
        } else {
            format!("{line}\n")
        }
    }
}

/// Counts for the summary line.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    pub findings: usize,
    pub files_with_findings: usize,
    pub files_checked: usize,
    pub errors: usize,
    /// Findings with a safe fix, left for `--fix`.
    pub fixable: usize,
    /// Findings fixed (or, with `--diff`, that would be).
    pub fixed: usize,
}

pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
        Severity::Hint => Level::HELP.with_name("hint"),
    }
}

/// The longest line shown for a finding, in bytes: a finding on a longer
/// line (or with a related place on one) is shown only by where it stands.
/// The renderer reads a whole line for each finding on it, so one paragraph
/// of a megabyte with 8,545 findings took 42 s to print (0.9 s as JSON).
const LONGEST_LINE: usize = 16 * 1024;

/// The whole lines of the text that a finding and its related places touch,
/// so the renderer never has to look at the rest of a long file.
struct Excerpt {
    start: usize,
    end: usize,
    first_line: usize,
}

impl Excerpt {
    /// Does the finding or a related place stand on a line longer than
    /// [`LONGEST_LINE`]?
    fn too_long(text: &str, index: &LineIndex, f: &Finding) -> bool {
        std::iter::once(&f.span)
            .chain(f.related.iter().map(|r| &r.span))
            .any(|span| {
                let line = index.line_of(span.start.min(text.len()));
                let start = index.start_of(line).unwrap_or(0);
                let end = index.start_of(line + 1).unwrap_or(text.len());
                end.saturating_sub(start) > LONGEST_LINE
            })
    }

    fn around(text: &str, index: &LineIndex, f: &Finding) -> Excerpt {
        let spans = std::iter::once(&f.span).chain(f.related.iter().map(|r| &r.span));
        let (mut lo, mut hi) = (usize::MAX, 0);
        for span in spans {
            let start = span.start.min(text.len());
            lo = lo.min(start);
            // The last byte the span covers (a span ending just after a line
            // break belongs to the line it ends; an empty one to where it starts).
            hi = hi.max(span.end.min(text.len()).saturating_sub(1).max(start));
        }
        let lo = lo.min(text.len());
        let first_line = index.line_of(lo);
        let last_line = index.line_of(hi.max(lo));
        let start = index.start_of(first_line).unwrap_or(0);
        // Up to the line break that ends the last line, or the end of the text.
        let end = index
            .start_of(last_line + 1)
            .map_or(text.len(), |next| next - 1)
            .max(start);
        Excerpt {
            start,
            end,
            first_line,
        }
    }
}
