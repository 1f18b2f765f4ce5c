import { gzipSync } from 'node:zlib';
import { upsertUsers } from '../../src/database/demo-users';
import { Role } from '../../src/domain/role';
import { HttpClient } from '../support/http-client';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';
import { idempotencyKey, tipBody } from '../support/tip-requests';
import { tipsBySummary } from '../support/tips-by-summary';

/** The API's edges (headers, CSRF, encodings) and the simple part of separation of duties, through real HTTP. */
describe('edges and separation of duties', () => {
  let system: TestSystem;
  let base: string;

  beforeAll(async () => {
    system = await startTestSystem();
    base = (system.http as any).baseUrl;
    await upsertUsers(system.db, [
      { username: 'admin-b', displayName: 'Second administrator', agencyCode: 'BCD_VPTT', roles: [Role.ADMIN], password: TEST_PASSWORD },
      { username: 'admin-c', displayName: 'Third administrator', agencyCode: 'BCD_VPTT', roles: [Role.ADMIN], password: TEST_PASSWORD },
    ]);
  });
  afterAll(() => system?.close());

  /** Signs in through the web route and returns the session cookie. */
  async function webSession(username: string): Promise<string> {
    const res = await fetch(`${base}/auth/web/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const line = res.headers.getSetCookie().find((c) => c.startsWith('at_session='))!;
    return line.split(';')[0];
  }

  it('sends strict security headers, no X-Powered-By, and no-store on personal data', async () => {
    const coordinator = await system.as('coordinator');
    const res = await fetch(`${base}/tips`, { headers: { authorization: `Bearer ${(coordinator as any).token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('refuses cross-origin and form-encoded cookie writes; same-origin JSON and bearer clients work', async () => {
    const cookie = await webSession('coordinator');
    const write = (headers: Record<string, string>, body: string) =>
      fetch(`${base}/tips`, { method: 'POST', headers: { cookie, 'idempotency-key': idempotencyKey(), ...headers }, body });
    const json = JSON.stringify(tipBody());

    const otherPort = await write({ 'content-type': 'application/json', origin: 'http://localhost:1', 'sec-fetch-site': 'same-site' }, json);
    expect(otherPort.status).toBe(403);
    expect(((await otherPort.json()) as any).code).toBe('FORBIDDEN');
    expect((await write({ 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, json)).status).toBe(403);
    const form = await write({ 'content-type': 'application/x-www-form-urlencoded', origin: base }, 'summary=x');
    expect(form.status).toBe(415);
    expect((await write({ 'content-type': 'text/plain', origin: base }, json)).status).toBe(415);
    expect(await tipsBySummary(system.db, 'x')).toHaveLength(0);

    const sameOrigin = await write({ 'content-type': 'application/json', origin: base, 'sec-fetch-site': 'same-origin' }, json);
    expect(sameOrigin.status).toBe(201);
    // A bearer token cannot be set by another site's page: such clients are not asked for an Origin.
    const coordinator = await system.as('coordinator');
    const bearer = await fetch(`${base}/tips`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${(coordinator as any).token}`,
        'content-type': 'application/json',
        origin: 'http://elsewhere.example',
        'idempotency-key': idempotencyKey(),
      },
      body: json,
    });
    expect(bearer.status).toBe(201);
  });

  it('answers 415 to a compressed or malformed Content-Encoding, even on /auth/login', async () => {
    const login = (encoding: string, body: Buffer | string) =>
      fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body });
    for (const res of [await login('gzip', 'not gzip at all'), await login('br', '{}'), await login('gzip', gzipSync('{"username":"x"}'))]) {
      expect(res.status).toBe(415);
      expect(((await res.json()) as any).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    expect((await login('identity', JSON.stringify({ username: 'coordinator', password: TEST_PASSWORD }))).status).toBe(200);
  });

  it('refuses an administrator changing its own roles, and never shows an administrator a tipster or a narrative', async () => {
    const admin = await system.as('admin');
    const [me] = await system.db.query(`SELECT id FROM users WHERE username = 'admin'`);
    const selfGrant = await admin.send('PATCH', `/users/${me.id}`, { roles: [Role.ADMIN, Role.COORDINATOR] });
    expect(selfGrant.status).toBe(403);
    expect(selfGrant.body.code).toBe('SELF_ROLE_CHANGE');
    expect((await system.db.query(`SELECT roles FROM users WHERE id = $1`, [me.id]))[0].roles).toEqual([Role.ADMIN]);
    // Other changes to one's own account are not role changes.
    expect((await admin.send('PATCH', `/users/${me.id}`, { displayName: 'Quản trị hệ thống' })).status).toBe(200);

    // Asked by a second administrator and approved by a third, COORDINATOR still does not open tipsters or narratives
    // to an administrator.
    const adminB = await system.as('admin-b' as never);
    const asked = await adminB.send('PATCH', `/users/${me.id}`, { roles: [Role.ADMIN, Role.COORDINATOR] });
    expect(asked.body).toMatchObject({ roles: [Role.ADMIN], pendingRoles: [Role.COORDINATOR] });
    const [grant] = (await adminB.get('/role-grants?status=PENDING')).body;
    expect((await adminB.post(`/role-grants/${grant.id}/approve`)).body.code).toBe('OWN_GRANT_APPROVAL');
    expect((await admin.post(`/role-grants/${grant.id}/approve`)).body.code).toBe('SELF_ROLE_CHANGE');
    expect((await (await system.as('admin-c' as never)).post(`/role-grants/${grant.id}/approve`)).status).toBe(200);
    const coordinator = await system.as('coordinator');
    const tip = (
      await coordinator.post('/tips', tipBody({ summary: 'NARRATIVE-CANARY-41', tipsterContact: { name: 'Người báo tin', phone: '0900000041' } }), {
        'Idempotency-Key': idempotencyKey(),
      })
    ).body;
    const both: HttpClient = await system.as('admin');
    expect((await both.get(`/tips/${tip.reference}/tipster`)).status).toBe(403);
    const read = await both.get(`/tips/${tip.reference}`);
    expect([403, 404]).toContain(read.status);
    const list = await both.get('/tips');
    expect(JSON.stringify(list.body)).not.toContain('NARRATIVE-CANARY-41');
    expect(JSON.stringify(list.body)).not.toContain('0900000041');
    // Narratives leave only with a stated reason, which the audit row keeps.
    const withoutReason = await coordinator.get('/statistics/export.csv');
    expect(withoutReason.status).toBe(200);
    expect(String(withoutReason.body)).not.toContain('NARRATIVE-CANARY-41');
    expect(String(withoutReason.body)).not.toContain('Nội dung tóm tắt');
    expect((await coordinator.get('/statistics/export.csv?reason=short')).status).toBe(400);
    const reason = 'Báo cáo chuyên đề gửi Ban Chỉ đạo';
    const coordinatorExport = await coordinator.get(`/statistics/export.csv?reason=${encodeURIComponent(reason)}`);
    expect(coordinatorExport.status).toBe(200);
    expect(String(coordinatorExport.body)).toContain('NARRATIVE-CANARY-41');
    const [audited] = await system.db.query(`SELECT detail FROM audit_log WHERE action = 'STATISTICS_EXPORTED' ORDER BY sequence DESC LIMIT 1`);
    expect(audited.detail).toMatchObject({ narratives: true, reason });
    const adminExport = await both.get(`/statistics/export.csv?reason=${encodeURIComponent(reason)}`);
    expect(adminExport.status).toBe(200);
    expect(String(adminExport.body)).not.toContain('NARRATIVE-CANARY-41');
  });
});
