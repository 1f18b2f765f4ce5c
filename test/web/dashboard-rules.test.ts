import { drillDown } from '../../web/src/screens/dashboard/drill-down';
import { customPeriod, monthsSpanned, statisticsPeriod } from '../../web/src/screens/dashboard/statistics-period';

/** The dashboard's pure rules: periods in the province's days, drill-down addresses. */
describe('dashboard rules', () => {
  it('makes a custom period of whole days in UTC+7, the last day included', () => {
    expect(customPeriod('2026-10-01', '2026-11-28')).toEqual({ from: '2026-09-30T17:00:00.000Z', to: '2026-11-28T17:00:00.000Z' });
    expect(customPeriod('2026-11-28', '2026-11-28')).toEqual({ from: '2026-11-27T17:00:00.000Z', to: '2026-11-28T17:00:00.000Z' });
    expect(customPeriod('2026-11-29', '2026-11-28')).toBeNull();
    expect(customPeriod(null, '2026-11-28')).toBeNull();
  });

  it('counts the province months a period touches (the API charts up to 36)', () => {
    // "Năm nay" runs to the end of the current month: January to November.
    expect(monthsSpanned(statisticsPeriod('year', new Date('2026-11-28T03:00:00Z')))).toBe(11);
    expect(monthsSpanned(statisticsPeriod('month', new Date('2026-11-28T03:00:00Z')))).toBe(1);
    expect(monthsSpanned(customPeriod('2026-10-15', '2026-12-02')!)).toBe(3);
    expect(monthsSpanned(customPeriod('2023-01-01', '2026-01-31')!)).toBe(37);
  });

  it('addresses the lists with their query names, leaving out what is not asked', () => {
    expect(drillDown.tasks({ agencyCode: 'CA_TINH_CSDT', overdue: true })).toBe('/tasks?agencyCode=CA_TINH_CSDT&overdue=true');
    expect(drillDown.tasks({ processKind: 'RESCUE', atRisk: true, agencyCode: undefined })).toBe('/tasks?processKind=RESCUE&atRisk=true');
    expect(drillDown.cases({})).toBe('/cases');
    expect(drillDown.tips({ receivedFrom: '2026-10-31T17:00:00.000Z', receivedTo: '2026-11-30T17:00:00.000Z' })).toBe(
      '/tips?receivedFrom=2026-10-31T17%3A00%3A00.000Z&receivedTo=2026-11-30T17%3A00%3A00.000Z',
    );
    expect(drillDown.case('CASE-20261128-4HT9QA')).toBe('/case/CASE-20261128-4HT9QA');
  });
});
