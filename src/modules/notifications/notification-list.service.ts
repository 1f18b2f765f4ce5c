import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { keysetPage } from '../../common/pagination/keyset-page';
import type { Page } from '../../common/pagination/page';
import { ListNotificationsQueryDto } from './list-notifications-query.dto';
import { NotificationDto } from './notification.dto';
import { NotificationEntity } from './notification.entity';
import { TaskRecordsRepository } from '../records/task-records.repository';

/**
 * My notifications, newest first: those addressed to me, and those addressed to my agency as a whole or to a role
 * I hold there. One addressed to a colleague by name is theirs, not the agency's.
 */
@Injectable()
export class NotificationListService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly outbox: Repository<NotificationEntity>,
    private readonly records: TaskRecordsRepository,
  ) {}

  async list(user: AuthUser, q: ListNotificationsQueryDto): Promise<Page<NotificationDto>> {
    const query = this.outbox.createQueryBuilder('n').andWhere(
      `(n.recipient_user_id = :me OR (n.recipient_user_id IS NULL AND n.agency_code = :agency
          AND (n.recipient_role IS NULL OR n.recipient_role = ANY(:roles))))`,
      { me: user.userId, agency: user.agencyCode, roles: user.roles },
    );
    if (q.kind) query.andWhere('n.kind = :kind', { kind: q.kind });
    const page = await keysetPage(
      query,
      { list: 'notifications', key: 'n.created_at', keyType: 'timestamptz', id: 'n.id', idType: 'uuid', direction: 'DESC' },
      q,
      NotificationDto.from,
    );
    const taskIds = page.items.flatMap((n) => (n.taskId ? [n.taskId] : []));
    const subjects = await this.records.subjects(user, taskIds);
    return { ...page, items: page.items.map((n) => Object.assign(n, { subject: (n.taskId && subjects.get(n.taskId)) || null })) };
  }
}
