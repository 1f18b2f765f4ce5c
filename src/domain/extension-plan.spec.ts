import { Role } from './role';
import type { Actor } from './actor';
import type { Duration } from './duration';
import { ErrorCode } from './error-code';
import { isViolation, planExtension } from './extension-plan';
import { LEGAL_CLOCK, legalTask, v3Entry } from '../../test/support/legal-task';
import { publishedTask } from '../../test/support/published-task';
import { PUBLISHED_CLOCK, TEST_TODAY, todayAt, v4Entry } from '../../test/support/test-today';
import { addDuration } from './add-duration';
import { extendedDueAt } from './deadline-clock';
import { extensionAllowance } from './extension-allowance';
import { startOfLocalDay } from './period-end';
import { severityDeadlineKey, SeverityDependentPeriod as P } from './prosecution/prosecution-deadline-keys';
import { checkExtensionDecision } from './task-rules';
import { decideExtension, reassign, requestExtension, resume, suspend } from './task-transitions';
import type { TaskState } from './task-state';
import { TipStepType } from './tip/tip-step-type';

const at = Date.parse;
const months = (amount: number): Duration => ({ amount, unit: 'months' });
const days = (amount: number): Duration => ({ amount, unit: 'days' });
const officer: Actor = { userId: 'o', agencyCode: 'CA_TINH_CSDT', roles: [Role.OFFICER] };
const policeHead: Actor = { userId: 'h', agencyCode: 'CA_TINH_CSDT', roles: [Role.AGENCY_HEAD] };
const procurator: Actor = { userId: 'p', agencyCode: 'VKS_TINH', roles: [Role.AGENCY_HEAD] };
const ladder = { reminderAtRatio: 0.75, levels: [] };
const iso = (ms: number) => new Date(ms).toISOString();

/** Requests and approves an extension as the empowered approver would; fails the test if the law refuses it. */
function grant(task: TaskState, additional: Duration, now: number, approver: Actor): void {
  const plan = planExtension(task, v3Entry(task.deadlineKey), additional, now, LEGAL_CLOCK);
  if (isViolation(plan)) throw new Error(plan.message);
  const id = `e${task.extensions.length + 1}`;
  requestExtension(task, officer, id, plan, additional, 'complex case', now);
  expect(checkExtensionDecision(task, approver, v3Entry(task.deadlineKey), id, LEGAL_CLOCK)).toBeNull();
  decideExtension(task, approver, id, true, undefined, now, ladder);
}
const refusal = (task: TaskState, additional: Duration, now: number) => {
  const plan = planExtension(task, v3Entry(task.deadlineKey), additional, now, LEGAL_CLOCK);
  return isViolation(plan) ? plan.message : null;
};

