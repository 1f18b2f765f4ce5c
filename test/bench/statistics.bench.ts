import { insertTaskRows } from '../support/insert-task-rows';
import { startTestSystem, TestSystem } from '../support/test-system';
import { percentile } from './percentile';

const CLOSED = Number(process.env.BENCH_STATS_CLOSED ?? 500_000);
const OPEN = Number(process.env.BENCH_STATS_OPEN ?? 50_000);
const REQUESTS = Number(process.env.BENCH_STATS_REQUESTS ?? 20);
const BATCH = 100_000;
const DAY = 86_400_000;
const STEPS = ['TIP_VERIFY', 'RESCUE_SIGN_OFF_OPERATION', 'RECEPTION_SUPPORT_MEDICAL', 'PROSECUTION_RECORD_VERDICT', 'RECEPTION_TRANSFER_HOME'];

/**
 * GET /statistics for one month over two years of closed history (CLOSED completed tasks spread evenly, OPEN open
 * ones): the figures read the period's completions and the open rows, so a month costs about the same however long
 * the history behind it is.
 */
describe('benchmark: GET /statistics over a long history', () => {
  let system: TestSystem;
  let baseUrl: string;
  let token: string;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    baseUrl = (system.http as any).baseUrl;
    token = ((await system.as('leadership')) as any).token;
  });
  afterAll(() => system?.close());

  async function measure(label: string): Promise<void> {
    const to = new Date(Date.now() - 30 * DAY);
    const from = new Date(to.getTime() - 30 * DAY);
    const url = `${baseUrl}/statistics?from=${from.toISOString()}&to=${to.toISOString()}`;
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const started = performance.now();
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      await res.json();
      times.push(performance.now() - started);
    }
    console.log(`${label}: GET /statistics (one month) p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms`);
  }

  it('measures a month with an empty history, then with a long one', async () => {
    await measure('empty');
    for (let n = 0; n < CLOSED; n += BATCH) {
      const count = Math.min(BATCH, CLOSED - n);
      await insertTaskRows(system.db, {
        count,
        agencyCode: 'CA_TINH_CSDT',
        status: 'COMPLETED',
        dueFrom: new Date(Date.now() - 730 * DAY + (n / CLOSED) * 730 * DAY),
        stepMs: Math.floor((730 * DAY) / CLOSED),
        stepType: STEPS[(n / BATCH) % STEPS.length],
        outcome: { decision: 'UNFOUNDED' },
      });
    }
    // Completed around their deadline: a third late.
    await system.db.query(`UPDATE tasks SET completed_at = due_at + ((random() - 0.66) * interval '10 days') WHERE status = 'COMPLETED'`);
    await insertTaskRows(system.db, { count: OPEN, agencyCode: 'CA_TINH_CSDT', status: 'OPEN', dueFrom: new Date(Date.now() - 20 * DAY) });
    await system.db.query('VACUUM ANALYZE tasks');
    await measure(`${CLOSED} closed, ${OPEN} open`);
    // BENCH_STATS_EXPLAIN=1: the plans of the main reads, to see each one use its index.
    if (process.env.BENCH_STATS_EXPLAIN) {
      const to = new Date(Date.now() - 30 * DAY);
      const from = new Date(to.getTime() - 30 * DAY);
      for (const sql of [
        `SELECT count(*) FROM tasks WHERE step_type = ANY($3) AND status = 'COMPLETED' AND completed_at >= $1 AND completed_at < $2`,
        `SELECT agency_code, count(*) FROM tasks WHERE status IN ('OPEN', 'CLAIMED') GROUP BY agency_code`,
        `SELECT agency_code, count(*) FROM tasks WHERE status = 'COMPLETED' AND completed_at >= $1 AND completed_at < $2 GROUP BY agency_code`,
      ])
        console.log(
          (await system.db.query(`EXPLAIN ANALYZE ${sql}`, sql.includes('$3') ? [from, to, ['TIP_VERIFY']] : sql.includes('$1') ? [from, to] : []))
            .map((r: any) => r['QUERY PLAN'])
            .join('\n'),
        );
    }
  });
});
