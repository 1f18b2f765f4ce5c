import { createTask } from '../../src/domain/task-transitions';
import type { TaskState } from '../../src/domain/task-state';
import { PUBLISHED_CLOCK, v4Entry } from './test-today';

/** A task of the published catalogue (version 4) on the published calendar, its period starting at `startsAt`. */
export function publishedTask(key: string, startsAt: number, agencyCode: string): TaskState {
  return createTask(
    { taskId: 't1', processId: 'p1', processType: 'TEST', caseId: null, stepType: key, agencyCode, startsAt },
    v4Entry(key),
    startsAt,
    PUBLISHED_CLOCK,
  );
}
