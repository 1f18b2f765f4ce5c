import { AT_RISK_RATIO } from './at-risk-ratio';

/**
 * The instant (epoch ms) a task becomes at risk, where its reminder fires: AT_RISK_RATIO of the time between its
 * creation and its deadline (from creation, not from the legal start, so a tip typed in late still gets its reminder
 * before the deadline).
 */
export function atRiskFrom(task: { createdAt: number; dueAt: number }): number {
  return task.createdAt + Math.floor((task.dueAt - task.createdAt) * AT_RISK_RATIO);
}
