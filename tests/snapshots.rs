//! Snapshots of what `copydesk check` prints for each rule's fixture draft
//! (`tests/fixtures/rules/RULE.md`), for people and for machines, so that a
//! change in any finding, message, span or fix shows up in review.
//!
//! After an intended change: `INSTA_UPDATE=always cargo test --test snapshots`
//! (or `cargo insta review`), then read the diff of `tests/snapshots/`.

use std::path::Path;
use std::process::Command;

use copydesk::rules::Rule;

/// Drafts whose dates have no year are read as of this day, whatever the clock says.
const TODAY: &str = "2021-12-01";

fn fixtures() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules")
}

/// What `copydesk check` prints for one fixture, in one format.
fn check(draft: &str, format: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["check", "--color", "never", "--format", format, draft])
        .current_dir(fixtures())
        .env("COPYDESK_TODAY", TODAY)
        .env_remove("NO_COLOR")
        .output()
        .expect("run copydesk");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{draft}: expected findings\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("output is UTF-8")
}

#[test]
fn every_rule_has_a_fixture_that_it_flags_and_a_snapshot_of_the_output() {
    for rule in Rule::ALL {
        let draft = format!("{rule}.md");
        let json = check(&draft, "json");
        let findings: serde_json::Value = serde_json::from_str(&json).expect("JSON output");
        let flagged = findings
            .as_array()
            .is_some_and(|all| all.iter().any(|f| f["rule"] == rule.as_str()));
        assert!(flagged, "{draft} has no {rule} finding:\n{json}");
        insta::assert_snapshot!(format!("{rule}.json"), json);
        insta::assert_snapshot!(format!("{rule}.human"), check(&draft, "human"));
    }
}
