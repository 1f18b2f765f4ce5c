import { DEADLINE_CATALOGUE_V4 } from '../../src/database/seeds/deadline-catalogue-v4';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { shortCatalogue } from '../support/short-catalogue';
import { recordHistory } from '../support/record-history';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

/** Real timers: the catalogue gives verification 4 s and the ladder fires at due + 0 s, + 3 s, + 6 s. */
const VERIFY_SECONDS = 4;

describe('deadlines, reminders, escalations and extensions on real timers', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;
  let head: HttpClient;
  let leadership: HttpClient;

  beforeAll(async () => {
    system = await startTestSystem({
      catalogue: shortCatalogue({ [TipStepType.VERIFY]: VERIFY_SECONDS, [TipStepType.NOTIFY_PROCURACY]: 3600 }),
    });
    [coordinator, officer, head, leadership] = await Promise.all(
      (['coordinator', 'officer', 'agency-head', 'leadership'] as const).map((u) => system.as(u)),
    );
  });
  afterAll(() => system?.close());

  async function verifyTaskOfNewTip() {
    const tip = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    const task = await eventually(async () => {
      const res = await officer.get(`/tasks?processId=${tip.processId}`);
      return res.body.find((t: any) => t.stepType === TipStepType.VERIFY);
    }, 'verify task');
    return { tip, task };
  }

  const notificationsFor = async (taskId: string) =>
    (await system.db.query(
      `SELECT kind, agency_code, recipient_role, payload, created_at FROM notifications WHERE task_id = $1 ORDER BY created_at`,
      [taskId],
    )) as any[];

  it('reminds before the deadline, then climbs the ladder level by level, each acknowledged by whom it reached', async () => {
    const { tip, task } = await verifyTaskOfNewTip();
    // The period runs from the tip's receipt (startsAt), a moment before the task was created.
    expect(Date.parse(task.dueAt) - Date.parse(task.startsAt)).toBe(VERIFY_SECONDS * 1000);

    const escalations = await eventually(
      async () => {
        const rows = await system.db.query(`SELECT * FROM escalations WHERE task_id = $1 ORDER BY level`, [task.id]);
        return rows.length === 3 && rows;
      },
      'three escalation levels',
      20_000,
    );
    const due = Date.parse(task.dueAt);
    expect(escalations.map((e: any) => [e.level, e.target, e.agency_code])).toEqual([
      [1, 'AGENCY_HEAD', 'CA_TINH_CSDT'],
      [2, 'STANDING_OFFICE', 'CA_TINH_CSDT'],
      [3, 'LEADERSHIP', 'CA_TINH_CSDT'],
    ]);
    // Each level is scheduled from the deadline (not from when the level before it fired) and never fires before it.
    escalations.forEach((e: any, i: number) => expect(new Date(e.fired_at).getTime()).toBeGreaterThanOrEqual(due + [0, 3000, 6000][i]));

    // A level's notification is written just after its escalation row: wait for the last one.
    const notes = await eventually(async () => {
      const rows = await notificationsFor(task.id);
      return rows.length >= 5 && rows;
    }, 'the five notifications');
    const kinds = notes.map((n) => n.kind);
    expect(kinds).toEqual(['TASK_ASSIGNED', 'REMINDER', 'ESCALATION', 'ESCALATION', 'ESCALATION']);
    const reminderAt = new Date(notes[1].created_at).getTime();
    // At 75 % of the time the task had between its creation and its deadline.
    const created = Date.parse(task.createdAt);
    expect(reminderAt).toBeGreaterThanOrEqual(created + 0.75 * (due - created));
    expect(reminderAt).toBeLessThan(due);
    expect(notes.slice(2).map((n) => [n.agency_code, n.recipient_role])).toEqual([
      ['CA_TINH_CSDT', 'AGENCY_HEAD'],
      ['BCD_VPTT', 'COORDINATOR'],
      ['UBND_TINH', 'LEADERSHIP'],
    ]);

    // Who sees what: the head their level, the standing office its level, leadership everything.
    const seenBy = async (client: HttpClient) =>
      ((await client.get('/escalations')).body as any[]).filter((e) => e.taskId === task.id).map((e) => e.level);
    expect(await seenBy(head)).toEqual([1]);
    expect(await seenBy(coordinator)).toEqual([2]);
    expect(await seenBy(leadership)).toEqual([1, 2, 3]);
    expect((await officer.get('/escalations')).status).toBe(403);

    const level1 = escalations[0].id;
    expect((await coordinator.post(`/escalations/${level1}/acknowledge`, {})).status).toBe(403);
    const ack = await head.post(`/escalations/${level1}/acknowledge`, { note: 'Report to me by Friday' });
    expect(ack.status).toBe(200);
    expect(ack.body.acknowledgedAt).toEqual(expect.any(String));
    expect((await head.post(`/escalations/${level1}/acknowledge`, {})).status).toBe(409);
    expect((await leadership.post(`/escalations/${escalations[2].id}/acknowledge`, { note: 'Directed' })).status).toBe(200);
    expect(await seenBy(head)).toEqual([]);

    const timeline = (await coordinator.get(`/processes/${tip.processId}`)).body.timeline.map((e: any) => e.type);
    expect(timeline.filter((t: string) => ['REMINDER_SENT', 'ESCALATED', 'ESCALATION_ACKNOWLEDGED'].includes(t))).toEqual([
      'REMINDER_SENT',
      'ESCALATED',
      'ESCALATED',
      'ESCALATED',
      'ESCALATION_ACKNOWLEDGED',
      'ESCALATION_ACKNOWLEDGED',
    ]);
    const overdue = (await officer.get('/tasks?overdue=true')).body.map((t: any) => t.id);
    expect(overdue).toContain(task.id);
    // Recorded since each level's timer is set from the deadline (patch ladder-from-deadline); the older history keeps the
    // ladder as it ran before.
    await recordHistory(tip.processId, 'tip-verification-escalated-from-deadline');
  });

  it('moves the deadline on an approved extension, and escalates only after the new one', async () => {
    const { task } = await verifyTaskOfNewTip();
    const asked = await officer.post(`/tasks/${task.id}/extensions`, { amount: 6, unit: 'seconds', reason: 'Complex case' });
    expect(asked.status).toBe(200);
    const extension = asked.body.extensions[0];
    expect(extension.status).toBe('PENDING');
    expect((await officer.post(`/tasks/${task.id}/extensions/${extension.extensionId}/decision`, { approve: true })).status).toBe(403);
    const approved = await head.post(`/tasks/${task.id}/extensions/${extension.extensionId}/decision`, { approve: true, note: 'Granted' });
    expect(approved.status).toBe(200);
    const newDue = Date.parse(approved.body.dueAt);
    expect(newDue - Date.parse(task.dueAt)).toBe(6000);

    // Past the original deadline: nothing has fired.
    await new Promise((r) => setTimeout(r, Date.parse(task.dueAt) - Date.now() + 1500));
    expect(await system.db.query(`SELECT id FROM escalations WHERE task_id = $1`, [task.id])).toHaveLength(0);
    const fired = await eventually(
      async () => {
        const rows = await system.db.query(`SELECT fired_at FROM escalations WHERE task_id = $1 AND level = 1`, [task.id]);
        return rows[0];
      },
      'level 1 after the new deadline',
      15_000,
    );
    expect(new Date(fired.fired_at).getTime()).toBeGreaterThanOrEqual(newDue);
    const row = (await officer.get(`/tasks/${task.id}`)).body;
    expect(row.dueAt).toBe(new Date(newDue).toISOString());
    expect(row.extensions[0].status).toBe('APPROVED');
    await recordHistory(task.processId, 'tip-verification-extended');
  });

  it('bounds extensions by the legal maximum and sends the second tier to the procuracy (art. 147)', async () => {
    const { task } = await verifyTaskOfNewTip();
    // Tier 1 reaches 3 × 4 s from the start, tier 2 (chief procurator) 6 × 4 s; beyond that no one may extend.
    const tooFar = await officer.post(`/tasks/${task.id}/extensions`, { amount: 60, unit: 'seconds', reason: 'Too long' });
    expect(tooFar.status).toBe(409);
    expect(tooFar.body.message).toContain('beyond the legal maximum');

    const secondTier = await officer.post(`/tasks/${task.id}/extensions`, { amount: 15, unit: 'seconds', reason: 'Witness abroad' });
    expect(secondTier.status).toBe(200);
    const extensionId = secondTier.body.extensions[0].extensionId;
    expect((await officer.post(`/tasks/${task.id}/extensions`, { amount: 1, unit: 'seconds', reason: 'again' })).status).toBe(409);
    const byHead = await head.post(`/tasks/${task.id}/extensions/${extensionId}/decision`, { approve: true });
    expect(byHead.status).toBe(403);
    expect(byHead.body.message).toContain('VKS_TINH');
    const procuracy = await system.as('procuracy-head');
    const byProcurator = await procuracy.post(`/tasks/${task.id}/extensions/${extensionId}/decision`, { approve: true });
    expect(byProcurator.status).toBe(200);
    expect(Date.parse(byProcurator.body.dueAt) - Date.parse(task.dueAt)).toBe(15_000);
    // The same decision again is a safe retry (200, the deadline moves once); the opposite one is refused.
    const repeated = await procuracy.post(`/tasks/${task.id}/extensions/${extensionId}/decision`, { approve: true });
    expect(repeated.status).toBe(200);
    expect(repeated.body.dueAt).toBe(byProcurator.body.dueAt);
    expect((await procuracy.post(`/tasks/${task.id}/extensions/${extensionId}/decision`, { approve: false })).status).toBe(409);
  });

  it('publishes catalogue versions through the API (administrators only) and keeps running processes on theirs', async () => {
    const current = (await coordinator.get('/catalogue')).body;
    const [{ latest }] = await system.db.query(`SELECT MAX(version) AS latest FROM deadline_catalogue_versions`);
    expect(current.version).toBe(latest);
    const admin = await system.as('admin');
    expect((await coordinator.put('/catalogue', { note: 'x', entries: current.entries, escalationLadder: current.escalationLadder })).status).toBe(
      403,
    );
    const broken = await admin.put('/catalogue', {
      note: 'broken',
      entries: [{ ...current.entries[0], duration: { amount: -1, unit: 'days' } }],
      escalationLadder: current.escalationLadder,
    });
    expect(broken.status).toBe(400);
    expect(broken.body.message).toContain('entries[0].duration.amount');
    // The running test version has periods of seconds, not the statutes': publishing it again is refused.
    const short = await admin.put('/catalogue', { note: 'Seconds', entries: current.entries, escalationLadder: current.escalationLadder });
    expect([short.status, short.body.message]).toEqual([400, expect.stringContaining("must equal the statute's")]);
    const published = await admin.put('/catalogue', { note: 'Same rules, new version', ...DEADLINE_CATALOGUE_V4 });
    expect(published.status).toBe(200);
    expect(published.body.version).toBe(latest + 1);
  });
});
