import { insertTaskRows } from '../support/insert-task-rows';
import { startTestSystem, TestSystem } from '../support/test-system';
import { percentile } from './percentile';

const OPEN = 10_000;
const CLOSED = 100_000;
const REQUESTS = Number(process.env.BENCH_LIST_REQUESTS ?? 100);
const DAY = 86_400_000;

/**
 * The list screens' task filters on one agency with 10k open and 100k closed tasks: `atRisk` (a computed condition,
 * filtered inside the open-task index), `processKind`, and the case reference each row now carries (a subquery per
 * row of the page). Printed, with a loose bound: the triage counts ask for these on every duty-desk visit.
 */
describe('benchmark: GET /tasks filters of the list screens', () => {
  let system: TestSystem;
  let baseUrl: string;
  let token: string;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    baseUrl = (system.http as any).baseUrl;
    token = ((await system.as('coordinator')) as any).token;
    const [kase] = await system.db.query(`INSERT INTO cases (reference, status) VALUES ('CASE-BENCH-1', 'OPEN') RETURNING id`);
    // Open tasks due over the coming ten weeks, half of them in a case; 1 in 100 past 75 % of its period.
    for (const caseId of [null, kase.id])
      await insertTaskRows(system.db, {
        count: OPEN / 2,
        agencyCode: 'CA_TINH_CSDT',
        status: 'OPEN',
        dueFrom: new Date(Date.now() + DAY),
        stepMs: 1_200_000,
        caseId,
      });
    await system.db.query(`UPDATE tasks SET starts_at = now() - (due_at - now()) * 4 WHERE random() < 0.01`);
    await insertTaskRows(system.db, { count: CLOSED, agencyCode: 'CA_TINH_CSDT', status: 'COMPLETED', dueFrom: new Date(Date.now() - 400 * DAY) });
    await system.db.query(`VACUUM ANALYZE tasks`);
    await system.db.query(`CHECKPOINT`);
  });
  afterAll(() => system?.close());

  async function measure(path: string): Promise<{ p50: number; p95: number; total: string | null }> {
    const ms: number[] = [];
    let total: string | null = null;
    for (let i = 0; i < REQUESTS + 10; i++) {
      const start = performance.now();
      const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      total = response.headers.get('x-total-count');
      if (i >= 10) ms.push(performance.now() - start);
    }
    return { p50: percentile(ms, 0.5), p95: percentile(ms, 0.95), total };
  }

  it('measures the default page, atRisk, overdue and processKind', async () => {
    const rows: string[] = [];
    for (const path of [
      '/tasks',
      '/tasks?atRisk=true',
      '/tasks?atRisk=true&limit=1',
      '/tasks?overdue=true&limit=1',
      '/tasks?status=OPEN&limit=1',
      '/tasks?processKind=RESCUE',
    ]) {
      const { p50, p95, total } = await measure(path);
      rows.push(
        `${path.padEnd(32)} p50 ${p50.toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  X-Total-Count ${total ?? '(over 1,000)'}`,
      );
      expect(p95).toBeLessThan(500);
    }
    console.log(
      ['', `GET /tasks as a coordinator, ${OPEN} open / ${CLOSED} closed tasks, ${REQUESTS} sequential requests each`, ...rows, ''].join('\n'),
    );
  });
});
