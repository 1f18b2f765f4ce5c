/** The province's offset from UTC: Vietnam keeps UTC+7 all year (no daylight saving). */
const PROVINCE_OFFSET_MINUTES = 7 * 60;

/**
 * An instant (epoch ms or Date) as ISO 8601 in the province's local time with its offset, for clients that display
 * it (`2026-12-08T17:00:00.000Z` → `2026-12-09T00:00:00+07:00`); the same instant as `toIso`. Null stays null.
 */
export function toLocalIso(at: Date | number | null | undefined): string | null {
  if (at == null) return null;
  const ms = new Date(at).getTime();
  if (Number.isNaN(ms)) return null;
  const shifted = new Date(ms + PROVINCE_OFFSET_MINUTES * 60_000).toISOString();
  const millis = shifted.slice(19, 23);
  const sign = PROVINCE_OFFSET_MINUTES >= 0 ? '+' : '-';
  const abs = Math.abs(PROVINCE_OFFSET_MINUTES);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  // Whole seconds read as people write them; sub-second precision is kept when there is any.
  return `${shifted.slice(0, 19)}${millis === '.000' ? '' : millis}${offset}`;
}
