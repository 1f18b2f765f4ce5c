import { Client, Connection } from '@temporalio/client';
import { cancelProcessSignal, completeTaskUpdate } from '../../workflows/human-task/messages';
import { Role } from '../../src/domain/role';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { EncryptionCodec } from '../../src/temporal/encryption-codec';
import { UNSEALED_PAYLOAD_MARKER } from '../../src/temporal/unsealed-payload';
import { HttpClient } from '../support/http-client';
import { openTask } from '../support/open-task';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_DATA_KEY } from '../support/test-data-key';
import { idempotencyKey, tipBody } from '../support/tip-requests';

/**
 * Anyone who reaches Temporal's port can send messages to a workflow. Only payloads sealed with the deployment's
 * key are opened; a plaintext message with a forged actor must change nothing, while the API keeps working.
 */
describe('payload codec', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;

  beforeAll(async () => {
    system = await startTestSystem();
    [coordinator, officer] = await Promise.all([system.as('coordinator'), system.as('officer')]);
  });
  afterAll(() => system?.close());

  it('refuses unsealed and tampered payloads, and opens its own', async () => {
    const codec = new EncryptionCodec(Buffer.from(TEST_DATA_KEY, 'base64'));
    const payload = { metadata: { encoding: new TextEncoder().encode('json/plain') }, data: new TextEncoder().encode('{"a":1}') };
    await expect(codec.decode([payload])).rejects.toThrow(/not sealed/);
    const [sealed] = await codec.encode([payload]);
    expect(await codec.decode([sealed])).toEqual([expect.objectContaining({ data: payload.data })]);
    const tampered = { ...sealed, data: Uint8Array.from(sealed.data!, (b, i) => (i === sealed.data!.length - 1 ? b ^ 1 : b)) };
    await expect(codec.decode([tampered])).rejects.toThrow(/not sealed/);
    const otherKey = new EncryptionCodec(Buffer.alloc(32, 7));
    await expect(otherKey.decode([sealed])).rejects.toThrow(/not sealed/);
    // The worker's codec marks instead of failing, so that the workflow interceptors refuse the message.
    const [marked] = await new EncryptionCodec(Buffer.from(TEST_DATA_KEY, 'base64'), 'mark').decode([payload]);
    expect(JSON.parse(new TextDecoder().decode(marked.data!))).toEqual({ [UNSEALED_PAYLOAD_MARKER]: true });
  });

  it('does not apply a plaintext update or signal with a forged actor; the API path still works', async () => {
    const tip = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    const verify = await openTask(officer, tip.processId, TipStepType.VERIFY);
    const [coordinatorRow] = await system.db.query(`SELECT id FROM users WHERE username = 'coordinator'`);
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    try {
      // No codec: what someone with network access but without the key can send.
      const handle = new Client({ connection }).workflow.getHandle(tip.processId);
      const forged = {
        taskId: verify.id,
        actor: { userId: coordinatorRow.id, agencyCode: 'CA_TINH_CSDT', roles: [Role.OFFICER, Role.AGENCY_HEAD] },
        outcome: { decision: 'UNFOUNDED', findings: 'forged', reason: 'forged' },
      };
      await expect(connection.withDeadline(Date.now() + 5000, () => handle.executeUpdate(completeTaskUpdate, { args: [forged] }))).rejects.toThrow();
      await handle.signal(cancelProcessSignal, { actorId: coordinatorRow.id, reason: 'forged' }).catch(() => undefined);
    } finally {
      await connection.close();
    }

    // The workflow still answers (through the API's sealed path) and nothing forged was applied.
    const view = (await coordinator.get(`/processes/${tip.processId}`)).body;
    expect(view.status).toBe('RUNNING');
    expect(view.tasks.find((t: any) => t.id === verify.id || t.taskId === verify.id).status).toBe('OPEN');
    const completed = await officer.post(`/tasks/${verify.id}/complete`, { outcome: { decision: 'CONFIRMED', findings: 'Real finding' } });
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({ status: 'COMPLETED', outcome: { findings: 'Real finding' } });
  });
});
