import { condition, patched, setHandler, uuid4 } from '@temporalio/workflow';
import { STANDING_OFFICE_AGENCY } from '../../src/domain/agency-codes';
import type { DeadlineCatalogueEntry, EscalationLadder } from '../../src/domain/deadline-catalogue';
import type { DeadlineClock } from '../../src/domain/deadline-clock';
import { extendedDueAt } from '../../src/domain/deadline-clock';
import { ErrorCode } from '../../src/domain/error-code';
import { isViolation, planExtension, tierOfExtension } from '../../src/domain/extension-plan';
import { jointSignOff } from '../../src/domain/joint-sign-off';
import type { NotificationRequest } from '../../src/domain/notification-request';
import { checkProcessCancel } from '../../src/domain/process/check-process-cancel';
import { STEP_DEFINITIONS } from '../../src/domain/step-definitions';
import { checkRestorationDecision, checkSuspensionDecision, groundOf } from '../../src/domain/suspension/check-suspension';
import { SUSPENDABLE_STEPS } from '../../src/domain/suspension/suspension-grounds';
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
  track(write: Promise<void>): void;
  writesSettled(): Promise<void>;
}

/**
 * The task messages every process answers. Each update's validator runs the domain's pure rule first, so a refusal
 * reaches the caller at once and costs no history; each handler applies a pure transition (task-transitions.ts)
 * before its first await, so a concurrent second request already sees the change, then projects and notifies.
 */
export function installTaskHandlers(host: TaskHost): void {
  setHandler(messages.getProcessQuery, () => host.view);

  /**
   * Applies a transition and saves the task: the shape of most handlers. The answer goes back as soon as the workflow
   * holds the new state: the API writes the row it is answered with (idempotent by revision) and this save reconciles,
   * so the answer does not wait behind an activity (docs/performance.md). Executions recorded before (patch
   * answer-on-accept) answered after the save.
   */
  const change = async (task: TaskState, events: TaskEvent[]): Promise<TaskState> => {
    host.apply(task, events);
    const saved = acts.saveTask(task);
    if (patched('answer-on-accept')) host.track(saved);
    else await saved;
    return { ...task };
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
        reject(jointSignOff.checkComplete(task, host.view.tasks, actor));
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
    {
      validator: ({ taskId, actor, agencyCode }) => {
        reject(rules.checkReassign(host.task(taskId), actor, agencyCode));
        reject(jointSignOff.checkReassign(host.task(taskId), host.view.tasks, agencyCode));
      },
    },
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
    ({ taskId, actor, reason }) => {
      const task = host.task(taskId);
      // Pauses recorded before the distinction stopped every clock; since, a pause never moves a LAW period.
      const events = patched('internal-pause-keeps-law-time')
        ? transitions.startInternalPause(task, actor, reason, Date.now())
        : transitions.suspend(task, actor, reason, Date.now());
      return change(task, events);
    },
    { validator: ({ taskId, actor }) => reject(rules.checkInternalPause(host.task(taskId), actor, true)) },
  );

  setHandler(
    messages.resumeTaskUpdate,
    ({ taskId, actor, reason }) => {
      const task = host.task(taskId);
      const events =
        task.internalPauseSince != null
          ? transitions.endInternalPause(task, actor, reason, Date.now())
          : transitions.resume(task, actor, reason, Date.now());
      return change(task, events);
    },
    { validator: ({ taskId, actor }) => reject(rules.checkInternalPause(host.task(taskId), actor, false)) },
  );

  setHandler(
    messages.decideSuspensionUpdate,
    ({ taskId, actor, decision }) => {
      const task = host.task(taskId);
      const step = SUSPENDABLE_STEPS[task.stepType];
      const ground = groundOf(task.stepType, decision.groundCode)!;
      return change(task, transitions.decideSuspension(task, actor, decision, ground, step.outcome(ground.label.vi), Date.now()));
    },
    { validator: ({ taskId, actor, decision }) => reject(checkSuspensionDecision(host.task(taskId), actor, decision, Date.now())) },
  );

  setHandler(
    messages.decideRestorationUpdate,
    ({ taskId, actor, decision }) => {
      const task = host.task(taskId);
      return change(task, transitions.decideRestoration(task, actor, decision, 'BLTTHS 2015 art. 149', Date.now()));
    },
    { validator: ({ taskId, actor, decision }) => reject(checkRestorationDecision(host.task(taskId), actor, decision, Date.now())) },
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
        reject(checkProcessCancel(host.view, actor));
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
      // The write of the escalation firing must not land after (and over) its acknowledgement.
      await host.writesSettled();
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
