;;; drive.el --- test harness for test/editors/emacs.test.ts  -*- lexical-binding: t -*-
;;
;; Run as `emacs --batch -l drive.el` after the README's configuration is written to
;; UNRES_INIT: loads it as an init file would be, opens one file, lets eglot-ensure connect,
;; waits for the unres server's diagnostics in Flymake, asks for a hover and for code actions
;; the way eglot does, applies the preferred quick fix, waits for the diagnostics to change, and
;; writes what it saw as JSON. Every wait polls and gives up after UNRES_TIMEOUT_MS.
;;
;; Environment: UNRES_INIT, UNRES_FILE, UNRES_OUT, UNRES_EXPECT (comma-separated rule codes to wait
;; for), UNRES_HOVER (text to hover on), UNRES_ACTION_CODE, UNRES_TIMEOUT_MS.

(require 'cl-lib)
(require 'json)
(require 'subr-x)

(defvar unres-timeout (/ (string-to-number (or (getenv "UNRES_TIMEOUT_MS") "20000")) 1000.0))
(defvar unres-result nil "Alist written as JSON at the end.")
(defvar unres-steps nil)

(defun unres-put (key value) (setf (alist-get key unres-result) value))
(defun unres-step (name) (setq unres-steps (append unres-steps (list name))))

(defun unres-wait (predicate)
  "Process server output until PREDICATE holds or the time-out passes; PREDICATE's last value."
  (let ((deadline (+ (float-time) unres-timeout)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall predicate)))

(defun unres-lsp-diagnostic (diag)
  (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diag))))

(defun unres-diagnostics ()
  "The buffer's Flymake diagnostics from eglot, as their LSP plists."
  (delq nil (mapcar #'unres-lsp-diagnostic (flymake-diagnostics))))

(defun unres-codes ()
  (mapcar (lambda (diag) (plist-get diag :code)) (unres-diagnostics)))

(defun unres-run ()
  ;; Package activation as in an interactive session (Debian's elpa-eglot), then the README.
  (package-initialize)
  (load (getenv "UNRES_INIT") nil t)
  (require 'eglot)
  ;; Tests never reach the real UN Digital Library.
  (setq-default eglot-workspace-configuration '(:unres (:lookup (:online :json-false))))
  (find-file (getenv "UNRES_FILE"))
  (unres-put 'mode (symbol-name major-mode))
  ;; eglot-ensure connects after the command that opened the file: run that hook as the
  ;; command loop would.
  (run-hooks 'post-command-hook)
  (unres-step "opened")
  (unless (unres-wait (lambda () (and (bound-and-true-p eglot--managed-mode) (eglot-current-server))))
    (error "eglot did not connect to a server"))
  (let ((server (eglot-current-server))
        (expected (split-string (or (getenv "UNRES_EXPECT") "") "," t)))
    (unres-put 'server (plist-get (eglot--server-info server) :name))
    (unres-step "attached")
    (let ((arrived
           (unres-wait (lambda ()
                         ;; Flymake asks its backends when it starts; in batch mode nothing
                         ;; else starts it.
                         (unless (flymake-diagnostics) (flymake-start))
                         (let ((codes (unres-codes)))
                           (and codes (cl-every (lambda (code) (member code codes)) expected)))))))
      (unres-put 'diagnostics
                 (vconcat (mapcar (lambda (diag)
                                    `((code . ,(plist-get diag :code))
                                      (source . ,(plist-get diag :source))
                                      (severity . ,(plist-get diag :severity))
                                      (line . ,(plist-get (plist-get (plist-get diag :range) :start) :line))
                                      (message . ,(plist-get diag :message))))
                                  (unres-diagnostics))))
      (unless arrived
        (error "diagnostics did not arrive in time; have: %S" (unres-codes))))
    (unres-step "diagnostics")

    ;; Hover inside the first occurrence of UNRES_HOVER, as eldoc asks for it.
    (goto-char (point-min))
    (search-forward (getenv "UNRES_HOVER"))
    (backward-char 1)
    (let ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams))))
      (unres-put 'hover (and hover (substring-no-properties (eglot--hover-info (plist-get hover :contents))))))
    (unres-step "hover")

    ;; Code actions on the line of the first diagnostic of UNRES_ACTION_CODE: the request
    ;; M-x eglot-code-actions makes there, with that line's Flymake diagnostics as context.
    (let* ((code (getenv "UNRES_ACTION_CODE"))
           (target (cl-find-if (lambda (diag) (equal (plist-get (unres-lsp-diagnostic diag) :code) code))
                               (flymake-diagnostics))))
      (unless target (error "no %s diagnostic for the code action" code))
      (goto-char (flymake-diagnostic-beg target))
      (let* ((actions (eglot-code-actions (line-beginning-position) (line-end-position)))
             (preferred (cl-find-if (lambda (action) (eq (plist-get action :isPreferred) t)) actions)))
        (unres-put 'actions
                   (vconcat (mapcar (lambda (action)
                                      `((title . ,(plist-get action :title))
                                        (kind . ,(plist-get action :kind))
                                        (isPreferred . ,(if (eq (plist-get action :isPreferred) t) t :json-false))))
                                    actions)))
        (unres-step "actions")
        ;; Apply it as choosing it from eglot-code-actions does, and wait for the re-check.
        (when (and preferred (plist-get preferred :edit))
          (unres-put 'applied (plist-get preferred :title))
          (eglot--apply-workspace-edit (plist-get preferred :edit))
          ;; The change reaches the server after eglot's idle delay; send it now.
          (eglot--signal-textDocument/didChange)
          (unres-put 'cleared
                     (if (unres-wait (lambda ()
                                       (unless (member code (unres-codes)) t)))
                         t :json-false))
          (unres-put 'after (vconcat (unres-codes)))
          (unres-put 'text (buffer-substring-no-properties (point-min) (point-max)))
          (unres-step "fixed"))))))

(let ((ok (condition-case err
              (progn (unres-run) t)
            (error (unres-put 'error (error-message-string err)) nil))))
  (unres-put 'steps (vconcat unres-steps))
  (with-temp-file (getenv "UNRES_OUT")
    (insert (json-encode unres-result)))
  ;; Leave without asking about the server process.
  (let ((server (ignore-errors (eglot-current-server))))
    (when server (ignore-errors (eglot-shutdown server))))
  (kill-emacs (if ok 0 1)))
