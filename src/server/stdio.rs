//! The wire: reads Content-Length framed JSON-RPC from stdin, answers malformed
//! messages itself, and hands only well-formed ones to tower-lsp.
//!
//! tower-lsp-server reads through tokio-util's framed reader, which ends the
//! stream after the first message it cannot decode, so one bad message would
//! end the session. This layer sits in front of it: it frames stdin itself,
//! answers a message that is not JSON with a parse error (id `null`) and one
//! that is JSON but not a JSON-RPC message with an invalid-request error, and
//! passes everything else through an in-memory pipe. Everything written to
//! stdout goes through one writer task, so replies never interleave. Framing,
//! and recovery from broken frames, is [`super::framing`]'s.

use std::future::Future;
use std::io;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio::sync::{mpsc, oneshot};

use super::framing::{request_id, Frame, FrameReader};
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Id, Request, Response};
use tower_lsp_server::ls_types::{
    DidChangeConfigurationParams, DidChangeTextDocumentParams, DidChangeWatchedFilesParams,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, DidSaveTextDocumentParams, MessageType,
    Uri,
};

/// How long the server may take to wind down after stdin closes without `exit`.
const GRACE_AFTER_EOF: Duration = Duration::from_secs(2);

/// Write one message with its `Content-Length` header.
pub(crate) async fn write_frame<W>(writer: &mut W, body: &[u8]) -> io::Result<()>
where
    W: AsyncWrite + Unpin,
{
    let header = format!("Content-Length: {}\r\n\r\n", body.len());
    writer.write_all(header.as_bytes()).await?;
    writer.write_all(body).await?;
    writer.flush().await
}

/// The notification the wire sends the server in place of a `didChange` whose
/// params do not decode, so the server knows that document is out of sync.
pub(crate) const INVALID_CHANGE: &str = "copydesk/invalidChange";

/// Params of [`INVALID_CHANGE`].
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct InvalidChange {
    pub uri: Uri,
    /// The version the change would have given the document, if readable.
    pub version: Option<i32>,
    pub error: String,
}

/// What to do with one incoming message.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Hand it to tower-lsp as it is.
    Pass,
    /// Hand this message to tower-lsp instead.
    Replace(Vec<u8>),
    /// Do not pass it on; send this to the client (an error response or a log message).
    Answer(Vec<u8>),
}

/// Check a message before tower-lsp sees it. tower-lsp answers requests whose
/// params do not decode, but drops such notifications without a word; for the
/// notifications that change state, we say so in the client's log, and a broken
/// `didChange` becomes [`INVALID_CHANGE`].
pub(crate) fn validate(body: &[u8]) -> Verdict {
    if let Ok(request) = serde_json::from_slice::<Request>(body) {
        return check_notification(&request);
    }
    if serde_json::from_slice::<Response>(body).is_ok() {
        return Verdict::Pass;
    }
    let reply = match serde_json::from_slice::<Value>(body) {
        Err(e) => Response::from_error(
            Id::Null,
            Error {
                code: ErrorCode::ParseError,
                message: format!("message is not valid JSON: {e}").into(),
                data: None,
            },
        ),
        Ok(value) => Response::from_error(
            request_id(&value),
            Error {
                code: ErrorCode::InvalidRequest,
                message: "message is JSON but not a JSON-RPC 2.0 request, notification or response"
                    .into(),
                data: None,
            },
        ),
    };
    Verdict::Answer(serde_json::to_vec(&reply).unwrap_or_default())
}

