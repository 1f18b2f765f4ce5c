import { Connection, type TLSConfig } from '@temporalio/client';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { temporalServerPort } from '../support/temporal-server-port';
import { idempotencyKey, tipBody } from '../support/tip-requests';

// Plain CommonJS shared with `npm start` and the operators' commands.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startTemporalServer, serverTlsFiles } = require('../../scripts/temporal-server');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createTemporalCertificates } = require('../../scripts/temporal-certs');

const run = promisify(execFile);
const root = join(__dirname, '../..');
/** The real `temporal` CLI (Go's TLS, as an operator's): the refusals are read from what it prints. */
const temporalCli = () =>
  process.env.TEMPORAL_CLI_PATH ??
  execFileSync('bash', [join(root, 'scripts/temporal-binary.sh')])
    .toString()
    .trim();

const TLS_SETTINGS = ['TEMPORAL_ADDRESS', 'TEMPORAL_TLS_CA_PATH', 'TEMPORAL_TLS_CERT_PATH', 'TEMPORAL_TLS_KEY_PATH', 'TEMPORAL_TLS_SERVER_NAME'];

/**
 * The production engine with mutual TLS (scripts/temporal-certs.js + scripts/temporal-server.js): a second Temporal
 * server on the test PostgreSQL, its own databases, requiring client certificates on the frontend and between its
 * own services. Clients without a certificate, or with one from another CA, are refused at the handshake; the API
 * and the worker with theirs register a tip and see its first task.
 */
describe('the Temporal server with mutual TLS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'temporal-mtls-'));
  const saved = Object.fromEntries(TLS_SETTINGS.map((name) => [name, process.env[name]]));
  let certs: { ca: string; caBundle: string; server: { cert: string; key: string }; clients: Record<string, { cert: string; key: string }> };
  let rogue: typeof certs;
  let server: { address: string; stop(): Promise<void> };
  let system: TestSystem | undefined;

  beforeAll(async () => {
    certs = createTemporalCertificates({ out: join(dir, 'certs') });
    rogue = createTemporalCertificates({ out: join(dir, 'rogue') });
    server = await startTemporalServer({
      dataDir: join(dir, 'data'),
      postgresUrl: process.env.TEST_PG_ADMIN_URL,
      port: await temporalServerPort(),
      databases: { main: 'temporal_mtls', visibility: 'temporal_mtls_visibility' },
      tls: serverTlsFiles(join(dir, 'certs')),
      log: (m: string) => console.log(`[temporal mTLS] ${m}`),
    });
  }, 240_000);
  afterAll(async () => {
    await system?.close();
    await server?.stop();
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    rmSync(dir, { recursive: true, force: true });
  });

  /** What the server answers a client that connects with these TLS options and asks for the system's info. */
  async function attempt(tls: TLSConfig | undefined): Promise<string> {
    try {
      const connection = await Connection.connect({ address: server.address, tls, connectTimeout: 10_000 });
      try {
        await connection.workflowService.getSystemInfo({});
        return 'accepted';
      } finally {
        await connection.close();
      }
    } catch (error) {
      return String((error as Error).message);
    }
  }

  /** `temporal operator cluster health` with these TLS flags: what it printed, and whether it succeeded. */
  async function health(flags: string[]): Promise<{ ok: boolean; output: string }> {
    try {
      const { stdout, stderr } = await run(temporalCli(), [
        'operator',
        'cluster',
        'health',
        '--address',
        server.address,
        '--command-timeout',
        '10s',
        ...flags,
      ]);
      return { ok: true, output: stdout + stderr };
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
    }
  }
  const trust = (caBundle: string) => ['--tls-ca-path', caBundle, '--tls-server-name', 'temporal'];
  const present = (pair: { cert: string; key: string }) => ['--tls-cert-path', pair.cert, '--tls-key-path', pair.key];

  // The server refuses with a TLS alert and closes the socket. A client that writes or reads before the alert arrives
  // sees the closed socket instead: its end (EOF), a reset or a failed write. Either way no gRPC call got through.
  const CLOSED_SOCKET = String.raw`error reading server preface: (EOF|read tcp \S+: read: connection reset by peer)|write: (broken pipe|connection reset by peer)`;
  const refusedWith = (alert: string) => new RegExp(`error reading server preface: remote error: tls: ${alert}|${CLOSED_SOCKET}`);

  it('refuses a client without a certificate, and a plaintext one', async () => {
    const withoutCertificate = await health(trust(certs.caBundle));
    console.log(`no client certificate (CLI): ${withoutCertificate.output}`);
    expect(withoutCertificate.ok).toBe(false);
    // TLS 1.3: the server judges the client's certificate after the client has sent its last handshake message.
    expect(withoutCertificate.output).toMatch(refusedWith('certificate required'));
    // The API's own client (grpc-js) is refused the same way.
    const node = await attempt({ serverNameOverride: 'temporal', serverRootCACertificate: readFileSync(certs.caBundle) });
    console.log(`no client certificate (Node client): ${node}`);
    expect(node).not.toBe('accepted');
    const plaintext = await health([]);
    console.log(`plaintext (CLI): ${plaintext.output}`);
    expect(plaintext.ok).toBe(false);
    // The server drops a connection that does not start a TLS handshake.
    expect(plaintext.output).toMatch(new RegExp(CLOSED_SOCKET));
  });

  it('refuses a client whose certificate another CA signed', async () => {
    const foreign = await health([...trust(certs.caBundle), ...present(rogue.clients.api)]);
    console.log(`certificate of another CA (CLI): ${foreign.output}`);
    expect(foreign.ok).toBe(false);
    expect(foreign.output).toMatch(refusedWith('unknown certificate authority'));
  });

  it('refuses to talk to a server whose certificate another CA signed (the client checks the server too)', async () => {
    const impostor = await health([...trust(rogue.caBundle), ...present(certs.clients.api)]);
    console.log(`server of another CA (CLI): ${impostor.output}`);
    expect(impostor.ok).toBe(false);
    expect(impostor.output).toMatch(/tls: failed to verify certificate: x509: certificate signed by unknown authority/);
    expect((await health([...trust(certs.caBundle), ...present(certs.clients.api)])).output).toMatch(/SERVING/);
  });

  it('the API and the worker, each with its certificate, register a tip and see its first task', async () => {
    expect(
      await attempt({
        serverNameOverride: 'temporal',
        serverRootCACertificate: readFileSync(certs.caBundle),
        clientCertPair: { crt: readFileSync(certs.clients.api.cert), key: readFileSync(certs.clients.api.key) },
      }),
    ).toBe('accepted');
    const use = (client: { cert: string; key: string }) =>
      Object.assign(process.env, {
        TEMPORAL_ADDRESS: server.address,
        TEMPORAL_TLS_CA_PATH: certs.caBundle,
        TEMPORAL_TLS_CERT_PATH: client.cert,
        TEMPORAL_TLS_KEY_PATH: client.key,
        TEMPORAL_TLS_SERVER_NAME: 'temporal',
      });
    // The API's client reads its settings when the API starts, the worker's when the worker starts.
    use(certs.clients.api);
    system = await startTestSystem({ worker: false });
    use(certs.clients.worker);
    await system.startWorker();

    const coordinator = await system.as('coordinator');
    const tip = await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() });
    expect(tip.status).toBe(201);
    const task = await openTask(coordinator, tip.body.processId, TipStepType.VERIFY, 60_000);
    expect(task.stepType).toBe(TipStepType.VERIFY);
  });
});
