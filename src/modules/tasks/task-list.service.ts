import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { AppException } from '../../common/app-exception';
import type { AuthUser } from '../../common/auth/auth-user';
import { seesAllAgencies } from '../../common/auth/sees-all-agencies';
import { keysetPage } from '../../common/pagination/keyset-page';
import type { Page } from '../../common/pagination/page';
import { ErrorCode } from '../../domain/error-code';
import { Role } from '../../domain/role';
import { taskDetailFor } from '../../domain/access/access-rules';
import { redactTask } from '../../domain/access/redact-task';
import { AgencyMembersService } from '../users/agency-members.service';
import { ExtensionAllowanceService } from './extension-allowance.service';
import { ListTasksQueryDto } from './dto/list-tasks-query.dto';
import { TaskListItemDto } from './dto/task-list-item.dto';
import { TaskDto } from './dto/task.dto';
import { TaskEntity } from './task.entity';
import { withoutFreeText } from './without-free-text';
import { dueStateSql } from '../records/due-state-sql';
import { taskTextFilter } from './task-text-filter';
import { NO_SUBJECT } from '../../domain/subject/work-subject';
import { withAllowedActions } from './with-allowed-actions';
import { TaskRecordsRepository } from '../records/task-records.repository';

/** Written out, not bound, so the planner matches the partial indexes on open tasks. */
const OPEN = `t.status IN ('OPEN', 'CLAIMED')`;
const CLOSED = `t.status IN ('COMPLETED', 'CANCELLED')`;
/**
 * A request waiting for the caller: addressed to their agency and one of their roles when it was asked; older
 * requests (before the approver was kept on them) go to the head of the task's agency.
 */
const PENDING_FOR_ME = `EXISTS (SELECT 1 FROM jsonb_array_elements(t.extensions) e WHERE e->>'status' = 'PENDING' AND (
  (jsonb_exists(e, 'approverAgencyCode') AND e->>'approverAgencyCode' = :myAgency AND jsonb_exists_any(e->'approverRoles', CAST(:myRoles AS text[])))
  OR (NOT jsonb_exists(e, 'approverAgencyCode') AND t.agency_code = :myAgency AND :iAmHead)))`;
/** Due states (`dueStateOf` in src/domain, as SQL): only open tasks have one. */
const OVERDUE = `${OPEN} AND ${dueStateSql.is('OVERDUE')}`;
const AT_RISK = `${OPEN} AND ${dueStateSql.is('AT_RISK')}`;

/** An extension request still waiting for its decision, whoever must decide it. */
const EXTENSION_REQUESTED = `EXISTS (SELECT 1 FROM jsonb_array_elements(t.extensions) e WHERE e->>'status' = 'PENDING')`;

/** Task queues, soonest deadline first, one page at a time, never wider than the caller's scope. */
@Injectable()
export class TaskListService {
  constructor(
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
    private readonly members: AgencyMembersService,
    private readonly allowance: ExtensionAllowanceService,
    private readonly records: TaskRecordsRepository,
  ) {}

  async list(user: AuthUser, q: ListTasksQueryDto): Promise<Page<TaskListItemDto>> {
    if (q.extensionPending) {
      await this.filtered(user, q); // the same refusal of another agency
      return this.pendingForMe(user, q);
    }
    const query = await this.filtered(user, q);
    const now = Date.now();
    const redact = user.roles.includes(Role.LEADERSHIP) && !user.roles.includes(Role.COORDINATOR);
    const page = await keysetPage(
      query,
      { list: 'tasks', key: 't.due_at', keyType: 'timestamptz', id: 't.id', idType: 'uuid', direction: 'ASC' },
      q,
      (t) => {
        const dto = withAllowedActions(user, TaskDto.fromEntity(t, now));
        return redact ? withoutFreeText(dto) : dto;
      },
    );
    return { ...page, items: await this.withSubjects(user, page.items) };
  }

