//! The command line: `copydesk check` walks the paths it is given, checks each
//! draft under the configuration in force for it, and reports for people or machines.

mod fix;
mod human;
mod json;
mod lines;
mod oneline;
mod sarif;
mod statistics;
mod stream;
mod walk;

use std::collections::{HashMap, HashSet};
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use clap::{Args, ValueEnum};

use crate::config::{Level, Settings};
use crate::workspace::{self, Loaded};
use crate::{analyze, Finding, Format, Rule, Severity};

use human::{Human, Tally};
use lines::LineIndex;
use sarif::Sarif;
use statistics::Statistics;
use walk::Input;

/// `copydesk check` options.
#[derive(Clone, Debug, Args)]
pub struct CheckArgs {
    /// Files or directories to check (directories are walked for .md, .markdown and .txt); `-` reads stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output: for people (rustc style), one JSON array, JSON Lines (one finding a
    /// line; with `-`, stdin is a stream of articles), SARIF 2.1.0, GitHub Actions
    /// annotations, or `path:line:col: rule: message`.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Use this copydesk.toml for every draft instead of looking for one.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Colour the human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// How to read a draft given as `-` on stdin (default: from --stdin-filename, else Markdown).
    #[arg(long, value_enum)]
    pub stdin_format: Option<StdinFormat>,
    /// The path a draft read from stdin stands for: its name in the output, its
    /// format (by extension) and where to look for copydesk.toml.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,
    /// Apply the safe fixes in place (one established or house spelling of a
    /// name), then report what is left. With `-`, print the fixed draft instead.
    #[arg(long)]
    pub fix: bool,
    /// Show the safe fixes as a unified diff and change nothing.
    #[arg(long)]
    pub diff: bool,
    /// Report errors only, not warnings, infos or hints.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print how many findings each rule made instead of the findings.
    #[arg(long)]
    pub statistics: bool,
    /// Run only these rules (comma-separated ids).
    #[arg(long, value_name = "RULE,...", value_delimiter = ',')]
    pub select: Vec<Rule>,
    /// Do not run these rules (comma-separated ids).
    #[arg(long, value_name = "RULE,...", value_delimiter = ',')]
    pub ignore: Vec<Rule>,
    /// Exit 0 even when there are findings (errors still exit 2).
    #[arg(long)]
    pub exit_zero: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Human,
    Json,
    Jsonl,
    Sarif,
    Github,
    Short,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StdinFormat {
    Markdown,
    Text,
}

/// The outcome of a run, worst wins: the process exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Clean = 0,
    Findings = 1,
    Error = 2,
}

/// The name a draft read from stdin goes by in the output.
pub const STDIN_NAME: &str = "<stdin>";

/// Run `copydesk check`; the exit status is 0 (clean), 1 (findings) or 2 (errors).
pub fn check(args: &CheckArgs) -> u8 {
    let mut run = Run::new(args);
    let streaming = args.format == OutputFormat::Jsonl;
    if streaming && (args.fix || args.diff) && args.paths.iter().any(|p| p.as_os_str() == "-") {
        run.error("--fix and --diff do not apply to a stream of articles (--format jsonl -)");
        return run.finish() as u8;
    }
    let (inputs, walk_errors) = walk::inputs(&args.paths);
    for e in walk_errors {
        run.error(&e);
    }
    for input in &inputs {
        match input {
            Input::Stdin if streaming => run.stream(),
            _ => run.check(input),
        }
    }
    run.finish() as u8
}

/// A draft read and ready to check.
struct Draft {
    /// How the output names it.
    name: String,
    text: String,
    format: Format,
    /// Where its configuration is looked for.
    config_dir: PathBuf,
    /// The file to write fixes back to (none for stdin).
    file: Option<PathBuf>,
}

/// The state of one `copydesk check` run.
struct Run<'a> {
    args: &'a CheckArgs,
    status: Status,
    tally: Tally,
    human: Human,
    /// JSON findings written so far (the array is streamed).
    json_count: usize,
    sarif: Sarif,
    statistics: Statistics,
    /// The configuration for each folder, loaded once.
    configs: HashMap<PathBuf, Rc<Loaded>>,
    /// The `--config` file, loaded once, when given.
    forced: Option<Rc<Loaded>>,
    /// Configuration problems already reported (each once per run).
    reported: HashSet<String>,
    out: io::BufWriter<io::Stdout>,
    /// Stdout went away (e.g. piped into `head`): stop writing.
    out_closed: bool,
}

