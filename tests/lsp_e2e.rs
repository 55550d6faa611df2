//! End to end over stdio against the real `copydesk lsp`: encodings, versioned
//! diagnostics, incremental edits, quick-fixes, hover, pull, settings, and
//! survival of bad input.

#[path = "support/lsp_client.rs"]
mod lsp_client;

use std::time::Duration;

use lsp_client::{apply_edits, file_uri, position_offset, LspClient, TempDir};
use serde_json::{json, Value};

/// A draft whose last line opens a quotation and never closes it (the speaker
/// follows, so the fix is clear), after an emoji and CJK on the same line, so
/// UTF-8 and UTF-16 columns differ.
const DRAFT: &str = "# Harbour repairs\n\nHarbour master Ana Lopes 😀 toured the 北京-built crane on Monday. “We will rebuild every pier and every road, Lopes said.\n";

fn quote_start(text: &str) -> usize {
    text.find('“')
        .unwrap_or_else(|| panic!("draft has an opening quote"))
}

/// Columns of byte `offset` on its line, in UTF-8 and UTF-16 code units.
fn columns(text: &str, offset: usize) -> (u64, u64) {
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..offset];
    (
        before.len() as u64,
        before.chars().map(|c| c.len_utf16() as u64).sum(),
    )
}

fn code(d: &Value) -> &str {
    d["code"].as_str().unwrap_or_default()
}

fn find_rule<'a>(diagnostics: &'a [Value], rule: &str) -> Option<&'a Value> {
    diagnostics.iter().find(|d| code(d) == rule)
}

/// The text a diagnostic's range covers, computed on our side.
fn covered<'a>(text: &'a str, d: &Value, utf8: bool) -> &'a str {
    let range = &d["range"];
    &text[position_offset(text, &range["start"], utf8)..position_offset(text, &range["end"], utf8)]
}

fn open(client: &mut LspClient, uri: &str, language: &str, text: &str) {
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}}),
    );
}

fn change(client: &mut LspClient, uri: &str, version: i64, changes: Value) {
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
    );
}

/// LSP text edits as `didChange` content changes.
fn as_changes(edits: &[Value]) -> Value {
    Value::Array(
        edits
            .iter()
            .map(|e| json!({"range": e["range"], "text": e["newText"]}))
            .collect(),
    )
}

/// The text edits of a workspace edit for `uri`, from `changes` or `documentChanges`.
fn edits_for(edit: &Value, uri: &str) -> (Vec<Value>, Option<i64>) {
    if let Some(edits) = edit["changes"][uri].as_array() {
        return (edits.clone(), None);
    }
    let doc = edit["documentChanges"]
        .as_array()
        .and_then(|changes| {
            changes
                .iter()
                .find(|c| c["textDocument"]["uri"] == json!(uri))
        })
        .unwrap_or_else(|| panic!("no edit for {uri} in {edit}"));
    (
        doc["edits"].as_array().cloned().unwrap_or_default(),
        doc["textDocument"]["version"].as_i64(),
    )
}

