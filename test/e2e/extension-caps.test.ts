import { upsertUsers } from '../../src/database/demo-users';
import { DEADLINE_CATALOGUE_V4 } from '../../src/database/seeds/deadline-catalogue-v4';
import { periodEnd } from '../../src/domain/period-end';
import { severityDeadlineKey, SeverityDependentPeriod as P } from '../../src/domain/prosecution/prosecution-deadline-keys';
import { ProsecutionStepType as Step } from '../../src/domain/prosecution/prosecution-step-type';
import { Role } from '../../src/domain/role';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { isWorkingDay, localDate } from '../../src/domain/working-calendar';
import { prosecutionWorkflow } from '../../workflows/prosecution/prosecution.workflow';
import { HttpClient } from '../support/http-client';
import { openTask } from '../support/open-task';
import { startAsCaseChild } from '../support/start-process';
import { startTestSystem, TestSystem } from '../support/test-system';
import { TEST_PASSWORD } from '../support/test-users';

const DAY = 86_400_000;
const DECISION = severityDeadlineKey(P.PROCURACY_DECISION, 'ESPECIALLY_SERIOUS');
const entry = (key: string) => DEADLINE_CATALOGUE_V4.entries.find((e) => e.key === key)!;
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/**
 * The cap on a single extension is on the length asked (art. 240(1): ≤ 30 days), judged before art. 134 rolls the end
 * over a day off; and publishing cannot make a LAW entry differ from its statute. Real periods, holidays declared
 * through the API so that +30 days land on a day off whatever the date the test runs.
 */
