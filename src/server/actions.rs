//! Code actions: the quick-fixes of the findings in the requested range as
//! workspace edits, "Ignore this finding", accepting a name in `copydesk.toml`,
//! and a source action that applies every safe fix at once (fix all on save).

use std::collections::HashMap;
use std::path::PathBuf;

use ropey::Rope;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Command, CreateFile, CreateFileOptions,
    DocumentChangeOperation, DocumentChanges, OneOf, OptionalVersionedTextDocumentIdentifier,
    Range, ResourceOp, TextDocumentEdit, TextEdit, Uri, WorkspaceEdit,
};

use super::diagnostics::{diagnostic, range, touches};
use super::documents::Snapshot;
use super::settings::ClientFeatures;
use crate::document::Document;
use crate::finding::{safe_edits, Edit, Finding, Fix, Span};
use crate::house_style;
use crate::ignores;
use crate::position;

/// The command that writes an accepted name to `copydesk.toml` server-side,
/// for clients that cannot create files through a workspace edit.
/// Arguments: the file's path, the name.
pub(crate) const ACCEPT_NAME_COMMAND: &str = "copydesk.acceptName";

/// The `copydesk.toml` an "Accept name" action would edit.
#[derive(Clone, Debug)]
pub(crate) struct TomlTarget {
    pub uri: Uri,
    pub path: PathBuf,
    /// The file's current text (from the editor if open there, else from disk);
    /// `None` if it does not exist yet.
    pub current: Option<TomlText>,
}

#[derive(Clone, Debug)]
pub(crate) struct TomlText {
    pub text: String,
    /// The editor's version, when the file is open there.
    pub version: Option<i32>,
}

/// The kind of the fix-all action, under `source.fixAll` as editors expect
/// (VS Code's `editor.codeActionsOnSave`, Neovim's and Helix's source actions).
pub(crate) const FIX_ALL: &str = "source.fixAll.copydesk";

/// Whether a client asking for `only` these kinds (none: every kind) wants an
/// action of `kind`: a requested kind covers itself and its sub-kinds.
pub(crate) fn wanted(only: Option<&[CodeActionKind]>, kind: &str) -> bool {
    only.is_none_or(|only| {
        only.iter().any(|asked| {
            let asked = asked.as_str();
            asked.is_empty()
                || kind == asked
                || kind
                    .strip_prefix(asked)
                    .is_some_and(|rest| rest.starts_with('.'))
        })
    })
}

/// "Fix all safe copydesk problems": the safe fixes of the whole draft (those
/// `copydesk check --fix` applies, see [`Finding::safe_fix`]) as one edit; none
/// when there is nothing safe to fix. Overlapping fixes are left for the next
/// request, after the draft is checked again.
pub(crate) fn fix_all(
    snapshot: &Snapshot,
    findings: &[Finding],
    features: ClientFeatures,
) -> Option<CodeActionOrCommand> {
    let edits: Vec<TextEdit> = safe_edits(findings)
        .into_iter()
        .map(|e| text_edit(&snapshot.rope, e, features))
        .collect();
    if edits.is_empty() {
        return None;
    }
    let title = match edits.len() {
        1 => "Fix 1 safe copydesk problem".to_owned(),
        n => format!("Fix all {n} safe copydesk problems"),
    };
    Some(CodeActionOrCommand::CodeAction(CodeAction {
        title,
        kind: Some(CodeActionKind::from(FIX_ALL)),
        edit: Some(workspace_edit(
            &snapshot.uri,
            Some(snapshot.version),
            edits,
            features,
        )),
        ..CodeAction::default()
    }))
}

/// Everything the actions of one request are computed from.
pub(crate) struct Request<'a> {
    pub snapshot: &'a Snapshot,
    pub doc: &'a Document<'a>,
    pub findings: &'a [Finding],
    pub range: Span,
    pub features: ClientFeatures,
    pub toml: Option<&'a TomlTarget>,
}

/// The actions for the findings that touch the requested range.
pub(crate) fn code_actions(req: &Request<'_>) -> Vec<CodeActionOrCommand> {
    let encoding = req.features.encoding;
    let mut actions = Vec::new();
    for finding in req.findings.iter().filter(|f| touches(&f.span, &req.range)) {
        let diagnostics = Some(vec![diagnostic(
            finding,
            &req.snapshot.rope,
            &req.snapshot.uri,
            encoding,
        )]);
        for (i, fix) in finding.fixes.iter().enumerate() {
            actions.push(quick_fix(req, fix, diagnostics.clone(), i == 0));
        }
        if let Some(fix) = ignores::ignore_fix(req.doc, finding) {
            actions.push(quick_fix(req, &fix, diagnostics.clone(), false));
        }
        if let (Some(name), Some(toml)) = (&finding.acceptable_name, req.toml) {
            if let Some(action) = accept_name(name, toml, req.features, diagnostics.clone()) {
                actions.push(action);
            }
        }
    }
    actions
}

