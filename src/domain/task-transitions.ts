import type { Actor } from './actor';
import { addDuration } from './add-duration';
import type { DeadlineCatalogueEntry, EscalationLadder } from './deadline-catalogue';
import { DeadlineClock, extendedDueAt, initialDueAt } from './deadline-clock';
import type { Duration } from './duration';
import { isViolation, planExtension, tiersByReach, tierOfExtension } from './extension-plan';
import { reminderAt } from './next-deadline-event';
import type { ExtensionPlan } from './extension-plan';
import type { RestorationDecision, SuspensionDecision } from './suspension/suspension-decision';
import type { SuspensionGround } from './suspension/suspension-grounds';
import type { ExtensionState, TaskState } from './task-state';
import { TaskStatus } from './task-status';
import { unpublishedYears } from './unpublished-years';
import { withinExtensionCap } from './within-extension-cap';

/**
 * Every change of a task's state, as pure functions: they change the given task and return what happened, for the
 * timeline. The workflow's handlers validate (task-rules.ts), apply one of these, then project and notify.
 */
export interface TaskEvent {
  type: string;
  actorId?: string;
  detail?: Record<string, unknown>;
}

/** What a new task needs besides its catalogue entry. */
export interface NewTask {
  taskId: string;
  processId: string;
  processType: string;
  caseId: string | null;
  stepType: string;
  agencyCode: string;
  assigneeId?: string | null;
  externalPartyCode?: string | null;
  startsAt?: number;
}

export function createTask(spec: NewTask, entry: DeadlineCatalogueEntry, now: number, clock: DeadlineClock): TaskState {
  const startsAt = spec.startsAt ?? now;
  const dueAt = initialDueAt(startsAt, entry, clock);
  const task: TaskState = {
    taskId: spec.taskId,
    processId: spec.processId,
    processType: spec.processType,
    caseId: spec.caseId,
    stepType: spec.stepType,
    agencyCode: spec.agencyCode,
    namedAgencyCode: spec.agencyCode,
    assigneeId: spec.assigneeId ?? null,
    status: spec.assigneeId ? TaskStatus.CLAIMED : TaskStatus.OPEN,
    createdAt: now,
    startsAt,
    dueAt,
    deadlineKey: entry.key,
    legalBasis: entry.legalBasis,
    deadlineNature: entry.nature,
    confidence: entry.confidence,
    reminderSent: false,
    escalationLevel: 0,
    extensions: [],
    outcome: null,
    completedBy: null,
    completedAt: null,
    externalPartyCode: spec.externalPartyCode ?? null,
    suspendedAt: null,
    pausedMs: 0,
    cancelReason: null,
    revision: 1,
  };
  if (!clock.legacy) task.calendarIncomplete = unpublishedYears(startsAt, dueAt, clock.calendar).length > 0;
  return task;
}

/** What a new task's timeline must say beside its creation: a period reaching a year without published holidays. */
export function creationWarnings(task: TaskState, clock: DeadlineClock): TaskEvent[] {
  if (!task.calendarIncomplete) return [];
  return [{ type: 'CALENDAR_INCOMPLETE', detail: { missingYears: unpublishedYears(task.startsAt, task.dueAt, clock.calendar), dueAt: task.dueAt } }];
}

/** Events that flag a period (moved by an extension or a changed charge) newly reaching a year without published holidays. */
export function calendarEvents(task: TaskState, clock: DeadlineClock): TaskEvent[] {
  if (clock.legacy) return [];
  const missing = unpublishedYears(task.startsAt ?? task.createdAt, task.dueAt, clock.calendar);
  const was = task.calendarIncomplete ?? false;
  task.calendarIncomplete = missing.length > 0;
  return task.calendarIncomplete && !was ? [{ type: 'CALENDAR_INCOMPLETE', detail: { missingYears: missing, dueAt: task.dueAt } }] : [];
}

export function claim(task: TaskState, actor: Actor): TaskEvent[] {
  task.assigneeId = actor.userId;
  task.status = TaskStatus.CLAIMED;
  return [{ type: 'TASK_CLAIMED', actorId: actor.userId }];
}

export function unclaim(task: TaskState, actor: Actor): TaskEvent[] {
  task.assigneeId = null;
  task.status = TaskStatus.OPEN;
  return [{ type: 'TASK_UNCLAIMED', actorId: actor.userId }];
}

/** A request nobody decided closes with its task: it can no longer be decided. */
export function withdrawPending(task: TaskState, now: number, reason: string, actorId?: string): TaskEvent[] {
  return task.extensions
    .filter((e) => e.status === 'PENDING')
    .map((e) => {
      e.status = 'WITHDRAWN';
      e.decidedAt = now;
      e.decisionNote = reason;
      return { type: 'EXTENSION_WITHDRAWN', actorId, detail: { extensionId: e.extensionId, reason } };
    });
}

