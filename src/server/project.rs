//! Project configuration: editor settings as they arrive or are pulled, the
//! `copydesk.toml` watcher, and accepting a name into `copydesk.toml`.

use std::path::{Path, PathBuf};

use serde_json::Value;
use tower_lsp_server::ls_types::{
    ConfigurationItem, DidChangeWatchedFilesRegistrationOptions, FileSystemWatcher, GlobPattern,
    MessageType, Registration, Uri,
};

use super::actions::{TomlTarget, TomlText, ACCEPT_NAME_COMMAND};
use super::{lock, settings, Backend};
use crate::workspace::Loaded;

impl Backend {
    /// Take new editor settings; a broken value is reported and the defaults apply.
    pub(super) async fn set_editor_settings(&self, value: &Value) {
        match settings::editor_settings(value) {
            Ok(settings) => lock(&self.configs).set_editor(settings),
            Err(e) => {
                lock(&self.configs).set_editor(Default::default());
                self.client
                    .show_message(
                        MessageType::WARNING,
                        format!("copydesk: editor settings ignored, defaults in force: {e}"),
                    )
                    .await;
            }
        }
    }

    /// Pull the `copydesk` settings section from the client, if it offers that.
    /// Returns whether settings were received.
    pub(super) async fn pull_settings(&self) -> bool {
        if !self.features().configuration {
            return false;
        }
        let item = ConfigurationItem {
            scope_uri: None,
            section: Some("copydesk".to_owned()),
        };
        match self.client.configuration(vec![item]).await {
            Ok(values) => match values.into_iter().next() {
                Some(value) if !value.is_null() => {
                    self.set_editor_settings(&value).await;
                    true
                }
                _ => false,
            },
            Err(e) => {
                self.client
                    .log_message(
                        MessageType::WARNING,
                        format!("copydesk: could not read the editor's copydesk settings: {e}"),
                    )
                    .await;
                false
            }
        }
    }

    pub(super) async fn register_toml_watcher(&self) {
        let options = DidChangeWatchedFilesRegistrationOptions {
            watchers: vec![FileSystemWatcher {
                glob_pattern: GlobPattern::String("**/copydesk.toml".to_owned()),
                kind: None,
            }],
        };
        let registration = Registration {
            id: "copydesk-toml-watcher".to_owned(),
            method: "workspace/didChangeWatchedFiles".to_owned(),
            register_options: serde_json::to_value(options).ok(),
        };
        if let Err(e) = self.client.register_capability(vec![registration]).await {
            self.client
                .log_message(
                    MessageType::WARNING,
                    format!("copydesk: could not watch copydesk.toml files: {e}"),
                )
                .await;
        }
    }

    /// Where "Accept name" writes: the governing `copydesk.toml`, else a new one
    /// in the workspace folder holding the draft (or the draft's own folder).
    pub(super) fn toml_target(&self, draft: &Uri, loaded: &Loaded) -> Option<TomlTarget> {
        let path = match &loaded.file {
            Some(file) => file.clone(),
            None => {
                let draft = draft.to_file_path()?.into_owned();
                let roots = lock(&self.roots);
                let folder = roots
                    .iter()
                    .filter(|root| draft.starts_with(root))
                    .max_by_key(|root| root.as_os_str().len())
                    .cloned()
                    .or_else(|| draft.parent().map(Path::to_path_buf))?;
                folder.join("copydesk.toml")
            }
        };
        let uri = Uri::from_file_path(&path)?;
        let open = lock(&self.docs)
            .get(&uri)
            .map(|d| (d.rope.to_string(), d.version));
        let current = match open {
            Some((text, version)) => Some(TomlText {
                text,
                version: Some(version),
            }),
            None => match std::fs::read_to_string(&path) {
                Ok(text) => Some(TomlText {
                    text,
                    version: None,
                }),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                Err(_) => return None,
            },
        };
        Some(TomlTarget { uri, path, current })
    }

    /// `copydesk.acceptName`: write the name into the file ourselves.
    pub(super) async fn accept_name_command(&self, arguments: &[Value]) -> Result<(), String> {
        let (Some(Value::String(path)), Some(Value::String(name))) =
            (arguments.first(), arguments.get(1))
        else {
            return Err(format!(
                "{ACCEPT_NAME_COMMAND} expects two arguments: the copydesk.toml path and the name"
            ));
        };
        let path = PathBuf::from(path);
        if path.file_name().is_none_or(|f| f != "copydesk.toml") {
            return Err(format!(
                "{ACCEPT_NAME_COMMAND} only writes copydesk.toml files, not {}",
                path.display()
            ));
        }
        let current = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(format!("reading {}: {e}", path.display())),
        };
        let updated = crate::house_style::accept_name(&current, name)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        std::fs::write(&path, updated).map_err(|e| format!("writing {}: {e}", path.display()))?;
        lock(&self.configs).invalidate();
        self.recheck_all().await;
        Ok(())
    }
}
