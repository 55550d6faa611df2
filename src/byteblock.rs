//! Eight bytes at a time: which bytes of a block of ASCII text fall in a range,
//! for the tokeniser's fast path (a word's letters and digits).
//!
//! Measured gain (callgrind, one 556-word article checked eleven times in one
//! run, against the same blocks tested a byte at a time with `contains`): the
//! whole check 801k -> 710k instructions (-11%), figures 210k -> 135k, names
//! 304k -> 289k.

/// The high bit of every byte.
pub const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Every byte equal to `b`.
const fn every_byte(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

/// The high bit set in each byte of `x` that lies in `lo..=hi`, for `x` whose
/// bytes are all below 0x80. Each test adds a constant that carries into the
/// high bit exactly at the range's bound; no byte overflows into the next.
pub const fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    (x + every_byte(0x80 - lo)) & !(x + every_byte(0x7f - hi)) & HIGH_BITS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_a_byte_test_in_every_lane() {
        for b in 0..0x80u8 {
            for lane in [0, 3, 7] {
                let mut block = [b' '; 8];
                block[lane] = b;
                let x = u64::from_le_bytes(block);
                for (lo, hi) in [(b'A', b'Z'), (b'a', b'z'), (b'0', b'9')] {
                    let got = (in_range(x, lo, hi) >> (lane * 8)) & 0x80 != 0;
                    assert_eq!(got, (lo..=hi).contains(&b), "{b:#x} lane {lane}");
                }
            }
        }
    }
}
