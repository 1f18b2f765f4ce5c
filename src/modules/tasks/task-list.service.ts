import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppException } from '../../common/app-exception';
import type { AuthUser } from '../../common/auth/auth-user';
import { seesAllAgencies } from '../../common/auth/sees-all-agencies';
import { keysetPage } from '../../common/pagination/keyset-page';
import type { Page } from '../../common/pagination/page';
import { ErrorCode } from '../../domain/error-code';
import { Role } from '../../domain/role';
import { ListTasksQueryDto } from './dto/list-tasks-query.dto';
import { TaskListItemDto } from './dto/task-list-item.dto';
import { TaskDto } from './dto/task.dto';
import { TaskEntity } from './task.entity';
import { withoutFreeText } from './without-free-text';

/** Written out, not bound, so the planner matches the partial indexes on open tasks. */
const OPEN = `t.status IN ('OPEN', 'CLAIMED')`;
const CLOSED = `t.status IN ('COMPLETED', 'CANCELLED')`;
/** From the 75 % point of the period, where the escalation ladder's reminder fires, until the deadline. */
const AT_RISK = `${OPEN} AND t.due_at >= now() AND now() >= t.starts_at + (t.due_at - t.starts_at) * 0.75`;

/** Task queues, soonest deadline first, one page at a time, never wider than the caller's scope. */
@Injectable()
export class TaskListService {
  constructor(@InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>) {}

  async list(user: AuthUser, q: ListTasksQueryDto): Promise<Page<TaskListItemDto>> {
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
    if (q.overdue === true) query.andWhere(`${OPEN} AND t.due_at < now()`);
    if (q.overdue === false) query.andWhere(`NOT (${OPEN} AND t.due_at < now())`);
    if (q.atRisk === true) query.andWhere(AT_RISK);
    if (q.atRisk === false) query.andWhere(`NOT (${AT_RISK})`);
    const now = Date.now();
    const redact = user.roles.includes(Role.LEADERSHIP) && !user.roles.includes(Role.COORDINATOR);
    // One row per task: the case's reference is a scalar subquery, not a join.
    query.addSelect('(SELECT c.reference FROM cases c WHERE c.id = t.case_id)', 'case_reference');
    return keysetPage(
      query,
      { list: 'tasks', key: 't.due_at', keyType: 'timestamptz', id: 't.id', idType: 'uuid', direction: 'ASC' },
      q,
      (t, raw) => {
        const dto = Object.assign(TaskDto.fromEntity(t, now), { caseReference: (raw.case_reference as string | null) ?? null }) as TaskListItemDto;
        return redact ? (withoutFreeText(dto) as TaskListItemDto) : dto;
      },
    );
  }
}
