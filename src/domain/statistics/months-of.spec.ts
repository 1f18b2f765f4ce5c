import { monthsOf } from './months-of';

describe('monthsOf', () => {
  it('cuts a period into province calendar months, the ends kept', () => {
    const slices = monthsOf(new Date('2026-10-15T00:00:00+07:00'), new Date('2026-12-03T12:00:00+07:00'));
    expect(slices.map((s) => [s.month, s.from.toISOString(), s.to.toISOString()])).toEqual([
      ['2026-10', '2026-10-14T17:00:00.000Z', '2026-10-31T17:00:00.000Z'],
      ['2026-11', '2026-10-31T17:00:00.000Z', '2026-11-30T17:00:00.000Z'],
      ['2026-12', '2026-11-30T17:00:00.000Z', '2026-12-03T05:00:00.000Z'],
    ]);
  });

  it('reads the month in UTC+7: 1 January 00:00 in the province is still 31 December in UTC', () => {
    const slices = monthsOf(new Date('2026-01-01T00:00:00+07:00'), new Date('2027-01-01T00:00:00+07:00'));
    expect(slices).toHaveLength(12);
    expect(slices[0].month).toBe('2026-01');
    expect(slices[11].month).toBe('2026-12');
  });

  it('gives nothing for an empty period', () => {
    const at = new Date('2026-11-28T00:00:00Z');
    expect(monthsOf(at, at)).toEqual([]);
  });
});