/// The full session in one encoding: open, diagnostics at the right range,
/// an incremental edit, the quick-fix applied, hover, pull, close, exit.
fn full_session(utf8: bool) {
    let dir = TempDir::new(if utf8 { "utf8" } else { "utf16" });
    let mut client = LspClient::start(dir.path());
    let mut capabilities = json!({
        "textDocument": {"publishDiagnostics": {"versionSupport": true}},
    });
    if utf8 {
        capabilities["general"] = json!({"positionEncodings": ["utf-8", "utf-16"]});
        capabilities["workspace"] = json!({"workspaceEdit": {"documentChanges": true}});
    }
    let init = client.initialize(capabilities, Value::Null, dir.path());
    let expected_encoding = if utf8 { "utf-8" } else { "utf-16" };
    assert_eq!(
        init["capabilities"]["positionEncoding"],
        json!(expected_encoding)
    );
    assert_eq!(init["capabilities"]["textDocumentSync"]["change"], json!(2));
    assert!(init["capabilities"]["diagnosticProvider"].is_object());

    let uri = file_uri(&dir.path().join("harbour.md"));
    open(&mut client, &uri, "markdown", DRAFT);
    let diagnostics = client.diagnostics(&uri, Some(1));
    let unclosed = find_rule(&diagnostics, "unclosed-quote")
        .unwrap_or_else(|| panic!("no unclosed-quote in {diagnostics:#?}"));
    let (col8, col16) = columns(DRAFT, quote_start(DRAFT));
    assert_ne!(col8, col16, "the draft must tell the encodings apart");
    let start = &unclosed["range"]["start"];
    assert_eq!(start["line"], json!(2));
    assert_eq!(start["character"], json!(if utf8 { col8 } else { col16 }));
    assert!(covered(DRAFT, unclosed, utf8).starts_with('“'));
    assert_eq!(unclosed["source"], json!("copydesk"));
    assert_eq!(unclosed["severity"], json!(1));

    // Incremental edit before the quote on the same line: two more emoji.
    let insert_at = DRAFT.find("😀").unwrap_or_default();
    let (ins8, ins16) = columns(DRAFT, insert_at);
    let ins = if utf8 { ins8 } else { ins16 };
    change(
        &mut client,
        &uri,
        2,
        json!([{"range": {"start": {"line": 2, "character": ins}, "end": {"line": 2, "character": ins}}, "text": "🚢🚢"}]),
    );
    let text = DRAFT.replacen("😀", "🚢🚢😀", 1);
    let diagnostics = client.diagnostics(&uri, Some(2));
    let unclosed = find_rule(&diagnostics, "unclosed-quote")
        .unwrap_or_else(|| panic!("no unclosed-quote after the edit in {diagnostics:#?}"));
    let (col8, col16) = columns(&text, quote_start(&text));
    assert_eq!(
        unclosed["range"]["start"]["character"],
        json!(if utf8 { col8 } else { col16 })
    );
    assert!(covered(&text, unclosed, utf8).starts_with('“'));

    // The quick-fix closes the quotation.
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri},
            "range": unclosed["range"],
            "context": {"diagnostics": [unclosed]},
        }),
    );
    let actions = actions.as_array().cloned().unwrap_or_default();
    let fix = actions
        .iter()
        .find(|a| a["diagnostics"][0]["code"] == json!("unclosed-quote"))
        .unwrap_or_else(|| panic!("no quick-fix for the unclosed quote in {actions:#?}"));
    assert_eq!(fix["kind"], json!("quickfix"));
    assert_eq!(fix["isPreferred"], json!(true));
    let refactors = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri},
            "range": unclosed["range"],
            "context": {"diagnostics": [unclosed], "only": ["refactor"]},
        }),
    );
    assert_eq!(refactors, Value::Null, "copydesk offers quick-fixes only");
    let (edits, version) = edits_for(&fix["edit"], &uri);
    if utf8 {
        assert_eq!(
            version,
            Some(2),
            "documentChanges carry the document version"
        );
    }
    let fixed = apply_edits(&text, &edits, utf8);
    assert_eq!(fixed.matches('”').count(), 1, "{fixed}");
    assert_eq!(fixed.replace('”', ""), text);
    let close = fixed.find('”').unwrap_or_default();
    assert!(close > quote_start(&fixed));

    change(&mut client, &uri, 3, as_changes(&edits));
    let diagnostics = client.diagnostics(&uri, Some(3));
    assert!(
        find_rule(&diagnostics, "unclosed-quote").is_none(),
        "still unclosed after the fix: {diagnostics:#?}"
    );

    // "Ignore this finding" silences it too.
    change(&mut client, &uri, 4, json!([{"text": text}]));
    assert!(find_rule(&client.diagnostics(&uri, Some(4)), "unclosed-quote").is_some());
    let ignore = actions
        .iter()
        .find(|a| {
            a["diagnostics"][0]["code"] == json!("unclosed-quote")
                && a["isPreferred"] != json!(true)
        })
        .unwrap_or_else(|| panic!("no ignore action in {actions:#?}"));
    let (edits, _) = edits_for(&ignore["edit"], &uri);
    change(&mut client, &uri, 5, as_changes(&edits));
    let diagnostics = client.diagnostics(&uri, Some(5));
    assert!(
        find_rule(&diagnostics, "unclosed-quote").is_none(),
        "still reported after ignoring it: {diagnostics:#?}"
    );

    // Back to the unclosed version (full text), then hover over the mark.
    change(&mut client, &uri, 6, json!([{"text": text}]));
    let diagnostics = client.diagnostics(&uri, Some(6));
    let unclosed = find_rule(&diagnostics, "unclosed-quote")
        .cloned()
        .unwrap_or_else(|| panic!("no unclosed-quote in {diagnostics:#?}"));
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": unclosed["range"]["start"]}),
    );
    assert_eq!(hover["contents"]["kind"], json!("markdown"));
    let markdown = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(markdown.contains("unclosed-quote"), "{markdown}");
    assert!(markdown.contains("closed"), "{markdown}");
    assert!(
        markdown.contains("Compared with:\n- line 3: “,”"),
        "{markdown}"
    );
    assert_eq!(hover["range"]["start"], unclosed["range"]["start"]);
    let nothing = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 2}}),
    );
    assert_eq!(nothing, Value::Null);

    // Pull gives the same diagnostics; asking again with the result id: unchanged.
    let report = client.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(report["kind"], json!("full"));
    let pulled = report["items"].as_array().cloned().unwrap_or_default();
    assert_eq!(pulled, diagnostics);
    let again = client.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": uri}, "previousResultId": report["resultId"]}),
    );
    assert_eq!(again["kind"], json!("unchanged"));

    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    assert!(client.diagnostics(&uri, None).is_empty());
    assert!(client.shutdown().success());
}

