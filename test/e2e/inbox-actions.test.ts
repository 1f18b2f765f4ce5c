import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { AgencyStaff } from '../support/agency-staff';
import { HttpClient } from '../support/http-client';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

/**
 * What the agency's inbox needs of the API: the legal limits of an extension on the task itself, the approver's
 * queue of pending requests, and the head's assignment of a task to one of the agency's officers.
 */
describe('inbox actions over the API', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;
  let officer2: HttpClient;
  let head: HttpClient;
  let borderHead: HttpClient;

  beforeAll(async () => {
    system = await startTestSystem();
    [coordinator, officer, officer2, head] = await Promise.all(
      ['coordinator', 'officer', 'officer-2', 'agency-head'].map((u) => system.as(u as never)),
    );
    borderHead = await new AgencyStaff(system).head('DBP_BU_PRANG');
  });
  afterAll(() => system?.close());

  async function newVerification(): Promise<any> {
    const tip = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    return openTask(officer, tip.processId, TipStepType.VERIFY);
  }

  it('GET /tasks/{id} shows what the law allows: art. 147(2) by the task agency’s head, 0 of 3 used, the ceiling', async () => {
    const task = await newVerification();
    const res = await officer.get(`/tasks/${task.id}`);
    expect(res.status).toBe(200);
    const allowance = res.body.extensionAllowance;
    expect(allowance).toMatchObject({ maxCount: 3, used: 0, pending: false });
    expect(allowance.next).toMatchObject({ approverAgencyCode: 'CA_TINH_CSDT', approverRoles: ['AGENCY_HEAD'], maxCount: 2, used: 0 });
    expect(allowance.next.legalBasis).toContain('147(2)');
    expect(Date.parse(allowance.next.reachAt)).toBeGreaterThan(Date.parse(task.dueAt));
    expect(Date.parse(allowance.ceilingAt)).toBeGreaterThan(Date.parse(allowance.next.reachAt));
    expect(allowance.next.reachAtLocal).toMatch(/\+07:00$/);
    // Leadership reads the task without it; the list does not carry it.
    expect((await (await system.as('leadership')).get(`/tasks/${task.id}`)).body.extensionAllowance).toBeUndefined();
  });

  it('lists a pending request to its approver only, with the requester’s name, and drops it once decided', async () => {
    const task = await newVerification();
    const tooMuch = await officer.post(`/tasks/${task.id}/extensions`, { amount: 6, unit: 'months', reason: 'Witnesses abroad' });
    expect(tooMuch.status).toBe(409);
    const asked = await officer.post(`/tasks/${task.id}/extensions`, { amount: 10, unit: 'days', reason: 'Witnesses abroad' });
    expect(asked.status).toBe(200);
    const pending = asked.body.extensions.find((e: any) => e.status === 'PENDING');
    expect(pending).toMatchObject({ approverAgencyCode: 'CA_TINH_CSDT', approverRoles: ['AGENCY_HEAD'] });
    expect((await officer.get(`/tasks/${task.id}`)).body.extensionAllowance.pending).toBe(true);

    const queue = await head.get('/tasks?extensionPending=true&limit=200');
    expect(queue.status).toBe(200);
    const listed = queue.body.find((t: any) => t.id === task.id);
    expect(listed.extensions[0]).toMatchObject({ status: 'PENDING', reason: 'Witnesses abroad', requesterName: 'Cán bộ Cơ quan CSĐT Công an tỉnh' });
    expect(listed.extensionAllowance).toMatchObject({ pending: true, next: { approverAgencyCode: 'CA_TINH_CSDT' } });
    for (const other of [officer, borderHead, coordinator])
      expect((await other.get('/tasks?extensionPending=true&limit=200')).body.map((t: any) => t.id)).not.toContain(task.id);

    const decided = await head.post(`/tasks/${task.id}/extensions/${pending.extensionId}/decision`, { approve: true, note: 'Agreed' });
    expect(decided.status).toBe(200);
    expect(decided.body.dueAt).toBe(pending.requestedDueAt);
    expect((await head.get('/tasks?extensionPending=true&limit=200')).body.map((t: any) => t.id)).not.toContain(task.id);
    expect((await officer.get(`/tasks/${task.id}`)).body.extensionAllowance).toMatchObject({ used: 1, pending: false });
  });

  it('the head assigns a task to an officer of the agency, who finds it in their own queue; nobody else may', async () => {
    const task = await newVerification();
    const members = await head.get('/agencies/CA_TINH_CSDT/members');
    expect(members.status).toBe(200);
    const second = members.body.find((m: any) => m.displayName === 'Second investigator');
    expect(second).toMatchObject({ active: true, roles: ['OFFICER'] });
    expect(Object.keys(second).sort()).toEqual(['active', 'displayName', 'id', 'roles']);
    expect((await borderHead.get('/agencies/CA_TINH_CSDT/members')).status).toBe(403);

    expect((await officer.post(`/tasks/${task.id}/assign`, { userId: second.id, reason: 'Knows the area' })).status).toBe(403);
    const borderOfficer = (await head.get('/agencies/DBP_BU_PRANG/members')).status;
    expect(borderOfficer).toBe(403);
    const [{ id: outsiderId }] = await system.db.query(`SELECT id FROM users WHERE username = 'border-officer'`);
    const outsider = await head.post(`/tasks/${task.id}/assign`, { userId: outsiderId, reason: 'Knows the area' });
    expect(outsider.status).toBe(400);
    expect(outsider.body.message).toContain('userId');
    expect((await head.post(`/tasks/${task.id}/assign`, { userId: second.id })).status).toBe(400);

    const assigned = await head.post(`/tasks/${task.id}/assign`, { userId: second.id, reason: 'Knows the area' });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ assigneeId: second.id, status: 'CLAIMED' });
    expect((await officer2.get('/tasks?mine=true&limit=200')).body.map((t: any) => t.id)).toContain(task.id);
    expect((await head.post(`/tasks/${task.id}/assign`, { userId: second.id, reason: 'Again' })).status).toBe(409);
    const timeline = (await coordinator.get(`/processes/${task.processId}`)).body.timeline;
    expect(timeline.find((e: any) => e.type === 'TASK_ASSIGNED')).toMatchObject({ detail: { assigneeId: second.id, reason: 'Knows the area' } });
  });
});
