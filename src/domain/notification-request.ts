/** A message to whoever holds a role in an agency; recorded in the outbox, delivered by a notifier. */
export interface NotificationRequest {
  /** Deterministic, so a retried activity records the message once. */
  notificationId: string;
  kind: 'TASK_ASSIGNED' | 'REMINDER' | 'ESCALATION' | 'EXTENSION_REQUESTED' | 'EXTENSION_DECIDED' | 'URGENT_RESCUE';
  agencyCode: string;
  /** null: everyone in the agency who works the queue. */
  recipientRole: string | null;
  recipientUserId: string | null;
  taskId: string | null;
  escalationId: string | null;
  /** Never personal data: ids, step types and times only. */
  payload: Record<string, unknown>;
}
