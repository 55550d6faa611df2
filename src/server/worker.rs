//! Analysis off the message loop: each document has at most one worker, which
//! runs the engine on the blocking pool while the loop keeps answering (a
//! draft of a few thousand words, checked in a millisecond or two, is checked
//! on the loop: see [`MAX_INLINE_BYTES`]).
//!
//! Changes are applied to the document, in order, by the handler that receives
//! them; the handler then asks for a check and returns at once. If the
//! document's worker is busy, the request is only noted: when the worker
//! finishes a round it takes the newest text, so versions that arrived
//! meanwhile are never analysed (coalescing), and a result for a version that
//! is no longer current is never published. Requests about a document (hover,
//! code actions, pulled diagnostics) use its latest analysis if it is of the
//! current version and settings, and otherwise wait for the worker's next
//! round; requests about other documents are answered meanwhile.

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use tokio::sync::watch;
use tower_lsp_server::ls_types::{Diagnostic, MessageType, Uri};
use tower_lsp_server::Client;

use super::diagnostics;
use super::documents::{Documents, Kind, Snapshot};
use super::lock;
use super::settings::{ClientFeatures, Configs};
use crate::document::Document;
use crate::finding::Finding;
use crate::workspace::Loaded;

/// Drafts larger than this are not checked: the user is told once. Analysis
/// runs off the message loop and coalesces keystrokes, so a large draft keeps
/// one worker busy without making the editor wait; each keystroke re-checks the
/// whole draft, which is linear: about 0.1 s a megabyte (the CLI checks an
/// 8 MB draft in 0.8 s, rendering its findings included, 6 December 2026), so
/// up to this size diagnostics trail typing by under a second. A draft past
/// it is a book, not an article; `copydesk check` reads any size.
pub(crate) const MAX_CHECKED_BYTES: usize = 8 * 1024 * 1024;

/// Drafts up to this size are analysed on the message loop itself, between
/// messages, rather than on the blocking pool: a few milliseconds at most
/// (about 3 ms for 64 KiB, some 10,000 words), and a keystroke's answer then
/// needs two thread wake-ups fewer. On a busy machine every wake-up may wait
/// for a processor (the scheduler made the pool's threads wait 1.4 ms on
/// average, up to 5 ms, per switch, `perf sched`, load average 5 on 2 cores),
/// which set the tail of keystroke → diagnostics on a 5,000-word draft.
const MAX_INLINE_BYTES: usize = 64 * 1024;

/// One finished analysis of a document at one version.
pub(crate) struct Analysis {
    pub snapshot: Snapshot,
    pub text: String,
    pub findings: Vec<Finding>,
    pub loaded: Arc<Loaded>,
    /// The settings generation it was made under.
    pub generation: u64,
}

impl Analysis {
    fn is_of(&self, wanted: Wanted) -> bool {
        self.snapshot.version == wanted.version && self.generation == wanted.generation
    }
}

/// The version and settings an analysis must be of to be current.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Wanted {
    version: i32,
    generation: u64,
}

/// What one analysis round found, with what must be told to the user.
struct Outcome {
    analysis: Option<Analysis>,
    /// Configuration problems not shown yet.
    config_errors: Vec<String>,
    /// Set when the document is too large to check and the user has not been told.
    too_large: Option<String>,
    /// Set when the engine failed (a bug): logged, and the document shows nothing.
    internal_error: Option<String>,
}

static NEXT_EPOCH: AtomicU64 = AtomicU64::new(0);

/// One document's worker state.
struct Work {
    /// A worker is analysing this document.
    running: bool,
    /// A check was asked for while it ran: it goes round again.
    again: bool,
    /// The latest finished analysis.
    latest: Option<Arc<Analysis>>,
    /// Counts finished rounds, for requests waiting on one.
    rounds: watch::Sender<u64>,
    /// Tells this opening of the document from a later one (closed and opened
    /// again while a worker ran): a worker only reports to its own.
    epoch: u64,
}

impl Default for Work {
    fn default() -> Work {
        Work {
            running: false,
            again: false,
            latest: None,
            rounds: watch::channel(0).0,
            epoch: NEXT_EPOCH.fetch_add(1, Ordering::Relaxed),
        }
    }
}

