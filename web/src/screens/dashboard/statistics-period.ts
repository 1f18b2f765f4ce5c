export type PeriodKind = 'month' | 'quarter' | 'halfYear' | 'year';
export const PERIOD_KINDS: PeriodKind[] = ['month', 'quarter', 'halfYear', 'year'];

const MONTHS_BACK: Record<PeriodKind, (month: number) => number> = {
  month: () => 0,
  quarter: (month) => month % 3,
  halfYear: () => 5,
  year: (month) => month,
};

const provinceMidnight = (year: number, month: number) =>
  new Date(`${new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10)}T00:00:00+07:00`).toISOString();

/**
 * Whole calendar months in the province (UTC+7), ending with the current month: this month, this quarter, the last
 * six months, this year. A fixed end (the 1st of next month) keeps the figures the same when asked again.
 */
export function statisticsPeriod(kind: PeriodKind, now = new Date()): { from: string; to: string } {
  const local = new Date(now.getTime() + 7 * 3600_000);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  return { from: provinceMidnight(year, month - MONTHS_BACK[kind](month)), to: provinceMidnight(year, month + 1) };
}

/**
 * Whole days in the province from the first day's 00:00 to the end of the last day (00:00 of the day after), for two
 * dates YYYY-MM-DD; null unless the first is on or before the last.
 */
export function customPeriod(firstDay: string | null, lastDay: string | null): { from: string; to: string } | null {
  if (!firstDay || !lastDay || firstDay > lastDay) return null;
  const dayAfter = new Date(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    from: new Date(`${firstDay}T00:00:00+07:00`).toISOString(),
    to: new Date(`${dayAfter}T00:00:00+07:00`).toISOString(),
  };
}

/** Calendar months a period touches in the province: the API draws a per-month series up to 36 of them. */
export function monthsSpanned(period: { from: string; to: string }): number {
  const local = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000);
  const from = local(period.from);
  const last = local(new Date(Date.parse(period.to) - 1).toISOString());
  return (last.getUTCFullYear() - from.getUTCFullYear()) * 12 + last.getUTCMonth() - from.getUTCMonth() + 1;
}
