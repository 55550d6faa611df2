//! Pairs quotation marks into quotations across a draft: nesting, quotes that
//! run on into the next paragraph, marks never closed and closers never opened.

use std::ops::Range;

use super::attribution;
use super::marks::{self, Family, Mark, Role, Style};
use super::markup;
use crate::document::{BlockKind, Document};
use crate::finding::Span;

/// The stretch of a quotation inside one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub para: usize,
    /// From the opening mark through the closing mark (or the paragraph's end,
    /// when the quote runs on into the next paragraph).
    pub span: Span,
    pub open: Mark,
    pub close: Option<Mark>,
}

/// How a quotation ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Still being read.
    Open,
    Closed,
    /// Never closed: reported as a problem.
    Unclosed,
    /// Lost inside an enclosing quote, or a straight single mark never paired:
    /// not trusted enough to report or check.
    Dropped,
}

/// Quoted matter: one or more parts, one per paragraph it runs through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    pub parts: Vec<Part>,
    /// How many quotations enclose this one.
    pub depth: usize,
    pub status: Status,
}

impl Quotation {
    pub fn span(&self) -> Span {
        let start = self.parts.first().map_or(0, |p| p.span.start);
        let end = self.parts.last().map_or(start, |p| p.span.end);
        start..end
    }

    pub fn open(&self) -> Option<&Mark> {
        self.parts.first().map(|p| &p.open)
    }

    pub fn close(&self) -> Option<&Mark> {
        self.parts.last().and_then(|p| p.close.as_ref())
    }
}

/// A quotation mark that does not pair up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// An opening mark never closed. The quote's text runs to `runs_to`: the
    /// next opening mark of its kind, or the end of the paragraph.
    Unclosed {
        open: Mark,
        para: usize,
        runs_to: usize,
        /// What cut it short.
        cut_by: Cut,
    },
    /// A closing mark that closes nothing.
    Orphan { close: Mark, para: usize },
    /// A quotation closed with the other kind of mark: “We will rebuild,’
    Mismatched { open: Mark, close: Mark },
    /// A mark typed the wrong way round that opens or closes a quote:
    /// `the “review“ of`, `”Sorry, Sarah,” she wrote`.
    Backwards {
        mark: Mark,
        /// It opened the quote (else it closed it).
        opens: bool,
    },
    /// Double marks inside a quotation in double marks: `“He called it
    /// “a farce” twice,” she said.` One problem per outer quotation, with
    /// every inner pair.
    Nested {
        outer: Mark,
        inner: Vec<(Mark, Mark)>,
    },
    /// The same opening mark typed twice: `said: ““We`.
    Doubled { first: Mark, second: Mark },
    /// Two closing marks swapped: `“… ‘a wall” on the border,’ she wrote`.
    Crossed { first: Mark, second: Mark },
}

/// What ended a quotation that was never closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cut {
    /// The next opening mark of the same kind.
    NextQuote,
    /// The paragraph's end, with no fresh mark to continue it.
    ParagraphEnd,
    /// The closing mark of the quotation around it.
    OuterClose,
    /// The paragraph's end, after the quote ran on past its own speaker
    /// (`“We will not, he said.`), whatever the next paragraph opens with.
    PastSpeaker,
}

/// Every quotation of a draft and every mark that does not pair.
#[derive(Clone, Debug, Default)]
pub struct Pairing {
    pub quotations: Vec<Quotation>,
    pub problems: Vec<Problem>,
}

/// Pair the quotation marks of a whole draft.
pub fn pair(doc: &Document<'_>) -> Pairing {
    let mut marks = Vec::new();
    let mut tags = markup::Tags::new(&doc.prose);
    let mut ranges: Vec<Range<usize>> = Vec::with_capacity(doc.paragraphs.len());
    for p in &doc.paragraphs {
        let start = marks.len();
        marks::scan_into(&doc.prose, p, &mut marks);
        tags.drop_marks_inside(&mut marks, start);
        ranges.push(start..marks.len());
    }
    let mut pairer = Pairer {
        doc,
        marks: &marks,
        pairing: Pairing::default(),
        stack: Vec::new(),
        nests: Vec::new(),
        crossing: None,
    };
    let mut carried: Option<Carry> = None;
    for (p, range) in ranges.iter().enumerate() {
        let mut first = range.start;
        match carried.take() {
            Some(c) if c.para == p && c.fresh && first < range.end => {
                pairer.resume(c.quotation, p, marks[first]);
                first += 1;
            }
            Some(c) if c.para == p => pairer.resume_bare(c.quotation, p),
            Some(c) => carried = Some(c),
            None => {}
        }
        for k in first..range.end {
            pairer.feed(p, k, range.end);
        }
        let next = pairer.end_paragraph(p, &ranges);
        if carried.is_none() {
            carried = next;
        }
    }
    pairer.pairing
}

