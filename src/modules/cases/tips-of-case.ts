import type { EntityManager } from 'typeorm';
import { TipEntity } from '../tips/tip.entity';
import type { CaseEntity } from './case.entity';

/** The tips that opened the case or were attached to it, oldest received first. */
export async function tipsOfCase(manager: EntityManager, row: Pick<CaseEntity, 'id' | 'originTipId'>): Promise<TipEntity[]> {
  const query = manager
    .createQueryBuilder(TipEntity, 't')
    .where('t.case_id = :caseId', { caseId: row.id })
    .orderBy('t.received_at', 'ASC')
    .addOrderBy('t.id', 'ASC');
  if (row.originTipId) query.orWhere('t.id = :originTipId', { originTipId: row.originTipId });
  return query.getMany();
}
