//! The language server: keeps open drafts in ropes, runs the engine on every
//! change and publishes versioned diagnostics, hovers and quick-fixes.
//!
//! Concurrency: tower-lsp runs handlers concurrently, so every handler does its
//! bookkeeping (applying a `didChange`, taking a snapshot) synchronously under a
//! `std::sync::Mutex` before its first `.await`, and never holds a lock across
//! one. Analysis runs off the message loop, one worker per document, and a
//! result for a stale version is never published (see [`worker`]).
//!
//! Diagnostics are pushed (`textDocument/publishDiagnostics`, with the version)
//! unless the client pulls them (`textDocument/diagnostic`), so the two never
//! both report the same finding. Pulls are answered either way.

mod actions;
mod diagnostics;
mod documents;
mod framing;
mod hover;
mod project;
mod settings;
mod stdio;
mod worker;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use anyhow::Context;
use ropey::Rope;
use serde_json::Value;
use tower_lsp_server::jsonrpc::{Error as RpcError, Result as RpcResult};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer, LspService, Server};

use crate::document::Document;
use crate::position::{self, Change};
use actions::ACCEPT_NAME_COMMAND;
use documents::ChangeOutcome;
use settings::ClientFeatures;
use worker::Core;

/// How a session ended, which the process's exit status tells the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// `shutdown`, then `exit`: status 0.
    ShutDown,
    /// `exit` (or the end of input) without `shutdown` first: status 1, as the
    /// spec asks.
    WithoutShutdown,
}

impl Ending {
    pub fn exit_code(self) -> std::process::ExitCode {
        match self {
            Ending::ShutDown => std::process::ExitCode::SUCCESS,
            Ending::WithoutShutdown => {
                eprintln!("copydesk: the client ended the session without a shutdown request");
                std::process::ExitCode::from(1)
            }
        }
    }
}

/// Serve the Language Server Protocol over stdin/stdout until `exit`.
/// An error is a failure of the server itself (its runtime or its stdio).
pub fn run_stdio() -> anyhow::Result<Ending> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the language server's async runtime")?;
    let shut_down = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&shut_down);
    let served = runtime.block_on(stdio::run(|input, output| async move {
        let (service, socket) = LspService::build(|client| Backend::new(client, flag))
            .custom_method(stdio::INVALID_CHANGE, Backend::invalid_change)
            .finish();
        Server::new(input, output, socket).serve(service).await;
    }));
    // stdin is read on a blocking thread that may still be waiting for input.
    runtime.shutdown_background();
    served.context("serving the language server over stdin/stdout")?;
    Ok(if shut_down.load(Ordering::SeqCst) {
        Ending::ShutDown
    } else {
        Ending::WithoutShutdown
    })
}

struct Backend {
    core: Arc<Core>,
    /// Workspace folders, where a new `copydesk.toml` is created.
    roots: Mutex<Vec<PathBuf>>,
    /// Problems found during `initialize`, shown once the client is ready.
    pending_messages: Mutex<Vec<String>>,
    shut_down: Arc<AtomicBool>,
}

/// The handlers reach the shared state (client, documents, settings) through
/// the core, which the document workers share too.
impl std::ops::Deref for Backend {
    type Target = Core;