describe('investigation extensions (BLTTHS art. 172)', () => {
  const very = severityDeadlineKey(P.INVESTIGATION, 'VERY_SERIOUS');
  const especially = severityDeadlineKey(P.INVESTIGATION, 'ESPECIALLY_SERIOUS');

  it('refuses a single extension longer than 4 months and grants 4', () => {
    const task = legalTask(very, '2026-12-15T09:00:00+07:00');
    expect(iso(task.dueAt)).toBe('2027-04-15T17:00:00.000Z');
    expect(refusal(task, months(8), at('2027-03-01T00:00:00Z'))).toMatch(/at most 4 months/);
    grant(task, months(4), at('2027-03-01T00:00:00Z'), procurator);
    expect(iso(task.dueAt)).toBe('2027-08-15T17:00:00.000Z'.replace('08-15', '08-16')); // 15 Aug 2027 is a Sunday
  });

  it('allows two extensions for a very serious offence (12 months) and three for an especially serious one (16)', () => {
    const v = legalTask(very, '2026-12-15T09:00:00+07:00');
    grant(v, months(4), at('2027-03-01T00:00:00Z'), procurator);
    grant(v, months(4), at('2027-07-01T00:00:00Z'), procurator);
    expect(refusal(v, months(1), at('2027-11-01T00:00:00Z'))).toMatch(/All 2 extensions/);
    const e = legalTask(especially, '2026-12-15T09:00:00+07:00');
    grant(e, months(4), at('2027-03-01T00:00:00Z'), procurator);
    grant(e, months(4), at('2027-07-01T00:00:00Z'), procurator);
    grant(e, months(4), at('2027-11-01T00:00:00Z'), procurator);
    expect(iso(e.dueAt)).toBe('2028-04-17T17:00:00.000Z'); // 15 Apr 2028 is a Saturday
    expect(refusal(e, days(1), at('2028-03-01T00:00:00Z'))).toMatch(/All 3 extensions/);
  });

  it('wants the request at least 10 days before expiry and the procuracy to decide', () => {
    const task = legalTask(very, '2026-12-15T09:00:00+07:00');
    expect(refusal(task, months(4), at('2027-04-06T00:00:00Z'))).toMatch(/at least 10 days before/);
    const plan = planExtension(task, v3Entry(very), months(4), at('2027-04-01T00:00:00Z'), LEGAL_CLOCK);
    if (isViolation(plan)) throw new Error(plan.message);
    requestExtension(task, officer, 'e1', plan, months(4), 'r', at('2027-04-01T00:00:00Z'));
    expect(checkExtensionDecision(task, policeHead, v3Entry(very), 'e1', LEGAL_CLOCK)?.code).toBe(ErrorCode.FORBIDDEN);
    expect(checkExtensionDecision(task, procurator, v3Entry(very), 'e1', LEGAL_CLOCK)).toBeNull();
  });

  it('counts the ceiling from the legal start, and time suspended does not eat into it', () => {
    const task = legalTask(very, '2026-12-15T09:00:00+07:00');
    grant(task, months(4), at('2027-03-01T00:00:00Z'), procurator);
    // Clock stopped for 30 days (mutual legal assistance): the deadline and the 12-month ceiling both move.
    suspend(task, officer, 'MLA', at('2027-05-01T00:00:00Z'));
    resume(task, officer, 'MLA answered', at('2027-05-31T00:00:00Z'));
    grant(task, months(4), at('2027-07-01T00:00:00Z'), procurator);
    // 15 Aug 2027 was a Sunday, so the first extension ended on Mon 16 Aug; the second adds its full 4 months
    // (16 Dec 2027 24:00) and the 30 days stood still come on top.
    expect(task.dueAt).toBe(at('2027-12-16T17:00:00Z') + 30 * 86_400_000);
    expect(refusal(task, days(1), at('2027-12-01T00:00:00Z'))).toMatch(/All 2/);
  });
});

