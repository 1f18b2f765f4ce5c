import { condition, setHandler, uuid4 } from '@temporalio/workflow';
import { addDuration } from '../../src/domain/add-duration';
import { STANDING_OFFICE_AGENCY } from '../../src/domain/agency-codes';
import { ErrorCode } from '../../src/domain/error-code';
import { Role } from '../../src/domain/role';
import { STEP_DEFINITIONS } from '../../src/domain/step-definitions';
import { TaskStatus } from '../../src/domain/task-status';
import * as rules from '../../src/domain/task-rules';
import { acts } from './process-activities';
import * as messages from './messages';
import { reject } from './reject';
import type { TaskBoard } from './task-board';

/**
 * The task messages every process answers. Each update's validator runs the domain's pure rule first, so a refusal
 * reaches the caller at once and costs no history; each handler changes the state before its first await, so a
 * concurrent second request already sees the change.
 */
export function installTaskHandlers(board: TaskBoard): void {
  setHandler(messages.getProcessQuery, () => board.view);

  setHandler(
    messages.claimTaskUpdate,
    async ({ taskId, actor }) => {
      const task = board.task(taskId);
      task.assigneeId = actor.userId;
      task.status = TaskStatus.CLAIMED;
      board.touch(task, 'TASK_CLAIMED', actor.userId);
      await acts.saveTask(task);
      return task;
    },
    { validator: ({ taskId, actor }) => reject(rules.checkClaim(board.task(taskId), actor)) },
  );

  setHandler(
    messages.unclaimTaskUpdate,
    async ({ taskId, actor }) => {
      const task = board.task(taskId);
      task.assigneeId = null;
      task.status = TaskStatus.OPEN;
      board.touch(task, 'TASK_UNCLAIMED', actor.userId);
      await acts.saveTask(task);
      return task;
    },
    { validator: ({ taskId, actor }) => reject(rules.checkUnclaim(board.task(taskId), actor)) },
  );

  setHandler(
    messages.completeTaskUpdate,
    async ({ taskId, actor, outcome }) => {
      // State changes before the first await: a concurrent second completion then fails its validator.
      const task = board.task(taskId);
      task.status = TaskStatus.COMPLETED;
      task.outcome = outcome;
      task.completedBy = actor.userId;
      task.completedAt = Date.now();
      task.assigneeId = task.assigneeId ?? actor.userId;
      board.touch(task, 'TASK_COMPLETED', actor.userId, { outcome });
      await acts.saveTask(task);
      return task;
    },
    {
      validator: ({ taskId, actor, outcome }) => {
        const task = board.task(taskId);
        reject(rules.checkComplete(task, actor, STEP_DEFINITIONS[task.stepType], outcome));
      },
    },
  );

  setHandler(
    messages.reassignTaskUpdate,
    async ({ taskId, actor, agencyCode, assigneeId, reason }) => {
      const task = board.task(taskId);
      const from = task.agencyCode;
      task.agencyCode = agencyCode;
      task.assigneeId = assigneeId ?? null;
      task.status = task.assigneeId ? TaskStatus.CLAIMED : TaskStatus.OPEN;
      board.touch(task, 'TASK_REASSIGNED', actor.userId, { from, to: agencyCode, assigneeId: task.assigneeId, reason });
      await acts.saveTask(task);
      await board.notifyAssigned(task);
      return task;
    },
    { validator: ({ taskId, actor, agencyCode }) => reject(rules.checkReassign(board.task(taskId), actor, agencyCode)) },
  );

  setHandler(
    messages.requestExtensionUpdate,
    async ({ taskId, actor, additional, reason }) => {
      const task = board.task(taskId);
      const extension = {
        extensionId: uuid4(),
        requestedBy: actor.userId,
        requestedAt: Date.now(),
        reason,
        additional,
        previousDueAt: task.dueAt,
        requestedDueAt: addDuration(task.dueAt, additional),
        status: 'PENDING' as const,
      };
      task.extensions.push(extension);
      board.touch(task, 'EXTENSION_REQUESTED', actor.userId, { extensionId: extension.extensionId, requestedDueAt: extension.requestedDueAt, reason });
      await acts.saveTask(task);
      const tier = rules.extensionTierFor(task, board.ruleOf(task)!, extension.requestedDueAt)!;
      await board.notify({
        kind: 'EXTENSION_REQUESTED',
        agencyCode: tier.approverAgency === 'TASK_AGENCY' ? task.agencyCode : tier.approverAgency,
        recipientRole: tier.approverRoles[0],
        recipientUserId: null,
        taskId: task.taskId,
        escalationId: null,
        payload: { extensionId: extension.extensionId, requestedDueAt: new Date(extension.requestedDueAt).toISOString() },
      });
      return task;
    },
    {
      validator: ({ taskId, actor, additional }) => {
        const task = board.task(taskId);
        reject(rules.checkExtensionRequest(task, actor, board.ruleOf(task), additional, Date.now()));
      },
    },
  );

  setHandler(
    messages.decideExtensionUpdate,
    async ({ taskId, actor, extensionId, approve, note }) => {
      const task = board.task(taskId);
      const extension = task.extensions.find((e) => e.extensionId === extensionId)!;
      extension.status = approve ? 'APPROVED' : 'REJECTED';
      extension.decidedBy = actor.userId;
      extension.decidedAt = Date.now();
      extension.decisionNote = note;
      if (approve) {
        task.dueAt = extension.requestedDueAt;
        // A fresh reminder only if its moment is still ahead; never one fired straight away.
        const remindAt = task.createdAt + (task.dueAt - task.createdAt) * board.catalogue!.escalationLadder.reminderAtRatio;
        if (task.escalationLevel === 0 && remindAt > Date.now()) task.reminderSent = false;
      }
      board.touch(task, approve ? 'EXTENSION_APPROVED' : 'EXTENSION_REJECTED', actor.userId, { extensionId, dueAt: task.dueAt, note });
      await acts.saveTask(task);
      await board.notify({
        kind: 'EXTENSION_DECIDED',
        agencyCode: task.agencyCode,
        recipientRole: null,
        recipientUserId: extension.requestedBy,
        taskId: task.taskId,
        escalationId: null,
        payload: { extensionId, approved: approve, dueAt: new Date(task.dueAt).toISOString() },
      });
      return task;
    },
    {
      validator: ({ taskId, actor, extensionId }) => {
        const task = board.task(taskId);
        reject(rules.checkExtensionDecision(task, actor, board.ruleOf(task), extensionId));
      },
    },
  );

  setHandler(
    messages.cancelTaskUpdate,
    async ({ taskId, actor, reason }) => {
      const task = board.task(taskId);
      board.markCancelled(task, reason, actor.userId);
      await acts.saveTask(task);
      return task;
    },
    { validator: ({ taskId, actor }) => reject(rules.checkCancel(board.task(taskId), actor)) },
  );

  setHandler(
    messages.suspendTaskUpdate,
    async ({ taskId, actor, reason }) => {
      const task = board.task(taskId);
      task.suspendedAt = Date.now();
      board.touch(task, 'TASK_SUSPENDED', actor.userId, { reason });
      await acts.saveTask(task);
      return task;
    },
    { validator: ({ taskId, actor }) => reject(rules.checkSuspension(board.task(taskId), actor, true)) },
  );

  setHandler(
    messages.resumeTaskUpdate,
    async ({ taskId, actor, reason }) => {
      const task = board.task(taskId);
      const pausedMs = Date.now() - task.suspendedAt!;
      task.dueAt += pausedMs;
      task.pausedMs += pausedMs;
      task.suspendedAt = null;
      board.touch(task, 'TASK_RESUMED', actor.userId, { reason, pausedMs, dueAt: task.dueAt });
      await acts.saveTask(task);
      return task;
    },
    { validator: ({ taskId, actor }) => reject(rules.checkSuspension(board.task(taskId), actor, false)) },
  );

  setHandler(
    messages.cancelProcessUpdate,
    async ({ actor, reason }) => {
      board.requestCancel(reason, actor.userId);
      await condition(() => board.view.status !== 'RUNNING');
      return board.view;
    },
    {
      validator: ({ actor }) => {
        reject(actor.roles.includes(Role.COORDINATOR) ? null : { code: ErrorCode.FORBIDDEN, message: 'Only a coordinator can cancel a process' });
        reject(board.view.status === 'RUNNING' ? null : { code: ErrorCode.CONFLICT, message: `Process ${board.view.processId} is ${board.view.status}` });
      },
    },
  );
  setHandler(messages.cancelProcessSignal, ({ actorId, reason }) => board.requestCancel(reason, actorId));

  setHandler(
    messages.acknowledgeEscalationUpdate,
    async ({ escalationId, actor, note }) => {
      const escalation = board.view.escalations.find((e) => e.escalationId === escalationId)!;
      escalation.acknowledgedBy = actor.userId;
      escalation.acknowledgedAt = Date.now();
      escalation.note = note;
      board.record({ type: 'ESCALATION_ACKNOWLEDGED', taskId: escalation.taskId, actorId: actor.userId, detail: { escalationId, level: escalation.level, note } });
      await acts.saveEscalation(escalation);
      return escalation;
    },
    {
      validator: ({ escalationId, actor }) => {
        const escalation = board.view.escalations.find((e) => e.escalationId === escalationId);
        reject(escalation ? null : { code: ErrorCode.NOT_FOUND, message: `Escalation ${escalationId} is not part of this process` });
        reject(rules.checkAcknowledge(escalation!, actor, STANDING_OFFICE_AGENCY));
      },
    },
  );
}
