import { upsertUsers } from '../../src/database/demo-users';
import { createFirstAdmin } from '../../src/database/first-admin';
import { Role } from '../../src/domain/role';
import { RescueStepType } from '../../src/domain/rescue/rescue-step-type';
import { HttpClient } from '../support/http-client';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';

/** Administration through the API, and sessions that end when an administrator or the user says so. */
describe('users, agencies and sessions', () => {
  let system: TestSystem;
  let admin: HttpClient;
  let coordinator: HttpClient;

  beforeAll(async () => {
    system = await startTestSystem();
    [admin, coordinator] = await Promise.all([system.as('admin'), system.as('coordinator')]);
  });
  afterAll(() => system?.close());

  const login = (username: string, password: string) => system.http.post('/auth/login', { username, password });

  async function createUser(body: Record<string, unknown>): Promise<{ id: string; temporaryPassword: string }> {
    const res = await admin.post('/users', body);
    expect(res.status).toBe(201);
    return res.body;
  }

  /** Logs in, replaces the temporary password, and returns a client with a live token. */
  async function activated(username: string, temporaryPassword: string, password = `${username} has a long password`) {
    const first = await login(username, temporaryPassword);
    expect(first.status).toBe(200);
    const client = system.http.as(first.body.accessToken);
    expect((await client.post('/auth/change-password', { currentPassword: temporaryPassword, newPassword: password })).status).toBe(204);
    return { client, password, tokens: first.body };
  }

  it('an administrator creates a border guard officer who must change the temporary password, then works a rescue task', async () => {
    const created = await createUser({ username: 'bdbp-officer-1', displayName: 'Trần Văn B', agencyCode: 'BDBP_TINH', roles: ['OFFICER'] });
    expect(created).toMatchObject({
      username: 'bdbp-officer-1',
      agencyCode: 'BDBP_TINH',
      roles: ['OFFICER'],
      active: true,
      mustChangePassword: true,
    });
    expect(created.temporaryPassword.length).toBeGreaterThanOrEqual(12);
    expect(JSON.stringify((await admin.get(`/users/${created.id}`)).body)).not.toContain(created.temporaryPassword);
    expect(JSON.stringify((await admin.get(`/users/${created.id}`)).body)).not.toMatch(/scrypt/);

    const first = await login('bdbp-officer-1', created.temporaryPassword);
    expect(first.status).toBe(200);
    expect(first.body.mustChangePassword).toBe(true);
    const officer = system.http.as(first.body.accessToken);
    const blocked = await officer.get('/tasks');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const me = await officer.get('/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: 'bdbp-officer-1', mustChangePassword: true, roles: ['OFFICER'], agency: { code: 'BDBP_TINH' } });
    expect(me.body.agency.nameVi).toMatch(/Biên phòng/);
    expect(me.body.permissions).toEqual(expect.arrayContaining(['tasks:claim', 'tasks:complete']));
    expect(me.body.permissions).not.toContain('users:manage');

    const short = await officer.post('/auth/change-password', { currentPassword: created.temporaryPassword, newPassword: 'too short' });
    expect(short.status).toBe(400);
    expect(short.body.message).toMatch(/12 characters/);
    const asName = await officer.post('/auth/change-password', { currentPassword: created.temporaryPassword, newPassword: 'BDBP-OFFICER-1' });
    expect(asName.status).toBe(400);
    const wrong = await officer.post('/auth/change-password', { currentPassword: 'not the password', newPassword: 'a brand new passphrase' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toMatch(/currentPassword/);
    const changed = await officer.post('/auth/change-password', {
      currentPassword: created.temporaryPassword,
      newPassword: 'a brand new passphrase',
    });
    expect(changed.status).toBe(204);
    expect((await officer.get('/me')).body.mustChangePassword).toBe(false);
    expect((await login('bdbp-officer-1', created.temporaryPassword)).status).toBe(401);

    // A coordinator opens a case and a rescue in a border area; the new officer claims and completes the border guard's plan.
    const ref = (await coordinator.post('/cases', {})).body.reference;
    const rescue = await coordinator.post(`/cases/${ref}/processes`, { kind: 'RESCUE', victimAbroad: false, borderArea: true });
    expect(rescue.status).toBe(201);
    const plan = await openTask(officer, rescue.body.processId, RescueStepType.PLAN);
    expect(plan.agencyCode).toBe('BDBP_TINH');
    const claimed = await officer.post(`/tasks/${plan.id}/claim`);
    expect(claimed.status).toBe(200);
    expect(claimed.body.assigneeId).toBe(created.id);
    const done = await officer.post(`/tasks/${plan.id}/complete`, {
      outcome: { planNumber: '08/KH-BĐBP', plannedStartAt: new Date().toISOString() },
    });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('COMPLETED');
  });

  it('deactivation revokes a live token at once, and the account cannot log in until reactivated', async () => {
    const created = await createUser({ username: 'to-deactivate', displayName: 'Leaving officer', agencyCode: 'SO_Y_TE', roles: ['OFFICER'] });
    const { client, password, tokens } = await activated('to-deactivate', created.temporaryPassword);
    expect((await client.get('/tasks')).status).toBe(200);

    expect((await admin.post(`/users/${created.id}/deactivate`)).body.active).toBe(false);
    const after = await client.get('/tasks');
    expect(after.status).toBe(401);
    expect((await system.http.post('/auth/refresh', { refreshToken: tokens.refreshToken })).status).toBe(401);
    const refused = await login('to-deactivate', password);
    expect(refused.status).toBe(401);
    expect(refused.body.message).toBe('Wrong username or password');

    expect((await admin.post(`/users/${created.id}/reactivate`)).body.active).toBe(true);
    expect((await login('to-deactivate', password)).status).toBe(200);
    expect((await client.get('/tasks')).status).toBe(401);
  });

  it('a role or agency change takes effect on the next request of a live token', async () => {
    const created = await createUser({ username: 'promoted', displayName: 'Officer to head', agencyCode: 'SO_Y_TE', roles: ['OFFICER'] });
    const { client } = await activated('promoted', created.temporaryPassword);
    expect((await client.get('/escalations')).status).toBe(403);

    const patched = await admin.send('PATCH', `/users/${created.id}`, { roles: ['AGENCY_HEAD'], agencyCode: 'VKS_TINH' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ roles: ['AGENCY_HEAD'], agencyCode: 'VKS_TINH' });
    expect((await client.get('/escalations')).status).toBe(200);
    expect((await client.get('/me')).body).toMatchObject({ roles: ['AGENCY_HEAD'], agency: { code: 'VKS_TINH' } });

    expect((await client.get('/users')).status).toBe(403);
    // ADMIN is asked for, and given once a second administrator approves (separation of duties).
    const asked = await admin.send('PATCH', `/users/${created.id}`, { roles: ['ADMIN'] });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ roles: [], pendingRoles: ['ADMIN'] });
    expect((await client.get('/users')).status).toBe(403);
    await upsertUsers(system.db, [
      { username: 'admin-b', displayName: 'Second administrator', agencyCode: 'BCD_VPTT', roles: [Role.ADMIN], password: TEST_PASSWORD },
    ]);
    const [grant] = (await admin.get('/role-grants?status=PENDING')).body;
    expect((await (await system.as('admin-b' as never)).post(`/role-grants/${grant.id}/approve`)).status).toBe(200);
    expect((await client.get('/users')).status).toBe(200);
    expect((await admin.send('PATCH', `/users/${created.id}`, { roles: ['OFFICER'] })).status).toBe(200);
    expect((await client.get('/users')).status).toBe(403);
  });

  it('logout ends the session: its access and refresh tokens stop working', async () => {
    const res = await login('officer', 'correct horse battery staple');
    const client = system.http.as(res.body.accessToken);
    expect((await client.get('/me')).status).toBe(200);
    expect((await client.post('/auth/logout')).status).toBe(204);
    expect((await client.get('/me')).status).toBe(401);
    expect((await system.http.post('/auth/refresh', { refreshToken: res.body.refreshToken })).status).toBe(401);
  });

  it('refresh rotates the refresh token; presenting a spent one ends the whole session', async () => {
    const first = (await login('officer', 'correct horse battery staple')).body;
    expect(first.expiresIn).toBeLessThanOrEqual(15 * 60);
    const second = await system.http.post('/auth/refresh', { refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect(second.body.accessToken).not.toBe(first.accessToken);
    const client = system.http.as(second.body.accessToken);
    expect((await client.get('/me')).status).toBe(200);

    const reused = await system.http.post('/auth/refresh', { refreshToken: first.refreshToken });
    expect(reused.status).toBe(401);
    expect(reused.body.message).toMatch(/already used/);
    // The thief's replay ends the owner's session too: both must log in again.
    expect((await client.get('/me')).status).toBe(401);
    expect((await system.http.post('/auth/refresh', { refreshToken: second.body.refreshToken })).status).toBe(401);
    expect((await system.http.post('/auth/refresh', { refreshToken: 'made-up' })).status).toBe(401);
  });

  it('a password reset ends the sessions and requires a new password at next login', async () => {
    const created = await createUser({ username: 'forgetful', displayName: 'Forgetful officer', agencyCode: 'SO_Y_TE', roles: ['OFFICER'] });
    const { client, password } = await activated('forgetful', created.temporaryPassword);
    const reset = await admin.post(`/users/${created.id}/reset-password`);
    expect(reset.status).toBe(200);
    expect(reset.body.mustChangePassword).toBe(true);
    expect((await client.get('/me')).status).toBe(401);
    expect((await login('forgetful', password)).status).toBe(401);
    const again = await login('forgetful', reset.body.temporaryPassword);
    expect(again.status).toBe(200);
    expect((await system.http.as(again.body.accessToken).get('/tasks')).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('administrators list and search users with filters and cursor pages', async () => {
    for (const i of [1, 2, 3])
      await createUser({ username: `search-${i}`, displayName: `Cán bộ tìm kiếm ${i}`, agencyCode: 'SO_NGOAI_VU', roles: ['OFFICER'] });
    const page1 = await admin.get('/users?agencyCode=SO_NGOAI_VU&limit=2');
    expect(page1.status).toBe(200);
    expect(page1.body.map((u: any) => u.username)).toEqual(['search-1', 'search-2']);
    const cursor = (page1 as any).body && (await fetchHeader('/users?agencyCode=SO_NGOAI_VU&limit=2', 'x-next-cursor'));
    expect(cursor).toBeTruthy();
    const page2 = await admin.get(`/users?agencyCode=SO_NGOAI_VU&limit=2&cursor=${cursor}`);
    expect(page2.body.map((u: any) => u.username)).toEqual(['search-3']);

    expect((await admin.get(`/users?q=${encodeURIComponent('tìm kiếm 2')}`)).body.map((u: any) => u.username)).toEqual(['search-2']);
    expect((await admin.get('/users?q=SEARCH-3')).body.map((u: any) => u.username)).toEqual(['search-3']);
    expect((await admin.get('/users?role=ADMIN')).body.map((u: any) => u.username)).toContain('admin');
    expect((await admin.get('/users?role=ADMIN')).body.every((u: any) => u.roles.includes('ADMIN'))).toBe(true);
    expect((await admin.get('/users?active=false')).body.every((u: any) => u.active === false)).toBe(true);
    expect((await admin.get('/users?role=KING')).status).toBe(400);
    const unchanged = await admin.send('PATCH', `/users/${page1.body[0].id}`, {});
    expect(unchanged.status).toBe(200);
    expect(unchanged.body.username).toBe('search-1');
    expect((await admin.post('/users', { username: 'search-1', displayName: 'x', agencyCode: 'SO_Y_TE', roles: ['OFFICER'] })).status).toBe(409);
    expect((await admin.post('/users', { username: 'x-ext', displayName: 'x', agencyCode: 'MONDULKIRI', roles: ['OFFICER'] })).status).toBe(400);
  });

  async function fetchHeader(path: string, header: string): Promise<string | null> {
    const token = (await login('admin', 'correct horse battery staple')).body.accessToken;
    const res = await fetch(`${(system.http as any).baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return res.headers.get(header);
  }

  it('non-administrators get 403 on every administration route', async () => {
    const [officer, leadership] = await Promise.all([system.as('officer'), system.as('leadership')]);
    const someone = (await admin.get('/users?limit=1')).body[0].id;
    for (const client of [officer, leadership, coordinator]) {
      expect((await client.get('/users')).status).toBe(403);
      expect((await client.get(`/users/${someone}`)).status).toBe(403);
      expect((await client.post('/users', { username: 'intruder', displayName: 'x', agencyCode: 'SO_Y_TE', roles: ['ADMIN'] })).status).toBe(403);
      expect((await client.send('PATCH', `/users/${someone}`, { roles: ['ADMIN'] })).status).toBe(403);
      expect((await client.post(`/users/${someone}/deactivate`)).status).toBe(403);
      expect((await client.post(`/users/${someone}/reactivate`)).status).toBe(403);
      expect((await client.post(`/users/${someone}/reset-password`)).status).toBe(403);
      expect((await client.post('/agencies', { code: 'X_AGENCY', nameVi: 'x', nameEn: 'x', kind: 'POLICE' })).status).toBe(403);
      expect((await client.send('PATCH', '/agencies/SO_Y_TE', { nameEn: 'x' })).status).toBe(403);
      expect((await client.post('/agencies/SO_Y_TE/deactivate')).status).toBe(403);
      expect((await client.post('/agencies/SO_Y_TE/reactivate')).status).toBe(403);
      expect((await client.get('/agencies')).status).toBe(200);
    }
    expect((await system.http.get('/users')).status).toBe(401);
  });

  it('the last active administrator cannot be removed, nor can administrators deactivate themselves', async () => {
    const me = (await admin.get('/me')).body;
    expect((await admin.post(`/users/${me.userId}/deactivate`)).status).toBe(409);
    for (const other of (await admin.get('/users?role=ADMIN&active=true')).body.filter((u: any) => u.id !== me.userId))
      expect((await admin.post(`/users/${other.id}/deactivate`)).status).toBe(200);
    // Nobody changes their own roles (separation of duties), the last administrator no more than any other.
    const demote = await admin.send('PATCH', `/users/${me.userId}`, { roles: ['OFFICER'] });
    expect(demote.status).toBe(403);
    expect(demote.body.code).toBe('SELF_ROLE_CHANGE');
    expect((await admin.get('/me')).body.roles).toEqual(['ADMIN']);
  });

  it('agencies are created, renamed, re-parented and deactivated through the API (a reorganisation is data)', async () => {
    const created = await admin.post('/agencies', {
      code: 'DBP_DAK_LAO',
      nameVi: 'Đồn Biên phòng Đắk Lao',
      nameEn: 'Dak Lao Border Post',
      kind: 'BORDER_GUARD',
      parentCode: 'BDBP_TINH',
      borderArea: true,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'DBP_DAK_LAO', parentCode: 'BDBP_TINH', active: true, external: false });
    expect((await admin.post('/agencies', { code: 'DBP_DAK_LAO', nameVi: 'x', nameEn: 'x', kind: 'BORDER_GUARD' })).status).toBe(409);
    expect((await admin.post('/agencies', { code: 'BAD', nameVi: 'x', nameEn: 'x', kind: 'NAVY' })).status).toBe(400);
    expect((await admin.send('PATCH', '/agencies/BDBP_TINH', { parentCode: 'DBP_DAK_LAO' })).status).toBe(400);

    expect((await admin.send('PATCH', '/agencies/DBP_DAK_LAO', {})).body.nameEn).toBe('Dak Lao Border Post');
    const renamed = await admin.send('PATCH', '/agencies/DBP_DAK_LAO', { nameEn: 'Đắk Lao Border Guard Post' });
    expect(renamed.body.nameEn).toBe('Đắk Lao Border Guard Post');
    const staff = await createUser({ username: 'dak-lao-officer', displayName: 'Đắk Lao officer', agencyCode: 'DBP_DAK_LAO', roles: ['OFFICER'] });
    const busy = await admin.post('/agencies/DBP_DAK_LAO/deactivate');
    expect(busy.status).toBe(409);
    expect(busy.body.message).toMatch(/1 active user/);
    await admin.post(`/users/${staff.id}/deactivate`);
    const gone = await admin.post('/agencies/DBP_DAK_LAO/deactivate');
    expect(gone.status).toBe(200);
    expect(gone.body.active).toBe(false);
    expect((await coordinator.get('/agencies/DBP_DAK_LAO')).body.active).toBe(false);
    expect((await admin.post('/users', { username: 'late-hire', displayName: 'x', agencyCode: 'DBP_DAK_LAO', roles: ['OFFICER'] })).status).toBe(400);
    expect((await admin.post('/agencies/DBP_DAK_LAO/reactivate')).body.active).toBe(true);
    const audit = await system.db.query(`SELECT action FROM audit_log WHERE subject_type = 'AGENCY' AND subject_id = 'DBP_DAK_LAO' ORDER BY at`);
    expect(audit.map((a: any) => a.action)).toEqual(['AGENCY_CREATED', 'AGENCY_UPDATED', 'AGENCY_DEACTIVATED', 'AGENCY_REACTIVATED']);
  });

  it('bootstraps the first administrator only while none is active, with a password to change at first login', async () => {
    expect(await createFirstAdmin(system.db, { username: 'root', password: 'a first admin password' })).toMatchObject({ created: false });
    await expect(createFirstAdmin(system.db, { username: 'root', password: 'short' })).rejects.toThrow(/12 characters/);
    await system.db.query(`UPDATE users SET active = false WHERE 'ADMIN' = ANY(roles)`);
    const generated = await createFirstAdmin(system.db, { username: 'root' });
    expect(generated).toMatchObject({ created: true, username: 'root' });
    const temporary = (generated as { temporaryPassword: string }).temporaryPassword;
    expect(await createFirstAdmin(system.db, { username: 'root-2', password: 'a first admin password' })).toMatchObject({ created: false });

    const first = await login('root', temporary);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ roles: ['ADMIN'], agencyCode: 'BCD_VPTT', mustChangePassword: true });
    const root = system.http.as(first.body.accessToken);
    expect((await root.get('/users')).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await root.post('/auth/change-password', { currentPassword: temporary, newPassword: 'the real root passphrase' })).status).toBe(204);
    expect((await root.get('/users')).status).toBe(200);
  });
});
