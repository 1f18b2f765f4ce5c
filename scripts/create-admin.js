'use strict';
// `npm run create-admin -- --username <name> [--agency <code>]`: creates the first administrator in the database that
// `npm start` runs (same defaults: .data/pg-password, DEV_PG_PORT or 5433), or in DATABASE_URL when it is set.
// Needs no rebuild: it compiles the server code only when dist/ has none (tsc, seconds; not the full `npm run build`).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..');
const ENTRY = path.join(REPO, 'dist/src/database/create-admin.js');

function localDatabaseUrl() {
  const passwordFile = path.join(REPO, '.data', 'pg-password');
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
  }
  if (!fs.existsSync(ENTRY)) {
    console.log('[create-admin] compiling the server code (tsc -p tsconfig.build.json)...');
    const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: REPO, stdio: 'inherit' });
    if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  }
  const run = spawnSync(process.execPath, [ENTRY, ...process.argv.slice(2)], { cwd: REPO, env, stdio: 'inherit' });
  process.exit(run.status ?? 1);
} catch (error) {
  console.error(`create-admin failed: ${error.message}`);
  process.exit(1);
}
