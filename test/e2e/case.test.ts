import { ProsecutionStepType } from '../../src/domain/prosecution/prosecution-step-type';
import { RescueStepType } from '../../src/domain/rescue/rescue-step-type';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { AgencyStaff } from '../support/agency-staff';
import { ProcessDriver } from '../support/process-driver';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { recordHistory } from '../support/record-history';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

describe('the case: opened from a tip or directly, its charge, and closing', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;

  beforeAll(async () => {
    system = await startTestSystem();
    [coordinator, officer] = await Promise.all([system.as('coordinator'), system.as('officer')]);
  });
  afterAll(() => system?.close());

  it('a confirmed tip opens a case workflow that carries the tip', async () => {
    const tip = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    const verify = await eventually(
      async () => (await officer.get(`/tasks?processId=${tip.processId}`)).body.find((t: any) => t.stepType === TipStepType.VERIFY),
      'verify',
    );
    await officer.post(`/tasks/${verify.id}/complete`, { outcome: { decision: 'CONFIRMED', findings: 'Confirmed' } });
    const caseId = await eventually(async () => (await coordinator.get(`/tips/${tip.reference}`)).body.caseId, 'case id');
    const [row] = await system.db.query(`SELECT reference, workflow_id FROM cases WHERE id = $1`, [caseId]);
    const kase = await eventually(async () => {
      const res = await coordinator.get(`/cases/${row.reference}`);
      return res.status === 200 && res.body;
    }, 'case workflow');
    expect(kase).toMatchObject({ caseId, status: 'OPEN', tipIds: [tip.id], severity: null, processes: [] });
    expect(row.workflow_id).toBe(`case-${row.reference}`);
    await recordHistory(tip.processId, 'tip-verification-opens-case');
    // The investigating agency of its tip is involved in the case (before it has a task there): it reads it.
    expect((await officer.get(`/cases/${row.reference}`)).status).toBe(200);
    expect((await (await system.as('border-officer')).get(`/cases/${row.reference}`)).status).toBe(403);
  });

  it('opens a case directly, derives severity from the charge, and recomputes it when the charge changes', async () => {
    const opened = await coordinator.post('/cases', { charge: { article: 150, clause: 2 } });
    expect(opened.status).toBe(201);
    expect(opened.body.severity).toBe('VERY_SERIOUS');
    const ref = opened.body.reference;
    expect((await officer.post('/cases', {})).status).toBe(403);
    expect((await coordinator.put(`/cases/${ref}/charge`, { article: 152, clause: 1 })).status).toBe(400);
    const changed = await coordinator.put(`/cases/${ref}/charge`, { article: 151, clause: 2 });
    expect(changed.status).toBe(200);
    expect(changed.body.severity).toBe('ESPECIALLY_SERIOUS');
    expect(changed.body.timeline.map((e: any) => e.type)).toContain('CHARGE_CHANGED');
    const [row] = await system.db.query(`SELECT severity, charge_article, charge_clause FROM cases WHERE reference = $1`, [ref]);
    expect(row).toEqual({ severity: 'ESPECIALLY_SERIOUS', charge_article: 151, charge_clause: 2 });
  });

  it('refuses what does not fit: prosecution without a charge, a reception without a pseudonym, a second close', async () => {
    const ref = (await coordinator.post('/cases', {})).body.reference;
    const noCharge = await coordinator.post(`/cases/${ref}/processes`, { kind: 'PROSECUTION' });
    expect(noCharge.status).toBe(400);
    expect(noCharge.body.message).toContain('charge');
    const named = await coordinator.post(`/cases/${ref}/processes`, { kind: 'RECEPTION', personLabel: 'Nguyễn Thị B' });
    expect(named.status).toBe(400);
    expect((await coordinator.post(`/cases/${ref}/tips`, { tipReference: 'TIP-20000101-AAAAAA' })).status).toBe(404);
    const closed = await coordinator.post(`/cases/${ref}/close`, { reason: 'Opened in error' });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('CLOSED');
    expect((await coordinator.post(`/cases/${ref}/close`, { reason: 'again' })).status).toBe(409);
    await eventually(
      async () => (await system.db.query(`SELECT status FROM cases WHERE reference = $1`, [ref]))[0].status === 'CLOSED',
      'row closed',
    );
  });

  it('a changed charge recomputes the running prosecution deadlines (trial preparation: 2 → 3 months)', async () => {
    const drive = new ProcessDriver(coordinator, new AgencyStaff(system));
    const ref = (await coordinator.post('/cases', { charge: { article: 150, clause: 1 } })).body.reference;
    const processId = (await coordinator.post(`/cases/${ref}/processes`, { kind: 'PROSECUTION' })).body.processId;
    await drive.complete(processId, ProsecutionStepType.INVESTIGATION, { conclusion: 'RECOMMEND_PROSECUTION' });
    await drive.complete(processId, ProsecutionStepType.PROCURACY_DECISION, { decision: 'PROSECUTE' });
    const before = await drive.task(processId, ProsecutionStepType.TRIAL_PREPARATION);
    const monthsOf = (t: any) => Math.round((Date.parse(t.dueAt) - Date.parse(t.createdAt)) / (30.4 * 86_400_000));
    expect(monthsOf(before)).toBe(2);

    expect((await coordinator.put(`/cases/${ref}/charge`, { article: 150, clause: 3 })).body.severity).toBe('ESPECIALLY_SERIOUS');
    const after = await eventually(async () => {
      const t = (await coordinator.get(`/tasks/${before.id}`)).body;
      return t.dueAt !== before.dueAt && t;
    }, 'recomputed deadline');
    expect(monthsOf(after)).toBe(3);
    const events = (await coordinator.get(`/processes/${processId}`)).body.timeline.map((e: any) => e.type);
    expect(events).toContain('DEADLINE_RECOMPUTED');
    // The case's timeline shows both the charge change and the prosecution's recomputation.
    const kase = (await coordinator.get(`/cases/${ref}`)).body;
    expect(kase.timeline.map((e: any) => e.type)).toEqual(expect.arrayContaining(['CHARGE_CHANGED', 'DEADLINE_RECOMPUTED']));
  });

  it('cancelling a process of the case stops everything downstream, and only then the case may close', async () => {
    const ref = (await coordinator.post('/cases', {})).body.reference;
    const rescue = (await coordinator.post(`/cases/${ref}/processes`, { kind: 'RESCUE', victimAbroad: false, borderArea: false })).body;
    const drive = new ProcessDriver(coordinator, new AgencyStaff(system));
    const plan = await drive.task(rescue.processId, RescueStepType.PLAN);
    const early = await coordinator.post(`/cases/${ref}/close`, { reason: 'too early' });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain(rescue.processId);
    const cancelled = await coordinator.post(`/cases/${ref}/processes/${rescue.processId}/cancel`, { reason: 'Victim returned on her own' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'CANCELLED', outcome: 'CANCELLED', closedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    expect(rescue.startedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await coordinator.get(`/tasks/${plan.id}`)).body).toMatchObject({ status: 'CANCELLED', cancelReason: 'Victim returned on her own' });
    expect((await drive.openTasks(rescue.processId)).length).toBe(0);
    expect((await coordinator.post(`/cases/${ref}/processes/${rescue.processId}/cancel`, { reason: 'again' })).status).toBe(409);
    expect((await coordinator.post(`/cases/${ref}/close`, { reason: 'Nothing left to do' })).status).toBe(200);
  });
});
