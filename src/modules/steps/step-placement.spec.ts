import { requiredDeadlineKeys } from '../../domain/required-deadline-keys';
import { STEP_DEFINITIONS } from '../../domain/step-definitions';
import { DEADLINE_CATALOGUE_V5 } from '../../database/seeds/deadline-catalogue-v5';
import { SUSPENSION_NOTICE_ENTRIES } from '../../domain/suspension/suspension-notice-entries';
import { STEP_PLACEMENTS } from './step-placement';

describe('STEP_PLACEMENTS', () => {
  it('places every step type, and nothing else', () => {
    expect(Object.keys(STEP_PLACEMENTS).sort()).toEqual(Object.keys(STEP_DEFINITIONS).sort());
  });

  it('names only deadline keys the catalogue must have, and each of them exists in the current catalogue', () => {
    // The suspension notices' periods are the statute's: a version without them still runs (task-board.ts).
    const required = new Set([...requiredDeadlineKeys(), ...SUSPENSION_NOTICE_ENTRIES.map((e) => e.key)]);
    const inCatalogue = new Set(DEADLINE_CATALOGUE_V5.entries.map((e) => e.key));
    for (const [step, placement] of Object.entries(STEP_PLACEMENTS))
      for (const key of placement.deadlineKeys) {
        expect([step, required.has(key)]).toEqual([step, true]);
        expect([step, inCatalogue.has(key)]).toEqual([step, true]);
      }
  });

  it('says how the agency is chosen wherever there is no fixed default', () => {
    for (const [step, p] of Object.entries(STEP_PLACEMENTS))
      if (p.defaultAgencyCode === null) expect([step, p.agencyNote]).toEqual([step, expect.anything()]);
  });
});
