//! Sorted word lists searched where they lie in the binary: a binary search
//! over lines, narrowed by an index of two-letter starts made at compile time.

/// Lines sorted bytewise, with where the lines of each two-letter start
/// ("aa" to "zz") begin, so a look-up searches a handful of lines, not all.
pub struct SortedLines {
    text: &'static str,
    /// `starts[b]`: the first line whose first two bytes are not below those
    /// of bucket `b` ("aa" is 0, "ab" 1, ... "zz" 675); `starts[676]` is the end.
    starts: [u32; BUCKETS + 1],
}

const BUCKETS: usize = 26 * 26;

impl SortedLines {
    pub const fn new(text: &'static str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = [bytes.len() as u32; BUCKETS + 1];
        let (mut bucket, mut at) = (0, 0);
        while at < bytes.len() {
            let first = (
                bytes[at],
                if at + 1 < bytes.len() {
                    bytes[at + 1]
                } else {
                    0
                },
            );
            while bucket < BUCKETS && !above(bucket_letters(bucket), first) {
                starts[bucket] = at as u32;
                bucket += 1;
            }
            while at < bytes.len() && bytes[at] != b'\n' {
                at += 1;
            }
            at += 1;
        }
        SortedLines { text, starts }
    }

    pub fn contains(&self, wanted: &str) -> bool {
        let range = match wanted.as_bytes() {
            [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] => {
                let bucket = usize::from(a - b'a') * 26 + usize::from(b - b'a');
                self.starts[bucket] as usize..self.starts[bucket + 1] as usize
            }
            [] => return false,
            _ => 0..self.text.len(),
        };
        sorted_lines_contain(self.text, range, wanted)
    }
}

/// The two letters of a bucket.
const fn bucket_letters(bucket: usize) -> (u8, u8) {
    (b'a' + (bucket / 26) as u8, b'a' + (bucket % 26) as u8)
}

/// Is the pair `x` above the pair `y`, comparing bytes in order?
const fn above(x: (u8, u8), y: (u8, u8)) -> bool {
    x.0 > y.0 || (x.0 == y.0 && x.1 > y.1)
}

/// Is `wanted` a whole line of `text` (sorted bytewise)? The whole text is
/// searched, for a list without the two-letter index.
pub fn contains_line(text: &str, wanted: &str) -> bool {
    sorted_lines_contain(text, 0..text.len(), wanted)
}

/// Binary search for a whole line among the lines of `text` (sorted bytewise)
/// that start within `range`, whose ends are line starts or the end.
fn sorted_lines_contain(text: &str, range: std::ops::Range<usize>, wanted: &str) -> bool {
    let bytes = text.as_bytes();
    let (mut lo, mut hi) = (range.start, range.end);
    // Invariant: every line starting before `lo` is less than `wanted`, every
    // line starting at or after `hi` greater; `lo` is always a line start.
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = line_start(bytes, mid).max(lo);
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |n| start + n);
        match text[start..end].cmp(wanted) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => {
                if start == lo {
                    return false;
                }
                hi = start;
            }
        }
    }
    false
}

/// Where the line holding byte `at` starts.
fn line_start(bytes: &[u8], at: usize) -> usize {
    memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |n| n + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_finds_every_line_and_nothing_between() {
        let text = "# note\nab\nalpha\nbeta\nbzé\nbé\ndelta\ngamma\nomega\nzz\n";
        let lines = SortedLines::new(text);
        for w in [
            "ab", "alpha", "beta", "bzé", "bé", "delta", "gamma", "omega", "zz",
        ] {
            assert!(lines.contains(w), "{w}");
            assert!(contains_line(text, w), "{w}");
        }
        for w in [
            "aaa", "alph", "alphaa", "c", "epsilon", "zeta", "", "b", "zzz", "é",
        ] {
            assert!(!lines.contains(w), "{w}");
            assert!(!contains_line(text, w), "{w}");
        }
    }
}
