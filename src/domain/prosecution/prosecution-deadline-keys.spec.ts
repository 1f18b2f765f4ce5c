import { recomputedDeadlineKey, severityDeadlineKey, SeverityDependentPeriod, supplementaryInvestigationKey } from './prosecution-deadline-keys';

describe('prosecution deadline keys', () => {
  it('names one catalogue entry per severity', () => {
    expect(severityDeadlineKey(SeverityDependentPeriod.INVESTIGATION, 'VERY_SERIOUS')).toBe('PROSECUTION_INVESTIGATION_VERY_SERIOUS');
    expect(severityDeadlineKey(SeverityDependentPeriod.TRIAL_PREPARATION, 'ESPECIALLY_SERIOUS')).toBe(
      'PROSECUTION_TRIAL_PREPARATION_ESPECIALLY_SERIOUS',
    );
    expect(supplementaryInvestigationKey('COURT')).toBe('PROSECUTION_SUPPLEMENTARY_INVESTIGATION_COURT_RETURN');
  });

  it.each(Object.values(SeverityDependentPeriod))('moves a running %s to the entry of the new severity', (period) => {
    expect(recomputedDeadlineKey(`${period}_VERY_SERIOUS`, 'ESPECIALLY_SERIOUS')).toBe(`${period}_ESPECIALLY_SERIOUS`);
    expect(recomputedDeadlineKey(`${period}_ESPECIALLY_SERIOUS`, 'VERY_SERIOUS')).toBe(`${period}_VERY_SERIOUS`);
  });

  it('leaves a deadline alone when it already fits the severity or does not depend on it', () => {
    expect(recomputedDeadlineKey('PROSECUTION_PROCURACY_DECISION_VERY_SERIOUS', 'VERY_SERIOUS')).toBeNull();
    expect(recomputedDeadlineKey('PROSECUTION_NOTIFY_DECISION', 'ESPECIALLY_SERIOUS')).toBeNull();
    expect(recomputedDeadlineKey(supplementaryInvestigationKey('PROCURACY'), 'ESPECIALLY_SERIOUS')).toBeNull();
    expect(recomputedDeadlineKey('TIP_VERIFY', 'ESPECIALLY_SERIOUS')).toBeNull();
  });
});
