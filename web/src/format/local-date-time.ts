/**
 * The API's `*Local` fields are ISO date-times already in the province's time (UTC+7), e.g.
 * 2026-11-28T08:00:00+07:00: shown as 28/11/2026 08:00 without any time-zone arithmetic in the browser.
 */
export function formatLocalDateTime(local: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local ?? '');
  if (!match) return '';
  const [, year, month, day, hour, minute] = match;
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

/** Today's calendar date in the province, whatever the computer's own zone. */
export function provinceToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `2026-11-28T08:00`: now in the province, for a datetime-local input. */
export function provinceNowForInput(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 16);
}

/** An instant (any ISO offset) as dd/MM/yyyy HH:mm in the province, for fields that have no `*Local` twin. */
export function formatInstant(iso: string | null | undefined): string {
  const time = Date.parse(iso ?? '');
  return Number.isNaN(time) ? '' : formatLocalDateTime(new Date(time + 7 * 3600_000).toISOString());
}

/**
 * A period counted in days ends at 24:00 of its last day (BLTTHS art. 134), which the API gives as 00:00 of the day
 * after: shown as "hết ngày" of the last day, not as a time on a day the period no longer covers.
 */
export function deadlineDay(dueAtLocal: string): { day: string; endOfDay: boolean } {
  const day = dueAtLocal.slice(0, 10);
  if (dueAtLocal.slice(11, 16) !== '00:00') return { day, endOfDay: false };
  const previous = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { day: previous, endOfDay: true };
}

export const formatDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
