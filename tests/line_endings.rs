//! Line endings and byte-order marks, through the real `copydesk check`: every
//! line ending an editor counts gives the same line numbers, and a byte-order
//! mark moves no paragraph.

#[path = "support/tempdir.rs"]
mod tempdir;

use std::process::Command;

use serde_json::Value;
use tempdir::TempDir;

/// A draft with one conflicting figure, its lines joined by `eol`.
fn draft(eol: &str) -> String {
    [
        "# Officers hired",
        "",
        "City hall hired 48 new officers this year, the council said.",
        "",
        "Crime fell in the spring.",
        "",
        "The mayor said the city hired 84 new officers this year.",
        "",
    ]
    .join(eol)
}

/// The findings of `copydesk check --format json` on `text` saved as `name`.
fn check(name: &str, text: &str) -> Vec<Value> {
    let dir = TempDir::new("eol");
    dir.write(name, text);
    let output = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["check", "--format", "json", name])
        .current_dir(dir.path())
        .output()
        .expect("run copydesk");
    match serde_json::from_slice::<Value>(&output.stdout) {
        Ok(Value::Array(findings)) => findings,
        other => panic!(
            "not a JSON array: {other:?}\n{}",
            String::from_utf8_lossy(&output.stderr)
        ),
    }
}

fn figure(findings: &[Value]) -> &Value {
    findings
        .iter()
        .find(|f| f["rule"] == "conflicting-figure")
        .unwrap_or_else(|| panic!("no conflicting figure in {findings:#?}"))
}

#[test]
fn every_line_ending_gives_the_same_line_numbers() {
    for name in ["d.md", "d.txt"] {
        for eol in ["\n", "\r\n", "\r"] {
            let findings = check(name, &draft(eol));
            let f = figure(&findings);
            assert_eq!(
                (&f["line"], &f["column"]),
                (&Value::from(7), &Value::from(31)),
                "{name} {eol:?}: {f}"
            );
            assert_eq!(f["related"][0]["line"], 3, "{name} {eol:?}: {f}");
            assert!(
                f["message"]
                    .as_str()
                    .is_some_and(|m| m.ends_with("in paragraph 1")),
                "{name} {eol:?}: {f}"
            );
        }
    }
}

#[test]
fn a_byte_order_mark_moves_no_paragraph_or_column() {
    for name in ["d.md", "d.txt"] {
        let plain = check(name, &draft("\n"));
        let marked = check(name, &format!("\u{feff}{}", draft("\n")));
        let (a, b) = (figure(&plain), figure(&marked));
        assert_eq!(a["message"], b["message"], "{name}");
        assert_eq!(
            (&a["line"], &a["column"]),
            (&b["line"], &b["column"]),
            "{name}"
        );
    }
}
