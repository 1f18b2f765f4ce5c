import { Client, Connection } from '@temporalio/client';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';
import { tipsBySummary } from '../support/tips-by-summary';

const CALL_TIMEOUT_MS = 3000;

/**
 * With the worker stopped the engine takes an update but nobody answers it: the API must say the outcome is
 * unknown (504), not "nothing changed"; once the worker is back the update is applied, and retrying the same
 * request answers 200 with the task instead of 409.
 */
describe('truthful outcomes when the engine does not answer', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;

  beforeAll(async () => {
    process.env.TEMPORAL_CALL_TIMEOUT_MS = String(CALL_TIMEOUT_MS);
    system = await startTestSystem();
    [coordinator, officer] = await Promise.all([system.as('coordinator'), system.as('officer')]);
  });
  afterAll(async () => {
    await system?.close();
    delete process.env.TEMPORAL_CALL_TIMEOUT_MS;
  });

  it('answers OUTCOME_UNKNOWN within the timeout, and the retry of the same completion gets 200 with the task', async () => {
    const tip = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    const verify = await openTask(officer, tip.processId, TipStepType.VERIFY);
    const outcome = { decision: 'UNFOUNDED', findings: 'Nobody at the address', reason: 'The address does not exist' };

    await system.stopWorker();
    const startedAt = Date.now();
    const unanswered = await officer.post(`/tasks/${verify.id}/complete`, { outcome });
    const elapsed = Date.now() - startedAt;
    expect(unanswered.status).toBe(504);
    expect(unanswered.body.code).toBe('OUTCOME_UNKNOWN');
    expect(unanswered.body.message).toMatch(/may have been applied/);
    expect(unanswered.body.message).toMatch(/safe/);
    expect(unanswered.body.message).not.toMatch(/nothing was/);
    expect(elapsed).toBeLessThan(CALL_TIMEOUT_MS + 1500);
    console.log(`completion with the worker stopped answered ${unanswered.status} after ${elapsed} ms (timeout ${CALL_TIMEOUT_MS} ms)`);

    await system.startWorker();
    // Whether the engine kept the unanswered update or dropped it, the same request now ends in one completion.
    const retried = await officer.post(`/tasks/${verify.id}/complete`, {
      outcome: { reason: outcome.reason, findings: outcome.findings, decision: outcome.decision },
    });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id: verify.id, status: 'COMPLETED', outcome });
    const other = await officer.post(`/tasks/${verify.id}/complete`, { outcome: { decision: 'CONFIRMED', findings: 'Something else' } });
    expect(other.status).toBe(409);
    const [row] = await system.db.query(`SELECT count(*)::int AS n FROM tasks WHERE id = $1 AND status = 'COMPLETED'`, [verify.id]);
    expect(row.n).toBe(1);
  });

  it('answers 201 for a case opened while no worker can answer for it yet, and the case is there', async () => {
    await system.stopWorker();
    const opened = await coordinator.post('/cases', {});
    await system.startWorker();
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ status: 'OPEN', reference: expect.stringMatching(/^CASE-/) });
    const found = await eventually(async () => {
      const res = await coordinator.get(`/cases/${opened.body.reference}`);
      return res.status === 200 && res.body;
    }, 'the case answers once the worker is back');
    expect(found.status).toBe('OPEN');
  });

  it('answers a completion the workflow accepted with 200 even while its row is held, and the row catches up', async () => {
    const tip = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    const verify = await openTask(officer, tip.processId, TipStepType.VERIFY);
    const outcome = { decision: 'CONFIRMED', findings: 'Victim located at the compound' };
    // Hold the task's row: the workflow accepts the completion; its writes wait, the answer does not (it is known).
    const lock = system.db.createQueryRunner();
    await lock.connect();
    await lock.startTransaction();
    await lock.query(`SELECT id FROM tasks WHERE id = $1 FOR UPDATE`, [verify.id]);
    let answered;
    try {
      const startedAt = Date.now();
      answered = await officer.post(`/tasks/${verify.id}/complete`, { outcome });
      expect(Date.now() - startedAt).toBeLessThan(CALL_TIMEOUT_MS + 1500);
    } finally {
      await lock.commitTransaction();
      await lock.release();
    }
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'COMPLETED', outcome });
    // The held write lands once the row is free.
    await eventually(async () => (await officer.get(`/tasks/${verify.id}`)).body.status === 'COMPLETED', 'completion projected late');
    const retried = await officer.post(`/tasks/${verify.id}/complete`, { outcome });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ status: 'COMPLETED', outcome });
  });

  it('answers a retry that reaches the workflow before the projection caught up with 200 as well', async () => {
    const tip = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    const verify = await openTask(officer, tip.processId, TipStepType.VERIFY);
    const outcome = { decision: 'CONFIRMED', findings: 'Victim located' };
    const first = await officer.post(`/tasks/${verify.id}/complete`, { outcome });
    expect(first.status).toBe(200);
    // Make the projection look stale, as it is between the workflow's answer and the write.
    await system.db.query(`UPDATE tasks SET status = 'OPEN', completed_by = NULL, outcome = NULL WHERE id = $1`, [verify.id]);
    const retried = await officer.post(`/tasks/${verify.id}/complete`, { outcome });
    expect(retried.status).toBe(200);
    expect(retried.body.status).toBe('COMPLETED');
  });

  /**
   * PostgreSQL fails the write that follows the engine's answer, with the SQLSTATE of a server shutting down
   * (57P01), from a trigger on exactly that write. The change has reached Temporal, so the answer is 504, not 503.
   */
  const failWrite = async (table: string, when: string) => {
    await system.db.query(`CREATE OR REPLACE FUNCTION fail_after_engine() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'terminating connection due to administrator command' USING ERRCODE = '57P01'; END $$`);
    await system.db.query(
      `CREATE TRIGGER fail_after_engine BEFORE UPDATE ON ${table} FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION fail_after_engine()`,
    );
    return () => system.db.query(`DROP TRIGGER fail_after_engine ON ${table}`);
  };

  it('answers 504 for a tip whose verification started before PostgreSQL failed, and its retry makes one tip and one process', async () => {
    const key = idempotencyKey();
    const body = tipBody({ summary: `Saved, started, then the database failed ${key}` });
    const restore = await failWrite('tips', `OLD.status = 'PENDING_START' AND NEW.status = 'VERIFYING'`);
    let unanswered;
    try {
      unanswered = await coordinator.post('/tips', body, { 'Idempotency-Key': key });
    } finally {
      await restore();
    }
    expect(unanswered.status).toBe(504);
    expect(unanswered.body.code).toBe('OUTCOME_UNKNOWN');
    expect(unanswered.body.message).not.toMatch(/nothing was/);
    const [saved] = await tipsBySummary(system.db, body.summary);
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    try {
      const handle = new Client({ connection }).workflow.getHandle(saved.workflowId);
      const { runId } = await handle.describe();

      const retried = await coordinator.post('/tips', body, { 'Idempotency-Key': key });
      expect(retried.status).toBe(200);
      expect(retried.body).toMatchObject({ id: saved.id, status: 'VERIFYING' });
      expect(await tipsBySummary(system.db, body.summary)).toHaveLength(1);
      expect((await handle.describe()).runId).toBe(runId);
    } finally {
      await connection.close();
    }
  });

  it('answers 504 for a completion, a process start and a case opened before PostgreSQL failed, and their retries apply them once', async () => {
    const tip = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    const verify = await openTask(officer, tip.processId, TipStepType.VERIFY);
    const opened = (await coordinator.post('/cases', {}, { 'Idempotency-Key': idempotencyKey() })).body;
    const changes: { client: HttpClient; path: string; body: unknown }[] = [
      {
        client: officer,
        path: `/tasks/${verify.id}/complete`,
        body: { outcome: { decision: 'UNFOUNDED', findings: 'Nobody at the address', reason: 'No such address' } },
      },
      { client: coordinator, path: `/cases/${opened.reference}/processes`, body: { kind: 'RESCUE' } },
      { client: coordinator, path: '/cases', body: { charge: { article: 150, clause: 2 } } },
    ];
    const [{ n: casesBefore }] = await system.db.query(`SELECT count(*)::int AS n FROM cases`);
    for (const { client, path, body } of changes) {
      const key = idempotencyKey();
      // The engine answers; recording that answer under the key is the write that fails.
      const restore = await failWrite('idempotency_keys', `NEW.status = 'DONE' AND NEW.key = '${key}'`);
      let unanswered;
      try {
        unanswered = await client.post(path, body, { 'Idempotency-Key': key });
      } finally {
        await restore();
      }
      expect({ path, status: unanswered.status, code: unanswered.body.code }).toEqual({ path, status: 504, code: 'OUTCOME_UNKNOWN' });
      const retried = await client.post(path, body, { 'Idempotency-Key': key });
      expect({ path, ok: retried.status === 200 || retried.status === 201 }).toEqual({ path, ok: true });
    }
    const timeline = (await coordinator.get(`/processes/${tip.processId}`)).body.timeline;
    expect(timeline.filter((e: any) => e.type === 'TASK_COMPLETED' && e.taskId === verify.id)).toHaveLength(1);
    const children = (await coordinator.get(`/cases/${opened.reference}`)).body.processes;
    expect(children.filter((p: any) => p.kind === 'RESCUE')).toHaveLength(1);
    const [{ n: casesAfter }] = await system.db.query(`SELECT count(*)::int AS n FROM cases`);
    expect(casesAfter).toBe(casesBefore + 1);
  });
});