#[test]
fn utf16_session() {
    full_session(false);
}

#[test]
fn utf8_session() {
    full_session(true);
}

#[test]
fn crlf_lines_are_counted_like_the_editor() {
    let dir = TempDir::new("crlf");
    let mut client = LspClient::start(dir.path());
    client.initialize(json!({}), Value::Null, dir.path());
    let text = DRAFT.replace('\n', "\r\n");
    let uri = file_uri(&dir.path().join("crlf.txt"));
    open(&mut client, &uri, "plaintext", &text);
    let diagnostics = client.diagnostics(&uri, Some(1));
    let unclosed = find_rule(&diagnostics, "unclosed-quote")
        .unwrap_or_else(|| panic!("no unclosed-quote in {diagnostics:#?}"));
    assert_eq!(unclosed["range"]["start"]["line"], json!(2));
    assert!(covered(&text, unclosed, false).starts_with('“'));
    assert!(client.shutdown().success());
}

#[test]
fn other_languages_are_not_checked() {
    let dir = TempDir::new("lang");
    let mut client = LspClient::start(dir.path());
    client.initialize(json!({}), Value::Null, dir.path());
    let rust = file_uri(&dir.path().join("main.rs"));
    open(&mut client, &rust, "rust", DRAFT);
    let draft = file_uri(&dir.path().join("d.md"));
    open(&mut client, &draft, "markdown", DRAFT);
    assert!(!client.diagnostics(&draft, Some(1)).is_empty());
    assert!(!client.arrives_within(Duration::from_millis(300), |m| {
        m["params"]["uri"] == json!(rust)
    }));
    assert!(client.shutdown().success());
}

#[test]
fn malformed_messages_get_errors_and_the_server_carries_on() {
    let dir = TempDir::new("malformed");
    let mut client = LspClient::start(dir.path());
    client.initialize(json!({}), Value::Null, dir.path());

    client.send_raw(b"{\"jsonrpc\": \"2.0\", \"id\": 41, \"method\": ");
    let error = client.wait_for("a parse error", |m| m["error"]["code"] == json!(-32700));
    assert_eq!(error["id"], Value::Null);

    client.send_raw(br#"{"id": 42, "hello": "world"}"#);
    let error = client.wait_for("an invalid-request error", |m| m["id"] == json!(42));
    assert_eq!(error["error"]["code"], json!(-32600));

    // Params of the wrong shape for a real method.
    let response = client.request_response("textDocument/hover", json!({"nonsense": true}));
    assert!(response.get("error").is_some(), "{response}");

    // The next request is still answered.
    let uri = file_uri(&dir.path().join("d.md"));
    open(&mut client, &uri, "markdown", DRAFT);
    assert!(find_rule(&client.diagnostics(&uri, Some(1)), "unclosed-quote").is_some());
    let report = client.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": uri}}),
    );
    assert!(find_rule(
        report["items"].as_array().map_or(&[][..], Vec::as_slice),
        "unclosed-quote"
    )
    .is_some());
    assert!(client.shutdown().success());
}

/// Wraps a message body in a broken frame.
type BreakFrame = fn(&str) -> String;

/// Every way a frame's header can be wrong, each with a body after it, then a
/// normal request: the broken frame is answered or logged, the request answered.
#[test]
fn after_a_broken_frame_the_next_message_is_answered() {
    let dir = TempDir::new("framing");
    let mut client = LspClient::start(dir.path());
    client.initialize(json!({}), Value::Null, dir.path());
    let hover = |id: i64| {
        json!({"jsonrpc": "2.0", "id": id, "method": "textDocument/hover",
               "params": {"textDocument": {"uri": "file:///nowhere.md"},
                          "position": {"line": 0, "character": 0}}})
        .to_string()
    };
    let cases: [(&str, BreakFrame); 6] = [
        ("short", |b: &str| {
            format!("Content-Length: {}\r\n\r\n{b}", b.len() - 9)
        }),
        ("long", |b: &str| {
            format!("Content-Length: {}\r\n\r\n{b}", b.len() + 25)
        }),
        ("non-numeric", |b: &str| {
            format!("Content-Length: many\r\n\r\n{b}")
        }),
        ("negative", |b: &str| {
            format!("Content-Length: -40\r\n\r\n{b}")
        }),
        ("missing", |b: &str| {
            format!("Content-Type: text/json\r\n\r\n{b}")
        }),
        ("over the limit", |b: &str| {
            format!("Content-Length: 300000000\r\n\r\n{b}")
        }),
    ];
    let mut id = 100;
    for (case, broken) in &cases {
        id += 1;
        client.send_unframed(broken(&hover(id)).as_bytes());
        // Answered (an error response) or logged (a log message), whichever fits.
        client.wait_for(&format!("word of the {case} frame"), |m| {
            m.get("error").is_some() || m["method"] == json!("window/logMessage")
        });
        let response = client.request_response(
            "textDocument/hover",
            json!({"textDocument": {"uri": "file:///nowhere.md"},
                   "position": {"line": 0, "character": 0}}),
        );
        assert!(response.get("error").is_none(), "{case}: {response}");
    }
    // And the session still works end to end.
    let uri = file_uri(&dir.path().join("d.md"));
    open(&mut client, &uri, "markdown", DRAFT);
    assert!(find_rule(&client.diagnostics(&uri, Some(1)), "unclosed-quote").is_some());
    assert!(client.shutdown().success());
}

