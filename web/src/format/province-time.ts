/**
 * The province keeps UTC+7 all year. Date inputs hold a wall time in the province as Mantine's naive
 * `YYYY-MM-DD HH:mm:ss` string; the API takes and gives instants. The conversions add or take the 7 hours explicitly,
 * so the browser's own time zone never enters.
 */
const OFFSET_MS = 7 * 3600_000;

/** An instant (any ISO offset) as the province's wall time, `YYYY-MM-DD HH:mm:ss`; null when it is no date. */
export function instantToProvinceWall(iso: string | null | undefined): string | null {
  const time = Date.parse(iso ?? '');
  if (Number.isNaN(time)) return null;
  return new Date(time + OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** The province's wall time (`YYYY-MM-DD HH:mm[:ss]`) as an instant, `…Z`; null when it is no date. */
export function provinceWallToInstant(wall: string | null | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wall ?? '');
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '00'] = match;
  const time = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second) - OFFSET_MS;
  const instant = new Date(time + OFFSET_MS);
  // 31/02 and 24:61 roll over in Date.UTC: refuse them rather than move to another day.
  if (instant.getUTCDate() !== +day || instant.getUTCMonth() !== +month - 1 || instant.getUTCHours() !== +hour || instant.getUTCMinutes() !== +minute)
    return null;
  return new Date(time).toISOString();
}

/** What a user types, `dd/MM/yyyy HH:mm` (one-digit day, month or hour allowed), as a wall time; null until complete. */
export function parseTypedDateTime(typed: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})\s*$/.exec(typed);
  if (!match) return null;
  const [, day, month, year, hour, minute] = match;
  const wall = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')} ${hour.padStart(2, '0')}:${minute}:00`;
  return provinceWallToInstant(wall) ? wall : null;
}

/** What a user types, `dd/MM/yyyy`, as `YYYY-MM-DD`; null until complete or when no such day exists. */
export function parseTypedDate(typed: string): string | null {
  const wall = parseTypedDateTime(`${typed.trim()} 00:00`);
  return wall ? wall.slice(0, 10) : null;
}

/**
 * Now as the province's wall time (`YYYY-MM-DD HH:mm:ss`): the latest value of a "when was it decided" input. Mantine
 * compares its bounds as wall times, so a bound taken from the browser's clock in another zone would refuse the
 * province's today in the hours its day is ahead.
 */
export function provinceNowWall(now: number = Date.now()): string {
  return instantToProvinceWall(new Date(now).toISOString())!;
}