/// What the message handlers and the workers share.
pub(crate) struct Core {
    pub client: Client,
    pub features: OnceLock<ClientFeatures>,
    pub docs: Mutex<Documents>,
    pub configs: Mutex<Configs>,
    work: Mutex<HashMap<Uri, Work>>,
}

impl Core {
    pub(crate) fn new(client: Client) -> Core {
        Core {
            client,
            features: OnceLock::new(),
            docs: Mutex::new(Documents::default()),
            configs: Mutex::new(Configs::default()),
            work: Mutex::new(HashMap::new()),
        }
    }

    pub(crate) fn features(&self) -> ClientFeatures {
        self.features.get().copied().unwrap_or_default()
    }

    /// Check `uri` and publish the result (unless the client pulls): start its
    /// worker, or, if it is busy, have it go round again when it finishes.
    pub(crate) fn check(self: &Arc<Self>, uri: &Uri) {
        let epoch = {
            let mut work = lock(&self.work);
            let w = work.entry(uri.clone()).or_default();
            if w.running {
                w.again = true;
                return;
            }
            w.running = true;
            w.epoch
        };
        let core = Arc::clone(self);
        let uri = uri.clone();
        tokio::spawn(async move { core.work_on(uri, epoch).await });
    }

    /// Forget a closed document's worker state (a running worker stops after its round).
    pub(crate) fn forget(&self, uri: &Uri) {
        lock(&self.work).remove(uri);
    }

    /// A worker: analyse the newest text until no newer one is waiting.
    async fn work_on(self: Arc<Self>, uri: Uri, epoch: u64) {
        let mine = |work: &HashMap<Uri, Work>| -> bool {
            work.get(&uri).is_some_and(|w| w.epoch == epoch)
        };
        loop {
            let analysis = self.analyse_and_tell(&uri).await.map(Arc::new);
            if !mine(&lock(&self.work)) {
                return; // closed (and perhaps opened again) meanwhile
            }
            self.publish(&uri, analysis.as_deref()).await;
            let mut work = lock(&self.work);
            if !mine(&work) {
                return;
            }
            let Some(w) = work.get_mut(&uri) else {
                return;
            };
            if let Some(analysis) = analysis {
                w.latest = Some(analysis);
            }
            w.rounds.send_modify(|n| *n += 1);
            if !std::mem::take(&mut w.again) {
                w.running = false;
                return;
            }
        }
    }

    /// The analysis of `uri`'s current text under the current settings, waiting
    /// for its worker if need be; `None` if the document is not checked (not
    /// open, another language, out of sync, too large).
    pub(crate) async fn current(self: &Arc<Self>, uri: &Uri) -> Option<Arc<Analysis>> {
        let mut waited_for = None;
        loop {
            let wanted = self.wanted(uri)?;
            if waited_for == Some(wanted) {
                return None; // a round for this very version found nothing (an engine failure)
            }
            let (mut rounds, running) = {
                let mut work = lock(&self.work);
                let w = work.entry(uri.clone()).or_default();
                if let Some(latest) = w.latest.as_ref().filter(|a| a.is_of(wanted)) {
                    return Some(Arc::clone(latest));
                }
                // Subscribed under the lock, so no finished round is missed.
                (w.rounds.subscribe(), w.running)
            };
            // A running worker goes round again if the text changed since it
            // started (the change asked it to), so it need not be asked here.
            if running {
                waited_for = None;
            } else {
                self.check(uri);
                waited_for = Some(wanted);
            }
            if rounds.changed().await.is_err() {
                return None; // closed meanwhile
            }
        }
    }

    /// What a current analysis of `uri` must be of, if it is checked at all.
    fn wanted(&self, uri: &Uri) -> Option<Wanted> {
        let version = {
            let docs = lock(&self.docs);
            let snapshot = docs.snapshot(uri)?;
            if snapshot.rope.len_bytes() > MAX_CHECKED_BYTES {
                return None;
            }
            snapshot.version
        };
        let generation = lock(&self.configs).generation();
        Some(Wanted {
            version,
            generation,
        })
    }

