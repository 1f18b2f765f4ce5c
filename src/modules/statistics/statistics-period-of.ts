import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../domain/error-code';
import { monthsOf } from '../../domain/statistics/months-of';
import type { StatisticsQueryDto } from './dto/statistics-query.dto';
import type { StatisticsPeriod } from './statistics-period';

const PROVINCE_OFFSET_MS = 7 * 3600 * 1000;
/** Ten years: a period the indexes answer quickly and any report asks for. */
/** Each month is its own set of queries: three years of months is a chart one can still read. */
const MAX_SERIES_MONTHS = 36;
const MAX_SPAN_MS = 3660 * 24 * 3600 * 1000;

/** The period a query asks for: the current month (UTC+7) to now by default, from before to, at most ten years. */
export function statisticsPeriodOf(q: StatisticsQueryDto, now = new Date()): StatisticsPeriod {
  const local = new Date(now.getTime() + PROVINCE_OFFSET_MS);
  const monthStart = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - PROVINCE_OFFSET_MS);
  const from = q.from ? new Date(q.from) : monthStart;
  const to = q.to ? new Date(q.to) : now;
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to)
    throw new AppException(ErrorCode.VALIDATION_FAILED, '`from` must be an instant before `to`');
  if (to.getTime() - from.getTime() > MAX_SPAN_MS) throw new AppException(ErrorCode.VALIDATION_FAILED, 'The period may span at most ten years');
  if (q.by === 'month' && monthsOf(from, to).length > MAX_SERIES_MONTHS)
    throw new AppException(ErrorCode.VALIDATION_FAILED, `A per-month series covers at most ${MAX_SERIES_MONTHS} months`);
  return { from, to, agencyCode: q.agencyCode ?? null, now, ...(q.by ? { by: q.by } : {}) };
}
