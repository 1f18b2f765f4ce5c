#!/usr/bin/env bash
# Builds (once) or reuses the Temporal Web UI server, pinned to one version, and prints its path.
# Lookup: $TEMPORAL_UI_SERVER_PATH, else <repo>/.tools/bin/temporal-ui-server, built with `go build` from the small
# module in deploy/temporal-ui/ (its go.mod and go.sum pin github.com/temporalio/ui-server/v2 and every dependency;
# the UI's built pages are embedded in that module). About 2 minutes the first time; no Docker needed.
# v2.54.1 is the newest release that builds with Go 1.26.8 (v2.56.x and v2.58.x declare go 1.26.10; docs/operations.md).
# Safe when several processes call it at once (lock below), like scripts/temporal-server.sh.
set -euo pipefail

VERSION=v2.54.1 # keep equal to deploy/temporal-ui/go.mod and the compose file's temporalio/ui image
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODULE="$ROOT/deploy/temporal-ui"
TOOLS="$ROOT/.tools"
BIN_DIR="$TOOLS/bin"
SERVER="${TEMPORAL_UI_SERVER_PATH:-$BIN_DIR/temporal-ui-server}"
STAMP="$BIN_DIR/temporal-ui-server.version"

log() { echo "temporal-ui: $*" >&2; }
ready() {
  [ -x "$SERVER" ] || return 1
  # A given path is the caller's choice; our own build must match the pinned version.
  [ -n "${TEMPORAL_UI_SERVER_PATH:-}" ] || [ "$(cat "$STAMP" 2>/dev/null)" = "$VERSION" ]
}
found() { printf '%s\n' "$SERVER"; exit 0; }

if ready; then found; fi
if [ -n "${TEMPORAL_UI_SERVER_PATH:-}" ]; then log "ERROR: TEMPORAL_UI_SERVER_PATH ($TEMPORAL_UI_SERVER_PATH) is not an executable"; exit 1; fi
command -v go >/dev/null 2>&1 || { log "ERROR: Go is needed to build the Temporal UI server $VERSION (or set TEMPORAL_UI_SERVER_PATH)"; exit 1; }
grep -q "github.com/temporalio/ui-server/v2 $VERSION" "$MODULE/go.mod" || { log "ERROR: deploy/temporal-ui/go.mod does not pin ui-server $VERSION"; exit 1; }

mkdir -p "$BIN_DIR"
exec 9>"$TOOLS/.ui-server-lock"
flock 9
if ready; then found; fi

TMP="$(mktemp -d "$TOOLS/tmp.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
log "building the Temporal UI server $VERSION with 'go build' (about 2 minutes on the first run)..."
start=$(date +%s)
# -mod=readonly: go.sum must already hold every module; nothing is upgraded behind the pin.
(cd "$MODULE" && GOFLAGS=-mod=readonly go build -trimpath -o "$TMP/temporal-ui-server" github.com/temporalio/ui-server/v2/cmd/server) >&2
"$TMP/temporal-ui-server" --version | grep -q "${VERSION#v}" || { log "ERROR: the built server does not report version ${VERSION#v}"; exit 1; }
mv -f "$TMP/temporal-ui-server" "$SERVER"
echo "$VERSION" >"$STAMP"
log "built in $(($(date +%s) - start))s: $SERVER"
found
