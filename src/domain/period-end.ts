import { addDuration } from './add-duration';
import type { DeadlineCatalogueEntry } from './deadline-catalogue';
import type { Duration } from './duration';
import { isWorkingDay, rollToWorkingDay, WorkingCalendar } from './working-calendar';

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
const CALENDAR_UNITS: ReadonlyArray<Duration['unit']> = ['days', 'workingDays', 'months'];

export type CountingEntry = Pick<DeadlineCatalogueEntry, 'legalBasis' | 'counting' | 'rollOverNonWorkingDay'>;

/** Whether BLTTHS 2015 art. 134 governs the entry: said explicitly (version 3 on) or read from its legal basis. */
export function countsByArticle134(entry: CountingEntry): boolean {
  return entry.counting ? entry.counting === 'ART_134' : /^BLTTHS\b/.test(entry.legalBasis);
}

/** Local midnight (UTC+7) that begins the day containing `ms`. */
export function startOfLocalDay(ms: number): number {
  return Math.floor((ms + VIETNAM_OFFSET_MS) / DAY_MS) * DAY_MS - VIETNAM_OFFSET_MS;
}

/**
 * THE due instant of a period: every deadline (creation, extension, charge change, tier ceilings) comes from here.
 *
 * Art. 134 periods in days or months end at 24:00 local of their last day (so 20 days from 18 Nov 10:00 end on
 * 8 Dec 24:00 = 2026-12-08T17:00Z), and a last day that is a weekend or public holiday gives way to the next working
 * day. `from: 'PERIOD_END'` continues a period that ended at 24:00 (an extension): its last day, not the next one,
 * is day zero. Seconds, minutes and hours (test catalogues, policy hour limits) are added as they are.
 */
export function periodEnd(
  start: number,
  duration: Duration,
  entry: CountingEntry,
  calendar: WorkingCalendar,
  from: 'INSTANT' | 'PERIOD_END' = 'INSTANT',
): number {
  if (!countsByArticle134(entry) || !CALENDAR_UNITS.includes(duration.unit)) {
    const due = addDuration(start, duration, calendar);
    return entry.rollOverNonWorkingDay ? rollToWorkingDay(due, calendar) : due;
  }
  const dayZero = startOfLocalDay(from === 'PERIOD_END' ? start - 1 : start);
  let end = addDuration(dayZero, duration, calendar) + DAY_MS;
  while (!isWorkingDay(end - 1, calendar)) end += DAY_MS;
  return end;
}
