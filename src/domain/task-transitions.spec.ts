import type { Actor } from './actor';
import type { Duration } from './duration';
import { isViolation, planExtension } from './extension-plan';
import { LEGAL_CLOCK, legalTask, v3Entry } from '../../test/support/legal-task';
import { severityDeadlineKey, SeverityDependentPeriod as P } from './prosecution/prosecution-deadline-keys';
import { Role } from './role';
import type { TaskState } from './task-state';
import { TaskStatus } from './task-status';
import { cancel, changeDeadline, complete, createTask, decideExtension, requestExtension } from './task-transitions';
import { TipStepType } from './tip/tip-step-type';

const at = Date.parse;
const iso = (ms: number) => new Date(ms).toISOString();
const months = (amount: number): Duration => ({ amount, unit: 'months' });
const officer: Actor = { userId: 'o', agencyCode: 'CA_TINH_CSDT', roles: [Role.OFFICER] };
const procurator: Actor = { userId: 'p', agencyCode: 'VKS_TINH', roles: [Role.AGENCY_HEAD] };
const ladder = { reminderAtRatio: 0.75, levels: [] };
const VERY = severityDeadlineKey(P.INVESTIGATION, 'VERY_SERIOUS');
const ESPECIALLY = severityDeadlineKey(P.INVESTIGATION, 'ESPECIALLY_SERIOUS');

function ask(task: TaskState, additional: Duration, now: number, id: string): void {
  const plan = planExtension(task, v3Entry(task.deadlineKey), additional, now, LEGAL_CLOCK);
  if (isViolation(plan)) throw new Error(plan.message);
  requestExtension(task, officer, id, plan, additional, 'complex case', now);
}
function grant(task: TaskState, additional: Duration, now: number, id: string): void {
  ask(task, additional, now, id);
  decideExtension(task, procurator, id, true, undefined, now, ladder);
}

