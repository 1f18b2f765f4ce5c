import type { Duration } from './duration';

/**
 * The bounds of a POLICY period a publisher may set (docs/deadlines.md): at least an hour — nothing shorter can be
 * acted on by a person, and the shortest policy today is 2 hours — and at most a year, beyond which a "deadline" no
 * longer drives any work. LAW periods are not bounded here: they equal their statute.
 */
export const POLICY_PERIOD_BOUNDS: Readonly<{ min: Duration; max: Duration }> = {
  min: { amount: 1, unit: 'hours' },
  max: { amount: 366, unit: 'days' },
};
