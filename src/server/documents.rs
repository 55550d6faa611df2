//! Open drafts: the text of every document the editor has open, in a rope,
//! with the version the editor gave it, kept current by incremental changes.
//!
//! A change that names a place the document does not have (past its end, inside
//! a character) means the editor's text and ours have drifted apart. Guessing
//! would put findings in the wrong places, so the whole `didChange` is rejected,
//! the document is marked [`Sync::Lost`] and stays silent (no diagnostics, no
//! hovers, no actions) until the editor sends the full text again (a change
//! without a range) or reopens it. Other documents are not affected. The same
//! goes for a `didChange` whose version does not increase: its edits may repeat
//! ones already applied, or follow ones that never came.

use std::collections::HashMap;

use ropey::Rope;
use tower_lsp_server::ls_types::Uri;

use crate::document::Format;
use crate::position::{self, Change, Encoding, PositionError};

/// Whether copydesk checks a document, from the editor's `languageId`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Checked(Format),
    /// Tracked so its changes apply cleanly, but never checked (e.g. `copydesk.toml`).
    Ignored,
}

impl Kind {
    pub(crate) fn from_language_id(language_id: &str) -> Kind {
        match language_id {
            "markdown" => Kind::Checked(Format::Markdown),
            "plaintext" | "text" => Kind::Checked(Format::PlainText),
            _ => Kind::Ignored,
        }
    }
}

/// Whether our copy of the text is known to equal the editor's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sync {
    InSync,
    Lost,
}

/// One open document.
#[derive(Clone, Debug)]
pub(crate) struct OpenDoc {
    pub uri: Uri,
    pub rope: Rope,
    pub version: i32,
    pub kind: Kind,
    pub sync: Sync,
    /// Whether the user was already told this document is too large to check.
    pub told_too_large: bool,
}

/// A document's text at one version, to analyse without holding the lock.
/// (Cloning a rope is cheap: it shares the text.)
#[derive(Clone, Debug)]
pub(crate) struct Snapshot {
    pub uri: Uri,
    pub rope: Rope,
    pub version: i32,
    pub format: Format,
}

/// What became of a `didChange`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum ChangeOutcome {
    Applied,
    /// The document is not open.
    Unknown,
    /// A change named a place the document does not have; the document is now out of sync.
    Rejected(PositionError),
    /// The document was already out of sync and the change carried no full text.
    StillLost,
    /// The version did not increase (the spec says it always does), so the
    /// changes may be ones already applied, or missing ones: the document is now
    /// out of sync, as after a change out of range.
    OutOfOrder {
        current: i32,
    },
}

/// All open documents, by URI.
#[derive(Debug, Default)]
pub(crate) struct Documents {
    docs: HashMap<Uri, OpenDoc>,
}

impl Documents {
    pub(crate) fn open(&mut self, uri: Uri, language_id: &str, version: i32, text: &str) {
        let doc = OpenDoc {
            uri: uri.clone(),
            rope: Rope::from_str(text),
            version,
            kind: Kind::from_language_id(language_id),
            sync: Sync::InSync,
            told_too_large: false,
        };
        self.docs.insert(uri, doc);
    }

    pub(crate) fn close(&mut self, uri: &Uri) -> Option<OpenDoc> {
        self.docs.remove(uri)
    }

    pub(crate) fn get(&self, uri: &Uri) -> Option<&OpenDoc> {
        self.docs.get(uri)
    }

    pub(crate) fn get_mut(&mut self, uri: &Uri) -> Option<&mut OpenDoc> {
        self.docs.get_mut(uri)
    }

