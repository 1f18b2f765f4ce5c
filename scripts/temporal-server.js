'use strict';
// A real Temporal server (not the CLI's dev server) on PostgreSQL, without Docker: the binaries come from
// scripts/temporal-server.sh (pinned version), both schemas are set up and upgraded with its SQL tool (safe to re-run),
// the server starts with a config file generated here, and the app's namespace is registered with its retention.
// Plain CommonJS so it runs before `npm run build`.
//
//   const { startTemporalServer } = require('./scripts/temporal-server');
//   const t = await startTemporalServer({ dataDir, postgresUrl, port: 7233 });  // -> { address, child, stop }
//
//   mutual TLS: startTemporalServer({ ..., tls: serverTlsFiles(certsDir) })  (certsDir from scripts/temporal-certs.js)
//
// CLI (production without Docker, any PostgreSQL by URL; see docs/operations.md):
//   TEMPORAL_POSTGRES_URL=postgres://user:pass@host:5432/postgres [TEMPORAL_SERVER_CERTS_DIR=dir] node scripts/temporal-server.js [--setup-only]

const { spawn, execFile } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { promisify } = require('node:util');

const REPO = path.resolve(__dirname, '..');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const run = promisify(execFile);

/** [server, sqlTool] paths, building them the first time (progress on our stderr). */
function serverBinaries() {
  return new Promise((resolve, reject) => {
    const c = spawn('bash', [path.join(__dirname, 'temporal-server.sh')], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    c.once('error', reject);
    c.once('exit', (code) => {
      const [server, sqlTool] = out.trim().split('\n');
      if (code === 0 && server && sqlTool) resolve({ server, sqlTool });
      else reject(new Error('could not obtain the Temporal server (scripts/temporal-server.sh failed, see above)'));
    });
  });
}

/**
 * Every port the server listens on, derived from the frontend's so one setting moves them all. Membership ports go
 * into a smallint column of the cluster table, so they must stay below 32768.
 */
function serverPorts(frontend) {
  if (frontend - 294 > 32767 || frontend < 1024)
    throw new Error(`Temporal port ${frontend}: choose one from 1324 to 33061 (its membership ports, 300 below, must fit below 32768)`);
  return {
    frontend,
    frontendHttp: frontend + 10,
    history: frontend + 1,
    matching: frontend + 2,
    worker: frontend + 6,
    membership: { frontend: frontend - 300, history: frontend - 299, matching: frontend - 298, worker: frontend - 294 },
  };
}

function parsePostgresUrl(url) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port) || 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    tls: ['require', 'verify-full', 'verify-ca'].includes(u.searchParams.get('sslmode') ?? ''),
  };
}

/** Creates the two databases if missing and brings both schemas to the version this server needs. */
async function setupSchemas({ sqlTool, postgresUrl, databases, log }) {
  const pg = parsePostgresUrl(postgresUrl);
  const base = ['--plugin', 'postgres12', '--ep', pg.host, '-p', String(pg.port), '-u', pg.user, ...(pg.tls ? ['--tls'] : [])];
  // The password goes through the environment, not the command line (which `ps` shows to every user).
  const env = { ...process.env, SQL_PASSWORD: pg.password };
  for (const [db, schema] of [
    [databases.main, 'postgresql/v12/temporal'],
    [databases.visibility, 'postgresql/v12/visibility'],
  ]) {
    const { Client } = require('pg');
    const admin = new Client({ connectionString: postgresUrl });
    await admin.connect();
    try {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [db]);
      if (!rowCount) {
        await admin.query(`CREATE DATABASE "${db.replace(/"/g, '""')}"`);
        log(`created database ${db}`);
      }
    } finally {
      await admin.end();
    }
    // setup-schema -v 0.0 only creates the version tables (idempotent); update-schema applies what is missing.
    await run(sqlTool, [...base, '--db', db, 'setup-schema', '-v', '0.0'], { env });
    await run(sqlTool, [...base, '--db', db, 'update-schema', '--schema-name', schema], { env });
  }
}