describe('task transitions', () => {
  it('creates a task due at 24:00 local of the last day, with its confidence and the agency the law named', () => {
    const task = legalTask(TipStepType.VERIFY, '2026-11-18T10:00:00+07:00');
    expect(iso(task.dueAt)).toBe('2026-12-08T17:00:00.000Z');
    expect(task.confidence).toBe('TEXT');
    expect(task.namedAgencyCode).toBe('CA_TINH_CSDT');
    expect(task.calendarIncomplete).toBe(false);
  });

  it('flags a period reaching a year without published holidays', () => {
    const task = createTask(
      {
        taskId: 't',
        processId: 'p',
        processType: 'X',
        caseId: null,
        stepType: 'S',
        agencyCode: 'CA_TINH_CSDT',
        startsAt: at('2028-10-01T09:00:00+07:00'),
      },
      v3Entry(ESPECIALLY),
      at('2028-10-01T09:00:00+07:00'),
      LEGAL_CLOCK,
    );
    expect(iso(task.dueAt)).toBe('2029-02-01T17:00:00.000Z');
    expect(task.calendarIncomplete).toBe(true);
  });

  it('withdraws a pending extension when its task is completed or cancelled', () => {
    const done = legalTask(TipStepType.VERIFY, '2026-11-18T10:00:00+07:00');
    ask(done, { amount: 20, unit: 'days' }, at('2026-12-01T00:00:00Z'), 'e1');
    const events = complete(done, officer, { decision: 'CONFIRMED' }, at('2026-12-02T00:00:00Z'));
    expect(done.status).toBe(TaskStatus.COMPLETED);
    expect(done.extensions[0].status).toBe('WITHDRAWN');
    expect(events.map((e) => e.type)).toEqual(['TASK_COMPLETED', 'EXTENSION_WITHDRAWN']);
    const gone = legalTask(TipStepType.VERIFY, '2026-11-18T10:00:00+07:00');
    ask(gone, { amount: 20, unit: 'days' }, at('2026-12-01T00:00:00Z'), 'e1');
    expect(cancel(gone, 'process cancelled', at('2026-12-02T00:00:00Z')).map((e) => e.type)).toEqual(['TASK_CANCELLED', 'EXTENSION_WITHDRAWN']);
  });

  it('clamps granted extensions on a downgrade: especially → very serious keeps 2 extensions, 12 months', () => {
    const task = legalTask(ESPECIALLY, '2026-12-15T09:00:00+07:00', 'CA_TINH_CSDT', 'PROSECUTION_INVESTIGATION');
    grant(task, months(4), at('2027-03-01T00:00:00Z'), 'e1');
    grant(task, months(4), at('2027-07-01T00:00:00Z'), 'e2');
    grant(task, months(4), at('2027-11-01T00:00:00Z'), 'e3');
    expect(iso(task.dueAt)).toBe('2028-04-17T17:00:00.000Z'); // 16 months
    const events = changeDeadline(task, v3Entry(VERY), 'Charge changed', at('2027-12-01T00:00:00Z'), LEGAL_CLOCK);
    expect(iso(task.dueAt)).toBe('2027-12-16T17:00:00.000Z'); // 12 months (15 Aug 2027 was a Sunday: 16 Aug, + 4 months)
    expect(events[0].detail).toMatchObject({ droppedExtensions: ['e3'], deadlineKey: VERY });
    expect(task.extensions.find((e) => e.extensionId === 'e3')?.decisionNote).toMatch(/no longer counts/);
    // Upgraded again, the extensions granted count in full.
    changeDeadline(task, v3Entry(ESPECIALLY), 'Charge changed back', at('2027-12-02T00:00:00Z'), LEGAL_CLOCK);
    expect(iso(task.dueAt)).toBe('2028-04-17T17:00:00.000Z');
  });

  it('recomputes a pending request from the new deadline, or withdraws it when the new entry no longer allows it', () => {
    const task = legalTask(ESPECIALLY, '2026-12-15T09:00:00+07:00', 'CA_TINH_CSDT', 'PROSECUTION_INVESTIGATION');
    grant(task, months(4), at('2027-03-01T00:00:00Z'), 'e1');
    grant(task, months(4), at('2027-07-01T00:00:00Z'), 'e2');
    ask(task, months(4), at('2027-11-01T00:00:00Z'), 'e3');
    const events = changeDeadline(task, v3Entry(VERY), 'Charge changed', at('2027-11-02T00:00:00Z'), LEGAL_CLOCK);
    expect(task.extensions[2].status).toBe('WITHDRAWN');
    expect(events.map((e) => e.type)).toContain('EXTENSION_WITHDRAWN');

    const early = legalTask(ESPECIALLY, '2026-12-15T09:00:00+07:00', 'CA_TINH_CSDT', 'PROSECUTION_INVESTIGATION');
    ask(early, months(4), at('2027-03-01T00:00:00Z'), 'e1');
    const before = early.extensions[0].requestedDueAt;
    const moved = changeDeadline(early, v3Entry(VERY), 'Charge changed', at('2027-03-02T00:00:00Z'), LEGAL_CLOCK);
    expect(early.extensions[0].status).toBe('PENDING');
    expect(early.extensions[0].requestedDueAt).toBe(before); // same base (4 months either way), same request
    expect(early.extensions[0].requestedDueAt).toBeGreaterThan(early.dueAt);
    expect(moved.map((e) => e.type)).toContain('EXTENSION_RECOMPUTED');
  });

  it('keeps the old arithmetic for executions recorded before art. 134 counting', () => {
    const legacy = { ...LEGAL_CLOCK, legacy: true };
    const task = createTask(
      { taskId: 't', processId: 'p', processType: 'X', caseId: null, stepType: 'S', agencyCode: 'A', startsAt: at('2026-11-18T10:00:00+07:00') },
      v3Entry(TipStepType.VERIFY),
      at('2026-11-18T10:00:00+07:00'),
      legacy,
    );
    expect(iso(task.dueAt)).toBe('2026-12-08T03:00:00.000Z');
  });
});
