/**
 * The targets of the national programme (Decision 193/QĐ-TTg, plan 19/KH-BCĐ138/CP): every tip received and taken up,
 * more than 90 % resolved; 95 % of cases prosecuted, 90 % tried. Legal-deadline compliance has no programme target.
 */
export type KpiKey = 'tipsReceived' | 'tipsResolved' | 'casesProsecuted' | 'casesTried' | 'deadlineCompliance';
export type KpiComparison = 'AT_LEAST' | 'MORE_THAN';

export interface ProgrammeKpi {
  key: KpiKey;
  numerator: number;
  denominator: number;
  /** numerator / denominator in percent, one decimal; null when there is nothing to measure. */
  percent: number | null;
  targetPercent: number | null;
  comparison: KpiComparison | null;
  /** null when there is no target or nothing to measure. */
  met: boolean | null;
}

export const KPI_TARGETS: Record<KpiKey, { targetPercent: number; comparison: KpiComparison } | null> = {
  tipsReceived: { targetPercent: 100, comparison: 'AT_LEAST' },
  tipsResolved: { targetPercent: 90, comparison: 'MORE_THAN' },
  casesProsecuted: { targetPercent: 95, comparison: 'AT_LEAST' },
  casesTried: { targetPercent: 90, comparison: 'AT_LEAST' },
  deadlineCompliance: null,
};

export function programmeKpi(key: KpiKey, numerator: number, denominator: number): ProgrammeKpi {
  const target = KPI_TARGETS[key];
  const percent = denominator > 0 ? Math.round((numerator / denominator) * 1000) / 10 : null;
  // Judged on the exact ratio, not the rounded one: 899 of 1000 is not "more than 90 %".
  const exact = denominator > 0 ? (numerator / denominator) * 100 : null;
  const met =
    target === null || exact === null ? null : target.comparison === 'AT_LEAST' ? exact >= target.targetPercent : exact > target.targetPercent;
  return { key, numerator, denominator, percent, targetPercent: target?.targetPercent ?? null, comparison: target?.comparison ?? null, met };
}