impl<'a> Run<'a> {
    fn new(args: &'a CheckArgs) -> Run<'a> {
        let color = match args.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var("TERM").map_or(true, |t| t != "dumb")
            }
        };
        let forced = args.config.as_deref().map(|file| {
            Rc::new(narrowed(
                args,
                workspace::load_with(file, &Settings::default()),
            ))
        });
        Run {
            args,
            status: Status::Clean,
            tally: Tally::default(),
            human: Human::new(color),
            json_count: 0,
            sarif: Sarif::default(),
            statistics: Statistics::default(),
            configs: HashMap::new(),
            forced,
            reported: HashSet::new(),
            out: io::BufWriter::new(io::stdout()),
            out_closed: false,
        }
    }

    /// Check one draft and report what was found (or fix it, or show its fixes).
    fn check(&mut self, input: &Input) {
        let draft = match self.read(input) {
            Ok(draft) => draft,
            Err(e) => return self.error(&e),
        };
        let loaded = self.config_for(&draft.config_dir);
        let config = &loaded.config;
        self.tally.files_checked += 1;
        if self.args.diff || self.args.fix {
            let fixed = fix::apply_safe(&draft.text, draft.format, config);
            self.tally.fixed += fixed.count;
            if self.args.diff {
                let diff = fix::unified_diff(&draft.name, &draft.text, &fixed.text);
                if !diff.is_empty() {
                    self.status = self.status.max(Status::Findings);
                }
                return self.write(&diff);
            }
            let Some(file) = &draft.file else {
                // Stdin: the fixed draft goes to stdout, as a formatter's would.
                let left = self.reportable(analyze(&fixed.text, draft.format, config));
                if !left.is_empty() {
                    self.status = self.status.max(Status::Findings);
                }
                return self.write(&fixed.text);
            };
            if fixed.count > 0 {
                if let Err(e) = std::fs::write(file, &fixed.text) {
                    return self.error(&format!("{}: cannot write the fixes: {e}", draft.name));
                }
            }
            let findings = self.reportable(analyze(&fixed.text, draft.format, config));
            return self.report(&draft.name, &fixed.text, &findings);
        }
        let findings = self.reportable(analyze(&draft.text, draft.format, config));
        self.report(&draft.name, &draft.text, &findings);
    }

    /// Read a file or stdin into a draft.
    fn read(&self, input: &Input) -> Result<Draft, String> {
        match input {
            Input::Stdin => {
                let named = self.args.stdin_filename.as_deref();
                let name = named.map_or(STDIN_NAME.to_owned(), |p| p.display().to_string());
                let format = match (self.args.stdin_format, named) {
                    (Some(StdinFormat::Markdown), _) => Format::Markdown,
                    (Some(StdinFormat::Text), _) => Format::PlainText,
                    (None, Some(path)) => Format::from_path(&path.to_string_lossy()),
                    (None, None) => Format::Markdown,
                };
                let text = read_stdin().map_err(|e| format!("{name}: {e}"))?;
                Ok(Draft {
                    name,
                    text,
                    format,
                    config_dir: self.stdin_dir(),
                    file: None,
                })
            }
            Input::File(path) => {
                let name = path.display().to_string();
                let text = read_draft(path).map_err(|e| format!("{name}: {e}"))?;
                Ok(Draft {
                    format: Format::from_path(&name),
                    name,
                    text,
                    config_dir: path.parent().unwrap_or(Path::new("")).to_path_buf(),
                    file: Some(path.clone()),
                })
            }
        }
    }

    /// Where the configuration of a draft on stdin is looked for.
    fn stdin_dir(&self) -> PathBuf {
        self.args
            .stdin_filename
            .as_deref()
            .and_then(Path::parent)
            .map_or(PathBuf::from("."), Path::to_path_buf)
    }

    /// The findings to report: errors only with `--quiet`.
    fn reportable(&self, mut findings: Vec<Finding>) -> Vec<Finding> {
        if self.args.quiet {
            findings.retain(|f| f.severity == Severity::Error);
        }
        findings
    }

    /// Write the findings of one draft in the chosen format.
    fn report(&mut self, name: &str, text: &str, findings: &[Finding]) {
        if findings.is_empty() {
            return;
        }
        self.status = self.status.max(Status::Findings);
        self.tally.findings += findings.len();
        self.tally.files_with_findings += 1;
        self.tally.fixable += findings.iter().filter(|f| f.safe_fix().is_some()).count();
        if self.args.statistics {
            return self.statistics.add(findings);
        }
        let index = LineIndex::new(text);
        match self.args.format {
            OutputFormat::Json => {
                for f in findings {
                    let separator = if self.json_count == 0 { "[\n" } else { ",\n" };
                    self.json_count += 1;
                    let line = json::finding(name, text, &index, f);
                    self.write(separator);
                    self.write(&line);
                }
            }
            OutputFormat::Jsonl => {
                for f in findings {
                    let mut line = json::finding(name, text, &index, f);
                    line.push('\n');
                    self.write(&line);
                }
                // Each file's findings as soon as it is done.
                self.flush();
            }
            OutputFormat::Sarif => self.sarif.file(name, text, &index, findings),
            OutputFormat::Github => {
                for f in findings {
                    let line = oneline::github(name, text, &index, f);
                    self.write(&line);
                }
            }
            OutputFormat::Short => {
                for f in findings {
                    let line = oneline::short(name, text, &index, f);
                    self.write(&line);
                }
            }
            OutputFormat::Human => {
                for f in findings {
                    let rendered = self.human.finding(name, text, &index, f);
                    self.write(&rendered);
                }
            }
        }
    }

    /// The configuration for drafts in `dir` (the `--config` file if given),
    /// reporting its problems once.
    fn config_for(&mut self, dir: &Path) -> Rc<Loaded> {
        let loaded = match &self.forced {
            Some(loaded) => Rc::clone(loaded),
            None => {
                let key = if dir.as_os_str().is_empty() {
                    PathBuf::from(".")
                } else {
                    dir.to_path_buf()
                };
                let args = self.args;
                let entry = self.configs.entry(key).or_insert_with_key(|dir| {
                    Rc::new(narrowed(args, workspace::load(dir, &Settings::default())))
                });
                Rc::clone(entry)
            }
        };
        for e in &loaded.errors {
            if self.reported.insert(e.clone()) {
                self.error(&format!(
                    "{e}\n  = note: checking goes on without this setting"
                ));
            }
        }
        loaded
    }

    /// Report a problem on stderr; the run will end with status 2.
    fn error(&mut self, message: &str) {
        self.status = Status::Error;
        self.tally.errors += 1;
        // Keep stdout and stderr in order when both go to a terminal.
        self.flush();
        eprintln!("error: {message}");
    }

    fn write(&mut self, text: &str) {
        if !self.out_closed && self.out.write_all(text.as_bytes()).is_err() {
            self.out_closed = true;
        }
    }

    fn flush(&mut self) {
        if !self.out_closed && self.out.flush().is_err() {
            self.out_closed = true;
        }
    }

    fn finish(mut self) -> Status {
        let streamed_stdin_fix = self.args.fix
            && !self.args.diff
            && self.args.paths.iter().any(|p| p.as_os_str() == "-");
        if self.args.diff {
            if self.tally.fixed > 0 {
                eprintln!(
                    "{} would be fixed by --fix",
                    human::plural(self.tally.fixed, "finding")
                );
            }
        } else if streamed_stdin_fix {
            // stdout holds the fixed draft and nothing else.
        } else if self.args.statistics {
            let table = match self.args.format {
                OutputFormat::Json | OutputFormat::Jsonl => self.statistics.json(),
                _ => self.statistics.text(),
            };
            self.write(&table);
            if self.args.format == OutputFormat::Human {
                let summary = self.human.summary(&self.tally, self.args.fix);
                self.write(&summary);
            }
        } else {
            match self.args.format {
                OutputFormat::Json => {
                    let close = if self.json_count == 0 {
                        "[]\n"
                    } else {
                        "\n]\n"
                    };
                    self.write(close);
                }
                OutputFormat::Sarif => {
                    let log = self.sarif.finish();
                    self.write(&log);
                }
                OutputFormat::Human => {
                    let summary = self.human.summary(&self.tally, self.args.fix);
                    self.write(&summary);
                }
                OutputFormat::Jsonl | OutputFormat::Github | OutputFormat::Short => {}
            }
        }
        self.flush();
        if self.args.exit_zero && self.status == Status::Findings {
            return Status::Clean;
        }
        self.status
    }
}

