import { periodEnd } from '../../src/domain/period-end';
import { TaskStatus } from '../../src/domain/task-status';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { historyJson, recordHistory } from '../support/record-history';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

describe('tip verification through the HTTP API', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;
  let officer2: HttpClient;

  beforeAll(async () => {
    system = await startTestSystem();
    [coordinator, officer, officer2] = await Promise.all([system.as('coordinator'), system.as('officer'), system.as('officer-2')]);
  });
  afterAll(() => system?.close());

  async function register(body = tipBody(), key = idempotencyKey()) {
    const res = await coordinator.post('/tips', body, { 'Idempotency-Key': key });
    expect(res.status).toBe(201);
    return res.body;
  }

  const taskOf = (client: HttpClient, processId: string, stepType: string) =>
    eventually(async () => {
      const res = await client.get(`/tasks?processId=${processId}`);
      return res.body.find((t: any) => t.stepType === stepType && (t.status === 'OPEN' || t.status === 'CLAIMED'));
    }, `${stepType} task of ${processId}`);

  it('runs a tip from registration to a confirmed case, with the timeline recording who did what', async () => {
    const tip = await register(tipBody({ tipsterContact: { name: 'Nguyễn Văn A', phone: '0912345678' } }));
    expect(tip.status).toBe('VERIFYING');
    expect(tip.reference).toMatch(/^TIP-\d{8}-[0-9A-Z]{6}$/);
    expect(tip.processId).toBe(`tip-verification-${tip.reference}`);
    expect(JSON.stringify(tip)).not.toContain('0912345678');

    const notify = await taskOf(officer, tip.processId, TipStepType.NOTIFY_PROCURACY);
    const verify = await taskOf(officer, tip.processId, TipStepType.VERIFY);
    expect(verify.agencyCode).toBe('CA_TINH_CSDT');
    expect(verify.legalBasis).toContain('147');
    // Both periods run from receipt (art. 146–147), not from when the task was created.
    expect(verify.startsAt).toBe(new Date(tip.receivedAt).toISOString());
    expect(notify.startsAt).toBe(verify.startsAt);
    // BLTTHS art. 134: 20 and 3 days end at 24:00 local of the last day, rolled past a day off (test/e2e/legal-clocks).
    const holidays = ((await coordinator.get('/calendar/holidays')).body as Array<{ date: string }>).map((h) => h.date);
    const dueOf = (task: any, days: number) =>
      new Date(periodEnd(Date.parse(task.startsAt), { amount: days, unit: 'days' }, task, { holidays })).toISOString();
    expect(verify.dueAt).toBe(dueOf(verify, 20));
    expect(notify.dueAt).toBe(dueOf(notify, 3));

    // The tipster's identity: not for the verifying agency; coordinators read it, and the read is audited.
    expect((await officer.get(`/tips/${tip.reference}/tipster`)).status).toBe(403);
    const contact = await coordinator.get(`/tips/${tip.reference}/tipster`);
    expect(contact.body).toEqual({ name: 'Nguyễn Văn A', phone: '0912345678' });
    const [{ count }] = await system.db.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'READ_TIPSTER_CONTACT' AND subject_id = $1`,
      [tip.id],
    );
    expect(count).toBe(1);
    const [stored] = await system.db.query(`SELECT contact_encrypted FROM tipster_contacts WHERE tip_id = $1`, [tip.id]);
    expect(stored.contact_encrypted).not.toContain('0912345678');

    const claimed = await officer.post(`/tasks/${verify.id}/claim`);
    expect(claimed.status).toBe(200);
    expect(claimed.body.status).toBe(TaskStatus.CLAIMED);
    expect((await officer2.post(`/tasks/${verify.id}/claim`)).status).toBe(409);
    const notTheirs = await officer2.post(`/tasks/${verify.id}/complete`, { outcome: { decision: 'CONFIRMED', findings: 'x' } });
    expect(notTheirs.status).toBe(403);

    const badOutcome = await officer.post(`/tasks/${verify.id}/complete`, { outcome: { decision: 'MAYBE', findings: 'x' } });
    expect(badOutcome.status).toBe(400);
    expect(badOutcome.body.message).toContain('outcome.decision');

    expect(
      (await officer.post(`/tasks/${notify.id}/complete`, { outcome: { notifiedAt: new Date().toISOString(), documentNumber: '12/TB-CSĐT' } }))
        .status,
    ).toBe(200);
    const done = await officer.post(`/tasks/${verify.id}/complete`, { outcome: { decision: 'CONFIRMED', findings: 'Two victims identified' } });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe(TaskStatus.COMPLETED);
    const again = await officer.post(`/tasks/${verify.id}/complete`, { outcome: { decision: 'CONFIRMED', findings: 'again' } });
    expect(again.status).toBe(409);

    const confirmed = await eventually(async () => {
      const res = await coordinator.get(`/tips/${tip.reference}`);
      return res.body.status === 'CONFIRMED' && res.body;
    }, 'tip confirmed');
    expect(confirmed.caseId).toEqual(expect.any(String));

    const view = (await coordinator.get(`/processes/${tip.processId}`)).body;
    expect(view.status).toBe('COMPLETED');
    const types = view.timeline.map((e: any) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['PROCESS_STARTED', 'TASK_CREATED', 'TASK_CLAIMED', 'TASK_COMPLETED', 'CASE_OPENED', 'PROCESS_COMPLETED']),
    );
    const claimEvent = view.timeline.find((e: any) => e.type === 'TASK_CLAIMED');
    expect(claimEvent.actorId).toBe(claimed.body.assigneeId);
    // The projection the queues read agrees with the workflow.
    const row = (await officer.get(`/tasks/${verify.id}`)).body;
    expect(row.status).toBe('COMPLETED');
    expect(row.outcome).toEqual({ decision: 'CONFIRMED', findings: 'Two victims identified' });
    await recordHistory(tip.processId, 'tip-verification-confirmed');

    // What the workflow engine stores is sealed: no outcome text, no ids of the tip in clear.
    const history = historyJson(tip.processId);
    const clearPayloads = [...history.matchAll(/"data":\s*"([^"]+)"/g)].map((m) => Buffer.from(m[1], 'base64').toString('latin1'));
    expect(clearPayloads.length).toBeGreaterThan(10);
    expect(clearPayloads.join('\n')).not.toMatch(/Two victims identified|CONFIRMED|json\/plain/);
    expect(history).toContain(Buffer.from('binary/encrypted').toString('base64'));
  });

  it('registers the same tip once for a repeated Idempotency-Key or external reference', async () => {
    const key = idempotencyKey();
    const body = tipBody({ externalReference: `HOTLINE-${Date.now()}` });
    const first = await coordinator.post('/tips', body, { 'Idempotency-Key': key });
    const [second, third] = await Promise.all([
      coordinator.post('/tips', body, { 'Idempotency-Key': key }),
      coordinator.post('/tips', body, { 'Idempotency-Key': idempotencyKey() }),
    ]);
    expect(first.status).toBe(201);
    expect([second.status, third.status]).toEqual([200, 200]);
    expect(second.body.id).toBe(first.body.id);
    expect(third.body.id).toBe(first.body.id);
    const [{ count }] = await system.db.query(`SELECT count(*)::int AS count FROM tips WHERE external_reference = $1`, [body.externalReference]);
    expect(count).toBe(1);

    // Concurrent first registrations with one key: still one tip, one workflow.
    // The same request each time: a key reused with another body is refused (422, test/e2e/idempotency.test.ts).
    const raceKey = idempotencyKey();
    const raceBody = tipBody();
    const raced = await Promise.all([1, 2, 3].map(() => coordinator.post('/tips', raceBody, { 'Idempotency-Key': raceKey })));
    expect(raced.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(raced.map((r) => r.body.id)).size).toBe(1);
  });

  it('closes an unfounded tip only with a reason', async () => {
    const tip = await register();
    const verify = await taskOf(officer, tip.processId, TipStepType.VERIFY);
    const noReason = await officer.post(`/tasks/${verify.id}/complete`, { outcome: { decision: 'UNFOUNDED', findings: 'Nobody at the address' } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toBe('outcome.reason is required');
    const ok = await officer.post(`/tasks/${verify.id}/complete`, {
      outcome: { decision: 'UNFOUNDED', findings: 'Nobody at the address', reason: 'Family dispute, no exploitation' },
    });
    expect(ok.status).toBe(200);
    await eventually(async () => (await coordinator.get(`/tips/${tip.reference}`)).body.status === 'UNFOUNDED', 'tip unfounded');
  });

  it('suspends a tip only by a decision once its 20 days have run out (art. 148): before then, refused with the reason', async () => {
    const tip = await register();
    const verify = await taskOf(officer, tip.processId, TipStepType.VERIFY);
    const typed = await officer.post(`/tasks/${verify.id}/complete`, {
      outcome: { decision: 'SUSPENDED', findings: 'Waiting for mutual legal assistance', reason: 'Expert assessment pending' },
    });
    expect(typed.status).toBe(400);
    const head = await system.as('agency-head');
    const early = await head.post(`/tasks/${verify.id}/suspension`, {
      groundCode: 'TIP_EXAMINATION_PENDING',
      decisionNumber: '01/QĐ',
      decidedOn: new Date(Date.parse(verify.createdAt) + 7 * 3_600_000).toISOString().slice(0, 10),
      signer: 'Thủ trưởng',
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('SUSPENSION_NOT_ALLOWED');
    expect((await coordinator.get(`/tips/${tip.reference}`)).body.status).toBe('VERIFYING');
  });

  it('puts an urgent rescue decision in the standing office queue when a victim is in danger', async () => {
    const tip = await register(tipBody({ urgency: 'URGENT', victimInDanger: true }));
    const decision = await taskOf(coordinator, tip.processId, TipStepType.URGENT_RESCUE_DECISION);
    expect(decision.agencyCode).toBe('BCD_VPTT');
    expect(Date.parse(decision.dueAt) - Date.parse(decision.createdAt)).toBe(2 * 3_600_000);
    const notifications = (await coordinator.get('/notifications')).body;
    expect(notifications.some((n: any) => n.kind === 'URGENT_RESCUE' && n.payload.tipReference === tip.reference)).toBe(true);
    // Officers cannot take the coordinator's decision.
    expect((await officer.post(`/tasks/${decision.id}/complete`, { outcome: { rescueStarted: true, note: 'x' } })).status).toBe(403);
    const done = await coordinator.post(`/tasks/${decision.id}/complete`, { outcome: { rescueStarted: true, note: 'Rescue team dispatched' } });
    expect(done.status).toBe(200);
    await recordHistory(tip.processId, 'tip-verification-urgent');
  });

  it('lets exactly one of two concurrent completions succeed', async () => {
    const tip = await register();
    const verify = await taskOf(officer, tip.processId, TipStepType.VERIFY);
    const outcome = { outcome: { decision: 'CONFIRMED', findings: 'Same finding twice' } };
    const results = await Promise.all([
      officer.post(`/tasks/${verify.id}/complete`, outcome),
      officer2.post(`/tasks/${verify.id}/complete`, outcome),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const view = (await coordinator.get(`/processes/${tip.processId}`)).body;
    expect(view.timeline.filter((e: any) => e.type === 'TASK_COMPLETED' && e.taskId === verify.id)).toHaveLength(1);
  });

  it('lets a coordinator reassign a task to another agency', async () => {
    const tip = await register();
    const verify = await taskOf(officer, tip.processId, TipStepType.VERIFY);
    expect((await officer.post(`/tasks/${verify.id}/reassign`, { agencyCode: 'DBP_BU_PRANG', reason: 'border area' })).status).toBe(403);
    const unknown = await coordinator.post(`/tasks/${verify.id}/reassign`, { agencyCode: 'DBP_BU_PRANGG', reason: 'typo' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain('agencyCode');
    const moved = await coordinator.post(`/tasks/${verify.id}/reassign`, {
      agencyCode: 'DBP_BU_PRANG',
      reason: 'Border area: the border post verifies',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.agencyCode).toBe('DBP_BU_PRANG');
    const border = await system.as('border-officer');
    const queue = (await border.get('/tasks')).body;
    expect(queue.map((t: any) => t.id)).toContain(verify.id);
    expect((await officer.post(`/tasks/${verify.id}/claim`)).status).toBe(403);
  });
});
