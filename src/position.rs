//! Positions: converts between byte offsets and LSP positions (UTF-16 or UTF-8
//! code units) over a rope, and applies incremental edits.
//!
//! Lines are counted the way LSP counts them: `\n`, `\r\n` and `\r` end a line,
//! nothing else (ropey is built without `unicode_lines` for this). A position's
//! `character` counts code units of the negotiated [`Encoding`] from the start
//! of its line and never points into the line break.
//!
//! Two ways to read a client's position:
//! - [`to_offset`] is strict where the spec is: a line past the end of the
//!   document, or a position in the middle of a character, is an error. Edits
//!   use it, because such a position means the client's text and ours have
//!   drifted apart. A `character` past the end of its line means the line's end,
//!   as the spec says for every position.
//! - [`to_offset_clamped`] is lenient, as the LSP spec asks for queries: a
//!   `character` past the end of its line means the line's end, a line past the
//!   end of the document means the document's end, and a position inside a
//!   character means that character's start.

use std::fmt;
use std::ops::Range;

use ropey::Rope;

/// What a position's `character` counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8 code units (bytes).
    Utf8,
    /// UTF-16 code units: the LSP default. Characters outside the BMP (emoji) count 2.
    Utf16,
}

/// A zero-based line and a column in code units of some [`Encoding`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    pub line: u32,
    pub character: u32,
}

impl Position {
    pub fn new(line: u32, character: u32) -> Position {
        Position { line, character }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.character)
    }
}

/// Why a client's position does not name a place in the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PositionError {
    /// The line does not exist (`lines` is how many the document has).
    LineOutOfRange { position: Position, lines: usize },
    /// The column falls inside a character (between the halves of a surrogate
    /// pair, or inside a multi-byte UTF-8 sequence).
    InsideCharacter { position: Position },
    /// The range ends before it starts.
    Reversed { start: Position, end: Position },
}

impl fmt::Display for PositionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PositionError::LineOutOfRange { position, lines } => write!(
                f,
                "position {position} is past the end of the document ({lines} lines)"
            ),
            PositionError::InsideCharacter { position } => {
                write!(f, "position {position} falls inside a character")
            }
            PositionError::Reversed { start, end } => {
                write!(f, "range {start}-{end} ends before it starts")
            }
        }
    }
}

impl std::error::Error for PositionError {}

