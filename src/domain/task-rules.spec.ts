import { Actor } from './actor';
import { DeadlineCatalogueEntry, ExtensionRule } from './deadline-catalogue';
import { DeadlineClock } from './deadline-clock';
import { ErrorCode } from './error-code';
import { Role } from './role';
import { TaskState } from './task-state';
import { TaskStatus } from './task-status';
import { checkAssign, checkClaim, checkExtensionDecision, checkExtensionRequest } from './task-rules';
import { assign } from './task-transitions';

const task = (over: Partial<TaskState> = {}): TaskState => ({
  taskId: 't1',
  processId: 'p1',
  processType: 'TIP_VERIFICATION',
  caseId: null,
  stepType: 'TIP_VERIFY',
  agencyCode: 'CA_TINH_CSDT',
  assigneeId: null,
  status: TaskStatus.OPEN,
  createdAt: Date.parse('2026-01-01T00:00:00Z'),
  startsAt: Date.parse('2026-01-01T00:00:00Z'),
  dueAt: Date.parse('2026-01-21T00:00:00Z'),
  deadlineKey: 'TIP_VERIFY',
  legalBasis: 'art. 147',
  deadlineNature: 'LAW',
  reminderSent: false,
  escalationLevel: 0,
  extensions: [],
  outcome: null,
  completedBy: null,
  completedAt: null,
  externalPartyCode: null,
  suspendedAt: null,
  pausedMs: 0,
  cancelReason: null,
  revision: 1,
  ...over,
});
const officer: Actor = { userId: 'u1', agencyCode: 'CA_TINH_CSDT', roles: [Role.OFFICER] };
const head: Actor = { userId: 'u2', agencyCode: 'CA_TINH_CSDT', roles: [Role.AGENCY_HEAD] };
const procurator: Actor = { userId: 'u3', agencyCode: 'VKS_TINH', roles: [Role.AGENCY_HEAD] };
const rule: ExtensionRule = {
  maxCount: 2,
  tiers: [
    { upToTotal: { amount: 2, unit: 'months' }, approverRoles: [Role.AGENCY_HEAD], approverAgency: 'TASK_AGENCY', legalBasis: '147(2)' },
    {
      upToTotal: { amount: 4, unit: 'months' },
      approverRoles: [Role.AGENCY_HEAD],
      approverAgency: 'VKS_TINH',
      requestLeadTime: { amount: 5, unit: 'days' },
      legalBasis: '147(3)',
    },
  ],
};
const now = Date.parse('2026-01-10T00:00:00Z');
/** An old-shape rule (versions 1–2: no per-tier counts or maxima) on a plain entry: it keeps working. */
const entryWith = (extension?: ExtensionRule): DeadlineCatalogueEntry | undefined =>
  extension && {
    key: 'TIP_VERIFY',
    title: { vi: 'x', en: 'x' },
    duration: { amount: 20, unit: 'days' },
    nature: 'LAW',
    legalBasis: 'art. 147',
    confidence: 'TEXT',
    extension,
  };
const clock: DeadlineClock = { calendar: { holidays: [] }, legacy: false };

