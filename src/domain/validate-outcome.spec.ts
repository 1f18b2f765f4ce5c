import { TIP_STEPS } from './tip/tip-steps';
import { TipStepType } from './tip/tip-step-type';
import { validateOutcome } from './validate-outcome';

const verify = TIP_STEPS.find((s) => s.stepType === TipStepType.VERIFY)!.outcome;

describe('validateOutcome', () => {
  it('accepts a complete outcome', () => {
    expect(validateOutcome(verify, { decision: 'CONFIRMED', findings: 'ok' })).toBeNull();
  });

  it('names the field that is wrong', () => {
    expect(validateOutcome(verify, { decision: 'MAYBE', findings: 'ok' })).toMatch(/^outcome.decision must be one of/);
    expect(validateOutcome(verify, { decision: 'CONFIRMED' })).toBe('outcome.findings is required');
    expect(validateOutcome(verify, { decision: 'CONFIRMED', findings: 'ok', extra: 1 })).toMatch(/^outcome.extra is not a field/);
    expect(validateOutcome(verify, null)).toBe('outcome must be an object');
  });

  it('requires a field only when another holds certain values', () => {
    expect(validateOutcome(verify, { decision: 'UNFOUNDED', findings: 'none' })).toBe('outcome.reason is required');
    expect(validateOutcome(verify, { decision: 'UNFOUNDED', findings: 'none', reason: 'hoax' })).toBeNull();
  });

  it('checks date-times', () => {
    const notify = TIP_STEPS.find((s) => s.stepType === TipStepType.NOTIFY_PROCURACY)!.outcome;
    expect(validateOutcome(notify, { notifiedAt: 'yesterday', documentNumber: '1' })).toMatch(/notifiedAt must be an ISO 8601/);
  });
});
