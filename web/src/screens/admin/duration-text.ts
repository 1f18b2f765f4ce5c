import { useLabels } from '../../session/use-labels';

/** "20 ngày", "4 tháng": the amount and the API's word for its unit. */
export function useDurationText(): (duration: { amount: number; unit: string } | undefined) => string {
  const label = useLabels();
  return (duration) => (duration ? `${duration.amount.toLocaleString('vi-VN')} ${label('durationUnits', duration.unit)}` : '');
}