#[test]
fn bad_changes_are_logged_and_other_documents_stay_correct() {
    let dir = TempDir::new("badchange");
    let mut client = LspClient::start(dir.path());
    client.initialize(json!({}), Value::Null, dir.path());
    let a = file_uri(&dir.path().join("a.md"));
    let b = file_uri(&dir.path().join("b.md"));
    open(&mut client, &a, "markdown", DRAFT);
    open(&mut client, &b, "markdown", DRAFT);
    assert!(!client.diagnostics(&a, Some(1)).is_empty());
    assert!(!client.diagnostics(&b, Some(1)).is_empty());

    let ghost = file_uri(&dir.path().join("ghost.md"));
    change(&mut client, &ghost, 2, json!([{"text": "whatever"}]));
    let log = client.wait_notification("window/logMessage", |p| {
        p["message"]
            .as_str()
            .is_some_and(|m| m.contains("ghost.md"))
    });
    assert_eq!(log["type"], json!(1));

    change(
        &mut client,
        &a,
        2,
        json!([{"range": {"start": {"line": 40, "character": 0}, "end": {"line": 40, "character": 3}}, "text": "x"}]),
    );
    let log = client.wait_notification("window/logMessage", |p| {
        p["message"]
            .as_str()
            .is_some_and(|m| m.contains("a.md") && m.contains("rejected"))
    });
    assert_eq!(log["type"], json!(1));
    // Out of sync: its diagnostics are withdrawn rather than guessed.
    assert!(client.diagnostics(&a, Some(2)).is_empty());

    // The other document is untouched and still tracked exactly.
    let line = 2;
    let end = DRAFT
        .lines()
        .nth(line)
        .map_or(0, |l| l.encode_utf16().count());
    change(
        &mut client,
        &b,
        2,
        json!([{"range": {"start": {"line": line, "character": end}, "end": {"line": line, "character": end}}, "text": "”"}]),
    );
    let diagnostics = client.diagnostics(&b, Some(2));
    assert!(
        find_rule(&diagnostics, "unclosed-quote").is_none(),
        "{diagnostics:#?}"
    );

    // Sending the full text brings the lost document back.
    change(&mut client, &a, 3, json!([{"text": DRAFT}]));
    assert!(find_rule(&client.diagnostics(&a, Some(3)), "unclosed-quote").is_some());

    // A change whose params cannot be read at all loses sync the same way.
    change(&mut client, &a, 4, json!([{"newText": "no text field"}]));
    let log = client.wait_notification("window/logMessage", |p| {
        p["message"]
            .as_str()
            .is_some_and(|m| m.contains("a.md") && m.contains("malformed"))
    });
    assert_eq!(log["type"], json!(1));
    assert!(client.diagnostics(&a, Some(4)).is_empty());
    change(&mut client, &a, 5, json!([{"text": DRAFT}]));
    assert!(find_rule(&client.diagnostics(&a, Some(5)), "unclosed-quote").is_some());
    assert!(client.shutdown().success());
}

#[test]
fn settings_switch_rules_off_and_on() {
    let dir = TempDir::new("settings");
    let mut client = LspClient::start(dir.path());
    client.initialize(
        json!({}),
        json!({"rules": {"unclosed-quote": "off"}}),
        dir.path(),
    );
    let uri = file_uri(&dir.path().join("d.md"));
    open(&mut client, &uri, "markdown", DRAFT);
    let diagnostics = client.diagnostics(&uri, Some(1));
    assert!(
        find_rule(&diagnostics, "unclosed-quote").is_none(),
        "{diagnostics:#?}"
    );

    client.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"copydesk": {"rules": {"unclosed-quote": "hint"}}}}),
    );
    let diagnostics = client.diagnostics(&uri, Some(1));
    let unclosed = find_rule(&diagnostics, "unclosed-quote")
        .unwrap_or_else(|| panic!("rule back on, yet {diagnostics:#?}"));
    assert_eq!(unclosed["severity"], json!(4));

    client.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"rules": {"unclosed-quote": "loudly"}}}),
    );
    let shown = client.wait_notification("window/showMessage", |_| true);
    assert!(
        shown["message"]
            .as_str()
            .is_some_and(|m| m.contains("loudly")),
        "{shown}"
    );
    // Defaults are in force again: the rule is back at its default severity.
    let diagnostics = client.diagnostics(&uri, Some(1));
    assert_eq!(
        find_rule(&diagnostics, "unclosed-quote").map(|d| d["severity"].clone()),
        Some(json!(1))
    );
    assert!(client.shutdown().success());
}