    /// Apply a `didChange`'s changes in order, all or nothing.
    pub(crate) fn change(
        &mut self,
        uri: &Uri,
        version: i32,
        changes: &[Change<'_>],
        encoding: Encoding,
    ) -> ChangeOutcome {
        let Some(doc) = self.docs.get_mut(uri) else {
            return ChangeOutcome::Unknown;
        };
        let full_text = changes.iter().any(|c| c.range.is_none());
        if version <= doc.version && !full_text {
            // The highest version stays, so no later result is mistaken for current.
            doc.sync = Sync::Lost;
            return ChangeOutcome::OutOfOrder {
                current: doc.version,
            };
        }
        // Newer than anything published for this document, whatever happens next.
        doc.version = doc.version.max(version);
        let mut rope = doc.rope.clone();
        let mut sync = doc.sync;
        for change in changes {
            if change.range.is_none() {
                sync = Sync::InSync;
            }
            if sync == Sync::Lost {
                continue;
            }
            if let Err(e) = position::apply_change(&mut rope, change, encoding) {
                doc.sync = Sync::Lost;
                return ChangeOutcome::Rejected(e);
            }
        }
        doc.sync = sync;
        if sync == Sync::Lost {
            return ChangeOutcome::StillLost;
        }
        doc.rope = rope;
        ChangeOutcome::Applied
    }

    /// Mark a document out of sync (a change to `version` could not be read).
    /// Whether it is open.
    pub(crate) fn mark_lost(&mut self, uri: &Uri, version: Option<i32>) -> bool {
        let Some(doc) = self.docs.get_mut(uri) else {
            return false;
        };
        doc.sync = Sync::Lost;
        if let Some(version) = version {
            doc.version = doc.version.max(version);
        }
        true
    }

    /// The text to check, if the document is checked and in sync.
    pub(crate) fn snapshot(&self, uri: &Uri) -> Option<Snapshot> {
        let doc = self.docs.get(uri)?;
        match (doc.kind, doc.sync) {
            (Kind::Checked(format), Sync::InSync) => Some(Snapshot {
                uri: doc.uri.clone(),
                rope: doc.rope.clone(),
                version: doc.version,
                format,
            }),
            _ => None,
        }
    }

    /// Whether `version` is still the document's current, in-sync version.
    pub(crate) fn is_current(&self, uri: &Uri, version: i32) -> bool {
        self.docs
            .get(uri)
            .is_some_and(|d| d.version == version && d.sync == Sync::InSync)
    }

    /// The URIs of every checked document.
    pub(crate) fn checked(&self) -> Vec<Uri> {
        self.docs
            .values()
            .filter(|d| matches!(d.kind, Kind::Checked(_)))
            .map(|d| d.uri.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::position::Position;
    use std::str::FromStr;

    fn uri(s: &str) -> Uri {
        Uri::from_str(s).unwrap_or_else(|e| panic!("test URI {s}: {e}"))
    }

    fn text(docs: &Documents, u: &Uri) -> String {
        docs.get(u).map(|d| d.rope.to_string()).unwrap_or_default()
    }

    #[test]
    fn a_bad_change_loses_sync_until_full_text_arrives() {
        let (a, b) = (uri("file:///a.md"), uri("file:///b.md"));
        let mut docs = Documents::default();
        docs.open(a.clone(), "markdown", 1, "one\ntwo\n");
        docs.open(b.clone(), "markdown", 1, "other\n");
        let good = Change {
            range: Some((Position::new(1, 0), Position::new(1, 3))),
            text: "2",
        };
        let bad = Change {
            range: Some((Position::new(9, 0), Position::new(9, 1))),
            text: "x",
        };
        let outcome = docs.change(&a, 2, &[good.clone(), bad], Encoding::Utf16);
        assert!(matches!(outcome, ChangeOutcome::Rejected(_)));
        // All or nothing: the good change before the bad one was not kept either.
        assert_eq!(text(&docs, &a), "one\ntwo\n");
        assert!(docs.snapshot(&a).is_none());
        assert!(!docs.is_current(&a, 2));
        assert_eq!(
            docs.change(&a, 3, &[good], Encoding::Utf16),
            ChangeOutcome::StillLost
        );
        // Other documents are untouched.
        assert_eq!(text(&docs, &b), "other\n");
        assert!(docs.is_current(&b, 1));

        let full = Change {
            range: None,
            text: "fresh\n",
        };
        assert_eq!(
            docs.change(&a, 4, &[full], Encoding::Utf16),
            ChangeOutcome::Applied
        );
        assert_eq!(text(&docs, &a), "fresh\n");
        assert!(docs.is_current(&a, 4));
    }

    #[test]
    fn a_version_going_backwards_loses_sync_until_full_text() {
        let a = uri("file:///a.md");
        let mut docs = Documents::default();
        docs.open(a.clone(), "markdown", 5, "one\n");
        let edit = Change {
            range: Some((Position::new(0, 3), Position::new(0, 3))),
            text: "!",
        };
        for stale in [4, 5] {
            assert_eq!(
                docs.change(&a, stale, std::slice::from_ref(&edit), Encoding::Utf16),
                ChangeOutcome::OutOfOrder { current: 5 }
            );
            assert_eq!(text(&docs, &a), "one\n");
            assert!(docs.snapshot(&a).is_none());
        }
        // The full text, whatever its version, brings the document back.
        let full = Change {
            range: None,
            text: "two\n",
        };
        assert_eq!(
            docs.change(&a, 3, &[full], Encoding::Utf16),
            ChangeOutcome::Applied
        );
        assert_eq!(text(&docs, &a), "two\n");
        // ... and keeps the highest version seen, so versions go on increasing.
        assert!(docs.is_current(&a, 5));
        assert_eq!(
            docs.change(&a, 6, &[edit], Encoding::Utf16),
            ChangeOutcome::Applied
        );
        assert_eq!(text(&docs, &a), "two!\n");
    }

    #[test]
    fn unknown_documents_and_languages() {
        let mut docs = Documents::default();
        let none = Change {
            range: None,
            text: "",
        };
        assert_eq!(
            docs.change(&uri("file:///nope.md"), 1, &[none], Encoding::Utf8),
            ChangeOutcome::Unknown
        );
        docs.open(uri("file:///copydesk.toml"), "toml", 1, "[rules]\n");
        assert!(docs.snapshot(&uri("file:///copydesk.toml")).is_none());
        assert!(docs.checked().is_empty());
        docs.open(uri("file:///n.txt"), "plaintext", 1, "x");
        assert_eq!(
            docs.snapshot(&uri("file:///n.txt")).map(|s| s.format),
            Some(Format::PlainText)
        );
    }
}
