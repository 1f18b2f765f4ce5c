import type { drillDown } from './drill-down';

/** A list a dashboard number opens (typed route and search params). */
export type DrillDownLink = ReturnType<(typeof drillDown)[keyof typeof drillDown]>;
