import type { EscalationState, TaskState } from '../../src/domain/task-state';

export interface TimelineEvent {
  at: number;
  type: string;
  actorId?: string;
  taskId?: string;
  detail?: Record<string, unknown>;
}

/** What a process shows of itself: answered by a query, straight from the workflow's state. */
export interface ProcessView {
  processId: string;
  processType: string;
  status: 'RUNNING' | 'COMPLETED' | 'CANCELLED';
  catalogueVersion: number | null;
  startedAt: number;
  closedAt: number | null;
  tasks: TaskState[];
  escalations: EscalationState[];
  timeline: TimelineEvent[];
}
