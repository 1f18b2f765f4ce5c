import { condition, setHandler, uuid4 } from '@temporalio/workflow';
import { STANDING_OFFICE_AGENCY } from '../../src/domain/agency-codes';
import type { DeadlineCatalogueEntry, EscalationLadder } from '../../src/domain/deadline-catalogue';
import type { DeadlineClock } from '../../src/domain/deadline-clock';
import { extendedDueAt } from '../../src/domain/deadline-clock';
import { ErrorCode } from '../../src/domain/error-code';
import { isViolation, planExtension, tierOfExtension } from '../../src/domain/extension-plan';
import type { NotificationRequest } from '../../src/domain/notification-request';
import { Role } from '../../src/domain/role';
import { STEP_DEFINITIONS } from '../../src/domain/step-definitions';
import { taskNotification } from '../../src/domain/task-notification';
import * as rules from '../../src/domain/task-rules';
import type { TaskState } from '../../src/domain/task-state';
import * as transitions from '../../src/domain/task-transitions';
import type { TaskEvent } from '../../src/domain/task-transitions';
import { acts } from './process-activities';
import * as messages from './messages';
import { reject } from './reject';
import type { ProcessView, TimelineEvent } from './process-view';

/** What the task handlers need of the board: a narrow surface, so the board's module and this one do not import each other. */
export interface TaskHost {
  readonly view: ProcessView;
  task(taskId: string): TaskState;
  entryOf(task: TaskState): DeadlineCatalogueEntry | undefined;
  clock(): DeadlineClock;
  ladder(): EscalationLadder;
  apply(task: TaskState, events: TaskEvent[]): void;
  record(event: Omit<TimelineEvent, 'at'>): void;
  notify(request: Omit<NotificationRequest, 'notificationId'>): Promise<void>;
  requestCancel(reason: string, actorId: string): void;
}

/**
 * The task messages every process answers. Each update's validator runs the domain's pure rule first, so a refusal
 * reaches the caller at once and costs no history; each handler applies a pure transition (task-transitions.ts)
 * before its first await, so a concurrent second request already sees the change, then projects and notifies.
 */
