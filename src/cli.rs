//! The command line: `copydesk check` walks the paths it is given, checks each
//! draft under the configuration in force for it, and reports for people or machines.

mod human;
mod json;
mod lines;
mod walk;

use std::collections::{HashMap, HashSet};
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use clap::{Args, ValueEnum};

use crate::config::Settings;
use crate::workspace::{self, Loaded};
use crate::{analyze, Format};

use human::{Human, Tally};
use lines::LineIndex;
use walk::Input;

/// `copydesk check` options.
#[derive(Clone, Debug, Args)]
pub struct CheckArgs {
    /// Files or directories to check (directories are walked for .md, .markdown and .txt); `-` reads stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output for people (rustc style) or machines (one JSON array).
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Use this copydesk.toml for every draft instead of looking for one.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Colour the human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// How to read a draft given as `-` on stdin.
    #[arg(long, value_enum, default_value_t = StdinFormat::Markdown)]
    pub stdin_format: StdinFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Human,
    Json,
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
    let (inputs, walk_errors) = walk::inputs(&args.paths);
    for e in walk_errors {
        run.error(&e);
    }
    for input in &inputs {
        run.check(input);
    }
    run.finish() as u8
}

/// The state of one `copydesk check` run.
struct Run<'a> {
    args: &'a CheckArgs,
    status: Status,
    tally: Tally,
    human: Human,
    /// JSON findings written so far (the array is streamed).
    json_count: usize,
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
        let forced = args
            .config
            .as_deref()
            .map(|file| Rc::new(workspace::load_with(file, &Settings::default())));
        Run {
            args,
            status: Status::Clean,
            tally: Tally::default(),
            human: Human::new(color),
            json_count: 0,
            configs: HashMap::new(),
            forced,
            reported: HashSet::new(),
            out: io::BufWriter::new(io::stdout()),
            out_closed: false,
        }
    }

    /// Check one draft and report what was found.
    fn check(&mut self, input: &Input) {
        let (name, text, format, config_dir) = match input {
            Input::Stdin => {
                let format = match self.args.stdin_format {
                    StdinFormat::Markdown => Format::Markdown,
                    StdinFormat::Text => Format::PlainText,
                };
                match read_stdin() {
                    Ok(text) => (STDIN_NAME.to_owned(), text, format, PathBuf::from(".")),
                    Err(e) => return self.error(&format!("{STDIN_NAME}: {e}")),
                }
            }
            Input::File(path) => {
                let name = path.display().to_string();
                match read_draft(path) {
                    Ok(text) => {
                        let dir = path.parent().unwrap_or(Path::new("")).to_path_buf();
                        let format = Format::from_path(&name);
                        (name, text, format, dir)
                    }
                    Err(e) => return self.error(&format!("{name}: {e}")),
                }
            }
        };
        let loaded = self.config_for(&config_dir);
        let findings = analyze(&text, format, &loaded.config);
        self.tally.files_checked += 1;
        if findings.is_empty() {
            return;
        }
        self.status = self.status.max(Status::Findings);
        self.tally.findings += findings.len();
        self.tally.files_with_findings += 1;
        let index = LineIndex::new(&text);
        match self.args.format {
            OutputFormat::Json => {
                for f in &findings {
                    let separator = if self.json_count == 0 { "[\n" } else { ",\n" };
                    self.json_count += 1;
                    let line = json::finding(&name, &text, &index, f);
                    self.write(separator);
                    self.write(&line);
                }
            }
            OutputFormat::Human => {
                for f in &findings {
                    let rendered = self.human.finding(&name, &text, &index, f);
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
                let entry = self
                    .configs
                    .entry(key)
                    .or_insert_with_key(|dir| Rc::new(workspace::load(dir, &Settings::default())));
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
        let _ = self.out.flush();
        eprintln!("error: {message}");
    }

    fn write(&mut self, text: &str) {
        if !self.out_closed && self.out.write_all(text.as_bytes()).is_err() {
            self.out_closed = true;
        }
    }

    fn finish(mut self) -> Status {
        match self.args.format {
            OutputFormat::Json => {
                let close = if self.json_count == 0 {
                    "[]\n"
                } else {
                    "\n]\n"
                };
                self.write(close);
            }
            OutputFormat::Human => {
                let summary = self.human.summary(&self.tally);
                self.write(&summary);
            }
        }
        if self.out.flush().is_err() {
            self.out_closed = true;
        }
        self.status
    }
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
