//! A small LSP test client: spawns `copydesk lsp`, speaks Content-Length framed
//! JSON-RPC over its stdio, answers the server's own requests, and times out
//! instead of hanging when the server does not answer.

#![allow(dead_code)]

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// How long to wait for any one expected message.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// A running `copydesk lsp` and the messages it sent that nobody consumed yet.
pub struct LspClient {
    child: Child,
    stdin: Arc<Mutex<ChildStdin>>,
    inbox: Receiver<Value>,
    pending: VecDeque<Value>,
    next_id: i64,
    /// What to answer `workspace/configuration` with (one value per item).
    pub configuration: Arc<Mutex<Value>>,
    /// Every request the server sent us, in order (method and params).
    pub server_requests: Arc<Mutex<Vec<Value>>>,
}

fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

fn write_body(stdin: &Mutex<ChildStdin>, body: &[u8]) {
    let mut stdin = stdin.lock().unwrap_or_else(|e| e.into_inner());
    // A closed pipe shows up as a timeout in whoever waits for an answer.
    let _ = stdin.write_all(&frame(body));
    let _ = stdin.flush();
}

fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            if length.is_some() {
                break;
            }
            continue;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse::<usize>().ok();
            }
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl LspClient {
    /// Start `copydesk lsp` in `dir`.
    pub fn start(dir: &Path) -> LspClient {
        let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
            .arg("lsp")
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start copydesk lsp: {e}"));
        let stdin = Arc::new(Mutex::new(child.stdin.take().expect("piped stdin")));
        let stdout = child.stdout.take().expect("piped stdout");
        let configuration = Arc::new(Mutex::new(Value::Null));
        let server_requests = Arc::new(Mutex::new(Vec::new()));
        let (tx, inbox) = mpsc::channel();
        {
            let stdin = Arc::clone(&stdin);
            let configuration = Arc::clone(&configuration);
            let server_requests = Arc::clone(&server_requests);
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stdout);
                while let Some(message) = read_message(&mut reader) {
                    if let (Some(id), Some(method)) = (message.get("id"), message.get("method")) {
                        // A request from the server: answer it at once.
                        let result = if method == "workspace/configuration" {
                            let value = configuration.lock().map(|v| v.clone()).unwrap_or_default();
                            json!([value])
                        } else {
                            Value::Null
                        };
                        let reply = json!({"jsonrpc": "2.0", "id": id, "result": result});
                        write_body(&stdin, reply.to_string().as_bytes());
                        if let Ok(mut seen) = server_requests.lock() {
                            seen.push(message.clone());
                        }
                    }
                    if tx.send(message).is_err() {
                        break;
                    }
                }
            });
        }
        LspClient {
            child,
            stdin,
            inbox,
            pending: VecDeque::new(),
            next_id: 1,
            configuration,
            server_requests,
        }
    }

    /// Send a message body exactly as given (framed), e.g. broken JSON.
    pub fn send_raw(&mut self, body: &[u8]) {
        write_body(&self.stdin, body);
    }

    /// Send bytes exactly as given, without framing them (e.g. a broken header).
    pub fn send_unframed(&mut self, bytes: &[u8]) {
        let mut stdin = self.stdin.lock().unwrap_or_else(|e| e.into_inner());
        let _ = stdin.write_all(bytes);
        let _ = stdin.flush();
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        let message = json!({"jsonrpc": "2.0", "method": method, "params": params});
        self.send_raw(message.to_string().as_bytes());
    }

    /// Send a request; return the whole response (`result` or `error`).
    pub fn request_response(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        let message = json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params});
        self.send_raw(message.to_string().as_bytes());
        self.wait_for(&format!("the response to {method} (id {id})"), |m| {
            m.get("id") == Some(&json!(id)) && m.get("method").is_none()
        })
    }

    /// Send a request; return its result, failing the test on an error response.
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let response = self.request_response(method, params);
        if let Some(error) = response.get("error") {
            panic!("{method} failed: {error}");
        }
        response.get("result").cloned().unwrap_or(Value::Null)
    }

    /// The first message (already received or still to come) matching `pred`.
    pub fn wait_for(&mut self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.pending.iter().position(&pred) {
            return self.pending.remove(i).unwrap_or_default();
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.inbox.recv_timeout(left) {
                Ok(message) if pred(&message) => return message,
                Ok(message) => self.pending.push_back(message),
                Err(RecvTimeoutError::Timeout) => panic!(
                    "timed out after {TIMEOUT:?} waiting for {what}; unconsumed messages: {:#?}",
                    self.pending
                ),
                Err(RecvTimeoutError::Disconnected) => panic!(
                    "the server closed its output while we waited for {what}; unconsumed: {:#?}",
                    self.pending
                ),
            }
        }
    }

    /// A notification with this method whose params match `pred`.
    pub fn wait_notification(&mut self, method: &str, pred: impl Fn(&Value) -> bool) -> Value {
        let value = self.wait_for(method, |m| {
            m.get("method") == Some(&json!(method)) && m.get("id").is_none() && pred(&m["params"])
        });
        value["params"].clone()
    }

    /// The diagnostics published for `uri` at `version` (`None`: published without a version).
    pub fn diagnostics(&mut self, uri: &str, version: Option<i64>) -> Vec<Value> {
        let params = self.wait_notification("textDocument/publishDiagnostics", |p| {
            p["uri"] == json!(uri) && p.get("version").and_then(Value::as_i64) == version
        });
        params["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Messages received but not consumed yet, oldest first.
    pub fn unconsumed(&self) -> impl Iterator<Item = &Value> {
        self.pending.iter()
    }

    /// Whether a message matching `pred` arrives within `wait` (for things that must not happen).
    pub fn arrives_within(&mut self, wait: Duration, pred: impl Fn(&Value) -> bool) -> bool {
        if self.pending.iter().any(&pred) {
            return true;
        }
        let deadline = Instant::now() + wait;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.inbox.recv_timeout(left) {
                Ok(message) => {
                    let hit = pred(&message);
                    self.pending.push_back(message);
                    if hit {
                        return true;
                    }
                }
                Err(_) => return false,
            }
        }
    }

    /// `initialize` + `initialized`; returns the server's `InitializeResult`.
    pub fn initialize(&mut self, capabilities: Value, options: Value, root: &Path) -> Value {
        let root_uri = file_uri(root);
        let result = self.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": root_uri,
                "workspaceFolders": [{"uri": root_uri, "name": "news"}],
                "capabilities": capabilities,
                "initializationOptions": options,
            }),
        );
        self.notify("initialized", json!({}));
        result
    }

    /// `shutdown` + `exit`; returns how the server process ended.
    pub fn shutdown(mut self) -> ExitStatus {
        let result = self.request_response("shutdown", Value::Null);
        assert!(result.get("error").is_none(), "shutdown failed: {result}");
        self.notify("exit", Value::Null);
        self.wait_exit()
    }

    /// How the server process ended (after `exit`), failing if it lingers.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            match self.child.try_wait() {
                Ok(Some(status)) => return status,
                Ok(None) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(10))
                }
                _ => {
                    let _ = self.child.kill();
                    panic!("the server did not exit within {TIMEOUT:?} of `exit`");
                }
            }
        }
    }
}

