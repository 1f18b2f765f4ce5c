import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * Every read or change of personal data (and other sensitive actions) leaves a row here. Append-only (a trigger
 * refuses UPDATE, DELETE and TRUNCATE) and hash-chained: `hash` covers the row and `previous_hash`, `sequence` has no
 * gaps (src/modules/audit/audit-chain.ts; `npm run audit:verify` walks it).
 */
@Entity({ name: 'audit_log' })
@Index('idx_audit_subject', ['subjectType', 'subjectId'])
@Index('idx_audit_log_at', ['at'])
@Index('idx_audit_log_actor', ['actorId', 'sequence'])
@Unique('uq_audit_log_sequence', ['sequence'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? v : Number(v)) } })
  sequence: number;

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

  /** Set by the writer to the millisecond (not by the database, whose microseconds a JavaScript Date would lose). */
  @Column({ name: 'at', type: 'timestamptz' })
  at: Date;

  @Column({ name: 'previous_hash', type: 'text' })
  previousHash: string;

  @Column({ type: 'text' })
  hash: string;
}
