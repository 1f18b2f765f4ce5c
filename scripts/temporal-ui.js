'use strict';
// The Temporal Web UI server (built by scripts/temporal-ui.sh) on loopback, served to people only through the API's
// /temporal-ui/ behind its login (src/modules/temporal-ui/). Read-only: the UI server refuses every write
// (disableWriteActions), and so does the API's proxy. Plain CommonJS so `npm start` and the tests share it.
//
//   const { startTemporalUi } = require('./scripts/temporal-ui');
//   const ui = await startTemporalUi({ dataDir, temporalAddress, namespace, port });  // -> { url, child, stop }
//   // then the API runs with TEMPORAL_UI_UPSTREAM=ui.url

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const { httpAnswers } = require('./http-answers');
const path = require('node:path');

/** Where the API serves the UI; the UI server is told so it names its pages and calls under it. */
const PUBLIC_PATH = '/temporal-ui';
/** The API's codec endpoint (`POST /temporal/codec/decode`): the browser sends it the sealed payloads it shows. */
const CODEC_ENDPOINT = '/temporal/codec';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The UI server's path, building it the first time (progress on our stderr). */
function temporalUiBinary() {
  return new Promise((resolve, reject) => {
    const c = spawn('bash', [path.join(__dirname, 'temporal-ui.sh')], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    c.once('error', reject);
    c.once('exit', (code) => {
      const binary = out.trim().split('\n').pop();
      if (code === 0 && binary) resolve(binary);
      else reject(new Error('could not obtain the Temporal UI server (scripts/temporal-ui.sh failed, see above)'));
    });
  });
}

/**
 * The UI server's configuration (its YAML; JSON is YAML). Every action that writes is off: the UI answers 405 to
 * anything but reads and workflow queries. Loopback only; no news or feedback links to the outside.
 */
function temporalUiConfig({ temporalAddress, namespace, port, host = '127.0.0.1', allowOrigins = [] }) {
  return {
    temporalGrpcAddress: temporalAddress,
    host,
    port,
    publicPath: PUBLIC_PATH,
    enableUi: true,
    defaultNamespace: namespace,
    disableNewsFetch: true,
    feedbackUrl: '',
    hideLogs: true,
    disableWriteActions: true,
    workflowTerminateDisabled: true,
    workflowCancelDisabled: true,
    workflowSignalDisabled: true,
    workflowUpdateDisabled: true,
    workflowResetDisabled: true,
    workflowPauseDisabled: true,
    batchActionsDisabled: true,
    startWorkflowDisabled: true,
    activityCommandsDisabled: true,
    // Its CSRF cookie on plain HTTP too: the browser reaches it through the API, which may sit behind TLS or not.
    cors: { allowOrigins, cookieInsecure: true },
    codec: { endpoint: CODEC_ENDPOINT, passAccessToken: false, includeCredentials: false },
    auth: { enabled: false },
  };
}

/**
 * Starts the UI server with a config written to `<dataDir>/temporal-ui/`, and resolves once it answers.
 * `url` is what the API's TEMPORAL_UI_UPSTREAM takes.
 */
async function startTemporalUi({ dataDir, temporalAddress, namespace = 'default', port = 8234, allowOrigins, binary, log = () => {}, onExit }) {
  const server = binary ?? (await temporalUiBinary());
  const root = path.join(dataDir, 'temporal-ui');
  fs.mkdirSync(path.join(root, 'config'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'config', 'anti-trafficking.yaml'),
    JSON.stringify(temporalUiConfig({ temporalAddress, namespace, port, allowOrigins }), null, 2),
  );
  const child = spawn(server, ['--root', root, '--config', 'config', '--env', 'anti-trafficking', 'start'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise((r) => child.once('exit', (code, signal) => r(code ?? signal)));
  exited.then((code) => onExit?.(code));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (!(await httpAnswers(`${url}/healthz`))) {
    if (child.exitCode !== null || child.signalCode)
      throw new Error(`the Temporal UI server exited (${child.exitCode ?? child.signalCode}): ${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the Temporal UI server did not answer on ${url} within 30 s: ${stderr}`);
    }
    await sleep(200);
  }
  log(`Temporal UI server on ${url}${PUBLIC_PATH} (loopback, read-only), for ${temporalAddress} namespace ${namespace}`);
  return {
    url,
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

module.exports = { startTemporalUi, temporalUiBinary, temporalUiConfig, PUBLIC_PATH, CODEC_ENDPOINT };
