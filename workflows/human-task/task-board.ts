import { allHandlersFinished, ApplicationFailure, condition, patched, uuid4, workflowInfo } from '@temporalio/workflow';
import type { CatalogueSnapshot, DeadlineCatalogueEntry, EscalationLadder } from '../../src/domain/deadline-catalogue';
import type { DeadlineClock } from '../../src/domain/deadline-clock';
import { ErrorCode } from '../../src/domain/error-code';
import { DeadlineEvent, deadlineEventsDue, nextDeadlineEvent } from '../../src/domain/next-deadline-event';
import type { NotificationRequest } from '../../src/domain/notification-request';
import { SUSPENSION_NOTICE_ENTRIES } from '../../src/domain/suspension/suspension-notice-entries';
import { taskNotification } from '../../src/domain/task-notification';
import type { EscalationState, TaskPerson, TaskState } from '../../src/domain/task-state';
import { ACTIVE_TASK_STATUSES, TaskStatus } from '../../src/domain/task-status';
import * as transitions from '../../src/domain/task-transitions';
import type { TaskEvent } from '../../src/domain/task-transitions';
import { acts } from './process-activities';
import { localActs } from './process-local-activities';
import { reject } from './reject';
import type { ProcessView, TimelineEvent } from './process-view';
import { RecordWriter } from './record-writer';
import { TaskCancelled } from './task-cancelled';
import { installTaskHandlers, TaskHost } from './task-handlers';

export interface TaskSpec {
  stepType: string;
  agencyCode: string;
  deadlineKey: string;
  assigneeId?: string | null;
  externalPartyCode?: string | null;
  /** When the legal period starts (epoch ms), e.g. a tip's receipt; defaults to the moment the task is created. */
  startsAt?: number;
}

/** A step to run: as a TaskSpec, with the deadline key defaulting to the step type. */
export type StepSpec = Omit<TaskSpec, 'deadlineKey'> & { deadlineKey?: string };

/** A completed task whose outcome has its step's type. */
export type StepTask<O> = Omit<TaskState, 'outcome'> & { outcome: O };

const isActive = (task: TaskState) => ACTIVE_TASK_STATUSES.includes(task.status);

/**
 * The human-task mechanism every process uses: it creates tasks, watches their deadlines (reminder, then the
 * escalation ladder), and answers the task updates (claim, complete, reassign, extensions, acknowledgements).
 * Create it first thing in a workflow so its handlers are in place before any message arrives.
 */
export class TaskBoard implements TaskHost {
  /** @internal read by the task handlers */
  readonly view: ProcessView;
  /** @internal read by the task handlers */
  catalogue: CatalogueSnapshot | null = null;
  private cancelled: { reason: string; actorId: string } | null = null;
  /** Executions begun before art. 134 counting keep the arithmetic their recorded timers came from. */
  private legacyCounting = true;
  /** Projection writes nobody awaits (fired deadline events, answered updates); the process waits for them before it ends. */
  private readonly pendingWrites = new Set<Promise<void>>();
  /** The sealed record of reference in PostgreSQL, written as the timeline grows. */
  private readonly recorded: RecordWriter;

  constructor(
    processType: string,
    private readonly caseId: string | null = null,
    /** A reception's person: carried on each task so the lists name whom it is about (data only, no new command). */
    private readonly person: TaskPerson | null = null,
  ) {
    this.view = {
      processId: workflowInfo().workflowId,
      processType,
      status: 'RUNNING',
      catalogueVersion: null,
      startedAt: Date.now(),
      closedAt: null,
      tasks: [],
      escalations: [],
      timeline: [],
    };
    installTaskHandlers(this);
    this.recorded = new RecordWriter(
      () => ({
        workflowId: this.view.processId,
        kind: 'PROCESS',
        processType: this.view.processType,
        caseId: this.caseId,
        status: this.view.status,
        closedAt: this.view.closedAt,
        view: this.view,
      }),
      () => this.view.timeline.length,
    );
  }

  /**
   * Takes the catalogue version pinned when the API accepted the request (or, for processes started before versions
   * were pinned, the one in force now); the process keeps it for its whole life.
   */
  async load(pin: { catalogueVersion?: number | null } = {}): Promise<void> {
    this.catalogue = await this.writer().loadCatalogue(pin.catalogueVersion ?? undefined);
    this.legacyCounting = !patched('art-134-counting');
    this.view.catalogueVersion = this.catalogue.version;
    this.record({ type: 'PROCESS_STARTED', detail: { catalogueVersion: this.catalogue.version } });
  }

  /**
   * Loading the catalogue and a new task's first write: local activities in executions started after patch
   * `local-first-writes`, queued ones in those recorded before it (their histories hold ScheduleActivityTask there).
   */
  private writer(): typeof acts {
    return patched('local-first-writes') ? localActs : acts;
  }