  /**
   * The tasks `GET /tasks` would list for these filters, within the caller's scope (all pages): the list and the
   * summary (`TaskSummaryService`) read the same rows.
   */
  async filtered(user: AuthUser, q: Omit<ListTasksQueryDto, 'limit' | 'cursor'>): Promise<SelectQueryBuilder<TaskEntity>> {
    const all = seesAllAgencies(user);
    if (q.agencyCode && q.agencyCode !== user.agencyCode && !all)
      throw new AppException(ErrorCode.FORBIDDEN, 'Only coordinators and leadership can list another agency’s tasks');
    const query = this.tasks.createQueryBuilder('t');
    const agency = all ? q.agencyCode : user.agencyCode;
    if (agency) query.andWhere('t.agency_code = :agency', { agency });
    // A process's or a case's tasks are few: by default all of them, closed ones included.
    const state = q.state ?? (q.status || q.processId || q.caseReference ? 'all' : 'open');
    if (state === 'open') query.andWhere(OPEN);
    if (state === 'closed') query.andWhere(CLOSED);
    if (q.status) query.andWhere('t.status = :status', { status: q.status });
    if (q.mine) query.andWhere('t.assignee_id = :me', { me: user.userId });
    if (q.processId) query.andWhere('t.process_id = :processId', { processId: q.processId });
    if (q.caseReference)
      query.andWhere('t.case_id = (SELECT c.id FROM cases c WHERE c.reference = :caseReference)', { caseReference: q.caseReference });
    if (q.processKind) query.andWhere('t.process_type = :processKind', { processKind: q.processKind });
    if (q.stepType) query.andWhere('t.step_type = :stepType', { stepType: q.stepType });
    if (q.dueBefore) query.andWhere('t.due_at < :dueBefore', { dueBefore: new Date(q.dueBefore) });
    if (q.overdue === true) query.andWhere(OVERDUE);
    if (q.overdue === false) query.andWhere(`NOT (${OVERDUE})`);
    if (q.atRisk === true) query.andWhere(AT_RISK);
    if (q.atRisk === false) query.andWhere(`NOT (${AT_RISK})`);
    if (q.dueState) query.andWhere(`${OPEN} AND ${dueStateSql.is(q.dueState)}`);
    if (q.escalated === true) query.andWhere(`${OPEN} AND t.escalation_level > 0`);
    if (q.escalated === false) query.andWhere(`NOT (${OPEN} AND t.escalation_level > 0)`);
    if (q.extensionRequested === true) query.andWhere(EXTENSION_REQUESTED);
    if (q.extensionRequested === false) query.andWhere(`NOT ${EXTENSION_REQUESTED}`);
    if (q.q) await taskTextFilter(query, user, q.q, this.records);
    return query;
  }

  /** Each task with what it is about, read for the whole page at once (`workSubjects`). */
  private async withSubjects(user: AuthUser, tasks: TaskDto[]): Promise<TaskListItemDto[]> {
    const subjects = await this.records.subjects(
      user,
      tasks.map((t) => t.id),
    );
    return tasks.map((task) => {
      const subject = subjects.get(task.id) ?? NO_SUBJECT;
      return Object.assign(task, { caseReference: subject.caseReference, subject }) as TaskListItemDto;
    });
  }

  /**
   * The approver's queue: open tasks with a request waiting for the caller's decision, whichever agency holds them.
   * Another agency's task shows only its status and dates, but the request to decide in full, with the requester's name
   * and what the law allows (`extensionAllowance`).
   */
  private async pendingForMe(user: AuthUser, q: ListTasksQueryDto): Promise<Page<TaskListItemDto>> {
    const query = this.tasks
      .createQueryBuilder('t')
      .where(OPEN)
      .andWhere(PENDING_FOR_ME, { myAgency: user.agencyCode, myRoles: user.roles, iAmHead: user.roles.includes(Role.AGENCY_HEAD) });
    if (q.q) await taskTextFilter(query, user, q.q, this.records);
    const now = Date.now();
    const entities = new Map<string, TaskEntity>();
    const page = await keysetPage(
      query,
      { list: 'tasks', key: 't.due_at', keyType: 'timestamptz', id: 't.id', idType: 'uuid', direction: 'ASC' },
      q,
      (t) => {
        entities.set(t.id, t);
        return withAllowedActions(user, TaskDto.fromEntity(t, now));
      },
    );
    const subjects = await this.records.subjects(
      user,
      page.items.map((t) => t.id),
    );
    // The approver weighs the request against what the law allows: a few tasks, one workflow query each.
    const allowances = await Promise.all(page.items.map((t) => this.allowance.of(entities.get(t.id)!)));
    const requesters = new Set(page.items.flatMap((t) => (t.extensions as Array<{ requestedBy?: string }>).map((e) => e.requestedBy ?? '')));
    const names = await this.members.names([...requesters].filter(Boolean));
    const items = page.items.map((task, index) => {
      const redacted = redactTask(task, taskDetailFor(user, task.agencyCode) ?? 'STATUS_ONLY');
      const full = task.extensions;
      return {
        ...redacted,
        extensions: redacted.extensions.map((e, i) =>
          e.status === 'PENDING' ? { ...full[i], requesterName: names.get(full[i].requestedBy ?? '') ?? null } : e,
        ),
        extensionAllowance: allowances[index],
        caseReference: subjects.get(task.id)?.caseReference ?? null,
        subject: subjects.get(task.id) ?? NO_SUBJECT,
      };
    });
    return { ...page, items };
  }
}
