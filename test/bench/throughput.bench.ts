import { cpus } from 'node:os';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { readAllPages } from './read-all-pages';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

const TIPS = Number(process.env.BENCH_TIPS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);

function stats(label: string, ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
  return `${label.padEnd(34)} n=${String(ms.length).padEnd(5)} p50=${at(0.5)} ms  p95=${at(0.95)} ms  max=${sorted[sorted.length - 1].toFixed(1)} ms`;
}

async function timed<T>(fn: () => Promise<T>, into: number[]): Promise<T> {
  const start = performance.now();
  const result = await fn();
  into.push(performance.now() - start);
  return result;
}

/** Runs `count` jobs with at most `concurrency` in flight; returns the wall time in ms. */
async function pool(count: number, concurrency: number, job: (i: number) => Promise<void>): Promise<number> {
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await job(next++);
    }),
  );
  return performance.now() - start;
}

/**
 * Throughput and latency of the API with its worker in one process, on this machine, against the real PostgreSQL
 * and Temporal: registering tips (each starts a workflow), the task queue read, and completing tasks (a Temporal
 * Update that the workflow validates and projects before answering). Prints numbers; asserts only correctness.
 */
describe('benchmark', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;
  let baseUrl: string;

  beforeAll(async () => {
    system = await startTestSystem();
    [coordinator, officer] = await Promise.all([system.as('coordinator'), system.as('officer')]);
    baseUrl = (system.http as any).baseUrl;
  });
  afterAll(() => system?.close());

  it(`registers ${TIPS} tips, reads the queue and completes ${TIPS} verifications`, async () => {
    const register: number[] = [];
    const processIds: string[] = [];
    const registerWall = await pool(TIPS, CONCURRENCY, async () => {
      const res = await timed(() => coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() }), register);
      expect(res.status).toBe(201);
      processIds.push(res.body.processId);
    });

    const queue: number[] = [];
    const tasks = await eventually(
      async () => {
        const start = performance.now();
        const open = await readAllPages(baseUrl, (officer as any).token, `/tasks?stepType=${TipStepType.VERIFY}&limit=200`);
        queue.push(performance.now() - start);
        const verify = open.filter((t: any) => t.stepType === TipStepType.VERIFY);
        return verify.length >= TIPS && verify;
      },
      'all verification tasks',
      120_000,
    );

    const complete: number[] = [];
    const completeWall = await pool(TIPS, CONCURRENCY, async (i) => {
      const res = await timed(
        () => officer.post(`/tasks/${tasks[i].id}/complete`, { outcome: { decision: 'UNFOUNDED', findings: 'bench', reason: 'bench' } }),
        complete,
      );
      expect(res.status).toBe(200);
    });
    for (let i = 0; i < 50; i++) await timed(() => officer.get('/tasks?limit=100'), queue);

    const memory = process.memoryUsage();
    const lines = [
      `machine: ${cpus().length} cores; API + worker in one Node process; concurrency ${CONCURRENCY}`,
      stats('POST /tips (starts a workflow)', register),
      `${''.padEnd(34)} throughput ${(TIPS / (registerWall / 1000)).toFixed(1)} tips/s`,
      stats('GET /tasks (queue read)', queue),
      stats('POST /tasks/{id}/complete (Update)', complete),
      `${''.padEnd(34)} throughput ${(TIPS / (completeWall / 1000)).toFixed(1)} completions/s`,
      `memory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
    ];
    console.log(`\n${lines.join('\n')}\n`);
  });
});
