//! Content-Length framing with recovery: splits the byte stream into messages
//! and, after any frame it cannot use, finds the next `Content-Length:` header.
//!
//! Every way a frame can be wrong ends the same way: the frame is reported and
//! the reader resynchronises on the next header line, so one broken frame costs
//! that frame and never the messages after it.
//! - No `Content-Length`, a value that is not a number (negative, text) or one
//!   over [`MAX_MESSAGE`]: the frame is reported, and whatever follows up to the
//!   next `Content-Length: N` line (the broken frame's body) is skipped.
//! - A length too long: the body's JSON ends before the length does and another
//!   message begins. That is seen without waiting for bytes the client never
//!   sends: when a header line appears inside the body, when the body holds a
//!   complete JSON value followed by more bytes, or when it holds a complete
//!   value and nothing arrives for [`OVERLONG_GRACE`]. The message is reported
//!   (with its id, so a request still gets its answer) and reading resumes where
//!   it ended.
//! - A length too short: the cut body is passed on (it will not parse, and is
//!   answered as such), and the rest of it is skipped up to the next header.
//!
//! A header line cannot hide inside a well-formed body: JSON strings cannot hold
//! a raw line break, so `Content-Length: N` followed by one is never JSON text.

use std::io;
use std::time::Duration;

use serde::de::IgnoredAny;
use serde_json::Value;
use tokio::io::{AsyncRead, AsyncReadExt};
use tower_lsp_server::jsonrpc::Id;

/// Larger messages are refused (and skipped): no draft is this big.
pub(crate) const MAX_MESSAGE: usize = 256 * 1024 * 1024;

/// A header line longer than this is not a header.
const MAX_HEADER_LINE: usize = 8 * 1024;

/// How long a body that already holds a whole JSON value may wait for the rest
/// of an announced length before the length is taken to be wrong.
pub(crate) const OVERLONG_GRACE: Duration = Duration::from_millis(100);

/// How much is read from the input at a time.
const CHUNK: usize = 64 * 1024;

/// One unit of input.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Frame {
    /// A message body, as framed (it may still fail to parse).
    Body(Vec<u8>),
    /// A frame that could not be used; answer it with an error to `id`.
    Broken { error: String, id: Id },
    /// Bytes that belonged to no frame were skipped to find the next header.
    Skipped(usize),
}

/// Reads frames from `input`, keeping what it has read but not yet used.
pub(crate) struct FrameReader<R> {
    input: R,
    buf: Vec<u8>,
    /// Start of the unused bytes in `buf`.
    pos: usize,
    /// How far past `pos` a line end has been searched for, without finding one.
    searched: usize,
    eof: bool,
    /// Skipping to the next `Content-Length` line after a broken frame.
    resync: bool,
    /// Bytes skipped so far while resynchronising.
    skipped: usize,
    chunk: Box<[u8]>,
}

impl<R: AsyncRead + Unpin> FrameReader<R> {
    pub(crate) fn new(input: R) -> FrameReader<R> {
        FrameReader {
            input,
            buf: Vec::new(),
            pos: 0,
            searched: 0,
            eof: false,
            resync: false,
            skipped: 0,
            chunk: vec![0; CHUNK].into_boxed_slice(),
        }
    }

