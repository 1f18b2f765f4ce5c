import { AT_RISK_RATIO } from '../../domain/due-state/at-risk-ratio';
import type { DueState } from '../../domain/due-state/due-state';

/**
 * `dueStateOf` (src/domain/due-state) written as SQL over a `tasks` row (aliased `t` unless told), for an OPEN or
 * CLAIMED task: the lists filter and the summaries count with it, so a count equals its list. The ratio is the
 * domain's constant.
 */
const when = (t: string): Record<DueState, string> => ({
  PAUSED: `${t}.suspended_at IS NOT NULL OR (${t}.internal_pause_since IS NOT NULL AND ${t}.due_at >= now())`,
  OVERDUE: `${t}.suspended_at IS NULL AND ${t}.due_at < now()`,
  AT_RISK: `${t}.suspended_at IS NULL AND ${t}.internal_pause_since IS NULL AND ${t}.due_at >= now()
    AND now() >= ${t}.created_at + (${t}.due_at - ${t}.created_at) * ${AT_RISK_RATIO}`,
  ON_TIME: `${t}.suspended_at IS NULL AND ${t}.internal_pause_since IS NULL AND ${t}.due_at >= now()
    AND now() < ${t}.created_at + (${t}.due_at - ${t}.created_at) * ${AT_RISK_RATIO}`,
});
const WHEN = when('t');

export const dueStateSql = {
  /** The condition that an open task is in `state` (combine with the open-status condition). */
  is: (state: DueState, alias = 't'): string => `(${when(alias)[state]})`,
  /** The state of an open task as a column. */
  column: `CASE WHEN ${WHEN.PAUSED} THEN 'PAUSED' WHEN ${WHEN.OVERDUE} THEN 'OVERDUE' WHEN ${WHEN.AT_RISK} THEN 'AT_RISK' ELSE 'ON_TIME' END`,
};
