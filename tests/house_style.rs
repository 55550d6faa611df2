//! "Accept this name": the copydesk.toml edit keeps the file as written, adds
//! the name once, and the finding it answers goes away.

use copydesk::config::Settings;
use copydesk::house_style::accept_name;
use copydesk::{analyze, Config, Format, Rule};

const CONFIG: &str = "# Newsroom settings\n\
[rules]\n\
unattributed-quote = \"hint\" # quiet for now\n\
\n\
[names]\n\
# house spellings\n\
prefer = [\"Kim Jong Un\"]\n";

fn config_from(toml: &str) -> Config {
    let settings = Settings::from_toml(toml).expect("copydesk.toml parses");
    let mut config = Config::default();
    config.apply(&settings).expect("settings apply");
    config
}

#[test]
fn adds_the_name_and_keeps_comments_and_layout() {
    let out = accept_name(CONFIG, "Kowalczik").expect("edit succeeds");
    assert!(
        out.starts_with(CONFIG.trim_end()),
        "existing text kept:\n{out}"
    );
    assert!(out.contains("# quiet for now"));
    assert!(out.contains("# house spellings"));
    assert!(out.contains("accept = [\"Kowalczik\"]"), "{out}");
    let settings = Settings::from_toml(&out).expect("still valid");
    assert_eq!(
        settings.names.expect("names table").accept,
        vec!["Kowalczik"]
    );
}

#[test]
fn adding_twice_does_not_duplicate() {
    let once = accept_name(CONFIG, "Kowalczik").expect("edit");
    let twice = accept_name(&once, "Kowalczik").expect("edit");
    assert_eq!(once, twice);
    let more = accept_name(&once, "Tayler Swift").expect("edit");
    let settings = Settings::from_toml(&more).expect("valid");
    assert_eq!(
        settings.names.expect("names table").accept,
        vec!["Kowalczik", "Tayler Swift"]
    );
}

#[test]
fn creates_the_names_table_when_missing() {
    let out =
        accept_name("[rules]\nmisspelled-name = \"error\"\n", "Vladamir Smith").expect("edit");
    assert!(out.starts_with("[rules]\nmisspelled-name = \"error\"\n"));
    let settings = Settings::from_toml(&out).expect("valid");
    assert_eq!(
        settings.names.expect("names").accept,
        vec!["Vladamir Smith"]
    );
    assert!(accept_name("names = \"oops\"\n", "X").is_err());
}

#[test]
fn accepting_an_inconsistent_spelling_silences_it() {
    let draft = "Dana Kowalczyk runs the agency.\n\n\
                 “Stay off the roads,” Kowalczik said.\n\n\
                 Kowalczyk said 200 homes were damaged.\n";
    let before = analyze(draft, Format::Markdown, &config_from(CONFIG));
    let finding = before
        .iter()
        .find(|f| f.rule == Rule::InconsistentName)
        .expect("the two spellings are flagged");
    let name = finding.acceptable_name.clone().expect("an acceptable name");
    assert_eq!(name, "Kowalczik");

    let toml = accept_name(CONFIG, &name).expect("edit");
    let after = analyze(draft, Format::Markdown, &config_from(&toml));
    assert!(
        !after.iter().any(|f| f.rule == Rule::InconsistentName),
        "{after:#?}"
    );
}

#[test]
fn accepting_a_misspelling_silences_it() {
    // Uses the shipped reference list, which knows Vladimir Putin.
    let draft = "Vladamir Smith, a local baker, met Vladamir Putin on Monday.\n";
    let before = analyze(draft, Format::PlainText, &config_from(""));
    let flagged: Vec<&str> = before
        .iter()
        .filter(|f| f.rule == Rule::MisspelledName)
        .filter_map(|f| f.acceptable_name.as_deref())
        .collect();
    assert_eq!(flagged, vec!["Vladamir Putin"], "{before:#?}");

    let toml = accept_name("", "Vladamir Putin").expect("edit");
    let after = analyze(draft, Format::PlainText, &config_from(&toml));
    assert!(
        !after.iter().any(|f| f.rule == Rule::MisspelledName),
        "{after:#?}"
    );
}
