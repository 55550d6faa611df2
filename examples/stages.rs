//! Runs one stage of the engine on one draft a given number of times, for
//! counting instructions per stage under callgrind (see README, Performance).
//!
//! `cargo build --release --example stages`, then
//! `valgrind --tool=callgrind target/release/examples/stages FILE STAGE N` for
//! N = 1 and N = 11: the difference over ten is one run of the stage. STAGE is
//! `parse`, `all`, `quotes`, `figures`, `names` or a rule id (`repeated-word`).

use std::hint::black_box;
use std::str::FromStr;

use copydesk::rules::Check;
use copydesk::{analyze_document, figures, names, quotes, Config, Document, Format, Rule};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().collect();
    let [_, path, stage, times] = args.as_slice() else {
        return Err("usage: stages FILE STAGE N".into());
    };
    let text = std::fs::read_to_string(path).map_err(|e| format!("reading {path}: {e}"))?;
    let times: usize = times.parse().map_err(|e| format!("N `{times}`: {e}"))?;
    let format = Format::from_path(path);
    let config = Config::default();
    let doc = Document::parse(&text, format);
    let run = |stage: &str| -> Result<usize, String> {
        Ok(match stage {
            "parse" => Document::parse(black_box(&text), format).paragraphs.len(),
            "all" => analyze_document(black_box(&doc), &config).len(),
            "quotes" => quotes::check(black_box(&doc)).len(),
            "figures" => figures::check(black_box(&doc), &config.figures).len(),
            "names" => names::check(black_box(&doc), &config.names).len(),
            id => match Rule::from_str(id)?.doc().check {
                Check::By(check) => check(black_box(&doc), &config).len(),
                Check::Alongside(owner) => return Err(format!("{id} is run by {owner}")),
                Check::Engine => return Err(format!("{id} is reported by the engine")),
            },
        })
    };
    let mut total = 0;
    for _ in 0..times {
        total += run(stage)?;
    }
    println!("{stage}: {total} results over {times} runs");
    Ok(())
}