export function installTaskHandlers(host: TaskHost): void {
  setHandler(messages.getProcessQuery, () => host.view);

  /** Applies a transition, then saves the task: the shape of most handlers. */
  const change = async (task: TaskState, events: TaskEvent[]): Promise<TaskState> => {
    host.apply(task, events);
    await acts.saveTask(task);
    return task;
  };

  setHandler(messages.claimTaskUpdate, ({ taskId, actor }) => change(host.task(taskId), transitions.claim(host.task(taskId), actor)), {
    validator: ({ taskId, actor }) => reject(rules.checkClaim(host.task(taskId), actor)),
  });

  setHandler(messages.unclaimTaskUpdate, ({ taskId, actor }) => change(host.task(taskId), transitions.unclaim(host.task(taskId), actor)), {
    validator: ({ taskId, actor }) => reject(rules.checkUnclaim(host.task(taskId), actor)),
  });

  setHandler(
    messages.completeTaskUpdate,
    ({ taskId, actor, outcome }) => change(host.task(taskId), transitions.complete(host.task(taskId), actor, outcome, Date.now())),
    {
      validator: ({ taskId, actor, outcome }) => {
        const task = host.task(taskId);
        reject(rules.checkComplete(task, actor, STEP_DEFINITIONS[task.stepType], outcome));
      },
    },
  );

  setHandler(
    messages.reassignTaskUpdate,
    async ({ taskId, actor, agencyCode, assigneeId, reason }) => {
      const task = host.task(taskId);
      await change(task, transitions.reassign(task, actor, agencyCode, assigneeId, reason));
      await host.notify(taskNotification('TASK_ASSIGNED', task));
      return task;
    },
    { validator: ({ taskId, actor, agencyCode }) => reject(rules.checkReassign(host.task(taskId), actor, agencyCode)) },
  );

  setHandler(
    messages.assignTaskUpdate,
    async ({ taskId, actor, assigneeId, reason }) => {
      const task = host.task(taskId);
      await change(task, transitions.assign(task, actor, assigneeId, reason));
      await host.notify(taskNotification('TASK_ASSIGNED', task));
      return task;
    },
    { validator: ({ taskId, actor, assigneeId }) => reject(rules.checkAssign(host.task(taskId), actor, assigneeId)) },
  );

  setHandler(
    messages.requestExtensionUpdate,
    async ({ taskId, actor, additional, reason }) => {
      const task = host.task(taskId);
      const entry = host.entryOf(task)!;
      const clock = host.clock();
      // The validator accepted it; executions recorded under older rules replay with the deadline they computed then.
      const plan = planExtension(task, entry, additional, Date.now(), clock);
      const requestedDueAt = isViolation(plan) ? extendedDueAt(task, task.dueAt, additional, entry, clock) : plan.requestedDueAt;
      const found = isViolation(plan) ? tierOfExtension(task, entry, clock, requestedDueAt) : { tier: plan.tier, index: plan.tierIndex };
      const { extension, events } = transitions.requestExtension(
        task,
        actor,
        uuid4(),
        { requestedDueAt, tierIndex: found?.index ?? 0, tier: found?.tier ?? entry.extension!.tiers[0] },
        additional,
        reason,
        Date.now(),
      );
      if (clock.legacy) delete extension.tierIndex;
      await change(task, events);
      const tier = found?.tier ?? entry.extension!.tiers[0];
      await host.notify(
        taskNotification(
          'EXTENSION_REQUESTED',
          task,
          { agencyCode: rules.approverAgencyOf(task, tier), recipientRole: tier.approverRoles[0], recipientUserId: null },
          { extensionId: extension.extensionId, requestedDueAt: new Date(extension.requestedDueAt).toISOString() },
        ),
      );
      return task;
    },
    {
      validator: ({ taskId, actor, additional }) => {
        const task = host.task(taskId);
        reject(rules.checkExtensionRequest(task, actor, host.entryOf(task), additional, Date.now(), host.clock()));
      },
    },
  );

  setHandler(
    messages.decideExtensionUpdate,
    async ({ taskId, actor, extensionId, approve, note }) => {
      const task = host.task(taskId);
      const { extension, events } = transitions.decideExtension(task, actor, extensionId, approve, note, Date.now(), host.ladder());
      await change(task, [...events, ...transitions.calendarEvents(task, host.clock())]);
      await host.notify(taskNotification('EXTENSION_DECIDED', task, { recipientUserId: extension.requestedBy }, { extensionId, approved: approve }));
      return task;
    },
    {
      validator: ({ taskId, actor, extensionId }) => {
        const task = host.task(taskId);
        reject(rules.checkExtensionDecision(task, actor, host.entryOf(task), extensionId, host.clock()));
      },
    },
  );

  setHandler(
    messages.cancelTaskUpdate,
    ({ taskId, actor, reason }) => change(host.task(taskId), transitions.cancel(host.task(taskId), reason, Date.now(), actor.userId)),
    { validator: ({ taskId, actor }) => reject(rules.checkCancel(host.task(taskId), actor)) },
  );

  setHandler(
    messages.suspendTaskUpdate,
    ({ taskId, actor, reason }) => change(host.task(taskId), transitions.suspend(host.task(taskId), actor, reason, Date.now())),
    { validator: ({ taskId, actor }) => reject(rules.checkSuspension(host.task(taskId), actor, true)) },
  );

  setHandler(
    messages.resumeTaskUpdate,
    ({ taskId, actor, reason }) => change(host.task(taskId), transitions.resume(host.task(taskId), actor, reason, Date.now())),
    { validator: ({ taskId, actor }) => reject(rules.checkSuspension(host.task(taskId), actor, false)) },
  );

  setHandler(
    messages.cancelProcessUpdate,
    async ({ actor, reason }) => {
      host.requestCancel(reason, actor.userId);
      await condition(() => host.view.status !== 'RUNNING');
      return host.view;
    },
    {
      validator: ({ processId, actor }) => {
        reject(processId === host.view.processId ? null : { code: ErrorCode.FORBIDDEN, message: `This cancellation is for process ${processId}` });
        reject(actor.roles.includes(Role.COORDINATOR) ? null : { code: ErrorCode.FORBIDDEN, message: 'Only a coordinator can cancel a process' });
        reject(
          host.view.status === 'RUNNING' ? null : { code: ErrorCode.CONFLICT, message: `Process ${host.view.processId} is ${host.view.status}` },
        );
      },
    },
  );
  setHandler(messages.cancelProcessSignal, ({ processId, actorId, reason }) => {
    // Cases that signalled before the target was named send none; a named other process is never this one.
    if (processId === undefined || processId === host.view.processId) host.requestCancel(reason, actorId);
  });

  setHandler(
    messages.acknowledgeEscalationUpdate,
    async ({ escalationId, actor, note }) => {
      const escalation = host.view.escalations.find((e) => e.escalationId === escalationId)!;
      escalation.acknowledgedBy = actor.userId;
      escalation.acknowledgedAt = Date.now();
      escalation.note = note;
      host.record({
        type: 'ESCALATION_ACKNOWLEDGED',
        taskId: escalation.taskId,
        actorId: actor.userId,
        detail: { escalationId, level: escalation.level, note },
      });
      await acts.saveEscalation(escalation);
      return escalation;
    },
    {
      validator: ({ escalationId, actor }) => {
        const escalation = host.view.escalations.find((e) => e.escalationId === escalationId);
        reject(escalation ? null : { code: ErrorCode.NOT_FOUND, message: `Escalation ${escalationId} is not part of this process` });
        reject(rules.checkAcknowledge(escalation!, actor, STANDING_OFFICE_AGENCY));
      },
    },
  );
}
