//! Line index: turns UTF-8 byte offsets into 1-based lines and character
//! columns with a binary search, so a file with many findings stays linear.
//!
//! Lines end where the language server's do ([`position::line_starts`]): at
//! `\n`, `\r\n` and a lone `\r`, so a file from an old Mac editor and the same
//! draft open in an editor give the same line numbers.

pub use crate::document::floor_char_boundary;
use crate::position;

/// Where each line of a text starts.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
}

/// A 1-based line and a 1-based column counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        LineIndex {
            starts: position::line_starts(text).collect(),
        }
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
            column: text[start..offset].chars().count() + 1,
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
