//! Workspace loading: discovery of `copydesk.toml` upwards from a draft, the
//! layering defaults < editor settings < file, reference lists, and errors.

#[path = "support/tempdir.rs"]
mod tempdir;

use copydesk::config::{Level, Settings};
use copydesk::workspace::{find_config, load, load_with};
use copydesk::{Rule, Severity};
use tempdir::TempDir;

#[test]
fn finds_the_nearest_config_upwards() {
    let tmp = TempDir::new("find");
    let top = tmp.write("copydesk.toml", "");
    let inner = tmp.write("desk/copydesk.toml", "");
    tmp.write("desk/world/europe/draft.md", "Text.\n");

    assert_eq!(
        find_config(&tmp.path().join("desk/world/europe")),
        Some(inner.clone())
    );
    assert_eq!(find_config(&tmp.path().join("desk")), Some(inner));
    assert_eq!(find_config(tmp.path()), Some(top));
}

#[test]
fn no_config_means_defaults() {
    let tmp = TempDir::new("none");
    let draft = tmp.write("draft.md", "Text.\n");
    let loaded = load(&draft, &Settings::default());
    // A copydesk.toml further up (outside the temp dir) would change this;
    // the system temp dir is not expected to hold one.
    if loaded.file.is_none() {
        assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
        assert_eq!(
            loaded.config.level(Rule::UnattributedQuote),
            Level::On(Severity::Warning)
        );
    }
}

#[test]
fn file_switches_a_rule_off_for_drafts_below_it() {
    let tmp = TempDir::new("off");
    let toml = tmp.write("copydesk.toml", "[rules]\nunattributed-quote = \"off\"\n");
    let draft = tmp.write("news/draft.md", "Text.\n");
    let loaded = load(&draft, &Settings::default());
    assert_eq!(loaded.file, Some(toml));
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert!(!loaded.config.enabled(Rule::UnattributedQuote));
    assert!(loaded.config.enabled(Rule::UnclosedQuote));
}

#[test]
fn file_wins_over_editor_which_wins_over_defaults() {
    let tmp = TempDir::new("layers");
    tmp.write("copydesk.toml", "[rules]\nconflicting-figure = \"error\"\n");
    let draft = tmp.write("draft.md", "Text.\n");
    let editor = Settings::from_toml(
        "[rules]\nconflicting-figure = \"hint\"\ninconsistent-name = \"info\"\n",
    )
    .expect("valid editor settings");
    let loaded = load(&draft, &editor);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert_eq!(
        loaded.config.level(Rule::ConflictingFigure),
        Level::On(Severity::Error),
        "the file wins over the editor"
    );
    assert_eq!(
        loaded.config.level(Rule::InconsistentName),
        Level::On(Severity::Info),
        "the editor wins over the defaults"
    );
    assert_eq!(
        loaded.config.level(Rule::MisspelledName),
        Level::On(Severity::Error),
        "defaults stay for what nobody set"
    );
}

#[test]
fn broken_file_is_reported_with_its_line_and_editor_layer_stays() {
    let tmp = TempDir::new("broken");
    let toml = tmp.write(
        "copydesk.toml",
        "# house rules\n[rules]\nunclosed-quote = \n",
    );
    let draft = tmp.write("draft.txt", "Text.\n");
    let editor = Settings::from_toml("[rules]\nunattributed-quote = \"off\"\n").expect("valid");
    let loaded = load(&draft, &editor);
    assert_eq!(loaded.errors.len(), 1, "{:?}", loaded.errors);
    let error = &loaded.errors[0];
    assert!(error.contains(&toml.display().to_string()), "{error}");
    assert!(error.contains("line 3"), "{error}");
    assert!(!loaded.config.enabled(Rule::UnattributedQuote));
    assert_eq!(
        loaded.config.level(Rule::UnclosedQuote),
        Level::On(Severity::Error)
    );
}

#[test]
fn unknown_rule_is_reported_with_the_line_that_names_it() {
    let tmp = TempDir::new("unknown");
    let toml = tmp.write(
        "copydesk.toml",
        "[rules]\nunclosed-quote = \"off\"\nquote-police = \"error\"\n",
    );
    let loaded = load_with(&toml, &Settings::default());
    assert_eq!(loaded.errors.len(), 1, "{:?}", loaded.errors);
    let error = &loaded.errors[0];
    assert!(error.contains("copydesk.toml"), "{error}");
    assert!(error.contains("line 3"), "{error}");
    assert!(error.contains("quote-police"), "{error}");
    // Only the mistake is dropped: the valid line applies.
    assert!(!loaded.config.enabled(Rule::UnclosedQuote));
}

