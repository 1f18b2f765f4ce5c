import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { upsertUsers } from '../../src/database/demo-users';
import { Role } from '../../src/domain/role';
import { eventually } from '../support/eventually';
import { freePort } from '../support/free-port';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';
import { idempotencyKey, tipBody } from '../support/tip-requests';

// Plain CommonJS shared with `npm start`: builds (once) and starts the real Temporal UI server.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startTemporalUi } = require('../../scripts/temporal-ui');

const namespace = process.env.TEMPORAL_NAMESPACE ?? 'default';

/**
 * The Temporal Web UI behind the API's login: the real UI server (built from deploy/temporal-ui) on loopback against
 * the test Temporal server, reached only through the API's /temporal-ui/ with a web session's cookie.
 */
describe('the Temporal Web UI behind the API login', () => {
  let system: TestSystem;
  let ui: { url: string; stop(): Promise<void> };
  let base: string;
  let dataDir: string;
  let processId: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'temporal-ui-'));
    ui = await startTemporalUi({ dataDir, temporalAddress: process.env.TEMPORAL_ADDRESS, namespace, port: await freePort() });
    process.env.TEMPORAL_UI_UPSTREAM = ui.url;
    system = await startTestSystem();
    base = system.http.baseUrl;
    await upsertUsers(system.db, [
      { username: 'auditor', displayName: 'Kiểm toán viên', agencyCode: 'BCD_VPTT', roles: [Role.AUDITOR], password: TEST_PASSWORD },
    ]);
    const coordinator = await system.as('coordinator');
    const tip = await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() });
    expect(tip.status).toBe(201);
    processId = tip.body.processId;
  }, 600_000); // the first run builds the UI server (minutes); later runs reuse .tools/bin
  afterAll(async () => {
    await system?.close();
    await ui?.stop();
    delete process.env.TEMPORAL_UI_UPSTREAM;
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A browser's session: the at_session cookie that POST /auth/web/login sets. */
  async function sessionOf(username: string): Promise<string> {
    const login = await fetch(`${base}/auth/web/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: TEST_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().find((line) => line.startsWith('at_session='));
    return cookie!.split(';')[0];
  }
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers, redirect: 'manual' });
  const workflowsPath = (query: string) => `/temporal-ui/api/v1/namespaces/${namespace}/workflows?query=${encodeURIComponent(query)}`;
  const auditRows = (action: string, subjectId: string) =>
    system.db.query(`SELECT actor_id, detail FROM audit_log WHERE action = $1 AND subject_id = $2`, [action, subjectId]);

  it('sends an anonymous browser to sign in and answers 401 to a script, also for an ended session', async () => {
    const page = await get('/temporal-ui/', { accept: 'text/html', 'sec-fetch-mode': 'navigate' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/');

    const call = await get(workflowsPath(''));
    expect(call.status).toBe(401);
    expect(await call.json()).toMatchObject({ code: 'UNAUTHENTICATED' });

    const session = await sessionOf('admin');
    const logout = await fetch(`${base}/auth/web/logout`, { method: 'POST', headers: { cookie: session } });
    expect(logout.status).toBe(204);
    expect((await get('/temporal-ui/', { cookie: session })).status).toBe(401);
    expect((await get('/temporal-ui/', { cookie: 'at_session=not-a-token' })).status).toBe(401);
  });

  it('refuses roles other than administrator, auditor and coordinator with 403, and audits the refusal', async () => {
    for (const username of ['officer', 'leadership']) {
      const session = await sessionOf(username);
      const refused = await get('/temporal-ui/', { cookie: session });
      expect([username, refused.status]).toEqual([username, 403]);
      expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('ADMIN, AUDITOR, COORDINATOR') });
      expect((await get(workflowsPath(''), { cookie: session })).status).toBe(403);
    }
    expect((await get('/temporal-ui/', { cookie: await sessionOf('coordinator'), accept: 'text/html' })).status).toBe(200);
    const [{ id: officerId }] = await system.db.query(`SELECT id FROM users WHERE username = 'officer'`);
    const [{ count }] = await system.db.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'ACCESS_REFUSED' AND actor_id = $1 AND subject_id = 'GET /temporal-ui/'`,
      [officerId],
    );
    expect(count).toBe(1);
  });

  it("gives an administrator the UI's page and, through its API, the registered tip's workflow; one audit row per session", async () => {
    const session = await sessionOf('admin');
    const page = await get('/temporal-ui/', { cookie: session, accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('"/temporal-ui/_app/immutable/');
    // The inline start-up script is allowed by its hash, and nothing else inline.
    const [, boot] = /<script>([\s\S]*?)<\/script>/.exec(html)!;
    const policy = page.headers.get('content-security-policy')!;
    expect(policy).toContain(`script-src 'self' 'sha256-${createHash('sha256').update(boot).digest('base64')}'`);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('set-cookie')).toMatch(/^_csrf=\w+; Path=\/temporal-ui;/);

    const script = /"(\/temporal-ui\/_app\/immutable\/entry\/start\.[^"]+\.js)"/.exec(html)![1];
    const asset = await get(script, { cookie: session });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect((await get(script)).status).toBe(401);

    const listed = await eventually(async () => {
      const res = await get(workflowsPath(`WorkflowId = "${processId}"`), { cookie: session });
      expect(res.status).toBe(200);
      const body: any = await res.json();
      return body.executions?.length ? body.executions : undefined;
    }, `${processId} listed through the UI`);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ execution: { workflowId: processId }, type: { name: 'tipVerificationWorkflow' } });

    const settings = await get('/temporal-ui/api/v1/settings', { cookie: session });
    expect(await settings.json()).toMatchObject({ DefaultNamespace: namespace, DisableWriteActions: true, Codec: { Endpoint: '/temporal/codec' } });

    const [{ id: adminId }] = await system.db.query(`SELECT id FROM users WHERE username = 'admin'`);
    const [{ id: sessionId }] = await system.db.query(
      `SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`,
      [adminId],
    );
    const rows = await auditRows('TEMPORAL_UI_OPENED', sessionId);
    expect(rows).toEqual([{ actor_id: adminId, detail: { roles: ['ADMIN'], path: '/temporal-ui/' } }]);
  });

  it('lets an auditor read too', async () => {
    const session = await sessionOf('auditor');
    const res = await eventually(async () => {
      const answer = await get(workflowsPath(`WorkflowId = "${processId}"`), { cookie: session });
      const body: any = await answer.json();
      return body.executions?.length ? body : undefined;
    }, 'the workflow, as the auditor');
    expect(res.executions[0].execution.workflowId).toBe(processId);
  });

  it('refuses a terminate: at the proxy (audited), and at the UI server itself, which runs read-only', async () => {
    const session = await sessionOf('admin');
    const page = await get('/temporal-ui/', { cookie: session });
    const csrf = /_csrf=(\w+)/.exec(page.headers.get('set-cookie')!)![1];
    const terminatePath = `/temporal-ui/api/v1/namespaces/${namespace}/workflows/${processId}/terminate`;
    const body = JSON.stringify({ reason: 'from the UI' });
    const headers = { cookie: `${session}; _csrf=${csrf}`, 'x-csrf-token': csrf, 'content-type': 'application/json' };

    const viaApi = await fetch(`${base}${terminatePath}`, { method: 'POST', headers, body });
    expect(viaApi.status).toBe(403);
    expect(await viaApi.json()).toMatchObject({ code: 'TEMPORAL_UI_READ_ONLY' });
    expect(await auditRows('ACCESS_REFUSED', `POST ${terminatePath}`)).toEqual([
      { actor_id: expect.any(String), detail: { code: 'TEMPORAL_UI_READ_ONLY' } },
    ]);

    // Past the proxy, on loopback, with the UI's own CSRF token: the UI server's read-only mode answers 405.
    const direct = await fetch(`${ui.url}${terminatePath}`, { method: 'POST', headers: { ...headers, cookie: `_csrf=${csrf}` }, body });
    expect(direct.status).toBe(405);

    const described = await get(`/temporal-ui/api/v1/namespaces/${namespace}/workflows/${processId}`, { cookie: session });
    expect(described.status).toBe(200);
    expect(((await described.json()) as any).workflowExecutionInfo.status).toBe('WORKFLOW_EXECUTION_STATUS_RUNNING');
  });

  it('answers 502 while the UI server is down, and 404 where none is configured', async () => {
    const session = await sessionOf('admin');
    await ui.stop();
    const down = await get('/temporal-ui/', { cookie: session });
    expect(down.status).toBe(502);
    expect(await down.json()).toMatchObject({ code: 'TEMPORAL_UI_UNAVAILABLE' });
    delete process.env.TEMPORAL_UI_UPSTREAM;
    const none = await get('/temporal-ui/', { cookie: session });
    expect(none.status).toBe(404);
    expect(await none.json()).toMatchObject({ code: 'TEMPORAL_UI_NOT_CONFIGURED' });
  });
});
