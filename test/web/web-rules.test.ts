import { outcomeProblems, requiredFields, type OutcomeJsonSchema } from '../../web/src/components/outcome-schema';
import { calendarDaysBetween, deadlineDay, formatInstant, formatLocalDateTime, provinceToday } from '../../web/src/format/local-date-time';

/** The web app's pure rules (dates in the province's time, the outcome form's checks); due states come from the API. */
describe('web app rules', () => {
  it('shows local times as dd/MM/yyyy HH:mm, instants in UTC+7, and a day-counted period as its last day', () => {
    expect(formatLocalDateTime('2026-11-28T08:05:00+07:00')).toBe('28/11/2026 08:05');
    expect(formatInstant('2026-11-27T18:30:00.000Z')).toBe('28/11/2026 01:30');
    expect(deadlineDay('2026-12-02T00:00:00+07:00')).toEqual({ day: '2026-12-01', endOfDay: true });
    expect(deadlineDay('2026-03-01T00:00:00+07:00')).toEqual({ day: '2026-02-28', endOfDay: true });
    expect(deadlineDay('2026-12-02T16:00:00+07:00')).toEqual({ day: '2026-12-02', endOfDay: false });
    expect(provinceToday(new Date('2026-11-27T17:00:00Z'))).toBe('2026-11-28');
    expect(calendarDaysBetween('2026-11-28', '2026-12-01')).toBe(3);
    expect(calendarDaysBetween('2026-12-01', '2026-11-28')).toBe(-3);
  });

  it('requires what the schema requires, including fields another field makes required', () => {
    const schema: OutcomeJsonSchema = {
      properties: {
        decision: { enum: ['CONFIRMED', 'UNFOUNDED', 'SUSPENDED'] },
        findings: { type: 'string', maxLength: 10 },
        reason: { type: ['string', 'null'], maxLength: 4000 },
        count: { type: 'integer', minimum: 1, maximum: 3 },
      },
      required: ['decision', 'findings'],
      allOf: [{ if: { properties: { decision: { enum: ['UNFOUNDED', 'SUSPENDED'] } } }, then: { required: ['reason'] } }],
    };
    expect([...requiredFields(schema, { decision: 'CONFIRMED' })]).toEqual(['decision', 'findings']);
    expect([...requiredFields(schema, { decision: 'UNFOUNDED' })]).toEqual(['decision', 'findings', 'reason']);
    expect(outcomeProblems(schema, { findings: '   ' })).toEqual([
      { field: 'decision', problem: 'required' },
      { field: 'findings', problem: 'required' },
    ]);
    expect(outcomeProblems(schema, { decision: 'UNFOUNDED', findings: 'x'.repeat(11), count: '4' })).toEqual([
      { field: 'findings', problem: 'tooLong' },
      { field: 'reason', problem: 'required' },
      { field: 'count', problem: 'outOfRange' },
    ]);
    expect(outcomeProblems(schema, { decision: 'CONFIRMED', findings: 'ok', count: '2' })).toEqual([]);
  });
});
