#!/usr/bin/env bash
# Installs what the real-VS-Code end-to-end tests need, idempotently:
#   - Debian packages: chromium (the browser playwright-core drives), libkrb5-dev (so code-server's
#     `kerberos` native module compiles), ripgrep (replaces @vscode/ripgrep, whose postinstall
#     downloads from GitHub);
#   - code-server 4.100.3 (VS Code 1.100.3 on Node 20) into .tmp/code-server/, with its own
#     package.json so the repository's own `npm install` is untouched.
# code-server's postinstall cannot succeed offline, so it is installed with scripts off and its
# steps are done by hand (see ../shared/notes/real-vscode-tests.md).
# Fast when already done: a marker file records the installed version.
# Usage: bash scripts/setup-e2e.sh            (CODE_SERVER_DIR overrides the install folder)
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="${CODE_SERVER_DIR:-$ROOT/.tmp/code-server}"
MARKER="$DEST/.installed-$CODE_SERVER_VERSION"

log() { printf '[setup-e2e] %s\n' "$*"; }

# --- 1. Debian packages -----------------------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  log "apt packages present"
fi

# --- 2. code-server ---------------------------------------------------------------------------
if [ -f "$MARKER" ] && [ -f "$DEST/node_modules/code-server/out/node/entry.js" ]; then
  log "code-server $CODE_SERVER_VERSION already installed in $DEST"
  exit 0
fi

start=$(date +%s)
log "installing code-server $CODE_SERVER_VERSION into $DEST"
# node-gyp would otherwise download Node headers from nodejs.org; npm here has yes=false and
# node-pty's install runs `npx node-gyp`.
export npm_config_nodedir=/usr
export npm_config_yes=true
export npm_config_fund=false
export npm_config_audit=false
export npm_config_update_notifier=false

mkdir -p "$DEST"
rm -f "$DEST"/.installed-*
cat >"$DEST/package.json" <<EOF
{
  "name": "unres-e2e-code-server",
  "private": true,
  "description": "code-server for the unres end-to-end tests; installed by scripts/setup-e2e.sh",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" }
}
EOF

cd "$DEST"
npm install --ignore-scripts --no-package-lock --loglevel=error

CS="$DEST/node_modules/code-server"
VS="$CS/lib/vscode"

cd "$VS"
log "npm install in lib/vscode"
npm install --omit=dev --ignore-scripts --no-package-lock --loglevel=error
# Debian's rg in place of @vscode/ripgrep's downloaded one.
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sfn "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
log "npm rebuild (native modules)"
npm rebuild --loglevel=error

# The rest of code-server's postinstall.sh.
ln -sfn node_modules node_modules.asar
if [ -d bin/remote-cli ]; then
  ln -sfn code-linux.sh bin/remote-cli/code-server
fi
if [ -d bin/helpers ]; then
  ln -sfn browser-linux.sh bin/helpers/browser.sh
fi
if [ -f extensions/package.json ]; then
  log "npm install in lib/vscode/extensions"
  (cd extensions && npm install --omit=dev --ignore-scripts --no-package-lock --loglevel=error)
fi

# argon2 is hoisted next to code-server, so rebuild it from the install folder (a rebuild inside
# node_modules/code-server silently finds nothing to do).
cd "$DEST"
log "npm rebuild argon2"
npm rebuild argon2 --loglevel=error
node -e "require('argon2')"
(cd "$VS" && node -e "require('node-pty'); require('@vscode/spdlog'); require('kerberos'); require('native-watchdog')")

touch "$MARKER"
log "done in $(( $(date +%s) - start )) s"
