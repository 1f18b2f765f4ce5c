import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../src/domain/actor';
import type { Duration } from '../../src/domain/duration';
import type { RestorationDecision, SuspensionDecision } from '../../src/domain/suspension/suspension-decision';
import type { EscalationState, TaskState } from '../../src/domain/task-state';
import type { ProcessView } from './process-view';

/** The task messages every process workflow answers; the API imports these same definitions. */

export interface TaskActionInput {
  taskId: string;
  actor: Actor;
}
export interface CompleteTaskInput extends TaskActionInput {
  outcome: Record<string, unknown>;
}
export interface ReassignTaskInput extends TaskActionInput {
  agencyCode: string;
  assigneeId?: string | null;
  reason: string;
}
export interface AssignTaskInput extends TaskActionInput {
  assigneeId: string;
  reason: string;
}
export interface RequestExtensionInput extends TaskActionInput {
  additional: Duration;
  reason: string;
}
export interface DecideExtensionInput extends TaskActionInput {
  extensionId: string;
  approve: boolean;
  note?: string;
}
export interface ReasonedTaskInput extends TaskActionInput {
  reason: string;
}
export interface SuspensionDecisionInput extends TaskActionInput {
  decision: SuspensionDecision;
}
export interface RestorationDecisionInput extends TaskActionInput {
  decision: RestorationDecision;
}
export interface CancelProcessInput {
  /** The process this cancellation is for: a copy sent to another process is refused. */
  processId: string;
  actor: Actor;
  reason: string;
}
export interface AcknowledgeEscalationInput {
  escalationId: string;
  actor: Actor;
  note?: string;
}

export const getProcessQuery = defineQuery<ProcessView>('getProcess');
export const claimTaskUpdate = defineUpdate<TaskState, [TaskActionInput]>('claimTask');
export const unclaimTaskUpdate = defineUpdate<TaskState, [TaskActionInput]>('unclaimTask');
export const completeTaskUpdate = defineUpdate<TaskState, [CompleteTaskInput]>('completeTask');
export const reassignTaskUpdate = defineUpdate<TaskState, [ReassignTaskInput]>('reassignTask');
export const assignTaskUpdate = defineUpdate<TaskState, [AssignTaskInput]>('assignTask');
export const requestExtensionUpdate = defineUpdate<TaskState, [RequestExtensionInput]>('requestExtension');
export const decideExtensionUpdate = defineUpdate<TaskState, [DecideExtensionInput]>('decideExtension');
export const acknowledgeEscalationUpdate = defineUpdate<EscalationState, [AcknowledgeEscalationInput]>('acknowledgeEscalation');
export const cancelTaskUpdate = defineUpdate<TaskState, [ReasonedTaskInput]>('cancelTask');
/** Tạm dừng nội bộ and its end (the names are older than the distinction): never moves a LAW period. */
export const suspendTaskUpdate = defineUpdate<TaskState, [ReasonedTaskInput]>('suspendTask');
export const resumeTaskUpdate = defineUpdate<TaskState, [ReasonedTaskInput]>('resumeTask');
/** Tạm đình chỉ (BLTTHS art. 148, 229): a decision on a listed ground; it closes the task and the period. */
export const decideSuspensionUpdate = defineUpdate<TaskState, [SuspensionDecisionInput]>('decideSuspension');
/** Phục hồi (art. 149): a decision on the review of a suspended process; the process then opens a new period. */
export const decideRestorationUpdate = defineUpdate<TaskState, [RestorationDecisionInput]>('decideRestoration');
export const cancelProcessUpdate = defineUpdate<ProcessView, [CancelProcessInput]>('cancelProcess');
/** The same cancellation, sent by a parent (the case) that cannot call updates. */
export const cancelProcessSignal = defineSignal<[{ processId?: string; actorId: string; reason: string }]>('cancelProcess');
