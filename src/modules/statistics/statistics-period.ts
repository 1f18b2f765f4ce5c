/** The resolved query of a statistics request: a half-open period [from, to), an optional agency, and "now". */
export interface StatisticsPeriod {
  from: Date;
  to: Date;
  agencyCode: string | null;
  now: Date;
  /** `month`: add the per-month series. */
  by?: 'month';
}