#[test]
fn settings_can_be_pulled_from_the_client() {
    let dir = TempDir::new("pull-settings");
    let mut client = LspClient::start(dir.path());
    if let Ok(mut value) = client.configuration.lock() {
        *value = json!({"rules": {"unclosed-quote": "off"}});
    }
    client.initialize(
        json!({"workspace": {"configuration": true}}),
        Value::Null,
        dir.path(),
    );
    // Wait for the pull before opening, so the result does not race it.
    client.wait_for("workspace/configuration", |m| {
        m["method"] == json!("workspace/configuration")
    });
    let uri = file_uri(&dir.path().join("d.md"));
    open(&mut client, &uri, "markdown", DRAFT);
    let diagnostics = client.diagnostics(&uri, Some(1));
    assert!(
        find_rule(&diagnostics, "unclosed-quote").is_none(),
        "{diagnostics:#?}"
    );
    assert!(client.shutdown().success());
}

#[test]
fn project_file_wins_and_a_broken_one_is_reported() {
    let dir = TempDir::new("toml");
    let toml = dir.path().join("copydesk.toml");
    std::fs::write(&toml, "[rules]\nunclosed-quote = \"off\"\n").unwrap_or_else(|e| panic!("{e}"));
    let mut client = LspClient::start(dir.path());
    client.initialize(
        json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}}),
        json!({"rules": {"unclosed-quote": "error"}}),
        dir.path(),
    );
    let registration = client.wait_for("the copydesk.toml watcher", |m| {
        m["method"] == json!("client/registerCapability")
    });
    let watcher = &registration["params"]["registrations"][0];
    assert_eq!(watcher["method"], json!("workspace/didChangeWatchedFiles"));
    assert_eq!(
        watcher["registerOptions"]["watchers"][0]["globPattern"],
        json!("**/copydesk.toml")
    );

    let uri = file_uri(&dir.path().join("d.md"));
    open(&mut client, &uri, "markdown", DRAFT);
    let diagnostics = client.diagnostics(&uri, Some(1));
    assert!(
        find_rule(&diagnostics, "unclosed-quote").is_none(),
        "copydesk.toml must win over editor settings: {diagnostics:#?}"
    );

    std::fs::write(&toml, "[rules]\nunclosed-quote = \n").unwrap_or_else(|e| panic!("{e}"));
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": file_uri(&toml), "type": 2}]}),
    );
    let shown = client.wait_notification("window/showMessage", |_| true);
    let message = shown["message"].as_str().unwrap_or_default();
    assert!(message.contains("copydesk.toml"), "{message}");
    assert!(message.contains("line 2"), "{message}");
    // The layers below stay in force: the editor's setting turns the rule on.
    let diagnostics = client.diagnostics(&uri, Some(1));
    assert!(
        find_rule(&diagnostics, "unclosed-quote").is_some(),
        "{diagnostics:#?}"
    );
    assert!(client.shutdown().success());
}

#[test]
fn a_pulling_client_is_not_also_pushed_to() {
    let dir = TempDir::new("pull");
    let mut client = LspClient::start(dir.path());
    client.initialize(
        json!({
            "textDocument": {"diagnostic": {"dynamicRegistration": false}},
            "workspace": {"diagnostics": {"refreshSupport": true}},
        }),
        Value::Null,
        dir.path(),
    );
    let uri = file_uri(&dir.path().join("d.md"));
    open(&mut client, &uri, "markdown", DRAFT);
    let pull = |client: &mut LspClient| {
        let report = client.request(
            "textDocument/diagnostic",
            json!({"textDocument": {"uri": uri}}),
        );
        report["items"].as_array().cloned().unwrap_or_default()
    };
    assert!(find_rule(&pull(&mut client), "unclosed-quote").is_some());
    assert!(!client.arrives_within(Duration::from_millis(300), |m| {
        m["method"] == json!("textDocument/publishDiagnostics")
    }));

    // New settings: the client is asked to pull again, and gets the new result.
    client.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"copydesk": {"rules": {"unclosed-quote": "off"}}}}),
    );
    client.wait_for("a diagnostic refresh", |m| {
        m["method"] == json!("workspace/diagnostic/refresh")
    });
    assert!(find_rule(&pull(&mut client), "unclosed-quote").is_none());
    assert!(client.shutdown().success());
}

