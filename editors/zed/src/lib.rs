//! The Zed extension for copydesk: finds the `copydesk` binary (the
//! `lsp.copydesk.binary` setting, else `PATH`) and passes the user's settings.
//!
//! Settings live in Zed's `settings.json` under `lsp.copydesk`:
//! `initialization_options` (or `settings`) hold the server's settings object,
//! e.g. `{"rules": {"unattributed-quote": "info"}}`.

use zed_extension_api::{self as zed, serde_json, settings::LspSettings, LanguageServerId, Result};

const SERVER: &str = "copydesk";

const NOT_FOUND: &str = "copydesk was not found on PATH: install it with `cargo install --locked --path .` \
                         in the copydesk source tree, or set lsp.copydesk.binary.path in settings.json";

struct Copydesk;

impl Copydesk {
    fn user_settings(worktree: &zed::Worktree) -> Option<LspSettings> {
        LspSettings::for_worktree(SERVER, worktree).ok()
    }

    /// The server's settings object: `initialization_options`, else `settings`.
    fn server_settings(worktree: &zed::Worktree) -> Option<serde_json::Value> {
        let user = Self::user_settings(worktree)?;
        user.initialization_options.or(user.settings)
    }
}

impl zed::Extension for Copydesk {
    fn new() -> Self {
        Copydesk
    }

    fn language_server_command(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let binary = Self::user_settings(worktree).and_then(|s| s.binary);
        let command = binary
            .as_ref()
            .and_then(|b| b.path.clone())
            .or_else(|| worktree.which(SERVER))
            .ok_or_else(|| NOT_FOUND.to_string())?;
        let args = binary
            .and_then(|b| b.arguments)
            .unwrap_or_else(|| vec!["lsp".to_string()]);
        Ok(zed::Command {
            command,
            args,
            env: worktree.shell_env(),
        })
    }

    fn language_server_initialization_options(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<serde_json::Value>> {
        Ok(Self::server_settings(worktree))
    }

    fn language_server_workspace_configuration(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<serde_json::Value>> {
        Ok(Self::server_settings(worktree).map(|s| serde_json::json!({ SERVER: s })))
    }
}

zed::register_extension!(Copydesk);
