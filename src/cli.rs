//! The command line: `copydesk check` renders findings for people (rustc style)
//! or machines (JSON).

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use serde_json::json;

use crate::{analyze, Config, Finding, Format};

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

/// Run `copydesk check`; the exit status is 0 (clean), 1 (findings) or 2 (errors).
pub fn check(args: &CheckArgs) -> u8 {
    let paths: Vec<String> = args.paths.iter().map(|p| p.display().to_string()).collect();
    check_json(&paths) as u8
}

/// One finding as JSON, with UTF-8 byte offsets and a 1-based line and column.
pub fn finding_json(path: &Path, text: &str, f: &Finding) -> serde_json::Value {
    let before = &text[..f.span.start];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..f.span.start].chars().count() + 1;
    json!({
        "path": path.display().to_string(),
        "rule": f.rule.as_str(),
        "severity": f.severity.as_str(),
        "message": f.message,
        "start": f.span.start,
        "end": f.span.end,
        "line": line,
        "column": column,
        "related": f.related.iter().map(|r| json!({"start": r.span.start, "end": r.span.end, "message": r.message})).collect::<Vec<_>>(),
        "fixes": f.fixes.iter().map(|x| json!({
            "title": x.title,
            "edits": x.edits.iter().map(|e| json!({"start": e.span.start, "end": e.span.end, "text": e.text})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

/// Minimal `check`: JSON for every path given. (To be replaced by the full CLI.)
pub fn check_json(paths: &[String]) -> i32 {
    let mut out = Vec::new();
    let mut status = 0;
    for p in paths {
        let path = Path::new(p);
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let findings = analyze(&text, Format::from_path(p), &Config::default());
                if !findings.is_empty() && status == 0 {
                    status = 1;
                }
                out.extend(findings.iter().map(|f| finding_json(path, &text, f)));
            }
            Err(e) => {
                eprintln!("error: {p}: {e}");
                status = 2;
            }
        }
    }
    println!("{}", serde_json::Value::Array(out));
    status
}