  timeline(): TimelineEvent[] {
    return this.view.timeline;
  }

  record(event: Omit<TimelineEvent, 'at'>): void {
    this.view.timeline.push({ at: Date.now(), ...event });
  }

  close(status: 'COMPLETED' | 'CANCELLED', detail?: Record<string, unknown>): void {
    this.view.status = status;
    this.view.closedAt = Date.now();
    this.record({ type: `PROCESS_${status}`, detail });
  }

  /** Cancellation asked for (by a coordinator or the parent case): every open task closes, no escalation fires. */
  get cancellation(): { reason: string; actorId: string } | null {
    return this.cancelled;
  }

  /**
   * Runs the process body; a cancelled task or process ends it as CANCELLED (closing whatever is still open)
   * instead of failing it. Returns null when cancelled.
   */
  async run<T>(body: () => Promise<T>): Promise<T | null> {
    let result: T | null;
    try {
      result = await body();
    } catch (error) {
      if (!(error instanceof TaskCancelled)) throw error;
      await this.cancelAll(error.reason, this.cancelled?.actorId ?? null);
      result = null;
    }
    // The update that completed the last task (or cancelled the process) must answer before the workflow ends.
    await condition(allHandlersFinished);
    await this.writesSettled();
    await this.recorded.settled();
    return result;
  }

  /**
   * Moves a running task to another catalogue entry (a changed charge): granted extensions are kept as far as the new
   * entry allows, time suspended is kept, a pending request is recomputed or withdrawn (task-transitions.ts).
   */
  async changeDeadline(taskId: string, deadlineKey: string, reason: string): Promise<void> {
    const task = this.view.tasks.find((t) => t.taskId === taskId);
    if (!task || !isActive(task) || task.deadlineKey === deadlineKey) return;
    this.apply(task, transitions.changeDeadline(task, this.entry(deadlineKey), reason, Date.now(), this.clock()));
    await acts.saveTask(task);
  }

  activeTasks(): TaskState[] {
    return this.view.tasks.filter(isActive);
  }

  notify(request: Omit<NotificationRequest, 'notificationId'>): Promise<void> {
    return acts.notify({ notificationId: uuid4(), ...request });
  }

  /**
   * Creates the task, then holds until it is completed, watching its deadline meanwhile. Throws TaskCancelled if it
   * is cancelled. The promise never counts as unhandled, so a branch may be awaited later.
   */
  runTask(spec: TaskSpec): Promise<TaskState> {
    const running = this.createAndWatch(spec);
    running.catch(() => undefined);
    return running;
  }

  private async createAndWatch(spec: TaskSpec): Promise<TaskState> {
    if (this.cancelled) throw new TaskCancelled('-', this.cancelled.reason);
    const entry = this.entry(spec.deadlineKey);
    const clock = this.clock();
    const task = transitions.createTask(
      { ...spec, taskId: uuid4(), processId: this.view.processId, processType: this.view.processType, caseId: this.caseId },
      entry,
      Date.now(),
      clock,
    );
    if (this.person) task.person = this.person;
    this.view.tasks.push(task);
    this.record({ type: 'TASK_CREATED', taskId: task.taskId, detail: { stepType: task.stepType, agencyCode: task.agencyCode, dueAt: task.dueAt } });
    for (const e of transitions.creationWarnings(task, clock)) this.record({ ...e, taskId: task.taskId });
    await this.writer().saveTask(task);
    await this.notifyAssigned(task);
    await this.watchDeadline(task);
    if (task.status === TaskStatus.CANCELLED) throw new TaskCancelled(task.taskId, task.cancelReason ?? 'cancelled');
    return task;
  }

  /** @internal the calendar and counting this process uses for every deadline. */
  clock(): DeadlineClock {
    return { calendar: { holidays: this.catalogue?.holidays ?? [], publishedYears: this.catalogue?.publishedYears }, legacy: this.legacyCounting };
  }

  /** @internal */
  ladder(): EscalationLadder {
    return this.catalogue!.escalationLadder;
  }

  private async cancelAll(reason: string, actorId: string | null): Promise<void> {
    for (const task of this.activeTasks()) this.markCancelled(task, reason, actorId ?? undefined);
    await Promise.all(this.view.tasks.filter((t) => t.status === TaskStatus.CANCELLED).map((t) => acts.saveTask(t)));
    if (this.view.status === 'RUNNING') this.close('CANCELLED', { reason });
  }

  /** @internal */
  markCancelled(task: TaskState, reason: string, actorId?: string): void {
    this.apply(task, transitions.cancel(task, reason, Date.now(), actorId));
  }

  /** @internal */
  requestCancel(reason: string, actorId: string): void {
    this.cancelled ??= { reason, actorId };
    for (const task of this.activeTasks()) this.markCancelled(task, reason, actorId);
  }

