import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppException } from '../../common/app-exception';
import type { AuthUser } from '../../common/auth/auth-user';
import { seesAllAgencies } from '../../common/auth/sees-all-agencies';
import { keysetPage } from '../../common/pagination/keyset-page';
import { likePattern } from '../../common/pagination/like-pattern';
import type { Page } from '../../common/pagination/page';
import { decodeCursor, encodeCursor } from '../../common/pagination/page-cursor';
import { DEFAULT_PAGE_LIMIT } from '../../common/pagination/page-limits';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { ErrorCode } from '../../domain/error-code';
import { RecordsService } from '../records/records.service';
import { TaskRecordsRepository } from '../records/task-records.repository';
import { dueStateSql } from '../records/due-state-sql';
import { involvementSql } from '../records/involvement-sql';
import { CaseEntity } from './case.entity';
import { CaseSummaryDto } from './dto/case-summary.dto';
import { ChildProcessDto } from './dto/case.dto';
import { ListCasesQueryDto } from './dto/list-cases-query.dto';

const OPEN_TASK = `k.case_id = c.id AND k.status IN ('OPEN', 'CLAIMED')`;
/** Overdue as the task lists have it: a paused clock is not overdue. */
const OVERDUE_TASK = `${OPEN_TASK} AND ${dueStateSql.is('OVERDUE', 'k')}`;
const INVOLVED = (param: string) => involvementSql.case('c', `:${param}`);

/** Cases, newest opened first, and a case's processes; an agency sees only the cases it is involved in. */
@Injectable()
export class CaseListService {
  constructor(
    @InjectRepository(CaseEntity) private readonly cases: Repository<CaseEntity>,
    private readonly records: RecordsService,
    private readonly tasks: TaskRecordsRepository,
  ) {}

  async list(user: AuthUser, q: ListCasesQueryDto): Promise<Page<CaseSummaryDto>> {
    const query = this.cases
      .createQueryBuilder('c')
      .addSelect(`(SELECT count(*)::int FROM tasks k WHERE ${OPEN_TASK})`, 'open_tasks')
      .addSelect(`(SELECT count(*)::int FROM tasks k WHERE ${OVERDUE_TASK})`, 'overdue_tasks');
    if (!seesAllAgencies(user)) query.andWhere(INVOLVED('myAgency'), { myAgency: user.agencyCode });
    if (q.agencyCode) query.andWhere(INVOLVED('agencyCode'), { agencyCode: q.agencyCode });
    if (q.status) query.andWhere('c.status = :status', { status: q.status });
    if (q.chargeArticle) query.andWhere('c.charge_article = :chargeArticle', { chargeArticle: q.chargeArticle });
    if (q.chargeClause) query.andWhere('c.charge_clause = :chargeClause', { chargeClause: q.chargeClause });
    if (q.severity) query.andWhere('c.severity = :severity', { severity: q.severity });
    if (q.overdue !== undefined) query.andWhere(`${q.overdue ? '' : 'NOT '}EXISTS (SELECT 1 FROM tasks k WHERE ${OVERDUE_TASK})`);
    if (q.q) query.andWhere('c.reference ILIKE :pattern', { pattern: likePattern(q.q) });
    return keysetPage(
      query,
      { list: 'cases', key: 'c.opened_at', keyType: 'timestamptz', id: 'c.id', idType: 'uuid', direction: 'DESC' },
      q,
      (c, raw) => CaseSummaryDto.fromRow(c, Number(raw.open_tasks), Number(raw.overdue_tasks)),
    );
  }

  /** The case's processes, in the order they started; an agency sees those it has a task in. */
  async processes(user: AuthUser, reference: string, page: PageQueryDto): Promise<Page<ChildProcessDto>> {
    const row = await this.cases.findOneBy({ reference });
    if (!row?.workflowId) throw new AppException(ErrorCode.NOT_FOUND, `Case ${reference} not found`);
    let visible: (processId: string) => boolean = () => true;
    if (!seesAllAgencies(user)) {
      const own = await this.tasks.processesOfAgencyInCase(row.id, user.agencyCode);
      const involved = await this.cases.manager.query<unknown[]>(`SELECT 1 FROM tips WHERE case_id = $1 AND investigating_agency_code = $2 LIMIT 1`, [
        row.id,
        user.agencyCode,
      ]);
      if (own.length === 0 && involved.length === 0) throw new AppException(ErrorCode.FORBIDDEN, `Your agency is not involved in case ${reference}`);
      const ids = new Set(own);
      visible = (processId) => ids.has(processId);
    }
    const view = await this.records.caseView(row.workflowId);
    const sorted = view.children
      .filter((c) => visible(c.processId))
      .map((c) => ({ key: String(c.startedAt).padStart(15, '0'), child: c }))
      .sort((a, b) => a.key.localeCompare(b.key) || a.child.processId.localeCompare(b.child.processId));
    const after = page.cursor ? decodeCursor(page.cursor, 'case-processes') : undefined;
    const rest = after ? sorted.filter((s) => s.key > after.key || (s.key === after.key && s.child.processId > after.id)) : sorted;
    const limit = page.limit ?? DEFAULT_PAGE_LIMIT;
    const items = rest.slice(0, limit);
    const last = rest.length > limit ? items[limit - 1] : undefined;
    return {
      items: items.map((s) => ChildProcessDto.from(s.child)),
      nextCursor: last ? encodeCursor({ list: 'case-processes', key: last.key, id: last.child.processId }) : undefined,
      total: sorted.length,
    };
  }
}
