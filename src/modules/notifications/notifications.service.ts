import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { NotificationRequest } from '../../domain/notification-request';
import { NotificationEntity } from './notification.entity';

/**
 * The notifier: for now every notification is recorded in the outbox (delivery by SMS, e-mail or the web UI
 * reads from here later). Recording is idempotent on the notification id, so activity retries never duplicate.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectRepository(NotificationEntity) private readonly outbox: Repository<NotificationEntity>) {}

  async record(n: NotificationRequest): Promise<void> {
    await this.outbox
      .createQueryBuilder()
      .insert()
      .values({
        id: n.notificationId,
        kind: n.kind,
        agencyCode: n.agencyCode,
        recipientRole: n.recipientRole,
        recipientUserId: n.recipientUserId,
        taskId: n.taskId,
        escalationId: n.escalationId,
        payload: n.payload as Record<string, any>,
      })
      .orIgnore()
      .execute();
  }
}