describe('tip verification extensions (BLTTHS art. 147)', () => {
  const start = '2026-11-18T10:00:00+07:00';

  it('lets the agency extend to 2 months, then the procuracy once more with its own count, ≤ 2 months, up to 4', () => {
    const task = legalTask(TipStepType.VERIFY, start);
    expect(iso(task.dueAt)).toBe('2026-12-08T17:00:00.000Z');
    grant(task, days(20), at('2026-12-01T00:00:00Z'), policeHead); // 28 Dec
    grant(task, days(20), at('2026-12-20T00:00:00Z'), policeHead); // 17 Jan 2027 is a Sunday: Mon 18 Jan 24:00 = 2 months
    expect(iso(task.dueAt)).toBe('2027-01-18T17:00:00.000Z');
    expect(refusal(task, days(5), at('2027-01-05T00:00:00Z'))).toBeNull();
    // The agency's two extensions do not use up the procuracy's.
    grant(task, months(2), at('2027-01-10T00:00:00Z'), procurator);
    expect(iso(task.dueAt)).toBe('2027-03-18T17:00:00.000Z');
  });

  it('refuses the procuracy before the 2 months are reached', () => {
    const task = legalTask(TipStepType.VERIFY, start);
    grant(task, days(20), at('2026-12-01T00:00:00Z'), policeHead); // 28 Dec
    expect(refusal(task, months(2), at('2026-12-15T00:00:00Z'))).toMatch(/147\(3\).*only once the period has reached/);
  });

  it('gives the procuracy its extension only after 2 months, requested 5 days ahead, at most 2 months, once', () => {
    const task = legalTask(TipStepType.VERIFY, start);
    grant(task, months(1), at('2026-12-01T00:00:00Z'), policeHead); // 8 Jan 2027
    grant(task, days(10), at('2027-01-02T00:00:00Z'), policeHead); // 18 Jan 2027 24:00 = 2 months from 18 Nov
    expect(refusal(task, days(100), at('2027-01-05T00:00:00Z'))).toMatch(/beyond the legal maximum|at most 2 months/);
    expect(refusal(task, months(2), at('2027-01-15T00:00:00Z'))).toMatch(/at least 5 days before/);
    const plan = planExtension(task, v3Entry(TipStepType.VERIFY), months(2), at('2027-01-10T00:00:00Z'), LEGAL_CLOCK);
    if (isViolation(plan)) throw new Error(plan.message);
    requestExtension(task, officer, 'e3', plan, months(2), 'r', at('2027-01-10T00:00:00Z'));
    expect(checkExtensionDecision(task, policeHead, v3Entry(TipStepType.VERIFY), 'e3', LEGAL_CLOCK)?.message).toMatch(/VKS_TINH/);
    expect(checkExtensionDecision(task, procurator, v3Entry(TipStepType.VERIFY), 'e3', LEGAL_CLOCK)).toBeNull();
    decideExtension(task, procurator, 'e3', true, undefined, at('2027-01-10T00:00:00Z'), ladder);
    expect(iso(task.dueAt)).toBe('2027-03-18T17:00:00.000Z');
    expect(refusal(task, days(1), at('2027-03-01T00:00:00Z'))).toMatch(/All 3|beyond|are used/);
  });

  it('refuses a single +100-day procuracy request', () => {
    const task = legalTask(TipStepType.VERIFY, start);
    expect(refusal(task, days(100), at('2026-12-01T00:00:00Z'))).not.toBeNull();
  });

  it('keeps the approver the law named after the task is reassigned', () => {
    const task = legalTask(TipStepType.VERIFY, start);
    reassign(task, { userId: 'c', agencyCode: 'BCD_VPTT', roles: [Role.COORDINATOR] }, 'BDBP_TINH', null, 'border area');
    const plan = planExtension(task, v3Entry(TipStepType.VERIFY), days(20), at('2026-12-01T00:00:00Z'), LEGAL_CLOCK);
    if (isViolation(plan)) throw new Error(plan.message);
    requestExtension(task, { ...officer, agencyCode: 'BDBP_TINH' }, 'e1', plan, days(20), 'r', at('2026-12-01T00:00:00Z'));
    const borderHead: Actor = { userId: 'b', agencyCode: 'BDBP_TINH', roles: [Role.AGENCY_HEAD] };
    expect(checkExtensionDecision(task, borderHead, v3Entry(TipStepType.VERIFY), 'e1', LEGAL_CLOCK)?.code).toBe(ErrorCode.FORBIDDEN);
    expect(checkExtensionDecision(task, policeHead, v3Entry(TipStepType.VERIFY), 'e1', LEGAL_CLOCK)).toBeNull();
  });
});

describe('trial preparation (art. 277) and the procuracy decision (art. 240)', () => {
  it('extends trial preparation by at most 30 days, counted in days', () => {
    const task = legalTask(severityDeadlineKey(P.TRIAL_PREPARATION, 'VERY_SERIOUS'), '2027-03-01T09:00:00+07:00', 'TOA_TINH');
    expect(refusal(task, days(33), at('2027-04-01T00:00:00Z'))).toMatch(/at most 30 days/);
    grant(task, days(30), at('2027-04-01T00:00:00Z'), { userId: 'j', agencyCode: 'TOA_TINH', roles: [Role.AGENCY_HEAD] });
    expect(refusal(task, days(1), at('2027-05-01T00:00:00Z'))).toMatch(/All 1/);
  });

  it('adds at most 15 days for a very serious offence and 30 for an especially serious one', () => {
    const very = legalTask(severityDeadlineKey(P.PROCURACY_DECISION, 'VERY_SERIOUS'), '2027-03-01T09:00:00+07:00', 'VKS_TINH');
    expect(refusal(very, days(16), at('2027-03-05T00:00:00Z'))).toMatch(/at most 15 days/);
    expect(refusal(very, days(15), at('2027-03-05T00:00:00Z'))).toBeNull();
    const esp = legalTask(severityDeadlineKey(P.PROCURACY_DECISION, 'ESPECIALLY_SERIOUS'), '2027-03-01T09:00:00+07:00', 'VKS_TINH');
    expect(refusal(esp, days(30), at('2027-03-05T00:00:00Z'))).toBeNull();
    expect(refusal(esp, days(31), at('2027-03-05T00:00:00Z'))).not.toBeNull();
  });
});

