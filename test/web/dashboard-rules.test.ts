import { plainSearch } from '../../web/src/router/search/plain-search';
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
    // The address a link gets: the route's path and its search params as the API's plain query.
    const href = (link: { to: string; search: object }) => `${link.to}${plainSearch.stringify(link.search)}`;
    expect(href(drillDown.tasks({ agencyCode: 'CA_TINH_CSDT', overdue: true }))).toBe('/tasks?agencyCode=CA_TINH_CSDT&overdue=true');
    expect(href(drillDown.tasks({ processKind: 'RESCUE', atRisk: true, agencyCode: undefined }))).toBe('/tasks?processKind=RESCUE&atRisk=true');
    expect(href(drillDown.tasks({ agencyCode: 'SO_Y_TE', dueState: 'PAUSED' }))).toBe('/tasks?agencyCode=SO_Y_TE&dueState=PAUSED');
    // A process kind the list does not know is left out rather than sent to the API.
    expect(href(drillDown.tasks({ processKind: 'NOT_A_PROCESS', dueState: 'OVERDUE' }))).toBe('/tasks?dueState=OVERDUE');
    expect(href(drillDown.cases({}))).toBe('/cases');
    expect(href(drillDown.tips({ receivedFrom: '2026-10-31T17:00:00.000Z', receivedTo: '2026-11-30T17:00:00.000Z' }))).toBe(
      '/tips?receivedFrom=2026-10-31T17%3A00%3A00.000Z&receivedTo=2026-11-30T17%3A00%3A00.000Z',
    );
  });
});