#[test]
fn a_change_past_the_end_of_a_line_lands_at_its_end() {
    let dir = TempDir::new("pastend");
    let mut client = LspClient::start(dir.path());
    client.initialize(json!({}), Value::Null, dir.path());
    let uri = file_uri(&dir.path().join("d.md"));
    open(&mut client, &uri, "markdown", DRAFT);
    assert!(find_rule(&client.diagnostics(&uri, Some(1)), "unclosed-quote").is_some());
    // The quotation opens on line 2: close it at a column far past the line's end.
    change(
        &mut client,
        &uri,
        2,
        json!([{"range": {"start": {"line": 2, "character": 5000}, "end": {"line": 2, "character": 6000}}, "text": "”"}]),
    );
    let diagnostics = client.diagnostics(&uri, Some(2));
    assert!(
        find_rule(&diagnostics, "unclosed-quote").is_none(),
        "{diagnostics:#?}"
    );
    // And the text is the one the editor has: a later edit lands where expected.
    let quote_end = DRAFT.lines().nth(2).map_or(0, |l| l.encode_utf16().count()) + 1;
    change(
        &mut client,
        &uri,
        3,
        json!([{"range": {"start": {"line": 2, "character": quote_end - 1}, "end": {"line": 2, "character": quote_end}}, "text": ""}]),
    );
    assert!(find_rule(&client.diagnostics(&uri, Some(3)), "unclosed-quote").is_some());
    assert!(client.shutdown().success());
}

#[test]
fn a_version_going_backwards_is_rejected_until_the_full_text_comes() {
    let dir = TempDir::new("backwards");
    let mut client = LspClient::start(dir.path());
    client.initialize(json!({}), Value::Null, dir.path());
    let uri = file_uri(&dir.path().join("d.md"));
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 5, "text": DRAFT}}),
    );
    assert!(!client.diagnostics(&uri, Some(5)).is_empty());
    change(
        &mut client,
        &uri,
        4,
        json!([{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "x"}]),
    );
    let log = client.wait_notification("window/logMessage", |p| {
        p["message"]
            .as_str()
            .is_some_and(|m| m.contains("version 4") && m.contains("rejected"))
    });
    assert_eq!(log["type"], json!(1));
    // Withdrawn, under the highest version seen.
    assert!(client.diagnostics(&uri, Some(5)).is_empty());
    change(&mut client, &uri, 6, json!([{"text": DRAFT}]));
    assert!(find_rule(&client.diagnostics(&uri, Some(6)), "unclosed-quote").is_some());
    assert!(client.shutdown().success());
}

/// A long draft with nothing to report, about 600 KB: its analysis takes far
/// longer than answering a hover.
fn long_draft(edit: usize) -> String {
    let mut text = format!("Edit {edit}.\n\n");
    for i in 0..6000 {
        text.push_str(&format!(
            "Item {i}: the harbour board met on a wet Tuesday and talked about the ferry timetable for an hour.\n\n"
        ));
    }
    text
}

#[test]
fn a_long_draft_being_retyped_blocks_no_other_request_and_stale_versions_are_dropped() {
    let dir = TempDir::new("coalesce");
    let mut client = LspClient::start(dir.path());
    client.initialize(json!({}), Value::Null, dir.path());
    let small = file_uri(&dir.path().join("small.md"));
    open(&mut client, &small, "markdown", DRAFT);
    assert!(!client.diagnostics(&small, Some(1)).is_empty());

    let long = file_uri(&dir.path().join("long.txt"));
    open(&mut client, &long, "plaintext", &long_draft(1));
    for version in 2..=11 {
        change(
            &mut client,
            &long,
            version,
            json!([{"text": long_draft(version as usize)}]),
        );
    }
    // Asked while the long draft is being analysed: answered before it is done.
    let (_, quote_column) = columns(DRAFT, quote_start(DRAFT));
    let position = json!({"line": 2, "character": quote_column});
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": small}, "position": position}),
    );
    assert!(hover.is_object(), "{hover}");
    let published_long = |m: &Value| {
        m["method"] == json!("textDocument/publishDiagnostics") && m["params"]["uri"] == json!(long)
    };
    assert!(
        !client.unconsumed().any(&published_long),
        "the long draft's diagnostics came before the hover's answer"
    );

    // Only the newest version is published, once; the ones typed over are dropped.
    client.diagnostics(&long, Some(11));
    let versions: Vec<i64> = client
        .unconsumed()
        .filter(|m| published_long(m))
        .filter_map(|m| m["params"]["version"].as_i64())
        .collect();
    assert!(
        versions.is_empty(),
        "stale versions published: {versions:?}"
    );
    assert!(!client.arrives_within(Duration::from_millis(300), |m| published_long(m)));
    assert!(client.shutdown().success());
}

