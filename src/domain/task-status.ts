export enum TaskStatus {
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

export const ACTIVE_TASK_STATUSES: readonly TaskStatus[] = [TaskStatus.OPEN, TaskStatus.CLAIMED];
