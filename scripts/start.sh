#!/usr/bin/env bash
# `npm start`: install (if needed), build, then run Postgres + Temporal + the
# worker + the API together on this machine (see scripts/start.js).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# npm writes node_modules/.package-lock.json on every install, so a lockfile
# newer than it means dependencies changed since the last install.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[start] installing dependencies (npm install)..."
  npm install
fi
# Build only when a source changed since the last build: a restart then takes seconds, not minutes.
STAMP=dist/.build-stamp
if [ -f "$STAMP" ] && [ -z "$(find src workflows activities web/src web/index.html scripts package.json package-lock.json tsconfig*.json \
  -newer "$STAMP" -type f -print -quit 2>/dev/null)" ]; then
  echo "[start] build is up to date (dist/)"
else
  echo "[start] building (npm run build)..."
  npm run build
  touch "$STAMP"
fi
exec node scripts/start.js "$@"
