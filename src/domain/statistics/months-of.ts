const PROVINCE_OFFSET_MS = 7 * 3600 * 1000;

export interface MonthSlice {
  /** The calendar month in the province (UTC+7), e.g. 2026-11. */
  month: string;
  from: Date;
  to: Date;
}

/**
 * The calendar months (UTC+7) a half-open period [from, to) touches, each cut to the period: a period from the 15th
 * has a first slice from the 15th, so the slices add up to the period exactly.
 */
export function monthsOf(from: Date, to: Date): MonthSlice[] {
  const slices: MonthSlice[] = [];
  const local = new Date(from.getTime() + PROVINCE_OFFSET_MS);
  let year = local.getUTCFullYear();
  let month = local.getUTCMonth();
  let start = from;
  while (start < to) {
    const next = new Date(Date.UTC(year, month + 1, 1) - PROVINCE_OFFSET_MS);
    const end = next < to ? next : to;
    slices.push({ month: `${year}-${String(month + 1).padStart(2, '0')}`, from: start, to: end });
    start = end;
    month += 1;
    if (month === 12) [year, month] = [year + 1, 0];
  }
  return slices;
}
