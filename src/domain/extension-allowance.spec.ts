import { Role } from './role';
import type { Actor } from './actor';
import { extensionAllowance } from './extension-allowance';
import { isViolation, planExtension } from './extension-plan';
import { LEGAL_CLOCK, legalTask, v3Entry } from '../../test/support/legal-task';
import { decideExtension, requestExtension } from './task-transitions';
import { TipStepType } from './tip/tip-step-type';
import { severityDeadlineKey, SeverityDependentPeriod as P } from './prosecution/prosecution-deadline-keys';
import { publishedTask } from '../../test/support/published-task';
import { PUBLISHED_CLOCK, v4Entry } from '../../test/support/test-today';

const officer: Actor = { userId: 'o', agencyCode: 'CA_TINH_CSDT', roles: [Role.OFFICER] };
const head: Actor = { userId: 'h', agencyCode: 'CA_TINH_CSDT', roles: [Role.AGENCY_HEAD] };
const iso = (ms: number | null | undefined) => (ms == null ? ms : new Date(ms).toISOString());

describe('extensionAllowance (what the request dialog shows)', () => {
  const entry = v3Entry(TipStepType.VERIFY);

  it('names the first tier of art. 147 for a fresh verification: the task agency’s head, up to 2 months in all', () => {
    const task = legalTask(TipStepType.VERIFY, '2026-11-02T03:00:00Z');
    const allowance = extensionAllowance(task, entry, LEGAL_CLOCK);
    expect(allowance).toMatchObject({ maxCount: 3, used: 0, pending: false });
    expect(allowance.next).toMatchObject({ approverAgencyCode: 'CA_TINH_CSDT', approverRoles: [Role.AGENCY_HEAD], maxCount: 2, used: 0 });
    expect(allowance.next!.legalBasis).toContain('147(2)');
    // 2 months from 2 November end on Saturday 2 January 2027, a day off: at 24:00 local on Monday 4 January (art. 134).
    expect(iso(allowance.next!.reachAt)).toBe('2027-01-04T17:00:00.000Z');
    expect(allowance.ceilingAt).toBeGreaterThan(allowance.next!.reachAt);
  });

  it('counts a granted extension and a pending request, and the second tier’s lead time once the first is spent', () => {
    const task = legalTask(TipStepType.VERIFY, '2026-11-02T03:00:00Z');
    const now = Date.parse('2026-11-10T00:00:00Z');
    for (const [id, amount] of [
      ['e1', 20],
      ['e2', 20],
    ] as const) {
      const plan = planExtension(task, entry, { amount, unit: 'days' }, now, LEGAL_CLOCK);
      if (isViolation(plan)) throw new Error(plan.message);
      requestExtension(task, officer, id, plan, { amount, unit: 'days' }, 'r', now);
      decideExtension(task, head, id, true, undefined, now, { reminderAtRatio: 0.75, levels: [] });
    }
    const allowance = extensionAllowance(task, entry, LEGAL_CLOCK);
    expect(allowance.used).toBe(2);
    // The first tier's two extensions are used: the next request goes to the procuracy, ≥ 5 days before expiry.
    expect(allowance.next!.approverAgencyCode).not.toBe('CA_TINH_CSDT');
    expect(allowance.next!.legalBasis).toContain('147(3)');
    expect(allowance.next!.requestBy).toBe(task.dueAt - 5 * 86_400_000);
  });

  it('has nothing to offer a deadline without an extension rule', () => {
    const task = legalTask(TipStepType.VERIFY, '2026-11-02T03:00:00Z');
    expect(extensionAllowance(task, { ...entry, extension: undefined }, LEGAL_CLOCK)).toEqual({
      maxCount: 0,
      used: 0,
      pending: false,
      ceilingAt: null,
      next: null,
    });
  });

  it('records who must decide on the request itself', () => {
    const task = legalTask(TipStepType.VERIFY, '2026-11-02T03:00:00Z');
    const plan = planExtension(task, entry, { amount: 10, unit: 'days' }, Date.parse('2026-11-10T00:00:00Z'), LEGAL_CLOCK);
    if (isViolation(plan)) throw new Error(plan.message);
    const { extension } = requestExtension(task, officer, 'e1', plan, { amount: 10, unit: 'days' }, 'r', 0);
    expect(extension).toMatchObject({ approverAgencyCode: 'CA_TINH_CSDT', approverRoles: [Role.AGENCY_HEAD] });
  });

  it('shows the latest date THIS extension can reach: the cap from the current deadline, rolled over, not the ceiling', () => {
    // Art. 172: 4 months from Thursday 15 April 2027 end on Sunday 15 August, so Monday 16 August.
    const key = severityDeadlineKey(P.INVESTIGATION, 'VERY_SERIOUS');
    const investigation = publishedTask(key, Date.parse('2026-12-15T09:00:00+07:00'), 'CA_TINH_CSDT');
    const allowance = extensionAllowance(investigation, v4Entry(key), PUBLISHED_CLOCK);
    expect(iso(allowance.next!.latestThisExtensionAt)).toBe('2027-08-16T17:00:00.000Z');
    // The ceiling: two full extensions past the roll-over (16 August + 4 months), beyond 12 months from the start.
    expect(iso(allowance.ceilingAt)).toBe('2027-12-16T17:00:00.000Z');
    // Art. 240(1) from a Friday last day (8 January 2027): 30 days end on Sunday 7 February, inside Tết: Thursday 11 February.
    const decision = severityDeadlineKey(P.PROCURACY_DECISION, 'ESPECIALLY_SERIOUS');
    const friday = publishedTask(decision, Date.parse('2026-12-09T09:00:00+07:00'), 'VKS_TINH');
    expect(iso(friday.dueAt)).toBe('2027-01-08T17:00:00.000Z');
    expect(iso(extensionAllowance(friday, v4Entry(decision), PUBLISHED_CLOCK).next!.latestThisExtensionAt)).toBe('2027-02-11T17:00:00.000Z');
    // Art. 147(2) bounds only the total: this extension can reach the tier's 2 months.
    const verify = extensionAllowance(legalTask(TipStepType.VERIFY, '2026-11-02T03:00:00Z'), entry, LEGAL_CLOCK);
    expect(verify.next!.latestThisExtensionAt).toBe(verify.next!.reachAt);
  });
});