/** The server's configuration (YAML; JSON strings are valid YAML scalars, so values are quoted safely). */
function configYaml({ postgresUrl, databases, bindIp, ports, metricsPort, shards, dynamicConfigFile, tls }) {
  const pg = parsePostgresUrl(postgresUrl);
  const s = (v) => JSON.stringify(String(v));
  const store = (db, maxConns) => `
      sql:
        pluginName: "postgres12"
        databaseName: ${s(db)}
        connectAddr: ${s(`${pg.host}:${pg.port}`)}
        connectProtocol: "tcp"
        user: ${s(pg.user)}
        password: ${s(pg.password)}
        maxConns: ${maxConns}
        maxIdleConns: ${maxConns}
        maxConnLifetime: "1h"${pg.tls ? '\n        tls:\n          enabled: true' : ''}`;
  const bind = bindIp === '127.0.0.1' ? 'bindOnLocalHost: true' : `bindOnIP: ${s(bindIp)}`;
  const service = (grpc, membership, extra = '') => `
    rpc:
      grpcPort: ${grpc}
      membershipPort: ${membership}
      ${bind}${extra}`;
  return `# Generated by scripts/temporal-server.js; edits are overwritten at the next start.
log:
  stdout: true
  level: warn
persistence:
  defaultStore: postgres-default
  visibilityStore: postgres-visibility
  # Fixed when the database is first set up; cannot change afterwards.
  numHistoryShards: ${shards}
  datastores:
    postgres-default:${store(databases.main, 20)}
    postgres-visibility:${store(databases.visibility, 10)}
global:${tls ? tlsYaml(tls) : ''}
  membership:
    maxJoinDuration: 30s
    broadcastAddress: ${s(bindIp === '0.0.0.0' ? '127.0.0.1' : bindIp)}
  metrics:
    prometheus:
      framework: "tally"
      timerType: "histogram"
      listenAddress: ${s(`${bindIp}:${metricsPort}`)}
services:
  frontend:${service(ports.frontend, ports.membership.frontend, `\n      httpPort: ${ports.frontendHttp}`)}
  history:${service(ports.history, ports.membership.history)}
  matching:${service(ports.matching, ports.membership.matching)}
  worker:${service(ports.worker, ports.membership.worker)}
clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: "active"
  currentClusterName: "active"
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: "frontend"
      rpcAddress: ${s(`127.0.0.1:${ports.frontend}`)}
dcRedirectionPolicy:
  policy: "noop"
dynamicConfigClient:
  filepath: ${s(dynamicConfigFile)}
  pollInterval: "60s"
`;
}

/**
 * Mutual TLS everywhere the server listens: the frontend (the API and the worker) and between its own services, each
 * side presenting a certificate signed by a CA of the bundle. The server's certificate is also the client certificate
 * of its own services (internode, and the system worker that calls the frontend).
 */
function tlsYaml({ certFile, keyFile, caFile, serverName }) {
  const s = (v) => JSON.stringify(String(v));
  const server = `
        certFile: ${s(certFile)}
        keyFile: ${s(keyFile)}
        requireClientAuth: true
        clientCaFiles: [${s(caFile)}]`;
  const client = `
        serverName: ${s(serverName)}
        rootCaFiles: [${s(caFile)}]`;
  return `
  tls:
    internode:
      server:${server}
      client:${client}
    frontend:
      server:${server}
      client:${client}
    systemWorker:
      certFile: ${s(certFile)}
      keyFile: ${s(keyFile)}
      client:${client}`;
}

/** The server's TLS files in a directory made by scripts/temporal-certs.js; refuses a directory that lacks one. */
function serverTlsFiles(dir, serverName = 'temporal') {
  const files = { certFile: path.join(dir, 'server.pem'), keyFile: path.join(dir, 'server.key'), caFile: path.join(dir, 'ca-bundle.pem') };
  for (const f of Object.values(files))
    if (!fs.existsSync(f)) throw new Error(`mutual TLS: ${f} is missing (npm run temporal:certs -- --out ${dir})`);
  return { ...files, serverName };
}

