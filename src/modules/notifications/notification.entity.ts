import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AgencyEntity } from '../agencies/agency.entity';

/** The outbox: every notification the processes send, recorded before any delivery channel sees it. */
@Entity({ name: 'notifications' })
@Index('idx_notifications_agency', ['agencyCode', 'createdAt'])
@Index('idx_notifications_agency_created', ['agencyCode', 'createdAt', 'id'])
@Index('idx_notifications_user_created', ['recipientUserId', 'createdAt', 'id'], { where: 'recipient_user_id IS NOT NULL' })
@Index('idx_notifications_escalation', ['escalationId'])
@Index('idx_notifications_task_created', ['taskId', 'createdAt'])
export class NotificationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  kind: string;

  @ForeignKey(() => AgencyEntity, 'code', { name: 'fk_notifications_agency_code' })
  @Column({ name: 'agency_code', type: 'text' })
  agencyCode: string;

  @Column({ name: 'recipient_role', type: 'text', nullable: true })
  recipientRole: string | null;

  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId: string | null;

  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId: string | null;

  @Column({ name: 'escalation_id', type: 'uuid', nullable: true })
  escalationId: string | null;

  @Column({ type: 'jsonb' })
  payload: Record<string, any>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}
