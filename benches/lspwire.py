"""A minimal LSP client for the benchmark scripts: frames JSON-RPC over a
`copydesk lsp` process's stdio, answers the server's own requests, and reads
messages on a thread so a script can time when each one arrives."""
import json
import queue
import subprocess
import threading
import time


def frame(payload: dict) -> bytes:
    body = json.dumps(payload).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


def read_message(stream):
    """The next framed message on `stream`, or None when it ends."""
    length = None
    while True:
        line = stream.readline()
        if not line:
            return None
        line = line.strip()
        if not line:
            break
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    if length is None:
        raise RuntimeError("message without Content-Length")
    return json.loads(stream.read(length))


class Server:
    def __init__(self, binary: str):
        self.proc = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.inbox: "queue.Queue[tuple[float, dict]]" = queue.Queue()
        self.lock = threading.Lock()
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        while True:
            msg = read_message(self.proc.stdout)
            if msg is None:
                return
            now = time.perf_counter()
            if "id" in msg and "method" in msg:  # a request from the server
                self.send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
            self.inbox.put((now, msg))

    def send(self, payload: dict):
        with self.lock:
            self.proc.stdin.write(frame(payload))
            self.proc.stdin.flush()

    def notify(self, method: str, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params) -> int:
        rid = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        return rid

    def wait(self, pred, timeout=60.0):
        """(arrival time, message) of the first message matching pred."""
        deadline = time.perf_counter() + timeout
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError("no matching message")
            at, msg = self.inbox.get(timeout=left)
            if pred(msg):
                return at, msg

    def initialize(self):
        rid = self.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
        self.wait(lambda m: m.get("id") == rid and "method" not in m)
        self.notify("initialized", {})

    def open(self, uri: str, text: str, language="markdown", version=1):
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": language, "version": version, "text": text}})

    def type_at(self, uri: str, version: int, character: int, text: str):
        """One keystroke: `text` inserted on the first line at UTF-16 column
        `character`, as an incremental change making `version`."""
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": 0, "character": character},
                                          "end": {"line": 0, "character": character}},
                                "text": text}]})

    def close(self):
        try:
            rid = self.request("shutdown", None)
            self.wait(lambda m: m.get("id") == rid and "method" not in m, timeout=30)
            self.notify("exit", None)
            self.proc.wait(timeout=10)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()


def published(uri: str, version=None):
    def pred(m):
        return (m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri
                and (version is None or m["params"].get("version") == version))
    return pred


def percentile(values, p):
    values = sorted(values)
    if not values:
        return float("nan")
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]
