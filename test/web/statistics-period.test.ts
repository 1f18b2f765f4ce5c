import { statisticsPeriod } from '../../web/src/screens/dashboard/statistics-period';

describe('statisticsPeriod', () => {
  // 28/11/2026 09:00 in the province.
  const now = new Date('2026-11-28T02:00:00Z');
  it.each([
    ['month', '2026-10-31T17:00:00.000Z'],
    ['quarter', '2026-09-30T17:00:00.000Z'],
    ['halfYear', '2026-05-31T17:00:00.000Z'],
    ['year', '2025-12-31T17:00:00.000Z'],
  ] as const)('%s starts at midnight in the province and ends with this month', (kind, from) => {
    expect(statisticsPeriod(kind, now)).toEqual({ from, to: '2026-11-30T17:00:00.000Z' });
  });
  it('uses the province date, not UTC, on the last evening of a month', () => {
    expect(statisticsPeriod('month', new Date('2026-11-30T18:00:00Z'))).toEqual({
      from: '2026-11-30T17:00:00.000Z',
      to: '2026-12-31T17:00:00.000Z',
    });
  });
});
