import { ProsecutionStepType as Step } from '../../src/domain/prosecution/prosecution-step-type';
import { localDate } from '../../src/domain/suspension/check-suspension';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { prosecutionWorkflow } from '../../workflows/prosecution/prosecution.workflow';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { openTask } from '../support/open-task';
import { recordHistory } from '../support/record-history';
import { shortCatalogue } from '../support/short-catalogue';
import { startAsCaseChild } from '../support/start-process';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

const HOUR = 3_600_000;
/** Verification runs 8 s (time to be refused before its end), the investigation a minute, the new period after restoration 40 s. */
const SECONDS = {
  [TipStepType.VERIFY]: 8,
  [TipStepType.VERIFY_AFTER_RESUMPTION]: 40,
  [TipStepType.REVIEW_SUSPENSION]: 60,
  PROSECUTION_INVESTIGATION_VERY_SERIOUS: 60,
};

/** Suspension (tạm đình chỉ) and restoration (phục hồi) as decisions of the law, and the internal pause that is not one. */
describe('suspension and restoration through the HTTP API', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;
  let head: HttpClient;
  const closers: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    system = await startTestSystem({ catalogue: shortCatalogue(SECONDS) });
    [coordinator, officer, head] = await Promise.all([system.as('coordinator'), system.as('officer'), system.as('agency-head')]);
  });
  afterAll(async () => {
    await Promise.all(closers.map((close) => close()));
    await system?.close();
  });

  const decision = (extra: Record<string, unknown> = {}) => ({
    decisionNumber: '07/QĐ-CSĐT',
    decidedOn: localDate(Date.now()),
    signer: 'Thủ trưởng Cơ quan CSĐT',
    ...extra,
  });
  const timeline = async (processId: string) => (await coordinator.get(`/processes/${processId}`)).body.timeline as any[];

  async function newTip() {
    const tip = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    return { tip, verify: await openTask(officer, tip.processId, TipStepType.VERIFY) };
  }

  it('records an internal pause without moving the legal due date, which still escalates on time', async () => {
    const { tip, verify } = await newTip();
    const paused = await head.post(`/tasks/${verify.id}/suspend`, { reason: 'Waiting for the assigned officer to return' });
    expect(paused.status).toBe(200);
    expect(paused.body.internalPauseSince).toEqual(expect.any(String));
    expect(paused.body.suspendedAt).toBeNull();
    expect(paused.body.dueAt).toBe(verify.dueAt);
    // The period runs on through the pause: the agency head is reached once it has run out.
    await eventually(async () => (await timeline(tip.processId)).some((e) => e.type === 'ESCALATED' && e.taskId === verify.id), 'escalated', 15_000);
    const ended = await head.post(`/tasks/${verify.id}/resume`, { reason: 'Officer back' });
    expect(ended.status).toBe(200);
    expect(ended.body.dueAt).toBe(verify.dueAt);
    expect(ended.body.internalPauseSince).toBeNull();
    const events = (await timeline(tip.processId)).filter((e) => e.taskId === verify.id);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['INTERNAL_PAUSE_STARTED', 'INTERNAL_PAUSE_ENDED']));
    expect(events.map((e) => e.type)).not.toContain('TASK_RESUMED');
    const end = events.find((e) => e.type === 'INTERNAL_PAUSE_ENDED');
    expect(end.detail).toMatchObject({ dueDateMoved: false, dueAt: Date.parse(verify.dueAt) });
    expect(end.detail.pausedMs).toBeGreaterThan(0);
    await recordHistory(tip.processId, 'tip-verification-internal-pause');
  });

  it('refuses a suspension before the period has run out, suspends on a listed ground at its end, sends it to the procuracy and restores with a new period', async () => {
    const { tip, verify } = await newTip();
    const before = (await head.get(`/tasks/${verify.id}`)).body;
    expect(before.suspensionGrounds.map((g: any) => g.code)).toContain('TIP_MUTUAL_LEGAL_ASSISTANCE_PENDING');
    expect(before.suspensionGrounds.find((g: any) => g.code === 'TIP_MUTUAL_LEGAL_ASSISTANCE_PENDING')).toMatchObject({
      articleVi: 'Điểm a khoản 1 Điều 148 BLTTHS 2015',
      allowedNow: false,
    });
    const mla = decision({ groundCode: 'TIP_MUTUAL_LEGAL_ASSISTANCE_PENDING' });

    // Before the end: refused with the reason, and the task is still open.
    const early = await head.post(`/tasks/${verify.id}/suspension`, mla);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('SUSPENSION_NOT_ALLOWED');
    expect(early.body.message).toMatch(/148\(1\)\(a\).*run out/);
    // A ground of another article, an officer, a typed outcome: all refused.
    expect((await head.post(`/tasks/${verify.id}/suspension`, decision({ groundCode: 'ACCUSED_ILL' }))).status).toBe(409);
    expect((await officer.post(`/tasks/${verify.id}/suspension`, mla)).status).toBe(403);
    const typed = await officer.post(`/tasks/${verify.id}/complete`, { outcome: { decision: 'SUSPENDED', findings: 'x', reason: 'y' } });
    expect(typed.status).toBe(400);
    expect((await head.get(`/tasks/${verify.id}`)).body.status).toBe('OPEN');

    // At the period's end: accepted.
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(verify.dueAt) - Date.now() + 200)));
    expect((await head.get(`/tasks/${verify.id}`)).body.suspensionGrounds.every((g: any) => g.allowedNow)).toBe(true);
    const tomorrow = await head.post(`/tasks/${verify.id}/suspension`, { ...mla, decidedOn: localDate(Date.now() + 48 * HOUR) });
    expect(tomorrow.status).toBe(400);
    const suspended = await head.post(`/tasks/${verify.id}/suspension`, mla);
    expect(suspended.status).toBe(200);
    expect(suspended.body.status).toBe('COMPLETED');
    expect(suspended.body.outcome).toMatchObject({
      decision: 'SUSPENDED',
      suspension: { groundCode: 'TIP_MUTUAL_LEGAL_ASSISTANCE_PENDING', article: 'BLTTHS 2015 art. 148(1)(a)', decisionNumber: '07/QĐ-CSĐT' },
    });
    await eventually(async () => (await coordinator.get(`/tips/${tip.reference}`)).body.status === 'SUSPENDED', 'tip suspended');

    // The notice to the procuracy: a task of the deciding agency, due 24 hours after the decision (art. 148).
    const notice = await openTask(officer, tip.processId, TipStepType.SUSPENSION_NOTICE);
    expect(notice.agencyCode).toBe(verify.agencyCode);
    expect(notice.deadlineNature).toBe('LAW');
    expect(Date.parse(notice.dueAt) - Date.parse(notice.createdAt)).toBe(24 * HOUR);
    const decided = (await timeline(tip.processId)).find((e) => e.type === 'SUSPENSION_DECIDED');
    expect(decided).toMatchObject({ taskId: verify.id, detail: { signer: 'Thủ trưởng Cơ quan CSĐT', decidedOn: mla.decidedOn } });
    expect(Date.parse(notice.createdAt)).toBeGreaterThanOrEqual(Date.parse(decided.at));

    // Restoration is a decision on the review; the review cannot be completed into one.
    const review = await openTask(officer, tip.processId, TipStepType.REVIEW_SUSPENSION);
    expect((await officer.post(`/tasks/${review.id}/complete`, { outcome: { decision: 'RESUME', reason: 'Reply received' } })).status).toBe(400);
    expect((await officer.post(`/tasks/${review.id}/restoration`, decision())).status).toBe(403);
    expect((await head.post(`/tasks/${notice.id}/restoration`, decision())).status).toBe(409);
    const restored = await head.post(`/tasks/${review.id}/restoration`, decision({ decisionNumber: '09/QĐ-CSĐT' }));
    expect(restored.status).toBe(200);
    expect(restored.body.outcome).toMatchObject({
      decision: 'RESUME',
      restoration: { decisionNumber: '09/QĐ-CSĐT', article: 'BLTTHS 2015 art. 149' },
    });

    // A new period, counted from the restoration, not from receipt and not what was left of the old one.
    const after = await openTask(officer, tip.processId, TipStepType.VERIFY_AFTER_RESUMPTION);
    const restoredAt = Date.parse((await timeline(tip.processId)).find((e) => e.type === 'RESTORATION_DECIDED').at);
    expect(Date.parse(after.createdAt)).toBeGreaterThanOrEqual(restoredAt);
    expect(Date.parse(after.dueAt) - Date.parse(after.createdAt)).toBe(40_000);
    await eventually(async () => (await coordinator.get(`/tips/${tip.reference}`)).body.status === 'VERIFYING', 'tip verifying again');

    await officer.post(`/tasks/${notice.id}/complete`, { outcome: { sentAt: new Date().toISOString(), documentNumber: '15/CV-CSĐT' } });
    await officer.post(`/tasks/${after.id}/complete`, { outcome: { decision: 'UNFOUNDED', findings: 'Reply received', reason: 'No exploitation' } });
    await eventually(async () => (await coordinator.get(`/tips/${tip.reference}`)).body.status === 'UNFOUNDED', 'tip resolved');
    await recordHistory(tip.processId, 'tip-verification-suspension-decided-restored');
  });

  it('lets an investigation be suspended before its end only on a forensic finding of illness (art. 229(1)(b)), sent within 2 days', async () => {
    const { processId, handle, close } = await startAsCaseChild('prosecution', prosecutionWorkflow, {
      severity: 'VERY_SERIOUS',
      openedByBorderGuard: false,
    });
    closers.push(close);
    const investigation = await openTask(officer, processId, Step.INVESTIGATION);
    const notFound = await head.post(`/tasks/${investigation.id}/suspension`, decision({ groundCode: 'ACCUSED_NOT_FOUND' }));
    expect(notFound.status).toBe(409);
    expect(notFound.body.message).toMatch(/229\(1\)\(a\)/);
    expect((await head.post(`/tasks/${investigation.id}/suspension`, decision({ groundCode: 'TIP_FORCE_MAJEURE' }))).status).toBe(409);

    const ill = await head.post(`/tasks/${investigation.id}/suspension`, decision({ groundCode: 'ACCUSED_ILL' }));
    expect(ill.status).toBe(200);
    expect(ill.body.outcome).toMatchObject({ conclusion: 'SUSPEND', suspension: { article: 'BLTTHS 2015 art. 229(1)(b)' } });
    const notice = await openTask(officer, processId, Step.SUSPENSION_NOTICE);
    expect(notice.legalBasis).toMatch(/229/);
    // Two days counted by art. 134: to 24:00 of the second day, later if that day is off.
    const local = (ms: number) => new Date(ms + 7 * HOUR);
    const due = local(Date.parse(notice.dueAt));
    expect([due.getUTCHours(), due.getUTCMinutes()]).toEqual([0, 0]);
    expect(Date.parse(notice.dueAt) - Date.parse(notice.createdAt)).toBeGreaterThan(2 * 24 * HOUR);
    expect((await timeline(processId)).find((e) => e.type === 'SUSPENSION_DECIDED')?.detail).toMatchObject({ groundCode: 'ACCUSED_ILL' });
    expect((await coordinator.post(`/processes/${processId}/cancel`, { reason: 'End of the test' })).status).toBe(200);
    expect(await handle.result()).toEqual({ outcome: 'CANCELLED' });
    await recordHistory(processId, 'prosecution-investigation-suspended');
  });
});
