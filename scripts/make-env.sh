#!/usr/bin/env bash
# Writes .env for docker-compose.yml with new random secrets, once. Refuses to overwrite an existing .env: a new
# DATA_ENCRYPTION_KEY would make every sealed value (tipsters' contacts, Temporal payloads) unreadable for ever.
#   bash scripts/make-env.sh [file]     (default: .env next to docker-compose.yml)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
FILE="${1:-.env}"

if [ -e "$FILE" ]; then
  echo "make-env: $FILE already exists; not touching it (its DATA_ENCRYPTION_KEY protects the data already written)." >&2
  echo "make-env: to change one setting, edit $FILE by hand; never replace DATA_ENCRYPTION_KEY of a system in use." >&2
  exit 1
fi
random() { openssl rand -base64 "$1" | tr -d '\n'; }
command -v openssl >/dev/null || { echo "make-env: openssl is needed" >&2; exit 1; }

umask 077
cat >"$FILE" <<ENV
# Made by scripts/make-env.sh on $(date -u +%Y-%m-%dT%H:%MZ). Keep a copy in the province's secret store NOW:
# without DATA_ENCRYPTION_KEY the sealed data (tipsters' contacts, workflow payloads) cannot be read, backups included.
# Every setting: docs/configuration.md. Compose reads this file for every command (up, ps, logs, down, run).
POSTGRES_PASSWORD=$(random 24 | tr '+/' '-_')
JWT_SECRET=$(random 48)
# PostgreSQL login roles (docs/security.md): the schema owner, the application (API and worker), read-only reporting.
DB_OWNER_PASSWORD=$(random 24 | tr '+/' '-_')
DB_APP_PASSWORD=$(random 24 | tr '+/' '-_')
DB_REPORTING_PASSWORD=$(random 24 | tr '+/' '-_')
DATA_ENCRYPTION_KEY=$(random 32)

# Behind the optional TLS proxy (docker compose --profile proxy up -d):
# SITE_ADDRESS=coordination.example.gov.vn
# TRUST_PROXY=true
# COOKIE_SECURE=true
# API_PUBLISH=127.0.0.1:3000

# Temporal: how long finished workflows stay readable.
# TEMPORAL_RETENTION=30d
ENV
echo "make-env: wrote $FILE (mode 600). Copy it to the province's secret store before the first start."
