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
