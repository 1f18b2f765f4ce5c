import { DEADLINE_CATALOGUE_V2 } from '../database/seeds/deadline-catalogue-v2';
import { AGENCY_SEED } from '../database/seeds/agency-seed';
import { DEADLINE_CATALOGUE_V3 } from '../database/seeds/deadline-catalogue-v3';
import { DEADLINE_CATALOGUE_V4 } from '../database/seeds/deadline-catalogue-v4';
import type { DeadlineCatalogue, DeadlineCatalogueEntry, ExtensionTier } from './deadline-catalogue';
import { severityDeadlineKey, SeverityDependentPeriod as P } from './prosecution/prosecution-deadline-keys';
import { ProsecutionStepType } from './prosecution/prosecution-step-type';
import { ReceptionStepType } from './reception/reception-step-type';
import { requiredDeadlineKeys } from './required-deadline-keys';
import { Role } from './role';
import { TipStepType } from './tip/tip-step-type';
import { validateCatalogue } from './validate-catalogue';

type Draft = Omit<DeadlineCatalogue, 'version'>;
const OWN_TIER = { approverRoles: [Role.AGENCY_HEAD], approverAgency: 'TASK_AGENCY', legalBasis: 'Head of the agency' };
const v4 = DEADLINE_CATALOGUE_V4;
const kinds = new Map(AGENCY_SEED.map((a) => [a.code, a.kind as string]));
const validate = (c: Draft) => validateCatalogue(c, (code) => kinds.get(code));
const indexOf = (key: string) => v4.entries.findIndex((e) => e.key === key);
const editing = (key: string, change: (e: DeadlineCatalogueEntry) => unknown): Draft => ({
  ...v4,
  entries: v4.entries.map((e) => (e.key === key ? (change(structuredClone(e)) as DeadlineCatalogueEntry) : e)),
});

