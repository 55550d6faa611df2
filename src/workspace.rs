//! Workspace: finds the `copydesk.toml` that governs a draft (from its folder
//! upwards) and reads it and the reference lists it names (the engine's I/O).

use std::fs;
use std::path::{Path, PathBuf};

use crate::config::{Config, Settings};

/// The name of the per-folder configuration file.
pub const CONFIG_FILE: &str = "copydesk.toml";

/// The configuration in force for one draft, and what went wrong finding it.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    pub config: Config,
    /// The `copydesk.toml` that was read, if any.
    pub file: Option<PathBuf>,
    /// Problems, each naming the file (and line) at fault; defaults stay in force for them.
    pub errors: Vec<String>,
}

/// Defaults, then `editor` settings, then the nearest `copydesk.toml` above `draft`.
///
/// `draft` may be a file (its folder is searched first) or a folder.
pub fn load(draft: &Path, editor: &Settings) -> Loaded {
    let dir = draft_folder(draft);
    match find_config(&dir) {
        Some(file) => load_with(&file, editor),
        None => editor_layer(editor, &dir),
    }
}

/// Defaults, then `editor` settings, then the given `copydesk.toml` (no discovery).
pub fn load_with(file: &Path, editor: &Settings) -> Loaded {
    let base = file
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let mut loaded = editor_layer(editor, &base);
    loaded.file = Some(file.to_path_buf());
    let text = match fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => {
            loaded
                .errors
                .push(format!("{}: cannot read: {e}", file.display()));
            return loaded;
        }
    };
    // A mistake drops only the setting it is in; the rest of the file applies.
    let (settings, errors) = Settings::from_toml_lenient(&text);
    let mut located: Vec<String> = errors.iter().map(|e| locate(&text, &e.message)).collect();
    located.sort_by_key(|m| line_number(m));
    for message in located {
        loaded.errors.push(format!("{}: {message}", file.display()));
    }
    // Apply to a copy so that a layer that fails leaves the one below intact.
    let mut config = loaded.config.clone();
    match config.apply(&settings) {
        Ok(()) => loaded.config = config,
        Err(e) => {
            loaded
                .errors
                .push(format!("{}: {}", file.display(), locate(&text, &e.message)));
            return loaded;
        }
    }
    read_references(&settings, &base, file, &mut loaded);
    loaded
}

/// The nearest `copydesk.toml` in `dir` or a folder above it, up to the filesystem root.
pub fn find_config(dir: &Path) -> Option<PathBuf> {
    let start = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    start
        .ancestors()
        .map(|d| d.join(CONFIG_FILE))
        .find(|candidate| candidate.is_file())
}

/// The folder a draft lives in, absolute when the current directory is known.
fn draft_folder(draft: &Path) -> PathBuf {
    let dir = if draft.is_dir() {
        draft
    } else {
        draft.parent().unwrap_or(Path::new(""))
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf())
}

/// Defaults with the editor's settings laid over them. Reference lists the
/// editor names are resolved against `base` unless absolute.
fn editor_layer(editor: &Settings, base: &Path) -> Loaded {
    let mut loaded = Loaded::default();
    let mut config = loaded.config.clone();
    match config.apply(editor) {
        Ok(()) => {
            loaded.config = config;
            read_references(editor, base, Path::new("editor settings"), &mut loaded);
        }
        Err(e) => loaded.errors.push(format!("editor settings: {e}")),
    }
    loaded
}

/// Read the `[names] reference` lists of one layer into the configuration.
fn read_references(settings: &Settings, base: &Path, named_by: &Path, loaded: &mut Loaded) {
    for name in settings.reference_paths() {
        let path = base.join(name);
        match fs::read_to_string(&path) {
            Ok(text) => {
                let source = path.display().to_string();
                // A list with a bad row is reported and left out, not half-used.
                match crate::reference::parse_tsv(&source, &text) {
                    Ok(_) => loaded.config.names.reference.push((source, text)),
                    Err(e) => loaded.errors.push(format!(
                        "{}: [names] reference `{name}`: {e}",
                        named_by.display()
                    )),
                }
            }
            Err(e) => loaded.errors.push(format!(
                "{}: [names] reference `{name}`: cannot read {}: {e}",
                named_by.display(),
                path.display()
            )),
        }
    }
}

/// The line a located message names ("line 3: …"), for reporting in file order.
fn line_number(message: &str) -> usize {
    message
        .split("line ")
        .nth(1)
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(usize::MAX)
}

/// Make a settings error point at a line: TOML syntax errors already say
/// "line N"; for a bad rule name or level, find the line that mentions it.
fn locate(text: &str, message: &str) -> String {
    if message.contains("line ") {
        return message.to_owned();
    }
    let culprit = message
        .split('`')
        .nth(1)
        .filter(|c| !c.is_empty())
        .and_then(|c| {
            let lines = || {
                text.lines()
                    .enumerate()
                    .map(|(i, l)| (i, l.trim_start()))
                    .filter(|(_, l)| !l.starts_with('#'))
            };
            // The line that sets it (`c = …`, `"c" = …`) or opens it (`[c]`),
            // else the first that mentions it.
            let sets = |l: &str| {
                let key = l.split('=').next().unwrap_or("").trim().trim_matches('"');
                (l.contains('=') && key == c) || l.trim_end() == format!("[{c}]")
            };
            lines()
                .find(|(_, l)| sets(l))
                .or_else(|| lines().find(|(_, l)| l.contains(c)))
                .map(|(i, _)| i)
        });
    match culprit {
        Some(i) => format!("line {}: {message}", i + 1),
        None => message.to_owned(),
    }
}