fn check_notification(request: &Request) -> Verdict {
    if request.id().is_some() {
        return Verdict::Pass;
    }
    let params = request.params().unwrap_or(&Value::Null);
    let method = request.method();
    let decoded = match method {
        "textDocument/didOpen" => decodes::<DidOpenTextDocumentParams>(params),
        "textDocument/didChange" => decodes::<DidChangeTextDocumentParams>(params),
        "textDocument/didSave" => decodes::<DidSaveTextDocumentParams>(params),
        "textDocument/didClose" => decodes::<DidCloseTextDocumentParams>(params),
        "workspace/didChangeConfiguration" => decodes::<DidChangeConfigurationParams>(params),
        "workspace/didChangeWatchedFiles" => decodes::<DidChangeWatchedFilesParams>(params),
        _ => Ok(()),
    };
    let Err(error) = decoded else {
        return Verdict::Pass;
    };
    let uri = params
        .pointer("/textDocument/uri")
        .and_then(Value::as_str)
        .and_then(|u| u.parse::<Uri>().ok());
    if let (true, Some(uri)) = (method == "textDocument/didChange", uri) {
        let version = params
            .pointer("/textDocument/version")
            .and_then(Value::as_i64)
            .and_then(|v| i32::try_from(v).ok());
        let note = Request::build(INVALID_CHANGE)
            .params(json!(InvalidChange {
                uri,
                version,
                error
            }))
            .finish();
        return Verdict::Replace(serde_json::to_vec(&note).unwrap_or_default());
    }
    let log = json!({
        "jsonrpc": "2.0",
        "method": "window/logMessage",
        "params": {
            "type": MessageType::ERROR,
            "message": format!("copydesk: ignored a {method} notification whose params are malformed: {error}"),
        },
    });
    Verdict::Answer(serde_json::to_vec(&log).unwrap_or_default())
}

fn decodes<'a, T: Deserialize<'a>>(params: &'a Value) -> Result<(), String> {
    T::deserialize(params).map(drop).map_err(|e| e.to_string())
}

/// The answer to a frame that could not be used: a parse error, or, when the
/// message's id is known (its length was wrong), an invalid-request error to it.
fn frame_error(error: String, id: Id) -> Vec<u8> {
    let code = match id {
        Id::Null => ErrorCode::ParseError,
        _ => ErrorCode::InvalidRequest,
    };
    let reply = Response::from_error(
        id,
        Error {
            code,
            message: error.into(),
            data: None,
        },
    );
    serde_json::to_vec(&reply).unwrap_or_default()
}

/// A note in the client's log that bytes belonging to no message were skipped.
fn skipped_note(bytes: usize) -> Vec<u8> {
    let log = json!({
        "jsonrpc": "2.0",
        "method": "window/logMessage",
        "params": {
            "type": MessageType::WARNING,
            "message": format!("copydesk: skipped {bytes} bytes of input that belonged to no message"),
        },
    });
    serde_json::to_vec(&log).unwrap_or_default()
}

enum Outgoing {
    Message(Vec<u8>),
    /// The server has written its last message.
    Done,
}

/// Serve over stdin/stdout: `serve` runs tower-lsp on the two pipe ends it is given.
pub(crate) async fn run<F, Fut>(serve: F) -> io::Result<()>
where
    F: FnOnce(tokio::io::DuplexStream, tokio::io::DuplexStream) -> Fut,
    Fut: Future<Output = ()>,
{
    run_on(tokio::io::stdin(), tokio::io::stdout(), serve).await
}

/// Serve on `input` and `output` (stdin and stdout, or pipes in tests).
pub(crate) async fn run_on<I, O, F, Fut>(input: I, output: O, serve: F) -> io::Result<()>
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite + Unpin + Send + 'static,
    F: FnOnce(tokio::io::DuplexStream, tokio::io::DuplexStream) -> Fut,
    Fut: Future<Output = ()>,
{
    let (to_server, server_in) = tokio::io::duplex(1 << 16);
    let (server_out, from_server) = tokio::io::duplex(1 << 16);
    let (out_tx, out_rx) = mpsc::unbounded_channel();
    let (eof_tx, eof_rx) = oneshot::channel();

    let writer = tokio::spawn(write_output(output, out_rx));
    tokio::spawn(pump_input(input, to_server, out_tx.clone(), eof_tx));
    let output = tokio::spawn(pump_server(from_server, out_tx));

    let after_eof = async {
        if eof_rx.await.is_ok() {
            tokio::time::sleep(GRACE_AFTER_EOF).await;
        } else {
            std::future::pending::<()>().await;
        }
    };
    tokio::select! {
        () = serve(server_in, server_out) => {}
        () = after_eof => {}
    }
    output
        .await
        .map_err(|e| io::Error::other(format!("server output task failed: {e}")))?;
    writer
        .await
        .map_err(|e| io::Error::other(format!("stdout writer task failed: {e}")))?
}

