import { addDuration } from './add-duration';
import { addWorkingDays, isWorkingDay, rollToWorkingDay } from './working-calendar';

// Tết Bính Ngọ 2026: Monday 16 to Friday 20 February (the official break runs from Saturday 14 to Sunday 22).
const calendar = { holidays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'] };
const at = (iso: string) => Date.parse(iso);

describe('working calendar', () => {
  it('knows weekends and holidays in Viet Nam time', () => {
    expect(isWorkingDay(at('2026-02-13T02:00:00Z'), calendar)).toBe(true); // Friday
    expect(isWorkingDay(at('2026-02-14T02:00:00Z'), calendar)).toBe(false); // Saturday
    expect(isWorkingDay(at('2026-02-17T02:00:00Z'), calendar)).toBe(false); // Tết
    // 23:30 on Friday 13 Feb UTC is Saturday 06:30 in Hà Nội.
    expect(isWorkingDay(at('2026-02-13T23:30:00Z'), calendar)).toBe(false);
  });

  it('counts working days across Tết', () => {
    // From Thursday 12 Feb: Fri 13 (1), then Mon 23 (2), Tue 24 (3).
    expect(addWorkingDays(at('2026-02-12T02:00:00Z'), 3, calendar)).toBe(at('2026-02-24T02:00:00Z'));
    expect(addDuration(at('2026-02-12T02:00:00Z'), { amount: 3, unit: 'workingDays' }, calendar)).toBe(at('2026-02-24T02:00:00Z'));
  });

  it('moves a period ending on a holiday to the next working day', () => {
    expect(rollToWorkingDay(at('2026-02-18T02:00:00Z'), calendar)).toBe(at('2026-02-23T02:00:00Z'));
    expect(rollToWorkingDay(at('2026-02-12T02:00:00Z'), calendar)).toBe(at('2026-02-12T02:00:00Z'));
  });
});
