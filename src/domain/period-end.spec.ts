import { PUBLISHED_CLOCK, TEST_TODAY, todayAt } from '../../test/support/test-today';
import { addDuration } from './add-duration';
import type { DeadlineCatalogueEntry } from './deadline-catalogue';
import { periodEnd, startOfLocalDay } from './period-end';
import { unpublishedYears } from './unpublished-years';
import { isWorkingDay, localDate } from './working-calendar';

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

describe('periodEnd: a date matrix on the calendar as published (2026–2028, 2029 on unpublished)', () => {
  const { calendar: published } = PUBLISHED_CLOCK;
  const days = (amount: number) => ({ amount, unit: 'days' as const });
  const months = (amount: number) => ({ amount, unit: 'months' as const });
  const end = (start: string, duration: { amount: number; unit: 'days' | 'months' }) =>
    new Date(periodEnd(at(start), duration, bltths, published)).toISOString();

  it.each([
    ['the last day of a 31-day month, a Thursday', '2026-12-28T10:00:00+07:00', days(3), '2026-12-31T17:00:00.000Z'],
    // 30 April (Reunification Day), 1 May, the weekend, 3 May (compensatory): Tuesday 4 May.
    ['one month from the 31st onto 30 April, five days off', '2027-03-31T10:00:00+07:00', months(1), '2027-05-04T17:00:00.000Z'],
    // A Friday last day ends at 24:00 Friday, which is the instant Saturday 00:00: nothing to roll over.
    ['a Friday', '2026-12-10T15:00:00+07:00', days(1), '2026-12-11T17:00:00.000Z'],
    ['the eve of Tết 2027, a working day', '2027-01-31T10:00:00+07:00', days(3), '2027-02-03T17:00:00.000Z'],
    ['one day later, the first day of Tết 2027: after the whole break', '2027-01-31T10:00:00+07:00', days(4), '2027-02-11T17:00:00.000Z'],
    ['the eve of Tết 2028', '2028-01-23T10:00:00+07:00', days(1), '2028-01-24T17:00:00.000Z'],
    ['into Tết 2028 (25–31 January): Tuesday 1 February', '2028-01-23T10:00:00+07:00', days(2), '2028-02-01T17:00:00.000Z'],
    ['29 February 2028, one month from 29 January', '2028-01-29T10:00:00+07:00', months(1), '2028-02-29T17:00:00.000Z'],
    ['29 February 2028, one month from 31 January', '2028-01-31T10:00:00+07:00', months(1), '2028-02-29T17:00:00.000Z'],
    ['12 months from 29 February: 28 February 2029', '2028-02-29T10:00:00+07:00', months(12), '2029-02-28T17:00:00.000Z'],
    ['the last working day of 2029, a year not published', '2029-12-11T10:00:00+07:00', days(20), '2029-12-31T17:00:00.000Z'],
  ])('%s', (_, start, duration, expected) => {
    expect(end(start, duration)).toBe(expected);
  });

  it('flags a period reaching a year whose holidays are not published, where a day off may be unknown', () => {
    const start = at('2029-12-29T10:00:00+07:00');
    // 1 January 2030 is New Year's Day in law, but 2030 is not published: the period ends on it and says so.
    const due = periodEnd(start, days(3), bltths, published);
    expect(new Date(due).toISOString()).toBe('2030-01-01T17:00:00.000Z');
    expect(unpublishedYears(start, due, published)).toEqual([2029, 2030]);
    expect(
      unpublishedYears(at('2028-12-01T10:00:00+07:00'), periodEnd(at('2028-12-01T10:00:00+07:00'), days(20), bltths, published), published),
    ).toEqual([]);
  });
});

describe(`periodEnd from "today" (TEST_TODAY=${TEST_TODAY})`, () => {
  const { calendar: published } = PUBLISHED_CLOCK;
  const lengths = [
    { amount: 1, unit: 'days' as const },
    { amount: 3, unit: 'days' as const },
    { amount: 20, unit: 'days' as const },
    { amount: 30, unit: 'days' as const },
    { amount: 1, unit: 'months' as const },
    { amount: 2, unit: 'months' as const },
    { amount: 4, unit: 'months' as const },
  ];

  it.each(['00:00', '10:00', '23:59'])('ends every period at 24:00 of a working last day, the first one on or after the counted day (%s)', (time) => {
    const start = todayAt(time);
    for (const duration of lengths) {
      const due = periodEnd(start, duration, bltths, published);
      const counted = localDate(addDuration(startOfLocalDay(start), duration));
      const lastDay = due - 1;
      expect(startOfLocalDay(due)).toBe(due); // 24:00 local
      expect(isWorkingDay(lastDay, published)).toBe(true);
      expect(localDate(lastDay) >= counted).toBe(true);
      // Every day between the counted day and the last day is a day off: nothing lawful was skipped.
      for (let day = startOfLocalDay(lastDay) - 86_400_000; localDate(day) >= counted; day -= 86_400_000)
        expect(isWorkingDay(day, published)).toBe(false);
    }
  });
});