/// Where each line of `text` starts, counting lines as LSP does (and as the
/// server's ropes do): after every `\n`, `\r\n` and lone `\r`, and nowhere else.
/// The first line starts at 0. This is the one definition of a line that the
/// command line's line numbers share with the server's positions.
pub fn line_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    std::iter::once(0).chain(
        memchr::memchr2_iter(b'\n', b'\r', bytes)
            .filter(move |&i| !(bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n')))
            .map(|i| i + 1),
    )
}

/// The position of byte `offset`. An offset past the end means the end; an
/// offset inside a character or a `\r\n` pair is moved back to its start.
pub fn to_position(rope: &Rope, offset: usize, encoding: Encoding) -> Position {
    let char_idx = rope.byte_to_char(offset.min(rope.len_bytes()));
    let byte = rope.char_to_byte(char_idx);
    let line = rope.byte_to_line(byte);
    let line_start = rope.line_to_byte(line);
    let byte = byte.min(content_end(rope, line));
    let character = match encoding {
        Encoding::Utf8 => byte - line_start,
        Encoding::Utf16 => {
            rope.char_to_utf16_cu(rope.byte_to_char(byte))
                - rope.char_to_utf16_cu(rope.line_to_char(line))
        }
    };
    Position::new(to_u32(line), to_u32(character))
}

/// The byte offset of `position`, or why it does not exist (see the module docs).
/// `(number of lines, 0)` is accepted as the end of the document, as some clients
/// address it that way.
pub fn to_offset(
    rope: &Rope,
    position: Position,
    encoding: Encoding,
) -> Result<usize, PositionError> {
    let line = position.line as usize;
    let lines = rope.len_lines();
    if line >= lines {
        return if line == lines && position.character == 0 {
            Ok(rope.len_bytes())
        } else {
            Err(PositionError::LineOutOfRange { position, lines })
        };
    }
    let start = rope.line_to_byte(line);
    let end = content_end(rope, line);
    let column = position.character as usize;
    match encoding {
        Encoding::Utf8 => {
            let offset = (start + column).min(end);
            if rope.char_to_byte(rope.byte_to_char(offset)) != offset {
                return Err(PositionError::InsideCharacter { position });
            }
            Ok(offset)
        }
        Encoding::Utf16 => {
            let line_start_cu = rope.char_to_utf16_cu(rope.line_to_char(line));
            let end_cu = rope.char_to_utf16_cu(rope.byte_to_char(end));
            let target = (line_start_cu + column).min(end_cu);
            let char_idx = rope.utf16_cu_to_char(target);
            if rope.char_to_utf16_cu(char_idx) != target {
                return Err(PositionError::InsideCharacter { position });
            }
            Ok(rope.char_to_byte(char_idx))
        }
    }
}

/// The byte offset of `position`, clamped into the document (see the module docs).
pub fn to_offset_clamped(rope: &Rope, position: Position, encoding: Encoding) -> usize {
    let line = position.line as usize;
    if line >= rope.len_lines() {
        return rope.len_bytes();
    }
    let start = rope.line_to_byte(line);
    let end = content_end(rope, line);
    let column = position.character as usize;
    match encoding {
        Encoding::Utf8 => {
            let offset = (start + column).min(end);
            rope.char_to_byte(rope.byte_to_char(offset))
        }
        Encoding::Utf16 => {
            let line_start_cu = rope.char_to_utf16_cu(rope.line_to_char(line));
            let end_cu = rope.char_to_utf16_cu(rope.byte_to_char(end));
            let target = (line_start_cu + column).min(end_cu);
            rope.char_to_byte(rope.utf16_cu_to_char(target))
        }
    }
}

/// The byte range between two positions (strict).
pub fn to_range(
    rope: &Rope,
    start: Position,
    end: Position,
    encoding: Encoding,
) -> Result<Range<usize>, PositionError> {
    let from = to_offset(rope, start, encoding)?;
    let to = to_offset(rope, end, encoding)?;
    if to < from {
        return Err(PositionError::Reversed { start, end });
    }
    Ok(from..to)
}

/// The byte range between two positions, clamped; a reversed range is put in order.
pub fn to_range_clamped(
    rope: &Rope,
    start: Position,
    end: Position,
    encoding: Encoding,
) -> Range<usize> {
    let a = to_offset_clamped(rope, start, encoding);
    let b = to_offset_clamped(rope, end, encoding);
    a.min(b)..a.max(b)
}

/// One `didChange` content change: replace `range` (or, without one, the whole
/// text) by `text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change<'a> {
    pub range: Option<(Position, Position)>,
    pub text: &'a str,
}

/// Apply one change to `rope`. On error the rope is untouched.
pub fn apply_change(
    rope: &mut Rope,
    change: &Change<'_>,
    encoding: Encoding,
) -> Result<(), PositionError> {
    let Some((start, end)) = change.range else {
        *rope = Rope::from_str(change.text);
        return Ok(());
    };
    let bytes = to_range(rope, start, end, encoding)?;
    let chars = rope.byte_to_char(bytes.start)..rope.byte_to_char(bytes.end);
    rope.remove(chars.clone());
    rope.insert(chars.start, change.text);
    Ok(())
}

