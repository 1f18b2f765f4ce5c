#!/usr/bin/env node
'use strict';
// `npm run backup [-- options]`: the app's database, Temporal's two databases and the key set, together, in one
// folder (or .tar.gz) with a manifest: versions, migration head, time, and a SHA-256 of every file. See
// docs/operations.md ("Backup and restore") for what "together" guarantees.
//
//   --out DIR          where (default backups/backup-<UTC time>)
//   --tar              also pack it as DIR.tar.gz and remove the folder
//   --live             dump even while other clients use the app's database (see the docs: weaker guarantee)
//   --keys FILE        a key file or folder to include (repeatable; default: .env, .data/dev-secrets.json, *_KEY_FILE)
//   --no-keys          leave the keys out (keep them elsewhere; restore then needs them put back by hand)
//   --pg-bin DIR|path, --database-url URL, --temporal-postgres-url URL   (or BACKUP_PG_BIN, DATABASE_URL, ...)

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');
const c = require('./backup-common');

const argv = process.argv.slice(2);
const say = (m) => console.log(`[backup] ${m}`);

async function query(url, sql, params) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Other sessions on the app's database: an API or a worker still running (they write to it). */
async function otherClients(url) {
  return query(
    url,
    `SELECT application_name, client_addr::text AS addr FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
  );
}

async function temporalSchemaVersion(url) {
  const rows = await query(url, `SELECT curr_version FROM schema_version LIMIT 1`).catch(() => []);
  return rows[0]?.curr_version ?? null;
}

function copyKey(from, to) {
  fs.cpSync(from, to, { recursive: true, dereference: true });
  for (const f of fs.statSync(to).isDirectory() ? c.listFiles(to).map((r) => path.join(to, r)) : [to]) fs.chmodSync(f, 0o600);
}

async function main() {
  const started = Date.now();
  const dbs = c.databases(argv);
  const live = c.flag(argv, 'live');
  const [server] = await query(
    dbs.app,
    `SELECT current_setting('server_version') AS version, current_setting('server_version_num')::int AS num,
            (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser`,
  );
  const tools = c.pgTools(argv, Math.floor(server.num / 10000));

  const others = await otherClients(dbs.app);
  if (others.length && !live)
    throw new Error(
      `${others.length} other session(s) on the app database (${[...new Set(others.map((o) => o.application_name || o.addr || 'local'))].join(', ')}): ` +
        'stop the API and the workers first (Temporal may keep running), or pass --live for a backup taken while they run',
    );

  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const out = path.resolve(c.option(argv, 'out') || path.join('backups', `backup-${stamp}`));
  if (fs.existsSync(out) && fs.readdirSync(out).length) throw new Error(`${out} exists and is not empty`);
  fs.mkdirSync(path.join(out, 'databases'), { recursive: true, mode: 0o700 });
  fs.chmodSync(out, 0o700);

  const migrations = await query(dbs.app, `SELECT name FROM migrations ORDER BY timestamp DESC, id DESC LIMIT 1`).catch(() => []);
  const manifest = {
    format: 1,
    createdAt: new Date().toISOString(),
    consistency: live ? 'live' : 'quiesced',
    app: {
      version: require(path.join(c.REPO, 'package.json')).version,
      commit: gitCommit(),
      migrationHead: migrations[0]?.name ?? null,
    },
    postgres: { server: server.version, pgDump: tools.version },
    temporal: {
      server: /VERSION=(\S+)/.exec(fs.readFileSync(path.join(__dirname, 'temporal-server.sh'), 'utf8'))?.[1] ?? null,
      schema: null,
      visibilitySchema: null,
    },
    databases: {},
    roles: null,
    keys: [],
    dataKeyFingerprint: c.keyFingerprint(process.env.DATA_ENCRYPTION_KEY) ?? null,
    files: {},
  };
  manifest.temporal.schema = await temporalSchemaVersion(dbs.temporal);
  manifest.temporal.visibilitySchema = await temporalSchemaVersion(dbs.temporal_visibility);

  // Temporal's first, the app's last: in a --live backup the app's rows are then at least as new as every activity
  // Temporal has recorded as done, and activities that run again after a restore are idempotent.
  for (const key of ['temporal', 'temporal_visibility', 'app']) {
    const file = path.join('databases', `${key}.dump`);
    const t = Date.now();
    execFileSync(tools.pg_dump, ['--format=custom', '--file', path.join(out, file)], {
      env: c.libpqEnv(dbs[key]),
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    manifest.databases[key] = { name: c.databaseName(dbs[key]), file };
    say(`${c.databaseName(dbs[key])}: ${fs.statSync(path.join(out, file)).size} bytes in ${Date.now() - t} ms`);
  }

  // Roles live outside the databases; a restore onto a new server needs the owners (and the app's own role) first.
  if (server.superuser) {
    const sql = execFileSync(tools.pg_dumpall, ['--roles-only', '--database', c.databaseName(dbs.app)], {
      env: c.libpqEnv(dbs.app),
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    fs.writeFileSync(path.join(out, 'databases', 'roles.sql'), sql, { mode: 0o600 });
    manifest.roles = 'databases/roles.sql';
  } else say('not a superuser: roles are not included (create them on the new server before restoring)');

  if (!c.flag(argv, 'no-keys')) {
    fs.mkdirSync(path.join(out, 'keys'), { mode: 0o700 });
    c.keyFiles(argv).forEach((from, i) => {
      const to = path.join('keys', `${i + 1}-${path.basename(from)}`);
      copyKey(from, path.join(out, to));
      manifest.keys.push({ original: from, file: to, directory: fs.statSync(from).isDirectory() });
      say(`key set: ${from}`);
    });
    if (!manifest.keys.length) say('no key file found: keep DATA_ENCRYPTION_KEY yourself (see docs/operations.md)');
  }

  for (const rel of c.listFiles(out))
    manifest.files[rel] = { bytes: fs.statSync(path.join(out, rel)).size, sha256: c.sha256File(path.join(out, rel)) };
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });

  let result = out;
  if (c.flag(argv, 'tar')) {
    result = `${out}.tar.gz`;
    execFileSync('tar', ['-C', path.dirname(out), '-czf', result, path.basename(out)]);
    fs.chmodSync(result, 0o600);
    fs.rmSync(out, { recursive: true });
  }
  say(`done in ${Date.now() - started} ms (${manifest.consistency}, migration head ${manifest.app.migrationHead}): ${result}`);
  if (manifest.keys.length) say('it holds the keys: store it encrypted, and a copy of the keys apart from the dumps');
  console.log(result);
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: c.REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

main().catch((e) => {
  console.error(`[backup] ${e.message}`);
  process.exit(1);
});
