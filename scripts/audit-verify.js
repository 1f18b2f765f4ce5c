'use strict';
// `npm run audit:verify`: checks the audit log's hash chain (src/database/audit-verify.ts) in the database that
// `npm start` runs (.data/pg-password, DEV_PG_PORT or 5433), or in AUDIT_DATABASE_URL / DATABASE_URL when set.
// Needs no build: the TypeScript source runs through the same swc hook the process tests use (test/support).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..');

function localDatabaseUrl() {
  const passwordFile = path.join(REPO, '.data', 'pg-password');
  if (!fs.existsSync(passwordFile))
    throw new Error('no local database yet: run `npm start` once (it creates .data/), or set DATABASE_URL to the database to check');
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  return `postgres://postgres:${password}@127.0.0.1:${Number(process.env.DEV_PG_PORT) || 5433}/anti_trafficking`;
}

try {
  const env = { ...process.env, DATABASE_URL: process.env.AUDIT_DATABASE_URL || process.env.DATABASE_URL || localDatabaseUrl() };
  const run = spawnSync(
    process.execPath,
    ['-r', path.join(REPO, 'test/support/register-typescript.js'), path.join(REPO, 'src/database/audit-verify.ts')],
    { cwd: REPO, env, stdio: 'inherit' },
  );
  process.exit(run.status ?? 2);
} catch (error) {
  console.error(`audit:verify could not run: ${error.message}`);
  process.exit(2);
}