#[test]
fn each_mistake_drops_only_its_own_setting() {
    let tmp = TempDir::new("mistakes");
    let toml = tmp.write(
        "copydesk.toml",
        "# house rules\n\
         [rules]\n\
         unattributed-quote = off\n\
         conflicting-figure = \"loud\"\n\
         unclosed-quote = \"hint\"\n\
         \n\
         [names]\n\
         prefer = [\"Kim Jong Un\"]\n\
         accept = \"Vladamir Smith\"\n\
         spelling = \"british\"\n\
         \n\
         [figures]\n\
         synonyms = [[\"workers\", \"staff\"]]\n\
         \n\
         [style]\n\
         oxford-comma = true\n",
    );
    let loaded = load_with(&toml, &Settings::default());
    let lines: Vec<String> = loaded
        .errors
        .iter()
        .map(|e| {
            assert!(e.contains("copydesk.toml"), "{e}");
            let at = e.find("line ").unwrap_or_else(|| panic!("no line in {e}"));
            e[at..]
                .split([':', ','])
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    assert_eq!(
        lines,
        vec!["line 3", "line 4", "line 9", "line 10", "line 15"],
        "{:#?}",
        loaded.errors
    );
    // Every good setting is in force; every bad one left at its default.
    let c = &loaded.config;
    assert_eq!(c.level(Rule::UnclosedQuote), Level::On(Severity::Hint));
    assert_eq!(
        c.level(Rule::UnattributedQuote),
        Level::On(Severity::Warning)
    );
    assert_eq!(
        c.level(Rule::ConflictingFigure),
        Level::On(Severity::Warning)
    );
    assert_eq!(c.names.prefer, vec!["Kim Jong Un"]);
    assert!(c.names.accept.is_empty());
    assert_eq!(c.figures.synonyms, vec![vec!["workers", "staff"]]);
}

#[test]
fn a_syntax_error_inside_a_list_drops_that_list_line_only() {
    let tmp = TempDir::new("listsyntax");
    let toml = tmp.write(
        "copydesk.toml",
        "[names]\nprefer = [\"Kim Jong Un\"]\naccept = [\"Ann Smyth\", Bob Jones]\n[rules]\nunclosed-quote = \"info\"\n",
    );
    let loaded = load_with(&toml, &Settings::default());
    assert_eq!(loaded.errors.len(), 1, "{:?}", loaded.errors);
    assert!(loaded.errors[0].contains("line 3"), "{}", loaded.errors[0]);
    assert_eq!(loaded.config.names.prefer, vec!["Kim Jong Un"]);
    assert_eq!(
        loaded.config.level(Rule::UnclosedQuote),
        Level::On(Severity::Info)
    );
}

#[test]
fn reference_lists_are_read_relative_to_the_file() {
    let tmp = TempDir::new("refs");
    let list = "# our people\nAnneliese Dodds\t\t\tPolitician\n";
    tmp.write("lists/people.tsv", list);
    tmp.write(
        "copydesk.toml",
        "[names]\nprefer = [\"Kim Jong Un\"]\nreference = [\"lists/people.tsv\"]\n",
    );
    let draft = tmp.write("drafts/a.md", "Text.\n");
    let loaded = load(&draft, &Settings::default());
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert_eq!(loaded.config.names.prefer, vec!["Kim Jong Un"]);
    assert_eq!(loaded.config.names.reference.len(), 1);
    let (source, text) = &loaded.config.names.reference[0];
    assert!(source.ends_with("people.tsv"), "{source}");
    assert_eq!(text, list);
}

#[test]
fn missing_reference_list_is_an_error_naming_both_files() {
    let tmp = TempDir::new("missing");
    tmp.write(
        "copydesk.toml",
        "[rules]\nmisspelled-name = \"warning\"\n[names]\nreference = [\"gone.tsv\"]\n",
    );
    let draft = tmp.write("a.md", "Text.\n");
    let loaded = load(&draft, &Settings::default());
    assert_eq!(loaded.errors.len(), 1, "{:?}", loaded.errors);
    let error = &loaded.errors[0];
    assert!(error.contains("copydesk.toml"), "{error}");
    assert!(error.contains("gone.tsv"), "{error}");
    // The rest of the file still applies.
    assert_eq!(
        loaded.config.level(Rule::MisspelledName),
        Level::On(Severity::Warning)
    );
}

#[test]
fn malformed_reference_list_is_reported_with_its_line_and_left_out() {
    let tmp = TempDir::new("badlist");
    tmp.write(
        "people.tsv",
        "# ours\nAnneliese Dodds\t\t\tPolitician\nFive\tcolumns\tQ1\tare\ttoo many\n",
    );
    tmp.write("copydesk.toml", "[names]\nreference = [\"people.tsv\"]\n");
    let draft = tmp.write("a.md", "Text.\n");
    let loaded = load(&draft, &Settings::default());
    assert_eq!(loaded.errors.len(), 1, "{:?}", loaded.errors);
    let error = &loaded.errors[0];
    assert!(error.contains("people.tsv:3"), "{error}");
    assert!(loaded.config.names.reference.is_empty());
}

#[test]
fn a_folder_is_its_own_starting_point() {
    let tmp = TempDir::new("folder");
    let toml = tmp.write("desk/copydesk.toml", "[rules]\nunclosed-quote = \"off\"\n");
    let loaded = load(&tmp.path().join("desk"), &Settings::default());
    assert_eq!(loaded.file, Some(toml));
    assert!(!loaded.config.enabled(Rule::UnclosedQuote));
}