  private entry(key: string): DeadlineCatalogueEntry {
    const entry = this.entryOf({ deadlineKey: key });
    if (!entry) throw ApplicationFailure.nonRetryable(`Deadline catalogue version ${this.catalogue?.version} has no entry ${key}`);
    return entry;
  }

  private async watchDeadline(task: TaskState): Promise<void> {
    const ladder = this.catalogue!.escalationLadder;
    while (isActive(task)) {
      if (task.suspendedAt !== null) {
        await condition(() => !isActive(task) || task.suspendedAt === null);
        continue;
      }
      const { dueAt, escalationLevel, reminderSent } = task;
      const moved = () =>
        !isActive(task) ||
        task.dueAt !== dueAt ||
        task.escalationLevel !== escalationLevel ||
        task.reminderSent !== reminderSent ||
        task.suspendedAt !== null;
      const event = nextDeadlineEvent(task, ladder);
      if (!event) {
        await condition(moved);
        continue;
      }
      const wait = event.at - Date.now();
      if (wait > 0 && (await condition(moved, wait))) continue;
      if (!patched('ladder-from-deadline')) {
        // Recorded executions: the next level's timer started only once this level's writes were done.
        await this.fire(task, event);
        continue;
      }
      // Every level that is due fires now, at once; its writes run on their own, so a slow write (or a late wake)
      // never delays the next level's timer, which the deadline alone sets.
      for (const due of deadlineEventsDue(task, ladder, Date.now())) this.track(this.fire(task, due));
    }
  }

  /** @internal Lets a write run on its own; the process still waits for it before it ends. */
  track(write: Promise<void>): void {
    this.pendingWrites.add(write);
    const done = () => void this.pendingWrites.delete(write);
    void write.then(done, done);
  }

  /** @internal Resolves once every write left running on its own is done. */
  async writesSettled(): Promise<void> {
    while (this.pendingWrites.size > 0) await Promise.all([...this.pendingWrites]);
  }

  /** Changes the task at once (before the first await), then writes the projection and notifies. */
  private async fire(task: TaskState, event: DeadlineEvent): Promise<void> {
    if (event.kind === 'REMINDER') {
      task.reminderSent = true;
      this.touch(task, 'REMINDER_SENT', undefined, { dueAt: task.dueAt });
      await this.notify(taskNotification('REMINDER', task));
      await acts.saveTask(task);
      return;
    }
    const escalation: EscalationState = {
      escalationId: uuid4(),
      taskId: task.taskId,
      processId: task.processId,
      level: event.level,
      target: event.target,
      agencyCode: task.agencyCode,
      firedAt: Date.now(),
      dueAt: task.dueAt,
    };
    this.view.escalations.push(escalation);
    task.escalationLevel = event.level;
    this.touch(task, 'ESCALATED', undefined, { level: event.level, target: event.target, escalationId: escalation.escalationId });
    await acts.saveEscalation(escalation);
    await acts.saveTask(task);
  }

  /** @internal Records what a transition did on the timeline, bumping the revision once per event. */
  apply(task: TaskState, events: TaskEvent[]): void {
    for (const e of events) this.touch(task, e.type, e.actorId, e.detail);
  }

  /** Records a change to a task on the timeline and bumps its revision for the projection. */
  /** @internal */
  touch(task: TaskState, type: string, actorId?: string, detail?: Record<string, unknown>): void {
    task.revision += 1;
    this.record({ type, taskId: task.taskId, actorId, detail });
  }

  /** @internal */
  task(taskId: string): TaskState {
    const task = this.view.tasks.find((t) => t.taskId === taskId);
    reject(task ? null : { code: ErrorCode.NOT_FOUND, message: `Task ${taskId} is not part of process ${this.view.processId}` });
    return task!;
  }

  /** @internal */
  notifyAssigned(task: TaskState): Promise<void> {
    return this.notify(taskNotification('TASK_ASSIGNED', task));
  }

  /** @internal the catalogue entry a task's period currently follows. */
  entryOf(task: Pick<TaskState, 'deadlineKey'>): DeadlineCatalogueEntry | undefined {
    // A version older than 5 lacks the suspension notices: their periods are the law's, so they come from the statute.
    return this.catalogue?.entries.find((e) => e.key === task.deadlineKey) ?? SUSPENSION_NOTICE_ENTRIES.find((e) => e.key === task.deadlineKey);
  }

  /**
   * Runs one step, like runTask, with the deadline key defaulting to the step type and the outcome typed by the
   * step's outcome type (which the step's schema guarantees once the task is completed).
   */
  step<O>(spec: StepSpec): Promise<StepTask<O>> {
    return this.runTask({ ...spec, deadlineKey: spec.deadlineKey ?? spec.stepType }) as Promise<unknown> as Promise<StepTask<O>>;
  }
}
