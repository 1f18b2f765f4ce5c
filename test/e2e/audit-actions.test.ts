import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

/** Actions on the work are audited at the API with the user who asked: one row per change, none for a replay or a refusal. */
describe('audited actions', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;
  let leadership: HttpClient;

  beforeAll(async () => {
    system = await startTestSystem();
    [coordinator, officer, leadership] = await Promise.all(['coordinator', 'officer', 'leadership'].map((u) => system.as(u as never)));
  });
  afterAll(() => system?.close());

  const rowsOf = (action: string, subjectId: string) =>
    system.db.query(
      `SELECT a.subject_type, a.subject_id, a.detail, u.username FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
        WHERE a.action = $1 AND a.subject_id = $2 ORDER BY a.arrival`,
      [action, subjectId],
    );

  it('records a registration once, with its registrar, even when the request is retried with the same key', async () => {
    const key = idempotencyKey();
    const body = tipBody();
    const first = await coordinator.post('/tips', body, { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    const again = await coordinator.post('/tips', body, { 'Idempotency-Key': key });
    expect([again.status, again.headers?.['idempotent-replayed']]).toEqual([200, 'true']); // the first answer, given again
    const rows = await rowsOf('TIP_REGISTERED', first.body.reference);
    expect(rows).toEqual([{ subject_type: 'TIP', subject_id: first.body.reference, detail: { route: 'POST /tips' }, username: 'coordinator' }]);
  });

  it('records claim and release with the officer who did them, nothing for a refused claim, and chains the rows', async () => {
    const tip = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    const task = await openTask(officer, tip.processId, TipStepType.VERIFY);
    expect([403, 409]).toContain((await leadership.post(`/tasks/${task.id}/claim`, {})).status);
    expect((await rowsOf('TASK_CLAIMED', task.id)).length).toBe(0);

    expect((await officer.post(`/tasks/${task.id}/claim`, {})).status).toBe(200);
    expect((await officer.post(`/tasks/${task.id}/unclaim`, {})).status).toBe(200);
    for (const action of ['TASK_CLAIMED', 'TASK_UNCLAIMED'])
      expect(await rowsOf(action, task.id)).toEqual([
        {
          subject_type: 'TASK',
          subject_id: task.id,
          detail: { route: `POST /tasks/:id/${action === 'TASK_CLAIMED' ? 'claim' : 'unclaim'}` },
          username: 'officer',
        },
      ]);
    await eventually(
      async () => (await system.db.query(`SELECT 1 FROM audit_log WHERE sequence IS NULL`)).length === 0 || undefined,
      'every audit row chained',
    );
  });
});
