//! Walks the paths given on the command line into the list of drafts to check:
//! files as given, folders recursively (sorted) for .md, .markdown and .txt.

use std::fs;
use std::path::{Path, PathBuf};

/// One thing to check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    Stdin,
}

/// Folders that never hold drafts worth checking.
const SKIPPED_DIRS: [&str; 2] = ["target", "node_modules"];

/// Extensions of drafts found by walking a folder.
const DRAFT_EXTENSIONS: [&str; 3] = ["md", "markdown", "txt"];

/// Expand `paths` into inputs; problems (a missing path, an unreadable folder)
/// are returned alongside, each naming the path.
pub fn inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<String>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            let before = inputs.len();
            walk(path, &mut inputs, &mut errors);
            if inputs.len() == before {
                errors.push(format!(
                    "{}: no drafts (.md, .markdown, .txt) in this folder",
                    path.display()
                ));
            }
        } else {
            // Files are taken as given, whatever their extension; a missing
            // file is reported when it is read.
            inputs.push(Input::File(path.clone()));
        }
    }
    (inputs, errors)
}

fn walk(dir: &Path, inputs: &mut Vec<Input>, errors: &mut Vec<String>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(format!("{}: cannot read folder: {e}", dir.display()));
            return;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        // Symlinked folders are not followed (they could loop); symlinked files are.
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        // Hidden entries are editor lock files, VCS folders and the like.
        if name.starts_with('.') {
            continue;
        }
        if kind.is_dir() {
            if !SKIPPED_DIRS.contains(&name.as_ref()) {
                walk(&path, inputs, errors);
            }
        } else if is_draft(&path) && (kind.is_file() || path.is_file()) {
            inputs.push(Input::File(path));
        }
    }
}

fn is_draft(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| DRAFT_EXTENSIONS.iter().any(|d| e.eq_ignore_ascii_case(d)))
}
