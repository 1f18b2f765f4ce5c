import { toLocalIso } from '../../common/to-local-iso';
import { tipAccess } from '../../domain/access/access-rules';
import type { Viewer } from '../../domain/access/viewer';
import type { TaskRecordsRepository } from '../records/task-records.repository';
import type { TipEntity } from '../tips/tip.entity';
import type { CaseTipDto } from './dto/case-tip.dto';

/**
 * The case's tips this reader may read, by the tip page's own rule (coordinators; the agencies working on its
 * verification), the one that opened the case first: what was reported, where and when.
 */
export async function caseTips(
  records: TaskRecordsRepository,
  tips: readonly TipEntity[],
  originTipId: string | null,
  viewer: Viewer,
): Promise<CaseTipDto[]> {
  const readable = await Promise.all(
    tips.map(async (tip) => (tipAccess(viewer, await records.agenciesInProcess(tip.workflowId)) === 'NONE' ? null : tip)),
  );
  return readable
    .filter((tip): tip is TipEntity => tip !== null)
    .sort((a, b) => Number(b.id === originTipId) - Number(a.id === originTipId))
    .map((tip) => ({
      reference: tip.reference,
      processId: tip.workflowId,
      origin: tip.id === originTipId,
      summary: tip.summary,
      location: tip.location,
      channel: tip.channel,
      receivedAt: tip.receivedAt.toISOString(),
      receivedAtLocal: toLocalIso(tip.receivedAt)!,
    }));
}
