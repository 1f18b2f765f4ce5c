import type { Payload } from '@temporalio/common';
import { unbindArgs } from '../../temporal/message-binding';

/**
 * The workflow an opened payload was bound to (a start, signal or update sent through the sealed client), for the
 * audit row; null for payloads without a binding (results, activity inputs) or that are not JSON.
 */
export function boundWorkflowId(payload: Payload): string | null {
  const encoding = payload.metadata?.encoding && Buffer.from(payload.metadata.encoding).toString();
  if (encoding !== 'json/plain' || !payload.data) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(payload.data).toString());
    const bound = unbindArgs([value]);
    return bound && typeof bound.binding.workflowId === 'string' ? bound.binding.workflowId : null;
  } catch {
    return null;
  }
}
