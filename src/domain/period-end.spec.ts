import type { DeadlineCatalogueEntry } from './deadline-catalogue';
import { periodEnd } from './period-end';

// Real calendar data: Tết Đinh Mùi 2027 (Thu 4 – Wed 10 Feb, weekend 6–7 inside), New Year 2027.
const calendar = { holidays: ['2027-01-01', '2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'] };
const at = Date.parse;
const bltths: Pick<DeadlineCatalogueEntry, 'legalBasis'> = { legalBasis: 'BLTTHS 2015 art. 147(1)' };
const law53 = { legalBasis: 'Law 53/2024 art. 27(2)', rollOverNonWorkingDay: true };
const policy = { legalBasis: 'Policy default' };

describe('periodEnd (BLTTHS 2015 art. 134)', () => {
  it('ends a period in days at 24:00 local of its last day, not at the hour it started', () => {
    // Tip received Wed 18 Nov 10:00 (+07:00): 20 days end on Tue 8 Dec 24:00 local.
    expect(periodEnd(at('2026-11-18T10:00:00+07:00'), { amount: 20, unit: 'days' }, bltths, calendar)).toBe(at('2026-12-08T17:00:00Z'));
    // Received one minute before local midnight: still 18 Nov, the same end.
    expect(periodEnd(at('2026-11-18T23:59:00+07:00'), { amount: 20, unit: 'days' }, bltths, calendar)).toBe(at('2026-12-08T17:00:00Z'));
  });

  it('moves a last day on a weekend to the next working day', () => {
    // 3 days from Wed 25 Nov end on Sat 28 Nov: the last day becomes Mon 30 Nov.
    expect(periodEnd(at('2026-11-25T09:00:00+07:00'), { amount: 3, unit: 'days' }, bltths, calendar)).toBe(at('2026-11-30T17:00:00Z'));
  });

  it('moves a last day inside Tết past the whole break', () => {
    // 20 days from Fri 15 Jan 2027 end on Thu 4 Feb, the first day of Tết: the last day is Thu 11 Feb.
    expect(periodEnd(at('2027-01-15T08:00:00+07:00'), { amount: 20, unit: 'days' }, bltths, calendar)).toBe(at('2027-02-11T17:00:00Z'));
    // 3 days from Tue 29 Dec 2026 end on Fri 1 Jan 2027 (New Year), then the weekend: Mon 4 Jan.
    expect(periodEnd(at('2026-12-29T08:00:00+07:00'), { amount: 3, unit: 'days' }, bltths, calendar)).toBe(at('2027-01-04T17:00:00Z'));
  });

  it('ends months on the same date, or the month’s last day, at 24:00 local', () => {
    // 4 months of investigation from 15 Dec 2026: Thu 15 Apr 2027 24:00.
    expect(periodEnd(at('2026-12-15T14:00:00+07:00'), { amount: 4, unit: 'months' }, bltths, calendar)).toBe(at('2027-04-15T17:00:00Z'));
    // 1 month from 31 Jan 2027: 28 Feb 2027 is a Sunday, so Mon 1 Mar.
    expect(periodEnd(at('2027-01-31T10:00:00+07:00'), { amount: 1, unit: 'months' }, bltths, calendar)).toBe(at('2027-03-01T17:00:00Z'));
    // 2 months from 30 Dec 2026: 28 Feb 2027 (no 30 Feb), a Sunday → Mon 1 Mar.
    expect(periodEnd(at('2026-12-30T10:00:00+07:00'), { amount: 2, unit: 'months' }, bltths, calendar)).toBe(at('2027-03-01T17:00:00Z'));
  });

  it('continues a period that ended at 24:00 from its last day (extensions)', () => {
    const end = at('2026-12-08T17:00:00Z'); // 8 Dec 24:00 local
    // + 20 days: 28 Dec 24:00, not 29 Dec.
    expect(periodEnd(end, { amount: 20, unit: 'days' }, bltths, calendar, 'PERIOD_END')).toBe(at('2026-12-28T17:00:00Z'));
    // + 1 month: 8 Jan 2027 24:00 (a Friday).
    expect(periodEnd(end, { amount: 1, unit: 'months' }, bltths, calendar, 'PERIOD_END')).toBe(at('2027-01-08T17:00:00Z'));
  });

  it('leaves seconds, minutes and hours as they are, and non-BLTTHS entries on their own rules', () => {
    const sat = at('2026-11-28T10:00:00+07:00');
    expect(periodEnd(sat, { amount: 90, unit: 'seconds' }, bltths, calendar)).toBe(sat + 90_000);
    expect(periodEnd(sat, { amount: 2, unit: 'hours' }, bltths, calendar)).toBe(sat + 7_200_000);
    expect(periodEnd(sat, { amount: 7, unit: 'days' }, policy, calendar)).toBe(sat + 7 * 86_400_000);
    // Law 53/2024's 3-day initial verification keeps its time of day and rolls: Sat + 3 = Tue, a working day.
    expect(periodEnd(sat, { amount: 3, unit: 'days' }, law53, calendar)).toBe(at('2026-12-01T10:00:00+07:00'));
    // An entry may say how it counts, whatever its basis.
    expect(periodEnd(sat, { amount: 1, unit: 'days' }, { ...policy, counting: 'ART_134' }, calendar)).toBe(at('2026-11-30T17:00:00Z'));
    expect(periodEnd(sat, { amount: 1, unit: 'days' }, { ...bltths, counting: 'PLAIN' }, calendar)).toBe(sat + 86_400_000);
  });
});
