import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';
import { percentile } from './percentile';

const TIPS = Number(process.env.BENCH_SEALED_TIPS ?? 2_000);
const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 50);
const QUERIES = Number(process.env.BENCH_LIST_REQUESTS ?? 50);

/**
 * What sealing columns costs (docs/security.md): tip registration (summary, place and tipster sealed) and the inbox,
 * plain and searched (`q` over summaries: opened in memory among the tips the caller may read), with TIPS tips in the
 * database. Runs on code without sealing too (the seeded rows then stay in clear), for the before/after comparison.
 */
describe('benchmark: the cost of sealed columns', () => {
  let system: TestSystem;
  let baseUrl: string;

  beforeAll(async () => {
    system = await startTestSystem();
    baseUrl = (system.http as any).baseUrl;
    const [registrar] = await system.db.query(`SELECT id FROM users WHERE username = 'coordinator'`);
    await system.db.query(
      `INSERT INTO tips (reference, channel, received_at, summary, location, urgency, investigating_agency_code, status, workflow_id, registered_by)
       SELECT 'TIP-BENCH-' || i, 'HOTLINE_111', now(), 'Tin báo số ' || i || ' về một người bị dụ sang Campuchia làm việc tại sòng bạc ở biên giới',
              'xã ' || i, 'NORMAL', 'CA_TINH_CSDT', 'VERIFYING', 'tip-verification-TIP-BENCH-' || i, $1
       FROM generate_series(1, ${TIPS}) i`,
      [registrar.id],
    );
    await system.db.query(
      `INSERT INTO tasks (id, process_id, process_type, step_type, agency_code, status, created_at, starts_at, due_at, escalation_level,
                          deadline_key, legal_basis, deadline_nature, extensions, revision)
       SELECT gen_random_uuid(), t.workflow_id, 'TIP_VERIFICATION', 'TIP_VERIFY', 'CA_TINH_CSDT', 'OPEN', now(), now(),
              now() + (row_number() OVER ()) * interval '1 minute', 0, 'TIP_VERIFY', 'seeded', 'LAW', '[]', 1
       FROM tips t WHERE t.reference LIKE 'TIP-BENCH-%'`,
    );
    try {
      // With sealing: the seeded rows sealed as the migration would.
      const { resealColumns } = await import('../../src/database/sealing/reseal-columns' as string);
      const { columnSealer } = await import('../../src/common/crypto/column-sealer' as string);
      await resealColumns(system.db, columnSealer());
      console.log('seeded rows sealed');
    } catch {
      console.log('no sealing in this version: seeded rows in clear');
    }
    await system.db.query(`VACUUM ANALYZE tasks, tips`);
  });
  afterAll(() => system?.close());

  const stats = (ms: number[]) => ({
    mean: +(ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(1),
    p50: +percentile(ms, 0.5).toFixed(1),
    p95: +percentile(ms, 0.95).toFixed(1),
  });

  it('measures registration and the inbox', async () => {
    const coordinator = await system.as('coordinator');
    const officer = await system.as('officer');
    const register: number[] = [];
    for (let i = 0; i < REGISTRATIONS + 5; i++) {
      const start = performance.now();
      const res = await coordinator.post(
        '/tips',
        tipBody({ summary: `Bench registration ${i}: a woman held at a casino`, tipsterContact: { name: 'Nguyễn Văn A', phone: '0912345678' } }),
        { 'Idempotency-Key': idempotencyKey() },
      );
      expect(res.status).toBe(201);
      if (i >= 5) register.push(performance.now() - start);
    }
    const inbox = async (token: string, path: string) => {
      const ms: number[] = [];
      for (let i = 0; i < QUERIES + 5; i++) {
        const start = performance.now();
        const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
        expect(response.status).toBe(200);
        await response.json();
        if (i >= 5) ms.push(performance.now() - start);
      }
      console.log(`sealed-cost ${path} ${JSON.stringify(stats(ms))}`);
      return stats(ms);
    };
    console.log(`sealed-cost registration ${JSON.stringify(stats(register))}`);
    const result = {
      tips: TIPS,
      registration: stats(register),
      inboxOfficer: await inbox((officer as any).token, '/tasks?limit=50'),
      inboxOfficerSearch: await inbox((officer as any).token, `/tasks?limit=50&q=${encodeURIComponent('số 1234 về')}`),
      inboxCoordinatorSearch: await inbox((coordinator as any).token, `/tasks?limit=50&q=${encodeURIComponent('số 1234 về')}`),
      tipsCoordinatorSearch: await inbox((coordinator as any).token, `/tips?limit=50&q=${encodeURIComponent('số 1234 về')}`),
    };
    console.log(`sealed-cost ${JSON.stringify(result)}`);
  });
});
