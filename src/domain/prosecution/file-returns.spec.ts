import { courtStep, procuracyStep } from './file-returns';
import { ProsecutionStepType } from './prosecution-step-type';

describe('returns of the file for supplementary investigation (art. 174(2))', () => {
  it('offers the procuracy a return twice, then a decision without one', () => {
    expect(procuracyStep(0, 'VERY_SERIOUS')).toEqual({
      stepType: ProsecutionStepType.PROCURACY_DECISION,
      deadlineKey: 'PROSECUTION_PROCURACY_DECISION_VERY_SERIOUS',
    });
    expect(procuracyStep(1, 'ESPECIALLY_SERIOUS')).toEqual({
      stepType: ProsecutionStepType.PROCURACY_DECISION,
      deadlineKey: 'PROSECUTION_PROCURACY_DECISION_ESPECIALLY_SERIOUS',
    });
    expect(procuracyStep(2, 'VERY_SERIOUS').stepType).toBe(ProsecutionStepType.PROCURACY_FINAL_DECISION);
  });

  it('gives the court the trial preparation period first, then 15 days after its one return', () => {
    expect(courtStep(0, 'ESPECIALLY_SERIOUS')).toEqual({
      stepType: ProsecutionStepType.TRIAL_PREPARATION,
      deadlineKey: 'PROSECUTION_TRIAL_PREPARATION_ESPECIALLY_SERIOUS',
    });
    expect(courtStep(1, 'ESPECIALLY_SERIOUS')).toEqual({
      stepType: ProsecutionStepType.TRIAL_DECISION_AFTER_RETURN,
      deadlineKey: ProsecutionStepType.TRIAL_DECISION_AFTER_RETURN,
    });
  });
});
