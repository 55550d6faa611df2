//! The shipped reference list: the embedded compact file must be exactly what
//! the source lists in data/people/ normalise to, and the list must be big enough.

use std::fs;
use std::path::Path;

use copydesk::reference::{builtin, compact, parse_compact, parse_tsv, EMBEDDED};

fn source_lists() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/people");
    let mut sources = Vec::new();
    for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display())) {
        let path = entry.expect("directory entry").path();
        if path.extension().is_some_and(|ext| ext == "tsv") {
            let name = format!(
                "data/people/{}",
                path.file_name().expect("file name").to_string_lossy()
            );
            let text = fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
            sources.push((name, text));
        }
    }
    sources
}

#[test]
fn embedded_list_is_rebuilt_from_the_sources() {
    let sources = source_lists();
    let borrowed: Vec<(&str, &str)> = sources
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_str()))
        .collect();
    let rebuilt =
        compact(&borrowed).unwrap_or_else(|err| panic!("source lists are invalid:\n{err}"));
    if rebuilt != EMBEDDED {
        let first_difference = rebuilt
            .lines()
            .zip(EMBEDDED.lines())
            .position(|(a, b)| a != b)
            .map_or_else(
                || "one file is a prefix of the other".to_string(),
                |i| {
                    format!(
                        "first difference at line {}:\n  sources:  {:?}\n  embedded: {:?}",
                        i + 1,
                        rebuilt.lines().nth(i),
                        EMBEDDED.lines().nth(i)
                    )
                },
            );
        panic!(
            "data/people.compact.tsv is stale: run `python3 scripts/build-people.py` and commit it \
             ({first_difference})"
        );
    }
}

#[test]
fn the_fast_compact_parser_agrees_with_the_checking_one() {
    let checked = parse_tsv("data/people.compact.tsv", EMBEDDED)
        .unwrap_or_else(|err| panic!("the embedded list is invalid: {err}"));
    assert_eq!(parse_compact(EMBEDDED), checked);
}

#[test]
fn builtin_list_parses_and_keeps_every_row() {
    let rows = EMBEDDED
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .count();
    assert_eq!(builtin().len(), rows);
    let mut names: Vec<&str> = builtin().iter().map(|p| p.canonical.as_str()).collect();
    let sorted = names.clone();
    names.dedup();
    assert_eq!(
        names.len(),
        sorted.len(),
        "duplicate canonical names in the embedded list"
    );
}

// Needs both halves of the list (politics and public office, and the other
// fields) to have landed.
#[test]
fn the_list_holds_at_least_three_thousand_people() {
    assert!(
        builtin().len() >= 3000,
        "only {} people in the reference list",
        builtin().len()
    );
}

#[test]
fn well_known_spellings_and_variants_are_present() {
    let find = |name: &str| builtin().iter().find(|p| p.canonical == name);
    let putin = find("Vladimir Putin").expect("Vladimir Putin is listed");
    assert_eq!(putin.wikidata.as_deref(), Some("Q7747"));
    let lavrov = find("Sergey Lavrov").expect("Sergey Lavrov is listed");
    assert!(lavrov.variants.iter().any(|v| v == "Sergei Lavrov"));
    let blinken = find("Antony Blinken").expect("Antony Blinken is listed");
    assert!(!blinken.variants.iter().any(|v| v == "Anthony Blinken"));
    let zelenskyy = find("Volodymyr Zelenskyy").expect("Zelenskyy is listed");
    for v in ["Volodymyr Zelensky", "Volodymyr Zelenskiy"] {
        assert!(
            zelenskyy.variants.iter().any(|x| x == v),
            "missing variant {v}"
        );
    }
}

#[test]
fn bad_rows_are_reported_with_source_and_line() {
    let err = parse_tsv(
        "extra.tsv",
        "# ok\nAnna Example\tA. Example\tQ1\tMayor\nBad Row\tno tabs\tQ2\tx\ty\n",
    )
    .unwrap_err();
    assert!(
        err.starts_with("extra.tsv:3: expected up to 4 tab-separated columns"),
        "{err}"
    );
    let err = parse_tsv("extra.tsv", " \t\t\tMayor\n").unwrap_err();
    assert_eq!(err, "extra.tsv:1: the name column is empty");
    let err = parse_tsv("extra.tsv", "Anna Example\t\tQ-1\tMayor\n").unwrap_err();
    assert!(
        err.starts_with("extra.tsv:1: \"Q-1\" is not a Wikidata id"),
        "{err}"
    );
}

#[test]
fn source_rows_are_normalised() {
    let people = parse_tsv(
        "extra.tsv",
        "  Anna   Example \t A. Example ; ;Anna Example\t\t Mayor \r\n",
    )
    .expect("valid row");
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].canonical, "Anna Example");
    assert_eq!(people[0].variants, vec!["A. Example".to_string()]);
    assert_eq!(people[0].wikidata, None);
    assert_eq!(people[0].description, "Mayor");
}