#[test]
fn a_draft_closed_and_opened_again_never_shows_the_old_texts_findings() {
    let dir = TempDir::new("reopen");
    let mut client = LspClient::start(dir.path());
    client.initialize(json!({}), Value::Null, dir.path());
    let uri = file_uri(&dir.path().join("d.txt"));
    // A long clean text whose analysis is still running when the draft is
    // closed and opened again, at the same version, with other text.
    open(&mut client, &uri, "plaintext", &long_draft(1));
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    open(&mut client, &uri, "plaintext", DRAFT);
    let fresh = |m: &Value| {
        m["method"] == json!("textDocument/publishDiagnostics")
            && m["params"]["uri"] == json!(uri)
            && m["params"]["version"] == json!(1)
    };
    let first = client.wait_for("the reopened draft's diagnostics", fresh);
    let diagnostics = first["params"]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        find_rule(&diagnostics, "unclosed-quote").is_some(),
        "{first}"
    );
    // The old text's (empty) result must not follow and overwrite it.
    assert!(!client.arrives_within(Duration::from_millis(1500), fresh));
    assert!(client.shutdown().success());
}

#[test]
fn exit_without_shutdown_is_an_error() {
    let dir = TempDir::new("exit");
    let mut client = LspClient::start(dir.path());
    client.initialize(json!({}), Value::Null, dir.path());
    client.notify("exit", Value::Null);
    // Answering nothing more is fine; the process must end with status 1
    // (the spec's; 2 would say the server itself failed).
    let status = client.wait_exit();
    assert_eq!(status.code(), Some(1));
}

/// A draft that spells one name two ways.
const NAMES_DRAFT: &str = "Harbour master Ana Lopes toured the crane on Monday.\n\nThe crane was late, Lopez said in a statement.\n\nLopes said the pier would open in May.\n";

/// Open the names draft and return the code actions offered on its name finding.
fn name_actions(client: &mut LspClient, uri: &str) -> (Value, Vec<Value>) {
    open(client, uri, "markdown", NAMES_DRAFT);
    let diagnostics = client.diagnostics(uri, Some(1));
    let finding = find_rule(&diagnostics, "inconsistent-name")
        .cloned()
        .unwrap_or_else(|| panic!("no inconsistent-name in {diagnostics:#?}"));
    let actions = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": finding["range"], "context": {"diagnostics": [finding]}}),
    );
    (finding, actions.as_array().cloned().unwrap_or_default())
}

fn accept_action(actions: &[Value]) -> &Value {
    actions
        .iter()
        .find(|a| {
            a["title"]
                .as_str()
                .is_some_and(|t| t.contains("copydesk.toml"))
        })
        .unwrap_or_else(|| panic!("no accept-name action in {actions:#?}"))
}

#[test]
fn accepting_a_name_creates_copydesk_toml_through_the_editor() {
    let dir = TempDir::new("accept-create");
    let mut client = LspClient::start(dir.path());
    client.initialize(
        json!({"workspace": {"workspaceEdit": {"documentChanges": true, "resourceOperations": ["create"]}}}),
        Value::Null,
        dir.path(),
    );
    let uri = file_uri(&dir.path().join("harbour.md"));
    let (_, actions) = name_actions(&mut client, &uri);
    let accept = accept_action(&actions);
    let toml = dir.path().join("copydesk.toml");
    let toml_uri = file_uri(&toml);
    let operations = accept["edit"]["documentChanges"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(operations[0]["kind"], json!("create"));
    assert_eq!(operations[0]["uri"], json!(toml_uri));
    let (edits, _) = edits_for(&accept["edit"], &toml_uri);
    let written = apply_edits("", &edits, false);
    assert!(written.contains("Lopez"), "{written}");

    // The editor creates and saves the file; its watcher reports it.
    std::fs::write(&toml, &written).unwrap_or_else(|e| panic!("{e}"));
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": toml_uri, "type": 1}]}),
    );
    let diagnostics = client.diagnostics(&uri, Some(1));
    assert!(
        find_rule(&diagnostics, "inconsistent-name").is_none(),
        "{diagnostics:#?}"
    );
    assert!(client.shutdown().success());
}

#[test]
fn accepting_a_name_edits_an_existing_copydesk_toml() {
    let dir = TempDir::new("accept-edit");
    let toml = dir.path().join("copydesk.toml");
    let before = "# House style\n[rules]\nconflicting-figure = \"error\"\n";
    std::fs::write(&toml, before).unwrap_or_else(|e| panic!("{e}"));
    let mut client = LspClient::start(dir.path());
    client.initialize(json!({}), Value::Null, dir.path());
    let uri = file_uri(&dir.path().join("harbour.md"));
    let (_, actions) = name_actions(&mut client, &uri);
    let accept = accept_action(&actions);
    let (edits, _) = edits_for(&accept["edit"], &file_uri(&toml));
    let after = apply_edits(before, &edits, false);
    assert!(after.contains("Lopez"), "{after}");
    assert!(
        after.contains("# House style") && after.contains("conflicting-figure"),
        "{after}"
    );

    std::fs::write(&toml, &after).unwrap_or_else(|e| panic!("{e}"));
    client.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": file_uri(&toml)}}),
    );
    let diagnostics = client.diagnostics(&uri, Some(1));
    assert!(
        find_rule(&diagnostics, "inconsistent-name").is_none(),
        "{diagnostics:#?}"
    );
    assert!(client.shutdown().success());
}