/// A quotation that runs on past the end of its paragraph.
#[derive(Clone, Copy, Debug)]
struct Carry {
    quotation: usize,
    /// The paragraph it resumes in.
    para: usize,
    /// That paragraph opens with a fresh mark (the convention); otherwise the
    /// writer left it off and the quote simply runs on.
    fresh: bool,
}

/// A quotation waiting for its closing mark.
#[derive(Clone, Copy, Debug)]
struct Pending {
    mark: Mark,
    quotation: usize,
}

struct Pairer<'d, 'm> {
    doc: &'d Document<'d>,
    marks: &'m [Mark],
    pairing: Pairing,
    stack: Vec<Pending>,
    /// Quotations with double marks nested inside: (quotation, its
    /// [`Problem::Nested`] in `pairing.problems`).
    nests: Vec<(usize, usize)>,
    /// Two swapped closing marks: the first, and the index of the second.
    crossing: Option<(Mark, usize)>,
}

impl Pairer<'_, '_> {
    /// Read mark `k` of paragraph `p` (whose marks end at `end`).
    fn feed(&mut self, p: usize, k: usize, end: usize) {
        let m = self.marks[k];
        if let Some((first, at)) = self.crossing.take() {
            if at == k {
                self.close_crossed(first, m);
                return;
            }
        }
        if self.crosses(k, end) {
            // `“… ‘a wall” on the border,’ she wrote`: close the single quote
            // here, the double one at the next mark, and report the swap once.
            self.crossing = Some((m, k + 1));
            self.close(self.stack.len() - 1, m);
            return;
        }
        match (m.family, m.role) {
            (Family::Double, Role::Open) => self.open_double(p, k, end),
            (Family::Double, Role::Close | Role::CloseOrApostrophe) => {
                if self.find(Family::Double, None).is_none() && self.misplaced_opener(k, end) {
                    let typed = Mark {
                        backwards: m.backwards || m.style == Style::Curly,
                        ..m
                    };
                    self.push(p, typed)
                } else {
                    self.close_double(p, m)
                }
            }
            (Family::Double, Role::Either) => {
                if self.find(Family::Double, None).is_some() {
                    self.close_double(p, m)
                } else {
                    self.open_double(p, k, end)
                }
            }
            (Family::Single, Role::Open) | (Family::Single, Role::Either) => {
                if let Some(pos) = self.find(Family::Single, Some(m.style)) {
                    match m.style {
                        // Single marks do not nest in single marks: the first was never closed.
                        Style::Curly => self.unclosed(pos, m.at, Cut::NextQuote),
                        Style::Straight => self.settle_straight_single(pos, m.at, Cut::NextQuote),
                    }
                }
                self.push(p, m);
            }
            // `‘over their dead bodies‘,`: closes a curly single quote, or is a
            // misplaced apostrophe (`CBS‘ show`) and left alone.
            (Family::Single, Role::Close) if m.backwards => {
                if self.top_is(Family::Single, Style::Curly) {
                    self.close(self.stack.len() - 1, m);
                }
            }
            (Family::Single, Role::Close) => {
                if let Some(pos) = self.find(Family::Single, Some(m.style)) {
                    self.close(pos, m);
                } else if self.close_other_style(m) {
                    // `‘Pray for him.'”`: reported as a mismatch.
                } else if m.style == Style::Curly
                    && m.after_punctuation
                    && !self.after_initialism(m)
                    && !self.close_mismatched(Family::Double, m)
                {
                    self.orphan(p, m);
                }
            }
            (Family::Single, Role::CloseOrApostrophe) => {
                let top = self.stack.last().copied();
                if let Some(top) = top {
                    let same = top.mark.family == Family::Single && top.mark.style == m.style;
                    if same && self.closes_here(top.mark, k, end) {
                        self.close(self.stack.len() - 1, m);
                    }
                }
            }
        }
    }

