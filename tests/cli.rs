//! The `copydesk check` command, driven as a user drives it: JSON shape, exit
//! statuses, unreadable files, folder walking, human output and configuration.

#[path = "support/tempdir.rs"]
mod tempdir;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;
use tempdir::TempDir;

/// A draft whose only problem is a quotation opened and never closed.
const UNCLOSED: &str = "# Bridge to reopen in spring\n\n\
Harbour Council leader Maria Okafor said the repairs were on schedule.\n\n\
She told reporters: “The crossing will carry traffic again by April, and we are confident of that.\n\n\
Work began in January after inspectors found cracks in two supports.\n";

/// A draft whose only problem is a full-sentence quotation nobody said.
const UNATTRIBUTED: &str = "# Library hours cut\n\n\
The central library will close at 5pm on weekdays from next month.\n\n\
“Closing early punishes the students who need a quiet place to work the most.”\n\n\
The change saves about £40,000 a year.\n";

/// A draft with nothing to report.
const CLEAN: &str = "# Ferry timetable changes\n\n\
The morning ferry will leave at 7.15am from Monday, the operator said.\n\n\
“Passengers asked for an earlier crossing, and we listened,” said operations manager Tomas Berg.\n";

/// What a run printed and how it ended.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Vec<Value> {
        match serde_json::from_str::<Value>(&self.stdout) {
            Ok(Value::Array(items)) => items,
            other => panic!(
                "stdout is not a JSON array: {other:?}\n{}\n{}",
                self.stdout, self.stderr
            ),
        }
    }

    fn rules(&self) -> Vec<String> {
        self.json()
            .iter()
            .map(|f| f["rule"].as_str().unwrap_or_default().to_owned())
            .collect()
    }
}

fn copydesk(dir: &Path, args: &[&str]) -> Run {
    copydesk_with_stdin(dir, args, None)
}

fn copydesk_with_stdin(dir: &Path, args: &[&str], stdin: Option<&str>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run copydesk");
    if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
        use std::io::Write;
        pipe.write_all(text.as_bytes()).expect("write stdin");
    }
    let Output {
        status,
        stdout,
        stderr,
    } = child.wait_with_output().expect("wait for copydesk");
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8(stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(stderr).expect("stderr is UTF-8"),
    }
}

