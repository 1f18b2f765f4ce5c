import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every read or change of personal data (and other sensitive actions) leaves a row here. */
@Entity({ name: 'audit_log' })
@Index('idx_audit_subject', ['subjectType', 'subjectId'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail: Record<string, any>;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
