import { upsertUsers } from '../../src/database/demo-users';
import { Role } from '../../src/domain/role';
import { HttpClient } from '../support/http-client';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';

/** Two administrators per privileged grant, and an auditor who reads (and exports) the log of it all. */
describe('role grants and the auditor', () => {
  let system: TestSystem;
  let admin: HttpClient;
  let adminB: HttpClient;
  let auditor: HttpClient;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    await upsertUsers(system.db, [
      { username: 'admin-b', displayName: 'Second administrator', agencyCode: 'BCD_VPTT', roles: [Role.ADMIN], password: TEST_PASSWORD },
      { username: 'auditor', displayName: 'Kiểm toán viên', agencyCode: 'BCD_VPTT', roles: [Role.AUDITOR], password: TEST_PASSWORD },
    ]);
    [admin, adminB, auditor] = await Promise.all([system.as('admin'), system.as('admin-b' as never), system.as('auditor' as never)]);
  });
  afterAll(() => system?.close());

  it('a privileged role is only asked for until a second administrator approves it; the asker cannot approve', async () => {
    const created = await admin.post('/users', {
      username: 'new-coordinator',
      displayName: 'Điều phối viên mới',
      agencyCode: 'BCD_VPTT',
      roles: ['COORDINATOR'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ roles: [], pendingRoles: ['COORDINATOR'] });
    const [grant] = (await admin.get('/role-grants?status=PENDING')).body.filter((g: { userId: string }) => g.userId === created.body.id);
    expect(grant).toMatchObject({ role: 'COORDINATOR', status: 'PENDING' });

    const own = await admin.post(`/role-grants/${grant.id}/approve`);
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('OWN_GRANT_APPROVAL');
    expect((await system.db.query(`SELECT roles FROM users WHERE id = $1`, [created.body.id]))[0].roles).toEqual([]);

    const approved = await adminB.post(`/role-grants/${grant.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED' });
    expect((await system.db.query(`SELECT roles FROM users WHERE id = $1`, [created.body.id]))[0].roles).toEqual(['COORDINATOR']);
    expect((await adminB.post(`/role-grants/${grant.id}/approve`)).status).toBe(409);

    // Lesser roles and removals apply at once; a rejected request changes nothing.
    const asked = await admin.send('PATCH', `/users/${created.body.id}`, { roles: ['COORDINATOR', 'OFFICER', 'AUDITOR'] });
    expect(asked.body).toMatchObject({ roles: ['COORDINATOR', 'OFFICER'], pendingRoles: ['AUDITOR'] });
    const [auditorGrant] = (await adminB.get('/role-grants?status=PENDING')).body;
    expect((await admin.post(`/role-grants/${auditorGrant.id}/reject`)).body).toMatchObject({ status: 'REJECTED' });
    expect((await system.db.query(`SELECT roles FROM users WHERE id = $1`, [created.body.id]))[0].roles).toEqual(['COORDINATOR', 'OFFICER']);
  });

  it('shows the auditor every grant step flagged, filters by actor, action and period, and pages', async () => {
    expect((await admin.get('/audit')).status).toBe(403);
    const flagged = await auditor.get('/audit?alert=true');
    expect(flagged.status).toBe(200);
    expect(flagged.body.map((r: { action: string }) => r.action).sort()).toEqual([
      'ROLE_GRANTED',
      'ROLE_GRANT_REJECTED',
      'ROLE_GRANT_REQUESTED',
      'ROLE_GRANT_REQUESTED',
    ]);
    expect(flagged.body.every((r: { alert: boolean }) => r.alert)).toBe(true);
    const granted = flagged.body.find((r: { action: string }) => r.action === 'ROLE_GRANTED');
    expect(granted).toMatchObject({ actorUsername: 'admin-b', subjectType: 'USER', detail: { role: 'COORDINATOR', alert: true } });

    const byAdmin = await auditor.get('/audit?actor=admin&action=ROLE_GRANT_REQUESTED,USER_CREATED');
    expect(byAdmin.body.map((r: { action: string }) => r.action).sort()).toEqual(['ROLE_GRANT_REQUESTED', 'ROLE_GRANT_REQUESTED', 'USER_CREATED']);
    expect((await auditor.get('/audit?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z')).body).toEqual([]);

    const logins = await auditor.get('/audit?action=LOGIN_SUCCEEDED&limit=2');
    expect(logins.body).toHaveLength(2);
    expect(logins.headers!['x-total-count']).toBe('3');
    const next = await auditor.get(`/audit?action=LOGIN_SUCCEEDED&limit=2&cursor=${logins.headers!['x-next-cursor']}`);
    expect(next.body).toHaveLength(1);
    expect(new Set([...logins.body, ...next.body].map((r: { sequence: number }) => r.sequence)).size).toBe(3);
  });

  it('records refused attempts and the publishing of the holiday calendar', async () => {
    const refused = (await auditor.get('/audit?action=ACCESS_REFUSED&actor=admin')).body;
    expect(refused.map((r: { subjectId: string; detail: { code: string } }) => `${r.subjectId} ${r.detail.code}`)).toEqual([
      'GET /audit FORBIDDEN',
      'POST /role-grants/:id/approve OWN_GRANT_APPROVAL',
    ]);
    expect((await admin.put('/calendar/holidays', { date: '2031-09-02', nameVi: 'Quốc khánh', nameEn: 'National Day' })).status).toBe(200);
    expect((await admin.put('/calendar/years/2031', { note: 'Lịch nghỉ lễ năm 2031' })).status).toBe(200);
    const published = (await auditor.get('/audit?actor=admin&subjectType=CALENDAR')).body;
    expect(published.map((r: { action: string; subjectId: string }) => `${r.action} ${r.subjectId}`)).toEqual([
      'CALENDAR_YEAR_PUBLISHED 2031',
      'HOLIDAY_SET 2031-09-02',
    ]);
  });

  it('records failed and refused sign-ins, and a CSV export that is itself audited', async () => {
    expect((await system.http.post('/auth/login', { username: 'admin-b', password: 'not the password' })).status).toBe(401);
    const failed = (await auditor.get('/audit?action=LOGIN_FAILED')).body;
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ actorUsername: 'admin-b' });
    expect(JSON.stringify(failed)).not.toContain('not the password');

    const file = await auditor.get('/audit/export.csv?alert=true');
    expect(file.status).toBe(200);
    const text = String(file.body);
    expect(text.split('\r\n')[0]).toContain('Số thứ tự,Thời điểm,Người thực hiện,Hành động');
    expect(text).toContain('ROLE_GRANTED');
    const [exported] = await system.db.query(`SELECT actor_id, detail FROM audit_log WHERE action = 'AUDIT_EXPORTED'`);
    expect(exported.detail).toEqual({ filters: { alert: true }, rows: 4 });
  });
});