    fn open_double(&mut self, p: usize, k: usize, end: usize) {
        let m = self.marks[k];
        if let Some(pos) = self.find(Family::Double, None) {
            let outer = self.stack[pos];
            let between = &self.doc.prose[outer.mark.end()..m.at];
            if pos + 1 == self.stack.len()
                && outer.mark.style == m.style
                && between.trim().is_empty()
            {
                // `““We`: one opening mark typed twice.
                self.pairing.problems.push(Problem::Doubled {
                    first: outer.mark,
                    second: m,
                });
                return;
            }
            if self.nests(outer.mark, k, end) {
                self.push(p, m);
                self.note_nested(outer.quotation, outer.mark);
                return;
            }
            // Double marks do not nest in double marks: the first was never closed.
            self.unclosed(pos, m.at, Cut::NextQuote);
        }
        self.push(p, m);
    }

    /// Whether the double mark `k`, opening while the double quote opened by
    /// `outer` is still open, opens a quote nested inside it: it is closed,
    /// and the outer quote is closed after it (or, in marks of the other
    /// style, runs on to the paragraph's end): `“Then he said “no” to us,” she said.`
    fn nests(&self, outer: Mark, k: usize, end: usize) -> bool {
        let inner = self.marks[k];
        let closes =
            |m: &Mark| matches!(m.role, Role::Close | Role::CloseOrApostrophe | Role::Either);
        let later = self.marks[k + 1..end]
            .iter()
            .filter(|m| m.family == Family::Double);
        if outer.style == inner.style {
            // Both quotes close, counting any opened between.
            let mut open = 2usize;
            for m in later {
                if !closes(m) {
                    open += 1;
                } else if m.after_digit {
                    return false;
                } else {
                    open -= 1;
                    if open == 0 {
                        return true;
                    }
                }
            }
            return false;
        }
        let mut own = later.clone().filter(|m| m.style == inner.style);
        let Some(close) = own.next() else {
            return false;
        };
        let outer_next = later
            .filter(|m| m.style == outer.style)
            .find(|m| m.at > close.at || !closes(m));
        closes(close)
            && !close.after_digit
            && outer_next.is_none_or(|m| m.at > close.at && closes(m))
    }

    /// Record that quotation `quotation` (opened by `outer`) has a double
    /// quote nested inside it; the pair is added when the inner one closes.
    fn note_nested(&mut self, quotation: usize, outer: Mark) {
        if !self.nests.iter().any(|&(q, _)| q == quotation) {
            self.pairing.problems.push(Problem::Nested {
                outer,
                inner: Vec::new(),
            });
            self.nests
                .push((quotation, self.pairing.problems.len() - 1));
        }
    }

    /// Double closing mark `k` arrives while a curly single quote is open
    /// inside the double one, and the very next mark is the single closing
    /// mark: the writer swapped the two closing marks.
    fn crosses(&self, k: usize, end: usize) -> bool {
        let m = self.marks[k];
        let n = self.stack.len();
        let (Some(inner), Some(outer)) =
            (self.stack.last(), n.checked_sub(2).map(|i| self.stack[i]))
        else {
            return false;
        };
        let next = self.marks.get(k + 1).filter(|_| k + 1 < end);
        m.family == Family::Double
            && m.role == Role::Close
            && outer.mark.family == Family::Double
            && outer.mark.style == m.style
            && inner.mark.family == Family::Single
            && inner.mark.style == Style::Curly
            && self.plainly_opens(inner.mark)
            && next.is_some_and(|x| {
                x.family == Family::Single && x.style == Style::Curly && x.role == Role::Close
            })
    }

    /// The second of two swapped closing marks: it closes the double quote.
    fn close_crossed(&mut self, first: Mark, second: Mark) {
        if let Some(pos) = self.find(Family::Double, None) {
            if pos + 1 == self.stack.len() {
                self.close(pos, second);
                self.pairing
                    .problems
                    .push(Problem::Crossed { first, second });
            }
        }
    }

    /// The quotation on top of the stack is of `family` and `style`.
    fn top_is(&self, family: Family, style: Style) -> bool {
        self.stack
            .last()
            .is_some_and(|t| t.mark.family == family && t.mark.style == style)
    }

