import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { UpdateDefinition } from '@temporalio/common';
import { Repository } from 'typeorm';
import * as messages from '../../../workflows/human-task/messages';
import { getProcessQuery } from '../../../workflows/human-task/messages';
import { AppException } from '../../common/app-exception';
import { errorName } from '../../common/safe-error-summary';
import { actorOf } from '../../common/auth/actor-of';
import type { AuthUser } from '../../common/auth/auth-user';
import { taskDetailFor } from '../../domain/access/access-rules';
import { redactTask } from '../../domain/access/redact-task';
import { reachesTask } from './reaches-task';
import { withAllowedActions } from './with-allowed-actions';
import { ErrorCode } from '../../domain/error-code';
import type { TaskState } from '../../domain/task-state';
import { ACTIVE_TASK_STATUSES } from '../../domain/task-status';
import { WorkflowGateway } from '../../temporal/workflow-gateway.service';
import { AgenciesService } from '../agencies/agencies.service';
import { StepGuard } from '../processes/step-guard.service';
import { AgencyMembersService } from '../users/agency-members.service';
import { AssignTaskDto } from './dto/assign-task.dto';
import { ExtensionAllowanceService } from './extension-allowance.service';
import { AlreadyApplied, alreadyApplied } from './already-applied';
import { DecideExtensionDto } from './dto/decide-extension.dto';
import { ReassignTaskDto } from './dto/reassign-task.dto';
import { RequestExtensionDto } from './dto/request-extension.dto';
import { RestorationDecisionDto } from './dto/restoration-decision.dto';
import { SuspensionDecisionDto } from './dto/suspension-decision.dto';
import { TaskDto } from './dto/task.dto';
import { TaskEntity } from './task.entity';
import { TaskListItemDto } from './dto/task-list-item.dto';
import { NO_SUBJECT } from '../../domain/subject/work-subject';
import { ApplyValueTransformers } from 'typeorm/util/ApplyValueTransformers';
import { TaskRecordsRepository } from '../records/task-records.repository';

/** jsonb columns take JSON text; dates and scalars go as they are. */
const isJson = (v: unknown) => typeof v === 'object' && v !== null && !(v instanceof Date);

/** How long an answer waits for the API's own write of a row the workflow already holds (then that write goes on alone). */
const KNOWN_WRITE_WAIT_MS = 2000;

/** How often, and how far apart, a completion looks for the task its step opened next (at most ~0.5 s in all). */
const FOLLOW_ON_LOOKS = 6;
const FOLLOW_ON_LOOK_MS = 100;

/** Task queues read the projection; every change goes to the owning workflow as an Update. */
@Injectable()
export class TasksService {
  private readonly logger = new Logger(TasksService.name);

  constructor(
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
    private readonly workflows: WorkflowGateway,
    private readonly agencies: AgenciesService,
    private readonly steps: StepGuard,
    private readonly members: AgencyMembersService,
    private readonly allowance: ExtensionAllowanceService,
    private readonly records: TaskRecordsRepository,
  ) {}

  /** Activity side: writes the workflow's view of a task, ignoring a write older than the stored one. */
  async saveProjection(task: TaskState): Promise<void> {
    const row = {
      id: task.taskId,
      processId: task.processId,
      processType: task.processType,
      caseId: task.caseId,
      stepType: task.stepType,
      agencyCode: task.agencyCode,
      assigneeId: task.assigneeId,
      status: task.status,
      createdAt: new Date(task.createdAt),
      // Tasks created before periods had their own start began when they were created.
      startsAt: new Date(task.startsAt ?? task.createdAt),
      dueAt: new Date(task.dueAt),
      escalationLevel: task.escalationLevel,
      deadlineKey: task.deadlineKey,
      legalBasis: task.legalBasis,
      deadlineNature: task.deadlineNature,
      extensions: task.extensions,
      outcome: task.outcome,
      completedBy: task.completedBy,
      completedAt: task.completedAt === null ? null : new Date(task.completedAt),
      externalPartyCode: task.externalPartyCode ?? null,
      suspendedAt: task.suspendedAt ? new Date(task.suspendedAt) : null,
      pausedMs: task.pausedMs ?? 0,
      internalPauseSince: task.internalPauseSince ? new Date(task.internalPauseSince) : null,
      internalPausedMs: task.internalPausedMs ?? 0,
      cancelReason: task.cancelReason ?? null,
      confidence: task.confidence ?? null,
      calendarIncomplete: task.calendarIncomplete ?? false,
      revision: task.revision,
      personLabel: task.person?.label ?? null,
      personChild: task.person?.child ?? null,
    };
    const columns = Object.keys(row).map((k) => this.tasks.metadata.findColumnWithPropertyName(k)!.databaseName);
    // Raw SQL: the columns' transformers (sealed free text) are applied here, as the repository would.
    const values = Object.entries(row).map(([k, raw]) => {
      const v = ApplyValueTransformers.transformTo(this.tasks.metadata.findColumnWithPropertyName(k)!.transformer ?? [], raw);
      return isJson(v) ? JSON.stringify(v) : v;
    });
    await this.tasks.query(
      `INSERT INTO tasks (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${columns
         .filter((c) => c !== 'id')
         .map((c) => `${c} = EXCLUDED.${c}`)
         .join(', ')}, updated_at = now()
       WHERE tasks.revision < EXCLUDED.revision`,
      values,
    );
  }

