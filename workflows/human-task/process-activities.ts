import { proxyActivities } from '@temporalio/workflow';
import type { ProcessActivities } from '../../activities/process-activities';

/** Database writes retry until PostgreSQL is back: an accepted decision is never dropped. */
export const acts = proxyActivities<ProcessActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});
