import { STEP_DEFINITIONS } from '../../domain/step-definitions';
import { validateOutcome } from '../../domain/validate-outcome';
import { demoOutcome } from './demo-outcome';

describe('demoOutcome', () => {
  it.each(Object.keys(STEP_DEFINITIONS))('is a valid outcome of %s', (stepType) => {
    expect(validateOutcome(STEP_DEFINITIONS[stepType].outcome, demoOutcome(STEP_DEFINITIONS[stepType].outcome))).toBeNull();
  });

  it('takes the scenario’s choices over the defaults', () => {
    const schema = STEP_DEFINITIONS.TIP_VERIFY.outcome;
    const field = schema.decision.field as { values: readonly string[] };
    const other = field.values[field.values.length - 1];
    expect(other).not.toBe(demoOutcome(schema).decision);
    expect(demoOutcome(schema, { decision: other })).toMatchObject({ decision: other });
  });
});
