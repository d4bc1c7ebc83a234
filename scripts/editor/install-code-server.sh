#!/usr/bin/env bash
# Installs code-server (VS Code OSS served to a browser) into a gitignored cache folder for the editor tests.
# Idempotent: returns at once when the pinned version is already there.
# Needs Debian's chromium, libkrb5-dev and ripgrep (apt-get install -y chromium libkrb5-dev ripgrep).
set -euo pipefail

VERSION=4.100.3 # the newest code-server that runs on Node 20 (4.103+ needs Node 22)
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DEST="${CODE_SERVER_DIR:-$ROOT/.vscode-test/code-server}"
BIN="$DEST/node_modules/.bin/code-server"
# Without --config, code-server writes a config with a random password into the home folder.
version() { "$BIN" --config "$DEST/config.yaml" --version 2>/dev/null | head -n1 | cut -d' ' -f1; }

if [ -x "$BIN" ] && [ "$(version)" = "$VERSION" ]; then
  echo "code-server $VERSION already installed in $DEST"
  exit 0
fi

RG="$(command -v rg || true)"
if [ -z "$RG" ]; then
  echo "ripgrep (rg) is missing: apt-get install -y ripgrep" >&2
  exit 1
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub, which is unreachable here; it first looks for a
# cached archive, so put Debian's rg there.
CACHE="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
ARCHIVE="$CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$ARCHIVE" ]; then
  STAGE="$(mktemp -d)"
  cp "$RG" "$STAGE/rg"
  mkdir -p "$CACHE"
  tar -czf "$ARCHIVE" -C "$STAGE" rg
  rm -rf "$STAGE"
fi

mkdir -p "$DEST"
[ -f "$DEST/package.json" ] || echo '{ "private": true }' > "$DEST/package.json"
[ -f "$DEST/config.yaml" ] || printf 'auth: none\n' > "$DEST/config.yaml"
cd "$DEST"
# code-server's postinstall refuses to run unless npm_config_unsafe_perm is set (npm itself warns it no longer knows it).
npm_config_yes=true npm_config_unsafe_perm=true npm install --no-save --no-audit --no-fund "code-server@$VERSION"
echo "installed code-server $(version) in $DEST"