    /// The next frame; `Ok(None)` at the end of input.
    pub(crate) async fn next_frame(&mut self) -> io::Result<Option<Frame>> {
        let mut length: Option<Result<usize, String>> = None;
        let mut saw_header = false;
        loop {
            let Some(end) = self.next_line().await? else {
                return Ok(self.at_end());
            };
            let line = &self.buf[self.pos..end];
            if !self.resync && header_start(line).is_some_and(|at| at > 0) {
                self.resync = true; // a header glued to the end of something else
            }
            if self.resync {
                length = None;
                saw_header = false;
                match header_start(line) {
                    Some(at) => {
                        self.skipped += at;
                        self.consume(at);
                        self.resync = false;
                        if self.skipped > 0 {
                            return Ok(Some(Frame::Skipped(std::mem::take(&mut self.skipped))));
                        }
                    }
                    None => {
                        self.skipped += line.len();
                        self.consume(line.len());
                    }
                }
                continue;
            }
            let text = trim_line_end(line);
            if text.is_empty() {
                self.consume(line.len());
                if saw_header {
                    break;
                }
                continue; // stray blank line between messages
            }
            let Some((name, value)) = header_field(text) else {
                // Not a header: whatever this is, skip to the next real one.
                self.resync = true;
                continue;
            };
            if name.eq_ignore_ascii_case(b"content-length") {
                length = Some(parse_length(value));
            }
            saw_header = true;
            let used = line.len();
            self.consume(used);
        }
        let error = match length {
            None => "message header has no Content-Length".to_owned(),
            Some(Err(e)) => e,
            Some(Ok(len)) if len > MAX_MESSAGE => {
                format!("message of {len} bytes is larger than the {MAX_MESSAGE} bytes accepted")
            }
            Some(Ok(len)) => return self.body(len).await.map(Some),
        };
        self.resync = true;
        Ok(Some(Frame::Broken {
            error: format!("{error}; skipped to the next message"),
            id: Id::Null,
        }))
    }

    /// Read a body of `len` bytes, or find that the length was too long.
    async fn body(&mut self, len: usize) -> io::Result<Frame> {
        let mut checked = 0; // bytes of the body searched for a header line
                             // Bytes there were when the body was last parsed to see whether it is
                             // whole: a long body is parsed again only once they have doubled, so
                             // one arriving in many pieces is parsed a bounded number of times.
        let mut parsed_at = 0;
        const SMALL: usize = 64 * 1024;
        loop {
            let have = self.buf.len() - self.pos;
            let window = &self.buf[self.pos..self.pos + have.min(len)];
            if let Some(at) = header_inside(window, checked) {
                return Ok(self.overlong(len, at));
            }
            checked = window.len();
            if have >= len {
                break;
            }
            let sofar = &self.buf[self.pos..];
            let due = have < SMALL || have >= parsed_at * 2;
            let whole = if due && ends_an_object(sofar) {
                parsed_at = have;
                complete_json(sofar)
            } else {
                None
            };
            if let Some(end) = whole.filter(|&end| end < have) {
                return Ok(self.overlong(len, end)); // another message has begun
            }
            let more = match whole {
                Some(_) => match tokio::time::timeout(OVERLONG_GRACE, self.fill()).await {
                    Ok(more) => more?,
                    Err(_) => return Ok(self.overlong(len, have)),
                },
                None => self.fill().await?,
            };
            if !more {
                if whole.is_some() {
                    return Ok(self.overlong(len, have));
                }
                let error = format!("input ended {have} bytes into a message of {len} bytes");
                self.consume(have);
                return Ok(Frame::Broken {
                    error,
                    id: Id::Null,
                });
            }
        }
        let body = &self.buf[self.pos..self.pos + len];
        // A body whose JSON ends early, followed by the start of the next message.
        if !ends_an_object(body) {
            if let Some(end) = complete_json(body).filter(|&end| end < len) {
                return Ok(self.overlong(len, end));
            }
        }
        let body = body.to_vec();
        self.consume(len);
        Ok(Frame::Body(body))
    }

    /// The frame announced `len` bytes, but its message ended after `used`.
    fn overlong(&mut self, len: usize, used: usize) -> Frame {
        let message = &self.buf[self.pos..self.pos + used];
        let id = serde_json::from_slice::<Value>(message)
            .ok()
            .map_or(Id::Null, |v| request_id(&v));
        self.consume(used);
        Frame::Broken {
            error: format!(
                "Content-Length says {len} bytes but the message ends after {used}; \
                 it was not processed, and what follows was read as the next message"
            ),
            id,
        }
    }

    /// End of input: report what was skipped last, then nothing more.
    fn at_end(&mut self) -> Option<Frame> {
        let rest = self.buf.len() - self.pos;
        self.consume(rest);
        let skipped = std::mem::take(&mut self.skipped) + rest;
        (skipped > 0).then_some(Frame::Skipped(skipped))
    }

