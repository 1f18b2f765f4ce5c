import type { Actor } from '../actor';
import { ErrorCode } from '../error-code';
import { RescueStepType } from '../rescue/rescue-step-type';
import { Role } from '../role';
import { STEP_DEFINITIONS } from '../step-definitions';
import { checkCancel, checkComplete, checkInternalPause, checkReassign } from '../task-rules';
import type { TaskState } from '../task-state';
import { TipStepType } from '../tip/tip-step-type';
import { allowedTaskActions } from './allowed-task-actions';
import { TaskAction } from './task-action';

/** The offer against the server's own checks: what it lists is allowed, what it leaves out is refused. */
describe('allowedTaskActions', () => {
  const person = (agencyCode: string, roles: Role[], userId = `${agencyCode}-${roles.join('-')}`): Actor => ({ userId, agencyCode, roles });
  const state = (stepType: string, agencyCode: string, extra: Partial<TaskState> = {}): TaskState =>
    ({
      taskId: 't1',
      stepType,
      agencyCode,
      assigneeId: null,
      status: 'OPEN',
      extensions: [],
      externalPartyCode: null,
      suspendedAt: null,
      ...extra,
    }) as TaskState;
  const allowed = (task: TaskState, actor: Actor, reaches = true) => allowedTaskActions(task, actor, STEP_DEFINITIONS[task.stepType], reaches);
  // Completion allowed by the server = refused for nothing but the (here omitted) outcome.
  const completes = (task: TaskState, actor: Actor) => {
    const problem = checkComplete(task, actor, STEP_DEFINITIONS[task.stepType], {});
    return problem === null || problem.code === ErrorCode.INVALID_OUTCOME;
  };

  const coordinator = person('BCD_VPTT', [Role.COORDINATOR]);
  const foreignAffairs = person('SO_NGOAI_VU', [Role.OFFICER]);
  const reply = state(RescueStepType.RECORD_COOPERATION_REPLY, 'SO_NGOAI_VU', { externalPartyCode: 'EXT_MONDULKIRI' });

  it("does not offer a coordinator another agency's counterpart reply, but the standing office's own rights", () => {
    const actions = allowed(reply, coordinator);
    expect(actions.includes(TaskAction.COMPLETE)).toBe(completes(reply, coordinator));
    expect(actions).not.toContain(TaskAction.COMPLETE);
    expect([TaskAction.REASSIGN, TaskAction.PAUSE, TaskAction.CANCEL].map((a) => actions.includes(a))).toEqual([
      checkReassign(reply, coordinator, 'BCD_VPTT') === null,
      checkInternalPause(reply, coordinator, true) === null,
      checkCancel(reply, coordinator) === null,
    ]);
  });

  it('offers the reply to the officer of the agency holding it, unless a colleague claimed it', () => {
    expect(allowed(reply, foreignAffairs)).toEqual([TaskAction.CLAIM, TaskAction.COMPLETE, TaskAction.REQUEST_EXTENSION]);
    const claimed = { ...reply, assigneeId: 'someone-else' };
    expect(allowed(claimed, foreignAffairs)).toEqual([TaskAction.REQUEST_EXTENSION]);
    expect(completes(claimed, foreignAffairs)).toBe(false);
  });

  it("offers the standing office's own decisions to its coordinator, not to an officer of it", () => {
    const decision = state(RescueStepType.DECIDE_WITHOUT_AGREEMENT, 'BCD_VPTT');
    expect(allowed(decision, coordinator)).toContain(TaskAction.COMPLETE);
    expect(completes(decision, coordinator)).toBe(true);
    const urgent = state(TipStepType.URGENT_RESCUE_DECISION, 'BCD_VPTT');
    expect(allowed(urgent, person('BCD_VPTT', [Role.OFFICER]))).not.toContain(TaskAction.COMPLETE);
  });

  it('offers an extension decision only to the approver fixed on the request, wherever the task sits', () => {
    const pending = { extensionId: 'e1', status: 'PENDING', approverAgencyCode: 'VKS_TINH', approverRoles: [Role.AGENCY_HEAD] };
    const investigation = state('PROSECUTION_INVESTIGATION', 'CA_TINH_CSDT', { extensions: [pending] as never });
    expect(allowed(investigation, person('VKS_TINH', [Role.AGENCY_HEAD]), false)).toEqual([TaskAction.DECIDE_EXTENSION]);
    expect(allowed(investigation, person('CA_TINH_CSDT', [Role.AGENCY_HEAD]))).not.toContain(TaskAction.DECIDE_EXTENSION);
    expect(allowed(investigation, coordinator)).not.toContain(TaskAction.DECIDE_EXTENSION);
    // An older request without its approver goes to the task's own head.
    const older = state('X', 'SO_Y_TE', { extensions: [{ extensionId: 'e0', status: 'PENDING' }] as never });
    expect(allowed(older, person('SO_Y_TE', [Role.AGENCY_HEAD]))).toContain(TaskAction.DECIDE_EXTENSION);
  });

  it('offers nothing on a closed task, and nothing beyond the route’s roles or the caller’s reach', () => {
    expect(allowed({ ...reply, status: 'COMPLETED' } as TaskState, foreignAffairs)).toEqual([]);
    expect(allowed(reply, person('SO_NGOAI_VU', [Role.LEADERSHIP]))).toEqual([]);
    expect(allowed(reply, coordinator, false)).toEqual([]);
  });
});
