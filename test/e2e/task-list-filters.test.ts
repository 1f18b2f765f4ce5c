import { insertTaskRows } from '../support/insert-task-rows';
import { startTestSystem, TestSystem } from '../support/test-system';

const DAY = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);

/**
 * "Sắp đến hạn" on GET /tasks: open tasks not yet overdue, from 75 % of the time between their creation and their
 * deadline (where the ladder's reminder fires: `atRiskFrom` in src/domain) until the deadline.
 */
describe('GET /tasks: at risk, process kind, case reference', () => {
  let system: TestSystem;
  let atRisk: string[];
  let early: string[];
  let overdue: string[];
  let closedLate: string[];

  beforeAll(async () => {
    system = await startTestSystem();
    // SO_Y_TE runs no workflow here: its queue holds exactly these rows. Each task was created, its period started, 10 days ago.
    const startedTenDaysAgo = (ids: string[]) =>
      system.db.query(`UPDATE tasks SET starts_at = now() - interval '10 days', created_at = now() - interval '10 days' WHERE id = ANY($1)`, [ids]);
    atRisk = await insertTaskRows(system.db, { count: 3, agencyCode: 'SO_Y_TE', status: 'OPEN', dueFrom: daysFromNow(2) }); // 83 %
    atRisk.push(
      ...(await insertTaskRows(system.db, { count: 1, agencyCode: 'SO_Y_TE', status: 'CLAIMED', dueFrom: daysFromNow(3) })), // 77 %
    );
    early = await insertTaskRows(system.db, { count: 2, agencyCode: 'SO_Y_TE', status: 'OPEN', dueFrom: daysFromNow(5) }); // 67 %
    overdue = await insertTaskRows(system.db, { count: 2, agencyCode: 'SO_Y_TE', status: 'OPEN', dueFrom: daysFromNow(-1) });
    closedLate = await insertTaskRows(system.db, { count: 2, agencyCode: 'SO_Y_TE', status: 'COMPLETED', dueFrom: daysFromNow(2) });
    await startedTenDaysAgo([...atRisk, ...early, ...overdue, ...closedLate]);
  });
  afterAll(() => system?.close());

  const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id).sort();

  it('lists the open tasks past 75 % of their period and not yet overdue, with their total', async () => {
    const coordinator = await system.as('coordinator');
    const response = await coordinator.get('/tasks?agencyCode=SO_Y_TE&atRisk=true');
    expect(response.status).toBe(200);
    expect(ids(response.body)).toEqual([...atRisk].sort());
    const firstOfOne = await fetch(`${system.http.baseUrl}/tasks?agencyCode=SO_Y_TE&atRisk=true&limit=1`, {
      headers: { authorization: `Bearer ${(coordinator as unknown as { token: string }).token}` },
    });
    expect(firstOfOne.headers.get('x-total-count')).toBe(String(atRisk.length));
  });

  it('atRisk=false gives every other task of the queue; it combines with state and the agency scope', async () => {
    const coordinator = await system.as('coordinator');
    expect(ids((await coordinator.get('/tasks?agencyCode=SO_Y_TE&atRisk=false')).body)).toEqual([...early, ...overdue].sort());
    expect(ids((await coordinator.get('/tasks?agencyCode=SO_Y_TE&atRisk=true&state=all')).body)).toEqual([...atRisk].sort());
    expect((await coordinator.get('/tasks?agencyCode=SO_Y_TE&atRisk=true&overdue=true')).body).toEqual([]);
    // An agency reads its own at-risk tasks only.
    expect(ids((await (await system.as('health-head')).get('/tasks?atRisk=true')).body)).toEqual([...atRisk].sort());
    expect((await (await system.as('officer')).get('/tasks?atRisk=true&agencyCode=SO_Y_TE')).status).toBe(403);
  });

  it('refuses a value that is not true or false, and a process kind that has no tasks', async () => {
    const coordinator = await system.as('coordinator');
    expect((await coordinator.get('/tasks?atRisk=maybe')).status).toBe(400);
    expect((await coordinator.get('/tasks?processKind=CASE')).status).toBe(400);
  });

  it('filters by process kind, and gives each task its case reference (null before there is a case)', async () => {
    const kase = (
      await system.db.query(`INSERT INTO cases (reference, status) VALUES ('CASE-LIST-FILTERS-1', 'OPEN') RETURNING id, reference`)
    )[0] as { id: string; reference: string };
    const rescue = await insertTaskRows(system.db, { count: 2, agencyCode: 'SO_Y_TE', status: 'OPEN', dueFrom: daysFromNow(9), caseId: kase.id });
    await system.db.query(`UPDATE tasks SET process_type = 'RESCUE' WHERE id = ANY($1)`, [rescue]);
    const coordinator = await system.as('coordinator');
    const rescues = (await coordinator.get('/tasks?agencyCode=SO_Y_TE&processKind=RESCUE')).body;
    expect(ids(rescues)).toEqual([...rescue].sort());
    expect(rescues.map((t: any) => t.caseReference)).toEqual([kase.reference, kase.reference]);
    const verifications = (await coordinator.get('/tasks?agencyCode=SO_Y_TE&processKind=TIP_VERIFICATION')).body;
    expect(ids(verifications)).toEqual([...atRisk, ...early, ...overdue].sort());
    expect(verifications.every((t: any) => t.caseReference === null)).toBe(true);
    // Leadership reads the reference too (it reads every case's header).
    const led = (await (await system.as('leadership')).get('/tasks?agencyCode=SO_Y_TE&processKind=RESCUE')).body;
    expect(led.map((t: any) => t.caseReference)).toEqual([kase.reference, kase.reference]);
  });
});