/** What a client of this server presents: the server's own pair (it carries clientAuth) and the CA bundle. */
function adminTlsOptions(tls) {
  return {
    serverNameOverride: tls.serverName,
    serverRootCACertificate: fs.readFileSync(tls.caFile),
    clientCertPair: { crt: fs.readFileSync(tls.certFile), key: fs.readFileSync(tls.keyFile) },
  };
}

// Human decisions are Temporal Updates; say so explicitly rather than rely on the server's default.
const DYNAMIC_CONFIG = `# Generated by scripts/temporal-server.js.
frontend.enableUpdateWorkflowExecution:
  - value: true
frontend.enableUpdateWorkflowExecutionAsyncAccepted:
  - value: true
`;

function canConnect(port, host) {
  return new Promise((resolve) => {
    const s = net.connect({ port, host });
    s.setTimeout(1000);
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
    s.once('timeout', () => (s.destroy(), resolve(false)));
  });
}

/** Registers the namespace (or updates its retention), then waits until workflows can start in it. */
async function ensureNamespace({ address, namespace, retentionDays, deadline, tls }) {
  const { Connection } = require('@temporalio/client');
  const connection = await Connection.connect({ address, ...(tls ? { tls: adminTlsOptions(tls) } : {}) });
  const retention = { seconds: retentionDays * 86_400 };
  try {
    for (;;) {
      try {
        await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: retention });
        break;
      } catch (e) {
        if (e.code === 6 /* ALREADY_EXISTS */) {
          await connection.workflowService.updateNamespace({
            namespace,
            config: { workflowExecutionRetentionTtl: retention },
            updateMask: { paths: ['config.workflow_execution_retention_ttl'] },
          });
          break;
        }
        if (e.code === 3 /* INVALID_ARGUMENT */ || Date.now() > deadline) throw e;
        await sleep(500);
      }
    }
    // A new namespace reaches the frontend's cache a few seconds later.
    for (;;) {
      try {
        await connection.workflowService.listWorkflowExecutions({ namespace, pageSize: 1 });
        return;
      } catch (e) {
        if (Date.now() > deadline) throw e;
        await sleep(500);
      }
    }
  } finally {
    await connection.close();
  }
}

/**
 * Sets up the schemas, starts the server and registers the namespace.
 * @returns {Promise<{ address: string, metricsUrl: string, child: import('node:child_process').ChildProcess, stop(): Promise<void> }>}
 */
