#!/usr/bin/env node
'use strict';
// `npm run restore -- <backup folder or .tar.gz> [options]`: puts back what `npm run backup` took — roles, the app's
// database, Temporal's two databases and the key files — after checking every file against the manifest. Run it with
// the API, the workers and the Temporal server stopped; start the Temporal server first afterwards, then the rest.
//
//   --force            replace databases that already hold tables, and key files whose content differs
//   --keys-to DIR      put the key files in DIR instead of where they were taken from
//   --pg-bin DIR|path, --database-url URL, --temporal-postgres-url URL   (as for backup)

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Client } = require('pg');
const c = require('./backup-common');

const argv = process.argv.slice(2);
const say = (m) => console.log(`[restore] ${m}`);

async function withClient(url, fn) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const ident = (name) => `"${name.replace(/"/g, '""')}"`;

/** The backup's folder: the argument itself, or where its .tar.gz was unpacked. */
function unpack(archive) {
  if (fs.statSync(archive).isDirectory()) return archive;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'restore-'));
  execFileSync('tar', ['-C', tmp, '-xzf', archive]);
  const [dir] = fs.readdirSync(tmp);
  return path.join(tmp, dir);
}

function verify(dir, manifest) {
  const listed = Object.keys(manifest.files).sort();
  const present = c.listFiles(dir).filter((f) => f !== 'manifest.json');
  const extra = present.filter((f) => !listed.includes(f));
  if (extra.length) throw new Error(`files not in the manifest: ${extra.join(', ')}`);
  for (const rel of listed) {
    const file = path.join(dir, rel);
    if (!fs.existsSync(file)) throw new Error(`missing from the backup: ${rel}`);
    if (c.sha256File(file) !== manifest.files[rel].sha256) throw new Error(`checksum mismatch: ${rel} is not the file that was backed up`);
  }
}

/** Roles first (owners and the app's role); those that exist already are kept as they are. */
async function restoreRoles(adminUrl, sqlFile) {
  const lines = fs.readFileSync(sqlFile, 'utf8').split('\n');
  const created = [];
  await withClient(adminUrl, async (client) => {
    const existing = new Set((await client.query('SELECT rolname FROM pg_roles')).rows.map((r) => r.rolname));
    for (const statement of lines.filter((l) => /^(CREATE|ALTER) ROLE /.test(l))) {
      const name = /ROLE ("(?:[^"]|"")+"|[^\s;]+)/.exec(statement)[1].replace(/^"|"$/g, '').replace(/""/g, '"');
      if (existing.has(name)) continue; // never change a role this server already has (its password, its rights)
      await client.query(statement);
      if (statement.startsWith('CREATE')) created.push(name);
    }
    // Memberships (GRANT role TO role); granting one that exists again is only a notice.
    for (const statement of lines.filter((l) => /^GRANT /.test(l))) await client.query(statement);
  });
  return created;
}

async function prepareDatabase(adminUrl, name, force) {
  await withClient(adminUrl, async (client) => {
    const exists = (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount > 0;
    if (exists) {
      const tables = await withClient(c.withDatabase(adminUrl, name), async (db) =>
        Number(
          (
            await db.query(`SELECT count(*) AS n FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace
                            WHERE k.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')`)
          ).rows[0].n,
        ),
      );
      if (tables && !force)
        throw new Error(`database ${name} already holds ${tables} tables: restore into an empty server, or pass --force to replace it`);
      await client.query(`DROP DATABASE ${ident(name)} WITH (FORCE)`);
    }
    await client.query(`CREATE DATABASE ${ident(name)} TEMPLATE template0 ENCODING 'UTF8'`);
  });
}

function restoreKey(dir, key, force) {
  const keysTo = c.option(argv, 'keys-to');
  const target = keysTo ? path.join(path.resolve(keysTo), path.basename(key.original)) : key.original;
  const from = path.join(dir, key.file);
  if (fs.existsSync(target)) {
    const same = (a, b) =>
      fs.statSync(a).isDirectory()
        ? JSON.stringify(c.listFiles(a).map((f) => [f, c.sha256File(path.join(a, f))])) ===
          JSON.stringify(c.listFiles(b).map((f) => [f, c.sha256File(path.join(b, f))]))
        : c.sha256File(a) === c.sha256File(b);
    if (same(from, target)) return say(`key set: ${target} already as backed up`);
    if (!force) throw new Error(`${target} exists with other content: a key is never overwritten without --force`);
  }
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  fs.cpSync(from, target, { recursive: true, force: true });
  say(`key set: ${target}`);
}

async function main() {
  const started = Date.now();
  const archive = argv.find(
    (a, i) => !a.startsWith('--') && !['--keys-to', '--pg-bin', '--database-url', '--temporal-postgres-url'].includes(argv[i - 1]),
  );
  if (!archive) throw new Error('usage: npm run restore -- <backup folder or .tar.gz> [--force] [--keys-to DIR]');
  const dir = unpack(path.resolve(archive));
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  if (manifest.format !== 1) throw new Error(`unknown backup format ${manifest.format}`);
  verify(dir, manifest);
  say(`backup of ${manifest.createdAt} (${manifest.consistency}, migration head ${manifest.app.migrationHead}): every checksum matches`);

  const running = c.keyFingerprint(process.env.DATA_ENCRYPTION_KEY);
  if (running && manifest.dataKeyFingerprint && running !== manifest.dataKeyFingerprint)
    throw new Error('DATA_ENCRYPTION_KEY here is not the key this backup was sealed with: its data would be unreadable');

  const force = c.flag(argv, 'force');
  const dbs = c.databases(argv);
  const adminOf = (url) => c.withDatabase(url, 'postgres');
  const [server] = await withClient(
    adminOf(dbs.app),
    async (cl) => (await cl.query(`SELECT current_setting('server_version_num')::int AS num`)).rows,
  );
  const tools = c.pgTools(argv, Math.floor(server.num / 10000));

  if (manifest.roles) {
    const created = await restoreRoles(adminOf(dbs.app), path.join(dir, manifest.roles));
    say(`roles: ${created.length ? `created ${created.join(', ')}` : 'all present already'}`);
  }
  for (const key of ['app', 'temporal', 'temporal_visibility']) {
    const name = c.databaseName(dbs[key]);
    const t = Date.now();
    await prepareDatabase(adminOf(dbs[key]), name, force);
    // Owners and grants as they were (the roles exist now); one transaction, so a failure leaves nothing half done.
    execFileSync(tools.pg_restore, ['--exit-on-error', '--single-transaction', '--dbname', name, path.join(dir, manifest.databases[key].file)], {
      env: c.libpqEnv(dbs[key]),
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    say(`${name}: restored in ${Date.now() - t} ms`);
  }
  const head = await withClient(
    dbs.app,
    async (cl) => (await cl.query('SELECT name FROM migrations ORDER BY timestamp DESC, id DESC LIMIT 1')).rows[0]?.name,
  );
  if (head !== manifest.app.migrationHead) throw new Error(`migration head after restore is ${head}, the backup's was ${manifest.app.migrationHead}`);

  for (const key of manifest.keys) restoreKey(dir, key, force);
  if (!manifest.keys.length) say('the backup holds no keys: put back the DATA_ENCRYPTION_KEY it was taken with');
  say(`done in ${Date.now() - started} ms: start the Temporal server, then the workers and the API`);
}

main().catch((e) => {
  console.error(`[restore] ${e.message}`);
  process.exit(1);
});
