import { Logger } from '@nestjs/common';
import { Client, Connection, WorkflowUpdateStage } from '@temporalio/client';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { completeTaskUpdate } from '../../workflows/human-task/messages';
import { Role } from '../../src/domain/role';
import { sealedClientOptions } from '../../src/temporal/sealed-client-options';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { eventually } from '../support/eventually';
import { freePort } from '../support/free-port';
import { HttpClient } from '../support/http-client';
import { OwnPostgresServer } from '../support/own-postgres-server';
import { OwnTemporalServer } from '../support/own-temporal-server';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

/**
 * This file owns its PostgreSQL and Temporal servers so it can take them down: the API must answer 503 with a
 * clear message, and the work must resume, with nothing accepted lost, once they are back.
 */
describe('PostgreSQL or Temporal down', () => {
  const dir = join(__dirname, '../../.test-data', `outage-${process.pid}`);
  let pg: OwnPostgresServer;
  let temporal: OwnTemporalServer;
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    pg = new OwnPostgresServer(join(dir, 'pg'), await freePort());
    await pg.start();
    temporal = new OwnTemporalServer(await freePort(), join(dir, 'temporal.db'));
    await temporal.start();
    process.env.TEMPORAL_ADDRESS = temporal.address;
    process.env.TEMPORAL_CALL_TIMEOUT_MS = '3000';
    process.env.PENDING_START_SWEEP_MS = '1000';
    system = await startTestSystem({ adminUrl: pg.adminUrl });
    [coordinator, officer] = await Promise.all([system.as('coordinator'), system.as('officer')]);
  });

  afterAll(async () => {
    await system?.close();
    await temporal?.stop();
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const verifyTask = (processId: string) =>
    eventually(
      async () => {
        const res = await officer.get(`/tasks?processId=${processId}`);
        return res.status === 200 && res.body.find((t: any) => t.stepType === TipStepType.VERIFY);
      },
      'verify task',
      60_000,
    );

  it('answers 503 while Temporal is down, keeps a tip registered meanwhile, and resumes when it returns', async () => {
    const first = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    const task = await verifyTask(first.processId);

    await temporal.stop();
    const startedAt = Date.now();
    const claim = await officer.post(`/tasks/${task.id}/claim`);
    const elapsed = Date.now() - startedAt;
    expect(claim.status).toBe(503);
    expect(claim.body.code).toBe('WORKFLOW_ENGINE_UNAVAILABLE');
    // Certain: the engine was not reachable, so the claim was never sent; and said within the configured timeout.
    expect(claim.body.message).toMatch(/nothing was changed/);
    expect(elapsed).toBeLessThan(Number(process.env.TEMPORAL_CALL_TIMEOUT_MS));
    console.log(`claim with Temporal down answered 503 after ${elapsed} ms (timeout ${process.env.TEMPORAL_CALL_TIMEOUT_MS} ms)`);
    expect((await system.http.get('/health')).body).toEqual({ status: 'down', postgres: 'up', temporal: 'down' });

    // A case cannot be opened without its workflow: refused, and no row is left behind.
    const casesBefore = Number((await system.db.query(`SELECT count(*) AS n FROM cases`))[0].n);
    const kase = await coordinator.post('/cases', {});
    expect(kase.status).toBe(503);
    expect(Number((await system.db.query(`SELECT count(*) AS n FROM cases`))[0].n)).toBe(casesBefore);

    const key = idempotencyKey();
    const during = await coordinator.post('/tips', tipBody({ summary: 'Registered during the outage' }), { 'Idempotency-Key': key });
    expect(during.status).toBe(503);
    expect(during.body.message).toMatch(/TIP-\d{8}-\w{6} is saved/);
    // Tips keep the key with its caller (another coordinator's identical key is another request).
    const [saved] = await system.db.query(`SELECT reference, status, workflow_id FROM tips WHERE idempotency_key LIKE '%:' || $1`, [key]);
    expect(saved.status).toBe('PENDING_START');
    expect(saved.workflow_id).toBeTruthy();

    await temporal.start();
    // The pending sweep starts the saved tip's process without anyone retrying.
    await eventually(
      async () => {
        const [row] = await system.db.query(`SELECT status FROM tips WHERE reference = $1`, [saved.reference]);
        return row.status === 'VERIFYING';
      },
      'pending tip started',
      60_000,
    );
    await verifyTask(saved.workflow_id);
    // The first tip's workflow survived the restart and takes the claim now.
    const retried = await eventually(
      async () => {
        const res = await officer.post(`/tasks/${task.id}/claim`);
        return res.status === 200 && res;
      },
      'claim after Temporal returned',
      60_000,
    );
    expect(retried.body.status).toBe('CLAIMED');
  });

  it('answers 503 while PostgreSQL is down, and a decision accepted meanwhile is written once it is back', async () => {
    const tip = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    const task = await verifyTask(tip.processId);
    const [officerRow] = await system.db.query(`SELECT id FROM users WHERE username = 'officer'`);

    await pg.stop();
    const res = await officer.get('/tasks');
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('DATABASE_UNAVAILABLE');
    expect((await system.http.get('/health')).body).toMatchObject({ status: 'down', postgres: 'down' });

    // The workflow (not the database) decides: the completion is accepted even now, and its writes wait.
    const connection = await Connection.connect({ address: temporal.address });
    try {
      const handle = new Client({ connection, ...sealedClientOptions() }).workflow.getHandle(tip.processId);
      await handle.startUpdate(completeTaskUpdate, {
        args: [
          {
            taskId: task.id,
            actor: { userId: officerRow.id, agencyCode: 'CA_TINH_CSDT', roles: [Role.OFFICER] },
            outcome: { decision: 'CONFIRMED', findings: 'Confirmed during the outage' },
          },
        ],
        waitForStage: WorkflowUpdateStage.ACCEPTED,
      });
      // Its write has been tried and refused at least once while PostgreSQL was down (observed, not slept on).
      await eventually(
        async () => {
          const { raw } = await handle.describe();
          return (raw.pendingActivities ?? []).some((a) => (a.attempt ?? 0) >= 2);
        },
        'the write retried while PostgreSQL is down',
        60_000,
      );
    } finally {
      await connection.close();
    }

    await pg.start();
    const confirmed = await eventually(
      async () => {
        const r = await coordinator.get(`/tips/${tip.reference}`);
        return r.status === 200 && r.body.status === 'CONFIRMED' && r.body;
      },
      'tip confirmed after PostgreSQL returned',
      90_000,
    );
    expect(confirmed.caseId).toEqual(expect.any(String));
    // The tip's status and the task's row are separate writes: wait for the task's own, not for the tip's.
    const row = await eventually(
      async () => {
        const r = (await officer.get(`/tasks/${task.id}`)).body;
        return r.status === 'COMPLETED' && r;
      },
      'task row completed',
      60_000,
    );
    expect(row.outcome.findings).toBe('Confirmed during the outage');
  });
  it('starts a worker while Temporal is down: it waits, retrying, and runs once Temporal is back', async () => {
    const tip = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    const task = await verifyTask(tip.processId);
    await system.stopWorker();
    await temporal.stop();
    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      let failed: unknown;
      const starting = system.startWorker().catch((error) => (failed = error));
      await eventually(
        async () => warn.mock.calls.filter(([m]) => /not reachable \(attempt \d+/.test(String(m))).length >= 2,
        'two connection attempts',
      );
      expect(failed).toBeUndefined();
      await temporal.start();
      await starting;
      expect(failed).toBeUndefined();
    } finally {
      warn.mockRestore();
    }
    const claimed = await eventually(
      async () => {
        const res = await officer.post(`/tasks/${task.id}/claim`);
        return res.status === 200 && res;
      },
      'claim once the worker runs',
      60_000,
    );
    expect(claimed.body.status).toBe('CLAIMED');
  });
});