/// input → checks → tower-lsp; malformed messages are answered directly.
async fn pump_input<I: AsyncRead + Unpin>(
    input: I,
    mut to_server: tokio::io::DuplexStream,
    out: mpsc::UnboundedSender<Outgoing>,
    eof: oneshot::Sender<()>,
) {
    let mut frames = FrameReader::new(input);
    loop {
        match frames.next_frame().await {
            Ok(Some(Frame::Body(body))) => {
                let body = match validate(&body) {
                    Verdict::Pass => body,
                    Verdict::Replace(other) => other,
                    Verdict::Answer(reply) => {
                        eprintln!("copydesk: answered a malformed message");
                        let _ = out.send(Outgoing::Message(reply));
                        continue;
                    }
                };
                if write_frame(&mut to_server, &body).await.is_err() {
                    break; // the server has stopped reading (after `exit`)
                }
            }
            Ok(Some(Frame::Broken { error, id })) => {
                eprintln!("copydesk: {error}");
                let _ = out.send(Outgoing::Message(frame_error(error, id)));
            }
            Ok(Some(Frame::Skipped(bytes))) => {
                eprintln!("copydesk: skipped {bytes} bytes that belonged to no message");
                let _ = out.send(Outgoing::Message(skipped_note(bytes)));
            }
            Ok(None) => break,
            Err(e) => {
                eprintln!("copydesk: reading stdin failed: {e}");
                break;
            }
        }
    }
    drop(to_server);
    let _ = eof.send(());
}

/// tower-lsp's output → the stdout writer.
async fn pump_server(from_server: tokio::io::DuplexStream, out: mpsc::UnboundedSender<Outgoing>) {
    let mut frames = FrameReader::new(from_server);
    while let Ok(Some(frame)) = frames.next_frame().await {
        if let Frame::Body(body) = frame {
            let _ = out.send(Outgoing::Message(body));
        }
    }
    let _ = out.send(Outgoing::Done);
}

async fn write_output<O: AsyncWrite + Unpin>(
    mut output: O,
    mut rx: mpsc::UnboundedReceiver<Outgoing>,
) -> io::Result<()> {
    while let Some(Outgoing::Message(body)) = rx.recv().await {
        write_frame(&mut output, &body).await?;
    }
    output.flush().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_messages_get_error_replies() {
        let ok = br#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#;
        assert_eq!(validate(ok), Verdict::Pass);
        let note = br#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        assert_eq!(validate(note), Verdict::Pass);

        let reply = answer(validate(b"{not json"));
        assert_eq!(reply["id"], Value::Null);
        assert_eq!(reply["error"]["code"], -32700);

        let reply = answer(validate(br#"{"id": 7, "hello": true}"#));
        assert_eq!(reply["id"], 7);
        assert_eq!(reply["error"]["code"], -32600);
    }

    fn answer(verdict: Verdict) -> Value {
        match verdict {
            Verdict::Answer(reply) => serde_json::from_slice(&reply).unwrap_or_default(),
            other => panic!("expected an answer, got {other:?}"),
        }
    }

    #[test]
    fn broken_state_changing_notifications_are_not_dropped_silently() {
        let change = br#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a.md","version":2},"contentChanges":[{"newText":"x"}]}}"#;
        let Verdict::Replace(note) = validate(change) else {
            panic!("a broken didChange must be replaced");
        };
        let note: Value = serde_json::from_slice(&note).unwrap_or_default();
        assert_eq!(note["method"], INVALID_CHANGE);
        assert_eq!(note["params"]["uri"], "file:///a.md");
        assert_eq!(note["params"]["version"], 2);

        let open = br#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a.md"}}}"#;
        let log = answer(validate(open));
        assert_eq!(log["method"], "window/logMessage");
        assert_eq!(log["params"]["type"], 1);
    }
}