async function startTemporalServer({
  dataDir,
  postgresUrl,
  port = 7233,
  bindIp = '127.0.0.1',
  metricsPort = port + 767, // 8000 next to the default 7233
  namespace = process.env.TEMPORAL_NAMESPACE || 'default',
  retentionDays = Number(process.env.TEMPORAL_RETENTION_DAYS) || 30,
  shards = Number(process.env.TEMPORAL_HISTORY_SHARDS) || 4,
  databases = { main: process.env.TEMPORAL_DB_NAME || 'temporal', visibility: process.env.TEMPORAL_VISIBILITY_DB_NAME || 'temporal_visibility' },
  log = (m) => console.log(`[temporal] ${m}`),
  onExit = () => undefined,
  setupOnly = false,
  tls,
}) {
  const started = Date.now();
  const { server, sqlTool } = await serverBinaries();
  await setupSchemas({ sqlTool, postgresUrl, databases, log });
  log(`schemas of ${databases.main} and ${databases.visibility} up to date (${Date.now() - started} ms)`);
  if (setupOnly) return undefined;

  const ports = serverPorts(port);
  const configDir = path.join(dataDir, 'temporal-server', 'config');
  fs.mkdirSync(configDir, { recursive: true, mode: 0o700 });
  const dynamicConfigFile = path.join(configDir, 'dynamic.yaml');
  fs.writeFileSync(dynamicConfigFile, DYNAMIC_CONFIG);
  // Holds the database password: readable by its owner only.
  fs.writeFileSync(
    path.join(configDir, 'development.yaml'),
    configYaml({ postgresUrl, databases, bindIp, ports, metricsPort, shards, dynamicConfigFile, tls }),
    {
      mode: 0o600,
    },
  );
  if (await canConnect(port, '127.0.0.1')) throw new Error(`Port ${port} (Temporal gRPC) is already in use — is another instance running?`);

  const logFile = path.join(dataDir, 'temporal.log');
  const out = fs.openSync(logFile, 'a');
  const args = ['--root', path.dirname(configDir), '--config', 'config', '--env', 'development', '--allow-no-auth', 'start'];
  log(`starting Temporal server on ${bindIp}:${port} (PostgreSQL, ${tls ? `mutual TLS as ${tls.serverName}` : 'plaintext'}, logs: ${logFile})`);
  const child = spawn(server, args, { stdio: ['ignore', out, out] });
  // If this process ends without stop() (an error, a signal during start-up), do not leave the server running.
  const orphanGuard = () => child.kill('SIGTERM');
  process.once('exit', orphanGuard);
  let stopping = false;
  const exited = new Promise((resolve) => child.once('exit', (code, sig) => resolve(code ?? sig)));
  exited.then((code) => {
    fs.closeSync(out);
    if (!stopping) onExit('temporal', code);
  });
  const address = `127.0.0.1:${port}`;
  const stop = async () => {
    stopping = true;
    process.removeListener('exit', orphanGuard);
    if (child.exitCode === null && !child.signalCode) {
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(t);
    }
  };
  try {
    const deadline = Date.now() + 90_000;
    while (!(await canConnect(port, '127.0.0.1'))) {
      if (child.exitCode !== null || child.signalCode) throw new Error(`Temporal server exited early; see ${logFile}`);
      if (Date.now() > deadline) throw new Error(`Temporal server not listening after 90s; see ${logFile}`);
      await sleep(250);
    }
    await ensureNamespace({ address, namespace, retentionDays, deadline, tls });
  } catch (e) {
    await stop();
    throw e;
  }
  log(`Temporal server ready in ${Date.now() - started} ms; namespace ${namespace} keeps closed workflows ${retentionDays} days`);
  return { address, metricsUrl: `http://${bindIp === '0.0.0.0' ? '127.0.0.1' : bindIp}:${metricsPort}/metrics`, child, stop };
}

module.exports = { startTemporalServer, serverPorts, configYaml, serverTlsFiles };

if (require.main === module) {
  // Until the server is up, a signal just exits (the 'exit' guard stops the server); afterwards stop() drains it.
  const early = () => process.exit(1);
  process.once('SIGINT', early);
  process.once('SIGTERM', early);
  (async () => {
    const postgresUrl = process.env.TEMPORAL_POSTGRES_URL;
    if (!postgresUrl) throw new Error('set TEMPORAL_POSTGRES_URL (postgres://user:password@host:port/postgres; the user may create databases)');
    const svc = await startTemporalServer({
      dataDir: path.resolve(process.env.TEMPORAL_DATA_DIR || path.join(REPO, '.data')),
      postgresUrl,
      port: Number(process.env.TEMPORAL_PORT) || 7233,
      bindIp: process.env.TEMPORAL_BIND_IP || '127.0.0.1',
      tls: process.env.TEMPORAL_SERVER_CERTS_DIR
        ? serverTlsFiles(path.resolve(process.env.TEMPORAL_SERVER_CERTS_DIR), process.env.TEMPORAL_TLS_SERVER_NAME || 'temporal')
        : undefined,
      setupOnly: process.argv.includes('--setup-only'),
      onExit: (name, code) => {
        console.error(`[temporal] server exited (${code})`);
        process.exit(1);
      },
    });
    if (!svc) return;
    process.removeListener('SIGINT', early);
    process.removeListener('SIGTERM', early);
    const stop = () => svc.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  })().catch((e) => {
    console.error(`[temporal] ${e.message}`);
    process.exit(1);
  });
}
