/** Whole-day bounds of a period: picked and shown as days in the province (UTC+7), sent to the API as instants. */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The province's calendar day (YYYY-MM-DD) of an instant; `to` bounds are exclusive, so their day is the one before. */
export function provinceDay(iso: string | undefined, bound: 'from' | 'to'): string | null {
  const time = Date.parse(iso ?? '');
  if (Number.isNaN(time)) return null;
  return new Date(time + 7 * HOUR - (bound === 'to' ? 1 : 0)).toISOString().slice(0, 10);
}

/** A picked day as the API's instant: its start in UTC+7, or for `to` the start of the next day (received before it). */
export function boundOf(day: string, bound: 'from' | 'to'): string {
  if (bound === 'from') return `${day}T00:00:00+07:00`;
  return `${new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10)}T00:00:00+07:00`;
}
