import { startTestSystem, TestSystem } from '../support/test-system';
import { percentile } from './percentile';

const TIPS = Number(process.env.BENCH_AUDIT_TIPS ?? 50);
const SEQUENTIAL = Number(process.env.BENCH_AUDIT_SEQUENTIAL ?? 200);
const CONCURRENCY = Number(process.env.BENCH_AUDIT_CONCURRENCY ?? 10);
const PER_CLIENT = Number(process.env.BENCH_AUDIT_PER_CLIENT ?? 40);

/**
 * What auditing reads costs (docs/security.md, "Reads"): the tip page `GET /tips/{ref}` read one at a time, by
 * CONCURRENCY readers at once, and by as many readers while administrators make audited changes at the same time
 * (each change writes its own audit row). HTTP only, so the same file runs on code that audits no reads (the
 * baseline), on code that chains each row under one lock, and on code whose chainer hashes rows after they are in.
 */
describe('benchmark: audited reads', () => {
  let system: TestSystem;
  let baseUrl: string;
  let coordinatorToken: string;
  let adminToken: string;
  let references: string[];

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    baseUrl = system.http.baseUrl;
    coordinatorToken = ((await system.as('coordinator')) as unknown as { token: string }).token;
    adminToken = ((await system.as('admin')) as unknown as { token: string }).token;
    const [registrar] = await system.db.query(`SELECT id FROM users WHERE username = 'coordinator'`);
    await system.db.query(
      `INSERT INTO tips (reference, channel, received_at, summary, location, urgency, investigating_agency_code, status, workflow_id, registered_by)
       SELECT 'TIP-BENCH-' || i, 'HOTLINE_111', now(), 'Tin báo số ' || i, 'xã ' || i, 'NORMAL', 'CA_TINH_CSDT', 'VERIFYING',
              'tip-verification-TIP-BENCH-' || i, $1
       FROM generate_series(1, ${TIPS}) i`,
      [registrar.id],
    );
    references = Array.from({ length: TIPS }, (_, i) => `TIP-BENCH-${i + 1}`);
  });
  afterAll(() => system?.close());

  async function timed(path: string, token: string, init: RequestInit = {}): Promise<number> {
    const start = performance.now();
    const response = await fetch(`${baseUrl}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) } });
    await response.text();
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    return performance.now() - start;
  }
  const read = (i: number) => timed(`/tips/${references[i % references.length]}`, coordinatorToken);
  const stats = (ms: number[]) => ({
    n: ms.length,
    mean: +(ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(2),
    p50: +percentile(ms, 0.5).toFixed(2),
    p95: +percentile(ms, 0.95).toFixed(2),
  });

  async function readers(): Promise<{ ms: number[]; perSecond: number }> {
    const ms: number[] = [];
    const start = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, c) => {
        for (let i = 0; i < PER_CLIENT; i++) ms.push(await read(c * PER_CLIENT + i));
      }),
    );
    return { ms, perSecond: +((ms.length / (performance.now() - start)) * 1000).toFixed(1) };
  }

  it('measures the tip page read alone, by concurrent readers, and beside audited changes', async () => {
    for (let i = 0; i < 20; i++) await read(i); // warm-up
    const sequential: number[] = [];
    for (let i = 0; i < SEQUENTIAL; i++) sequential.push(await read(i));
    const concurrent = await readers();

    const [target] = await system.db.query(`SELECT id FROM users WHERE username = 'officer'`);
    let changing = true;
    const changes: number[] = [];
    const changers = Array.from({ length: 3 }, async (_, c) => {
      for (let i = 0; changing; i++)
        changes.push(
          await timed(`/users/${target.id}`, adminToken, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json', origin: baseUrl },
            body: JSON.stringify({ displayName: `Cán bộ ${c}-${i}` }),
          }),
        );
    });
    const mixed = await readers();
    changing = false;
    await Promise.all(changers);

    const [rows] = await system.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'TIP_READ'`);
    const report = {
      auditedReadRows: rows.n,
      sequential: stats(sequential),
      concurrent: { ...stats(concurrent.ms), perSecond: concurrent.perSecond },
      withChanges: { ...stats(mixed.ms), perSecond: mixed.perSecond, changes: stats(changes) },
    };
    console.log(`audited reads (ms):\n${JSON.stringify(report, null, 2)}`);
    expect(sequential.length).toBe(SEQUENTIAL);
  });

  /**
   * The audit write alone, without HTTP: AuditService built on this test's database, the write of a read (recordUnchained,
   * recordRead before) called one at a time and by CONCURRENCY callers at once. On code without it (no read auditing)
   * it is skipped; on code whose
   * AuditService has no chainer, each call takes the chain lock in its own transaction.
   */
  it('measures the audit write of a read alone, one at a time and concurrently', async () => {
    const { AuditService } = await import('../../src/modules/audit/audit.service');
    const { AuditLogEntity } = await import('../../src/modules/audit/audit-log.entity');
    const method = ['recordUnchained', 'recordRead'].find((name) => name in AuditService.prototype);
    if (!method) return console.log('no audited reads in this version');
    const chainerModule = await import('../../src/modules/audit/audit-chainer' as string).catch(() => null);
    const chainer = chainerModule ? new chainerModule.AuditChainer(system.db) : undefined;
    const audit = new (AuditService as any)(system.db.getRepository(AuditLogEntity), chainer);
    const entry = (i: number) => ({ actorId: null, action: 'TIP_READ', subjectType: 'TIP', subjectId: `TIP-BENCH-${i}`, detail: { count: 1 } });
    const one = async (i: number) => {
      const start = performance.now();
      await audit[method](entry(i));
      return performance.now() - start;
    };
    const sequential: number[] = [];
    for (let i = 0; i < SEQUENTIAL; i++) sequential.push(await one(i));
    const concurrent: number[] = [];
    const start = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, c) => {
        for (let i = 0; i < PER_CLIENT; i++) concurrent.push(await one(c * PER_CLIENT + i));
      }),
    );
    const perSecond = +((concurrent.length / (performance.now() - start)) * 1000).toFixed(1);
    await chainer?.flush();
    await chainer?.onModuleDestroy();
    console.log(
      `audit write of one read (ms):\n${JSON.stringify({ sequential: stats(sequential), concurrent: { ...stats(concurrent), perSecond } }, null, 2)}`,
    );
  });
});