  /** Coordinators and the task's own agency read it in full, leadership without free text, nobody else at all. */
  async get(user: AuthUser, id: string): Promise<TaskListItemDto> {
    const task = await this.tasks.findOneBy({ id });
    if (!task) throw new AppException(ErrorCode.NOT_FOUND, `Task ${id} not found`);
    const detail = taskDetailFor(user, task.agencyCode);
    if (!detail) throw new AppException(ErrorCode.FORBIDDEN, `Task ${id} belongs to agency ${task.agencyCode}`);
    const dto = redactTask(withAllowedActions(user, TaskDto.fromEntity(task)), detail);
    // Who may ask (the task's agency) or oversee the whole procedure (coordinators) sees what the law still allows.
    if (detail === 'FULL') dto.extensionAllowance = await this.allowance.of(task);
    const subject = (await this.records.subjects(user, [id])).get(id) ?? NO_SUBJECT;
    return Object.assign(dto, { caseReference: subject.caseReference, subject });
  }

  claim(user: AuthUser, id: string) {
    return this.send(user, id, messages.claimTaskUpdate, (taskId) => ({ taskId, actor: actorOf(user) }));
  }

  unclaim(user: AuthUser, id: string) {
    return this.send(user, id, messages.unclaimTaskUpdate, (taskId) => ({ taskId, actor: actorOf(user) }));
  }

  async complete(user: AuthUser, id: string, outcome: Record<string, unknown>) {
    await this.steps.beforeComplete(id, outcome);
    try {
      return await this.send(
        user,
        id,
        messages.completeTaskUpdate,
        (taskId) => ({ taskId, actor: actorOf(user), outcome }),
        true,
        alreadyApplied.complete(outcome),
      );
    } catch (error) {
      throw await this.steps.explainRefusal(error, id, outcome);
    }
  }

  async reassign(user: AuthUser, id: string, dto: ReassignTaskDto) {
    await this.agencies.requireAssignable(dto.agencyCode, 'agencyCode');
    return this.send(user, id, messages.reassignTaskUpdate, (taskId) => ({
      taskId,
      actor: actorOf(user),
      agencyCode: dto.agencyCode,
      assigneeId: dto.assigneeId ?? null,
      reason: dto.reason,
    }));
  }

  /** The agency head gives the task to an active officer of the task's agency; the workflow checks the head's role. */
  async assign(user: AuthUser, id: string, dto: AssignTaskDto) {
    const task = await this.visible(user, id);
    await this.members.requireActiveMember(dto.userId, task.agencyCode, 'userId');
    return this.send(user, id, messages.assignTaskUpdate, (taskId) => ({ taskId, actor: actorOf(user), assigneeId: dto.userId, reason: dto.reason }));
  }

  requestExtension(user: AuthUser, id: string, dto: RequestExtensionDto) {
    return this.send(user, id, messages.requestExtensionUpdate, (taskId) => ({
      taskId,
      actor: actorOf(user),
      additional: { amount: dto.amount, unit: dto.unit },
      reason: dto.reason,
    }));
  }

  /** The answer shows the decider only what they may read of the task (an approver of another agency, leadership). */
  async decideExtension(user: AuthUser, id: string, extensionId: string, dto: DecideExtensionDto) {
    const decided = await this.send(
      user,
      id,
      messages.decideExtensionUpdate,
      (taskId) => ({
        taskId,
        actor: actorOf(user),
        extensionId,
        approve: dto.approve,
        note: dto.note,
      }),
      // The approver may sit in another agency (the procuracy for art. 147(3)); the workflow checks who may decide.
      false,
      alreadyApplied.decideExtension(extensionId, dto.approve),
    );
    return redactTask(decided, taskDetailFor(user, decided.agencyCode) ?? 'STATUS_ONLY');
  }

  cancel(user: AuthUser, id: string, reason: string) {
    return this.send(user, id, messages.cancelTaskUpdate, (taskId) => ({ taskId, actor: actorOf(user), reason }));
  }

  suspend(user: AuthUser, id: string, reason: string) {
    return this.send(user, id, messages.suspendTaskUpdate, (taskId) => ({ taskId, actor: actorOf(user), reason }));
  }

  resume(user: AuthUser, id: string, reason: string) {
    return this.send(user, id, messages.resumeTaskUpdate, (taskId) => ({ taskId, actor: actorOf(user), reason }));
  }

  /** Tạm đình chỉ: the workflow's validator checks the ground, its timing and who decides (docs/suspension.md). */
  decideSuspension(user: AuthUser, id: string, dto: SuspensionDecisionDto) {
    const { groundCode, decisionNumber, decidedOn, signer } = dto;
    return this.send(user, id, messages.decideSuspensionUpdate, (taskId) => ({
      taskId,
      actor: actorOf(user),
      decision: { groundCode, decisionNumber, decidedOn, signer },
    }));
  }