#[test]
fn json_findings_have_the_documented_shape_and_exit_1() {
    let tmp = TempDir::new("shape");
    tmp.write("bridge.md", UNCLOSED);
    let run = copydesk(tmp.path(), &["check", "--format", "json", "bridge.md"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let findings = run.json();
    let f = findings
        .iter()
        .find(|f| f["rule"] == "unclosed-quote")
        .unwrap_or_else(|| panic!("no unclosed-quote in {findings:?}"));
    assert_eq!(f["path"], "bridge.md");
    assert_eq!(f["severity"], "error");
    assert!(!f["message"].as_str().unwrap_or_default().is_empty());
    let start = f["start"].as_u64().expect("start") as usize;
    let end = f["end"].as_u64().expect("end") as usize;
    assert!(start < end && end <= UNCLOSED.len());
    // The finding points at the opening mark, on line 5 of the draft.
    let mark = UNCLOSED.find('“').expect("the draft has an opening mark");
    assert!(start <= mark && mark < end, "{start}..{end} misses {mark}");
    assert_eq!(f["line"], 5);
    let line_start = UNCLOSED[..start].rfind('\n').map_or(0, |i| i + 1);
    let column = UNCLOSED[line_start..start].chars().count() + 1;
    assert_eq!(f["column"], column);
    assert!(f["related"].is_array());
    assert!(f["fixes"].is_array());
}

#[test]
fn clean_draft_exits_0_with_an_empty_array() {
    let tmp = TempDir::new("clean");
    tmp.write("ferry.md", CLEAN);
    let run = copydesk(tmp.path(), &["check", "--format", "json", "ferry.md"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(run.json().is_empty());
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn unreadable_file_exits_2_and_the_others_are_still_checked() {
    let tmp = TempDir::new("missing");
    tmp.write("library.md", UNATTRIBUTED);
    let run = copydesk(
        tmp.path(),
        &["check", "--format", "json", "gone.md", "library.md"],
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("gone.md"), "{}", run.stderr);
    assert!(
        run.rules().iter().any(|r| r == "unattributed-quote"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_file_too_large_to_check_is_named_and_the_others_are_still_checked() {
    let tmp = TempDir::new("huge");
    // A sparse file just over the limit: no need to write 64 MB.
    let huge = std::fs::File::create(tmp.path().join("edition.txt")).unwrap();
    huge.set_len(copydesk::cli::MAX_DRAFT_BYTES + 1).unwrap();
    tmp.write("library.md", UNATTRIBUTED);
    let run = copydesk(
        tmp.path(),
        &["check", "--format", "json", "edition.txt", "library.md"],
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("edition.txt"), "{}", run.stderr);
    assert!(run.stderr.contains("too large"), "{}", run.stderr);
    assert!(
        run.rules().iter().any(|r| r == "unattributed-quote"),
        "{}",
        run.stdout
    );
}

#[test]
fn non_utf8_file_is_named_with_a_clear_message() {
    let tmp = TempDir::new("latin1");
    // "Café" in Latin-1: 0xE9 is not valid UTF-8 on its own.
    tmp.write("old.txt", b"Caf\xe9 owner says business is good.\n");
    tmp.write("ferry.md", CLEAN);
    let run = copydesk(
        tmp.path(),
        &["check", "--format", "json", "old.txt", "ferry.md"],
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("old.txt"), "{}", run.stderr);
    assert!(run.stderr.contains("UTF-8"), "{}", run.stderr);
    assert!(run.json().is_empty());
}

#[test]
fn folders_are_walked_in_order_skipping_hidden_and_build_folders() {
    let tmp = TempDir::new("walk");
    tmp.write("desk/b-library.md", UNATTRIBUTED);
    tmp.write("desk/a/bridge.txt", UNCLOSED);
    tmp.write("desk/a/notes.rst", UNCLOSED);
    tmp.write("desk/.drafts/old.md", UNCLOSED);
    tmp.write("desk/node_modules/pkg/README.md", UNCLOSED);
    tmp.write("desk/target/doc.md", UNCLOSED);
    let run = copydesk(tmp.path(), &["check", "--format", "json", "desk"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let mut paths: Vec<String> = run
        .json()
        .iter()
        .map(|f| f["path"].as_str().unwrap_or_default().to_owned())
        .collect();
    paths.dedup();
    let sep = std::path::MAIN_SEPARATOR;
    assert_eq!(
        paths,
        vec![
            format!("desk{sep}a{sep}bridge.txt"),
            format!("desk{sep}b-library.md")
        ]
    );
}

#[test]
fn human_output_has_the_rustc_shape() {
    let tmp = TempDir::new("human");
    tmp.write("library.md", UNATTRIBUTED);
    let run = copydesk(tmp.path(), &["check", "--color", "never", "library.md"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let out = &run.stdout;
    assert!(out.contains("warning[unattributed-quote]: "), "{out}");
    let line = UNATTRIBUTED
        .lines()
        .position(|l| l.starts_with('“'))
        .expect("quote line")
        + 1;
    assert!(out.contains(&format!(" --> library.md:{line}:1")), "{out}");
    assert!(out.contains(&format!("{line} | “Closing early")), "{out}");
    assert!(
        out.lines()
            .any(|l| l.trim_start().starts_with("| ^") || l.trim_start().starts_with("|  ^")),
        "no caret line in\n{out}"
    );
    assert!(!out.contains('\u{1b}'), "colour without a terminal:\n{out}");
    assert!(
        out.trim_end().ends_with("1 finding in 1 file"),
        "summary:\n{out}"
    );
}

#[test]
fn colour_can_be_forced() {
    let tmp = TempDir::new("colour");
    tmp.write("library.md", UNATTRIBUTED);
    let run = copydesk(tmp.path(), &["check", "--color", "always", "library.md"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.contains('\u{1b}'), "{}", run.stdout);
}

#[test]
fn clean_human_run_says_so() {
    let tmp = TempDir::new("cleanhuman");
    tmp.write("ferry.md", CLEAN);
    tmp.write("more/ferry2.md", CLEAN);
    let run = copydesk(tmp.path(), &["check", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.trim(), "no findings (2 files checked)");
}

#[test]
fn config_next_to_the_draft_switches_a_rule_off() {
    let tmp = TempDir::new("config");
    tmp.write(
        "desk/copydesk.toml",
        "[rules]\nunattributed-quote = \"off\"\n",
    );
    tmp.write("desk/library.md", UNATTRIBUTED);
    tmp.write("elsewhere/library.md", UNATTRIBUTED);
    let run = copydesk(
        tmp.path(),
        &[
            "check",
            "--format",
            "json",
            "desk/library.md",
            "elsewhere/library.md",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let paths: Vec<Value> = run.json().iter().map(|f| f["path"].clone()).collect();
    assert_eq!(paths, vec![Value::from("elsewhere/library.md")]);
}

#[test]
fn config_flag_overrides_discovery() {
    let tmp = TempDir::new("configflag");
    tmp.write("desk/copydesk.toml", "[rules]\nunclosed-quote = \"off\"\n");
    tmp.write("house.toml", "[rules]\nunattributed-quote = \"hint\"\n");
    tmp.write("desk/bridge.md", UNCLOSED);
    tmp.write("desk/library.md", UNATTRIBUTED);
    let run = copydesk(
        tmp.path(),
        &[
            "check",
            "--format",
            "json",
            "--config",
            "house.toml",
            "desk",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let findings = run.json();
    assert!(
        findings.iter().any(|f| f["rule"] == "unclosed-quote"),
        "the discovered file must not apply: {findings:?}"
    );
    let quote = findings
        .iter()
        .find(|f| f["rule"] == "unattributed-quote")
        .expect("unattributed-quote finding");
    assert_eq!(quote["severity"], "hint");
}

#[test]
fn broken_config_reports_file_and_line_and_still_checks() {
    let tmp = TempDir::new("broken");
    tmp.write(
        "copydesk.toml",
        "# house rules\n[rules]\nunattributed-quote = off\n",
    );
    tmp.write("library.md", UNATTRIBUTED);
    tmp.write("bridge.md", UNCLOSED);
    let run = copydesk(tmp.path(), &["check", "--format", "json", "."]);
    assert_eq!(run.code, 2, "a broken configuration is an error");
    assert!(run.stderr.contains("copydesk.toml"), "{}", run.stderr);
    assert!(run.stderr.contains("line 3"), "{}", run.stderr);
    assert_eq!(
        run.stderr.matches("copydesk.toml").count(),
        1,
        "reported once, not once per draft: {}",
        run.stderr
    );
    // The defaults stay in force: the rule the file tried to switch off still runs.
    assert!(
        run.rules().iter().any(|r| r == "unattributed-quote"),
        "{}",
        run.stdout
    );
}

#[test]
fn stdin_is_read_as_markdown_or_text() {
    let tmp = TempDir::new("stdin");
    let run = copydesk_with_stdin(
        tmp.path(),
        &["check", "--format", "json", "-"],
        Some(UNCLOSED),
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let findings = run.json();
    assert!(findings.iter().all(|f| f["path"] == "<stdin>"));
    assert!(findings.iter().any(|f| f["rule"] == "unclosed-quote"));

    // An HTML comment is markup in Markdown but words in plain text.
    let directive = "<!-- copydesk-disable no-such-rule -->\nThe bridge reopened.\n";
    let markdown = copydesk_with_stdin(
        tmp.path(),
        &["check", "--format", "json", "-"],
        Some(directive),
    );
    assert_eq!(markdown.rules(), vec!["unknown-directive"]);
    let text = copydesk_with_stdin(
        tmp.path(),
        &["check", "--format", "json", "--stdin-format", "text", "-"],
        Some(directive),
    );
    assert!(text.rules().is_empty(), "{}", text.stdout);
}

#[test]
fn inline_ignores_silence_a_finding() {
    let tmp = TempDir::new("ignore");
    let draft = UNATTRIBUTED.replace(
        "“Closing early",
        "<!-- copydesk-disable-next-line unattributed-quote -->\n“Closing early",
    );
    tmp.write("library.md", draft);
    tmp.write("unsilenced.md", UNATTRIBUTED);
    let run = copydesk(tmp.path(), &["check", "--format", "json", "library.md"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let run = copydesk(tmp.path(), &["check", "--format", "json", "unsilenced.md"]);
    assert_eq!(run.rules(), vec!["unattributed-quote"]);
}

#[test]
fn version_and_help_work() {
    let tmp = TempDir::new("version");
    let run = copydesk(tmp.path(), &["--version"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with("copydesk "), "{}", run.stdout);
    let run = copydesk(tmp.path(), &["check", "--help"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("--format"), "{}", run.stdout);
}

#[test]
fn shipped_examples_show_every_rule_and_a_clean_draft() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let run = copydesk(&examples, &["check", "--format", "json", "draft.md"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let mut rules = run.rules();
    rules.sort();
    rules.dedup();
    assert_eq!(
        rules,
        vec![
            "conflicting-figure",
            "inconsistent-name",
            "misspelled-name",
            "unattributed-quote",
            "unclosed-quote",
        ],
        "the README promises one seeded problem of every kind"
    );
    let run = copydesk(&examples, &["check", "--format", "json", "clean.md"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}
