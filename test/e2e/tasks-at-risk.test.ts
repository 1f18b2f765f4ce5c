import { insertTaskRows } from '../support/insert-task-rows';
import { startTestSystem, TestSystem } from '../support/test-system';

const DAY = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);

/**
 * "Sắp đến hạn" on GET /tasks: open tasks not yet overdue, from the 75 % point of their period (where the ladder's
 * reminder fires, and where the web's due-date tag turns amber) until the deadline.
 */
describe('GET /tasks?atRisk=', () => {
  let system: TestSystem;
  let atRisk: string[];
  let early: string[];
  let overdue: string[];
  let closedLate: string[];

  beforeAll(async () => {
    system = await startTestSystem();
    // SO_Y_TE runs no workflow here: its queue holds exactly these rows. Each period starts 10 days ago.
    const startedTenDaysAgo = (ids: string[]) => system.db.query(`UPDATE tasks SET starts_at = now() - interval '10 days' WHERE id = ANY($1)`, [ids]);
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

  it('refuses a value that is not true or false', async () => {
    const response = await (await system.as('coordinator')).get('/tasks?atRisk=maybe');
    expect(response.status).toBe(400);
  });
});
