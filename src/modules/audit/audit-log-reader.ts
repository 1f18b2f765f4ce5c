import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { keysetPage, Page } from '../../common/pagination';
import { csvLine } from '../../domain/statistics/csv-line';
import { UserEntity } from '../users/user.entity';
import { AuditLogEntity } from './audit-log.entity';
import { AuditService } from './audit.service';
import { AuditRowDto } from './dto/audit-row.dto';
import { ListAuditQueryDto } from './dto/list-audit-query.dto';

/** An export holds at most this many rows, newest first; narrower filters give the rest. */
export const MAX_EXPORTED_AUDIT_ROWS = 10_000;

/** The auditor's reads of the log: filtered pages, and a CSV export that is itself audited. */
@Injectable()
export class AuditLogReader {
  constructor(
    @InjectRepository(AuditLogEntity) private readonly log: Repository<AuditLogEntity>,
    private readonly audit: AuditService,
  ) {}

  list(query: ListAuditQueryDto): Promise<Page<AuditRowDto>> {
    return keysetPage(
      this.filtered(query),
      { list: 'audit', key: 'a.at', keyType: 'timestamptz', id: 'a.id', idType: 'uuid', direction: 'DESC' },
      query,
      (row, raw) => AuditRowDto.from(row, (raw.actor_username as string | null) ?? null),
    );
  }

  async exportCsv(auditor: AuthUser, query: ListAuditQueryDto): Promise<Buffer> {
    const { entities, raw } = await this.filtered(query)
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(MAX_EXPORTED_AUDIT_ROWS)
      .getRawAndEntities<Record<string, unknown>>();
    const lines = [
      csvLine(['Số thứ tự', 'Thời điểm', 'Người thực hiện', 'Hành động', 'Loại đối tượng', 'Đối tượng', 'Cảnh báo', 'Chi tiết', 'Mã băm']),
      ...entities.map((row, i) =>
        csvLine([
          row.sequence,
          row.at.toISOString(),
          (raw[i].actor_username as string | null) ?? row.actorId ?? '',
          row.action,
          row.subjectType,
          row.subjectId,
          row.detail?.alert === true ? 'Có' : '',
          JSON.stringify(row.detail),
          row.hash,
        ]),
      ),
    ];
    const { limit: _limit, cursor: _cursor, ...filters } = query;
    await this.audit.record({
      actorId: auditor.userId,
      action: 'AUDIT_EXPORTED',
      subjectType: 'AUDIT_LOG',
      subjectId: 'audit_log',
      detail: { filters, rows: entities.length },
    });
    return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  }

  private filtered(query: ListAuditQueryDto): SelectQueryBuilder<AuditLogEntity> {
    const qb = this.log.createQueryBuilder('a').leftJoin(UserEntity, 'u', 'u.id = a.actor_id').addSelect('u.username', 'actor_username');
    if (query.actor) qb.andWhere('u.username = :actor', { actor: query.actor });
    if (query.action) qb.andWhere('a.action = ANY(:actions)', { actions: query.action.split(',') });
    if (query.subjectType) qb.andWhere('a.subject_type = :subjectType', { subjectType: query.subjectType });
    // A read that disclosed several subjects names them in its detail: asking for one finds those rows too.
    if (query.subjectId)
      qb.andWhere(`(a.subject_id = :subjectId OR a.detail->'subjects' @> jsonb_build_array(:subjectId::text))`, { subjectId: query.subjectId });
    if (query.from) qb.andWhere('a.at >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('a.at < :to', { to: new Date(query.to) });
    if (query.alert !== undefined) qb.andWhere(`(a.detail->>'alert' = 'true') = :alert`, { alert: query.alert });
    return qb;
  }
}
