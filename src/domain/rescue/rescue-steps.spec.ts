import { RESCUE_CATALOGUE_ENTRIES } from '../../database/seeds/catalogue/rescue-entries';
import { validateOutcome } from '../validate-outcome';
import { RescueStepType } from './rescue-step-type';
import { RESCUE_STEPS } from './rescue-steps';

const schemaOf = (stepType: RescueStepType) => RESCUE_STEPS.find((s) => s.stepType === stepType)!.outcome;

describe('rescue steps and their deadlines', () => {
  it.each(Object.values(RescueStepType))('%s has a step definition and a policy deadline', (stepType) => {
    expect(RESCUE_STEPS.filter((s) => s.stepType === stepType)).toHaveLength(1);
    const entry = RESCUE_CATALOGUE_ENTRIES.find((e) => e.key === stepType)!;
    expect(entry).toBeDefined();
    // The law gives the rescue no numeric limits: none of these may pass for the law's.
    expect([entry.nature, entry.confidence]).toEqual(['POLICY', 'POLICY']);
    expect(entry.legalBasis).toMatch(/^Policy default/);
  });

  it('asks for a note when Mondulkiri did not agree', () => {
    const schema = schemaOf(RescueStepType.RECORD_COOPERATION_REPLY);
    expect(validateOutcome(schema, { reply: 'AGREED' })).toBeNull();
    expect(validateOutcome(schema, { reply: 'NO_CONTACT' })).toBe('outcome.note is required');
  });

  it('counts rescued persons as non-negative integers', () => {
    const schema = schemaOf(RescueStepType.RECORD_PERSONS);
    expect(validateOutcome(schema, { adults: 1, children: 1, homeCommuneCode: 'UBND_XA_QUANG_TRUC' })).toBeNull();
    expect(validateOutcome(schema, { adults: -1, children: 0 })).toBe('outcome.adults must be at least 0');
    expect(validateOutcome(schema, { adults: 1.5, children: 0 })).toBe('outcome.adults must be an integer');
  });
});
