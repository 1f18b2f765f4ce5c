import type { TimelineEvent } from '../../../workflows/human-task/process-view';
import { toLocalIso } from '../../common/to-local-iso';

/**
 * A timeline event of a process or a case as every page gives it: the instant in ISO (UTC) and in the province's
 * local time, and the workflow it belongs to. The one mapping of the record's events to the API's.
 */
export const timelineEntry = (event: TimelineEvent, processId: string) => ({
  ...event,
  at: new Date(event.at).toISOString(),
  atLocal: toLocalIso(event.at)!,
  processId,
});
