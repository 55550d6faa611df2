;;; e2e.el --- copydesk end to end in Emacs with Eglot, in batch  -*- lexical-binding: t; -*-

;; Checks that LaTeX and Org buffers are left alone, then opens the fixture
;; draft in markdown-mode with copydesk.el from
;; editors/emacs, waits for Flymake diagnostics from copydesk at the
;; fixture's lines and columns, applies the first fixture step's quick-fix
;; through Eglot, and checks that the diagnostic went away.
;;
;; Run: COPYDESK_BIN=… COPYDESK_FIXTURES=editors/tests/fixtures \
;;   timeout 90 emacs --batch -L editors/emacs -l editors/tests/emacs/e2e.el
;; Exits 0 on success, 1 (with the reason) on any mismatch.

;;; Code:

(require 'cl-lib)
(require 'json)
(require 'markdown-mode)
(require 'flymake)
(require 'copydesk)

(defun e2e-log (fmt &rest args)
  (princ (concat "[emacs e2e] " (apply #'format fmt args) "\n") #'external-debugging-output))

(defun e2e-wait (what predicate &optional seconds)
  "Process events until PREDICATE holds; fail after SECONDS naming WHAT."
  (let ((deadline (+ (float-time) (or seconds 20))))
    (while (not (funcall predicate))
      (when (> (float-time) deadline)
        (error "Timed out waiting for %s" what))
      (accept-process-output nil 0.05))))

(defun e2e-rule (diag)
  (plist-get (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diag))) :code))

(defun e2e-rules ()
  (sort (delq nil (mapcar #'e2e-rule (flymake-diagnostics))) #'string<))

(defun e2e-check (want)
  "Check that a diagnostic of WANT's rule starts where WANT says."
  (let* ((rule (gethash "rule" want))
         (diag (cl-find rule (flymake-diagnostics) :key #'e2e-rule :test #'equal)))
    (unless diag
      (error "No %s diagnostic; got %S" rule (e2e-rules)))
    (let* ((beg (flymake-diagnostic-beg diag))
           (line (line-number-at-pos beg))
           (column (save-excursion (goto-char beg) (1+ (- beg (line-beginning-position)))))
           (prefix (gethash "starts_with" want))
           (text (buffer-substring-no-properties
                  beg (min (point-max) (+ beg (length prefix))))))
      (unless (and (= line (gethash "line" want))
                   (= column (gethash "column" want))
                   (equal text prefix))
        (error "%s: expected %d:%d starting %S, got %d:%d starting %S"
               rule (gethash "line" want) (gethash "column" want) prefix line column text))
      (unless (< beg (flymake-diagnostic-end diag))
        (error "%s: empty range" rule))
      (e2e-log "ok: %s at %d:%d" rule line column))))

(defun e2e-apply (step)
  "Apply the code action STEP names, through Eglot."
  (let* ((rule (gethash "rule" step))
         (diag (cl-find rule (flymake-diagnostics) :key #'e2e-rule :test #'equal))
         (actions (eglot-code-actions (flymake-diagnostic-beg diag)
                                      (flymake-diagnostic-end diag) "quickfix"))
         (action (cl-find-if (lambda (a) (string-search (gethash "title" step) (plist-get a :title)))
                             actions)))
    (unless action
      (error "No code action %S; got %S" (gethash "title" step)
             (mapcar (lambda (a) (plist-get a :title)) actions)))
    (eglot--apply-workspace-edit (plist-get action :edit))
    (e2e-log "ok: applied %s" (plist-get action :title))))

(defun e2e-not-claimed (file mode)
  "Open FILE (in the temporary folder) and check it is in MODE and that
copydesk, hooked on `text-mode-hook' as the README says, leaves it alone."
  (find-file file)
  (unless (eq major-mode mode)
    (error "%s opened in %s, not %s" file major-mode mode))
  (run-hooks 'post-command-hook)
  (accept-process-output nil 0.5)
  (when (or (bound-and-true-p eglot--managed-mode) (eglot-current-server))
    (error "copydesk claimed a %s buffer" mode))
  (unless (condition-case nil (progn (copydesk--contact) nil) (user-error t))
    (error "copydesk's Eglot contact accepts a %s buffer" mode))
  (kill-buffer)
  (e2e-log "ok: a %s buffer is not claimed" mode))

(defun e2e-main ()
  (let* ((bin (or (getenv "COPYDESK_BIN") (error "Set COPYDESK_BIN")))
         (fixtures (expand-file-name (or (getenv "COPYDESK_FIXTURES") (error "Set COPYDESK_FIXTURES"))))
         (expect (let ((json-object-type 'hash-table) (json-array-type 'list))
                   (json-read-file (expand-file-name "harbour.expect.json" fixtures))))
         (work (make-temp-file "copydesk-e2e-" t))
         (draft (expand-file-name (gethash "draft" expect) work)))
    (copy-file (expand-file-name (gethash "draft" expect) fixtures) draft)
    (setq copydesk-executable bin)
    (add-hook 'markdown-mode-hook #'copydesk-eglot-ensure)
    (add-hook 'text-mode-hook #'copydesk-eglot-ensure)
    (let ((tex (expand-file-name "report.tex" work))
          (org (expand-file-name "notes.org" work)))
      (with-temp-file tex
        (insert "\\documentclass{article}\n\\begin{document}\nShe said: ``We will be back.\n\\end{document}\n"))
      (with-temp-file org
        (insert "* Notes\nShe said: “We will be back.\n"))
      (e2e-not-claimed tex 'latex-mode)
      (e2e-not-claimed org 'org-mode))
    (find-file draft)
    (unless (derived-mode-p 'markdown-mode)
      (error "Opened in %s, not markdown-mode" major-mode))
    ;; eglot-ensure connects from the next command loop; batch has none.
    (run-hooks 'post-command-hook)
    (e2e-wait "Eglot to connect" (lambda () (bound-and-true-p eglot--managed-mode)))
    (e2e-log "connected: %s" (eglot--language-id (eglot-current-server)))
    (flymake-start)
    (let ((expected (gethash "diagnostics" expect)))
      (e2e-wait "the diagnostics"
                (lambda () (>= (length (flymake-diagnostics)) (length expected))))
      (mapc #'e2e-check expected)
      (unless (= (length (flymake-diagnostics)) (length expected))
        (error "Unexpected diagnostics: %S" (e2e-rules))))
    (let* ((step (car (gethash "steps" expect)))
           (remaining (sort (copy-sequence (gethash "remaining" step)) #'string<)))
      (e2e-apply step)
      ;; Eglot sends the edit's didChange from an idle timer, and batch Emacs
      ;; is never idle: send it now, as the timer would.
      (eglot--signal-textDocument/didChange)
      (e2e-wait (format "%S after the fix" remaining)
                (lambda ()
                  (flymake-start)
                  (accept-process-output nil 0.1)
                  (equal (e2e-rules) remaining))))
    (e2e-log "ok: diagnostics updated after the edit")
    (let ((fixed (with-temp-buffer
                   (insert-file-contents (expand-file-name (gethash "fixed" expect) fixtures))
                   (goto-char (point-min))
                   (forward-line 2)
                   (buffer-substring-no-properties (point) (line-end-position)))))
      (save-excursion
        (goto-char (point-min))
        (forward-line 2)
        (unless (equal (buffer-substring-no-properties (point) (line-end-position)) fixed)
          (error "Line 3 after the fix is %S, expected %S"
                 (buffer-substring-no-properties (point) (line-end-position)) fixed))))
    (e2e-log "ok: the fixed line reads as expected")))

(condition-case err
    (progn
      (e2e-main)
      (e2e-log "PASS")
      (kill-emacs 0))
  (error
   (e2e-log "FAIL: %s" (error-message-string err))
   (kill-emacs 1)))

;;; e2e.el ends here
