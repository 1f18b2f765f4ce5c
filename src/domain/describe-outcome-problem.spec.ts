import { describeOutcomeProblem } from './describe-outcome-problem';
import { OUTCOME_TEXTS } from './outcome-text-catalogue';
import { ProsecutionStepType } from './prosecution/prosecution-step-type';
import { RescueStepType } from './rescue/rescue-step-type';
import { STEP_DEFINITIONS } from './step-definitions';
import { TipStepType } from './tip/tip-step-type';
import { findOutcomeProblem } from './validate-outcome';

const explain = (stepType: string, outcome: unknown) =>
  describeOutcomeProblem(findOutcomeProblem(STEP_DEFINITIONS[stepType].outcome, outcome)!, OUTCOME_TEXTS[stepType]);

describe('describeOutcomeProblem', () => {
  it('names the field by its label, in both languages', () => {
    expect(explain(TipStepType.VERIFY, { decision: 'UNFOUNDED', findings: 'none' })).toEqual({
      vi: 'Lý do: bắt buộc phải nhập',
      en: 'Reason: required',
    });
    expect(explain(RescueStepType.RECORD_PERSONS, { adults: 1, children: 201 })).toEqual({
      vi: 'Số trẻ em: không được lớn hơn 200',
      en: 'Children: must be at most 200',
    });
  });

  it('lists the allowed choices by their labels, never their codes', () => {
    const text = explain(ProsecutionStepType.PROCURACY_FINAL_DECISION, { decision: 'RETURN_FOR_SUPPLEMENTARY', note: 'x' });
    expect(text.vi).toBe('Quyết định: chọn một trong: Truy tố (ban hành bản cáo trạng); Không truy tố');
    expect(text.vi).not.toMatch(/[A-Z]{3,}_/);
  });
});
