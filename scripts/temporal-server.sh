#!/usr/bin/env bash
# Builds (once) or reuses the Temporal server and its SQL schema tool, pinned to one version, and prints their paths:
#   line 1: the server   line 2: the SQL tool
# Lookup: $TEMPORAL_SERVER_PATH and $TEMPORAL_SQL_TOOL_PATH, else <repo>/.tools/bin/temporal-server{,-sql-tool}
# built with `go install` (no Docker needed; about 3 minutes the first time). Progress goes to stderr.
# Safe when several processes call it at once (lock below), like scripts/temporal-binary.sh.
set -euo pipefail

VERSION=v1.29.1 # the server version of the compose file's temporalio/server image; schemas come embedded in the SQL tool
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
BIN_DIR="$TOOLS/bin"
SERVER="${TEMPORAL_SERVER_PATH:-$BIN_DIR/temporal-server}"
SQL_TOOL="${TEMPORAL_SQL_TOOL_PATH:-$BIN_DIR/temporal-server-sql-tool}"
STAMP="$BIN_DIR/temporal-server.version"

log() { echo "temporal-server: $*" >&2; }
ready() {
  [ -x "$SERVER" ] && [ -x "$SQL_TOOL" ] || return 1
  # Given paths are the caller's choice; our own builds must match the pinned version.
  [ -n "${TEMPORAL_SERVER_PATH:-}" ] || [ "$(cat "$STAMP" 2>/dev/null)" = "$VERSION" ]
}
found() { printf '%s\n%s\n' "$SERVER" "$SQL_TOOL"; exit 0; }

if ready; then found; fi
if [ -n "${TEMPORAL_SERVER_PATH:-}" ]; then log "ERROR: TEMPORAL_SERVER_PATH / TEMPORAL_SQL_TOOL_PATH are not executables"; exit 1; fi
command -v go >/dev/null 2>&1 || { log "ERROR: Go is needed to build the Temporal server $VERSION (or set TEMPORAL_SERVER_PATH and TEMPORAL_SQL_TOOL_PATH)"; exit 1; }

mkdir -p "$BIN_DIR"
exec 9>"$TOOLS/.server-lock"
flock 9
if ready; then found; fi

TMP="$(mktemp -d "$TOOLS/tmp.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
log "building the Temporal server and SQL tool $VERSION with 'go install' (minutes on the first run)..."
start=$(date +%s)
GOBIN="$TMP" go install "go.temporal.io/server/cmd/server@$VERSION" >&2
GOBIN="$TMP" go install "go.temporal.io/server/cmd/tools/sql@$VERSION" >&2
mv -f "$TMP/server" "$SERVER"
mv -f "$TMP/sql" "$SQL_TOOL"
echo "$VERSION" >"$STAMP"
log "built in $(($(date +%s) - start))s: $SERVER"
found
