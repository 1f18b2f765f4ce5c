import { Client, Connection } from '@temporalio/client';
import { getProcessQuery } from '../../workflows/human-task/messages';
import { getCaseQuery } from '../../workflows/case/messages';
import { RescueStepType } from '../../src/domain/rescue/rescue-step-type';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { sealedClientOptions } from '../../src/temporal/sealed-client-options';
import { AgencyStaff } from '../support/agency-staff';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { ProcessDriver } from '../support/process-driver';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

const CANARY = 'CANARY-Hoa-Mai-7f3k';

/**
 * The record of reference outlives the engine's history: a closed case's page, its processes and their timelines and
 * outcomes answer the same after retention (here: an explicit delete) removed every workflow from Temporal, and the
 * record rows hold no free text in clear.
 */
describe('the record outlives the engine’s history', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let connection: Connection;
  let engine: Client;

  beforeAll(async () => {
    system = await startTestSystem();
    coordinator = await system.as('coordinator');
    connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    engine = new Client({ connection, ...sealedClientOptions() });
  });
  afterAll(async () => {
    await connection?.close();
    await system?.close();
  });

  it('a closed case’s page, timeline and outcomes are intact after its workflows are deleted from Temporal', async () => {
    const drive = new ProcessDriver(coordinator, new AgencyStaff(system));
    const tip = (await coordinator.post('/tips', tipBody({ summary: `Tip ${CANARY}` }), { 'Idempotency-Key': idempotencyKey() })).body;
    await drive.complete(tip.processId, TipStepType.VERIFY, { decision: 'CONFIRMED', findings: `Findings ${CANARY}` });
    await drive.workUntilClosed(tip.processId);
    const caseId = await eventually(async () => (await coordinator.get(`/tips/${tip.reference}`)).body.caseId, 'case opened');
    const [{ reference: ref, workflow_id: caseWorkflowId }] = await system.db.query(`SELECT reference, workflow_id FROM cases WHERE id = $1`, [
      caseId,
    ]);
    const rescue = await eventually(async () => {
      const res = await coordinator.post(`/cases/${ref}/processes`, { kind: 'RESCUE', victimAbroad: false, borderArea: false });
      return res.status === 201 && res.body;
    }, 'rescue started');
    await drive.task(rescue.processId, RescueStepType.PLAN);
    expect((await coordinator.post(`/cases/${ref}/processes/${rescue.processId}/cancel`, { reason: `Cancelled ${CANARY}` })).status).toBe(200);
    expect((await coordinator.post(`/cases/${ref}/close`, { reason: `Closed ${CANARY}` })).status).toBe(200);

    const processIds = [tip.processId, rescue.processId];
    const workflowIds = [...processIds, caseWorkflowId];
    // The worker writes each record before its workflow ends.
    await eventually(async () => {
      const rows = await system.db.query(`SELECT status FROM process_records WHERE workflow_id = ANY($1)`, [workflowIds]);
      return rows.length === 3 && rows.every((r: { status: string }) => ['COMPLETED', 'CANCELLED', 'CLOSED'].includes(r.status));
    }, 'records of the closed workflows');
    const read = async () => ({
      case: (await coordinator.get(`/cases/${ref}`)).body,
      processes: (await coordinator.get(`/cases/${ref}/processes`)).body,
      tip: (await coordinator.get(`/processes/${tip.processId}`)).body,
      rescue: (await coordinator.get(`/processes/${rescue.processId}`)).body,
    });
    const before = await read();
    // What the workflows themselves held, asked of the engine while it still has them.
    const live = {
      case: await engine.workflow.getHandle(caseWorkflowId).query(getCaseQuery),
      tip: await engine.workflow.getHandle(tip.processId).query(getProcessQuery),
      rescue: await engine.workflow.getHandle(rescue.processId).query(getProcessQuery),
    };

    // What keeping the record costs the engine: one activity per change, in the tip verification's history.
    const events = (await engine.workflow.getHandle(tip.processId).fetchHistory()).events ?? [];
    const writes = events.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'saveRecord').length;
    const [size] = await system.db.query(
      `SELECT max(octet_length(sealed))::int AS max, sum(octet_length(sealed))::int AS total FROM process_records`,
    );
    console.log(
      `record: ${writes} saveRecord activities of ${events.length} history events in ${tip.processId} (${live.tip.timeline.length} timeline entries); ` +
        `sealed rows ${size.total} bytes in all, largest ${size.max}`,
    );

    const namespace = process.env.TEMPORAL_NAMESPACE || 'default';
    for (const workflowId of workflowIds) await connection.workflowService.deleteWorkflowExecution({ namespace, workflowExecution: { workflowId } });
    for (const workflowId of workflowIds)
      await eventually(
        () =>
          engine.workflow
            .getHandle(workflowId)
            .describe()
            .then(
              () => false,
              () => true,
            ),
        `${workflowId} deleted from Temporal`,
        // The server deletes in the background (a system workflow): on a loaded machine it takes more than 30 s.
        180_000,
      );

    const startedAt = performance.now();
    const after = await read();
    console.log(`the four pages read from the record alone in ${Math.round(performance.now() - startedAt)} ms`);
    expect(after).toEqual(before);
    for (const key of ['tip', 'rescue'] as const) {
      expect(after[key].status).toBe(live[key].status);
      expect(after[key].timeline.map((e: any) => e.type)).toEqual(live[key].timeline.map((e) => e.type));
      expect(after[key].tasks.map((t: any) => [t.id, t.status, t.outcome ?? null])).toEqual(
        live[key].tasks.map((t) => [t.taskId, t.status, t.outcome ?? null]),
      );
    }
    expect(after.case.status).toBe('CLOSED');
    expect(after.case.timeline).toHaveLength(live.case.timeline.length + live.tip.timeline.length + live.rescue.timeline.length);
    // The outcomes and reasons themselves, not only the shape: the findings, the cancel and the close reasons.
    const text = JSON.stringify(after.case.timeline);
    for (const phrase of [`Findings ${CANARY}`, `Cancelled ${CANARY}`, `Closed ${CANARY}`]) expect(text).toContain(phrase);
    expect(after.tip.tasks.find((t: any) => t.stepType === TipStepType.VERIFY).outcome).toMatchObject({ findings: `Findings ${CANARY}` });
    expect(after.processes.map((p: any) => [p.processId, p.status])).toEqual([[rescue.processId, 'CANCELLED']]);

    // Sealed: no row carries the free text in clear, each names the key that sealed it.
    const rows = await system.db.query(
      `SELECT workflow_id, key_id, encode(sealed, 'escape') AS body FROM process_records WHERE workflow_id = ANY($1)`,
      [workflowIds],
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.key_id).toBe('record-key-v1');
      expect(row.body).not.toContain(CANARY);
      expect(row.body).not.toContain('Findings');
    }
  }, 420_000);
});
