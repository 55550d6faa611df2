;;; copydesk.el --- copydesk language server with Eglot  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1") (eglot "1.9"))
;; Keywords: wp, languages
;; SPDX-License-Identifier: MIT OR Apache-2.0

;;; Commentary:

;; copydesk reads news drafts like a copy editor: unattributed and unclosed
;; quotes, conflicting figures, names spelled two ways or wrong.  This file
;; registers the `copydesk lsp' server with Eglot for Markdown and plain text.
;; Markdown needs the markdown-mode package (Emacs has no Markdown mode of its
;; own: without it, .md files open in fundamental-mode and are not checked).
;;
;;   (require 'copydesk)
;;   (add-hook 'markdown-mode-hook #'copydesk-eglot-ensure)
;;   (add-hook 'text-mode-hook #'copydesk-eglot-ensure)
;;
;; Other modes derived from text-mode (LaTeX, Org, reStructuredText, ...) run
;; text-mode-hook too; copydesk leaves their buffers alone.
;;
;; Settings (`copydesk-rules', `copydesk-name-references') are sent as the
;; server's initializationOptions.  Per project, set them in .dir-locals.el
;; through `eglot-workspace-configuration':
;;
;;   ((nil . ((eglot-workspace-configuration
;;             . (:copydesk (:rules (:unattributed-quote "info")))))))
;;
;; A copydesk.toml in the project wins over both.

;;; Code:

(require 'eglot)
(require 'cl-lib)
(require 'subr-x)

(defgroup copydesk nil
  "Copy-editing checks for news drafts, through the copydesk language server."
  :group 'tools
  :prefix "copydesk-")

(defcustom copydesk-executable "copydesk"
  "The copydesk executable: a command on `exec-path' or a full path."
  :type 'string)

(defcustom copydesk-rules nil
  "Rule levels, as an alist of (RULE-ID . LEVEL).
RULE-ID is a string such as \"unattributed-quote\"; LEVEL is one of
\"off\", \"hint\", \"info\", \"warning\" or \"error\".  Rules not listed
keep copydesk's defaults."
  :type '(alist :key-type (string :tag "Rule id")
                :value-type (choice (const "off") (const "hint") (const "info")
                                    (const "warning") (const "error"))))

(defcustom copydesk-name-references nil
  "Extra name reference lists (TSV files), relative to the project root."
  :type '(repeat file))

(defconst copydesk--install-hint
  "install it with `cargo install --locked --path .' in the copydesk source tree, \
or set `copydesk-executable' to its full path"
  "What to tell someone whose copydesk binary cannot be found.")

(defun copydesk--find-executable ()
  "The full path of `copydesk-executable', or nil."
  (let ((program (expand-file-name copydesk-executable)))
    (if (and (file-name-absolute-p copydesk-executable) (file-executable-p program))
        program
      (executable-find copydesk-executable))))

(defun copydesk--settings ()
  "The server settings object, as a plist ready for JSON."
  (let (settings)
    (when copydesk-name-references
      (setq settings
            (list :names (list :reference (vconcat copydesk-name-references)))))
    (when copydesk-rules
      (setq settings
            (append
             (list :rules
                   (cl-loop for (rule . level) in copydesk-rules
                            append (list (intern (concat ":" rule)) level)))
             settings)))
    (or settings (make-hash-table))))

(defun copydesk--initialization-options (_server)
  "The initializationOptions sent to the copydesk server."
  (copydesk--settings))

(defun copydesk--draft-buffer-p ()
  "Whether this buffer holds a draft copydesk reads: Markdown or plain text.
Plain text is `text-mode' itself, not the modes derived from it (LaTeX,
Org, ...), which are not drafts and have servers of their own."
  (or (derived-mode-p 'markdown-mode)
      (eq major-mode 'text-mode)))

(defun copydesk--contact (&optional _interactive)
  "The Eglot contact for copydesk: its command line and init options."
  (unless (copydesk--draft-buffer-p)
    (user-error "copydesk: %s buffers are not drafts; copydesk reads Markdown and plain text"
                major-mode))
  (let ((program (copydesk--find-executable)))
    (unless program
      (user-error "copydesk: `%s' not found; %s" copydesk-executable copydesk--install-hint))
    (list program "lsp" :initializationOptions #'copydesk--initialization-options)))

;; Markdown first: `markdown-mode' derives from `text-mode', and the first
;; matching entry wins.  Plain text last, so that every other server for a
;; mode derived from `text-mode' (LaTeX, Org, ...) comes before it.  Two
;; entries, so each mode gets its own language id.
(add-to-list 'eglot-server-programs '(text-mode . copydesk--contact) t)
(add-to-list 'eglot-server-programs
             '(((markdown-mode :language-id "markdown")
                (gfm-mode :language-id "markdown"))
               . copydesk--contact))

(unless (locate-library "markdown-mode")
  (message "copydesk: markdown-mode is not installed, so Markdown drafts are not checked \
(install markdown-mode from NonGNU ELPA or MELPA)"))

(defvar copydesk--warned nil
  "Whether the missing-binary message was shown this session.")

;;;###autoload
(defun copydesk-eglot-ensure ()
  "Start copydesk (through Eglot) for this buffer; meant for mode hooks.
Does nothing in buffers that are not Markdown or plain text (the modes
derived from `text-mode' run its hook too), and nothing, after one
message, if the binary cannot be found."
  (cond
   ((not buffer-file-name))
   ((not (copydesk--draft-buffer-p)))
   ((copydesk--find-executable) (eglot-ensure))
   ((not copydesk--warned)
    (setq copydesk--warned t)
    (message "copydesk: `%s' not found; %s" copydesk-executable copydesk--install-hint))))

(provide 'copydesk)
;;; copydesk.el ends here
