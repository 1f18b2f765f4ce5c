import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { Role } from '../../src/domain/role';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { sealedClientOptions } from '../../src/temporal/sealed-client-options';
import { cancelProcessUpdate } from '../../workflows/human-task/messages';
import { chargeChangedSignal } from '../../workflows/prosecution/messages';
import { prosecutionWorkflow } from '../../workflows/prosecution/prosecution.workflow';
import { startAsCaseChild } from '../support/start-process';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

type Payload = temporal.api.common.v1.IPayload;

/**
 * Someone who reaches Temporal's port but has no key can still copy sealed payloads out of a history. A copy sent to
 * another workflow, or sent again to its own, must change nothing and leave a security event.
 */
describe('sealed messages are bound to their use', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;
  let connection: Connection;
  let raw: Client;

  beforeAll(async () => {
    system = await startTestSystem();
    [coordinator, officer] = await Promise.all([system.as('coordinator'), system.as('officer')]);
    connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    // No codec and no key: what an intruder on the network has.
    raw = new Client({ connection });
  });
  afterAll(async () => {
    await connection?.close();
    await system?.close();
  });

  const register = async () => (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;

  /** The sealed argument and update id of an update accepted in a workflow's history, read without the key. */
  async function copiedUpdate(workflowId: string, name: string): Promise<{ payload: Payload; updateId: string }> {
    const history = await raw.workflow.getHandle(workflowId).fetchHistory();
    const accepted = history
      .events!.map((e) => e.workflowExecutionUpdateAcceptedEventAttributes)
      .find((a) => a?.acceptedRequest?.input?.name === name);
    return { payload: accepted!.acceptedRequest!.input!.args!.payloads![0], updateId: accepted!.acceptedRequest!.meta!.updateId! };
  }

  /** Sends a payload as it is, bytes untouched, and returns the failure message ('' when it was applied). */
  async function sendRaw(workflowId: string, name: string, payload: Payload, updateId: string): Promise<string> {
    const response = await connection.workflowService.updateWorkflowExecution({
      namespace: 'default',
      workflowExecution: { workflowId },
      request: { meta: { updateId, identity: 'intruder' }, input: { name, args: { payloads: [payload] } } },
      waitPolicy: { lifecycleStage: temporal.api.enums.v1.UpdateWorkflowExecutionLifecycleStage.UPDATE_WORKFLOW_EXECUTION_LIFECYCLE_STAGE_COMPLETED },
    });
    return response.outcome?.failure?.message ?? '';
  }

  const refusals = (workflowId: string) =>
    system.db.query(`SELECT detail FROM audit_log WHERE action = 'MESSAGE_REFUSED' AND subject_id = $1 ORDER BY at`, [workflowId]);

  it('refuses a coordinator’s cancellation copied from one tip verification to another', async () => {
    const [cancelled, target] = await Promise.all([register(), register()]);
    await openTask(officer, target.processId, TipStepType.VERIFY);
    const done = await coordinator.post(`/processes/${cancelled.processId}/cancel`, { reason: 'Duplicate of another tip' });
    expect(done.status).toBe(200);

    const { payload, updateId } = await copiedUpdate(cancelled.processId, 'cancelProcess');
    expect(await sendRaw(target.processId, 'cancelProcess', payload, randomUUID())).toMatch(/WRONG_BINDING/);
    expect(await sendRaw(target.processId, 'cancelProcess', payload, updateId)).toMatch(/WRONG_BINDING/);

    const view = (await coordinator.get(`/processes/${target.processId}`)).body;
    expect(view.status).toBe('RUNNING');
    expect(view.timeline.map((e: { type: string }) => e.type)).not.toContain('PROCESS_CANCELLED');
    const events = await eventually(
      async () => ((await refusals(target.processId)).length === 2 ? refusals(target.processId) : undefined),
      'security events',
    );
    expect(events.map((e: { detail: Record<string, string> }) => e.detail)).toEqual([
      expect.objectContaining({ kind: 'update', name: 'cancelProcess', reason: 'WRONG_BINDING' }),
      expect.objectContaining({ kind: 'update', name: 'cancelProcess', reason: 'WRONG_BINDING' }),
    ]);
    // Names and ids only: nothing of the message's content (its reason) is kept with the event.
    expect(JSON.stringify(events)).not.toContain('Duplicate of another tip');
  });

  it('does not apply a task message twice when its copy is sent again to its own process', async () => {
    const tip = await register();
    const verify = await openTask(officer, tip.processId, TipStepType.VERIFY);
    expect((await officer.post(`/tasks/${verify.id}/claim`, {})).status).toBe(200);
    expect((await officer.post(`/tasks/${verify.id}/unclaim`, {})).status).toBe(200);

    const { payload, updateId } = await copiedUpdate(tip.processId, 'claimTask');
    // Under a new update id the binding names another message: refused.
    expect(await sendRaw(tip.processId, 'claimTask', payload, randomUUID())).toMatch(/WRONG_BINDING/);
    // Under its own id the engine answers with the recorded outcome of the first one: nothing happens again.
    await sendRaw(tip.processId, 'claimTask', payload, updateId);

    const task = (await officer.get(`/tasks/${verify.id}`)).body;
    expect(task.status).toBe('OPEN');
    const view = (await coordinator.get(`/processes/${tip.processId}`)).body;
    expect(view.timeline.filter((e: { type: string }) => e.type === 'TASK_CLAIMED')).toHaveLength(1);
    await eventually(async () => ((await refusals(tip.processId)).length === 1 ? true : undefined), 'security event');
  });

  it('refuses a cancellation whose named target is another process, even from the API’s own client', async () => {
    const [tip, other] = await Promise.all([register(), register()]);
    await openTask(officer, tip.processId, TipStepType.VERIFY);
    const coordinatorRow = (await system.db.query(`SELECT id FROM users WHERE username = 'coordinator'`))[0];
    const sealed = new Client({ connection, ...sealedClientOptions() });
    const actor = { userId: coordinatorRow.id, agencyCode: 'CA_TINH_CSDT', roles: [Role.COORDINATOR] };
    await expect(
      sealed.workflow.getHandle(tip.processId).executeUpdate(cancelProcessUpdate, { args: [{ processId: other.processId, actor, reason: 'x' }] }),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/This cancellation is for process/) } });
    expect((await coordinator.get(`/processes/${tip.processId}`)).body.status).toBe('RUNNING');
  });

  it('refuses a signal sent again to its own process as a replay, and to another process as misbound', async () => {
    const [first, second] = await Promise.all([
      startAsCaseChild('prosecution', prosecutionWorkflow, { severity: 'VERY_SERIOUS', openedByBorderGuard: false }),
      startAsCaseChild('prosecution', prosecutionWorkflow, { severity: 'VERY_SERIOUS', openedByBorderGuard: false }),
    ]);
    try {
      await first.handle.signal(chargeChangedSignal, { severity: 'ESPECIALLY_SERIOUS', actorId: randomUUID() });
      const signalled = await eventually(async () => {
        const history = await raw.workflow.getHandle(first.processId).fetchHistory();
        return history.events!.map((e) => e.workflowExecutionSignaledEventAttributes).find((a) => a?.signalName === 'chargeChanged');
      }, 'signal in history');
      const payload = signalled!.input!.payloads![0];
      const signal = (workflowId: string) =>
        connection.workflowService.signalWorkflowExecution({
          namespace: 'default',
          workflowExecution: { workflowId },
          signalName: 'chargeChanged',
          input: { payloads: [payload] },
          identity: 'intruder',
          requestId: randomUUID(),
        });
      await signal(first.processId);
      await signal(second.processId);
      const reasons = async (workflowId: string) => (await refusals(workflowId)).map((e: { detail: Record<string, string> }) => e.detail.reason);
      await eventually(async () => ((await reasons(first.processId)).length === 1 ? true : undefined), 'replay refused');
      await eventually(async () => ((await reasons(second.processId)).length === 1 ? true : undefined), 'copy refused');
      expect(await reasons(first.processId)).toEqual(['REPLAYED']);
      expect(await reasons(second.processId)).toEqual(['WRONG_BINDING']);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