    /// A single closing mark of the other style than the single quote open
    /// on top (`‘Pray for him.'”`, `'How do we win?’"`): it closes that quote,
    /// reported as a mismatch. Only a mark that no apostrophe could be.
    fn close_other_style(&mut self, m: Mark) -> bool {
        let Some(top) = self.stack.last().copied() else {
            return false;
        };
        let other = top.mark.family == Family::Single && top.mark.style != m.style;
        if !other || m.role != Role::Close || top.mark.backwards {
            return false;
        }
        self.close_top_mismatched(top.mark, m)
    }

    fn close_double(&mut self, p: usize, m: Mark) {
        if let Some(pos) = self.find(Family::Double, None) {
            self.close(pos, m);
            return;
        }
        let mismatched = m.style == Style::Curly
            && m.after_punctuation
            && self.close_mismatched(Family::Single, m);
        // 14" or 6” after a number: inches, not a quote.
        if !mismatched && !m.after_digit {
            self.orphan(p, m);
        }
    }

    /// A curly closing mark of one kind where a curly quote of the other kind
    /// (`family`) is open on top: the writer closed it with the wrong mark.
    fn close_mismatched(&mut self, family: Family, m: Mark) -> bool {
        let Some(top) = self.stack.last().copied() else {
            return false;
        };
        if top.mark.family != family || top.mark.style != Style::Curly {
            return false;
        }
        self.close_top_mismatched(top.mark, m)
    }

    /// Close the quotation on top of the stack (opened with `open`) with `m`,
    /// a mark of the wrong kind, and record the mismatch.
    fn close_top_mismatched(&mut self, open: Mark, m: Mark) -> bool {
        self.close(self.stack.len() - 1, m);
        self.pairing
            .problems
            .push(Problem::Mismatched { open, close: m });
        true
    }

    /// `the U.S.’ position`: an apostrophe after an initialism's full stop.
    fn after_initialism(&self, m: Mark) -> bool {
        let mut before = self.doc.prose[..m.at].chars().rev();
        before.next() == Some('.') && before.next().is_some_and(char::is_uppercase)
    }

    /// A closing mark with nothing to close, followed by a space and later
    /// closed: an opening mark typed on the wrong side of its space
    /// (`said," We will go".`) or the wrong way round (`He says,” there`).
    fn misplaced_opener(&self, k: usize, end: usize) -> bool {
        let m = self.marks[k];
        let spaced = self.doc.prose[m.end()..].starts_with(char::is_whitespace);
        let later = self.marks[k + 1..end]
            .iter()
            .find(|l| l.family == Family::Double && l.style == m.style);
        !m.after_digit
            && spaced
            && later.is_some_and(|l| match m.style {
                Style::Straight => matches!(l.role, Role::Close | Role::Either),
                Style::Curly => l.role == Role::Close && l.after_punctuation,
            })
    }

    /// Whether a ’ before a word closes the single quote opened by `open`
    /// rather than being a plural possessive's apostrophe.
    fn closes_here(&self, open: Mark, k: usize, end: usize) -> bool {
        let m = self.marks[k];
        let next_word = self.doc.prose[m.end()..]
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or("");
        if is_function_word(next_word) {
            return true;
        }
        for later in &self.marks[k + 1..end] {
            if later.family == Family::Single && later.style == m.style {
                match later.role {
                    Role::Close | Role::CloseOrApostrophe => return false,
                    Role::Open | Role::Either => break,
                }
            }
        }
        // The last candidate: it closes, unless the quote plainly ran on past
        // its speaker ("‘We will not, a spokesman said. The farmers’ union…").
        attribution::break_in(&self.doc.prose, open.end()..m.at).is_none()
    }

    fn find(&self, family: Family, style: Option<Style>) -> Option<usize> {
        self.stack
            .iter()
            .rposition(|o| o.mark.family == family && style.is_none_or(|s| o.mark.style == s))
    }

    fn push(&mut self, p: usize, m: Mark) {
        let depth = self.stack.len();
        self.pairing.quotations.push(Quotation {
            parts: vec![Part {
                para: p,
                span: m.span(),
                open: m,
                close: None,
            }],
            depth,
            status: Status::Open,
        });
        self.stack.push(Pending {
            mark: m,
            quotation: self.pairing.quotations.len() - 1,
        });
    }

    /// Continue quotation `q` from the previous paragraph at its fresh opening mark.
    fn resume(&mut self, q: usize, p: usize, m: Mark) {
        self.pairing.quotations[q].parts.push(Part {
            para: p,
            span: m.span(),
            open: m,
            close: None,
        });
        self.stack.push(Pending {
            mark: m,
            quotation: q,
        });
    }

