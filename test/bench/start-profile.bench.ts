import { TipsService } from '../../src/modules/tips/tips.service';
import { WorkflowGateway } from '../../src/temporal/workflow-gateway.service';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';
import { shortCatalogue } from '../support/short-catalogue';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { p, progress } from './engine-report';

/** Where one POST /tips spends its time: each phase timed by wrapping the service methods it calls. */
describe('profile of a start', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ catalogue: shortCatalogue({ [TipStepType.VERIFY]: 3600 }) });
  });
  afterAll(() => system?.close());

  it('times each phase', async () => {
    const phases: Record<string, number[]> = {};
    const wrap = (proto: any, name: string, label = name) => {
      const original = proto[name];
      proto[name] = async function (this: unknown, ...args: unknown[]) {
        const t = performance.now();
        try {
          return await original.apply(this, args);
        } finally {
          (phases[label] ??= []).push(performance.now() - t);
        }
      };
    };
    wrap(TipsService.prototype, 'register');
    wrap(TipsService.prototype, 'firstTaskListed');
    wrap(TipsService.prototype as any, 'findDuplicate');
    wrap(TipsService.prototype as any, 'insert');
    wrap(TipsService.prototype as any, 'ensureStarted');
    wrap(WorkflowGateway.prototype, 'start');
    wrap(WorkflowGateway.prototype as any, 'reachableOrThrow');
    const coordinator = await system.as('coordinator');
    const total: number[] = [];
    for (let i = 0; i < Number(process.env.PROFILE_N ?? 20); i++) {
      const t = performance.now();
      const res = await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() });
      total.push(performance.now() - t);
      expect(res.status).toBe(201);
    }
    for (const [k, v] of Object.entries({ total, ...phases })) progress(`${k.padEnd(20)} p50 ${p(v, 0.5)} p95 ${p(v, 0.95)} n ${v.length}`);
  });
});