/// The configuration with `--select` and `--ignore` laid over it: the command
/// line is the last layer. A selected rule that the file switched off runs at
/// its default severity.
fn narrowed(args: &CheckArgs, mut loaded: Loaded) -> Loaded {
    if args.select.is_empty() && args.ignore.is_empty() {
        return loaded;
    }
    for rule in Rule::ALL {
        let selected = args.select.is_empty() || args.select.contains(&rule);
        if !selected || args.ignore.contains(&rule) {
            loaded.config.set_level(rule, Level::Off);
        } else if !args.select.is_empty() && loaded.config.level(rule) == Level::Off {
            loaded
                .config
                .set_level(rule, Level::On(rule.default_severity()));
        }
    }
    loaded
}

/// The largest draft the command line checks: far beyond any article or
/// edition, and well inside the engine's 32-bit offsets.
pub const MAX_DRAFT_BYTES: u64 = 64 * 1024 * 1024;

fn too_large(len: u64) -> String {
    format!(
        "too large to check ({} MB; copydesk checks drafts of up to {} MB)",
        len.div_ceil(1024 * 1024),
        MAX_DRAFT_BYTES / (1024 * 1024)
    )
}

/// Read a draft, insisting on UTF-8 and saying where it is broken if not.
fn read_draft(path: &Path) -> Result<String, String> {
    let len = std::fs::metadata(path)
        .map_err(|e| format!("cannot read: {e}"))?
        .len();
    if len > MAX_DRAFT_BYTES {
        return Err(too_large(len));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    utf8(bytes)
}

fn read_stdin() -> Result<String, String> {
    let mut bytes = Vec::new();
    io::stdin()
        .take(MAX_DRAFT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > MAX_DRAFT_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    utf8(bytes)
}

fn utf8(bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("not valid UTF-8 (first bad byte at offset {at}); copydesk reads UTF-8 text, so re-save the file as UTF-8")
    })
}
