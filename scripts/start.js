'use strict';
// Runs the whole system locally (after `npm run build`): PostgreSQL + Temporal
// (scripts/dev-services.js, data in .data/), migrations + seed, then the
// workers and the API processes as child processes. Ctrl-C / SIGTERM stops everything.
//   npm start -- --temporal=server|dev   the real Temporal server on PostgreSQL (default) or the CLI's dev server
//   npm start -- --workers 2 --apis 2    several workers on the task queue; API processes on PORT, PORT+1, ...
//   npm start -- --no-temporal-ui        without the Temporal Web UI at /temporal-ui/ (also TEMPORAL_UI=0)
//   npm start -- --temporal-mtls         the Temporal server with mutual TLS (TEMPORAL_SERVER_MTLS=true); certificates in .data/temporal-certs

const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const { httpAnswers } = require('./http-answers');
const path = require('node:path');
const readline = require('node:readline');
const { startServices } = require('./dev-services');
const { startTemporalUi } = require('./temporal-ui');

const REPO = path.resolve(__dirname, '..');
const DATA_DIR = path.join(REPO, '.data');
const say = (m) => console.log(`[start] ${m}`);

/** `--name value` or `--name=value` from the command line, else the fallback. */
function option(name, fallback) {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) return args[i + 1];
    if (args[i].startsWith(`--${name}=`)) return args[i].slice(name.length + 3);
  }
  return fallback;
}

function count(name, fallback) {
  const value = option(name, fallback);
  if (!/^[1-9]$/.test(String(value))) throw new Error(`--${name} must be a whole number from 1 to 9, not "${value}"`);
  return Number(value);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** JWT_SECRET / DATA_ENCRYPTION_KEY: generated once and kept, so restarts keep tokens and encrypted data readable. */
function devSecrets() {
  const file = path.join(DATA_DIR, 'dev-secrets.json');
  let saved = {};
  try {
    saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  const want = {
    JWT_SECRET: () => crypto.randomBytes(48).toString('base64url'),
    DATA_ENCRYPTION_KEY: () => crypto.randomBytes(32).toString('base64'), // 32 bytes, base64
  };
  const used = [];
  for (const [k, make] of Object.entries(want)) {
    if (process.env[k]) continue; // an explicit value always wins
    if (!saved[k]) {
      saved[k] = make();
      fs.writeFileSync(file, JSON.stringify(saved, null, 2), { mode: 0o600 });
    }
    process.env[k] = saved[k];
    used.push(k);
  }
  if (used.length) say(`using DEVELOPMENT secrets for ${used.join(', ')} from ${path.relative(REPO, file)} — never use these in production`);
  // The KEKs of sealed columns: `npm run keys:rotate` writes this file; the API and worker re-read it when it changes.
  process.env.DATA_KEYS_FILE ||= path.join(DATA_DIR, 'data-keys.json');
}

function maskUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '****';
    return u.toString();
  } catch {
    return '(unparseable)';
  }
}

