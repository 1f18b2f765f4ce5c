import type { WorkingCalendar } from './working-calendar';

const localYear = (ms: number) => new Date(ms + 7 * 3_600_000).getUTCFullYear();

/**
 * Years a period from `start` to `end` passes through whose holidays are not published: there a day off is unknown,
 * so the deadline may be wrong. Empty when the calendar does not track published years (older snapshots).
 */
export function unpublishedYears(start: number, end: number, calendar: WorkingCalendar): number[] {
  if (!calendar.publishedYears) return [];
  const missing: number[] = [];
  for (let year = localYear(start); year <= localYear(end - 1); year++) if (!calendar.publishedYears.includes(year)) missing.push(year);
  return missing;
}
