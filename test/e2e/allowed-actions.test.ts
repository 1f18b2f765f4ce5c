import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { AgencyStaff } from '../support/agency-staff';
import { HttpClient } from '../support/http-client';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

const REFUSED = [403, 409];

/**
 * `allowedActions` against what the server then accepts: an action it lists for a caller goes through, one it leaves
 * out is refused (403 or 409), for several roles on the same task and case.
 */
describe('allowedActions says what the server accepts', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;
  let officer2: HttpClient;
  let head: HttpClient;
  let leadership: HttpClient;
  let borderHead: HttpClient;

  beforeAll(async () => {
    system = await startTestSystem();
    [coordinator, officer, officer2, head, leadership] = await Promise.all(
      ['coordinator', 'officer', 'officer-2', 'agency-head', 'leadership'].map((u) => system.as(u as never)),
    );
    borderHead = await new AgencyStaff(system).head('DBP_BU_PRANG');
  });
  afterAll(() => system?.close());

  async function newVerification(): Promise<any> {
    const tip = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    return openTask(officer, tip.processId, TipStepType.VERIFY);
  }
  const actionsOf = async (client: HttpClient, taskId: string): Promise<string[]> => {
    const res = await client.get(`/tasks/${taskId}`);
    expect(res.status).toBe(200);
    return res.body.allowedActions;
  };

  it('claim and release: offered to whom the server lets do it, refused to the others', async () => {
    const task = await newVerification();
    // The queue's row and the task itself agree.
    expect(task.allowedActions).toEqual(await actionsOf(officer, task.id));
    expect(task.allowedActions).toEqual(expect.arrayContaining(['CLAIM', 'COMPLETE', 'REQUEST_EXTENSION']));
    for (const absent of ['UNCLAIM', 'ASSIGN', 'REASSIGN', 'CANCEL', 'PAUSE', 'DECIDE_EXTENSION']) expect(task.allowedActions).not.toContain(absent);
    expect(REFUSED).toContain((await officer.post(`/tasks/${task.id}/unclaim`, {})).status);
    expect(REFUSED).toContain((await officer.post(`/tasks/${task.id}/cancel`, { reason: 'Not mine to cancel' })).status);
    expect(REFUSED).toContain((await officer.post(`/tasks/${task.id}/suspend`, { reason: 'Not mine to pause' })).status);

    const claimed = await officer.post(`/tasks/${task.id}/claim`, {});
    expect(claimed.status).toBe(200);
    // The answer already says what comes next: release it, no second claim.
    expect(claimed.body.allowedActions).toContain('UNCLAIM');
    expect(claimed.body.allowedActions).not.toContain('CLAIM');

    // A colleague may neither claim nor release it, nor complete it; the head may release it.
    const colleague = await actionsOf(officer2, task.id);
    for (const absent of ['CLAIM', 'UNCLAIM', 'COMPLETE']) expect(colleague).not.toContain(absent);
    expect(REFUSED).toContain((await officer2.post(`/tasks/${task.id}/claim`, {})).status);
    expect(REFUSED).toContain((await officer2.post(`/tasks/${task.id}/unclaim`, {})).status);
    expect(await actionsOf(head, task.id)).toContain('UNCLAIM');
    expect((await head.post(`/tasks/${task.id}/unclaim`, {})).status).toBe(200);
  });

  it('pause and resume: the head and the coordinator, one at a time; leadership only reads', async () => {
    const task = await newVerification();
    const headActions = await actionsOf(head, task.id);
    expect(headActions).toEqual(expect.arrayContaining(['PAUSE', 'ASSIGN', 'DECIDE_SUSPENSION', 'CLAIM']));
    expect(headActions).not.toContain('RESUME');
    expect(REFUSED).toContain((await head.post(`/tasks/${task.id}/resume`, { reason: 'Nothing to resume' })).status);

    const paused = await head.post(`/tasks/${task.id}/suspend`, { reason: 'Waiting for the officer on leave' });
    expect(paused.status).toBe(200);
    expect(paused.body.allowedActions).toContain('RESUME');
    expect(paused.body.allowedActions).not.toContain('PAUSE');
    expect(REFUSED).toContain((await head.post(`/tasks/${task.id}/suspend`, { reason: 'Twice over' })).status);

    const coordinatorActions = await actionsOf(coordinator, task.id);
    expect(coordinatorActions).toEqual(expect.arrayContaining(['RESUME', 'REASSIGN', 'CANCEL']));
    // Another agency's verification is not the standing office's to complete, claim or ask more time for.
    for (const absent of ['CLAIM', 'COMPLETE', 'REQUEST_EXTENSION', 'ASSIGN']) expect(coordinatorActions).not.toContain(absent);
    expect(REFUSED).toContain((await coordinator.post(`/tasks/${task.id}/claim`, {})).status);
    expect((await coordinator.post(`/tasks/${task.id}/resume`, { reason: 'The officer is back' })).status).toBe(200);

    expect(await actionsOf(leadership, task.id)).toEqual([]);
    expect(REFUSED).toContain((await leadership.post(`/tasks/${task.id}/claim`, {})).status);
    expect(REFUSED).toContain((await leadership.post(`/tasks/${task.id}/suspend`, { reason: 'Not leadership’s' })).status);

    // Cancelled: nothing is offered to anyone any more, and nothing is accepted.
    expect((await coordinator.post(`/tasks/${task.id}/cancel`, { reason: 'Duplicate tip' })).status).toBe(200);
    for (const client of [officer, head, coordinator]) expect(await actionsOf(client, task.id)).toEqual([]);
    expect(REFUSED).toContain((await officer.post(`/tasks/${task.id}/claim`, {})).status);
  });

  it('an extension is offered for decision to its decider only', async () => {
    const task = await newVerification();
    const asked = await officer.post(`/tasks/${task.id}/extensions`, { amount: 10, unit: 'days', reason: 'Witnesses abroad' });
    expect(asked.status).toBe(200);
    const pending = asked.body.extensions.find((e: any) => e.status === 'PENDING');
    expect(asked.body.allowedActions).not.toContain('DECIDE_EXTENSION');
    const decision = (client: HttpClient) =>
      client.post(`/tasks/${task.id}/extensions/${pending.extensionId}/decision`, { approve: false, note: 'Not enough reason given' });

    const queued = (await head.get('/tasks?extensionPending=true&limit=200')).body.find((t: any) => t.id === task.id);
    expect(queued.allowedActions).toContain('DECIDE_EXTENSION');
    for (const client of [officer, coordinator, borderHead]) {
      const seen = await client.get(`/tasks/${task.id}`);
      if (seen.status === 200) expect(seen.body.allowedActions).not.toContain('DECIDE_EXTENSION');
      expect(REFUSED).toContain((await decision(client)).status);
    }
    const decided = await decision(head);
    expect(decided.status).toBe(200);
    expect(decided.body.allowedActions).not.toContain('DECIDE_EXTENSION');
  });

  it('an extension request carries its decider and its own allowedActions, which the decision route then honours', async () => {
    const task = await newVerification();
    const asked = await officer.post(`/tasks/${task.id}/extensions`, { amount: 10, unit: 'days', reason: 'Witnesses abroad' });
    expect(asked.status).toBe(200);
    const pendingOf = (t: any) => t.extensions.find((e: any) => e.status === 'PENDING');
    const pending = pendingOf(asked.body);
    // Who must decide, named by the server (an agency and roles, never a person); the requester may not decide it.
    expect(pending.decider).toEqual({ agencyCode: task.agencyCode, roles: ['AGENCY_HEAD'] });
    expect(pending.allowedActions).toEqual([]);
    const clients = { officer, officer2, coordinator, leadership, borderHead, head };
    /** The request as each reader sees it: in the task where they may read it, else in their approvals queue. */
    const offered = async (client: HttpClient): Promise<string[] | undefined> => {
      const read = await client.get(`/tasks/${task.id}`);
      const queued = ((await client.get('/tasks?extensionPending=true&limit=200')).body as any[]).find((t) => t.id === task.id);
      if (read.status === 200 && queued) expect(pendingOf(queued).allowedActions).toEqual(pendingOf(read.body).allowedActions);
      const seen = read.status === 200 ? read.body : queued;
      if (seen) expect(pendingOf(seen).decider).toEqual(pending.decider);
      return seen && pendingOf(seen).allowedActions;
    };
    const table: Record<string, string[] | undefined> = {};
    for (const [name, client] of Object.entries(clients)) table[name] = await offered(client);
    expect(Object.fromEntries(Object.entries(table).map(([name, actions]) => [name, actions ?? []]))).toEqual({
      officer: [],
      officer2: [],
      coordinator: [],
      leadership: [],
      borderHead: [],
      head: ['DECIDE'],
    });
    const decision = (client: HttpClient, approve: boolean) =>
      client.post(`/tasks/${task.id}/extensions/${pending.extensionId}/decision`, { approve, note: 'Considered' });
    for (const [name, client] of Object.entries(clients))
      if (!table[name]?.includes('DECIDE')) {
        expect(REFUSED).toContain((await decision(client, true)).status);
        expect(REFUSED).toContain((await decision(client, false)).status);
      }
    const decided = await decision(head, true);
    expect(decided.status).toBe(200);
    expect(decided.body.extensions.find((e: any) => e.extensionId === pending.extensionId).allowedActions).toEqual([]);
    expect(REFUSED).toContain((await decision(head, false)).status);
  });

  it('a process: its tasks carry their actions there too, and CANCEL is offered to the coordinator only, while it runs', async () => {
    const task = await newVerification();
    const clients = { officer, head, leadership, borderHead, coordinator };
    const table: Record<string, string[] | undefined> = {};
    for (const [name, client] of Object.entries(clients)) {
      const read = await client.get(`/processes/${task.processId}`);
      table[name] = read.status === 200 ? read.body.allowedActions : undefined;
      if (read.status !== 200) continue;
      // The process view's task offers what GET /tasks/{id} offers the same reader (it used to offer nothing).
      const inProcess = read.body.tasks.find((t: any) => t.id === task.id);
      const own = await client.get(`/tasks/${task.id}`);
      if (own.status === 200) expect(inProcess.allowedActions).toEqual(own.body.allowedActions);
    }
    expect(table).toEqual({ officer: [], head: [], leadership: [], borderHead: undefined, coordinator: ['CANCEL'] });
    expect((await officer.get(`/processes/${task.processId}`)).body.tasks.find((t: any) => t.id === task.id).allowedActions).toContain('CLAIM');
    for (const [name, client] of Object.entries(clients))
      if (!table[name]?.includes('CANCEL'))
        expect(REFUSED).toContain((await client.post(`/processes/${task.processId}/cancel`, { reason: 'Not mine to cancel' })).status);
    const cancelled = await coordinator.post(`/processes/${task.processId}/cancel`, { reason: 'Duplicate tip' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.allowedActions).toEqual([]);
    expect((await coordinator.get(`/processes/${task.processId}`)).body.allowedActions).toEqual([]);
    expect(REFUSED).toContain((await coordinator.post(`/processes/${task.processId}/cancel`, { reason: 'Twice' })).status);
  });

  it('a case: the coordinator directs it and closes it when nothing runs; others are offered nothing and refused', async () => {
    const opened = await coordinator.post('/cases', {});
    expect(opened.status).toBe(201);
    const ref = opened.body.reference;
    expect(opened.body.allowedActions).toEqual(expect.arrayContaining(['START_PROCESS', 'CHANGE_CHARGE', 'ATTACH_TIP', 'CLOSE']));
    // Nothing runs yet: no process to cancel.
    expect(opened.body.allowedActions).not.toContain('CANCEL_PROCESS');

    const read = await leadership.get(`/cases/${ref}`);
    expect(read.status).toBe(200);
    expect(read.body.allowedActions).toEqual([]);
    expect(REFUSED).toContain((await leadership.post(`/cases/${ref}/close`, { reason: 'Not leadership’s' })).status);
    expect(REFUSED).toContain((await leadership.put(`/cases/${ref}/charge`, { article: 150, clause: 1 })).status);

    const closed = await coordinator.post(`/cases/${ref}/close`, { reason: 'Opened in error' });
    expect(closed.status).toBe(200);
    expect(closed.body.allowedActions).toEqual([]);
    expect(REFUSED).toContain((await coordinator.post(`/cases/${ref}/close`, { reason: 'again' })).status);
    expect(REFUSED).toContain((await coordinator.put(`/cases/${ref}/charge`, { article: 150, clause: 1 })).status);
  });
});
