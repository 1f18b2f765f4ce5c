import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { eventually } from '../support/eventually';
import type { HttpClient } from '../support/http-client';
import { insertTaskRows } from '../support/insert-task-rows';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

const DAY = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);
const FIGURES = { overdue: 'OVERDUE', atRisk: 'AT_RISK', onTime: 'ON_TIME', paused: 'PAUSED' } as const;

/** The list's X-Total-Count for a query (one row fetched: the count is of every page). */
async function totalOf(client: HttpClient, query: string): Promise<number> {
  const response = await client.get(`/tasks?${query ? `${query}&` : ''}limit=1`);
  expect({ query, status: response.status, body: response.status === 200 ? null : response.body }).toEqual({ query, status: 200, body: null });
  return Number(response.headers!['x-total-count']);
}

/**
 * Every figure of GET /tasks/summary against the X-Total-Count of the list it leads to: in all, per due state, per
 * process kind and per agency in each due state, escalated. `scope` is the filter both are asked with.
 */
async function expectSummaryEqualsLists(client: HttpClient, scope: string): Promise<any> {
  const response = await client.get(`/tasks/summary${scope ? `?${scope}` : ''}`);
  expect(response.status).toBe(200);
  const summary = response.body;
  const checks: Array<Promise<[string, number, number]>> = [];
  // The figure's own filter over the summary's: an agency's row is that agency's list, open work is the open list.
  const check = (name: string, figure: number, own: Record<string, string>) => {
    const query = new URLSearchParams(scope);
    for (const [key, value] of Object.entries(own)) query.set(key, value);
    checks.push(totalOf(client, query.toString()).then((total) => [name, figure, total] as [string, number, number]));
  };
  check('total', summary.total, {});
  check('open', summary.all.open, { state: 'open' });
  check('escalated', summary.all.escalated, { escalated: 'true' });
  for (const [field, state] of Object.entries(FIGURES)) {
    check(field, summary.all[field], { dueState: state });
    for (const row of summary.byProcess) check(`${row.key} ${field}`, row[field], { processKind: row.key, dueState: state });
    for (const row of summary.byAgency) check(`${row.key} ${field}`, row[field], { agencyCode: row.key, dueState: state });
  }
  for (const row of [...summary.byProcess, ...summary.byAgency]) expect(row.open).toBe(row.overdue + row.atRisk + row.onTime + row.paused);
  const results = await Promise.all(checks);
  expect(results.filter(([, figure, total]) => figure !== total)).toEqual([]);
  return summary;
}

/**
 * The dashboard's open work is counted by the server over every row, with the same scope and filters as GET /tasks
 * and the one due-state rule of src/domain: each figure is the total of the list it links to, well past a page.
 */
