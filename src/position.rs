//! Positions: converts between byte offsets and LSP positions (UTF-16 or UTF-8
//! code units) over a rope, and applies incremental edits.