export function complete(task: TaskState, actor: Actor, outcome: Record<string, unknown>, now: number): TaskEvent[] {
  task.status = TaskStatus.COMPLETED;
  task.outcome = outcome;
  task.completedBy = actor.userId;
  task.completedAt = now;
  task.assigneeId = task.assigneeId ?? actor.userId;
  return [
    { type: 'TASK_COMPLETED', actorId: actor.userId, detail: { outcome } },
    ...withdrawPending(task, now, 'The task was completed', actor.userId),
  ];
}

export function cancel(task: TaskState, reason: string, now: number, actorId?: string): TaskEvent[] {
  task.status = TaskStatus.CANCELLED;
  task.cancelReason = reason;
  return [{ type: 'TASK_CANCELLED', actorId, detail: { reason } }, ...withdrawPending(task, now, 'The task was cancelled', actorId)];
}

export function reassign(task: TaskState, actor: Actor, agencyCode: string, assigneeId: string | null | undefined, reason: string): TaskEvent[] {
  const from = task.agencyCode;
  // The agency the law named stays the approver of 'TASK_AGENCY' tiers, however often the task moves.
  task.namedAgencyCode ??= from;
  task.agencyCode = agencyCode;
  task.assigneeId = assigneeId ?? null;
  task.status = task.assigneeId ? TaskStatus.CLAIMED : TaskStatus.OPEN;
  return [{ type: 'TASK_REASSIGNED', actorId: actor.userId, detail: { from, to: agencyCode, assigneeId: task.assigneeId, reason } }];
}

/** The agency head gives a task of their agency to one of its officers (phân công), with a reason. */
export function assign(task: TaskState, actor: Actor, assigneeId: string, reason: string): TaskEvent[] {
  const previousAssigneeId = task.assigneeId;
  task.assigneeId = assigneeId;
  task.status = TaskStatus.CLAIMED;
  return [{ type: 'TASK_ASSIGNED', actorId: actor.userId, detail: { previousAssigneeId, assigneeId, reason } }];
}

export function requestExtension(
  task: TaskState,
  actor: Actor,
  extensionId: string,
  plan: ExtensionPlan,
  additional: Duration,
  reason: string,
  now: number,
): { extension: ExtensionState; events: TaskEvent[] } {
  const extension: ExtensionState = {
    extensionId,
    requestedBy: actor.userId,
    requestedAt: now,
    reason,
    additional,
    previousDueAt: task.dueAt,
    requestedDueAt: plan.requestedDueAt,
    status: 'PENDING',
    tierIndex: plan.tierIndex,
    // Kept on the request so the approver's list of pending requests is a query, not a catalogue lookup per task.
    approverAgencyCode: plan.tier.approverAgency === 'TASK_AGENCY' ? (task.namedAgencyCode ?? task.agencyCode) : plan.tier.approverAgency,
    approverRoles: [...plan.tier.approverRoles],
  };
  task.extensions.push(extension);
  return {
    extension,
    events: [{ type: 'EXTENSION_REQUESTED', actorId: actor.userId, detail: { extensionId, requestedDueAt: extension.requestedDueAt, reason } }],
  };
}

export function decideExtension(
  task: TaskState,
  actor: Actor,
  extensionId: string,
  approve: boolean,
  note: string | undefined,
  now: number,
  /** Kept for the workflow's call: the reminder point no longer depends on the ladder (`reminderAt`). */
  _ladder: EscalationLadder,
): { extension: ExtensionState; events: TaskEvent[] } {
  const extension = task.extensions.find((e) => e.extensionId === extensionId)!;
  extension.status = approve ? 'APPROVED' : 'REJECTED';
  extension.decidedBy = actor.userId;
  extension.decidedAt = now;
  extension.decisionNote = note;
  if (approve) {
    task.dueAt = extension.requestedDueAt;
    // A fresh reminder only if its moment is still ahead; never one fired straight away.
    if (task.escalationLevel === 0 && reminderAt(task) > now) task.reminderSent = false;
  }
  return {
    extension,
    events: [
      { type: approve ? 'EXTENSION_APPROVED' : 'EXTENSION_REJECTED', actorId: actor.userId, detail: { extensionId, dueAt: task.dueAt, note } },
    ],
  };
}

export function suspend(task: TaskState, actor: Actor, reason: string, now: number): TaskEvent[] {
  task.suspendedAt = now;
  return [{ type: 'TASK_SUSPENDED', actorId: actor.userId, detail: { reason } }];
}

