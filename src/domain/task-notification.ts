import type { NotificationRequest } from './notification-request';
import type { TaskState } from './task-state';

type TaskNotificationKind = Extract<NotificationRequest['kind'], 'TASK_ASSIGNED' | 'REMINDER' | 'EXTENSION_REQUESTED' | 'EXTENSION_DECIDED'>;

/**
 * THE message about a task: to its agency's queue (or the named officer, or the role of another agency, e.g. the
 * procuracy asked to approve), carrying ids, the step and times only, never personal data.
 */
export function taskNotification(
  kind: TaskNotificationKind,
  task: TaskState,
  to: { agencyCode?: string; recipientRole?: string | null; recipientUserId?: string | null } = {},
  payload: Record<string, unknown> = {},
): Omit<NotificationRequest, 'notificationId'> {
  return {
    kind,
    agencyCode: to.agencyCode ?? task.agencyCode,
    recipientRole: to.recipientRole ?? null,
    recipientUserId: to.recipientUserId !== undefined ? to.recipientUserId : task.assigneeId,
    taskId: task.taskId,
    escalationId: null,
    payload: { stepType: task.stepType, dueAt: new Date(task.dueAt).toISOString(), ...payload },
  };
}