describe('GET /tasks/summary: open work equals its lists', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let paused: { id: string; processId: string };

  beforeAll(async () => {
    system = await startTestSystem();
    coordinator = await system.as('coordinator');
    const officer = await system.as('officer');
    // Real workflows: three tips, one received 45 days ago (overdue), and an internal pause on another.
    const register = async (receivedAgoDays: number) =>
      (
        await coordinator.post('/tips', tipBody({ receivedAt: new Date(Date.now() - receivedAgoDays * DAY).toISOString() }), {
          'Idempotency-Key': idempotencyKey(),
        })
      ).body;
    const tips = [await register(45), await register(0), await register(0)];
    const verifications = await Promise.all(tips.map((tip) => openTask(officer, tip.processId, TipStepType.VERIFY)));
    paused = verifications[1];
    const head = await system.as('agency-head');
    expect((await head.post(`/tasks/${paused.id}/suspend`, { reason: 'Chờ cán bộ thụ lý đi công tác về' })).status).toBe(200);
    await eventually(async () => (await coordinator.get(`/tasks/${paused.id}`)).body.dueState === 'PAUSED', 'the pause in the projection');

    // The overdue tip's whole ladder fires at once: let it settle, so the counts do not move while they are compared.
    await eventually(async () => {
      const [row] = await system.db.query(
        `SELECT count(*)::int AS n FROM tasks WHERE status IN ('OPEN', 'CLAIMED') AND due_at < now() - interval '5 days' AND escalation_level < 3`,
      );
      return row.n === 0;
    }, 'the overdue tip escalated up to provincial leadership');

    // And many more projection rows, in every state, over four agencies and two process kinds: 232 open.
    const rows = async (count: number, agencyCode: string, dueFrom: Date, status: 'OPEN' | 'CLAIMED' | 'COMPLETED' = 'OPEN') =>
      insertTaskRows(system.db, { count, agencyCode, status, dueFrom, stepMs: 1000 });
    const onTime = [...(await rows(60, 'SO_Y_TE', daysFromNow(20))), ...(await rows(30, 'CA_TINH_CSDT', daysFromNow(30), 'CLAIMED'))];
    const overdue = [...(await rows(40, 'SO_Y_TE', daysFromNow(-3))), ...(await rows(25, 'BDBP_TINH', daysFromNow(-1)))];
    // At risk: created 10 days ago, due in 2 days (83 % of the time gone; the reminder fired at 75 %).
    const atRisk = [...(await rows(35, 'SO_Y_TE', daysFromNow(2))), ...(await rows(15, 'VKS_TINH', daysFromNow(1)))];
    await system.db.query(`UPDATE tasks SET created_at = now() - interval '10 days', starts_at = now() - interval '10 days' WHERE id = ANY($1)`, [
      atRisk,
    ]);
    // Paused with the clock stopped (some past their old due date: still paused), and internally paused.
    const stopped = await rows(12, 'CA_TINH_CSDT', daysFromNow(-2));
    await system.db.query(`UPDATE tasks SET suspended_at = now() - interval '1 day' WHERE id = ANY($1)`, [stopped]);
    const internal = await rows(15, 'BDBP_TINH', daysFromNow(5));
    await system.db.query(`UPDATE tasks SET internal_pause_since = now() - interval '1 day' WHERE id = ANY($1)`, [internal]);
    // Rescue work, and escalated tasks; closed rows that no open figure counts.
    await system.db.query(`UPDATE tasks SET process_type = 'RESCUE' WHERE id = ANY($1)`, [[...onTime.slice(0, 20), ...overdue.slice(0, 10)]]);
    await system.db.query(`UPDATE tasks SET escalation_level = 2 WHERE id = ANY($1)`, [overdue.slice(5, 30)]);
    await rows(20, 'SO_Y_TE', daysFromNow(-5), 'COMPLETED');
  });
  afterAll(() => system?.close());

  it('counts more than 200 open tasks, each figure the X-Total-Count of its list, for the coordinator and leadership', async () => {
    const summary = await expectSummaryEqualsLists(coordinator, '');
    expect(summary.all.open).toBeGreaterThan(200);
    expect(summary.all.open).toBe(summary.all.overdue + summary.all.atRisk + summary.all.onTime + summary.all.paused);
    // The inserted rows, whatever the real tips' other tasks add.
    expect(summary.all.atRisk).toBeGreaterThanOrEqual(50);
    expect(summary.all.paused).toBeGreaterThanOrEqual(12 + 15 + 1);
    expect(summary.all.escalated).toBeGreaterThanOrEqual(25);
    expect(summary.byAgency.find((row: any) => row.key === 'SO_Y_TE')).toMatchObject({ onTime: 60, overdue: 40, atRisk: 35, paused: 0, open: 135 });
    expect(summary.byProcess.find((row: any) => row.key === 'RESCUE')).toMatchObject({ onTime: 20, overdue: 10, open: 30 });
    // A page is 50 rows: the list's first page would have told a smaller story.
    expect((await coordinator.get('/tasks?state=open')).body).toHaveLength(50);
    await expectSummaryEqualsLists(await system.as('leadership'), '');
  });

  it('honours the lists’ filters and the caller’s scope', async () => {
    const oneAgency = await expectSummaryEqualsLists(coordinator, 'agencyCode=SO_Y_TE');
    expect(oneAgency.byAgency.map((row: any) => row.key)).toEqual(['SO_Y_TE']);
    expect(oneAgency.all.open).toBe(135);
    expect(oneAgency.total).toBe(135); // the list's default is open work
    const withClosed = await expectSummaryEqualsLists(coordinator, 'agencyCode=SO_Y_TE&state=all');
    expect(withClosed).toMatchObject({ total: 155, all: { open: 135 } }); // the 20 closed ones counted in the total only
    await expectSummaryEqualsLists(coordinator, 'processKind=RESCUE');
    await expectSummaryEqualsLists(coordinator, 'state=all&processKind=TIP_VERIFICATION');
    // An agency head counts only the agency's own work, and may not ask for another's.
    const health = await expectSummaryEqualsLists(await system.as('health-head'), '');
    expect(health.byAgency.map((row: any) => row.key)).toEqual(['SO_Y_TE']);
    expect((await (await system.as('health-head')).get('/tasks/summary?agencyCode=CA_TINH_CSDT')).status).toBe(403);
    expect((await coordinator.get('/tasks/summary?dueState=LATE')).status).toBe(400);
  });

  it('counts a case’s overdue work as the task lists do: a task paused past its date is not overdue', async () => {
    const reference = 'CASE-OPEN-WORK-1';
    const [kase] = await system.db.query(`INSERT INTO cases (reference, status) VALUES ($1, 'OPEN') RETURNING id`, [reference]);
    const inCase = (count: number, dueFrom: Date) =>
      insertTaskRows(system.db, { count, agencyCode: 'SO_Y_TE', status: 'OPEN', dueFrom, caseId: kase.id });
    await inCase(2, daysFromNow(-3));
    await inCase(1, daysFromNow(10));
    const stopped = await inCase(3, daysFromNow(-4));
    await system.db.query(`UPDATE tasks SET suspended_at = now() - interval '5 days' WHERE id = ANY($1)`, [stopped]);
    const listed = (await coordinator.get(`/cases?q=${reference}`)).body as any[];
    expect(listed.map((c) => [c.reference, c.openTasks, c.overdueTasks])).toEqual([[reference, 6, 2]]);
    const overdueCases = (await coordinator.get(`/cases?q=${reference}&overdue=true`)).body as any[];
    expect(overdueCases.map((c) => c.reference)).toEqual([reference]);
    await system.db.query(`UPDATE tasks SET suspended_at = now() WHERE case_id = $1 AND due_at < now()`, [kase.id]);
    expect((await coordinator.get(`/cases?q=${reference}&overdue=true`)).body).toEqual([]);
    expect((await coordinator.get(`/cases?q=${reference}&overdue=false`)).body.map((c: any) => c.overdueTasks)).toEqual([0]);
  });

  it('reads a paused task as paused, in the task and in the lists, never as days left', async () => {
    const task = (await coordinator.get(`/tasks/${paused.id}`)).body;
    expect(task).toMatchObject({ dueState: 'PAUSED', overdue: false });
    expect(task.internalPauseSince).toEqual(expect.any(String));
    const pausedList = (await coordinator.get('/tasks?dueState=PAUSED&agencyCode=CA_TINH_CSDT&limit=200')).body as any[];
    expect(pausedList.map((t) => t.id)).toContain(paused.id);
    expect(pausedList.every((t) => t.dueState === 'PAUSED')).toBe(true);
    expect((await coordinator.get('/tasks?dueState=ON_TIME&agencyCode=CA_TINH_CSDT&limit=200')).body.map((t: any) => t.id)).not.toContain(paused.id);
    // Every task of a due-state list carries that state: the list and the task say the same.
    for (const state of Object.values(FIGURES)) {
      const list = (await coordinator.get(`/tasks?dueState=${state}&limit=200`)).body as any[];
      expect({ state, states: [...new Set(list.map((t) => t.dueState))] }).toEqual({ state, states: [state] });
    }
  });
});
