import { Actor as ServerActor } from '../../src/domain/actor';
import { RescueStepType } from '../../src/domain/rescue/rescue-step-type';
import { Role } from '../../src/domain/role';
import { STEP_DEFINITIONS } from '../../src/domain/step-definitions';
import { checkCancel, checkComplete, checkReassign, checkInternalPause } from '../../src/domain/task-rules';
import { TaskState } from '../../src/domain/task-state';
import { ErrorCode } from '../../src/domain/error-code';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { taskPermissions } from '../../web/src/screens/case/task-permissions';

/** The case page's offer against the server's own checks: what it offers is allowed, what it withholds is refused. */
describe('task permissions on the case page', () => {
  const person = (agencyCode: string, roles: Role[], userId = `${agencyCode}-${roles.join('-')}`) => ({ userId, agencyCode, roles });
  const me = (p: ServerActor) => ({ userId: p.userId, agency: { code: p.agencyCode }, roles: p.roles });
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
  const step = (stepType: string) => ({ completerRoles: STEP_DEFINITIONS[stepType].completerRoles });
  // Completion allowed by the server = refused for nothing but the (here omitted) outcome.
  const completes = (task: TaskState, p: ServerActor) => {
    const problem = checkComplete(task, p, STEP_DEFINITIONS[task.stepType], {});
    return problem === null || problem.code === ErrorCode.INVALID_OUTCOME;
  };

  const coordinator = person('BCD_VPTT', [Role.COORDINATOR]);
  const foreignAffairs = person('SO_NGOAI_VU', [Role.OFFICER]);
  const reply = state(RescueStepType.RECORD_COOPERATION_REPLY, 'SO_NGOAI_VU', { externalPartyCode: 'EXT_MONDULKIRI' });

  it("does not offer a coordinator another agency's counterpart reply, and says who records it", () => {
    const may = taskPermissions(me(coordinator), reply, step(reply.stepType), undefined, undefined);
    expect(may.recordOutcome).toBe(completes(reply, coordinator));
    expect(may.recordOutcome).toBe(false);
    expect(may.outcomeRecorder).toEqual({ agencyCode: 'SO_NGOAI_VU', roles: [Role.OFFICER, Role.AGENCY_HEAD] });
    expect([may.reassign, may.clock, may.cancel]).toEqual([
      checkReassign(reply, coordinator, 'BCD_VPTT') === null,
      checkInternalPause(reply, coordinator, true) === null,
      checkCancel(reply, coordinator) === null,
    ]);
  });

  it('offers the reply to the officer of the agency holding it, unless a colleague claimed it', () => {
    expect(taskPermissions(me(foreignAffairs), reply, step(reply.stepType), undefined, undefined).recordOutcome).toBe(true);
    expect(completes(reply, foreignAffairs)).toBe(true);
    const claimed = { ...reply, assigneeId: 'someone-else' };
    expect(taskPermissions(me(foreignAffairs), claimed, step(reply.stepType), undefined, undefined).recordOutcome).toBe(false);
    expect(completes(claimed, foreignAffairs)).toBe(false);
    // Neither may pause its clock nor cancel it: that is the head's or a coordinator's.
    const may = taskPermissions(me(foreignAffairs), reply, step(reply.stepType), undefined, undefined);
    expect([may.clock, may.cancel, may.reassign]).toEqual([false, false, false]);
  });

  it("offers the standing office's own decisions to its coordinator", () => {
    const decision = state(RescueStepType.DECIDE_WITHOUT_AGREEMENT, 'BCD_VPTT');
    const may = taskPermissions(me(coordinator), decision, step(decision.stepType), undefined, undefined);
    expect(may.recordOutcome).toBe(completes(decision, coordinator));
    expect(may.recordOutcome).toBe(true);
    expect(completes(state(TipStepType.URGENT_RESCUE_DECISION, 'BCD_VPTT'), person('BCD_VPTT', [Role.OFFICER]))).toBe(false);
  });

  it('offers an extension decision only to the approver fixed on the request', () => {
    const extension = {
      extensionId: 'e1',
      status: 'PENDING',
      approverAgencyCode: 'VKS_TINH',
      approverRoles: [Role.AGENCY_HEAD],
    };
    const investigation = state('PROSECUTION_INVESTIGATION', 'CA_TINH_CSDT');
    const pending = extension;
    const plain = taskPermissions(me(coordinator), investigation, undefined, pending, undefined);
    expect(plain.decideExtension).toBe(false);
    expect(plain.extensionDecider).toEqual({ agencyCode: 'VKS_TINH', roles: [Role.AGENCY_HEAD] });
    expect(taskPermissions(me(person('VKS_TINH', [Role.AGENCY_HEAD])), investigation, undefined, pending, undefined).decideExtension).toBe(true);
    expect(taskPermissions(me(person('CA_TINH_CSDT', [Role.AGENCY_HEAD])), investigation, undefined, pending, undefined).decideExtension).toBe(false);
    // An older request without its approver: the catalogue tier's, else the task's own head.
    const older = state('X', 'SO_Y_TE');
    expect(taskPermissions(me(coordinator), older, undefined, { extensionId: 'e0' } as never, undefined).extensionDecider).toEqual({
      agencyCode: 'SO_Y_TE',
      roles: [Role.AGENCY_HEAD],
    });
  });
});