    /// Analyse the current text of `uri` on the blocking pool.
    async fn analyse(&self, uri: &Uri) -> Outcome {
        let mut outcome = Outcome {
            analysis: None,
            config_errors: Vec::new(),
            too_large: None,
            internal_error: None,
        };
        let snapshot = {
            let mut docs = lock(&self.docs);
            let Some(snapshot) = docs.snapshot(uri) else {
                return outcome;
            };
            if snapshot.rope.len_bytes() > MAX_CHECKED_BYTES {
                if let Some(doc) = docs.get_mut(uri).filter(|d| !d.told_too_large) {
                    doc.told_too_large = true;
                    outcome.too_large = Some(format!(
                        "copydesk: {} is {} MB, larger than the {} MB it checks; it is not checked.",
                        uri.as_str(),
                        snapshot.rope.len_bytes() / (1024 * 1024),
                        MAX_CHECKED_BYTES / (1024 * 1024)
                    ));
                }
                return outcome;
            }
            snapshot
        };
        let governing = lock(&self.configs).for_document(uri);
        outcome.config_errors = governing.new_errors;
        let rope = snapshot.rope.clone();
        let format = snapshot.format;
        let loaded = Arc::clone(&governing.loaded);
        let inline = rope.len_bytes() <= MAX_INLINE_BYTES;
        let engine = move || {
            let text = rope.to_string();
            // A bug in a check must not take the editor's session down with it.
            let checked = std::panic::catch_unwind(AssertUnwindSafe(|| {
                let doc = Document::parse(&text, format);
                crate::analyze_document(&doc, &loaded.config)
            }));
            checked.map(|findings| (text, findings)).map_err(|panic| {
                panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default()
            })
        };
        let checked = if inline {
            Ok(engine())
        } else {
            tokio::task::spawn_blocking(engine).await
        };
        let failure = match checked {
            Ok(Ok((text, findings))) => {
                outcome.analysis = Some(Analysis {
                    snapshot,
                    text,
                    findings,
                    loaded: governing.loaded,
                    generation: governing.generation,
                });
                return outcome;
            }
            Ok(Err(why)) => why,
            Err(e) => e.to_string(),
        };
        outcome.internal_error = Some(format!(
            "copydesk: internal error while checking {} (version {}), please report it: {failure}",
            uri.as_str(),
            snapshot.version
        ));
        outcome
    }

    /// Analyse and report what must be told; the analysis, if there is one.
    async fn analyse_and_tell(&self, uri: &Uri) -> Option<Analysis> {
        let outcome = self.analyse(uri).await;
        for message in outcome.config_errors {
            self.client
                .show_message(MessageType::WARNING, message)
                .await;
        }
        if let Some(message) = outcome.internal_error {
            self.client.log_message(MessageType::ERROR, message).await;
        }
        if let Some(message) = outcome.too_large {
            self.client
                .log_message(MessageType::WARNING, &message)
                .await;
            self.client
                .show_message(MessageType::WARNING, message)
                .await;
        }
        outcome.analysis
    }

    pub(crate) fn diagnostics_of(&self, analysis: &Analysis) -> Vec<Diagnostic> {
        let encoding = self.features().encoding;
        let snapshot = &analysis.snapshot;
        analysis
            .findings
            .iter()
            .map(|f| diagnostics::diagnostic(f, &snapshot.rope, &snapshot.uri, encoding))
            .collect()
    }

    /// Push a round's diagnostics if the client does not pull them and the
    /// analysis is still of the current version; without one, withdraw what
    /// was shown (too large or out of sync).
    async fn publish(&self, uri: &Uri, analysis: Option<&Analysis>) {
        if self.features().pull_diagnostics {
            return;
        }
        let Some(analysis) = analysis else {
            let version = lock(&self.docs)
                .get(uri)
                .filter(|d| matches!(d.kind, Kind::Checked(_)))
                .map(|d| d.version);
            if version.is_some() {
                self.client
                    .publish_diagnostics(uri.clone(), Vec::new(), version)
                    .await;
            }
            return;
        };
        let version = analysis.snapshot.version;
        if !lock(&self.docs).is_current(uri, version) {
            return; // stale: a newer version is on its way
        }
        let diagnostics = self.diagnostics_of(analysis);
        self.client
            .publish_diagnostics(uri.clone(), diagnostics, Some(version))
            .await;
    }
}
