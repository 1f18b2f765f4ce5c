import type { EntityManager } from 'typeorm';
import { TipEntity } from '../tips/tip.entity';
import type { CaseEntity } from './case.entity';

/** The workflow IDs of the tip verifications that opened the case or were attached to it, oldest tip first. */
export async function tipVerificationsOf(manager: EntityManager, row: Pick<CaseEntity, 'id' | 'originTipId'>): Promise<string[]> {
  const query = manager
    .createQueryBuilder(TipEntity, 't')
    .where('t.case_id = :caseId', { caseId: row.id })
    .orderBy('t.received_at', 'ASC')
    .addOrderBy('t.id', 'ASC');
  if (row.originTipId) query.orWhere('t.id = :originTipId', { originTipId: row.originTipId });
  return (await query.getMany()).filter((t) => t.status !== 'PENDING_START').map((t) => t.workflowId);
}