    /// The end (exclusive, in `buf`) of the next complete line, reading as needed;
    /// `None` at the end of input. A line too long to be a header is cut short
    /// (and so taken for garbage).
    async fn next_line(&mut self) -> io::Result<Option<usize>> {
        loop {
            let from = self.pos + self.searched;
            if let Some(i) = memchr::memchr(b'\n', &self.buf[from..]) {
                self.searched = 0;
                return Ok(Some(from + i + 1));
            }
            self.searched = self.buf.len() - self.pos;
            if self.searched > MAX_HEADER_LINE {
                if self.resync {
                    // Keep a tail that may hold the start of a header line.
                    let drop = self.searched - 64;
                    self.skipped += drop;
                    self.consume(drop);
                    self.searched = self.buf.len() - self.pos;
                } else {
                    self.resync = true;
                }
            }
            if self.eof || !self.fill().await? {
                return Ok(None);
            }
        }
    }

    /// Read more input; false at its end.
    async fn fill(&mut self) -> io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if self.pos > 0 && self.pos * 2 >= self.buf.len() {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        // Read into a buffer of its own: a read cancelled by a timeout then
        // leaves `buf` as it was (tokio's reads lose nothing when cancelled).
        let n = self.input.read(&mut self.chunk[..]).await?;
        self.buf.extend_from_slice(&self.chunk[..n]);
        self.eof = n == 0;
        Ok(n > 0)
    }

    fn consume(&mut self, n: usize) {
        self.pos += n;
        self.searched = self.searched.saturating_sub(n);
        if self.pos == self.buf.len() {
            self.buf.clear();
            self.pos = 0;
        }
    }
}

/// The JSON-RPC id of a message, if it has a usable one.
pub(crate) fn request_id(value: &Value) -> Id {
    match value.get("id") {
        Some(Value::Number(n)) => n.as_i64().map_or(Id::Null, Id::Number),
        Some(Value::String(s)) => Id::String(s.clone()),
        _ => Id::Null,
    }
}

fn trim_line_end(line: &[u8]) -> &[u8] {
    let mut end = line.len();
    while end > 0 && matches!(line[end - 1], b'\r' | b'\n') {
        end -= 1;
    }
    &line[..end]
}

/// `Name: value` with a name of header-token characters; `None` for anything else.
fn header_field(text: &[u8]) -> Option<(&[u8], &[u8])> {
    let colon = memchr::memchr(b':', text)?;
    let name = &text[..colon];
    let token = |b: &u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(b);
    (!name.is_empty() && name.iter().all(token)).then(|| (name, &text[colon + 1..]))
}

fn parse_length(value: &[u8]) -> Result<usize, String> {
    let value = String::from_utf8_lossy(value);
    let value = value.trim();
    value
        .parse::<usize>()
        .map_err(|e| format!("bad Content-Length `{value}`: {e}"))
}

const CONTENT_LENGTH: &[u8] = b"content-length";

/// Where a `Content-Length: N` header begins in `line`, which ends with its
/// line break: the header may follow other bytes (the end of a broken body).
fn header_start(line: &[u8]) -> Option<usize> {
    let mut i = line.len();
    let skip = |i: &mut usize, what: fn(u8) -> bool| {
        let from = *i;
        while *i > 0 && what(line[*i - 1]) {
            *i -= 1;
        }
        from - *i
    };
    if skip(&mut i, |b| b == b'\n') != 1 {
        return None;
    }
    skip(&mut i, |b| matches!(b, b'\r' | b' ' | b'\t'));
    if skip(&mut i, |b| b.is_ascii_digit()) == 0 {
        return None;
    }
    skip(&mut i, |b| matches!(b, b' ' | b'\t'));
    if i == 0 || line[i - 1] != b':' {
        return None;
    }
    let start = (i - 1).checked_sub(CONTENT_LENGTH.len())?;
    line[start..i - 1]
        .eq_ignore_ascii_case(CONTENT_LENGTH)
        .then_some(start)
}

