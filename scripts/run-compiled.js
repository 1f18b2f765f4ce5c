'use strict';
// What the one-shot commands (create-admin, keys:rotate) share: the database `npm start` runs when DATABASE_URL is
// unset, and running their compiled entry, compiling the server code first only when dist/ lacks it (tsc, seconds;
// not the full `npm run build`).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..');
const DATA_DIR = path.join(REPO, '.data');

/** The local database of `npm start` (.data/pg-password, DEV_PG_PORT or 5433). */
function localDatabaseUrl() {
  const passwordFile = path.join(DATA_DIR, 'pg-password');
  if (!fs.existsSync(passwordFile))
    throw new Error('no local database yet: run `npm start` once (it creates .data/), or set DATABASE_URL to the database to use');
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  return `postgres://postgres:${password}@127.0.0.1:${Number(process.env.DEV_PG_PORT) || 5433}/anti_trafficking`;
}

/** Runs dist/<entry> with the command's arguments and exits with its status; any error is printed under `name`. */
function runCompiled(name, entry, prepareEnv) {
  try {
    const env = { ...process.env };
    if (!env.DATABASE_URL) {
      env.DATABASE_URL = localDatabaseUrl();
      env.NODE_ENV ||= 'development';
    }
    prepareEnv?.(env);
    const file = path.join(REPO, 'dist', entry);
    if (!fs.existsSync(file)) {
      console.log(`[${name}] compiling the server code (tsc -p tsconfig.build.json)...`);
      const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: REPO, stdio: 'inherit' });
      if (tsc.status !== 0) process.exit(tsc.status ?? 1);
    }
    const run = spawnSync(process.execPath, [file, ...process.argv.slice(2)], { cwd: REPO, env, stdio: 'inherit' });
    process.exit(run.status ?? 1);
  } catch (error) {
    console.error(`${name} failed: ${error.message}`);
    process.exit(1);
  }
}

module.exports = { DATA_DIR, runCompiled };
