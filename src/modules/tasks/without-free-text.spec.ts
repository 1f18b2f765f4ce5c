import { TipStepType } from '../../domain/tip/tip-step-type';
import { TaskDto } from './dto/task.dto';
import { withoutFreeText } from './without-free-text';

describe('withoutFreeText', () => {
  const task = Object.assign(new TaskDto(), {
    stepType: TipStepType.VERIFY,
    outcome: { decision: 'SUSPENDED', findings: 'Names the recruiter', reason: 'Waiting for Cambodia', unknown: 'x' },
    extensions: [{ extensionId: 'e1', reason: 'Witness abroad', decisionNote: 'Approved, hurry', status: 'APPROVED' }],
    cancelReason: 'Duplicate of another tip',
  });

  it('keeps codes and drops what was written in free words', () => {
    const redacted = withoutFreeText(task);
    expect(redacted.outcome).toEqual({ decision: 'SUSPENDED' });
    expect(redacted.extensions).toEqual([{ extensionId: 'e1', status: 'APPROVED' }]);
    expect(redacted.cancelReason).toBeNull();
    expect(redacted).toBeInstanceOf(TaskDto);
  });

  it('leaves the original untouched', () => {
    withoutFreeText(task);
    expect(task.outcome.findings).toBe('Names the recruiter');
  });
});
