//! Settings: what the editor can do (negotiated once at `initialize`) and which
//! configuration governs each draft (editor settings and `copydesk.toml`, cached).
//!
//! Precedence, later wins: built-in defaults < editor settings
//! (`initializationOptions`, `workspace/didChangeConfiguration`, or the
//! `copydesk` section pulled with `workspace/configuration`) < the project's
//! `copydesk.toml`, because the newsroom's shared file is the house style.
//! Broken editor settings are reported and replaced by the defaults; a broken
//! `copydesk.toml` is reported by [`crate::workspace::load`] and the layers below
//! it stay in force. Either way the server carries on.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tower_lsp_server::ls_types::{
    ClientCapabilities, PositionEncodingKind, ResourceOperationKind, Uri,
};

use crate::config::{Config, Settings};
use crate::position::Encoding;
use crate::rules::weekday_date::Date;
use crate::workspace::{self, Loaded};

/// What the client told us it supports, reduced to the decisions we make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ClientFeatures {
    pub encoding: Encoding,
    /// The client pulls diagnostics (`textDocument/diagnostic`), so we do not push.
    pub pull_diagnostics: bool,
    /// The client accepts `workspace/diagnostic/refresh`.
    pub diagnostic_refresh: bool,
    /// Workspace edits may use `documentChanges` (versioned edits).
    pub document_changes: bool,
    /// Workspace edits may create files.
    pub create_files: bool,
    /// We may register a watcher for `copydesk.toml` dynamically.
    pub watch_files: bool,
    /// We may pull the `copydesk` settings section.
    pub configuration: bool,
}

impl Default for ClientFeatures {
    fn default() -> ClientFeatures {
        ClientFeatures {
            encoding: Encoding::Utf16,
            pull_diagnostics: false,
            diagnostic_refresh: false,
            document_changes: false,
            create_files: false,
            watch_files: false,
            configuration: false,
        }
    }
}

impl ClientFeatures {
    pub(crate) fn from_capabilities(caps: &ClientCapabilities) -> ClientFeatures {
        let offers_utf8 = caps
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_ref())
            .is_some_and(|encodings| encodings.contains(&PositionEncodingKind::UTF8));
        let workspace = caps.workspace.as_ref();
        let edit = workspace.and_then(|w| w.workspace_edit.as_ref());
        ClientFeatures {
            encoding: if offers_utf8 {
                Encoding::Utf8
            } else {
                Encoding::Utf16
            },
            pull_diagnostics: caps
                .text_document
                .as_ref()
                .is_some_and(|t| t.diagnostic.is_some()),
            diagnostic_refresh: workspace
                .and_then(|w| w.diagnostics.as_ref())
                .and_then(|d| d.refresh_support)
                .unwrap_or(false),
            document_changes: edit.and_then(|e| e.document_changes).unwrap_or(false),
            create_files: edit
                .and_then(|e| e.resource_operations.as_ref())
                .is_some_and(|ops| ops.contains(&ResourceOperationKind::Create)),
            watch_files: workspace
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|w| w.dynamic_registration)
                .unwrap_or(false),
            configuration: workspace.and_then(|w| w.configuration).unwrap_or(false),
        }
    }

    pub(crate) fn position_encoding_kind(&self) -> PositionEncodingKind {
        match self.encoding {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }
}

/// Read editor settings (any of the shapes clients send).
pub(crate) fn editor_settings(value: &serde_json::Value) -> Result<Settings, String> {
    Settings::from_json(value).map_err(|e| e.message)
}

/// The configuration for one draft: what it is and what went wrong building it.
#[derive(Clone, Debug)]
pub(crate) struct Governing {
    pub loaded: Arc<Loaded>,
    /// Bumped whenever settings or a `copydesk.toml` change: part of pull result ids.
    pub generation: u64,
    /// Problems not yet shown to the user.
    pub new_errors: Vec<String>,
}

/// Editor settings and the configuration of every folder a draft was opened from.
#[derive(Debug, Default)]
pub(crate) struct Configs {
    editor: Settings,
    generation: u64,
    by_folder: HashMap<PathBuf, Arc<Loaded>>,
    shown: HashSet<String>,
    /// The date the cached configurations were made on (weekday-date reads it).
    today: Option<Date>,
}

impl Configs {
    /// Replace the editor settings (the caller re-checks open drafts).
    pub(crate) fn set_editor(&mut self, settings: Settings) {
        self.editor = settings;
        self.invalidate();
    }

    /// Bumped whenever settings or a `copydesk.toml` change.
    pub(crate) fn generation(&self) -> u64 {
        self.generation
    }

    /// Forget cached configurations, e.g. after a `copydesk.toml` changed.
    pub(crate) fn invalidate(&mut self) {
        self.by_folder.clear();
        self.shown.clear();
        self.generation += 1;
    }