#[test]
fn accepting_a_name_falls_back_to_a_server_side_command() {
    let dir = TempDir::new("accept-command");
    let mut client = LspClient::start(dir.path());
    client.initialize(json!({}), Value::Null, dir.path());
    let uri = file_uri(&dir.path().join("harbour.md"));
    let (_, actions) = name_actions(&mut client, &uri);
    let accept = accept_action(&actions);
    assert!(accept.get("edit").is_none_or(Value::is_null), "{accept}");
    let command = &accept["command"];
    client.request(
        "workspace/executeCommand",
        json!({"command": command["command"], "arguments": command["arguments"]}),
    );
    let written = std::fs::read_to_string(dir.path().join("copydesk.toml")).unwrap_or_default();
    assert!(written.contains("Lopez"), "{written}");
    let diagnostics = client.diagnostics(&uri, Some(1));
    assert!(
        find_rule(&diagnostics, "inconsistent-name").is_none(),
        "{diagnostics:#?}"
    );

    // The command writes nothing but copydesk.toml.
    let response = client.request_response(
        "workspace/executeCommand",
        json!({"command": command["command"], "arguments": ["/tmp/elsewhere.txt", "Lopez"]}),
    );
    assert!(response.get("error").is_some(), "{response}");
    assert!(client.shutdown().success());
}

#[test]
fn huge_documents_are_not_checked() {
    let dir = TempDir::new("huge");
    let mut client = LspClient::start(dir.path());
    client.initialize(json!({}), Value::Null, dir.path());
    let uri = file_uri(&dir.path().join("huge.txt"));
    // Past the 8 MiB the server checks.
    let text = DRAFT.repeat(9 * 1024 * 1024 / DRAFT.len());
    open(&mut client, &uri, "plaintext", &text);
    let shown = client.wait_notification("window/showMessage", |_| true);
    assert!(
        shown["message"]
            .as_str()
            .is_some_and(|m| m.contains("huge.txt")),
        "{shown}"
    );
    assert!(client.diagnostics(&uri, Some(1)).is_empty());
    assert!(client.shutdown().success());
}

/// A draft with two safe slips (a misspelled name, a doubled word) and one
/// whose fix needs a person (an unclosed quotation).
const FIX_ALL_DRAFT: &str = "# Summit talks\n\nRussian President Vladamir Putin met the envoys in Minsk on Monday, officials said.\n\nThe the talks will resume in March, the Kremlin said. “We are ready, a spokesman said.\n";

#[test]
fn fix_all_applies_the_safe_fixes_only() {
    let dir = TempDir::new("fix-all");
    let mut client = LspClient::start(dir.path());
    let init = client.initialize(json!({}), Value::Null, dir.path());
    let kinds = &init["capabilities"]["codeActionProvider"]["codeActionKinds"];
    assert!(
        kinds
            .as_array()
            .is_some_and(|k| k.contains(&json!("source.fixAll.copydesk"))),
        "{kinds}"
    );
    let uri = file_uri(&dir.path().join("summit.md"));
    open(&mut client, &uri, "markdown", FIX_ALL_DRAFT);
    let diagnostics = client.diagnostics(&uri, Some(1));
    assert!(find_rule(&diagnostics, "unclosed-quote").is_some());
    let whole = json!({"start": {"line": 0, "character": 0}, "end": {"line": 5, "character": 0}});
    let ask = |client: &mut LspClient, only: Value| {
        client.request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": whole, "context": {"diagnostics": [], "only": only}}),
        )
    };

    // What an editor asks for on save.
    let actions = ask(&mut client, json!(["source.fixAll"]));
    let actions = actions.as_array().cloned().unwrap_or_default();
    assert_eq!(actions.len(), 1, "{actions:#?}");
    assert_eq!(actions[0]["kind"], json!("source.fixAll.copydesk"));
    let (edits, _) = edits_for(&actions[0]["edit"], &uri);
    let fixed = apply_edits(FIX_ALL_DRAFT, &edits, false);
    assert_eq!(
        fixed,
        FIX_ALL_DRAFT
            .replace("Vladamir", "Vladimir")
            .replace("The the", "The")
    );

    // Quick-fixes alone do not bring it, nor does an unrelated kind.
    let quick = ask(&mut client, json!(["quickfix"]));
    assert!(quick
        .as_array()
        .is_some_and(|a| !a.is_empty() && a.iter().all(|a| a["kind"] == json!("quickfix"))));
    assert_eq!(ask(&mut client, json!(["refactor"])), Value::Null);

    // Once fixed, nothing safe is left: no fix-all action.
    change(&mut client, &uri, 2, json!([{"text": fixed}]));
    assert!(find_rule(&client.diagnostics(&uri, Some(2)), "unclosed-quote").is_some());
    assert_eq!(ask(&mut client, json!(["source.fixAll"])), Value::Null);
    assert!(client.shutdown().success());
}
