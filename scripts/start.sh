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
echo "[start] building (npm run build)..."
npm run build
exec node scripts/start.js "$@"
