import { randomUUID } from 'node:crypto';
import { DEADLINE_CATALOGUE_V3 } from '../../src/database/seeds/deadline-catalogue-v3';
import { periodEnd } from '../../src/domain/period-end';
import { ProsecutionStepType as Step } from '../../src/domain/prosecution/prosecution-step-type';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { localDate } from '../../src/domain/working-calendar';
import { prosecutionWorkflow } from '../../workflows/prosecution/prosecution.workflow';
import { chargeChangedSignal } from '../../workflows/prosecution/messages';
import { eventually } from '../support/eventually';
import { HttpClient } from '../support/http-client';
import { openTask } from '../support/open-task';
import { startAsCaseChild } from '../support/start-process';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

const DAY = 86_400_000;
const localYear = (ms: number) => Number(localDate(ms).slice(0, 4));
const entry = (key: string) => DEADLINE_CATALOGUE_V3.entries.find((e) => e.key === key)!;

/** Legal periods at their real length (catalogue version 3 as the migrations publish it), through the HTTP API. */
describe('legal clocks: art. 134 counting, extension law per tier, honest catalogue', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;
  let head: HttpClient;
  let procurator: HttpClient;
  let admin: HttpClient;
  const closers: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    system = await startTestSystem();
    [coordinator, officer, head, procurator, admin] = await Promise.all(
      (['coordinator', 'officer', 'agency-head', 'procuracy-head', 'admin'] as const).map((u) => system.as(u)),
    );
  });
  afterAll(async () => {
    await Promise.all(closers.map((close) => close()));
    await system?.close();
  });

  const holidays = async () => ((await coordinator.get('/calendar/holidays')).body as Array<{ date: string }>).map((h) => h.date);

  async function verifyTask() {
    const tip = (await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() })).body;
    return openTask(officer, tip.processId, TipStepType.VERIFY);
  }

  async function investigation(severity: 'VERY_SERIOUS' | 'ESPECIALLY_SERIOUS') {
    const { processId, handle, close } = await startAsCaseChild('prosecution', prosecutionWorkflow, { severity, openedByBorderGuard: false });
    closers.push(close);
    return { processId, handle, task: await openTask(officer, processId, Step.INVESTIGATION) };
  }

  async function extend(task: { id: string }, amount: number, unit: string, approver: HttpClient) {
    const asked = await officer.post(`/tasks/${task.id}/extensions`, { amount, unit, reason: 'Witnesses abroad' });
    expect([asked.status, asked.body.message]).toEqual([200, undefined]);
    const pending = asked.body.extensions.find((e: any) => e.status === 'PENDING');
    const decided = await approver.post(`/tasks/${task.id}/extensions/${pending.extensionId}/decision`, { approve: true });
    expect([decided.status, decided.body.message]).toEqual([200, undefined]);
    return decided.body;
  }

  it('ends the 20-day verification at 24:00 local of its last day, rolled past a day off, and says how sure it is', async () => {
    // Make the 20th day after today a public holiday: the period must give way to the next working day.
    const twentieth = periodEnd(Date.now(), { amount: 20, unit: 'days' }, { legalBasis: 'BLTTHS', counting: 'PLAIN' }, { holidays: [] });
    const day = localDate(twentieth);
    const known = await holidays();
    if (!known.includes(day))
      expect((await admin.put('/calendar/holidays', { date: day, nameVi: 'Ngày nghỉ thử', nameEn: 'Test day off' })).status).toBe(200);

    const task = await verifyTask();
    const calendar = { holidays: [...(await holidays())] };
    const expected = periodEnd(Date.parse(task.startsAt), { amount: 20, unit: 'days' }, entry(TipStepType.VERIFY), calendar);
    expect(task.dueAt).toBe(new Date(expected).toISOString());
    // 24:00 in Hà Nội is 17:00Z, and the last day is not the holiday but a later working day.
    expect(task.dueAt.slice(11)).toBe('17:00:00.000Z');
    expect(localDate(Date.parse(task.dueAt) - 1) > day).toBe(true);
    expect([task.confidence, task.deadlineNature, task.calendarIncomplete]).toEqual(['TEXT', 'LAW', false]);
    // The side task (notify the procuracy in 3 days, art. 146) counts the same way.
    const notice = await openTask(officer, task.processId, TipStepType.NOTIFY_PROCURACY);
    expect(notice.dueAt.slice(11)).toBe('17:00:00.000Z');
  });

  it('refuses a single 8-month investigation extension and grants 4 months, decided by the procuracy (art. 172)', async () => {
    const { task } = await investigation('VERY_SERIOUS');
    expect(task.dueAt.slice(11)).toBe('17:00:00.000Z');
    const eight = await officer.post(`/tasks/${task.id}/extensions`, { amount: 8, unit: 'months', reason: 'Complex' });
    expect([eight.status, eight.body.message]).toEqual([409, expect.stringContaining('at most 4 months')]);
    const asked = await officer.post(`/tasks/${task.id}/extensions`, { amount: 4, unit: 'months', reason: 'Complex' });
    expect(asked.status).toBe(200);
    const id = asked.body.extensions[0].extensionId;
    const byPoliceHead = await head.post(`/tasks/${task.id}/extensions/${id}/decision`, { approve: true });
    expect([byPoliceHead.status, byPoliceHead.body.message]).toEqual([403, expect.stringContaining('VKS_TINH')]);
    const granted = await procurator.post(`/tasks/${task.id}/extensions/${id}/decision`, { approve: true });
    expect(granted.status).toBe(200);
    const calendar = { holidays: await holidays() };
    expect(granted.body.dueAt).toBe(
      new Date(periodEnd(Date.parse(task.dueAt), { amount: 4, unit: 'months' }, entry(task.deadlineKey), calendar, 'PERIOD_END')).toISOString(),
    );
  });

  it('accepts the procuracy’s art. 147(3) extension after the agency’s own, and not before the 2 months', async () => {
    const task = await verifyTask();
    const calendar = { holidays: await holidays() };
    const twoMonths = periodEnd(Date.parse(task.startsAt), { amount: 2, unit: 'months' }, entry(TipStepType.VERIFY), calendar);
    const early = await officer.post(`/tasks/${task.id}/extensions`, { amount: 2, unit: 'months', reason: 'Witness abroad' });
    expect([early.status, early.body.message]).toEqual([409, expect.stringContaining('147(3)')]);

    // The agency's head extends twice, up to the 2 months of art. 147(2).
    const first = await extend(task, 10, 'days', head);
    const rest = Math.round((twoMonths - Date.parse(first.dueAt)) / DAY);
    const second = await extend(task, rest, 'days', head);
    expect(second.dueAt).toBe(new Date(twoMonths).toISOString());

    // Then the chief procurator, once, by at most 2 months: the agency's extensions did not use this up.
    const tooLong = await officer.post(`/tasks/${task.id}/extensions`, { amount: 100, unit: 'days', reason: 'More' });
    expect(tooLong.status).toBe(409);
    const third = await extend(task, 2, 'months', procurator);
    expect(Date.parse(third.dueAt)).toBeGreaterThan(twoMonths);
    expect(third.extensions.map((e: any) => e.status)).toEqual(['APPROVED', 'APPROVED', 'APPROVED']);
  });

  it('closes a pending request when its task ends', async () => {
    const task = await verifyTask();
    const asked = await officer.post(`/tasks/${task.id}/extensions`, { amount: 10, unit: 'days', reason: 'Complex' });
    const id = asked.body.extensions[0].extensionId;
    const done = await officer.post(`/tasks/${task.id}/complete`, {
      outcome: { decision: 'UNFOUNDED', findings: 'Nobody at the address', reason: 'No trace of the person' },
    });
    expect(done.status).toBe(200);
    expect(done.body.extensions[0].status).toBe('WITHDRAWN');
    expect((await head.post(`/tasks/${task.id}/extensions/${id}/decision`, { approve: true })).status).toBe(409);
    const timeline = (await coordinator.get(`/processes/${task.processId}`)).body.timeline.map((e: any) => e.type);
    expect(timeline).toContain('EXTENSION_WITHDRAWN');
  });

  it('flags a period reaching an unpublished year, then clamps granted extensions when the charge is lowered', async () => {
    // The year the 16-month ceiling of an investigation started now reaches is taken out of the published years, with
    // every later one: the third extension then reaches an unpublished year, whatever the date the test runs.
    const especially = entry('PROSECUTION_INVESTIGATION_ESPECIALLY_SERIOUS');
    const known = { holidays: await holidays() };
    let ceiling = periodEnd(Date.now(), { amount: 4, unit: 'months' }, especially, known);
    for (let i = 0; i < 3; i++) ceiling = periodEnd(ceiling, { amount: 4, unit: 'months' }, especially, known, 'PERIOD_END');
    const unpublished = localYear(ceiling - 1);
    const removed: Array<{ year: number; note: string }> = await system.db.query(`SELECT year, note FROM calendar_years WHERE year >= $1`, [
      unpublished,
    ]);
    await system.db.query(`DELETE FROM calendar_years WHERE year >= $1`, [unpublished]);
    try {
      const coverage = (await coordinator.get('/calendar/years')).body;
      expect(coverage.publishedYears.every((y: number) => y < unpublished)).toBe(true);
      expect(coverage.missingYears).toContain(unpublished);

      const { processId, handle, task } = await investigation('ESPECIALLY_SERIOUS');
      await extend(task, 4, 'months', procurator);
      await extend(task, 4, 'months', procurator);
      const sixteen = await extend(task, 4, 'months', procurator);
      expect(sixteen.calendarIncomplete).toBe(true);
      expect(localYear(Date.parse(sixteen.dueAt) - 1)).toBeGreaterThanOrEqual(unpublished);
      expect((await coordinator.get('/calendar/years')).body.tasksWithIncompleteCalendar).toBeGreaterThanOrEqual(1);

      await handle.signal(chargeChangedSignal, { severity: 'VERY_SERIOUS', actorId: randomUUID() });
      const lowered = await eventually(async () => {
        const t = (await officer.get(`/tasks/${task.id}`)).body;
        return t.deadlineKey === 'PROSECUTION_INVESTIGATION_VERY_SERIOUS' && t;
      }, 'recomputed investigation');
      // Two extensions of 4 months, not three: the very serious ceiling, 12 months.
      const calendar = { holidays: await holidays() };
      let twelve = periodEnd(Date.parse(task.startsAt), { amount: 4, unit: 'months' }, entry(lowered.deadlineKey), calendar);
      for (let i = 0; i < 2; i++) twelve = periodEnd(twelve, { amount: 4, unit: 'months' }, entry(lowered.deadlineKey), calendar, 'PERIOD_END');
      expect(lowered.dueAt).toBe(new Date(twelve).toISOString());
      // Still flagged only if the 12 months too reach a year not published (the published years are data).
      const reached = Array.from(
        { length: localYear(twelve - 1) - localYear(Date.parse(task.startsAt)) + 1 },
        (_, k) => localYear(Date.parse(task.startsAt)) + k,
      );
      expect(lowered.calendarIncomplete).toBe(reached.some((y) => !coverage.publishedYears.includes(y)));
      const recomputed = (await coordinator.get(`/processes/${processId}`)).body.timeline.find((e: any) => e.type === 'DEADLINE_RECOMPUTED');
      expect(recomputed.detail.droppedExtensions).toEqual([sixteen.extensions[2].extensionId]);
    } finally {
      for (const { year, note } of removed)
        await system.db.query(`INSERT INTO calendar_years (year, note) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [year, note]);
    }
  });

  it('publishes a catalogue only if it means something: needed keys present, LAW periods as the statute fixes them', async () => {
    const current = (await coordinator.get('/catalogue')).body;
    expect(current.entries.every((e: any) => ['TEXT', 'SECOND_HAND', 'UNVERIFIED', 'POLICY'].includes(e.confidence))).toBe(true);
    expect(current.entries.find((e: any) => e.key === Step.BORDER_TRANSFER)).toMatchObject({ nature: 'POLICY', confidence: 'UNVERIFIED' });
    const draft = (entries: unknown[]) => ({ note: 'Draft version', entries, escalationLadder: current.escalationLadder });

    const dropped = await admin.post('/catalogue/versions', draft(current.entries.filter((e: any) => e.key !== TipStepType.NOTIFY_PROCURACY)));
    expect([dropped.status, dropped.body.message]).toEqual([
      400,
      expect.stringContaining(`missing deadline keys that processes need: ${TipStepType.NOTIFY_PROCURACY}`),
    ]);
    const i = current.entries.findIndex((e: any) => e.key === TipStepType.VERIFY);
    const shortened = await admin.post(
      '/catalogue/versions',
      draft(current.entries.map((e: any, j: number) => (j === i ? { ...e, duration: { amount: 10, unit: 'days' } } : e))),
    );
    expect([shortened.status, shortened.body.message]).toEqual([
      400,
      `entries[${i}].duration (10 days) must equal the statute's 20 days (BLTTHS 2015 art. 147(1))`,
    ]);
    const malformed = await admin.post('/catalogue/versions', draft([...current.entries, 42]));
    expect([malformed.status, malformed.body.message]).toEqual([400, `entries[${current.entries.length}] must be an object`]);
    const badTier = await admin.post(
      '/catalogue/versions',
      draft(current.entries.map((e: any, j: number) => (j === i ? { ...e, extension: { maxCount: 1, tiers: [{}] } } : e))),
    );
    expect([badTier.status, badTier.body.message]).toEqual([400, expect.stringContaining(`entries[${i}].extension.tiers[0].upToTotal`)]);

    const published = await admin.post('/catalogue/versions', draft(current.entries));
    expect(published.status).toBe(201);
    expect(published.body.version).toBe(current.version + 1);

    // The list names every version, newest (in force) first, with why and when; refused drafts left no trace.
    const listed = await coordinator.get('/catalogue/versions');
    expect(listed.status).toBe(200);
    expect(listed.body.map((v: any) => v.version)).toEqual(Array.from({ length: current.version + 1 }, (_, k) => current.version + 1 - k));
    expect(listed.body[0]).toMatchObject({ version: current.version + 1, note: 'Draft version', entryCount: current.entries.length, inForce: true });
    expect(listed.body[0].createdAtLocal).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+07:00$/);
    expect(Date.parse(listed.body[0].createdAtLocal)).toBe(Date.parse(listed.body[0].createdAt));
    expect(listed.body.slice(1).every((v: any) => v.inForce === false)).toBe(true);
  });
});
