import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { insertTaskRows } from '../../support/insert-task-rows';
import { p, progress } from '../engine-report';

const BATCH = 100_000;
const DAY = 86_400_000;
const STEPS = ['TIP_VERIFY', 'RESCUE_SIGN_OFF_OPERATION', 'RECEPTION_SUPPORT_MEDICAL', 'PROSECUTION_RECORD_VERDICT', 'RECEPTION_TRANSFER_HOME'];

export interface Size {
  open: number;
  closed: number;
}

export interface QueryTimes {
  size: Size;
  insertSeconds: number;
  /** p50 and p95 (ms) of each screen's reads. */
  times: Record<string, { p50: number | null; p95: number | null }>;
}

/** Brings the projection to `size` task rows (closed ones completed over the past two years), straight in SQL. */
async function growTo(db: DataSource, size: Size): Promise<number> {
  const started = performance.now();
  const [row] = await db.query(
    `SELECT count(*) FILTER (WHERE status IN ('OPEN', 'CLAIMED'))::int AS open, count(*) FILTER (WHERE status = 'COMPLETED')::int AS closed FROM tasks`,
  );
  for (let n = row.closed; n < size.closed; n += BATCH) {
    await insertTaskRows(db, {
      count: Math.min(BATCH, size.closed - n),
      agencyCode: 'CA_TINH_CSDT',
      status: 'COMPLETED',
      dueFrom: new Date(Date.now() - 730 * DAY + (n / size.closed) * 730 * DAY),
      stepMs: Math.max(1, Math.floor((730 * DAY) / size.closed)),
      stepType: STEPS[Math.floor(n / BATCH) % STEPS.length],
      outcome: { decision: 'UNFOUNDED' },
    });
    progress(`query growth: ${Math.min(n + BATCH, size.closed)}/${size.closed} closed rows`);
  }
  // Completed around their deadline, a third late (only the rows just inserted have completed_at = now()).
  await db.query(
    `UPDATE tasks SET completed_at = due_at + ((random() - 0.66) * interval '10 days') WHERE status = 'COMPLETED' AND legal_basis = 'seeded' AND completed_at > now() - interval '1 hour'`,
  );
  for (let n = row.open; n < size.open; n += BATCH)
    await insertTaskRows(db, {
      count: Math.min(BATCH, size.open - n),
      agencyCode: 'CA_TINH_CSDT',
      status: 'OPEN',
      dueFrom: new Date(Date.now() - 5 * DAY + n * 60_000),
      stepMs: 60_000,
      stepType: STEPS[Math.floor(n / BATCH) % STEPS.length],
    });
  // What autovacuum does in production, done at once; and the inserted pages flushed before the measurement.
  await db.query(`VACUUM ANALYZE tasks`);
  // CHECKPOINT needs a superuser (or pg_checkpoint); the test database's own role is neither, so the admin URL does it.
  const admin = new Client({ connectionString: process.env.TEST_PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CHECKPOINT`).finally(() => admin.end());
  return (performance.now() - started) / 1000;
}

/**
 * The inbox (an officer's open tasks, 200 a page), the dashboard (leadership's open tasks and twelve months of
 * figures by month) and the statistics of one month, at two sizes of the projection ten times apart.
 */
export async function queryGrowth(
  db: DataSource,
  baseUrl: string,
  tokens: { officer: string; leadership: string },
  sizes: Size[],
  requests: number,
): Promise<QueryTimes[]> {
  const to = new Date(Date.now() - 30 * DAY);
  const month = `from=${new Date(to.getTime() - 30 * DAY).toISOString()}&to=${to.toISOString()}`;
  const year = `from=${new Date(to.getTime() - 365 * DAY).toISOString()}&to=${to.toISOString()}&by=month`;
  const screens: Record<string, { token: string; paths: string[] }> = {
    inbox: { token: tokens.officer, paths: ['/tasks?limit=200'] },
    dashboard: { token: tokens.leadership, paths: ['/tasks?state=open', `/statistics?${year}`] },
    statistics: { token: tokens.leadership, paths: [`/statistics?${month}`] },
  };
  const results: QueryTimes[] = [];
  for (const size of sizes) {
    const insertSeconds = await growTo(db, size);
    const times: QueryTimes['times'] = {};
    for (const [name, screen] of Object.entries(screens)) {
      const ms: number[] = [];
      for (let i = 0; i < requests + 3; i++) {
        const start = performance.now();
        // A screen's reads go out together, as the web app sends them.
        await Promise.all(
          screen.paths.map(async (path) => {
            const res = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${screen.token}` } });
            if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
            await res.arrayBuffer();
          }),
        );
        if (i >= 3) ms.push(performance.now() - start); // the first ones warm the caches
      }
      times[name] = { p50: p(ms, 0.5), p95: p(ms, 0.95) };
    }
    progress(`query growth at ${size.open} open / ${size.closed} closed: ${JSON.stringify(times)}`);
    results.push({ size, insertSeconds: Math.round(insertSeconds), times });
  }
  return results;
}
