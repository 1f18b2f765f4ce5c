import { unpublishedYears } from './unpublished-years';

describe('unpublishedYears', () => {
  const calendar = { holidays: [], publishedYears: [2026, 2027, 2028] };
  it('names the years a period passes through without published holidays', () => {
    // A 16-month investigation from Dec 2027 ends in April 2029.
    expect(unpublishedYears(Date.parse('2027-12-10T03:00:00Z'), Date.parse('2029-04-10T17:00:00Z'), calendar)).toEqual([2029]);
    expect(unpublishedYears(Date.parse('2026-11-18T03:00:00Z'), Date.parse('2026-12-08T17:00:00Z'), calendar)).toEqual([]);
    // Ending on 31 Dec 2028 at 24:00 local is still 2028.
    expect(unpublishedYears(Date.parse('2028-12-01T03:00:00Z'), Date.parse('2028-12-31T17:00:00Z'), calendar)).toEqual([]);
  });

  it('says nothing when the calendar does not track years (older snapshots)', () => {
    expect(unpublishedYears(0, Date.parse('2040-01-01T00:00:00Z'), { holidays: [] })).toEqual([]);
  });
});