describe('task rules', () => {
  it('refuses a claim on another agency’s task or a closed one', () => {
    expect(checkClaim(task({ agencyCode: 'SO_Y_TE' }), officer)?.code).toBe(ErrorCode.TASK_NOT_YOURS);
    expect(checkClaim(task({ status: TaskStatus.COMPLETED }), officer)?.code).toBe(ErrorCode.TASK_NOT_OPEN);
    expect(checkClaim(task({ assigneeId: 'other' }), officer)?.code).toBe(ErrorCode.TASK_ALREADY_CLAIMED);
    expect(checkClaim(task(), officer)).toBeNull();
  });

  it('allows extensions up to 2 months from the agency, up to 4 from the procuracy, never beyond', () => {
    expect(checkExtensionRequest(task(), officer, entryWith(rule), { amount: 40, unit: 'days' }, now, clock)).toBeNull();
    expect(checkExtensionRequest(task(), officer, entryWith(rule), { amount: 3, unit: 'months' }, now, clock)).toBeNull();
    expect(checkExtensionRequest(task(), officer, entryWith(rule), { amount: 4, unit: 'months' }, now, clock)?.code).toBe(
      ErrorCode.EXTENSION_NOT_ALLOWED,
    );
    expect(checkExtensionRequest(task(), officer, entryWith(undefined), { amount: 1, unit: 'days' }, now, clock)?.code).toBe(
      ErrorCode.EXTENSION_NOT_ALLOWED,
    );
  });

  it('needs the second tier asked at least 5 days before the deadline', () => {
    const late = Date.parse('2026-01-18T00:00:00Z');
    expect(checkExtensionRequest(task(), officer, entryWith(rule), { amount: 3, unit: 'months' }, late, clock)?.message).toContain('147(3)');
    expect(checkExtensionRequest(task(), officer, entryWith(rule), { amount: 10, unit: 'days' }, late, clock)).toBeNull();
  });

  it('counts granted extensions against the maximum', () => {
    const granted = {
      extensionId: 'e',
      requestedBy: 'u1',
      requestedAt: 0,
      reason: 'r',
      additional: { amount: 1, unit: 'days' as const },
      previousDueAt: 0,
      requestedDueAt: 0,
      status: 'APPROVED' as const,
    };
    expect(
      checkExtensionRequest(task({ extensions: [granted, granted] }), officer, entryWith(rule), { amount: 1, unit: 'days' }, now, clock)?.message,
    ).toContain('All 2');
  });

  it('routes the decision to the empowered approver', () => {
    const pending = (requestedDueAt: number) =>
      task({
        extensions: [
          {
            extensionId: 'e1',
            requestedBy: 'u1',
            requestedAt: now,
            reason: 'r',
            additional: { amount: 1, unit: 'days' },
            previousDueAt: 0,
            requestedDueAt,
            status: 'PENDING',
          },
        ],
      });
    const small = pending(Date.parse('2026-02-10T00:00:00Z'));
    const big = pending(Date.parse('2026-04-10T00:00:00Z'));
    expect(checkExtensionDecision(small, head, entryWith(rule), 'e1', clock)).toBeNull();
    expect(checkExtensionDecision(small, officer, entryWith(rule), 'e1', clock)?.code).toBe(ErrorCode.FORBIDDEN);
    expect(checkExtensionDecision(big, head, entryWith(rule), 'e1', clock)?.code).toBe(ErrorCode.FORBIDDEN);
    expect(checkExtensionDecision(big, procurator, entryWith(rule), 'e1', clock)).toBeNull();
    expect(checkExtensionDecision(big, procurator, entryWith(rule), 'nope', clock)?.code).toBe(ErrorCode.NOT_FOUND);
  });
});

describe('checkAssign and assign (phân công within the agency)', () => {
  it('lets only the head of the task’s agency give an open task to someone else', () => {
    expect(checkAssign(task(), head, 'u9')).toBeNull();
    expect(checkAssign(task(), officer, 'u9')?.code).toBe(ErrorCode.FORBIDDEN);
    expect(checkAssign(task(), procurator, 'u9')?.code).toBe(ErrorCode.TASK_NOT_YOURS);
    expect(checkAssign(task({ status: TaskStatus.COMPLETED }), head, 'u9')?.code).toBe(ErrorCode.TASK_NOT_OPEN);
    expect(checkAssign(task({ assigneeId: 'u9', status: TaskStatus.CLAIMED }), head, 'u9')?.code).toBe(ErrorCode.CONFLICT);
  });

  it('claims the task for the officer, even from another, and records who had it and why', () => {
    const t = task({ assigneeId: 'u1', status: TaskStatus.CLAIMED });
    const events = assign(t, head, 'u9', 'Knows the border area');
    expect(t).toMatchObject({ assigneeId: 'u9', status: TaskStatus.CLAIMED });
    expect(events).toEqual([
      { type: 'TASK_ASSIGNED', actorId: 'u2', detail: { previousAssigneeId: 'u1', assigneeId: 'u9', reason: 'Knows the border area' } },
    ]);
  });
});