/// Where a `Content-Length: N` line begins inside a body; only line ends at or
/// after `from` are looked at (what came before was searched already).
fn header_inside(body: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(i) = memchr::memchr(b'\n', &body[at..]) {
        let end = at + i + 1;
        if let Some(start) = header_start(&body[..end]) {
            return Some(start);
        }
        at = end;
    }
    None
}

/// Whether `bytes` end (but for whitespace) the way a message does: with the
/// brace of an object or the bracket of a batch. Only such bytes are worth
/// parsing to see whether they are a whole message already.
fn ends_an_object(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .rev()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| matches!(b, b'}' | b']'))
}

/// If `bytes` open with a complete JSON value, where it ends (past any
/// whitespace after it).
fn complete_json(bytes: &[u8]) -> Option<usize> {
    let mut values = serde_json::Deserializer::from_slice(bytes).into_iter::<IgnoredAny>();
    match values.next() {
        Some(Ok(_)) => {
            let end = values.byte_offset();
            let rest = bytes[end..]
                .iter()
                .take_while(|b| b.is_ascii_whitespace())
                .count();
            Some(end + rest)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &[u8]) -> Vec<Frame> {
        let run = async {
            let mut reader = FrameReader::new(input);
            let mut out = Vec::new();
            while let Ok(Some(f)) = reader.next_frame().await {
                out.push(f);
            }
            out
        };
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .map(|rt| rt.block_on(run))
            .unwrap_or_else(|e| panic!("runtime: {e}"))
    }

    fn framed(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    const NEXT: &str = r#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#;

    fn body(s: &str) -> Frame {
        Frame::Body(s.as_bytes().to_vec())
    }

    fn broken(frame: &Frame) -> (&str, &Id) {
        match frame {
            Frame::Broken { error, id } => (error, id),
            other => panic!("expected a broken frame, got {other:?}"),
        }
    }

    #[test]
    fn frames_are_split_by_content_length() {
        let input = b"Content-Length: 2\r\n\r\n{}Content-Type: x\r\ncontent-length: 3\r\n\r\n[1]";
        assert_eq!(frames(input), vec![body("{}"), body("[1]")]);
    }

    /// Each broken header comes with a body, then a good message follows.
    #[test]
    fn after_a_bad_header_the_next_message_is_read() {
        let bad_body = r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#;
        for header in [
            "Content-Length: lots",
            "Content-Length: -12",
            "Content-Length: ",
            "Content-Type: application/json",
            "Content-Length: 999999999999",
        ] {
            let input = format!("{header}\r\n\r\n{bad_body}{}", framed(NEXT));
            let got = frames(input.as_bytes());
            assert_eq!(got.len(), 3, "{header}: {got:?}");
            assert!(!broken(&got[0]).0.is_empty());
            assert_eq!(got[1], Frame::Skipped(bad_body.len()), "{header}");
            assert_eq!(got[2], body(NEXT), "{header}");
        }
    }

    #[test]
    fn a_body_longer_than_its_length_is_cut_and_the_rest_skipped() {
        let first = r#"{"jsonrpc":"2.0","id":1,"method":"hover","params":{}}"#;
        let input = format!("Content-Length: 20\r\n\r\n{first}{}", framed(NEXT));
        let got = frames(input.as_bytes());
        assert_eq!(got[0], body(&first[..20]));
        assert_eq!(got[1], Frame::Skipped(first.len() - 20));
        assert_eq!(got[2], body(NEXT));
        assert_eq!(got.len(), 3);
    }

    #[test]
    fn a_length_too_long_is_caught_and_the_request_keeps_its_id() {
        let first = r#"{"jsonrpc":"2.0","id":7,"method":"hover","params":{}}"#;
        // Longer than the message but shorter than the two together: the next
        // header sits inside the announced body.
        let input = format!(
            "Content-Length: {}\r\n\r\n{first}{}",
            first.len() + 30,
            framed(NEXT)
        );
        let got = frames(input.as_bytes());
        assert_eq!(broken(&got[0]).1, &Id::Number(7));
        assert_eq!(got[1], body(NEXT));
        assert_eq!(got.len(), 2);

        // Longer than both, and the input ends.
        let input = format!("Content-Length: 100000\r\n\r\n{first}");
        let got = frames(input.as_bytes());
        assert_eq!(broken(&got[0]).1, &Id::Number(7));
        assert_eq!(got.len(), 1);

        // Just a few bytes too long: the body's JSON ends before its length.
        let input = format!(
            "Content-Length: {}\r\n\r\n{first}{}",
            first.len() + 4,
            framed(NEXT)
        );
        let got = frames(input.as_bytes());
        assert_eq!(broken(&got[0]).1, &Id::Number(7));
        assert_eq!(got[1], body(NEXT));
    }

    #[test]
    fn a_length_too_long_does_not_wait_for_bytes_that_never_come() {
        let first = r#"{"jsonrpc":"2.0","id":8,"method":"hover","params":{}}"#;
        let run = async {
            // The client keeps its end open and waits for an answer.
            let (mut client, server) = tokio::io::duplex(1024);
            let input = format!("Content-Length: 100000\r\n\r\n{first}");
            tokio::io::AsyncWriteExt::write_all(&mut client, input.as_bytes()).await?;
            let mut reader = FrameReader::new(server);
            let frame = reader.next_frame().await;
            drop(client);
            frame
        };
        let got = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .map(|rt| rt.block_on(run))
            .unwrap_or_else(|e| panic!("runtime: {e}"));
        match got {
            Ok(Some(frame)) => assert_eq!(broken(&frame).1, &Id::Number(8)),
            other => panic!("expected a broken frame, got {other:?}"),
        }
    }

    #[test]
    fn a_long_body_arriving_in_pieces_is_one_message() {
        // Objects inside the body end with braces, so many pieces end like a message.
        let items: Vec<String> = (0..20_000).map(|i| format!("{{\"n\":{i}}}")).collect();
        let text = format!(
            r#"{{"jsonrpc":"2.0","method":"x","params":[{}]}}"#,
            items.join(",")
        );
        let input = framed(&text);
        let run = async {
            let (mut client, server) = tokio::io::duplex(4096);
            let writer = async move {
                for piece in input.as_bytes().chunks(997) {
                    tokio::io::AsyncWriteExt::write_all(&mut client, piece).await?;
                }
                Ok::<_, io::Error>(client)
            };
            let mut reader = FrameReader::new(server);
            let (frame, client) = tokio::join!(reader.next_frame(), writer);
            drop(client);
            frame
        };
        let got = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .map(|rt| rt.block_on(run))
            .unwrap_or_else(|e| panic!("runtime: {e}"));
        assert!(matches!(got, Ok(Some(Frame::Body(b))) if b == text.as_bytes()));
    }

    #[test]
    fn garbage_between_messages_is_skipped_and_counted() {
        let input = format!("hello there\n{}\r\n\r\n{}", framed("{}"), framed(NEXT));
        let got = frames(input.as_bytes());
        assert_eq!(got, vec![Frame::Skipped(12), body("{}"), body(NEXT)]);
    }

    #[test]
    fn a_header_line_in_a_json_string_cannot_fool_the_reader() {
        // Inside a JSON string a line break is escaped, so this is one body.
        let text = r#"{"jsonrpc":"2.0","method":"x","params":{"t":"Content-Length: 5\r\n"}}"#;
        assert_eq!(frames(framed(text).as_bytes()), vec![body(text)]);
    }

    #[test]
    fn input_ending_inside_a_body_is_reported() {
        let got = frames(b"Content-Length: 50\r\n\r\n{\"jsonrpc\":");
        assert_eq!(got.len(), 1);
        assert!(broken(&got[0]).0.contains("ended"));
    }

    #[test]
    fn header_lines_are_found_after_other_bytes() {
        assert_eq!(header_start(b"Content-Length: 12\r\n"), Some(0));
        assert_eq!(header_start(b"xyz}CONTENT-LENGTH:3\n"), Some(4));
        assert_eq!(header_start(b"Content-Length: 12\"}\r\n"), None);
        assert_eq!(header_start(b"Content-Length: \r\n"), None);
        assert_eq!(header_start(b"ength: 12\r\n"), None);
    }
}