fn quick_fix(
    req: &Request<'_>,
    fix: &Fix,
    diagnostics: Option<Vec<tower_lsp_server::ls_types::Diagnostic>>,
    preferred: bool,
) -> CodeActionOrCommand {
    let snapshot = req.snapshot;
    let edits = fix
        .edits
        .iter()
        .map(|e| text_edit(&snapshot.rope, e, req.features))
        .collect();
    CodeActionOrCommand::CodeAction(CodeAction {
        title: fix.title.clone(),
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics,
        edit: Some(workspace_edit(
            &snapshot.uri,
            Some(snapshot.version),
            edits,
            req.features,
        )),
        is_preferred: preferred.then_some(true),
        ..CodeAction::default()
    })
}

/// An engine edit (a byte range and its new text) as an LSP text edit.
fn text_edit(rope: &Rope, edit: &Edit, features: ClientFeatures) -> TextEdit {
    TextEdit::new(
        range(rope, &edit.span, features.encoding),
        edit.text.clone(),
    )
}

/// Edits to one document, versioned when the client supports it.
fn workspace_edit(
    uri: &Uri,
    version: Option<i32>,
    edits: Vec<TextEdit>,
    features: ClientFeatures,
) -> WorkspaceEdit {
    if features.document_changes {
        WorkspaceEdit {
            document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
                text_document: OptionalVersionedTextDocumentIdentifier {
                    uri: uri.clone(),
                    version,
                },
                edits: edits.into_iter().map(OneOf::Left).collect(),
            }])),
            ..WorkspaceEdit::default()
        }
    } else {
        WorkspaceEdit {
            changes: Some(HashMap::from([(uri.clone(), edits)])),
            ..WorkspaceEdit::default()
        }
    }
}

/// "Accept “NAME” in copydesk.toml": an edit of the file, a create-and-edit
/// where the client can create files, else a command that writes it for the client.
/// `None` if the name is already accepted or the file cannot be edited.
fn accept_name(
    name: &str,
    toml: &TomlTarget,
    features: ClientFeatures,
    diagnostics: Option<Vec<tower_lsp_server::ls_types::Diagnostic>>,
) -> Option<CodeActionOrCommand> {
    let title = format!("Accept “{name}” in copydesk.toml");
    let action = |edit: Option<WorkspaceEdit>, command: Option<Command>| {
        CodeActionOrCommand::CodeAction(CodeAction {
            title: title.clone(),
            kind: Some(CodeActionKind::QUICKFIX),
            diagnostics: diagnostics.clone(),
            edit,
            command,
            ..CodeAction::default()
        })
    };
    match &toml.current {
        Some(current) => {
            let updated = house_style::accept_name(&current.text, name).ok()?;
            if updated == current.text {
                return None;
            }
            let rope = Rope::from_str(&current.text);
            let end = position::to_position(&rope, current.text.len(), features.encoding);
            let whole = Range::new(
                tower_lsp_server::ls_types::Position::new(0, 0),
                super::diagnostics::to_lsp_position(end),
            );
            let edit = workspace_edit(
                &toml.uri,
                current.version,
                vec![TextEdit::new(whole, updated)],
                features,
            );
            Some(action(Some(edit), None))
        }
        None if features.create_files && features.document_changes => {
            let text = house_style::accept_name("", name).ok()?;
            if text.is_empty() {
                return None;
            }
            let create = DocumentChangeOperation::Op(ResourceOp::Create(CreateFile {
                uri: toml.uri.clone(),
                options: Some(CreateFileOptions {
                    overwrite: Some(false),
                    ignore_if_exists: Some(true),
                }),
                annotation_id: None,
            }));
            let fill = DocumentChangeOperation::Edit(TextDocumentEdit {
                text_document: OptionalVersionedTextDocumentIdentifier {
                    uri: toml.uri.clone(),
                    version: None,
                },
                edits: vec![OneOf::Left(TextEdit::new(Range::default(), text))],
            });
            let edit = WorkspaceEdit {
                document_changes: Some(DocumentChanges::Operations(vec![create, fill])),
                ..WorkspaceEdit::default()
            };
            Some(action(Some(edit), None))
        }
        None => {
            let command = Command::new(
                title.clone(),
                ACCEPT_NAME_COMMAND.to_owned(),
                Some(vec![
                    serde_json::Value::String(toml.path.display().to_string()),
                    serde_json::Value::String(name.to_owned()),
                ]),
            );
            Some(action(None, Some(command)))
        }
    }
}
