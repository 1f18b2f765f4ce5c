#!/usr/bin/env bash
# `npm test`: jest, with TEMPORAL_CLI_PATH pointing at a usable temporal CLI so
# tests can start a Temporal dev server (first run may build it: minutes).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ ! -d node_modules ]; then npm install; fi
TEMPORAL_CLI_PATH="$(bash scripts/temporal-binary.sh)"
export TEMPORAL_CLI_PATH
# The browser tests drive the built web app, served by the API under test.
npx vite build web --logLevel warn
exec npx jest "$@" # workers etc. are decided by jest.config.js
