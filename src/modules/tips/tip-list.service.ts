import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { keysetPage } from '../../common/pagination/keyset-page';
import { likePattern } from '../../common/pagination/like-pattern';
import type { Page } from '../../common/pagination/page';
import { isAdministrator } from '../../domain/access/access-rules';
import { Role } from '../../domain/role';
import { CaseEntity } from '../cases/case.entity';
import { ListTipsQueryDto } from './dto/list-tips-query.dto';
import { TipListItemDto } from './dto/tip-list-item.dto';
import { TipEntity } from './tip.entity';
import { TaskRecordsRepository } from '../records/task-records.repository';
import { involvementSql } from '../records/involvement-sql';

/**
 * Tips, newest received first. Coordinators see every tip; an agency sees the tips whose verification it works on:
 * it investigates them, or it has (or had) a task in their verification.
 */
@Injectable()
export class TipListService {
  constructor(
    @InjectRepository(TipEntity) private readonly tips: Repository<TipEntity>,
    private readonly records: TaskRecordsRepository,
  ) {}

  async list(user: AuthUser, q: ListTipsQueryDto): Promise<Page<TipListItemDto>> {
    const query = this.tips.createQueryBuilder('t').leftJoin(CaseEntity, 'c', 'c.id = t.case_id').addSelect('c.reference', 'case_reference');
    // Separation of duties: an administrator lists no tips, even holding another role (access-rules.ts).
    if (isAdministrator(user)) query.andWhere('false');
    else if (!user.roles.includes(Role.COORDINATOR)) query.andWhere(involvementSql.tip('t', ':agency'), { agency: user.agencyCode });
    if (q.status) query.andWhere('t.status = :status', { status: q.status });
    if (q.channel) query.andWhere('t.channel = :channel', { channel: q.channel });
    if (q.urgency) query.andWhere('t.urgency = :urgency', { urgency: q.urgency });
    if (q.receivedFrom) query.andWhere('t.received_at >= :receivedFrom', { receivedFrom: new Date(q.receivedFrom) });
    if (q.receivedTo) query.andWhere('t.received_at < :receivedTo', { receivedTo: new Date(q.receivedTo) });
    // Summaries and places are sealed: matched in memory among the tips this caller may read (tipsWithText).
    if (q.q && isAdministrator(user)) query.andWhere('false');
    else if (q.q) {
      const scope = user.roles.includes(Role.COORDINATOR) ? 'ALL' : 'INVOLVED';
      const ids = await this.records.tipsWithText(scope, user.agencyCode, q.q);
      query.andWhere('(t.reference ILIKE :pattern OR t.id = ANY(:textIds::uuid[]))', { pattern: likePattern(q.q), textIds: ids });
    }
    return keysetPage(
      query,
      { list: 'tips', key: 't.received_at', keyType: 'timestamptz', id: 't.id', idType: 'uuid', direction: 'DESC' },
      q,
      (tip, raw) => TipListItemDto.fromRow(tip, (raw.case_reference as string | null) ?? null),
    );
  }
}
