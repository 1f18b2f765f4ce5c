import type { EscalationsService } from '../src/modules/escalations/escalations.service';
import type { TasksService } from '../src/modules/tasks/tasks.service';
import type { ProcessActivities } from './process-activities';

/** Database work: quick, idempotent, retried by the workflow until PostgreSQL answers (see guard-activities.ts for refused data). */
export function createTaskActivities(deps: {
  tasks: TasksService;
  escalations: EscalationsService;
}): Pick<ProcessActivities, 'saveTask' | 'saveEscalation'> {
  return {
    saveTask: (task) => deps.tasks.saveProjection(task),
    saveEscalation: (escalation) => deps.escalations.saveProjection(escalation),
  };
}