describe('one rule for a single extension: the cap on the length asked, then art. 134 (a date matrix)', () => {
  const plan = (task: TaskState, additional: Duration, now: number) =>
    planExtension(task, v4Entry(task.deadlineKey), additional, now, PUBLISHED_CLOCK);
  const refusedFor = (task: TaskState, additional: Duration, now: number) => {
    const p = plan(task, additional, now);
    return isViolation(p) ? p.message : null;
  };
  const endAfter = (task: TaskState, additional: Duration) =>
    iso(extendedDueAt(task, task.dueAt, additional, v4Entry(task.deadlineKey), PUBLISHED_CLOCK));
  const requested = (task: TaskState, additional: Duration, now: number) => {
    const p = plan(task, additional, now);
    if (isViolation(p)) throw new Error(p.message);
    return iso(p.requestedDueAt);
  };

  it('art. 240(1), on the eve of Tết: +31, +35 and +36 days end where +30 does, and only +30 is lawful', () => {
    const task = publishedTask(severityDeadlineKey(P.PROCURACY_DECISION, 'ESPECIALLY_SERIOUS'), at('2026-12-06T09:00:00+07:00'), 'VKS_TINH');
    expect(iso(task.dueAt)).toBe('2027-01-05T17:00:00.000Z');
    const now = at('2026-12-20T00:00:00Z');
    // The 30th day is Thursday 4 February, the first day of Tết 2027: every one of these ends on Thursday 11 February.
    for (const n of [30, 31, 35, 36]) expect(endAfter(task, days(n))).toBe('2027-02-11T17:00:00.000Z');
    expect(requested(task, days(30), now)).toBe('2027-02-11T17:00:00.000Z');
    for (const n of [31, 35, 36]) expect(refusedFor(task, days(n), now)).toMatch(new RegExp(`240\\(1\\).*at most 30 days, not ${n} days`));
  });

  it('art. 277(1), +30 days ending on a Saturday: +31 and +32 end on the same Monday and are refused', () => {
    const task = publishedTask(severityDeadlineKey(P.TRIAL_PREPARATION, 'VERY_SERIOUS'), at('2027-03-13T09:00:00+07:00'), 'TOA_TINH');
    expect(iso(task.dueAt)).toBe('2027-05-13T17:00:00.000Z');
    const now = at('2027-04-01T00:00:00Z');
    for (const n of [30, 31, 32]) expect(endAfter(task, days(n))).toBe('2027-06-14T17:00:00.000Z');
    expect(requested(task, days(30), now)).toBe('2027-06-14T17:00:00.000Z');
    expect(refusedFor(task, days(31), now)).toMatch(/at most 30 days, not 31 days/);
    expect(refusedFor(task, days(32), now)).toMatch(/at most 30 days, not 32 days/);
  });

  it('art. 172, 4 months ending on a Sunday: 4 months and 122 days are lawful, 4 months and a day (123 days) are not', () => {
    const task = publishedTask(severityDeadlineKey(P.INVESTIGATION, 'VERY_SERIOUS'), at('2026-12-15T09:00:00+07:00'), 'CA_TINH_CSDT');
    expect(iso(task.dueAt)).toBe('2027-04-15T17:00:00.000Z');
    const now = at('2027-03-01T00:00:00Z');
    // 15 August 2027 is a Sunday: the 4 months, 122 days and 123 days all end on Monday 16 August.
    for (const d of [months(4), days(122), days(123)]) expect(endAfter(task, d)).toBe('2027-08-16T17:00:00.000Z');
    expect(requested(task, months(4), now)).toBe('2027-08-16T17:00:00.000Z');
    expect(requested(task, days(122), now)).toBe('2027-08-16T17:00:00.000Z');
    expect(refusedFor(task, days(123), now)).toMatch(/at most 4 months, not 123 days/);
    expect(refusedFor(task, months(5), now)).toMatch(/at most 4 months, not 5 months/);
  });

  it('the last day of a 31-day month, 29 February, and the last working day of a year not published', () => {
    const december = publishedTask(severityDeadlineKey(P.PROCURACY_DECISION, 'VERY_SERIOUS'), at('2026-12-01T09:00:00+07:00'), 'VKS_TINH');
    expect(iso(december.dueAt)).toBe('2026-12-31T17:00:00.000Z');
    expect(requested(december, days(15), at('2026-12-10T00:00:00Z'))).toBe('2027-01-15T17:00:00.000Z');
    expect(refusedFor(december, days(16), at('2026-12-10T00:00:00Z'))).toMatch(/at most 15 days, not 16 days/);

    const leap = publishedTask(severityDeadlineKey(P.TRIAL_PREPARATION, 'ESPECIALLY_SERIOUS'), at('2027-11-29T09:00:00+07:00'), 'TOA_TINH');
    expect(iso(leap.dueAt)).toBe('2028-02-29T17:00:00.000Z');
    expect(requested(leap, days(30), at('2028-01-10T00:00:00Z'))).toBe('2028-03-30T17:00:00.000Z');
    expect(refusedFor(leap, days(31), at('2028-01-10T00:00:00Z'))).toMatch(/at most 30 days/);

    // 31 December 2029, a Monday, in a year whose holidays are not published: the task says so, the rule is the same.
    const unpublished = publishedTask(severityDeadlineKey(P.PROCURACY_DECISION, 'ESPECIALLY_SERIOUS'), at('2029-12-01T09:00:00+07:00'), 'VKS_TINH');
    expect(iso(unpublished.dueAt)).toBe('2029-12-31T17:00:00.000Z');
    expect(unpublished.calendarIncomplete).toBe(true);
    expect(requested(unpublished, days(30), at('2029-12-10T00:00:00Z'))).toBe('2030-01-30T17:00:00.000Z');
    expect(refusedFor(unpublished, days(31), at('2029-12-10T00:00:00Z'))).toMatch(/at most 30 days/);
  });
});

