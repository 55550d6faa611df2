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
    // Written from another thread: copydesk answers a stream as it reads it,
    // and would block on a full stdout while we block on a full stdin.
    let writer = match (stdin, child.stdin.take()) {
        (Some(text), Some(mut pipe)) => {
            let text = text.to_owned();
            Some(std::thread::spawn(move || {
                use std::io::Write;
                pipe.write_all(text.as_bytes()).expect("write stdin");
            }))
        }
        _ => None,
    };
    let Output {
        status,
        stdout,
        stderr,
    } = child.wait_with_output().expect("wait for copydesk");
    if let Some(writer) = writer {
        writer.join().expect("stdin writer");
    }
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
    // The end, in the same terms: the span ends on line 5, after `end`'s character.
    assert_eq!(f["end_line"], 5);
    let end_column = UNCLOSED[line_start..end].chars().count() + 1;
    assert_eq!(f["end_column"], end_column);
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
fn a_finding_on_a_line_too_long_to_show_is_located_and_its_related_place_noted() {
    let tmp = TempDir::new("long-line");
    // One paragraph of some 20,000 bytes, the slip near its end.
    let filler = "The ferry sails at dawn and the harbour wakes with it. ".repeat(360);
    let draft = format!(
        "Harbour Ferries carries 2,150 passengers every Sunday. {filler}\
         The firm said the 2,510 passengers on Sunday set no record.\n"
    );
    tmp.write("long.md", &draft);
    let run = copydesk(tmp.path(), &["check", "--color", "never", "long.md"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let out = &run.stdout;
    let column = draft[..draft.find("2,510").expect("the slip")]
        .chars()
        .count()
        + 1;
    assert!(out.contains(&format!("--> long.md:1:{column}")), "{out}");
    assert!(out.contains("(line 1, column 25)"), "{out}");
    assert!(
        !out.contains("The ferry sails at dawn"),
        "the line was shown:\n{out}"
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

    // An HTML comment within a line is markup in Markdown but words in plain text.
    let directive = "The bridge reopened. <!-- copydesk-disable no-such-rule -->\n";
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

/// The example draft, whose name slips have one safe fix each.
fn example_draft() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/draft.md");
    std::fs::read_to_string(path).expect("examples/draft.md")
}

/// Whether a JSON finding offers a fix that `--fix` applies.
fn has_safe_fix(f: &Value) -> bool {
    f["fixes"]
        .as_array()
        .is_some_and(|fixes| fixes.iter().any(|x| x["safe"] == true))
}

#[test]
fn fix_leaves_the_example_draft_with_only_findings_without_a_safe_fix() {
    let tmp = TempDir::new("fix");
    let original = example_draft();
    tmp.write("draft.md", &original);
    let before = copydesk(tmp.path(), &["check", "--format", "json", "draft.md"]);
    let safe_before: Vec<String> = before
        .json()
        .iter()
        .filter(|f| has_safe_fix(f))
        .map(|f| f["rule"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(safe_before, vec!["misspelled-name", "inconsistent-name"]);

    let run = copydesk(
        tmp.path(),
        &["check", "--fix", "--color", "never", "draft.md"],
    );
    assert_eq!(
        run.code, 1,
        "findings without a safe fix remain: {}",
        run.stderr
    );
    assert!(
        run.stdout
            .contains("fixed 2 findings; 3 findings in 1 file"),
        "{}",
        run.stdout
    );
    let fixed = std::fs::read_to_string(tmp.path().join("draft.md")).expect("fixed draft");
    // Exactly the two names changed; the figures and quotes are left to a person.
    let expected = original
        .replace("President Emanuel Macron", "President Emmanuel Macron")
        .replace("\nLindquist said", "\nLindqvist said");
    assert_ne!(expected, original);
    assert_eq!(fixed, expected);

    let after = copydesk(tmp.path(), &["check", "--format", "json", "draft.md"]);
    let findings = after.json();
    assert!(findings.iter().all(|f| !has_safe_fix(f)), "{findings:?}");
    let mut rules = after.rules();
    rules.sort();
    assert_eq!(
        rules,
        vec!["conflicting-figure", "unattributed-quote", "unclosed-quote"]
    );
    // The figure finding still offers its two choices, to a person.
    let figure = findings
        .iter()
        .find(|f| f["rule"] == "conflicting-figure")
        .expect("figure finding");
    assert_eq!(figure["fixes"].as_array().map(Vec::len), Some(2));
}

#[test]
fn diff_shows_the_safe_fixes_and_writes_nothing() {
    let tmp = TempDir::new("diff");
    let original = example_draft();
    tmp.write("draft.md", &original);
    tmp.write("ferry.md", CLEAN);
    let run = copydesk(tmp.path(), &["check", "--diff", "draft.md", "ferry.md"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let unchanged = std::fs::read_to_string(tmp.path().join("draft.md")).expect("draft");
    assert_eq!(unchanged, original, "--diff must not write");
    let diff = &run.stdout;
    assert!(
        diff.starts_with("--- a/draft.md\n+++ b/draft.md\n@@ "),
        "{diff}"
    );
    let removed: Vec<&str> = diff
        .lines()
        .filter(|l| l.starts_with("-") && !l.starts_with("---"))
        .collect();
    let added: Vec<&str> = diff
        .lines()
        .filter(|l| l.starts_with("+") && !l.starts_with("+++"))
        .collect();
    assert_eq!(removed.len(), 2, "{diff}");
    assert_eq!(added.len(), 2, "{diff}");
    assert!(removed[0].contains("Emanuel Macron") && added[0].contains("Emmanuel Macron"));
    assert!(removed[1].starts_with("-Lindquist said") && added[1].starts_with("+Lindqvist said"));
    // Every removed line is in the draft; every context line too.
    for line in diff
        .lines()
        .skip(2)
        .filter(|l| !l.starts_with("@@") && !l.starts_with('+'))
    {
        assert!(
            original.lines().any(|o| o == &line[1..]),
            "not in the draft: {line}"
        );
    }
    assert!(
        !diff.contains("ferry.md"),
        "a clean draft has no diff: {diff}"
    );
    assert!(
        run.stderr.contains("2 findings would be fixed"),
        "{}",
        run.stderr
    );

    let clean = copydesk(tmp.path(), &["check", "--diff", "ferry.md"]);
    assert_eq!((clean.code, clean.stdout.as_str()), (0, ""));
}

#[test]
fn fix_on_stdin_prints_the_fixed_draft() {
    let tmp = TempDir::new("fixstdin");
    let original = example_draft();
    let run = copydesk_with_stdin(tmp.path(), &["check", "--fix", "-"], Some(&original));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout.contains("President Emmanuel Macron"),
        "{}",
        run.stdout
    );
    assert_eq!(
        run.stdout.len(),
        original.len() + 1,
        "one letter more, nothing else"
    );
}

/// Check `value` is a JSON object whose keys are all in `allowed` and which has
/// every key in `required`; return it.
fn object<'v>(
    value: &'v Value,
    what: &str,
    allowed: &[&str],
    required: &[&str],
) -> &'v serde_json::Map<String, Value> {
    let map = value
        .as_object()
        .unwrap_or_else(|| panic!("{what} is not an object: {value}"));
    for key in map.keys() {
        assert!(
            allowed.contains(&key.as_str()),
            "{what} may not have `{key}` (SARIF 2.1.0 forbids other properties)"
        );
    }
    for key in required {
        assert!(map.contains_key(*key), "{what} lacks `{key}`");
    }
    map
}

fn positive(value: &Value, what: &str, min: i64) -> i64 {
    let n = value
        .as_i64()
        .unwrap_or_else(|| panic!("{what} is not an integer: {value}"));
    assert!(n >= min, "{what} = {n} < {min}");
    n
}

/// The properties SARIF 2.1.0 allows on a location object.
const SARIF_LOCATION: &[&str] = &[
    "id",
    "physicalLocation",
    "logicalLocations",
    "message",
    "annotations",
    "relationships",
    "properties",
];

/// A SARIF 2.1.0 `message`: text (the only form copydesk writes) that is a string.
fn sarif_message(value: &Value, what: &str) {
    let m = object(
        value,
        what,
        &["text", "markdown", "id", "arguments", "properties"],
        &["text"],
    );
    assert!(
        m["text"].as_str().is_some_and(|t| !t.is_empty()),
        "{what}.text"
    );
}

fn sarif_region(value: &Value, what: &str) {
    let r = object(
        value,
        what,
        &[
            "startLine",
            "startColumn",
            "endLine",
            "endColumn",
            "byteOffset",
            "byteLength",
            "charOffset",
            "charLength",
            "snippet",
            "message",
            "sourceLanguage",
            "properties",
        ],
        &[],
    );
    assert!(
        !r.is_empty(),
        "{what} must say something (anyOf in the schema)"
    );
    for key in ["startLine", "startColumn", "endLine", "endColumn"] {
        if let Some(v) = r.get(key) {
            positive(v, &format!("{what}.{key}"), 1);
        }
    }
    for key in ["byteOffset", "byteLength"] {
        if let Some(v) = r.get(key) {
            positive(v, &format!("{what}.{key}"), 0);
        }
    }
}

fn sarif_physical_location(value: &Value, what: &str, uris: &mut Vec<String>) {
    let p = object(
        value,
        what,
        &[
            "address",
            "artifactLocation",
            "region",
            "contextRegion",
            "properties",
        ],
        &["artifactLocation"],
    );
    let a = object(
        &p["artifactLocation"],
        what,
        &["uri", "uriBaseId", "index", "description", "properties"],
        &["uri"],
    );
    let uri = a["uri"].as_str().expect("uri is a string");
    assert!(
        !uri.contains(' ') && !uri.contains('\\') && !uri.starts_with("./"),
        "{uri}"
    );
    uris.push(uri.to_owned());
    sarif_region(&p["region"], &format!("{what}.region"));
}

#[test]
fn sarif_output_is_sarif_2_1_0() {
    let tmp = TempDir::new("sarif");
    tmp.write("desk/a draft.md", example_draft());
    tmp.write("desk/ferry.md", CLEAN);
    let run = copydesk(tmp.path(), &["check", "--format", "sarif", "desk"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let log: Value = serde_json::from_str(&run.stdout).expect("SARIF is JSON");
    let top = object(
        &log,
        "sarifLog",
        &[
            "$schema",
            "version",
            "runs",
            "inlineExternalProperties",
            "properties",
        ],
        &["version", "runs"],
    );
    assert_eq!(top["version"], "2.1.0");
    assert!(top["$schema"]
        .as_str()
        .is_some_and(|s| s.ends_with("sarif-schema-2.1.0.json")));
    let runs = top["runs"].as_array().expect("runs is an array");
    assert_eq!(runs.len(), 1);
    let run0 = object(
        &runs[0],
        "run",
        &[
            "tool",
            "results",
            "columnKind",
            "invocations",
            "artifacts",
            "originalUriBaseIds",
            "properties",
        ],
        &["tool"],
    );
    assert_eq!(run0["columnKind"], "unicodeCodePoints");
    let tool = object(
        &run0["tool"],
        "tool",
        &["driver", "extensions", "properties"],
        &["driver"],
    );
    let driver = object(
        &tool["driver"],
        "driver",
        &[
            "name",
            "version",
            "informationUri",
            "rules",
            "semanticVersion",
            "fullName",
            "properties",
        ],
        &["name"],
    );
    assert_eq!(driver["name"], "copydesk");
    let rules = driver["rules"].as_array().expect("rules");
    let ids: Vec<&str> = rules
        .iter()
        .map(|r| r["id"].as_str().unwrap_or_default())
        .collect();
    for (i, rule) in rules.iter().enumerate() {
        let what = format!("rules[{i}]");
        let r = object(
            rule,
            &what,
            &[
                "id",
                "name",
                "shortDescription",
                "fullDescription",
                "help",
                "helpUri",
                "defaultConfiguration",
                "properties",
            ],
            &["id"],
        );
        for key in ["shortDescription", "fullDescription", "help"] {
            let m = object(
                &r[key],
                &what,
                &["text", "markdown", "properties"],
                &["text"],
            );
            assert!(m["text"].as_str().is_some_and(|t| !t.is_empty()));
        }
        let c = object(
            &r["defaultConfiguration"],
            &what,
            &["enabled", "level", "rank", "parameters", "properties"],
            &[],
        );
        assert!(
            ["none", "note", "warning", "error"].contains(&c["level"].as_str().unwrap_or_default())
        );
    }
    let results = run0["results"].as_array().expect("results");
    assert_eq!(results.len(), 5, "five seeded problems");
    let mut uris = Vec::new();
    let mut with_fixes = 0;
    for (i, result) in results.iter().enumerate() {
        let what = format!("results[{i}]");
        let r = object(
            result,
            &what,
            &[
                "ruleId",
                "ruleIndex",
                "level",
                "message",
                "locations",
                "relatedLocations",
                "fixes",
                "partialFingerprints",
                "properties",
            ],
            &["message"],
        );
        let index = positive(&r["ruleIndex"], &what, 0) as usize;
        assert_eq!(
            Some(r["ruleId"].as_str().unwrap_or_default()),
            ids.get(index).copied(),
            "ruleIndex points at the rule"
        );
        assert!(
            ["none", "note", "warning", "error"].contains(&r["level"].as_str().unwrap_or_default())
        );
        sarif_message(&r["message"], &what);
        let locations = r["locations"].as_array().expect("locations");
        assert_eq!(locations.len(), 1);
        let l = object(&locations[0], &what, SARIF_LOCATION, &["physicalLocation"]);
        sarif_physical_location(&l["physicalLocation"], &what, &mut uris);
        for related in r
            .get("relatedLocations")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let l = object(related, &what, SARIF_LOCATION, &["physicalLocation"]);
            positive(&l["id"], &what, -1);
            sarif_message(&l["message"], &what);
            sarif_physical_location(&l["physicalLocation"], &what, &mut uris);
        }
        for fix in r
            .get("fixes")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            with_fixes += 1;
            let f = object(
                fix,
                &what,
                &["description", "artifactChanges", "properties"],
                &["artifactChanges"],
            );
            sarif_message(&f["description"], &what);
            let changes = f["artifactChanges"].as_array().expect("artifactChanges");
            assert!(!changes.is_empty(), "artifactChanges has minItems 1");
            for change in changes {
                let c = object(
                    change,
                    &what,
                    &["artifactLocation", "replacements", "properties"],
                    &["artifactLocation", "replacements"],
                );
                let replacements = c["replacements"].as_array().expect("replacements");
                assert!(!replacements.is_empty(), "replacements has minItems 1");
                for rep in replacements {
                    let rep = object(
                        rep,
                        &what,
                        &["deletedRegion", "insertedContent", "properties"],
                        &["deletedRegion"],
                    );
                    sarif_region(&rep["deletedRegion"], &what);
                    let content = object(
                        &rep["insertedContent"],
                        &what,
                        &["text", "binary", "rendered", "properties"],
                        &[],
                    );
                    assert!(content["text"].is_string());
                }
            }
        }
    }
    assert!(with_fixes >= 4, "the seeded slips have fixes");
    uris.dedup();
    assert_eq!(
        uris,
        vec!["desk/a%20draft.md"],
        "one artifact, as a relative URI"
    );
    // Regions are right: the misspelled name's region covers "Emanuel".
    let name = results
        .iter()
        .find(|r| r["ruleId"] == "misspelled-name")
        .expect("name result");
    let region = &name["locations"][0]["physicalLocation"]["region"];
    let draft = example_draft();
    let offset = region["byteOffset"].as_u64().expect("byteOffset") as usize;
    let length = region["byteLength"].as_u64().expect("byteLength") as usize;
    assert_eq!(&draft[offset..offset + length], "Emanuel");
    assert_eq!(region["startLine"], 12);
    assert_eq!(region["startColumn"], 18);
    assert_eq!(region["endColumn"], 25);

    // A clean run is still a whole log, with no results.
    let clean = copydesk(tmp.path(), &["check", "--format", "sarif", "desk/ferry.md"]);
    assert_eq!(clean.code, 0);
    let log: Value = serde_json::from_str(&clean.stdout).expect("SARIF is JSON");
    assert_eq!(log["runs"][0]["results"], Value::Array(vec![]));
}

#[test]
fn github_short_and_jsonl_put_one_finding_on_a_line() {
    let tmp = TempDir::new("oneline");
    tmp.write("bridge.md", UNCLOSED);
    tmp.write("library.md", UNATTRIBUTED);
    let mark = UNCLOSED.find('“').expect("mark");
    let line_start = UNCLOSED[..mark].rfind('\n').map_or(0, |i| i + 1);
    let column = UNCLOSED[line_start..mark].chars().count() + 1;

    let short = copydesk(tmp.path(), &["check", "--format", "short", "bridge.md"]);
    assert_eq!(short.code, 1);
    let lines: Vec<&str> = short.stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{}", short.stdout);
    assert!(
        lines[0].starts_with(&format!(
            "bridge.md:5:{column}: unclosed-quote: Quotation is never closed"
        )),
        "{}",
        lines[0]
    );

    let github = copydesk(tmp.path(), &["check", "--format", "github", "bridge.md"]);
    assert_eq!(github.code, 1);
    let line = github.stdout.trim_end();
    assert!(
        line.starts_with(&format!(
            "::error file=bridge.md,line=5,col={column},endLine=5,endColumn="
        )),
        "{line}"
    );
    assert!(
        line.contains(",title=copydesk unclosed-quote::Quotation is never closed"),
        "{line}"
    );
    assert_eq!(github.stdout.lines().count(), 1);

    let jsonl = copydesk(
        tmp.path(),
        &["check", "--format", "jsonl", "bridge.md", "library.md"],
    );
    assert_eq!(jsonl.code, 1);
    let rows: Vec<Value> = jsonl
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is a JSON object"))
        .collect();
    let seen: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r["path"].as_str().unwrap_or_default(),
                r["rule"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        vec![
            ("bridge.md", "unclosed-quote"),
            ("library.md", "unattributed-quote")
        ]
    );
}

/// One article of a stream, and the rules its check must report.
fn article(i: usize) -> (String, Vec<&'static str>) {
    let (text, rules) = match i % 3 {
        0 => (CLEAN, vec![]),
        1 => (UNCLOSED, vec!["unclosed-quote"]),
        _ => (UNATTRIBUTED, vec!["unattributed-quote"]),
    };
    let line = serde_json::json!({ "id": format!("art-{i}"), "text": text, "format": "markdown" });
    (line.to_string(), rules)
}

#[test]
fn a_stream_of_a_thousand_articles_is_answered_in_order() {
    let tmp = TempDir::new("stream");
    let mut input = String::new();
    let mut expected = Vec::new();
    for i in 0..1000 {
        let (line, rules) = article(i);
        input.push_str(&line);
        input.push('\n');
        expected.push((format!("art-{i}"), rules));
    }
    let run = copydesk_with_stdin(
        tmp.path(),
        &["check", "--format", "jsonl", "-"],
        Some(&input),
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let results: Vec<Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each result is one JSON line"))
        .collect();
    assert_eq!(results.len(), 1000);
    for (result, (id, rules)) in results.iter().zip(&expected) {
        assert_eq!(result["id"], id.as_str());
        let found: Vec<&str> = result["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| f["rule"].as_str().unwrap_or_default())
            .collect();
        assert_eq!(&found, rules, "{result}");
        assert!(result["findings"]
            .as_array()
            .is_some_and(|fs| fs.iter().all(|f| f.get("path").is_none())));
    }
}

#[test]
fn a_bad_article_gets_an_error_line_in_its_place() {
    let tmp = TempDir::new("streambad");
    let (first, _) = article(1);
    let (last, _) = article(2);
    let plain = serde_json::json!({"id": 7, "text": "The bridge reopened. <!-- copydesk-disable x -->", "format": "text"});
    let input = format!("{first}\nnot json\n\n{{\"id\": \"no-text\"}}\n{plain}\n{last}\n");
    let run = copydesk_with_stdin(
        tmp.path(),
        &["check", "--format", "jsonl", "-"],
        Some(&input),
    );
    assert_eq!(run.code, 2, "a bad article is an error");
    let results: Vec<Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(results.len(), 5, "{}", run.stdout);
    assert_eq!(results[0]["id"], "art-1");
    assert_eq!(results[1]["line"], 2);
    assert!(results[1]["error"].is_string());
    assert!(
        results[2]["error"]
            .as_str()
            .is_some_and(|e| e.contains("text")),
        "{}",
        results[2]
    );
    assert_eq!(results[3]["id"], 7);
    assert_eq!(
        results[3]["findings"],
        Value::Array(vec![]),
        "plain text: the comment is words"
    );
    assert_eq!(results[4]["id"], "art-2");
}

#[test]
fn quiet_reports_errors_only() {
    let tmp = TempDir::new("quiet");
    tmp.write("bridge.md", UNCLOSED);
    tmp.write("library.md", UNATTRIBUTED);
    let run = copydesk(tmp.path(), &["check", "--quiet", "--format", "json", "."]);
    assert_eq!(run.code, 1);
    assert_eq!(run.rules(), vec!["unclosed-quote"]);
    let run = copydesk(tmp.path(), &["check", "-q", "library.md"]);
    assert_eq!(
        run.code, 0,
        "a warning alone is not reported: {}",
        run.stdout
    );
}

#[test]
fn statistics_count_findings_per_rule() {
    let tmp = TempDir::new("stats");
    tmp.write("a.md", example_draft());
    tmp.write("b.md", UNCLOSED);
    let run = copydesk(
        tmp.path(),
        &["check", "--statistics", "--format", "json", "."],
    );
    assert_eq!(run.code, 1);
    let rows = run.json();
    let unclosed = rows
        .iter()
        .find(|r| r["rule"] == "unclosed-quote")
        .expect("row");
    assert_eq!(unclosed["count"], 2);
    assert_eq!(unclosed["fixable"], 0);
    let name = rows
        .iter()
        .find(|r| r["rule"] == "misspelled-name")
        .expect("row");
    assert_eq!(
        (name["count"].clone(), name["fixable"].clone()),
        (1.into(), 1.into())
    );
    assert_eq!(rows[0]["rule"], "unclosed-quote", "most first");
    let text = copydesk(
        tmp.path(),
        &["check", "--statistics", "--color", "never", "."],
    );
    assert!(
        text.stdout
            .lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["2", "unclosed-quote"]),
        "{}",
        text.stdout
    );
    assert!(
        !text.stdout.contains("-->"),
        "no findings, only counts: {}",
        text.stdout
    );
}

#[test]
fn select_and_ignore_choose_the_rules() {
    let tmp = TempDir::new("select");
    tmp.write("a.md", example_draft());
    let rules = |args: &[&str]| {
        let mut all = vec!["check", "--format", "json"];
        all.extend_from_slice(args);
        all.push("a.md");
        let mut r = copydesk(tmp.path(), &all).rules();
        r.sort();
        r
    };
    assert_eq!(
        rules(&["--select", "unclosed-quote,misspelled-name"]),
        vec!["misspelled-name", "unclosed-quote"]
    );
    assert_eq!(
        rules(&[
            "--select",
            "unclosed-quote",
            "--select",
            "conflicting-figure"
        ]),
        vec!["conflicting-figure", "unclosed-quote"]
    );
    assert_eq!(
        rules(&[
            "--ignore",
            "unattributed-quote,unclosed-quote,conflicting-figure"
        ]),
        vec!["inconsistent-name", "misspelled-name"]
    );
    // A rule the file switched off runs when selected on the command line.
    tmp.write("copydesk.toml", "[rules]\nunclosed-quote = \"off\"\n");
    assert_eq!(
        rules(&["--select", "unclosed-quote"]),
        vec!["unclosed-quote"]
    );
    let bad = copydesk(
        tmp.path(),
        &["check", "--select", "unclosed-quotes", "a.md"],
    );
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("unknown rule `unclosed-quotes`"),
        "{}",
        bad.stderr
    );
}

#[test]
fn stdin_filename_names_the_draft_and_picks_format_and_config() {
    let tmp = TempDir::new("stdinname");
    tmp.write("desk/copydesk.toml", "[rules]\nunclosed-quote = \"hint\"\n");
    let run = copydesk_with_stdin(
        tmp.path(),
        &[
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "desk/bridge.md",
            "-",
        ],
        Some(UNCLOSED),
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let findings = run.json();
    assert_eq!(findings[0]["path"], "desk/bridge.md");
    assert_eq!(
        findings[0]["severity"], "hint",
        "desk/copydesk.toml applies"
    );
    // The extension picks the format: a comment within a line is words in .txt.
    let directive = "The bridge reopened. <!-- copydesk-disable no-such-rule -->\n";
    let as_text = copydesk_with_stdin(
        tmp.path(),
        &[
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "desk/note.txt",
            "-",
        ],
        Some(directive),
    );
    assert!(as_text.rules().is_empty(), "{}", as_text.stdout);
    let as_markdown = copydesk_with_stdin(
        tmp.path(),
        &[
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "desk/note.md",
            "-",
        ],
        Some(directive),
    );
    assert_eq!(as_markdown.rules(), vec!["unknown-directive"]);
}

#[test]
fn exit_zero_keeps_findings_from_failing_but_not_errors() {
    let tmp = TempDir::new("exitzero");
    tmp.write("bridge.md", UNCLOSED);
    let run = copydesk(
        tmp.path(),
        &["check", "--exit-zero", "--format", "json", "bridge.md"],
    );
    assert_eq!(run.code, 0);
    assert_eq!(run.rules(), vec!["unclosed-quote"]);
    let run = copydesk(
        tmp.path(),
        &["check", "--exit-zero", "bridge.md", "gone.md"],
    );
    assert_eq!(run.code, 2);
}

#[test]
fn plain_text_drafts_take_inline_ignores_on_their_own_line() {
    let tmp = TempDir::new("txtignore");
    let silenced = UNCLOSED.replace(
        "She told",
        "<!-- copydesk-disable-next-line unclosed-quote -->\nShe told",
    );
    tmp.write("bridge.txt", &silenced);
    let run = copydesk(tmp.path(), &["check", "--format", "json", "bridge.txt"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    // The same comment a paragraph too late silences nothing, and says so.
    let late = UNCLOSED.replace(
        "Work began",
        "<!-- copydesk-disable-next-line unclosed-quote -->\nWork began",
    );
    tmp.write("late.txt", &late);
    let run = copydesk(tmp.path(), &["check", "--format", "json", "late.txt"]);
    let mut rules = run.rules();
    rules.sort();
    assert_eq!(rules, vec!["unclosed-quote", "unknown-directive"]);
}

/// The `copydesk …` commands of a recipe file, from lines starting with `prefix`,
/// as argument lists (a trailing `> file` redirection dropped).
fn recipe_commands(file: &str, prefix: &str) -> Vec<Vec<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    text.lines()
        .filter_map(|l| l.trim_start().strip_prefix(prefix))
        .filter(|l| l.starts_with("copydesk check"))
        .map(|l| {
            let command = l.split(" > ").next().unwrap_or(l);
            command
                .split_whitespace()
                .skip(1)
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

#[test]
fn the_github_actions_recipe_commands_work() {
    let tmp = TempDir::new("actions");
    tmp.write("drafts/bridge.md", UNCLOSED);
    let commands = recipe_commands("examples/ci/github-actions.yml", "run: ");
    assert_eq!(commands.len(), 2, "{commands:?}");
    let annotate: Vec<&str> = commands[0].iter().map(String::as_str).collect();
    let run = copydesk(tmp.path(), &annotate);
    assert_eq!(
        run.code, 1,
        "the check step fails on findings: {}",
        run.stderr
    );
    assert!(
        run.stdout.starts_with("::error file=drafts/bridge.md,"),
        "{}",
        run.stdout
    );
    let sarif: Vec<&str> = commands[1].iter().map(String::as_str).collect();
    let run = copydesk(tmp.path(), &sarif);
    assert_eq!(
        run.code, 0,
        "the SARIF step must not fail the job: {}",
        run.stderr
    );
    let log: Value = serde_json::from_str(&run.stdout).expect("SARIF");
    assert_eq!(log["runs"][0]["results"][0]["ruleId"], "unclosed-quote");
}

#[test]
fn the_pre_commit_hooks_run() {
    let tmp = TempDir::new("precommit");
    let hooks = recipe_commands(".pre-commit-hooks.yaml", "entry: ");
    assert_eq!(hooks.len(), 2, "{hooks:?}");
    for hook in &hooks {
        // pre-commit appends the staged files.
        tmp.write("draft.md", example_draft());
        let mut args: Vec<&str> = hook.iter().map(String::as_str).collect();
        args.push("draft.md");
        let run = copydesk(tmp.path(), &args);
        assert_eq!(run.code, 1, "{hook:?}: {}", run.stderr);
        assert!(
            run.stdout.lines().all(|l| l.starts_with("draft.md:")),
            "{}",
            run.stdout
        );
    }
    let fixed = std::fs::read_to_string(tmp.path().join("draft.md")).expect("draft");
    assert!(
        fixed.contains("Emmanuel Macron"),
        "the fix hook fixed the name"
    );
}
