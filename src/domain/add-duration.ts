import { Duration } from './duration';
import { addWorkingDays, WorkingCalendar } from './working-calendar';

/** Viet Nam has no daylight saving: local time is always UTC+7, so calendar arithmetic shifts by a constant. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const MS_PER: Record<Exclude<Duration['unit'], 'months' | 'workingDays'>, number> = {
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
};

/** Adds a duration to an instant (epoch ms); days and months are counted on the Vietnamese calendar. */
export function addDuration(startMs: number, duration: Duration, calendar: WorkingCalendar = { holidays: [] }): number {
  if (duration.unit === 'workingDays') return addWorkingDays(startMs, duration.amount, calendar);
  if (duration.unit !== 'months') return startMs + duration.amount * MS_PER[duration.unit];
  const local = new Date(startMs + VIETNAM_OFFSET_MS);
  const day = local.getUTCDate();
  local.setUTCDate(1);
  local.setUTCMonth(local.getUTCMonth() + duration.amount);
  // "one month from 31 January" ends on the last day of February, not in March.
  const lastDay = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  local.setUTCDate(Math.min(day, lastDay));
  return local.getTime() - VIETNAM_OFFSET_MS;
}
