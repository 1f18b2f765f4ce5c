import { addDuration } from './add-duration';

describe('addDuration', () => {
  const at = (iso: string) => Date.parse(iso);

  it('adds fixed units exactly', () => {
    expect(addDuration(at('2026-03-01T00:00:00Z'), { amount: 20, unit: 'days' })).toBe(at('2026-03-21T00:00:00Z'));
    expect(addDuration(0, { amount: 90, unit: 'seconds' })).toBe(90_000);
  });

  it('counts months on the calendar in Viet Nam time, clamping to the month end', () => {
    // 31 January 10:00 in Hà Nội + 1 month = 28 February 10:00 (2026 is not a leap year).
    expect(addDuration(at('2026-01-31T03:00:00Z'), { amount: 1, unit: 'months' })).toBe(at('2026-02-28T03:00:00Z'));
    expect(addDuration(at('2026-03-31T16:30:00Z'), { amount: 2, unit: 'months' })).toBe(at('2026-05-31T16:30:00Z'));
    // 00:30 on 1 April in Hà Nội is 17:30Z on 31 March: the local date decides, so the result is 1 June local.
    expect(addDuration(at('2026-03-31T17:30:00Z'), { amount: 2, unit: 'months' })).toBe(at('2026-05-31T17:30:00Z'));
    expect(addDuration(at('2027-12-15T00:00:00Z'), { amount: 4, unit: 'months' })).toBe(at('2028-04-15T00:00:00Z'));
  });
});