impl Drop for LspClient {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A `file://` URI for an absolute path.
pub fn file_uri(path: &Path) -> String {
    let mut uri = String::from("file://");
    for c in path.to_string_lossy().chars() {
        match c {
            ' ' => uri.push_str("%20"),
            '%' => uri.push_str("%25"),
            c => uri.push(c),
        }
    }
    uri
}

/// A fresh, empty folder for one test (removed when dropped).
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "copydesk-lsp-{}-{name}-{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        // Canonical, so URIs the server builds from paths match ours.
        TempDir(std::fs::canonicalize(&dir).unwrap_or(dir))
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Offset of an LSP position in `text`, computed independently of the server
/// (`utf8`: columns in bytes; else UTF-16 code units). Lines end at \n, \r\n, \r.
pub fn offset_of(text: &str, line: u64, character: u64, utf8: bool) -> usize {
    let mut current = 0u64;
    let mut col = 0u64;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if current == line && col >= character {
            return i;
        }
        match c {
            '\r' | '\n' => {
                if current == line {
                    return i; // past the end of the line: its end
                }
                if c == '\r' && chars.peek().map(|&(_, n)| n) == Some('\n') {
                    chars.next();
                }
                current += 1;
                col = 0;
            }
            c => col += if utf8 { c.len_utf8() } else { c.len_utf16() } as u64,
        }
    }
    text.len()
}

/// Byte offset of an LSP `Position` object (`{line, character}`) in `text`.
pub fn position_offset(text: &str, position: &Value, utf8: bool) -> usize {
    offset_of(
        text,
        position["line"].as_u64().unwrap_or_default(),
        position["character"].as_u64().unwrap_or_default(),
        utf8,
    )
}

/// Apply LSP text edits (`[{range, newText}]`) to `text`, as an editor would.
pub fn apply_edits(text: &str, edits: &[Value], utf8: bool) -> String {
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            let r = &e["range"];
            (
                position_offset(text, &r["start"], utf8),
                position_offset(text, &r["end"], utf8),
                e["newText"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = text.to_owned();
    for (start, end, new_text) in spans {
        out.replace_range(start..end, &new_text);
    }
    out
}
