import { DEADLINE_CATALOGUE_V2 } from '../database/seeds/deadline-catalogue-v2';
import { DEADLINE_CATALOGUE_V3 } from '../database/seeds/deadline-catalogue-v3';
import type { DeadlineCatalogue, DeadlineCatalogueEntry } from './deadline-catalogue';
import { severityDeadlineKey, SeverityDependentPeriod as P } from './prosecution/prosecution-deadline-keys';
import { ProsecutionStepType } from './prosecution/prosecution-step-type';
import { requiredDeadlineKeys } from './required-deadline-keys';
import { TipStepType } from './tip/tip-step-type';
import { validateCatalogue } from './validate-catalogue';

type Draft = Omit<DeadlineCatalogue, 'version'>;
const v3 = DEADLINE_CATALOGUE_V3;
const indexOf = (key: string) => v3.entries.findIndex((e) => e.key === key);
const editing = (key: string, change: (e: DeadlineCatalogueEntry) => unknown): Draft => ({
  ...v3,
  entries: v3.entries.map((e) => (e.key === key ? (change(structuredClone(e)) as DeadlineCatalogueEntry) : e)),
});

describe('validateCatalogue', () => {
  it('accepts the published version 3 and knows every key the steps need', () => {
    expect(validateCatalogue(v3)).toBeNull();
    const keys = new Set(v3.entries.map((e) => e.key));
    expect(requiredDeadlineKeys().filter((k) => !keys.has(k))).toEqual([]);
    expect(requiredDeadlineKeys()).toContain(severityDeadlineKey(P.INVESTIGATION, 'ESPECIALLY_SERIOUS'));
  });

  it('refuses version 2 as it stood: an unverified value labelled LAW', () => {
    expect(validateCatalogue(DEADLINE_CATALOGUE_V2)).toMatch(/UNVERIFIED value cannot be LAW/);
  });

  it('refuses a catalogue that drops a key a step needs', () => {
    const draft = { ...v3, entries: v3.entries.filter((e) => e.key !== TipStepType.NOTIFY_PROCURACY) };
    expect(validateCatalogue(draft)).toBe(`entries: missing deadline keys that processes need: ${TipStepType.NOTIFY_PROCURACY}`);
  });

  it('refuses a LAW period shorter than its statute, or a statutory period relabelled POLICY', () => {
    const i = indexOf(TipStepType.VERIFY);
    expect(validateCatalogue(editing(TipStepType.VERIFY, (e) => ({ ...e, duration: { amount: 19, unit: 'days' } })))).toBe(
      `entries[${i}].duration (19 days) is shorter than the statute's 20 days (BLTTHS 2015 art. 147(1))`,
    );
    expect(validateCatalogue(editing(TipStepType.VERIFY, (e) => ({ ...e, duration: { amount: 2, unit: 'hours' } })))).toMatch(
      /shorter than the statute/,
    );
    expect(validateCatalogue(editing(TipStepType.VERIFY, (e) => ({ ...e, nature: 'POLICY', confidence: 'POLICY' })))).toMatch(/nature must be LAW/);
    // Longer than the statute is the province's choice.
    expect(validateCatalogue(editing(TipStepType.VERIFY, (e) => ({ ...e, duration: { amount: 25, unit: 'days' } })))).toBeNull();
  });

  it('refuses inconsistent tiers', () => {
    const key = TipStepType.VERIFY;
    const i = indexOf(key);
    const swap = editing(key, (e) => ({ ...e, extension: { ...e.extension!, tiers: [...e.extension!.tiers].reverse() } }));
    expect(validateCatalogue(swap)).toMatch(
      new RegExp(`entries\\[${i}\\].extension.tiers\\[0\\].afterPreviousTier needs a previous tier|tiers\\[1\\].upToTotal`),
    );
    const perExtension = editing(key, (e) => {
      e.extension!.tiers[1].maxPerExtension = { amount: 5, unit: 'months' };
      return e;
    });
    expect(validateCatalogue(perExtension)).toBe(`entries[${i}].extension.tiers[1].maxPerExtension must not exceed upToTotal`);
    const count = editing(ProsecutionStepType.OPEN_HEARING, (e) => {
      e.extension!.tiers[0].maxCount = 2;
      return e;
    });
    expect(validateCatalogue(count)).toMatch(/tiers\[0\].maxCount must be between 1 and extension.maxCount \(1\)/);
  });

  it('names the path of a malformed entry instead of failing', () => {
    expect(validateCatalogue({ ...v3, entries: [...v3.entries, null as never] })).toBe(`entries[${v3.entries.length}] must be an object`);
    const noTiers = editing(TipStepType.VERIFY, (e) => ({ ...e, extension: { maxCount: 1, tiers: 'x' } }));
    expect(validateCatalogue(noTiers)).toBe(`entries[${indexOf(TipStepType.VERIFY)}].extension.tiers must be an array`);
    expect(validateCatalogue({ entries: 'x', escalationLadder: {} } as never)).toBe('entries must be an array');
    expect(validateCatalogue({ ...v3, escalationLadder: { reminderAtRatio: 0.5, levels: [3] } } as never)).toBe(
      'escalationLadder.levels[0] must be an object',
    );
  });
});
