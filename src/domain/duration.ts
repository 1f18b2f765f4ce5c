export type DurationUnit = 'seconds' | 'minutes' | 'hours' | 'days' | 'workingDays' | 'months';

/** A length of time as the law states it ("20 days", "2 months"); months are calendar months, not 30 days. */
export interface Duration {
  amount: number;
  unit: DurationUnit;
}

export const DURATION_UNITS: readonly DurationUnit[] = ['seconds', 'minutes', 'hours', 'days', 'workingDays', 'months'];
