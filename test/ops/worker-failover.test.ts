import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { shortCatalogue } from '../support/short-catalogue';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';
import { AppProcess } from '../support/app-process';

const TIPS = 16;
const VERIFY_SECONDS = 20;
const LADDER_SECONDS = [0, 3, 6];
/** How late an escalation may fire after its moment while work moves from a killed worker to the other. */
const LATENESS_ALLOWED_MS = 45_000;

/**
 * Two worker processes on one task queue; one is killed (SIGKILL, no goodbye) while tips arrive and their deadlines
 * run. Every tip still gets exactly one verification task, one assignment notice, one reminder and one escalation per
 * level, each on time: the survivor takes over the killed worker's workflows from their histories.
 */
describe('two workers, one killed under load', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let workers: AppProcess[] = [];

  beforeAll(async () => {
    system = await startTestSystem({
      worker: false,
      catalogue: shortCatalogue({ [TipStepType.VERIFY]: VERIFY_SECONDS, [TipStepType.NOTIFY_PROCURACY]: 3600 }, LADDER_SECONDS),
    });
    coordinator = await system.as('coordinator');
    workers = [new AppProcess('worker-a'), new AppProcess('worker-b')];
    await Promise.all(workers.map((w) => w.polling()));
  }, 180_000);
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await system?.close();
  });

  const register = async (count: number) => {
    const ids = await Promise.all(
      Array.from({ length: count }, async () => {
        const res = await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() });
        expect(res.status).toBe(201);
        return res.body.processId as string;
      }),
    );
    return ids;
  };

  it('moves the killed worker’s work to the other with nothing lost, duplicated or late', async () => {
    const [killed, survivor] = workers;
    const processIds = await register(TIPS / 2);
    // Mid-load: the first half's workflows are cached on both workers with timers running; the second half is arriving.
    const secondHalf = register(TIPS / 2);
    killed.kill('SIGKILL');
    processIds.push(...(await secondHalf));
    expect(await killed.exited).toBe('SIGKILL');

    const tasks: { id: string; process_id: string; created_at: Date; due_at: Date }[] = await eventually(
      async () => {
        const rows = await system.db.query(`SELECT id, process_id, created_at, due_at FROM tasks WHERE step_type = $1 AND process_id = ANY($2)`, [
          TipStepType.VERIFY,
          processIds,
        ]);
        return rows.length >= TIPS && rows;
      },
      'a verification task for every tip',
      120_000,
    );
    expect(tasks.map((t) => t.process_id).sort()).toEqual([...processIds].sort());

    const taskIds = tasks.map((t) => t.id);
    const escalations: { task_id: string; level: number; fired_at: Date }[] = await eventually(
      async () => {
        const rows = await system.db.query(`SELECT task_id, level, fired_at FROM escalations WHERE task_id = ANY($1)`, [taskIds]);
        return rows.length >= TIPS * LADDER_SECONDS.length && rows;
      },
      'every escalation level of every task',
      120_000,
    );
    // Give a duplicate the time to show before counting.
    await new Promise((r) => setTimeout(r, 3000));
    const notifications: { task_id: string; kind: string }[] = await system.db.query(
      `SELECT task_id, kind FROM notifications WHERE task_id = ANY($1) ORDER BY created_at`,
      [taskIds],
    );
    const finalEscalations: typeof escalations = await system.db.query(`SELECT task_id, level, fired_at FROM escalations WHERE task_id = ANY($1)`, [
      taskIds,
    ]);
    expect(finalEscalations).toHaveLength(escalations.length);

    let latest = 0;
    for (const task of tasks) {
      const levels = finalEscalations.filter((e) => e.task_id === task.id);
      expect([task.process_id, levels.map((e) => e.level).sort()]).toEqual([task.process_id, [1, 2, 3]]);
      for (const e of levels) {
        const due = new Date(task.due_at).getTime() + LADDER_SECONDS[e.level - 1] * 1000;
        const lateness = new Date(e.fired_at).getTime() - due;
        expect(lateness).toBeGreaterThanOrEqual(0);
        latest = Math.max(latest, lateness);
      }
      const kinds = notifications.filter((n) => n.task_id === task.id).map((n) => n.kind);
      // The reminder falls between the task's creation and its deadline: a task the kill delayed past its deadline
      // has no reminder to send (src/domain/next-deadline-event.ts), never two.
      const reminder = new Date(task.created_at).getTime() < new Date(task.due_at).getTime() ? ['REMINDER'] : [];
      // Each exactly once; after the kill, levels that fell due together fire together, so their order is not fixed.
      expect([task.process_id, [...kinds].sort()]).toEqual([
        task.process_id,
        ['TASK_ASSIGNED', ...reminder, 'ESCALATION', 'ESCALATION', 'ESCALATION'].sort(),
      ]);
    }
    expect(latest).toBeLessThanOrEqual(LATENESS_ALLOWED_MS);
    console.log(`worker failover: ${TIPS} tips, ${finalEscalations.length} escalations, latest ${latest} ms after its moment`);
    expect(survivor.running).toBe(true);
  });
});