/** Spawns `node <script>` with each output line prefixed. */
function spawnPrefixed(name, script, env) {
  const child = spawn(process.execPath, [script], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    readline.createInterface({ input: stream }).on('line', (l) => out.write(`[${name}] ${l}\n`));
  }
  child.exited = new Promise((r) => child.once('exit', (code, sig) => r(code ?? sig)));
  return child;
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the child is gone. */
async function terminate(child, graceMs) {
  if (!child || child.exitCode !== null || child.signalCode) return;
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(t);
}

let services,
  temporalUi,
  workers = [],
  apis = [],
  shuttingDown = false;
async function shutdown(code, why) {
  if (shuttingDown) return;
  shuttingDown = true;
  say(`${why}: stopping API, worker, then services...`);
  // Order matters: the API and worker still talk to Postgres/Temporal while draining.
  await Promise.all(apis.map((api) => terminate(api, 10_000)));
  await Promise.all(workers.map((worker) => terminate(worker, 40_000))); // lets in-flight activities finish (WORKER_SHUTDOWN_GRACE_MS)
  if (temporalUi) await temporalUi.stop();
  if (services) await services.stop();
  say('stopped');
  process.exit(code);
}

/**
 * Development only: seeds the demo province through the running API (dist/src/database/demo-province/main.js); a
 * second start finds it and adds nothing. DEMO_SEED=0 skips it. A failed seed is reported, the system keeps running.
 */
async function seedDemoProvince(env) {
  if (env.NODE_ENV === 'production' || env.DEMO_SEED === '0') return false;
  say('seeding the demo province through the API (development only; DEMO_SEED=0 skips)...');
  const code = await spawnPrefixed('seed', 'dist/src/database/demo-province/main.js', env).exited;
  if (code !== 0 && !shuttingDown) say(`demo province seeding failed (${code}); the system runs without it`);
  return code === 0;
}

/**
 * The Temporal Web UI server (read-only, loopback), which the API serves at /temporal-ui/ to administrators,
 * auditors and coordinators. Built once by scripts/temporal-ui.sh (Go, about 2 minutes); without it the system runs on, without the UI.
 */
async function startUi(env, port) {
  if (process.argv.includes('--no-temporal-ui') || process.env.TEMPORAL_UI === '0') return null;
  try {
    return await startTemporalUi({
      dataDir: DATA_DIR,
      temporalAddress: env.TEMPORAL_ADDRESS,
      namespace: env.TEMPORAL_NAMESPACE || 'default',
      port: Number(process.env.TEMPORAL_UI_SERVER_PORT) || 8234,
      allowOrigins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
      log: say,
      onExit: (code) => !shuttingDown && say(`the Temporal UI server exited (${code}); /temporal-ui/ answers 502 until the next start`),
    });
  } catch (e) {
    say(`no Temporal Web UI: ${e.message} (--no-temporal-ui skips it)`);
    return null;
  }
}

async function main() {
  for (const f of ['dist/src/database/migrate.js', 'dist/src/main.worker.js', 'dist/src/main.api.js']) {
    if (!fs.existsSync(path.join(REPO, f))) throw new Error(`${f} is missing — run 'npm run build' (or use 'npm start').`);
  }
  fs.mkdirSync(DATA_DIR, { recursive: true });
  process.env.NODE_ENV ||= 'development';
  const port = Number(process.env.PORT) || 3000;
  process.env.TEMPORAL_MODE = option('temporal', process.env.TEMPORAL_MODE || 'server');
  if (process.argv.includes('--temporal-mtls')) process.env.TEMPORAL_SERVER_MTLS = 'true';
  const workerCount = count('workers', process.env.START_WORKERS || 2);
  const apiCount = count('apis', process.env.START_APIS || 1);
  devSecrets();

  // Ctrl-C also reaches the children directly (same process group); this
  // handler then just waits for them before stopping the services.
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => (shuttingDown ? say('still stopping... (send SIGKILL to force)') : shutdown(0, sig)));
  }

  say(
    `starting PostgreSQL and Temporal (${process.env.TEMPORAL_MODE === 'dev' ? "the CLI's dev server" : 'Temporal server on PostgreSQL'}; data in .data/)...`,
  );
  const startedAt = Date.now();
  services = await startServices({ dataDir: DATA_DIR, log: (m) => say(m) });
  if (shuttingDown) return;
  services.exited.then(({ name, code }) => shutdown(1, `${name} exited unexpectedly (${code})`));
  const env = { ...process.env, ...services.env, PORT: String(port), DEMO_CREDENTIALS_FILE: path.join(DATA_DIR, 'demo-credentials.json') };

  say('running migrations and seed data...');
  const migrate = spawn(process.execPath, ['dist/src/database/migrate.js'], { cwd: REPO, env, stdio: 'inherit' });
  const migrateCode = await new Promise((r) => migrate.once('exit', (c, s) => r(c ?? s)));
  if (shuttingDown) return;
  if (migrateCode !== 0) return shutdown(1, `migration failed (${migrateCode})`);

  temporalUi = await startUi(env, port);
  if (shuttingDown) return;
  if (temporalUi) env.TEMPORAL_UI_UPSTREAM = temporalUi.url;

  const numbered = (name, i, n) => (n > 1 ? `${name}-${i + 1}` : name);
  workers = Array.from({ length: workerCount }, (_, i) =>
    spawnPrefixed(numbered('worker', i, workerCount), 'dist/src/main.worker.js', { ...env, ...services.workerEnv }),
  );
  apis = Array.from({ length: apiCount }, (_, i) =>
    spawnPrefixed(numbered('api', i, apiCount), 'dist/src/main.api.js', { ...env, PORT: String(port + i) }),
  );
  for (const [name, child] of [
    ...workers.map((w, i) => [numbered('worker', i, workerCount), w]),
    ...apis.map((a, i) => [numbered('api', i, apiCount), a]),
  ]) {
    child.exited.then((code) => shutdown(1, `${name} exited unexpectedly (${code})`));
  }

  const deadline = Date.now() + 60_000;
  for (let i = 0; i < apiCount; i++)
    while (!(await httpAnswers(`http://127.0.0.1:${port + i}/health`))) {
      if (shuttingDown) return;
      if (Date.now() > deadline) return shutdown(1, `API not healthy on port ${port + i} after 60s`);
      await sleep(500);
    }
  say(`ready ${((Date.now() - startedAt) / 1000).toFixed(1)} s after the services began starting`);
  const base = `http://localhost:${port}`;
  const seeded = await seedDemoProvince(env);
  if (shuttingDown) return;
  console.log(
    [
      '',
      '================================================================',
      '  Anti-trafficking coordination system is running',
      `  Web app:          ${base}/`,
      `  API:              ${base}`,
      `  Swagger UI:       ${base}/docs`,
      `  OpenAPI JSON:     ${base}/docs-json`,
      `  Health:           ${base}/health`,
      ...(apiCount > 1 ? [`  API processes:    ports ${port}–${port + apiCount - 1}`] : []),
      `  Workers:          ${workerCount}`,
      `  Temporal UI:      ${temporalUi ? `${base}/temporal-ui/ (read-only; sign in as admin first)` : '(not started; see above)'}`,
      ...(services.temporalUiUrl ? [`  Dev server UI:    ${services.temporalUiUrl} (the CLI's own, no login)`] : []),
      ...(services.temporalMetricsUrl ? [`  Temporal metrics: ${services.temporalMetricsUrl}`] : []),
      `  Temporal address: ${services.env.TEMPORAL_ADDRESS}`,
      `  DATABASE_URL:     ${maskUrl(services.env.DATABASE_URL)}`,
      ...(process.env.NODE_ENV === 'production'
        ? []
        : [
            `  Demo logins:      ${path.relative(REPO, env.DEMO_CREDENTIALS_FILE)} (username → password, development only)`,
            `  Demo province:    ${seeded ? `${path.relative(REPO, path.join(DATA_DIR, 'demo-province.json'))} (its tips and cases)` : 'not seeded (see [seed] above)'}`,
          ]),
      '  Press Ctrl-C to stop.',
      '================================================================',
      '',
    ].join('\n'),
  );
}

main().catch((e) => shutdown(1, `error: ${e.message}`));