    /// The configuration governing the draft at `uri` (files: from its folder up;
    /// anything else: defaults and editor settings).
    pub(crate) fn for_document(&mut self, uri: &Uri) -> Governing {
        self.for_document_on(uri, workspace::today())
    }

    /// [`Self::for_document`] on the day `today`. A server runs for days: when
    /// the date moves on, the cached configurations, which carry the date,
    /// are made anew and the generation bumped, so open drafts are re-checked.
    fn for_document_on(&mut self, uri: &Uri, today: Option<Date>) -> Governing {
        if today != self.today {
            self.today = today;
            self.by_folder.clear();
            self.generation += 1;
        }
        let path = uri.to_file_path().map(|p| p.into_owned());
        let loaded = match path.as_deref().and_then(Path::parent) {
            Some(folder) => match self.by_folder.get(folder) {
                Some(loaded) => Arc::clone(loaded),
                None => {
                    let mut loaded =
                        workspace::load(path.as_deref().unwrap_or(folder), &self.editor);
                    loaded.config.today = today;
                    let loaded = Arc::new(loaded);
                    self.by_folder
                        .insert(folder.to_path_buf(), Arc::clone(&loaded));
                    loaded
                }
            },
            None => {
                let mut config = Config::default();
                config.today = today;
                let mut errors = Vec::new();
                if let Err(e) = config.apply(&self.editor) {
                    errors.push(format!("editor settings: {e}"));
                }
                Arc::new(Loaded {
                    config,
                    file: None,
                    errors,
                })
            }
        };
        let new_errors = loaded
            .errors
            .iter()
            .filter(|e| self.shown.insert((*e).clone()))
            .cloned()
            .collect();
        Governing {
            loaded,
            generation: self.generation,
            new_errors,
        }
    }
}

/// Whether `uri` names a `copydesk.toml` file.
pub(crate) fn is_copydesk_toml(uri: &Uri) -> bool {
    uri.as_str()
        .rsplit('/')
        .next()
        .is_some_and(|name| name == "copydesk.toml")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn utf8_only_when_offered() {
        let caps: ClientCapabilities = serde_json::from_value(serde_json::json!({
            "general": {"positionEncodings": ["utf-32", "utf-8", "utf-16"]}
        }))
        .unwrap_or_default();
        assert_eq!(
            ClientFeatures::from_capabilities(&caps).encoding,
            Encoding::Utf8
        );
        let caps: ClientCapabilities = serde_json::from_value(serde_json::json!({
            "general": {"positionEncodings": ["utf-16"]}
        }))
        .unwrap_or_default();
        assert_eq!(
            ClientFeatures::from_capabilities(&caps).encoding,
            Encoding::Utf16
        );
        let features = ClientFeatures::from_capabilities(&ClientCapabilities::default());
        assert_eq!(features, ClientFeatures::default());
    }

    #[test]
    fn errors_are_shown_once_per_generation() {
        let mut configs = Configs::default();
        let broken = Settings {
            rules: [("no-such-rule".to_string(), "off".to_string())].into(),
            ..Settings::default()
        };
        configs.set_editor(broken);
        let uri = Uri::from_str("untitled:Untitled-1").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(configs.for_document(&uri).new_errors.len(), 1);
        assert!(configs.for_document(&uri).new_errors.is_empty());
        configs.invalidate();
        assert_eq!(configs.for_document(&uri).new_errors.len(), 1);
    }

    #[test]
    fn a_new_day_makes_the_configuration_anew() {
        let mut configs = Configs::default();
        let uri = Uri::from_str("file:///news/draft.md").unwrap_or_else(|e| panic!("{e}"));
        let monday = Date::checked(2026, 12, 7);
        let tuesday = Date::checked(2026, 12, 8);
        let first = configs.for_document_on(&uri, monday);
        assert_eq!(first.loaded.config.today, monday);
        let again = configs.for_document_on(&uri, monday);
        assert_eq!(again.generation, first.generation);
        let next = configs.for_document_on(&uri, tuesday);
        assert_eq!(next.loaded.config.today, tuesday);
        assert!(next.generation > first.generation);
        // A draft never saved is checked on the same day.
        let untitled = Uri::from_str("untitled:Untitled-1").unwrap_or_else(|e| panic!("{e}"));
        let unsaved = configs.for_document_on(&untitled, tuesday);
        assert_eq!(unsaved.loaded.config.today, tuesday);
    }

    #[test]
    fn recognises_copydesk_toml() {
        let yes = Uri::from_str("file:///news/copydesk.toml").unwrap_or_else(|e| panic!("{e}"));
        let no = Uri::from_str("file:///news/not-copydesk.toml").unwrap_or_else(|e| panic!("{e}"));
        assert!(is_copydesk_toml(&yes));
        assert!(!is_copydesk_toml(&no));
    }
}
