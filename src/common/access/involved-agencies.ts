import { EntityManager } from 'typeorm';
import { TaskEntity } from '../../modules/tasks/task.entity';
import { TipEntity } from '../../modules/tips/tip.entity';

const distinct = (codes: string[]) => [...new Set(codes)];

/**
 * The agencies involved in a process: those that have or had a task in it (a completed task stays in the table)
 * and, for a tip's verification, the investigating agency named on the tip.
 */
export async function agenciesInvolvedInProcess(manager: EntityManager, processId: string): Promise<string[]> {
  const [tasks, tips] = await Promise.all([
    manager.find(TaskEntity, { select: { agencyCode: true }, where: { processId } }),
    manager.find(TipEntity, { select: { investigatingAgencyCode: true }, where: { workflowId: processId } }),
  ]);
  return distinct([...tasks.map((t) => t.agencyCode), ...tips.map((t) => t.investigatingAgencyCode)]);
}

/**
 * The agencies involved in a case: those that have or had a task in any of its processes, and the investigating
 * agency of every tip it carries (the one that opened it included).
 */
export async function agenciesInvolvedInCase(manager: EntityManager, kase: { id: string; originTipId: string | null }): Promise<string[]> {
  const [tasks, tips] = await Promise.all([
    manager.find(TaskEntity, { select: { agencyCode: true }, where: { caseId: kase.id } }),
    manager.find(TipEntity, {
      select: { investigatingAgencyCode: true },
      where: [{ caseId: kase.id }, ...(kase.originTipId ? [{ id: kase.originTipId }] : [])],
    }),
  ]);
  return distinct([...tasks.map((t) => t.agencyCode), ...tips.map((t) => t.investigatingAgencyCode)]);
}