    /// Continue quotation `q` at the start of paragraph `p`, which left off the
    /// fresh opening mark.
    fn resume_bare(&mut self, q: usize, p: usize) {
        let Some(open) = self.pairing.quotations[q].open().copied() else {
            return;
        };
        let start = self.doc.paragraphs[p].span.start;
        self.pairing.quotations[q].parts.push(Part {
            para: p,
            span: start..start,
            open,
            close: None,
        });
        self.stack.push(Pending {
            mark: open,
            quotation: q,
        });
    }

    /// Close the quotation at stack position `pos` with `m`; any opened inside it
    /// and still open are reported when they plainly opened a quote, and
    /// dropped otherwise.
    fn close(&mut self, pos: usize, m: Mark) {
        while self.stack.len() > pos + 1 {
            let top = self.stack.len() - 1;
            if self.plainly_opens(self.stack[top].mark) {
                self.unclosed(top, m.at, Cut::OuterClose);
            } else {
                self.drop_from(top);
            }
        }
        if let Some(pending) = self.stack.pop() {
            let q = &mut self.pairing.quotations[pending.quotation];
            q.status = Status::Closed;
            if let Some(part) = q.parts.last_mut() {
                part.span.end = m.end();
                part.close = Some(m);
            }
            for (mark, opens) in [(pending.mark, true), (m, false)] {
                if mark.backwards {
                    self.pairing
                        .problems
                        .push(Problem::Backwards { mark, opens });
                }
            }
            self.record_nested(pending.mark, m);
        }
    }

    /// A double quote just closed (`open` … `close`) inside another double
    /// quote still open: add the pair to that quotation's [`Problem::Nested`].
    fn record_nested(&mut self, open: Mark, close: Mark) {
        if open.family != Family::Double {
            return;
        }
        let Some(pos) = self.find(Family::Double, None) else {
            return;
        };
        let outer = self.stack[pos].quotation;
        let Some(&(_, at)) = self.nests.iter().find(|&&(q, _)| q == outer) else {
            return;
        };
        if let Some(Problem::Nested { inner, .. }) = self.pairing.problems.get_mut(at) {
            inner.push((open, close));
        }
    }

