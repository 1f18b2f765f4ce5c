import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { upsertUsers } from '../../src/database/demo-users';
import { Role } from '../../src/domain/role';
import { tipWorkflowId } from '../../src/modules/tips/tip-workflow-id';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';
import { idempotencyKey, tipBody } from '../support/tip-requests';

const run = promisify(execFile);
const SUMMARY = 'Codec probe: a girl of 16 held in a karaoke bar near the border gate';

/**
 * The API's remote codec for the Temporal Web UI and CLI, driven by the real `temporal` CLI against the real engine:
 * a coordinator's token opens the sealed history, other roles get 403 and the CLI shows only ciphertext, every use
 * and every refusal leaves an audit row.
 */
describe('the codec endpoint: Temporal payloads in clear for coordinators only, audited', () => {
  let system: TestSystem;
  let workflowId: string;
  let tipId: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    system = await startTestSystem();
    await upsertUsers(system.db, [
      {
        username: 'coordinator-admin',
        displayName: 'Coordinator who administers',
        agencyCode: 'BCD_VPTT',
        roles: [Role.COORDINATOR, Role.ADMIN],
        password: TEST_PASSWORD,
      },
    ]);
    for (const username of ['coordinator', 'admin', 'leadership', 'officer', 'coordinator-admin']) {
      const login = await system.http.post('/auth/login', { username, password: TEST_PASSWORD });
      expect(login.status).toBe(200);
      tokens[username] = login.body.accessToken;
    }
    const coordinator = system.http.as(tokens.coordinator);
    const tip = await coordinator.post('/tips', tipBody({ summary: SUMMARY }), { 'Idempotency-Key': idempotencyKey() });
    expect(tip.status).toBe(201);
    workflowId = tipWorkflowId(tip.body.reference);
    tipId = tip.body.id;
  }, 180_000);
  afterAll(() => system?.close());

  const codecEndpoint = () => `${system.http.baseUrl}/temporal/codec`;

  /** `temporal workflow show` as an operator runs it; stdout and stderr together, and whether it succeeded. */
  async function show(codecAuth?: string, format: string[] = ['--detailed']): Promise<{ ok: boolean; output: string }> {
    const args = ['workflow', 'show', '--workflow-id', workflowId, '--address', process.env.TEMPORAL_ADDRESS!, '--namespace', 'default', ...format];
    if (codecAuth !== undefined) args.push('--codec-endpoint', codecEndpoint(), '--codec-auth', codecAuth);
    try {
      const { stdout, stderr } = await run(process.env.TEMPORAL_CLI_PATH!, args, { maxBuffer: 16 * 1024 * 1024 });
      return { ok: true, output: stdout + stderr };
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
    }
  }

  const auditRows = (action: string) =>
    system.db.query(`SELECT actor_id, subject_type, subject_id, detail FROM audit_log WHERE action = $1 ORDER BY sequence`, [action]);
  const userId = async (username: string) => (await system.db.query(`SELECT id FROM users WHERE username = $1`, [username]))[0].id as string;

  it('without the codec the CLI shows ciphertext; with a coordinator’s token it shows the tip, and the use is audited', async () => {
    // The history is written by the time the start returns; the first task may follow a moment later.
    const plain = await eventually(async () => {
      const r = await show();
      return r.ok && r.output.includes('WorkflowExecutionStarted') ? r : undefined;
    }, 'the tip’s history');
    expect(plain.output).not.toContain(tipId);
    expect(plain.output).not.toContain(SUMMARY);
    expect(plain.output).toContain(`metadata.encoding: ${Buffer.from('binary/encrypted').toString('base64')}`);

    const decoded = await show(`Bearer ${tokens.coordinator}`);
    expect(decoded.ok).toBe(true);
    // The start's input, opened: its binding and the tip it is about (the narrative itself stays in PostgreSQL).
    expect(decoded.output).toContain(`input[0].__boundMessage.workflowId: ${workflowId}`);
    expect(decoded.output).toContain(`input[0].args[0].tipId: ${tipId}`);
    expect(decoded.output).not.toContain(Buffer.from('binary/encrypted').toString('base64'));

    const rows = await auditRows('TEMPORAL_PAYLOADS_DECODED');
    expect(rows.length).toBeGreaterThan(0);
    const coordinatorId = await userId('coordinator');
    expect(rows.every((r: { actor_id: string }) => r.actor_id === coordinatorId)).toBe(true);
    expect(
      rows.every((r: { subject_type: string; subject_id: string }) => r.subject_type === 'TEMPORAL_NAMESPACE' && r.subject_id === 'default'),
    ).toBe(true);
    const opened = rows.reduce((n: number, r: { detail: { opened: number } }) => n + r.detail.opened, 0);
    expect(opened).toBeGreaterThan(0);
    expect(rows.flatMap((r: { detail: { workflowIds: string[] } }) => r.detail.workflowIds)).toContain(workflowId);
    expect(JSON.stringify(rows)).not.toContain(SUMMARY);
  });

  it.each(['admin', 'leadership', 'officer', 'coordinator-admin'])(
    'refuses %s: 403, the CLI shows no plaintext, the refusal is audited',
    async (username) => {
      const before = (await auditRows('ACCESS_REFUSED')).length;
      const decodedBefore = (await auditRows('TEMPORAL_PAYLOADS_DECODED')).length;
      const direct = await system.http.as(tokens[username]).post('/temporal/codec/decode', { payloads: [] }, { 'X-Namespace': 'default' });
      expect(direct.status).toBe(403);
      // The CLI retries a failing codec until its deadline, then stops without printing the history.
      const { ok, output } = await show(`Bearer ${tokens[username]}`);
      expect(ok).toBe(false);
      expect(output).toMatch(/displaying history failed/);
      expect(output).not.toContain(tipId);

      const refusals = await auditRows('ACCESS_REFUSED');
      const mine = refusals.slice(before);
      expect(mine.length).toBeGreaterThan(1);
      expect(mine[0]).toMatchObject({ actor_id: await userId(username), subject_id: 'POST /temporal/codec/decode', detail: { code: 'FORBIDDEN' } });
      expect((await auditRows('TEMPORAL_PAYLOADS_DECODED')).length).toBe(decodedBefore);
    },
  );

  it('answers the protocol directly: decode for a coordinator, 401 without a token, encode refused to all, another namespace refused', async () => {
    const coordinator = system.http.as(tokens.coordinator);
    const sealed = await eventually(async () => {
      const r = await show(undefined, ['-o', 'json']);
      const match = /"data":\s*"([^"]{40,})"/.exec(r.output);
      return match?.[1];
    }, 'a sealed payload in the history');
    const body = {
      payloads: [
        {
          metadata: {
            encoding: Buffer.from('binary/encrypted').toString('base64'),
            'encryption-key-id': Buffer.from('data-key-v1').toString('base64'),
          },
          data: sealed,
        },
      ],
    };
    // The CLI prints JSON payloads in its shorthand; ask the raw protocol for the one sealed payload it showed.
    const answer = await coordinator.post('/temporal/codec/decode', body, { 'X-Namespace': 'default' });
    expect(answer.status).toBe(200);
    const [inner] = answer.body.payloads;
    expect(Buffer.from(inner.metadata.encoding, 'base64').toString()).toBe('json/plain');

    const plaintext = {
      payloads: [{ metadata: { encoding: Buffer.from('json/plain').toString('base64') }, data: Buffer.from('"x"').toString('base64') }],
    };
    const passed = await coordinator.post('/temporal/codec/decode', plaintext);
    expect(passed.body).toEqual(plaintext);

    expect((await new HttpClient(system.http.baseUrl).post('/temporal/codec/decode', plaintext)).status).toBe(401);
    const encode = await coordinator.post('/temporal/codec/encode', plaintext);
    expect(encode.status).toBe(403);
    expect(encode.body.message).toMatch(/sealed by the API and the worker only/);
    const other = await coordinator.post('/temporal/codec/decode', plaintext, { 'X-Namespace': 'someone-else' });
    expect(other.status).toBe(400);
    expect(other.body.message).toMatch(/namespace default only/);
    const malformed = await coordinator.post('/temporal/codec/decode', { payloads: [{ data: '%%%' }] });
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toMatch(/payloads\[0\]\.data: expected base64/);
  });

  it('answers CORS for the Web UI origin listed in TEMPORAL_CODEC_CORS_ORIGINS, and for no other', async () => {
    const ui = 'http://127.0.0.1:8080';
    process.env.TEMPORAL_CODEC_CORS_ORIGINS = ui;
    try {
      const preflight = (origin: string) =>
        fetch(`${codecEndpoint()}/decode`, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-namespace' },
        });
      const allowed = await preflight(ui);
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(ui);
      expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/X-Namespace/);
      expect((await preflight('https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();

      // The browser's own post, with the coordinator's session cookie instead of a bearer token.
      const cookieLogin = await fetch(`${system.http.baseUrl}/auth/web/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'coordinator', password: TEST_PASSWORD }),
      });
      const cookies = cookieLogin.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const post = (origin: string) =>
        fetch(`${codecEndpoint()}/decode`, {
          method: 'POST',
          headers: { origin, 'sec-fetch-site': 'same-site', cookie: cookies, 'content-type': 'application/json', 'x-namespace': 'default' },
          body: JSON.stringify({ payloads: [] }),
        });
      const fromUi = await post(ui);
      expect(fromUi.status).toBe(200);
      expect(fromUi.headers.get('access-control-allow-origin')).toBe(ui);
      expect((await post('https://elsewhere.example')).status).toBe(403);
    } finally {
      delete process.env.TEMPORAL_CODEC_CORS_ORIGINS;
    }
  });
});
