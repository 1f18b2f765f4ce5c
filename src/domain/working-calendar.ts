/** Public holidays (local dates, YYYY-MM-DD), Tết included: data, published by the administrator each year. */
export interface WorkingCalendar {
  holidays: readonly string[];
  /**
   * Years whose holidays are published. A year missing here has no holiday data, so a deadline reaching it may fall
   * on an unknown day off: tasks say so (calendarIncomplete). Absent: not tracked (old snapshots).
   */
  publishedYears?: readonly number[];
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

export const localDate = (ms: number) => new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);

/** Saturdays, Sundays and public holidays are not working days for the agencies. */
export function isWorkingDay(ms: number, calendar: WorkingCalendar): boolean {
  const weekday = new Date(ms + VIETNAM_OFFSET_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.includes(localDate(ms));
}

/** Adds working days one by one, skipping weekends and holidays; the time of day is kept. */
export function addWorkingDays(startMs: number, days: number, calendar: WorkingCalendar): number {
  let at = startMs;
  for (let added = 0; added < days;) {
    at += DAY_MS;
    if (isWorkingDay(at, calendar)) added++;
  }
  return at;
}

/** A period whose last day is not a working day ends on the next working day (BLTTHS 2015 art. 134; Law 53/2024 art. 27(2)). */
export function rollToWorkingDay(ms: number, calendar: WorkingCalendar): number {
  let at = ms;
  while (!isWorkingDay(at, calendar)) at += DAY_MS;
  return at;
}