    /// A curly opening mark set where quotes open (after a space, a bracket or
    /// punctuation) and before a letter: `put it, ‘they`. Never an elision or
    /// an apostrophe, which the marks leave out or read as closing marks.
    fn plainly_opens(&self, m: Mark) -> bool {
        let prose = &self.doc.prose;
        let before = prose[..m.at].chars().next_back();
        let after = prose[m.end()..].chars().next();
        m.style == Style::Curly
            && m.role == Role::Open
            && before.is_none_or(|c| {
                c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | ':' | ',' | ';')
            })
            && after.is_some_and(char::is_alphabetic)
    }

    /// The quotation at stack position `pos` was never closed; its text runs to `runs_to`.
    fn unclosed(&mut self, pos: usize, runs_to: usize, cut_by: Cut) {
        let open = self.stack[pos].mark;
        if open.backwards && open.family == Family::Single {
            // `’Murica`: an elision more likely than a quote typed backwards.
            self.drop_from(pos);
            return;
        }
        self.drop_above(pos);
        if let Some(pending) = self.stack.pop() {
            let q = &mut self.pairing.quotations[pending.quotation];
            q.status = Status::Unclosed;
            if let Some(part) = q.parts.last_mut() {
                part.span.end = runs_to;
            }
            let para = q.parts.last().map_or(0, |p| p.para);
            self.pairing.problems.push(Problem::Unclosed {
                open: pending.mark,
                para,
                runs_to,
                cut_by,
            });
        }
    }

    /// A straight single mark at stack position `pos` left open up to
    /// `runs_to`: reported when it plainly opened a quote (it starts a
    /// sentence, and the quote runs on past its speaker: "'We won, she said."),
    /// dropped otherwise (it was most likely an apostrophe).
    fn settle_straight_single(&mut self, pos: usize, runs_to: usize, cut_by: Cut) {
        let open = self.stack[pos].mark;
        let prose = &self.doc.prose;
        let before = prose[..open.at].trim_end();
        let starts_sentence = self
            .doc
            .paragraph_at(open.at)
            .is_some_and(|p| self.doc.paragraphs[p].span.start == open.at)
            || before.ends_with(['.', '!', '?', ':']);
        let past_speaker =
            attribution::break_in(prose, open.end()..runs_to.max(open.end())).is_some();
        if starts_sentence && past_speaker {
            self.unclosed(pos, runs_to, cut_by);
        } else {
            self.drop_from(pos);
        }
    }

    fn orphan(&mut self, p: usize, m: Mark) {
        self.pairing
            .problems
            .push(Problem::Orphan { close: m, para: p });
    }

    fn drop_above(&mut self, pos: usize) {
        while self.stack.len() > pos + 1 {
            if let Some(pending) = self.stack.pop() {
                self.pairing.quotations[pending.quotation].status = Status::Dropped;
            }
        }
    }

    fn drop_from(&mut self, pos: usize) {
        self.drop_above(pos);
        if let Some(pending) = self.stack.pop() {
            self.pairing.quotations[pending.quotation].status = Status::Dropped;
        }
    }

    /// Settle what is still open at the end of paragraph `p`. Returns where
    /// the quotation still open continues, if it does.
    fn end_paragraph(&mut self, p: usize, ranges: &[Range<usize>]) -> Option<Carry> {
        // Straight single marks are quotes only when they pair within the
        // paragraph, or plainly open a quote that runs past its speaker.
        let end = self.doc.paragraphs[p].span.end;
        while let Some(pos) = self
            .stack
            .iter()
            .rposition(|o| o.mark.family == Family::Single && o.mark.style == Style::Straight)
        {
            self.settle_straight_single(pos, end, Cut::ParagraphEnd);
        }
        let bottom = *self.stack.first()?;
        let para = &self.doc.paragraphs[p];
        // A quote that ran on past its own speaker ("‘We will not, he said.")
        // was left open by mistake, whatever the next paragraph does.
        let own_text = bottom.mark.end().max(para.span.start)..para.span.end;
        let swallowed = attribution::break_in(&self.doc.prose, own_text)
            .is_some_and(|b| !reports_speech(&self.doc.prose[b..para.span.end]));
        let continuation = if swallowed {
            None
        } else {
            self.continuation(p, bottom.mark, ranges)
        };
        if let Some((to, fresh)) = continuation {
            self.drop_above(0);
            self.stack.clear();
            let q = &mut self.pairing.quotations[bottom.quotation];
            if let Some(part) = q.parts.last_mut() {
                part.span.end = para.span.end;
            }
            return Some(Carry {
                quotation: bottom.quotation,
                para: to,
                fresh,
            });
        }
        let cut = if swallowed {
            Cut::PastSpeaker
        } else {
            Cut::ParagraphEnd
        };
        while !self.stack.is_empty() {
            self.unclosed(self.stack.len() - 1, para.span.end, cut);
        }
        None
    }

    /// Where a quote opened by `open` and still open at the end of paragraph
    /// `p` goes on: the next paragraph when it opens with a fresh mark (the
    /// convention), or when it closes the quote without opening one (the
    /// writer left the fresh mark off); past a photo caption in between.
    fn continuation(&self, p: usize, open: Mark, ranges: &[Range<usize>]) -> Option<(usize, bool)> {
        let para = &self.doc.paragraphs[p];
        if para.kind == BlockKind::Heading {
            return None;
        }
        let same_block = |n: usize| {
            self.doc
                .paragraphs
                .get(n)
                .is_some_and(|next| next.kind == para.kind && next.block_quote == para.block_quote)
        };
        let first_mark = |n: usize| ranges.get(n).and_then(|r| self.marks[r.clone()].first());
        let reopens = |n: usize| {
            same_block(n)
                && first_mark(n).is_some_and(|m| {
                    m.at == self.doc.paragraphs[n].span.start
                        && m.can_open(open.family)
                        && m.style == open.style
                })
        };
        if reopens(p + 1) {
            return Some((p + 1, true));
        }
        // The first mark of the quote's kind in the paragraphs that follow
        // closes it: it runs on (through lines with none of its marks).
        let runs_on = (p + 1..p + 1 + RUN_ON)
            .take_while(|&n| same_block(n))
            .find_map(|n| {
                let r = ranges.get(n)?.clone();
                self.marks[r]
                    .iter()
                    .find(|m| m.family == open.family && m.style == open.style)
            })
            .is_some_and(|m| m.role == Role::Close);
        if runs_on {
            return Some((p + 1, false));
        }
        let aside = self.doc.paragraphs.get(p + 1).is_some_and(|c| {
            let text = &self.doc.prose[c.span.clone()];
            is_caption(text) || is_interjection(text)
        });
        (aside && reopens(p + 2)).then_some((p + 2, true))
    }
}

