import { ACTIVE_TASK_STATUSES } from '../../src/domain/task-status';
import { eventually } from './eventually';
import { HttpClient } from './http-client';

/** Waits for the open task of a step in a process, as the given caller sees it in its queue. */
export const openTask = (client: HttpClient, processId: string, stepType: string, timeoutMs?: number): Promise<any> =>
  eventually(
    async () => {
      const res = await client.get(`/tasks?processId=${processId}`);
      return res.body.find((t: any) => t.stepType === stepType && ACTIVE_TASK_STATUSES.includes(t.status));
    },
    `${stepType} task of ${processId}`,
    timeoutMs,
  );
