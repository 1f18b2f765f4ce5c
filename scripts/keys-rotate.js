'use strict';
// `npm run keys:rotate [-- --finish | --retire]`: a new key-encryption key for the sealed columns, and every sealed
// value re-wrapped under it, while the system runs (src/database/keys-rotate.ts). Against the database and keys that
// `npm start` uses (.data/pg-password, .data/dev-secrets.json, .data/data-keys.json) unless DATABASE_URL,
// DATA_ENCRYPTION_KEY and DATA_KEYS_FILE are set. Needs no rebuild: it compiles the server code only when dist/ lacks
// it (tsc, seconds), as create-admin does.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..');
const DATA_DIR = path.join(REPO, '.data');
const ENTRY = path.join(REPO, 'dist/src/database/keys-rotate.js');

function localDatabaseUrl() {
  const passwordFile = path.join(DATA_DIR, 'pg-password');
  if (!fs.existsSync(passwordFile))
    throw new Error('no local database yet: run `npm start` once (it creates .data/), or set DATABASE_URL to the database to use');
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  return `postgres://postgres:${password}@127.0.0.1:${Number(process.env.DEV_PG_PORT) || 5433}/anti_trafficking`;
}

try {
  const env = { ...process.env };
  if (!env.DATABASE_URL) {
    env.DATABASE_URL = localDatabaseUrl();
    env.NODE_ENV ||= 'development';
    const secrets = path.join(DATA_DIR, 'dev-secrets.json');
    if (!env.DATA_ENCRYPTION_KEY && fs.existsSync(secrets))
      env.DATA_ENCRYPTION_KEY = JSON.parse(fs.readFileSync(secrets, 'utf8')).DATA_ENCRYPTION_KEY;
    env.DATA_KEYS_FILE ||= path.join(DATA_DIR, 'data-keys.json');
  }
  if (!env.DATA_ENCRYPTION_KEY) throw new Error('DATA_ENCRYPTION_KEY is not set: without it the values sealed so far cannot be opened');
  if (!fs.existsSync(ENTRY)) {
    console.log('[keys:rotate] compiling the server code (tsc -p tsconfig.build.json)...');
    const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: REPO, stdio: 'inherit' });
    if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  }
  const run = spawnSync(process.execPath, [ENTRY, ...process.argv.slice(2)], { cwd: REPO, env, stdio: 'inherit' });
  process.exit(run.status ?? 1);
} catch (error) {
  console.error(`keys:rotate failed: ${error.message}`);
  process.exit(1);
}
