import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { completeTaskUpdate } from '../../workflows/human-task/messages';
import { AppModule } from '../../src/app.module';
import { Role } from '../../src/domain/role';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { ProjectionRepair } from '../../src/modules/incidents/projection-repair';
import { sealedClientOptions } from '../../src/temporal/sealed-client-options';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

const NUL = '\u0000';

/** Input PostgreSQL cannot store never freezes a process: it is refused at the edge, and if it got in anyway, it becomes an incident. */
describe('poison input', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;
  let admin: HttpClient;

  beforeAll(async () => {
    system = await startTestSystem();
    [coordinator, officer, admin] = await Promise.all([system.as('coordinator'), system.as('officer'), system.as('admin')]);
  });
  afterAll(() => system?.close());

  async function newTip() {
    const tip = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    const verify = await openTask(officer, tip.processId, TipStepType.VERIFY);
    const notify = await openTask(officer, tip.processId, TipStepType.NOTIFY_PROCURACY);
    return { tip, verify, notify };
  }

  it('refuses NUL and oversize input with 4xx; the task then completes, and its case can close', async () => {
    const { tip, verify, notify } = await newTip();
    const complete = `/tasks/${verify.id}/complete`;
    for (const outcome of [
      { decision: 'CONFIRMED', findings: `Victim found${NUL}` },
      { decision: 'CONFIRMED', findings: 'ok', [`extra${NUL}`]: 'x' },
      { decision: 'CONFIRMED', findings: 'x'.repeat(5_000_000) },
    ]) {
      const res = await officer.post(complete, { outcome });
      expect([400, 413]).toContain(res.status);
    }
    expect((await coordinator.post(`/tasks/${verify.id}/cancel`, { reason: `dup${NUL}` })).status).toBe(400);
    expect((await officer.get(`/tasks/${verify.id}`)).body.status).toBe('OPEN');

    const done = await officer.post(complete, { outcome: { decision: 'CONFIRMED', findings: 'Victim found at the compound' } });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('COMPLETED');
    expect(
      (await officer.post(`/tasks/${notify.id}/complete`, { outcome: { notifiedAt: new Date().toISOString(), documentNumber: '1/TB' } })).status,
    ).toBe(200);
    const confirmed = await eventually(async () => {
      const t = (await coordinator.get(`/tips/${tip.reference}`)).body;
      return t.status === 'CONFIRMED' && t.caseId && t;
    }, 'tip confirmed with a case');
    const [row] = await system.db.query(`SELECT reference, workflow_id FROM cases WHERE id = $1`, [confirmed.caseId]);

    // The generic process route refuses a case at once (it used to hang and then lock the case).
    for (let i = 0; i < 10; i++) {
      const startedAt = Date.now();
      const refused = await coordinator.post(`/processes/${row.workflow_id}/cancel`, { reason: 'Wrong route' });
      expect(refused.status).toBe(400);
      expect(Date.now() - startedAt).toBeLessThan(1000);
    }
    const closed = await coordinator.post(`/cases/${row.reference}/close`, { reason: 'Handled' });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('CLOSED');
  });

  it('records a write PostgreSQL refuses as an incident, lets the process go on, and repairs it from the workflow state', async () => {
    const { tip, verify, notify } = await newTip();
    const [officerRow] = await system.db.query(`SELECT id FROM users WHERE username = 'officer'`);
    // A row PostgreSQL refuses (free text is sealed now, so a NUL no longer reaches a column): a constraint that refuses
    // this task's completion, added behind the application's back, then lifted before the repair.
    await system.db.query(`ALTER TABLE tasks ADD CONSTRAINT poison_input_test CHECK (NOT (id = '${verify.id}' AND status = 'COMPLETED'))`);
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    try {
      await new Client({ connection, ...sealedClientOptions() }).workflow.getHandle(tip.processId).executeUpdate(completeTaskUpdate, {
        args: [
          {
            taskId: verify.id,
            actor: { userId: officerRow.id, agencyCode: 'CA_TINH_CSDT', roles: [Role.OFFICER] },
            outcome: { decision: 'CONFIRMED', findings: 'Đã xác minh: có dấu hiệu tội phạm' },
          },
        ],
      });
    } finally {
      await connection.close();
    }

    const incident = await eventually(async () => {
      const res = await admin.get('/incidents?status=OPEN');
      return res.body.find((i: any) => i.workflowId === tip.processId && i.subjectId === verify.id);
    }, 'incident recorded');
    expect(incident).toMatchObject({ activity: 'saveTask', errorCode: '23514', status: 'OPEN' });
    expect((await officer.get('/incidents')).status).toBe(403);
    expect((await coordinator.get('/incidents')).status).toBe(200);

    // The process did not stop: the next step goes on and the tip is confirmed.
    expect(
      (await officer.post(`/tasks/${notify.id}/complete`, { outcome: { notifiedAt: new Date().toISOString(), documentNumber: '2/TB' } })).status,
    ).toBe(200);
    await eventually(async () => (await coordinator.get(`/tips/${tip.reference}`)).body.status === 'CONFIRMED', 'tip confirmed');
    expect((await officer.get(`/tasks/${verify.id}`)).body.status).toBe('OPEN');

    await system.db.query(`ALTER TABLE tasks DROP CONSTRAINT poison_input_test`);
    const context = await NestFactory.createApplicationContext(AppModule, { logger: ['error'] });
    try {
      const summary = await context.get(ProjectionRepair).repairAll();
      expect(summary.repaired).toContain(incident.id);
    } finally {
      await context.close();
    }
    const repaired = (await officer.get(`/tasks/${verify.id}`)).body;
    expect(repaired.status).toBe('COMPLETED');
    expect(repaired.outcome.findings).toBe('Đã xác minh: có dấu hiệu tội phạm');
    const after = (await admin.get('/incidents')).body.find((i: any) => i.id === incident.id);
    expect(after).toMatchObject({ status: 'RESOLVED', resolution: expect.any(String) });
  });
});