describe('validateCatalogue', () => {
  it('accepts the published version 4 and knows every key the steps need', () => {
    expect(validate(v4)).toBeNull();
    const keys = new Set(v4.entries.map((e) => e.key));
    expect(requiredDeadlineKeys().filter((k) => !keys.has(k))).toEqual([]);
    expect(requiredDeadlineKeys()).toContain(severityDeadlineKey(P.INVESTIGATION, 'ESPECIALLY_SERIOUS'));
  });

  it('refuses version 2 as it stood (looser extensions than the statute) and an unverified value labelled LAW', () => {
    expect(validate(DEADLINE_CATALOGUE_V2)).toMatch(
      /tiers\[1\].maxPerExtension \(none\) must equal the statute's 2 months \(BLTTHS 2015 art. 147\(3\)\)/,
    );
    expect(validate(editing(ProsecutionStepType.BORDER_TRANSFER, (e) => ({ ...e, nature: 'LAW' })))).toMatch(/UNVERIFIED value cannot be LAW/);
  });

  it('refuses a catalogue that drops a key a step needs', () => {
    const draft = { ...v4, entries: v4.entries.filter((e) => e.key !== TipStepType.NOTIFY_PROCURACY) };
    expect(validate(draft)).toBe(`entries: missing deadline keys that processes need: ${TipStepType.NOTIFY_PROCURACY}`);
  });

  it('refuses a LAW period that differs from its statute either way, or a statutory period relabelled POLICY', () => {
    const i = indexOf(TipStepType.VERIFY);
    expect(validate(editing(TipStepType.VERIFY, (e) => ({ ...e, duration: { amount: 19, unit: 'days' } })))).toBe(
      `entries[${i}].duration (19 days) must equal the statute's 20 days (BLTTHS 2015 art. 147(1))`,
    );
    expect(validate(editing(TipStepType.VERIFY, (e) => ({ ...e, duration: { amount: 40, unit: 'days' } })))).toBe(
      `entries[${i}].duration (40 days) must equal the statute's 20 days (BLTTHS 2015 art. 147(1))`,
    );
    expect(validate(editing(TipStepType.VERIFY, (e) => ({ ...e, duration: { amount: 2, unit: 'hours' } })))).toMatch(/must equal the statute/);
    const investigation = severityDeadlineKey(P.INVESTIGATION, 'VERY_SERIOUS');
    expect(validate(editing(investigation, (e) => ({ ...e, duration: { amount: 8, unit: 'months' } })))).toBe(
      `entries[${indexOf(investigation)}].duration (8 months) must equal the statute's 4 months (BLTTHS 2015 art. 172(1))`,
    );
    expect(validate(editing(TipStepType.VERIFY, (e) => ({ ...e, nature: 'POLICY', confidence: 'POLICY' })))).toMatch(/nature must be LAW/);
  });

  it('refuses art. 134 counting switched off, and the extension terms of a LAW entry changed by data', () => {
    const verify = indexOf(TipStepType.VERIFY);
    expect(validate(editing(TipStepType.VERIFY, (e) => ({ ...e, counting: 'PLAIN' })))).toBe(
      `entries[${verify}].counting (PLAIN) must be ART_134 as the statute counts (BLTTHS 2015 art. 147(1))`,
    );
    const especially = severityDeadlineKey(P.INVESTIGATION, 'ESPECIALLY_SERIOUS');
    const e = indexOf(especially);
    const tier = (change: (t: ExtensionTier) => void) =>
      validate(
        editing(especially, (x) => {
          change(x.extension!.tiers[0]);
          return x;
        }),
      );
    expect(tier((t) => (t.upToTotal = { amount: 24, unit: 'months' }))).toBe(
      `entries[${e}].extension.tiers[0].upToTotal (24 months) must equal the statute's 16 months (BLTTHS 2015 art. 172(2)(d))`,
    );
    expect(tier((t) => (t.maxPerExtension = { amount: 6, unit: 'months' }))).toMatch(
      /tiers\[0\].maxPerExtension \(6 months\) must equal the statute's 4 months/,
    );
    expect(tier((t) => delete t.maxPerExtension)).toMatch(/tiers\[0\].maxPerExtension \(none\) must equal/);
    expect(tier((t) => (t.requestLeadTime = { amount: 2, unit: 'days' }))).toMatch(/requestLeadTime \(2 days\) must equal the statute's 10 days/);
    // The procuracy's extension approved by the police: the agency list says CA_TINH is POLICE.
    expect(tier((t) => (t.approverAgency = 'CA_TINH'))).toBe(
      `entries[${e}].extension.tiers[0].approverAgency (CA_TINH, a POLICE agency) must be a PROCURACY agency (BLTTHS 2015 art. 172(2)(d))`,
    );
    expect(tier((t) => (t.approverAgency = 'TASK_AGENCY'))).toMatch(/the agency holding the task\) must be a PROCURACY agency/);
    expect(validate(editing(especially, (x) => ({ ...x, extension: { ...x.extension!, maxCount: 4 } })))).toBe(
      `entries[${e}].extension.maxCount (4) must equal the statute's 3 (BLTTHS 2015 art. 172(1))`,
    );
    // The first tier of art. 147 belongs to the agency holding the period; the second's "once" and "after" are the law's.
    const verifyTier = (j: number, change: (t: ExtensionTier) => void) =>
      validate(
        editing(TipStepType.VERIFY, (x) => {
          change(x.extension!.tiers[j]);
          return x;
        }),
      );
    expect(verifyTier(0, (t) => (t.approverAgency = 'VKS_TINH'))).toMatch(/tiers\[0\].approverAgency \(VKS_TINH\) must be TASK_AGENCY/);
    expect(verifyTier(1, (t) => (t.afterPreviousTier = false))).toMatch(/tiers\[1\].afterPreviousTier must be true/);
    expect(verifyTier(1, (t) => (t.maxCount = 2))).toMatch(/tiers\[1\].maxCount \(2\) must equal the statute's 1/);
    // How often the agency itself extends is policy: the statute does not fix it.
    expect(verifyTier(0, (t) => (t.maxCount = 1))).toBeNull();
    // No extension where the statute gives none; the trial-preparation court extension cannot be dropped.
    expect(
      validate(
        editing(TipStepType.NOTIFY_PROCURACY, (x) => ({
          ...x,
          extension: { maxCount: 1, tiers: [{ ...OWN_TIER, upToTotal: { amount: 5, unit: 'days' } }] },
        })),
      ),
    ).toMatch(/extension: the statute allows no extension \(BLTTHS 2015 art. 146\)/);
    const trial = severityDeadlineKey(P.TRIAL_PREPARATION, 'VERY_SERIOUS');
    expect(validate(editing(trial, (x) => ({ ...x, extension: undefined })))).toMatch(/extension is required.*277\(1\)/);
  });

  it('keeps LAW for the statute table: a value without a statute is POLICY, within its bounds', () => {
    const recordVerdict = indexOf(ProsecutionStepType.RECORD_VERDICT);
    expect(validate(editing(ProsecutionStepType.RECORD_VERDICT, (e) => ({ ...e, nature: 'LAW', confidence: 'TEXT' })))).toMatch(
      new RegExp(`^entries\\[${recordVerdict}\\].nature: no statute in the reviewed table fixes ${ProsecutionStepType.RECORD_VERDICT}`),
    );
    expect(validate(editing(ProsecutionStepType.RECORD_VERDICT, (e) => ({ ...e, duration: { amount: 45, unit: 'days' } })))).toBeNull();
    expect(validate(editing(ProsecutionStepType.RECORD_VERDICT, (e) => ({ ...e, duration: { amount: 2, unit: 'years' as never } })))).toMatch(
      /duration.unit must be one of/,
    );
    expect(validate(editing(ProsecutionStepType.RECORD_VERDICT, (e) => ({ ...e, duration: { amount: 400, unit: 'days' } })))).toBe(
      `entries[${recordVerdict}].duration (400 days) of a POLICY period must be between 1 hours and 366 days`,
    );
    expect(validate(editing(ProsecutionStepType.RECORD_VERDICT, (e) => ({ ...e, duration: { amount: 30, unit: 'minutes' } })))).toMatch(
      /of a POLICY period must be between/,
    );
    // Art. 277(1)'s 15 days after a file comes back are the law's since version 4: version 3's POLICY label is refused.
    expect(validate(DEADLINE_CATALOGUE_V3)).toMatch(/nature must be LAW: BLTTHS 2015 art. 277\(1\) fixes 15 days/);
  });

  it('refuses inconsistent tiers', () => {
    const key = ReceptionStepType.SHELTER;
    const i = indexOf(key);
    const swap = editing(key, (e) => ({ ...e, extension: { ...e.extension!, tiers: [...e.extension!.tiers].reverse() } }));
    expect(validate(swap)).toBe(`entries[${i}].extension.tiers[1].upToTotal (180 days) must reach beyond tiers[0]`);
    const perExtension = editing(key, (e) => {
      e.extension!.tiers[1].maxPerExtension = { amount: 400, unit: 'days' };
      return e;
    });
    expect(validate(perExtension)).toBe(`entries[${i}].extension.tiers[1].maxPerExtension must not exceed upToTotal`);
    const count = editing(key, (e) => {
      e.extension!.tiers[0].maxCount = 3;
      return e;
    });
    expect(validate(count)).toMatch(/tiers\[0\].maxCount must be between 1 and extension.maxCount \(2\)/);
  });

  it('names the path of a malformed entry instead of failing', () => {
    expect(validate({ ...v4, entries: [...v4.entries, null as never] })).toBe(`entries[${v4.entries.length}] must be an object`);
    const noTiers = editing(TipStepType.VERIFY, (e) => ({ ...e, extension: { maxCount: 1, tiers: 'x' } }));
    expect(validate(noTiers)).toBe(`entries[${indexOf(TipStepType.VERIFY)}].extension.tiers must be an array`);
    expect(validate({ entries: 'x', escalationLadder: {} } as never)).toBe('entries must be an array');
    expect(validate({ ...v4, escalationLadder: { reminderAtRatio: 0.75, levels: [3] } } as never)).toBe(
      'escalationLadder.levels[0] must be an object',
    );
  });
});