    fn deref(&self) -> &Core {
        &self.core
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Backend {
    fn new(client: Client, shut_down: Arc<AtomicBool>) -> Backend {
        Backend {
            core: Arc::new(Core::new(client)),
            roots: Mutex::new(Vec::new()),
            pending_messages: Mutex::new(Vec::new()),
            shut_down,
        }
    }

    /// Check a document and push its diagnostics (unless the client pulls them).
    fn check(&self, uri: &Uri) {
        self.core.check(uri);
    }

    /// Re-check every open draft, after settings or a `copydesk.toml` changed.
    async fn recheck_all(&self) {
        let uris = lock(&self.docs).checked();
        for uri in &uris {
            self.check(uri);
        }
        let features = self.features();
        if features.pull_diagnostics && features.diagnostic_refresh {
            if let Err(e) = self.client.workspace_diagnostic_refresh().await {
                self.client
                    .log_message(
                        MessageType::WARNING,
                        format!("copydesk: asking the editor to refresh diagnostics failed: {e}"),
                    )
                    .await;
            }
        }
    }

    /// A `didChange` whose params could not be read (see [`stdio::INVALID_CHANGE`]):
    /// the document is out of sync, like after a change out of range.
    async fn invalid_change(&self, params: stdio::InvalidChange) {
        let open = lock(&self.docs).mark_lost(&params.uri, params.version);
        if open {
            self.check(&params.uri); // clears its diagnostics
        }
        self.client
            .log_message(
                MessageType::ERROR,
                format!(
                    "copydesk: didChange for {} rejected, its params are malformed: {}. \
                     copydesk stops checking this document until the editor sends its full text.",
                    params.uri.as_str(),
                    params.error
                ),
            )
            .await;
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> RpcResult<InitializeResult> {
        // Build the engine's tables while the editor finishes the handshake,
        // so the first draft opened does not wait for them: every rule's
        // example, checked, builds what its check builds on first use (the
        // figures lexicon, the date pattern), which an empty draft did not.
        tokio::task::spawn_blocking(|| {
            let examples: Vec<&str> = crate::Rule::ALL.iter().map(|r| r.doc().example).collect();
            crate::analyze(
                &examples.join("\n\n"),
                crate::Format::Markdown,
                &crate::Config::default(),
            )
        });
        let features = ClientFeatures::from_capabilities(&params.capabilities);
        let features = *self.features.get_or_init(|| features);

        let mut roots: Vec<PathBuf> = params
            .workspace_folders
            .iter()
            .flatten()
            .filter_map(|f| f.uri.to_file_path().map(|p| p.into_owned()))
            .collect();
        #[allow(deprecated)]
        if roots.is_empty() {
            if let Some(root) = params.root_uri.as_ref().and_then(|u| u.to_file_path()) {
                roots.push(root.into_owned());
            }
        }
        *lock(&self.roots) = roots;

        if let Some(options) = &params.initialization_options {
            match settings::editor_settings(options) {
                Ok(settings) => lock(&self.configs).set_editor(settings),
                Err(e) => lock(&self.pending_messages).push(format!(
                    "copydesk: initializationOptions ignored, defaults in force: {e}"
                )),
            }
        }

        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(features.position_encoding_kind()),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                        ..TextDocumentSyncOptions::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![
                            CodeActionKind::QUICKFIX,
                            CodeActionKind::from(actions::FIX_ALL),
                        ]),
                        resolve_provider: Some(false),
                        ..CodeActionOptions::default()
                    },
                )),
                diagnostic_provider: Some(DiagnosticServerCapabilities::Options(
                    DiagnosticOptions {
                        identifier: Some("copydesk".to_owned()),
                        inter_file_dependencies: false,
                        workspace_diagnostics: false,
                        work_done_progress_options: WorkDoneProgressOptions::default(),
                    },
                )),
                execute_command_provider: Some(ExecuteCommandOptions {
                    commands: vec![ACCEPT_NAME_COMMAND.to_owned()],
                    ..ExecuteCommandOptions::default()
                }),
                ..ServerCapabilities::default()
            },
            server_info: Some(ServerInfo {
                name: "copydesk".to_owned(),
                version: Some(env!("CARGO_PKG_VERSION").to_owned()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let messages = std::mem::take(&mut *lock(&self.pending_messages));
        for message in messages {
            self.client
                .show_message(MessageType::WARNING, message)
                .await;
        }
        let features = self.features();
        if features.watch_files {
            self.register_toml_watcher().await;
        }
        if self.pull_settings().await {
            self.recheck_all().await;
        }
    }

    async fn shutdown(&self) -> RpcResult<()> {
        self.shut_down.store(true, Ordering::SeqCst);
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let doc = params.text_document;
        lock(&self.docs).open(doc.uri.clone(), &doc.language_id, doc.version, &doc.text);
        self.check(&doc.uri);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let version = params.text_document.version;
        let encoding = self.features().encoding;
        let changes: Vec<Change<'_>> = params
            .content_changes
            .iter()
            .map(|c| Change {
                range: c.range.map(|r| {
                    (
                        diagnostics::from_lsp_position(r.start),
                        diagnostics::from_lsp_position(r.end),
                    )
                }),
                text: &c.text,
            })
            .collect();
        // Applied before any await, so changes apply in the order they arrived.
        let outcome = lock(&self.docs).change(&uri, version, &changes, encoding);
        match outcome {
            ChangeOutcome::Applied => self.check(&uri),
            ChangeOutcome::Unknown => {
                self.client
                    .log_message(
                        MessageType::ERROR,
                        format!(
                            "copydesk: didChange for {} (version {version}), which is not open: ignored",
                            uri.as_str()
                        ),
                    )
                    .await;
            }
            ChangeOutcome::Rejected(e) => {
                self.client
                    .log_message(
                        MessageType::ERROR,
                        format!(
                            "copydesk: didChange for {} (version {version}) rejected: {e}. \
                             Our copy no longer matches the editor's, so copydesk stops checking \
                             this document until the editor sends its full text (reopen it).",
                            uri.as_str()
                        ),
                    )
                    .await;
                self.check(&uri); // clears its diagnostics
            }
            ChangeOutcome::OutOfOrder { current } => {
                self.client
                    .log_message(
                        MessageType::ERROR,
                        format!(
                            "copydesk: didChange for {} rejected: its version {version} does not \
                             follow version {current}. copydesk stops checking this document \
                             until the editor sends its full text (reopen it).",
                            uri.as_str()
                        ),
                    )
                    .await;
                self.check(&uri); // clears its diagnostics
            }
            ChangeOutcome::StillLost => {}
        }
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        if settings::is_copydesk_toml(&params.text_document.uri) {
            lock(&self.configs).invalidate();
            self.recheck_all().await;
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let closed = lock(&self.docs).close(&uri);
        self.core.forget(&uri);
        if closed.is_some() && !self.features().pull_diagnostics {
            self.client.publish_diagnostics(uri, Vec::new(), None).await;
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let pulled = match &params.settings {
            Value::Null => self.pull_settings().await,
            Value::Object(map) if map.is_empty() => self.pull_settings().await,
            _ => false,
        };
        if !pulled {
            self.set_editor_settings(&params.settings).await;
        }
        self.recheck_all().await;
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        if params
            .changes
            .iter()
            .any(|c| settings::is_copydesk_toml(&c.uri))
        {
            lock(&self.configs).invalidate();
            self.recheck_all().await;
        }
    }

    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> RpcResult<DocumentDiagnosticReportResult> {
        let uri = params.text_document.uri;
        let report = match self.core.current(&uri).await {
            None => DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport::default()),
            Some(analysis) => {
                let result_id = format!("{}:{}", analysis.snapshot.version, analysis.generation);
                if params.previous_result_id.as_deref() == Some(result_id.as_str()) {
                    DocumentDiagnosticReport::Unchanged(RelatedUnchangedDocumentDiagnosticReport {
                        related_documents: None,
                        unchanged_document_diagnostic_report: UnchangedDocumentDiagnosticReport {
                            result_id,
                        },
                    })
                } else {
                    DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
                        related_documents: None,
                        full_document_diagnostic_report: FullDocumentDiagnosticReport {
                            result_id: Some(result_id),
                            items: self.diagnostics_of(&analysis),
                        },
                    })
                }
            }
        };
        Ok(DocumentDiagnosticReportResult::Report(report))
    }

    async fn code_action(&self, params: CodeActionParams) -> RpcResult<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        let only = params.context.only.as_deref();
        let wants_quick_fixes = actions::wanted(only, CodeActionKind::QUICKFIX.as_str());
        let wants_fix_all = actions::wanted(only, actions::FIX_ALL);
        if !wants_quick_fixes && !wants_fix_all {
            return Ok(None);
        }
        let Some(analysis) = self.core.current(&uri).await else {
            return Ok(None);
        };
        let features = self.features();
        let fix_all = wants_fix_all
            .then(|| actions::fix_all(&analysis.snapshot, &analysis.findings, features))
            .flatten();
        if !wants_quick_fixes {
            return Ok(fix_all.map(|action| vec![action]));
        }
        let range = diagnostics::span(&analysis.snapshot.rope, params.range, features.encoding);
        let wants_toml = analysis
            .findings
            .iter()
            .any(|f| f.acceptable_name.is_some() && diagnostics::touches(&f.span, &range));
        let toml = if wants_toml {
            self.toml_target(&uri, &analysis.loaded)
        } else {
            None
        };
        // Parsing the draft again (for the fixes' sentence context) is the
        // engine's work: off the message loop, like analysis.
        let actions = tokio::task::spawn_blocking(move || {
            let doc = Document::parse(&analysis.text, analysis.snapshot.format);
            let request = actions::Request {
                snapshot: &analysis.snapshot,
                doc: &doc,
                findings: &analysis.findings,
                range,
                features,
                toml: toml.as_ref(),
            };
            let mut actions = actions::code_actions(&request);
            actions.extend(fix_all);
            actions
        })
        .await
        .map_err(|e| RpcError {
            code: tower_lsp_server::jsonrpc::ErrorCode::InternalError,
            message: format!("copydesk: building code actions failed: {e}").into(),
            data: None,
        })?;
        Ok((!actions.is_empty()).then_some(actions))
    }

    async fn hover(&self, params: HoverParams) -> RpcResult<Option<Hover>> {
        let at = params.text_document_position_params;
        let Some(analysis) = self.core.current(&at.text_document.uri).await else {
            return Ok(None);
        };
        let encoding = self.features().encoding;
        let rope: &Rope = &analysis.snapshot.rope;
        let offset = position::to_offset_clamped(
            rope,
            diagnostics::from_lsp_position(at.position),
            encoding,
        );
        Ok(hover::hover(
            &analysis.findings,
            &analysis.text,
            rope,
            offset,
            encoding,
        ))
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> RpcResult<Option<LSPAny>> {
        if params.command != ACCEPT_NAME_COMMAND {
            return Err(RpcError::invalid_params(format!(
                "unknown command `{}`",
                params.command
            )));
        }
        match self.accept_name_command(&params.arguments).await {
            Ok(()) => Ok(None),
            Err(e) => {
                let message = format!("copydesk: could not accept the name: {e}");
                self.client.show_message(MessageType::ERROR, &message).await;
                Err(RpcError::invalid_params(message))
            }
        }
    }
}
