import type { Actor } from '../actor';
import type { DeadlineCatalogueEntry } from '../deadline-catalogue';
import type { DeadlineClock } from '../deadline-clock';
import { extensionDeciderOf } from '../extension-decider';
import { Role } from '../role';
import { checkExtensionDecision } from '../task-rules';
import type { ExtensionState, TaskState } from '../task-state';
import { TaskStatus } from '../task-status';
import { allowedExtensionActions } from './allowed-extension-actions';
import { ExtensionAction } from './extension-action';

describe('allowedExtensionActions', () => {
  const person = (agencyCode: string, ...roles: Role[]): Actor => ({ userId: `${agencyCode}-${roles.join('-')}`, agencyCode, roles });
  const request = (extra: Partial<ExtensionState> = {}): ExtensionState => ({
    extensionId: 'x1',
    requestedBy: 'officer',
    requestedAt: 0,
    reason: 'Witnesses abroad',
    additional: { amount: 10, unit: 'days' },
    previousDueAt: 0,
    requestedDueAt: 0,
    status: 'PENDING',
    ...extra,
  });
  const task = (extension: ExtensionState, extra: Partial<TaskState> = {}) =>
    ({ taskId: 't1', status: TaskStatus.OPEN, agencyCode: 'CA_TINH_CSDT', extensions: [extension], ...extra }) as TaskState;
  const head = person('CA_TINH_CSDT', Role.AGENCY_HEAD);
  const procuracyHead = person('VKS_TINH', Role.AGENCY_HEAD);
  const decides = (t: TaskState, actor: Actor) => allowedExtensionActions(t, t.extensions[0], actor).includes(ExtensionAction.DECIDE);

  it('an older request (no decider recorded) goes to the head of the task’s agency', () => {
    const t = task(request());
    expect(extensionDeciderOf(t, t.extensions[0])).toEqual({ agencyCode: 'CA_TINH_CSDT', roles: [Role.AGENCY_HEAD] });
    expect(decides(t, head)).toBe(true);
    for (const other of [
      person('CA_TINH_CSDT', Role.OFFICER),
      person('BCD_VPTT', Role.COORDINATOR),
      procuracyHead,
      person('UBND_TINH', Role.LEADERSHIP),
    ])
      expect(decides(t, other)).toBe(false);
  });

  it('a request fixed to the procuracy goes there, whatever agency holds the task', () => {
    const t = task(request({ approverAgencyCode: 'VKS_TINH', approverRoles: [Role.AGENCY_HEAD] }));
    expect(decides(t, procuracyHead)).toBe(true);
    expect(decides(t, head)).toBe(false);
  });

  it('nothing to decide once decided, or when the task is closed', () => {
    expect(decides(task(request({ status: 'APPROVED' })), head)).toBe(false);
    expect(decides(task(request(), { status: TaskStatus.COMPLETED }), head)).toBe(false);
  });

  it('the decision’s own check and the offer read the same decider', () => {
    // A catalogue entry whose only tier is decided by the procuracy's head; the request recorded that decider.
    const entry = {
      extension: {
        tiers: [{ upToTotal: { amount: 1, unit: 'years' }, approverRoles: [Role.AGENCY_HEAD], approverAgency: 'VKS_TINH', legalBasis: 'x' }],
      },
    } as unknown as DeadlineCatalogueEntry;
    const clock = { add: (at: number) => at } as unknown as DeadlineClock;
    const t = task(request({ tierIndex: 0, approverAgencyCode: 'VKS_TINH', approverRoles: [Role.AGENCY_HEAD] }));
    for (const actor of [head, procuracyHead, person('VKS_TINH', Role.OFFICER)]) {
      const problem = checkExtensionDecision(t, actor, entry, 'x1', clock);
      if (problem?.code !== 'FORBIDDEN' && problem !== null) throw new Error(`unexpected ${problem.code}: ${problem.message}`);
      expect(decides(t, actor)).toBe(problem === null);
    }
  });
});
