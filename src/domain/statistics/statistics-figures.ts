import type { SupportKind } from '../reception/support-kind';
import type { ProgrammeKpi } from './programme-kpi';

/** Median and 90th percentile of a duration over the period, in days; null when nothing was measured. */
export interface DurationFigure {
  count: number;
  medianDays: number | null;
  p90Days: number | null;
}

/** Administrative buckets: đang giải quyết (trong hạn / quá hạn) and đã giải quyết (đúng hạn / quá hạn). */
export interface AgencyDeadlineFigure {
  agencyCode: string;
  openInTime: number;
  openOverdue: number;
  closedOnTime: number;
  closedLate: number;
}

export interface OpenEscalationFigure {
  level: number;
  target: string;
  agencyCode: string;
  count: number;
}

/** The statistics of processes.md §5 for one period (and optionally one agency), as the projections hold them. */
export interface StatisticsFigures {
  from: string;
  to: string;
  agencyCode: string | null;
  computedAt: string;
  tips: { received: number; resolved: number; resolvedOnTime: number; resolvedLate: number; confirmed: number; unfounded: number };
  victims: { identified: number; supported: { kind: SupportKind; count: number }[] };
  rescues: { carriedOut: number; personsRescued: number };
  prosecution: { casesProsecuted: number; casesTried: number; convicted: number };
  deadlinesByAgency: AgencyDeadlineFigure[];
  durations: { toVerify: DurationFigure; toRescue: DurationFigure; toRepatriate: DurationFigure; toIndictment: DurationFigure };
  openEscalations: OpenEscalationFigure[];
  kpis: ProgrammeKpi[];
  /** Per calendar month of the period, when asked for (`by=month`). */
  series?: MonthFigures[];
}

/** One month of the period: deadline compliance of the work closed in it, and the durations that ended in it. */
export interface MonthFigures {
  month: string;
  from: string;
  to: string;
  closedOnTime: number;
  closedLate: number;
  compliancePercent: number | null;
  durations: StatisticsFigures['durations'];
}
