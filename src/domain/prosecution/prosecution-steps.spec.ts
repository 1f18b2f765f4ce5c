import { PROSECUTION_CATALOGUE_ENTRIES } from '../../database/seeds/catalogue/prosecution-entries';
import { AGENCY_SEED } from '../../database/seeds/agency-seed';
import { DEADLINE_CATALOGUE_V4 } from '../../database/seeds/deadline-catalogue-v4';
import { validateCatalogue } from '../validate-catalogue';
import { validateOutcome } from '../validate-outcome';
import { SEVERITIES, severityDeadlineKey, SeverityDependentPeriod, supplementaryInvestigationKey } from './prosecution-deadline-keys';
import { ProsecutionStepType } from './prosecution-step-type';
import { PROSECUTION_STEPS } from './prosecution-steps';

const schemaOf = (stepType: ProsecutionStepType) => PROSECUTION_STEPS.find((s) => s.stepType === stepType)!.outcome;
const entry = (key: string) => PROSECUTION_CATALOGUE_ENTRIES.find((e) => e.key === key)!;
const severityKeys = Object.values(SeverityDependentPeriod).flatMap((p) => SEVERITIES.map((s) => severityDeadlineKey(p, s)));

describe('prosecution steps and their deadlines', () => {
  it.each(Object.values(ProsecutionStepType))('%s has exactly one step definition', (stepType) => {
    expect(PROSECUTION_STEPS.filter((s) => s.stepType === stepType)).toHaveLength(1);
  });

  it('has a catalogue entry for every deadline the workflow asks for, and the catalogue stays valid', () => {
    const fixed = [
      ProsecutionStepType.BORDER_TRANSFER,
      ProsecutionStepType.NOTIFY_DECISION,
      ProsecutionStepType.TRIAL_DECISION_AFTER_RETURN,
      ProsecutionStepType.OPEN_HEARING,
      ProsecutionStepType.RECORD_VERDICT,
      ProsecutionStepType.VICTIM_INFORMATION,
      ProsecutionStepType.LEGAL_AID,
    ];
    const keys = [...fixed, ...severityKeys, supplementaryInvestigationKey('PROCURACY'), supplementaryInvestigationKey('COURT')];
    expect(PROSECUTION_CATALOGUE_ENTRIES.map((e) => e.key).sort()).toEqual([...keys].sort());
    const kinds = new Map(AGENCY_SEED.map((a) => [a.code, a.kind as string]));
    expect(validateCatalogue(DEADLINE_CATALOGUE_V4, (code) => kinds.get(code))).toBeNull();
  });

  it('gives the especially serious offence more time exactly where the law does', () => {
    const pair = (period: SeverityDependentPeriod) => SEVERITIES.map((s) => entry(severityDeadlineKey(period, s)));
    const [investigationVS, investigationES] = pair(SeverityDependentPeriod.INVESTIGATION);
    expect([investigationVS.duration, investigationES.duration]).toEqual([
      { amount: 4, unit: 'months' },
      { amount: 4, unit: 'months' },
    ]);
    expect([investigationVS.extension!.maxCount, investigationES.extension!.maxCount]).toEqual([2, 3]);
    expect(investigationES.extension!.tiers[0]).toMatchObject({ approverAgency: 'VKS_TINH', upToTotal: { amount: 16, unit: 'months' } });
    const [procuracyVS, procuracyES] = pair(SeverityDependentPeriod.PROCURACY_DECISION);
    expect([procuracyVS.extension!.tiers[0].upToTotal.amount, procuracyES.extension!.tiers[0].upToTotal.amount]).toEqual([45, 60]);
    const [trialVS, trialES] = pair(SeverityDependentPeriod.TRIAL_PREPARATION);
    expect([trialVS.duration.amount, trialES.duration.amount]).toEqual([2, 3]);
  });

  it('keeps policy values apart from the law', () => {
    for (const key of [ProsecutionStepType.RECORD_VERDICT, ProsecutionStepType.VICTIM_INFORMATION, ProsecutionStepType.LEGAL_AID])
      expect([entry(key).nature, entry(key).confidence, entry(key).legalBasis]).toEqual([
        'POLICY',
        'POLICY',
        expect.stringMatching(/^Policy default/),
      ]);
    expect(entry(ProsecutionStepType.BORDER_TRANSFER).confidence).toBe('UNVERIFIED');
  });

  it('offers no third return to the procuracy', () => {
    const finalDecision = schemaOf(ProsecutionStepType.PROCURACY_FINAL_DECISION);
    expect(validateOutcome(finalDecision, { decision: 'RETURN_FOR_SUPPLEMENTARY', note: 'again' })).toBe(
      'outcome.decision must be one of PROSECUTE, NOT_PROSECUTE',
    );
    expect(validateOutcome(schemaOf(ProsecutionStepType.PROCURACY_DECISION), { decision: 'RETURN_FOR_SUPPLEMENTARY', note: 'x' })).toBeNull();
  });

  it('asks for the sentence of a conviction only', () => {
    const schema = schemaOf(ProsecutionStepType.RECORD_VERDICT);
    expect(validateOutcome(schema, { verdict: 'CONVICTED' })).toBe('outcome.sentence is required');
    expect(validateOutcome(schema, { verdict: 'ACQUITTED' })).toBeNull();
  });
});
