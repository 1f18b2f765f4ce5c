/**
 * The date inputs show and accept dd/MM/yyyy HH:mm in the province's time; Mantine keeps `YYYY-MM-DD HH:mm:ss`.
 * Both read as the province's wall clock (UTC+7), whatever zone the computer is set to.
 */
export function parseProvinceInput(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?\s*$/.exec(text);
  if (!match) return null;
  const [, day, month, year, hour = '0', minute = '00'] = match;
  const [d, m, h, min] = [Number(day), Number(month), Number(hour), Number(minute)];
  const probe = new Date(Date.UTC(Number(year), m - 1, d));
  if (probe.getUTCDate() !== d || probe.getUTCMonth() !== m - 1 || h > 23 || min > 59) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(min)}:00`;
}

/** `2026-11-28 09:00:00` (the province's wall clock) as an instant: `2026-11-28T09:00:00+07:00`. */
export function provinceInputToInstant(value: string): string {
  const [date, time = '00:00:00'] = value.trim().split(/[ T]/);
  return `${date}T${time.length === 5 ? `${time}:00` : time}+07:00`;
}
