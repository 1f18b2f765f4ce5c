import { Actor } from './actor';
import { ErrorCode } from './error-code';
import { jointSignOff } from './joint-sign-off';
import { RescueStepType } from './rescue/rescue-step-type';
import { Role } from './role';
import { TaskState } from './task-state';
import { TaskStatus } from './task-status';

const signature = (taskId: string, agencyCode: string, over: Partial<TaskState> = {}): TaskState =>
  ({
    taskId,
    processId: 'rescue-CASE-1-1',
    stepType: RescueStepType.SIGN_OFF_OPERATION,
    agencyCode,
    status: TaskStatus.OPEN,
    completedBy: null,
    ...over,
  }) as TaskState;
const police = signature('police', 'CA_TINH_CSHS');
const border = signature('border', 'BDBP_TINH');
const officer: Actor = { userId: 'u1', agencyCode: 'CA_TINH_CSHS', roles: [Role.OFFICER] };

describe('jointSignOff', () => {
  it('takes two signatures from two agencies and two people', () => {
    expect(jointSignOff.checkComplete(police, [police, border], officer)).toBeNull();
    expect(jointSignOff.checkComplete(police, [police, { ...border, status: TaskStatus.COMPLETED, completedBy: 'u9' }], officer)).toBeNull();
  });

  it('refuses a second signature by the same agency or the same person', () => {
    const sameAgency = { ...border, agencyCode: 'CA_TINH_CSHS' };
    expect(jointSignOff.checkComplete(police, [police, sameAgency], officer)).toMatchObject({ code: ErrorCode.CONFLICT });
    const signedByMe = { ...border, status: TaskStatus.COMPLETED, completedBy: 'u1' };
    expect(jointSignOff.checkComplete(police, [police, signedByMe], officer)?.message).toMatch(/two different people/);
  });

  it('never moves a signature to the agency holding the other, and ignores cancelled signatures and other steps', () => {
    expect(jointSignOff.checkReassign(border, [police, border], 'CA_TINH_CSHS')?.message).toMatch(/two different agencies/);
    expect(jointSignOff.checkReassign(border, [police, border], 'DBP_DAK_PEUR')).toBeNull();
    expect(jointSignOff.checkReassign(border, [{ ...police, status: TaskStatus.CANCELLED }, border], 'CA_TINH_CSHS')).toBeNull();
    const plan = { ...border, stepType: RescueStepType.PLAN };
    expect(jointSignOff.checkReassign(plan, [{ ...police, stepType: RescueStepType.PLAN }, plan], 'CA_TINH_CSHS')).toBeNull();
  });
});
