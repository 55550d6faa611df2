#!/usr/bin/env bash
# Editor integration checks: installs what the editor tests need (Debian, as
# root), builds copydesk, runs the real-editor end-to-end tests (headless
# Neovim, Emacs + Eglot in batch) and builds, tests and packages the VS Code
# extension. Exits non-zero on the first failure.
#
# Uses $COPYDESK_BIN if set, else builds target/release/copydesk.

set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

section() { printf '\n==== editors: %s ====\n' "$*"; }
fail() { printf 'editors: FAILED: %s\n' "$*" >&2; exit 1; }

section "tools"
missing=()
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
command -v emacs >/dev/null 2>&1 || missing+=(emacs-nox)
dpkg -s elpa-eglot >/dev/null 2>&1 || missing+=(elpa-eglot)
dpkg -s elpa-markdown-mode >/dev/null 2>&1 || missing+=(elpa-markdown-mode)
if ((${#missing[@]})); then
  [[ $(id -u) == 0 ]] || fail "need root to install: ${missing[*]}"
  echo "installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || fail "Node.js and npm are needed for the VS Code extension"
nvim --version | head -n 1
emacs --version | head -n 1
echo "node $(node --version), npm $(npm --version)"

section "copydesk binary"
if [[ -n ${COPYDESK_BIN:-} ]]; then
  BIN=$(realpath "$COPYDESK_BIN")
else
  cargo build --release --quiet
  BIN=$ROOT/target/release/copydesk
fi
[[ -x $BIN ]] || fail "no executable at $BIN"
echo "$BIN"
export COPYDESK_BIN=$BIN
export COPYDESK_FIXTURES=$ROOT/editors/tests/fixtures

section "rule ids: VS Code settings match the engine"
# The rule registry, as the binary itself lists it (`copydesk explain`).
engine=$("$BIN" explain | grep -o '^| `[a-z-]*`' | tr -d '|` ' | sort)
vscode=$(sed -n '/RULE_IDS = \[/,/\]/p' editors/vscode/src/settings.ts | grep -o '"[a-z-]*"' | tr -d '"' | sort)
[[ -n $engine && $engine == "$vscode" ]] || fail "rule ids differ: engine [$engine] vs VS Code [$vscode]"
echo "$engine" | tr '\n' ' '; echo

section "Neovim end to end (diagnostics, code actions, fixed text)"
timeout 90 nvim --headless -u NONE -c "set rtp+=$ROOT/editors/neovim" \
  -c "luafile $ROOT/editors/tests/neovim/e2e.lua" </dev/null || fail "Neovim end-to-end test"
echo

section "Neovim settings (init options, one client per root, plain text)"
timeout 90 nvim --headless -u NONE -c "set rtp+=$ROOT/editors/neovim" \
  -c "luafile $ROOT/editors/tests/neovim/settings.lua" </dev/null || fail "Neovim settings test"
echo

section "Emacs + Eglot end to end (Flymake diagnostics, a quick-fix)"
timeout 120 emacs --batch -L "$ROOT/editors/emacs" -l "$ROOT/editors/tests/emacs/e2e.el" </dev/null \
  || fail "Emacs end-to-end test"
emacs --batch -L "$ROOT/editors/emacs" --eval '(setq byte-compile-error-on-warn t)' \
  -f batch-byte-compile "$ROOT/editors/emacs/copydesk.el" </dev/null || fail "copydesk.el byte-compiles without warnings"
rm -f "$ROOT/editors/emacs/copydesk.elc"

section "Helix, Zed and Sublime snippets (parse, start copydesk lsp, settings accepted)"
python3 "$ROOT/editors/tests/snippets.py" "$BIN" || fail "editor snippets"

section "Zed extension crate (host check; Zed builds the wasm)"
# Its own target directory, kept between runs on the same machine: the
# extension API's dependencies take a minute or two to build the first time.
(cd "$ROOT/editors/zed" && CARGO_TARGET_DIR="${COPYDESK_ZED_TARGET:-${XDG_CACHE_HOME:-$HOME/.cache}/copydesk-zed-target}" \
  cargo clippy --quiet -- -D warnings) || fail "Zed extension crate"
echo "ok"

section "VS Code extension (type-check, bundle, tests, package)"
cd "$ROOT/editors/vscode"
# The registry is the one thing here that crosses a network. A dropped
# connection is retried, by npm and then by this loop; each failure names npm's
# error code on one line. If the registry stays unreachable (a network error
# code, not a lockfile or build problem) the extension's checks are reported as
# skipped rather than failed: the extension's code is not what broke.
npm_ok=false
npm_net=false
for attempt in 1 2 3; do
  if npm ci --no-audit --no-fund --loglevel=error --fetch-retries=4 --fetch-retry-mintimeout=5000; then
    npm_ok=true
    break
  fi
  log=$(ls -t "${npm_config_cache:-$HOME/.npm}"/_logs/*-debug-0.log 2>/dev/null | head -n 1 || true)
  code=$([[ -n $log ]] && grep -oE '^[0-9]+ error code [A-Z0-9_]+' "$log" | head -n 1 | awk '{print $4}' || true)
  echo "npm ci failed (attempt $attempt of 3): error code ${code:-unknown} (npm's errors above)"
  case $code in
    ECONNRESET | ETIMEDOUT | EAI_AGAIN | ENOTFOUND | ECONNREFUSED | EPIPE | ENETUNREACH | EHOSTUNREACH) npm_net=true ;;
    *) npm_net=false ;;
  esac
  sleep $((attempt * 15))
done
if ! $npm_ok && $npm_net; then
  section "VS Code extension SKIPPED: the npm registry was unreachable (see the errors above)"
  exit 0
fi
$npm_ok || fail "npm ci could not install the VS Code extension's packages"
npm run --silent build
npm test --silent
rm -f copydesk.vsix
npm run --silent package </dev/null
[[ -s copydesk.vsix ]] || fail "no .vsix produced"
python3 -c 'import sys, zipfile; sys.exit("extension/dist/extension.js" not in zipfile.ZipFile("copydesk.vsix").namelist())' \
  || fail ".vsix lacks the bundled extension"
echo "packaged: editors/vscode/copydesk.vsix"

section "all editor checks passed"
