#!/usr/bin/env bash
# Prints the absolute path of a usable `temporal` CLI (stdout: the path only;
# all progress goes to stderr). Lookup order:
#   1. $TEMPORAL_CLI_PATH   2. `temporal` on PATH   3. <repo>/.tools/bin/temporal
#   4. `go install` into <repo>/.tools/bin   5. official release archive via curl
# Idempotent, and safe when several processes call it at once (lock below).
set -euo pipefail

VERSION=v1.5.1 # newer tags carry a replace directive that `go install` refuses
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
BIN_DIR="$TOOLS/bin"
CACHED="$BIN_DIR/temporal"

log() { echo "temporal-binary: $*" >&2; }
usable() { [ -n "$1" ] && [ -f "$1" ] && [ -x "$1" ] && "$1" --version >/dev/null 2>&1; }
found() { echo "$1"; exit 0; }

if [ -n "${TEMPORAL_CLI_PATH:-}" ]; then
  if usable "$TEMPORAL_CLI_PATH"; then found "$(cd "$(dirname "$TEMPORAL_CLI_PATH")" && pwd)/$(basename "$TEMPORAL_CLI_PATH")"; fi
  log "ignoring TEMPORAL_CLI_PATH=$TEMPORAL_CLI_PATH (not an executable temporal CLI)"
fi
ON_PATH="$(command -v temporal || true)"
if usable "$ON_PATH"; then found "$ON_PATH"; fi
if usable "$CACHED"; then found "$CACHED"; fi

# --- Slow path: serialise with other callers so only one builds/downloads. ---
mkdir -p "$BIN_DIR"
if command -v flock >/dev/null 2>&1; then
  exec 9>"$TOOLS/.lock"
  flock 9 # released automatically when this process exits
else
  # macOS has no flock: mkdir is atomic, so use a lock directory instead.
  until mkdir "$TOOLS/.lock.d" 2>/dev/null; do log "waiting for another install to finish..."; sleep 2; done
  trap 'rmdir "$TOOLS/.lock.d" 2>/dev/null || true' EXIT
fi
# Another process may have finished the install while we waited for the lock.
if usable "$CACHED"; then found "$CACHED"; fi

# Build/download into a private temp dir, then rename into place: the rename
# is atomic, so lock-free readers above never see a half-written binary.
TMP="$(mktemp -d "$TOOLS/tmp.XXXXXX")"
cleanup() { rm -rf "$TMP"; }
trap 'cleanup; rmdir "$TOOLS/.lock.d" 2>/dev/null || true' EXIT

if command -v go >/dev/null 2>&1; then
  log "building temporal CLI $VERSION with 'go install' (several minutes on first run)..."
  start=$(date +%s)
  if GOBIN="$TMP" go install "github.com/temporalio/cli/cmd/temporal@$VERSION" >&2 && usable "$TMP/temporal"; then
    mv -f "$TMP/temporal" "$CACHED"
    log "built in $(( $(date +%s) - start ))s: $CACHED"
    found "$CACHED"
  fi
  log "go install failed; trying the release download"
fi

if command -v curl >/dev/null 2>&1 && command -v tar >/dev/null 2>&1; then
  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) os="" ;; esac
  case "$(uname -m)" in x86_64 | amd64) arch=amd64 ;; aarch64 | arm64) arch=arm64 ;; *) arch="" ;; esac
  if [ -n "$os" ] && [ -n "$arch" ]; then
    url="https://temporal.download/cli/archive/$VERSION?platform=$os&arch=$arch"
    log "downloading $url"
    if curl -fsSL --retry 2 -o "$TMP/temporal.tar.gz" "$url" \
      && tar -xzf "$TMP/temporal.tar.gz" -C "$TMP" temporal && usable "$TMP/temporal"; then
      mv -f "$TMP/temporal" "$CACHED"
      found "$CACHED"
    fi
    log "download failed"
  else
    log "no release archive for $(uname -s)/$(uname -m)"
  fi
fi

log "ERROR: no temporal CLI found. Install one of: Go (for 'go install'), curl+tar"
log "       (for the release download), or put 'temporal' on PATH / set TEMPORAL_CLI_PATH."
exit 1