describe('extension caps on the length asked, statutory values fixed by the statute table', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let police: HttpClient;
  let procuracy: HttpClient;
  let procuracyHead: HttpClient;
  let admin: HttpClient;
  const closers: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    system = await startTestSystem();
    await upsertUsers(system.db, [
      { username: 'procuracy-officer', displayName: 'Procurator', agencyCode: 'VKS_TINH', roles: [Role.OFFICER], password: TEST_PASSWORD },
    ]);
    [coordinator, police, procuracy, procuracyHead, admin] = await Promise.all(
      (['coordinator', 'officer', 'procuracy-officer' as never, 'procuracy-head', 'admin'] as const).map((u) => system.as(u)),
    );
  });
  afterAll(async () => {
    await Promise.all(closers.map((close) => close()));
    await system?.close();
  });

  const holidays = async () => ((await coordinator.get('/calendar/holidays')).body as Array<{ date: string }>).map((h) => h.date);

  it('refuses +31 days and grants +30 on an art. 240(1) decision whose +30 days end on a day off', async () => {
    // The procuracy's 30 days start when the investigation ends (in a moment, or just after midnight): for either
    // last day, make its 30th day after a public holiday, so that +30 rolls over it — onto the day +31 also reaches.
    const known = await holidays();
    for (const start of [Date.now(), Date.now() + DAY]) {
      const lastDay = localDate(periodEnd(start, { amount: 30, unit: 'days' }, entry(DECISION), { holidays: known }) - 1);
      const date = plusDays(lastDay, 30);
      if (!known.includes(date))
        expect((await admin.put('/calendar/holidays', { date, nameVi: 'Ngày nghỉ thử', nameEn: 'Test day off' })).status).toBe(200);
    }

    // The process takes the calendar when it starts: after the holidays.
    const { processId, close } = await startAsCaseChild('prosecution', prosecutionWorkflow, {
      severity: 'ESPECIALLY_SERIOUS',
      openedByBorderGuard: false,
    });
    closers.push(close);
    const investigation = await openTask(police, processId, Step.INVESTIGATION);
    const done = await police.post(`/tasks/${investigation.id}/complete`, { outcome: { conclusion: 'RECOMMEND_PROSECUTION', note: 'Two accused' } });
    expect(done.status).toBe(200);
    const task = await openTask(procuracy, processId, Step.PROCURACY_DECISION);
    expect(task.deadlineKey).toBe(DECISION);

    // Everything below is derived from the task's recorded start and the published calendar.
    const calendar = { holidays: await holidays() };
    const due = periodEnd(Date.parse(task.startsAt), { amount: 30, unit: 'days' }, entry(DECISION), calendar);
    expect(task.dueAt).toBe(new Date(due).toISOString());
    const plus = (days: number) => periodEnd(due, { amount: days, unit: 'days' }, entry(DECISION), calendar, 'PERIOD_END');
    const thirtiethDay = plusDays(localDate(due - 1), 30);
    expect(isWorkingDay(Date.parse(`${thirtiethDay}T12:00:00+07:00`), calendar)).toBe(false);
    expect(plus(31)).toBe(plus(30)); // the case the old check let through

    // GET /tasks/{id}: the latest THIS extension can reach (30 days, rolled over), beside the overall ceiling.
    const allowance = (await procuracy.get(`/tasks/${task.id}`)).body.extensionAllowance;
    expect(allowance.next.maxPerExtension).toEqual({ amount: 30, unit: 'days' });
    expect(allowance.next.latestThisExtensionAt).toBe(new Date(plus(30)).toISOString());
    expect(allowance.ceilingAt).toEqual(expect.any(String));

    const tooLong = await procuracy.post(`/tasks/${task.id}/extensions`, { amount: 31, unit: 'days', reason: 'Expert report pending' });
    expect([tooLong.status, tooLong.body.message]).toEqual([409, expect.stringContaining('one extension may add at most 30 days, not 31 days')]);
    const asked = await procuracy.post(`/tasks/${task.id}/extensions`, { amount: 30, unit: 'days', reason: 'Expert report pending' });
    expect([asked.status, asked.body.message]).toEqual([200, undefined]);
    const pending = asked.body.extensions.find((e: any) => e.status === 'PENDING');
    expect(pending.requestedDueAt).toBe(new Date(plus(30)).toISOString());
    const granted = await procuracyHead.post(`/tasks/${task.id}/extensions/${pending.extensionId}/decision`, { approve: true });
    expect([granted.status, granted.body.dueAt]).toEqual([200, new Date(plus(30)).toISOString()]);
  });

  it('refuses to publish a LAW entry that differs from its statute, naming the path and the article', async () => {
    const current = (await coordinator.get('/catalogue')).body;
    const draft = (key: string, change: (e: any) => void) => {
      const entries = structuredClone(current.entries);
      change(entries.find((e: any) => e.key === key));
      return { note: 'Draft', entries, escalationLadder: current.escalationLadder };
    };
    const at = (key: string) => current.entries.findIndex((e: any) => e.key === key);

    const longer = await admin.post(
      '/catalogue/versions',
      draft(TipStepType.VERIFY, (e) => (e.duration = { amount: 40, unit: 'days' })),
    );
    expect([longer.status, longer.body.message]).toEqual([
      400,
      `entries[${at(TipStepType.VERIFY)}].duration (40 days) must equal the statute's 20 days (BLTTHS 2015 art. 147(1))`,
    ]);
    const plain = await admin.post(
      '/catalogue/versions',
      draft(TipStepType.VERIFY, (e) => (e.counting = 'PLAIN')),
    );
    expect([plain.status, plain.body.message]).toEqual([
      400,
      `entries[${at(TipStepType.VERIFY)}].counting (PLAIN) must be ART_134 as the statute counts (BLTTHS 2015 art. 147(1))`,
    ]);
    const byPolice = await admin.post(
      '/catalogue/versions',
      draft(DECISION, (e) => (e.extension.tiers[0].approverAgency = 'CA_TINH')),
    );
    expect([byPolice.status, byPolice.body.message]).toEqual([
      400,
      `entries[${at(DECISION)}].extension.tiers[0].approverAgency (CA_TINH, a POLICE agency) must be a PROCURACY agency (BLTTHS 2015 art. 240(1))`,
    ]);
    const ceiling = severityDeadlineKey(P.INVESTIGATION, 'ESPECIALLY_SERIOUS');
    const longerCeiling = await admin.post(
      '/catalogue/versions',
      draft(ceiling, (e) => (e.extension.tiers[0].upToTotal = { amount: 24, unit: 'months' })),
    );
    expect([longerCeiling.status, longerCeiling.body.message]).toEqual([
      400,
      expect.stringContaining("must equal the statute's 16 months (BLTTHS 2015 art. 172(2)(d))"),
    ]);
    const afterReturn = await admin.post(
      '/catalogue/versions',
      draft(Step.TRIAL_DECISION_AFTER_RETURN, (e) => (e.duration = { amount: 60, unit: 'days' })),
    );
    expect([afterReturn.status, afterReturn.body.message]).toEqual([
      400,
      expect.stringContaining("must equal the statute's 15 days (BLTTHS 2015 art. 277(1))"),
    ]);
    // None of them left a version behind; a POLICY value within its bounds is still the province's to change.
    expect((await coordinator.get('/catalogue')).body.version).toBe(current.version);
    const policy = await admin.post(
      '/catalogue/versions',
      draft(Step.RECORD_VERDICT, (e) => (e.duration = { amount: 45, unit: 'days' })),
    );
    expect([policy.status, policy.body.version]).toEqual([201, current.version + 1]);
  });
});