/** Restarting the clock moves the deadline by the time it stood still. */
export function resume(task: TaskState, actor: Actor, reason: string, now: number): TaskEvent[] {
  const pausedMs = now - task.suspendedAt!;
  task.dueAt += pausedMs;
  task.pausedMs += pausedMs;
  task.suspendedAt = null;
  return [{ type: 'TASK_RESUMED', actorId: actor.userId, detail: { reason, pausedMs, dueAt: task.dueAt } }];
}

/** Whether an internal pause moves this task's due date: a POLICY period may stand still, a LAW period never does. */
export function internalPauseMovesDueDate(task: Pick<TaskState, 'deadlineNature'>): boolean {
  return task.deadlineNature === 'POLICY';
}

/**
 * Tạm dừng nội bộ: recorded for reporting. Only a POLICY period's clock stops (and its due date later moves); a LAW
 * period keeps running, with its reminders and escalations, because the law has no pause of a running period.
 */
export function startInternalPause(task: TaskState, actor: Actor, reason: string, now: number): TaskEvent[] {
  const movesDueDate = internalPauseMovesDueDate(task);
  task.internalPauseSince = now;
  if (movesDueDate) task.suspendedAt = now;
  return [{ type: 'INTERNAL_PAUSE_STARTED', actorId: actor.userId, detail: { reason, movesDueDate, dueAt: task.dueAt } }];
}

/** Ends an internal pause: a POLICY due date moves by the time it stood still; a LAW due date stays where it was. */
export function endInternalPause(task: TaskState, actor: Actor | null, reason: string, now: number): TaskEvent[] {
  const pausedMs = now - task.internalPauseSince!;
  const dueDateMoved = task.suspendedAt !== null;
  task.internalPausedMs = (task.internalPausedMs ?? 0) + pausedMs;
  task.internalPauseSince = null;
  if (dueDateMoved) {
    task.dueAt += pausedMs;
    task.pausedMs += pausedMs;
    task.suspendedAt = null;
  }
  return [{ type: 'INTERNAL_PAUSE_ENDED', actorId: actor?.userId, detail: { reason, pausedMs, dueAt: task.dueAt, dueDateMoved } }];
}

/**
 * Tạm đình chỉ: a decision on a listed ground ends the running period; the task closes with its step's suspended
 * outcome and the decision, and the process then owes the notice to the procuracy (and, for a tip, the review).
 */
export function decideSuspension(
  task: TaskState,
  actor: Actor,
  decision: SuspensionDecision,
  ground: SuspensionGround,
  outcome: Record<string, unknown>,
  now: number,
): TaskEvent[] {
  const pause = task.internalPauseSince != null ? endInternalPause(task, actor, 'Suspended by decision', now) : [];
  const detail = { ...decision, article: ground.article.en, ground: ground.label.en, dueAt: task.dueAt };
  task.status = TaskStatus.COMPLETED;
  task.outcome = { ...outcome, suspension: detail };
  task.completedBy = actor.userId;
  task.completedAt = now;
  task.assigneeId = task.assigneeId ?? actor.userId;
  return [
    ...pause,
    { type: 'SUSPENSION_DECIDED', actorId: actor.userId, detail },
    ...withdrawPending(task, now, 'The period was suspended', actor.userId),
  ];
}

/** Phục hồi: the decision closes the review of the suspended process, which then opens a new period. */
export function decideRestoration(task: TaskState, actor: Actor, decision: RestorationDecision, article: string, now: number): TaskEvent[] {
  const detail = { ...decision, article };
  const pause = task.internalPauseSince != null ? endInternalPause(task, actor, 'Restored by decision', now) : [];
  task.status = TaskStatus.COMPLETED;
  task.outcome = { decision: 'RESUME', reason: `Decision ${decision.decisionNumber} of ${decision.decidedOn}`, restoration: detail };
  task.completedBy = actor.userId;
  task.completedAt = now;
  task.assigneeId = task.assigneeId ?? actor.userId;
  return [
    ...pause,
    { type: 'RESTORATION_DECIDED', actorId: actor.userId, detail },
    ...withdrawPending(task, now, 'The process was restored', actor.userId),
  ];
}

/**
 * Moves a running task to another catalogue entry (a changed charge). The new period counts from the legal start;
 * extensions already granted are kept only as far as the new entry allows them (its count, each tier's count and
 * longest single extension, its ceiling), and the time the clock stood still is added back. A pending request is
 * recomputed from the new deadline and checked again under the new entry; if no longer lawful it is withdrawn.
 */
