//! Markup left in the copy (`<a href="…">`, `<tweet tweet-date="…">`): the
//! quotation marks inside a tag delimit attributes, not anybody's words.

use super::marks::Mark;

/// The longest tag read as one (tags may run over several lines).
const LONGEST: usize = 1000;

/// The tags of a text, visited in order as marks are scanned.
pub struct Tags<'a> {
    text: &'a str,
    /// Where to look for the next tag.
    from: usize,
    /// The tag found last (empty before any).
    current: std::ops::Range<usize>,
}

impl<'a> Tags<'a> {
    pub fn new(text: &'a str) -> Tags<'a> {
        Tags {
            text,
            from: 0,
            current: 0..0,
        }
    }

    /// Whether byte `at` lies inside a tag. Calls must come in increasing `at`.
    fn contains(&mut self, at: usize) -> bool {
        while self.current.end <= at && self.from <= at {
            match next_tag(self.text, self.from) {
                Some(tag) => {
                    self.from = tag.end.max(tag.start + 1);
                    self.current = tag;
                }
                None => self.from = usize::MAX,
            }
        }
        self.current.contains(&at)
    }

    /// Remove from `marks[start..]` the marks that lie inside a tag.
    pub fn drop_marks_inside(&mut self, marks: &mut Vec<Mark>, start: usize) {
        let mut kept = start;
        for i in start..marks.len() {
            if !self.contains(marks[i].at) {
                marks[kept] = marks[i];
                kept += 1;
            }
        }
        marks.truncate(kept);
    }
}

/// The next tag at or after `from`: `<` then a letter or `/`, through the next
/// `>` (with no `<` before it, within [`LONGEST`] bytes).
fn next_tag(text: &str, from: usize) -> Option<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut at = from;
    loop {
        let start = at + memchr::memchr(b'<', bytes.get(at..)?)?;
        let opens = bytes
            .get(start + 1)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/');
        if opens {
            let window = &bytes[start + 1..bytes.len().min(start + 1 + LONGEST)];
            if let Some(k) = memchr::memchr2(b'>', b'<', window) {
                if window[k] == b'>' {
                    return Some(start..start + 1 + k + 1);
                }
            }
        }
        at = start + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_found_over_lines_and_lone_brackets_are_not() {
        let text = "a < b and <a href=\"x\">link</a> then <tweet date=\"May\n\">";
        let found: Vec<&str> = std::iter::successors(next_tag(text, 0), |t| next_tag(text, t.end))
            .map(|t| &text[t])
            .collect();
        assert_eq!(
            found,
            vec!["<a href=\"x\">", "</a>", "<tweet date=\"May\n\">"]
        );
    }
}
