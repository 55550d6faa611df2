//! The wire: reads Content-Length framed JSON-RPC from stdin, answers malformed
//! messages itself, and hands only well-formed ones to tower-lsp.
//!
//! tower-lsp-server reads through tokio-util's framed reader, which ends the
//! stream after the first message it cannot decode, so one bad message would
//! end the session. This layer sits in front of it: it frames stdin itself,
//! answers a message that is not JSON with a parse error (id `null`) and one
//! that is JSON but not a JSON-RPC message with an invalid-request error, and
//! passes everything else through an in-memory pipe. Everything written to
//! stdout goes through one writer task, so replies never interleave.

use std::future::Future;
use std::io;
use std::time::Duration;

use serde_json::Value;
use tokio::io::{
    AsyncBufRead, AsyncBufReadExt, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader,
};
use tokio::sync::{mpsc, oneshot};
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Id, Request, Response};

/// Larger messages are refused (and skipped): no draft is this big.
const MAX_MESSAGE: usize = 256 * 1024 * 1024;

/// How long the server may take to wind down after stdin closes without `exit`.
const GRACE_AFTER_EOF: Duration = Duration::from_secs(2);

/// One framed message, or a header we could not use.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Frame {
    Body(Vec<u8>),
    BadHeader(String),
}

/// Read one `Content-Length` framed message. `Ok(None)` at end of input.
pub(crate) async fn read_frame<R>(reader: &mut R) -> io::Result<Option<Frame>>
where
    R: AsyncBufRead + Unpin,
{
    let mut content_length: Option<Result<usize, String>> = None;
    let mut saw_header = false;
    let mut line = Vec::new();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line).await? == 0 {
            return Ok(None);
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            if saw_header {
                break;
            }
            continue; // stray blank line between messages
        }
        saw_header = true;
        if let Some((name, value)) = text.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                content_length = Some(
                    value
                        .trim()
                        .parse::<usize>()
                        .map_err(|e| format!("bad Content-Length `{}`: {e}", value.trim())),
                );
            }
        }
    }
    match content_length {
        None => Ok(Some(Frame::BadHeader(
            "message header has no Content-Length".into(),
        ))),
        Some(Err(e)) => Ok(Some(Frame::BadHeader(e))),
        Some(Ok(len)) if len > MAX_MESSAGE => {
            let mut skip = reader.take(len as u64);
            tokio::io::copy(&mut skip, &mut tokio::io::sink()).await?;
            Ok(Some(Frame::BadHeader(format!(
                "message of {len} bytes is larger than the {MAX_MESSAGE} bytes accepted"
            ))))
        }
        Some(Ok(len)) => {
            let mut body = vec![0; len];
            reader.read_exact(&mut body).await?;
            Ok(Some(Frame::Body(body)))
        }
    }
}

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

/// `Ok` if tower-lsp can decode `body`; otherwise the error response to send back.
pub(crate) fn validate(body: &[u8]) -> Result<(), Vec<u8>> {
    if serde_json::from_slice::<Request>(body).is_ok()
        || serde_json::from_slice::<Response>(body).is_ok()
    {
        return Ok(());
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
    Err(serde_json::to_vec(&reply).unwrap_or_default())
}

fn request_id(value: &Value) -> Id {
    match value.get("id") {
        Some(Value::Number(n)) => n.as_i64().map_or(Id::Null, Id::Number),
        Some(Value::String(s)) => Id::String(s.clone()),
        _ => Id::Null,
    }
}

fn header_error(message: String) -> Vec<u8> {
    let reply = Response::from_error(
        Id::Null,
        Error {
            code: ErrorCode::ParseError,
            message: message.into(),
            data: None,
        },
    );
    serde_json::to_vec(&reply).unwrap_or_default()
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
    let (to_server, server_in) = tokio::io::duplex(1 << 16);
    let (server_out, from_server) = tokio::io::duplex(1 << 16);
    let (out_tx, out_rx) = mpsc::unbounded_channel();
    let (eof_tx, eof_rx) = oneshot::channel();

    let writer = tokio::spawn(write_stdout(out_rx));
    tokio::spawn(pump_stdin(to_server, out_tx.clone(), eof_tx));
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

/// stdin → checks → tower-lsp; malformed messages are answered directly.
async fn pump_stdin(
    mut to_server: tokio::io::DuplexStream,
    out: mpsc::UnboundedSender<Outgoing>,
    eof: oneshot::Sender<()>,
) {
    let mut stdin = BufReader::new(tokio::io::stdin());
    loop {
        match read_frame(&mut stdin).await {
            Ok(Some(Frame::Body(body))) => match validate(&body) {
                Ok(()) => {
                    if write_frame(&mut to_server, &body).await.is_err() {
                        break; // the server has stopped reading (after `exit`)
                    }
                }
                Err(reply) => {
                    eprintln!("copydesk: answered a malformed message with an error");
                    let _ = out.send(Outgoing::Message(reply));
                }
            },
            Ok(Some(Frame::BadHeader(e))) => {
                eprintln!("copydesk: {e}");
                let _ = out.send(Outgoing::Message(header_error(e)));
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
    let mut reader = BufReader::new(from_server);
    while let Ok(Some(frame)) = read_frame(&mut reader).await {
        if let Frame::Body(body) = frame {
            let _ = out.send(Outgoing::Message(body));
        }
    }
    let _ = out.send(Outgoing::Done);
}

async fn write_stdout(mut rx: mpsc::UnboundedReceiver<Outgoing>) -> io::Result<()> {
    let mut stdout = tokio::io::stdout();
    while let Some(Outgoing::Message(body)) = rx.recv().await {
        write_frame(&mut stdout, &body).await?;
    }
    stdout.flush().await
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn frames(input: &[u8]) -> Vec<Frame> {
        let mut reader = BufReader::new(input);
        let mut out = Vec::new();
        while let Ok(Some(f)) = read_frame(&mut reader).await {
            out.push(f);
        }
        out
    }

    fn block_on<F: Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .map(|rt| rt.block_on(f))
            .unwrap_or_else(|e| panic!("runtime: {e}"))
    }

    #[test]
    fn frames_are_split_by_content_length() {
        let input = b"Content-Length: 2\r\n\r\n{}Content-Type: x\r\ncontent-length: 3\r\n\r\n[1]";
        assert_eq!(
            block_on(frames(input)),
            vec![Frame::Body(b"{}".to_vec()), Frame::Body(b"[1]".to_vec())]
        );
    }

    #[test]
    fn a_bad_header_is_reported_and_reading_goes_on() {
        let input = b"Content-Length: lots\r\n\r\nContent-Length: 2\r\n\r\n{}";
        let got = block_on(frames(input));
        assert!(matches!(&got[0], Frame::BadHeader(e) if e.contains("lots")));
        assert_eq!(got[1], Frame::Body(b"{}".to_vec()));
    }

    #[test]
    fn malformed_messages_get_error_replies() {
        let ok = br#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#;
        assert!(validate(ok).is_ok());
        let note = br#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        assert!(validate(note).is_ok());

        let reply = validate(b"{not json").unwrap_err();
        let reply: Value = serde_json::from_slice(&reply).unwrap_or_default();
        assert_eq!(reply["id"], Value::Null);
        assert_eq!(reply["error"]["code"], -32700);

        let reply = validate(br#"{"id": 7, "hello": true}"#).unwrap_err();
        let reply: Value = serde_json::from_slice(&reply).unwrap_or_default();
        assert_eq!(reply["id"], 7);
        assert_eq!(reply["error"]["code"], -32600);
    }
}