/// Where line `line`'s content ends: before its `\n`, `\r\n` or `\r`.
fn content_end(rope: &Rope, line: usize) -> usize {
    if line + 1 >= rope.len_lines() {
        return rope.len_bytes();
    }
    let start = rope.line_to_byte(line);
    let next = rope.line_to_byte(line + 1);
    let break_len =
        if next >= start + 2 && rope.byte(next - 1) == b'\n' && rope.byte(next - 2) == b'\r' {
            2
        } else {
            1
        };
    next - break_len
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "ab😀中\r\ne\u{301}x\rlast\n";

    #[test]
    fn emoji_count_two_in_utf16_and_four_in_utf8() {
        let rope = Rope::from_str(TEXT);
        let after_emoji = "ab😀".len();
        assert_eq!(
            to_position(&rope, after_emoji, Encoding::Utf16),
            Position::new(0, 4)
        );
        assert_eq!(
            to_position(&rope, after_emoji, Encoding::Utf8),
            Position::new(0, 6)
        );
        assert_eq!(
            to_offset(&rope, Position::new(0, 4), Encoding::Utf16),
            Ok(after_emoji)
        );
        assert_eq!(
            to_offset(&rope, Position::new(0, 3), Encoding::Utf16),
            Err(PositionError::InsideCharacter {
                position: Position::new(0, 3)
            })
        );
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let rope = Rope::from_str(TEXT);
        let x = TEXT.find('x').unwrap_or_default();
        assert_eq!(to_position(&rope, x, Encoding::Utf16), Position::new(1, 2));
        assert_eq!(to_position(&rope, x, Encoding::Utf8), Position::new(1, 3));
        let last = TEXT.find("last").unwrap_or_default();
        assert_eq!(
            to_position(&rope, last, Encoding::Utf16),
            Position::new(2, 0)
        );
        // The line break is not part of the line.
        let cr = TEXT.find('\r').unwrap_or_default();
        assert_eq!(
            to_position(&rope, cr + 1, Encoding::Utf16),
            Position::new(0, 5)
        );
    }

    #[test]
    fn line_starts_agree_with_the_rope() {
        for text in [
            TEXT,
            "",
            "\r",
            "\r\n",
            "\n\r",
            "a\r\rb\r\n\nc",
            "x\u{2028}y\u{85}z",
        ] {
            let rope = Rope::from_str(text);
            let starts: Vec<usize> = line_starts(text).collect();
            let from_rope: Vec<usize> = (0..rope.len_lines())
                .map(|l| rope.line_to_byte(l))
                .collect();
            assert_eq!(starts, from_rope, "{text:?}");
        }
    }

    #[test]
    fn unicode_line_separators_are_not_lsp_line_breaks() {
        let rope = Rope::from_str("a\u{2028}b\u{85}c\u{c}d");
        assert_eq!(rope.len_lines(), 1);
    }

    #[test]
    fn strict_rejects_and_clamped_clamps() {
        let rope = Rope::from_str(TEXT);
        // A column past the end of its line is the line's end, before its break,
        // even for the strict reading (the spec says so for every position).
        let line_end = TEXT.find('\r').unwrap_or_default();
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            assert_eq!(
                to_offset(&rope, Position::new(0, 99), encoding),
                Ok(line_end)
            );
            let second_end = TEXT.rfind('\r').unwrap_or_default();
            assert_eq!(
                to_offset(&rope, Position::new(1, 40), encoding),
                Ok(second_end)
            );
        }
        assert!(matches!(
            to_offset(&rope, Position::new(9, 0), Encoding::Utf16),
            Err(PositionError::LineOutOfRange { .. })
        ));
        assert_eq!(
            to_offset_clamped(&rope, Position::new(0, 99), Encoding::Utf16),
            TEXT.find('\r').unwrap_or_default()
        );
        assert_eq!(
            to_offset_clamped(&rope, Position::new(9, 9), Encoding::Utf8),
            TEXT.len()
        );
        // (lines, 0) names the end of the document.
        assert_eq!(
            to_offset(&rope, Position::new(4, 0), Encoding::Utf16),
            Ok(TEXT.len())
        );
    }

    #[test]
    fn a_change_past_the_end_of_a_line_applies_at_its_end() {
        let mut rope = Rope::from_str("one\r\ntwo\nthree");
        let change = Change {
            range: Some((Position::new(0, 50), Position::new(0, 80))),
            text: "!",
        };
        apply_change(&mut rope, &change, Encoding::Utf16).expect("clamped change");
        assert_eq!(rope.to_string(), "one!\r\ntwo\nthree");
        // From past the end of one line to the start of the next: the break goes.
        let join = Change {
            range: Some((Position::new(1, 9), Position::new(2, 0))),
            text: " ",
        };
        apply_change(&mut rope, &join, Encoding::Utf8).expect("clamped change");
        assert_eq!(rope.to_string(), "one!\r\ntwo three");
    }

    #[test]
    fn changes_apply_and_bad_ones_leave_the_rope_alone() {
        let mut rope = Rope::from_str(TEXT);
        let change = Change {
            range: Some((Position::new(1, 0), Position::new(1, 2))),
            text: "é",
        };
        apply_change(&mut rope, &change, Encoding::Utf16).expect("valid change");
        assert_eq!(rope.to_string(), "ab😀中\r\néx\rlast\n");
        let bad = Change {
            range: Some((Position::new(7, 0), Position::new(7, 1))),
            text: "zzz",
        };
        assert!(apply_change(&mut rope, &bad, Encoding::Utf16).is_err());
        assert_eq!(rope.to_string(), "ab😀中\r\néx\rlast\n");
        let reversed = Change {
            range: Some((Position::new(1, 1), Position::new(1, 0))),
            text: "",
        };
        assert!(matches!(
            apply_change(&mut rope, &reversed, Encoding::Utf16),
            Err(PositionError::Reversed { .. })
        ));
    }
}
