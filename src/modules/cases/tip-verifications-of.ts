import type { TipEntity } from '../tips/tip.entity';

/** The workflow IDs of the tips' verifications that were started (a tip still waiting for the engine has none yet). */
export const tipVerificationsOf = (tips: readonly TipEntity[]): string[] => tips.filter((t) => t.status !== 'PENDING_START').map((t) => t.workflowId);
