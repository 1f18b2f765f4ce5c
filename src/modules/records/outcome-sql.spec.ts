import { ProcuracyDecision } from '../../domain/prosecution/prosecution-decisions';
import type { ProcuracyDecisionOutcome } from '../../domain/prosecution/prosecution-outcomes';
import type { RecordPersonsOutcome } from '../../domain/rescue/rescue-outcomes';
import { TipDecision } from '../../domain/tip/tip-decision';
import type { VerifyTipOutcome } from '../../domain/tip/tip-outcomes';
import { outcomeOf } from './outcome-sql';

describe('outcomeOf', () => {
  it('writes conditions over the fields and values of the step outcome type', () => {
    const verified = outcomeOf<VerifyTipOutcome>();
    expect(verified.is('decision', TipDecision.CONFIRMED)).toBe(`outcome->>'decision' = 'CONFIRMED'`);
    expect(verified.is('decision', TipDecision.CONFIRMED, TipDecision.UNFOUNDED)).toBe(`outcome->>'decision' IN ('CONFIRMED', 'UNFOUNDED')`);
    expect(outcomeOf<ProcuracyDecisionOutcome>('v').field('decision')).toBe(`v.outcome->>'decision'`);
    expect(outcomeOf<RecordPersonsOutcome>().int('adults')).toBe(`(outcome->>'adults')::int`);
  });

  it('refuses at build time a field or a value the outcome type does not have', () => {
    const indicted = outcomeOf<ProcuracyDecisionOutcome>();
    // @ts-expect-error the procuracy's outcome has no verdict
    indicted.field('verdict');
    // @ts-expect-error a tip's decision is not a procuracy's
    indicted.is('decision', TipDecision.CONFIRMED);
    // @ts-expect-error findings are text, not a count
    outcomeOf<VerifyTipOutcome>().int('findings');
    expect(indicted.is('decision', ProcuracyDecision.PROSECUTE)).toContain('PROSECUTE');
  });
});
