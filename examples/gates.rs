//! Says, for each expected conflict of an annotated set, which gate of the
//! figures check stops it (or "found"), so misses can be counted unread.
//!
//! Reads lines `PATH<TAB>START1<TAB>END1<TAB>START2<TAB>END2` (byte offsets of
//! the two spans) on standard input and writes one verdict per line;
//! `eval/gates.py SET…` feeds it and counts the verdicts. With `--figures
//! FILE…` it lists instead every figure each draft was read to give; with
//! `--left-out FILE…` every quantity the reader left out and why; with
//! `--raw-slips FILE…` every pair of quantities, read or not, one plain slip
//! apart (`--raw-slips-at`: by byte ranges, with the gate that stops each);
//! with `--swaps FILE…` every pair of figures whose digits are the other's in
//! another order, and the gate that stops it.

use std::io::{BufRead, Write};

use copydesk::document::{ceil_char_boundary, floor_char_boundary};
use copydesk::{figures, Config, Document, Format};

fn main() -> Result<(), String> {
    let config = Config::default();
    let style = &config.figures;
    let mut out = std::io::stdout().lock();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some((mode, paths)) = args.split_first().filter(|(a, _)| a.starts_with("--")) {
        return each_draft(paths, |path, text, doc| {
            let lines: Vec<String> = match mode.as_str() {
                // Each pair of figures with the same digits in another order,
                // with the gate that stops it (path, both numbers, gate).
                "--swaps" => figures::swapped_pairs(doc, style)
                    .into_iter()
                    .map(|(a, b)| {
                        let verdict = figures::diagnose(doc, style, &a, &b);
                        format!("{path}\t{}\t{}\t{verdict}", &text[a], &text[b])
                    })
                    .collect(),
                // Each quantity the reader left out (path, why, the words around).
                "--left-out" => figures::left_out(doc, style)
                    .into_iter()
                    .map(|(at, why)| format!("{path}\t{why}\t{}", around(text, at..at, 60)))
                    .collect(),
                // Each pair of quantities, read or not, one plain slip apart.
                "--raw-slips" => figures::raw_slips(doc)
                    .into_iter()
                    .map(|(a, b)| {
                        format!("{path}\t{}\t{}", around(text, a, 40), around(text, b, 40))
                    })
                    .collect(),
                // The same pairs by byte ranges, with the gate that stops each.
                "--raw-slips-at" => figures::raw_slips(doc)
                    .into_iter()
                    .map(|(a, b)| {
                        let verdict = figures::diagnose(doc, style, &a, &b);
                        format!(
                            "{path}\t{}\t{}\t{}\t{}\t{verdict}",
                            a.start, a.end, b.start, b.end
                        )
                    })
                    .collect(),
                "--figures" => std::iter::once(format!("== {path}"))
                    .chain(figures::explain(doc, style))
                    .collect(),
                _ => return Err(format!("unknown option `{mode}`")),
            };
            lines
                .iter()
                .try_for_each(|line| writeln!(out, "{line}"))
                .map_err(|e| format!("writing: {e}"))
        });
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
        let verdict = figures::diagnose(&doc, style, &(a..b), &(c..d));
        writeln!(out, "{verdict}").map_err(|e| format!("writing: {e}"))?;
    }
    Ok(())
}

/// Read and parse each draft of `paths` and hand it to `f` with its path and text.
fn each_draft(
    paths: &[String],
    mut f: impl FnMut(&str, &str, &Document<'_>) -> Result<(), String>,
) -> Result<(), String> {
    for path in paths {
        let text = read(path)?;
        let doc = Document::parse(&text, Format::from_path(path));
        f(path, &text, &doc)?;
    }
    Ok(())
}

/// The text of `r` marked `[[…]]` with up to `reach` bytes either side, on one line.
fn around(text: &str, r: std::ops::Range<usize>, reach: usize) -> String {
    let from = floor_char_boundary(text, r.start.saturating_sub(reach));
    let to = ceil_char_boundary(text, r.end + reach);
    let marked = if r.is_empty() {
        format!("{}[[{}", &text[from..r.start], &text[r.end..to])
    } else {
        format!(
            "{}[[{}]]{}",
            &text[from..r.start],
            &text[r.clone()],
            &text[r.end..to]
        )
    };
    marked.replace(['\n', '\t'], " ")
}

/// A draft's text, or an error naming its path.
fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("reading {path}: {e}"))
}