  /** Phục hồi: decided on the review of a suspended tip; the process then opens its new period. */
  decideRestoration(user: AuthUser, id: string, dto: RestorationDecisionDto) {
    const { decisionNumber, decidedOn, signer } = dto;
    return this.send(user, id, messages.decideRestorationUpdate, (taskId) => ({
      taskId,
      actor: actorOf(user),
      decision: { decisionNumber, decidedOn, signer },
    }));
  }

  /** 404 for a task that does not exist; 403 for one of another agency, unless the caller oversees all agencies. */
  private async visible(user: AuthUser, id: string, ownAgencyOnly = true): Promise<TaskEntity> {
    const task = await this.tasks.findOneBy({ id });
    if (!task) throw new AppException(ErrorCode.NOT_FOUND, `Task ${id} not found`);
    if (ownAgencyOnly && !reachesTask(user, task.agencyCode))
      throw new AppException(ErrorCode.FORBIDDEN, `Task ${id} belongs to agency ${task.agencyCode}`);
    return task;
  }

  private async send<Args extends [unknown]>(
    user: AuthUser,
    id: string,
    update: UpdateDefinition<TaskState, Args>,
    input: (taskId: string) => Args[0],
    ownAgencyOnly = true,
    applied?: AlreadyApplied,
  ): Promise<TaskDto> {
    const task = await this.visible(user, id, ownAgencyOnly);
    const actor = actorOf(user);
    // A retry of a request already applied (its first answer was lost) gets the task, not a conflict.
    if (applied && applied(task as unknown as TaskState, actor)) return withAllowedActions(user, TaskDto.fromEntity(task));
    // A closed task may belong to a finished workflow, which takes no more updates: answer from the projection.
    if (!ACTIVE_TASK_STATUSES.includes(task.status)) throw new AppException(ErrorCode.TASK_NOT_OPEN, `Task ${task.id} is ${task.status}, not open`);
    let state: TaskState;
    try {
      state = await this.workflows.update(task.processId, update, ...([input(task.id)] as Args));
    } catch (error) {
      const refusedAsDone =
        error instanceof AppException && (error.code === ErrorCode.TASK_NOT_OPEN || error.code === ErrorCode.EXTENSION_NOT_PENDING);
      if (!applied || !refusedAsDone) throw error;
      // The projection may lag behind the workflow: ask the workflow whether this very request is what closed it.
      const current = (await this.workflows.query(task.processId, getProcessQuery)).tasks.find((t) => t.taskId === task.id);
      if (current && applied(current, actor)) return withAllowedActions(user, TaskDto.fromState(current));
      throw error;
    }
    // Read your writes: the row the workflow answered with is in the projection before the caller hears of it.
    await this.writeKnown(state);
    if (update === messages.completeTaskUpdate) await this.projectFollowOn(task.processId, state.completedAt ?? 0);
    return withAllowedActions(user, TaskDto.fromState(state));
  }

  /**
   * After a completion, the tasks the workflow opened in the same step are written too, so the next agency finds them
   * as soon as the officer's "Hoàn thành" is answered. Best effort: the workflow's own activity remains the writer of
   * record, and a process that has just ended (or a step that opens its next task only after other work) is left to it.
   */
  private async projectFollowOn(processId: string, completedAt: number): Promise<void> {
    try {
      // The next task may open a workflow task after the answer (once the step's own writes are done): look again,
      // briefly, while the running process shows nothing opened since the completion.
      let view = await this.workflows.query(processId, getProcessQuery);
      for (let look = 1; look < FOLLOW_ON_LOOKS && view.status === 'RUNNING' && !view.tasks.some((t) => t.createdAt >= completedAt); look++) {
        await new Promise((resolve) => setTimeout(resolve, FOLLOW_ON_LOOK_MS));
        view = await this.workflows.query(processId, getProcessQuery);
      }
      if (view.status !== 'RUNNING') return;
      await Promise.all(view.tasks.filter((t) => ACTIVE_TASK_STATUSES.includes(t.status)).map((t) => this.writeKnown(t)));
    } catch (error) {
      this.logger.warn(`Follow-on tasks of ${processId} left to the workflow: ${errorName(error)}`);
    }
  }

  /** The decision is taken once the workflow answered: a refused write is the workflow's to retry or report, not a 500. */
  private async writeKnown(task: TaskState): Promise<void> {
    const write = this.saveProjection(task).catch((error) =>
      this.logger.warn(`Task ${task.taskId} revision ${task.revision} left to the workflow's write: ${errorName(error)}`),
    );
    // A row held by another transaction must not hold an answer the workflow already gave: the write goes on alone.
    let timer: NodeJS.Timeout | undefined;
    const held = new Promise<void>((resolve) => (timer = setTimeout(resolve, KNOWN_WRITE_WAIT_MS)));
    await Promise.race([write, held]);
    clearTimeout(timer);
  }
}
