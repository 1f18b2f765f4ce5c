import { Client, Connection } from '@temporalio/client';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { periodEnd } from '../../src/domain/period-end';
import { isWorkingDay, localDate } from '../../src/domain/working-calendar';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { shortCatalogue } from '../support/short-catalogue';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

const DAY = 86_400_000;

/** Cancellation, a stopped clock and the holiday calendar, on real timers (verification: 3 s). */
describe('task lifecycle: cancel, suspend and resume, holidays', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;
  let head: HttpClient;

  beforeAll(async () => {
    const catalogue = shortCatalogue({ [TipStepType.VERIFY]: 3 });
    // The procuracy notice: one day, and it may not end on a weekend or holiday.
    catalogue.entries = catalogue.entries.map((e) =>
      e.key === TipStepType.NOTIFY_PROCURACY ? { ...e, duration: { amount: 1, unit: 'days' }, rollOverNonWorkingDay: true } : e,
    );
    system = await startTestSystem({ catalogue });
    [coordinator, officer, head] = await Promise.all([system.as('coordinator'), system.as('officer'), system.as('agency-head')]);
  });
  afterAll(() => system?.close());

  async function newTip() {
    const tip = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    const tasks = await eventually(async () => {
      const res = (await officer.get(`/tasks?processId=${tip.processId}`)).body;
      return res.length === 2 && res;
    }, 'both tasks');
    return {
      tip,
      verify: tasks.find((t: any) => t.stepType === TipStepType.VERIFY),
      notify: tasks.find((t: any) => t.stepType === TipStepType.NOTIFY_PROCURACY),
    };
  }

  const escalationCount = async (taskId: string) =>
    (await system.db.query(`SELECT count(*)::int AS n FROM escalations WHERE task_id = $1`, [taskId]))[0].n as number;

  it('cancels a process with a reason: every open task closes and no escalation fires afterwards', async () => {
    const { tip, verify } = await newTip();
    expect((await officer.post(`/processes/${tip.processId}/cancel`, { reason: 'x' })).status).toBe(403);
    const cancelled = await coordinator.post(`/processes/${tip.processId}/cancel`, { reason: 'Duplicate of an earlier tip' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('CANCELLED');
    expect(cancelled.body.tasks.map((t: any) => t.status)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(cancelled.body.tasks[0].cancelReason).toBe('Duplicate of an earlier tip');
    await eventually(async () => (await coordinator.get(`/tips/${tip.reference}`)).body.status === 'CANCELLED', 'tip cancelled');
    expect((await officer.post(`/tasks/${verify.id}/complete`, { outcome: { decision: 'CONFIRMED', findings: 'late' } })).status).toBe(409);
    expect((await coordinator.post(`/processes/${tip.processId}/cancel`, { reason: 'again' })).status).toBe(409);
    // Once the workflow has closed no timer of it can fire: wait for that, not for a fixed time.
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    try {
      const handle = new Client({ connection }).workflow.getHandle(tip.processId);
      await eventually(async () => (await handle.describe()).status.name !== 'RUNNING', 'workflow closed');
    } finally {
      await connection.close();
    }
    expect(await escalationCount(verify.id)).toBe(0);
    expect((await officer.get(`/tasks/${verify.id}`)).body.status).toBe('CANCELLED');
  });

  it('cancelling a step closes what depends on it', async () => {
    const { tip, verify, notify } = await newTip();
    const res = await coordinator.post(`/tasks/${verify.id}/cancel`, { reason: 'Tip withdrawn; handled by another province' });
    expect(res.status).toBe(200);
    await eventually(async () => (await officer.get(`/tasks/${notify.id}`)).body.status === 'CANCELLED', 'downstream closed');
    // The process ends once its last writes are done, a moment after the tasks it closed are projected.
    await eventually(async () => (await coordinator.get(`/processes/${tip.processId}`)).body.status === 'CANCELLED', 'process cancelled');
  });

  it('records an internal pause of a legal period without stopping its clock: the deadline and its escalation stay', async () => {
    const { verify } = await newTip();
    expect((await officer.post(`/tasks/${verify.id}/suspend`, { reason: 'x' })).status).toBe(403);
    const paused = await head.post(`/tasks/${verify.id}/suspend`, { reason: 'Waiting for the officer in charge' });
    expect(paused.status).toBe(200);
    expect(paused.body.internalPauseSince).toEqual(expect.any(String));
    expect(paused.body.suspendedAt).toBeNull();
    expect((await head.post(`/tasks/${verify.id}/suspend`, { reason: 'again' })).status).toBe(409);
    await eventually(async () => (await escalationCount(verify.id)) > 0, 'escalation at the unmoved deadline', 15_000);
    const [fired] = await system.db.query(`SELECT fired_at FROM escalations WHERE task_id = $1 AND level = 1`, [verify.id]);
    expect(new Date(fired.fired_at).getTime()).toBeGreaterThanOrEqual(Date.parse(verify.dueAt));
    const resumed = await head.post(`/tasks/${verify.id}/resume`, { reason: 'Officer back' });
    expect(resumed.status).toBe(200);
    expect(resumed.body.dueAt).toBe(verify.dueAt);
  });

  it('rolls a deadline that would end on a public holiday over to the next working day', async () => {
    const admin = await system.as('admin');
    // Declare the next three days holidays: a one-day period started now must end after them.
    const days = [1, 2, 3].map((n) => localDate(Date.now() + n * DAY));
    for (const date of days)
      expect((await admin.put('/calendar/holidays', { date, nameVi: 'Ngày nghỉ thử', nameEn: 'Test holiday' })).status).toBe(200);
    expect((await officer.put('/calendar/holidays', { date: days[0], nameVi: 'x', nameEn: 'x' })).status).toBe(403);
    const { notify } = await newTip();
    const due = Date.parse(notify.dueAt);
    // Art. 134: the period ends at 24:00 of its last day, so the last day is the one before the due instant.
    const lastDay = due - 1;
    expect(localDate(lastDay) > days[2]).toBe(true);
    const holidays = ((await coordinator.get('/calendar/holidays')).body as Array<{ date: string }>).map((h) => h.date);
    expect(isWorkingDay(lastDay, { holidays })).toBe(true);
    // The exact instant, derived from the start the system recorded and the published calendar (whatever today is).
    expect(due).toBe(periodEnd(Date.parse(notify.startsAt), { amount: 1, unit: 'days' }, notify, { holidays }));
  });
});