export function changeDeadline(task: TaskState, entry: DeadlineCatalogueEntry, reason: string, now: number, clock: DeadlineClock): TaskEvent[] {
  const before = task.dueAt;
  const previousDeadlineKey = task.deadlineKey;
  const { dueAt, dropped, clamped } = clock.legacy
    ? { dueAt: legacyDueAt(task, entry, clock), dropped: [], clamped: [] }
    : keptExtensions(task, entry, clock);
  task.dueAt = dueAt;
  task.deadlineKey = entry.key;
  task.legalBasis = entry.legalBasis;
  task.deadlineNature = entry.nature;
  const detail = { from: before, to: task.dueAt, deadlineKey: entry.key, previousDeadlineKey, reason };
  if (clock.legacy) return [{ type: 'DEADLINE_RECOMPUTED', detail }];
  task.confidence = entry.confidence;
  for (const e of task.extensions.filter((x) => dropped.includes(x.extensionId) || clamped.includes(x.extensionId)))
    e.decisionNote = `${e.decisionNote ? `${e.decisionNote}; ` : ''}${dropped.includes(e.extensionId) ? 'no longer counts' : 'shortened to what the law allows'} after: ${reason}`;
  return [
    { type: 'DEADLINE_RECOMPUTED', detail: { ...detail, droppedExtensions: dropped, clampedExtensions: clamped } },
    ...revalidatePending(task, entry, now, clock, reason),
    ...calendarEvents(task, clock),
  ];
}

/** The arithmetic of the first release: from creation, each granted extension added in full, then the pause. */
function legacyDueAt(task: TaskState, entry: DeadlineCatalogueEntry, clock: DeadlineClock): number {
  let due = initialDueAt(task.createdAt, entry, clock);
  for (const e of task.extensions.filter((x) => x.status === 'APPROVED')) due = addDuration(due, e.additional, clock.calendar);
  return due + task.pausedMs;
}

/** Granted extensions replayed under a new entry, each kept only as far as that entry allows. */
function keptExtensions(
  task: TaskState,
  entry: DeadlineCatalogueEntry,
  clock: DeadlineClock,
): { dueAt: number; dropped: string[]; clamped: string[] } {
  const rule = entry.extension;
  const unpaused = { ...task, pausedMs: 0 };
  const start = task.startsAt ?? task.createdAt;
  let due = initialDueAt(start, entry, clock);
  const ceiling = Math.max(due, ...tiersByReach(unpaused, entry, clock).map((t) => t.reach));
  const perTier = new Map<number, number>();
  const dropped: string[] = [];
  const clamped: string[] = [];
  let kept = 0;
  for (const e of task.extensions.filter((x) => x.status === 'APPROVED')) {
    const full = extendedDueAt(unpaused, due, e.additional, entry, clock);
    const found = rule && tierOfExtension(unpaused, entry, clock, Math.min(full, ceiling), e.tierIndex);
    const used = found ? (perTier.get(found.index) ?? 0) : 0;
    if (!rule || !found || kept >= rule.maxCount || (found.tier.maxCount !== undefined && used >= found.tier.maxCount) || due >= ceiling) {
      dropped.push(e.extensionId);
      continue;
    }
    kept++;
    perTier.set(found.index, used + 1);
    let next = Math.min(full, ceiling);
    // Over the cap on the length asked (even when the rolled-over end is the same): cut back to the cap.
    const cap = found.tier.maxPerExtension;
    const overCap = cap !== undefined && !withinExtensionCap(e.additional, cap, due, entry, clock.calendar);
    if (overCap) next = Math.min(next, extendedDueAt(unpaused, due, cap, entry, clock));
    if (overCap || next < full) clamped.push(e.extensionId);
    due = next;
  }
  return { dueAt: due + task.pausedMs, dropped, clamped };
}

function revalidatePending(task: TaskState, entry: DeadlineCatalogueEntry, now: number, clock: DeadlineClock, reason: string): TaskEvent[] {
  const pending = task.extensions.find((e) => e.status === 'PENDING');
  if (!pending) return [];
  const plan = planExtension(task, entry, pending.additional, now, clock, { exceptPending: pending.extensionId, ignoreLeadTime: true });
  if (isViolation(plan)) return withdrawPending(task, now, `No longer lawful after: ${reason} (${plan.message})`);
  const from = pending.requestedDueAt;
  pending.previousDueAt = task.dueAt;
  pending.requestedDueAt = plan.requestedDueAt;
  pending.tierIndex = plan.tierIndex;
  return [{ type: 'EXTENSION_RECOMPUTED', detail: { extensionId: pending.extensionId, from, to: plan.requestedDueAt, reason } }];
}
