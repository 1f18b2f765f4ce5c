import { startTestSystem, TestSystem } from '../support/test-system';
import { percentile } from './percentile';

const TIPS = 5_000;
const REQUESTS = Number(process.env.BENCH_LIST_REQUESTS ?? 100);

/**
 * The inbox read with every row's subject (case, tip, summary, place): an agency with 5,000 tips it verifies (one open
 * task each) and 2,500 of them opened as cases with an open rescue task. The subject is one statement per page
 * (`workSubjects`), so a page of 200 costs about what a page of 50 does, not 200 look-ups more.
 */
describe('benchmark: GET /tasks with subjects', () => {
  let system: TestSystem;
  let baseUrl: string;
  let token: string;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    baseUrl = (system.http as any).baseUrl;
    token = ((await system.as('officer')) as any).token;
    const [registrar] = await system.db.query(`SELECT id FROM users WHERE username = 'coordinator'`);
    await system.db.query(
      `INSERT INTO tips (reference, channel, received_at, summary, location, urgency, investigating_agency_code, status, workflow_id, registered_by)
       SELECT 'TIP-BENCH-' || i, 'HOTLINE_111', now(), 'Tin báo số ' || i || ' về một người bị dụ sang Campuchia làm việc tại sòng bạc ở biên giới',
              'xã ' || i, 'NORMAL', 'CA_TINH_CSDT', 'VERIFYING', 'tip-verification-TIP-BENCH-' || i, $1
       FROM generate_series(1, ${TIPS}) i`,
      [registrar.id],
    );
    await system.db.query(
      `INSERT INTO cases (reference, status, origin_tip_id) SELECT 'CASE-BENCH-' || substr(t.reference, 11), 'OPEN', t.id FROM tips t
       WHERE t.reference LIKE 'TIP-BENCH-%' AND substr(t.reference, 11)::int % 2 = 0`,
    );
    await system.db.query(`UPDATE tips t SET case_id = c.id FROM cases c WHERE c.origin_tip_id = t.id`);
    const task = (process: string, caseId: string, type: string, step: string, from: string) =>
      system.db.query(
        `INSERT INTO tasks (id, process_id, process_type, case_id, step_type, agency_code, status, created_at, starts_at, due_at, escalation_level,
                            deadline_key, legal_basis, deadline_nature, extensions, revision)
         SELECT gen_random_uuid(), ${process}, '${type}', ${caseId}, '${step}', 'CA_TINH_CSDT', 'OPEN', now(), now(),
                now() + (row_number() OVER ()) * interval '1 minute', 0, '${step}', 'seeded', 'LAW', '[]', 1
         FROM ${from}`,
      );
    await task('t.workflow_id', 'NULL::uuid', 'TIP_VERIFICATION', 'TIP_VERIFY', `tips t WHERE t.reference LIKE 'TIP-BENCH-%'`);
    await task(`'rescue-' || c.reference || '-1'`, 'c.id', 'RESCUE', 'RESCUE_PLAN', `cases c WHERE c.reference LIKE 'CASE-BENCH-%'`);
    await system.db.query(`VACUUM ANALYZE tasks, tips, cases`);
  });
  afterAll(() => system?.close());

  async function measure(path: string): Promise<{ p50: number; p95: number; rows: number }> {
    const ms: number[] = [];
    let rows = 0;
    for (let i = 0; i < REQUESTS + 10; i++) {
      const start = performance.now();
      const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      rows = ((await response.json()) as unknown[]).length;
      if (i >= 10) ms.push(performance.now() - start);
    }
    return { p50: percentile(ms, 0.5), p95: percentile(ms, 0.95), rows };
  }

  it('reads a page of the inbox with its subjects in a time that does not grow with the page', async () => {
    const results = {
      'limit=50': await measure('/tasks?limit=50'),
      'limit=200': await measure('/tasks?limit=200'),
      'q=sòng bạc, limit=50': await measure(`/tasks?limit=50&q=${encodeURIComponent('sòng bạc')}`),
    };
    console.log(
      [
        '',
        `GET /tasks as an officer over ${TIPS} verification and ${TIPS / 2} rescue tasks (${REQUESTS} sequential requests each)`,
        ...Object.entries(results).map(([name, r]) => `${name.padEnd(24)} ${r.rows} rows  p50 ${r.p50.toFixed(1)} ms / p95 ${r.p95.toFixed(1)} ms`),
        '',
      ].join('\n'),
    );
    expect(results['limit=200'].rows).toBe(200);
  });
});
