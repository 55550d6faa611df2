//! Says, for each expected conflict of an annotated set, which gate of the
//! figures check stops it (or "found"), so misses can be counted unread.
//!
//! Reads lines `PATH<TAB>START1<TAB>END1<TAB>START2<TAB>END2` (byte offsets of
//! the two spans) on standard input and writes one verdict per line;
//! `eval/gates.py SET…` feeds it and counts the verdicts. With `--figures
//! FILE…` it lists instead every figure each draft was read to give; with
//! `--left-out FILE…` every quantity the reader left out and why; with
//! `--swaps FILE…` every pair of figures whose digits are the other's in
//! another order, and the gate that stops it.

use std::io::{BufRead, Write};

use copydesk::{figures, Config, Document, Format};

fn main() -> Result<(), String> {
    let config = Config::default();
    let mut out = std::io::stdout().lock();
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `--swaps FILE…`: each pair of figures with the same digits in another
    // order, with the gate that stops it, one line each (path, both numbers).
    if let Some(("--swaps", paths)) = args.split_first().map(|(a, p)| (a.as_str(), p)) {
        for path in paths {
            let text = read(path)?;
            let doc = Document::parse(&text, Format::from_path(path));
            for (a, b) in figures::swapped_pairs(&doc, &config.figures) {
                let verdict = figures::diagnose(&doc, &config.figures, &a, &b);
                writeln!(out, "{path}\t{}\t{}\t{verdict}", &text[a], &text[b])
                    .map_err(|e| format!("writing: {e}"))?;
            }
        }
        return Ok(());
    }
    // `--left-out FILE…`: each quantity the reader left out, with why and the
    // words around it (path, reason, context), one line each.
    if let Some(("--left-out", paths)) = args.split_first().map(|(a, p)| (a.as_str(), p)) {
        for path in paths {
            let text = read(path)?;
            let doc = Document::parse(&text, Format::from_path(path));
            for (at, why) in figures::left_out(&doc, &config.figures) {
                let from = boundary(&text, at.saturating_sub(60), false);
                let to = boundary(&text, at + 60, true);
                let before = text[from..at].replace(['\n', '\t'], " ");
                let after = text[at..to].replace(['\n', '\t'], " ");
                writeln!(out, "{path}\t{why}\t{before}[[{after}")
                    .map_err(|e| format!("writing: {e}"))?;
            }
        }
        return Ok(());
    }
    if let Some(("--raw-slips", paths)) = args.split_first().map(|(a, p)| (a.as_str(), p)) {
        for path in paths {
            let text = read(path)?;
            let doc = Document::parse(&text, Format::from_path(path));
            for (a, b) in figures::raw_slips(&doc) {
                let ctx = |r: std::ops::Range<usize>| {
                    let from = boundary(&text, r.start.saturating_sub(40), false);
                    let to = boundary(&text, r.end + 40, true);
                    format!(
                        "{}[[{}]]{}",
                        &text[from..r.start],
                        &text[r.clone()],
                        &text[r.end..to]
                    )
                    .replace(['\n', '\t'], " ")
                };
                writeln!(out, "{path}\t{}\t{}", ctx(a), ctx(b))
                    .map_err(|e| format!("writing: {e}"))?;
            }
        }
        return Ok(());
    }
    if let Some(("--figures", paths)) = args.split_first().map(|(a, p)| (a.as_str(), p)) {
        for path in paths {
            let text = read(path)?;
            let doc = Document::parse(&text, Format::from_path(path));
            writeln!(out, "== {path}").map_err(|e| format!("writing: {e}"))?;
            for line in figures::explain(&doc, &config.figures) {
                writeln!(out, "{line}").map_err(|e| format!("writing: {e}"))?;
            }
        }
        return Ok(());
    }
    for line in std::io::stdin().lock().lines() {
        let line = line.map_err(|e| format!("reading standard input: {e}"))?;
        let fields: Vec<&str> = line.split('\t').collect();
        let [path, offsets @ ..] = fields.as_slice() else {
            continue;
        };
        let numbers: Vec<usize> = offsets
            .iter()
            .map(|n| {
                n.parse()
                    .map_err(|e| format!("offset `{n}` in `{line}`: {e}"))
            })
            .collect::<Result<_, _>>()?;
        let [a, b, c, d] = numbers[..] else {
            return Err(format!("want four offsets: `{line}`"));
        };
        let text = read(path)?;
        let doc = Document::parse(&text, Format::from_path(path));
        let verdict = figures::diagnose(&doc, &config.figures, &(a..b), &(c..d));
        writeln!(out, "{verdict}").map_err(|e| format!("writing: {e}"))?;
    }
    Ok(())
}

/// The nearest character boundary of `text` at or before `at` (after, if `up`).
fn boundary(text: &str, at: usize, up: bool) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at = if up { at + 1 } else { at - 1 };
    }
    at
}

/// A draft's text, or an error naming its path.
fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("reading {path}: {e}"))
}
