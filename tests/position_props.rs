//! Property tests for `copydesk::position`: byte offsets, UTF-16 and UTF-8
//! positions round-trip, and incremental edits on a rope match edits on a String.

use copydesk::position::{self, Change, Encoding, Position};
use proptest::prelude::*;
use ropey::Rope;

/// Characters that stress position handling: ASCII, accents (precomposed and
/// combining), CJK, emoji outside the BMP, every LSP line break, and Unicode
/// separators that LSP does *not* count as line breaks.
fn tricky_char() -> impl Strategy<Value = char> {
    prop::sample::select(vec![
        'a',
        'Z',
        ' ',
        '“',
        '”',
        'é',
        '\u{301}',
        '中',
        '文',
        '😀',
        '👍',
        '\u{1F1EB}',
        '\n',
        '\r',
        '\u{2028}',
        '\u{85}',
        '\u{c}',
    ])
}

fn tricky_text() -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_char(), 0..60).prop_map(|cs| cs.into_iter().collect())
}

/// The LSP position of every char boundary, computed the obvious way.
fn reference_positions(text: &str, encoding: Encoding) -> Vec<(usize, Position)> {
    let mut out = Vec::new();
    let (mut line, mut col) = (0u32, 0u32);
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        out.push((i, Position::new(line, col)));
        match c {
            '\r' if chars.peek().map(|&(_, n)| n) == Some('\n') => {
                // The offset between \r and \n is not addressable; skip it.
                chars.next();
                line += 1;
                col = 0;
            }
            '\n' | '\r' => {
                line += 1;
                col = 0;
            }
            _ => {
                col += match encoding {
                    Encoding::Utf8 => c.len_utf8() as u32,
                    Encoding::Utf16 => c.len_utf16() as u32,
                }
            }
        }
    }
    out.push((text.len(), Position::new(line, col)));
    out
}

const ENCODINGS: [Encoding; 2] = [Encoding::Utf8, Encoding::Utf16];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn offsets_and_positions_round_trip(text in tricky_text()) {
        let rope = Rope::from_str(&text);
        for encoding in ENCODINGS {
            for (offset, expected) in reference_positions(&text, encoding) {
                let got = position::to_position(&rope, offset, encoding);
                prop_assert_eq!(got, expected, "offset {} of {:?} ({:?})", offset, text, encoding);
                prop_assert_eq!(position::to_offset(&rope, got, encoding), Ok(offset));
                prop_assert_eq!(position::to_offset_clamped(&rope, got, encoding), offset);
            }
        }
    }

    #[test]
    fn utf8_and_utf16_positions_name_the_same_offsets(text in tricky_text()) {
        let rope = Rope::from_str(&text);
        let utf8 = reference_positions(&text, Encoding::Utf8);
        let utf16 = reference_positions(&text, Encoding::Utf16);
        for ((offset, p8), (_, p16)) in utf8.into_iter().zip(utf16) {
            let via16 = position::to_offset(&rope, p16, Encoding::Utf16);
            prop_assert_eq!(via16, Ok(offset));
            prop_assert_eq!(position::to_position(&rope, offset, Encoding::Utf8), p8);
        }
    }

    #[test]
    fn clamped_never_panics_and_lands_on_a_boundary(
        text in tricky_text(),
        line in 0u32..12,
        character in 0u32..80,
    ) {
        let rope = Rope::from_str(&text);
        for encoding in ENCODINGS {
            let p = Position::new(line, character);
            let clamped = position::to_offset_clamped(&rope, p, encoding);
            prop_assert!(text.is_char_boundary(clamped));
            if let Ok(strict) = position::to_offset(&rope, p, encoding) {
                prop_assert_eq!(strict, clamped);
            }
        }
    }

    #[test]
    fn rope_edits_match_string_edits(
        text in tricky_text(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), tricky_text(), any::<bool>()), 1..8),
    ) {
        let mut expected = text.clone();
        let mut rope = Rope::from_str(&text);
        for (a, b, insert, use_utf8) in edits {
            let encoding = if use_utf8 { Encoding::Utf8 } else { Encoding::Utf16 };
            let positions = reference_positions(&expected, encoding);
            let (start, p_start) = positions[a.index(positions.len())];
            let (end, p_end) = positions[b.index(positions.len())];
            let ((start, p_start), (end, p_end)) = if start <= end {
                ((start, p_start), (end, p_end))
            } else {
                ((end, p_end), (start, p_start))
            };
            expected.replace_range(start..end, &insert);
            let change = Change { range: Some((p_start, p_end)), text: &insert };
            prop_assert_eq!(position::apply_change(&mut rope, &change, encoding), Ok(()));
            prop_assert_eq!(rope.to_string(), expected.clone());
        }
    }

    #[test]
    fn rejected_edits_leave_the_rope_untouched(
        text in tricky_text(),
        line in 0u32..12,
        character in 0u32..80,
    ) {
        let mut rope = Rope::from_str(&text);
        for encoding in ENCODINGS {
            let p = Position::new(line, character);
            let change = Change { range: Some((p, p)), text: "X" };
            if position::apply_change(&mut rope, &change, encoding).is_err() {
                prop_assert_eq!(rope.to_string(), text.clone());
            } else {
                rope = Rope::from_str(&text);
            }
        }
    }

    /// The command line's line numbers and the server's positions count the same lines.
    #[test]
    fn line_starts_are_the_ropes(text in tricky_text()) {
        let rope = Rope::from_str(&text);
        let starts: Vec<usize> = position::line_starts(&text).collect();
        let from_rope: Vec<usize> = (0..rope.len_lines()).map(|l| rope.line_to_byte(l)).collect();
        prop_assert_eq!(starts, from_rope);
    }
}
