import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { TaskEntity } from '../tasks/task.entity';
import type { EscalationTarget } from '../../domain/deadline-catalogue';
import { sealedText } from '../../common/crypto/sealed-column';

@Entity({ name: 'escalations' })
@Check('ck_escalations_target', `target IN ('AGENCY_HEAD', 'STANDING_OFFICE', 'LEADERSHIP')`)
@Index('idx_escalations_open', ['acknowledgedAt', 'target', 'agencyCode'])
@Index('idx_escalations_open_fired', ['firedAt', 'id'], { where: 'acknowledged_at IS NULL' })
@Index('idx_escalations_target_fired', ['target', 'agencyCode', 'firedAt', 'id'])
@Index('idx_escalations_fired', ['firedAt'])
@Index('idx_escalations_task_level', ['taskId', 'level'])
@Index('idx_escalations_process', ['processId'])
export class EscalationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @ForeignKey(() => TaskEntity, 'id', { name: 'fk_escalations_task_id' })
  @Column({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @Column({ name: 'process_id', type: 'text' })
  processId: string;

  /** The overdue task's agency. */
  @Column({ name: 'agency_code', type: 'text' })
  agencyCode: string;

  @Column({ type: 'integer' })
  level: number;

  @Column({ type: 'text' })
  target: EscalationTarget;

  @Column({ name: 'fired_at', type: 'timestamptz' })
  firedAt: Date;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'acknowledged_by', type: 'uuid', nullable: true })
  acknowledgedBy: string | null;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ type: 'text', nullable: true, transformer: sealedText('escalations.note') })
  note: string | null;
}
