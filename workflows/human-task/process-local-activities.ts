import { proxyLocalActivities } from '@temporalio/workflow';
import type { ProcessActivities } from '../../activities/process-activities';

/**
 * The same activities run inside the workflow task that asks for them (patch `local-first-writes`): reading the
 * catalogue and writing a new task's row need no round trip through the task queue, so a new process's first tasks
 * are listable after one workflow task instead of three. Retried like the queued ones until PostgreSQL is back.
 */
export const localActs = proxyLocalActivities<ProcessActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});
