import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { acknowledgeEscalationUpdate } from '../../../workflows/human-task/messages';
import { AppException } from '../../common/app-exception';
import { actorOf } from '../../common/auth/actor-of';
import type { AuthUser } from '../../common/auth/auth-user';
import { keysetPage } from '../../common/pagination/keyset-page';
import { NO_SUBJECT } from '../../domain/subject/work-subject';
import type { Page } from '../../common/pagination/page';
import { STANDING_OFFICE_AGENCY } from '../../domain/agency-codes';
import { ErrorCode } from '../../domain/error-code';
import { escalationRecipient } from '../../domain/escalation-recipient';
import type { EscalationState } from '../../domain/task-state';
import { escalationScope } from '../../domain/task-rules';
import { WorkflowGateway } from '../../temporal/workflow-gateway.service';
import { NotificationsService } from '../notifications/notifications.service';
import { EscalationDto } from './dto/escalation.dto';
import { ListEscalationsQueryDto } from './dto/list-escalations-query.dto';
import { EscalationEntity } from './escalation.entity';
import { withEscalationActions } from './with-allowed-actions';
import { TaskRecordsRepository } from '../records/task-records.repository';

@Injectable()
export class EscalationsService {
  constructor(
    @InjectRepository(EscalationEntity) private readonly escalations: Repository<EscalationEntity>,
    private readonly notifications: NotificationsService,
    private readonly workflows: WorkflowGateway,
    private readonly records: TaskRecordsRepository,
  ) {}

  /** Activity side: mirrors the escalation and, when it fires, tells whoever the rung reaches (once, by id). */
  async saveProjection(e: EscalationState): Promise<void> {
    await this.escalations.upsert(
      {
        id: e.escalationId,
        taskId: e.taskId,
        processId: e.processId,
        agencyCode: e.agencyCode,
        level: e.level,
        target: e.target,
        firedAt: new Date(e.firedAt),
        dueAt: new Date(e.dueAt),
        acknowledgedBy: e.acknowledgedBy ?? null,
        acknowledgedAt: e.acknowledgedAt ? new Date(e.acknowledgedAt) : null,
        note: e.note ?? null,
      },
      ['id'],
    );
    if (e.acknowledgedAt) return;
    const recipient = escalationRecipient(e.target, e.agencyCode);
    await this.notifications.record({
      notificationId: e.escalationId,
      kind: 'ESCALATION',
      agencyCode: recipient.agencyCode,
      recipientRole: recipient.role,
      recipientUserId: null,
      taskId: e.taskId,
      escalationId: e.escalationId,
      payload: { level: e.level, target: e.target, overdueAgencyCode: e.agencyCode, dueAt: new Date(e.dueAt).toISOString() },
    });
  }

  /** The escalations addressed to the caller (all of them for leadership), oldest first. */
  async list(user: AuthUser, q: ListEscalationsQueryDto): Promise<Page<EscalationDto>> {
    const scope = escalationScope(user, STANDING_OFFICE_AGENCY);
    if (scope !== 'ALL' && scope.length === 0) return { items: [], total: 0 };
    const query = this.escalations.createQueryBuilder('e');
    if (scope !== 'ALL')
      query.andWhere(
        new Brackets((any) =>
          scope.forEach((s, i) =>
            any.orWhere(
              s.agencyCode ? `(e.target = :target${i} AND e.agency_code = :agency${i})` : `e.target = :target${i}`,
              s.agencyCode ? { [`target${i}`]: s.target, [`agency${i}`]: s.agencyCode } : { [`target${i}`]: s.target },
            ),
          ),
        ),
      );
    const state = q.state ?? (q.open === false ? 'all' : 'open');
    if (state === 'open') query.andWhere('e.acknowledged_at IS NULL');
    if (state === 'acknowledged') query.andWhere('e.acknowledged_at IS NOT NULL');
    if (q.level) query.andWhere('e.level = :level', { level: q.level });
    if (q.agencyCode) query.andWhere('e.agency_code = :agencyCode', { agencyCode: q.agencyCode });
    const page = await keysetPage(
      query,
      { list: 'escalations', key: 'e.fired_at', keyType: 'timestamptz', id: 'e.id', idType: 'uuid', direction: 'ASC' },
      q,
      EscalationDto.from,
    );
    const subjects = await this.records.subjects(
      user,
      page.items.map((e) => e.taskId),
    );
    return {
      ...page,
      items: page.items.map((e) => withEscalationActions(user, Object.assign(e, { subject: subjects.get(e.taskId) ?? NO_SUBJECT }))),
    };
  }

  async acknowledge(user: AuthUser, id: string, note?: string): Promise<EscalationDto> {
    const row = await this.escalations.findOneBy({ id });
    if (!row) throw new AppException(ErrorCode.NOT_FOUND, `Escalation ${id} not found`);
    const state = await this.workflows.update(row.processId, acknowledgeEscalationUpdate, {
      escalationId: id,
      actor: actorOf(user),
      note,
    });
    return withEscalationActions(user, EscalationDto.fromState(state));
  }
}