describe(`a single extension from "today" (TEST_TODAY=${TEST_TODAY})`, () => {
  // Every entry whose statute caps each extension, with the agency that holds it.
  const capped: Array<[string, string]> = [
    [severityDeadlineKey(P.INVESTIGATION, 'VERY_SERIOUS'), 'CA_TINH_CSDT'],
    [severityDeadlineKey(P.INVESTIGATION, 'ESPECIALLY_SERIOUS'), 'CA_TINH_CSDT'],
    [severityDeadlineKey(P.PROCURACY_DECISION, 'VERY_SERIOUS'), 'VKS_TINH'],
    [severityDeadlineKey(P.PROCURACY_DECISION, 'ESPECIALLY_SERIOUS'), 'VKS_TINH'],
    [severityDeadlineKey(P.TRIAL_PREPARATION, 'VERY_SERIOUS'), 'TOA_TINH'],
    [severityDeadlineKey(P.TRIAL_PREPARATION, 'ESPECIALLY_SERIOUS'), 'TOA_TINH'],
  ];

  it.each(capped)('%s: the cap is granted and reaches what the dialog shows; one day more is refused', (key, agency) => {
    const start = todayAt('10:00');
    const task = publishedTask(key, start, agency);
    const entry = v4Entry(key);
    const cap = entry.extension!.tiers[0].maxPerExtension!;
    const p = planExtension(task, entry, cap, start, PUBLISHED_CLOCK);
    if (isViolation(p)) throw new Error(p.message);
    expect(p.requestedDueAt).toBe(extendedDueAt(task, task.dueAt, cap, entry, PUBLISHED_CLOCK));
    expect(extensionAllowance(task, entry, PUBLISHED_CLOCK).next!.latestThisExtensionAt).toBe(p.requestedDueAt);
    // The same length in days (from the period's last day, no roll-over) is lawful; one day more never is.
    const dayZero = startOfLocalDay(task.dueAt - 1);
    const inDays = cap.unit === 'days' ? cap.amount : Math.round((addDuration(dayZero, cap) - dayZero) / 86_400_000);
    expect(isViolation(planExtension(task, entry, days(inDays), start, PUBLISHED_CLOCK))).toBe(false);
    const over = planExtension(task, entry, days(inDays + 1), start, PUBLISHED_CLOCK);
    expect(isViolation(over) && over.message).toMatch(/one extension may add at most/);
  });
});
