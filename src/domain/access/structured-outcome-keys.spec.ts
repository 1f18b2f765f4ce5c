import { STEP_DEFINITIONS } from '../step-definitions';
import { STRUCTURED_OUTCOME_KEYS } from './structured-outcome-keys';

describe('structured outcome keys', () => {
  it('never names a field that is free text in some step, and holds what the statistics count on', () => {
    const freeText = Object.values(STEP_DEFINITIONS).flatMap((step) =>
      Object.entries(step.outcome ?? {})
        .filter(([, spec]) => spec.field.type === 'string' && spec.field.format === undefined)
        .map(([key]) => key),
    );
    expect(freeText.length).toBeGreaterThan(0);
    expect(freeText.filter((key) => STRUCTURED_OUTCOME_KEYS.has(key))).toEqual([]);
    for (const key of ['decision', 'verdict', 'adults', 'children']) expect(STRUCTURED_OUTCOME_KEYS.has(key)).toBe(true);
    for (const key of ['findings', 'note', 'reason']) expect(STRUCTURED_OUTCOME_KEYS.has(key)).toBe(false);
  });
});
