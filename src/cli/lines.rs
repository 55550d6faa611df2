//! Line index: turns UTF-8 byte offsets into 1-based lines and character
//! columns with a binary search, so a file with many findings stays linear.
//!
//! Lines end where the language server's do ([`position::line_starts`]): at
//! `\n`, `\r\n` and a lone `\r`, so a file from an old Mac editor and the same
//! draft open in an editor give the same line numbers.

pub use crate::document::floor_char_boundary;
use crate::position;

/// Where each line of a text starts, and how many characters stand before
/// every [`MARK_EVERY`]th byte.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// For each block of [`MARK_EVERY`] bytes: the char boundary at or
    /// before its start, and how many characters the text has before it.
    marks: Vec<(usize, usize)>,
}

/// How many bytes apart the character counts are kept: a column is counted
/// from the nearest mark, not from its line's start. (A one-line draft of
/// 1.4 MB with 14,000 findings spent half its 1.1 G instructions counting
/// columns from the line's start.)
const MARK_EVERY: usize = 1024;

/// A 1-based line and a 1-based column counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut marks = Vec::with_capacity(text.len() / MARK_EVERY + 1);
        let (mut at, mut chars) = (0, 0);
        for block in 0..=text.len() / MARK_EVERY {
            let boundary = floor_char_boundary(text, block * MARK_EVERY);
            chars += text[at..boundary].chars().count();
            at = boundary;
            marks.push((at, chars));
        }
        LineIndex {
            starts: position::line_starts(text).collect(),
            marks,
        }
    }

    /// How many characters of `text` stand before byte `offset` (a char boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let (at, chars) = self
            .marks
            .get(offset / MARK_EVERY)
            .copied()
            .unwrap_or_default();
        chars + text[at.min(offset)..offset].chars().count()
    }

    /// 0-based index of the line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// Byte offset where the 0-based line `line` starts, if there is such a line.
    pub fn start_of(&self, line: usize) -> Option<usize> {
        self.starts.get(line).copied()
    }

    /// Line and character column of `offset` in `text` (clamped to the text).
    pub fn locate(&self, text: &str, offset: usize) -> LineCol {
        let offset = floor_char_boundary(text, offset);
        let line = self.line_of(offset);
        let start = self.start_of(line).unwrap_or(0).min(offset);
        LineCol {
            line: line + 1,
            column: self.chars_before(text, offset) - self.chars_before(text, start) + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_character_columns() {
        let text = "One\n“Zwei” é\n\nlast";
        let index = LineIndex::new(text);
        assert_eq!(index.locate(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(index.locate(text, 3), LineCol { line: 1, column: 4 });
        assert_eq!(index.locate(text, 4), LineCol { line: 2, column: 1 });
        let e = text.find('é').unwrap_or(0);
        assert_eq!(index.locate(text, e), LineCol { line: 2, column: 8 });
        let last = text.find("last").unwrap_or(0);
        assert_eq!(index.locate(text, last), LineCol { line: 4, column: 1 });
        assert_eq!(
            index.locate(text, text.len()),
            LineCol { line: 4, column: 5 }
        );
    }

    #[test]
    fn columns_on_a_long_line_count_characters_across_marks() {
        // Multi-byte characters straddle the marks every MARK_EVERY bytes.
        let text = format!("x\n{}", "aé“b”ç ".repeat(900));
        let index = LineIndex::new(&text);
        let mut offset = 0;
        while offset <= text.len() {
            if text.is_char_boundary(offset) {
                let line_start = if offset >= 2 { 2 } else { 0 };
                let expected = text[line_start..offset].chars().count() + 1;
                assert_eq!(index.locate(&text, offset).column, expected, "at {offset}");
            }
            offset += 1;
        }
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line_and_crlf_ends_one() {
        let text = "one\rtwo\r\nthree\n\rfour";
        let index = LineIndex::new(text);
        let line = |word: &str| index.locate(text, text.find(word).unwrap_or(0)).line;
        assert_eq!(
            [line("one"), line("two"), line("three"), line("four")],
            [1, 2, 3, 5]
        );
    }

    #[test]
    fn offsets_inside_a_character_or_past_the_end_are_clamped() {
        let text = "a“b";
        let index = LineIndex::new(text);
        assert_eq!(index.locate(text, 2), LineCol { line: 1, column: 2 });
        assert_eq!(index.locate(text, 99), LineCol { line: 1, column: 4 });
    }
}