/// How many paragraphs a quote left without fresh marks may run on through
/// before the paragraph that closes it.
const RUN_ON: usize = 3;

/// The words after a speaker found inside a quote report what was said
/// (`…, Kerry said that 100,000 would be accepted`): part of the quoted
/// text, not the end of the quote.
fn reports_speech(after: &str) -> bool {
    let sentence = after
        .find(['.', '?', '!', ';'])
        .map_or(after, |end| &after[..end]);
    sentence
        .split_whitespace()
        .take(7)
        .any(|w| w.eq_ignore_ascii_case("that"))
}

/// A bracketed line between a speaker's paragraphs in a transcript:
/// `(CROSSTALK)`, `[Applause.]`, `(inaudible)`.
fn is_interjection(text: &str) -> bool {
    let text = text.trim().trim_end_matches('.');
    let inner = text
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .or_else(|| text.strip_prefix('[').and_then(|t| t.strip_suffix(']')));
    inner.is_some_and(|t| t.len() <= 40 && !t.contains(['(', ')', '[', ']', '“', '"']))
}

/// A photo caption pasted into the copy: it ends with a credit ("Image: NASA.").
fn is_caption(text: &str) -> bool {
    const CREDITS: &[&str] = &["Image:", "Photo:", "Photograph:", "Picture:", "Credit:"];
    let text = text.trim_end();
    CREDITS.iter().any(|credit| {
        text.rfind(credit).is_some_and(|at| {
            let tail = &text[at + credit.len()..];
            tail.len() <= 60
                && !tail
                    .trim_end_matches('.')
                    .contains(['.', '?', '!', '“', '"'])
        })
    })
}

/// Words that follow a closing quote but never follow a possessive's apostrophe.
fn is_function_word(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "a", "about", "after", "against", "also", "although", "an", "and", "are", "as", "at", "be",
        "because", "been", "before", "but", "by", "can", "could", "did", "do", "does", "for",
        "from", "had", "has", "have", "he", "her", "his", "i", "if", "in", "into", "is", "it",
        "its", "may", "might", "must", "my", "nor", "not", "of", "on", "onto", "or", "our", "over",
        "said", "says", "she", "should", "since", "so", "than", "that", "the", "their", "then",
        "these", "they", "this", "those", "though", "to", "unless", "until", "upon", "was", "we",
        "were", "when", "where", "which", "while", "who", "whom", "whose", "will", "with", "would",
        "yet", "you", "your",
    ];
    let lower = word.to_lowercase();
    WORDS.binary_search(&lower.as_str()).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    fn quoted(text: &str) -> Vec<String> {
        let doc = Document::parse(text, Format::Markdown);
        pair(&doc)
            .quotations
            .iter()
            .filter(|q| q.status == Status::Closed)
            .map(|q| text[q.span()].to_string())
            .collect()
    }

    #[test]
    fn function_words_are_sorted_for_lookup() {
        assert!(is_function_word("And"));
        assert!(is_function_word("the"));
        assert!(!is_function_word("union"));
    }

    #[test]
    fn possessive_inside_a_quote_is_not_its_end() {
        assert_eq!(
            quoted("‘It is about the farmers’ wages, not cars,’ she said."),
            vec!["‘It is about the farmers’ wages, not cars,’"]
        );
        assert_eq!(
            quoted("to ‘protect its farmers’ and its carmakers"),
            vec!["‘protect its farmers’"]
        );
    }

    #[test]
    fn elisions_outside_quotes_pair_nothing() {
        let doc = Document::parse("They played rock ’n’ roll in the ’90s.", Format::Markdown);
        let pairing = pair(&doc);
        assert!(pairing.quotations.is_empty());
        assert!(pairing.problems.is_empty());
    }

    #[test]
    fn nested_quotes_pair_inside_out() {
        assert_eq!(
            quoted("“She told me, ‘Run,’ and I ran,” he said."),
            vec!["“She told me, ‘Run,’ and I ran,”", "‘Run,’"]
        );
    }
}
